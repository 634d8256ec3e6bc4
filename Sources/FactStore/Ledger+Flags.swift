import FactLedgerCore
import GRDB

extension Ledger {
    /// Flags, most severe first, then newest; optionally narrowed by status, level and the day
    /// by which they were knowable.
    public func flags(status: FlagStatus? = nil, level: Level? = nil, knownThrough: Day? = nil)
        throws -> [Flag]
    {
        try writer.read { db in
            try Ledger.flags(db, status: status, level: level, knownThrough: knownThrough)
        }
    }

    static func flags(
        _ db: Database, status: FlagStatus?, level: Level?, knownThrough: Day?, ids: [Int64]? = nil,
        knownFrom: Day? = nil, excludingStatus: FlagStatus? = nil, limit: Int? = nil
    ) throws -> [Flag] {
        // With a limit and no level given, the most severe levels are read first, one level at
        // a time through the (status, level, known_on) index, so a ledger with many flags is
        // not sorted whole to list its first few.
        if let limit, level == nil, ids == nil {
            var records: [FlagRecord] = []
            for level in Level.allCases.reversed() where records.count < limit {
                if let status, excludingStatus == nil {
                    records += try newestFirst(
                        db, status: status, level: level, knownThrough: knownThrough,
                        knownFrom: knownFrom, limit: limit - records.count)
                } else {
                    records += try flagRecords(
                        db, status: status, level: level, knownThrough: knownThrough, ids: nil,
                        knownFrom: knownFrom, excludingStatus: excludingStatus,
                        limit: limit - records.count)
                }
            }
            return try flags(db, records)
        }
        return try flags(
            db,
            flagRecords(
                db, status: status, level: level, knownThrough: knownThrough, ids: ids,
                knownFrom: knownFrom, excludingStatus: excludingStatus, limit: limit))
    }

    /// Up to `limit` flags of one status and level, newest day first and in id order within a
    /// day, read one day at a time: within one day the index is in id order, so no day's flags
    /// are read and sorted whole.
    private static func newestFirst(
        _ db: Database, status: FlagStatus, level: Level, knownThrough: Day?, knownFrom: Day?,
        limit: Int
    ) throws -> [FlagRecord] {
        var records: [FlagRecord] = []
        var through = knownThrough
        while records.count < limit {
            // Open bounds are bound as NULL and read as the widest range.
            guard
                let text = try String.fetchOne(
                    db,
                    sql: """
                        SELECT MAX(known_on) FROM flag WHERE status = ? AND level = ?
                        AND known_on <= IFNULL(?, '9999-12-31') AND known_on >= IFNULL(?, '')
                        """,
                    arguments: [
                        status.rawValue, level.rawValue, through?.description,
                        knownFrom?.description,
                    ]),
                let day = Day(iso: text)
            else { break }
            records += try flagRecords(
                db, status: status, level: level, knownThrough: nil, ids: nil, knownFrom: nil,
                excludingStatus: nil, limit: limit - records.count, knownOn: day)
            through = day.adding(days: -1)
        }
        return records
    }

    private static func flagRecords(
        _ db: Database, status: FlagStatus?, level: Level?, knownThrough: Day?, ids: [Int64]?,
        knownFrom: Day?, excludingStatus: FlagStatus?, limit: Int?, knownOn: Day? = nil
    ) throws -> [FlagRecord] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        func add(_ condition: String, _ value: (any DatabaseValueConvertible)?) {
            guard let value else { return }
            conditions.append(condition)
            arguments.append(value)
        }
        add("status = ?", status?.rawValue)
        add("level = ?", level?.rawValue)
        add("known_on <= ?", knownThrough?.description)
        add("known_on >= ?", knownFrom?.description)
        add("known_on = ?", knownOn?.description)
        add("status != ?", excludingStatus?.rawValue)
        add("id IN (SELECT value FROM json_each(?))", ids.map(Ledger.jsonList))
        return try FlagRecord.fetchAll(
            db,
            sql: """
                SELECT * FROM flag \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY CASE level WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 WHEN 'low' THEN 3 ELSE 4 END,
                    known_on DESC, id
                \(limit.map { " LIMIT \($0)" } ?? "")
                """,
            arguments: StatementArguments(arguments))
    }

    /// Flags for records, with their claim ids in position order.
    private static func flags(_ db: Database, _ records: [FlagRecord]) throws -> [Flag] {
        let links = try Row.fetchAll(
            db,
            sql: """
                SELECT flag_id, claim_id FROM flag_claim
                WHERE flag_id IN (SELECT value FROM json_each(?)) ORDER BY flag_id, position
                """,
            arguments: [
                Ledger.jsonList(records.compactMap(\.id))
            ])
        var claimIDs: [Int64: [Int64]] = [:]
        for link in links { claimIDs[link["flag_id"], default: []].append(link["claim_id"]) }
        return records.map { record in
            Flag(
                id: record.id!,
                finding: Finding(
                    ruleID: record.ruleID, kind: record.kind,
                    level: Level(rawValue: record.level) ?? .info,
                    topic: record.topic, actor: record.actor, message: record.message,
                    claimIDs: claimIDs[record.id!] ?? [],
                    knownOn: Day(iso: record.knownOn) ?? Day(ordinal: 0)),
                status: FlagStatus(rawValue: record.status) ?? .open, runID: record.runID)
        }
    }

    /// How many flags, by level, are knowable within the days given and have the status given.
    public func flagCounts(status: FlagStatus? = nil, from: Day? = nil, through: Day) throws
        -> [Level: Int]
    {
        try writer.read { db in
            var sql = "SELECT level, COUNT(*) AS n FROM flag WHERE known_on <= ?"
            var arguments: [(any DatabaseValueConvertible)?] = [through.description]
            if let from {
                sql += " AND known_on >= ?"
                arguments.append(from.description)
            }
            if let status {
                sql += " AND status = ?"
                arguments.append(status.rawValue)
            }
            var counts: [Level: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: sql + " GROUP BY level", arguments: StatementArguments(arguments))
            {
                if let level = Level(rawValue: row["level"]) { counts[level] = row["n"] }
            }
            return counts
        }
    }

    /// The open flag known longest, as of a day.
    public func oldestOpenFlag(through: Day) throws -> Flag? {
        try writer.read { db in
            // The oldest of each level's oldest, each one seek on (status, level, known_on).
            var oldest: (day: String, id: Int64)?
            for level in Level.allCases {
                guard
                    let row = try Row.fetchOne(
                        db,
                        sql: """
                            SELECT known_on, id FROM flag WHERE status = 'open' AND level = ? AND known_on <= ?
                            ORDER BY known_on, id LIMIT 1
                            """,
                        arguments: [level.rawValue, through.description])
                else { continue }
                let candidate: (day: String, id: Int64) = (row[0], row[1])
                if oldest.map({ candidate < $0 }) ?? true { oldest = candidate }
            }
            guard let id = oldest?.id else { return nil }
            return try Ledger.flags(db, status: nil, level: nil, knownThrough: nil, ids: [id]).first
        }
    }

    /// One flag with its claims and reviews.
    public func flagDetail(id: Int64) throws -> FlagDetail {
        guard let detail = try flagDetails(ids: [id]).first else {
            throw LedgerError.unknownFlag(id: id)
        }
        return detail
    }

    /// Flags with their claims and reviews, ordered as `flags(…)` orders them.
    public func flagDetails(
        status: FlagStatus? = nil, level: Level? = nil, knownThrough: Day? = nil,
        ids: [Int64]? = nil, knownFrom: Day? = nil, excludingStatus: FlagStatus? = nil,
        limit: Int? = nil
    ) throws -> [FlagDetail] {
        try writer.read { db in
            let flags = try Ledger.flags(
                db, status: status, level: level, knownThrough: knownThrough, ids: ids,
                knownFrom: knownFrom,
                excludingStatus: excludingStatus, limit: limit)
            let claimIDs = Array(Set(flags.flatMap(\.finding.claimIDs)))
            let claims = Dictionary(
                uniqueKeysWithValues: try DatabaseHistory(db: db).claims(ids: claimIDs).map {
                    ($0.id, $0)
                })
            let flagList = Ledger.jsonList(flags.map(\.id))
            var reviews: [Int64: [Review]] = [:]
            for record in try ReviewRecord.fetchAll(
                db,
                sql:
                    "SELECT * FROM review WHERE flag_id IN (SELECT value FROM json_each(?)) ORDER BY id",
                arguments: [flagList])
            {
                reviews[record.flagID, default: []].append(
                    Review(
                        flagID: record.flagID,
                        action: Review.Action(rawValue: record.action) ?? .reopen, by: record.by,
                        at: record.at, note: record.note))
            }
            return flags.map { flag in
                FlagDetail(
                    flag: flag, claims: flag.finding.claimIDs.compactMap { claims[$0] },
                    reviews: reviews[flag.id] ?? [])
            }
        }
    }

    /// Records a reviewer's decision and moves the flag to its new status, in one transaction.
    @discardableResult
    public func review(
        flagID: Int64, action: Review.Action, by reviewer: String, note: String,
        at time: String? = nil
    ) throws -> Review {
        try writer.write { db in
            guard
                let status = try String.fetchOne(
                    db, sql: "SELECT status FROM flag WHERE id = ?", arguments: [flagID])
            else {
                throw LedgerError.unknownFlag(id: flagID)
            }
            guard let current = FlagStatus(rawValue: status), action.isAllowed(from: current) else {
                throw LedgerError.invalidTransition(
                    id: flagID, from: status, action: action.rawValue)
            }
            var record = ReviewRecord(
                flagID: flagID, action: action.rawValue, by: reviewer,
                at: time ?? Ledger.timestamp(), note: note)
            try record.insert(db)
            try db.execute(
                sql: "UPDATE flag SET status = ? WHERE id = ?",
                arguments: [action.resultingStatus.rawValue, flagID])
            return Review(flagID: flagID, action: action, by: reviewer, at: record.at, note: note)
        }
    }

    /// Re-evaluates every stored article version against the whole ledger, in publication order,
    /// in one transaction; returns the ids of flags that did not exist before.
    public func reevaluate(runID: Int64?, evaluate: Evaluator) throws -> [Int64] {
        try writer.write { db in
            let history = try DatabaseHistory.current(db)
            let articles = try Int64.fetchAll(
                db, sql: "SELECT id FROM article ORDER BY published, id")
            var created: [Int64] = []
            for articleID in articles {
                let fresh = try history.claims(ofArticle: articleID)
                guard !fresh.isEmpty else { continue }
                created += try Ledger.raise(try evaluate(history, fresh), runID: runID, in: db).map(
                    \.id)
            }
            return created
        }
    }
}
