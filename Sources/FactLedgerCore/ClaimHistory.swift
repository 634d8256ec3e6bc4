/// Read access to the stored claims, as rule evaluators need it.
///
/// The ledger implements it over SQLite with index-backed queries; tests implement it over
/// arrays. Every method returns claims in publication order, then id order.
public protocol ClaimHistory {
    /// Numeric claims on a topic with exactly these facets, published within the days given.
    func numericClaims(topic: String, facets: Facets, from: Day, through: Day) throws -> [StoredClaim]
    /// Stance claims on a topic by any of the actors, published within the days given.
    func stanceClaims(topic: String, actors: [String], from: Day, through: Day) throws -> [StoredClaim]
    /// The claims of the version before the given article version, when there is one.
    func previousVersionClaims(ofArticle articleID: Int64) throws -> [StoredClaim]
}
