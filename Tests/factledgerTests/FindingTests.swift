import Foundation
import TestSupport
import XCTest

/// End-to-end: the listing commands find what is asked for on the sample corpus, match names in
/// any case, and refuse unknown names with suggestions instead of printing nothing.
final class FindingTests: WorkspaceTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        let ingest = try cli.run(["ingest", Fixtures.path("Corpus/articles")])
        XCTAssertEqual(ingest.status, 0, ingest.error)
    }

    func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, 0, result.error)
        return try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]],
            result.output)
    }

    func testClaimsByPeriodActorAndSpeaker() throws {
        let all = try json(["claims", "--format", "json"])
        let period = try json([
            "claims", "--since", "2023-11-01", "--until", "2023-11-15", "--format", "json",
        ])
        let inPeriod = all.filter {
            let day = $0["published"] as? String ?? ""
            return day >= "2023-11-01" && day <= "2023-11-15"
        }
        XCTAssertFalse(period.isEmpty)
        XCTAssertEqual(period.map { $0["id"] as? Int }, inPeriod.map { $0["id"] as? Int })

        let qatar = try json(["claims", "--actor", "qatar", "--format", "json"])
        XCTAssertFalse(qatar.isEmpty)
        XCTAssertEqual(qatar.count, all.filter { $0["actor"] as? String == "Qatar" }.count)
        let ministry = try json(["claims", "--speaker", "GAZA HEALTH MINISTRY", "--format", "json"])
        XCTAssertEqual(
            ministry.count, all.filter { $0["speaker"] as? String == "Gaza health ministry" }.count)
        XCTAssertGreaterThan(ministry.count, 0)

        let table = try cli.run(["claims", "--source", "harbor times", "--kind", "numeric"])
        XCTAssertEqual(table.status, 0, table.error)
        XCTAssertTrue(table.output.contains("Harbor Times"))
        XCTAssertFalse(table.output.contains("Meridian Post"))
        let backwards = try cli.run(["claims", "--since", "2023-11-15", "--until", "2023-11-01"])
        XCTAssertEqual(backwards.status, 64)
        let empty = try cli.run(["claims", "--since", "2024-01-01"])
        XCTAssertEqual(empty.output, "no claims match\n")
    }

    func testFlagsListByTopicRuleSourceAndPeriodWithALimit() throws {
        let all = try json(["flags", "list", "--limit", "0", "--format", "json"])
        XCTAssertGreaterThan(all.count, 50)
        let table = try cli.run(["flags", "list"]).output.split(separator: "\n")
        XCTAssertEqual(table.count, 1 + 50 + 1, "a header, the default 50 flags and a count")
        XCTAssertEqual(
            String(table.last ?? ""), "… \(all.count - 50) more flags (--limit 0 lists all)")
        let three = try cli.run(["flags", "list", "--limit", "3"]).output.split(separator: "\n")
        XCTAssertEqual(three.count, 5)

        let casualties = try json(["flags", "list", "--topic", "Casualties", "--format", "json"])
        XCTAssertFalse(casualties.isEmpty)
        XCTAssertTrue(
            casualties.allSatisfy { ($0["topic"] as? String ?? "").hasPrefix("casualties.") })
        let reversals = try json([
            "flags", "list", "--rule", "STANCE-REVERSAL", "--limit", "0", "--format", "json",
        ])
        XCTAssertEqual(
            reversals.count, all.filter { $0["rule"] as? String == "stance-reversal" }.count)
        XCTAssertGreaterThan(reversals.count, 0)
        let harbor = try json([
            "flags", "list", "--source", "harbor times", "--limit", "0", "--format", "json",
        ])
        XCTAssertEqual(
            harbor.count,
            all.filter { ($0["sources"] as? [String] ?? []).contains("Harbor Times") }.count)
        XCTAssertGreaterThan(harbor.count, 0)
        let november = try json([
            "flags", "list", "--since", "2023-11-01", "--until", "2023-11-30", "--limit", "0",
            "--format", "json",
        ])
        XCTAssertEqual(
            november.count,
            all.filter {
                let day = $0["known_on"] as? String ?? ""
                return day >= "2023-11-01" && day <= "2023-11-30"
            }.count)
        XCTAssertEqual(try cli.run(["flags", "list", "--limit", "-1"]).status, 64)
    }

    func testUnknownNamesAreRefusedWithTheClosestKnownOnes() throws {
        let cases: [([String], String)] = [
            (
                ["claims", "--topic", "hostage.held"],
                "no such topic: hostage.held; did you mean 'hostages.held'"
            ),
            (["flags", "list", "--topic", "casualtys"], "no such topic: casualtys; did you mean"),
            (
                ["flags", "list", "--rule", "stance-reversl"],
                "no such rule: stance-reversl; did you mean 'stance-reversal'"
            ),
            (
                ["claims", "--source", "Harbour Times"],
                "no such source: Harbour Times; did you mean 'Harbor Times'"
            ),
            (["flags", "list", "--source", "Harbour Times"], "no such source: Harbour Times"),
            (["claims", "--actor", "Quatar"], "no such actor: Quatar; did you mean 'Qatar'"),
            (
                ["rules", "test", "--id", "stance-reversl"],
                "no such rule: stance-reversl; did you mean 'stance-reversal'"
            ),
            (["claims", "--topic", "weather"], "no such topic: weather (factledger topics lists"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(result.error.contains(message), result.error)
            XCTAssertEqual(result.output, "")
        }
    }

    func testTopicsAndActorsWithCounts() throws {
        let topics = try json(["topics", "--format", "json"])
        let claims = try json(["claims", "--format", "json"])
        let open = try json([
            "flags", "list", "--status", "open", "--limit", "0", "--format", "json",
        ])
        for key in ["topic", "claims", "sources", "open_flags"] {
            XCTAssertNotNil(topics.first?[key], key)
        }
        let held = try XCTUnwrap(topics.first { $0["topic"] as? String == "hostages.held" })
        let heldClaims = claims.filter { $0["topic"] as? String == "hostages.held" }
        XCTAssertEqual(held["claims"] as? Int, heldClaims.count)
        XCTAssertEqual(
            held["sources"] as? Int, Set(heldClaims.compactMap { $0["source"] as? String }).count)
        XCTAssertEqual(
            held["open_flags"] as? Int,
            open.filter { $0["topic"] as? String == "hostages.held" }.count)
        let table = try cli.run(["topics"]).output
        XCTAssertTrue(table.hasPrefix("topic"), table)
        XCTAssertTrue(table.contains("open flags"), table)

        let actors = try json(["actors", "--format", "json"])
        let qatar = try XCTUnwrap(actors.first { $0["actor"] as? String == "Qatar" })
        XCTAssertEqual(
            qatar["claims"] as? Int, claims.filter { $0["actor"] as? String == "Qatar" }.count)
        XCTAssertTrue(try cli.run(["actors"]).output.contains("Qatar"))
    }

    func testCountsHaveThousandsSeparatorsAndJSONPlainNumbers() throws {
        var text = "date 2023-11-08 source Big Wire url https://big.example/1\n"
        for index in 0..<1_001 { text += "Over \(200 + index) hostages are held in Gaza.\n" }
        try Fixtures.write(text, to: folder + "/big.txt")
        let ingest = try cli.run(["ingest", "big.txt"])
        XCTAssertTrue(ingest.output.contains("1,001 claims added"), ingest.output)
        let table = try cli.run(["sources", "list"]).output
        XCTAssertTrue(table.contains("Big Wire             1         1,001"), table)
        XCTAssertTrue(
            try cli.run(["claims", "--source", "big wire"]).output.hasSuffix("1,001 claims\n"))
        let sources = try json(["sources", "list", "--format", "json"])
        XCTAssertEqual(
            sources.first { $0["name"] as? String == "Big Wire" }?["claims"] as? Int, 1_001)
        let raw = try cli.run(["topics", "--format", "json"]).output
        XCTAssertNil(raw.range(of: #"\d,\d\d\d"#, options: .regularExpression), raw)
    }

    func testJSONListingsOfRulesAndEval() throws {
        let rules = try cli.run(["rules", "list", "--format", "json"])
        XCTAssertEqual(rules.status, 0, rules.error)
        let object = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(rules.output.utf8)) as? [String: Any])
        let checks = try XCTUnwrap(object["checks"] as? [[String: Any]])
        XCTAssertFalse(checks.isEmpty)
        for key in [
            "id", "kind", "level", "status", "title", "file", "trigger_examples", "pass_examples",
        ] {
            XCTAssertNotNil(checks[0][key], key)
        }
        XCTAssertNotNil(object["kinds"] as? [[String: Any]])
        XCTAssertNotNil(object["rules"] as? String)
    }

    func testTheReadmeNamesEveryJSONContractWithItsKeys() throws {
        let readme = try String(contentsOfFile: Fixtures.path("README.md"), encoding: .utf8)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let listings: [[String]] = [
            ["sources", "list"], ["topics"], ["actors"], ["claims"], ["flags", "list"],
        ]
        for command in listings {
            let name = command.joined(separator: " ")
            XCTAssertTrue(readme.contains("`\(name) --format json"), name)
            let objects = try json(command + ["--format", "json"])
            for key in objects.first?.keys.sorted() ?? [] {
                XCTAssertTrue(readme.contains(key), "\(name): \(key)")
            }
        }
        let rules = try XCTUnwrap(
            JSONSerialization.jsonObject(
                with: Data(try cli.run(["rules", "list", "--format", "json"]).output.utf8))
                as? [String: Any])
        XCTAssertTrue(readme.contains("`rules list --format json`"))
        let check = try XCTUnwrap((rules["checks"] as? [[String: Any]])?.first)
        for key in Array(rules.keys) + Array(check.keys) {
            XCTAssertTrue(readme.contains(key), "rules list: \(key)")
        }
        let eval = try json(["eval", Fixtures.path("Corpus/dev"), "--format", "json"])
        XCTAssertTrue(readme.contains("`eval --format json`"))
        for key in eval.first?.keys.sorted() ?? [] {
            XCTAssertTrue(readme.contains(key), "eval: \(key)")
        }
        XCTAssertTrue(readme.contains("`extract --format json|jsonl`"))
        let extract = try cli.run([
            "extract", Fixtures.path("Corpus/articles/harbor-times/2023-10-16-captives-count.md"),
            "--format", "jsonl",
        ])
        XCTAssertEqual(extract.status, 0, extract.error)
        let lines = extract.output.split(separator: "\n")
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            XCTAssertNotNil(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    func testCheckTablesShowNoEscapedHash() throws {
        try Fixtures.write(
            "date 2023-11-06 source Crossroads\nQatar rejected a humanitarian pause.\n",
            to: folder + "/new.txt")
        let check = try cli.run(["check", "new.txt"])
        XCTAssertTrue(check.output.contains("| # | topic |"), check.output)
        XCTAssertFalse(check.output.contains("\\#"), check.output)
    }
}
