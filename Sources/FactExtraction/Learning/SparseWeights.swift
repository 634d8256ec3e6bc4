/// Weights of features for labels, stored sparsely: for each feature key, only the labels it
/// weighs, in one contiguous run.
struct SparseWeights: Sendable {
    /// Per feature key, the range of its weights in `labels` and `values`.
    private let rows: WordTable<Range<Int>>
    /// The label index of each weight, grouped by feature.
    private let labels: [Int32]
    /// The weights, grouped by feature.
    private let values: [Float]

    /// Weights from each feature key's labels and weights; a key given twice keeps its first
    /// row, and zero weights are left out.
    init(_ rows: [(key: UInt64, weights: [(label: Int, weight: Float)])]) {
        var ranges: [(UInt64, Range<Int>)] = []
        var labels: [Int32] = []
        var values: [Float] = []
        ranges.reserveCapacity(rows.count)
        for (key, weights) in rows {
            let start = labels.count
            for (label, weight) in weights where weight != 0 {
                labels.append(Int32(label))
                values.append(weight)
            }
            ranges.append((key, start..<labels.count))
        }
        self.rows = WordTable(ranges)
        self.labels = labels
        self.values = values
    }

    /// How many feature keys carry weights.
    var count: Int { rows.count }

    /// The labels and weights of a feature key, if it has any.
    func weights(of key: UInt64) -> [(label: Int, weight: Float)]? {
        rows[key].map { range in range.map { (Int(labels[$0]), values[$0]) } }
    }

    /// Adds the weights of each key's labels to their scores.
    func add(_ keys: [UInt64], to scores: inout [Float]) {
        labels.withUnsafeBufferPointer { labelOf in
            values.withUnsafeBufferPointer { weightOf in
                scores.withUnsafeMutableBufferPointer { sums in
                    for key in keys {
                        guard let range = rows[key] else { continue }
                        for entry in range { sums[Int(labelOf[entry])] += weightOf[entry] }
                    }
                }
            }
        }
    }
}
