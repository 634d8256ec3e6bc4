import FactLedgerCore

/// The vocabulary compiled into phrase tables for matching on tokens.
public struct Lexicon: Sendable {
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
    let nouns: PhraseTable<String>
    let modifiers: PhraseTable<Bool>
    let adjacentFacets: PhraseTable<FacetValue>
    let nearestFacets: PhraseTable<FacetValue>
    let cues: PhraseTable<[Int]>
    let tolls: PhraseTable<[Int]>
    let contexts: [PhraseTable<Bool>?]
    let exclusions: [PhraseTable<Bool>?]
    let actors: PhraseTable<String>
    let stanceTopics: PhraseTable<String>
    let polarity: PhraseTable<Polarity>
    let conditions: PhraseTable<Bool>
    let negations: PhraseTable<Bool>
    let anaphora: PhraseTable<Bool>
    let breakers: PhraseTable<Bool>
    let modifiedNouns: PhraseTable<Bool>
    let notTopics: PhraseTable<Bool>
    let attributionVerbs: PhraseTable<Bool>
    let attributionPrefixes: PhraseTable<Bool>
    let certainty: PhraseTable<Certainty>
    let prepositions: WordTable<Bool>
    let pronouns: WordTable<Bool>
    /// For each word a phrase starts with, the bits of the tables holding such phrases.
    let starts: WordTable<UInt32>

    /// Set in every marked token's `starts`.
    static let markedBit: UInt32 = 1 << 31

    /// Marks each token with the tables a phrase can start with it in (see `Token.starts`), so
    /// that matching a table skips every other token with one bit test.
    func mark(_ tokens: inout [Token]) {
        for index in tokens.indices {
            tokens[index].starts = (starts[tokens[index].hash] ?? 0) | Lexicon.markedBit
        }
    }

    /// Compiles a vocabulary.
    public init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        // Each table gets a bit (the per-measure ones share one per family) and its first words
        // are recorded under it, for `mark`.
        var firstWords: [UInt64: UInt32] = [:]
        var nextBit: UInt32 = 0
        func register<P>(_ table: PhraseTable<P>, shared: UInt32? = nil) -> PhraseTable<P> {
            var table = table
            if let shared {
                table.bit = shared
            } else {
                table.bit = 1 << nextBit
                nextBit += 1
            }
            for word in table.firstWords { firstWords[word, default: 0] |= table.bit }
            return table
        }
        func table<P>(_ groups: [(P, [String])]) -> PhraseTable<P> {
            register(PhraseTable(groups.flatMap { payload, words in words.map { ($0, payload) } }))
        }
        func flag(_ words: [String], shared: UInt32? = nil) -> PhraseTable<Bool> {
            register(PhraseTable(words.map { ($0, true) }), shared: shared)
        }
        qualifierBefore = table(vocabulary.qualifiersBefore)
        qualifierAfter = table(vocabulary.qualifiersAfter)
        vague = table(vocabulary.vague.enumerated().map { ($0.offset, $0.element.words) })
        nouns = table(vocabulary.nouns)
        modifiers = flag(vocabulary.modifiers + ["of"])
        adjacentFacets = table(
            vocabulary.facets.filter { !$0.nearest }.flatMap { facet in
                facet.values.map { (FacetValue(key: facet.key, value: $0.value), $0.words) }
            })
        nearestFacets = table(
            vocabulary.facets.filter(\.nearest).flatMap { facet in
                facet.values.map { (FacetValue(key: facet.key, value: $0.value), $0.words) }
            })
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
        cues = register(PhraseTable(cueOrder.map { ($0, cueMeasures[$0]!) }))
        tolls = register(PhraseTable(tollOrder.map { ($0, tollMeasures[$0]!) }))
        let (contextBit, exclusionBit): (UInt32, UInt32) = (1 << 29, 1 << 30)
        contexts = vocabulary.measures.map {
            $0.context.isEmpty ? nil : flag($0.context, shared: contextBit)
        }
        exclusions = vocabulary.measures.map {
            $0.excludeContext.isEmpty ? nil : flag($0.excludeContext, shared: exclusionBit)
        }
        actors = table(vocabulary.actors.map { ($0.name, $0.aliases) })
        stanceTopics = table(vocabulary.stanceTopics)
        polarity = table(vocabulary.polarityCues)
        conditions = flag(vocabulary.conditionCues)
        negations = flag(vocabulary.negations)
        anaphora = flag(vocabulary.anaphora)
        breakers = flag(vocabulary.breakers)
        modifiedNouns = flag(vocabulary.modifiedNouns)
        notTopics = flag(vocabulary.notTopics)
        attributionVerbs = flag(vocabulary.attributionVerbs)
        attributionPrefixes = flag(vocabulary.attributionPrefixes)
        certainty = table(vocabulary.certaintyCues)
        prepositions = WordTable(
            set: [
                "with", "to", "from", "by", "against", "on", "for", "of", "in", "at", "toward",
                "towards", "into", "between",
                "among", "about", "over", "via", "and",
            ].map { WordHash.hash($0) })
        pronouns = WordTable(
            set: ["it", "they", "he", "she", "we", "this", "that", "there", "who", "which"].map {
                WordHash.hash($0)
            })
        precondition(nextBit <= 29, "more phrase tables than bits to mark tokens with")
        starts = WordTable(firstWords.map { ($0.key, $0.value) })
    }
}
