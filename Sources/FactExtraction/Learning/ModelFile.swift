import FactLedgerCore
import Foundation
import StrictYAML

/// Reads and writes a learned model as YAML: its labels, its margins and, in one block, a line
/// per feature with its weights, each label named by its place in `labels` from 0
/// (`w+1=hostages 0:-0.5 4:1.25`).
public enum ModelFile {
    /// Where the topic model of figures lives inside a rules folder.
    public static let path = "models/figures.yaml"

    static let unknownLabel = "is not the number of a label the model lists"
    static let malformedWeight = "a weight is written label-number:weight"
    static let noneFirst = "the first label must be 'none'"

    /// Where the facet models live inside a rules folder, one file per facet key
    /// (`models/facets/place.yaml`).
    public static let facetFolder = "models/facets"

    /// Where the stance model lives inside a rules folder.
    public static let stancePath = "models/stances.yaml"

    /// The topic model of a set of rule files, if they hold one.
    public static func load(_ files: RuleFiles) throws -> LearnedModel? {
        try load(files, at: path)
    }

    /// The stance model of a set of rule files, if they hold one.
    public static func loadStances(_ files: RuleFiles) throws -> LearnedModel? {
        try load(files, at: stancePath)
    }

    private static func load(_ files: RuleFiles, at path: String) throws -> LearnedModel? {
        if let problem = files.unreadable[path] { throw problem }
        guard let text = files.texts[path] else { return nil }
        return try parse(text, file: files.displayPath(path))
    }

    /// The facet models of a set of rule files, by facet key.
    public static func loadFacets(_ files: RuleFiles) throws -> [String: LearnedModel] {
        if let problem = files.problems(in: facetFolder).first { throw problem }
        var models: [String: LearnedModel] = [:]
        for file in files.files(in: facetFolder) {
            let key = (file.name as NSString).deletingPathExtension
            models[key] = try parse(file.text, file: file.path)
        }
        return models
    }

    /// Where the model of a facet key lives inside a rules folder.
    public static func facetPath(_ key: String) -> String { "\(facetFolder)/\(key).yaml" }

    /// A model from its YAML text.
    public static func parse(_ text: String, file: String) throws -> LearnedModel? {
        guard let root = try YAMLNode.parse(text, file: file) else { return nil }
        let map = try root.mapping(
            allowed: ["labels", "drop-margin", "relabel-margin", "claim-margin", "weights"],
            required: ["labels", "drop-margin", "relabel-margin", "weights"])
        let labels = try map["labels"]!.strings()
        guard labels.first == LearnedModel.noClaim else { throw map["labels"]!.error(noneFirst) }
        let block = map["weights"]!
        var text = try block.string()
        let rows = try text.withUTF8 {
            try weightRows($0, labels: labels.count, file: file, firstLine: (block.line ?? 1) + 1)
        }
        return LearnedModel(
            labels: labels, rows: rows,
            margins: LearnedModel.Margins(
                drop: Float(try map["drop-margin"]!.double()),
                relabel: Float(try map["relabel-margin"]!.double()),
                claim: try map["claim-margin"].map { Float(try $0.double()) }))
    }

    /// The rows of a weights block, read byte by byte: a name, then `label:weight` fields, one
    /// feature a line. `firstLine` is the file line of the block's first line.
    private static func weightRows(
        _ bytes: UnsafeBufferPointer<UInt8>, labels: Int, file: String, firstLine: Int
    ) throws -> [(name: String, weights: [(Int, Float)])] {
        var rows: [(name: String, weights: [(Int, Float)])] = []
        var line = firstLine
        var index = 0
        let space = UInt8(ascii: " ")
        let newline = UInt8(ascii: "\n")
        while index < bytes.count {
            while index < bytes.count, bytes[index] == space { index += 1 }
            let nameStart = index
            while index < bytes.count, bytes[index] != space, bytes[index] != newline {
                index += 1
            }
            if index > nameStart {
                let name = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self
                )
                var weights: [(Int, Float)] = []
                while index < bytes.count, bytes[index] != newline {
                    if bytes[index] == space {
                        index += 1
                        continue
                    }
                    guard let (label, weight, end) = field(bytes, from: index) else {
                        throw YAMLError(file: file, line: line, message: malformedWeight)
                    }
                    guard label < labels else {
                        throw YAMLError(
                            file: file, line: line, message: "'\(label)' \(unknownLabel)")
                    }
                    weights.append((label, weight))
                    index = end
                }
                rows.append((name, weights))
            }
            index += 1
            line += 1
        }
        return rows
    }

    /// One `label:weight` field starting at `start`: the label's index, the weight, and where the
    /// field ends; nil when the field is not of that shape.
    private static func field(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (Int, Float, Int)?
    {
        var index = start
        var label = 0
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            label = label * 10 + digit
            index += 1
        }
        guard index > start, index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            return nil
        }
        index += 1
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let numberStart = index
        // Digits gathered as one integer and divided once: the weight rounds as `Float(text)`
        // would.
        var mantissa = 0
        var divisor = 1
        while index < bytes.count, let digit = Self.digit(bytes[index]) {
            mantissa = mantissa * 10 + digit
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, let digit = Self.digit(bytes[index]), divisor < 1_000_000 {
                mantissa = mantissa * 10 + digit
                divisor *= 10
                index += 1
            }
        }
        let whole = Float(mantissa) / Float(divisor)
        guard index > numberStart,
            index == bytes.count || bytes[index] == UInt8(ascii: " ")
                || bytes[index] == UInt8(ascii: "\n")
        else { return nil }
        return (label, negative ? -whole : whole, index)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// Writes a topic model, facet models and a stance model into a rules folder, removing the
    /// models of facets not given (a stale model would still be read); a model not given is left
    /// as it is. Returns each written path and its model.
    public static func write(
        topic: LearnedModel?, facets: [String: LearnedModel], stances: LearnedModel?,
        header: [String], to folder: String
    ) throws -> [(path: String, model: LearnedModel)] {
        var files: [(String, LearnedModel, [String])] = []
        if let topic {
            files.append(
                (
                    path, topic,
                    ["The topic model: reviews the topic the rules give each figure."] + header
                ))
        }
        if let stances {
            files.append(
                (
                    stancePath, stances,
                    [
                        "The stance model: reviews the rules' stances and claims those they pass over."
                    ] + header
                ))
        }
        for (key, model) in facets.sorted(by: { $0.key < $1.key }) {
            files.append(
                (
                    facetPath(key), model,
                    ["The \(key) model: reviews the \(key) the rules give each figure."] + header
                ))
        }
        let manager = FileManager.default
        let facetsOnDisk = (folder as NSString).appendingPathComponent(facetFolder)
        for name in topic == nil
            ? [] : (try? manager.contentsOfDirectory(atPath: facetsOnDisk)) ?? []
        where !files.contains(where: { $0.0 == "\(facetFolder)/\(name)" }) {
            try manager.removeItem(atPath: (facetsOnDisk as NSString).appendingPathComponent(name))
        }
        return try files.map { relative, model, lines in
            let written = (folder as NSString).appendingPathComponent(relative)
            try manager.createDirectory(
                atPath: (written as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            try text(of: model, header: lines).write(
                toFile: written, atomically: true, encoding: .utf8)
            return (written, model)
        }
    }

    /// The YAML text of a model, features in name order, weights to three decimals, within
    /// `limit` bytes (the size a rule file may have): when the full text is larger, the weights
    /// nearest zero are left out, the smallest first, until it fits.
    public static func text(
        of model: LearnedModel, header: [String] = [], limit: Int = YAMLNode.maximumBytes
    ) -> String {
        let rows = model.namedRows
        var floor: Float = 0
        while true {
            let text = text(of: model, rows: rows, header: header, leavingOutBelow: floor)
            if text.utf8.count <= limit || floor > 1_000 { return text }
            floor = floor == 0 ? 0.002 : floor * 1.5
        }
    }

    /// The YAML text of a model's rows, without the weights whose size is below `floor`.
    private static func text(
        of model: LearnedModel, rows: [(name: String, weights: [(label: Int, weight: Float)])],
        header: [String], leavingOutBelow floor: Float
    ) -> String {
        var lines = header.map { "# \($0)" }
        lines.append("labels: [\(model.labels.joined(separator: ", "))]")
        lines.append("drop-margin: \(decimal(model.margins.drop))")
        lines.append("relabel-margin: \(decimal(model.margins.relabel))")
        if model.margins.claim != model.margins.relabel {
            lines.append("claim-margin: \(decimal(model.margins.claim))")
        }
        lines.append("weights: |")
        for (name, row) in rows {
            let kept = row.filter { abs($0.weight) >= floor }
            guard !kept.isEmpty else { continue }
            let fields = kept.sorted { $0.label < $1.label }.map {
                "\($0.label):\(decimal($0.weight))"
            }
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
