import FactReports
import Foundation

/// Writes export rows to standard output as they come, in blocks of about 64 KB so a million
/// rows are not a million system calls.
final class RowWriter {
    private let format: ExportFormat
    private var buffer = ""
    private static let blockSize = 1 << 16

    /// A writer; for CSV the header (the JSON contract's keys) is written first.
    init(format: ExportFormat, keys: [String]) {
        self.format = format
        if format == .csv { buffer += CSV.record(keys) }
    }

    /// Writes one JSON object as a row.
    func write(_ object: JSONValue) {
        switch format {
        case .csv: buffer += CSV.record(CSV.fields(object))
        case .jsonl: buffer += object.text + "\n"
        }
        if buffer.utf8.count >= Self.blockSize { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        Terminal.out(buffer)
        buffer = ""
    }
}
