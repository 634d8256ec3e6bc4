import Foundation
import TestSupport
import XCTest

/// End-to-end: processes that open a new ledger at the same moment create and migrate it one at
/// a time, and every one of them goes on to do its work.
final class LedgerOpeningTests: WorkspaceTestCase {
    func testIngestsStartedTogetherOnANewLedgerAllSucceed() throws {
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times\nOver 200 hostages are held in Gaza, officials said.\n",
            to: folder + "/a.txt")
        for round in 0..<5 {
            let ledger = "new-\(round).sqlite"
            let processes = (0..<4).map { _ in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
                process.arguments = ["ingest", "a.txt", "--db", ledger]
                process.currentDirectoryURL = URL(fileURLWithPath: folder)
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            XCTAssertEqual(processes.map(\.terminationStatus), [0, 0, 0, 0], "round \(round)")
        }
        let claims = try cli.run(["claims", "--db", "new-0.sqlite", "--format", "jsonl"])
        XCTAssertEqual(claims.status, 0, claims.error)
        XCTAssertEqual(claims.output.split(separator: "\n").count, 1, claims.output)
    }
}
