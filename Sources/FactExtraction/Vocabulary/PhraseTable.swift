/// Matches multi-word phrases against a token sequence by their word hashes, longest first.
public struct PhraseTable<Payload: Sendable>: Sendable {
    /// One compiled phrase.
    struct Entry: Sendable {
        var hashes: [UInt64]
        var payload: Payload
    }

    /// A phrase found in a token sequence.
    public struct Match: Sendable {
        /// The index of the first token.
        public var index: Int
        /// How many tokens the phrase spans.
        public var length: Int
        /// What the phrase stands for.
        public var payload: Payload

        /// The index just past the phrase.
        public var end: Int { index + length }
    }

    private var byFirst: [UInt64: [Entry]] = [:]

    /// Compiles phrases; when one phrase appears twice the first payload wins.
    public init(_ phrases: [(String, Payload)]) {
        for (phrase, payload) in phrases {
            var bytes = Array(phrase.utf8)
            let hashes = bytes.withUnsafeMutableBufferPointer { buffer in
                Tokenizer.tokens(UnsafeBufferPointer(buffer), in: 0..<buffer.count).map(\.hash)
            }
            guard let first = hashes.first else { continue }
            var entries = byFirst[first, default: []]
            if entries.contains(where: { $0.hashes == hashes }) { continue }
            entries.append(Entry(hashes: hashes, payload: payload))
            entries.sort { $0.hashes.count > $1.hashes.count }
            byFirst[first] = entries
        }
    }

    /// Whether no phrase was compiled.
    public var isEmpty: Bool { byFirst.isEmpty }

    /// The longest phrase starting at token `index`, if any.
    @inline(__always)
    public func match(_ tokens: [Token], at index: Int) -> Match? {
        guard let entries = byFirst[tokens[index].hash] else { return nil }
        for entry in entries where index + entry.hashes.count <= tokens.count {
            var matches = true
            var offset = 1
            while offset < entry.hashes.count {
                if tokens[index + offset].hash != entry.hashes[offset] {
                    matches = false
                    break
                }
                offset += 1
            }
            if matches {
                return Match(index: index, length: entry.hashes.count, payload: entry.payload)
            }
        }
        return nil
    }

    /// Every non-overlapping phrase in `range` of the tokens, left to right, longest at each start.
    public func matches(_ tokens: [Token], in range: Range<Int>? = nil) -> [Match] {
        let range = range ?? 0..<tokens.count
        var result: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let found = match(tokens, at: index), found.end <= range.upperBound {
                result.append(found)
                index = found.end
            } else {
                index += 1
            }
        }
        return result
    }
}
