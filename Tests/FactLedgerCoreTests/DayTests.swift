import FactLedgerCore
import XCTest

final class DayTests: XCTestCase {
    func testParsesRealDatesOnly() {
        XCTAssertEqual(Day(iso: "2023-11-06")?.description, "2023-11-06")
        XCTAssertEqual(Day(iso: "2024-02-29")?.day, 29)
        XCTAssertNil(Day(iso: "2023-02-30"))
        XCTAssertNil(Day(iso: "2023-02-29"))
        XCTAssertNil(Day(iso: "2023-13-01"))
        XCTAssertNil(Day(iso: "99999-01-01"))
        XCTAssertNil(Day(iso: "2023-1-01"))
        XCTAssertNil(Day(iso: "2023/11/06"))
        XCTAssertNil(Day(iso: ""))
    }

    func testOrdinalRoundTripsAndCountsDays() {
        let day = Day(iso: "2023-10-07")!
        XCTAssertEqual(Day(ordinal: day.ordinal), day)
        XCTAssertEqual(Day(iso: "1970-01-01")!.ordinal, 0)
        XCTAssertEqual(day.adding(days: 31).description, "2023-11-07")
        XCTAssertEqual(day.days(to: Day(iso: "2023-11-24")!), 48)
        XCTAssertEqual(Day(iso: "2023-12-31")!.adding(days: 1).description, "2024-01-01")
    }

    func testWeekday() {
        XCTAssertEqual(Day(iso: "2023-11-06")!.weekday, 1)  // a Monday
        XCTAssertEqual(Day(iso: "2023-10-07")!.weekday, 6)  // a Saturday
    }
}
