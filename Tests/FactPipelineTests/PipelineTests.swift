import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import FactStore
import TestSupport
import XCTest

final class PipelineTests: XCTestCase {
    func makeInbox() throws -> String {
        let folder = try Fixtures.temporaryFolder()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write(
            "---\ndate: 2023-11-06\nsource: Harbor Times\nurl: https://harbor.example/a\n---\nOver 200 hostages are held in Gaza.\n",
            to: folder + "/inbox/harbor/a.md")
        try Fixtures.write(
            "date 2023-11-06 source Meridian Post url https://meridian.example/b\nFewer than 150 hostages are held in Gaza.\n",
            to: folder + "/inbox/meridian/b.txt")
        try Fixtures.write(
            #"{"date":"2023-11-06","source":"Wire","id":"w1","text":"Qatar called for a humanitarian pause."}"#
                + "\n{broken\n"
                + #"{"date":"2023-02-30","source":"Wire","id":"w2","text":"x"}"# + "\n",
            to: folder + "/inbox/wire/feed.jsonl")
        try Fixtures.write("no date anywhere\n", to: folder + "/inbox/harbor/undated.txt")
        return folder
    }

    func pipeline(_ ledger: Ledger) -> Pipeline {
        Pipeline(ledger: ledger, extractor: Fixtures.extractor, deriver: Fixtures.rules.engine())
    }

    func testABatchWithBadInputStoresTheRestAndReportsEachProblem() throws {
        let folder = try makeInbox()
        let ledger = try Ledger.inMemory()
        let (items, missing) = InputItem.expand([folder + "/inbox", folder + "/nowhere"])
        XCTAssertEqual(missing.map(\.message), [InputMessages.missingPath])
        let report = try pipeline(ledger).ingest(items, defaults: ArticleDefaults(), runID: nil)
        XCTAssertEqual(report.summary.new, 3)
        XCTAssertEqual(report.summary.rejected, 3)
        XCTAssertEqual(
            report.problems.map {
                "\(($0.file as NSString).lastPathComponent):\($0.line.map(String.init) ?? "-")"
            },
            ["undated.txt:-", "feed.jsonl:2", "feed.jsonl:3"])
        XCTAssertEqual(report.summary.flagsAdded, 1, "over 200 vs fewer than 150 across sources")
        XCTAssertEqual(report.firstPublished?.description, "2023-11-06")
        XCTAssertEqual(report.lastPublished?.description, "2023-11-06")
    }

    func testIngestingTheSameFolderTwiceAddsNothingAndAnEditMakesVersionTwo() throws {
        let folder = try makeInbox()
        let ledger = try Ledger.inMemory()
        let items = InputItem.expand([folder + "/inbox"]).items
        _ = try pipeline(ledger).ingest(items, defaults: ArticleDefaults(), runID: nil)
        let before = try ledger.read { try $0.counts() }
        let again = try pipeline(ledger).ingest(items, defaults: ArticleDefaults(), runID: nil)
        XCTAssertEqual(
            again.summary.new + again.summary.newVersions + again.summary.claimsAdded
                + again.summary.flagsAdded, 0)
        XCTAssertEqual(again.summary.unchanged, 3)
        XCTAssertEqual(try ledger.read { try $0.counts() }, before)

        try Fixtures.write(
            "---\ndate: 2023-11-06\nsource: Harbor Times\nurl: https://harbor.example/a\n---\nOver 100 hostages are held in Gaza.\n",
            to: folder + "/inbox/harbor/a.md")
        let edited = try pipeline(ledger).ingest(items, defaults: ArticleDefaults(), runID: nil)
        XCTAssertEqual(edited.summary.newVersions, 1)
        let versions = try ledger.read {
            try $0.versions(source: "Harbor Times", ref: "https://harbor.example/a")
        }
        XCTAssertEqual(versions.map(\.version), [1, 2])
        XCTAssertTrue(try ledger.flags().contains { $0.dispute.kind == "edited_figure" })
        // The new version's figure (over 100) no longer disagrees with fewer than 150: the
        // conflict the old one raised is superseded by the new version.
        let conflict = try XCTUnwrap(
            try ledger.flags().first { $0.dispute.kind == "numeric_conflict" })
        XCTAssertEqual(conflict.status, .superseded)
        XCTAssertEqual(conflict.dispute.supersededBy, versions[1].id)

        // The old text coming back (a folder holding an article and its correction) is not a new version.
        try Fixtures.write(
            "---\ndate: 2023-11-06\nsource: Harbor Times\nurl: https://harbor.example/a\n---\nOver 200 hostages are held in Gaza.\n",
            to: folder + "/inbox/harbor/a-original.md")
        let mixed = try pipeline(ledger).ingest(
            InputItem.expand([folder + "/inbox"]).items, defaults: ArticleDefaults(), runID: nil)
        XCTAssertEqual(mixed.summary.newVersions + mixed.summary.new, 0)
    }

    func testCheckReportsRelationsAndChangesNothing() throws {
        let folder = try makeInbox()
        let ledger = try Ledger.inMemory()
        _ = try pipeline(ledger).ingest(
            InputItem.expand([folder + "/inbox"]).items, defaults: ArticleDefaults(), runID: nil)
        let before = try ledger.read { try $0.counts() }
        let article = Fixtures.article(
            "More than 230 hostages are held in Gaza. Qatar rejected a humanitarian pause.",
            source: "Crossroads", date: "2023-11-06")
        let result = try ArticleCheck(ledger: ledger, folder: Fixtures.rules).run(
            article, failOn: .high)
        // More than 230 sides with the day's majority (over 200): it refines it rather than
        // conflicting, though the day is disputed; the stance conflicts with another outlet.
        XCTAssertEqual(result.entries.map(\.relation), [.refines, .conflicts])
        XCTAssertTrue(result.fails)
        let byKind = Dictionary(uniqueKeysWithValues: result.disputes.map { ($0.dispute.kind, $0) })
        // It agrees with the figure most agree on (over 200) on a day that is already disputed.
        XCTAssertEqual(byKind["numeric_conflict"]?.effect, .joins)
        XCTAssertEqual(byKind["numeric_conflict"]?.articleSides, [0])
        XCTAssertEqual(byKind["numeric_conflict"]?.countsAgainst, false)
        XCTAssertEqual(byKind["stance_conflict"]?.effect, .opens)
        XCTAssertEqual(byKind["stance_conflict"].map(result.fails), true)
        XCTAssertEqual(try ledger.read { try $0.counts() }, before)
    }
}
