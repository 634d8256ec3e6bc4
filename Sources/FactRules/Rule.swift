import FactLedgerCore

/// One check from `Rules/checks/`: what to look for, how severe it is, and examples that prove it.
public struct Rule: Sendable {
    /// Where a rule is in its life.
    public enum Status: String, Sendable, CaseIterable {
        case experimental, test, stable, deprecated
    }

    /// The unique id.
    public var id: String
    /// A short title.
    public var title: String
    /// What the rule catches and why it matters.
    public var description: String
    /// The level of its flags before any adjustment.
    public var level: Level
    /// Its life-cycle status; deprecated rules are loaded but not run.
    public var status: Status
    /// The evaluator.
    public var kind: any RuleKind
    /// The message template.
    public var message: MessageTemplate
    /// Situations where a flag is likely a false alarm.
    public var falsePositives: [String]
    /// Whether a side made only of hedged claims (believed, estimated, claimed, denied) lowers
    /// the level by one.
    public var lowerIfHedged: Bool
    /// Examples that must raise the rule's flag.
    public var triggerExamples: [RuleExample]
    /// Examples that must not.
    public var passExamples: [RuleExample]
    /// The file it came from.
    public var file: String
    /// The line of its `id`.
    public var line: Int?

    /// The kind's name.
    public var kindName: String { type(of: kind).name }

    /// The parameters in force, as the explanation lists them.
    public var parameterEntries: [Explanation.Parameter] {
        var entries = kind.parameters.entries
        if lowerIfHedged { entries.append(.init(name: "lower_if_hedged", value: "true")) }
        return entries
    }

    /// The regions of this rule's disputes the changed claims touch, each derived whole.
    public func derive(
        _ changed: [WindowClaim], history: any DisputeHistory, context: RuleContext
    ) throws -> [DerivedRegion] {
        var keys: [DisputeKey: [WindowClaim]] = [:]
        for claim in changed {
            if let key = kind.key(of: claim, context: context) {
                keys[key, default: []].append(claim)
            }
        }
        var seen = Set<DisputeRegion>()
        var regions: [DerivedRegion] = []
        for window in try kind.windows(keys, history: history, context: context, ruleID: id)
        where seen.insert(window.region).inserted {
            regions.append(try derive(window, history: history, context: context))
        }
        return regions
    }

    /// The disputes of one window: those of its live claims, and those that rested on a claim a
    /// later version of its article replaced (superseded by that version).
    func derive(_ window: RuleWindow, history: any DisputeHistory, context: RuleContext) throws
        -> DerivedRegion
    {
        var disputes: [Dispute] = []
        var participants: [String: [Int64: Int]] = [:]
        func add(_ finding: Finding, state: Dispute.State, supersededBy: Int64?) throws {
            let dispute = try self.dispute(
                finding, state: state, supersededBy: supersededBy, history: history)
            guard participants[dispute.identity] == nil else { return }
            var sides: [Int64: Int] = [:]
            for (side, claims) in finding.sides.enumerated() {
                for claim in claims where sides[claim.id] == nil { sides[claim.id] = side }
            }
            participants[dispute.identity] = sides
            disputes.append(dispute)
        }
        if type(of: kind).comparesVersions {
            for finding in kind.findings(in: window, among: window.claims, context: context) {
                // Versions compared stay in the record, unless the article was retracted.
                let retracted = finding.claims.first(where: \.isRetracted)
                try add(
                    finding, state: retracted == nil ? .live : .superseded,
                    supersededBy: retracted?.articleID)
            }
            return DerivedRegion(
                region: window.region, disputes: disputes, participants: participants)
        }
        let live = window.claims.filter(\.isLive)
        for finding in kind.findings(in: window, among: live, context: context) {
            try add(finding, state: .live, supersededBy: nil)
        }
        // Each replaced or retracted version, the latest first, put back in place of its
        // article's latest version: what it disagreed with that the live claims do not is
        // superseded (by the later version, or by the retraction).
        let replaced = Dictionary(grouping: window.claims.filter { !$0.isLive }, by: \.articleID)
        for (_, claims) in replaced.sorted(by: { $0.key > $1.key }) {
            let latest = claims[0].latestVersion
            let ids = Set(claims.map(\.id))
            let substituted = live.filter { $0.articleID != latest } + claims
            for finding in kind.findings(in: window, among: substituted, context: context)
            where finding.claims.contains(where: { ids.contains($0.id) }) {
                try add(finding, state: .superseded, supersededBy: claims[0].replacedBy)
            }
        }
        return DerivedRegion(region: window.region, disputes: disputes, participants: participants)
    }

    /// The dispute a finding becomes: its level with the adjustments, its message and its
    /// explanation.
    func dispute(
        _ finding: Finding, state: Dispute.State, supersededBy: Int64?,
        history: any DisputeHistory
    ) throws -> Dispute {
        var level = self.level
        var adjustments: [String] = []
        if lowerIfHedged,
            let side = finding.sides.first(where: { side in
                !side.isEmpty && side.allSatisfy { $0.certainty.isHedged }
            })
        {
            let lowered = level.lowered
            let hedges = side.prefix(3).map { "\($0.source): \($0.certainty.rawValue)" }
            adjustments.append(
                "lowered from \(level.rawValue) to \(lowered.rawValue): every claim on one side is hedged (\(hedges.joined(separator: ", ")))"
            )
            level = lowered
        }
        var compared = finding.compared
        var members: [Dispute.Member] = []
        for (index, side) in finding.sides.enumerated() {
            // The representative, then the side's first claims in content order, or all of
            // them for a side listed whole.
            let complete = finding.completeSides.contains(index)
            let shown =
                complete
                ? side
                : side.prefix(1)
                    + WindowClaim.first(Dispute.shownPerSide - 1, of: side.dropFirst())
            members += shown.map { Dispute.Member(claimID: $0.id, side: index) }
            if !complete, side.count > Dispute.shownPerSide {
                compared.append(
                    "Side \(index + 1) lists \(Dispute.shownPerSide) of its \(side.count) claims.")
            }
        }
        let named = finding.sides.compactMap(\.first)
        var values = finding.values
        values["count"] = String(finding.claims.count)
        let quotes = message.showsQuotes ? try history.quotes(named.map(\.id)) : [:]
        return Dispute(
            ruleID: id, kind: kindName, level: level, topic: finding.topic,
            facets: finding.facets, tally: finding.tally, scope: finding.scope,
            article: finding.article, episode: finding.episode, members: members,
            message: message.render(
                MessageTemplate.Subject(
                    claims: named, topic: finding.topic, facets: finding.facets, values: values,
                    quotes: quotes)),
            explanation: Explanation(
                parameters: parameterEntries, compared: compared, adjustments: adjustments),
            knownOn: finding.knownOn, state: state, supersededBy: supersededBy)
    }
}

/// One example of a rule file: small articles ingested in order.
public struct RuleExample: Sendable {
    /// One article of an example.
    public struct Article: Sendable {
        /// The outlet.
        public var source: String
        /// The publication day.
        public var date: Day
        /// The text.
        public var text: String
        /// The url, to make several texts versions of one article.
        public var url: String?
    }

    /// The articles, in ingest order.
    public var articles: [Article]
    /// The line the example starts on.
    public var line: Int?
}
