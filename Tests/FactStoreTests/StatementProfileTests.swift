import FactLedgerCore
import XCTest

@testable import FactStore

final class StatementProfileTests: XCTestCase {
    func testRecordsEachStatementsRunsAndRowsOnlyWhileOn() throws {
        let ledger = try Ledger.inMemory()
        let claims = (0..<3).map { index in
            Claim(
                kind: .numeric, topic: "hostages.held", quantity: .exact(Double(240 + index)),
                asOf: Day(iso: "2023-11-06")!, quote: "q", start: 0, end: 1, provenance: "test")
        }
        let article = Article(
            source: "Harbor Times", published: Day(iso: "2023-11-06")!, url: "u1", body: "a",
            origin: "a.txt")
        _ = try ledger.ingest(article, claims: claims, runID: nil)
        XCTAssertTrue(StatementProfile.stop().isEmpty, "nothing is recorded while off")

        StatementProfile.start()
        let second = Article(
            source: "Harbor Times", published: Day(iso: "2023-11-06")!, url: "u2", body: "b",
            origin: "b.txt")
        _ = try ledger.ingest(second, claims: claims, runID: nil, deriver: DayDeriver())
        let entries = StatementProfile.stop()
        let insert = try XCTUnwrap(entries.first { $0.sql == ClaimRecord.insertSQL })
        XCTAssertEqual(insert.runs, 3)
        XCTAssertEqual(insert.rows, 0)
        let window = try XCTUnwrap(entries.first { $0.sql == DatabaseWindows.figureRangeSQL })
        XCTAssertEqual(window.runs, 1, "one day of one figure, read once for the batch")
        XCTAssertEqual(window.rows, 6)
        XCTAssertGreaterThan(window.nanoseconds, 0)
        XCTAssertEqual(entries.map(\.nanoseconds), entries.map(\.nanoseconds).sorted(by: >))

        _ = try ledger.ingest(second, claims: claims, runID: nil)
        XCTAssertTrue(StatementProfile.stop().isEmpty, "stopping ends the recording")
    }
}
