/// Finds the numbers in English text.
///
/// The parser works on UTF-8 bytes in one forward pass: a scanner splits the bytes into
/// word, number and symbol tokens (words are looked up in a fixed hash table of packed
/// lower-case bytes), then a phrase grammar joins number words and digits into values
/// ("two hundred and forty", "2.3 million", "one and a half") and a builder adds signs,
/// ranges, products and roles.
public struct NumberParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// The numbers in UTF-8 text, in order, with byte spans.
    public func mentions(in bytes: UnsafeBufferPointer<UInt8>) -> [NumberMention] {
        let words = NumberWords.shared
        var store = NumberTokenBuffer(capacity: bytes.count / 4 + 16)
        defer { store.deallocate() }
        ByteScanner(bytes: bytes, words: words).tokenize(into: &store)
        var found: [NumberMention] = []
        let tokens = store.tokens
        words.infos.withUnsafeBufferPointer { infos in
            let builder = NumberMentionBuilder(
                reader: NumberPhraseReader(tokens: tokens, infos: infos), bytes: bytes)
            var i = 0
            let n = tokens.count
            while i < n {
                if builder.canStart(i), let (mention, next) = builder.mention(at: i) {
                    found.append(mention)
                    i = next
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    /// The numbers in a string, in order; offsets are UTF-8 byte offsets.
    public func mentions(in text: String) -> [NumberMention] {
        var copy = text
        return copy.withUTF8 { mentions(in: $0) }
    }

    /// The plain values a reader finds, in order: ranges give both ends, ordinals none.
    public static func plainValues(of mentions: [NumberMention]) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(mentions.count)
        for m in mentions where m.role != .ordinal {
            values.append(m.value)
            if let upper = m.upper {
                values.append(upper)
            }
        }
        return values
    }
}
