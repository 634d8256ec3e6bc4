import FactLedgerCore
import FactReports

/// Hand-made ledger content for report tests, including hostile text.
enum Samples {
    static func numeric(
        _ id: Int64, _ source: String, _ date: String, _ quantity: Quantity, quote: String,
        speaker: String? = nil,
        topic: String = "hostages.held", url: String? = nil
    ) -> StoredClaim {
        let day = Day(iso: date)!
        return StoredClaim(
            id: id, articleID: id, source: source, published: day, ref: url ?? "a\(id).txt",
            url: url, version: 1,
            claim: Claim(
                kind: .numeric, topic: topic, speaker: speaker, quantity: quantity,
                certainty: speaker == nil ? .asserted : .reported, asOf: day, quote: quote,
                start: 0, end: quote.utf8.count, provenance: "numeric:test"))
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
        2, "Meridian Post", "2023-11-07", Quantity(low: 0, high: 150, best: nil, qualifier: .under),
        quote: "Fewer than 150 hostages ]] --> are held\n| x |", speaker: "IDF",
        url: "javascript:alert(1)")
    static let exact240 = numeric(
        3, "Northgate Herald", "2023-11-08", .exact(240), quote: "Hamas holds 240 hostages.")

    static let conflict = FlagDetail(
        flag: Flag(
            id: 1,
            finding: Finding(
                ruleID: "numeric-conflict-across-sources", kind: "numeric_conflict", level: .high,
                topic: "hostages.held",
                message:
                    "Harbor Times reports over 200 but Meridian Post reports fewer than 150 <b>",
                claimIDs: [1, 2], knownOn: Day(iso: "2023-11-07")!),
            status: .open, runID: 1),
        claims: [over200, under150], reviews: [])

    static let change = FlagDetail(
        flag: Flag(
            id: 2,
            finding: Finding(
                ruleID: "numeric-change-by-speaker", kind: "numeric_change", level: .info,
                topic: "hostages.held",
                message: "IDF: hostages.held went from 239 to 240", claimIDs: [2, 3],
                knownOn: Day(iso: "2023-11-08")!),
            status: .dismissed, runID: 1),
        claims: [under150, exact240],
        reviews: [
            Review(
                flagID: 2, action: .dismiss, by: "ana", at: "2023-11-09T08:00:00Z",
                note: "routine update | fine")
        ])

    static var report: ReportData {
        ReportData(
            from: Day(iso: "2023-11-06")!, through: Day(iso: "2023-11-08")!, articles: 3,
            sources: 3, claims: 5,
            newFlagCounts: [.high: 1, .info: 1], openFlagCounts: [.high: 1],
            oldestOpen: conflict.flag,
            openFlags: [conflict], newInformational: [], reviewedFlags: [change],
            timelines: [
                ReportData.Timeline(
                    topic: "hostages.held", facets: Facets(), claims: [over200, under150, exact240])
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
