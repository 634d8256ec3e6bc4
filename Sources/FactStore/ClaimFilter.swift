import FactLedgerCore

/// Which claims a timeline lists: every condition given must hold.
public struct ClaimFilter: Sendable, Equatable {
    /// A topic (`hostages.held`) or a prefix (`hostages`, `hostages.*`).
    public var topic: String?
    /// A source's exact name; its aliases' claims are included, its aliases' names match too.
    public var source: String?
    /// Numeric or stance claims only.
    public var kind: ClaimKind?
    /// The actor's exact name.
    public var actor: String?
    /// The speaker's exact name.
    public var speaker: String?
    /// Published on or after this day.
    public var since: Day?
    /// Published on or before this day.
    public var until: Day?

    /// A filter; every condition is optional.
    public init(
        topic: String? = nil, source: String? = nil, kind: ClaimKind? = nil,
        actor: String? = nil, speaker: String? = nil, since: Day? = nil, until: Day? = nil
    ) {
        self.topic = topic
        self.source = source
        self.kind = kind
        self.actor = actor
        self.speaker = speaker
        self.since = since
        self.until = until
    }
}
