import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Serves a desk over HTTP/1.1 with Hummingbird: turns each request into a `DeskRequest`
/// (refusing a body over the limit with 413 before reading the rest), answers it off the
/// server's event loops (ledger reads block), and writes the `DeskResponse` back.
public enum DeskServer {
    /// Runs until the process is stopped; `onBound` is called once with the port bound (the
    /// one chosen by the system when `port` is 0).
    public static func run(
        desk: Desk, host: String, port: Int, onBound: @escaping @Sendable (Int) -> Void
    ) async throws {
        var logger = Logger(label: "factledger-desk")
        logger.logLevel = .error
        let limit = desk.configuration.bodyLimit
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            try await respond(to: request, desk: desk, limit: limit)
        }
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in onBound(channel.localAddress?.port ?? port) },
            logger: logger)
        try await app.runService()
    }

    /// The threads answers are made on: ledger reads block, so they run here rather than on
    /// the event loops, and no more of them at once than twice the processors, so fifty
    /// readers queue instead of fighting over two cores.
    static let workers: OperationQueue = {
        let queue = OperationQueue()
        queue.name = "factledger-desk"
        queue.maxConcurrentOperationCount = 2 * ProcessInfo.processInfo.activeProcessorCount
        return queue
    }()

    /// One request answered.
    static func respond(to request: Request, desk: Desk, limit: Int) async throws -> Response {
        var form: [String: String] = [:]
        if request.method == .post {
            if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
                return response(tooLarge(desk))
            }
            var body = ByteBuffer()
            for try await part in request.body {
                guard body.readableBytes + part.readableBytes <= limit else {
                    return response(tooLarge(desk))
                }
                var part = part
                body.writeBuffer(&part)
            }
            let type = request.headers[.contentType] ?? ""
            if type.isEmpty || type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
                form = FormData.decode(String(buffer: body))
            }
        }
        let deskRequest = DeskRequest(
            method: request.method.rawValue, path: request.uri.path,
            query: FormData.decode(request.uri.query ?? ""), form: form,
            tokenHeader: request.headers[HTTPField.Name("X-CSRF-Token")!])
        let answer = await withCheckedContinuation { continuation in
            workers.addOperation { continuation.resume(returning: desk.respond(deskRequest)) }
        }
        return response(answer)
    }

    private static func tooLarge(_ desk: Desk) -> DeskResponse {
        DeskResponse(
            status: 413, contentType: "text/plain; charset=utf-8",
            body: DeskMessages.tooLarge + "\n")
    }

    private static func response(_ answer: DeskResponse) -> Response {
        var headers: HTTPFields = [
            .contentType: answer.contentType,
            HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            HTTPField.Name("Content-Security-Policy")!:
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
        ]
        if let location = answer.location { headers[.location] = location }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: answer.body)))
    }
}
