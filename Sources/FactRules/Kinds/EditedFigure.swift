import FactLedgerCore

/// Flags a figure that a new version of an article states differently from the version before.
///
/// A silently edited number is exactly what a reviewer wants to hear about. The disputes the
/// old figure took part in, and that the edit removed, are superseded by the new version and
/// linked from this one.
public struct EditedFigure: RuleKind {
    public static let name = "edited_figure"
    public static let summary =
        "a new version of an article states a different figure than the version before"
    public static let comparesVersions = true

    /// The parameters of `edited_figure`.
    public struct Parameters: RuleParameterSet {
        /// How far a figure may move and still be the same figure.
        public var tolerance = Tolerance.none
        /// The topics looked at.
        public var topics = TopicFilter.all

        public init() {}
    }

    public let parameters: Parameters

    public init(parameters: Parameters) {
        self.parameters = parameters
    }

    public func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey? {
        claim.kind == .numeric && parameters.topics.includes(claim.topic)
            ? DisputeKey(articleID: claim.articleID) : nil
    }

    public func windows(
        _ keys: [DisputeKey: [WindowClaim]], history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        try keys.flatMap { key, changed in
            try windows(
                key, days: Set(changed.map(\.asOf)), history: history, context: context,
                ruleID: ruleID)
        }
    }

    /// The windows of one key.
    func windows(
        _ key: DisputeKey, days: Set<Day>, history: any DisputeHistory, context: RuleContext,
        ruleID: String
    ) throws -> [RuleWindow] {
        guard let articleID = key.articleID else { return [] }
        let article = try history.versions(ofArticle: articleID)
        guard article.versions.count > 1 else { return [] }
        return [
            RuleWindow(
                key: key,
                region: DisputeRegion(
                    prefix: Dispute.identityPrefix(
                        ruleID: ruleID, article: article.ref, scope: article.source, topic: nil,
                        facets: nil, tally: nil),
                    days: nil),
                claims: article.versions.flatMap(\.claims),
                article: article)
        ]
    }

    public func findings(in window: RuleWindow, among claims: [WindowClaim], context: RuleContext)
        -> [Finding]
    {
        guard let article = window.article else { return [] }
        let byVersion = Dictionary(grouping: claims, by: \.articleID)
        let versions = article.versions.map { version in
            (
                number: version.number,
                claims: (byVersion[version.articleID] ?? []).sorted { $0.id < $1.id }
            )
        }
        var findings: [Finding] = []
        for ((oldNumber, old), (newNumber, new)) in zip(versions, versions.dropFirst()) {
            var used = Set<Int64>()
            for claim in new
            where claim.kind == .numeric && parameters.topics.includes(claim.topic) {
                guard let quantity = claim.quantity else { continue }
                let candidates = old.filter {
                    $0.kind == .numeric && $0.topic == claim.topic && $0.facets == claim.facets
                        && !used.contains($0.id)
                }
                // Unchanged figures pair off first, so only a figure with no equal counterpart
                // is an edit.
                if let same = candidates.first(where: {
                    $0.quantity.map { quantity.statesSame(as: $0, tolerance: parameters.tolerance) }
                        ?? false
                }) {
                    used.insert(same.id)
                    continue
                }
                guard let previous = candidates.first else { continue }
                used.insert(previous.id)
                let label = "v\(oldNumber)→v\(newNumber)"
                findings.append(
                    Finding(
                        topic: claim.topic, facets: claim.facets, scope: claim.source,
                        article: window.article?.ref,
                        episode: Episode(
                            from: previous.published, through: claim.published, label: label),
                        sides: [[previous], [claim]],
                        compared: [
                            "Version \(oldNumber) stated \(DayFigure.describe(previous)); version \(newNumber) states \(DayFigure.describe(claim))."
                        ],
                        knownOn: claim.published))
            }
        }
        return findings
    }
}
