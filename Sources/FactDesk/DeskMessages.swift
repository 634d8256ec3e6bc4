/// What the desk tells people, in one place.
enum DeskMessages {
    static let missingToken =
        "This form was not sent by a page of this desk (its security token is missing or wrong). Reload the page and try again."
    static let readOnly =
        "This desk was started with --read-only: it shows the ledger but records no decision. Use `factledger flags confirm|dismiss|resolve|reopen` or start `factledger serve` without --read-only."
    static let tooLarge = "The request body is larger than the desk accepts (1 MB)."
    static let notFound = "There is no such page."
    static let methodNotAllowed = "This address does not take that method."
    static let missingNote = "Say why: the note is kept in the review log."
    static let missingReviewer = "Say who decided: give the reviewer's name."
    static let unknownAction = "Choose confirm, dismiss, resolve or reopen."
    static let badVersion =
        "The form does not say which review log it was made from; reload the dispute."
    static let missingText = "Paste the article's text."
    static let missingTopic = "Name a topic."
    static func unknownDispute(_ id: Int64) -> String { "There is no dispute \(id)." }
    static func conflict(_ detail: String) -> String {
        "Another decision was recorded on this dispute after you opened it, so yours was not: \(detail). Reload the dispute, read the other decision, and decide again."
    }
    static func badFilter(_ name: String, _ value: String, _ allowed: String) -> String {
        "'\(value)' is not a valid \(name); use \(allowed)."
    }
}
