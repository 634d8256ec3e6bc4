import FactLedgerCore
import Foundation
import StrictYAML

/// Loads `Rules/checks/*.yaml` strictly: every problem is an error naming the file and line,
/// and no rule is ever loaded with a silent default for something it got wrong.
public enum RuleLoader {
    /// The keys a rule file may have.
    public static let keys: Set<String> = [
        "id", "title", "description", "level", "status", "kind", "when", "message",
        "falsepositives",
        "lower_if_hedged", "examples",
    ]
    static let required: Set<String> = ["id", "title", "level", "status", "kind", "message"]

    /// The rules of a folder, in file order, and every error found; a file with an error yields no rule.
    public static func load(folder: String) -> (rules: [Rule], errors: [YAMLError]) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else {
            return (
                [],
                [
                    YAMLError(
                        file: folder, line: nil, message: "rules folder not found or not readable")
                ]
            )
        }
        var files: [(path: String, text: String)] = []
        var errors: [YAMLError] = []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (folder as NSString).appendingPathComponent(name)
            let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > YAMLNode.maximumBytes {
                errors.append(
                    YAMLError(
                        file: path, line: nil,
                        message: "larger than the limit of \(YAMLNode.maximumBytes / 1024) KB"))
                continue
            }
            guard let data = manager.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                errors.append(
                    YAMLError(file: path, line: nil, message: "cannot be read as UTF-8 text"))
                continue
            }
            files.append((path, text))
        }
        let loaded = load(files)
        return (loaded.rules, errors + loaded.errors)
    }

    /// Loads rules from texts, for tests and tools; duplicate ids across them are errors.
    public static func load(_ files: [(path: String, text: String)]) -> (
        rules: [Rule], errors: [YAMLError]
    ) {
        var rules: [Rule] = []
        var errors: [YAMLError] = []
        var ids: [String: String] = [:]
        for file in files {
            do {
                guard let root = try YAMLNode.parse(file.text, file: file.path) else {
                    throw YAMLError(file: file.path, line: nil, message: "empty rule file")
                }
                let rule = try rule(from: root)
                if let other = ids[rule.id] {
                    throw YAMLError(
                        file: file.path, line: rule.line,
                        message: "duplicate rule id '\(rule.id)' (also in \(other))")
                }
                ids[rule.id] = file.path
                rules.append(rule)
            } catch let error as YAMLError {
                errors.append(error)
            } catch {
                errors.append(YAMLError(file: file.path, line: nil, message: "\(error)"))
            }
        }
        return (rules, errors)
    }

    static func rule(from root: YAMLNode) throws -> Rule {
        let map = try root.mapping(allowed: keys, required: required)
        let id = try map["id"]!.nonEmptyString()
        guard
            id.utf8.allSatisfy({
                ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F
            })
        else {
            throw map["id"]!.error("id must use lower-case letters, digits, '-' and '_' only")
        }
        let kindName = try map["kind"]!.string()
        guard let kindType = RuleKinds.named(kindName) else {
            throw map["kind"]!.error(
                "unknown kind '\(kindName)' (known: \(RuleKinds.all.map { $0.name }.joined(separator: ", ")))"
            )
        }
        let kind = try kindType.make(from: map["when"])
        let message: MessageTemplate
        do {
            message = try MessageTemplate(try map["message"]!.nonEmptyString())
        } catch let error as MessageTemplateError {
            throw map["message"]!.error(error.description)
        }
        var trigger: [RuleExample] = []
        var pass: [RuleExample] = []
        if let examples = map["examples"] {
            let groups = try examples.mapping(allowed: ["trigger", "pass"])
            trigger = try groups["trigger"].map(readExamples) ?? []
            pass = try groups["pass"].map(readExamples) ?? []
        }
        return Rule(
            id: id, title: try map["title"]!.nonEmptyString(),
            description: try map["description"]?.string() ?? "",
            level: try map["level"]!.value(of: Level.self),
            status: try map["status"]!.value(of: Rule.Status.self),
            kind: kind, message: message,
            falsePositives: try map["falsepositives"]?.strings() ?? [],
            lowerIfHedged: try map["lower_if_hedged"]?.bool() ?? false, triggerExamples: trigger,
            passExamples: pass,
            file: root.file, line: map["id"]!.line)
    }

    private static func readExamples(_ node: YAMLNode) throws -> [RuleExample] {
        try node.sequence().map { example in
            let articles = try example.sequence().map { item in
                let fields = try item.mapping(
                    allowed: ["source", "date", "text", "url"],
                    required: ["source", "date", "text"])
                let dateText = try fields["date"]!.string()
                guard let date = Day(iso: dateText) else {
                    throw fields["date"]!.error("not a real date: \(dateText)")
                }
                return RuleExample.Article(
                    source: try fields["source"]!.nonEmptyString(), date: date,
                    text: try fields["text"]!.nonEmptyString(),
                    url: try fields["url"]?.string())
            }
            guard !articles.isEmpty else {
                throw example.error("an example needs at least one article")
            }
            return RuleExample(articles: articles, line: example.line)
        }
    }
}
