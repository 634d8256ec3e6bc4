import Foundation
import TestSupport
import XCTest

/// End-to-end: an article without a url or id is known by its content; only a url or an id
/// makes a later text a new version.
final class ArticleIdentityTests: WorkspaceTestCase {
    func testUnrelatedArticlesFromStandardInputAreNotVersionsOfOneAnother() throws {
        let first = try cli.run(
            ["ingest", "-", "--source", "Desk", "--date", "2023-11-06"],
            input: "Over 200 hostages are held in Gaza, officials said.\n")
        XCTAssertEqual(first.status, 0, first.error)
        let second = try cli.run(
            ["ingest", "-", "--source", "Desk", "--date", "2023-11-07"],
            input: "Fewer than 150 hostages are held in Gaza, the army said.\n")
        XCTAssertTrue(second.output.hasPrefix("ingested: 1 new, 0 new versions"), second.output)
        let listed = try cli.run(["flags", "list", "--format", "json"])
        let flags = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        XCTAssertFalse(
            flags.contains { ($0["rule"] as? String) == "edited-figure" },
            "two articles are no edit of one: \(listed.output)")
        let checked = try cli.run(
            ["check", "-", "--source", "Desk", "--date", "2023-11-08", "--format", "json"],
            input: "Some 240 hostages are held in Gaza.\n")
        XCTAssertFalse(checked.output.contains("edited-figure"), checked.output)
    }

    func testTheSameTextUnderAnotherPathIsTheSameArticle() throws {
        let text = "date 2023-11-06 source Harbor Times\nOver 200 hostages are held in Gaza.\n"
        try Fixtures.write(text, to: folder + "/inbox/a.txt")
        XCTAssertTrue(try cli.run(["ingest", "inbox"]).output.hasPrefix("ingested: 1 new"))
        try Fixtures.write(text, to: folder + "/archive/2023/a.txt")
        let moved = try cli.run(["ingest", "archive"])
        XCTAssertTrue(
            moved.output.hasPrefix("ingested: 0 new, 0 new versions, 1 unchanged"), moved.output)
        let claims = try cli.run(["claims", "--format", "jsonl"]).output.split(separator: "\n")
        XCTAssertEqual(claims.count, 1, "no duplicate claims")
    }

    func testAUrlMakesAChangedTextANewVersion() throws {
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza.\n",
            to: folder + "/v1/a.txt")
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 240 hostages are held in Gaza.\n",
            to: folder + "/v2/a.txt")
        XCTAssertEqual(try cli.run(["ingest", "v1"]).status, 0)
        XCTAssertTrue(
            try cli.run(["ingest", "v2"]).output.hasPrefix("ingested: 0 new, 1 new version,"))
    }
}

/// End-to-end: checking an article the ledger holds already says so and lists its open flags.
final class CheckStoredArticleTests: XCTestCase {
    func testCheckingAStoredArticleSaysSoAndListsItsOpenFlags() throws {
        let workspace = try Workspace()
        let cli = workspace.cli
        addTeardownBlock { try? FileManager.default.removeItem(atPath: workspace.folder) }
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza.\n",
            to: workspace.folder + "/v1/a.txt")
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 240 hostages are held in Gaza.\n",
            to: workspace.folder + "/v2/a.txt")
        XCTAssertEqual(try cli.run(["ingest", "v1"]).status, 0)
        XCTAssertEqual(try cli.run(["ingest", "v2"]).status, 0)
        let checked = try cli.run(["check", "v2/a.txt"])
        XCTAssertEqual(checked.status, 1, "its open high flag fails the gate")
        XCTAssertTrue(checked.output.contains("**already stored** as article"), checked.output)
        XCTAssertTrue(checked.output.contains("`edited-figure`"), checked.output)
        XCTAssertFalse(checked.output.contains("No claims found"), checked.output)
        let json = try cli.run(["check", "v2/a.txt", "--format", "json", "--fail-on", "critical"])
        XCTAssertEqual(json.status, 0)
        let object = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let stored = try XCTUnwrap(object["already_stored"] as? [String: Any])
        XCTAssertEqual((stored["open_flags"] as? [Any])?.count, 1)
    }
}
