/// Read access to the stored claims as the rules need it: whole days of one figure or of one
/// actor's stances, the nearest day of a series, and the versions of one article.
///
/// Every claim is returned live or not (`WindowClaim.replacedBy`): the rules decide what a
/// replaced claim means. The ledger serves this from windows it loads once per batch and key;
/// tests serve it from arrays.
public protocol DisputeHistory {
    /// The numeric claims of a topic and facets about the days given, in no particular order.
    func figures(topic: String, facets: Facets, days: ClosedRange<Day>) throws -> [WindowClaim]
    /// The numeric claims of a topic and facets about the days given from one voice: an outlet
    /// or a speaker.
    func figures(topic: String, facets: Facets, days: ClosedRange<Day>, voice: Voice) throws
        -> [WindowClaim]
    /// The numeric claims of a topic and facets about one day published on another (or the same)
    /// day.
    func figures(topic: String, facets: Facets, about day: Day, published: Day) throws
        -> [WindowClaim]
    /// The stance claims of a topic by any of the actors published on the days given: a
    /// position is placed on the day the news reported it.
    func stances(topic: String, actors: [String], days: ClosedRange<Day>) throws -> [WindowClaim]
    /// The day nearest to `day` on one side (strictly before it, or strictly after it), at most
    /// `within` days away, about which a claim of the series (live or replaced) matches
    /// `accept`: for stances, the day it was published on.
    func nearestDay(
        _ series: Series, from day: Day, before: Bool, within: Int,
        where accept: (WindowClaim) -> Bool
    ) throws -> Day?
    /// Every version of the article an article version belongs to, with its claims.
    func versions(ofArticle articleID: Int64) throws -> ArticleVersions
    /// The quotes of claims, by id, for messages that show them.
    func quotes(_ ids: [Int64]) throws -> [Int64: String]
    /// Whether any stored claim was replaced by a later version of its article: when none was,
    /// there is no superseded dispute to look for.
    var hasReplacedClaims: Bool { get }
}

/// Who a figure comes from: the outlet that published it, or the speaker it is attributed to.
public enum Voice: Sendable, Hashable {
    /// An outlet.
    case source(String)
    /// A speaker.
    case speaker(String)

    /// Whether a claim comes from this voice.
    public func says(_ claim: WindowClaim) -> Bool {
        switch self {
        case .source(let name): return claim.source == name
        case .speaker(let name): return claim.speaker == name
        }
    }
}

/// The claims one series is drawn from: a figure's topic and facets, one voice's figures, or an
/// actor's stances.
public enum Series: Sendable, Hashable {
    /// Numeric claims of a topic and facets.
    case figure(topic: String, facets: Facets)
    /// Numeric claims of a topic and facets from one voice.
    case voice(topic: String, facets: Facets, voice: Voice)
    /// Stance claims of a topic by any of the actors, by day of publication.
    case stance(topic: String, actors: [String])
}

/// Every stored version of one article, oldest first, each with its claims.
public struct ArticleVersions: Sendable {
    /// One version.
    public struct Version: Sendable {
        /// The version's row id.
        public var articleID: Int64
        /// 1 for the first version.
        public var number: Int
        /// Its publication day.
        public var published: Day
        /// Its claims, in text order.
        public var claims: [WindowClaim]

        /// Creates a version.
        public init(articleID: Int64, number: Int, published: Day, claims: [WindowClaim]) {
            self.articleID = articleID
            self.number = number
            self.published = published
            self.claims = claims
        }
    }

    /// The outlet.
    public var source: String
    /// The article's id or url as given, else its path.
    public var ref: String
    /// The versions, oldest first.
    public var versions: [Version]

    /// Creates the versions of an article.
    public init(source: String, ref: String, versions: [Version]) {
        self.source = source
        self.ref = ref
        self.versions = versions
    }
}
