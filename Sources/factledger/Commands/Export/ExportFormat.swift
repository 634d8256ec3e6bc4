import ArgumentParser

/// How `export claims|disputes` writes rows.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    /// RFC 4180 CSV with a header.
    case csv
    /// One JSON object a line.
    case jsonl
}
