import FactLedgerCore

/// A problem in a YAML file: a `Diagnostic` naming the file and line.
public typealias YAMLError = Diagnostic
