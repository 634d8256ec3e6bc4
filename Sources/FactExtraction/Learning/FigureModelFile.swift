import FactLedgerCore
import Foundation
import StrictYAML

/// Reads and writes a figure model as YAML: its labels, its margins and, in one block, a line
/// per feature with its weights, each label named by its place in `labels` from 0
/// (`w+1=hostages 0:-0.5 4:1.25`).
public enum FigureModelFile {
    /// Where the model lives inside a rules folder.
    public static let path = "models/figures.yaml"

    static let unknownLabel = "is not the number of a label the model lists"
    static let malformedWeight = "a weight is written label-number:weight"
    static let noneFirst = "the first label must be 'none'"

    /// Where the facet models live inside a rules folder, one file per facet key
    /// (`models/facets/place.yaml`).
    public static let facetFolder = "models/facets"

    /// The topic model of a set of rule files, if they hold one.
    public static func load(_ files: RuleFiles) throws -> FigureModel? {
        if let problem = files.unreadable[path] { throw problem }
        guard let text = files.texts[path] else { return nil }
        return try parse(text, file: files.displayPath(path))
    }

    /// The facet models of a set of rule files, by facet key.
    public static func loadFacets(_ files: RuleFiles) throws -> [String: FigureModel] {
        if let problem = files.problems(in: facetFolder).first { throw problem }
        var models: [String: FigureModel] = [:]
        for file in files.files(in: facetFolder) {
            let key = (file.name as NSString).deletingPathExtension
            models[key] = try parse(file.text, file: file.path)
        }
        return models
    }

    /// Where the model of a facet key lives inside a rules folder.
    public static func facetPath(_ key: String) -> String { "\(facetFolder)/\(key).yaml" }

    /// A model from its YAML text.
    public static func parse(_ text: String, file: String) throws -> FigureModel? {
        guard let root = try YAMLNode.parse(text, file: file) else { return nil }
        let map = try root.mapping(
            allowed: ["labels", "drop-margin", "relabel-margin", "weights"],
            required: ["labels", "drop-margin", "relabel-margin", "weights"])
        let labels = try map["labels"]!.strings()
        guard labels.first == FigureModel.noClaim else { throw map["labels"]!.error(noneFirst) }
        var weights: [String: [String: Float]] = [:]
        let block = map["weights"]!
        let firstLine = (block.line ?? 1)
        for (offset, line) in try block.string().split(separator: "\n").enumerated() {
            let fields = line.split(separator: " ")
            guard let name = fields.first else { continue }
            var row: [String: Float] = [:]
            for field in fields.dropFirst() {
                guard let colon = field.lastIndex(of: ":"),
                    let weight = Float(field[field.index(after: colon)...])
                else {
                    throw YAMLError(
                        file: file, line: firstLine + offset + 1, message: malformedWeight)
                }
                guard let index = Int(field[..<colon]), labels.indices.contains(index) else {
                    throw YAMLError(
                        file: file, line: firstLine + offset + 1,
                        message: "'\(field[..<colon])' \(unknownLabel)")
                }
                let label = labels[index]
                row[label] = weight
            }
            weights[String(name)] = row
        }
        return FigureModel(
            labels: labels, weights: weights,
            margins: FigureModel.Margins(
                drop: Float(try map["drop-margin"]!.double()),
                relabel: Float(try map["relabel-margin"]!.double())))
    }

    /// The YAML text of a model, features in name order, weights to three decimals.
    public static func text(of model: FigureModel, header: [String] = []) -> String {
        var lines = header.map { "# \($0)" }
        lines.append("labels: [\(model.labels.joined(separator: ", "))]")
        lines.append("drop-margin: \(decimal(model.margins.drop))")
        lines.append("relabel-margin: \(decimal(model.margins.relabel))")
        lines.append("weights: |")
        let order = Dictionary(
            model.labels.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, row) in model.weights.sorted(by: { $0.key < $1.key }) {
            let fields = row.sorted { order[$0.key, default: 0] < order[$1.key, default: 0] }
                .map { "\(order[$0.key, default: 0]):\(decimal($0.value))" }
            guard !fields.isEmpty else { continue }
            lines.append("  \(name) \(fields.joined(separator: " "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func decimal(_ value: Float) -> String {
        let text = String(format: "%.3f", value)
        var trimmed = Substring(text)
        while trimmed.contains("."), trimmed.last == "0" { trimmed = trimmed.dropLast() }
        if trimmed.last == "." { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
