import Foundation
import TestSupport
import XCTest

/// Compares output with a golden file in `Snapshots/`; `FACTLEDGER_RECORD=1` rewrites it.
func assertSnapshot(
    _ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line
) throws {
    let path = Fixtures.path("Tests/FactReportsTests/Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["FACTLEDGER_RECORD"] == "1" {
        try Fixtures.write(text, to: path)
        return
    }
    guard let expected = FileManager.default.contents(atPath: path) else {
        return XCTFail(
            "missing snapshot \(name); run with FACTLEDGER_RECORD=1 to record it", file: file,
            line: line)
    }
    XCTAssertEqual(
        text, String(decoding: expected, as: UTF8.self), "differs from Snapshots/\(name)",
        file: file, line: line)
}
