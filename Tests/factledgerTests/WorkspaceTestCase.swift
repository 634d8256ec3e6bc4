import Foundation
import TestSupport
import XCTest

/// An end-to-end test case that runs the `factledger` binary in a fresh workspace (a folder
/// holding a copy of the shipped rules), removed when the test ends.
class WorkspaceTestCase: XCTestCase {
    /// The workspace folder.
    var folder = ""
    /// Runs `factledger` in the folder.
    var cli = BinaryRunner(directory: "/")

    override func setUpWithError() throws {
        try super.setUpWithError()
        let workspace = try Workspace()
        (folder, cli) = (workspace.folder, workspace.cli)
        addTeardownBlock { [folder] in try? FileManager.default.removeItem(atPath: folder) }
    }
}
