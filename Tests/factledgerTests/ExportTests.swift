import Foundation
import TestSupport
import XCTest

/// End-to-end: `export` and `report --format html` on a small ledger.
final class ExportTests: WorkspaceTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try Fixtures.write(
            "date 2023-11-06 source Harbor Times url https://harbor.example/a\nOver 200 hostages are held in Gaza, officials said.\n",
            to: folder + "/inbox/a.txt")
        try Fixtures.write(
            "date 2023-11-06 source Meridian Post url https://meridian.example/b\n\"Fewer than 150 hostages are held in Gaza,\" the army said.\nQatar called for a humanitarian pause.\n",
            to: folder + "/inbox/b.txt")
        XCTAssertEqual(try cli.run(["ingest", "inbox"]).status, 0)
    }

    /// Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks;
    /// records end with CRLF.
    static func parseCSV(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                guard field.isEmpty else { throw CSVError.strayQuote }
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r" {
                guard scalars.popFirst() == "\n" else { throw CSVError.bareCarriageReturn }
                record.append(field)
                records.append(record)
                (record, field) = ([], "")
            } else if scalar == "\n" {
                throw CSVError.bareLineFeed
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, record.isEmpty, field.isEmpty else { throw CSVError.unterminated }
        return records
    }

    enum CSVError: Error {
        case strayQuote, bareCarriageReturn, bareLineFeed, unterminated
    }

    func claimsJSON() throws -> [[String: Any]] {
        let listed = try cli.run(["claims", "--format", "json"])
        return try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
    }

    func testClaimsAsCSVHaveOneRowPerClaimWithTheJSONColumns() throws {
        let claims = try claimsJSON()
        XCTAssertGreaterThanOrEqual(claims.count, 3)
        let exported = try cli.run(["export", "claims", "--format", "csv"])
        XCTAssertEqual(exported.status, 0, exported.error)
        let records = try Self.parseCSV(exported.output)
        XCTAssertEqual(records.count - 1, claims.count)
        XCTAssertEqual(
            records[0],
            [
                "id", "kind", "topic", "facets", "actor", "speaker", "low", "high", "best",
                "qualifier", "polarity", "certainty", "as_of", "published", "source", "ref",
                "version", "quote", "start", "end", "conditions", "provenance", "supersedes",
                "tally",
            ])
        let quote = records[0].firstIndex(of: "quote")!
        let id = records[0].firstIndex(of: "id")!
        for (record, claim) in zip(records.dropFirst(), claims) {
            XCTAssertEqual(record.count, records[0].count)
            XCTAssertEqual(record[id], String(claim["id"] as! Int))
            XCTAssertEqual(record[quote], claim["quote"] as? String)
        }
        XCTAssertTrue(records.dropFirst().contains { $0[quote].contains("\"") }, "quotes survive")
        let stance = try cli.run(["export", "claims", "--kind", "stance", "--format", "csv"])
        XCTAssertEqual(
            try Self.parseCSV(stance.output).count - 1,
            claims.filter { $0["kind"] as? String == "stance" }.count)
    }

    func testClaimsAsCSVParseWithPythonsCSVModule() throws {
        guard
            let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { throw XCTSkip("python3 is not installed") }
        let exported = try cli.run(["export", "claims"])
        try exported.output.write(toFile: folder + "/claims.csv", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [
            "-c",
            "import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline=''), strict=True)); print(len(rows)-1, len(set(map(len, rows))))",
            folder + "/claims.csv",
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let printed = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertEqual(printed, "\(try claimsJSON().count) 1\n")
    }

    func testJSONLinesAndDisputesFollowTheContracts() throws {
        let lines = try cli.run(["export", "claims", "--format", "jsonl"]).output
            .split(separator: "\n")
        XCTAssertEqual(lines.count, try claimsJSON().count)
        for line in lines {
            XCTAssertNotNil(try JSONSerialization.jsonObject(with: Data(line.utf8)))
        }
        let flags = try XCTUnwrap(
            JSONSerialization.jsonObject(
                with: Data(try cli.run(["flags", "list", "--format", "json"]).output.utf8))
                as? [[String: Any]])
        let disputes = try Self.parseCSV(try cli.run(["export", "disputes"]).output)
        XCTAssertEqual(disputes.count - 1, flags.count)
        XCTAssertEqual(disputes[0].prefix(5), ["id", "rule", "kind", "level", "status"])
        let open = try cli.run(["export", "disputes", "--status", "confirmed", "--format", "jsonl"])
        XCTAssertEqual(open.output, "")
        XCTAssertEqual(try cli.run(["export", "claims", "--format", "xml"]).status, 64)
    }

    func testClaimReviewHasTheSchemaOrgFieldsForEachConfirmedDispute() throws {
        XCTAssertEqual(try cli.run(["export", "claimreview"]).output, "[]\n")
        let flags = try XCTUnwrap(
            JSONSerialization.jsonObject(
                with: Data(try cli.run(["flags", "list", "--format", "json"]).output.utf8))
                as? [[String: Any]])
        let id = try XCTUnwrap(flags.first?["id"] as? Int)
        XCTAssertEqual(
            try cli.run(["flags", "confirm", String(id), "--note", "Counts differ.", "--by", "ana"])
                .status, 0)
        let exported = try cli.run(["export", "claimreview"])
        let reviews = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(reviews.count, 1)
        let review = reviews[0]
        XCTAssertEqual(review["@context"] as? String, "https://schema.org")
        XCTAssertEqual(review["@type"] as? String, "ClaimReview")
        XCTAssertEqual(review["claimReviewed"] as? String, flags[0]["message"] as? String)
        XCTAssertEqual(review["reviewBody"] as? String, "Counts differ.")
        XCTAssertEqual((review["author"] as? [String: Any])?["name"] as? String, "ana")
        XCTAssertNotNil(review["datePublished"] as? String)
        let rating = try XCTUnwrap(review["reviewRating"] as? [String: Any])
        for key in ["ratingValue", "bestRating", "worstRating", "alternateName"] {
            XCTAssertNotNil(rating[key], key)
        }
        let item = try XCTUnwrap(review["itemReviewed"] as? [String: Any])
        XCTAssertEqual(item["@type"] as? String, "Claim")
        let appearances = try XCTUnwrap(item["appearance"] as? [[String: Any]])
        XCTAssertEqual(
            Set(appearances.compactMap { $0["url"] as? String }),
            ["https://harbor.example/a", "https://meridian.example/b"])
        for appearance in appearances {
            XCTAssertEqual(appearance["@type"] as? String, "CreativeWork")
            XCTAssertEqual(appearance["datePublished"] as? String, "2023-11-06")
            XCTAssertNotNil((appearance["publisher"] as? [String: Any])?["name"])
        }
    }

    func testReportWritesHTMLBesideMarkdown() throws {
        let markdown = try cli.run(["report", "--date", "2023-11-06"])
        XCTAssertEqual(markdown.output, "report written: Reports/2023-11-06.md\n")
        let both = try cli.run(["report", "--date", "2023-11-06", "--format", "both"])
        XCTAssertEqual(
            both.output,
            "report written: Reports/2023-11-06.md\nreport written: Reports/2023-11-06.html\n")
        let html = try String(contentsOfFile: folder + "/Reports/2023-11-06.html", encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<style>"))
        XCTAssertTrue(html.contains("Over 200 hostages are held in Gaza, officials said."))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("http://") && html.contains("src=\"http"))
        XCTAssertEqual(try cli.run(["report", "--format", "pdf"]).status, 64)
    }
}
