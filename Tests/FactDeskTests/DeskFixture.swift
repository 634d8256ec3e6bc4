import FactDesk
import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import FactStore
import Foundation
import TestSupport

/// A ledger with one conflict between two outlets, one quote carrying markup, and a desk on it.
struct DeskFixture {
    let folder: String
    let ledger: Ledger
    let token = CSRFToken(value: String(repeating: "ab", count: 32))

    init() throws {
        folder = try Fixtures.temporaryFolder()
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza, officials said <script>alert(1)</script>.\n",
            to: folder + "/inbox/a.txt")
        try Fixtures.write(
            "date 2023-11-06 source Meridian Post url https://meridian.example/b\nFewer than 150 hostages are held in Gaza.\n",
            to: folder + "/inbox/b.txt")
        ledger = try Ledger(path: folder + "/factledger.sqlite")
        let (items, _) = InputItem.expand([folder + "/inbox"])
        _ = try Pipeline(
            ledger: ledger, extractor: Fixtures.extractor, deriver: Fixtures.rules.engine()
        ).ingest(items, defaults: ArticleDefaults(), runID: nil)
    }

    /// A desk on the ledger.
    func desk(readOnly: Bool = false) -> Desk {
        Desk(
            configuration: DeskConfiguration(
                ledger: ledger, rules: Fixtures.rules, readOnly: readOnly, token: token))
    }

    /// The id of the one conflict.
    func conflictID() throws -> Int64 {
        try unwrapped(try ledger.flags(status: .open).first?.id)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

/// A value that must be there.
func unwrapped<T>(_ value: T?) throws -> T {
    guard let value else { throw FixtureError.missing }
    return value
}

/// What the fixture lacked.
enum FixtureError: Error {
    case missing
}
