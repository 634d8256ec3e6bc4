import FactLedgerCore
import Foundation

/// One input named on the command line, expanded: a file in a known format, or standard input.
public enum InputItem: Sendable, Equatable {
    /// A text or Markdown article file.
    case document(path: String)
    /// A JSON Lines file, one article a line.
    case jsonLines(path: String)
    /// Standard input (`-`): JSON Lines when it starts with `{`, else one document.
    case standardInput

    /// The file endings read from folders.
    static let documentExtensions: Set<String> = ["txt", "md", "markdown"]

    /// Expands paths: folders recursively (.txt, .md, .jsonl, in path order), files as given.
    ///
    /// Paths that do not exist, cannot be read, or are not regular files become problems.
    public static func expand(_ paths: [String]) -> (items: [InputItem], problems: [InputProblem]) {
        var items: [InputItem] = []
        var problems: [InputProblem] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                items.append(.standardInput)
                continue
            }
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                let type = attributes[.type] as? FileAttributeType
            else {
                problems.append(InputProblem(file: path, message: InputMessages.missingPath))
                continue
            }
            switch type {
            case .typeDirectory:
                items += folderItems(path)
            case .typeRegular:
                guard manager.isReadableFile(atPath: path) else {
                    problems.append(InputProblem(file: path, message: InputMessages.unreadable))
                    continue
                }
                items.append(item(forFile: path))
            default:
                problems.append(InputProblem(file: path, message: InputMessages.notRegularFile))
            }
        }
        return (items, problems)
    }

    private static func item(forFile path: String) -> InputItem {
        path.lowercased().hasSuffix(".jsonl") ? .jsonLines(path: path) : .document(path: path)
    }

    private static func folderItems(_ folder: String) -> [InputItem] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            guard ext == "jsonl" || documentExtensions.contains(ext) else { continue }
            if (relative as NSString).lastPathComponent.hasPrefix(".") { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                files.append(full)
            }
        }
        return files.sorted().map(item(forFile:))
    }
}

extension InputMessages {
    /// The path named does not exist.
    public static let missingPath = "no such file or folder"
    /// The file exists but cannot be read.
    public static let unreadable = "cannot be read (permissions)"
    /// The path is a FIFO, socket or device.
    public static let notRegularFile =
        "not a regular file or folder (a FIFO, socket or device is not read)"
}
