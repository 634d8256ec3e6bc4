import FactLedgerCore
import GRDB

/// Which flags to read: by status, level, topic, rule, source, the days they became knowable,
/// the runs that raised or changed them, and ids; every condition given must hold.
public struct FlagFilter: Sendable {
    /// Only this status (`superseded` is the closed state; the others are review statuses of
    /// live flags).
    public var status: FlagStatus?
    /// Only this level.
    public var level: Level?
    /// Only this topic (`hostages.held`) or a prefix (`hostages`, `hostages.*`).
    public var topic: String?
    /// Only flags of this rule.
    public var ruleID: String?
    /// Only flags holding a claim of this source (by its exact name) or of its aliases.
    public var source: String?
    /// Knowable on or after this day.
    public var knownFrom: Day?
    /// Knowable on or before this day.
    public var knownThrough: Day?
    /// Raised by a run after this one.
    public var raisedAfterRun: Int64?
    /// Raised by this run or an earlier one (or by none).
    public var raisedThroughRun: Int64?
    /// Changed by a run after this one.
    public var changedAfterRun: Int64?
    /// Reviewed: its review status is not open.
    public var reviewed: Bool?
    /// Only these ids.
    public var ids: [Int64]?
    /// At most this many, most severe first.
    public var limit: Int?
    /// Skip this many first (with `limit`, one page of a listing).
    public var offset: Int?

    /// A filter; every condition is optional.
    public init(
        status: FlagStatus? = nil, level: Level? = nil, knownFrom: Day? = nil,
        knownThrough: Day? = nil, raisedAfterRun: Int64? = nil, raisedThroughRun: Int64? = nil,
        changedAfterRun: Int64? = nil, reviewed: Bool? = nil, ids: [Int64]? = nil,
        topic: String? = nil, ruleID: String? = nil, source: String? = nil, limit: Int? = nil,
        offset: Int? = nil
    ) {
        self.status = status
        self.level = level
        self.knownFrom = knownFrom
        self.knownThrough = knownThrough
        self.raisedAfterRun = raisedAfterRun
        self.raisedThroughRun = raisedThroughRun
        self.changedAfterRun = changedAfterRun
        self.reviewed = reviewed
        self.ids = ids
        self.topic = topic
        self.ruleID = ruleID
        self.source = source
        self.limit = limit
        self.offset = offset
    }

    /// The SQL condition and its values, or nil when the filter takes every flag.
    var condition: (String, [DatabaseValue])? {
        var conditions: [String] = []
        var values: [DatabaseValue] = []
        func add(_ condition: String, _ value: (any DatabaseValueConvertible)?) {
            guard let value else { return }
            conditions.append(condition)
            values.append(value.databaseValue)
        }
        if let status {
            let (condition, bound) = Ledger.condition(status)
            conditions.append(condition)
            values += bound
        }
        add("dispute.level = ?", level?.rawValue)
        if let topic {
            if topic.hasSuffix(".*") || !topic.contains(".") {
                let prefix = topic.hasSuffix(".*") ? String(topic.dropLast(2)) : topic
                conditions.append("(dispute.topic = ? OR substr(dispute.topic, 1, ?) = ?)")
                values += [
                    prefix.databaseValue, (prefix.count + 1).databaseValue,
                    (prefix + ".").databaseValue,
                ]
            } else {
                add("dispute.topic = ?", topic)
            }
        }
        add("dispute.rule_id = ?", ruleID)
        add(
            """
            EXISTS (SELECT 1 FROM dispute_claim JOIN claim ON claim.id = dispute_claim.claim_id
                WHERE dispute_claim.dispute_id = dispute.id AND \(SourceAliasRecord.canonicalID(of: "claim.source_id"))
                    = (SELECT IFNULL(source_alias.canonical_id, named.id) FROM source AS named
                        LEFT JOIN source_alias ON source_alias.source_id = named.id WHERE named.name = ?))
            """, source)
        add("dispute.known_on >= ?", knownFrom?.description)
        add("dispute.known_on <= ?", knownThrough?.description)
        add("dispute.raised_run > ?", raisedAfterRun)
        add("IFNULL(dispute.raised_run, 0) <= ?", raisedThroughRun)
        add("dispute.changed_run > ?", changedAfterRun)
        if let reviewed {
            conditions.append(
                reviewed ? "dispute.review_status != 'open'" : "dispute.review_status = 'open'")
        }
        add("dispute.id IN (SELECT value FROM json_each(?))", ids.map(Ledger.jsonList))
        return conditions.isEmpty ? nil : (conditions.joined(separator: " AND "), values)
    }
}
