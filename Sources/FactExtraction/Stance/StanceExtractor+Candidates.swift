import FactLedgerCore

extension StanceExtractor {
    /// How many words at most may stand between an actor and a topic that are a candidate.
    static let candidateReach = 20

    /// The candidate stances of a sentence: every pair of an actor named in it and a stance topic
    /// named in it (the nearest mention of each), and every stance the rules found in it.
    ///
    /// `claims` are the stances the rules found in the sentence; each candidate of one of them
    /// carries its polarity and index. `found` is what reading the sentence found; its actor
    /// names are looked up here when the rules had no need of them.
    func candidates(in sentence: Sentence, claims: [Claim], found: inout Found)
        -> [StanceCandidate]
    {
        let namedCount = found.topics.count
        let pointedCount = namedCount + found.referred.count
        let topics = found.topics + found.referred + found.carried
        guard !claims.isEmpty || !topics.isEmpty else { return [] }
        if found.actors == nil {
            found.actors = names(in: sentence)
        }
        let actors = found.actors!
        guard !claims.isEmpty || !actors.isEmpty else { return [] }
        var candidates: [StanceCandidate] = []
        func known(_ actor: String, _ topic: String) -> Int? {
            candidates.firstIndex { $0.actor == actor && $0.topic == topic }
        }
        func distance(_ actor: Range<Int>, _ topic: Range<Int>) -> Int {
            actor.upperBound <= topic.lowerBound
                ? topic.lowerBound - actor.upperBound : abs(actor.lowerBound - topic.upperBound)
        }
        /// Whether one mention of an actor is a better holder than another: a mention before the
        /// topic ("Israeli officials said the fuel …") before one after it ("… rockets targeting
        /// Israeli citizens"), and then the nearer.
        func closer(_ actor: Range<Int>, than other: Range<Int>, to topic: Range<Int>) -> Bool {
            let before = actor.upperBound <= topic.lowerBound
            let otherBefore = other.upperBound <= topic.lowerBound
            if before != otherBefore { return before }
            return distance(actor, topic) < distance(other, topic)
        }
        for actor in actors {
            let span = actor.index..<actor.end
            for name in members(actor.payload) {
                for (position, topic) in topics.enumerated() {
                    let topicSpan = topic.index..<topic.end
                    guard distance(span, topicSpan) <= Self.candidateReach else { continue }
                    if let index = known(name, topic.payload) {
                        let current = candidates[index]
                        if closer(span, than: current.actorSpan!, to: topicSpan) {
                            candidates[index].actorSpan = span
                            candidates[index].topicSpan = topicSpan
                            candidates[index].referred = position >= namedCount
                            candidates[index].carried = position >= pointedCount
                        }
                        continue
                    }
                    candidates.append(
                        StanceCandidate(
                            actor: name, topic: topic.payload, actorSpan: span,
                            topicSpan: topicSpan, referred: position >= namedCount,
                            carried: position >= pointedCount, rule: nil, claimIndex: nil))
                }
            }
        }
        for (index, claim) in claims.enumerated() {
            guard let actor = claim.actor, let polarity = claim.polarity else { continue }
            if let same = known(actor, claim.topic) {
                if candidates[same].rule == nil {
                    candidates[same].rule = polarity
                    candidates[same].claimIndex = index
                }
                continue
            }
            let named = actors.first { members($0.payload).contains(actor) }
            let position = topics.firstIndex { $0.payload == claim.topic }
            candidates.append(
                StanceCandidate(
                    actor: actor, topic: claim.topic, actorSpan: named.map { $0.index..<$0.end },
                    topicSpan: position.map { topics[$0].index..<topics[$0].end },
                    referred: position.map { $0 >= namedCount } ?? false,
                    carried: position.map { $0 >= pointedCount } ?? false, rule: polarity,
                    claimIndex: index))
        }
        return candidates
    }

    /// Whether an actor's mention is a counterpart, named after "with" ("discussed the war
    /// with Israel's prime minister", "talks with Hamas"): one spoken or dealt with, whom the
    /// model does not make a holder the rules passed over.
    static func isCounterpart(
        _ span: Range<Int>, structure: SentenceStructure, in sentence: Sentence
    ) -> Bool {
        var start =
            structure.chunks.first { $0.range.contains(span.lowerBound) }?.range.lowerBound
            ?? span.lowerBound
        var steps = 0
        // Titles and modifiers before the name: "with Israeli Prime Minister Benjamin Netanyahu".
        while start > 0, steps < 6, Self.nameClasses.contains(structure.classes[start - 1]) {
            start -= 1
            steps += 1
        }
        return start > 0 && sentence.tokens[start - 1].hash == Self.with
    }
    private static let nameClasses: Set<WordClass> = [.properNoun, .adjective, .determiner]

    /// The candidate stances of a sentence with the features a stance model judges them by, as
    /// the rules alone read it: what a stance model is trained on.
    func examples(
        in sentence: Sentence, claims: [Claim], found: inout Found,
        structure: inout SentenceStructure?
    ) -> [ClaimExtractor.StanceExample] {
        let candidates = candidates(in: sentence, claims: claims, found: &found)
        guard !candidates.isEmpty else { return [] }
        if structure == nil { structure = SentenceStructure(sentence, lexicon: lexicon) }
        let context = StanceFeatures.Context(
            sentence, structure: structure!, found: found, lexicon: lexicon, keepingNames: true)
        return candidates.map { candidate in
            ClaimExtractor.StanceExample(
                actor: candidate.actor, topic: candidate.topic, rule: candidate.rule,
                quote: sentence.quote,
                features: StanceFeatures(
                    candidate, in: sentence, context: context, keepingNames: true
                ).features)
        }
    }

    /// The sentence's stances as a stance model reviews them: a stance of the rules is dropped or
    /// takes another polarity when the model is confident it should, and a candidate the rules
    /// passed over becomes a stance when the model is confident it is one (`LearnedModel`'s
    /// verdict on `none`).
    func reviewed(
        _ claims: [Claim], in sentence: Sentence, found: inout Found, model: LearnedModel,
        structure: inout SentenceStructure?, deferred: inout Attribution.Deferred, published: Day
    ) -> [Claim] {
        let candidates = candidates(in: sentence, claims: claims, found: &found)
        guard !candidates.isEmpty else { return claims }
        if structure == nil { structure = SentenceStructure(sentence, lexicon: lexicon) }
        let context = StanceFeatures.Context(
            sentence, structure: structure!, found: found, lexicon: lexicon, keepingNames: false)
        // The sentence's words are scored once for all its candidates.
        let shared = model.scores(context.words)
        var result = claims
        var dropped: [Int] = []
        for candidate in candidates {
            let keys = StanceFeatures(
                candidate, in: sentence, context: context, keepingNames: false
            ).features.keys
            let verdict = model.verdict(
                on: candidate.rule?.rawValue ?? LearnedModel.noClaim, keys: keys, adding: shared)
            switch (verdict, candidate.claimIndex) {
            case (.keep, _): break
            case (.drop, let index?): dropped.append(index)
            case (.drop, nil): break
            case (.relabel(let label), let index?):
                guard let polarity = Polarity(rawValue: label) else { break }
                result[index].polarity = polarity
                result[index].provenance += ":learned-\(label)"
            case (.relabel(let label), nil):
                guard let polarity = Polarity(rawValue: label),
                    !(candidate.actorSpan.map {
                        Self.isCounterpart($0, structure: structure!, in: sentence)
                    } ?? false)
                else { break }
                let attribution = deferred.resolve(
                    sentence, structure: structure!, lexicon: lexicon)
                let near = candidate.topicSpan?.lowerBound ?? 0
                result.append(
                    Claim(
                        kind: .stance, topic: candidate.topic, actor: candidate.actor,
                        speaker: attribution.speaker(near: near), polarity: polarity,
                        certainty: attribution.certainty,
                        asOf: DateResolver.asOf(sentence, near: near, published: published),
                        quote: sentence.quote, start: sentence.range.lowerBound,
                        end: sentence.range.upperBound,
                        provenance: "stance:\(candidate.topic):learned"))
            }
        }
        for index in dropped.sorted(by: >) { result.remove(at: index) }
        return result
    }
}
