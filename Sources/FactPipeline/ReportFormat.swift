/// A format the nightly report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Markdown, `.md`.
    case markdown
    /// One self-contained HTML file, `.html`: inline CSS, charts as inline SVG.
    case html

    /// The file name extension.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        }
    }
}
