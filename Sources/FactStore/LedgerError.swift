import FactLedgerCore

/// Why the ledger refused to open or to write.
public enum LedgerError: Error, CustomStringConvertible, Equatable {
    /// The file exists but is not an SQLite database; it was left untouched.
    case notSQLite(path: String)
    /// The file is an SQLite database of some other program; it was left untouched.
    case foreignDatabase(path: String)
    /// The file was written by a newer FactLedger whose schema this one does not know.
    case newerSchema(path: String)
    /// The file or its folder cannot be written.
    case readOnly(path: String, reason: String)
    /// The database could not be opened.
    case cannotOpen(path: String, reason: String)
    /// No flag has this id.
    case unknownFlag(id: Int64)
    /// The review action is not allowed in the flag's current status.
    case invalidTransition(id: Int64, from: String, action: String)
    /// A stored value the schema allows but FactLedger cannot read: a bad value is an error,
    /// never read as a default.
    case badValue(table: String, column: String, id: Int64, value: String)
    /// No source has this name.
    case unknownSource(name: String)
    /// An alias would join a spelling to the source it already counts as.
    case sameSource(spelling: String, canonical: String)
    /// The ledger was written by an older FactLedger and its disputes have not been derived
    /// from its claims yet; that needs the rules.
    case needsDerivation(path: String)
    /// No stored article has this ref (or id), from this source when one was named.
    case unknownArticle(ref: String, source: String?)
    /// Articles of several sources have this ref; the source must be named.
    case ambiguousArticle(ref: String, sources: [String])
    /// The article's latest version is already retracted.
    case alreadyRetracted(Retraction)
    /// A review was decided on a flag whose review log had changed since the reviewer saw it:
    /// `expected` entries were shown, `found` are stored, the latest being `latest`.
    case reviewConflict(id: Int64, expected: Int, found: Int, latest: Review?)

    public var description: String {
        switch self {
        case .notSQLite(let path):
            return "\(path): not an SQLite database; refusing to open it (the file was not changed)"
        case .foreignDatabase(let path):
            return
                "\(path): an SQLite database that is not a FactLedger ledger; refusing to use it (the file was not changed)"
        case .newerSchema(let path):
            return
                "\(path): written by a newer FactLedger (unknown schema migrations); upgrade factledger to use it"
        case .readOnly(let path, let reason):
            return "\(path): the ledger cannot be written (\(reason))"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the ledger (\(reason))"
        case .unknownFlag(let id):
            return "no flag with id \(id)"
        case .invalidTransition(let id, let from, let action):
            return "flag \(id) is \(from); it cannot be given '\(action)'"
        case .badValue(let table, let column, let id, let value):
            return "\(table) \(id): unreadable \(column) '\(value)'"
        case .unknownArticle(let ref, let source):
            return "no stored article \(ref)" + (source.map { " from \($0)" } ?? "")
                + " (name it by the id or url of its front matter or JSON line, its sha256:digest, or its row id as `check` and `flags show` give it)"
        case .ambiguousArticle(let ref, let sources):
            return "articles of several sources have the ref \(ref) ("
                + sources.joined(separator: ", ") + "); name one with --source"
        case .alreadyRetracted(let retraction):
            return
                "\(retraction.source) \(retraction.ref) version \(retraction.version) was already retracted by \(retraction.by) at \(retraction.at): \(retraction.note)"
        case .unknownSource(let name):
            return "no such source: \(name)"
        case .sameSource(let spelling, let canonical):
            return spelling == canonical
                ? "\(spelling) is already the canonical source; an alias needs another spelling"
                : "\(spelling) already counts as \(canonical)"
        case .needsDerivation(let path):
            return
                "\(path): written by an older FactLedger; its flags become disputes once derived from its claims: run `factledger rules run` (with --rules when the rules are not in ./Rules)"
        case .reviewConflict(let id, let expected, let found, let latest):
            var text =
                "flag \(id) was reviewed meanwhile: its review log has \(found) entries, not the \(expected) this decision was made on"
            if let latest {
                text +=
                    "; the latest: \(latest.action.rawValue) by \(latest.by) at \(latest.at) (\(latest.note))"
            }
            return text + "; nothing was recorded"
        }
    }
}
