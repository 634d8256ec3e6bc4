import FactLedgerCore

/// A disagreement a kind found among a window's claims, before the rule gives it a level, a
/// message and its explanation.
public struct Finding: Sendable {
    /// The topic.
    public var topic: String
    /// The facets.
    public var facets: Facets
    /// The kind of figure compared.
    public var tally: Tally?
    /// The actor, speaker or outlet.
    public var scope: String?
    /// For disputes within one article, its ref.
    public var article: String?
    /// The day, step or edit.
    public var episode: Episode
    /// The claims on each side, each side's representative first (the message names the
    /// representatives `a`, `b`, …); the rest in any order.
    public var sides: [[WindowClaim]]
    /// The sides listed whole however long they are: a conflict lists every claim that
    /// disagrees; other sides list their first claims and count the rest.
    public var completeSides: Set<Int>
    /// What was compared and why it disagrees.
    public var compared: [String]
    /// The first publication day by which the disagreement could be seen.
    public var knownOn: Day
    /// Extra values for the message (`sum`, `total`, `scope`).
    public var values: [String: String]

    /// Creates a finding; `knownOn` defaults to the latest of each side's earliest publication.
    public init(
        topic: String, facets: Facets = Facets(), tally: Tally? = nil, scope: String? = nil,
        article: String? = nil, episode: Episode, sides: [[WindowClaim]],
        completeSides: Set<Int> = [], compared: [String], knownOn: Day? = nil,
        values: [String: String] = [:]
    ) {
        self.topic = topic
        self.facets = facets
        self.tally = tally
        self.scope = scope
        self.article = article
        self.episode = episode
        self.sides = sides
        self.completeSides = completeSides
        self.compared = compared
        self.knownOn =
            knownOn
            ?? sides.compactMap { $0.map(\.published).min() }.max() ?? episode.through
        self.values = values
    }

    /// Every claim taking part.
    public var claims: [WindowClaim] { sides.flatMap { $0 } }

    /// The identity of the dispute this finding becomes under a rule.
    func identity(ruleID: String) -> String {
        Dispute.identityPrefix(
            ruleID: ruleID, article: article, scope: scope, topic: topic, facets: facets,
            tally: tally) + Dispute.episodeKey(episode)
    }
}
