import FactLedgerCore
import Foundation

/// Reads the articles of one input, one at a time, each parsed or refused with its reason.
///
/// JSON Lines files are streamed line by line; a broken line is refused and the next one read.
public struct ArticleReader {
    private let defaults: ArticleDefaults

    /// Creates a reader whose inputs fall back to the given source and date.
    public init(defaults: ArticleDefaults) {
        self.defaults = defaults
    }

    /// Calls `body` with each article of the input, or the problem that refused it.
    public func read(_ item: InputItem, _ body: (Result<Article, InputProblem>) throws -> Void)
        throws
    {
        switch item {
        case .document(let path):
            try body(readDocument(path))
        case .jsonLines(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                try body(.failure(InputProblem(file: path, message: InputMessages.unreadable)))
                return
            }
            defer { try? handle.close() }
            try readLines(
                LineReader(handle: handle, limit: ArticleParser.maximumBytes), path: path, body)
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let bytes = [UInt8](data)
            if bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 })
                == UInt8(ascii: "{")
            {
                var start = 0
                var line = 0
                while start < bytes.count {
                    let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                    line += 1
                    let slice = bytes[start..<end]
                    if !isBlank(slice) {
                        try body(
                            ArticleParser.jsonLine(slice, path: "-", line: line, defaults: defaults)
                        )
                    }
                    start = end + 1
                }
            } else {
                try body(ArticleParser.document(bytes, origin: "-", defaults: defaults))
            }
        }
    }

    private func readDocument(_ path: String) -> Result<Article, InputProblem> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > ArticleParser.maximumBytes {
            return .failure(
                InputProblem(file: path, message: InputMessages.tooLarge(size)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(file: path, message: InputMessages.unreadable))
        }
        return ArticleParser.document(
            [UInt8](data), origin: path, defaults: defaults.forFile(at: path))
    }

    private func readLines(
        _ reader: LineReader, path: String, _ body: (Result<Article, InputProblem>) throws -> Void
    ) throws {
        var reader = reader
        var number = 0
        let folder = defaults.forFile(at: path)
        while let line = try reader.next() {
            number += 1
            switch line {
            case .tooLong(let count):
                try body(
                    .failure(
                        InputProblem(
                            file: path, line: number, message: InputMessages.tooLarge(count))))
            case .text(let bytes):
                if isBlank(bytes) { continue }
                try body(ArticleParser.jsonLine(bytes, path: path, line: number, defaults: folder))
            }
        }
    }

    private func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
