/// How much a flag matters, from informational to critical.
public enum Level: String, Sendable, Codable, CaseIterable, Comparable {
    /// Worth knowing; needs no action.
    case info
    /// Minor.
    case low
    /// Worth a look.
    case medium
    /// Needs review before relying on the figure.
    case high
    /// Needs review now.
    case critical

    /// The rank used for ordering: info is 0, critical 4.
    public var rank: Int { Level.allCases.firstIndex(of: self) ?? 0 }

    /// The next level down, or the same at `info`.
    public var lowered: Level { Level.allCases[max(0, rank - 1)] }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
}
