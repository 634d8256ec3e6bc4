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
            source: "Harbor Times", published: Day(iso: "2023-11-07")!, url: "u2", body: "b",
            origin: "b.txt")
        _ = try ledger.ingest(second, claims: claims, runID: nil)
        let found = try ledger.read { try $0.claims(ClaimQuery(.numeric, topic: "hostages.held")) }
        let entries = StatementProfile.stop()
        XCTAssertEqual(found.count, 6)
        let insert = try XCTUnwrap(entries.first { $0.sql == ClaimRecord.insertSQL })
        XCTAssertEqual(insert.runs, 3)
        XCTAssertEqual(insert.rows, 0)
        let query = try XCTUnwrap(entries.first { $0.sql.hasPrefix("SELECT") && $0.rows == 6 })
        XCTAssertEqual(query.runs, 1)
        XCTAssertGreaterThan(query.nanoseconds, 0)
        XCTAssertEqual(entries.map(\.nanoseconds), entries.map(\.nanoseconds).sorted(by: >))

        _ = try ledger.read { try $0.claims(ClaimQuery(.numeric, topic: "hostages.held")) }
        XCTAssertTrue(StatementProfile.stop().isEmpty, "stopping ends the recording")
    }
}
