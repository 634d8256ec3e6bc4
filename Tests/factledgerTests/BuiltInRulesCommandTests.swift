import Foundation
import TestSupport
import XCTest

/// End-to-end: `factledger` away from the repository, with the rules built into it.
final class BuiltInRulesCommandTests: XCTestCase {
    var folder = ""
    var cli = BinaryRunner(directory: "/")

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder()
        cli = BinaryRunner(directory: folder)
        cli.environment["FACTLEDGER_RULES"] = ""
        addTeardownBlock { [folder] in try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza, officials said.\n",
            to: folder + "/inbox/a.txt")
    }

    func testAFolderWithoutRulesUsesTheBuiltInRules() throws {
        let ingest = try cli.run(["ingest", "inbox"])
        XCTAssertEqual(ingest.status, 0, ingest.error)
        XCTAssertTrue(ingest.output.contains("1 claims added"), ingest.output)
        let list = try cli.run(["rules", "list"])
        XCTAssertTrue(list.output.hasPrefix("rules: built-in rules\n"), list.output)
        XCTAssertTrue(list.output.contains("numeric-conflict-across-sources"))
    }

    func testTheRulesFolderIsChosenByOptionThenEnvironmentThenWorkingFolder() throws {
        let written = try cli.run(["rules", "init", "mine"])
        XCTAssertEqual(written.status, 0, written.error)
        XCTAssertTrue(written.output.hasPrefix("wrote "), written.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/mine/checks"))
        let again = try cli.run(["rules", "init", "mine"])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.error.contains("already exists; not overwritten"), again.error)

        var withEnvironment = cli
        withEnvironment.environment["FACTLEDGER_RULES"] = "mine"
        XCTAssertTrue(
            try withEnvironment.run(["rules", "list"]).output.hasPrefix(
                "rules: mine ($FACTLEDGER_RULES)"))
        XCTAssertTrue(
            try withEnvironment.run(["rules", "list", "--rules", "mine"]).output.hasPrefix(
                "rules: mine (--rules)"))
        try FileManager.default.moveItem(atPath: folder + "/mine", toPath: folder + "/Rules")
        XCTAssertTrue(
            try cli.run(["rules", "list"]).output.hasPrefix("rules: Rules (working folder)"))
    }

    func testAMissingRulesFolderSaysHowToChooseAnother() throws {
        let result = try cli.run(["extract", "inbox/a.txt", "--rules", "typo"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.error.contains("typo: rules folder not found"), result.error)
        XCTAssertTrue(result.error.contains("--rules or $FACTLEDGER_RULES"), result.error)
    }

    func testVersion() throws {
        let result = try cli.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.output.hasPrefix("factledger "), result.output)
    }
}
