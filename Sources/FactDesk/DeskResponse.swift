/// What the desk answers: a status, a content type and the body.
public struct DeskResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// The content type.
    public var contentType: String
    /// The body.
    public var body: String
    /// Where a redirect goes.
    public var location: String?

    /// Creates a response.
    public init(status: Int, contentType: String, body: String, location: String? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.location = location
    }

    /// The content type of pages.
    public static let htmlType = "text/html; charset=utf-8"
    /// The content type of the API.
    public static let jsonType = "application/json; charset=utf-8"

    /// An HTML page.
    static func html(_ body: String, status: Int = 200) -> DeskResponse {
        DeskResponse(status: status, contentType: htmlType, body: body)
    }

    /// A JSON document.
    static func json(_ body: String, status: Int = 200) -> DeskResponse {
        DeskResponse(status: status, contentType: jsonType, body: body + "\n")
    }

    /// A "see other" redirect after a form was handled.
    static func redirect(_ location: String) -> DeskResponse {
        DeskResponse(
            status: 303, contentType: "text/plain; charset=utf-8", body: "", location: location)
    }
}
