import FactExtraction
import TestSupport
import XCTest

final class LearnedModelTests: XCTestCase {
    private let margins = LearnedModel.Margins(drop: 1, relabel: 1)

    private func model(_ weights: [String: [String: Float]]) -> LearnedModel {
        LearnedModel(
            labels: ["none", "hostages.held", "hostages.released"], weights: weights,
            margins: margins)
    }

    func testScoresSumTheWeightsOfTheFeaturesPresent() {
        let model = model([
            "w+1=hostages": ["hostages.held": 0.5, "none": -0.25],
            "w-1=freed": ["hostages.released": 2],
        ])
        let keys = ["w+1=hostages", "w-1=freed", "w-1=unknown"].map(ModelFeatures.key(ofName:))
        XCTAssertEqual(model.scores(keys), [-0.25, 0.5, 2])
    }

    func testTheRulesReadingStandsUnlessAnotherLabelLeadsByTheMargin() {
        let model = model([
            "w-1=freed": ["hostages.released": 2],
            "w-1=said": ["hostages.released": 0.5],
            "w-1=aged": ["none": 3],
        ])
        let key = { [ModelFeatures.key(ofName: $0)] }
        XCTAssertEqual(
            model.verdict(on: "hostages.held", keys: key("w-1=freed")),
            .relabel("hostages.released"))
        XCTAssertEqual(
            model.verdict(on: "hostages.held", keys: key("w-1=said")), .keep, "within the margin")
        XCTAssertEqual(model.verdict(on: "hostages.released", keys: key("w-1=freed")), .keep)
        XCTAssertEqual(model.verdict(on: "hostages.held", keys: key("w-1=aged")), .drop)
        XCTAssertEqual(model.verdict(on: "hostages.held", keys: []), .keep)
    }

    func testATopicTheModelNeverSawScoresZero() {
        let model = model(["w-1=aged": ["none": 0.5]])
        XCTAssertEqual(
            model.verdict(on: "quake.killed", keys: [ModelFeatures.key(ofName: "w-1=aged")]),
            .keep)
        XCTAssertEqual(
            model.verdict(on: "quake.killed", keys: [ModelFeatures.key(ofName: "w-1=freed")]),
            .keep)
    }

    func testWhenTheRulesReadNothingTheBestOtherLabelIsClaimedPastTheClaimMargin() {
        var model = model([
            "w-1=freed": ["hostages.released": 2], "w-1=said": ["hostages.held": 0.5],
            "w-1=aged": ["none": 0.5],
        ])
        let key = { [ModelFeatures.key(ofName: $0)] }
        XCTAssertEqual(model.margins.claim, 1, "by default the relabel margin")
        XCTAssertEqual(
            model.verdict(on: "none", keys: key("w-1=freed")), .relabel("hostages.released"))
        XCTAssertEqual(model.verdict(on: "none", keys: key("w-1=said")), .keep, "within it")
        XCTAssertEqual(model.verdict(on: "none", keys: key("w-1=aged")), .keep)
        model.margins.claim = -1
        XCTAssertEqual(
            model.verdict(on: "none", keys: key("w-1=aged")), .relabel("hostages.held"),
            "a negative margin claims the best other label when it falls short of none by less")
        XCTAssertEqual(
            model.verdict(on: "hostages.held", keys: key("w-1=freed")),
            .relabel("hostages.released"), "a reading of the rules still needs the relabel margin")
    }
}
