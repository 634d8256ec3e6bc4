import Foundation
import TestSupport
import XCTest

/// End-to-end: `sources list` and `sources alias`, and spellings of one outlet counted as one
/// source in flags and listings.
final class SourceAliasTests: WorkspaceTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try Fixtures.write(
            "date 2023-11-06 source The Times of Israel url https://toi.example/a\nOver 200 hostages are held in Gaza, officials said.\n",
            to: folder + "/inbox/a.txt")
        try Fixtures.write(
            "date 2023-11-06 source Times of Israel url https://toi.example/b\nFewer than 150 hostages are held in Gaza.\n",
            to: folder + "/inbox/b.txt")
        XCTAssertEqual(try cli.run(["ingest", "inbox"]).status, 0)
    }

    func flags() throws -> [[String: Any]] {
        let listed = try cli.run(["flags", "list", "--format", "json"])
        XCTAssertEqual(listed.status, 0, listed.error)
        return try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
    }

    func sources() throws -> [[String: Any]] {
        let listed = try cli.run(["sources", "list", "--format", "json"])
        XCTAssertEqual(listed.status, 0, listed.error)
        return try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
    }

    func testTwoSpellingsOfOneOutletStopConflictingOnceAliased() throws {
        let before = try flags()
        XCTAssertEqual(before.map { $0["rule"] as? String }, ["numeric-conflict-across-sources"])
        XCTAssertEqual(try sources().count, 2)

        let alias = try cli.run(["sources", "alias", "times of israel", "the times of israel"])
        XCTAssertEqual(alias.status, 0, alias.error)
        XCTAssertTrue(
            alias.output.hasPrefix("Times of Israel now counts as The Times of Israel"),
            alias.output)
        XCTAssertTrue(alias.output.contains("1 removed"), alias.output)
        XCTAssertEqual(try flags().count, 0, "one outlet's two spellings are not two sources")

        let listed = try sources()
        XCTAssertEqual(listed.count, 1)
        XCTAssertEqual(listed[0]["name"] as? String, "The Times of Israel")
        XCTAssertEqual(listed[0]["articles"] as? Int, 2)
        XCTAssertEqual(listed[0]["claims"] as? Int, 2)
        XCTAssertEqual(listed[0]["aliases"] as? [String], ["Times of Israel"])
        let table = try cli.run(["sources", "list"]).output
        XCTAssertTrue(
            table.contains("The Times of Israel  2         2       Times of Israel"), table)
        XCTAssertTrue(table.hasSuffix("1 source\n"), table)

        // Claims of the alias list under the canonical name, by either spelling in any case.
        let claims = try cli.run(["claims", "--source", "TIMES OF ISRAEL", "--format", "json"])
        XCTAssertEqual(claims.status, 0, claims.error)
        let objects = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(claims.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(objects.count, 2)
        XCTAssertEqual(Set(objects.map { $0["source"] as? String }), ["The Times of Israel"])
        XCTAssertEqual(try cli.run(["report", "--date", "2023-11-06"]).status, 0)
        let report = try String(contentsOfFile: folder + "/Reports/2023-11-06.md", encoding: .utf8)
        XCTAssertTrue(report.contains("- 2 article versions from 1 source, 2 claims"), report)
        XCTAssertFalse(report.contains("| Times of Israel |"), report)
        let topics = try cli.run(["topics", "--format", "json"])
        let rows = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(topics.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(
            rows.first { $0["topic"] as? String == "hostages.held" }?["sources"] as? Int, 1)
    }

    func testArticlesArrivingLaterUnderTheAliasCountAsTheCanonicalSource() throws {
        XCTAssertEqual(try cli.run(["sources", "alias", "TOI", "The Times of Israel"]).status, 0)
        try Fixtures.write(
            "date 2023-11-07 source TOI url https://toi.example/c\nAbout 240 hostages are held in Gaza.\n",
            to: folder + "/later/c.txt")
        try Fixtures.write(
            "date 2023-11-07 source The Times of Israel url https://toi.example/d\nFewer than 100 hostages are held in Gaza.\n",
            to: folder + "/later/d.txt")
        XCTAssertEqual(try cli.run(["ingest", "later"]).status, 0)
        let conflicts = try flags().filter {
            ($0["rule"] as? String) == "numeric-conflict-across-sources"
                && (($0["dates"] as? [String]) ?? []).contains("2023-11-07")
        }
        XCTAssertEqual(conflicts.count, 0, "TOI and The Times of Israel are one source")
        let listed = try sources()
        XCTAssertEqual(
            listed.first { $0["name"] as? String == "The Times of Israel" }?["aliases"]
                as? [String], ["TOI"])
    }

    func testAliasErrorsNameTheSourceAndExitTwo() throws {
        let unknown = try cli.run(["sources", "alias", "TOI", "Times of Isreal"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(
            unknown.error.contains(
                "no such source: Times of Isreal; did you mean 'Times of Israel'"),
            unknown.error)
        XCTAssertEqual(
            try cli.run(["sources", "alias", "Times of Israel", "The Times of Israel"]).status, 0)
        let again = try cli.run(["sources", "alias", "Times of Israel", "The Times of Israel"])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(
            again.error.contains("Times of Israel already counts as The Times of Israel"),
            again.error)
        XCTAssertEqual(try cli.run(["sources", "alias", "", "The Times of Israel"]).status, 64)
    }

    func testAnAliasOfAnAliasCountsAsItsCanonicalSource() throws {
        XCTAssertEqual(try cli.run(["sources", "alias", "TOI", "Times of Israel"]).status, 0)
        XCTAssertEqual(
            try cli.run(["sources", "alias", "Times of Israel", "The Times of Israel"]).status, 0)
        let listed = try sources()
        XCTAssertEqual(listed.count, 1)
        XCTAssertEqual(listed[0]["aliases"] as? [String], ["Times of Israel", "TOI"])
    }

    func testAReviewedConflictBetweenTwoSpellingsClosesAsSuperseded() throws {
        let id = String(try XCTUnwrap(try flags().first?["id"] as? Int))
        XCTAssertEqual(
            try cli.run(["flags", "confirm", id, "--note", "two outlets?", "--by", "ana"]).status, 0
        )
        let alias = try cli.run(["sources", "alias", "Times of Israel", "The Times of Israel"])
        XCTAssertTrue(alias.output.contains("1 closed"), alias.output)
        let closed = try flags()
        XCTAssertEqual(closed.count, 1)
        XCTAssertEqual(closed[0]["status"] as? String, "superseded")
        XCTAssertEqual((closed[0]["reviews"] as? [[String: Any]])?.count, 1, "its review stays")
    }

    func testDerivingAgainOnlyWhatAnAliasTouchesGivesWhatDerivingEverythingGives() throws {
        XCTAssertEqual(try cli.run(["ingest", Fixtures.path("Corpus/articles")]).status, 0)
        for (spelling, canonical) in [
            ("Harbor Times", "Meridian Post"), ("crossroads radio", "meridian post"),
            ("Times of Israel", "Levant Daily Wire"),
        ] {
            let alias = try cli.run(["sources", "alias", spelling, canonical])
            XCTAssertEqual(alias.status, 0, alias.error)
            let run = try cli.run(["rules", "run"])
            XCTAssertEqual(
                run.output, "rules run: 0 new flags, 0 changed, 0 closed, 0 removed\n",
                "after aliasing \(spelling)")
        }
        let sources = try self.sources()
        XCTAssertEqual(
            sources.first { $0["name"] as? String == "Meridian Post" }?["aliases"] as? [String],
            ["Crossroads Radio", "Harbor Times"])
        XCTAssertFalse(
            try flags().contains {
                ($0["rule"] as? String ?? "").hasSuffix("across-sources")
                    && Set($0["sources"] as? [String] ?? []).count < 2
            }, "no conflict across sources is left between spellings of one outlet")
    }

    func testTheSourceOfNewArticlesMatchesAStoredSpellingInAnyCase() throws {
        let ingest = try cli.run(
            ["ingest", "-", "--source", "THE TIMES OF ISRAEL", "--date", "2023-11-08"],
            input: "About 240 hostages are held in Gaza.\n")
        XCTAssertEqual(ingest.status, 0, ingest.error)
        let nightly = try cli.run(
            ["nightly", "-", "--source", "times of israel", "--date", "2023-11-09"],
            input: "About 239 hostages are held in Gaza.\n")
        XCTAssertEqual(nightly.status, 0, nightly.error)
        let listed = try sources()
        XCTAssertEqual(
            listed.map { $0["name"] as? String }, ["The Times of Israel", "Times of Israel"])
        XCTAssertEqual(listed.map { $0["articles"] as? Int }, [2, 2])
    }

    func testReadOnlySourceCommandsRefuseAMissingLedger() throws {
        for arguments in [["sources", "list"], ["topics"], ["actors"]] {
            let result = try cli.run(arguments + ["--db", "missing.sqlite"])
            XCTAssertEqual(result.status, 3, arguments.joined(separator: " "))
            XCTAssertTrue(result.error.contains("no ledger here"), result.error)
        }
    }
}
