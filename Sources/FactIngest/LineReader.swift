import Foundation

/// Reads a file line by line in fixed-size chunks, so a large JSON Lines file never sits in memory whole.
///
/// A line longer than the limit is skipped to its end and reported as too long rather than buffered.
struct LineReader {
    /// One line, or the fact that a line was too long to keep.
    enum Line {
        /// The line's bytes without the newline.
        case text(ArraySlice<UInt8>)
        /// The line exceeded the limit; this many bytes were skipped.
        case tooLong(Int)
    }

    private let handle: FileHandle
    private let limit: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var finished = false
    private static let chunkSize = 1 << 16

    init(handle: FileHandle, limit: Int) {
        self.handle = handle
        self.limit = limit
    }

    /// The next line, or `nil` at the end of the file.
    mutating func next() throws -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                defer { position = newline + 1 }
                if skipped > 0 { return .tooLong(skipped + newline - position) }
                var end = newline
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                return .text(buffer[position..<end])
            }
            if buffer.count - position > limit {
                skipped += buffer.count - position
                buffer.removeAll(keepingCapacity: true)
                position = 0
            }
            if finished {
                guard position < buffer.count || skipped > 0 else { return nil }
                defer {
                    position = buffer.count
                }
                if skipped > 0 { return .tooLong(skipped + buffer.count - position) }
                return .text(buffer[position...])
            }
            if position > 0 {
                buffer.removeFirst(position)
                position = 0
            }
            let chunk = try handle.read(upToCount: Self.chunkSize) ?? Data()
            if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
