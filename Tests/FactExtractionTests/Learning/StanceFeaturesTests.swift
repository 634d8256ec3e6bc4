import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

/// The candidate stances of a sentence and the features a stance model judges them by.
final class StanceFeaturesTests: XCTestCase {
    private func examples(_ text: String) -> [ClaimExtractor.StanceExample] {
        Fixtures.extractor.withoutLearnedModels.stanceExamples(in: Fixtures.article(text))
    }

    func testEveryActorAndTopicNamedTogetherIsACandidate() throws {
        let found = examples("Qatar welcomed the truce, while Israel rejected a ceasefire.")
        let pairs = Set(found.map { "\($0.actor) \($0.topic)" })
        XCTAssertTrue(pairs.isSuperset(of: ["Qatar humanitarian_pause", "Israel ceasefire"]))
        XCTAssertTrue(pairs.contains("Israel humanitarian_pause"), "\(pairs)")
        let welcomed = try XCTUnwrap(
            found.first { $0.actor == "Qatar" && $0.topic == "humanitarian_pause" })
        XCTAssertEqual(welcomed.rule, .support, "the rules' reading of the pair")
        let names = try XCTUnwrap(welcomed.features.names)
        for expected in [
            "srule=support", "stopic=humanitarian_pause", "sactor=Qatar", "sname=named",
            "sorder=actor", "sb=welcomed", "sb=the", "scue=support", "scuew=welcomed", "sfirst",
        ] {
            XCTAssertTrue(names.contains(expected), "\(expected) missing from \(names)")
        }
        let unclaimed = try XCTUnwrap(
            found.first { $0.actor == "Israel" && $0.topic == "humanitarian_pause" })
        XCTAssertNil(unclaimed.rule)
        XCTAssertTrue(try XCTUnwrap(unclaimed.features.names).contains("srule=none"))
    }

    func testTheStanceTakenJustBeforeIsAFeature() throws {
        let found = examples(
            "Qatar welcomed the truce on Friday. Qatar and Egypt said the truce could be extended.")
        let later = try XCTUnwrap(
            found.last { $0.actor == "Qatar" && $0.topic == "humanitarian_pause" })
        let names = try XCTUnwrap(later.features.names)
        XCTAssertTrue(names.contains("sheld-before"), "\(names)")
        XCTAssertTrue(names.contains("stopic-before"), "\(names)")
        let egypt = try XCTUnwrap(found.last { $0.actor == "Egypt" })
        XCTAssertFalse(try XCTUnwrap(egypt.features.names).contains("sheld-before"))
        let first = try XCTUnwrap(found.first)
        XCTAssertFalse(try XCTUnwrap(first.features.names).contains("stopic-before"))
    }

    func testEveryNameLoadsToTheKeyTheExtractorComputes() throws {
        let found = examples(
            """
            The Hamas-run government's media office said no fuel would enter Gaza, and the UN \
            urged a humanitarian pause "without delay" on Tuesday. Israel ruled out a ceasefire.
            """)
        XCTAssertGreaterThan(found.count, 2)
        let names = found.flatMap { $0.features.names ?? [] }
        XCTAssertTrue(names.contains("scuew=ruled_out"), "a cue of two words: \(names)")
        for example in found {
            let names = try XCTUnwrap(example.features.names)
            XCTAssertEqual(names.count, example.features.keys.count)
            for (name, key) in zip(names, example.features.keys) {
                XCTAssertEqual(ModelFeatures.key(ofName: name), key, name)
                XCTAssertFalse(name.contains(" "), "a name holds no space: \(name)")
            }
        }
    }

    func testASentenceWithoutAnActorOrATopicHasNoCandidate() {
        XCTAssertTrue(examples("Qatar said its envoy flew to Cairo on Monday.").isEmpty)
        XCTAssertTrue(examples("A ceasefire was discussed.").isEmpty)
    }
}
