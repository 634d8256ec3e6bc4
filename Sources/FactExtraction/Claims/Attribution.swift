import FactLedgerCore

/// Who a sentence attributes its content to, and how firmly it is put.
struct Attribution {
    /// The speaker: a canonical actor when one is named, else the words as written.
    var speaker: String?
    /// Every attribution in the sentence with the token where it stands, for sentences that
    /// quote more than one voice ("UN agencies warned, as the health ministry said …").
    var voices: [(position: Int, speaker: String?)] = []
    /// How firmly the sentence puts its claims.
    var certainty: Certainty
    /// The token index of the attribution verb, when there is one.
    var verbIndex: Int?

    /// Words that open a clause: the subject of a verb starts after them.
    private static let subordinators: WordTable<Bool> = WordTable(
        set: [
            "what", "that", "which", "who", "as", "while", "but", "and", "whereas", "although",
            "because",
        ].map { WordHash.hash($0) })

    /// Certainty words in order of precedence: the most hedged wins.
    private static let precedence: [Certainty] = [.denied, .claimed, .believed, .estimated]

    /// Finds the attribution of a sentence.
    static func of(_ sentence: Sentence, lexicon: Lexicon) -> Attribution {
        let tokens = sentence.tokens
        var speaker: String?
        var verbIndex: Int?
        if let prefix = lexicon.attributionPrefixes.matches(tokens).first {
            var end = prefix.end
            while end < tokens.count, end - prefix.end < 10, !sentence.isClauseBreak(end),
                !sentence.isPunctuation(end, UInt8(ascii: "."))
            {
                end += 1
            }
            speaker = name(sentence, prefix.end..<end, lexicon: lexicon)
        }
        // A capitalised verb inside a sentence is a name ("United States"), not an attribution.
        var voices: [(position: Int, speaker: String?)] = speaker.map { [(0, $0)] } ?? []
        for verb in lexicon.attributionVerbs.matches(tokens)
        where verb.index == 0 || !tokens[verb.index].isCapitalized {
            let subject = subject(of: verb, in: sentence, lexicon: lexicon)
            voices.append((verb.index, subject))
            if verbIndex == nil {
                verbIndex = verb.index
                if speaker == nil { speaker = subject }
            }
        }
        var certainty: Certainty = speaker != nil || verbIndex != nil ? .reported : .asserted
        let found = lexicon.certainty.matches(tokens).map(\.payload)
        if let hedge = precedence.first(where: found.contains) { certainty = hedge }
        return Attribution(
            speaker: speaker, voices: voices, certainty: certainty, verbIndex: verbIndex)
    }

    /// The speaker of the attribution nearest before a token (else the first after it).
    func speaker(near position: Int) -> String? {
        guard voices.count > 1 else { return speaker }
        if let before = voices.last(where: { $0.position <= position && $0.speaker != nil }) {
            return before.speaker
        }
        return voices.first { $0.speaker != nil }?.speaker ?? speaker
    }

    /// The subject of an attribution verb: before it ("the military said"), or after it when
    /// it closes the sentence ("…, said the military").
    private static func subject(
        of verb: PhraseTable<Bool>.Match, in sentence: Sentence, lexicon: Lexicon
    ) -> String? {
        let tokens = sentence.tokens
        if sentence.isClauseBreak(verb.index - 1) || verb.index == 0 {
            var end = verb.end
            while end < tokens.count, !sentence.isPunctuation(end, UInt8(ascii: ".")) { end += 1 }
            if end - verb.end > 0, end - verb.end <= 6, !sentence.isClauseBreak(verb.end) {
                return name(sentence, verb.end..<end, lexicon: lexicon)
            }
        }
        var end = verb.index
        while end > 0, sentence.isClauseBreak(end - 1) { end -= 1 }
        var start = end
        while start > 0, !sentence.isClauseBreak(start - 1), end - start < 12,
            !subordinators.contains(tokens[start - 1].hash)
        {
            start -= 1
        }
        // Auxiliaries belong to the verb, not the subject.
        let auxiliaries: WordTable<Bool> = Auxiliaries.hashes
        while end > start, auxiliaries.contains(tokens[end - 1].hash) { end -= 1 }
        guard start < end else { return nil }
        return name(sentence, start..<end, lexicon: lexicon)
    }

    /// A canonical actor named in the tokens, else the words themselves (not a bare pronoun).
    private static func name(_ sentence: Sentence, _ range: Range<Int>, lexicon: Lexicon) -> String?
    {
        if let actor = lexicon.actors.matches(sentence.tokens, in: range).last {
            return actor.payload
        }
        guard !range.isEmpty else { return nil }
        if range.count == 1, lexicon.pronouns.contains(sentence.tokens[range.lowerBound].hash) {
            return nil
        }
        let words = sentence.text(tokens: range)
        return words.count <= 80 ? words : nil
    }
}

/// Auxiliary verbs that sit between a subject and its verb ("have publicly stated").
enum Auxiliaries {
    static let hashes: WordTable<Bool> = WordTable(
        set: [
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "publicly",
            "later", "previously", "earlier", "repeatedly", "again", "recently", "initially",
            "then", "already", "been", "being", "now",
        ].map { WordHash.hash($0) })
}

extension Attribution {
    /// A sentence's attribution, worked out on first use: most sentences hold no claim and
    /// never need it.
    struct Deferred {
        private var value: Attribution?

        /// The attribution of `sentence`, worked out once.
        mutating func resolve(_ sentence: Sentence, lexicon: Lexicon) -> Attribution {
            if let value { return value }
            let found = Attribution.of(sentence, lexicon: lexicon)
            value = found
            return found
        }
    }
}
