import FactLedgerCore
import FactReports
import FactRules
import FactStore

/// Checks one article against the ledger with the real pipeline inside a rolled-back transaction.
public struct ArticleCheck: Sendable {
    /// The ledger.
    public let ledger: Ledger
    /// The rules folder.
    public let folder: RulesFolder

    /// Creates a check.
    public init(ledger: Ledger, folder: RulesFolder) {
        self.ledger = ledger
        self.folder = folder
    }

    /// What ingesting the article would store, and the disputes it would open, join or close;
    /// the ledger is left unchanged.
    public func run(_ article: Article, failOn: Level) throws -> CheckResult {
        let classifier = RelationClassifier(context: folder.context)
        var result = try ledger.dryRun(
            article, claims: folder.extractor.claims(in: article), deriver: folder.engine()
        ) { outcome, changes, history in
            let entries = try outcome.claims.map { claim in
                let found = try classifier.relateShowingAgreement(
                    WindowClaim(claim), history: history)
                return CheckResult.Entry(
                    claim: claim, relation: found.relation, related: found.related,
                    agreeing: found.agreeing)
            }
            var result = CheckResult(
                article: article, entries: entries,
                disputes: Self.disputes(changes, fresh: Set(outcome.claims.map(\.id))),
                failOn: failOn)
            if outcome.status == .unchanged {
                result.alreadyStored = CheckResult.StoredArticle(
                    articleID: outcome.articleID, version: outcome.version, flags: [])
            }
            return result
        }
        if let stored = result.alreadyStored {
            result.alreadyStored?.flags = try ledger.liveFlags(ofArticle: stored.articleID)
        }
        return result
    }

    /// The disputes the article would touch: those it opens, those its claims join, and those
    /// it closes (a correction).
    static func disputes(_ changes: DisputeChanges, fresh: Set<Int64>) -> [CheckResult.DisputeEntry]
    {
        changes.entries.compactMap { change in
            let sides = Array(Set(change.participants.filter { fresh.contains($0.key) }.values))
                .sorted()
            let closes =
                change.dispute.state == .superseded
                && (change.previousState == .live || change.previousState == nil)
            let effect: CheckResult.DisputeEntry.Effect
            switch change.change {
            case .opened: effect = closes ? .closes : .opens
            case .changed, .unchanged:
                if closes {
                    effect = .closes
                } else if !sides.isEmpty {
                    effect = .joins
                } else {
                    return nil
                }
            case .closed, .removed: effect = .closes
            }
            return CheckResult.DisputeEntry(
                dispute: change.dispute, id: change.id, effect: effect, articleSides: sides,
                previousLevel: change.previousLevel == change.dispute.level
                    ? nil : change.previousLevel)
        }
        .sorted {
            ($0.dispute.level, $1.dispute.identity) > ($1.dispute.level, $0.dispute.identity)
        }
    }
}
