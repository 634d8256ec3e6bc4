import FactLedgerCore

/// The features a stance model judges one actor's position on one topic in a sentence by: what
/// the rules made of the pair, and the words between and around the actor's name and the topic.
///
/// Names and keys follow `ModelFeatures` (a family up to the `=` after the last `&`, then a
/// value), so stance features are trained and stored like figure features.
struct StanceFeatures {
    typealias Family = ModelFeatures.Family

    /// The features' keys and, when training, their names.
    private(set) var features = ModelFeatures(keys: [], names: nil)

    /// How many words between the actor and the topic count as features.
    static let betweenWords = 24
    /// How far after the topic a cue may stand and still bear on it ("fuel would not be allowed").
    static let cueReach = 5

    private static let rule = Family("srule=")
    private static let topic = Family("stopic=")
    private static let actor = Family("sactor=")
    private static let placement = Family("sname=")
    private static let heldBefore = Family("sheld-before")
    private static let lastTopic = Family("stopic-before")
    private static let referredTopic = Family("sreferred")
    private static let carriedTopic = Family("scarried")
    private static let order = Family("sorder=")
    private static let distance = Family("sdist=")
    private static let between = Family("sb=")
    private static let betweenPair = Family("sb2=")
    private static let clauseVerb = Family("sverb=")
    private static let cue = Family("scue=")
    private static let cueWords = Family("scuew=")
    private static let cueAfter = Family("scue+=")
    private static let negated = Family("sneg")
    private static let conditioned = Family("scond")
    private static let actorsBetween = Family("sactors=")
    private static let topicsBetween = Family("stopics=")
    private static let firstActor = Family("sfirst")
    fileprivate static let sentenceWord = Family("ss=")
    private static let wordClassBefore = Family("sclass-1=")
    private static let role = Family("srole=")
    private static let speaking = Family("sspeaker")
    private static let clause = Family("sclause=")
    private static let actorBefore = (1...2).map { Family("sa-\($0)=") }
    private static let actorAfter = (1...2).map { Family("sa+\($0)=") }
    private static let topicBefore = (1...2).map { Family("st-\($0)=") }
    private static let topicAfter = (1...2).map { Family("st+\($0)=") }
    private static let blank = Value("")
    private static let edgeValue = Value("^")
    private static let numberValue = Value("#")
    private static let comma = Value(",")
    private static let named = Value("named")
    private static let outside = Value("outside")
    private static let actorFirst = Value("actor")
    private static let topicFirst = Value("topic")
    private static let same = Value("same")
    private static let other = Value("other")
    private static let subjectRole = Value("subject")
    private static let objectRole = Value("object")
    /// Each word class by raw value, as a feature value.
    private static let wordClasses = (0...UInt8.max).prefix { WordClass(rawValue: $0) != nil }.map {
        Value(String(describing: WordClass(rawValue: $0)!))
    }
    /// A polarity (or none) as a feature value, with the family joining it to a topic.
    private struct RuleValue {
        let value: Value
        let joinedTopic: Family
        init(_ name: String) {
            value = Value(name)
            joinedTopic = Family("srule=\(name)&stopic=")
        }
    }
    private static let noPolarity = RuleValue(LearnedModel.noClaim)
    private static let polarities = Dictionary(
        uniqueKeysWithValues: Polarity.allCases.map { ($0, RuleValue($0.rawValue)) })
    /// Small counts (distance buckets, how many names stand between) as feature values.
    private static let counts = (0...4).map { Value(String($0)) }

    /// What every candidate of one sentence shares: its polarity cues, negations, conditions and
    /// words, found once.
    struct Context {
        /// Each polarity cue: where it stands, its polarity, and its words' hash and name.
        let cues: [(index: Int, polarity: Polarity, words: UInt64, name: String?)]
        /// Where each negation stands.
        let negations: [Int]
        /// Where each condition stands.
        let conditions: [Int]
        /// The keys of the sentence's words.
        let words: [UInt64]
        /// The sentence's grammar.
        let structure: SentenceStructure
        /// Where each actor name starts (the first is the sentence's opening actor).
        let actorStarts: [Int]
        /// Where each stance topic name starts.
        let topicStarts: [Int]
        /// The holders of the last stance and the last stance topic before the sentence.
        let before: (holders: [String], topic: String?)

        /// The context of a sentence, from what reading it found and what it still needs to
        /// look up; with `keepingNames`, the cues' names too.
        init(
            _ sentence: Sentence, structure: SentenceStructure, found: StanceExtractor.Found,
            lexicon: Lexicon, keepingNames: Bool
        ) {
            self.structure = structure
            let tokens = sentence.tokens
            actorStarts = (found.actors ?? []).map(\.index)
            topicStarts = found.topics.map(\.index)
            before = found.before
            cues = (found.cues ?? lexicon.polarity.matches(tokens)).map { match in
                (
                    match.index, match.payload,
                    ModelFeatures.hashJoiningWords(sentence, tokens: match.index..<match.end),
                    keepingNames
                        ? sentence.text(tokens: match.index..<match.end).lowercased()
                            .replacingOccurrences(of: " ", with: "_") : nil
                )
            }
            negations = found.negations ?? lexicon.negations.matches(tokens).map(\.index)
            conditions = found.conditions ?? lexicon.conditions.matches(tokens).map(\.index)
            words = tokens.compactMap { token in
                token.kind == .word
                    ? ModelFeatures.key(family: StanceFeatures.sentenceWord.hash, value: token.hash)
                    : nil
            }
        }
    }

    /// The features of a candidate stance in a sentence.
    init(
        _ candidate: StanceCandidate, in sentence: Sentence, context: Context, keepingNames: Bool
    ) {
        features = ModelFeatures(keys: [], names: keepingNames ? [] : nil)
        let tokens = sentence.tokens
        let ruled = candidate.rule.map { Self.polarities[$0]! } ?? Self.noPolarity
        add(Self.rule, ruled.value)
        add(Self.topic, text: candidate.topic)
        add(ruled.joinedTopic, text: candidate.topic)
        add(Self.actor, text: candidate.actor)
        if context.before.holders.contains(candidate.actor) { add(Self.heldBefore, Self.blank) }
        if context.before.topic == candidate.topic { add(Self.lastTopic, Self.blank) }
        if candidate.referred { add(Self.referredTopic, Self.blank) }
        if candidate.carried { add(Self.carriedTopic, Self.blank) }
        // The sentence's words (`Context.words`) are features of every candidate; a model scores
        // them once per sentence, so they are listed only for training.
        if keepingNames {
            for index in tokens.indices where tokens[index].kind == .word {
                add(Self.sentenceWord, token: index, in: sentence)
            }
        }
        guard let actorSpan = candidate.actorSpan else {
            add(Self.placement, Self.outside)
            if let topicSpan = candidate.topicSpan { addAround(topicSpan, sentence) }
            return
        }
        add(Self.placement, Self.named)
        if context.actorStarts.first == actorSpan.lowerBound {
            add(Self.firstActor, Self.blank)
        }
        let grammar = context.structure
        let actorAt = actorSpan.lowerBound
        add(
            Self.wordClassBefore,
            actorAt > 0
                ? Self.wordClasses[Int(grammar.classes[actorAt - 1].rawValue)] : Self.edgeValue)
        let clause = grammar.clauses.firstIndex { $0.range.contains(actorAt) }
        var role = Self.other
        if let clause {
            let parts = grammar.clauses[clause]
            if let subject = parts.subject, grammar.chunks[subject].range.contains(actorAt) {
                role = Self.subjectRole
            } else if let object = parts.object, grammar.chunks[object].range.contains(actorAt) {
                role = Self.objectRole
            }
        }
        add(Self.role, role)
        // The verb of the actor's clause ("rejected", "urged"), whatever stands between.
        if let clause, let verb = grammar.clauses[clause].verb {
            add(Self.clauseVerb, token: grammar.verbGroups[verb].head, in: sentence)
        }
        if grammar.frames.contains(where: { $0.speaker.contains(actorAt) }) {
            add(Self.speaking, Self.blank)
        }
        for (offset, family) in Self.actorBefore.enumerated() {
            add(family, token: actorSpan.lowerBound - offset - 1, in: sentence)
        }
        for (offset, family) in Self.actorAfter.enumerated() {
            add(family, token: actorSpan.upperBound + offset, in: sentence)
        }
        guard let topicSpan = candidate.topicSpan else { return }
        addAround(topicSpan, sentence)
        let sameClause = clause.map { grammar.clauses[$0].range.contains(topicSpan.lowerBound) }
        add(Self.clause, sameClause == true ? Self.same : Self.other)
        let actorFirst = actorSpan.upperBound <= topicSpan.lowerBound
        add(Self.order, actorFirst ? Self.actorFirst : Self.topicFirst)
        let gap =
            actorFirst
            ? actorSpan.upperBound..<topicSpan.lowerBound
            : topicSpan.upperBound..<max(topicSpan.upperBound, actorSpan.lowerBound)
        let bucket =
            gap.count <= 2 ? 0 : gap.count <= 5 ? 1 : gap.count <= 10 ? 2 : gap.count <= 20 ? 3 : 4
        add(Self.distance, Self.counts[bucket])
        for index in gap.prefix(Self.betweenWords) where tokens[index].kind != .punctuation {
            add(Self.between, token: index, in: sentence)
            // Word pairs ("called for", "ruled out") say more than either word.
            if index + 1 < gap.upperBound, tokens[index + 1].kind == .word,
                tokens[index].kind == .word,
                tokens[index + 1].start == tokens[index].end + 1
            {
                addPair(Self.betweenPair, at: index, in: sentence)
            }
        }
        for index in gap where sentence.isPunctuation(index, UInt8(ascii: ",")) {
            add(Self.between, Self.comma)
            break
        }
        let reach = topicSpan.upperBound..<min(tokens.count, topicSpan.upperBound + Self.cueReach)
        for cue in context.cues {
            let family: Family
            if gap.contains(cue.index) {
                family = Self.cue
            } else if reach.contains(cue.index) {
                family = Self.cueAfter
            } else {
                continue
            }
            add(family, Self.polarities[cue.polarity]!.value)
            features.append(
                key: ModelFeatures.key(family: Self.cueWords.hash, value: cue.words),
                name: Self.cueWords.name + (cue.name ?? ""))
        }
        if context.negations.contains(where: { gap.contains($0) || reach.contains($0) }) {
            add(Self.negated, Self.blank)
        }
        let clauseStart = min(actorSpan.upperBound, topicSpan.upperBound)
        if context.conditions.contains(where: { $0 >= clauseStart }) {
            add(Self.conditioned, Self.blank)
        }
        let others = context.actorStarts.filter { gap.contains($0) }.count
        add(Self.actorsBetween, Self.counts[min(others, 2)])
        let topics = context.topicStarts.filter { gap.contains($0) }.count
        add(Self.topicsBetween, Self.counts[min(topics, 2)])
    }

    /// The words just before and after the topic.
    private mutating func addAround(_ span: Range<Int>, _ sentence: Sentence) {
        for (offset, family) in Self.topicBefore.enumerated() {
            add(family, token: span.lowerBound - offset - 1, in: sentence)
        }
        for (offset, family) in Self.topicAfter.enumerated() {
            add(family, token: span.upperBound + offset, in: sentence)
        }
    }

    /// Adds the two words from token `index` joined as one value ("called_for").
    private mutating func addPair(_ family: Family, at index: Int, in sentence: Sentence) {
        let words = index..<index + 2
        features.append(
            key: ModelFeatures.key(
                family: family.hash, value: ModelFeatures.hashJoiningWords(sentence, tokens: words)),
            name: family.name
                + sentence.text(tokens: words).lowercased().replacingOccurrences(
                    of: " ", with: "_"))
    }

    /// Adds a feature whose value is text (a topic, an actor's name).
    private mutating func add(_ family: Family, text: String) {
        features.append(
            key: ModelFeatures.key(
                family: family.hash, value: ModelFeatures.hashJoiningWords(Substring(text))),
            name: family.name + text.replacingOccurrences(of: " ", with: "_"))
    }

    private mutating func add(_ family: Family, _ value: Value) {
        features.append(
            key: ModelFeatures.key(family: family.hash, value: value.hash),
            name: family.name + value.name)
    }

    /// Adds a token's word (`^` past either end of the sentence, `#` for a number).
    private mutating func add(_ family: Family, token index: Int, in sentence: Sentence) {
        guard index >= 0, index < sentence.tokens.count else {
            add(family, Self.edgeValue)
            return
        }
        let token = sentence.tokens[index]
        if token.kind == .number {
            add(family, Self.numberValue)
        } else {
            features.append(
                key: ModelFeatures.key(family: family.hash, value: token.hash),
                name: family.name + ModelFeatures.word(token, in: sentence))
        }
    }

    /// A feature value: its name (spaces written as underscores) and that name's hash.
    private struct Value {
        let name: String
        let hash: UInt64
        init(_ text: String) {
            name = text.replacingOccurrences(of: " ", with: "_")
            hash = ModelFeatures.hashJoiningWords(Substring(text))
        }
    }
}
