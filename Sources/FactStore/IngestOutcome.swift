import FactLedgerCore

/// What storing one article did.
public struct IngestOutcome: Sendable {
    /// Whether the article was new, a new version of a known one, or unchanged.
    public enum Status: String, Sendable {
        /// First version of an article.
        case new
        /// A changed text for a known source and ref.
        case newVersion = "new version"
        /// The same content as the latest version: nothing stored.
        case unchanged
    }

    /// What happened.
    public var status: Status
    /// The stored version (the existing one when unchanged).
    public var articleID: Int64
    /// The version number.
    public var version: Int
    /// The claims stored for this version (none when unchanged).
    public var claims: [StoredClaim]
    /// The claims of the version this one replaced, which left the live record.
    public var replaced: [StoredClaim]
}
