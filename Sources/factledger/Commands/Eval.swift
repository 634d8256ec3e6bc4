import ArgumentParser
import FactPipeline
import Foundation

extension FactLedgerCommand {
    /// `factledger eval`: extraction and rules scored against an annotated corpus.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction (and the rules) against a hand-annotated corpus.",
            discussion: """
                GOLD is a JSON Lines file of expected claims (Corpus/gold/claims.jsonl). Articles are \
                read from --articles (default: the articles folder beside GOLD's folder). A claim \
                matches when topic, facets, actor where given, and interval or polarity agree. When \
                --flags is given (default: flags.yaml beside GOLD, if present) the corpus is also \
                ingested in date order into an in-memory ledger and the flags raised are scored.
                """)

        @OptionGroup var rules: RulesOptions

        @Argument(help: "The gold claims file (JSON Lines).")
        var gold: String

        @Option(help: "The folder of annotated articles (default: GOLD/../../articles).")
        var articles: String?

        @Option(help: "The expected-flags file (default: flags.yaml beside GOLD when present).")
        var flags: String?

        @Flag(help: "List every missed and extra claim and every unexpected or missed flag.")
        var verbose = false

        func run() throws {
            let folder = try rules.load()
            let goldFolder = (gold as NSString).deletingLastPathComponent
            let articlesFolder =
                articles
                ?? ((goldFolder as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("articles")
            let (corpus, problems) = try CorpusArticle.load(folder: articlesFolder)
            for problem in problems { Terminal.error("error: \(problem)") }
            let expected: [GoldClaim]
            do {
                expected = try GoldClaim.load(path: gold)
            } catch let error as GoldError {
                throw CommandFailure.badInput(error.message)
            }
            let result = ClaimEvaluation.run(
                extractor: folder.extractor, articles: corpus, gold: expected)
            if verbose {
                for miss in result.misses {
                    Terminal.out("\(miss.what): \(miss.article): \(miss.claim)\n")
                }
            }
            Terminal.out("articles: \(corpus.count)\n")
            for (name, score) in [("numeric", result.numeric), ("stance", result.stance)] {
                Terminal.out(
                    "\(name): precision \(Self.format(score.precision)) recall \(Self.format(score.recall)) "
                        + "F1 \(Self.format(score.f1)) (\(score.matched) matched, \(score.extracted) extracted, \(score.annotated) annotated)\n"
                )
            }
            let flagsFile = flags ?? (goldFolder as NSString).appendingPathComponent("flags.yaml")
            guard flags != nil || FileManager.default.fileExists(atPath: flagsFile) else { return }
            let (wanted, forbidden) = try FlagEvaluation.expectations(path: flagsFile)
            let flagResult = try FlagEvaluation.run(
                folder: folder, articles: corpus, expected: wanted, notFlagged: forbidden)
            if verbose {
                for missed in flagResult.missed {
                    Terminal.out(
                        "missed flag: \(missed.kind) \(missed.topic) \(missed.articles.sorted()) (line \(missed.line ?? 0))\n"
                    )
                }
                for raised in flagResult.unexpected {
                    Terminal.out(
                        "unexpected flag: \(raised.finding.kind) \(raised.articles.sorted()): \(raised.finding.message)\n"
                    )
                }
            }
            for (expectation, raised) in flagResult.forbidden {
                Terminal.out(
                    "forbidden flag raised: \(expectation.kind) \(expectation.articles.sorted()): \(raised.finding.message)\n"
                )
            }
            Terminal.out(
                "flags: precision \(Self.format(flagResult.precision)) recall \(Self.format(flagResult.recall)) "
                    + "(\(flagResult.found.count)/\(wanted.count) expected raised, \(flagResult.raised.count) raised, "
                    + "\(flagResult.forbidden.count) forbidden raised)\n")
        }

        static func format(_ value: Double) -> String {
            String(format: "%.3f", value)
        }
    }
}
