import FactLedgerCore
import FactReports
import XCTest

final class CheckReportTests: XCTestCase {
    var result: CheckResult {
        let fresh = Samples.numeric(
            9, "Crossroads Radio", "2023-11-08",
            Quantity(low: 0, high: 150, best: nil, qualifier: .under),
            quote: "Fewer than 150 hostages | remain.")
        return CheckResult(
            article: Article(
                source: "Crossroads Radio", published: Day(iso: "2023-11-08")!,
                title: "Captives <i>count</i>", url: "https://cr.example/1", body: "x",
                origin: "new.md"),
            entries: [
                CheckResult.Entry(claim: fresh, relation: .conflicts, related: [Samples.over200])
            ],
            flags: [
                Finding(
                    ruleID: "numeric-conflict-across-sources", kind: "numeric_conflict",
                    level: .high, topic: "hostages.held",
                    message:
                        "Harbor Times reports over 200 but Crossroads Radio reports fewer than 150",
                    claimIDs: [1, 9], knownOn: Day(iso: "2023-11-08")!)
            ],
            failOn: .high)
    }

    func testGoldenMarkdown() throws {
        try assertSnapshot(CheckReport.markdown(result), named: "check.md")
    }

    func testGoldenJSON() throws {
        try assertSnapshot(CheckReport.json(result).text + "\n", named: "check.json")
    }

    func testFailsOnlyAtOrAboveTheThreshold() {
        var copy = result
        XCTAssertTrue(copy.fails)
        copy.failOn = .critical
        XCTAssertFalse(copy.fails)
    }
}
