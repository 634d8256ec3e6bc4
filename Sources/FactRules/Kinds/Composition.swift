import FactLedgerCore

/// Flags stated parts that add up to more than their stated total, or, for an exhaustive list,
/// to anything other than the total.
///
/// "50 hostages, including 30 children and 25 women" cannot be right; neither can "24 freed:
/// 13 Israelis and 10 Thais". The dispute belongs to the article: a corrected version that
/// fixes the sum supersedes it.
public struct Composition: RuleKind {
    public static let name = "composition"
    public static let summary =
        "parts listed with a total add up to more than it (or, exhaustively, differ from it)"

    /// The parameters of `composition`.
    public struct Parameters: RuleParameterSet {
        /// How far the sum may pass the total and still agree.
        public var tolerance = Tolerance.none
        /// The topics looked at (the total's).
        public var topics = TopicFilter.all

        public init() {}
    }

    public let parameters: Parameters

    public init(parameters: Parameters) {
        self.parameters = parameters
    }

    public func key(of claim: WindowClaim, context: RuleContext) -> DisputeKey? {
        claim.wholeIndex == nil ? nil : DisputeKey(articleID: claim.articleID)
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
        var findings: [Finding] = []
        // Each version's claims in text order: a part's `wholeIndex` counts within its version.
        for version in Dictionary(grouping: claims, by: \.articleID).values {
            let ordered = version.sorted { $0.id < $1.id }
            var parts: [Int: [WindowClaim]] = [:]
            for claim in ordered {
                if let whole = claim.wholeIndex { parts[whole, default: []].append(claim) }
            }
            for (wholeIndex, members) in parts.sorted(by: { $0.key < $1.key }) {
                guard wholeIndex < ordered.count else { continue }
                let whole = ordered[wholeIndex]
                guard parameters.topics.includes(whole.topic), let total = whole.quantity else {
                    continue
                }
                let low = members.reduce(0) { $0 + ($1.quantity?.low ?? 0) }
                let high = members.reduce(0) { $0 + ($1.quantity?.high ?? 0) }
                let slack = max(
                    parameters.tolerance.absolute, parameters.tolerance.relative * total.anchor)
                let exhaustive = members.contains { $0.partsAreExhaustive }
                let tooMany = low > total.high + slack
                let tooFew = exhaustive && high < total.low - slack
                guard tooMany || tooFew else { continue }
                let sum = NumberFormatting.grouped(low)
                findings.append(
                    Finding(
                        topic: whole.topic, facets: whole.facets, scope: whole.source,
                        article: window.article?.ref, episode: .day(whole.published),
                        sides: [[whole], members],
                        compared: [
                            "The total is \(DayFigure.describe(whole)); its \(members.count) parts (\(members.map(\.valueText).joined(separator: ", "))) add up to \(sum)\(tooMany ? ", more than the total" : ", not the total, and the list is meant to be complete")\(slack > 0 ? " beyond the slack of \(DayFigure.number(slack))" : "")."
                        ],
                        knownOn: whole.published, values: ["sum": sum, "total": total.text]))
            }
        }
        return findings
    }
}
