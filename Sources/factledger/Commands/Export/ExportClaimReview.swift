import ArgumentParser
import FactLedgerCore
import FactReports
import FactStore

extension FactLedgerCommand.Export {
    /// `factledger export claimreview`.
    struct ClaimReview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claimreview",
            abstract:
                "Export each confirmed or resolved dispute as schema.org ClaimReview JSON-LD.",
            discussion: """
                One JSON array: for each dispute whose review status is confirmed or resolved, a \
                ClaimReview of its message, with the articles of its claims as the claim's \
                appearances, the last decision's note as reviewBody, its reviewer as author and a \
                rating of 1 (confirmed: Disputed) or 3 (resolved: Resolved) out of 1 to 3.
                """)

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            let ledger = try self.ledger.open()
            var reviews: [(id: Int64, object: JSONValue)] = []
            for status in [FlagStatus.confirmed, .resolved] {
                for detail in try ledger.flagDetails(FlagFilter(status: status)) {
                    if let object = ClaimReviewJSON.object(detail) {
                        reviews.append((detail.flag.id, object))
                    }
                }
            }
            reviews.sort { $0.id < $1.id }
            Terminal.out(JSONValue.array(reviews.map(\.object)).text + "\n")
        }
    }
}
