import FactLedgerCore
import Foundation
import StrictYAML

/// Loads `Rules/vocabulary/*.yaml` strictly: unknown keys, bad values and unknown names are errors
/// that name the file and line.
public enum VocabularyLoader {
    /// The files a vocabulary folder holds; each is optional, and any other file there is an error.
    public static let fileNames = [
        "quantities.yaml", "measures.yaml", "facets.yaml", "actors.yaml", "stances.yaml",
        "attribution.yaml",
    ]

    /// Loads the vocabulary folder.
    public static func load(folder: String) throws -> Vocabulary {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder) else {
            throw YAMLError(
                file: folder, line: nil, message: "vocabulary folder not found or not readable")
        }
        for entry in entries.sorted() where entry.hasSuffix(".yaml") && !fileNames.contains(entry) {
            throw YAMLError(
                file: (folder as NSString).appendingPathComponent(entry), line: nil,
                message:
                    "unknown vocabulary file (expected one of: \(fileNames.joined(separator: ", ")))"
            )
        }
        var texts: [String: (path: String, text: String)] = [:]
        for name in fileNames {
            let path = (folder as NSString).appendingPathComponent(name)
            guard manager.fileExists(atPath: path) else { continue }
            guard let data = manager.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw YAMLError(file: path, line: nil, message: "cannot be read as UTF-8 text")
            }
            texts[name] = (path, text)
        }
        return try load(texts)
    }

    /// Loads vocabulary from texts keyed by file name (`measures.yaml` …), for tests and tools.
    public static func load(_ texts: [String: (path: String, text: String)]) throws -> Vocabulary {
        var vocabulary = Vocabulary()
        func root(_ name: String) throws -> YAMLNode? {
            guard let entry = texts[name] else { return nil }
            return try YAMLNode.parse(entry.text, file: entry.path)
        }
        if let node = try root("quantities.yaml") { try readQuantities(node, into: &vocabulary) }
        if let node = try root("measures.yaml") { try readMeasures(node, into: &vocabulary) }
        if let node = try root("facets.yaml") { try readFacets(node, into: &vocabulary) }
        if let node = try root("actors.yaml") { try readActors(node, into: &vocabulary) }
        if let node = try root("stances.yaml") { try readStances(node, into: &vocabulary) }
        if let node = try root("attribution.yaml") { try readAttribution(node, into: &vocabulary) }
        return vocabulary
    }

    private static func readQuantities(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws {
        let map = try node.mapping(allowed: ["approximate_spread", "qualifiers", "after", "vague"])
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

    private static func readMeasures(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws {
        let map = try node.mapping(
            allowed: ["nouns", "modifiers", "measures"], required: ["nouns", "measures"])
        vocabulary.nouns = try map["nouns"]!.orderedMapping().map {
            ($0.key.text, try $0.value.strings())
        }
        vocabulary.modifiers = try map["modifiers"]?.strings() ?? []
        let nounClasses = Set(vocabulary.nouns.map(\.0))
        for item in try map["measures"]!.sequence() {
            let entry = try item.mapping(
                allowed: [
                    "topic", "cumulative", "nouns", "cues", "tolls", "context", "exclude_context",
                    "default",
                ],
                required: ["topic", "cumulative", "nouns"])
            let topic = try entry["topic"]!.nonEmptyString()
            guard topic.contains(".") else {
                throw entry["topic"]!.error("a topic is a dotted key such as hostages.held")
            }
            let nouns = try entry["nouns"]!.strings()
            for noun in nouns where !nounClasses.contains(noun) {
                throw entry["nouns"]!.error(
                    "unknown noun class '\(noun)' (defined: \(nounClasses.sorted().joined(separator: ", ")))"
                )
            }
            vocabulary.measures.append(
                .init(
                    topic: topic, cumulative: try entry["cumulative"]!.bool(), nouns: nouns,
                    cues: try entry["cues"]?.strings() ?? [],
                    tolls: try entry["tolls"]?.strings() ?? [],
                    context: try entry["context"]?.strings() ?? [],
                    excludeContext: try entry["exclude_context"]?.strings() ?? [],
                    isDefault: try entry["default"]?.bool() ?? false))
        }
    }

    private static func readFacets(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws {
        let map = try node.mapping(allowed: ["facets"], required: ["facets"])
        for (key, value) in try map["facets"]!.orderedMapping() {
            let entry = try value.mapping(
                allowed: ["applies_to", "nearest", "values"], required: ["applies_to", "values"])
            let values = try entry["values"]!.orderedMapping().map {
                ($0.key.text, try $0.value.strings())
            }
            vocabulary.facets.append(
                .init(
                    key: key.text, appliesTo: try entry["applies_to"]!.strings(),
                    nearest: try entry["nearest"]?.bool() ?? false,
                    values: values.map { (value: $0.0, words: $0.1) }))
        }
    }

    private static func readActors(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws {
        let map = try node.mapping(allowed: ["actors"], required: ["actors"])
        let pairs = try map["actors"]!.orderedMapping()
        let names = Set(pairs.map(\.key.text))
        for (key, value) in pairs {
            let entry = try value.mapping(allowed: ["aliases", "parent"], required: ["aliases"])
            let parent = try entry["parent"]?.string()
            if let parent, !names.contains(parent) {
                throw entry["parent"]!.error("unknown parent actor '\(parent)'")
            }
            vocabulary.actors.append(
                .init(name: key.text, parent: parent, aliases: try entry["aliases"]!.strings()))
        }
        for actor in vocabulary.actors
        where vocabulary.lineage(of: actor.name).count > vocabulary.actors.count {
            throw YAMLError(
                file: map["actors"]!.file, line: nil,
                message: "actor hierarchy has a cycle at \(actor.name)")
        }
    }

    private static func readStances(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws {
        let map = try node.mapping(
            allowed: [
                "topics", "polarity", "conditions", "negations", "anaphora", "breakers",
                "modified_nouns", "not_topics",
            ],
            required: ["topics", "polarity"])
        vocabulary.stanceTopics = try map["topics"]!.orderedMapping().map {
            ($0.key.text, try $0.value.strings())
        }
        vocabulary.polarityCues = try map["polarity"]!.orderedMapping().map { key, value in
            guard let polarity = Polarity(rawValue: key.text), polarity != .conditional else {
                throw key.node.error(
                    "'\(key.text)' is not a cue polarity (support, oppose, demand)")
            }
            return (polarity, try value.strings())
        }
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
        vocabulary.negations = try map["negations"]?.strings() ?? []
        vocabulary.anaphora = try map["anaphora"]?.strings() ?? []
        vocabulary.breakers = try map["breakers"]?.strings() ?? []
        vocabulary.modifiedNouns = try map["modified_nouns"]?.strings() ?? []
        vocabulary.notTopics = try map["not_topics"]?.strings() ?? []
    }

    private static func readAttribution(_ node: YAMLNode, into vocabulary: inout Vocabulary) throws
    {
        let map = try node.mapping(
            allowed: ["verbs", "prefixes", "certainty"], required: ["verbs"])
        vocabulary.attributionVerbs = try map["verbs"]!.strings()
        vocabulary.attributionPrefixes = try map["prefixes"]?.strings() ?? []
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
