import FactLedgerCore
import XCTest

final class FacetsTests: XCTestCase {
    func testCanonicalFormIsSortedAndRoundTrips() {
        let facets = Facets(["place": "Gaza", "nationality": "American"])
        XCTAssertEqual(facets.canonical, "nationality=American;place=Gaza")
        XCTAssertEqual(Facets(canonical: facets.canonical), facets)
        XCTAssertEqual(Facets().canonical, "")
        XCTAssertTrue(Facets(canonical: "").isEmpty)
    }

    func testSubscriptSetsAndReads() {
        var facets = Facets()
        facets["place"] = "Israel"
        XCTAssertEqual(facets["place"], "Israel")
        XCTAssertEqual(facets.description, "place: Israel")
    }
}
