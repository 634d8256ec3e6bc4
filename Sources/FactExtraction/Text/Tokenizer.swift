/// Splits a byte range into tokens: words, numbers and punctuation, on UTF-8 bytes.
///
/// Possessives split off ("Israel's" is `israel` `'s`, and so is "Hamas' refusal" `hamas` `'s`
/// `refusal`), and "n't" becomes `not` ("didn't" is `did` `not`), so vocabulary entries name
/// plain words.
public enum Tokenizer {
    static let notHash = WordHash.hash("not")
    /// The possessive token split off a word ("Israel's", "Hamas' ") and matched by every table.
    static let possessiveHash = WordHash.hash("'s")

    /// The tokens of bytes `range` of the buffer.
    public static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token]
    {
        var tokens: [Token] = []
        tokens.reserveCapacity((range.count / 5) + 4)
        var index = range.lowerBound
        let end = range.upperBound
        // The closing bracket of a figure standing alone in brackets, which is left out.
        var closing = -1
        while index < end {
            let byte = bytes[index]
            if isSpace(byte) {
                index += 1
                continue
            }
            // "killed (43) people": brackets around a figure alone are no words of the sentence.
            if index == closing {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "("), let close = closingBracket(bytes, at: index, end: end) {
                closing = close
                index += 1
                continue
            }
            if isAlnum(byte) || (byte >= 0xC0 && byte != 0xE2) {
                let start = index
                let startsWithDigit = isDigit(byte)
                index = advanceWord(bytes, from: index, end: end)
                var wordEnd = index
                // Split "'s" and "n't" off the word.
                if let apostrophe = possessiveStart(bytes, start, wordEnd) {
                    let afterApostrophe =
                        apostrophe + (bytes[apostrophe] == UInt8(ascii: "'") ? 1 : 3)
                    let isNot =
                        wordEnd - afterApostrophe == 1
                        && (bytes[afterApostrophe] | 0x20) == UInt8(ascii: "t")
                        && apostrophe > start && (bytes[apostrophe - 1] | 0x20) == UInt8(ascii: "n")
                    if isNot {
                        wordEnd = apostrophe - 1
                        if wordEnd > start {
                            tokens.append(word(bytes, start, wordEnd, startsWithDigit))
                        }
                        tokens.append(
                            Token(
                                start: apostrophe - 1, end: index, hash: notHash, kind: .word,
                                isCapitalized: false))
                        continue
                    }
                    tokens.append(word(bytes, start, apostrophe, startsWithDigit))
                    tokens.append(
                        Token(
                            start: apostrophe, end: index,
                            hash: WordHash.hash(bytes, apostrophe, index), kind: .word,
                            isCapitalized: false))
                    continue
                }
                tokens.append(word(bytes, start, wordEnd, startsWithDigit))
                // "Hamas' refusal", "Guterres’ appeal": an apostrophe after a word ending in "s"
                // and before another word is the possessive of that word, read as `'s`.
                if let after = pluralPossessiveEnd(bytes, wordEnd: wordEnd, start: start, end: end)
                {
                    tokens.append(
                        Token(
                            start: wordEnd, end: after, hash: possessiveHash, kind: .word,
                            isCapitalized: false))
                    index = after
                }
                continue
            }
            // Punctuation: one scalar.
            let length = scalarLength(byte)
            let stop = min(index + length, end)
            tokens.append(
                Token(
                    start: index, end: stop, hash: WordHash.hash(bytes, index, stop),
                    kind: .punctuation, isCapitalized: false))
            index = stop
        }
        return tokens
    }

    /// Where the bracket closes when the bracket at `open` holds a figure alone ("(1,055)").
    private static func closingBracket(_ bytes: UnsafeBufferPointer<UInt8>, at open: Int, end: Int)
        -> Int?
    {
        var index = open + 1
        while index < end,
            isDigit(bytes[index])
                || (index > open + 1
                    && (bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ".")))
        {
            index += 1
        }
        guard index > open + 1, index < end, bytes[index] == UInt8(ascii: ")"),
            isDigit(bytes[index - 1])
        else { return nil }
        return index
    }

    @inline(__always)
    private static func word(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ digit: Bool
    ) -> Token {
        let first = bytes[start]
        return Token(
            start: start, end: end, hash: WordHash.hash(bytes, start, end),
            kind: digit ? .number : .word,
            isCapitalized: first >= 0x41 && first <= 0x5A)
    }

    /// Advances over letters, digits, non-ASCII letters and inner `-`, `'`, `’`, `.`/`,` between digits.
    private static func advanceWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int)
        -> Int
    {
        var index = start
        while index < end {
            let byte = bytes[index]
            if isAlnum(byte) {
                index += 1
            } else if byte == 0xE2 {
                // A curly apostrophe inside a word joins it; other punctuation (dashes, quotes) ends it.
                guard index > start, index + 3 < end, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0x99,
                    isAlnum(bytes[index + 3])
                else { break }
                index += 3
            } else if byte >= 0xC0 {
                index = min(end, index + scalarLength(byte))
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'"), index + 1 < end,
                isAlnum(bytes[index + 1]),
                index > start
            {
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), index + 1 < end,
                index > start,
                isDigit(bytes[index - 1]), isDigit(bytes[index + 1])
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// The end of an apostrophe (ASCII or curly) that makes the word before it, ending in "s",
    /// a possessive: a space and a letter follow it ("Hamas' refusal"). Nil otherwise, as for a
    /// closing quote before punctuation.
    private static func pluralPossessiveEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, wordEnd: Int, start: Int, end: Int
    ) -> Int? {
        guard wordEnd - start >= 2, (bytes[wordEnd - 1] | 0x20) == UInt8(ascii: "s"), wordEnd < end
        else { return nil }
        var after = wordEnd
        if bytes[after] == UInt8(ascii: "'") {
            after += 1
        } else if after + 2 < end, bytes[after] == 0xE2, bytes[after + 1] == 0x80,
            bytes[after + 2] == 0x99
        {
            after += 3
        } else {
            return nil
        }
        guard after + 1 < end, bytes[after] == 0x20,
            (bytes[after + 1] | 0x20) >= 0x61, (bytes[after + 1] | 0x20) <= 0x7A
        else { return nil }
        return after
    }

    /// The offset of a trailing `'s`/`'t` apostrophe (ASCII or curly) inside a word, if any.
    private static func possessiveStart(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> Int? {
        guard end - start >= 3 else { return nil }
        let last = bytes[end - 1] | 0x20
        guard last == UInt8(ascii: "s") || last == UInt8(ascii: "t") else { return nil }
        if bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
        if end - start >= 5, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99
        {
            return end - 4
        }
        return nil
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
    @inline(__always) static func scalarLength(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
    }
}
