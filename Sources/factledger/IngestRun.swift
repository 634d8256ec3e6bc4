import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import FactStore

/// Runs an ingest as the `ingest` and `nightly` commands do: expand, ingest, report, record the run.
struct IngestRun {
    let ledger: Ledger
    let rules: RulesFolder
    let command: String

    /// Ingests the paths and prints refused inputs and the summary; returns the report.
    func run(paths: [String], defaults: ArticleDefaults) throws -> IngestReport {
        let (items, missing) = InputItem.expand(paths)
        let pipeline = Pipeline(
            ledger: ledger, extractor: rules.extractor, deriver: rules.engine())
        let runID = try ledger.beginRun(command: command, rules: rules.label)
        let showProgress = Terminal.errorIsTerminal
        var report = try pipeline.ingest(items, defaults: defaults, runID: runID) { count in
            if showProgress, count % 500 == 0 {
                Terminal.error("… \(NumberFormatting.grouped(count)) articles read")
            }
        }
        report.problems = missing + report.problems
        report.summary.rejected += missing.count
        try ledger.finishRun(runID, summary: report.summary)
        for problem in report.problems { Terminal.error("error: \(problem)") }
        Terminal.out(Self.summaryLine(report.summary) + "\n")
        return report
    }

    /// "ingested: 3 new, 1 new version, 0 unchanged, 1 rejected; 12 claims added, 2 flags raised".
    static func summaryLine(_ summary: RunSummary) -> String {
        let g = NumberFormatting.grouped(_:) as (Int) -> String
        return
            "ingested: \(g(summary.new)) new, \(NumberFormatting.count(summary.newVersions, "new version")), "
            + "\(g(summary.unchanged)) unchanged, \(g(summary.rejected)) rejected; "
            + "\(g(summary.claimsAdded)) claims added, \(g(summary.flagsAdded)) flags raised"
    }
}
