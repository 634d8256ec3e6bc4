import FactExtraction
import Foundation
import TestSupport
import XCTest

/// `factledger rules train` learns the figure and stance models from an annotated corpus.
final class RulesTrainTests: WorkspaceTestCase {
    private func writeCorpus() throws {
        let articles = [
            ("one.md", "2023-11-24", "Hamas freed 13 hostages on Friday, the army said."),
            ("two.md", "2023-11-25", "Another 17 hostages were freed on Saturday night."),
            ("three.md", "2023-11-26", "Some 240 people were seized on October 7, Israel says."),
            (
                "four.md", "2023-11-22",
                "Qatar welcomed the truce, while Israel said it was studying a ceasefire."
            ),
        ]
        var claims = ""
        for (name, date, body) in articles {
            try Fixtures.write(
                "---\ndate: \(date)\nsource: Harbor Times\n---\n\(body)\n",
                to: folder + "/corpus/articles/harbor/\(name)")
        }
        claims += """
            {"article": "harbor/one.md", "kind": "numeric", "topic": "hostages.released.event", "facets": {}, "qualifier": "exact", "value": 13, "evidence": "freed 13 hostages"}
            {"article": "harbor/two.md", "kind": "numeric", "topic": "hostages.released.event", "facets": {}, "qualifier": "exact", "value": 17, "evidence": "Another 17 hostages were freed"}
            {"article": "harbor/three.md", "kind": "numeric", "topic": "hostages.taken", "facets": {}, "qualifier": "approximate", "value": 240, "evidence": "Some 240 people were seized"}
            {"article": "harbor/four.md", "kind": "stance", "topic": "humanitarian_pause", "actor": "Qatar", "polarity": "support", "evidence": "Qatar welcomed the truce"}
            {"article": "harbor/four.md", "kind": "stance", "topic": "ceasefire", "actor": "Israel", "polarity": "conditional", "evidence": "studying a ceasefire"}

            """
        try Fixtures.write(claims, to: folder + "/corpus/claims.jsonl")
    }

    func testTrainingWritesAModelTheRulesFolderLoads() throws {
        try writeCorpus()
        let result = try cli.run(["rules", "train", "corpus"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(
            result.output.hasPrefix("wrote Rules/models/figures.yaml: "), result.output)
        let text = try String(
            contentsOfFile: folder + "/Rules/models/figures.yaml", encoding: .utf8)
        let model = try XCTUnwrap(ModelFile.parse(text, file: "figures.yaml"))
        XCTAssertEqual(model.labels.first, "none")
        XCTAssertEqual(model.margins, LearnedModel.Margins(drop: 2.5, relabel: 0))
        XCTAssertTrue(result.output.contains("wrote Rules/models/stances.yaml: "), result.output)
        let stances = try XCTUnwrap(
            ModelFile.parse(
                try String(contentsOfFile: folder + "/Rules/models/stances.yaml", encoding: .utf8),
                file: "stances.yaml"))
        XCTAssertEqual(Set(stances.labels), ["none", "support", "conditional"])
        XCTAssertEqual(stances.margins, LearnedModel.Margins(drop: 5, relabel: 5, claim: -0.5))
        let extract = try cli.run(["extract", "corpus/articles/harbor/one.md", "--format", "jsonl"])
        XCTAssertEqual(extract.status, 0, extract.error)
        XCTAssertTrue(extract.output.contains("hostages.released"), extract.output)
    }

    func testCrossValidationComparesTheRulesAloneWithTheModel() throws {
        try writeCorpus()
        let result = try cli.run([
            "rules", "train", "corpus", "--folds", "2", "--drop-margin", "1", "3",
        ])
        XCTAssertEqual(result.status, 0, result.error)
        let lines = result.output.split(separator: "\n")
        XCTAssertEqual(lines.first, "4 articles, 2 parts")
        XCTAssertTrue(lines.contains { $0.hasPrefix("rules alone: precision") }, result.output)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("drop 1.0 relabel 0.0 facet 0.5: ") }, result.output)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("drop 3.0 relabel 0.0 facet 0.5: ") }, result.output)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("stances, rules alone: precision") }, result.output)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("stance drop 5.0 relabel 5.0 claim -0.5: ") },
            result.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/corpus/figures.yaml"))
    }

    func testOnlyOneKindOfModelIsLearnedWhenAsked() throws {
        try writeCorpus()
        let figures = folder + "/Rules/models/figures.yaml"
        let before = try? String(contentsOfFile: figures, encoding: .utf8)
        let result = try cli.run(["rules", "train", "corpus", "--only", "stances"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertTrue(result.output.hasPrefix("wrote Rules/models/stances.yaml: "), result.output)
        XCTAssertFalse(result.output.contains("figures.yaml"), result.output)
        XCTAssertEqual(try? String(contentsOfFile: figures, encoding: .utf8), before)
    }

    func testBadOptionsAreRefused() throws {
        try writeCorpus()
        XCTAssertEqual(try cli.run(["rules", "train", "corpus", "--folds", "1"]).status, 64)
        XCTAssertEqual(
            try cli.run(["rules", "train", "corpus", "--drop-margin", "1", "2"]).status, 64)
        XCTAssertEqual(
            try cli.run(["rules", "train", "corpus", "--stance-drop-margin", "1", "2"]).status, 64)
        let missing = try cli.run(["rules", "train", "nowhere"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.error.contains("nowhere"), missing.error)
    }
}
