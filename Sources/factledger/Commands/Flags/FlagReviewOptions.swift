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

    @OptionGroup var reviewer: ReviewerOption

    func validate() throws {
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--note must say why.")
        }
    }

    /// Records the decision and prints the flag's new status.
    func apply(_ action: Review.Action, ledger: LedgerOptions) throws {
        let ledger = try ledger.open()
        do {
            let review = try ledger.review(
                flagID: id, action: action, by: reviewer.name ?? "", note: note)
            Terminal.out(
                "flag \(id): \(action.resultingStatus.rawValue) by \(review.by) at \(review.at)\n")
        } catch let error as LedgerError {
            throw CommandFailure.badInput(error.description)
        }
    }
}
