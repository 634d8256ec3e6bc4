import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

/// The stance model's verdicts applied to a sentence: a stance of the rules dropped, a stance
/// the rules passed over claimed, each only past its margin.
final class StanceReviewTests: XCTestCase {
    private let sentence =
        "Qatar welcomed the truce, while Israel said it was studying a ceasefire."

    private func stances(_ extractor: ClaimExtractor) -> [String] {
        extractor.claims(in: Fixtures.article(sentence, date: "2023-11-22"))
            .filter { $0.kind == .stance }
            .map { "\($0.actor ?? "?") \($0.topic) \($0.polarity?.rawValue ?? "?")" }
    }

    private func reviewing(_ weights: [String: [String: Float]], claim: Float) -> ClaimExtractor {
        var extractor = Fixtures.extractor.withoutLearnedModels
        extractor.stanceModel = LearnedModel(
            labels: ["none", "support", "oppose"], weights: weights,
            margins: LearnedModel.Margins(drop: 2, relabel: 2, claim: claim))
        return extractor
    }

    func testTheRulesAloneReadOneStance() {
        XCTAssertEqual(
            stances(Fixtures.extractor.withoutLearnedModels), ["Qatar humanitarian_pause support"])
    }

    func testAConfidentModelClaimsAStanceTheRulesPassedOver() throws {
        let extractor = reviewing(["sb=studying": ["support": 3]], claim: 1)
        let found = stances(extractor)
        XCTAssertTrue(found.contains("Israel ceasefire support"), "\(found)")
        XCTAssertTrue(found.contains("Qatar humanitarian_pause support"), "\(found)")
        let claim = try XCTUnwrap(
            extractor.claims(in: Fixtures.article(sentence, date: "2023-11-22")).first {
                $0.actor == "Israel" && $0.topic == "ceasefire"
            })
        XCTAssertEqual(claim.provenance, "stance:ceasefire:learned")
        XCTAssertEqual(claim.quote, sentence)
    }

    func testAClaimNeedsItsMargin() {
        XCTAssertEqual(
            stances(reviewing(["sb=studying": ["support": 3]], claim: 4)),
            ["Qatar humanitarian_pause support"])
    }

    func testANegativeMarginClaimsWhatFallsShortOfNoneByLess() {
        let weights: [String: [String: Float]] = [
            "sb=studying": ["support": 1], "srule=none": ["none": 2],
        ]
        XCTAssertFalse(
            stances(reviewing(weights, claim: -0.5)).contains("Israel ceasefire support"))
        XCTAssertTrue(stances(reviewing(weights, claim: -1.5)).contains("Israel ceasefire support"))
    }

    func testAModelClaimsNoStanceForACounterpart() {
        let text =
            "Biden discussed the war with Israeli Prime Minister Benjamin Netanyahu, stressing the hostage deal."
        var extractor = Fixtures.extractor.withoutLearnedModels
        extractor.stanceModel = LearnedModel(
            labels: ["none", "support", "oppose"], weights: ["stopic=hostage_deal": ["support": 3]],
            margins: LearnedModel.Margins(drop: 2, relabel: 2, claim: 1))
        let found = extractor.claims(in: Fixtures.article(text, date: "2023-11-06"))
            .filter { $0.kind == .stance }.map { "\($0.actor ?? "?") \($0.topic)" }
        XCTAssertTrue(found.contains("Biden hostage_deal"), "\(found)")
        XCTAssertFalse(found.contains("Netanyahu hostage_deal"), "\(found)")
    }

    func testATopicReferredBackToIsACandidate() {
        let text = "Qatar put forward a truce in Gaza. Hamas was studying the proposal on Monday."
        let extractor = reviewing(["sreferred": ["support": 3]], claim: 1)
        let found = extractor.claims(in: Fixtures.article(text, date: "2023-11-20"))
            .filter { $0.kind == .stance }.map { "\($0.actor ?? "?") \($0.topic)" }
        XCTAssertTrue(found.contains("Hamas humanitarian_pause"), "\(found)")
        let rulesAlone = Fixtures.extractor.withoutLearnedModels.claims(
            in: Fixtures.article(text, date: "2023-11-20")
        ).filter { $0.kind == .stance && $0.actor == "Hamas" }
        XCTAssertEqual(rulesAlone.count, 0)
    }

    func testATopicNamedBeforeIsACandidateWhereACueStands() {
        // The second sentence names no topic and points back to none; its cue carries the truce.
        let text = "Qatar announced a truce in Gaza. Hamas confirmed it had agreed on Monday."
        let extractor = reviewing(["scarried": ["support": 3]], claim: 1)
        let found = extractor.claims(in: Fixtures.article(text, date: "2023-11-20"))
            .filter { $0.kind == .stance }.map { "\($0.actor ?? "?") \($0.topic)" }
        XCTAssertTrue(found.contains("Hamas humanitarian_pause"), "\(found)")
        // Without a cue there is no candidate to carry the topic to.
        let plain = "Qatar announced a truce in Gaza. Hamas spoke to reporters on Monday."
        let none = extractor.claims(in: Fixtures.article(plain, date: "2023-11-20"))
            .filter { $0.kind == .stance && $0.actor == "Hamas" }
        XCTAssertEqual(none.count, 0)
    }

    func testAConfidentModelDropsAStanceOfTheRules() {
        XCTAssertEqual(stances(reviewing(["scuew=welcomed": ["none": 3]], claim: 1)), [])
        XCTAssertEqual(
            stances(reviewing(["scuew=welcomed": ["none": 1]], claim: 1)),
            ["Qatar humanitarian_pause support"], "within the drop margin the rules' stance stands")
    }
}
