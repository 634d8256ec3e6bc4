import ArgumentParser
import FactDesk
import Foundation

extension FactLedgerCommand {
    /// `factledger serve`: the review desk, a local web app over the ledger.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the review desk: disputes, their sides and charts, reviews, checks.",
            discussion: """
                A local web app over the ledger: the disputes with filters and counts, one dispute \
                with its sides, explanation, chart, review log and review form (decisions go to the \
                same review log as `flags confirm|dismiss|resolve|reopen`), topic timelines, and a \
                form to check an article without changing the ledger. /api/ answers the same data \
                as JSON. Binds 127.0.0.1 unless --host says otherwise; --port 0 lets the system \
                choose a free port. Prints the address once listening; stops on Ctrl-C.
                """)

        @OptionGroup var ledger: LedgerOptions
        @OptionGroup var rules: RulesOptions

        @Option(help: "The port to listen on (0: a free port the system chooses).")
        var port: Int = 8080

        @Option(
            help:
                "The address to bind: 127.0.0.1 is this machine only; anything else is reachable from the network and prints a warning."
        )
        var host: String = "127.0.0.1"

        @Flag(help: "Show the ledger but refuse every decision (403).")
        var readOnly = false

        /// What `serve` prints once listening.
        static func listeningMessage(host: String, port: Int) -> String {
            let shown = host.contains(":") ? "[\(host)]" : host
            return "factledger desk listening on http://\(shown):\(port)/\n"
        }

        /// The warning printed when the desk is bound beyond this machine.
        static func exposedWarning(_ host: String) -> String {
            "warning: --host \(host) is not a loopback address: anyone who can reach this machine can read the ledger"
                + " and, unless --read-only, record decisions; the desk has no login and serves plain HTTP"
        }

        /// What `serve` says when it cannot listen.
        static func cannotListenMessage(host: String, port: Int, _ reason: String) -> String {
            "the desk could not listen on \(host):\(port): \(reason)"
        }

        /// Whether an address reaches this machine only.
        static func isLoopback(_ host: String) -> Bool {
            host == "localhost" || host == "::1" || host.hasPrefix("127.")
        }

        func validate() throws {
            if !(0...65_535).contains(port) {
                throw ValidationError("--port must be from 0 to 65535.")
            }
            if host.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--host must name an address, such as 127.0.0.1.")
            }
        }

        func run() throws {
            let folder = try rules.load()
            let ledger = try self.ledger.open(rules: folder)
            if !Self.isLoopback(host) { Terminal.error(Self.exposedWarning(host)) }
            let desk = Desk(
                configuration: DeskConfiguration(ledger: ledger, rules: folder, readOnly: readOnly))
            let (host, port) = (self.host, self.port)
            let finished = DispatchSemaphore(value: 0)
            let failure = FailureBox()
            Task {
                do {
                    try await DeskServer.run(desk: desk, host: host, port: port) { bound in
                        Terminal.out(Self.listeningMessage(host: host, port: bound))
                    }
                } catch {
                    failure.set("\(error)")
                }
                finished.signal()
            }
            finished.wait()
            if let message = failure.message {
                throw CommandFailure.badInput(
                    Self.cannotListenMessage(host: host, port: port, message))
            }
        }
    }
}
