import FactLedgerCore

/// Who a sentence attributes its content to, and how firmly it is put.
struct Attribution {
    /// The speaker: a canonical actor when one is named, else the words as written.
    var speaker: String?
    /// Every attribution in the sentence with the token where it stands, for sentences that
    /// quote more than one voice ("UN agencies warned, as the health ministry said …").
    var voices: [(position: Int, speaker: String?)] = []
    /// The tokens each voice reports, in the order of `voices`.
    var contents: [Range<Int>] = []
    /// How firmly the sentence puts its claims.
    var certainty: Certainty
    /// The token index of the attribution verb, when there is one.
    var verbIndex: Int?

    /// Certainty words in order of precedence: the most hedged wins.
    private static let precedence: [Certainty] = [.denied, .claimed, .believed, .estimated]

    /// Finds the attribution of a sentence from its reported-speech frames.
    static func of(_ sentence: Sentence, structure: SentenceStructure, lexicon: Lexicon)
        -> Attribution
    {
        var voices: [(position: Int, speaker: String?)] = []
        var contents: [Range<Int>] = []
        for frame in structure.frames {
            let speaker =
                unnamed(sentence, frame.speaker, lexicon: lexicon)
                ? subject(of: frame.content, in: sentence, lexicon: lexicon)
                    ?? name(sentence, frame.speaker, lexicon: lexicon)
                : name(sentence, frame.speaker, lexicon: lexicon)
            voices.append((frame.verb.lowerBound, speaker))
            contents.append(frame.content)
        }
        let speaker = voices.first { $0.speaker != nil }?.speaker
        var certainty: Certainty = voices.isEmpty ? .asserted : .reported
        let found = lexicon.certainty.matches(sentence.tokens).filter {
            !structure.reportsNothing(verbEnd: $0.end, in: sentence, lexicon: lexicon)
        }.map(\.payload)
        if let hedge = precedence.first(where: found.contains) { certainty = hedge }
        return Attribution(
            speaker: speaker, voices: voices, contents: contents, certainty: certainty,
            verbIndex: voices.first?.position)
    }

    /// The speaker of a token: the voice whose reported content holds it (the innermost), else
    /// the nearest voice before it, else the first.
    func speaker(near position: Int) -> String? {
        guard voices.count > 1 else { return speaker }
        var best: (size: Int, speaker: String)?
        for (index, content) in contents.enumerated() where content.contains(position) {
            guard let name = voices[index].speaker else { continue }
            if best == nil || content.count < best!.size { best = (content.count, name) }
        }
        if let best { return best.speaker }
        if let before = voices.last(where: { $0.position <= position && $0.speaker != nil }) {
            return before.speaker
        }
        return speaker
    }

    /// Whether the speaker's words name nobody ("officials", "a senior official").
    private static func unnamed(_ sentence: Sentence, _ range: Range<Int>, lexicon: Lexicon)
        -> Bool
    {
        guard let match = lexicon.unnamedSpeakers.firstMatch(sentence.tokens, in: range)
        else { return false }
        return match.end == range.upperBound && match.index - range.lowerBound <= 1
    }

    /// The pronoun that opens a relative clause describing the person before it.
    private static let who = WordHash.hash("who")

    /// The actor a report opens with ("Israel has revised the toll …, officials said"): the
    /// unnamed officials who report it speak for that actor.
    private static func subject(of content: Range<Int>, in sentence: Sentence, lexicon: Lexicon)
        -> String?
    {
        guard let actor = lexicon.actorMatches(sentence.tokens, in: content).first,
            actor.index - content.lowerBound <= 1
        else { return nil }
        return actor.payload
    }

    /// A canonical actor named in the tokens, else the words themselves (not a bare pronoun).
    private static func name(_ sentence: Sentence, _ range: Range<Int>, lexicon: Lexicon) -> String?
    {
        var range = range
        // "Doctors who work at the hospital said": the speaker is the noun a restrictive
        // relative clause describes, not the clause ("Regev, who advises Netanyahu, said" keeps
        // the words its commas set apart).
        if range.lowerBound >= 2,
            sentence.tokens[range.lowerBound - 1].hash == who,
            !sentence.isPunctuation(range.lowerBound - 2, UInt8(ascii: ","))
        {
            let end = range.lowerBound - 1
            var start = end
            while start > max(0, end - 8), !sentence.isClauseBreak(start - 1) { start -= 1 }
            range = start..<end
        }
        if let actor = lexicon.actorMatches(sentence.tokens, in: range).last {
            return actor.payload
        }
        // "On Tuesday, the ministry said": the words before a comma are no part of the speaker.
        if let comma = range.last(where: { sentence.isPunctuation($0, UInt8(ascii: ",")) }),
            comma + 1 < range.upperBound
        {
            range = (comma + 1)..<range.upperBound
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
        mutating func resolve(
            _ sentence: Sentence, structure: SentenceStructure, lexicon: Lexicon
        ) -> Attribution {
            if let value { return value }
            let found = Attribution.of(sentence, structure: structure, lexicon: lexicon)
            value = found
            return found
        }
    }
}
