import ArgumentParser
import FactBench
import FactIngest
import FactPipeline
import FactReports
import FactStore
import Foundation

import enum FactLedgerCore.NumberFormatting

extension Benchmark.Part: ExpressibleByArgument {}

extension FactLedgerCommand {
    /// `factledger bench`: the speed targets, measured.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Measure speed, disputes against planted disagreements, and order independence on synthetic feeds (build with -c release).",
            discussion: """
                Generates articles of about 2 KB from templates, streams them into fresh ledgers in a \
                scratch folder, and prints each figure with its target. The feed knows the \
                disagreements it plants (misreports, stances reported backwards, changes of \
                position): after the ingest, disputes are counted against them and each plant is \
                looked for in a dispute. The order part ingests up to 10,000 articles in date order, \
                in reverse and in three random orders and compares the disputes. Run on one core: \
                `taskset -c 0 .build/release/factledger bench` ingests the default 100,000 articles \
                (about 1.1M claims) with every rule on. Use --only to run one part.
                """)

        @OptionGroup var rules: RulesOptions

        @Option(help: "Articles ingested into the large ledger (about 10 claims each).")
        var articles: Int = 100_000

        @Option(help: "Checks timed per ledger size.")
        var checks: Int = 200

        @Option(
            name: .customLong("only"),
            help: ArgumentHelp(
                "Measure only these parts (repeatable): extraction, ingest, check, report, order.",
                valueName: "part"))
        var parts: [Benchmark.Part] = []

        @Option(
            help: ArgumentHelp(
                "With --only check: time checks against this existing ledger (its content is not changed).",
                valueName: "ledger"))
        var checkLedger: String?

        @Option(help: "Scratch folder for the benchmark ledgers (default: a new temporary folder).")
        var scratch: String?

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        @Flag(
            help: ArgumentHelp(
                "With --only ingest: also time every SQL statement the ingest runs, and list the costliest."
            ))
        var statements = false

        func validate() throws {
            if articles < 1000 { throw ValidationError("--articles must be at least 1000.") }
            if checks < 10 { throw ValidationError("--checks must be at least 10.") }
            if checkLedger != nil, parts != [.check] {
                throw ValidationError("--check-ledger needs --only check.")
            }
            if statements, parts != [.ingest] {
                throw ValidationError("--statements needs --only ingest.")
            }
        }

        func run() throws {
            let folder =
                scratch
                ?? (NSTemporaryDirectory() as NSString).appendingPathComponent(
                    "factledger-bench-\(getpid())")
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
            var benchmark = Benchmark(folder: try rules.load(), scratch: folder)
            benchmark.largeArticles = articles
            benchmark.extractionArticles = min(10_000, articles)
            benchmark.orderArticles = min(10_000, articles)
            benchmark.checks = checks
            if !parts.isEmpty { benchmark.parts = Set(parts) }
            benchmark.checkLedger = checkLedger
            benchmark.progress = { Terminal.error($0) }
            if statements { StatementProfile.start() }
            let results = try benchmark.run()
            let costliest =
                statements ? Array(StatementProfile.stop().prefix(Self.statementsShown)) : []
            if json {
                let measurements = JSONValue.array(
                    results.map { result in
                        .object([
                            ("name", .string(result.name)),
                            ("value", .number((result.value * 1000).rounded() / 1000)),
                            ("unit", .string(result.unit)),
                            ("target", .optional(result.target?.value)),
                            ("meets_target", .bool(result.meetsTarget)),
                        ])
                    })
                let statementList = JSONValue.array(
                    costliest.map { entry in
                        .object([
                            ("sql", .string(entry.sql)),
                            (
                                "milliseconds",
                                .number((Double(entry.nanoseconds) / 1e3).rounded() / 1e3)
                            ),
                            ("runs", .number(Double(entry.runs))),
                            ("rows", .number(Double(entry.rows))),
                        ])
                    })
                Terminal.out(
                    (statements
                        ? JSONValue.object([
                            ("measurements", measurements), ("statements", statementList),
                        ])
                        : measurements).text + "\n")
            } else {
                var table = TextTable(header: ["measure", "value", "unit", "target", ""])
                for result in results {
                    let target =
                        result.target.map {
                            ($0.higherIsBetter ? "≥ " : "≤ ")
                                + FactLedgerCore.NumberFormatting.grouped($0.value)
                        } ?? ""
                    table.rows.append([
                        result.name,
                        result.value >= 100
                            ? FactLedgerCore.NumberFormatting.grouped(result.value.rounded())
                            : String(format: "%.2f", result.value),
                        result.unit, target,
                        result.target == nil ? "" : (result.meetsTarget ? "ok" : "MISSED"),
                    ])
                }
                Terminal.out(table.text)
                if statements { Terminal.out("\n" + Self.statementTable(costliest)) }
            }
            if scratch == nil { try? FileManager.default.removeItem(atPath: folder) }
        }

        /// How many statements `--statements` lists.
        static let statementsShown = 15

        /// The costliest statements as a table; a stored-claim query's long select list is elided.
        static func statementTable(_ entries: [StatementProfile.Entry]) -> String {
            var table = TextTable(header: ["total ms", "runs", "rows", "µs/run", "statement"])
            for entry in entries {
                var sql = entry.sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if sql.hasPrefix("SELECT"), let from = sql.range(of: " FROM ") {
                    sql = "SELECT … FROM " + sql[from.upperBound...]
                }
                table.rows.append([
                    FactLedgerCore.NumberFormatting.grouped(
                        (Double(entry.nanoseconds) / 1e6).rounded()),
                    FactLedgerCore.NumberFormatting.grouped(entry.runs),
                    FactLedgerCore.NumberFormatting.grouped(entry.rows),
                    String(format: "%.1f", entry.microsecondsPerRun), sql,
                ])
            }
            return table.text
        }
    }
}
