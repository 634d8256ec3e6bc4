import ArgumentParser
import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline

/// Reads the article(s) of one command-line input for commands that look at a single article.
enum ArticleInput {
    /// Every article of the input and the problems of those refused (a broken JSON Lines line
    /// refuses that line only); an input with no article at all is an error with exit code 2.
    static func read(_ path: String, defaults: ArticleDefaults) throws -> (
        articles: [Article], refused: [InputProblem]
    ) {
        let (items, problems) = InputItem.expand([path])
        if let problem = problems.first { throw CommandFailure.badInput("\(problem)") }
        var articles: [Article] = []
        var refused: [InputProblem] = []
        for item in items {
            try ArticleReader(defaults: defaults).read(item) { result in
                switch result {
                case .success(let article): articles.append(article)
                case .failure(let problem): refused.append(problem)
                }
            }
        }
        if articles.isEmpty {
            throw CommandFailure.badInput(
                refused.isEmpty
                    ? "\(path): no article found"
                    : refused.map(\.description).joined(separator: "\n"))
        }
        return (articles, refused)
    }

    /// Reports refused articles on standard error; exit code 2 once the rest is done.
    static func report(_ refused: [InputProblem]) throws {
        guard !refused.isEmpty else { return }
        for problem in refused { Terminal.error("error: \(problem)") }
        throw ExitCode(2)
    }
}
