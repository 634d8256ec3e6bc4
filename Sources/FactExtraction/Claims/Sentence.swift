/// One sentence of an article: its byte range, its tokens and access to the article's bytes.
struct Sentence {
    /// The article body's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The sentence's byte range in the body.
    let range: Range<Int>
    /// The sentence's tokens.
    let tokens: [Token]
    /// The tokens of the sentence before it in the body (empty for the first).
    var previousTokens: [Token] = []

    /// The text of bytes `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The text of tokens `range`, as written.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
    }

    /// The whole sentence as written.
    var quote: String { text(range.lowerBound, range.upperBound) }

    /// How many tokens a dateline opening the sentence spans, its dash or colon included:
    /// "JAKARTA -", "DOHA, Nov 24 (Reuters) -", "New Delhi:", "Tel Aviv, December 24:"; 0 when
    /// the sentence opens otherwise. A dateline names where the report was filed, never who
    /// holds a position.
    var datelineLength: Int {
        guard let first = tokens.first, first.kind == .word, first.isCapitalized,
            first.end - first.start > 2
        else { return 0 }
        let capitals = isUpperCase(0)
        for index in 1..<min(tokens.count, 12) {
            let token = tokens[index]
            switch token.kind {
            case .punctuation:
                // A place in capitals before a dash, or a short run of capitalized words and
                // numbers before a colon.
                let byte = bytes[token.start]
                if byte == UInt8(ascii: ":") {
                    return index <= 5 ? index + 1 : 0
                }
                guard capitals else { continue }
                // ASCII hyphen, en dash (E2 80 93) and em dash (E2 80 94).
                if byte == UInt8(ascii: "-")
                    || (byte == 0xE2 && token.end - token.start == 3
                        && (bytes[token.start + 2] == 0x93 || bytes[token.start + 2] == 0x94))
                {
                    return index + 1
                }
            case .number:
                continue
            case .word:
                // A dateline's words are capitalized: the place, a month, the agency.
                if !token.isCapitalized { return 0 }
            }
        }
        return 0
    }

    /// Whether every letter of word token `index` is upper case.
    private func isUpperCase(_ index: Int) -> Bool {
        let token = tokens[index]
        return (token.start..<token.end).allSatisfy { !(0x61...0x7A).contains(bytes[$0]) }
    }

    /// Whether token `index` is the punctuation mark `mark`.
    func isPunctuation(_ index: Int, _ mark: UInt8) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else {
            return false
        }
        return bytes[tokens[index].start] == mark
    }

    /// Whether token `index` is a hyphen written against the tokens on both sides of it, as in
    /// "U.S.-led", where a name written with marks stands as its own tokens.
    func isJoiningHyphen(_ index: Int) -> Bool {
        index >= 1 && index + 1 < tokens.count && isPunctuation(index, UInt8(ascii: "-"))
            && tokens[index].start == tokens[index - 1].end
            && tokens[index + 1].start == tokens[index].end
    }

    /// Whether token `index` is a quotation mark: `"`, `'` or a curly one.
    func isQuote(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else {
            return false
        }
        let start = tokens[index].start
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        case 0xE2:
            // U+2018 … U+201D: E2 80 98 … E2 80 9D.
            return start + 2 < bytes.count && bytes[start + 1] == 0x80
                && (0x98...0x9D).contains(bytes[start + 2])
        default: return false
        }
    }

    /// Whether token `index` ends a clause: `,` `;` `:` `(` `)` or a dash.
    func isClauseBreak(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else {
            return false
        }
        let byte = bytes[tokens[index].start]
        return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == 0xE2
    }

    /// Whether token `index` is written in capitals only, two letters or more ("WHO", "US").
    func isInitials(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word,
            tokens[index].end - tokens[index].start >= 2
        else { return false }
        return (tokens[index].start..<tokens[index].end).allSatisfy {
            bytes[$0] >= UInt8(ascii: "A") && bytes[$0] <= UInt8(ascii: "Z")
        }
    }

    /// The calendar year token `index` writes ("1999"), if it is four digits from 1800 to 2099.
    func year(at index: Int) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number,
            tokens[index].end - tokens[index].start == 4
        else { return nil }
        var value = 0
        for offset in tokens[index].start..<tokens[index].end {
            let digit = bytes[offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return (1800...2099).contains(value) ? value : nil
    }

    /// The index of the first token starting at or after byte `offset`.
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
