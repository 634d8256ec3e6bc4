import Foundation

/// A fresh working folder holding a copy of the shipped `Rules/`, with a runner for the binary
/// in it: what an end-to-end test starts from.
public struct Workspace {
    /// The folder.
    public let folder: String
    /// Runs `factledger` in the folder.
    public var cli: BinaryRunner

    /// Creates the folder and copies the rules into it.
    public init() throws {
        folder = try Fixtures.temporaryFolder()
        cli = BinaryRunner(directory: folder)
        try FileManager.default.copyItem(atPath: Fixtures.path("Rules"), toPath: folder + "/Rules")
    }
}
