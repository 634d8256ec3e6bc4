import Foundation
import TestSupport
import XCTest

/// The desk as a browser shows it: headless Chromium loads the disputes page and a dispute
/// page, and the DOM it built must hold the dispute's quotes.
final class ChromiumTests: XCTestCase {
    static let chromium = "/usr/bin/chromium"

    func dom(_ url: String) throws -> String {
        let profile = NSTemporaryDirectory() + "factledger-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profile,
            "--dump-dom", url,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testChromiumShowsTheDisputesAndTheirQuotes() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.chromium) else {
            throw XCTSkip("chromium is not installed (apt-get install -y chromium)")
        }
        let workspace = try Workspace()
        addTeardownBlock { try? FileManager.default.removeItem(atPath: workspace.folder) }
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza, officials said.\n",
            to: workspace.folder + "/inbox/a.txt")
        try Fixtures.write(
            "date 2023-11-06 source Meridian Post url https://meridian.example/b\nFewer than 150 hostages are held in Gaza.\n",
            to: workspace.folder + "/inbox/b.txt")
        XCTAssertEqual(try workspace.cli.run(["ingest", "inbox"]).status, 0)
        let server = try DeskServer(folder: workspace.folder)
        addTeardownBlock { server.stop() }

        let list = try dom(server.url("/disputes"))
        XCTAssertTrue(list.contains("<h1>Disputes</h1>"), list)
        XCTAssertTrue(list.contains("Harbor Times reports over 200"))
        let id = try XCTUnwrap(
            list.range(of: #"href="/disputes/(\d+)""#, options: .regularExpression).map {
                String(list[$0].dropFirst(#"href="/disputes/"#.count).dropLast())
            })
        let page = try dom(server.url("/disputes/\(id)"))
        XCTAssertTrue(page.contains("Over 200 hostages are held in Gaza, officials said."), page)
        XCTAssertTrue(page.contains("Fewer than 150 hostages are held in Gaza."))
        XCTAssertTrue(page.contains("<svg"), "the chart is part of the DOM")
    }
}
