import Foundation
import TestSupport
import XCTest

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A `factledger serve` process on a free loopback port, and a small HTTP client for it.
final class DeskServer {
    let process = Process()
    let port: Int
    private let output = Pipe()

    /// Starts `serve --port 0` with extra arguments in `folder` and waits for its address.
    init(folder: String, arguments: [String] = []) throws {
        process.executableURL = URL(fileURLWithPath: BinaryRunner.binary)
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "FACTLEDGER_DB")
        process.environment = environment
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n"), Date() < deadline, process.isRunning {
            text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        guard
            let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
            let port = Int(text[range].dropFirst("http://127.0.0.1:".count).dropLast())
        else {
            process.terminate()
            throw DeskServerError.noAddress(text)
        }
        self.port = port
    }

    /// Stops the server and waits for it to end.
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// The address of a path.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// A request's status and body (redirects are followed).
    func request(_ path: String, method: String = "GET", form: [String: String]? = nil) throws
        -> (status: Int, body: String)
    {
        var request = URLRequest(url: URL(string: url(path))!)
        request.httpMethod = method
        request.timeoutInterval = 30
        if let form {
            request.setValue(
                "application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(
                form.map { "\(Self.escape($0.key))=\(Self.escape($0.value))" }
                    .joined(separator: "&").utf8)
        }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, String)?
        nonisolated(unsafe) var failure: Error?
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error { failure = error }
            result = (
                (response as? HTTPURLResponse)?.statusCode ?? 0,
                String(decoding: data ?? Data(), as: UTF8.self)
            )
            done.signal()
        }.resume()
        done.wait()
        if let failure { throw failure }
        return result!
    }

    /// The CSRF token a page carries.
    static func token(in page: String) -> String? {
        guard
            let range = page.range(
                of: #"name="csrf-token" content="[0-9a-f]+""#, options: .regularExpression)
        else { return nil }
        return String(page[range].dropFirst(#"name="csrf-token" content=""#.count).dropLast())
    }

    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// Why a server could not be used.
enum DeskServerError: Error {
    case noAddress(String)
}
