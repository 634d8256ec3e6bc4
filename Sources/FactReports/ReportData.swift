import FactLedgerCore

/// Everything the nightly report shows, gathered from the ledger as known through its last day.
public struct ReportData: Sendable {
    /// One figure's recent history.
    public struct Timeline: Sendable {
        /// The topic.
        public var topic: String
        /// The facets.
        public var facets: Facets
        /// Its claims through the report's last day, oldest first.
        public var claims: [StoredClaim]

        /// Creates a timeline.
        public init(topic: String, facets: Facets, claims: [StoredClaim]) {
            self.topic = topic
            self.facets = facets
            self.claims = claims
        }
    }

    /// One actor's current position on a topic and the different one before it.
    public struct StanceEntry: Sendable {
        /// The latest claim.
        public var current: StoredClaim
        /// The latest earlier claim with another polarity.
        public var previous: StoredClaim?

        /// Creates an entry.
        public init(current: StoredClaim, previous: StoredClaim?) {
            self.current = current
            self.previous = previous
        }
    }

    /// The first day covered.
    public var from: Day
    /// The last day covered.
    public var through: Day
    /// Article versions published in the period.
    public var articles: Int
    /// Sources that published in the period.
    public var sources: Int
    /// Claims published in the period.
    public var claims: Int
    /// Flags first knowable in the period, by level.
    public var newFlagCounts: [Level: Int]
    /// Open flags knowable by the last day, by level.
    public var openFlagCounts: [Level: Int]
    /// The open flag known longest.
    public var oldestOpen: Flag?
    /// The open flags to review first (most severe, newest), at most `listLimit` of them.
    public var openFlags: [FlagDetail]
    /// Informational flags of the period, at most `listLimit`.
    public var newInformational: [FlagDetail]
    /// Flags of the period that reviewers have already decided on, at most `listLimit`.
    public var reviewedFlags: [FlagDetail]
    /// The most flags any list shows; the rest are counted.
    public static let listLimit = 50
    /// Figures with claims in the period.
    public var timelines: [Timeline]
    /// The stance board.
    public var stances: [StanceEntry]

    /// Creates report data.
    public init(
        from: Day, through: Day, articles: Int, sources: Int, claims: Int,
        newFlagCounts: [Level: Int],
        openFlagCounts: [Level: Int], oldestOpen: Flag?, openFlags: [FlagDetail],
        newInformational: [FlagDetail],
        reviewedFlags: [FlagDetail], timelines: [Timeline], stances: [StanceEntry]
    ) {
        self.from = from
        self.through = through
        self.articles = articles
        self.sources = sources
        self.claims = claims
        self.newFlagCounts = newFlagCounts
        self.openFlagCounts = openFlagCounts
        self.oldestOpen = oldestOpen
        self.openFlags = openFlags
        self.newInformational = newInformational
        self.reviewedFlags = reviewedFlags
        self.timelines = timelines
        self.stances = stances
    }
}
