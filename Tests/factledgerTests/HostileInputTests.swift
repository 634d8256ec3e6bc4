import Foundation
import TestSupport
import XCTest

/// Broken and hostile input: each is refused with a clear error naming it, nothing of it is
/// stored, and the rest of the batch still goes in.
final class HostileInputTests: WorkspaceTestCase {
    func testOversizeLinesAndBrokenLinesInJSONLines() throws {
        var lines: [String] = []
        for index in 0..<2000 {
            if index % 100 == 7 {
                lines.append("{\"date\": \"2023-11-0")
            } else {
                lines.append(
                    #"{"date":"2023-11-06","source":"Wire","id":"w\#(index)","text":"Over 200 hostages are held in Gaza."}"#
                )
            }
        }
        lines.insert(
            #"{"date":"2023-11-06","source":"Wire","id":"huge","text":""#
                + String(repeating: "a", count: 9 << 20) + #""}"#, at: 5)
        try Fixtures.write(lines.joined(separator: "\n") + "\n", to: folder + "/feed.jsonl")
        let result = try cli.run(["ingest", "feed.jsonl"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.output.hasPrefix("ingested: 1,980 new"), result.output)
        XCTAssertTrue(
            result.error.contains("feed.jsonl:6: larger than the input limit"),
            String(result.error.prefix(300)))
        XCTAssertTrue(
            result.error.contains("feed.jsonl:9: malformed JSON line"),
            String(result.error.prefix(300)))
        XCTAssertEqual(result.error.split(separator: "\n").count, 21)
    }

    func testNulBytesInvalidUTF8AndImpossibleDates() throws {
        try Data("date 2023-11-06 Over 200\0 hostages.".utf8).write(
            to: URL(fileURLWithPath: folder + "/nul.txt"))
        try Data([0x64, 0x61, 0x74, 0x65, 0x20, 0xC3, 0x28]).write(
            to: URL(fileURLWithPath: folder + "/latin.txt"))
        try Fixtures.write("date 99999-01-01 Text.", to: folder + "/year.txt")
        try Fixtures.write("date 2023-02-30 Text.", to: folder + "/feb.txt")
        try Fixtures.write(
            "date 2023-11-06 Over 200 hostages are held in Gaza.", to: folder + "/good.txt")
        let result = try cli.run([
            "ingest", "--source", "Desk", "nul.txt", "latin.txt", "year.txt", "feb.txt", "good.txt",
        ])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.output.hasPrefix("ingested: 1 new"), result.output)
        XCTAssertTrue(result.error.contains("nul.txt: binary data"), result.error)
        XCTAssertTrue(result.error.contains("latin.txt: not valid UTF-8"), result.error)
        XCTAssertTrue(result.error.contains("year.txt: not a real date: 99999-01-01"), result.error)
        XCTAssertTrue(result.error.contains("feb.txt: not a real date: 2023-02-30"), result.error)
    }

    func testFIFOsAreNotRead() throws {
        XCTAssertEqual(mkfifo(folder + "/pipe.txt", 0o600), 0)
        let result = try cli.run(["ingest", "--source", "Desk", "--date", "2023-11-06", "pipe.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("pipe.txt: not a regular file"), result.error)
    }

    func testALedgerPathThatIsAFolder() throws {
        try FileManager.default.createDirectory(
            atPath: folder + "/ledger.sqlite", withIntermediateDirectories: true)
        let result = try cli.run(["claims", "--db", "ledger.sqlite"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(
            result.error.contains("ledger.sqlite: cannot open the ledger (it is a directory)"),
            result.error)
    }

    func testReadOnlyLedger() throws {
        guard getuid() != 0 else { throw XCTSkip("root ignores file permissions") }
        try Fixtures.write(
            "date 2023-11-06 Over 200 hostages are held in Gaza.", to: folder + "/good.txt")
        XCTAssertEqual(try cli.run(["ingest", "--source", "Desk", "good.txt"]).status, 0)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o444], ofItemAtPath: folder + "/factledger.sqlite")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
        }
        let result = try cli.run(["ingest", "--source", "Other", "good.txt"])
        XCTAssertEqual(result.status, 3, result.error)
    }

    func testRuleFilesThatAreTooBigOrTooClever() throws {
        try Fixtures.write(
            "id: bomb\ntitle: t\nlevel: high\nstatus: stable\nkind: numeric_conflict\nmessage: m\nwhen: &a { window_days: 2 }\n",
            to: folder + "/Rules/checks/bomb.yaml")
        try Fixtures.write(
            "id: big\n" + String(repeating: "# padding\n", count: 120_000),
            to: folder + "/Rules/checks/big.yaml")
        try Fixtures.write(
            "id: odd\ntitle: t\nlevel: high\nstatus: stable\nkind: numeric_magic\nmessage: m\n",
            to: folder + "/Rules/checks/odd.yaml")
        let result = try cli.run(["rules", "lint"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(
            result.error.contains("bomb.yaml:7: anchors and aliases are not allowed"), result.error)
        XCTAssertTrue(result.error.contains("big.yaml: larger than the limit"), result.error)
        XCTAssertTrue(
            result.error.contains("odd.yaml:5: unknown kind 'numeric_magic'"), result.error)
    }
}
