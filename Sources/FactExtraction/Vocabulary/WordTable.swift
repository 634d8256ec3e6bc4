/// A read-only map from word hashes to values, probed without hashing again.
///
/// Keys are already 64-bit FNV-1a word hashes, so a multiply-shift picks the slot and linear
/// probing settles collisions: a lookup is a multiplication and, almost always, one comparison.
/// `Dictionary` and `Set` would run SipHash over the key on every probe, which dominated the
/// cost of matching vocabulary on every token.
public struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var slots: [Int32]
    private var values: [Value]
    private let shift: UInt64

    /// Builds the table; when a key appears twice the first value wins.
    public init(_ pairs: some Sequence<(UInt64, Value)>) {
        var keys: [UInt64] = []
        var values: [Value] = []
        var bits: UInt64 = 3
        let pairs = Array(pairs)
        while (1 << bits) < pairs.count * 2 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: -1, count: 1 << bits)
        let mask = (1 << Int(bits)) - 1
        for (key, value) in pairs {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            var isNew = true
            while slots[slot] >= 0 {
                if keys[Int(slots[slot])] == key {
                    isNew = false
                    break
                }
                slot = (slot + 1) & mask
            }
            guard isNew else { continue }
            slots[slot] = Int32(keys.count)
            keys.append(key)
            values.append(value)
        }
        self.keys = keys
        self.values = values
    }

    /// The value for a word hash, if the table holds it.
    @inline(__always)
    public subscript(key: UInt64) -> Value? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keys[index] == key { return values[index] }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the table holds the word hash.
    @inline(__always)
    public func contains(_ key: UInt64) -> Bool { self[key] != nil }

    /// How many keys the table holds.
    public var count: Int { keys.count }

    /// Whether the table is empty.
    public var isEmpty: Bool { keys.isEmpty }
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
