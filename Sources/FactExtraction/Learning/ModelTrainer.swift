import FactLedgerCore
import Foundation

/// Trains a learned model: multinomial logistic regression, by stochastic gradient descent with
/// an L2 penalty, over the items the rules read (figures, candidate stances) and the labels a
/// reader gave them.
///
/// Deterministic: the examples are visited in an order shuffled by a fixed seed, so the same
/// examples always give the same weights.
public struct ModelTrainer: Sendable {
    /// One item the rules read, with the label a reader gave it.
    public struct Example: Sendable {
        /// The item's features.
        public var features: ModelFeatures
        /// `none` or the topic the annotation gives the figure.
        public var label: String

        /// An example from its features and label.
        public init(features: ModelFeatures, label: String) {
            self.features = features
            self.label = label
        }
    }

    /// Passes over the examples.
    public var epochs = 15
    /// Features seen in fewer examples than this are left out of the model.
    public var minimumCount = 2
    /// Weights smaller than this (in absolute value) are left out of the model.
    public var minimumWeight: Float = 0.05
    /// The step size of the first pass; later passes take smaller steps.
    public var learningRate: Float = 0.1
    /// How strongly weights are pulled towards zero.
    public var penalty: Float = 0.001

    /// A trainer with the default settings.
    public init() {}

    /// A model trained on the examples, its verdicts held to the given margins.
    public func train(_ examples: [Example], margins: LearnedModel.Margins) -> LearnedModel {
        var labels = [LearnedModel.noClaim]
        var labelIndex = [LearnedModel.noClaim: 0]
        for example in examples where labelIndex[example.label] == nil {
            labelIndex[example.label] = labels.count
            labels.append(example.label)
        }
        // Each example's features once each, in their order (sums in a fixed order give the
        // same weights on every run), and in how many examples each feature is seen.
        var names: [UInt64: String] = [:]
        var counts: [UInt64: Int] = [:]
        let unique = examples.map { example in
            var seen = Set<UInt64>()
            var keys: [UInt64] = []
            for (offset, key) in example.features.keys.enumerated() where seen.insert(key).inserted
            {
                keys.append(key)
                counts[key, default: 0] += 1
                if names[key] == nil, let name = example.features.names?[offset] {
                    names[key] = name
                }
            }
            return keys
        }
        let active = unique.map { $0.filter { counts[$0, default: 0] >= minimumCount } }
        let labelCount = labels.count
        var weights: [UInt64: [Float]] = [:]
        var order = Array(examples.indices)
        var random = SplitMix(seed: 0x5EED)
        for epoch in 0..<epochs {
            order.shuffle(using: &random)
            let rate = learningRate / (1 + Float(epoch) * 0.5)
            for index in order {
                let keys = active[index]
                var scores = [Float](repeating: 0, count: labelCount)
                for key in keys {
                    guard let row = weights[key] else { continue }
                    for label in 0..<labelCount { scores[label] += row[label] }
                }
                let top = scores.max() ?? 0
                var total: Float = 0
                for label in 0..<labelCount {
                    scores[label] = exp(scores[label] - top)
                    total += scores[label]
                }
                let gold = labelIndex[examples[index].label]!
                for key in keys {
                    var row = weights[key] ?? [Float](repeating: 0, count: labelCount)
                    for label in 0..<labelCount {
                        let gradient = scores[label] / total - (label == gold ? 1 : 0)
                        row[label] -= rate * (gradient + penalty * row[label])
                    }
                    weights[key] = row
                }
            }
        }
        let rows = weights.compactMap { key, row -> (name: String, weights: [(Int, Float)])? in
            guard let name = names[key] else { return nil }
            let kept = row.indices.filter { abs(row[$0]) >= minimumWeight }.map { ($0, row[$0]) }
            return kept.isEmpty ? nil : (name, kept)
        }
        return LearnedModel(
            labels: labels, rows: rows.sorted { $0.name < $1.name }, margins: margins)
    }
}
