/// Matches multi-word phrases against a token sequence by their word hashes, longest first.
///
/// Phrases are compiled into a trie: from each node, the next word's hash leads to a child
/// through one probe of a `WordTable`, so finding the longest phrase at a token costs one probe
/// per word matched, however many phrases share their first words ("the deal", "the army" …).
public struct PhraseTable<Payload: Sendable>: Sendable {
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

    /// A node of the trie: what confirms the edge leading to it and whether a phrase ends there.
    private struct Node: Sendable {
        /// The parent node and the word leading from it here, to confirm an edge.
        var parent: Int32
        var word: UInt64
        /// Whether a phrase ends here.
        var isEnd = false
        /// Whether the phrase ending here opens with an acronym ("WHO", "US"), which only a
        /// capitalized word matches: the relative "who" and the pronoun "us" name no one.
        var opensWithAcronym = false
    }

    /// The compiled phrases, behind one reference so that a copy of the table costs one retain.
    private final class Trie: Sendable {
        /// Edges of the trie keyed by the parent node mixed with the word's hash.
        let edges: WordTable<Int32>
        /// The nodes; 0 is the root.
        let nodes: [Node]
        /// Per node: the payload of the phrase ending there, if one does.
        let payloads: [Payload?]
        /// A bit per slot of first-word hashes (the low bits of the hash) that some phrase
        /// starts with: most tokens start no phrase, and one bit test rules them out before a
        /// probe.
        let starts: [UInt64]
        /// The words passed over inside a phrase in the text (quotation marks, adverbs).
        let passable: WordTable<Bool>

        init(
            edges: WordTable<Int32>, nodes: [Node], payloads: [Payload?], starts: [UInt64],
            passable: WordTable<Bool>
        ) {
            self.edges = edges
            self.nodes = nodes
            self.payloads = payloads
            self.starts = starts
            self.passable = passable
        }
    }

    private let trie: Trie
    /// How many 64-bit words `starts` has.
    private static var startWords: Int { 64 }

    /// Compiles phrases; when one phrase appears twice the first payload wins. A word of
    /// `passingOver` inside a phrase in the text is passed over: a quotation mark ('had "no
    /// objection" to') or an adverb ("was urgently required").
    public init(_ phrases: [(String, Payload)], passingOver: [String] = []) {
        var children: [UInt64: Int32] = [:]
        var pairs: [(UInt64, Int32)] = []
        var nodes = [Node(parent: -1, word: 0)]
        var payloads: [Payload?] = [nil]
        var starts = [UInt64](repeating: 0, count: Self.startWords)
        let passable = WordTable(words: passingOver)
        for (phrase, payload) in phrases {
            var bytes = Array(phrase.utf8)
            let words = bytes.withUnsafeMutableBufferPointer { buffer in
                Tokenizer.tokens(UnsafeBufferPointer(buffer), in: 0..<buffer.count).map(\.hash)
            }
            // A word passed over in the text is left out inside the phrase too ("was urgently
            // needed" is "was needed"), so that the text's word never leads down an edge.
            let hashes = words.indices.filter {
                $0 == 0 || $0 == words.count - 1 || !passable.contains(words[$0])
            }.map { words[$0] }
            guard !hashes.isEmpty else { continue }
            Self.mark(hashes[0], in: &starts)
            var node: Int32 = 0
            for hash in hashes {
                let key = Self.edgeKey(node, hash)
                if let child = children[key] {
                    node = child
                } else {
                    let child = Int32(nodes.count)
                    nodes.append(Node(parent: node, word: hash))
                    payloads.append(nil)
                    children[key] = child
                    pairs.append((key, child))
                    node = child
                }
            }
            if !nodes[Int(node)].isEnd {
                payloads[Int(node)] = payload
                nodes[Int(node)].isEnd = true
                nodes[Int(node)].opensWithAcronym = Self.opensWithAcronym(phrase.utf8)
            }
        }
        trie = Trie(
            edges: WordTable(pairs), nodes: nodes, payloads: payloads, starts: starts,
            passable: passable)
    }

    /// Whether the first word is two or more capital letters and nothing else.
    private static func opensWithAcronym(_ phrase: String.UTF8View) -> Bool {
        var capitals = 0
        for byte in phrase {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                capitals += 1
            } else if byte == UInt8(ascii: " ") {
                break
            } else {
                return false
            }
        }
        return capitals >= 2
    }

    /// Sets the bit of a first word's hash.
    private static func mark(_ hash: UInt64, in starts: inout [UInt64]) {
        let bit = Int(truncatingIfNeeded: hash) & (startWords * 64 - 1)
        starts[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The key of the edge from a node along a word.
    @inline(__always)
    private static func edgeKey(_ node: Int32, _ hash: UInt64) -> UInt64 {
        (hash ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) &+ UInt64(node)
    }

    /// Whether no phrase was compiled.
    public var isEmpty: Bool { trie.nodes.count == 1 }

    /// The longest phrase starting at token `index`, if any.
    @inline(__always)
    public func match(_ tokens: [Token], at index: Int) -> Match? {
        guard index < tokens.count, mayStart(tokens[index].hash) else { return nil }
        return tokens.withUnsafeBufferPointer { tokens in
            longest(tokens, at: index, limit: tokens.count).map {
                Match(index: index, length: $0.length, payload: trie.payloads[$0.node]!)
            }
        }
    }

    /// The payload of the two-word phrase two tokens make when they stand apart ("let … go",
    /// "called … for"), if the table holds that phrase.
    public func pair(_ first: Token, _ second: Token) -> Payload? {
        guard mayStart(first.hash) else { return nil }
        return trie.nodes.withUnsafeBufferPointer { nodes in
            func child(of node: Int32, by hash: UInt64) -> Int32? {
                guard let child = trie.edges[Self.edgeKey(node, hash)],
                    nodes[Int(child)].parent == node, nodes[Int(child)].word == hash
                else { return nil }
                return child
            }
            guard let middle = child(of: 0, by: first.hash),
                let node = child(of: middle, by: second.hash)
            else { return nil }
            let end = nodes[Int(node)]
            guard end.isEnd, !end.opensWithAcronym || first.isCapitalized else { return nil }
            return trie.payloads[Int(node)]
        }
    }

    /// Whether some phrase may start with the word of this hash: false rules it out.
    @inline(__always)
    private func mayStart(_ hash: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: hash) & (Self.startWords * 64 - 1)
        return trie.starts.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
    }

    /// The first phrase `matches` would list for `range`, found without building the list.
    public func firstMatch(_ tokens: [Token], in range: Range<Int>? = nil) -> Match? {
        let range = range ?? 0..<tokens.count
        return tokens.withUnsafeBufferPointer { tokens in
            for index in range where mayStart(tokens[index].hash) {
                if let found = longest(tokens, at: index, limit: range.upperBound) {
                    return Match(
                        index: index, length: found.length, payload: trie.payloads[found.node]!)
                }
            }
            return nil
        }
    }

    /// Whether some phrase occurs within `range` of the tokens.
    public func hasMatch(_ tokens: [Token], in range: Range<Int>? = nil) -> Bool {
        firstMatch(tokens, in: range) != nil
    }

    /// Every non-overlapping phrase in `range` of the tokens, left to right, longest at each start.
    public func matches(_ tokens: [Token], in range: Range<Int>? = nil) -> [Match] {
        let range = range ?? 0..<tokens.count
        var result: [Match] = []
        tokens.withUnsafeBufferPointer { tokens in
            var index = range.lowerBound
            while index < range.upperBound {
                if !mayStart(tokens[index].hash) {
                    index += 1
                    continue
                }
                if let found = longest(tokens, at: index, limit: range.upperBound) {
                    result.append(
                        Match(
                            index: index, length: found.length,
                            payload: trie.payloads[found.node]!))
                    index += found.length
                } else {
                    index += 1
                }
            }
        }
        return result
    }

    /// The length and end node of the longest phrase starting at token `index` and ending by
    /// `limit`, if any.
    @inline(__always)
    private func longest(_ tokens: UnsafeBufferPointer<Token>, at index: Int, limit: Int) -> (
        length: Int, node: Int
    )? {
        let edges = trie.edges
        let passable = trie.passable
        return trie.nodes.withUnsafeBufferPointer { nodes in
            var node: Int32 = 0
            var best: (length: Int, node: Int)?
            var position = index
            while position < limit {
                let hash = tokens[position].hash
                guard let child = edges[Self.edgeKey(node, hash)] else {
                    if !passable.isEmpty, position > index, position + 1 < limit,
                        passable.contains(hash)
                    {
                        position += 1
                        continue
                    }
                    break
                }
                let reached = nodes[Int(child)]
                guard reached.parent == node, reached.word == hash else { break }
                node = child
                position += 1
                if reached.isEnd && (!reached.opensWithAcronym || tokens[index].isCapitalized) {
                    best = (position - index, Int(node))
                }
            }
            return best
        }
    }
}
