import Foundation

/// A request as the desk sees it, whatever server carried it: method, path, query and the
/// fields of a form body.
public struct DeskRequest: Sendable {
    /// The HTTP method, upper case.
    public var method: String
    /// The path, without the query.
    public var path: String
    /// The query parameters (the first value of each name).
    public var query: [String: String]
    /// The fields of an `application/x-www-form-urlencoded` body (the first value of each).
    public var form: [String: String]
    /// The token sent in the `X-CSRF-Token` header, when one was.
    public var tokenHeader: String?

    /// Creates a request.
    public init(
        method: String, path: String, query: [String: String] = [:], form: [String: String] = [:],
        tokenHeader: String? = nil
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.form = form
        self.tokenHeader = tokenHeader
    }

    /// The path's segments: `/disputes/12/review` is `["disputes", "12", "review"]`.
    var segments: [Substring] { path.split(separator: "/") }

    /// A non-empty query value, trimmed.
    func value(_ name: String) -> String? {
        guard let raw = query[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return nil
        }
        return raw
    }
}
