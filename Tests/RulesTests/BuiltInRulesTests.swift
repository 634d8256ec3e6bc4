import BuiltInRules
import FactPipeline
import StrictYAML
import TestSupport
import XCTest

/// The rules compiled into the binary are the shipped `Rules/` folder, file for file.
final class BuiltInRulesTests: XCTestCase {
    func testBuiltInRulesMatchTheRulesFolder() throws {
        let folder = try RuleFiles.read(folder: Fixtures.path("Rules"))
        let builtIn = BuiltInRules.files
        XCTAssertEqual(
            Set(builtIn.texts.keys), Set(folder.texts.keys),
            "run Scripts/generate_builtin_rules.py after adding or removing a rule file")
        for (path, text) in folder.texts where builtIn.texts[path] != text {
            XCTFail("\(path) differs from the built-in copy: run Scripts/generate_builtin_rules.py")
        }
    }

    func testBuiltInRulesLoadLikeTheFolder() throws {
        let builtIn = try RulesFolder(files: BuiltInRules.files)
        XCTAssertEqual(builtIn.ruleErrors, [])
        XCTAssertEqual(builtIn.rules.map(\.id), Fixtures.rules.rules.map(\.id))
        XCTAssertEqual(builtIn.patterns.patterns.count, Fixtures.rules.patterns.patterns.count)
        let article = Fixtures.article("Israel said 240 hostages were held in Gaza.")
        XCTAssertEqual(
            builtIn.extractor.claims(in: article).map(\.topic),
            Fixtures.extractor.claims(in: article).map(\.topic))
        XCTAssertTrue(builtIn.path == RuleFiles.builtInOrigin)
    }

    func testErrorsNameTheBuiltInFile() throws {
        var texts = BuiltInRules.files.texts
        texts["vocabulary/actors.yaml"] = "actors: [oops"
        let broken = RuleFiles(origin: RuleFiles.builtInOrigin, isBuiltIn: true, texts: texts)
        XCTAssertThrowsError(try RulesFolder(files: broken)) { error in
            XCTAssertTrue(
                "\(error)".hasPrefix("built-in:vocabulary/actors.yaml"), "\(error)")
        }
    }
}
