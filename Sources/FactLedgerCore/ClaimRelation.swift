/// How a fresh claim relates to a stored one.
public enum ClaimRelation: String, Sendable, Codable, CaseIterable {
    /// Nothing comparable is stored.
    case new
    /// Agrees with a stored claim.
    case confirms
    /// Agrees and narrows the interval.
    case refines
    /// The same source says something different at a later date.
    case updates
    /// Cannot both be true.
    case conflicts
}
