import FactExtraction
import FactLedgerCore
import StrictYAML
import XCTest

final class VocabularyLoaderTests: XCTestCase {
    func load(_ name: String, _ text: String) throws -> Vocabulary {
        try VocabularyLoader.load([name: (path: "Rules/vocabulary/\(name)", text: text)])
    }

    func testReadsMeasuresAndActors() throws {
        let vocabulary = try VocabularyLoader.load([
            "measures.yaml": (
                "m",
                "nouns: { hostage: [hostages] }\nmeasures:\n  - { topic: hostages.held, cumulative: false, nouns: [hostage], cues: [held] }\n"
            ),
            "actors.yaml": (
                "a",
                "actors:\n  Israel: { aliases: [Israel] }\n  IDF: { parent: Israel, aliases: [IDF] }\n"
            ),
        ])
        XCTAssertEqual(vocabulary.measures.map(\.topic), ["hostages.held"])
        XCTAssertEqual(vocabulary.lineage(of: "IDF"), ["IDF", "Israel"])
        XCTAssertEqual(vocabulary.descendants(of: "Israel"), ["Israel", "IDF"])
    }

    func testAnActionOfVerbsAndObjectsIsEveryPairing() throws {
        let vocabulary = try load(
            "stances.yaml",
            """
            actions:
              - { verbs: [resumed, relaunched], between: [its], objects: [offensive, strikes],
                  topic: humanitarian_pause, polarity: oppose }
              - { phrases: ["broke the truce"], topic: humanitarian_pause, polarity: oppose }

            """)
        XCTAssertEqual(
            Set(vocabulary.actions.map(\.phrase)),
            [
                "resumed offensive", "resumed strikes", "resumed its offensive",
                "resumed its strikes",
                "relaunched offensive", "relaunched strikes", "relaunched its offensive",
                "relaunched its strikes", "broke the truce",
            ])
        XCTAssertThrowsError(
            try load(
                "stances.yaml",
                "actions:\n  - { verbs: [resumed], topic: humanitarian_pause, polarity: oppose }\n")
        ) {
            XCTAssertTrue("\($0)".contains("verbs and objects go together"), "\($0)")
        }
        XCTAssertThrowsError(
            try load(
                "stances.yaml", "actions:\n  - { topic: humanitarian_pause, polarity: oppose }\n")
        ) {
            XCTAssertTrue("\($0)".contains("needs phrases, or verbs and objects"), "\($0)")
        }
    }

    func testAMeasureMayBoundItsFiguresAndAnActionNameItsConditionalTopic() throws {
        let measures = try load(
            "measures.yaml",
            "nouns: { person: [people] }\nmeasures:\n  - { topic: war.killed, tally: cumulative, nouns: [person], cues: [killed], below: 1000000 }\n"
        )
        XCTAssertEqual(measures.measures.first?.below, 1_000_000)
        XCTAssertThrowsError(
            try load(
                "measures.yaml",
                "nouns: { person: [people] }\nmeasures:\n  - { topic: war.killed, tally: cumulative, nouns: [person], below: 0 }\n"
            )
        ) {
            XCTAssertTrue("\($0)".contains("below must be a positive number"), "\($0)")
        }
        let stances = try load(
            "stances.yaml",
            """
            actions:
              - { phrases: ["will resume its offensive"], topic: ceasefire, polarity: oppose,
                  conditional_topic: humanitarian_pause }

            """)
        XCTAssertEqual(stances.actions.first?.conditionalTopic, "humanitarian_pause")
    }

    func testAStoryMayNameTheDayItBegan() throws {
        func story(_ header: String) throws -> Vocabulary {
            try VocabularyLoader.load(
                shared: Vocabulary(),
                stories: [
                    (id: "quake", texts: ["story.yaml": (path: "quake/story.yaml", text: header)])
                ])
        }
        let vocabulary = try story("title: Quake\nbegan: 2023-02-06\nkeywords: [quake]\n")
        XCTAssertEqual(
            vocabulary.stories.first?.vocabulary.began, Day(year: 2023, month: 2, day: 6))
        XCTAssertNil(vocabulary.began, "the shared vocabulary belongs to no story")
        XCTAssertThrowsError(try story("title: Quake\nbegan: February\nkeywords: [quake]\n")) {
            XCTAssertTrue("\($0)".contains("began must be a day written YYYY-MM-DD"), "\($0)")
        }
    }

    func testAMeasureMayShareTheVariantsOfItsTopicDeclaredBefore() throws {
        let vocabulary = try load(
            "measures.yaml",
            """
            nouns: { hostage: [hostages], person: [people] }
            measures:
              - topic: hostages.released
                tally: cumulative
                nouns: [hostage]
                cues: [freed]
                variants:
                  - { topic: hostages.released.event, tally: event, cues: [today] }
              - { topic: hostages.released, tally: cumulative, nouns: [person], cues: [freed],
                  variants: same }

            """)
        XCTAssertEqual(
            vocabulary.measures.map { $0.variants.map(\.topic) },
            [["hostages.released.event"], ["hostages.released.event"]])
        XCTAssertThrowsError(
            try load(
                "measures.yaml",
                "nouns: { a: [x] }\nmeasures:\n  - { topic: x.y, tally: event, nouns: [a], variants: same }\n"
            )
        ) {
            XCTAssertTrue("\($0)".contains("'same' after a measure of topic 'x.y'"), "\($0)")
        }
    }

    func testACuePhraseMayNameWordListsInBraces() throws {
        let vocabulary = try load(
            "measures.yaml",
            """
            nouns: { person: [people] }
            word_lists:
              reach: [reached, "crossed into"]
              abroad: [Chad, "South Sudan"]
            measures:
              - { topic: sudan.refugees, tally: level, nouns: [person], cues: ["{reach} {abroad}", fled] }

            """)
        XCTAssertEqual(
            vocabulary.measures.first?.cues,
            [
                "reached Chad", "reached South Sudan", "crossed into Chad",
                "crossed into South Sudan",
                "fled",
            ])
        XCTAssertThrowsError(
            try load(
                "measures.yaml",
                "nouns: { a: [x] }\nmeasures:\n  - { topic: x.y, tally: event, nouns: [a], cues: [\"{go} home\"] }\n"
            )
        ) {
            XCTAssertTrue("\($0)".contains("unknown word list '{go}'"), "\($0)")
            XCTAssertTrue("\($0)".contains("measures.yaml"), "\($0)")
        }
    }

    func testStanceTopicsAndActionsExpandTheWordListsTheyName() throws {
        let vocabulary = try load(
            "stances.yaml",
            """
            word_lists:
              stopping: [stop, halt]
              assault: [war, offensive]
            topics:
              ceasefire: ["{stopping} the {assault}", truce]
            actions:
              - { phrases: ["{stopping} fighting"], topic: ceasefire, polarity: support }

            """)
        XCTAssertEqual(
            vocabulary.stanceTopics.first?.1,
            ["stop the war", "stop the offensive", "halt the war", "halt the offensive", "truce"])
        XCTAssertEqual(vocabulary.actions.map(\.phrase), ["stop fighting", "halt fighting"])
        XCTAssertThrowsError(
            try load("stances.yaml", "topics:\n  ceasefire: [\"{halt} the war\"]\n")
        ) {
            XCTAssertTrue("\($0)".contains("unknown word list '{halt}'"), "\($0)")
        }
    }

    func testPolarityCuesExpandTheWordListsTheyName() throws {
        let vocabulary = try load(
            "stances.yaml",
            """
            word_lists:
              obligation: [must, "had to"]
              arrival: [reach, enter]
            polarity:
              demand: [urged, "{obligation} {arrival}"]

            """)
        XCTAssertEqual(
            vocabulary.polarityCues.first?.1,
            ["urged", "must reach", "must enter", "had to reach", "had to enter"])
        XCTAssertThrowsError(
            try load("stances.yaml", "polarity:\n  demand: [\"{obligation} reach\"]\n")
        ) {
            XCTAssertTrue("\($0)".contains("unknown word list '{obligation}'"), "\($0)")
        }
    }

    func testPhrasesThatAreNoCueExpandTheWordListsTheyName() throws {
        let vocabulary = try load(
            "stances.yaml",
            """
            word_lists:
              stopping: [halt, end]
            not_cues: ["{stopping} the fighting"]

            """)
        XCTAssertEqual(vocabulary.notCues, ["halt the fighting", "end the fighting"])
    }

    func testAStoryStanceFileNamesTheSharedWordLists() throws {
        let shared = try load("stances.yaml", "word_lists:\n  obligation: [must, \"has to\"]\n")
        let story = try VocabularyLoader.load(
            [
                "stances.yaml": (
                    path: "Rules/vocabulary/stories/s/stances.yaml",
                    text: """
                    word_lists:
                      fighting: [war]
                    topics:
                      ceasefire: ["the {fighting} {obligation} end"]

                    """
                )
            ], over: shared)
        XCTAssertEqual(story.stanceTopics.first?.1, ["the war must end", "the war has to end"])
    }

    func testAnActorHierarchyThatGoesRoundIsRefused() {
        XCTAssertThrowsError(
            try load(
                "actors.yaml",
                "actors:\n  A: { parent: B, aliases: [Aa] }\n  B: { parent: A, aliases: [Bb] }\n")
        ) { error in
            XCTAssertTrue("\(error)".contains("actor hierarchy has a cycle"), "\(error)")
        }
    }

    func testStrictErrorsNameFileAndLine() {
        XCTAssertThrowsError(try load("measures.yaml", "nouns: {}\nmeasures: []\nextra: 1\n")) {
            error in
            XCTAssertTrue("\(error)".hasPrefix("Rules/vocabulary/measures.yaml:3:"), "\(error)")
        }
        XCTAssertThrowsError(
            try load(
                "measures.yaml",
                "nouns: { a: [x] }\nmeasures:\n  - { topic: x.y, cumulative: maybe, nouns: [a] }\n")
        ) {
            XCTAssertTrue("\($0)".contains("true or false"), "\($0)")
        }
        XCTAssertThrowsError(
            try load(
                "measures.yaml",
                "nouns: { a: [x] }\nmeasures:\n  - { topic: x.y, cumulative: true, nouns: [b] }\n")
        ) {
            XCTAssertTrue("\($0)".contains("unknown noun class 'b'"), "\($0)")
        }
        XCTAssertThrowsError(
            try load("actors.yaml", "actors:\n  IDF: { parent: Israel, aliases: [IDF] }\n")
        ) {
            XCTAssertTrue("\($0)".contains("unknown parent actor"), "\($0)")
        }
        XCTAssertThrowsError(
            try load(
                "stances.yaml", "topics: {}\npolarity:\n  support: [backed]\n  oppose: [backed]\n")
        ) {
            XCTAssertTrue("\($0)".contains("both support and oppose"), "\($0)")
        }
        XCTAssertThrowsError(try load("quantities.yaml", "qualifiers:\n  roughly: [about]\n")) {
            XCTAssertTrue("\($0)".contains("not a qualifier"), "\($0)")
        }
    }
}
