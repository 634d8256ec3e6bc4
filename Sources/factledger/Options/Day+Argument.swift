import ArgumentParser
import FactLedgerCore

/// A day on the command line: `YYYY-MM-DD`, a real calendar date.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }

    public static var defaultValueDescription: String { "YYYY-MM-DD" }
}
