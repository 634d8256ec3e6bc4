import FactExtraction
import StrictYAML
import TestSupport
import XCTest

final class ModelFileTests: XCTestCase {
    func testAModelWrittenOutReadsBackTheSame() throws {
        let model = LearnedModel(
            labels: ["none", "hostages.held", "West Bank"],
            weights: [
                "w+1=hostages": ["hostages.held": 1.25, "none": -0.5],
                "how=claim-noun:held_in": ["hostages.held": 0.125, "West Bank": 0.742],
                "digits=3": ["none": -0.08, "hostages.held": 12.5],
                "rule=hostages.held&w-1=#": ["none": 2, "West Bank": -1],
            ],
            margins: LearnedModel.Margins(drop: 3, relabel: 0.5))
        let text = ModelFile.text(of: model, header: ["a header line"])
        XCTAssertTrue(
            text.hasPrefix("# a header line\nlabels: [none, hostages.held, West Bank]\n"), text)
        XCTAssertTrue(text.contains("  w+1=hostages 0:-0.5 1:1.25\n"), text)
        let read = try XCTUnwrap(ModelFile.parse(text, file: "figures.yaml"))
        XCTAssertEqual(read, model)
        XCTAssertEqual(read.featureCount, 4)
    }

    func testAModelLargerThanARuleFileMayBeLeavesOutItsSmallestWeights() throws {
        var weights: [String: [String: Float]] = [:]
        for index in 0..<200 {
            weights["w+1=word\(index)"] = ["hostages.held": Float(index) / 100, "none": 0.001]
        }
        let model = LearnedModel(
            labels: ["none", "hostages.held"], weights: weights,
            margins: LearnedModel.Margins(drop: 3, relabel: 0.5))
        let full = ModelFile.text(of: model)
        let limit = full.utf8.count / 2
        let text = ModelFile.text(of: model, limit: limit)
        XCTAssertLessThanOrEqual(text.utf8.count, limit)
        let read = try XCTUnwrap(ModelFile.parse(text, file: "figures.yaml"))
        // The largest weights stay, the ones nearest zero go first.
        XCTAssertEqual(read.weights["w+1=word199"]?["hostages.held"], 1.99)
        XCTAssertNil(read.weights["w+1=word199"]?["none"])
        XCTAssertNil(read.weights["w+1=word1"])
        XCTAssertLessThan(read.featureCount, model.featureCount)
    }

    func testABadWeightLineIsNamedByFileAndLine() {
        let text = """
            labels: [none, hostages.held]
            drop-margin: 3
            relabel-margin: 0.5
            weights: |
              w+1=hostages 0:-0.5
              w-1=freed 2:2
            """
        XCTAssertThrowsError(try ModelFile.parse(text, file: "figures.yaml")) { error in
            XCTAssertEqual(
                "\(error)",
                "figures.yaml:6: '2' is not the number of a label the model lists")
        }
        let malformed = text.replacingOccurrences(of: "2:2", with: "2")
        XCTAssertThrowsError(try ModelFile.parse(malformed, file: "figures.yaml")) { error in
            XCTAssertEqual("\(error)", "figures.yaml:6: a weight is written label-number:weight")
        }
    }

    func testTheFirstLabelIsNone() {
        let text = """
            labels: [hostages.held, none]
            drop-margin: 3
            relabel-margin: 0.5
            weights: |
              w+1=hostages 1:-0.5
            """
        XCTAssertThrowsError(try ModelFile.parse(text, file: "figures.yaml")) { error in
            XCTAssertTrue("\(error)".contains("the first label must be 'none'"), "\(error)")
        }
    }

    func testARulesFolderWithoutAModelReadsByItsRulesAlone() throws {
        var texts = try RuleFiles.read(folder: Fixtures.path("Rules")).texts
        texts[ModelFile.path] = nil
        let files = RuleFiles(origin: "test", isBuiltIn: false, texts: texts)
        XCTAssertNil(try ModelFile.load(files))
    }

    func testWritingReplacesTheModelsAndRemovesStaleFacetModels() throws {
        let folder = try Fixtures.temporaryFolder()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("stale", to: folder + "/models/facets/group.yaml")
        let model = LearnedModel(
            labels: ["none", "Gaza"], weights: ["w+1=killed": ["Gaza": 1]],
            margins: LearnedModel.Margins(drop: 1, relabel: 1))
        let stances = LearnedModel(
            labels: ["none", "support"], weights: ["sb=welcomed": ["support": 2]],
            margins: LearnedModel.Margins(drop: 5, relabel: 5, claim: -2))
        let written = try ModelFile.write(
            topic: model, facets: ["place": model], stances: stances, header: ["made by a test"],
            to: folder)
        XCTAssertEqual(
            written.map(\.path),
            [
                folder + "/models/figures.yaml", folder + "/models/stances.yaml",
                folder + "/models/facets/place.yaml",
            ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/models/facets/group.yaml"))
        let files = try RuleFiles.read(folder: folder)
        XCTAssertEqual(try ModelFile.load(files), model)
        XCTAssertEqual(try ModelFile.loadFacets(files), ["place": model])
        XCTAssertEqual(try ModelFile.loadStances(files), stances, "the claim margin round-trips")
        XCTAssertTrue(files.texts["models/facets/place.yaml"]!.contains("# made by a test"))
    }

    func testWritingOnlyAStanceModelLeavesTheFigureModelsAlone() throws {
        let folder = try Fixtures.temporaryFolder()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.write("kept", to: folder + "/models/facets/place.yaml")
        let stances = LearnedModel(
            labels: ["none", "oppose"], weights: ["sb=rejected": ["oppose": 2]],
            margins: LearnedModel.Margins(drop: 5, relabel: 5, claim: -2))
        let written = try ModelFile.write(
            topic: nil, facets: [:], stances: stances, header: [], to: folder)
        XCTAssertEqual(written.map(\.path), [folder + "/models/stances.yaml"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/models/facets/place.yaml"))
        let text = try String(contentsOfFile: folder + "/models/stances.yaml", encoding: .utf8)
        XCTAssertTrue(text.contains("claim-margin: -2\n"), text)
        XCTAssertFalse(
            ModelFile.text(
                of: LearnedModel(
                    labels: ["none"], weights: [:], margins: .init(drop: 1, relabel: 1))
            )
            .contains("claim-margin"), "figure models claim nothing and say no claim margin")
    }
}
