import FactLedgerCore

/// Extracts numeric and stance claims from an article, driven by the vocabulary.
public struct ClaimExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// The claims an article states, in text order.
    public func claims(in article: Article) -> [Claim] { [] }
}
