/// A 64-bit FNV-1a hash of a word's lower-cased ASCII bytes, the key of every vocabulary lookup.
///
/// Curly apostrophes fold to `'` so "Israel’s" and "Israel's" hash alike, and accented Latin
/// letters to their base letter so "Sánchez" and "Sanchez", "Adré" and "Adre" hash alike.
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
            } else if byte >= 0xC3, byte <= 0xC5, index + 1 < end,
                let base = baseLetter(byte, bytes[index + 1])
            {
                byte = base
                index += 1
            }
            value = (value ^ UInt64(byte)) &* prime
            index += 1
        }
        return value
    }

    /// The lower-case ASCII letter an accented Latin letter (two UTF-8 bytes) is written on, or
    /// nil for any other character.
    @inline(__always)
    static func baseLetter(_ lead: UInt8, _ trail: UInt8) -> UInt8? {
        let index = Int(trail) - 0x80
        guard index >= 0, index < 0x40 else { return nil }
        let letters: StaticString
        switch lead {
        // U+00C0–U+00FF: "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ".
        case 0xC3: letters = "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y"
        // U+0100–U+013F: Ā … Ŀ, among them the Turkish "ğ", "İ" and "ı".
        case 0xC4: letters = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkklllllll"
        // U+0140–U+017F: ŀ … ſ, among them "ł", "ş", "š" and "ž".
        case 0xC5: letters = "lllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
        default: return nil
        }
        let letter = letters.utf8Start[index]
        return letter == UInt8(ascii: ".") ? nil : letter
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
