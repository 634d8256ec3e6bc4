import FactLedgerCore
import FactReports
import XCTest

final class CheckReportTests: XCTestCase {
    var result: CheckResult {
        let fresh = Samples.numeric(
            9, "Crossroads Radio", "2023-11-06",
            Quantity(low: 0, high: 150, best: nil, qualifier: .under),
            quote: "Fewer than 150 hostages | remain.")
        let dispute = Dispute(
            ruleID: "numeric-conflict-across-sources", kind: "numeric_conflict", level: .high,
            topic: "hostages.held", tally: .level, episode: .day(Day(iso: "2023-11-06")!),
            members: [.init(claimID: 1, side: 0), .init(claimID: 9, side: 1)],
            message: "Harbor Times reports over 200 but Crossroads Radio reports fewer than 150",
            explanation: Explanation(
                parameters: [.init(name: "window_days", value: "2")],
                compared: [
                    "fewer than 150 (Crossroads Radio) lies 50 below over 200 (Harbor Times), beyond the slack of 10."
                ]),
            knownOn: Day(iso: "2023-11-06")!)
        var hedged = dispute
        hedged.topic = "hostages.taken"
        hedged.message = "Harbor Times reports 240 taken but Crossroads Radio reports 180"
        hedged.level = .medium
        hedged.explanation.adjustments = [
            "lowered from high to medium: every claim on one side is hedged (Crossroads Radio: believed)"
        ]
        return CheckResult(
            article: Article(
                source: "Crossroads Radio", published: Day(iso: "2023-11-06")!,
                title: "Captives <i>count</i>", url: "https://cr.example/1", body: "x",
                origin: "new.md"),
            entries: [
                CheckResult.Entry(
                    claim: fresh, relation: .conflicts, related: [WindowClaim(Samples.over200)])
            ],
            disputes: [
                .init(dispute: dispute, id: nil, effect: .opens, articleSides: [1]),
                .init(dispute: hedged, id: 4, effect: .joins, articleSides: [1]),
            ],
            failOn: .high)
    }

    func testGoldenMarkdown() throws {
        try assertSnapshot(CheckReport.markdown(result), named: "check.md")
    }

    func testGoldenJSON() throws {
        try assertSnapshot(CheckReport.json(result).text + "\n", named: "check.json")
    }

    func testFailsOnlyAtOrAboveTheThresholdAndOnlyForItsOwnSide() {
        var copy = result
        XCTAssertTrue(copy.fails)
        XCTAssertFalse(copy.fails(copy.disputes[1]), "a hedge lowered it below the gate")
        XCTAssertTrue(CheckReport.markdown(copy).contains("passes: medium is below --fail-on high"))
        copy.failOn = .critical
        XCTAssertFalse(copy.fails)
        copy.failOn = .low
        copy.disputes[1].articleSides = [0]
        XCTAssertFalse(copy.fails(copy.disputes[1]), "agreeing with the figure most agree on")
        XCTAssertTrue(copy.fails(copy.disputes[0]), "a dispute it opens counts whatever its side")
    }
}
