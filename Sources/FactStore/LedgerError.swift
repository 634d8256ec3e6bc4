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
        }
    }
}
