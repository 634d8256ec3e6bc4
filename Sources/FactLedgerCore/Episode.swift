/// The stretch of time a dispute is about: one day, the step between two days of a series, or
/// the step between two versions of an article.
public struct Episode: Sendable, Hashable, Codable {
    /// The first day.
    public var from: Day
    /// The last day (the same as `from` for a one-day episode).
    public var through: Day
    /// What tells two episodes over the same days apart: `v1→v2` for an edit, empty otherwise.
    public var label: String

    /// Creates an episode.
    public init(from: Day, through: Day, label: String = "") {
        self.from = from
        self.through = through
        self.label = label
    }

    /// The episode of one day.
    public static func day(_ day: Day) -> Episode { Episode(from: day, through: day) }

    /// "2023-11-06", "2023-10-12 → 2023-11-06", or "2023-11-22 (v1→v2)".
    public var description: String {
        let days = from == through ? from.description : "\(from) → \(through)"
        return label.isEmpty ? days : "\(days) (\(label))"
    }
}
