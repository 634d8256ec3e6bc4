import FactLedgerCore

/// Everything extraction knows about words, as loaded from `Rules/vocabulary/`.
///
/// Users tune extraction by editing these files; nothing here is hard-coded in the extractors.
public struct Vocabulary: Sendable {
    /// A measure: which counted nouns, with which cue words, give which topic.
    public struct Measure: Sendable {
        /// The topic key, e.g. `hostages.released`.
        public var topic: String
        /// Whether the figure only grows over time (released, killed) rather than being a level (held).
        public var cumulative: Bool
        /// The noun classes counted.
        public var nouns: [String]
        /// Words or phrases in the sentence that select this measure.
        public var cues: [String]
        /// Phrases after which a number counts for this measure without a noun ("death toll").
        public var tolls: [String]
        /// Words at least one of which must be in the sentence.
        public var context: [String]
        /// Words none of which may be in the sentence.
        public var excludeContext: [String]
        /// Whether the measure applies to its nouns even without a cue.
        public var isDefault: Bool
    }

    /// A facet kind (nationality, group, place) with the words for each value.
    public struct Facet: Sendable {
        /// The facet key.
        public var key: String
        /// Topic prefixes it applies to.
        public var appliesTo: [String]
        /// Whether the value is looked for anywhere in the sentence, nearest to the number.
        public var nearest: Bool
        /// Canonical value → words.
        public var values: [(value: String, words: [String])]

        /// Whether the facet applies to a topic.
        public func applies(to topic: String) -> Bool {
            appliesTo.contains { topic == $0 || topic.hasPrefix($0 + ".") }
        }
    }

    /// An actor with its aliases and the actor it belongs to.
    public struct Actor: Sendable {
        /// The canonical name.
        public var name: String
        /// The enclosing actor, if any.
        public var parent: String?
        /// The words that name it.
        public var aliases: [String]
    }

    /// A vague quantity word and its interval.
    public struct VagueWord: Sendable {
        /// The phrases.
        public var words: [String]
        /// The interval's low end.
        public var low: Double
        /// The interval's high end (infinite when open).
        public var high: Double
    }

    /// Qualifier → phrases before a number.
    public var qualifiersBefore: [(Qualifier, [String])] = []
    /// Qualifier → phrases after a number.
    public var qualifiersAfter: [(Qualifier, [String])] = []
    /// "about 1,400" allows this share either side.
    public var approximateSpread = 0.1
    /// Vague quantity words.
    public var vague: [VagueWord] = []
    /// Noun class → nouns.
    public var nouns: [(String, [String])] = []
    /// Words allowed between a number and its noun.
    public var modifiers: [String] = []
    /// The measures, in priority order.
    public var measures: [Measure] = []
    /// The facet kinds.
    public var facets: [Facet] = []
    /// The actors.
    public var actors: [Actor] = []
    /// Stance topic → phrases.
    public var stanceTopics: [(String, [String])] = []
    /// Polarity → cue phrases.
    public var polarityCues: [(Polarity, [String])] = []
    /// Phrases that introduce conditions.
    public var conditionCues: [String] = []
    /// Negation words.
    public var negations: [String] = []
    /// Phrases referring back to the previous sentence's topic.
    public var anaphora: [String] = []
    /// Words after which a stance topic is no longer bound to the cues before them.
    public var breakers: [String] = []
    /// Nouns an actor's name can qualify without acting ("Israel's bombardment").
    public var modifiedNouns: [String] = []
    /// Phrases holding a topic word that are not the topic ("military aid").
    public var notTopics: [String] = []
    /// Attribution verbs ("said").
    public var attributionVerbs: [String] = []
    /// Attribution phrases before the speaker ("according to").
    public var attributionPrefixes: [String] = []
    /// Certainty → cue phrases.
    public var certaintyCues: [(Certainty, [String])] = []

    /// An empty vocabulary.
    public init() {}

    /// Whether a topic's measure is cumulative.
    public func isCumulative(_ topic: String) -> Bool {
        measures.first { $0.topic == topic }?.cumulative ?? false
    }

    /// The actor and all actors above it, most specific first.
    public func lineage(of actor: String) -> [String] {
        var chain = [actor]
        var current = actor
        while let parent = actors.first(where: { $0.name == current })?.parent,
            !chain.contains(parent)
        {
            chain.append(parent)
            current = parent
        }
        return chain
    }

    /// The actor and every actor below it.
    public func descendants(of actor: String) -> [String] {
        var result = [actor]
        var index = 0
        while index < result.count {
            let current = result[index]
            for child in actors where child.parent == current && !result.contains(child.name) {
                result.append(child.name)
            }
            index += 1
        }
        return result
    }
}
