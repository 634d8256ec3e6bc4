import Foundation

/// Runs the built `factledger` binary, as a user would, and captures what it prints.
public struct BinaryRunner {
    /// What one run printed and how it ended.
    public struct Result {
        /// The exit code.
        public var status: Int32
        /// Standard output.
        public var output: String
        /// Standard error.
        public var error: String
    }

    /// The folder the binary runs in.
    public var directory: String
    /// Extra environment variables.
    public var environment: [String: String] = [:]

    /// Creates a runner working in `directory`.
    public init(directory: String) {
        self.directory = directory
    }

    /// The built binary: beside the test bundle in the build folder.
    public static var binary: String {
        var url = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = url.appendingPathComponent("factledger").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return Fixtures.path(".build/debug/factledger")
    }

    /// Runs the binary with arguments and optional standard input.
    @discardableResult
    public func run(_ arguments: [String], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "FACTLEDGER_DB")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }
}
