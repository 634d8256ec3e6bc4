import FactLedgerCore
import Foundation

/// The YAML files of a rules folder (`vocabulary/`, `patterns/`, `checks/`), read from disk or
/// compiled into the binary, keyed by their path inside the folder.
///
/// Loaders read through this type so that a folder on disk and the built-in defaults load the
/// same way, and an error names the file as the user would find it.
public struct RuleFiles: Sendable, Equatable {
    /// Where the files come from: a folder path, or `built-in` for the compiled defaults.
    public let origin: String
    /// Whether these are the defaults compiled into the binary.
    public let isBuiltIn: Bool
    /// File texts keyed by their path inside the folder ("vocabulary/actors.yaml").
    public let texts: [String: String]
    /// Files that could not be read (too large, not UTF-8), keyed like `texts`.
    public let unreadable: [String: YAMLError]

    /// The origin named for the compiled defaults.
    public static let builtInOrigin = "built-in"

    /// A digest of every file's path and text: equal digests mean the same rules, wherever
    /// they were read from.
    public var digest: String {
        var bytes: [UInt8] = []
        for path in texts.keys.sorted() {
            bytes += Array(path.utf8) + [0] + Array(texts[path]!.utf8) + [0]
        }
        return ContentHash.hex(bytes)
    }

    /// The rules as a report names them: where they came from and the start of their digest.
    public var label: String {
        "\(isBuiltIn ? "built-in rules" : origin) (digest \(digest.prefix(12)))"
    }

    /// Files from memory.
    public init(
        origin: String, isBuiltIn: Bool, texts: [String: String],
        unreadable: [String: YAMLError] = [:]
    ) {
        self.origin = origin
        self.isBuiltIn = isBuiltIn
        self.texts = texts
        self.unreadable = unreadable
    }

    /// Reads every `.yaml` and `.yml` file under a folder; a missing folder is an error, and a
    /// file too large or not UTF-8 text is kept in `unreadable` for its loader to report.
    public static func read(folder: String) throws -> RuleFiles {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw YAMLError(file: folder, line: nil, message: "rules folder not found")
        }
        // A folder reached through a symbolic link is read where the link points.
        let root = (folder as NSString).resolvingSymlinksInPath
        var texts: [String: String] = [:]
        var unreadable: [String: YAMLError] = [:]
        let entries = manager.enumerator(atPath: root)?.allObjects as? [String] ?? []
        for relative in entries.sorted()
        where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            let size = (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= YAMLNode.maximumBytes else {
                unreadable[relative] = YAMLError(
                    file: path, line: nil,
                    message: "larger than the limit of \(YAMLNode.maximumBytes / 1024) KB")
                continue
            }
            guard let data = manager.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                unreadable[relative] = YAMLError(
                    file: path, line: nil, message: "cannot be read as UTF-8 text")
                continue
            }
            texts[relative] = text
        }
        return RuleFiles(origin: folder, isBuiltIn: false, texts: texts, unreadable: unreadable)
    }

    /// The name a file is reported under: its path on disk, or `built-in:` and its path inside.
    public func displayPath(_ relative: String) -> String {
        isBuiltIn ? "\(origin):\(relative)" : (origin as NSString).appendingPathComponent(relative)
    }

    /// These files without those under a folder ("models").
    public func excluding(folder: String) -> RuleFiles {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return RuleFiles(
            origin: origin, isBuiltIn: isBuiltIn,
            texts: texts.filter { !$0.key.hasPrefix(prefix) },
            unreadable: unreadable.filter { !$0.key.hasPrefix(prefix) })
    }

    /// Whether any file lies under the folder.
    public func hasFolder(_ folder: String) -> Bool {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return texts.keys.contains { $0.hasPrefix(prefix) }
            || unreadable.keys.contains { $0.hasPrefix(prefix) }
    }

    /// The files directly inside a folder that could not be read, in name order.
    public func problems(in folder: String) -> [YAMLError] {
        let prefix = folder.isEmpty ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        return unreadable.keys.sorted().compactMap { key in
            key.hasPrefix(prefix) && !key.dropFirst(prefix.count).contains("/")
                ? unreadable[key] : nil
        }
    }

    /// The files directly inside a folder, by name order, as paths to report and texts.
    public func files(in folder: String) -> [(name: String, path: String, text: String)] {
        let prefix = folder.isEmpty ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        return texts.keys.sorted().compactMap { key in
            guard key.hasPrefix(prefix) else { return nil }
            let name = String(key.dropFirst(prefix.count))
            guard !name.contains("/") else { return nil }
            return (name, displayPath(key), texts[key]!)
        }
    }

    /// The names of the folders directly inside a folder, in order.
    public func folders(in folder: String) -> [String] {
        let prefix = folder.isEmpty ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        var names: Set<String> = []
        for key in texts.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            if let slash = rest.firstIndex(of: "/") { names.insert(String(rest[..<slash])) }
        }
        return names.sorted()
    }

    /// Writes the files under a folder, creating sub-folders; an existing file is never
    /// overwritten (the error names it and nothing is written).
    public func write(to folder: String) throws {
        let manager = FileManager.default
        for relative in texts.keys.sorted() {
            let path = (folder as NSString).appendingPathComponent(relative)
            if manager.fileExists(atPath: path) {
                throw YAMLError(file: path, line: nil, message: "already exists; not overwritten")
            }
        }
        for relative in texts.keys.sorted() {
            let path = (folder as NSString).appendingPathComponent(relative)
            try manager.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try Data(texts[relative]!.utf8).write(to: URL(fileURLWithPath: path))
        }
    }
}
