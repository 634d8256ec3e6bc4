import FactLedgerCore

/// Everything extraction knows about words, as loaded from `Rules/vocabulary/`.
///
/// Users tune extraction by editing these files; nothing here is hard-coded in the extractors.
public struct Vocabulary: Sendable {
    /// A measure: which counted nouns, with which cue words, give which topic.
    public struct Measure: Sendable {
        /// The topic key, e.g. `hostages.released`.
        public var topic: String
        /// How the measure's figures add up over time: a running total (released, killed), a
        /// level (held), one event, or a planned figure.
        public var tally: Tally
        /// Other topics the same words name when the figure's clause says so: "13 were freed on
        /// Friday" is one handover, "a deal to free 50" a planned figure.
        public var variants: [Variant] = []

        /// Whether the topic is the measure's or one of its variants'.
        public func covers(_ topic: String) -> Bool {
            self.topic == topic || variants.contains { $0.topic == topic }
        }
        /// The noun classes counted.
        public var nouns: [String]
        /// Words or phrases in the sentence that select this measure.
        public var cues: [String]
        /// Words in the figure's clause that select this measure only when no measure of the
        /// noun has a cue of its own ("13 Israelis are among the hostages" are held; "among the
        /// hostages freed" were freed).
        public var fallbackCues: [String] = []
        /// Phrases after which a number counts for this measure without a noun ("death toll").
        public var tolls: [String]
        /// Words at least one of which must be in the sentence.
        public var context: [String]
        /// Whether the context may be named by the sentence before instead ("Fuel deliveries
        /// resumed. Some 70,000 litres are to enter each day.").
        public var contextBefore: Bool = false
        /// Words none of which may be in the sentence.
        public var excludeContext: [String]
        /// Whether the measure applies to its nouns even without a cue.
        public var isDefault: Bool
        /// What a figure is divided by to give the topic's unit ("48 hours" of a truce measured in
        /// days is divided by 24).
        public var divisor: Double = 1
        /// The value every figure of the measure stays under, when there is one: no toll of a
        /// war reaches the millions a sentence's other figures count ("killed thousands and
        /// uprooted 9 million").
        public var below: Double?

        /// Whether the figure only grows over time.
        public var cumulative: Bool { tally == .cumulative }
    }

    /// Another topic a measure's words name, and when: the figure's verb group has one of the
    /// forms, or its clause one of the cue phrases, and the sentence none of the `unless` phrases.
    public struct Variant: Sendable {
        /// The topic, e.g. `hostages.released.event`.
        public var topic: String
        /// How its figures add up.
        public var tally: Tally
        /// Verb forms of the figure's verb group that select it (past, present, perfect, future,
        /// conditional, infinitive).
        public var forms: [String]
        /// Phrases in the figure's clause that select it.
        public var cues: [String]
        /// Phrases in the figure's clause that rule it out.
        public var unless: [String]
        /// Phrases at least one of which the sentence must hold (none: no such condition).
        public var context: [String] = []
        /// Whether the cues are looked for in the whole sentence rather than the figure's clause
        /// ("each further ten released, it added, will result in an additional day").
        public var cuesInSentence = false
    }

    /// A phrase that states a position by itself: "resumed fighting" opposes a pause.
    public struct Action: Sendable {
        /// The phrase.
        public var phrase: String
        /// The stance topic.
        public var topic: String
        /// The position it takes.
        public var polarity: Polarity
        /// The stance topics the action is on instead when the sentence names one ("a mediator of
        /// the truce" mediates the truce, not the deal).
        public var yieldsTo: [String] = []
        /// The stance topic the action is on when a condition makes it conditional ("would
        /// resume its offensive if Hamas broke the truce" threatens the pause), when not its own.
        public var conditionalTopic: String?
    }

    /// A running story: the words that tell an article belongs to it and what it adds to the
    /// shared vocabulary.
    public struct Story: Sendable {
        /// The folder name, e.g. `gaza-hostages`.
        public var id: String
        /// A human title.
        public var title: String
        /// Words whose presence in an article points to the story.
        public var keywords: [String]
        /// Whether the story applies to an article that names none of any story's keywords.
        public var isDefault: Bool
        /// The shared vocabulary with the story's own merged in.
        public var vocabulary: Vocabulary
    }

    /// The grammar layer's word classes (`grammar.yaml`).
    public struct Grammar: Sendable {
        /// the, a, its …
        public var determiners: [String] = []
        /// in, of, to …
        public var prepositions: [String] = []
        /// he, they, which …
        public var pronouns: [String] = []
        /// Forms of be.
        public var be: [String] = []
        /// Forms of have.
        public var have: [String] = []
        /// Forms of do.
        public var doForms: [String] = []
        /// will, shall.
        public var modalsFuture: [String] = []
        /// would, could, may …
        public var modalsConditional: [String] = []
        /// not, never, "no longer".
        public var negations: [String] = []
        /// and, or, but.
        public var coordinators: [String] = []
        /// that, because, while …
        public var subordinators: [String] = []
        /// Verb forms the spelling rules miss.
        public var verbs: [String] = []
        /// Irregular past tenses and participles.
        public var irregularPast: [String] = []
        /// Past forms that cannot be passive ("died", "fled"): never a participle describing
        /// the noun before them.
        public var intransitive: [String] = []
        /// Adverbs not ending in -ly.
        public var adverbs: [String] = []
        /// Words spelt like verb forms that are only adjectives ("neighbouring", "warring").
        public var adjectives: [String] = []
        /// Words that open reported content ("that").
        public var complementizers: [String] = []
        /// Verbs that take an object and then a word describing it ("left millions homeless").
        public var complementVerbs: [String] = []
        /// The forms of one verb each ("give, gives, gave, given, giving"): a stance cue that
        /// opens with one form is also read with the others.
        public var verbForms: [[String]] = []

        /// Both grammars' words.
        func merging(_ other: Grammar) -> Grammar {
            Grammar(
                determiners: determiners + other.determiners,
                prepositions: prepositions + other.prepositions,
                pronouns: pronouns + other.pronouns,
                be: be + other.be, have: have + other.have, doForms: doForms + other.doForms,
                modalsFuture: modalsFuture + other.modalsFuture,
                modalsConditional: modalsConditional + other.modalsConditional,
                negations: negations + other.negations,
                coordinators: coordinators + other.coordinators,
                subordinators: subordinators + other.subordinators, verbs: verbs + other.verbs,
                irregularPast: irregularPast + other.irregularPast,
                intransitive: intransitive + other.intransitive,
                adverbs: adverbs + other.adverbs, adjectives: adjectives + other.adjectives,
                complementizers: complementizers + other.complementizers,
                complementVerbs: complementVerbs + other.complementVerbs,
                verbForms: verbForms + other.verbForms)
        }
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
        /// Canonical value → phrases anywhere in the sentence that imply it when the figure's
        /// own words give no value ("the October 7 attack" → Israel).
        public var implied: [(value: String, words: [String])] = []
        /// How many words from the figure an implying phrase may stand (anywhere in the sentence
        /// when absent): "200 trucks a day" is a daily figure, a "day" three clauses away is not.
        public var impliedWithin: Int?
        /// Canonical value → the values of other facets it already says, which a figure with
        /// this value leaves out ("in Gaza" says the dead are Palestinians).
        public var implies: [(value: String, facets: [(key: String, value: String)])] = []

        /// Whether the facet applies to a topic.
        public func applies(to topic: String) -> Bool {
            appliesTo.contains { Vocabulary.topic(topic, isWithin: $0) }
        }
    }

    /// Whether a topic is `family` or one of its dotted children ("hostages.held" is within
    /// "hostages"), compared without building a string.
    static func topic(_ topic: String, isWithin family: String) -> Bool {
        let name = topic.utf8
        let prefix = family.utf8
        guard name.count >= prefix.count, name.starts(with: prefix) else { return false }
        guard name.count > prefix.count else { return true }
        return name[name.index(name.startIndex, offsetBy: prefix.count)] == UInt8(ascii: ".")
    }

    /// An actor with its aliases and the actor it belongs to.
    public struct Actor: Sendable {
        /// The canonical name.
        public var name: String
        /// The enclosing actor, if any.
        public var parent: String?
        /// The words that name it.
        public var aliases: [String]
        /// For a name that stands for several actors at once ("the warring parties"), those actors.
        public var members: [String] = []
        /// Whether it leads its parent: "the head of the RSF" names it.
        public var isLeader = false
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
    /// Unit → words that state one of it by themselves ("week-long": one week).
    public var oneOfUnit: [(String, [String])] = []
    /// Noun class → nouns.
    public var nouns: [(String, [String])] = []
    /// Words allowed between a number and its noun.
    public var modifiers: [String] = []
    /// Nouns that make a cue verb before them a possession, not a count: people who "hold
    /// Russian citizenship" are not held.
    public var possessions: [String] = []
    /// The measures, in priority order.
    public var measures: [Measure] = []
    /// The facet kinds.
    public var facets: [Facet] = []
    /// The actors.
    public var actors: [Actor] = []
    /// Titles that, before "of" and an actor, name that actor's leader ("the commander of").
    public var leaderTitles: [String] = []
    /// Nouns for people that, right after a one-word name of an actor, make that word say where
    /// the people come from, no actor ("American hostages", "two Egyptian women").
    public var peopleNouns: [String] = []
    /// Stance topic → phrases.
    public var stanceTopics: [(String, [String])] = []
    /// Polarity → cue phrases.
    public var polarityCues: [(Polarity, [String])] = []
    /// Phrases that introduce conditions.
    public var conditionCues: [String] = []
    /// Phrases that open as a condition does but set none ("without delay").
    public var notConditionCues: [String] = []
    /// Negation words.
    public var negations: [String] = []
    /// Words of obligation that make the cue right after them a demand ("must allow").
    public var obligations: [String] = []
    /// Verbs that tell the actor after them to do what follows "to" ("told both sides to return
    /// to the talks"): the teller demands it.
    public var directives: [String] = []
    /// Phrases referring back to the previous sentence's topic.
    public var anaphora: [String] = []
    /// Words after which a stance topic is no longer bound to the cues before them.
    public var breakers: [String] = []
    /// Nouns an actor's name can qualify without acting ("Israel's bombardment").
    public var modifiedNouns: [String] = []
    /// Nouns for what an actor puts forward: when the cue follows them, their owner holds its
    /// stance ("Russia's draft called for a ceasefire").
    public var authoredNouns: [String] = []
    /// Phrases holding a topic word that are not the topic ("military aid").
    public var notTopics: [String] = []
    /// Phrases holding a polarity cue that take no position ("halt the fighting" names the
    /// fighting stopped, not a topic refused).
    public var notCues: [String] = []
    /// The word lists stance phrases name in braces, by name; a story's stance file sees the
    /// shared file's too.
    public var stanceWordLists: [String: [String]] = [:]
    /// Attribution verbs ("said").
    public var attributionVerbs: [String] = []
    /// Attribution phrases before the speaker ("according to").
    public var attributionPrefixes: [String] = []
    /// Speakers that name nobody ("officials"): they speak for the actor their report is about.
    public var unnamedSpeakers: [String] = []
    /// Objects that make an attribution verb report nothing ("claimed 700 lives", "claimed
    /// responsibility").
    public var notReported: [String] = []
    /// Certainty → cue phrases.
    public var certaintyCues: [(Certainty, [String])] = []
    /// Phrases that state a position by themselves.
    public var actions: [Action] = []
    /// Phrases that make an actor next to them a demander of the sentence's topics ("at the
    /// request of").
    public var requests: [String] = []
    /// Phrases that make an actor next to them an opponent of the sentence's topics ("opposition
    /// from", "objections from").
    public var objections: [String] = []
    /// Phrases that make the actors named right after them supporters of the sentence's topics
    /// ("mediation by", "commended Qatar and Egypt for").
    public var credits: [String] = []
    /// Nouns that make the actor named right before them a supporter of the sentence's topics
    /// ("Qatari mediation", "Egypt's efforts", "with US backing").
    public var creditNouns: [String] = []
    /// Words that may stand between an actor and a credit noun naming its role ("Qatar, the main
    /// go-between", "with Qatar and Egypt acting as mediators").
    public var creditLinks: [String] = []
    /// Phrases after which the actors named share the stances of the actors named before
    /// ("and so did", "alongside").
    public var companions: [String] = []
    /// Titles that stand for the actor named before them when they open a clause as "the …"
    /// ("King Abdullah met Blinken. The monarch urged a ceasefire").
    public var descriptors: [String] = []
    /// Cues that cast a vote ("voted no"): a vote with no topic is on the last motion named.
    public var votes: [String] = []
    /// Words that name what is voted on ("resolution", "motion", "draft").
    public var motions: [String] = []
    /// Words that name a motion's authors ("put forward by", "-drafted"): in a sentence naming a
    /// motion, its authors demand what it calls for rather than back it.
    public var authorship: [String] = []
    /// Topic words that only hold the topic named right after them ("an agreement to extend
    /// the truce" is on the truce).
    public var containers: [String] = []
    /// Topic words that name their topic only where the sentence names no other topic ("the
    /// truce … under the joint mediation of Qatar" is on the truce, not on a deal).
    public var weakTopics: [String] = []
    /// Words that make the topic word after them point back ("the", "this", "its").
    public var definiteWords: [String] = []
    /// Topic words that, after a definite word, name the topic the text has already named, by
    /// that topic ("the ceasefire" is the truce once a truce was reported).
    public var definiteReferences: [(topic: String, phrases: [String])] = []
    /// The grammar layer's word classes.
    public var grammar = Grammar()
    /// The running stories, each with this vocabulary and its own merged (empty when the
    /// vocabulary has no `stories/` folder: then this vocabulary is the only one).
    public var stories: [Story] = []
    /// The day the story a story's vocabulary reads began (`began:` in its story.yaml); figures
    /// dated to a year before it tell history. Nil for the shared vocabulary.
    public var began: Day?

    /// An empty vocabulary.
    public init() {}

    /// Whether a topic's figures are a running total.
    public func isCumulative(_ topic: String) -> Bool {
        tally(of: topic) == .cumulative
    }

    /// How a topic's figures add up, from the measure or variant that names it.
    public func tally(of topic: String) -> Tally? {
        for measure in measures {
            if measure.topic == topic { return measure.tally }
            if let variant = measure.variants.first(where: { $0.topic == topic }) {
                return variant.tally
            }
        }
        return nil
    }

    /// Every topic a measure or variant names, in vocabulary order.
    public var numericTopics: [String] {
        var seen = Set<String>()
        return measures.flatMap { [$0.topic] + $0.variants.map(\.topic) }.filter {
            seen.insert($0).inserted
        }
    }

    /// This vocabulary with another's entries added: lists are joined, entries with one name
    /// (noun classes, facets, actors, stance topics) are merged, and the other's measures come
    /// first so a story's measures win over shared ones.
    public func merging(_ other: Vocabulary) -> Vocabulary {
        var merged = self
        merged.qualifiersBefore += other.qualifiersBefore
        merged.qualifiersAfter += other.qualifiersAfter
        merged.vague += other.vague
        merged.oneOfUnit += other.oneOfUnit
        merged.nouns = Self.union(nouns, other.nouns)
        merged.modifiers += other.modifiers
        merged.possessions += other.possessions
        merged.measures = other.measures + measures
        for facet in other.facets {
            if let index = merged.facets.firstIndex(where: { $0.key == facet.key }) {
                merged.facets[index].appliesTo += facet.appliesTo
                merged.facets[index].nearest = merged.facets[index].nearest || facet.nearest
                let values = Self.union(
                    merged.facets[index].values.map { ($0.value, $0.words) },
                    facet.values.map { ($0.value, $0.words) })
                merged.facets[index].values = values.map { (value: $0.0, words: $0.1) }
                merged.facets[index].implied = Self.union(
                    merged.facets[index].implied.map { ($0.value, $0.words) },
                    facet.implied.map { ($0.value, $0.words) }
                ).map { (value: $0.0, words: $0.1) }
            } else {
                merged.facets.append(facet)
            }
        }
        for actor in other.actors {
            if let index = merged.actors.firstIndex(where: { $0.name == actor.name }) {
                merged.actors[index].aliases += actor.aliases
                merged.actors[index].parent = actor.parent ?? merged.actors[index].parent
                merged.actors[index].members += actor.members
                merged.actors[index].isLeader = merged.actors[index].isLeader || actor.isLeader
            } else {
                merged.actors.append(actor)
            }
        }
        merged.stanceTopics = Self.union(stanceTopics, other.stanceTopics)
        merged.polarityCues += other.polarityCues
        merged.conditionCues += other.conditionCues
        merged.notConditionCues += other.notConditionCues
        merged.negations += other.negations
        merged.obligations += other.obligations
        merged.directives += other.directives
        merged.anaphora += other.anaphora
        merged.breakers += other.breakers
        merged.modifiedNouns += other.modifiedNouns
        merged.authoredNouns += other.authoredNouns
        merged.notTopics += other.notTopics
        merged.notCues += other.notCues
        merged.attributionVerbs += other.attributionVerbs
        merged.attributionPrefixes += other.attributionPrefixes
        merged.unnamedSpeakers += other.unnamedSpeakers
        merged.notReported += other.notReported
        merged.certaintyCues += other.certaintyCues
        merged.actions = other.actions + actions
        merged.requests += other.requests
        merged.objections += other.objections
        merged.credits += other.credits
        merged.creditNouns += other.creditNouns
        merged.creditLinks += other.creditLinks
        merged.companions += other.companions
        merged.descriptors += other.descriptors
        merged.votes += other.votes
        merged.motions += other.motions
        merged.authorship += other.authorship
        merged.containers += other.containers
        merged.weakTopics += other.weakTopics
        merged.definiteWords += other.definiteWords
        merged.definiteReferences += other.definiteReferences
        merged.leaderTitles += other.leaderTitles
        merged.peopleNouns += other.peopleNouns
        merged.grammar = grammar.merging(other.grammar)
        return merged
    }

    /// Named word lists joined: a name in both keeps its place and gains the other's words.
    private static func union<Key: Equatable>(
        _ first: [(Key, [String])], _ second: [(Key, [String])]
    )
        -> [(Key, [String])]
    {
        var result = first
        for (key, words) in second {
            if let index = result.firstIndex(where: { $0.0 == key }) {
                result[index].1 += words
            } else {
                result.append((key, words))
            }
        }
        return result
    }

    /// Which actor belongs to which, as the actors declare it.
    public var hierarchy: ActorHierarchy {
        var parents: [String: String] = [:]
        for actor in actors {
            if let parent = actor.parent { parents[actor.name] = parent }
        }
        return ActorHierarchy(parents: parents)
    }

    /// The actor and all actors above it, most specific first.
    public func lineage(of actor: String) -> [String] { hierarchy.lineage(of: actor) }

    /// The actor and every actor below it.
    public func descendants(of actor: String) -> [String] { hierarchy.descendants(of: actor) }
}
