import Foundation

/// Writing to standard output and standard error.
enum Terminal {
    /// Writes text to standard output as is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Whether standard error is an interactive terminal (for progress lines).
    static var errorIsTerminal: Bool { isatty(2) == 1 }
}
