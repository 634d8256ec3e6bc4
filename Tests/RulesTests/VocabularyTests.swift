import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

/// The shipped vocabulary: it loads, and its tables hold together.
final class VocabularyTests: XCTestCase {
    func testShippedVocabularyIsComplete() {
        let vocabulary = Fixtures.extractor.lexicon.vocabulary
        let topics = Set(vocabulary.numericTopics)
        for topic in [
            "hostages.held", "hostages.taken", "hostages.released", "hostages.released.event",
            "hostages.rescued", "hostages.killed", "hostages.bodies_recovered",
            "hostages.deal.size",
            "hostages.deal.per_extra_day", "prisoners.released", "prisoners.released.event",
            "prisoners.deal.size", "prisoners.deal.per_hostage", "casualties.killed",
            "casualties.killed.event", "casualties.wounded", "casualties.missing", "aid.trucks",
            "aid.trucks.planned", "fuel.litres.received", "fuel.litres.approved",
            "fuel.litres.needed",
            "fuel.trucks", "humanitarian_pause.duration_days", "humanitarian_pause.extension_days",
            "humanitarian_pause.hours_per_day", "quake.killed", "quake.rescued", "sudan.displaced",
        ] {
            XCTAssertTrue(topics.contains(topic), topic)
        }
        XCTAssertTrue(vocabulary.isCumulative("hostages.released"))
        XCTAssertFalse(vocabulary.isCumulative("hostages.held"))
        XCTAssertEqual(vocabulary.tally(of: "hostages.released.event"), .event)
        XCTAssertEqual(vocabulary.tally(of: "hostages.deal.size"), .planned)
        XCTAssertEqual(
            Set(vocabulary.stories.map(\.id)), ["gaza-hostages", "turkey-syria-quake", "sudan-war"])
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
