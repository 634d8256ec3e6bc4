import FactLedgerCore

/// The vocabulary compiled into phrase tables for matching on tokens.
public final class Lexicon: Sendable {
    /// A facet key and value a word gives.
    public struct FacetValue: Sendable, Hashable {
        /// The facet key (nationality, group, place).
        public var key: String
        /// The canonical value.
        public var value: String
    }

    /// The source vocabulary.
    public let vocabulary: Vocabulary
    let qualifierBefore: PhraseTable<Qualifier>
    let qualifierAfter: PhraseTable<Qualifier>
    let vague: PhraseTable<Int>
    /// Words that state one of a unit by themselves ("week-long"), with the unit's word hash.
    let oneOfUnit: PhraseTable<UInt64>
    /// The number words that multiply a vague quantity before them, by word hash.
    let multipliers: [UInt64: Double] = Dictionary(
        NumberWords.multipliers.map { (WordHash.hash($0.word), $0.value) },
        uniquingKeysWith: { first, _ in first })
    let nouns: PhraseTable<String>
    let modifiers: PhraseTable<Bool>
    /// Nouns that make a cue verb before them a possession ("holding Thai citizenship").
    let possessions: PhraseTable<Bool>
    let adjacentFacets: PhraseTable<FacetValue>
    let nearestFacets: PhraseTable<FacetValue>
    /// Phrases that imply a facet value anywhere in the sentence.
    let impliedFacets: PhraseTable<FacetValue>
    /// The facet values a speaker implies, by the phrase naming it as written in `implied_by`
    /// (a canonical actor name is written the same way): a figure the "Gaza health ministry"
    /// gives is Gaza's.
    let facetsImpliedBySpeaker: [String: [FacetValue]]
    /// The keys of the facets a figure takes from the place named nearest it (`place`).
    let placeKeys: [String]
    /// The measure each numeric topic belongs to: a measure's own topic, or the first measure
    /// that has it as a variant ("hostages.released.event" and "hostages.deal.size" are
    /// "hostages.released").
    let measureOfTopic: [String: String]
    /// The topic families each facet applies to, by facet key (the first facet of a key).
    let facetScopes: [String: [String]]
    let cues: PhraseTable<[Int]>
    /// Cue phrases that select a measure only when no other cue does, to measure indices.
    let fallbackCues: PhraseTable<[Int]>
    /// Whether each measure has fallback cues.
    let hasFallbackCues: [Bool]
    let tolls: PhraseTable<[Int]>
    let contexts: [PhraseTable<Bool>?]
    let exclusions: [PhraseTable<Bool>?]
    let actors: PhraseTable<String>
    /// Titles before "of" that name the leader of the actor after them.
    let leaderTitles: PhraseTable<Bool>
    /// Nouns for people that make a one-word actor name before them a place of origin.
    let peopleNouns: WordTable<Bool>
    /// Each led actor's leader.
    let leaders: [String: String]
    /// Which actor belongs to which ("Netanyahu" to "Israel").
    let hierarchy: ActorHierarchy
    let stanceTopics: PhraseTable<String>
    let polarity: PhraseTable<Polarity>
    let conditions: PhraseTable<Bool>
    let negations: PhraseTable<Bool>
    /// Words of obligation ("must", "ought to") that make the cue after them a demand.
    let obligations: PhraseTable<Bool>
    /// Verbs that tell the actor after them to act ("told both sides to return").
    let directives: PhraseTable<Bool>
    let anaphora: PhraseTable<Bool>
    let breakers: PhraseTable<Bool>
    let modifiedNouns: PhraseTable<Bool>
    /// Nouns for what an actor puts forward ("draft", "statement").
    let authoredNouns: PhraseTable<Bool>
    let notTopics: PhraseTable<Bool>
    /// Phrases holding a polarity cue that take no position ("halt the fighting").
    let notCues: PhraseTable<Bool>
    let attributionVerbs: PhraseTable<Bool>
    let attributionPrefixes: PhraseTable<Bool>
    let unnamedSpeakers: PhraseTable<Bool>
    /// Objects that make an attribution verb report nothing ("claimed 700 lives").
    let notReported: PhraseTable<Bool>
    let certainty: PhraseTable<Certainty>
    let prepositions: WordTable<Bool>
    let pronouns: WordTable<Bool>
    /// The grammar layer's word classes.
    let grammar: GrammarWords
    /// Phrases that state a position by themselves ("resumed fighting").
    let actions: PhraseTable<Vocabulary.Action>
    /// Phrases that make the actor next to them a demander ("at the request of").
    let requests: PhraseTable<Bool>
    /// Phrases that make the actor next to them an opponent ("opposition from").
    let objections: PhraseTable<Bool>
    let credits: PhraseTable<Bool>
    /// Nouns that make the actor named right before them a supporter ("Qatari mediation").
    let creditNouns: PhraseTable<Bool>
    /// Words that may join an actor to a credit noun naming its role ("Qatar, the main go-between").
    let creditLinks: WordTable<Bool>
    /// The endings that make the actor joined before them by a hyphen a supporter ("-brokered":
    /// "a Qatar-brokered truce") or a demander ("-drafted": "a Russian-drafted resolution") of
    /// the topic after them: the entries of `credits` and `requests` that open with "-".
    let joinedRoles: WordTable<Polarity>
    /// Phrases whose actors share the stances of those named before ("and so did").
    let companions: PhraseTable<Bool>
    /// Titles that stand for the actor named before them ("the monarch").
    let descriptors: PhraseTable<Bool>
    /// Cues that cast a vote ("voted no", "in favour"): with no topic of their own, they are on
    /// the motion named before.
    let votes: PhraseTable<Bool>
    /// Words naming what is voted on ("resolution", "motion").
    let motions: PhraseTable<Bool>
    /// Words naming a motion's authors ("put forward by", "-drafted").
    let authorship: PhraseTable<Bool>
    /// Topic words that hold the topic named right after them.
    let containers: PhraseTable<Bool>
    /// Topic words that name their topic only where the sentence names no other.
    let weakTopics: PhraseTable<Bool>
    /// A definite word and a topic word after it ("the ceasefire"), with the topic the text
    /// named before that it stands for.
    let definiteReferences: PhraseTable<String>
    /// Per measure, per variant: the clause phrases that select the variant.
    let variantCues: [[PhraseTable<Bool>]]
    /// Per measure, per variant: the clause phrases that rule it out.
    let variantExclusions: [[PhraseTable<Bool>]]
    /// Per measure, per variant: phrases one of which the sentence must hold, if any.
    let variantContexts: [[PhraseTable<Bool>?]]
    /// Noun class → the measures that count it, in vocabulary order.
    let measuresCounting: [String: [Int]]
    /// Per measure: whether it applies to its nouns without a cue.
    let measureIsDefault: [Bool]
    /// The running stories' keywords, each giving its story's index.
    let storyKeywords: PhraseTable<Int>
    /// The members of each group actor ("the warring parties" are the army and the RSF).
    let groupMembers: [String: [String]]

    /// Compiles a vocabulary.
    public init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        groupMembers = Dictionary(
            vocabulary.actors.filter { !$0.members.isEmpty }.map { ($0.name, $0.members) },
            uniquingKeysWith: { first, _ in first })
        func table<P>(_ groups: [(P, [String])], passingOver: [String] = []) -> PhraseTable<P> {
            PhraseTable(
                groups.flatMap { payload, words in words.map { ($0, payload) } },
                passingOver: passingOver)
        }
        // The quotation marks a cue is matched across.
        let quotationMarks = ["\"", "\u{201C}", "\u{201D}"]
        func flag(_ words: [String], passingOver: [String] = []) -> PhraseTable<Bool> {
            PhraseTable(words.map { ($0, true) }, passingOver: passingOver)
        }
        qualifierBefore = table(vocabulary.qualifiersBefore)
        qualifierAfter = table(vocabulary.qualifiersAfter)
        vague = table(vocabulary.vague.enumerated().map { ($0.offset, $0.element.words) })
        oneOfUnit = table(vocabulary.oneOfUnit.map { (WordHash.hash($0.0.lowercased()), $0.1) })
        nouns = table(vocabulary.nouns)
        modifiers = flag(vocabulary.modifiers + ["of"])
        possessions = flag(vocabulary.possessions)
        adjacentFacets = table(
            vocabulary.facets.filter { !$0.nearest }.flatMap { facet in
                facet.values.map { (FacetValue(key: facet.key, value: $0.value), $0.words) }
            })
        nearestFacets = table(
            vocabulary.facets.filter(\.nearest).flatMap { facet in
                facet.values.map { (FacetValue(key: facet.key, value: $0.value), $0.words) }
            })
        placeKeys = vocabulary.facets.filter(\.nearest).map(\.key)
        var measureOfTopic: [String: String] = [:]
        for measure in vocabulary.measures { measureOfTopic[measure.topic] = measure.topic }
        for measure in vocabulary.measures {
            for variant in measure.variants where measureOfTopic[variant.topic] == nil {
                measureOfTopic[variant.topic] = measure.topic
            }
        }
        self.measureOfTopic = measureOfTopic
        var facetScopes: [String: [String]] = [:]
        for facet in vocabulary.facets where facetScopes[facet.key] == nil {
            facetScopes[facet.key] = facet.appliesTo
        }
        self.facetScopes = facetScopes
        impliedFacets = table(
            vocabulary.facets.flatMap { facet in
                facet.implied.map { (FacetValue(key: facet.key, value: $0.value), $0.words) }
            })
        var facetsImpliedBySpeaker: [String: [FacetValue]] = [:]
        for facet in vocabulary.facets {
            for (value, words) in facet.implied {
                for word in words {
                    facetsImpliedBySpeaker[word, default: []].append(
                        FacetValue(key: facet.key, value: value))
                }
            }
        }
        self.facetsImpliedBySpeaker = facetsImpliedBySpeaker
        var cueMeasures: [String: [Int]] = [:]
        var cueOrder: [String] = []
        var tollMeasures: [String: [Int]] = [:]
        var tollOrder: [String] = []
        for (index, measure) in vocabulary.measures.enumerated() {
            for cue in measure.cues {
                let key = cue.lowercased()
                if cueMeasures[key] == nil { cueOrder.append(key) }
                cueMeasures[key, default: []].append(index)
            }
            for toll in measure.tolls {
                let key = toll.lowercased()
                if tollMeasures[key] == nil { tollOrder.append(key) }
                tollMeasures[key, default: []].append(index)
            }
        }
        // The longest cue at a place wins; it also stands for the measures of the cues inside
        // it ("still holding" is a cue of every measure "holding" is).
        for key in cueOrder where key.contains(" ") {
            let words = key.split(separator: " ")
            for start in words.indices {
                for end in (start + 1)...words.count where end - start < words.count {
                    let inner = words[start..<end].joined(separator: " ")
                    for index in cueMeasures[inner] ?? [] where !cueMeasures[key]!.contains(index) {
                        cueMeasures[key]!.append(index)
                    }
                }
            }
        }
        cues = PhraseTable(cueOrder.map { ($0, cueMeasures[$0]!) })
        var fallbackMeasures: [String: [Int]] = [:]
        for (index, measure) in vocabulary.measures.enumerated() {
            for cue in measure.fallbackCues {
                fallbackMeasures[cue.lowercased(), default: []].append(index)
            }
        }
        hasFallbackCues = vocabulary.measures.map { !$0.fallbackCues.isEmpty }
        fallbackCues = PhraseTable(
            fallbackMeasures.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        tolls = PhraseTable(tollOrder.map { ($0, tollMeasures[$0]!) })
        contexts = vocabulary.measures.map { $0.context.isEmpty ? nil : flag($0.context) }
        exclusions = vocabulary.measures.map {
            $0.excludeContext.isEmpty ? nil : flag($0.excludeContext)
        }
        actors = table(vocabulary.actors.map { ($0.name, $0.aliases) })
        leaderTitles = flag(vocabulary.leaderTitles)
        peopleNouns = WordTable(vocabulary.peopleNouns.map { (WordHash.hash($0), true) })
        leaders = Dictionary(
            vocabulary.actors.filter(\.isLeader).compactMap { actor in
                actor.parent.map { ($0, actor.name) }
            }, uniquingKeysWith: { first, _ in first })
        hierarchy = vocabulary.hierarchy
        stanceTopics = table(vocabulary.stanceTopics)
        // 'had "no objection" to', 'a "special request" from': quoted words inside a cue;
        // "was urgently required", "has firmly ruled out": an adverb inside a cue, unless it
        // belongs to a negation ("has yet to be handed" asks for nothing).
        let negationWords = Set(
            (vocabulary.negations + vocabulary.grammar.negations).flatMap {
                $0.split(separator: " ").map(String.init)
            })
        polarity = table(
            VerbForms(vocabulary.grammar.verbForms).inflected(vocabulary.polarityCues),
            passingOver: quotationMarks
                + vocabulary.grammar.adverbs.filter {
                    !negationWords.contains($0)
                })
        // A phrase that sets no condition ("without delay") matches as false; the stance
        // extractor drops a condition word inside one ("without").
        conditions = PhraseTable(
            vocabulary.conditionCues.map { ($0, true) }
                + vocabulary.notConditionCues.map { ($0, false) })
        negations = flag(vocabulary.negations)
        obligations = flag(vocabulary.obligations)
        directives = flag(vocabulary.directives)
        anaphora = flag(vocabulary.anaphora)
        breakers = flag(vocabulary.breakers)
        modifiedNouns = flag(vocabulary.modifiedNouns)
        authoredNouns = flag(vocabulary.authoredNouns)
        notTopics = flag(vocabulary.notTopics)
        notCues = flag(vocabulary.notCues)
        attributionVerbs = flag(vocabulary.attributionVerbs)
        attributionPrefixes = flag(vocabulary.attributionPrefixes)
        unnamedSpeakers = flag(vocabulary.unnamedSpeakers)
        notReported = flag(vocabulary.notReported)
        certainty = table(vocabulary.certaintyCues)
        prepositions = WordTable(
            set: [
                "with", "to", "from", "by", "against", "on", "for", "of", "in", "at", "toward",
                "towards", "into", "between",
                "among", "about", "over", "via", "and",
            ].map { WordHash.hash($0) })
        // Cue words spelt like verb forms ("released", "holding") are verbs; "truce" is not.
        let verbLike =
            (vocabulary.measures.flatMap(\.cues) + vocabulary.polarityCues.flatMap(\.1)
            + vocabulary.attributionVerbs).filter { $0.hasSuffix("ed") || $0.hasSuffix("ing") }
        grammar = GrammarWords(vocabulary.grammar, verbs: verbLike)
        actions = PhraseTable(vocabulary.actions.map { ($0.phrase, $0) })
        requests = flag(
            vocabulary.requests.filter { !$0.hasPrefix("-") },
            passingOver: quotationMarks)
        objections = flag(vocabulary.objections)
        credits = flag(vocabulary.credits.filter { !$0.hasPrefix("-") })
        creditNouns = flag(vocabulary.creditNouns)
        creditLinks = WordTable(vocabulary.creditLinks.map { (WordHash.hash($0), true) })
        joinedRoles = WordTable(
            vocabulary.credits.filter { $0.hasPrefix("-") }.map {
                (WordHash.hash(String($0.dropFirst())), Polarity.support)
            }
                + vocabulary.requests.filter { $0.hasPrefix("-") }.map {
                    (WordHash.hash(String($0.dropFirst())), Polarity.demand)
                })
        companions = flag(vocabulary.companions)
        descriptors = flag(vocabulary.descriptors)
        votes = flag(vocabulary.votes)
        motions = flag(vocabulary.motions)
        authorship = flag(vocabulary.authorship)
        containers = flag(vocabulary.containers)
        weakTopics = flag(vocabulary.weakTopics)
        definiteReferences = PhraseTable(
            vocabulary.definiteReferences.flatMap { reference in
                reference.phrases.flatMap { phrase in
                    vocabulary.definiteWords.map { ("\($0) \(phrase)", reference.topic) }
                }
            })
        variantCues = vocabulary.measures.map { $0.variants.map { flag($0.cues) } }
        variantExclusions = vocabulary.measures.map { $0.variants.map { flag($0.unless) } }
        var counting: [String: [Int]] = [:]
        for (index, measure) in vocabulary.measures.enumerated() {
            for noun in measure.nouns where counting[noun]?.contains(index) != true {
                counting[noun, default: []].append(index)
            }
        }
        measuresCounting = counting
        measureIsDefault = vocabulary.measures.map(\.isDefault)
        storyKeywords = table(
            vocabulary.stories.enumerated().map { ($0.offset, $0.element.keywords) })
        variantContexts = vocabulary.measures.map {
            $0.variants.map { $0.context.isEmpty ? nil : flag($0.context) }
        }
        pronouns = WordTable(
            set: ["it", "they", "he", "she", "we", "this", "that", "there", "who", "which"].map {
                WordHash.hash($0)
            })
    }
}

extension Lexicon {
    /// Whether the facet `key` applies to `topic`, without copying the facet.
    func facet(_ key: String, appliesTo topic: String) -> Bool {
        guard let scopes = facetScopes[key] else { return false }
        return scopes.contains { Vocabulary.topic(topic, isWithin: $0) }
    }
}
