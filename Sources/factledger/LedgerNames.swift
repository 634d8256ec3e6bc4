import FactPipeline
import FactStore

/// The names a ledger and the rules in force know: what `NameCheck` matches command-line names
/// against and suggests from.
struct LedgerNames {
    /// Topics of stored claims and of the vocabulary.
    var topics: [String]
    /// Actors of stored claims and of the vocabulary.
    var actors: [String]
    /// Speakers of stored claims.
    var speakers: [String]
    /// Source spellings stored, canonical or alias.
    var sources: [String]
    /// Rule ids of the rules in force and of stored disputes.
    var rules: [String]

    /// The names of `ledger` and of `folder` (the rules found without `--rules` when nil;
    /// without any, the ledger's names alone).
    init(ledger: Ledger, rules folder: RulesFolder? = nil) throws {
        let stored = try ledger.knownNames()
        let folder = folder ?? (try? RulesOptions.load(named: nil, strict: false))
        let vocabulary = folder?.extractor.lexicon.vocabulary
        func merged(_ first: [String], _ second: [String]) -> [String] {
            Array(Set(first).union(second)).sorted()
        }
        topics = merged(
            stored.topics,
            (vocabulary?.numericTopics ?? []) + (vocabulary?.stanceTopics.map(\.0) ?? []))
        actors = merged(stored.actors, vocabulary?.actors.map(\.name) ?? [])
        speakers = stored.speakers.sorted()
        sources = stored.sources.sorted()
        rules = merged(stored.rules, folder?.rules.map(\.id) ?? [])
    }

    /// A source name as stored: the spelling matched without regard to case.
    func source(_ name: String) throws -> String {
        try NameCheck.resolve(name, .source, among: sources)
    }

    /// A source name as stored when one matches without regard to case, else the name as given:
    /// what an option naming the source of new articles stands for.
    static func sourceOrNew(_ name: String, in ledger: Ledger) throws -> String {
        let stored = try ledger.sourceNames()
        if stored.contains(name) { return name }
        return stored.first { $0.lowercased() == name.lowercased() } ?? name
    }
}
