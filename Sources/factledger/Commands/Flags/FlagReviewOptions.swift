import ArgumentParser
import FactLedgerCore
import FactStore
import Foundation

/// The arguments every review decision takes: which flag, why, and who decided.
struct FlagReviewOptions: ParsableArguments {
    @Argument(help: "The flag id.")
    var id: Int64

    @Option(help: "Why: the note kept in the review log.")
    var note: String

    @Option(help: "Who decided (default: $FACTLEDGER_REVIEWER, else $USER).")
    var by: String?

    /// What a decision without a reviewer says.
    static let missingReviewerMessage =
        "Say who decided: give --by NAME, or set $FACTLEDGER_REVIEWER (neither it nor $USER is set)."

    func validate() throws {
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--note must say why.")
        }
        if reviewer == nil { throw ValidationError(Self.missingReviewerMessage) }
    }

    /// The reviewer name in force: --by, else $FACTLEDGER_REVIEWER, else $USER.
    var reviewer: String? {
        let environment = ProcessInfo.processInfo.environment
        return [by, environment["FACTLEDGER_REVIEWER"], environment["USER"]]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
    }

    /// Records the decision and prints the flag's new status.
    func apply(_ action: Review.Action, ledger: LedgerOptions) throws {
        let ledger = try ledger.open()
        do {
            let review = try ledger.review(
                flagID: id, action: action, by: reviewer ?? "", note: note)
            Terminal.out(
                "flag \(id): \(action.resultingStatus.rawValue) by \(review.by) at \(review.at)\n")
        } catch let error as LedgerError {
            throw CommandFailure.badInput(error.description)
        }
    }
}
