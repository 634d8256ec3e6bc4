import ArgumentParser

/// How summary listings (sources, topics, actors, rules) are printed.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people, counts with thousands separators.
    case table
    /// One JSON array of objects, counts as plain numbers.
    case json
}
