import GRDB
import GRDBSQLite

/// A cached statement run straight through SQLite's C interface: values bound by position,
/// rows read column by column.
///
/// Ingest, `check` and the rules run hundreds of small statements per article. Binding typed
/// values and reading columns in place skips the boxing, validation, row copies and temporary
/// bindings of `StatementArguments` and `Row`, which cost more than SQLite's own work on a
/// narrow row.
struct DirectStatement {
    /// The prepared statement, from the connection's statement cache.
    let statement: Statement
    /// The connection.
    let db: Database

    /// Prepares (or reuses) the statement for `sql`.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Runs the statement once with `values` (an insert or update).
    func run(_ values: [DatabaseValue]) throws {
        try forEachRow(values) { _ in }
    }

    /// Runs the statement with `values` and calls `body` with the statement on each row.
    func forEachRow(_ values: [DatabaseValue], _ body: (OpaquePointer) throws -> Void) throws {
        let handle = statement.sqliteStatement
        var rows = 0
        let started = StatementProfile.begin()
        defer {
            if let started { StatementProfile.record(statement.sql, since: started, rows: rows) }
        }
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        try bind(values, to: handle)
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                rows += 1
                try body(handle)
            case SQLITE_DONE: return
            case let code: throw failure(code)
            }
        }
    }

    /// Runs the statement with `values` and calls `body` on each row until it returns true: the
    /// rows after are never read.
    func forEachUntil(_ values: [DatabaseValue], _ body: (OpaquePointer) throws -> Bool) throws {
        let handle = statement.sqliteStatement
        var rows = 0
        let started = StatementProfile.begin()
        defer {
            if let started { StatementProfile.record(statement.sql, since: started, rows: rows) }
        }
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        try bind(values, to: handle)
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                rows += 1
                if try body(handle) { return }
            case SQLITE_DONE: return
            case let code: throw failure(code)
            }
        }
    }

    private func bind(_ values: [DatabaseValue], to handle: OpaquePointer) throws {
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value.storage {
            case .null: code = sqlite3_bind_null(handle, index)
            case .int64(let integer): code = sqlite3_bind_int64(handle, index, integer)
            case .double(let double): code = sqlite3_bind_double(handle, index, double)
            case .string(let text):
                var text = text
                code = text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        guard let start = chars.baseAddress else {
                            // An empty string is text, not NULL.
                            return sqlite3_bind_text(handle, index, "", 0, transient)
                        }
                        return sqlite3_bind_text(
                            handle, index, start, Int32(chars.count), transient)
                    }
                }
            case .blob(let data):
                code = data.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(
                        handle, index, bytes.baseAddress, Int32(bytes.count), transient)
                }
            }
            guard code == SQLITE_OK else { throw failure(code) }
        }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) },
            sql: statement.sql)
    }
}

/// Reading one column of the current row of a raw statement.
enum RawColumn {
    /// Whether the column is NULL.
    static func isNull(_ handle: OpaquePointer, _ index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    /// The column as text ("" when NULL).
    static func text(_ handle: OpaquePointer, _ index: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The column as text, `nil` when NULL.
    static func optionalText(_ handle: OpaquePointer, _ index: Int32) -> String? {
        isNull(handle, index) ? nil : text(handle, index)
    }

    /// The column as an integer.
    static func int(_ handle: OpaquePointer, _ index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// The column as an integer, `nil` when NULL.
    static func optionalInt(_ handle: OpaquePointer, _ index: Int32) -> Int64? {
        isNull(handle, index) ? nil : int(handle, index)
    }

    /// The column as a double, `nil` when NULL.
    static func optionalDouble(_ handle: OpaquePointer, _ index: Int32) -> Double? {
        isNull(handle, index) ? nil : sqlite3_column_double(handle, index)
    }
}
