import FactLedgerCore

/// Everything the nightly report shows, gathered from the ledger as known through its last day.
public struct ReportData: Sendable {
    /// The claims of one kind of figure (running totals, levels, one day's counts, planned
    /// figures) for one topic and facets, published in the period, and its chart.
    public struct Timeline: Sendable {
        /// The topic.
        public var topic: String
        /// The facets.
        public var facets: Facets
        /// The kind of figure; nil when extraction did not say.
        public var tally: Tally?
        /// The rows shown, oldest first: every claim published in the period, or the latest
        /// `rowLimit` of them.
        public var claims: [StoredClaim]
        /// How many claims of the period are not shown, and the days they were published.
        public var omitted: (count: Int, from: Day, through: Day)?
        /// The chart: the figure most claims about each day agree on, for the days charted.
        public var chart: [(day: Day, value: Double)]
        /// How many earlier days with figures the chart leaves out.
        public var chartOmittedDays: Int

        /// The heading both formats give it: the topic, with its facets when it has any.
        public var title: String { topic + (facets.isEmpty ? "" : " (\(facets))") }

        /// The left-out rows' sentence both formats end the same way: how many, when
        /// published, "is" or "are" left out.
        public var omittedSentence: String? {
            guard let omitted else { return nil }
            let days =
                omitted.from == omitted.through
                ? "published \(omitted.from)"
                : "published \(omitted.from) to \(omitted.through)"
            return
                "\(NightlyReport.count(omitted.count, "earlier row")) \(days) \(omitted.count == 1 ? "is" : "are") left out"
        }

        /// Creates a timeline.
        public init(
            topic: String, facets: Facets, tally: Tally?, claims: [StoredClaim],
            omitted: (count: Int, from: Day, through: Day)? = nil,
            chart: [(day: Day, value: Double)] = [], chartOmittedDays: Int = 0
        ) {
            self.topic = topic
            self.facets = facets
            self.tally = tally
            self.claims = claims
            self.omitted = omitted
            self.chart = chart
            self.chartOmittedDays = chartOmittedDays
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

    /// A count of flags of one rule and level.
    public struct Count: Sendable, Hashable {
        /// The rule.
        public var ruleID: String
        /// The level.
        public var level: Level
        /// How many.
        public var count: Int

        /// Creates a count.
        public init(ruleID: String, level: Level, count: Int) {
            self.ruleID = ruleID
            self.level = level
            self.count = count
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
    /// The period of the report the "new" flags count from, when there was one.
    public var lastReport: (from: Day, through: Day)?
    /// Live flags raised since the last report, by rule and level.
    public var newCounts: [Count]
    /// The new flags listed, most severe first, at most `listLimit`.
    public var newFlags: [FlagDetail]
    /// Open flags raised before the last report, by rule and level: the backlog.
    public var backlogCounts: [Count]
    /// The backlog's most severe flags, at most `backlogShown`.
    public var backlog: [FlagDetail]
    /// The open flag known longest.
    public var oldestOpen: Flag?
    /// Flags closed since the last report (superseded), at most `listLimit`.
    public var closedFlags: [FlagDetail]
    /// How many flags were closed since the last report.
    public var closedCount: Int
    /// Flags of the period reviewers have already decided on, at most `listLimit`.
    public var reviewedFlags: [FlagDetail]
    /// Figures with claims in the period.
    public var timelines: [Timeline]
    /// The stance board.
    public var stances: [StanceEntry]
    /// Articles retracted since the last report, in the order retracted.
    public var retractions: [Retraction]
    /// The rules the ledger's disputes were derived with, the most recently used first, each
    /// with how many runs used it (nil: runs that did not record their rules).
    public var rulesUsed: [(rules: String?, runs: Int)]

    /// The most flags a list shows; the rest are counted.
    public static let listLimit = 50
    /// How many backlog flags are listed.
    public static let backlogShown = 10
    /// The most rows a timeline shows; the rest are counted with their dates.
    public static let rowLimit = 30
    /// How many days a chart covers, through the report's last day.
    public static let chartDays = 30

    /// Creates report data.
    public init(
        from: Day, through: Day, articles: Int, sources: Int, claims: Int,
        lastReport: (from: Day, through: Day)?, newCounts: [Count], newFlags: [FlagDetail],
        backlogCounts: [Count], backlog: [FlagDetail], oldestOpen: Flag?,
        closedFlags: [FlagDetail], closedCount: Int, reviewedFlags: [FlagDetail],
        timelines: [Timeline], stances: [StanceEntry], retractions: [Retraction] = [],
        rulesUsed: [(rules: String?, runs: Int)] = []
    ) {
        self.from = from
        self.through = through
        self.articles = articles
        self.sources = sources
        self.claims = claims
        self.lastReport = lastReport
        self.newCounts = newCounts
        self.newFlags = newFlags
        self.backlogCounts = backlogCounts
        self.backlog = backlog
        self.oldestOpen = oldestOpen
        self.closedFlags = closedFlags
        self.closedCount = closedCount
        self.reviewedFlags = reviewedFlags
        self.timelines = timelines
        self.stances = stances
        self.retractions = retractions
        self.rulesUsed = rulesUsed
    }
}
