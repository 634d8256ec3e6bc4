import Foundation
import TestSupport
import XCTest

/// End-to-end: `retract` takes an article out of the record without deleting anything; the
/// flags that rested on it close as retracted and the report says so.
final class RetractTests: WorkspaceTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza.\n",
            to: folder + "/inbox/harbor.txt")
        try Fixtures.write(
            "---\ndate: 2023-11-06\nsource: Crossroads Radio\nid: cr-1106\n---\nFewer than 150 hostages are held in Gaza.\n",
            to: folder + "/inbox/crossroads.md")
        XCTAssertEqual(try cli.run(["ingest", "inbox"]).status, 0)
    }

    private func flags() throws -> [[String: Any]] {
        let listed = try cli.run(["flags", "list", "--format", "json"])
        return try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
    }

    func testARetractedArticlesFlagsCloseAndTheReportSaysSo() throws {
        let before = try flags().filter {
            ($0["rule"] as? String) == "numeric-conflict-across-sources"
        }
        XCTAssertEqual(before.count, 1)
        XCTAssertEqual(before.first?["status"] as? String, "open")
        let id = try XCTUnwrap(before.first?["id"] as? Int)

        let retracted = try cli.run([
            "retract", "cr-1106", "--source", "crossroads radio", "--note",
            "withdrawn by the outlet",
            "--by", "desk",
        ])
        XCTAssertEqual(retracted.status, 0, retracted.error)
        XCTAssertTrue(retracted.output.hasPrefix("retracted: Crossroads Radio cr-1106 version 1"))
        XCTAssertTrue(retracted.output.contains("1 claims no longer count, 1 flags closed"))

        let after = try flags().first { ($0["id"] as? Int) == id }
        XCTAssertEqual(after?["status"] as? String, "superseded")
        let retraction = try XCTUnwrap(after?["retraction"] as? [String: Any])
        XCTAssertEqual(retraction["by"] as? String, "desk")
        XCTAssertEqual(retraction["note"] as? String, "withdrawn by the outlet")

        let shown = try cli.run(["flags", "show", String(id)])
        XCTAssertTrue(shown.output.contains("closed, retracted: Crossroads Radio withdrew cr-1106"))

        XCTAssertEqual(try cli.run(["report", "--date", "2023-11-06"]).status, 0)
        let report = try String(contentsOfFile: folder + "/Reports/2023-11-06.md", encoding: .utf8)
        XCTAssertTrue(report.contains("## Retracted since the ledger began"), report)
        XCTAssertTrue(report.contains("| Crossroads Radio | cr-1106 | 1 |"), report)
        XCTAssertTrue(report.contains("; retracted: Crossroads Radio withdrew cr-1106"), report)
        XCTAssertFalse(report.contains("fewer than 150 |"), "its figure no longer counts")
        XCTAssertTrue(report.contains("Flags derived with: "), report)
        XCTAssertEqual(
            try cli.run(["report", "--date", "2023-11-06", "--format", "html"]).status, 0)
        let html = try String(contentsOfFile: folder + "/Reports/2023-11-06.html", encoding: .utf8)
        XCTAssertTrue(html.contains("<h2>Retracted since the ledger began</h2>"))
        XCTAssertTrue(html.contains("retracted: Crossroads Radio withdrew cr-1106"))

        // Nothing was deleted: the claim is still in the record.
        let claims = try cli.run(["claims", "--format", "jsonl"]).output.split(separator: "\n")
        XCTAssertEqual(claims.count, 2)
    }

    func testARetractionIsRecordedOnceAndNamesTheArticle() throws {
        XCTAssertEqual(
            try cli.run(["retract", "https://harbor.example/a", "--note", "gone", "--by", "desk"])
                .status, 0)
        let again = try cli.run([
            "retract", "https://harbor.example/a", "--note", "gone", "--by", "x",
        ])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.error.contains("was already retracted by desk"), again.error)
        let unknown = try cli.run(["retract", "no-such-article", "--note", "gone", "--by", "desk"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.error.contains("no stored article no-such-article"), unknown.error)
        let noNote = try cli.run(["retract", "cr-1106", "--note", " ", "--by", "desk"])
        XCTAssertEqual(noNote.status, 64)
    }

    func testAnArticleIsFoundUnderTheSourceItsSpellingIsAnAliasOf() throws {
        XCTAssertEqual(
            try cli.run(["sources", "alias", "Crossroads Radio", "Harbor Times"]).status, 0)
        let retracted = try cli.run([
            "retract", "cr-1106", "--source", "harbor times", "--note", "pulled", "--by", "desk",
        ])
        XCTAssertEqual(retracted.status, 0, retracted.error)
    }

    func testARepublishedVersionCountsAgain() throws {
        XCTAssertEqual(
            try cli.run(["retract", "cr-1106", "--note", "pulled", "--by", "desk"]).status, 0)
        XCTAssertFalse(
            try flags().contains {
                ($0["rule"] as? String) == "numeric-conflict-across-sources"
                    && ($0["status"] as? String) == "open"
            })
        try Fixtures.write(
            "---\ndate: 2023-11-06\nsource: Crossroads Radio\nid: cr-1106\n---\nFewer than 140 hostages are held in Gaza.\n",
            to: folder + "/republished/crossroads.md")
        XCTAssertEqual(try cli.run(["ingest", "republished"]).status, 0)
        XCTAssertTrue(
            try flags().contains {
                ($0["rule"] as? String) == "numeric-conflict-across-sources"
                    && ($0["status"] as? String) == "open"
            }, "the new version is live")
    }
}
