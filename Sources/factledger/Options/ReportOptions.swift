import ArgumentParser

/// Where reports are written.
struct ReportOptions: ParsableArguments {
    @Option(help: "The folder reports are written to.")
    var out: String = "Reports"
}
