/// Splits text into sentences on UTF-8 bytes.
///
/// A sentence ends at `.`, `!` or `?` followed by white space and a capital, digit or quote —
/// unless the word before the period is a known abbreviation ("Lt.", "Gen.", "U.S.", "Nov.") or
/// an initial — and always at a line break.
public enum SentenceSplitter {
    static let abbreviations: WordTable<Bool> = WordTable(
        set: [
            "mr", "mrs", "ms", "dr", "lt", "gen", "col", "maj", "sgt", "capt", "cpt", "adm", "st",
            "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n",
            "u.k", "e.g", "i.e",
            "vs", "inc", "co", "corp", "jr", "sr", "gov", "sen", "rep", "prof", "mt", "ft",
            "approx", "est", "cf",
            "a.m", "p.m", "al",
        ].map { WordHash.hash($0) })
    /// Abbreviations only before a number ("No. 10", "Fig. 2"): "the 14 states voting no." ends.
    static let numberAbbreviations: WordTable<Bool> = WordTable(
        set: ["no", "fig"].map { WordHash.hash($0) })

    /// The byte ranges of the sentences in `range`, trimmed of surrounding white space.
    public static func sentences(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>)
        -> [Range<Int>]
    {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        func emit(_ stop: Int) {
            var lower = start
            var upper = stop
            while lower < upper, Tokenizer.isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, Tokenizer.isSpace(bytes[upper - 1]) { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
            start = stop
        }
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                emit(index)
                index += 1
                continue
            }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var stop = index + 1
                // Closing quotes and brackets belong to the sentence.
                while stop < end, isCloser(bytes, stop) { stop += closerLength(bytes, stop) }
                guard stop < end, Tokenizer.isSpace(bytes[stop]) else {
                    index = stop
                    continue
                }
                var next = stop
                while next < end, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                let startsNew = next >= end || bytes[next] == 0x0A || isOpener(bytes[next])
                if startsNew,
                    byte != UInt8(ascii: ".")
                        || !endsAbbreviation(
                            bytes, at: index, from: start,
                            beforeNumber: next < end && Tokenizer.isDigit(bytes[next]))
                {
                    emit(stop)
                }
                index = stop
                continue
            }
            index += 1
        }
        emit(end)
        return result
    }

    private static func isOpener(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || Tokenizer.isDigit(byte) || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'") || byte == 0xE2 || byte == UInt8(ascii: "(")
    }

    private static func isCloser(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") {
            return true
        }
        // ” and ’
        return byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
    }

    private static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        bytes[index] == 0xE2 ? 3 : 1
    }

    /// Whether the period at `index` ends an abbreviation or a single initial; `beforeNumber`
    /// says whether a number follows it.
    private static func endsAbbreviation(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, from lower: Int, beforeNumber: Bool
    ) -> Bool {
        var wordStart = index
        while wordStart > lower, !Tokenizer.isSpace(bytes[wordStart - 1]),
            bytes[wordStart - 1] != UInt8(ascii: "(")
        {
            wordStart -= 1
        }
        let length = index - wordStart
        if length == 1, bytes[wordStart] >= 0x41, bytes[wordStart] <= 0x5A { return true }
        guard length > 0, length <= 6 else { return false }
        let word = WordHash.hash(bytes, wordStart, index)
        return abbreviations.contains(word) || (beforeNumber && numberAbbreviations.contains(word))
    }
}
