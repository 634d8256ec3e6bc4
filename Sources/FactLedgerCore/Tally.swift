/// How a figure adds up over time, which decides how figures of one series may be compared.
///
/// "58 hostages have been freed so far" is a running total that only grows; "137 are still
/// held" is a level that goes up and down; "13 were freed on Friday" counts one event; "a deal
/// to free 50" is a planned figure.
public enum Tally: String, Sendable, Codable, CaseIterable {
    /// A running total that only grows (released so far, killed).
    case cumulative
    /// A level at a moment that may go up or down (held, displaced).
    case level
    /// One occurrence: a handover, a strike, a day's deliveries.
    case event
    /// A figure agreed, planned, allowed or needed rather than one that happened.
    case planned
}
