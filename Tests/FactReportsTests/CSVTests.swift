import FactLedgerCore
import XCTest

@testable import FactReports

final class CSVTests: XCTestCase {
    func testFieldsAreQuotedOnlyWhenTheyMustBe() {
        XCTAssertEqual(CSV.field("plain"), "plain")
        XCTAssertEqual(CSV.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSV.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSV.field("line\nbreak"), "\"line\nbreak\"")
        XCTAssertEqual(CSV.field("cr\rhere"), "\"cr\rhere\"")
        XCTAssertEqual(CSV.field(""), "")
        XCTAssertEqual(CSV.record(["a", "b,c", ""]), "a,\"b,c\",\r\n")
    }

    func testTheColumnsAreTheJSONContractsKeys() {
        let claim = ClaimJSON.object(Samples.over200, supersedes: 7)
        XCTAssertEqual(CSV.header(claim), ClaimJSON.keys)
        XCTAssertEqual(CSV.header(FlagJSON.object(Samples.conflict)), FlagJSON.keys)
        let fields = CSV.fields(claim)
        XCTAssertEqual(fields.count, ClaimJSON.keys.count)
        XCTAssertEqual(fields[ClaimJSON.keys.firstIndex(of: "high")!], "", "null is empty")
        XCTAssertEqual(fields[ClaimJSON.keys.firstIndex(of: "low")!], "200")
        XCTAssertEqual(fields[ClaimJSON.keys.firstIndex(of: "supersedes")!], "7")
        XCTAssertEqual(fields[ClaimJSON.keys.firstIndex(of: "facets")!], "{}", "objects as JSON")
        XCTAssertEqual(fields[ClaimJSON.keys.firstIndex(of: "quote")!], Samples.over200.claim.quote)
    }
}
