import FactLedgerCore
import GRDB

extension Ledger {
    /// Every source with the id it counts as (its canonical source's when it is an alias).
    static func sourceIdentities(in db: Database) throws -> [(
        id: Int64, name: String, canonicalID: Int64
    )] {
        var rows: [(id: Int64, name: String, canonicalID: Int64)] = []
        try DirectStatement(
            db,
            sql: "SELECT id, name, \(SourceAliasRecord.canonicalID(of: "source.id")) FROM source"
        ).forEachRow([]) { handle in
            rows.append(
                (RawColumn.int(handle, 0), RawColumn.text(handle, 1), RawColumn.int(handle, 2)))
        }
        return rows
    }

    /// The canonical sources, by name, each with its articles, claims and aliases; a source
    /// with nothing stored under it or its aliases is listed too (an alias may be added first).
    public func sources() throws -> [SourceSummary] {
        try writer.read { db in
            let identities = try Ledger.sourceIdentities(in: db)
            var articles: [Int64: Int] = [:]
            try DirectStatement(
                db, sql: "SELECT source_id, COUNT(DISTINCT ref) FROM article GROUP BY source_id"
            ).forEachRow([]) { articles[RawColumn.int($0, 0)] = Int(RawColumn.int($0, 1)) }
            var claims: [Int64: Int] = [:]
            try DirectStatement(db, sql: "SELECT source_id, COUNT(*) FROM claim GROUP BY source_id")
                .forEachRow([]) { claims[RawColumn.int($0, 0)] = Int(RawColumn.int($0, 1)) }
            var summaries: [Int64: SourceSummary] = [:]
            for source in identities where source.id == source.canonicalID {
                summaries[source.id] = SourceSummary(
                    name: source.name, articles: 0, claims: 0, aliases: [])
            }
            for source in identities {
                guard var summary = summaries[source.canonicalID] else { continue }
                summary.articles += articles[source.id] ?? 0
                summary.claims += claims[source.id] ?? 0
                if source.id != source.canonicalID { summary.aliases.append(source.name) }
                summaries[source.canonicalID] = summary
            }
            return summaries.values.map { summary in
                var summary = summary
                summary.aliases.sort { $0.lowercased() < $1.lowercased() }
                return summary
            }.sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
        }
    }

    /// Makes `spelling` count as the source `canonical` in disputes, reports and listings, and
    /// derives again with `deriver` the disputes the claims of either can touch, in one
    /// transaction.
    ///
    /// `canonical` must be a stored source; when it is itself an alias, the spelling counts as
    /// the source it stands for. A spelling not stored yet is added, so articles that arrive
    /// under it later count as `canonical` too; spellings that were aliases of `spelling` move
    /// with it. Articles keep the spelling they were stored under (their identity).
    public func addAlias(
        _ spelling: String, to canonical: String, deriver: any DisputeDeriving, runID: Int64?
    ) throws -> SourceAlias {
        try writer.write { db in
            let identities = try Ledger.sourceIdentities(in: db)
            guard let target = identities.first(where: { $0.name == canonical }) else {
                throw LedgerError.unknownSource(name: canonical)
            }
            let root = target.canonicalID
            let rootName = identities.first { $0.id == root }?.name ?? canonical
            let spellingID: Int64
            var formerRoot: Int64?
            if let known = identities.first(where: { $0.name == spelling }) {
                guard known.canonicalID != root else {
                    throw LedgerError.sameSource(spelling: spelling, canonical: rootName)
                }
                spellingID = known.id
                formerRoot = known.canonicalID
            } else {
                var record = SourceRecord(name: spelling)
                try record.insert(db)
                spellingID = record.id!
            }
            let moved = identities.filter { $0.canonicalID == spellingID && $0.id != spellingID }
            let now = Ledger.timestamp()
            try db.execute(
                sql: "UPDATE source_alias SET canonical_id = ? WHERE canonical_id = ?",
                arguments: [root, spellingID])
            try SourceAliasRecord(sourceID: spellingID, canonicalID: root, addedAt: now)
                .upsert(db)
            // The claims whose source changed, and those of the outlets they joined or left:
            // conflicts with them and series kept per outlet are derived again.
            let groups = Set([root, spellingID, formerRoot].compactMap { $0 })
            let affected = try Ledger.sourceIdentities(in: db)
                .filter { groups.contains($0.canonicalID) || groups.contains($0.id) }.map(\.id)
            let changes = try Ledger.rederive(
                deriver: deriver, runID: runID, sources: affected, in: db)
            return SourceAlias(
                spelling: spelling, canonical: rootName, moved: moved.map(\.name).sorted(),
                changes: changes)
        }
    }

    /// The names the ledger holds: topics, actors, speakers, source spellings and rule ids.
    public func knownNames() throws -> KnownNames {
        try writer.read { db in
            var names = KnownNames()
            names.topics = try String.fetchAll(db, sql: "SELECT DISTINCT topic FROM claim")
            names.actors = try String.fetchAll(
                db, sql: "SELECT DISTINCT actor FROM claim WHERE actor IS NOT NULL")
            names.speakers = try String.fetchAll(
                db, sql: "SELECT DISTINCT speaker FROM claim WHERE speaker IS NOT NULL")
            names.sources = try String.fetchAll(db, sql: "SELECT name FROM source")
            names.rules = try String.fetchAll(db, sql: "SELECT DISTINCT rule_id FROM dispute")
            return names
        }
    }

    /// Every source spelling stored, canonical or alias, sorted.
    public func sourceNames() throws -> [String] {
        try writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM source ORDER BY name")
        }
    }

    /// The name a source counts as: its canonical source's when it is an alias, else its own;
    /// nil when no source has exactly this name.
    public func canonicalSource(_ name: String) throws -> String? {
        try writer.read { db in
            var found: String?
            try DirectStatement(db, sql: Ledger.sourceByNameSQL).forEachRow([name.databaseValue]) {
                found = RawColumn.text($0, 1)
            }
            return found
        }
    }
}
