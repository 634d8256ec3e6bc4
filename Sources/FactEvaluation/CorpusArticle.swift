import FactExtraction
import FactIngest
import FactLedgerCore
import FactPipeline
import Foundation

/// An article of an annotated corpus with the key its annotations use: the path relative to
/// the articles folder, plus `#id` for an article of a JSON Lines file.
public struct CorpusArticle: Sendable {
    /// The annotation key.
    public var key: String
    /// The article.
    public var article: Article

    /// Every article under `folder`, in publication order then key order; refused inputs are returned too.
    public static func load(folder: String) throws -> (
        articles: [CorpusArticle], problems: [InputProblem]
    ) {
        let (items, missing) = InputItem.expand([folder])
        var articles: [CorpusArticle] = []
        var problems = missing
        let reader = ArticleReader(defaults: ArticleDefaults())
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for item in items {
            try reader.read(item) { result in
                switch result {
                case .success(let article):
                    var path = article.origin
                    if case .jsonLines(let file) = item {
                        path = file + "#" + (article.externalID ?? article.origin)
                    }
                    let key = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
                    articles.append(CorpusArticle(key: key, article: article))
                case .failure(let problem): problems.append(problem)
                }
            }
        }
        articles.sort { ($0.article.published, $0.key) < ($1.article.published, $1.key) }
        return (articles, problems)
    }
}
