import FactLedgerCore

/// A stretch of history one rule recomputes at once: the region of disputes it holds and every
/// claim those disputes depend on.
public struct RuleWindow: Sendable {
    /// The key.
    public var key: DisputeKey
    /// The disputes recomputed.
    public var region: DisputeRegion
    /// The claims, live and replaced.
    public var claims: [WindowClaim]
    /// For a window of one article, its versions (their claims are in `claims`).
    public var article: ArticleVersions?

    /// Creates a window.
    public init(
        key: DisputeKey, region: DisputeRegion, claims: [WindowClaim],
        article: ArticleVersions? = nil
    ) {
        self.key = key
        self.region = region
        self.claims = claims
        self.article = article
    }
}
