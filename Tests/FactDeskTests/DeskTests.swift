import FactLedgerCore
import FactStore
import Foundation
import XCTest

@testable import FactDesk

final class DeskTests: XCTestCase {
    var fixture: DeskFixture!

    override func setUpWithError() throws {
        fixture = try DeskFixture()
        addTeardownBlock { [fixture] in fixture?.remove() }
    }

    func get(_ path: String, query: [String: String] = [:], readOnly: Bool = false) -> DeskResponse
    {
        fixture.desk(readOnly: readOnly).respond(
            DeskRequest(method: "GET", path: path, query: query))
    }

    func post(_ path: String, _ form: [String: String], readOnly: Bool = false) -> DeskResponse {
        fixture.desk(readOnly: readOnly).respond(
            DeskRequest(method: "POST", path: path, form: form))
    }

    func reviewForm(_ action: String, version: Int, token: String? = nil) -> [String: String] {
        [
            "token": token ?? fixture.token.value, "action": action, "note": "checked <b>both</b>",
            "by": "ana", "version": String(version),
        ]
    }

    func testTheDisputesPageListsTheConflictWithCounts() throws {
        let id = try fixture.conflictID()
        let page = get("/disputes")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.contentType, DeskResponse.htmlType)
        XCTAssertTrue(page.body.contains("href=\"/disputes/\(id)\""))
        XCTAssertTrue(page.body.contains("Harbor Times"))
        XCTAssertTrue(page.body.contains(">open</a> 1<"), "counts by status")
        XCTAssertEqual(get("/").body, page.body)
        let none = get("/disputes", query: ["source": "Nobody Weekly"])
        XCTAssertTrue(none.body.contains("No dispute matches these filters."))
        let bySource = get("/disputes", query: ["source": "Meridian Post", "status": "open"])
        XCTAssertTrue(bySource.body.contains("href=\"/disputes/\(id)\""))
        XCTAssertTrue(
            get("/disputes", query: ["since": "2023-11-07"]).body.contains("No dispute matches"))
    }

    func testBadFiltersAreRefusedWithAClearMessage() {
        let bad = get("/disputes", query: ["status": "pending"])
        XCTAssertEqual(bad.status, 400)
        XCTAssertTrue(bad.body.contains("&#39;pending&#39; is not a valid status"))
        XCTAssertEqual(get("/disputes", query: ["since": "2023-02-30"]).status, 400)
        XCTAssertEqual(get("/disputes", query: ["page": "0"]).status, 400)
        XCTAssertEqual(get("/disputes/999").status, 404)
        XCTAssertEqual(get("/nowhere").status, 404)
        XCTAssertEqual(get("/disputes/1/review").status, 405)
    }

    func testADisputePageShowsSidesExplanationChartLogAndForm() throws {
        let id = try fixture.conflictID()
        let page = get("/disputes/\(id)")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("Fewer than 150 hostages are held in Gaza."))
        XCTAssertTrue(page.body.contains("https://harbor.example/a"))
        XCTAssertTrue(page.body.contains("<h2>Why it fired</h2>"))
        XCTAssertTrue(page.body.contains("<svg class=\"chart\""))
        XCTAssertTrue(page.body.contains("No review yet."))
        XCTAssertTrue(page.body.contains("name=\"token\" value=\"\(fixture.token.value)\""))
        XCTAssertTrue(page.body.contains("name=\"version\" value=\"0\""))
        XCTAssertFalse(page.body.contains("<script>alert"), "article text is escaped")
        XCTAssertTrue(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    func testAReviewWithTheTokenIsRecordedInTheReviewLog() throws {
        let id = try fixture.conflictID()
        let answer = post("/disputes/\(id)/review", reviewForm("confirm", version: 0))
        XCTAssertEqual(answer.status, 303)
        XCTAssertEqual(answer.location, "/disputes/\(id)")
        let detail = try fixture.ledger.flagDetail(id: id)
        XCTAssertEqual(detail.flag.status, .confirmed)
        XCTAssertEqual(detail.reviews.map(\.by), ["ana"])
        XCTAssertEqual(detail.reviews.first?.note, "checked <b>both</b>")
        let page = get("/disputes/\(id)")
        XCTAssertTrue(page.body.contains("checked &lt;b&gt;both&lt;/b&gt;"))
        XCTAssertTrue(page.body.contains("name=\"version\" value=\"1\""))
    }

    func testAPostWithoutOrWithAWrongTokenIsForbidden() throws {
        let id = try fixture.conflictID()
        var form = reviewForm("confirm", version: 0)
        form["token"] = nil
        XCTAssertEqual(post("/disputes/\(id)/review", form).status, 403)
        let wrong = post("/disputes/\(id)/review", reviewForm("confirm", version: 0, token: "ab"))
        XCTAssertEqual(wrong.status, 403)
        XCTAssertTrue(wrong.body.contains("security token"))
        XCTAssertEqual(post("/check", ["text": "date 2023-11-06\nx"]).status, 403)
        XCTAssertTrue(try fixture.ledger.flagDetail(id: id).reviews.isEmpty)
    }

    func testAReadOnlyDeskRefusesDecisionsAndShowsNoForm() throws {
        let id = try fixture.conflictID()
        let answer = post(
            "/disputes/\(id)/review", reviewForm("confirm", version: 0), readOnly: true)
        XCTAssertEqual(answer.status, 403)
        XCTAssertTrue(answer.body.contains("--read-only"))
        let page = get("/disputes/\(id)", readOnly: true)
        XCTAssertFalse(page.body.contains("<form method=\"post\""))
        XCTAssertTrue(try fixture.ledger.flagDetail(id: id).reviews.isEmpty)
    }

    func testADecisionOnAStaleReviewLogIsAConflict() throws {
        let id = try fixture.conflictID()
        try fixture.ledger.review(flagID: id, action: .dismiss, by: "ben", note: "old news")
        let answer = post("/disputes/\(id)/review", reviewForm("confirm", version: 0))
        XCTAssertEqual(answer.status, 409)
        XCTAssertTrue(answer.body.contains("dismiss by ben"), "the other decision is shown")
        XCTAssertTrue(answer.body.contains("old news"))
        let detail = try fixture.ledger.flagDetail(id: id)
        XCTAssertEqual(detail.reviews.count, 1)
        XCTAssertEqual(detail.flag.status, .dismissed)
        let api = fixture.desk().respond(
            DeskRequest(
                method: "POST", path: "/api/disputes/\(id)/review",
                form: reviewForm("reopen", version: 0)))
        XCTAssertEqual(api.status, 409)
        XCTAssertEqual(
            post("/disputes/\(id)/review", reviewForm("reopen", version: 1)).status, 303)
    }

    func testAnInvalidDecisionIsRefused() throws {
        let id = try fixture.conflictID()
        var form = reviewForm("confirm", version: 0)
        form["note"] = "  "
        XCTAssertEqual(post("/disputes/\(id)/review", form).status, 400)
        XCTAssertEqual(
            post("/disputes/\(id)/review", reviewForm("approve", version: 0)).status, 400)
        XCTAssertEqual(post("/disputes/\(id)/review", reviewForm("reopen", version: 0)).status, 409)
    }

    func testTheAPIAnswersTheJSONContracts() throws {
        let id = try fixture.conflictID()
        let list = get("/api/disputes")
        XCTAssertEqual(list.contentType, DeskResponse.jsonType)
        let object = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(list.body.utf8)) as? [String: Any])
        XCTAssertEqual(object["total"] as? Int, 1)
        let flags = try XCTUnwrap(object["flags"] as? [[String: Any]])
        XCTAssertEqual(flags.first?["id"] as? Int, Int(id))
        XCTAssertEqual(
            Set(flags.first?["sources"] as? [String] ?? []), ["Harbor Times", "Meridian Post"])
        let one = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(get("/api/disputes/\(id)").body.utf8))
                as? [String: Any])
        XCTAssertNotNil(one["explanation"])
        let missing = get("/api/disputes/999")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(missing.body.contains("\"error\""))
        let topic = try XCTUnwrap(
            JSONSerialization.jsonObject(
                with: Data(
                    get("/api/topics", query: ["topic": "hostages.held"])
                        .body.utf8)) as? [String: Any])
        XCTAssertEqual((topic["claims"] as? [Any])?.count, 2)
    }

    func testTheTopicTimelineListsEveryClaimWithAChart() {
        let index = get("/topics")
        XCTAssertTrue(index.body.contains("hostages.held"))
        let page = get("/topics", query: ["topic": "hostages.held"])
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("Meridian Post"))
        XCTAssertTrue(page.body.contains("Harbor Times"))
        XCTAssertTrue(page.body.contains("<polyline") || page.body.contains("<line"))
    }

    func testCheckingAnArticleShowsWhatCheckWouldReportAndChangesNothing() throws {
        let before = try fixture.ledger.read { try $0.counts() }
        let answer = post(
            "/check",
            [
                "token": fixture.token.value, "source": "Crossroads Radio", "date": "2023-11-06",
                "text": "Fewer than 100 hostages are held in Gaza, <i>officials</i> said.",
            ])
        XCTAssertEqual(answer.status, 200)
        XCTAssertTrue(answer.body.contains("What ingesting it would do"))
        XCTAssertTrue(answer.body.contains("&lt;i&gt;officials"))
        XCTAssertEqual(try fixture.ledger.read { try $0.counts() }, before)
        let empty = post("/check", ["token": fixture.token.value, "text": " "])
        XCTAssertEqual(empty.status, 400)
        let undated = post("/check", ["token": fixture.token.value, "text": "No date here."])
        XCTAssertEqual(undated.status, 400)
        let json = fixture.desk().respond(
            DeskRequest(
                method: "POST", path: "/api/check",
                form: ["text": "date 2023-11-06 source X\nOver 300 hostages are held in Gaza."],
                tokenHeader: fixture.token.value))
        XCTAssertEqual(json.status, 200)
        XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(json.body.utf8)))
    }
}
