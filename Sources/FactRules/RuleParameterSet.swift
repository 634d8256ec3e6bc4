import FactLedgerCore
import StrictYAML

/// A rule kind's parameters, declared once: the stored properties of a type whose default
/// instance holds the defaults.
///
/// A rule file's `when:` may give any of them by the property's name in snake_case
/// (`lookbackDays` is `lookback_days`); any other key is an error naming the file and line, and
/// so is a value `validate` refuses. Reading, lint and the explanation every dispute carries all
/// go through this one declaration.
public protocol RuleParameterSet: Decodable, Sendable {
    /// The defaults.
    init()
    /// Refuses values that are out of range; throws `ParameterProblem`.
    func validate() throws
}

extension RuleParameterSet {
    public func validate() throws {}

    /// The parameters as declared, in declaration order, with their values in force.
    public var entries: [Explanation.Parameter] {
        Mirror(reflecting: self).children.compactMap { child in
            guard let label = child.label else { return nil }
            let text =
                (child.value as? any ParameterValue)?.parameterText ?? "\(child.value)"
            return Explanation.Parameter(name: RuleParameters.snakeCase(label), value: text)
        }
    }

    /// The keys a rule file may give, in declaration order.
    public static var keys: [String] { Self().entries.map(\.name) }
}

/// A parameter value out of range, named by its key; reported at the key's line.
public struct ParameterProblem: Error, Sendable {
    /// The key, in snake_case as the rule file writes it.
    public var key: String
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(key: String, message: String) {
        self.key = key
        self.message = message
    }
}

/// A value a parameter may hold: read strictly from its YAML node, and said back in words.
public protocol ParameterValue: Sendable {
    /// Reads the value from the node a rule file gives.
    init(parameter node: YAMLNode) throws
    /// The value as an explanation shows it.
    var parameterText: String { get }
}

extension Int: ParameterValue {
    public init(parameter node: YAMLNode) throws { self = try node.int() }
    public var parameterText: String { String(self) }
}

extension Double: ParameterValue {
    public init(parameter node: YAMLNode) throws { self = try node.double() }
    public var parameterText: String { NumberFormatting.plain(self) }
}

extension Bool: ParameterValue {
    public init(parameter node: YAMLNode) throws { self = try node.bool() }
    public var parameterText: String { self ? "true" : "false" }
}

extension Tolerance: ParameterValue {
    /// `{ relative: 0.05, absolute: 2 }`; a bound not given is 0.
    public init(parameter node: YAMLNode) throws {
        let map = try node.mapping(allowed: ["relative", "absolute"])
        let relative = try map["relative"]?.double() ?? 0
        let absolute = try map["absolute"]?.double() ?? 0
        guard relative >= 0, relative < 1 else {
            throw node.error("relative tolerance must be at least 0 and below 1")
        }
        guard absolute >= 0 else { throw node.error("absolute tolerance must not be negative") }
        self.init(relative: relative, absolute: absolute)
    }

    /// "5 % or 2 (whichever is larger)", "none".
    public var parameterText: String {
        switch (relative > 0, absolute > 0) {
        case (false, false): return "none"
        case (true, false): return "\(NumberFormatting.plain(relative * 100)) %"
        case (false, true): return NumberFormatting.plain(absolute)
        case (true, true):
            return
                "\(NumberFormatting.plain(relative * 100)) % or \(NumberFormatting.plain(absolute)), whichever is larger"
        }
    }
}

/// A parameter that takes one of a fixed set of words.
public protocol ParameterChoice: ParameterValue, RawRepresentable, CaseIterable
where RawValue == String {}

extension ParameterChoice {
    public init(parameter node: YAMLNode) throws { self = try node.value(of: Self.self) }
    public var parameterText: String { rawValue }
}

/// Reads a `when:` block into a kind's parameter type.
public enum RuleParameters {
    /// The parameters a node gives, the defaults for the rest; `nil` gives all the defaults.
    public static func read<P: RuleParameterSet>(_ type: P.Type, from node: YAMLNode?) throws -> P {
        let defaults = P()
        let keys = P.keys
        var given: [String: YAMLNode] = [:]
        var keyNodes: [String: YAMLNode] = [:]
        if let node {
            for (key, value) in try node.orderedMapping() {
                guard keys.contains(key.text) else {
                    throw key.node.error(
                        "unknown key '\(key.text)' (allowed: \(keys.sorted().joined(separator: ", ")))"
                    )
                }
                given[key.text] = value
                keyNodes[key.text] = key.node
            }
        }
        let parameters = try P(from: ParameterDecoder(given: given, defaults: defaults))
        do {
            try parameters.validate()
        } catch let problem as ParameterProblem {
            let at = given[problem.key] ?? keyNodes[problem.key] ?? node
            throw at?.error("\(problem.key) \(problem.message)")
                ?? YAMLError(file: "", line: nil, message: "\(problem.key) \(problem.message)")
        }
        return parameters
    }

    /// `lookbackDays` → `lookback_days`.
    static func snakeCase(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }
}

/// Decodes a parameter type from the values a rule file gives, taking each one it does not give
/// from the type's defaults.
private struct ParameterDecoder: Decoder {
    let given: [String: YAMLNode]
    let defaults: [String: Any]
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(given: [String: YAMLNode], defaults: some RuleParameterSet) {
        self.given = given
        var values: [String: Any] = [:]
        for child in Mirror(reflecting: defaults).children {
            if let label = child.label { values[label] = child.value }
        }
        self.defaults = values
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Container<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: [], debugDescription: "parameters are a mapping"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            Any.self, .init(codingPath: [], debugDescription: "parameters are a mapping"))
    }

    struct Container<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: ParameterDecoder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { decoder.defaults.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { decoder.defaults[key.stringValue] != nil }

        func decodeNil(forKey key: Key) throws -> Bool {
            let name = RuleParameters.snakeCase(key.stringValue)
            guard decoder.given[name] == nil else { return false }
            guard let value = decoder.defaults[key.stringValue] else { return true }
            if case Optional<Any>.none = value as Any? { return true }
            return Mirror(reflecting: value).displayStyle == .optional
                && Mirror(reflecting: value).children.isEmpty
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let name = RuleParameters.snakeCase(key.stringValue)
            if let node = decoder.given[name] {
                guard let valueType = T.self as? any ParameterValue.Type else {
                    throw node.error("\(name) cannot be set in a rule file")
                }
                return try valueType.init(parameter: node) as! T
            }
            guard let value = decoder.defaults[key.stringValue] as? T else {
                throw DecodingError.keyNotFound(
                    key, .init(codingPath: [], debugDescription: "no default for \(name)"))
            }
            return value
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            throw DecodingError.typeMismatch(
                type, .init(codingPath: [key], debugDescription: "not a parameter value"))
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch(
                [Any].self, .init(codingPath: [key], debugDescription: "not a parameter value"))
        }

        func superDecoder() throws -> any Decoder { decoder }
        func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
    }
}
