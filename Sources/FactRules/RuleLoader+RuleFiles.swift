import StrictYAML

extension RuleLoader {
    /// The rules in `folder` of a set of rule files (`checks` of a rules folder), in file order,
    /// and every error found.
    public static func load(_ files: RuleFiles, folder: String) -> (
        rules: [Rule], errors: [YAMLError]
    ) {
        guard files.hasFolder(folder) else {
            return (
                [],
                [
                    YAMLError(
                        file: files.displayPath(folder), line: nil,
                        message: "rules folder not found or not readable")
                ]
            )
        }
        let loaded = load(files.files(in: folder).map { ($0.path, $0.text) })
        return (loaded.rules, files.problems(in: folder) + loaded.errors)
    }
}
