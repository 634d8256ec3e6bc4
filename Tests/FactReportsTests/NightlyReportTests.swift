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
        let mermaid = report.components(separatedBy: "```mermaid").dropFirst().map {
            $0.components(separatedBy: "```")[0]
        }
        XCTAssertEqual(mermaid.count, 1)
        for quoted in ["Fewer", "hostages \\|", "<", "script", "]]"] {
            XCTAssertFalse(
                mermaid[0].contains(quoted), "article text never reaches a chart: \(quoted)")
        }
    }

    func testChartNeedsTwoDays() {
        XCTAssertEqual(NightlyReport.chart(title: "t", claims: [Samples.over200]), "")
        XCTAssertTrue(
            NightlyReport.chart(
                title: "hostages.held", claims: [Samples.over200, Samples.exact240]
            ).contains("xychart-beta"))
    }
}
