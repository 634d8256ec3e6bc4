import FactLedgerCore
import XCTest

/// The actor hierarchy: lineage upwards, root, everything below, and cycles cut.
final class ActorHierarchyTests: XCTestCase {
    let hierarchy = ActorHierarchy(parents: [
        "IDF": "Israel", "IDF spokesman": "IDF", "Netanyahu": "Israel", "Biden": "United States",
    ])

    func testWalksUpAndDown() {
        XCTAssertEqual(hierarchy.lineage(of: "IDF spokesman"), ["IDF spokesman", "IDF", "Israel"])
        XCTAssertEqual(hierarchy.root(of: "IDF spokesman"), "Israel")
        XCTAssertEqual(
            hierarchy.root(of: "Qatar"), "Qatar", "an actor with no parent is its own root")
        XCTAssertEqual(
            hierarchy.descendants(of: "Israel"), ["Israel", "IDF", "Netanyahu", "IDF spokesman"])
        XCTAssertEqual(hierarchy.descendants(of: "Qatar"), ["Qatar"])
    }

    func testACycleIsCutWhereItCloses() {
        let cycle = ActorHierarchy(parents: ["A": "B", "B": "A"])
        XCTAssertEqual(cycle.lineage(of: "A"), ["A", "B"])
        XCTAssertEqual(Set(cycle.descendants(of: "A")), ["A", "B"])
    }
}
