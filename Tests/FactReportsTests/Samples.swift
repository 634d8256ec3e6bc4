import FactLedgerCore
import FactReports

/// Hand-made ledger content for report tests, including hostile text.
enum Samples {
    static func numeric(
        _ id: Int64, _ source: String, _ date: String, _ quantity: Quantity, quote: String,
        speaker: String? = nil, topic: String = "hostages.held", url: String? = nil,
        tally: Tally? = .level
    ) -> StoredClaim {
        let day = Day(iso: date)!
        return StoredClaim(
            id: id, articleID: id, source: source, published: day, ref: url ?? "a\(id).txt",
            url: url, version: 1,
            claim: Claim(
                kind: .numeric, topic: topic, speaker: speaker, quantity: quantity,
                certainty: speaker == nil ? .asserted : .reported, asOf: day, quote: quote,
                start: 0, end: quote.utf8.count, provenance: "numeric:test", tally: tally))
    }

    static func stance(
        _ id: Int64, _ source: String, _ date: String, _ actor: String, _ polarity: Polarity,
        topic: String
    ) -> StoredClaim {
        let day = Day(iso: date)!
        return StoredClaim(
            id: id, articleID: id, source: source, published: day, ref: "s\(id).txt", url: nil,
            version: 1,
            claim: Claim(
                kind: .stance, topic: topic, actor: actor, polarity: polarity, asOf: day,
                quote: "\(actor) on \(topic).", start: 0, end: 1, provenance: "stance:test"))
    }

    static let over200 = numeric(
        1, "Harbor Times", "2023-11-06",
        Quantity(low: 200, high: .infinity, best: nil, qualifier: .over),
        quote: "Over 200 hostages | held <script>alert(1)</script> in `Gaza`",
        url: "https://harbor.example/a")
    static let under150 = numeric(
        2, "Meridian Post", "2023-11-06", Quantity(low: 0, high: 150, best: nil, qualifier: .under),
        quote: "Fewer than 150 hostages ]] --> are held\n| x |", speaker: "IDF",
        url: "javascript:alert(1)")
    static let exact240 = numeric(
        3, "Northgate Herald", "2023-11-08", .exact(240), quote: "Hamas holds 240 hostages.")
    static let released = [
        numeric(
            7, "Harbor Times", "2023-11-07", .exact(24), quote: "In all, 24 hostages were freed.",
            topic: "hostages.released", tally: .cumulative),
        numeric(
            8, "Harbor Times", "2023-11-08", .exact(41), quote: "So far 41 hostages were freed.",
            topic: "hostages.released", tally: .cumulative),
        numeric(
            9, "Meridian Post", "2023-11-08", .exact(17), quote: "On Saturday 17 were freed.",
            topic: "hostages.released", tally: .event),
    ]

    static func flag(
        _ id: Int64, rule: String, kind: String, level: Level, message: String,
        claims: [StoredClaim], status: FlagStatus = .open, state: Dispute.State = .live,
        supersededBy: Int64? = nil, explanation: Explanation = Explanation()
    ) -> FlagDetail {
        let last = claims.map(\.published).max()!
        let dispute = Dispute(
            ruleID: rule, kind: kind, level: level, topic: claims[0].claim.topic,
            tally: claims[0].claim.tally, episode: .day(last),
            members: claims.enumerated().map { Dispute.Member(claimID: $1.id, side: $0) },
            message: message, explanation: explanation, knownOn: last, state: state,
            supersededBy: supersededBy)
        return FlagDetail(
            flag: Flag(id: id, dispute: dispute, reviewStatus: status, runID: 1), claims: claims,
            reviews: [])
    }

    static let conflict = flag(
        1, rule: "numeric-conflict-across-sources", kind: "numeric_conflict", level: .medium,
        message: "Harbor Times reports over 200 but Meridian Post reports fewer than 150 <b>",
        claims: [over200, under150],
        explanation: Explanation(
            parameters: [
                .init(name: "window_days", value: "2"),
                .init(name: "tolerance", value: "5 % or 2, whichever is larger"),
            ],
            compared: [
                "About 2023-11-06, the figure most claims agree on is over 200 (Harbor Times): agreeing: 1 claim from 1 outlet; disagreeing: 1 claim from 1 outlet.",
                "fewer than 150 (Meridian Post, citing IDF) lies 50 below over 200 (Harbor Times), beyond the slack of 10.",
            ],
            adjustments: [
                "lowered from high to medium: every claim on one side is hedged (Meridian Post: believed)"
            ]))

    static func change(_ id: Int64) -> FlagDetail {
        flag(
            id, rule: "numeric-change-by-speaker", kind: "numeric_change", level: .info,
            message: "IDF: hostages.held went from 239 to 240", claims: [under150, exact240])
    }

    static var reviewed: FlagDetail {
        var detail = flag(
            4, rule: "numeric-change-by-speaker", kind: "numeric_change", level: .info,
            message: "IDF: hostages.held went from 150 to 240", claims: [under150, exact240],
            status: .dismissed)
        detail.reviews = [
            Review(
                flagID: 4, action: .dismiss, by: "ana", at: "2023-11-09T08:00:00Z",
                note: "routine update | fine")
        ]
        return detail
    }

    static let closed = flag(
        5, rule: "numeric-conflict-across-sources", kind: "numeric_conflict", level: .high,
        message: "Harbor Times reports 200 but Crossroads Radio reports 20",
        claims: [exact240, over200], state: .superseded, supersededBy: 12)

    static var report: ReportData {
        ReportData(
            from: Day(iso: "2023-11-06")!, through: Day(iso: "2023-11-08")!, articles: 3,
            sources: 3, claims: 5,
            lastReport: (Day(iso: "2023-11-01")!, Day(iso: "2023-11-05")!),
            newCounts: [
                .init(ruleID: "numeric-conflict-across-sources", level: .medium, count: 1),
                .init(ruleID: "numeric-change-by-speaker", level: .info, count: 2),
            ],
            newFlags: [conflict, change(2), change(3)],
            backlogCounts: [
                .init(ruleID: "numeric-conflict-across-sources", level: .high, count: 3),
                .init(ruleID: "stance-reversal", level: .medium, count: 1),
            ],
            backlog: [closed], oldestOpen: conflict.flag, closedFlags: [closed], closedCount: 1,
            reviewedFlags: [reviewed],
            timelines: [
                ReportData.Timeline(
                    topic: "hostages.held", facets: Facets(), tally: .level,
                    claims: [over200, under150, exact240, exact240],
                    omitted: (4, Day(iso: "2023-11-06")!, Day(iso: "2023-11-07")!),
                    chart: [(Day(iso: "2023-11-06")!, 200), (Day(iso: "2023-11-08")!, 240)],
                    chartOmittedDays: 2),
                ReportData.Timeline(
                    topic: "hostages.released", facets: Facets(), tally: .cumulative,
                    claims: Array(released.prefix(2)),
                    chart: [(Day(iso: "2023-11-07")!, 24), (Day(iso: "2023-11-08")!, 41)]),
                ReportData.Timeline(
                    topic: "hostages.released", facets: Facets(), tally: .event,
                    claims: [released[2]], chart: [(Day(iso: "2023-11-08")!, 17)]),
            ],
            stances: [
                ReportData.StanceEntry(
                    current: stance(
                        4, "Harbor Times", "2023-11-08", "Israel", .support, topic: "fuel.entry"),
                    previous: stance(
                        5, "Harbor Times", "2023-11-01", "Israel", .oppose, topic: "fuel.entry")),
                ReportData.StanceEntry(
                    current: stance(
                        6, "Meridian Post", "2023-11-07", "Qatar", .demand,
                        topic: "humanitarian_pause"), previous: nil),
            ])
    }
}
