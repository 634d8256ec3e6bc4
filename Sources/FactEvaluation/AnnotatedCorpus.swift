import FactExtraction
import FactIngest
import FactPipeline
import Foundation

/// A folder of articles with their hand annotations: a story's development or blind part
/// (`articles/` and `claims.jsonl` side by side), or the sample corpus (`gold/claims.jsonl`
/// beside `articles/`).
public struct AnnotatedCorpus: Sendable, Equatable {
    /// A short name: the story folder's name, or the annotation file's folder.
    public var name: String
    /// The JSON Lines file of annotations.
    public var claims: String
    /// The folder of annotated articles.
    public var articles: String

    /// Creates a corpus from its parts.
    public init(name: String, claims: String, articles: String) {
        self.name = name
        self.claims = claims
        self.articles = articles
    }

    /// The corpora a path names: an annotation file (articles in `articles/` beside it, else
    /// beside its folder), a folder holding `claims.jsonl`, or a folder of such folders, searched
    /// two levels deep (`Corpus/dev` holds one folder per story).
    public static func find(_ path: String) throws -> [AnnotatedCorpus] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw GoldError(message: "\(path): no such file or folder")
        }
        guard isFolder.boolValue else { return [file(path)] }
        let own = (path as NSString).appendingPathComponent("claims.jsonl")
        if manager.fileExists(atPath: own) { return [file(own)] }
        var found: [AnnotatedCorpus] = []
        for entry in (try? manager.contentsOfDirectory(atPath: path))?.sorted() ?? [] {
            let child = (path as NSString).appendingPathComponent(entry)
            var childIsFolder: ObjCBool = false
            guard entry != "articles",
                manager.fileExists(atPath: child, isDirectory: &childIsFolder),
                childIsFolder.boolValue
            else { continue }
            let claims = (child as NSString).appendingPathComponent("claims.jsonl")
            if manager.fileExists(atPath: claims) {
                found.append(file(claims))
            } else {
                found +=
                    (try? find(child).filter { !$0.claims.hasPrefix(child + "/articles") })
                    ?? []
            }
        }
        guard !found.isEmpty else {
            throw GoldError(message: "\(path): holds no claims.jsonl and no folder with one")
        }
        return found
    }

    /// The corpus of one annotation file.
    private static func file(_ claims: String) -> AnnotatedCorpus {
        let folder = (claims as NSString).deletingLastPathComponent
        let beside = (folder as NSString).appendingPathComponent("articles")
        let articles =
            FileManager.default.fileExists(atPath: beside)
            ? beside
            : ((folder as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("articles")
        let name = (folder as NSString).lastPathComponent
        return AnnotatedCorpus(
            name: name.isEmpty ? folder : name, claims: claims, articles: articles)
    }

    /// The corpus's articles and annotations; unreadable articles are returned as problems.
    public func load() throws -> (
        articles: [CorpusArticle], gold: [GoldClaim], problems: [String]
    ) {
        let (corpus, problems) = try CorpusArticle.load(folder: articles)
        return (corpus, try GoldClaim.load(path: claims), problems.map(\.description))
    }

    /// Scores an extractor on this corpus; unreadable articles are returned as problems.
    public func evaluate(with extractor: ClaimExtractor) throws -> (
        ClaimEvaluation, articles: Int, problems: [String]
    ) {
        let (corpus, gold, problems) = try load()
        return (
            ClaimEvaluation.run(extractor: extractor, articles: corpus, gold: gold), corpus.count,
            problems
        )
    }
}
