import FactLedgerCore

/// Learned weights that review one part of the rules' reading: a figure's topic (keep it, give
/// another, or drop the figure as no claim a reader would count), one of its facets (keep the
/// value, give another, or remove it), or a stance's polarity (keep, change or drop it, or claim
/// a stance the rules passed over).
///
/// A linear model over `ModelFeatures`: every label (`none`, then topics, facet values or
/// polarities) scores the sum of its weights for the item's features. The rules' reading stands
/// unless another label outscores it by more than a margin, so the model only overrides readings
/// it is confident are wrong. Trained from annotated articles by `ModelTrainer` (`factledger
/// rules train`), stored in `Rules/models/`.
public struct LearnedModel: Sendable, Equatable {
    /// The label of an item that is no claim.
    public static let noClaim = "none"

    /// The labels: `none` and the topics seen in training.
    public let labels: [String]
    /// How far a label must outscore the reading it would replace.
    public struct Margins: Sendable, Equatable {
        /// How far `none` must outscore the rules' topic for the claim to be dropped.
        public var drop: Float
        /// How far another topic must outscore the rules' topic for the claim to take it.
        public var relabel: Float
        /// How far the best other label must outscore `none` when the rules read nothing (a
        /// stance they passed over, a facet they gave no value); negative, how close it may fall
        /// short. By default the relabel margin.
        public var claim: Float

        /// Margins from their values.
        public init(drop: Float, relabel: Float, claim: Float? = nil) {
            self.drop = drop
            self.relabel = relabel
            self.claim = claim ?? relabel
        }
    }

    /// The index of each label.
    private let labelIndex: [String: Int]
    /// The margins the model's verdicts must clear.
    public var margins: Margins
    /// The weights of each feature key.
    private let table: SparseWeights
    /// The feature names, by key, for writing the model out.
    let names: [UInt64: String]

    /// A model from weights per feature name and label.
    public init(
        labels: [String], weights: [String: [String: Float]], margins: Margins
    ) {
        let index = Dictionary(
            labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(
            labels: labels,
            rows: weights.keys.sorted().map { name in
                (
                    name,
                    weights[name]!.sorted(by: { $0.key < $1.key }).compactMap { label, weight in
                        index[label].map { ($0, weight) }
                    }
                )
            }, margins: margins)
    }

    /// A model from the weights of each feature, labels given by index.
    init(labels: [String], rows named: [(name: String, weights: [(Int, Float)])], margins: Margins)
    {
        self.labels = labels
        self.margins = margins
        labelIndex = Dictionary(
            labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [(key: UInt64, weights: [(label: Int, weight: Float)])] = []
        var names: [UInt64: String] = [:]
        rows.reserveCapacity(named.count)
        names.reserveCapacity(named.count)
        for (name, weights) in named {
            let key = ModelFeatures.key(ofName: name)
            // Two names of one key (a hash collision, never seen) keep the first name's weights.
            guard names[key] == nil else { continue }
            rows.append((key, weights.filter { labels.indices.contains($0.0) }))
            names[key] = name
        }
        table = SparseWeights(rows)
        self.names = names
    }

    /// The weights per feature name and label.
    public var weights: [String: [String: Float]] {
        var result: [String: [String: Float]] = [:]
        for (name, row) in namedRows {
            result[name] = Dictionary(
                row.map { (labels[$0.label], $0.weight) }, uniquingKeysWith: +)
        }
        return result
    }

    /// Each feature's name and its weights by label index, in name order.
    var namedRows: [(name: String, weights: [(label: Int, weight: Float)])] {
        names.sorted { $0.value < $1.value }.compactMap { key, name in
            table.weights(of: key).map { (name, $0) }
        }
    }

    /// The weights of each feature key, by label index, in no particular order.
    var weightsByKey: [(key: UInt64, weights: [(label: Int, weight: Float)])] {
        names.keys.compactMap { key in table.weights(of: key).map { (key, $0) } }
    }

    /// How many features carry weights.
    public var featureCount: Int { table.count }

    /// Every label's score for a figure's features.
    public func scores(_ keys: [UInt64]) -> [Float] {
        scores(keys, adding: [Float](repeating: 0, count: labels.count))
    }

    /// Every label's score for some features, added to scores already summed for others.
    func scores(_ keys: [UInt64], adding base: [Float]) -> [Float] {
        var scores = base
        table.add(keys, to: &scores)
        return scores
    }

    /// What the model makes of a claim the rules read as `topic`.
    public enum Verdict: Equatable, Sendable {
        /// The rules' reading stands.
        case keep
        /// The figure is no claim.
        case drop
        /// The figure takes another label: another topic, or another value of the facet.
        case relabel(String)
    }

    /// The verdict on a figure the rules read as `topic`, from its features.
    public func verdict(on topic: String, keys: [UInt64]) -> Verdict {
        scores(keys).withUnsafeBufferPointer { verdict(on: topic, scores: $0) }
    }

    /// The verdict from some features, added to scores already summed for others.
    func verdict(on topic: String, keys: [UInt64], adding base: [Float]) -> Verdict {
        scores(keys, adding: base).withUnsafeBufferPointer { verdict(on: topic, scores: $0) }
    }

    /// The verdict from scores in a buffer that holds exactly this model's labels. When the rules
    /// read nothing (`topic` is `none`), the best other label is claimed past the claim margin.
    func verdict(on topic: String, scores: UnsafeBufferPointer<Float>) -> Verdict {
        if topic == Self.noClaim, labels.count > 1 {
            var best = 1
            for label in 2..<labels.count where scores[label] > scores[best] { best = label }
            return scores[best] - scores[0] > margins.claim ? .relabel(labels[best]) : .keep
        }
        var best = 0
        for label in 1..<labels.count where scores[label] > scores[best] { best = label }
        let current = labelIndex[topic]
        if best == current { return .keep }
        let lead = scores[best] - (current.map { scores[$0] } ?? 0)
        if labels[best] == Self.noClaim { return lead > margins.drop ? .drop : .keep }
        return lead > margins.relabel ? .relabel(labels[best]) : .keep
    }

    public static func == (lhs: LearnedModel, rhs: LearnedModel) -> Bool {
        lhs.labels == rhs.labels && lhs.margins == rhs.margins && lhs.weights == rhs.weights
    }
}
