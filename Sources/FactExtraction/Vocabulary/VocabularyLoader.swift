import FactLedgerCore
import Foundation
import StrictYAML

/// Loads `Rules/vocabulary/*.yaml` strictly: unknown keys, bad values and unknown names are errors
/// that name the file and line.
///
/// The folder's own files are the vocabulary every story shares; each folder under `stories/`
/// is one running story (`story.yaml` plus any of the same files), merged over the shared one.
public enum VocabularyLoader {
    /// The files a vocabulary folder holds; each is optional, and any other file there is an error.
    public static let fileNames = [
        "quantities.yaml", "measures.yaml", "facets.yaml", "actors.yaml", "stances.yaml",
        "attribution.yaml", "grammar.yaml",
    ]
    /// The folder of running stories inside a vocabulary folder.
    public static let storiesFolder = "stories"

    /// Loads the vocabulary folder and its stories.
    public static func load(folder: String) throws -> Vocabulary {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            throw YAMLError(
                file: folder, line: nil, message: "vocabulary folder not found or not readable")
        }
        return try load(RuleFiles.read(folder: folder), folder: "")
    }

    /// Loads the vocabulary in `folder` of a set of rule files (`vocabulary` of a rules folder).
    public static func load(_ files: RuleFiles, folder: String) throws -> Vocabulary {
        guard folder.isEmpty || files.hasFolder(folder) else {
            throw YAMLError(
                file: files.displayPath(folder), line: nil,
                message: "vocabulary folder not found or not readable")
        }
        if let problem = files.unreadable.keys.sorted().first(where: {
            folder.isEmpty || $0.hasPrefix(folder + "/")
        }) {
            throw files.unreadable[problem]!
        }
        let shared = try load(try texts(files.files(in: folder), extra: []))
        let storiesPath = folder.isEmpty ? storiesFolder : folder + "/" + storiesFolder
        var stories: [(id: String, texts: [String: (path: String, text: String)])] = []
        for (name, path, _) in files.files(in: storiesPath) {
            throw YAMLError(
                file: path, line: nil,
                message: "a story is a folder holding story.yaml, not a file (\(name))")
        }
        for name in files.folders(in: storiesPath) {
            stories.append(
                (name, try texts(files.files(in: storiesPath + "/" + name), extra: ["story.yaml"])))
        }
        return try load(shared: shared, stories: stories)
    }

    /// Merges stories, given as texts keyed by file name, over a shared vocabulary.
    public static func load(
        shared: Vocabulary, stories: [(id: String, texts: [String: (path: String, text: String)])]
    ) throws -> Vocabulary {
        var all = shared
        var loaded: [Vocabulary.Story] = []
        for (id, texts) in stories {
            guard let header = texts["story.yaml"] else {
                throw YAMLError(
                    file: id, line: nil, message: "a story folder needs a story.yaml")
            }
            let own = try load(texts, over: shared)
            var story = try readStory(
                try YAMLNode.parse(header.text, file: header.path), id: id,
                vocabulary: shared.merging(own))
            story.vocabulary.stories = []
            if story.isDefault, loaded.contains(where: \.isDefault) {
                throw YAMLError(
                    file: header.path, line: nil, message: "only one story can be the default")
            }
            loaded.append(story)
            all = all.merging(own)
        }
        all.stories = loaded
        return all
    }

    /// The vocabulary files of a folder, keyed by file name; an unknown `.yaml` file is an error.
    private static func texts(
        _ files: [(name: String, path: String, text: String)], extra: [String]
    ) throws -> [String: (path: String, text: String)] {
        let known = fileNames + extra
        var texts: [String: (path: String, text: String)] = [:]
        for file in files {
            guard known.contains(file.name) else {
                throw YAMLError(
                    file: file.path, line: nil,
                    message:
                        "unknown vocabulary file (expected one of: \(known.joined(separator: ", ")))"
                )
            }
            texts[file.name] = (file.path, file.text)
        }
        return texts
    }

    /// Loads vocabulary from texts keyed by file name (`measures.yaml` …), for tests and tools;
    /// names it uses (noun classes, parent actors) may come from `base`.
    public static func load(
        _ texts: [String: (path: String, text: String)], over base: Vocabulary = Vocabulary()
    ) throws -> Vocabulary {
        var vocabulary = Vocabulary()
        func root(_ name: String) throws -> YAMLNode? {
            guard let entry = texts[name] else { return nil }
            return try YAMLNode.parse(entry.text, file: entry.path)
        }
        if let node = try root("quantities.yaml") { try readQuantities(node, into: &vocabulary) }
        if let node = try root("measures.yaml") {
            try readMeasures(node, into: &vocabulary, knownNouns: Set(base.nouns.map(\.0)))
        }
        if let node = try root("facets.yaml") { try readFacets(node, into: &vocabulary) }
        if let node = try root("actors.yaml") {
            try readActors(node, into: &vocabulary, knownActors: base.actors)
        }
        if let node = try root("stances.yaml") {
            try readStances(node, into: &vocabulary, inherited: base.stanceWordLists)
        }
        if let node = try root("attribution.yaml") { try readAttribution(node, into: &vocabulary) }
        if let node = try root("grammar.yaml") { try readGrammar(node, into: &vocabulary) }
        return vocabulary
    }

    private static func readStory(_ node: YAMLNode?, id: String, vocabulary: Vocabulary) throws
        -> Vocabulary.Story
    {
        guard let node else {
            throw YAMLError(file: id, line: nil, message: "story.yaml is empty")
        }
        let map = try node.mapping(
            allowed: ["title", "keywords", "default", "began"], required: ["title", "keywords"])
        let keywords = try map["keywords"]!.strings()
        guard !keywords.isEmpty else { throw map["keywords"]!.error("a story needs keywords") }
        var vocabulary = vocabulary
        if let began = map["began"] {
            guard let day = Day(iso: try began.nonEmptyString()) else {
                throw began.error("began must be a day written YYYY-MM-DD")
            }
            vocabulary.began = day
        }
        return Vocabulary.Story(
            id: id, title: try map["title"]!.nonEmptyString(), keywords: keywords,
            isDefault: try map["default"]?.bool() ?? false, vocabulary: vocabulary)
    }

    private static func readGrammar(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws {
        let map = try node.mapping(allowed: [
            "determiners", "prepositions", "pronouns", "auxiliaries", "modals", "negations",
            "coordinators", "subordinators", "verbs", "irregular_past", "intransitive", "adverbs",
            "adjectives", "complementizers", "complement_verbs", "verb_forms",
        ])
        var grammar = Vocabulary.Grammar()
        grammar.determiners = try map["determiners"]?.strings() ?? []
        grammar.prepositions = try map["prepositions"]?.strings() ?? []
        grammar.pronouns = try map["pronouns"]?.strings() ?? []
        if let auxiliaries = try map["auxiliaries"]?.mapping(allowed: ["be", "have", "do"]) {
            grammar.be = try auxiliaries["be"]?.strings() ?? []
            grammar.have = try auxiliaries["have"]?.strings() ?? []
            grammar.doForms = try auxiliaries["do"]?.strings() ?? []
        }
        if let modals = try map["modals"]?.mapping(allowed: ["future", "conditional"]) {
            grammar.modalsFuture = try modals["future"]?.strings() ?? []
            grammar.modalsConditional = try modals["conditional"]?.strings() ?? []
        }
        grammar.negations = try map["negations"]?.strings() ?? []
        grammar.coordinators = try map["coordinators"]?.strings() ?? []
        grammar.subordinators = try map["subordinators"]?.strings() ?? []
        grammar.verbs = try map["verbs"]?.strings() ?? []
        grammar.irregularPast = try map["irregular_past"]?.strings() ?? []
        grammar.intransitive = try map["intransitive"]?.strings() ?? []
        grammar.adverbs = try map["adverbs"]?.strings() ?? []
        grammar.adjectives = try map["adjectives"]?.strings() ?? []
        grammar.complementizers = try map["complementizers"]?.strings() ?? []
        grammar.complementVerbs = try map["complement_verbs"]?.strings() ?? []
        grammar.verbForms = try map["verb_forms"]?.sequence().map { try $0.strings() } ?? []
        vocabulary.grammar = grammar
    }

    private static func readQuantities(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws {
        let map = try node.mapping(
            allowed: ["approximate_spread", "qualifiers", "after", "vague", "one_of_unit"])
        vocabulary.oneOfUnit =
            try map["one_of_unit"]?.orderedMapping().map {
                ($0.key.text, try $0.value.strings())
            } ?? []
        if let spread = map["approximate_spread"] {
            vocabulary.approximateSpread = try spread.double()
            guard (0..<1).contains(vocabulary.approximateSpread) else {
                throw spread.error("approximate_spread must be at least 0 and below 1")
            }
        }
        vocabulary.qualifiersBefore = try qualifierLists(map["qualifiers"])
        vocabulary.qualifiersAfter = try qualifierLists(map["after"])
        for item in try map["vague"]?.sequence() ?? [] {
            let entry = try item.mapping(
                allowed: ["words", "low", "high"], required: ["words", "low", "high"])
            let low = try entry["low"]!.double()
            let highText = try entry["high"]!.string()
            let high = highText == ".inf" ? Double.infinity : try entry["high"]!.double()
            guard low <= high else { throw item.error("low must not exceed high") }
            vocabulary.vague.append(
                .init(words: try entry["words"]!.strings(), low: low, high: high))
        }
    }

    private static func qualifierLists(_ node: YAMLNode?) throws -> [(Qualifier, [String])] {
        guard let node else { return [] }
        return try node.orderedMapping().map { key, value in
            guard let qualifier = Qualifier(rawValue: key.text), qualifier != .range,
                qualifier != .vague
            else {
                throw key.node.error(
                    "'\(key.text)' is not a qualifier (approximate, over, at_least, under, at_most, exact)"
                )
            }
            return (qualifier, try value.strings())
        }
    }

    private static func readMeasures(
        _ node: YAMLNode, into vocabulary: inout Vocabulary, knownNouns: Set<String>
    ) throws {
        let map = try node.mapping(allowed: [
            "nouns", "modifiers", "possessions", "word_lists", "measures",
        ])
        vocabulary.nouns =
            try map["nouns"]?.orderedMapping().map {
                ($0.key.text, try $0.value.strings())
            } ?? []
        vocabulary.modifiers = try map["modifiers"]?.strings() ?? []
        vocabulary.possessions = try map["possessions"]?.strings() ?? []
        let nounClasses = knownNouns.union(vocabulary.nouns.map(\.0))
        // Word lists the file's cue phrases name in braces ("{arrive} {neighbour}").
        let lists = try wordLists(map["word_lists"])
        func phrases(_ node: YAMLNode?) throws -> [String] {
            try templatePhrases(node, lists: lists)
        }
        for item in try map["measures"]?.sequence() ?? [] {
            let entry = try item.mapping(
                allowed: [
                    "topic", "cumulative", "tally", "variants", "nouns", "cues", "tolls", "context",
                    "exclude_context", "context_before", "default", "divide_by", "below",
                    "fallback_cues",
                ],
                required: ["topic", "nouns"])
            let topic = try dottedTopic(entry["topic"]!)
            let nouns = try entry["nouns"]!.strings()
            for noun in nouns where !nounClasses.contains(noun) {
                throw entry["nouns"]!.error(
                    "unknown noun class '\(noun)' (defined: \(nounClasses.sorted().joined(separator: ", ")))"
                )
            }
            let tally: Tally
            switch (entry["tally"], entry["cumulative"]) {
            case (let given?, nil): tally = try given.value(of: Tally.self)
            case (nil, let cumulative?): tally = try cumulative.bool() ? .cumulative : .level
            default:
                throw item.error(
                    "a measure needs either tally (cumulative, level, event, planned) or cumulative"
                )
            }
            var variants: [Vocabulary.Variant] = []
            // `variants: same`: the variants of the measure of this topic declared before, for a
            // topic counted through several noun classes.
            if let shared = entry["variants"], !shared.isSequence {
                guard try shared.string() == "same",
                    let earlier = vocabulary.measures.first(where: {
                        $0.topic == topic && !$0.variants.isEmpty
                    })
                else {
                    throw shared.error(
                        "variants is a list, or 'same' after a measure of topic '\(topic)' that has some"
                    )
                }
                variants = earlier.variants
            }
            for variant in try entry["variants"].flatMap({ $0.isSequence ? $0 : nil })?.sequence()
                ?? []
            {
                let fields = try variant.mapping(
                    allowed: ["topic", "tally", "forms", "cues", "unless", "context", "cue_scope"],
                    required: ["topic", "tally"])
                let forms = try fields["forms"]?.strings() ?? []
                for form in forms where VerbGroup.Form(rawValue: form) == nil {
                    throw fields["forms"]!.error(
                        "'\(form)' is not a verb form (\(VerbGroup.Form.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
                let cues = try phrases(fields["cues"])
                guard !forms.isEmpty || !cues.isEmpty else {
                    throw variant.error("a variant needs forms or cues that select it")
                }
                variants.append(
                    .init(
                        topic: try dottedTopic(fields["topic"]!),
                        tally: try fields["tally"]!.value(of: Tally.self), forms: forms, cues: cues,
                        unless: try phrases(fields["unless"]),
                        context: try phrases(fields["context"]),
                        cuesInSentence: try cueScope(fields["cue_scope"])))
            }
            vocabulary.measures.append(
                .init(
                    topic: topic, tally: tally, variants: variants, nouns: nouns,
                    cues: try phrases(entry["cues"]),
                    fallbackCues: try phrases(entry["fallback_cues"]),
                    tolls: try phrases(entry["tolls"]),
                    context: try phrases(entry["context"]),
                    contextBefore: try entry["context_before"]?.bool() ?? false,
                    excludeContext: try phrases(entry["exclude_context"]),
                    isDefault: try entry["default"]?.bool() ?? false,
                    divisor: try positiveNumber(entry["divide_by"], key: "divide_by") ?? 1,
                    below: try positiveNumber(entry["below"], key: "below")))
        }
    }

    /// A variant's `cue_scope`: `clause` (the default) or `sentence`.
    private static func cueScope(_ node: YAMLNode?) throws -> Bool {
        guard let node else { return false }
        switch try node.string() {
        case "clause": return false
        case "sentence": return true
        default: throw node.error("cue_scope is clause or sentence")
        }
    }

    /// A measure's number under `key` (`divide_by`, `below`): a positive number, or nil when
    /// absent.
    private static func positiveNumber(_ node: YAMLNode?, key: String) throws -> Double? {
        guard let node else { return nil }
        let value = try node.double()
        guard value > 0, value.isFinite else {
            throw node.error("\(key) must be a positive number")
        }
        return value
    }

    /// A dotted topic key such as `hostages.held`.
    private static func dottedTopic(_ node: YAMLNode) throws -> String {
        let topic = try node.nonEmptyString()
        guard topic.contains(".") else {
            throw node.error("a topic is a dotted key such as hostages.held")
        }
        return topic
    }

    private static func readFacets(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws {
        let map = try node.mapping(allowed: ["facets"], required: ["facets"])
        for (key, value) in try map["facets"]!.orderedMapping() {
            let entry = try value.mapping(
                allowed: [
                    "applies_to", "nearest", "values", "implied_by", "implied_within", "implies",
                ],
                required: ["applies_to"])
            let values =
                try entry["values"]?.orderedMapping().map {
                    (value: $0.key.text, words: try $0.value.strings())
                } ?? []
            let implied =
                try entry["implied_by"]?.orderedMapping().map {
                    (value: $0.key.text, words: try $0.value.strings())
                } ?? []
            let implies =
                try entry["implies"]?.orderedMapping().map { pair in
                    (
                        value: pair.key.text,
                        facets: try pair.value.orderedMapping().map {
                            (key: $0.key.text, value: try $0.value.nonEmptyString())
                        }
                    )
                } ?? []
            vocabulary.facets.append(
                .init(
                    key: key.text, appliesTo: try entry["applies_to"]!.strings(),
                    nearest: try entry["nearest"]?.bool() ?? false, values: values,
                    implied: implied, impliedWithin: try entry["implied_within"]?.int(),
                    implies: implies))
        }
    }

    private static func readActors(
        _ node: YAMLNode, into vocabulary: inout Vocabulary, knownActors: [Vocabulary.Actor]
    ) throws {
        let map = try node.mapping(
            allowed: ["actors", "leader_titles", "people_nouns"], required: ["actors"])
        vocabulary.leaderTitles = try map["leader_titles"]?.strings() ?? []
        vocabulary.peopleNouns = try map["people_nouns"]?.strings() ?? []
        let pairs = try map["actors"]!.orderedMapping()
        let names = Set(pairs.map(\.key.text) + knownActors.map(\.name))
        for (key, value) in pairs {
            let entry = try value.mapping(
                allowed: ["aliases", "parent", "members", "leader"], required: ["aliases"])
            let parent = try entry["parent"]?.string()
            if let parent, !names.contains(parent) {
                throw entry["parent"]!.error("unknown parent actor '\(parent)'")
            }
            let members = try entry["members"]?.strings() ?? []
            for member in members where !names.contains(member) {
                throw entry["members"]!.error("unknown member actor '\(member)'")
            }
            vocabulary.actors.append(
                .init(
                    name: key.text, parent: parent, aliases: try entry["aliases"]!.strings(),
                    members: members, isLeader: try entry["leader"]?.bool() ?? false))
            if try entry["leader"]?.bool() == true, parent == nil {
                throw entry["leader"]!.error("a leader needs the parent actor it leads")
            }
        }
        var everyone = Vocabulary()
        everyone.actors = knownActors
        everyone = everyone.merging(vocabulary)
        // A walk up the hierarchy that stops at an actor that still has a parent went round.
        let hierarchy = everyone.hierarchy
        for actor in vocabulary.actors
        where hierarchy.parents[hierarchy.lineage(of: actor.name).last!] != nil {
            throw YAMLError(
                file: map["actors"]!.file, line: nil,
                message: "actor hierarchy has a cycle at \(actor.name)")
        }
    }

    /// The word lists a file declares under `word_lists`, by name.
    private static func wordLists(_ node: YAMLNode?) throws -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for (key, value) in try node?.orderedMapping() ?? [] {
            lists[key.text] = try value.strings()
        }
        return lists
    }

    /// The phrases of a list whose items may name word lists in braces (`PhraseTemplate`); an
    /// item naming an undeclared list is an error at its line.
    private static func templatePhrases(
        _ node: YAMLNode?, lists: [String: [String]]
    ) throws -> [String] {
        guard let node else { return [] }
        var phrases: [String] = []
        for item in node.isSequence ? try node.sequence() : [node] {
            do {
                phrases += try PhraseTemplate.expand(try item.string(), lists: lists)
            } catch let unknown as PhraseTemplate.UnknownList {
                throw item.error(
                    "unknown word list '{\(unknown.name)}' (declared: \(lists.keys.sorted().joined(separator: ", ")))"
                )
            }
        }
        return phrases
    }

    /// Reads a stance file; its phrases may name its own word lists and those of `inherited`
    /// (the shared file's, for a story).
    private static func readStances(
        _ node: YAMLNode, into vocabulary: inout Vocabulary, inherited: [String: [String]]
    ) throws {
        let map = try node.mapping(
            allowed: [
                "topics", "polarity", "conditions", "not_conditions", "negations", "obligations",
                "directives",
                "anaphora",
                "breakers",
                "modified_nouns", "authored_nouns", "not_topics", "not_cues", "actions", "requests",
                "objections",
                "credits",
                "credit_nouns",
                "credit_links",
                "votes",
                "motions", "authorship", "containers", "weak_topics", "companions", "descriptors",
                "definite_words", "definite_references", "word_lists",
            ])
        vocabulary.requests = try map["requests"]?.strings() ?? []
        vocabulary.objections = try map["objections"]?.strings() ?? []
        vocabulary.credits = try map["credits"]?.strings() ?? []
        vocabulary.creditNouns = try map["credit_nouns"]?.strings() ?? []
        vocabulary.creditLinks = try map["credit_links"]?.strings() ?? []
        vocabulary.companions = try map["companions"]?.strings() ?? []
        vocabulary.descriptors = try map["descriptors"]?.strings() ?? []
        vocabulary.votes = try map["votes"]?.strings() ?? []
        vocabulary.motions = try map["motions"]?.strings() ?? []
        vocabulary.authorship = try map["authorship"]?.strings() ?? []
        vocabulary.containers = try map["containers"]?.strings() ?? []
        vocabulary.weakTopics = try map["weak_topics"]?.strings() ?? []
        vocabulary.definiteWords = try map["definite_words"]?.strings() ?? []
        vocabulary.definiteReferences =
            try map["definite_references"]?.orderedMapping().map {
                (topic: $0.key.text, phrases: try $0.value.strings())
            } ?? []
        // Topic, action and polarity phrases may name the file's word lists in braces
        // ("{stopping} {assault}", "{obligation} {arrival}"), and a story's those of the shared
        // file.
        let lists = try wordLists(map["word_lists"]).merging(inherited) { own, _ in own }
        vocabulary.stanceWordLists = lists
        vocabulary.notCues = try templatePhrases(map["not_cues"], lists: lists)
        vocabulary.stanceTopics =
            try map["topics"]?.orderedMapping().map {
                ($0.key.text, try templatePhrases($0.value, lists: lists))
            } ?? []
        for item in try map["actions"]?.sequence() ?? [] {
            let fields = try item.mapping(
                allowed: [
                    "phrases", "verbs", "between", "objects", "topic", "polarity", "yields_to",
                    "conditional_topic",
                ],
                required: ["topic", "polarity"])
            let topic = try fields["topic"]!.nonEmptyString()
            let polarity = try fields["polarity"]!.value(of: Polarity.self)
            let yieldsTo = try fields["yields_to"]?.strings() ?? []
            let conditionalTopic = try fields["conditional_topic"]?.nonEmptyString()
            var phrases = try templatePhrases(fields["phrases"], lists: lists)
            // "resumed | its | offensive": each verb with each object, either next to it or
            // with one of the words that may stand between them.
            switch (fields["verbs"], fields["objects"]) {
            case (let verbs?, let objects?):
                let between = [""] + (try fields["between"]?.strings() ?? []).map { $0 + " " }
                for verb in try verbs.strings() {
                    for word in between {
                        phrases += try objects.strings().map { "\(verb) \(word)\($0)" }
                    }
                }
            case (nil, nil):
                guard !phrases.isEmpty else {
                    throw item.error("an action needs phrases, or verbs and objects")
                }
            default:
                throw item.error("an action's verbs and objects go together")
            }
            for phrase in phrases {
                vocabulary.actions.append(
                    .init(
                        phrase: phrase, topic: topic, polarity: polarity, yieldsTo: yieldsTo,
                        conditionalTopic: conditionalTopic))
            }
        }
        vocabulary.polarityCues =
            try map["polarity"]?.orderedMapping().map { key, value in
                guard let polarity = Polarity(rawValue: key.text), polarity != .conditional else {
                    throw key.node.error(
                        "'\(key.text)' is not a cue polarity (support, oppose, demand)")
                }
                return (polarity, try templatePhrases(value, lists: lists))
            } ?? []
        var seen: [UInt64: Polarity] = [:]
        for (polarity, cues) in vocabulary.polarityCues {
            for cue in cues {
                let key = WordHash.hash(cue.lowercased())
                if let other = seen[key], other != polarity {
                    throw map["polarity"]!.error(
                        "cue '\(cue)' is listed under both \(other.rawValue) and \(polarity.rawValue)"
                    )
                }
                seen[key] = polarity
            }
        }
        vocabulary.conditionCues = try map["conditions"]?.strings() ?? []
        vocabulary.notConditionCues = try map["not_conditions"]?.strings() ?? []
        vocabulary.negations = try map["negations"]?.strings() ?? []
        vocabulary.obligations = try map["obligations"]?.strings() ?? []
        vocabulary.directives = try map["directives"]?.strings() ?? []
        vocabulary.anaphora = try map["anaphora"]?.strings() ?? []
        vocabulary.breakers = try map["breakers"]?.strings() ?? []
        vocabulary.modifiedNouns = try map["modified_nouns"]?.strings() ?? []
        vocabulary.authoredNouns = try map["authored_nouns"]?.strings() ?? []
        vocabulary.notTopics = try map["not_topics"]?.strings() ?? []
    }

    private static func readAttribution(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws
    {
        let map = try node.mapping(
            allowed: ["verbs", "prefixes", "unnamed_speakers", "certainty", "not_reported"],
            required: ["verbs"])
        vocabulary.attributionVerbs = try map["verbs"]!.strings()
        vocabulary.attributionPrefixes = try map["prefixes"]?.strings() ?? []
        vocabulary.unnamedSpeakers = try map["unnamed_speakers"]?.strings() ?? []
        vocabulary.notReported = try map["not_reported"]?.strings() ?? []
        vocabulary.certaintyCues =
            try map["certainty"]?.orderedMapping().map { key, value in
                guard let certainty = Certainty(rawValue: key.text) else {
                    throw key.node.error(
                        "'\(key.text)' is not a certainty (believed, estimated, claimed, denied)")
                }
                return (certainty, try value.strings())
            } ?? []
    }
}
