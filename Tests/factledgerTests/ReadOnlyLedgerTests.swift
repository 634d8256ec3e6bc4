import Foundation
import TestSupport
import XCTest

/// End-to-end: commands that read the ledger refuse a missing one and create nothing; commands
/// that look at one input still handle the rest of it when part is broken.
final class ReadOnlyLedgerTests: WorkspaceTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza, officials said.\n",
            to: folder + "/a.txt")
    }

    func testReadingCommandsRefuseAMissingLedgerAndCreateNothing() throws {
        for arguments in [
            ["check", "a.txt", "--db", "typo.sqlite"], ["claims", "--db", "typo.sqlite"],
            ["flags", "list", "--db", "typo.sqlite"], ["report", "--db", "typo.sqlite"],
            ["flags", "show", "1", "--db", "typo.sqlite"], ["rules", "run", "--db", "typo.sqlite"],
        ] {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 3, "\(arguments): \(result.output)")
            XCTAssertTrue(
                result.error.contains("typo.sqlite: no ledger here, and nothing was created"),
                "\(arguments): \(result.error)")
            XCTAssertFalse(
                FileManager.default.fileExists(atPath: folder + "/typo.sqlite"), "\(arguments)")
        }
        XCTAssertEqual(try cli.run(["ingest", "a.txt", "--db", "new.sqlite"]).status, 0)
        XCTAssertEqual(try cli.run(["claims", "--db", "new.sqlite"]).status, 0)
    }

    func testABrokenJSONLinesLineLeavesTheOtherLinesChecked() throws {
        XCTAssertEqual(try cli.run(["ingest", "a.txt"]).status, 0)
        try Fixtures.write(
            "{\"date\":\"2023-11-08\",\"source\":\"Wire\",\"id\":\"w1\",\"text\":\"Some 240 hostages are held in Gaza.\"}\n{oops\n",
            to: folder + "/batch.jsonl")
        let checked = try cli.run(["check", "batch.jsonl", "--fail-on", "critical"])
        XCTAssertEqual(checked.status, 2, checked.error)
        XCTAssertTrue(checked.output.contains("hostages.held"), checked.output)
        XCTAssertTrue(checked.error.contains("batch.jsonl:2"), checked.error)
        let extracted = try cli.run(["extract", "batch.jsonl", "--format", "jsonl"])
        XCTAssertEqual(extracted.status, 2)
        let lines = extracted.output.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, extracted.output)
        let object = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(object["topic"] as? String, "hostages.held")
    }
}
