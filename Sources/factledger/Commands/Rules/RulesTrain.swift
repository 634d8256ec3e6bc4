import ArgumentParser
import FactEvaluation
import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import Foundation
import StrictYAML

extension FactLedgerCommand.Rules {
    /// `factledger rules train CORPUS…`: learns the figure model from annotated articles.
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Learn the figure and stance models from annotated corpora, or measure them.",
            discussion: """
                The figure models review the rules' reading of each figure. The topic model \
                keeps the topic the vocabulary gives, gives another, or drops the figure as no \
                claim; a facet model (one per facet key, --facet) keeps, changes or removes the \
                facet's value. They are learned from every numeric claim the rules read in the \
                annotated articles, labelled by the annotations of its sentence, and written to \
                models/figures.yaml and models/facets/KEY.yaml in the rules folder (or \
                --output); facet models no longer learned are removed. The stance model \
                (models/stances.yaml) reviews every actor and stance topic a sentence names \
                together: it claims a stance the rules passed over, or drops or re-polarises \
                one of theirs; it is learned from those candidates, labelled by the annotations \
                of their sentence. --only learns or measures one kind. Retrain after changing \
                the vocabulary or the patterns: the models read their topics and pattern ids. \
                With --folds N nothing is written: the articles are split into N parts and each \
                part is scored with the rules alone and with models learned from the other \
                parts, for each combination of the margins given.
                """)

        @OptionGroup var rules: RulesOptions

        /// The folder of a rules folder that holds the learned models.
        static let modelsFolder = "models"

        @Argument(help: "Annotation files, story folders or folders of story folders.")
        var paths: [String]

        @Option(
            help:
                "The rules folder to write models/ into (default: the rules folder in use; ./Rules for the built-in rules)."
        )
        var output: String?

        @Option(help: "Cross-validate over this many parts instead of writing a model.")
        var folds: Int?

        @Option(help: "Passes over the examples.")
        var epochs = 15

        @Option(
            parsing: .upToNextOption,
            help:
                "How far 'none' must outscore the rules' topic to drop a figure (several with --folds)."
        )
        var dropMargin: [Float] = [2.5]

        @Option(
            parsing: .upToNextOption,
            help:
                "How far another topic must outscore the rules' topic to replace it (several with --folds)."
        )
        var relabelMargin: [Float] = [0]

        @Option(
            parsing: .upToNextOption,
            help:
                "How far a facet value (or none) must outscore the rules' value to replace it (several with --folds)."
        )
        var facetMargin: [Float] = [0.5]

        @Option(
            parsing: .upToNextOption,
            help:
                "How far 'none' must outscore the rules' polarity to drop a stance (several with --folds)."
        )
        var stanceDropMargin: [Float] = [5]

        @Option(
            parsing: .upToNextOption,
            help:
                "How far another polarity must outscore the rules' polarity to replace it (several with --folds)."
        )
        var stanceRelabelMargin: [Float] = [5]

        @Option(
            parsing: .upToNextOption,
            help:
                "How far a polarity must outscore 'none' to claim a stance the rules passed over; negative: how close it may fall short (write --stance-claim-margin=-1; several with --folds)."
        )
        var stanceClaimMargin: [Float] = [-0.5]

        @Option(
            help: "Learn or measure only this kind of model: figures or stances (default: both).")
        var only: ModelKind?

        /// The kinds of learned model.
        enum ModelKind: String, ExpressibleByArgument, CaseIterable {
            case figures, stances
        }

        @Option(
            name: .customLong("facet"),
            help:
                "Learn a model only for this facet key; repeat for several (default: every facet with enough examples)."
        )
        var facets: [String] = []

        func validate() throws {
            guard !paths.isEmpty else {
                throw ValidationError("Name at least one annotated corpus.")
            }
            if let folds, folds < 2 { throw ValidationError("--folds needs at least 2 parts.") }
            guard epochs > 0 else { throw ValidationError("--epochs must be positive.") }
            if folds == nil,
                dropMargin.count > 1 || relabelMargin.count > 1 || facetMargin.count > 1
                    || stanceDropMargin.count > 1 || stanceRelabelMargin.count > 1
                    || stanceClaimMargin.count > 1
            {
                throw ValidationError("Several margins are compared only with --folds.")
            }
        }

        func run() throws {
            // The models are not read: training replaces them, even when they no longer load.
            let folder: RulesFolder
            do {
                folder = try RulesFolder(files: rules.files().excluding(folder: Self.modelsFolder))
            } catch let error as YAMLError {
                throw CommandFailure.badInput("\(error)")
            }
            var articles: [CorpusArticle] = []
            var gold: [GoldClaim] = []
            do {
                for path in paths {
                    for corpus in try AnnotatedCorpus.find(path) {
                        let loaded = try corpus.load()
                        for problem in loaded.problems { Terminal.error("error: \(problem)") }
                        articles += loaded.articles
                        gold += loaded.gold
                    }
                }
            } catch let error as GoldError {
                throw CommandFailure.badInput(error.message)
            }
            let training = FigureTraining(articles: articles, gold: gold)
            var trainer = ModelTrainer()
            trainer.epochs = epochs
            if let folds {
                Terminal.out(
                    "\(NumberFormatting.grouped(articles.count)) articles, \(folds) parts\n")
                if only != .stances {
                    crossValidate(
                        training, extractor: folder.extractor, folds: folds, trainer: trainer)
                }
                if only != .figures {
                    crossValidateStances(
                        StanceTraining(articles: articles, gold: gold), extractor: folder.extractor,
                        folds: folds, trainer: trainer)
                }
                return
            }
            let rulesOnly = folder.extractor.withoutLearnedModels
            let learned =
                only == .stances
                ? nil
                : FigureTraining.models(
                    training.examples(training.articles, extractor: rulesOnly),
                    trainer: trainer,
                    margins: LearnedModel.Margins(drop: dropMargin[0], relabel: relabelMargin[0]),
                    facetMargins: LearnedModel.Margins(
                        drop: facetMargin[0], relabel: facetMargin[0]),
                    facetKeys: facets.isEmpty ? nil : Set(facets))
            let stances =
                only == .figures
                ? nil
                : StanceTraining(articles: articles, gold: gold).model(
                    articles, extractor: rulesOnly, trainer: trainer,
                    margins: LearnedModel.Margins(
                        drop: stanceDropMargin[0], relabel: stanceRelabelMargin[0],
                        claim: stanceClaimMargin[0]))
            let target =
                output
                ?? (folder.path == RuleFiles.builtInOrigin ? RulesOptions.localFolder : folder.path)
            let header = [
                "Written by `factledger \(CommandLine.arguments.dropFirst().joined(separator: " "))`",
                "from \(articles.count) annotated articles; retrain after changing the vocabulary",
                "or the patterns.",
            ]
            let written: [(path: String, model: LearnedModel)]
            do {
                written = try ModelFile.write(
                    topic: learned?.topic, facets: learned?.facets ?? [:], stances: stances,
                    header: header, to: target)
            } catch {
                throw CommandFailure.badInput("\(target): \(error.localizedDescription)")
            }
            for (path, model) in written {
                Terminal.out(
                    "wrote \(path): \(model.labels.count) labels, "
                        + "\(NumberFormatting.grouped(model.featureCount)) features\n")
            }
            Terminal.out("from \(NumberFormatting.grouped(articles.count)) articles\n")
        }

        private func crossValidateStances(
            _ training: StanceTraining, extractor: ClaimExtractor, folds: Int,
            trainer: ModelTrainer
        ) {
            let margins = stanceDropMargin.flatMap { drop in
                stanceRelabelMargin.flatMap { relabel in
                    stanceClaimMargin.map {
                        LearnedModel.Margins(drop: drop, relabel: relabel, claim: $0)
                    }
                }
            }
            let (rulesOnly, reviewed) = training.crossValidate(
                extractor: extractor, folds: folds, trainer: trainer, margins: margins)
            Terminal.out(
                "stances, rules alone: \(FactLedgerCommand.Eval.describe(rulesOnly.stance))\n")
            for (margin, result) in zip(margins, reviewed) {
                Terminal.out(
                    "stance drop \(margin.drop) relabel \(margin.relabel) claim \(margin.claim): "
                        + "\(FactLedgerCommand.Eval.describe(result.stance))\n")
            }
        }

        private func crossValidate(
            _ training: FigureTraining, extractor: ClaimExtractor, folds: Int,
            trainer: ModelTrainer
        ) {
            let margins = dropMargin.flatMap { drop in
                relabelMargin.flatMap { relabel in
                    facetMargin.map {
                        (
                            topic: LearnedModel.Margins(drop: drop, relabel: relabel),
                            facets: LearnedModel.Margins(drop: $0, relabel: $0)
                        )
                    }
                }
            }
            let (rulesOnly, reviewed) = training.crossValidate(
                extractor: extractor, folds: folds, trainer: trainer, margins: margins,
                facetKeys: facets.isEmpty ? nil : Set(facets))
            Terminal.out("rules alone: \(FactLedgerCommand.Eval.describe(rulesOnly.numeric))\n")
            for (margin, result) in zip(margins, reviewed) {
                Terminal.out(
                    "drop \(margin.topic.drop) relabel \(margin.topic.relabel) facet \(margin.facets.drop): "
                        + "\(FactLedgerCommand.Eval.describe(result.numeric))\n")
            }
        }
    }
}
