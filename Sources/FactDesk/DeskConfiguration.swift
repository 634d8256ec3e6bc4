import FactPipeline
import FactStore

/// What one desk serves: the ledger, the rules a check runs with, whether decisions may be
/// recorded, and the token forms carry.
public struct DeskConfiguration: Sendable {
    /// The ledger read and reviewed.
    public var ledger: Ledger
    /// The rules `Check an article` runs with.
    public var rules: RulesFolder
    /// Refuse every write.
    public var readOnly: Bool
    /// The token every POST must carry.
    public var token: CSRFToken
    /// The largest request body accepted, in bytes.
    public var bodyLimit: Int

    /// The default body limit: 1 MB.
    public static let defaultBodyLimit = 1 << 20
    /// Disputes per page.
    public static let pageSize = 50
    /// Claims per page of a topic timeline.
    public static let claimsPageSize = 100

    /// Creates a configuration.
    public init(
        ledger: Ledger, rules: RulesFolder, readOnly: Bool = false, token: CSRFToken = CSRFToken(),
        bodyLimit: Int = DeskConfiguration.defaultBodyLimit
    ) {
        self.ledger = ledger
        self.rules = rules
        self.readOnly = readOnly
        self.token = token
        self.bodyLimit = bodyLimit
    }
}
