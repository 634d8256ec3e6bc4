import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

/// The models' verdicts applied to the rules' claims: drops, new topics and new facet values, a
/// whole's parts following their whole.
final class FigureReviewTests: XCTestCase {
    private let freed = "Hamas freed 24 hostages on Friday, including 13 Israelis."

    private func numeric(_ text: String, _ extractor: ClaimExtractor) -> [Claim] {
        extractor.claims(in: Fixtures.article(text, date: "2023-11-25")).filter {
            $0.kind == .numeric
        }
    }

    private func extractor(topic: [String: [String: Float]]? = nil, labels: [String] = [])
        -> ClaimExtractor
    {
        var extractor = Fixtures.extractor.withoutLearnedModels
        if let topic {
            extractor.figureModel = LearnedModel(
                labels: labels, weights: topic, margins: LearnedModel.Margins(drop: 1, relabel: 1))
        }
        return extractor
    }

    func testTheRulesReadAWholeAndItsPart() {
        let claims = numeric(freed, extractor())
        XCTAssertEqual(claims.map(\.topic), ["hostages.released.event", "hostages.released.event"])
        XCTAssertEqual(claims.map { $0.facets["nationality"] }, [nil, "Israeli"])
    }

    func testADroppedWholeTakesItsPartsWithIt() {
        let dropping = extractor(
            topic: ["rule=hostages.released.event": ["none": 5]],
            labels: ["none", "hostages.released.event"])
        XCTAssertEqual(numeric(freed, dropping).count, 0)
    }

    func testARetopicedWholeGivesItsPartsItsTopicAndTheyStayParts() throws {
        let retopicing = extractor(
            topic: ["rule=hostages.released.event": ["hostages.released": 5]],
            labels: ["none", "hostages.released.event", "hostages.released"])
        let claims = numeric(freed, retopicing)
        XCTAssertEqual(claims.map(\.topic), ["hostages.released", "hostages.released"])
        let part = try XCTUnwrap(claims.last)
        XCTAssertEqual(part.wholeIndex, 0)
        XCTAssertTrue(part.isPartOfTotal, part.provenance)
        XCTAssertTrue(part.provenance.hasSuffix(":learned-from:hostages.released.event"))
    }

    func testAFacetModelGivesAndRemovesValues() throws {
        var extractor = extractor()
        extractor.facetModels = [
            "place": LearnedModel(
                labels: ["none", "Israel", "Gaza"],
                weights: ["topic=casualties.killed": ["Israel": 5], "facet=Gaza": ["none": 9]],
                margins: LearnedModel.Margins(drop: 1, relabel: 1))
        ]
        XCTAssertNotNil(extractor.facetModels["place"])
        let given = try XCTUnwrap(
            numeric("At least 1,200 people were killed, officials said.", extractor).first)
        XCTAssertEqual(given.facets["place"], "Israel")
        let removed = try XCTUnwrap(
            numeric("At least 9,000 people were killed in Gaza, the ministry said.", extractor)
                .first)
        XCTAssertNil(removed.facets["place"])
        // By the rules alone the same sentences keep their own reading.
        let rules = extractor.withoutLearnedModels
        XCTAssertNil(
            numeric("At least 1,200 people were killed, officials said.", rules).first?.facets[
                "place"])
        XCTAssertEqual(
            numeric("At least 9,000 people were killed in Gaza, the ministry said.", rules).first?
                .facets["place"], "Gaza")
    }

    func testAFacetModelWeighsThePlaceTheArticleNamedMost() throws {
        var extractor = extractor()
        extractor.facetModels = [
            "place": LearnedModel(
                labels: ["none", "Israel", "Gaza"],
                weights: ["pmost=place:Gaza": ["Gaza": 5]],
                margins: LearnedModel.Margins(drop: 1, relabel: 1))
        ]
        let killed = "At least 50 people were killed overnight, officials said."
        let aboutGaza = "Medics in Gaza worked through the night. Gaza's hospitals were full. "
        XCTAssertEqual(numeric(aboutGaza + killed, extractor).last?.facets["place"], "Gaza")
        XCTAssertNil(numeric(killed, extractor).last?.facets["place"])
    }
}
