import ArgumentParser

/// How listings are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people.
    case table
    /// One JSON array.
    case json
    /// One JSON object a line.
    case jsonl
}
