import ArgumentParser
import FactEvaluation
import FactIngest
import FactLedgerCore
import FactPipeline
import FactReports
import Foundation

extension FactLedgerCommand {
    /// `factledger eval`: extraction and rules scored against annotated corpora.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction (and the rules) against hand-annotated corpora.",
            discussion: """
                Each PATH is an annotation file (JSON Lines, one expected claim a line, articles in \
                the articles folder beside it or beside its folder), a story folder holding \
                claims.jsonl and articles/, or a folder of story folders (Corpus/dev). A claim \
                matches when topic, facets, actor where given, and interval or polarity agree; a \
                claim stated twice in an article counts once. Each corpus gets precision, recall \
                and F1 for numeric and stance claims, and its disagreements by kind: missed, \
                spurious, wrong topic, wrong value, wrong facets, wrong actor, wrong polarity. \
                When one corpus is named and --flags is given (default: flags.yaml beside its \
                annotation file, if present) the corpus is also ingested in date order into an \
                in-memory ledger and the flags raised are scored.
                """)

        /// How the scores are printed.
        enum EvalFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @OptionGroup var rules: RulesOptions

        @Argument(help: "Annotation files, story folders or folders of story folders.")
        var paths: [String]

        @Option(help: "The folder of annotated articles, for a single annotation file.")
        var articles: String?

        @Option(
            help:
                "The expected-flags file (default: flags.yaml beside the annotations when present)."
        )
        var flags: String?

        @ArgumentParser.Flag(
            help: "Also score each topic: annotated, extracted, matched, precision, recall.")
        var byTopic = false

        @ArgumentParser.Flag(
            help: "List every disagreement with its sentence, and every unexpected or missed flag.")
        var verbose = false

        @Option(help: "Output format: text or json.")
        var format: EvalFormat = .text

        func validate() throws {
            guard !paths.isEmpty else {
                throw ValidationError("Name at least one annotated corpus.")
            }
            if articles != nil, paths.count != 1 {
                throw ValidationError("--articles applies to a single annotation file.")
            }
        }

        func run() throws {
            let folder = try rules.load()
            var corpora: [AnnotatedCorpus] = []
            do {
                for path in paths { corpora += try AnnotatedCorpus.find(path) }
            } catch let error as GoldError {
                throw CommandFailure.badInput(error.message)
            }
            if let articles, corpora.count == 1 { corpora[0].articles = articles }
            var results: [(AnnotatedCorpus, ClaimEvaluation, Int)] = []
            for corpus in corpora {
                do {
                    let (result, count, problems) = try corpus.evaluate(with: folder.extractor)
                    for problem in problems { Terminal.error("error: \(problem)") }
                    results.append((corpus, result, count))
                } catch let error as GoldError {
                    throw CommandFailure.badInput(error.message)
                }
            }
            var total = ClaimEvaluation()
            for (_, result, _) in results { total.add(result) }
            switch format {
            case .json:
                var entries = results.map { corpus, result, count in
                    Self.json(result, name: corpus.name, path: corpus.claims, articles: count)
                }
                if results.count > 1 {
                    entries.append(
                        Self.json(
                            total, name: "all", path: nil, articles: results.map(\.2).reduce(0, +)))
                }
                Terminal.out(JSONValue.array(entries).text + "\n")
            case .text:
                for (corpus, result, count) in results {
                    if results.count > 1 { Terminal.out("\(corpus.name) (\(corpus.claims))\n") }
                    print(result, articles: count, indent: results.count > 1 ? "  " : "")
                }
                if results.count > 1 {
                    Terminal.out("all\n")
                    print(total, articles: results.map(\.2).reduce(0, +), indent: "  ")
                }
            }
            guard corpora.count == 1 else { return }
            try scoreFlags(corpora[0], folder: folder)
        }

        /// Prints one corpus's scores.
        private func print(_ result: ClaimEvaluation, articles: Int, indent: String) {
            if verbose {
                for miss in result.misses.sorted(by: {
                    ($0.failure, $0.article) < ($1.failure, $1.article)
                }) {
                    var line = "\(indent)\(miss.failure.rawValue): \(miss.article): "
                    if let expected = miss.expected { line += "expected \(expected)" }
                    if miss.expected != nil, miss.extracted != nil { line += ", " }
                    if let extracted = miss.extracted { line += "extracted \(extracted)" }
                    if let quote = miss.quote { line += " — \(quote)" }
                    Terminal.out(line + "\n")
                }
            }
            Terminal.out("\(indent)articles: \(NumberFormatting.grouped(articles))\n")
            for (name, score) in [("numeric", result.numeric), ("stance", result.stance)] {
                Terminal.out("\(indent)\(name): \(Self.describe(score))\n")
            }
            let failures = result.failures
            let counts = ClaimEvaluation.Failure.allCases.compactMap { failure in
                failures[failure].map { "\(failure.rawValue) \(NumberFormatting.grouped($0))" }
            }
            Terminal.out(
                "\(indent)disagreements: \(counts.isEmpty ? "none" : counts.joined(separator: ", "))\n"
            )
            guard byTopic else { return }
            let rows = result.topics.sorted { $0.key < $1.key }.map { topic, score in
                [
                    topic, NumberFormatting.grouped(score.annotated),
                    NumberFormatting.grouped(score.extracted),
                    NumberFormatting.grouped(score.matched),
                    Self.format(score.precision), Self.format(score.recall),
                ]
            }
            var table = TextTable(
                header: ["topic", "annotated", "extracted", "matched", "precision", "recall"])
            table.rows = rows
            for line in table.text.split(separator: "\n") { Terminal.out("\(indent)\(line)\n") }
        }

        /// Scores the rules against the corpus's expected flags, when it has them.
        private func scoreFlags(_ corpus: AnnotatedCorpus, folder: RulesFolder) throws {
            let flagsFile =
                flags
                ?? ((corpus.claims as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("flags.yaml")
            guard flags != nil || FileManager.default.fileExists(atPath: flagsFile) else { return }
            let (articles, _) = try CorpusArticle.load(folder: corpus.articles)
            let (wanted, forbidden) = try FlagEvaluation.expectations(path: flagsFile)
            let flagResult = try FlagEvaluation.run(
                folder: folder, articles: articles, expected: wanted, notFlagged: forbidden)
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
            let g = NumberFormatting.grouped(_:) as (Int) -> String
            Terminal.out(
                "flags: precision \(Self.format(flagResult.precision)) recall \(Self.format(flagResult.recall)) "
                    + "(\(g(flagResult.found.count))/\(g(wanted.count)) expected raised, \(g(flagResult.raised.count)) raised, "
                    + "\(g(flagResult.forbidden.count)) forbidden raised)\n")
        }

        static func describe(_ score: ClaimEvaluation.Score) -> String {
            "precision \(format(score.precision)) recall \(format(score.recall)) F1 \(format(score.f1)) "
                + "(\(NumberFormatting.grouped(score.matched)) matched, "
                + "\(NumberFormatting.grouped(score.extracted)) extracted, "
                + "\(NumberFormatting.grouped(score.annotated)) annotated)"
        }

        static func format(_ value: Double) -> String {
            String(format: "%.3f", value)
        }

        /// One corpus's scores as a JSON object.
        static func json(_ result: ClaimEvaluation, name: String, path: String?, articles: Int)
            -> JSONValue
        {
            func score(_ score: ClaimEvaluation.Score) -> JSONValue {
                .object([
                    ("precision", .number(score.precision)), ("recall", .number(score.recall)),
                    ("f1", .number(score.f1)), ("matched", .number(Double(score.matched))),
                    ("extracted", .number(Double(score.extracted))),
                    ("annotated", .number(Double(score.annotated))),
                ])
            }
            let failures = result.failures
            return .object([
                ("corpus", .string(name)), ("claims", .optional(path)),
                ("articles", .number(Double(articles))), ("numeric", score(result.numeric)),
                ("stance", score(result.stance)),
                (
                    "disagreements",
                    .object(
                        ClaimEvaluation.Failure.allCases.map {
                            ($0.rawValue, .number(Double(failures[$0] ?? 0)))
                        })
                ),
                (
                    "topics",
                    .object(
                        result.topics.sorted { $0.key < $1.key }.map { ($0.key, score($0.value)) })
                ),
            ])
        }
    }
}
