import FactLedgerCore
import GRDB

extension Ledger {
    /// The figures of a topic and facets about each day of a range, one point per day and
    /// source, read from the `claim_figures` index and aggregated by SQLite.
    ///
    /// Each day contributes at most its `perDay` most recently published statements, so a
    /// chart costs at most one bounded index range per day however dense the figure is (the
    /// synthetic feed has about 940 statements a figure and day, one figure 85,000 about a
    /// single day). With `tally`, only figures of that kind (running totals, levels, …) are read.
    public func figureSeries(
        topic: String, facets: Facets, tally: Tally? = nil, days: ClosedRange<Day>,
        perDay: Int = 200
    ) throws -> [SeriesPoint] {
        try writer.read { db in
            var points: [SeriesPoint] = []
            let statement = try DirectStatement(
                db,
                sql: """
                    SELECT (SELECT name FROM source WHERE source.id = source_id), COUNT(*),
                        MIN(low), MAX(IFNULL(high, low)), AVG(IFNULL(best, low))
                    FROM (
                        SELECT source_id, low, high, best FROM claim INDEXED BY claim_figures
                        WHERE kind = 'numeric' AND topic = ? AND facets = ? AND as_of = ?
                          AND (? IS NULL OR tally = ?)
                        ORDER BY published DESC LIMIT ?
                    )
                    GROUP BY source_id ORDER BY source_id
                    """)
            for ordinal in days.lowerBound.ordinal...days.upperBound.ordinal {
                let day = Day(ordinal: ordinal)
                try statement.forEachRow([
                    topic.databaseValue, facets.canonical.databaseValue,
                    day.description.databaseValue, (tally?.rawValue).databaseValue,
                    (tally?.rawValue).databaseValue, perDay.databaseValue,
                ]) { handle in
                    points.append(
                        SeriesPoint(
                            day: day, source: RawColumn.text(handle, 0),
                            claims: Int(RawColumn.int(handle, 1)),
                            low: RawColumn.optionalDouble(handle, 2) ?? 0,
                            high: RawColumn.optionalDouble(handle, 3) ?? 0,
                            mean: RawColumn.optionalDouble(handle, 4) ?? 0))
                }
            }
            return points
        }
    }

    /// Where an actor stood on a stance topic, one point per publication day and source, read
    /// from the `claim_stances` index: -1 against, 0 qualified, 1 for (the mean of the day's
    /// claims when they differ).
    public func stanceSeries(topic: String, actor: String, days: ClosedRange<Day>) throws
        -> [SeriesPoint]
    {
        try writer.read { db in
            var points: [SeriesPoint] = []
            let score = """
                CASE polarity WHEN 'oppose' THEN -1.0 WHEN 'conditional' THEN 0.0 ELSE 1.0 END
                """
            let sql = """
                SELECT published, (SELECT name FROM source WHERE source.id = source_id), COUNT(*),
                    MIN(\(score)), MAX(\(score)), AVG(\(score))
                FROM claim INDEXED BY claim_stances
                WHERE kind = 'stance' AND topic = ? AND actor = ? AND published BETWEEN ? AND ?
                GROUP BY published, source_id ORDER BY published, source_id
                """
            try DirectStatement(db, sql: sql).forEachRow([
                topic.databaseValue, actor.databaseValue,
                days.lowerBound.description.databaseValue,
                days.upperBound.description.databaseValue,
            ]) { handle in
                guard let day = Day(iso: RawColumn.text(handle, 0)) else { return }
                points.append(
                    SeriesPoint(
                        day: day, source: RawColumn.text(handle, 1),
                        claims: Int(RawColumn.int(handle, 2)),
                        low: RawColumn.optionalDouble(handle, 3) ?? 0,
                        high: RawColumn.optionalDouble(handle, 4) ?? 0,
                        mean: RawColumn.optionalDouble(handle, 5) ?? 0))
            }
            return points
        }
    }
}
