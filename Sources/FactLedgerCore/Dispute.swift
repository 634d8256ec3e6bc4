/// A disagreement a rule found among the live claims, with everything that identifies it.
///
/// Its identity is the rule, the topic, the facets, the kind of figure compared, the actor,
/// speaker, outlet or article it is scoped to, and an episode: a day, the step between two days
/// of a series, or the step between two versions of an article. Claims join and leave it as they
/// are stored or corrected; its state and level follow from the claims alone, so the same claims
/// give the same disputes whatever order they arrived in.
public struct Dispute: Sendable, Hashable {
    /// One claim taking part, and the side it is on.
    public struct Member: Sendable, Hashable, Codable {
        /// The claim's id.
        public var claimID: Int64
        /// 0 for the first side (the figure most agree on, the earlier step, the total), 1, 2, …
        /// for the others.
        public var side: Int

        /// Creates a member.
        public init(claimID: Int64, side: Int) {
            self.claimID = claimID
            self.side = side
        }
    }

    /// Whether the disagreement still holds among the live claims.
    public enum State: String, Sendable, Codable, CaseIterable {
        /// The live claims disagree.
        case live
        /// The disagreement rested on a claim that a later version of its article replaced, or
        /// no longer follows from the claims.
        case superseded
    }

    /// The id of the rule that found it.
    public var ruleID: String
    /// The rule's kind (its evaluator).
    public var kind: String
    /// How much it matters, after the adjustments the explanation lists.
    public var level: Level
    /// The topic.
    public var topic: String
    /// The facets.
    public var facets: Facets
    /// The kind of figure compared, for rules that compare one kind at a time.
    public var tally: Tally?
    /// The actor, speaker or outlet it is scoped to, when it is.
    public var scope: String?
    /// For disputes within one article, the article's id or url as given.
    public var article: String?
    /// The day, step or edit it is about.
    public var episode: Episode
    /// The claims taking part, those the message names first (`a`, `b`, …).
    public var members: [Member]
    /// The rendered message.
    public var message: String
    /// Why it exists and why its level is what it is.
    public var explanation: Explanation
    /// The first publication day by which the disagreement could be seen.
    public var knownOn: Day
    /// Live, or superseded.
    public var state: State
    /// The article version whose correction removed the disagreement, when one did.
    public var supersededBy: Int64?

    /// Creates a dispute.
    public init(
        ruleID: String, kind: String, level: Level, topic: String, facets: Facets = Facets(),
        tally: Tally? = nil, scope: String? = nil, article: String? = nil, episode: Episode,
        members: [Member], message: String, explanation: Explanation = Explanation(),
        knownOn: Day, state: State = .live, supersededBy: Int64? = nil
    ) {
        self.ruleID = ruleID
        self.kind = kind
        self.level = level
        self.topic = topic
        self.facets = facets
        self.tally = tally
        self.scope = scope
        self.article = article
        self.episode = episode
        self.members = members
        self.message = message
        self.explanation = explanation
        self.knownOn = knownOn
        self.state = state
        self.supersededBy = supersededBy
    }

    /// The most claims a dispute lists on one side (a conflict lists every claim that
    /// disagrees); the explanation counts the rest.
    public static let shownPerSide = 12

    /// The claim ids, in member order.
    public var claimIDs: [Int64] { members.map(\.claimID) }

    /// For stance disputes, the actor they are about.
    public var actor: String? { kind.hasPrefix("stance") ? scope : nil }

    /// The identity: rule, article, scope, topic, facets, tally, then the episode, so that the
    /// disputes of one rule and key sort by day (a region is a range of identities).
    public var identity: String {
        Dispute.identityPrefix(
            ruleID: ruleID, article: article, scope: scope, topic: topic, facets: facets,
            tally: tally) + Dispute.episodeKey(episode)
    }

    /// The part of the identity before the episode.
    public static func identityPrefix(
        ruleID: String, article: String?, scope: String?, topic: String?, facets: Facets?,
        tally: Tally?
    ) -> String {
        var out = clean(ruleID) + separator + clean(article ?? "") + separator + clean(scope ?? "")
        out += separator
        guard let topic else { return out }
        out += clean(topic) + separator + clean(facets?.canonical ?? "") + separator
        out += (tally?.rawValue ?? "") + separator
        return out
    }

    /// The episode's part of the identity: first day, last day, label.
    public static func episodeKey(_ episode: Episode) -> String {
        "\(episode.from)\(separator)\(episode.through)\(separator)\(clean(episode.label))"
    }

    /// Separates the parts of an identity; never part of a name.
    public static let separator = "\u{1F}"

    private static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{1F}") else { return text }
        return String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{1F}" ? " " : $0 }))
    }
}
