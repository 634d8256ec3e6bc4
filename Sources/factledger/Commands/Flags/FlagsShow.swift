import ArgumentParser
import FactReports
import FactStore

extension FactLedgerCommand.Flags {
    /// `factledger flags show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one flag: both sides side by side, and every review decision.")

        @OptionGroup var ledger: LedgerOptions

        @Argument(help: "The flag id.")
        var id: Int64

        @Option(help: "Output format: markdown or json.")
        var format: DetailFormat = .markdown

        /// How `show` prints.
        enum DetailFormat: String, ExpressibleByArgument, CaseIterable {
            case markdown, json
        }

        func run() throws {
            let ledger = try self.ledger.open()
            do {
                let detail = try ledger.flagDetail(id: id)
                Terminal.out(
                    format == .json
                        ? FlagJSON.object(detail).text + "\n" : FlagDetailReport.markdown(detail))
            } catch let error as LedgerError {
                throw CommandFailure.badInput(error.description)
            }
        }
    }
}
