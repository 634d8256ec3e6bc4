import FactLedgerCore

/// Whose figures form one series: the outlet's, the speaker's, or everyone's.
public enum GroupBy: String, Sendable, Decodable, ParameterChoice {
    /// The outlet that published the claim.
    case source
    /// The speaker the claim is attributed to; claims with no speaker form no series.
    case speaker
    /// Every claim of the topic and facets.
    case any

    /// The voice of a group, when the group is one.
    func voice(_ group: String) -> Voice? {
        switch self {
        case .source: return .source(group)
        case .speaker: return .speaker(group)
        case .any: return nil
        }
    }

    /// The group of a claim, or nil when it has none.
    func key(_ claim: WindowClaim) -> String? {
        switch self {
        case .source: return claim.source
        case .speaker: return claim.speaker
        case .any: return ""
        }
    }
}
