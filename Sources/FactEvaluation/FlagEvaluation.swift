import FactIngest
import FactLedgerCore
import FactPipeline
import FactRules
import FactStore
import Foundation
import StrictYAML

/// Precision and recall of the rules against a hand-written list of the disagreements an
/// annotated corpus holds, and of those it must not be said to hold.
///
/// An expectation names a kind, a topic (facets and actor where given) and the articles whose
/// claims disagree. A flag (a stored dispute, live or superseded) matches it when it is of the
/// kind, topic, facets and actor, holds claims of every article named, and, when several are
/// named, puts them on different sides: the flag says those articles disagree.
public struct FlagEvaluation: Sendable {
    /// One expected (or forbidden) disagreement.
    public struct Expectation: Sendable {
        /// The rule kind.
        public var kind: String
        /// The topic.
        public var topic: String
        /// The facets, when given.
        public var facets: Facets?
        /// The actor, for stance kinds.
        public var actor: String?
        /// The article keys whose claims disagree.
        public var articles: Set<String>
        /// Why.
        public var note: String
        /// The line in the expectations file.
        public var line: Int?

        func matches(_ raised: Raised) -> Bool {
            guard raised.finding.kind == kind, raised.finding.topic == topic,
                facets.map({ $0 == raised.finding.facets }) ?? true,
                actor == nil || raised.finding.actor == actor || raised.actors.contains(actor!),
                articles.isSubset(of: raised.articles)
            else { return false }
            guard articles.count > 1 else { return true }
            // Every side any named article is on; two articles disagree only across sides.
            let sides = articles.map { raised.sides[$0] ?? [] }
            let union = sides.reduce(into: Set<Int>()) { $0.formUnion($1) }
            return union.count > 1
        }
    }

    /// A flag the rules raised, with the articles, actors and sides of its claims.
    public struct Raised: Sendable {
        /// The dispute.
        public var finding: Dispute
        /// The article keys of its claims.
        public var articles: Set<String>
        /// The actors of its claims.
        public var actors: Set<String>
        /// The sides each article's claims are on.
        public var sides: [String: Set<Int>]
    }

    /// Every flag raised.
    public var raised: [Raised] = []
    /// Expected disagreements that were flagged.
    public var found: [Expectation] = []
    /// Expected disagreements that were not.
    public var missed: [Expectation] = []
    /// Flags no expectation describes.
    public var unexpected: [Raised] = []
    /// Flags the file says must not be raised.
    public var forbidden: [(Expectation, Raised)] = []

    /// Flags that match an expectation / all flags.
    public var precision: Double {
        raised.isEmpty ? 1 : Double(raised.count - unexpected.count) / Double(raised.count)
    }
    /// Expectations flagged / all expectations.
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
                var facets: Facets?
                if let node = fields["facets"] {
                    var values: [String: String] = [:]
                    for (key, value) in try node.orderedMapping() {
                        values[key.text] = try value.string()
                    }
                    facets = Facets(values)
                }
                return Expectation(
                    kind: kind, topic: try fields["topic"]!.string(), facets: facets,
                    actor: try fields["actor"]?.string(),
                    articles: Set(try fields["articles"]!.strings()),
                    note: try fields["note"]?.string() ?? "",
                    line: item.line)
            }
        }
        return (try read(map["flags"]), try read(map["not_flagged"]))
    }

    /// Ingests the articles, in the order given, into an empty in-memory ledger with every rule
    /// active, and compares every flag it then holds with the expectations.
    public static func run(
        folder: RulesFolder, articles: [CorpusArticle], expected: [Expectation],
        notFlagged: [Expectation]
    ) throws -> FlagEvaluation {
        let ledger = try Ledger.inMemory()
        let engine = folder.engine()
        var articleOfClaim: [Int64: String] = [:]
        for item in articles {
            let outcome = try ledger.ingest(
                item.article, claims: folder.extractor.claims(in: item.article), runID: nil,
                deriver: engine)
            for claim in outcome.claims { articleOfClaim[claim.id] = item.key }
        }
        var result = FlagEvaluation()
        result.raised = try ledger.flagDetails().map { detail in
            var sides: [String: Set<Int>] = [:]
            for member in detail.flag.dispute.members {
                if let key = articleOfClaim[member.claimID] {
                    sides[key, default: []].insert(member.side)
                }
            }
            return Raised(
                finding: detail.flag.dispute, articles: Set(sides.keys),
                actors: Set(detail.claims.compactMap(\.claim.actor)), sides: sides)
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
