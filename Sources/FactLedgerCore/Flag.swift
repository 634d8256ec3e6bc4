/// A stored dispute with its review state: what `factledger flags` lists and reviewers decide on.
public struct Flag: Sendable, Hashable {
    /// The flag's id.
    public var id: Int64
    /// The dispute.
    public var dispute: Dispute
    /// Where review stands, as reviewers left it.
    public var reviewStatus: FlagStatus
    /// The run that first derived it.
    public var runID: Int64?

    /// Creates a flag.
    public init(id: Int64, dispute: Dispute, reviewStatus: FlagStatus, runID: Int64?) {
        self.id = id
        self.dispute = dispute
        self.reviewStatus = reviewStatus
        self.runID = runID
    }

    /// The status shown: `superseded` once the disagreement no longer holds among the live
    /// claims, the review status otherwise.
    public var status: FlagStatus {
        dispute.state == .superseded ? .superseded : reviewStatus
    }

    /// The first publication day by which the disagreement could be seen.
    public var knownOn: Day { dispute.knownOn }
}
