import Foundation

/// The error a server task ended with, handed back to the waiting command.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: String?

    /// The message set, if any.
    var message: String? { lock.withLock { stored } }

    /// Records a message.
    func set(_ message: String) { lock.withLock { stored = message } }
}
