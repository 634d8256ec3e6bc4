import FactExtraction
import TestSupport
import XCTest

final class ModelTrainerTests: XCTestCase {
    /// Figures the rules read, two labelled as releases and two as no claim.
    private func examples() -> [ModelTrainer.Example] {
        var examples: [ModelTrainer.Example] = []
        let texts = [
            ("Hamas freed 13 hostages on Friday.", "hostages.released.event"),
            ("Hamas freed 24 hostages on Saturday.", "hostages.released.event"),
            ("Some 240 hostages remain in Gaza.", "none"),
            ("Some 236 hostages remain in Gaza.", "none"),
        ]
        for (text, label) in texts {
            for (_, features) in Fixtures.extractor.figureExamples(in: Fixtures.article(text)) {
                examples.append(ModelTrainer.Example(features: features, label: label))
            }
        }
        return examples
    }

    func testTheModelLearnsTheLabelsItWasShown() throws {
        let examples = examples()
        XCTAssertEqual(examples.count, 4)
        var trainer = ModelTrainer()
        trainer.minimumCount = 1
        let model = trainer.train(examples, margins: LearnedModel.Margins(drop: 0, relabel: 0))
        XCTAssertEqual(model.labels.first, "none")
        XCTAssertTrue(model.labels.contains("hostages.released.event"))
        for example in examples {
            let scores = model.scores(example.features.keys)
            let best = try XCTUnwrap(scores.indices.max { scores[$0] < scores[$1] })
            XCTAssertEqual(model.labels[best], example.label)
        }
    }

    func testTrainingIsRepeatable() {
        let examples = examples()
        var trainer = ModelTrainer()
        trainer.minimumCount = 1
        let margins = LearnedModel.Margins(drop: 1, relabel: 1)
        XCTAssertEqual(
            trainer.train(examples, margins: margins), trainer.train(examples, margins: margins))
    }

    func testRareFeaturesAreLeftOut() {
        let model = ModelTrainer().train(
            examples(), margins: LearnedModel.Margins(drop: 1, relabel: 1))
        let names = Set(model.weights.keys)
        XCTAssertFalse(names.contains("w+3=friday"), "seen in one figure only")
        XCTAssertTrue(names.contains("w+2=on"), "seen in two")
    }
}
