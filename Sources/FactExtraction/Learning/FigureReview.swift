/// The topic model and the facet models merged into one table, so that each feature of a figure
/// is looked up once for all of them.
///
/// Every model keeps its own labels; in the merged table they follow one another, each model's
/// labels starting at its `offset` in the combined scores.
struct FigureReview: Sendable {
    /// One model in the merged table.
    struct Head: Sendable {
        /// The facet key the model reviews; empty for the topic model.
        let facet: String
        /// The model.
        let model: LearnedModel
        /// Where the model's labels start in the combined scores.
        let offset: Int
    }

    /// The topic model, if any.
    let topic: Head?
    /// The facet models, in facet-key order.
    let facets: [Head]
    /// How many labels all models have together.
    let width: Int
    /// Every model's weights, each model's labels at its offset.
    private let table: SparseWeights

    /// The review of the given models; nil when there is none.
    init?(topic: LearnedModel?, facets: [String: LearnedModel]) {
        guard topic != nil || !facets.isEmpty else { return nil }
        var width = 0
        var heads: [Head] = []
        if let topic {
            heads.append(Head(facet: "", model: topic, offset: 0))
            width = topic.labels.count
        }
        for (key, model) in facets.sorted(by: { $0.key < $1.key }) {
            heads.append(Head(facet: key, model: model, offset: width))
            width += model.labels.count
        }
        self.topic = topic == nil ? nil : heads[0]
        self.facets = Array(heads.dropFirst(topic == nil ? 0 : 1))
        self.width = width
        var byKey: [UInt64: [(label: Int, weight: Float)]] = [:]
        for head in heads {
            for (key, weights) in head.model.weightsByKey {
                byKey[key, default: []] += weights.map { (head.offset + $0.label, $0.weight) }
            }
        }
        // Each label has at most one weight per feature, so the order sums run in is immaterial.
        table = SparseWeights(byKey.map { (key: $0.key, weights: $0.value) })
    }

    /// The facet models by facet key.
    var facetModels: [String: LearnedModel] {
        Dictionary(uniqueKeysWithValues: facets.map { ($0.facet, $0.model) })
    }

    /// Every model's label scores for some features, added to `base` when given.
    func scores(_ keys: [UInt64], adding base: [Float]? = nil) -> [Float] {
        var scores = base ?? [Float](repeating: 0, count: width)
        table.add(keys, to: &scores)
        return scores
    }

    /// A head's verdict from the combined scores.
    func verdict(_ head: Head, on current: String, scores: [Float]) -> LearnedModel.Verdict {
        scores.withUnsafeBufferPointer { buffer in
            head.model.verdict(
                on: current,
                scores: UnsafeBufferPointer(
                    rebasing: buffer[head.offset..<head.offset + head.model.labels.count]))
        }
    }
}
