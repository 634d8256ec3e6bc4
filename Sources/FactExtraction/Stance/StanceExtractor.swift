import FactLedgerCore

/// Finds stance claims in a sentence: an actor's position (support, oppose, demand,
/// conditional) on a topic, with negation, conditions and references back handled.
struct StanceExtractor {
    let lexicon: Lexicon

    private static let to = WordHash.hash("to")
    private static let by = WordHash.hash("by")

    /// The stance claims of one sentence; `previousTopic` carries the last stance topic so a
    /// sentence such as "this demand is non-negotiable" can refer back to it.
    func claims(in sentence: Sentence, attribution: Attribution, published: Day, previousTopic: inout String?) -> [Claim] {
        let tokens = sentence.tokens
        var topics = lexicon.stanceTopics.matches(tokens).map { (index: $0.index, end: $0.end, topic: $0.payload, referred: false) }
        if topics.isEmpty, let previous = previousTopic, let pointer = lexicon.anaphora.matches(tokens).first {
            topics = [(pointer.index, pointer.end, previous, true)]
        }
        guard let lastTopic = topics.last else { return [] }
        defer { previousTopic = lastTopic.topic }
        let cues = lexicon.polarity.matches(tokens)
        guard !cues.isEmpty else { return [] }
        let actors = Self.coalesced(lexicon.actors.matches(tokens))
        let negations = lexicon.negations.matches(tokens)
        let conditions = lexicon.conditions.matches(tokens)
        var claims: [Claim] = []
        var seen = Set<String>()
        for topic in topics {
            let before = cues.filter { $0.end <= topic.index }
            var nearest = before.last
            var passiveActor: String?
            if nearest == nil {
                // "a ceasefire was rejected by Israel": a cue just after the topic, the actor after "by".
                guard let after = cues.first(where: { $0.index >= topic.end && $0.index - topic.end <= 4 }) else { continue }
                nearest = after
                if after.end + 1 < tokens.count, tokens[after.end].hash == Self.by,
                    let agent = actors.first(where: { $0.index == after.end + 1 })
                {
                    passiveActor = agent.payload
                }
            }
            guard let cue = nearest else { continue }
            guard let (actor, actorEnd) = holder(before: cue, actors: actors, passive: passiveActor, attribution: attribution, in: sentence)
            else { continue }
            let chain = cues.filter { $0.index >= actorEnd && ($0.end <= topic.index || $0.index == cue.index) }
            guard var polarity = combined(chain.isEmpty ? [cue] : chain, negations: negations, after: actorEnd) else { continue }
            let conditionTexts = conditions.filter { $0.index > cue.index || $0.index > topic.index }
                .map { conditionText(from: $0.index, in: sentence) }
            if !conditionTexts.isEmpty { polarity = .conditional }
            guard seen.insert(actor + "\u{1}" + topic.topic).inserted else { continue }
            claims.append(
                Claim(
                    kind: .stance, topic: topic.topic, actor: actor, speaker: attribution.speaker, polarity: polarity,
                    conditions: conditionTexts.isEmpty ? nil : conditionTexts.joined(separator: "; "),
                    certainty: attribution.certainty, asOf: DateResolver.asOf(sentence, near: cue.index, published: published),
                    quote: sentence.quote, start: sentence.range.lowerBound, end: sentence.range.upperBound,
                    rule: "stance:\(topic.topic):\(topic.referred ? "refers-back:" : "")\(sentence.text(tokens: cue.index..<cue.end).lowercased())"))
        }
        return claims
    }

    /// The actor holding the stance: the nearest actor before the cue that is not the object of a
    /// preposition or of "urged X to"; else the passive agent; else the attributed speaker.
    private func holder(
        before cue: PhraseTable<Polarity>.Match, actors: [PhraseTable<String>.Match], passive: String?,
        attribution: Attribution, in sentence: Sentence
    ) -> (String, Int)? {
        if let passive { return (passive, cue.index) }
        let candidates = actors.filter { $0.end <= cue.index }
        let subjects = candidates.filter { match in
            let preposition = match.index > 0 && lexicon.prepositions.contains(sentence.tokens[match.index - 1].hash)
            let object = match.end < sentence.tokens.count && sentence.tokens[match.end].hash == Self.to
                && match.end + 1 < cue.index + 1 && match.index > 0
                && lexicon.polarity.match(sentence.tokens, at: max(0, match.index - 1)) != nil
            return !preposition && !object
        }
        if let chosen = subjects.last ?? candidates.last { return (chosen.payload, chosen.end) }
        if let speaker = attribution.speaker, lexicon.vocabulary.actors.contains(where: { $0.name == speaker }) {
            return (speaker, 0)
        }
        return nil
    }

    /// Adjacent names of one actor ("Israeli Prime Minister Benjamin Netanyahu") as one span.
    static func coalesced(_ matches: [PhraseTable<String>.Match]) -> [PhraseTable<String>.Match] {
        var result: [PhraseTable<String>.Match] = []
        for match in matches {
            if let last = result.last, last.end == match.index, last.payload == match.payload {
                result[result.count - 1].length += match.length
            } else {
                result.append(match)
            }
        }
        return result
    }

    /// Combines the cues from the actor to the topic: each oppose (or negated cue) flips the
    /// direction; a positive result is `demand` when any cue demands.
    private func combined(
        _ chain: [PhraseTable<Polarity>.Match], negations: [PhraseTable<Bool>.Match], after start: Int
    ) -> Polarity? {
        var against = false
        var demands = false
        var previousEnd = start
        for cue in chain {
            let negated = negations.contains { $0.index >= max(previousEnd, cue.index - 3) && $0.end <= cue.index }
            var isAgainst = cue.payload == .oppose
            if negated { isAgainst.toggle() }
            if isAgainst { against.toggle() }
            if cue.payload == .demand, !negated { demands = true }
            previousEnd = cue.end
        }
        if against { return .oppose }
        return demands ? .demand : .support
    }

    /// The condition's words, from its cue to the end of the clause (at most a dozen words).
    private func conditionText(from index: Int, in sentence: Sentence) -> String {
        var end = index + 1
        while end < sentence.tokens.count, end - index < 12, !sentence.isClauseBreak(end),
            !sentence.isPunctuation(end, UInt8(ascii: "."))
        {
            end += 1
        }
        return sentence.text(tokens: index..<end)
    }
}
