import FactExtraction
import FactLedgerCore
import FactPipeline

/// Reads the article(s) of one command-line input for commands that look at a single article.
enum ArticleInput {
    /// Every article of the input; any refused one is an error with exit code 2.
    static func read(_ path: String, defaults: ArticleDefaults) throws -> [Article] {
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
        if !refused.isEmpty {
            throw CommandFailure.badInput(refused.map(\.description).joined(separator: "\n"))
        }
        if articles.isEmpty { throw CommandFailure.badInput("\(path): no article found") }
        return articles
    }
}
