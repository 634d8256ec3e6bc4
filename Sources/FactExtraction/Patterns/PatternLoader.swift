import FactLedgerCore
import Foundation
import StrictYAML

/// Loads `Rules/patterns/*.yaml` strictly: every pattern needs an id, a `match` with exactly one
/// FIGURE and at least one triggering example; unknown keys, unknown lists and bad values are
/// errors naming the file and line.
public enum PatternLoader {
    /// Loads every `.yaml` file of the folder, in file-name order.
    public static func load(folder: String) throws -> PatternSet {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            throw YAMLError(
                file: folder, line: nil, message: "patterns folder not found or not readable")
        }
        return try load(RuleFiles.read(folder: folder), folder: "")
    }

    /// Loads the pattern files in `folder` of a set of rule files, in file-name order.
    public static func load(_ files: RuleFiles, folder: String) throws -> PatternSet {
        guard folder.isEmpty || files.hasFolder(folder) else {
            throw YAMLError(
                file: files.displayPath(folder), line: nil,
                message: "patterns folder not found or not readable")
        }
        if let problem = files.problems(in: folder).first { throw problem }
        return try load(files.files(in: folder).map { ($0.path, $0.text) })
    }

    /// Loads pattern files given as texts, in order.
    public static func load(_ texts: [(path: String, text: String)]) throws -> PatternSet {
        var set = PatternSet()
        var declared: [(node: YAMLNode, path: String)] = []
        for (path, text) in texts {
            guard let root = try YAMLNode.parse(text, file: path) else { continue }
            let map = try root.mapping(allowed: ["lists", "patterns"])
            for (key, value) in try map["lists"]?.orderedMapping() ?? [] {
                guard set.lists[key.text] == nil else {
                    throw key.node.error("list '\(key.text)' is declared twice")
                }
                set.lists[key.text] = try value.strings()
            }
            for item in try map["patterns"]?.sequence() ?? [] { declared.append((item, path)) }
        }
        var ids = Set<String>()
        for (node, path) in declared {
            let pattern = try read(node, file: path, lists: set.lists)
            guard ids.insert(pattern.id).inserted else {
                throw node.error("pattern id '\(pattern.id)' is used twice")
            }
            set.patterns.append(pattern)
        }
        return set
    }

    private static func read(_ node: YAMLNode, file: String, lists: [String: [String]]) throws
        -> ClaimPattern
    {
        let map = try node.mapping(
            allowed: [
                "id", "summary", "match", "figure_words", "figure_at_most", "figure_at_least",
                "outcome", "tally", "qualifier", "counts", "examples",
            ],
            required: ["id", "summary", "match", "examples"])
        let matchNode = map["match"]!
        let steps = try parse(try matchNode.nonEmptyString(), node: matchNode, lists: lists)
        let outcome = try map["outcome"]?.value(of: ClaimPattern.Outcome.self) ?? .claim
        let examples = try map["examples"]!.mapping(
            allowed: ["trigger", "pass"], required: ["trigger"])
        let triggers = try (examples["trigger"]!.sequence()).map(example)
        guard !triggers.isEmpty else {
            throw examples["trigger"]!.error("a pattern needs at least one triggering example")
        }
        return ClaimPattern(
            id: try map["id"]!.nonEmptyString(), summary: try map["summary"]!.nonEmptyString(),
            steps: steps, outcome: outcome, tally: try map["tally"]?.value(of: Tally.self),
            qualifier: try map["qualifier"]?.value(of: Qualifier.self),
            counts: try map["counts"]?.nonEmptyString(),
            figureWords: try map["figure_words"].map { try $0.strings().map { $0.lowercased() } },
            figureAtMost: try map["figure_at_most"]?.double(),
            figureAtLeast: try map["figure_at_least"]?.double(),
            triggers: triggers,
            passes: try (examples["pass"]?.sequence() ?? []).map(example), file: file)
    }

    private static func example(_ node: YAMLNode) throws -> ClaimPattern.Example {
        let map = try node.mapping(allowed: ["text", "claims"], required: ["text", "claims"])
        return ClaimPattern.Example(
            text: try map["text"]!.nonEmptyString(), claims: try map["claims"]!.strings(),
            line: node.line)
    }

    /// Parses a `match` text into steps.
    static func parse(_ text: String, node: YAMLNode, lists: [String: [String]]) throws
        -> [PatternStep]
    {
        var steps: [PatternStep] = []
        for part in text.split(separator: " ") {
            var word = Substring(part)
            var repeats = PatternElement.Repeat.once
            if word.count > 1, word.hasSuffix("?") {
                repeats = .optional
                word = word.dropLast()
            } else if word.count > 1, word.hasSuffix("*") {
                repeats = .any
                word = word.dropLast()
            }
            let element: PatternElement
            switch word {
            case "FIGURE": element = .figure
            case "NOUN": element = .noun
            case "TOLL": element = .toll
            case "CUE": element = .cue
            case "FACET": element = .facet
            case "PLACE": element = .place
            case "OTHER": element = .other
            case "THING": element = .thing
            case "NAME": element = .name
            case "...": element = .gap
            default:
                if word.hasPrefix("@") {
                    let name = String(word.dropFirst())
                    guard lists[name] != nil else {
                        throw node.error(
                            "unknown list '@\(name)' (declared: \(lists.keys.sorted().map { "@" + $0 }.joined(separator: ", ")))"
                        )
                    }
                    element = .list(name)
                } else {
                    var hashes: [UInt64] = []
                    for alternative in word.split(separator: "|") {
                        // The possessive "'s" is a token of its own ("enclave's" is two).
                        if alternative == "'s" {
                            hashes.append(Tokenizer.possessiveHash)
                            continue
                        }
                        var bytes = Array(alternative.lowercased().utf8)
                        let tokens = bytes.withUnsafeMutableBufferPointer {
                            Tokenizer.tokens(UnsafeBufferPointer($0), in: 0..<$0.count)
                        }
                        guard tokens.count == 1, alternative.first?.isUppercase != true else {
                            throw node.error(
                                "'\(alternative)' is not one lower-case word; use a @list for phrases (elements: FIGURE NOUN TOLL CUE FACET OTHER THING ... @list word|word, with ? or *)"
                            )
                        }
                        hashes.append(tokens[0].hash)
                    }
                    element = .words(hashes)
                }
            }
            if element == .figure || element == .gap, repeats != .once {
                throw node.error("FIGURE and ... take no ? or *")
            }
            steps.append(PatternStep(element: element, repeats: repeats))
        }
        guard steps.filter({ $0.element == .figure }).count == 1 else {
            throw node.error("a pattern matches exactly one FIGURE")
        }
        guard steps.count > 1 else { throw node.error("a pattern needs more than the FIGURE") }
        return steps
    }
}
