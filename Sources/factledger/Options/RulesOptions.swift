import ArgumentParser
import BuiltInRules
import FactExtraction
import FactPipeline
import Foundation
import StrictYAML

/// The option naming the rules folder: `vocabulary/` and `patterns/` for extraction, `checks/`
/// for the rules engine.
struct RulesOptions: ParsableArguments {
    /// The environment variable naming a rules folder.
    static let environmentVariable = "FACTLEDGER_RULES"
    /// The folder used when present in the working folder.
    static let localFolder = "Rules"

    @Option(
        help: ArgumentHelp(
            "The rules folder holding vocabulary/, patterns/ and checks/.",
            discussion: """
                Without it: $FACTLEDGER_RULES, then ./Rules when present, then the rules built \
                into factledger (`factledger rules init DIR` writes them out for editing).
                """))
    var rules: String?

    /// Where the rules come from, in the order: `--rules`, `$FACTLEDGER_RULES`, `./Rules`, the
    /// built-in defaults.
    enum Source: Equatable {
        /// A folder named by `--rules`.
        case option(String)
        /// A folder named by `$FACTLEDGER_RULES`.
        case environment(String)
        /// `./Rules` in the working folder.
        case workingFolder
        /// The rules compiled into the binary.
        case builtIn

        /// How `rules list` and reports name it.
        var description: String {
            switch self {
            case .option(let path): return "\(path) (--rules)"
            case .environment(let path): return "\(path) ($\(RulesOptions.environmentVariable))"
            case .workingFolder: return "\(RulesOptions.localFolder) (working folder)"
            case .builtIn: return "built-in rules"
            }
        }
    }

    /// The rules folder in use.
    func source(environment: [String: String] = ProcessInfo.processInfo.environment) -> Source {
        Self.source(named: rules, environment: environment)
    }

    /// The rules folder in use when `--rules` names `named` (or nothing).
    static func source(
        named: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Source {
        if let rules = named { return .option(rules) }
        if let named = environment[Self.environmentVariable], !named.isEmpty {
            return .environment(named)
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: localFolder, isDirectory: &isFolder),
            isFolder.boolValue
        {
            return .workingFolder
        }
        return .builtIn
    }

    /// The rule files of the source in use; a named folder that does not exist is an error
    /// that says how to choose another.
    func files() throws -> RuleFiles { try Self.files(named: rules) }

    /// The rule files in use when `--rules` names `named` (or nothing).
    static func files(named: String?) throws -> RuleFiles {
        let source = source(named: named)
        let path: String
        switch source {
        case .builtIn: return BuiltInRules.files
        case .option(let named), .environment(let named): path = named
        case .workingFolder: path = localFolder
        }
        do {
            return try RuleFiles.read(folder: path)
        } catch let error as YAMLError {
            throw CommandFailure.badInput(
                "\(error) (rules from \(source.description); name another folder with --rules "
                    + "or $\(environmentVariable), or run without either outside a folder "
                    + "holding ./\(localFolder) to use the built-in rules)")
        }
    }

    /// Loads vocabulary, patterns and checks; a vocabulary problem, or with `strict` any rule
    /// problem, is an error naming file and line (exit 2).
    func load(strict: Bool = true) throws -> RulesFolder {
        try Self.load(named: rules, strict: strict)
    }

    /// Loads the rules in use when `--rules` names `named` (or nothing), as `load(strict:)`.
    static func load(named: String?, strict: Bool = true) throws -> RulesFolder {
        let folder: RulesFolder
        do {
            folder = try RulesFolder(files: try files(named: named))
        } catch let error as YAMLError {
            throw CommandFailure.badInput("\(error)")
        }
        if strict, !folder.ruleErrors.isEmpty {
            throw CommandFailure.badInput(folder.ruleErrors.map { "\($0)" }.joined(separator: "\n"))
        }
        return folder
    }

    /// The claim extractor alone.
    func extractor() throws -> ClaimExtractor { try load(strict: false).extractor }
}
