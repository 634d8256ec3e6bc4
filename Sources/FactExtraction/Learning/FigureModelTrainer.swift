import FactLedgerCore
import Foundation

/// Trains a figure model: multinomial logistic regression, by stochastic gradient descent with
/// an L2 penalty, over the figures the rules read and the labels a reader gave them.
///
/// Deterministic: the examples are visited in an order shuffled by a fixed seed, so the same
/// examples always give the same weights.
public struct FigureModelTrainer: Sendable {
    /// One figure the rules read, with the label a reader gave it.
    public struct Example: Sendable {
        /// The figure's features.
        public var features: FigureFeatures
        /// `none` or the topic the annotation gives the figure.
        public var label: String

        /// An example from its features and label.
        public init(features: FigureFeatures, label: String) {
            self.features = features
            self.label = label
        }
    }

    /// Passes over the examples.
    public var epochs = 10
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
    public func train(_ examples: [Example], margins: FigureModel.Margins) -> FigureModel {
        var labels = [FigureModel.noClaim]
        var labelIndex = [FigureModel.noClaim: 0]
        for example in examples where labelIndex[example.label] == nil {
            labelIndex[example.label] = labels.count
            labels.append(example.label)
        }
        var names: [UInt64: String] = [:]
        var counts: [UInt64: Int] = [:]
        for example in examples {
            var seen = Set<UInt64>()
            for (offset, key) in example.features.keys.enumerated() where seen.insert(key).inserted
            {
                counts[key, default: 0] += 1
                if names[key] == nil, let name = example.features.names?[offset] {
                    names[key] = name
                }
            }
        }
        let labelCount = labels.count
        var weights: [UInt64: [Float]] = [:]
        var order = Array(examples.indices)
        var random = SplitMix(seed: 0x5EED)
        // Each example's kept features, once each, in their order (sums in a fixed order give
        // the same weights on every run).
        let active = examples.map { example in
            var seen = Set<UInt64>()
            return example.features.keys.filter {
                (counts[$0] ?? 0) >= minimumCount && seen.insert($0).inserted
            }
        }
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
        var named: [String: [String: Float]] = [:]
        for (key, row) in weights {
            guard let name = names[key] else { continue }
            var kept: [String: Float] = [:]
            for label in 0..<labelCount where abs(row[label]) >= minimumWeight {
                kept[labels[label]] = row[label]
            }
            if !kept.isEmpty { named[name] = kept }
        }
        return FigureModel(
            labels: labels, weights: named, margins: margins)
    }
}
