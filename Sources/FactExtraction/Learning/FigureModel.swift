import FactLedgerCore

/// Learned weights that review the rules' reading of each figure: keep its topic, give it
/// another topic, or drop it as no claim a reader would count.
///
/// A linear model over `FigureFeatures`: every label (`none` or a topic) scores the sum of its
/// weights for the figure's features. The rules' topic stands unless another label outscores it
/// by more than a margin, so the model only overrides readings it is confident are wrong.
/// Trained from annotated articles by `FigureModelTrainer` (`factledger train`), stored in
/// `Rules/models/figures.yaml`.
public struct FigureModel: Sendable, Equatable {
    /// The label of a figure that is no claim.
    public static let noClaim = "none"

    /// The labels: `none` and the topics seen in training.
    public let labels: [String]
    /// How far a label must outscore the reading it would replace.
    public struct Margins: Sendable, Equatable {
        /// How far `none` must outscore the rules' topic for the claim to be dropped.
        public var drop: Float
        /// How far another topic must outscore the rules' topic for the claim to take it.
        public var relabel: Float

        /// Margins from their values.
        public init(drop: Float, relabel: Float) {
            self.drop = drop
            self.relabel = relabel
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
            let key = FigureFeatures.key(ofName: name)
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
        for (key, name) in names {
            guard let row = table.weights(of: key) else { continue }
            var named: [String: Float] = [:]
            for (label, weight) in row { named[labels[label], default: 0] += weight }
            result[name] = named
        }
        return result
    }

    /// The weights of each feature key, by label index, in no particular order.
    var weightsByKey: [(key: UInt64, weights: [(label: Int, weight: Float)])] {
        names.keys.compactMap { key in table.weights(of: key).map { (key, $0) } }
    }

    /// How many features carry weights.
    public var featureCount: Int { table.count }

    /// Every label's score for a figure's features, added to `base` when given.
    public func scores(_ keys: [UInt64], adding base: [Float]? = nil) -> [Float] {
        var scores = base ?? [Float](repeating: 0, count: labels.count)
        table.add(keys, to: &scores)
        return scores
    }

    /// What the model makes of a claim the rules read as `topic`.
    public enum Verdict: Equatable, Sendable {
        /// The rules' reading stands.
        case keep
        /// The figure is no claim.
        case drop
        /// The figure counts another topic.
        case relabel(String)
    }

    /// The verdict on a figure the rules read as `topic`, from its features; `base` holds scores
    /// already summed for features shared by several figures.
    public func verdict(on topic: String, keys: [UInt64], adding base: [Float]? = nil) -> Verdict {
        verdict(on: topic, scores: scores(keys, adding: base))
    }

    /// The verdict on a figure the rules read as `topic`, from every label's score.
    public func verdict(on topic: String, scores: [Float]) -> Verdict {
        scores.withUnsafeBufferPointer { verdict(on: topic, scores: $0) }
    }

    /// The verdict from scores in a buffer that holds exactly this model's labels.
    func verdict(on topic: String, scores: UnsafeBufferPointer<Float>) -> Verdict {
        var best = 0
        for label in 1..<labels.count where scores[label] > scores[best] { best = label }
        let current = labelIndex[topic]
        if best == current { return .keep }
        let lead = scores[best] - (current.map { scores[$0] } ?? 0)
        if labels[best] == Self.noClaim { return lead > margins.drop ? .drop : .keep }
        return lead > margins.relabel ? .relabel(labels[best]) : .keep
    }

    public static func == (lhs: FigureModel, rhs: FigureModel) -> Bool {
        lhs.labels == rhs.labels && lhs.margins == rhs.margins && lhs.weights == rhs.weights
    }
}
