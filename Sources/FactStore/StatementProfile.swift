import Dispatch
import Synchronization

/// Where a ledger's time goes, statement by statement: while recording, every statement run
/// through the direct path (claim and flag inserts, every history query) adds its time, runs and
/// rows to its SQL text's total.
///
/// Off by default; `bench --statements` records the ingest. A statement costs one clock read
/// and one flag check more while recording, nothing measurable when not.
public enum StatementProfile {
    /// The totals of one SQL text.
    public struct Entry: Sendable {
        /// The statement's SQL.
        public var sql: String
        /// Time spent binding, stepping and reading rows, in nanoseconds.
        public var nanoseconds: UInt64 = 0
        /// How many times it ran.
        public var runs = 0
        /// Rows it returned.
        public var rows = 0

        /// Mean time per run, in microseconds.
        public var microsecondsPerRun: Double {
            runs == 0 ? 0 : Double(nanoseconds) / 1000 / Double(runs)
        }
    }

    private static let recording = Atomic<Bool>(false)
    private static let entries = Mutex<[String: Entry]>([:])

    /// Clears the totals and starts recording.
    public static func start() {
        entries.withLock { $0 = [:] }
        recording.store(true, ordering: .relaxed)
    }

    /// Stops recording and hands over the totals, the most expensive first (then forgets them).
    public static func stop() -> [Entry] {
        recording.store(false, ordering: .relaxed)
        let totals = entries.withLock { entries in
            defer { entries = [:] }
            return Array(entries.values)
        }
        return totals.sorted { $0.nanoseconds > $1.nanoseconds }
    }

    /// The clock reading to pass to `record`, or nil when not recording.
    @inline(__always)
    static func begin() -> UInt64? {
        recording.load(ordering: .relaxed) ? DispatchTime.now().uptimeNanoseconds : nil
    }

    /// Adds one run of `sql`, started at `start`, that returned `rows` rows.
    static func record(_ sql: String, since start: UInt64, rows: Int) {
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        entries.withLock { entries in
            entries[sql, default: Entry(sql: sql)].nanoseconds += elapsed
            entries[sql]!.runs += 1
            entries[sql]!.rows += rows
        }
    }
}
