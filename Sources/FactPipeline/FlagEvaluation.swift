import FactLedgerCore
import FactRules
import FactStore
import Foundation
import StrictYAML

/// Precision and recall of the rules against a hand-written list of the flags an annotated
/// corpus must raise, and of the pairs it must not.
public struct FlagEvaluation: Sendable {
    /// One expected (or forbidden) flag: its kind, topic, actor where given, and the articles involved.
    public struct Expectation: Sendable {
        /// The rule kind.
        public var kind: String
        /// The topic.
        public var topic: String
        /// The actor, for stance kinds.
        public var actor: String?
        /// The article keys whose claims the flag links.
        public var articles: Set<String>
        /// Why.
        public var note: String
        /// The line in the expectations file.
        public var line: Int?

        func matches(_ raised: Raised) -> Bool {
            raised.finding.kind == kind && raised.finding.topic == topic
                && raised.articles == articles
                && (actor == nil || raised.finding.actor == actor || raised.actors.contains(actor!))
        }
    }

    /// A flag the rules raised, with the articles and actors of its claims.
    public struct Raised: Sendable {
        /// The finding.
        public var finding: Finding
        /// The article keys of its claims.
        public var articles: Set<String>
        /// The actors of its claims.
        public var actors: Set<String>
    }

    /// Every flag raised.
    public var raised: [Raised] = []
    /// Expected flags that were raised.
    public var found: [Expectation] = []
    /// Expected flags that were not.
    public var missed: [Expectation] = []
    /// Raised flags no expectation describes.
    public var unexpected: [Raised] = []
    /// Raised flags the file says must not be raised.
    public var forbidden: [(Expectation, Raised)] = []

    /// Raised flags that were expected / all raised.
    public var precision: Double {
        raised.isEmpty ? 1 : Double(raised.count - unexpected.count) / Double(raised.count)
    }
    /// Expected flags raised / all expected.
    public var recall: Double {
        found.count + missed.count == 0
            ? 1 : Double(found.count) / Double(found.count + missed.count)
    }

    /// Reads `flags:` and `not_flagged:` from an expectations file.
    public static func expectations(path: String) throws -> (
        flags: [Expectation], notFlagged: [Expectation]
    ) {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw GoldError(message: "\(path): cannot be read")
        }
        guard let root = try YAMLNode.parse(text, file: path) else { return ([], []) }
        let map = try root.mapping(allowed: ["flags", "not_flagged"])
        func read(_ node: YAMLNode?) throws -> [Expectation] {
            try (node?.sequence() ?? []).map { item in
                let fields = try item.mapping(
                    allowed: ["kind", "topic", "facets", "actor", "articles", "note"],
                    required: ["kind", "topic", "articles"])
                let kind = try fields["kind"]!.string()
                guard RuleKinds.named(kind) != nil else {
                    throw fields["kind"]!.error("unknown kind '\(kind)'")
                }
                return Expectation(
                    kind: kind, topic: try fields["topic"]!.string(),
                    actor: try fields["actor"]?.string(),
                    articles: Set(try fields["articles"]!.strings()),
                    note: try fields["note"]?.string() ?? "",
                    line: item.line)
            }
        }
        return (try read(map["flags"]), try read(map["not_flagged"]))
    }

    /// Ingests the articles in order into an empty in-memory ledger with every rule active and
    /// compares the flags raised with the expectations.
    public static func run(
        folder: RulesFolder, articles: [CorpusArticle], expected: [Expectation],
        notFlagged: [Expectation]
    ) throws -> FlagEvaluation {
        let ledger = try Ledger.inMemory()
        let evaluator = RulesFolder.evaluator(folder.engine())
        var articleOfClaim: [Int64: String] = [:]
        var actorOfClaim: [Int64: String] = [:]
        var findings: [Finding] = []
        var seen = Set<String>()
        for item in articles {
            let outcome = try ledger.ingest(
                item.article, claims: folder.extractor.claims(in: item.article), runID: nil,
                evaluate: evaluator)
            for claim in outcome.claims {
                articleOfClaim[claim.id] = item.key
                if let actor = claim.claim.actor { actorOfClaim[claim.id] = actor }
            }
            for finding in outcome.findings where seen.insert(finding.fingerprint).inserted {
                findings.append(finding)
            }
        }
        var result = FlagEvaluation()
        result.raised = findings.map { finding in
            Raised(
                finding: finding, articles: Set(finding.claimIDs.compactMap { articleOfClaim[$0] }),
                actors: Set(finding.claimIDs.compactMap { actorOfClaim[$0] }))
        }
        for expectation in expected {
            if result.raised.contains(where: expectation.matches) {
                result.found.append(expectation)
            } else {
                result.missed.append(expectation)
            }
        }
        result.unexpected = result.raised.filter { raised in
            !expected.contains { $0.matches(raised) }
        }
        for expectation in notFlagged {
            for raised in result.raised where expectation.matches(raised) {
                result.forbidden.append((expectation, raised))
            }
        }
        return result
    }
}
