import ArgumentParser

/// Where reports are written.
struct ReportOptions: ParsableArguments {
    @Option(help: "The folder reports are written to (default: ./Reports).")
    var out: String = "Reports"
}
