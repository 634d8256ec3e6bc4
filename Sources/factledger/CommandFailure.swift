import ArgumentParser

/// A failure that ends a command with a message and a documented exit code.
enum CommandFailure: Error, CustomStringConvertible {
    /// Some input was refused (exit 2).
    case badInput(String)
    /// The ledger could not be opened or written (exit 3).
    case ledger(String)

    var description: String {
        switch self {
        case .badInput(let message), .ledger(let message): return message
        }
    }

    /// The exit code for the failure.
    var exitCode: ExitCode {
        switch self {
        case .badInput: return ExitCode(2)
        case .ledger: return ExitCode(3)
        }
    }
}
