import FactExtraction
import FactLedgerCore
import FactRules
import FactStore
import Foundation
import StrictYAML

/// A loaded `Rules/` folder: the vocabulary that drives extraction and the checks that judge claims.
public struct RulesFolder: Sendable {
    /// The folder.
    public let path: String
    /// The claim extractor built from `vocabulary/` and `patterns/`.
    public let extractor: ClaimExtractor
    /// The claim patterns from `patterns/`.
    public let patterns: PatternSet
    /// The checks from `checks/`.
    public let rules: [Rule]
    /// Every problem found in the rule files (the vocabulary must load without any).
    public let ruleErrors: [YAMLError]
    /// How runs and reports name these rules: their origin and the start of their digest.
    public let label: String

    /// Loads the folder; a vocabulary problem is thrown, rule problems are collected.
    public init(path: String) throws {
        try self.init(files: RuleFiles.read(folder: path))
    }

    /// Loads rule files read from a folder or built in; a vocabulary problem is thrown, rule
    /// problems are collected.
    public init(files: RuleFiles) throws {
        path = files.origin
        label = files.label
        patterns = try PatternLoader.load(files, folder: "patterns")
        extractor = ClaimExtractor(
            vocabulary: try VocabularyLoader.load(files, folder: "vocabulary"),
            patterns: patterns, figureModel: try ModelFile.load(files),
            facetModels: try ModelFile.loadFacets(files),
            stanceModel: try ModelFile.loadStances(files))
        let loaded = RuleLoader.load(files, folder: "checks")
        rules = loaded.rules
        ruleErrors = loaded.errors
    }

    /// Builds from parts, for tests.
    public init(path: String, extractor: ClaimExtractor, rules: [Rule]) {
        self.path = path
        self.extractor = extractor
        patterns = extractor.patterns
        self.rules = rules
        ruleErrors = []
        label = path
    }

    /// What rules need to know of the vocabulary: cumulative topics and the actor hierarchy.
    public var context: RuleContext {
        let vocabulary = extractor.lexicon.vocabulary
        var context = RuleContext(
            cumulativeTopics: Set(vocabulary.numericTopics.filter { vocabulary.isCumulative($0) }))
        context.hierarchy = vocabulary.hierarchy
        return context
    }

    /// An engine over the given rules (all loaded rules by default): what the ledger derives
    /// disputes with.
    public func engine(_ subset: [Rule]? = nil) -> RuleEngine {
        RuleEngine(rules: subset ?? rules, context: context)
    }
}
