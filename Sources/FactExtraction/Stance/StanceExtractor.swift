import FactLedgerCore

/// Finds stance claims in a sentence: an actor's position (support, oppose, demand,
/// conditional) on a topic, with negation, conditions, coordination and references back handled.
///
/// Each topic is bound to the polarity cue nearest before it (no other topic, and no breaker
/// such as "so that", in between), or to a passive cue just after it ("was rejected by …"). The
/// holder is the nearest actor before the cues that acts: not the object of a preposition or of
/// "urged X to", not a name qualifying another noun ("Israel's bombardment").
struct StanceExtractor {
    let lexicon: Lexicon

    private typealias Topic = (index: Int, end: Int, topic: String, referred: Bool)
    private static let to = WordHash.hash("to")
    private static let by = WordHash.hash("by")
    private static let possessive = WordHash.hash("'s")
    private static let no = WordHash.hash("no")
    private static let pronouns: WordTable<Bool> = WordTable(
        set: ["he", "she", "it", "they", "we"].map { WordHash.hash($0) })
    /// Words between a topic and its verb when the topic is the verb's subject ("fuel would not
    /// be allowed", "a ceasefire was rejected").
    private static let verbGlue: WordTable<Bool> = WordTable(
        set: [
            "is", "was", "were", "are", "be", "been", "being", "would", "will", "could", "can",
            "should", "must", "may",
            "might", "not", "never", "has", "have", "had", "to",
        ].map { WordHash.hash($0) })
    private static let coordinators: WordTable<Bool> = WordTable(
        set: ["and", "or", ",", "a", "an", "the", "any", "more", "of", "for", "also"].map {
            WordHash.hash($0)
        })
    private static let beForms: WordTable<Bool> = WordTable(
        set: ["be", "is", "was", "are", "were", "been"].map { WordHash.hash($0) })
    private static let openEnded: WordTable<Bool> = WordTable(
        set: ["until", "unless", "only", "after", "without", "while"].map { WordHash.hash($0) })

    /// The stance claims of one sentence; `previousTopic` carries the last stance topic so a
    /// sentence such as "this demand is non-negotiable" can refer back to it.
    func claims(
        in sentence: Sentence, structure: inout SentenceStructure?,
        deferred: inout Attribution.Deferred, published: Day,
        previousTopic: inout String?
    ) -> [Claim] {
        let tokens = sentence.tokens
        let excluded = lexicon.notTopics.matches(tokens)
        var topics: [Topic] = lexicon.stanceTopics.matches(tokens)
            .filter { topic in !excluded.contains { $0.index < topic.end && topic.index < $0.end } }
            .map { ($0.index, $0.end, $0.payload, false) }
        if topics.isEmpty, let previous = previousTopic,
            let pointer = lexicon.anaphora.matches(tokens).first
        {
            topics = [(pointer.index, pointer.end, previous, true)]
        }
        guard let lastTopic = topics.last else { return [] }
        var claims: [Claim] = []
        // The next sentence refers back to the topic a stance was taken on, else the last one named.
        defer { previousTopic = claims.last?.topic ?? lastTopic.topic }
        let cues = lexicon.polarity.matches(tokens)
        guard !cues.isEmpty else { return [] }
        if structure == nil { structure = SentenceStructure(sentence, lexicon: lexicon) }
        let attribution = deferred.resolve(sentence, structure: structure!, lexicon: lexicon)
        let actors = actingActors(in: sentence)
        let negations = lexicon.negations.matches(tokens)
        let conditions = lexicon.conditions.matches(tokens)
        let breakers = lexicon.breakers.matches(tokens)
        var seen: [String] = []
        /// Whether the key is new (and records it): a sentence holds few stances.
        func firstTime(_ key: String) -> Bool {
            if seen.contains(key) { return false }
            seen.append(key)
            return true
        }
        var previous: (topic: Topic, claim: Claim?)?
        for topic in topics {
            defer { previous = (topic, claims.last.flatMap { $0.topic == topic.topic ? $0 : nil }) }
            // "called for a ceasefire and more aid": a coordinated topic shares the stance before it.
            if let previous, let shared = previous.claim,
                coordinated(previous.topic, topic, sentence)
            {
                var copy = shared
                copy.topic = topic.topic
                if firstTime((copy.actor ?? "") + "\u{1}" + topic.topic) {
                    claims.append(copy)
                }
                continue
            }
            let windowStart = max(
                previous?.topic.end ?? 0, breakers.last { $0.end <= topic.index }?.end ?? 0)
            var before = cues.filter { $0.index >= windowStart && $0.end <= topic.index }
            var nearest = before.last
            var passiveAgent: String?
            // "fuel would not be allowed", "a ceasefire was rejected by Israel": the topic is the
            // subject of a cue just after it; cues before it then count only within its clause.
            if let after = cues.first(where: { $0.index >= topic.end && $0.index - topic.end <= 4 }
            ),
                after.index > topic.end || (after.index == topic.end && topic.referred),
                (topic.end..<after.index).allSatisfy({ Self.verbGlue.contains(tokens[$0].hash) })
            {
                before = before.filter { cue in
                    !(cue.end..<topic.index).contains { sentence.isClauseBreak($0) }
                }
                nearest = after
                if after.end + 1 < tokens.count, tokens[after.end].hash == Self.by {
                    passiveAgent = actors.first { $0.index == after.end + 1 }?.payload
                }
            } else if nearest == nil, topic.index > 1, tokens[topic.index - 1].hash == Self.no,
                Self.beForms.contains(tokens[topic.index - 2].hash)
            {
                // "there would be no ceasefire until …": "no" itself opposes.
                nearest = PhraseTable<Polarity>.Match(
                    index: topic.index - 1, length: 1, payload: .oppose)
            }
            guard let cue = nearest else { continue }
            let anchor = before.last.map { min($0.index, cue.index) } ?? min(cue.index, topic.index)
            guard
                let (actor, actorEnd) = holder(
                    before: anchor, cue: cue, actors: actors, passive: passiveAgent,
                    attribution: attribution, in: sentence)
            else { continue }
            let chainStart = max(actorEnd, windowStart)
            var chain = before.filter { $0.index >= chainStart }
            if cue.index > topic.index || chain.isEmpty { chain.append(cue) }
            guard var polarity = combined(chain, negations: negations, after: chainStart) else {
                continue
            }
            // "no electricity, food or fuel would be allowed": a "no" before the topic negates it.
            if cue.index > topic.index,
                (max(0, topic.index - 6)..<topic.index).contains(where: {
                    tokens[$0].hash == Self.no
                }),
                chain.count == 1
            {
                polarity = polarity == .oppose ? .support : .oppose
            }
            let found = conditions.filter { $0.index > cue.index || $0.index > topic.index }
            if !found.isEmpty {
                let bindsOpposition = found.contains {
                    Self.openEnded.contains(tokens[$0.index].hash)
                }
                if polarity == .support || (polarity == .oppose && bindsOpposition) {
                    polarity = .conditional
                }
            }
            guard firstTime(actor + "\u{1}" + topic.topic) else { continue }
            claims.append(
                Claim(
                    kind: .stance, topic: topic.topic, actor: actor,
                    speaker: attribution.speaker(near: cue.index), polarity: polarity,
                    conditions: found.isEmpty
                        ? nil
                        : found.map { conditionText(from: $0.index, in: sentence) }.joined(
                            separator: "; "),
                    certainty: attribution.certainty,
                    asOf: DateResolver.asOf(sentence, near: cue.index, published: published),
                    quote: sentence.quote, start: sentence.range.lowerBound,
                    end: sentence.range.upperBound,
                    provenance:
                        "stance:\(topic.topic):\(topic.referred ? "refers-back:" : "")\(sentence.text(tokens: cue.index..<cue.end).lowercased())"
                ))
        }
        return claims
    }

    /// Actor names in the sentence that can act: adjacent names of one actor joined, names that
    /// only qualify another noun ("Israel's bombardment", "a Security Council resolution") dropped.
    private func actingActors(in sentence: Sentence) -> [PhraseTable<String>.Match] {
        let tokens = sentence.tokens
        return Self.coalesced(lexicon.actors.matches(tokens)).filter { match in
            var next = match.end
            if next < tokens.count, tokens[next].hash == Self.possessive { next += 1 }
            return next >= tokens.count || lexicon.modifiedNouns.match(tokens, at: next) == nil
        }
    }

    /// Whether two topics are joined only by "and", "or", commas and articles.
    private func coordinated(_ first: Topic, _ second: Topic, _ sentence: Sentence) -> Bool {
        guard first.end <= second.index, second.index - first.end <= 4 else { return false }
        return (first.end..<second.index).allSatisfy {
            Self.coordinators.contains(sentence.tokens[$0].hash)
        }
    }

    /// The actor holding the stance and where its name ends.
    private func holder(
        before anchor: Int, cue: PhraseTable<Polarity>.Match, actors: [PhraseTable<String>.Match],
        passive: String?,
        attribution: Attribution, in sentence: Sentence
    ) -> (String, Int)? {
        if let passive { return (passive, cue.index) }
        let tokens = sentence.tokens
        func acts(_ match: PhraseTable<String>.Match) -> Bool {
            let preposition =
                match.index > 0 && lexicon.prepositions.contains(tokens[match.index - 1].hash)
            // "urged Israel to delay": Israel is the object of the cue before it.
            let object =
                match.end < tokens.count && tokens[match.end].hash == Self.to && match.index > 0
                && lexicon.polarity.matches(tokens, in: max(0, match.index - 3)..<match.index)
                    .isEmpty == false
            return !preposition && !object
        }
        // "… and said he supported the deal": a pronoun subject is the sentence's first actor.
        var subject = cue.index - 1
        while subject > 0, Auxiliaries.hashes.contains(tokens[subject].hash) { subject -= 1 }
        if subject >= 0, Self.pronouns.contains(tokens[subject].hash),
            let first = actors.first(where: acts)
        {
            return (first.payload, subject)
        }
        let candidates = actors.filter { $0.end <= anchor }
        if let chosen = candidates.last(where: acts) ?? candidates.last {
            return (chosen.payload, chosen.end)
        }
        if let speaker = attribution.speaker,
            lexicon.vocabulary.actors.contains(where: { $0.name == speaker })
        {
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
        _ chain: [PhraseTable<Polarity>.Match], negations: [PhraseTable<Bool>.Match],
        after start: Int
    ) -> Polarity? {
        var against = false
        var demands = false
        var previousEnd = start
        for cue in chain {
            let negated = negations.contains {
                $0.index >= max(previousEnd, cue.index - 3) && $0.end <= cue.index
            }
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
