import Foundation
import TestSupport
import XCTest

/// End-to-end: `factledger serve` started as a user starts it, pages loaded over loopback,
/// decisions posted with the page's token and read back through the command line.
final class ServeTests: WorkspaceTestCase {
    var flagID = 0

    override func setUpWithError() throws {
        try super.setUpWithError()
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza, officials said.\n",
            to: folder + "/inbox/a.txt")
        try Fixtures.write(
            "date 2023-11-06 source Meridian Post url https://meridian.example/b\nFewer than 150 hostages are held in Gaza.\n",
            to: folder + "/inbox/b.txt")
        XCTAssertEqual(try cli.run(["ingest", "inbox"]).status, 0)
        let flags = try JSONSerialization.jsonObject(
            with: Data(try cli.run(["flags", "list", "--format", "json"]).output.utf8))
        flagID = try XCTUnwrap(((flags as? [[String: Any]])?.first?["id"]) as? Int)
    }

    func server(_ arguments: [String] = []) throws -> DeskServer {
        let server = try DeskServer(folder: folder, arguments: arguments)
        addTeardownBlock { server.stop() }
        return server
    }

    func reviews() throws -> [[String: Any]] {
        let shown = try cli.run(["flags", "show", String(flagID), "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(shown.output.utf8))
        return try XCTUnwrap((object as? [String: Any])?["reviews"] as? [[String: Any]])
    }

    func testEveryPageLoadsAndAReviewReachesTheReviewLog() throws {
        let desk = try server()
        for path in [
            "/", "/disputes", "/disputes?status=open&level=high", "/disputes/\(flagID)", "/topics",
            "/topics?topic=hostages.held", "/check", "/api/disputes",
            "/api/disputes/\(flagID)", "/api/topics",
        ] {
            XCTAssertEqual(try desk.request(path).status, 200, path)
        }
        let page = try desk.request("/disputes/\(flagID)").body
        XCTAssertTrue(page.contains("Fewer than 150 hostages are held in Gaza."))
        let token = try XCTUnwrap(DeskServer.token(in: page))
        let posted = try desk.request(
            "/disputes/\(flagID)/review", method: "POST",
            form: [
                "token": token, "action": "confirm", "note": "two counts, one day", "by": "ana",
                "version": "0",
            ])
        XCTAssertEqual(posted.status, 200, "the decision redirects to the dispute")
        XCTAssertTrue(posted.body.contains("two counts, one day"))
        let log = try reviews()
        XCTAssertEqual(log.count, 1)
        XCTAssertEqual(log.first?["action"] as? String, "confirm")
        XCTAssertEqual(log.first?["by"] as? String, "ana")
        let listed = try cli.run(["flags", "list", "--status", "confirmed"]).output
        XCTAssertTrue(listed.contains("confirmed"))
        let checked = try desk.request(
            "/check", method: "POST",
            form: [
                "token": token, "source": "Crossroads Radio", "date": "2023-11-06",
                "text": "Fewer than 100 hostages are held in Gaza.",
            ])
        XCTAssertEqual(checked.status, 200)
        XCTAssertTrue(checked.body.contains("What ingesting it would do"))
    }

    func testAPostWithoutTheTokenIsRefused() throws {
        let desk = try server()
        let answer = try desk.request(
            "/disputes/\(flagID)/review", method: "POST",
            form: ["action": "confirm", "note": "x", "by": "ana", "version": "0"])
        XCTAssertEqual(answer.status, 403)
        let wrong = try desk.request(
            "/disputes/\(flagID)/review", method: "POST",
            form: [
                "token": String(repeating: "0", count: 64), "action": "confirm", "note": "x",
                "by": "ana", "version": "0",
            ])
        XCTAssertEqual(wrong.status, 403)
        XCTAssertTrue(try reviews().isEmpty)
    }

    func testAReadOnlyDeskRefusesAPost() throws {
        let desk = try server(["--read-only"])
        let page = try desk.request("/disputes/\(flagID)").body
        XCTAssertFalse(page.contains("Record decision"))
        let token = try XCTUnwrap(DeskServer.token(in: page))
        let answer = try desk.request(
            "/disputes/\(flagID)/review", method: "POST",
            form: ["token": token, "action": "confirm", "note": "x", "by": "ana", "version": "0"])
        XCTAssertEqual(answer.status, 403)
        XCTAssertTrue(answer.body.contains("--read-only"))
        XCTAssertTrue(try reviews().isEmpty)
    }

    func testADecisionOnAStaleReviewVersionIsAConflict() throws {
        let desk = try server()
        let token = try XCTUnwrap(DeskServer.token(in: try desk.request("/disputes").body))
        XCTAssertEqual(
            try cli.run(["flags", "dismiss", String(flagID), "--note", "old news", "--by", "ben"])
                .status, 0)
        let answer = try desk.request(
            "/disputes/\(flagID)/review", method: "POST",
            form: [
                "token": token, "action": "confirm", "note": "real", "by": "ana", "version": "0",
            ])
        XCTAssertEqual(answer.status, 409)
        XCTAssertTrue(answer.body.contains("dismiss by ben"))
        XCTAssertEqual(try reviews().count, 1)
    }

    func testABodyOverTheLimitIsRefused() throws {
        let desk = try server()
        let answer = try desk.request(
            "/check", method: "POST", form: ["text": String(repeating: "a", count: 1_100_000)])
        XCTAssertEqual(answer.status, 413)
    }

    func testBadOptionsAreUsageErrors() throws {
        XCTAssertEqual(try cli.run(["serve", "--port", "70000"]).status, 64)
        XCTAssertEqual(try cli.run(["serve", "--host", " "]).status, 64)
        let missing = try cli.run(["serve", "--db", "nowhere.sqlite", "--port", "0"])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.error.contains("no ledger here"))
    }

    func testAnAddressBeyondLoopbackIsWarnedAbout() throws {
        // 203.0.113.1 is a documentation address no machine has: the warning comes first, then
        // binding fails with a clear error; nothing is sent anywhere.
        let result = try cli.run(["serve", "--host", "203.0.113.1", "--port", "0"])
        XCTAssertTrue(
            result.error.contains("warning: --host 203.0.113.1 is not a loopback address"),
            result.error)
        XCTAssertTrue(result.error.contains("could not listen on 203.0.113.1"), result.error)
        XCTAssertEqual(result.status, 2)
    }
}
