import FactLedgerCore

/// What deriving disputes changed in the ledger, or, in a dry run, would change.
public struct DisputeChanges: Sendable {
    /// What happened to one dispute.
    public enum Change: String, Sendable {
        /// It was not stored and now is.
        case opened
        /// Its claims, level, state or explanation changed.
        case changed
        /// It is stored and nothing about it changed (listed in dry runs only).
        case unchanged
        /// It no longer follows from the claims and has reviews: kept, closed as superseded.
        case closed
        /// It no longer follows from the claims and nobody reviewed it: removed.
        case removed
    }

    /// One dispute and what happened to it.
    public struct Entry: Sendable {
        /// The dispute as derived now (as stored, for `closed` and `removed`).
        public var dispute: Dispute
        /// Its stored id, when it has one.
        public var id: Int64?
        /// What happened.
        public var change: Change
        /// Every claim taking part and its side.
        public var participants: [Int64: Int]
        /// The level it had before, when it was stored.
        public var previousLevel: Level?
        /// The state it had before, when it was stored.
        public var previousState: Dispute.State?
        /// Whether a claim that joined it reopened it after a dismissal.
        public var reopened: Bool
    }

    /// The entries, in the order derived.
    public var entries: [Entry] = []

    /// An empty set of changes.
    public init() {}

    /// How many disputes were opened live (not opened already superseded).
    public var opened: Int {
        entries.filter { $0.change == .opened && $0.dispute.state == .live }.count
    }

    /// The ids of the disputes opened.
    public var openedIDs: [Int64] {
        entries.compactMap { $0.change == .opened ? $0.id : nil }
    }
}
