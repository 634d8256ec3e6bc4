import FactLedgerCore
import XCTest

@testable import FactReports

final class NightlyReportTests: XCTestCase {
    func testGoldenReport() throws {
        try assertSnapshot(NightlyReport.markdown(Samples.report), named: "nightly-report.md")
    }

    func testSameDataGivesTheSameBytes() {
        XCTAssertEqual(
            NightlyReport.markdown(Samples.report), NightlyReport.markdown(Samples.report))
    }

    func testNewComesFirstThenTheCountedBacklog() {
        let report = NightlyReport.markdown(Samples.report)
        let new = report.range(of: "## New since the report for 2023-11-01 to 2023-11-05")!
        let open = report.range(of: "## Still open")!
        XCTAssertLessThan(new.lowerBound, open.lowerBound)
        XCTAssertTrue(
            report.contains("4 flags raised before the period of this report are still open."))
        XCTAssertTrue(
            report.contains("| numeric-conflict-across-sources | 0 | 3 | 0 | 0 | 0 | 3 |"))
        XCTAssertTrue(report.contains("lowered from high to medium"), "explanations are shown")
    }

    func testNoLineIsRepeated() {
        let report = NightlyReport.markdown(Samples.report)
        // Two new flags carry the same message: one line names both.
        XCTAssertTrue(
            report.contains("- IDF: hostages.held went from 239 to 240 (flags 2, 3)"), report)
        // Two identical timeline rows are one row counted twice.
        XCTAssertTrue(report.contains("240 (×2)"))
        let lines = report.split(separator: "\n").filter {
            $0.hasPrefix("- ") || ($0.hasPrefix("| 2023") && !$0.contains("**"))
        }
        XCTAssertEqual(lines.count, Set(lines).count, "no list line or table row twice")
    }

    func testNothingIsCutSilently() {
        let report = NightlyReport.markdown(Samples.report)
        XCTAssertTrue(
            report.contains(
                "The latest 4 rows; 4 earlier rows published 2023-11-06 to 2023-11-07 are left out"),
            report)
        XCTAssertTrue(
            report.contains(
                "The chart shows the 2 days with figures from 2023-11-06; 2 earlier days with figures are not charted."
            ))
    }

    func testOneChartPerKindOfFigure() {
        let report = NightlyReport.markdown(Samples.report)
        let charts = report.components(separatedBy: "```mermaid").dropFirst().map {
            $0.components(separatedBy: "```")[0]
        }
        XCTAssertEqual(charts.count, 2, "levels and running totals; one day of counts has no chart")
        XCTAssertTrue(
            charts.contains { $0.contains("running totals") && $0.contains("line [24, 41]") })
        XCTAssertFalse(
            charts.contains { $0.contains("17") }, "counts of one occurrence are not mixed in")
        XCTAssertTrue(report.contains("#### counts of one occurrence"))
    }

    func testArticleTextStaysInert() {
        let report = NightlyReport.markdown(Samples.report)
        XCTAssertFalse(report.contains("<script>"))
        XCTAssertFalse(report.contains("<b>"))
        XCTAssertFalse(report.contains("](javascript:"), "only http(s) links are kept")
        XCTAssertTrue(report.contains("[https://harbor.example/a](https://harbor.example/a)"))
        XCTAssertTrue(report.contains("&lt;script&gt;"))
        // Every row of a table has as many cell separators as its header: no text split a row.
        var expected: Int?
        for line in report.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            let separators = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }
                .count
            if let expected {
                XCTAssertEqual(separators, expected, String(line))
            } else {
                expected = separators
            }
        }
        for chart in report.components(separatedBy: "```mermaid").dropFirst() {
            let body = chart.components(separatedBy: "```")[0]
            for quoted in ["Fewer", "hostages \\|", "<", "script", "]]"] {
                XCTAssertFalse(
                    body.contains(quoted), "article text never reaches a chart: \(quoted)")
            }
        }
    }

    func testChartNeedsTwoDays() {
        let single = ReportData.Timeline(
            topic: "t", facets: Facets(), tally: nil, claims: [],
            chart: [(Day(iso: "2023-11-06")!, 200)])
        XCTAssertEqual(NightlyReport.chart(title: "t", single), "")
    }
}
