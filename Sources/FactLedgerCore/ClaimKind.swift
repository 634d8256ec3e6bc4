/// The two kinds of claims FactLedger extracts.
public enum ClaimKind: String, Sendable, Codable, CaseIterable {
    /// A figure about a topic: "over 200 hostages are held".
    case numeric
    /// An actor's position on a topic: "Israel opposes more fuel into Gaza".
    case stance
}
