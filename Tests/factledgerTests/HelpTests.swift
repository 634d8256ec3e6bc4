import Foundation
import TestSupport
import XCTest

/// Every subcommand's help states each default once, and the top-level help lists every exit
/// code.
final class HelpTests: XCTestCase {
    let cli = BinaryRunner(directory: NSTemporaryDirectory())

    /// The subcommands a help text lists under SUBCOMMANDS.
    func subcommands(_ help: String) -> [String] {
        guard let range = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        return help[range.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            let name = line.split(separator: " ").first.map(String.init) ?? ""
            return name.isEmpty || name == "See" ? nil : name
        }
    }

    /// The help of every command, by its path of subcommand names.
    func allHelp() throws -> [(path: [String], text: String)] {
        var found: [(path: [String], text: String)] = []
        var queue: [[String]] = [[]]
        while let path = queue.first {
            queue.removeFirst()
            let result = try cli.run(path + ["--help"])
            XCTAssertEqual(result.status, 0, path.joined(separator: " "))
            found.append((path, result.output))
            queue += subcommands(result.output).filter { $0 != "help" }.map { path + [$0] }
        }
        return found
    }

    func testEveryOptionStatesItsDefaultOnce() throws {
        let helps = try allHelp()
        XCTAssertGreaterThan(helps.count, 20, "every subcommand's help is read")
        for (path, text) in helps {
            // One option's help runs from its line to the next option's.
            let options = text.components(separatedBy: "\n  -")
            for option in options {
                let flat = option.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let defaults = flat.components(separatedBy: "default:").count - 1
                XCTAssertLessThanOrEqual(
                    defaults, 1, "factledger \(path.joined(separator: " ")): \(flat)")
            }
        }
    }

    func testTheTopLevelHelpListsEveryExitCode() throws {
        let help = try cli.run(["--help"]).output.split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        for code in [
            "0 success", "1 a check", "2 bad input", "3 the ledger", "64 the command line",
        ] {
            XCTAssertTrue(help.contains(code), code)
        }
        XCTAssertEqual(try cli.run(["claims", "--no-such-option"]).status, 64)
    }
}
