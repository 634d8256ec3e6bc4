import FactExtraction
import FactLedgerCore
import FactPipeline
import Foundation

/// Paths and shared objects for the test suites.
public enum Fixtures {
    /// The package's root folder.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(
                atPath: url.appendingPathComponent("Package.swift").path)
            {
                return url.path
            }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// A path inside the package.
    public static func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    /// The shipped `Rules/` folder, loaded once.
    public static let rules: RulesFolder = {
        do {
            return try RulesFolder(path: path("Rules"))
        } catch {
            fatalError("shipped Rules/ does not load: \(error)")
        }
    }()

    /// The shipped vocabulary's extractor.
    public static var extractor: ClaimExtractor { rules.extractor }

    /// An article with the given text.
    public static func article(
        _ text: String, source: String = "Harbor Times", date: String = "2023-11-06",
        url: String? = nil
    ) -> Article {
        Article(source: source, published: Day(iso: date)!, url: url, body: text, origin: "test")
    }

    /// A new empty temporary folder.
    public static func temporaryFolder() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "factledger-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes text to a file, creating folders.
    public static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
