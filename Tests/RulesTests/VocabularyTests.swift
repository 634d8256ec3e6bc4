import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

/// The shipped vocabulary: it loads, and its tables hold together.
final class VocabularyTests: XCTestCase {
    func testShippedVocabularyIsComplete() {
        let vocabulary = Fixtures.extractor.lexicon.vocabulary
        let topics = Set(vocabulary.measures.map(\.topic))
        for topic in [
            "hostages.held", "hostages.taken", "hostages.released", "hostages.killed",
            "casualties.killed",
            "casualties.wounded", "prisoners.released", "aid.trucks", "fuel.delivered",
        ] {
            XCTAssertTrue(topics.contains(topic), topic)
        }
        XCTAssertTrue(vocabulary.isCumulative("hostages.released"))
        XCTAssertFalse(vocabulary.isCumulative("hostages.held"))
        XCTAssertEqual(vocabulary.lineage(of: "IDF"), ["IDF", "Israel"])
        XCTAssertEqual(vocabulary.lineage(of: "Biden"), ["Biden", "United States"])
        let stanceTopics = Set(vocabulary.stanceTopics.map(\.0))
        for topic in [
            "fuel.entry", "ceasefire", "humanitarian_pause", "ground_invasion", "hostage_deal",
            "aid.entry",
        ] {
            XCTAssertTrue(stanceTopics.contains(topic), topic)
        }
        for actor in ["Israel", "Hamas", "United States", "Qatar", "Egypt", "United Nations"] {
            XCTAssertTrue(vocabulary.actors.contains { $0.name == actor }, actor)
        }
    }
}
