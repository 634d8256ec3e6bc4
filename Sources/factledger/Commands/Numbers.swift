import ArgumentParser
import FactExtraction
import FactReports
import Foundation

extension FactLedgerCommand {
    /// `factledger numbers`: the number parser on its own, line by line.
    struct Numbers: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Read lines on standard input and print, for each, a JSON array of the numbers in it.",
            discussion: """
                Scale words are multiplied out, fractions become decimals, a range gives both ends, \
                ordinals give nothing. Use --detail to see each number's role and byte span.
                """)

        @Flag(help: "Print objects with value, upper, role and byte span instead of plain values.")
        var detail = false

        func run() throws {
            let parser = NumberParser()
            var output = ""
            while let line = readLine(strippingNewline: true) {
                let mentions = parser.mentions(in: line)
                if detail {
                    output +=
                        JSONValue.array(
                            mentions.map { mention in
                                .object([
                                    ("value", .number(mention.value)),
                                    ("upper", .optional(mention.upper)),
                                    ("role", .string(mention.role.rawValue)),
                                    ("start", .number(Double(mention.start))),
                                    ("end", .number(Double(mention.end))),
                                ])
                            }
                        ).text
                } else {
                    output +=
                        JSONValue.array(NumberParser.plainValues(of: mentions).map { .number($0) })
                        .text
                }
                output += "\n"
                if output.utf8.count > 1 << 16 {
                    Terminal.out(output)
                    output = ""
                }
            }
            Terminal.out(output)
        }
    }
}
