/// A read-only map from word hashes to values, probed without hashing again.
///
/// Keys are already 64-bit FNV-1a word hashes, so a multiply-shift picks the slot and linear
/// probing settles collisions: a lookup is a multiplication and, almost always, one comparison.
/// `Dictionary` and `Set` would run SipHash over the key on every probe, which dominated the
/// cost of matching vocabulary on every token.
public struct WordTable<Value: Sendable>: Sendable {
    /// One slot of the open-addressed table: a key and the index of its value, or -1 when empty.
    private struct Slot: Sendable {
        var key: UInt64
        var index: Int32
    }

    /// The slots, a power of two of them; a key sits in its slot, so a probe reads one slot.
    private var slots: [Slot]
    private var values: [Value]
    private let shift: UInt64

    /// Builds the table; when a key appears twice the first value wins.
    public init(_ pairs: some Sequence<(UInt64, Value)>) {
        var values: [Value] = []
        var bits: UInt64 = 3
        let pairs = Array(pairs)
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: Slot(key: 0, index: -1), count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        for (key, value) in pairs {
            var slot = WordHash.homeSlot(of: key, shift: shift)
            var isNew = true
            while slots[slot].index >= 0 {
                if slots[slot].key == key {
                    isNew = false
                    break
                }
                slot = (slot + 1) & mask
            }
            guard isNew else { continue }
            slots[slot] = Slot(key: key, index: Int32(values.count))
            values.append(value)
        }
        self.values = values
    }

    /// The index of a word hash's value, if the table holds it.
    @inline(__always)
    private func index(of key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = WordHash.homeSlot(of: key, shift: shift)
            while true {
                let entry = slots[slot]
                if entry.index < 0 { return nil }
                if entry.key == key { return Int(entry.index) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The value for a word hash, if the table holds it.
    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        index(of: key).map { values[$0] }
    }

    /// Whether the table holds the word hash.
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { index(of: key) != nil }

    /// How many keys the table holds.
    public var count: Int { values.count }

    /// Whether the table is empty.
    public var isEmpty: Bool { values.isEmpty }
}

extension WordTable where Value == Bool {
    /// A set of word hashes.
    public init(set hashes: some Sequence<UInt64>) {
        self.init(hashes.lazy.map { ($0, true) })
    }

    /// A set of words, hashed as the tokenizer hashes them.
    public init(words: [String]) {
        self.init(set: words.map { WordHash.hash($0) })
    }
}
