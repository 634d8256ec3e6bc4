/// A 64-bit FNV-1a hash of a word's lower-cased ASCII bytes, the key of every vocabulary lookup.
///
/// Curly apostrophes fold to `'` so "Israel’s" and "Israel's" hash alike.
public enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Where a hash's probe starts in an open-addressing table of `64 - shift` bits of slots:
    /// multiply-shift, so the high bits of the product pick the slot.
    @inline(__always)
    static func homeSlot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The hash of bytes `start..<end` of a buffer.
    @inline(__always)
    static func hash(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
        continuing seed: UInt64 = offset
    ) -> UInt64 {
        var value = seed
        var index = start
        while index < end {
            var byte = bytes[index]
            if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 2
            }
            value = (value ^ UInt64(byte)) &* prime
            index += 1
        }
        return value
    }

    /// The hash of a word given as text.
    public static func hash(_ word: some StringProtocol) -> UInt64 {
        hash(word, continuing: offset)
    }

    /// The hash of text that follows text already hashed to `seed`: `hash("ab")` equals
    /// `hash("b", continuing: hash("a"))`.
    static func hash(_ text: some StringProtocol, continuing seed: UInt64) -> UInt64 {
        if let value = text.utf8.withContiguousStorageIfAvailable({
            hash($0, 0, $0.count, continuing: seed)
        }) {
            return value
        }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            hash(UnsafeBufferPointer(buffer), 0, buffer.count, continuing: seed)
        }
    }
}
