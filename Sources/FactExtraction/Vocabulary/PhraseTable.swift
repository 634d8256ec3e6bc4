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

    /// Every phrase's word hashes, one after another.
    private var words: [UInt64] = []
    /// Phrases as (first word in `words`, length, payload), grouped by first word, longest first.
    private var phrases: [(start: Int32, length: Int32, payload: Payload)] = []
    /// The range of `phrases` that start with a word hash.
    private var byFirst = WordTable<(start: Int32, end: Int32)>([])

    /// Compiles phrases; when one phrase appears twice the first payload wins.
    public init(_ phrases: [(String, Payload)]) {
        var groups: [UInt64: [Entry]] = [:]
        var order: [UInt64] = []
        for (phrase, payload) in phrases {
            var bytes = Array(phrase.utf8)
            let hashes = bytes.withUnsafeMutableBufferPointer { buffer in
                Tokenizer.tokens(UnsafeBufferPointer(buffer), in: 0..<buffer.count).map(\.hash)
            }
            guard let first = hashes.first else { continue }
            if groups[first] == nil { order.append(first) }
            if groups[first, default: []].contains(where: { $0.hashes == hashes }) { continue }
            groups[first, default: []].append(Entry(hashes: hashes, payload: payload))
        }
        var ranges: [(UInt64, (start: Int32, end: Int32))] = []
        for first in order {
            // Stable: among phrases of one length, the first compiled wins.
            let entries = groups[first]!.enumerated().sorted {
                ($0.element.hashes.count, -$0.offset) > ($1.element.hashes.count, -$1.offset)
            }.map(\.element)
            let start = Int32(self.phrases.count)
            for entry in entries {
                self.phrases.append(
                    (Int32(words.count), Int32(entry.hashes.count), entry.payload))
                words += entry.hashes
            }
            ranges.append((first, (start, Int32(self.phrases.count))))
        }
        byFirst = WordTable(ranges)
    }

    /// Whether no phrase was compiled.
    public var isEmpty: Bool { phrases.isEmpty }

    /// The longest phrase starting at token `index`, if any.
    @inline(__always)
    public func match(_ tokens: [Token], at index: Int) -> Match? {
        tokens.withUnsafeBufferPointer { tokens in
            longest(tokens, at: index).map {
                Match(index: index, length: $0.length, payload: $0.payload)
            }
        }
    }

    /// Every non-overlapping phrase in `range` of the tokens, left to right, longest at each start.
    public func matches(_ tokens: [Token], in range: Range<Int>? = nil) -> [Match] {
        let range = range ?? 0..<tokens.count
        var result: [Match] = []
        tokens.withUnsafeBufferPointer { tokens in
            var index = range.lowerBound
            while index < range.upperBound {
                if let found = longest(tokens, at: index), index + found.length <= range.upperBound
                {
                    result.append(Match(index: index, length: found.length, payload: found.payload))
                    index += found.length
                } else {
                    index += 1
                }
            }
        }
        return result
    }

    /// The length and payload of the longest phrase starting at token `index`, if any.
    @inline(__always)
    private func longest(_ tokens: UnsafeBufferPointer<Token>, at index: Int) -> (
        length: Int, payload: Payload
    )? {
        guard let range = byFirst[tokens[index].hash] else { return nil }
        return words.withUnsafeBufferPointer { words in
            phrases.withUnsafeBufferPointer { phrases in
                for phrase in Int(range.start)..<Int(range.end) {
                    let start = Int(phrases[phrase].start)
                    let count = Int(phrases[phrase].length)
                    guard index + count <= tokens.count else { continue }
                    var offset = 1
                    while offset < count, tokens[index + offset].hash == words[start + offset] {
                        offset += 1
                    }
                    if offset == count { return (count, phrases[phrase].payload) }
                }
                return nil
            }
        }
    }
}
