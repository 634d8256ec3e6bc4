import Foundation
import StrictYAML
import XCTest

/// Reading a rules folder: every YAML file under it, through symbolic links, problems kept per file.
final class RuleFilesTests: XCTestCase {
    func folder() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "rulefiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            atPath: path + "/real/checks", withIntermediateDirectories: true)
        try "id: a\n".write(toFile: path + "/real/checks/a.yaml", atomically: true, encoding: .utf8)
        try "x: 1\n".write(toFile: path + "/real/top.yml", atomically: true, encoding: .utf8)
        try "not yaml".write(toFile: path + "/real/notes.txt", atomically: true, encoding: .utf8)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    func testReadsEveryYAMLFileUnderTheFolder() throws {
        let files = try RuleFiles.read(folder: try folder() + "/real")
        XCTAssertEqual(files.texts.keys.sorted(), ["checks/a.yaml", "top.yml"])
        XCTAssertEqual(files.files(in: "checks").map(\.name), ["a.yaml"])
        XCTAssertEqual(files.folders(in: ""), ["checks"])
    }

    func testReadsAFolderReachedThroughASymbolicLink() throws {
        let root = try folder()
        try FileManager.default.createSymbolicLink(
            atPath: root + "/linked", withDestinationPath: root + "/real")
        let files = try RuleFiles.read(folder: root + "/linked")
        XCTAssertEqual(files.texts.keys.sorted(), ["checks/a.yaml", "top.yml"])
        XCTAssertEqual(files.files(in: "checks").first?.path, root + "/linked/checks/a.yaml")
    }

    func testAMissingFolderIsAnError() {
        XCTAssertThrowsError(try RuleFiles.read(folder: "/nonexistent/rules")) { error in
            XCTAssertEqual("\(error)", "/nonexistent/rules: rules folder not found")
        }
    }

    func testExcludingAFolderLeavesTheRest() {
        let files = RuleFiles(
            origin: "test", isBuiltIn: false,
            texts: [
                "models/figures.yaml": "a", "models/facets/place.yaml": "b", "modelsx.yaml": "c",
                "vocabulary/actors.yaml": "d",
            ],
            unreadable: ["models/broken.yaml": YAMLError(file: "x", line: nil, message: "y")])
        let rest = files.excluding(folder: "models")
        XCTAssertEqual(rest.texts.keys.sorted(), ["modelsx.yaml", "vocabulary/actors.yaml"])
        XCTAssertTrue(rest.unreadable.isEmpty)
        XCTAssertEqual(rest.origin, "test")
    }
}
