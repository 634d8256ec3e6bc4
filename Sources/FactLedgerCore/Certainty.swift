/// How firmly a claim is put: asserted by the outlet, reported from someone, believed, …
public enum Certainty: String, Sendable, Codable, CaseIterable {
    /// Stated as fact by the article itself.
    case asserted
    /// Attributed to someone who said or reported it.
    case reported
    /// "believed to be", "thought to be".
    case believed
    /// "an estimated", "estimates put".
    case estimated
    /// "claimed", "alleged": contested by the wording itself.
    case claimed
    /// Stated as denied by the speaker.
    case denied

    /// Whether the wording itself hedges the claim (believed, estimated, claimed, denied).
    public var isHedged: Bool {
        switch self {
        case .asserted, .reported: return false
        default: return true
        }
    }
}
