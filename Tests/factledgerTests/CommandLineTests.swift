import Foundation
import TestSupport
import XCTest

/// End-to-end: the `factledger` binary run on files, as a user runs it.
final class CommandLineTests: WorkspaceTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza, officials said.\n",
            to: folder + "/inbox/a.txt")
        try Fixtures.write(
            "---\ndate: 2023-11-06\nsource: Meridian Post\nurl: https://meridian.example/b\n---\nFewer than 150 hostages are held in Gaza. Qatar called for a humanitarian pause.\n",
            to: folder + "/inbox/b.md")
    }

    func testIngestThenListClaimsAsJSON() throws {
        let ingest = try cli.run(["ingest", "inbox"])
        XCTAssertEqual(ingest.status, 0, ingest.error)
        XCTAssertEqual(
            ingest.output,
            "ingested: 2 new, 0 new versions, 0 unchanged, 0 rejected; 3 claims added, 1 flags raised\n"
        )
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/factledger.sqlite"))
        let again = try cli.run(["ingest", "inbox"])
        XCTAssertEqual(
            again.output,
            "ingested: 0 new, 0 new versions, 2 unchanged, 0 rejected; 0 claims added, 0 flags raised\n"
        )

        let listed = try cli.run(["claims", "--topic", "hostages.held", "--format", "json"])
        let objects = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.count, 2)
        let keys = [
            "id", "kind", "topic", "facets", "actor", "speaker", "low", "high", "best", "qualifier",
            "polarity", "certainty",
            "as_of", "published", "source", "ref", "version", "quote", "start", "end",
        ]
        for key in keys { XCTAssertNotNil(objects[0][key], key) }
        XCTAssertEqual(objects[0]["qualifier"] as? String, "over")
        XCTAssertTrue(objects[0]["high"] is NSNull)
        XCTAssertEqual(objects[0]["ref"] as? String, "https://harbor.example/a")
        let lines = try cli.run(["claims", "--format", "jsonl", "--source", "Meridian Post"]).output
            .split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
    }

    func testBadInputIsReportedWithPathAndLineAndExitTwo() throws {
        try Fixtures.write(
            "{\"date\":\"2023-11-08\",\"source\":\"W\",\"id\":\"1\",\"text\":\"Ok.\"}\n{oops\n",
            to: folder + "/inbox/c.jsonl")
        try Data([0x64, 0x61, 0x74, 0x65, 0x00, 0x01]).write(
            to: URL(fileURLWithPath: folder + "/inbox/d.txt"))
        let result = try cli.run(["ingest", "inbox", "missing.txt"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(
            result.error.contains("error: missing.txt: no such file or folder"), result.error)
        XCTAssertTrue(result.error.contains("inbox/c.jsonl:2: malformed JSON line"), result.error)
        XCTAssertTrue(result.error.contains("inbox/d.txt: binary data"), result.error)
        XCTAssertTrue(result.output.contains("3 new"), result.output)
    }

    func testStandardInputAndDefaults() throws {
        let result = try cli.run(
            ["ingest", "-", "--source", "Desk", "--date", "2023-11-09"],
            input: "Around 240 hostages are held in Gaza.")
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.contains("1 new"))
        XCTAssertEqual(
            try cli.run(["ingest", "-", "--date", "2023-02-30"], input: "x").status, 64,
            "validation errors use the usage exit code")
    }

    func testTheLedgerOptionAndEnvironment() throws {
        XCTAssertEqual(try cli.run(["ingest", "--db", "other.sqlite", "inbox"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/other.sqlite"))
        var withEnvironment = cli
        withEnvironment.environment = ["FACTLEDGER_DB": folder + "/env.sqlite"]
        XCTAssertEqual(try withEnvironment.run(["ingest", "inbox"]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/env.sqlite"))
        try Fixtures.write("not a database", to: folder + "/bad.sqlite")
        let refused = try cli.run(["claims", "--db", "bad.sqlite"])
        XCTAssertEqual(refused.status, 3)
        XCTAssertTrue(refused.error.contains("not an SQLite database"), refused.error)
    }

    func testRulesLintAndTest() throws {
        let lint = try cli.run(["rules", "lint"])
        XCTAssertEqual(lint.status, 0, lint.error)
        XCTAssertEqual(try cli.run(["rules", "test"]).status, 0)
        try Fixtures.write(
            "id: broken\ntitle: Broken\nlevel: high\nstatus: stable\nkind: numeric_conflict\nwhen: { window: 2 }\nmessage: m\n",
            to: folder + "/Rules/checks/broken.yaml")
        let broken = try cli.run(["rules", "lint"])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(
            broken.error.contains("Rules/checks/broken.yaml:6: unknown key 'window'"), broken.error)
        XCTAssertEqual(
            try cli.run(["ingest", "inbox"]).status, 2,
            "a broken rule file stops ingest before anything is stored")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/factledger.sqlite"))
    }

    func testCheckExitCodesAndTheLedgerIsUnchanged() throws {
        XCTAssertEqual(try cli.run(["ingest", "inbox"]).status, 0)
        let ledger = folder + "/factledger.sqlite"
        let before = try Data(contentsOf: URL(fileURLWithPath: ledger))
        try Fixtures.write(
            "date 2023-11-06 source Crossroads\nQatar rejected a humanitarian pause.\n",
            to: folder + "/new.txt")
        let failing = try cli.run(["check", "new.txt"])
        XCTAssertEqual(failing.status, 1, failing.error)
        XCTAssertTrue(failing.output.contains("conflicts"), failing.output)
        XCTAssertEqual(try cli.run(["check", "new.txt", "--fail-on", "critical"]).status, 0)
        let json = try cli.run(["check", "new.txt", "--format", "json"])
        let object = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        XCTAssertEqual(object["fails"] as? Bool, true)
        XCTAssertEqual(try cli.run(["check", "missing.txt"]).status, 2)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: ledger)), before)
        XCTAssertEqual(
            try cli.run(["claims", "--format", "jsonl"]).output.split(separator: "\n").count, 3)
    }

    func testReviewTransitions() throws {
        XCTAssertEqual(try cli.run(["ingest", "inbox"]).status, 0)
        let listed = try cli.run(["flags", "list", "--format", "json"])
        let flags = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(flags.count, 1)
        for key in [
            "id", "rule", "kind", "level", "status", "topic", "actor", "message", "claims",
            "sources", "dates",
        ] {
            XCTAssertNotNil(flags[0][key], key)
        }
        let id = String(try XCTUnwrap(flags[0]["id"] as? Int))
        XCTAssertEqual(
            try cli.run(["flags", "confirm", id, "--note", "checked both", "--by", "ana"]).status, 0
        )
        var anonymous = cli
        anonymous.environment["USER"] = ""
        anonymous.environment["FACTLEDGER_REVIEWER"] = ""
        let nobody = try anonymous.run(["flags", "dismiss", id, "--note", "no"])
        XCTAssertEqual(nobody.status, 64)
        XCTAssertTrue(nobody.error.contains("give --by NAME, or set $FACTLEDGER_REVIEWER"))
        cli.environment["FACTLEDGER_REVIEWER"] = "desk"
        let invalid = try cli.run(["flags", "dismiss", id, "--note", "no"])
        XCTAssertEqual(invalid.status, 2)
        XCTAssertTrue(
            invalid.error.contains("is confirmed; it cannot be given 'dismiss'"), invalid.error)
        XCTAssertEqual(
            try cli.run(["flags", "resolve", id, "--note", "outlet corrected"]).status, 0)
        XCTAssertEqual(try cli.run(["flags", "reopen", id, "--note", "new figures"]).status, 0)
        XCTAssertEqual(
            try cli.run(["flags", "dismiss", id, "--note", "same event, old count", "--by", "bo"])
                .status, 0)
        XCTAssertEqual(try cli.run(["flags", "confirm", "999", "--note", "x"]).status, 2)
        let shown = try cli.run(["flags", "show", id])
        XCTAssertTrue(shown.output.contains("status **dismissed**"), shown.output)
        XCTAssertTrue(
            shown.output.contains("| confirm | checked both |")
                || shown.output.contains("ana | confirm"), shown.output)
        XCTAssertEqual(
            try cli.run(["flags", "list", "--status", "dismissed"]).output.split(separator: "\n"),
            [
                "id  level  status     rule                             topic          episode     sources                      message",
                "1   high   dismissed  numeric-conflict-across-sources  hostages.held  2023-11-06  Meridian Post, Harbor Times  Meridian Post reports fewer than 150 for hostages.held but Harbor Times reports…",
                "1 flag",
            ].map { Substring($0) })
        XCTAssertEqual(
            try cli.run(["flags", "list", "--status", "open"]).output, "no flags match\n")
    }

    func testNightlyWritesTheReport() throws {
        try Fixtures.write(
            "date 2023-11-07 source Northgate Herald\nAbout 240 hostages are held in Gaza.\n",
            to: folder + "/inbox/c.txt")
        let result = try cli.run(["nightly", "inbox"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(
            result.output.contains("report written: Reports/2023-11-06--2023-11-07.md"),
            result.output)
        let report = try String(
            contentsOfFile: folder + "/Reports/2023-11-06--2023-11-07.md", encoding: .utf8)
        XCTAssertTrue(report.hasPrefix("# FactLedger report: 2023-11-06 to 2023-11-07"))
        let single = try cli.run(["report", "--date", "2023-11-06"])
        XCTAssertEqual(single.status, 0)
        let past = try String(contentsOfFile: folder + "/Reports/2023-11-06.md", encoding: .utf8)
        XCTAssertFalse(
            past.contains("Northgate Herald"),
            "a report for a past day shows only what was known by then")
        XCTAssertEqual(try cli.run(["report", "--since", "2023-11-07"]).status, 64)
        XCTAssertEqual(try cli.run(["report", "--date", "2023-02-30"]).status, 64)
    }

    func testANightlyRerunWritesNothingAndDateMeansPublicationDate() throws {
        XCTAssertEqual(try cli.run(["nightly", "inbox"]).status, 0)
        let path = folder + "/Reports/2023-11-06.md"
        try FileManager.default.removeItem(atPath: path)
        let rerun = try cli.run(["nightly", "inbox"])
        XCTAssertEqual(rerun.status, 0, rerun.error)
        XCTAssertEqual(
            rerun.output.split(separator: "\n").last,
            "nothing new: no report written (give --report-day to write one)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "a rerun writes nothing")
        let chosen = try cli.run(["nightly", "inbox", "--report-day", "2023-11-06"])
        XCTAssertTrue(
            chosen.output.contains("report written: Reports/2023-11-06.md"), chosen.output)
        // --date is the publication date of articles that give none, as in ingest.
        let dated = try cli.run(
            ["nightly", "-", "--source", "Desk", "--date", "2023-11-09"],
            input: "Some 240 hostages are held in Gaza.\n")
        XCTAssertTrue(dated.output.contains("report written: Reports/2023-11-09.md"), dated.output)
    }

    func testNumbersPrintsOneArrayPerLine() throws {
        let result = try cli.run(
            ["numbers"],
            input: "between 200 and 250 hostages\nthe first of two sets of two\nno numbers\n")
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertEqual(result.output, "[200,250]\n[4]\n[]\n")
    }

    func testExtractPrintsClaimsAndStoresNothing() throws {
        let result = try cli.run(["extract", "inbox/b.md", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.error)
        let claims = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(
            claims.map { $0["topic"] as? String }, ["hostages.held", "humanitarian_pause"])
        XCTAssertEqual(claims[1]["actor"] as? String, "Qatar")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/factledger.sqlite"))
    }

    func testRulesRunReevaluatesWithoutDuplicates() throws {
        XCTAssertEqual(try cli.run(["ingest", "inbox"]).status, 0)
        let again = try cli.run(["rules", "run"])
        XCTAssertEqual(again.status, 0, again.error)
        XCTAssertEqual(again.output, "rules run: 0 new flags, 0 changed, 0 closed, 0 removed\n")
        XCTAssertEqual(
            try cli.run(["flags", "list", "--format", "jsonl"]).output.split(separator: "\n").count,
            1)
    }

    func testBenchMeasuresExtractionAloneAndValidatesItsOptions() throws {
        let bench = try cli.run(["bench", "--only", "extraction", "--articles", "1000", "--json"])
        XCTAssertEqual(bench.status, 0, bench.error)
        let rows = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(bench.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.map { $0["unit"] as? String }, ["articles/s", "MB/s"])
        XCTAssertEqual(rows[0]["target"] as? Double, 5_000)
        XCTAssertGreaterThan(rows[0]["value"] as? Double ?? 0, 0)
        XCTAssertNotNil(rows[0]["meets_target"] as? Bool)

        let misused = try cli.run(["bench", "--check-ledger", "factledger.sqlite"])
        XCTAssertEqual(misused.status, 64)
        XCTAssertTrue(misused.error.contains("--check-ledger needs --only check"), misused.error)
        let statements = try cli.run(["bench", "--only", "check", "--statements"])
        XCTAssertEqual(statements.status, 64)
        XCTAssertTrue(
            statements.error.contains("--statements needs --only ingest"), statements.error)
    }
}
