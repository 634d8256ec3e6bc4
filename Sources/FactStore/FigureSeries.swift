import FactLedgerCore

/// What one source said about one day of a figure, or where one actor stood on one day: a
/// point of a chart, aggregated in the ledger so a chart never reads claims one by one.
public struct SeriesPoint: Sendable, Hashable {
    /// The day spoken about (figures) or published (stances).
    public var day: Day
    /// The source.
    public var source: String
    /// How many claims the point stands for.
    public var claims: Int
    /// The lowest value stated (for a stance: -1 against, 0 qualified, 1 for).
    public var low: Double
    /// The highest value stated (bounded figures only; the low value when unbounded).
    public var high: Double
    /// The mean of the values stated (the best value of each, else its low end).
    public var mean: Double

    /// Creates a point.
    public init(day: Day, source: String, claims: Int, low: Double, high: Double, mean: Double) {
        self.day = day
        self.source = source
        self.claims = claims
        self.low = low
        self.high = high
        self.mean = mean
    }
}
