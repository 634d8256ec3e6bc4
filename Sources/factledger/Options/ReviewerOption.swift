import ArgumentParser
import Foundation

/// Who takes a decision that goes on the record (a review, a retraction): `--by`, else
/// `$FACTLEDGER_REVIEWER`, else `$USER`.
struct ReviewerOption: ParsableArguments {
    @Option(help: "Who decided (without it: $FACTLEDGER_REVIEWER, then $USER).")
    var by: String?

    /// What a decision without a reviewer says.
    static let missingReviewerMessage =
        "Say who decided: give --by NAME, or set $FACTLEDGER_REVIEWER (neither it nor $USER is set)."

    func validate() throws {
        if name == nil { throw ValidationError(Self.missingReviewerMessage) }
    }

    /// The name in force: --by, else $FACTLEDGER_REVIEWER, else $USER.
    var name: String? {
        let environment = ProcessInfo.processInfo.environment
        return [by, environment["FACTLEDGER_REVIEWER"], environment["USER"]]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
    }
}
