import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

/// The constructions real reporting uses that extraction must read: figures away from their
/// nouns, handovers against totals, deal terms, incidents, figures that are no claim, who holds a
/// stance in reported speech, conditions, actions and requests, and who a figure is attributed to.
final class ReportingConstructionsTests: XCTestCase {
    func claims(_ text: String) -> [Claim] {
        Fixtures.extractor.withoutLearnedModels.claims(
            in: Fixtures.article(text, date: "2023-11-20"))
    }

    func numeric(_ text: String) -> [String] {
        claims(text).filter { $0.kind == .numeric }.map(ClaimExtractor.exampleText)
    }

    /// The speaker of the first claim the text yields.
    func speaker(_ text: String) throws -> String? {
        try XCTUnwrap(claims(text).first).speaker
    }

    func stances(_ text: String) -> [String] {
        claims(text).filter { $0.kind == .stance }.map { claim in
            let condition = claim.conditions.map { " (\($0))" } ?? ""
            return
                "\(claim.actor ?? "?") \(claim.topic) \(claim.polarity?.rawValue ?? "?")\(condition)"
        }
    }

    func testAFigureIsReadWithItsOwnVerb() {
        // "and driven" opens another verb: the figure after it counts no dead.
        XCTAssertEqual(
            numeric(
                "The war in Sudan has left 300 people dead and driven 12 million from their homes."),
            ["sudan.killed 300", "sudan.displaced 12,000,000"])
        // A clause inside the subject is passed over to find the subject's verb.
        XCTAssertEqual(
            numeric("On 24 November, 24 hostages who had been held in Gaza were released."),
            ["hostages.released.event 24"])
        // "-plus" joined to a number makes it a lower bound.
        XCTAssertEqual(
            numeric("Another 2 million-plus Sudanese have fled abroad."),
            ["sudan.refugees over 2,000,000"])
    }

    func testTheVerbACountIsTheSubjectOfDecidesItsMeasure() {
        // A participle and an aside only describe the hostages; "were handed" says what happened.
        XCTAssertEqual(
            numeric(
                "Twelve hostages held by Hamas, three of them Thai nationals, were handed to the Red Cross on Friday."
            ),
            [
                "hostages.released.event 12",
                "hostages.released.event {nationality: Thai} 3",
            ])
        // "since" inside a verb group opens no clause; each figure keeps its own verb.
        XCTAssertEqual(
            numeric(
                "At least 14,000 Palestinians have since been killed and 33,000 injured, Gaza's health ministry said."
            ),
            [
                "casualties.killed {place: Gaza} at least 14,000",
                "casualties.wounded {place: Gaza} 33,000",
            ])
        // A noun that names its measure keeps it over the verb of the figure listed after it.
        XCTAssertEqual(
            numeric(
                "The strike in Khan Younis left at least two people dead and 40 others injured."),
            [
                "casualties.killed.event {place: Gaza} at least 2",
                "casualties.wounded {place: Gaza} 40",
            ])
        // A part named "among them" in the next sentence.
        XCTAssertEqual(
            numeric(
                "Hamas handed 11 hostages to the Red Cross on Monday. Two women were among them."),
            ["hostages.released.event 11", "hostages.released.event {group: women} 2"])
    }

    func testFiguresAwayFromTheirNouns() {
        XCTAssertEqual(
            numeric("The death toll in Gaza climbed to 11,100."),
            ["casualties.killed {place: Gaza} 11,100"])
        XCTAssertEqual(
            numeric("The toll now stands at 10,022, the Gaza health ministry said."),
            ["casualties.killed {place: Gaza} 10,022"])
        XCTAssertEqual(
            numeric("Four Thais were freed, raising to 17 the number of foreigners released."),
            [
                "hostages.released.event {nationality: Thai} 4",
                "hostages.released {group: foreigners} 17",
            ])
    }

    func testALongerCueStandsForTheCuesInsideIt() {
        // "still holding" is a cue of hostages held, as "holding" is; the clause after the noun
        // does not choose the measure.
        XCTAssertEqual(
            numeric("Hamas is still holding 40 Israeli hostages whom it might free later."),
            ["hostages.held {nationality: Israeli} 40"])
        XCTAssertEqual(
            numeric("The army said another six hostages had been passed to the Red Cross."),
            ["hostages.released.event 6"])
    }

    func testDealTermsIncidentsAndFuelAreTheirOwnTopics() {
        XCTAssertEqual(
            numeric("Hamas agreed to a deal to free 50 hostages."), ["hostages.deal.size 50"])
        XCTAssertEqual(
            numeric("A strike on a school killed twelve people."), ["casualties.killed.event 12"])
        XCTAssertEqual(numeric("Two fuel tankers entered Gaza on Wednesday."), ["fuel.trucks 2"])
        XCTAssertEqual(
            numeric("The truce would be extended by one day for every 10 hostages freed."),
            ["hostages.deal.per_extra_day 10"])
    }

    func testPlacesOwnedOrShared() {
        XCTAssertEqual(
            numeric(
                "The earthquake killed 44,218 people in Turkey, while Syria's most recently announced toll stood at 5,914."
            ), ["quake.killed {place: Turkey} 44,218", "quake.killed {place: Syria} 5,914"])
        XCTAssertEqual(
            numeric(
                "The earthquake flattened thousands of buildings in Turkey and in neighbouring Syria."
            ), ["quake.buildings_collapsed 2,000–9,999 (vague)"])
        XCTAssertEqual(
            numeric("Israel's strikes have killed 198 medics, the Gaza health ministry said."),
            ["casualties.killed {place: Gaza} 198"])
        // An event a clause opener parts from the place named before it is the figure's.
        XCTAssertEqual(
            numeric(
                "Israel launched an operation in Gaza after Hamas carried out a cross-border assault, in which at least 1,200 people were killed."
            ), ["casualties.killed {place: Israel} at least 1,200"])
        XCTAssertEqual(
            numeric("In the West Bank, the toll from the Israeli aggression has grown to 215."),
            ["casualties.killed {place: West Bank} 215"])
    }

    func testEachFigureHasItsOwnWordsAndDay() throws {
        let found = claims(
            "The ministry said 17,000 people had been killed since the war began and 350 people were killed by a strike on a school on Tuesday."
        )
        XCTAssertEqual(
            found.map(ClaimExtractor.exampleText),
            ["casualties.killed 17,000", "casualties.killed.event 350"])
        // Published on Monday 2023-11-20: Tuesday is the 350's day, the total is as of publication.
        XCTAssertEqual(found.map(\.asOf.description), ["2023-11-20", "2023-11-14"])
        let since = try XCTUnwrap(
            claims("Some 11,000 people have been killed in Gaza since October 7.").first)
        XCTAssertEqual(since.asOf.description, "2023-11-20", "'since' names no day spoken about")
        XCTAssertEqual(
            try speaker("On Tuesday, the ministry said 350 people had been killed."), "the ministry"
        )
    }

    func testFiguresThatAreNoClaim() {
        XCTAssertEqual(
            numeric("The toll was revised from the 126 given on Sunday to 131 people killed."),
            ["casualties.killed 131"])
        XCTAssertEqual(
            numeric(
                "The 85-year-old woman was freed on day 17 of the war, 40 kilometres from Gaza City, home to 600,000 people."
            ), [])
    }

    func testTheHolderOfAReportedStance() {
        XCTAssertEqual(
            stances("Biden said after talks with Netanyahu that Hamas would accept the deal."),
            ["Hamas hostage_deal support"])
        XCTAssertEqual(
            stances("Netanyahu's office said it backed a four-day pause."),
            ["Netanyahu humanitarian_pause support"])
        XCTAssertEqual(
            stances("Qatar and Egypt brokered the deal."),
            ["Qatar hostage_deal support", "Egypt hostage_deal support"])
        // The actors a report credits support what it credits them for; commending them for it
        // supports it too.
        XCTAssertEqual(
            stances("Ramaphosa commended Qatar and Egypt for their mediation of the deal."),
            [
                "South Africa hostage_deal support", "Qatar hostage_deal support",
                "Egypt hostage_deal support",
            ])
        XCTAssertEqual(
            stances("The release followed mediation by Qatar."), ["Qatar hostage_deal support"])
        XCTAssertEqual(
            stances("Qatar welcomed an agreement between Israel and Hamas."),
            [
                "Qatar hostage_deal support", "Israel hostage_deal support",
                "Hamas hostage_deal support",
            ])
        XCTAssertEqual(
            stances("Britain called the deal a crucial step."),
            ["United Kingdom hostage_deal support"])
        XCTAssertEqual(
            stances("Fuel is still barred from entering Gaza by the Israeli army."),
            ["IDF fuel.entry oppose"])
        XCTAssertEqual(
            stances("A majority in the UN General Assembly demanded a ceasefire."),
            ["United Nations ceasefire demand"])
        // A leader's title before "of" and an actor names the leader.
        XCTAssertEqual(
            stances(
                "The commander of Sudan's paramilitary Rapid Support Forces (RSF) declared a truce and called for talks in Jeddah."
            ), ["Dagalo ceasefire support", "Dagalo peace_talks demand"])
        XCTAssertEqual(
            stances("Sudan's RSF leader Dagalo has proclaimed a one-sided ceasefire for Eid."),
            ["Dagalo ceasefire support"])
        XCTAssertEqual(
            stances("The truce was due to end, but the two sides agreed to prolong it."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
    }

    func testConditionsActionsAndRequests() {
        XCTAssertEqual(
            stances("Israel said no fuel will enter Gaza until the hostages are freed."),
            ["Israel fuel.entry conditional (until the hostages are freed)"])
        XCTAssertEqual(
            stances("Hamas said it would not agree to a truce without a full ceasefire."),
            ["Hamas humanitarian_pause conditional (without a full ceasefire)"])
        XCTAssertEqual(
            stances("Israel resumed fighting on Friday."), ["Israel humanitarian_pause oppose"])
        XCTAssertEqual(
            stances("The United States vetoed a resolution demanding a ceasefire."),
            ["United States ceasefire oppose"])
        XCTAssertEqual(
            stances("The fuel was allowed in at the request of Washington."),
            ["United States fuel.entry demand"])
        XCTAssertEqual(
            stances("The two sides agreed to keep the truce in place until Wednesday."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
        XCTAssertEqual(
            stances("Qatar is trying to revive talks on a new exchange. Hamas ruled it out."),
            ["Qatar hostage_deal support", "Hamas hostage_deal oppose"])
        // A lengthening bought by each further release is conditional.
        XCTAssertEqual(
            stances(
                "Israel said the truce would be lengthened by one day for each further 10 hostages set free."
            ),
            ["Israel humanitarian_pause conditional (for each further 10 hostages set free)"])
        // A snag settled is the deal kept, not opposed.
        XCTAssertEqual(
            stances("Mediation by Qatar resolved a delay to the hostage exchange."),
            ["Qatar hostage_deal support"])
        XCTAssertEqual(
            stances("Hamas said it had no objection to a truce."),
            ["Hamas humanitarian_pause support"])
        // A directive demands what it tells the actor right after it to do; that actor does not act.
        XCTAssertEqual(
            stances("Qatar told both sides to extend the truce."),
            ["Qatar humanitarian_pause demand"])
        XCTAssertFalse(
            stances("Gallant told the families the effort to free the captives would go on.")
                .contains { $0.hasPrefix("Hostage families") })

        // "joined by" only joins names; its "joined" is no support of its own.
        XCTAssertEqual(
            stances(
                "Voting no were the US and Israel, joined by eight other countries; the two argue that Hamas alone would gain from a ceasefire."
            ), ["United States ceasefire oppose", "Israel ceasefire oppose"])
        // A role a preposition opens is no one's before it: Hamas does not mediate here.
        XCTAssertFalse(
            stances("Hamas rejected three proposals from the mediators.")
                .contains("Hamas hostage_deal support"))
        // Fighting taken up again ends the pause: "had gone back to combat operations".
        XCTAssertEqual(
            stances("The army said it had gone back to combat operations in Gaza."),
            ["IDF humanitarian_pause oppose"])
    }

    func testAnAppealOpenedForTheQuakesVictimsAsksForHelp() {
        let claims = Fixtures.extractor.withoutLearnedModels.claims(
            in: Fixtures.article(
                "The earthquake killed thousands in Turkey and Syria. The United Nations opened a flash appeal on Tuesday.",
                date: "2023-02-14"))
        XCTAssertEqual(
            claims.filter { $0.kind == .stance }.map {
                "\($0.actor ?? "?") \($0.topic) \($0.polarity?.rawValue ?? "?")"
            },
            ["United Nations international_aid demand"])
    }

    func testAttribution() throws {
        XCTAssertEqual(
            try speaker(
                "The army's chief spokesman, a rear admiral, said 239 hostages are held in Gaza."),
            "IDF")
        XCTAssertEqual(try speaker("Some 240 hostages are held in Gaza, the army said."), "IDF")
        // "confirmed" after a figure qualifies the noun; it is no speech verb with a speaker.
        XCTAssertNil(try speaker("The ministry has recorded 14,800 confirmed deaths in Gaza."))
        let estimated = try XCTUnwrap(claims("An estimated 137 hostages remain in Gaza.").first)
        XCTAssertNil(estimated.speaker)
        XCTAssertEqual(estimated.certainty, .estimated)
        let believed = try XCTUnwrap(
            claims("Israeli officials believe that 150 people are held in Gaza.").first)
        XCTAssertEqual(believed.speaker, "Israel")
        XCTAssertEqual(believed.certainty, .believed)
        // Unnamed officials speak for the actor their report opens with.
        XCTAssertEqual(
            try speaker("Israel has revised the number of people killed to 1,200, officials said."),
            "Israel")
        // A trailing attribution followed by an adjunct clause still reports what came before.
        XCTAssertEqual(
            try speaker(
                "Israel has raised the number of people killed to 1,400, officials said on Monday, after teams found that more bodies were those of civilians."
            ), "Israel")
        XCTAssertEqual(
            try speaker("Officials said on Monday that 1,400 people had been killed in Israel."),
            "Officials")
        // A verb with its speaker after it needs the content to end at a comma or a quote.
        XCTAssertEqual(
            try speaker("The RSF (the paramilitary) declared a truce for Eid, the army said."),
            "Sudanese army")
        XCTAssertEqual(
            try speaker("Some 240 hostages are held in Gaza, officials said."), "officials")
        // An aside closed just before the verb leaves the speaker before it.
        XCTAssertEqual(
            try speaker("Sudan's Rapid Support Forces (RSF) said that 20 people were killed."),
            "RSF")
        // A verb whose object is no content reports nothing: "claimed 700 lives".
        let lives = try XCTUnwrap(
            claims("Israeli air strikes claimed more than 700 lives overnight in Gaza.").first)
        XCTAssertNil(lives.speaker)
        XCTAssertEqual(lives.certainty, .asserted)
        // "per day", "per cent": a rate or a unit that opens with "per" names no speaker.
        let rate = claims("Israel will let 300 aid trucks per day enter Gaza.")
        XCTAssertFalse(rate.isEmpty)
        XCTAssertEqual(rate.map(\.speaker), rate.map { _ in nil })
        let share = claims("Gaza received only 10 per cent of the fuel it needs.")
        XCTAssertFalse(share.isEmpty)
        XCTAssertEqual(share.map(\.speaker), share.map { _ in nil })
        XCTAssertEqual(
            try XCTUnwrap(claims("Some 240 hostages are held in Gaza, per the army.").first)
                .speaker,
            "IDF")
    }

    func testNationalityAfterTheNoun() {
        // "citizens of Ukraine", "hostages from Thailand" say who the people are; "from Israel",
        // a place the story counts in, says where they were taken.
        XCTAssertEqual(
            numeric("Twenty-one citizens of Ukraine were killed."),
            ["casualties.killed {nationality: Ukrainian} 21"])
        XCTAssertEqual(
            numeric("Hamas freed 10 hostages from Thailand on Friday."),
            ["hostages.released.event {nationality: Thai} 10"])
        XCTAssertEqual(
            numeric("Hamas took about 240 people from Israel as hostages."),
            ["hostages.taken about 240"])
        // Any facet may follow the noun; two nouns of one value keep it, of two values neither.
        XCTAssertEqual(
            numeric("UNRWA said 108 members of its staff had been killed."),
            ["casualties.killed {group: aid workers} 108"])
        XCTAssertEqual(
            numeric("At least 64 journalists and media workers have been killed."),
            ["casualties.killed {group: journalists} at least 64"])
        XCTAssertEqual(
            numeric("Six women and children were killed."), ["casualties.killed 6"])
    }

    func testWhatAnotherShouldDoTheSpeakerDemands() {
        XCTAssertEqual(
            stances("Hamas said Israel must accept a complete ceasefire in Gaza."),
            ["Hamas ceasefire demand"])
        XCTAssertEqual(
            stances("France said on Monday that Israel should allow fuel into Gaza."),
            ["France fuel.entry demand"])
        // What the speaker itself should do stays its own position.
        XCTAssertEqual(
            stances("Israel said it would allow fuel into Gaza."), ["Israel fuel.entry support"])
        // The obligation may be two words ("has to") or stand before a negated cue.
        XCTAssertEqual(
            stances("Anwar Ibrahim said Israel has to declare a ceasefire in Gaza."),
            ["Malaysia ceasefire demand"])
        XCTAssertEqual(
            stances("Guterres said fuel must also be let through to Gaza."),
            ["United Nations fuel.entry demand"])
        XCTAssertEqual(
            stances("Egypt said Israel must not block aid into Gaza."),
            ["Egypt aid.entry demand"])
    }

    func testPalestiniansAreNeverHostages() {
        XCTAssertEqual(
            numeric("Israel freed 150 Palestinians from its jails under the deal."),
            ["prisoners.released.event 150"])
        XCTAssertEqual(numeric("Israel now holds 7,200 Palestinians in its jails."), [])
    }

    func testWeInReportedWordsIsEveryActorWhoSpeaksThem() {
        XCTAssertEqual(
            stances(
                "\"We support a humanitarian pause,\" said a joint statement by Egypt, Jordan and Qatar."
            ),
            [
                "Egypt humanitarian_pause support", "Jordan humanitarian_pause support",
                "Qatar humanitarian_pause support",
            ])
    }

    func testLivesCountTheDead() {
        // Whatever verb takes them, lives are the dead; lives only touched are none.
        XCTAssertEqual(
            numeric("The war has taken close to 3,500 lives in Gaza."),
            ["casualties.killed {place: Gaza} about 3,500"])
        XCTAssertEqual(
            numeric("The war has claimed the lives of 24 Thai nationals."),
            ["casualties.killed {nationality: Thai} 24"])
        XCTAssertEqual(
            numeric("The quake touched the lives of 14 million people in Turkey."), [])
    }

    func testAVagueFigureTakesTheWordDescribingItAfterAVerbLikeLeft() {
        XCTAssertEqual(
            numeric("The strikes left dozens injured."), ["casualties.wounded 24–99 (vague)"])
        XCTAssertEqual(
            numeric("In Sudan the war has forced millions from their homes."),
            ["sudan.displaced 2,000,000–9,999,999 (vague)"])
        // Without such a verb a word after a vague figure is not its own.
        XCTAssertEqual(numeric("The strikes hit dozens, injured or not."), [])
    }

    func testStancesReadThroughTheirClauses() {
        // A topic that is the subject of a cue further on takes that cue.
        XCTAssertEqual(
            stances("A ceasefire in the war with Hamas will not happen, Netanyahu said."),
            ["Netanyahu ceasefire oppose"])
        // An attribution between commas does not hide the topic's verb.
        XCTAssertEqual(
            stances("A ceasefire, Netanyahu said, would only get in the way of the war effort."),
            ["Netanyahu ceasefire oppose"])
        // An action in a relative clause about a topic is on that topic.
        XCTAssertEqual(
            stances("The truce, which Qatar and Egypt brokered, was extended by two days."),
            ["Qatar humanitarian_pause support", "Egypt humanitarian_pause support"])
        // A condition after an action makes it conditional.
        XCTAssertEqual(
            stances("Israel said it will not stop the war until Hamas is destroyed."),
            ["Israel ceasefire conditional (until Hamas is destroyed)"])
        // A container word that ends a topic phrase is on the topic named right after it.
        XCTAssertEqual(
            stances("Israel and Hamas agreed to a deal to extend the truce."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
        XCTAssertEqual(
            stances("Israel and Hamas agreed to a deal."),
            ["Israel hostage_deal support", "Hamas hostage_deal support"])
        // A verb joined by "and" shares the subject of the verb before it.
        XCTAssertTrue(
            stances(
                "Saudi Arabia and Jordan welcomed the talks between Israel and Hamas, and called for a ceasefire."
            ).contains("Jordan ceasefire demand"))
        XCTAssertFalse(
            stances(
                "Saudi Arabia and Jordan welcomed the talks between Israel and Hamas, and called for a ceasefire."
            ).contains("Hamas ceasefire demand"))

        // "are being urged by": the agent of a passive demand demands.
        XCTAssertEqual(
            stances("The two sides are being urged by the Security Council to agree a ceasefire."),
            ["United Nations ceasefire demand"])
        // "Gaza's north": a possessive is no verb, so the topic still reaches its passive cue.
        XCTAssertEqual(
            stances("Calls for a ceasefire in Gaza's north were rejected by Netanyahu."),
            ["Netanyahu ceasefire oppose"])
    }

    func testAnAppositiveStaysInItsSubjectsClause() {
        // The incident named before the aside governs the verb after it.
        XCTAssertEqual(
            numeric("The blast at Jabalia, the largest camp, killed 50 people."),
            ["casualties.killed.event {place: Gaza} 50"])
        XCTAssertEqual(
            numeric("Officials said the blast at Jabalia, the largest camp, killed 50 people."),
            ["casualties.killed.event {place: Gaza} 50"])
    }

    func testPeopleWhoHoldACitizenshipAreNotHeld() {
        // A cue verb whose object is a possession counts nothing; the release cue after it does.
        XCTAssertEqual(
            numeric(
                "Ten Israelis, four Thais and two women holding both Russian and Israeli citizenship were among those let go."
            ),
            [
                "hostages.released.event {nationality: Israeli} 10",
                "hostages.released.event {nationality: Thai} 4",
                "hostages.released.event {group: women} 2",
            ])
        XCTAssertEqual(numeric("Hamas said three of them hold German passports."), [])
        XCTAssertEqual(numeric("Hamas is still holding 137 hostages."), ["hostages.held 137"])
    }

    func testAPlaceThatOwnsAnActionIsNoPlaceOfTheFigure() {
        // "Israel's strikes" names who struck, so "in Gaza" is the figure's one place.
        XCTAssertEqual(
            numeric(
                "More than 8,500 people have been killed in Gaza in Israel's retaliatory strikes."),
            ["casualties.killed {place: Gaza} over 8,500"])
        // "the Hamas attacks of 7 October" name the Israeli side.
        XCTAssertEqual(
            numeric("Israel says 1,200 people were killed in the Hamas attacks of 7 October."),
            ["casualties.killed {place: Israel} 1,200"])
    }

    func testAPlacesOwnPartIsInThePlace() {
        // "Jabalia's eastern district" is in Jabalia, so in Gaza.
        XCTAssertEqual(
            numeric(
                "Six people were killed on Saturday in Jabalia's eastern district, medics said."),
            ["casualties.killed.event {place: Gaza} 6"])
    }

    func testWhatTheStoryExtendsByDaysIsItsTruce() {
        XCTAssertEqual(
            numeric(
                "Hamas and Israel agreed on a truce on Wednesday. Both sides later agreed to extend it by two days."
            ),
            ["humanitarian_pause.extension_days 2"])
    }

    func testAQuantifierFloatingOffAListKeepsTheListsVerb() {
        XCTAssertEqual(
            stances(
                "Gallant said electricity, food, water and fuel would all be kept out of Gaza."),
            ["Gallant fuel.entry oppose", "Gallant aid.entry oppose"])
    }

    func testAPartsWordsAreNotTheWholes() {
        // "into neighbouring countries" tells where the part went, not the whole.
        XCTAssertEqual(
            numeric(
                "The war in Sudan has driven some 13 million people from their homes, 4 million of them into neighbouring countries."
            ),
            ["sudan.displaced about 13,000,000", "sudan.refugees 4,000,000"])
    }

    func testUntilOpensAConditionUnlessATimeFollows() {
        // The tagger may miss the verb after "until"; a time after it is no condition.
        XCTAssertEqual(
            stances("Hamas said there would be no prisoner exchange until the aggression ends."),
            ["Hamas hostage_deal conditional (until the aggression ends)"])
        XCTAssertEqual(
            stances(
                "Hamas said there would be no talks on the captives before a ceasefire was in place."
            ),
            ["Hamas hostage_deal conditional (before a ceasefire was in place)"])
        XCTAssertEqual(
            stances(
                "Israel had agreed to let trucks be inspected at Kerem Shalom, but until now they had to go back."
            ),
            ["Israel aid.entry support"])
    }

    func testAnIfClauseStatesWhatMightHappen() {
        // The threat is conditional; the breach it names is no one's position.
        XCTAssertEqual(
            stances("Israel warned that it would resume its offensive if Hamas broke the truce."),
            ["Israel humanitarian_pause conditional (if Hamas broke the truce)"])
    }

    func testANegationAfterAnAnnouncementOrAVetoHoldsItsOwnWay() {
        // "declared that no fuel will be permitted": the announcement does not undo the "no".
        XCTAssertEqual(
            stances("The army has declared that no fuel will be permitted into the Gaza Strip."),
            ["IDF fuel.entry oppose"])
        // "a veto against": "against" restates the veto, no second opposition.
        XCTAssertEqual(
            stances(
                "Only last week the US cast a veto against a ceasefire resolution in the Council."),
            ["United States ceasefire oppose"])
    }

    func testTalksPutOnHoldWhateverNamesThem() {
        XCTAssertEqual(
            stances(
                "In Sudan, Riyadh and Washington put the Jeddah talks on hold after repeated violations."
            ),
            ["Saudi Arabia peace_talks oppose", "United States peace_talks oppose"])
    }

    func testSudansClashesAreItsWar() {
        // "the clashes" name the war, not one attack: their dead are the running toll.
        XCTAssertEqual(
            numeric(
                "Sudan's Health Ministry says the clashes between the army and the RSF have killed at least 460 people."
            ),
            ["sudan.killed at least 460"])
        // A day right after the attribution verb dates the report, not the dead.
        XCTAssertEqual(
            numeric(
                "The fighting between Sudan's army and the RSF has now killed at least 460 people, the health ministry said on Tuesday."
            ),
            ["sudan.killed at least 460"])
        XCTAssertEqual(
            numeric(
                "At a briefing for reporters on Tuesday, an Israeli official said the deal should see 50 Israeli hostages freed."
            ),
            ["hostages.deal.size {nationality: Israeli} 50"])
    }

    func testAPlaceThatAccountsForAFigureIsItsPlace() {
        XCTAssertEqual(
            numeric("Of the 1,200 dead so far, Gaza accounted for 900, health officials said."),
            ["casualties.killed 1,200", "casualties.killed {place: Gaza} 900"])
    }

    func testADayOrTwosDeadAreOneBouts() {
        XCTAssertEqual(
            numeric(
                "Health officials in Gaza said 390 Palestinians were killed in the past 48 hours."),
            ["casualties.killed.event {place: Gaza} 390"])
    }

    func testAParticipleNamingWhichTruceTakesNoPosition() {
        // "its prolonged truce" names the truce; the restarted campaign is the position.
        XCTAssertEqual(
            stances(
                "Israel said it had restarted its military campaign in Gaza as its prolonged truce with Hamas lapsed."
            ),
            ["Israel humanitarian_pause oppose"])
    }

    func testAThreatOnEitherSidesBreachIsConditional() {
        XCTAssertEqual(
            stances(
                "Israel warned that it would resume its offensive if either side broke the truce."),
            ["Israel humanitarian_pause conditional (if either side broke the truce)"])
    }

    func testFightingPromisedForAfterThePauseOpposesACeasefire() {
        XCTAssertEqual(
            stances("Israel said it will resume its offensive once the truce ends."),
            ["Israel ceasefire oppose"])
        XCTAssertEqual(
            stances("Israel has pledged to swiftly resume its offensive once the truce ends."),
            ["Israel ceasefire oppose"])
    }

    func testAFigureToldAgainIsTheSpeakersOwnWithThePlaceItsSentenceNames() {
        let told = claims(
            "The health ministry says 20,000 people have been killed in Sudan. Civil society groups put the figure at 40,000."
        )
        XCTAssertEqual(
            told.map(ClaimExtractor.exampleText), ["sudan.killed 20,000", "sudan.killed 40,000"])
        XCTAssertEqual(told.last?.speaker, "Civil society groups")
        XCTAssertEqual(
            numeric("The quake killed 5,894 people in Turkey. In Syria the figure was 1,444."),
            ["quake.killed {place: Turkey} 5,894", "quake.killed {place: Syria} 1,444"])
    }

    func testAListAfterAColonListsWhatTheClauseBeforeItDid() {
        XCTAssertEqual(
            numeric(
                "On Sunday Hamas freed a second group of hostages: 13 Israelis and four Thai nationals."
            ),
            [
                "hostages.released.event {nationality: Israeli} 13",
                "hostages.released.event {nationality: Thai} 4",
            ])
    }

    func testTheWorkAReportCreditsToMediatorsIsTheirSupport() {
        XCTAssertEqual(
            stances(
                "Jordan praised the work put in by Qatar, Egypt and the United States to reach the humanitarian pause."
            ),
            [
                "Jordan humanitarian_pause support", "Qatar humanitarian_pause support",
                "Egypt humanitarian_pause support", "United States humanitarian_pause support",
            ])
        // American mediators are the United States, listed with the others.
        XCTAssertEqual(
            stances(
                "Qatari, Egyptian and American mediators met in Doha to extend the humanitarian pause."
            ),
            [
                "Qatar humanitarian_pause support", "Egypt humanitarian_pause support",
                "United States humanitarian_pause support",
            ])
    }

    func testNoTollOfAWarReachesTheMillionsItsSentenceAlsoCounts() {
        XCTAssertFalse(
            numeric(
                "Since the war in Sudan began, thousands have been killed and close to 9 million people uprooted."
            ).contains { $0.hasPrefix("sudan.killed") && $0.hasSuffix("9,000,000") })
    }
}

extension ReportingConstructionsTests {
    func testAVerblessListSharesTheWordsAfterItsLastNoun() {
        XCTAssertEqual(
            numeric("Israel then freed 24 Palestinian women and 15 teenagers from its jails."),
            [
                "prisoners.released.event {group: women} 24",
                "prisoners.released.event {group: children} 15",
            ])
        // A figure with a verb of its own keeps the words after the next one apart.
        XCTAssertEqual(
            numeric(
                "In Antakya 550 buildings were destroyed and another 1,578 badly damaged."),
            ["quake.buildings_collapsed {place: Turkey} 550"])
    }

    func testAFigureInAVerblessAsideCountsWhatTheAsideSetsApart() {
        XCTAssertEqual(
            numeric(
                "The Palestinian detainees, four women and 26 minors, were let out on Tuesday night."
            ),
            [
                "prisoners.released.event {group: women} 4",
                "prisoners.released.event {group: children} 26",
            ])
        // A list that goes on after the excluded words is no aside of them.
        XCTAssertEqual(
            numeric("Those freed so far include 150 Palestinians, 60 Israelis and 20 Thais."),
            [
                "prisoners.released 150", "hostages.released {nationality: Israeli} 60",
                "hostages.released {nationality: Thai} 20",
            ])
    }

    func testAVerblessOpeningPhraseIsTheFiguresToo() {
        XCTAssertEqual(numeric("Before the war, 500 trucks entered Gaza every day."), [])
    }
}

extension ReportingConstructionsTests {
    func testACueStartingInsideAnotherStillCounts() {
        // "were brought" (bodies brought to a morgue) does not hide "brought back".
        XCTAssertEqual(
            numeric("Late on Friday 11 hostages were brought back to Israel, the army said."),
            ["hostages.released.event 11"])
        // "have fled" does not hide where they fled to.
        XCTAssertEqual(
            numeric(
                "Some 7.8 million people have fled to other parts of Sudan since the war began."),
            ["sudan.displaced about 7,800,000"])
    }
}

extension ReportingConstructionsTests {
    func testARelativeClauseSetApartByCommasDescribesTheSubject() {
        XCTAssertEqual(
            numeric(
                "Two women, whom Hamas had kept hostage in Gaza for over a month, have been freed."),
            ["hostages.released.event {group: women} 2"])
    }

    func testHostagesTurnedOverOrCrossingIntoIsraeliTerritoryAreReleased() {
        XCTAssertEqual(
            numeric("Hamas on Wednesday turned over another 16 hostages, 12 of them Israelis."),
            ["hostages.released.event 16", "hostages.released.event {nationality: Israeli} 12"])
        XCTAssertEqual(
            numeric(
                "The army confirmed that 11 hostages had crossed into Israeli territory on Monday."),
            ["hostages.released.event 11"])
    }
}

extension ReportingConstructionsTests {
    func testATopicAskedForInTheSameBreathSharesTheDemand() {
        XCTAssertEqual(
            stances(
                "Egypt called for an immediate ceasefire and the urgent delivery of humanitarian aid to the Gaza Strip."
            ),
            ["Egypt ceasefire demand", "Egypt aid.entry demand"])
        XCTAssertEqual(
            stances(
                "The Security Council urged both sides to commit to a ceasefire and to let humanitarian aid reach civilians."
            ),
            ["United Nations ceasefire demand", "United Nations aid.entry demand"])
        // A stance that is not a demand is not shared this way.
        XCTAssertEqual(
            stances("Israel rejected a ceasefire and the delivery of fuel to Gaza."),
            ["Israel ceasefire oppose"])
    }
}

extension ReportingConstructionsTests {
    func testStressingHowImportantSomethingIsAsksForIt() {
        XCTAssertEqual(
            stances("Safadi stressed how important a ceasefire is for the whole region."),
            ["Jordan ceasefire demand"])
        XCTAssertEqual(
            stances("The WHO chief said a cessation of hostilities was urgently needed."),
            ["United Nations ceasefire demand"])
    }
}

extension ReportingConstructionsTests {
    func testACountAfterUntilOrUnlessIsNoTime() {
        XCTAssertEqual(
            stances(
                "Netanyahu turned down any temporary ceasefire unless the 241 hostages are released."
            ),
            ["Netanyahu humanitarian_pause conditional (unless the 241 hostages are released)"])
        // A time after the condition word still only bounds the stance.
        XCTAssertEqual(
            stances("Israel said no fuel would enter Gaza until the end of the month."),
            ["Israel fuel.entry oppose"])
    }
}

extension ReportingConstructionsTests {
    func testWhatAnArrangementLaysOutIsADealTerm() {
        XCTAssertEqual(
            numeric(
                "The Qatar arrangement foresees the release of 50 Israeli hostages and 150 Palestinian detainees across four days."
            ),
            [
                "hostages.deal.size {nationality: Israeli} 50", "prisoners.deal.size 150",
                // The arrangement's days are its truce's.
                "humanitarian_pause.duration_days 4",
            ])
        XCTAssertEqual(
            numeric(
                "The truce sets out a phased release of 50 of the hostages Hamas holds, in return for 150 Palestinians held in Israeli jails."
            ),
            ["hostages.deal.size 50", "prisoners.deal.size 150"])
    }
}

extension ReportingConstructionsTests {
    func testAPhraseOfTimeBeforeARelativePronounOpensItsClause() {
        XCTAssertEqual(
            numeric(
                "Most came home during a week-long truce that began on Nov. 24, in the course of which Hamas handed over 105 captives."
            ),
            ["humanitarian_pause.duration_days 7", "hostages.released 105"])
    }
}

extension ReportingConstructionsTests {
    func testPeopleMakingTheCrossingOutOfSudanAreRefugees() {
        XCTAssertEqual(
            numeric(
                "As the RSF advanced, almost 6,000 people crossed within two days, the UN refugee agency said."
            ),
            ["sudan.refugees about 6,000"])
        XCTAssertEqual(
            numeric(
                "Fighting between the army and the RSF goes on, and at least 5,000 people were making the crossing."
            ),
            ["sudan.refugees at least 5,000"])
    }
}

extension ReportingConstructionsTests {
    func testTheWarsLengthIsNoTrucesLength() {
        XCTAssertEqual(
            numeric(
                "The four-day truce took hold at 7 a.m., the first time in almost seven weeks that the guns fell silent in Gaza."
            ),
            ["humanitarian_pause.duration_days 4"])
        XCTAssertEqual(
            numeric("Before the truce, Israel pounded Gaza for seven weeks."), [])
    }
}

extension ReportingConstructionsTests {
    func testLeavingOneOfSudansCitiesIsNoFlightAbroad() {
        XCTAssertEqual(
            numeric(
                "Up to 300,000 people have fled Sudan's second-largest city since the RSF attacked it, the UN said."
            ),
            ["sudan.displaced up to 300,000"])
    }

    func testAWeekLongTruceNamedInFiguresFramesItsWhole() {
        XCTAssertEqual(
            numeric("Over the 7-day ceasefire, Hamas freed more than 100 hostages."),
            ["humanitarian_pause.duration_days 7", "hostages.released over 100"])
    }
}

extension ReportingConstructionsTests {
    func testAPlaceThatLostPeopleIsWhereTheyDied() {
        XCTAssertEqual(
            numeric(
                "In the war with Hamas, Israel has lost at least 1,300 people, officials there said."
            ),
            ["casualties.killed {place: Israel} at least 1,300"])
    }
}

extension ReportingConstructionsTests {
    func testAFigureWithNoNounCountedYetCountsPeople() {
        XCTAssertEqual(
            numeric(
                "Gaza's health ministry says 2,750 were killed in the strip, while Israel has lost at least 1,300 people."
            ),
            [
                "casualties.killed {place: Gaza} 2,750",
                "casualties.killed {place: Israel} at least 1,300",
            ])
    }
}

extension ReportingConstructionsTests {
    func testThePlaceAnAssaultStormedIsWhereItsDeadFell() {
        XCTAssertEqual(
            numeric(
                "Hamas militants stormed southern Israel on October 7, 2023, killing about 1,400 people."
            ),
            ["casualties.killed {place: Israel} about 1,400"])
        // A figure after another one belongs to its own place.
        XCTAssertEqual(
            numeric(
                "Since Hamas attacked Israel on 7 October, killing 1,200 people, more than 15,000 Palestinians have been killed by Israeli strikes."
            ),
            [
                "casualties.killed {place: Israel} 1,200",
                "casualties.killed {place: Gaza} over 15,000",
            ])
    }
}

extension ReportingConstructionsTests {
    func testAPlaceAfterAtIsTheFiguresPlace() {
        XCTAssertEqual(
            numeric(
                "An 82-member rescue team from China landed at Adana Airport early on Wednesday after the earthquake."
            ),
            ["quake.rescuers {place: Turkey} 82"])
    }
}

extension ReportingConstructionsTests {
    func testAPronounWrittenInCapitalsIsANamesInitials() throws {
        XCTAssertEqual(
            try speaker("The WHO chief said 20 patients had died at the hospital in Gaza."),
            "United Nations")
    }

    func testTheSpeakerIsTheNounARestrictiveRelativeClauseDescribes() throws {
        // The same word in lower case opens a relative clause; its noun speaks.
        XCTAssertEqual(
            try speaker("Doctors who work at the hospital said 20 patients had died in Gaza."),
            "Doctors")
        // Words set apart by commas describe the speaker before them.
        XCTAssertEqual(
            try speaker(
                "Mark Regev, who advises Prime Minister Benjamin Netanyahu, said 20 hostages would be freed in Gaza."
            ), "Israel")
    }
}

extension ReportingConstructionsTests {
    func testAPartWhoseWordsNameNoMeasureCountsWhatItsTotalCounts() {
        XCTAssertEqual(
            numeric(
                "Some 200 aid trucks entered Gaza on Sunday, and 42 of them were carrying tents."),
            ["aid.trucks about 200", "aid.trucks 42"])
        XCTAssertEqual(
            numeric(
                "The quake destroyed 700 buildings in Syria, and 418 of them came down completely."),
            [
                "quake.buildings_collapsed {place: Syria} 700",
                "quake.buildings_collapsed {place: Syria} 418",
            ])
        // A share, a vague few and a lone one are no count of the total's kind.
        XCTAssertEqual(
            numeric(
                "Some 200 aid trucks entered Gaza on Sunday, 80 per cent of them carrying food."),
            ["aid.trucks about 200"])
        XCTAssertEqual(
            numeric("Some 200 aid trucks entered Gaza on Sunday, several of them carrying tents."),
            ["aid.trucks about 200"])
    }
}

extension ReportingConstructionsTests {
    func testAnOpeningPhraseThatFramesTheFigureTellsItsKind() {
        // Right before the figure's clause, the phrase tells when its dead died.
        XCTAssertEqual(
            numeric("In the first hours after the pause in Gaza ended, 29 people were killed."),
            ["casualties.killed.event {place: Gaza} 29"])
        // Opened by a preposition that frames the sentence, it reaches a later clause.
        XCTAssertEqual(
            numeric(
                "Under the deal, Hamas is to free 50 hostages, and Israel is to free 150 prisoners."
            ),
            ["hostages.deal.size 50", "prisoners.deal.size 150"])
        // An opening phrase that names the report frames no figure.
        XCTAssertEqual(
            numeric(
                "In its daily bulletin released on Tuesday, the ministry said 8,260 people had been killed in Gaza."
            ),
            ["casualties.killed {place: Gaza} 8,260"])
        // A running total beside the day's dead is no day's.
        XCTAssertEqual(
            numeric(
                "In the past day, air strikes killed 704 people in Gaza, raising the number of dead over 18 days of war to 5,791."
            ),
            ["casualties.killed.event {place: Gaza} 704", "casualties.killed {place: Gaza} 5,791"])
    }
}

extension ReportingConstructionsTests {
    func testSoFarOpensNoClauseOfItsOwn() {
        // "so far" stays in the figure's clause, where it makes the count a running total.
        XCTAssertEqual(
            numeric("They add to the 51 Israelis freed so far under the truce in Gaza."),
            ["hostages.released {nationality: Israeli} 51"])
    }
}

extension ReportingConstructionsTests {
    func testOnceMoreAndAsWellAsOpenNoClause() {
        // "once more" keeps the strike in the clause the participle after it reports on.
        XCTAssertEqual(
            numeric(
                "Israeli shellfire struck the Jabalia refugee camp once more, killing four people."),
            ["casualties.killed.event {place: Gaza} 4"])
        // "as well as" lists more of what the verb before it did: the same handover.
        XCTAssertEqual(
            numeric(
                "On Friday Hamas passed three more Thai captives to the Red Cross, as well as 13 Israelis."
            ),
            [
                "hostages.released.event {nationality: Thai} 3",
                "hostages.released.event {nationality: Israeli} 13",
            ])
    }
}

extension ReportingConstructionsTests {
    func testFiguresJoinedBeforeTheParticipleTheyShareShareItsWords() {
        XCTAssertEqual(
            numeric(
                "The talks led to 86 Israeli and 24 foreign hostages being freed during the pause in Gaza."
            ),
            [
                "hostages.released {nationality: Israeli} 86",
                "hostages.released {group: foreigners} 24",
            ])
    }
}

extension ReportingConstructionsTests {
    func testThePlaceARelativeWhereDescribesHoldsItsFigures() {
        XCTAssertEqual(
            numeric("The earthquake devastated Turkey, where the dead now number more than 6,000."),
            ["quake.killed {place: Turkey} over 6,000"])
    }
}

extension ReportingConstructionsTests {
    func testAPlaceOwningTheFiguresIsTheirPlace() {
        // Like "Syria's toll", "Turkey's figures" are Turkey's.
        XCTAssertEqual(
            numeric("The ambassador gave Turkey's figures as 12,391 dead after the earthquake."),
            ["quake.killed {place: Turkey} 12,391"])
    }
}

extension ReportingConstructionsTests {
    func testAHyphenedDescribingWordStandsBeforeTheCountedNoun() {
        XCTAssertEqual(
            numeric("After the earthquake, a further 26 inter-agency trucks passed into Syria."),
            ["quake.aid_trucks {place: Syria} 26"])
        XCTAssertEqual(
            numeric("Hamas handed 11 dual-citizen captives from Gaza over to the Red Cross."),
            ["hostages.released.event {nationality: Dual} 11"])
    }
}

extension ReportingConstructionsTests {
    func testTheCountOfArrivalsCountsRefugees() {
        XCTAssertEqual(
            numeric(
                "Fighting in Sudan goes on. Arrivals in Chad since the start of the war went past 500,000."
            ),
            ["sudan.refugees {place: Chad} over 500,000"])
        XCTAssertEqual(
            numeric(
                "Fighting in Sudan goes on. More than 127,000 people have looked for safety in South Sudan."
            ),
            ["sudan.refugees {place: South Sudan} over 127,000"])
    }
}

extension ReportingConstructionsTests {
    func testAClauseOfTimeAroundTheFigureTellsARunningCount() {
        // An opening "while" clause frames the figures after it.
        XCTAssertEqual(
            numeric("While the temporary truce held, Hamas let 80 Israeli hostages go."),
            ["hostages.released {nationality: Israeli} 80"])
        // A "before" clause after the figure's is the figure's.
        XCTAssertEqual(
            numeric("Four hostages had been freed before the truce began."),
            ["hostages.released 4"])
    }
}

extension ReportingConstructionsTests {
    func testASetPhraseInsideAVerbGroupKeepsItsForm() {
        // "would in turn free" is a conditional, as "would free" is: a term of the deal.
        XCTAssertEqual(
            numeric(
                "Under the plan, Israel would in turn free 120 Palestinian security prisoners."),
            ["prisoners.deal.size 120"])
    }
}

extension ReportingConstructionsTests {
    func testHostagesBroughtIntoIsraelAreFreed() {
        XCTAssertEqual(
            numeric(
                "On Tuesday, 12 people who had been held in Gaza were driven across into Israel."),
            ["hostages.released.event 12"])
    }
}

extension ReportingConstructionsTests {
    func testEachFurtherBatchEarnsAnotherDay() {
        XCTAssertEqual(
            numeric(
                "Under the deal, for each further ten hostages freed, the pause will be lengthened by one day."
            ),
            ["hostages.deal.per_extra_day 10", "humanitarian_pause.extension_days 1"])
    }
}

extension ReportingConstructionsTests {
    func testAVagueFigureAfterOtherThingsCountedCountsPeople() {
        // The buildings counted before do not carry over to the homeless.
        XCTAssertEqual(
            numeric(
                "The earthquake destroyed 105,000 buildings and left millions without homes."),
            [
                "quake.buildings_collapsed 105,000",
                "quake.displaced 2,000,000–9,999,999 (vague)",
            ])
        // An exact figure after them is still counted as what was counted before.
        XCTAssertEqual(
            numeric("The earthquake destroyed 300 buildings and damaged 2,000."),
            ["quake.buildings_collapsed 300"])
    }
}

extension ReportingConstructionsTests {
    func testFiguresListedOnAfterAPartArePartsOfTheSameWhole() {
        XCTAssertEqual(
            numeric(
                "Hamas freed 17 hostages on Sunday. This latest group was made up of 13 Israelis, seven of them children, plus four Thai nationals."
            ),
            [
                "hostages.released.event 17", "hostages.released.event {nationality: Israeli} 13",
                "hostages.released.event {group: children} 7",
                "hostages.released.event {nationality: Thai} 4",
            ])
        // An aside about a part does not end the list.
        XCTAssertEqual(
            numeric(
                "Hamas freed 24 hostages on Friday. The group included 13 Israelis, some of them dual nationals, 10 Thais and one Filipino."
            ),
            [
                "hostages.released.event 24", "hostages.released.event {nationality: Israeli} 13",
                "hostages.released.event {nationality: Thai} 10",
                "hostages.released.event {nationality: Filipino} 1",
            ])
        // A figure followed by a clause of its own ends the list.
        XCTAssertEqual(
            numeric(
                "In Gaza, 8,300 people have been killed, 3,400 of them children, and 6,300 children have been wounded."
            ),
            [
                "casualties.killed {place: Gaza} 8,300",
                "casualties.killed {group: children, place: Gaza} 3,400",
                "casualties.wounded {group: children, place: Gaza} 6,300",
            ])
    }

    func testAPartBelongsToTheLastWholeItsWordsCanName() {
        // The truce's length has no nationality; the hostages freed have.
        XCTAssertEqual(
            numeric(
                "In all, 105 hostages were released over the seven-day truce, 81 of them Israelis and 24 of them foreign nationals."
            ),
            [
                "hostages.released 105", "humanitarian_pause.duration_days 7",
                "hostages.released {nationality: Israeli} 81",
                "hostages.released {group: foreigners} 24",
            ])
    }
}

extension ReportingConstructionsTests {
    func testAPlaceRightBeforeAFigureWhoseVerbIsLeftOutIsItsPlace() {
        XCTAssertEqual(
            numeric("After the earthquake, Turkey has recorded 8,574 deaths and Syria 2,662."),
            ["quake.killed {place: Turkey} 8,574", "quake.killed {place: Syria} 2,662"])
    }
}

extension ReportingConstructionsTests {
    func testTheOwnerOfThePeopleCountedMayStandBeforeThem() {
        XCTAssertEqual(
            numeric("He said that 17 of the agency's employees had been killed in Gaza."),
            ["casualties.killed {group: aid workers, place: Gaza} 17"])
        XCTAssertEqual(
            numeric("Israel's military says 444 of the country's soldiers have been killed."),
            ["casualties.killed {group: soldiers} 444"])
    }
}

extension ReportingConstructionsTests {
    func testAPlaceBeforeTheCountedNounIsTheirPlace() {
        XCTAssertEqual(
            numeric(
                "The number of Gaza Strip residents killed in the fighting has gone beyond 13,000."),
            ["casualties.killed {place: Gaza} over 13,000"])
        XCTAssertEqual(
            numeric("A further 29,800 Gaza residents have been wounded."),
            ["casualties.wounded {place: Gaza} 29,800"])
    }
}

extension ReportingConstructionsTests {
    func testPeopleWhoLeftAPlaceInsideTheCountryAreDisplaced() {
        XCTAssertEqual(
            numeric(
                "The RSF attacked Wad Madani. The WFP said roughly 300,000 people had left Al-Jazirah since clashes broke out there."
            ),
            ["sudan.displaced about 300,000"])
    }
}

extension ReportingConstructionsTests {
    func testAFigureAVerbOnlySupposesIsNoClaim() {
        XCTAssertEqual(
            numeric(
                "After the earthquake, WHO officials warned that the dead could eventually number as many as 20,000."
            ),
            [])
        // An estimate of what has happened is a claim.
        XCTAssertEqual(
            numeric(
                "After the earthquake, as many as 5.3 million Syrians may have lost their homes."),
            ["quake.displaced up to 5,300,000"])
    }
}

extension ReportingConstructionsTests {
    func testACueMeasureThatCountsTheNounBeforeComesFirst() {
        // People counted before and then missing are missing, not hostages held.
        XCTAssertEqual(
            numeric("Four Nepali students were wounded and one was missing."),
            ["casualties.wounded {nationality: Nepali} 4", "casualties.missing 1"])
    }
}

extension ReportingConstructionsTests {
    func testAPlaceMayBeDescribedBeforeItsName() {
        XCTAssertEqual(
            numeric(
                "The quake has killed more than 24,000 people, 3,553 of them in war-ravaged Syria."),
            ["quake.killed over 24,000", "quake.killed {place: Syria} 3,553"])
        // People moved to other provinces are displaced.
        XCTAssertEqual(
            numeric(
                "After the earthquake, around 400,000 residents of Hatay had been taken to other provinces."
            ),
            ["quake.displaced {place: Turkey} about 400,000"])
    }
}

extension ReportingConstructionsTests {
    func testAShareInAListOfPartsIsNoPart() {
        XCTAssertEqual(
            numeric(
                "At least 2,837 people have been killed by Israeli air strikes on Gaza – half of them children – and 10,000 others wounded."
            ),
            [
                "casualties.killed {place: Gaza} at least 2,837",
                "casualties.wounded {place: Gaza} 10,000",
            ])
    }
}

extension ReportingConstructionsTests {
    func testASentenceNamingTheWholesPeopleAgainOpensOnTheWhole() {
        XCTAssertEqual(
            numeric("Israel says 137 hostages remain in Gaza. Of the hostages, 117 are men."),
            ["hostages.held 137", "hostages.held 117"])
        // Naming people the whole before does not count opens on nothing.
        XCTAssertEqual(
            numeric("The truce lasted seven days. Of the hostages, 117 are men."),
            ["humanitarian_pause.duration_days 7"])
    }
}

extension ReportingConstructionsTests {
    func testAPartGoneToOtherCountriesCountsRefugees() {
        XCTAssertEqual(
            numeric(
                "The war in Sudan has uprooted over two million people, at least 528,000 of them to other countries."
            ),
            ["sudan.displaced over 2,000,000", "sudan.refugees at least 528,000"])
        XCTAssertEqual(
            numeric(
                "Fighting in Sudan has uprooted close to two million people, 476,000 of them across borders."
            ),
            ["sudan.displaced about 2,000,000", "sudan.refugees 476,000"])
    }

    func testShelterNamedWithAWordOnWhatItIsOrByAPronounHousesTheDisplaced() {
        XCTAssertEqual(
            numeric("After the earthquake, 23,500 survivors had moved into shipping containers."),
            ["quake.displaced 23,500"])
        XCTAssertEqual(
            numeric(
                "After the earthquake, 21,000 containers were installed, and 85,000 people are living in them."
            ),
            ["quake.displaced 85,000"])
        // A pronoun after "in" on its own names no shelter.
        XCTAssertEqual(
            numeric(
                "After the earthquake, mobile kitchens were set up, and the food cooked in them went to 19,330 people."
            ), [])
    }

    func testANumberNearingAFigureIsAboutIt() {
        XCTAssertEqual(
            numeric(
                "By Thursday, the number killed by the earthquakes in Turkey and Syria was nearing 17,000."
            ),
            ["quake.killed about 17,000"])
    }

    func testANeighbouringPlaceJoinsPlacesNotClauses() {
        XCTAssertEqual(
            numeric(
                "The number of people killed by the tremors that struck Turkey and neighbouring Syria has climbed beyond 9,500."
            ),
            ["quake.killed over 9,500"])
    }

    func testAnEarlierYearComparedAfterAFigureLeavesItTheStorys() {
        XCTAssertEqual(
            numeric(
                "The number of dead from the quake has risen to more than 23,000, now higher than the toll of Japan's 2011 disaster."
            ),
            ["quake.killed over 23,000"])
        // A relative clause after the earlier year's noun tells of that event.
        XCTAssertEqual(
            numeric(
                "After the earthquake, the toll in Turkey is now higher than that of the 1939 Erzincan quake, in which about 33,000 people died."
            ), [])
        // A year naming an event is no count.
        XCTAssertEqual(
            numeric(
                "After the earthquake, at least 19,388 deaths were confirmed in Turkey, more than the toll of the catastrophic 1999 quake."
            ),
            ["quake.killed {place: Turkey} at least 19,388"])
    }
}

extension ReportingConstructionsTests {
    func testAListMayAddItsNextPartWithTogetherWith() {
        XCTAssertEqual(
            numeric(
                "Hamas released 24 hostages on Friday. They included 13 Israelis, together with 10 Thais and one Filipino."
            ),
            [
                "hostages.released.event 24", "hostages.released.event {nationality: Israeli} 13",
                "hostages.released.event {nationality: Thai} 10",
                "hostages.released.event {nationality: Filipino} 1",
            ])
    }

    func testAWordExcludedInAnotherClauseLeavesTheFigure() {
        XCTAssertEqual(
            numeric(
                "The war in Sudan has killed 40,000 people and displaced 12 million, while aid groups warn the real toll may be far higher."
            ),
            ["sudan.killed 40,000", "sudan.displaced 12,000,000"])
        // In the figure's own clause it still excludes.
        XCTAssertEqual(
            numeric("The war in Sudan may be displacing 12 million people."), [])
    }

    func testARelativeClauseAfterAFigureDatesIt() {
        XCTAssertEqual(
            numeric("After the earthquake, the toll is more than the 18,400 who died in 2011."), [])
    }
}

extension ReportingConstructionsTests {
    func testOneMemberOfAGroupIsNoCount() {
        XCTAssertEqual(
            numeric(
                "The army said the air strike killed the commander, whom it described as one of the men who led the October 7 attack."
            ), [])
        XCTAssertEqual(
            numeric("The spokesman's son was one of those killed in Gaza on Tuesday."), [])
        // One taken from a group by a verb is still counted.
        XCTAssertEqual(
            numeric("Israeli troops in Gaza killed one of the hostages by mistake."),
            ["hostages.killed 1"])
    }
}

extension ReportingConstructionsTests {
    func testAFigureObjectOfItsOwnJoinedVerbTakesNoEarlierCue() {
        XCTAssertEqual(
            numeric(
                "The war has killed close to 20,000 Palestinians in Gaza and forced around 1.9 million people from their homes."
            ),
            ["casualties.killed {place: Gaza} about 20,000"])
        // A verb the figure is not the object of leaves the cue its own.
        XCTAssertEqual(
            numeric("The truce in Gaza will start on Friday morning and run for four days."),
            ["humanitarian_pause.duration_days 4"])
    }
}

extension ReportingConstructionsTests {
    func testDeathsFromDiseaseAreNoTollOfTheWar() {
        XCTAssertEqual(
            numeric(
                "The fighting in Sudan goes on, and a cholera outbreak has killed at least 388 people."
            ),
            [])
        // What else people lose is no death.
        XCTAssertEqual(
            numeric("The UN says more than a million people in Gaza have lost their homes."), [])
    }
}

extension ReportingConstructionsTests {
    func testAFigureUnderIfIsATermNotAnEvent() {
        XCTAssertEqual(
            numeric(
                "Israel is prepared for a truce in Gaza if Hamas frees about 40 of the hostages it holds."
            ),
            ["hostages.deal.size about 40"])
    }
}

extension ReportingConstructionsTests {
    func testBuildingsStillSearchedOrTheBuildingTradeAreNoCollapse() {
        XCTAssertEqual(
            numeric(
                "After the earthquake, Turkish authorities detained more than 100 building contractors."
            ),
            [])
        XCTAssertEqual(
            numeric(
                "After the earthquake, rescuers in Turkey were still working at 682 buildings on Tuesday."
            ),
            [])
    }
}

extension ReportingConstructionsTests {
    func testARatioIsNoCount() {
        XCTAssertEqual(
            numeric("The war in Sudan has forced one in every five Sudanese from their homes."), [])
        XCTAssertEqual(
            numeric(
                "Fewer than one in three of the roughly 240 hostages Hamas captured have been freed."
            ),
            ["hostages.taken about 240"])
    }
}

extension ReportingConstructionsTests {
    func testADayInBracketsAfterItsWeekdayIsADate() {
        XCTAssertEqual(
            numeric(
                "On Wednesday (13) Israel's government confirmed that 135 people are still held hostage in Gaza."
            ),
            ["hostages.held 135"])
    }
}

extension ReportingConstructionsTests {
    func testAReleaseToldInTheFutureIsADealTerm() {
        XCTAssertEqual(
            numeric(
                "Hamas confirmed that 50 women and children would leave Gaza, while Israel would free 150 Palestinian women and children from its prisons."
            ),
            ["hostages.deal.size 50", "prisoners.deal.size 150"])
        XCTAssertEqual(
            numeric(
                "To start with, Hamas will free 13 people, all of them women and children, the Qatari spokesman said."
            ),
            ["hostages.released.event 13"])
    }
}

extension ReportingConstructionsTests {
    func testTurkeysLeadersGiveTurkeysFigures() {
        XCTAssertEqual(
            numeric("According to Erdogan, 3,549 people were killed in the earthquake."),
            ["quake.killed {place: Turkey} 3,549"])
    }
}

extension ReportingConstructionsTests {
    func testTheAttackNamedByItsRaidsOrItsBorderCrossingIsIsraels() {
        XCTAssertEqual(
            numeric(
                "Israel went to war on October 7 in response to raids led by Hamas in which an estimated 1,400 people were killed, officials said."
            ),
            ["casualties.killed {place: Israel} about 1,400"])
        XCTAssertEqual(
            numeric(
                "Israel began its offensive in Gaza after Hamas fighters broke through the fortified frontier and killed 1,400 people."
            ),
            ["casualties.killed {place: Israel} 1,400"])
    }
}

extension ReportingConstructionsTests {
    func testASpeakerReadAsTheGazaHealthMinistrySpeaksForGaza() {
        XCTAssertEqual(
            numeric(
                "The death toll had reached 3,785, according to the enclave's health ministry."),
            ["casualties.killed {place: Gaza} 3,785"])
        XCTAssertEqual(
            numeric("Al-Qudra said the number of people reported missing had increased to 2,550."),
            ["casualties.missing {place: Gaza} 2,550"])
    }
}

extension ReportingConstructionsTests {
    func testTheDealsLengthInDaysIsItsTrucesLength() {
        XCTAssertEqual(
            numeric("The deal is meant to run for four days."),
            ["humanitarian_pause.duration_days 4"])
    }
}

extension ReportingConstructionsTests {
    func testARelativeClauseAfterTheNounTellsWhatTheFigureCounts() {
        XCTAssertEqual(
            numeric(
                "Officials praised the 17 Thai workers who had earlier been freed by the militants."
            ),
            ["hostages.released {nationality: Thai} 17"])
    }

    func testADayNamedByItsDateIsOneDaysDead() {
        XCTAssertEqual(
            numeric("On November 15, two soldiers died in fighting in the north of the Strip."),
            ["casualties.killed.event {group: soldiers, place: Gaza} 2"])
    }

    func testLettingTheFigureGoIsWhatHappened() {
        XCTAssertEqual(
            numeric("Under the agreement, Israel let 30 Palestinian prisoners go."),
            ["prisoners.released.event 30"])
    }

    func testPalestinianWomenAreDetainees() {
        XCTAssertEqual(
            numeric("Under the deal, 150 Palestinian women held by Israel will be released."),
            ["prisoners.deal.size {group: women} 150"])
    }

    func testBodiesFoundAfterASentenceOnHostagesAreHostagesBodies() {
        XCTAssertEqual(
            numeric(
                "The bodies of five hostages were recovered. Three bodies were located in a tunnel on Sunday."
            ),
            ["hostages.bodies_recovered 5", "hostages.bodies_recovered 3"])
    }
}

extension ReportingConstructionsTests {
    func testWhatMustHappenToTheTopicIsDemanded() {
        XCTAssertEqual(
            stances(
                "Jordan's foreign minister said adequate aid had to reach the Gaza Strip at once."),
            ["Jordan aid.entry demand"])
    }

    func testApprovalGivenByAPersonIsSupport() {
        XCTAssertEqual(
            stances(
                "Burhan has given his approval to a humanitarian ceasefire lasting seven days."),
            ["Burhan ceasefire support"])
    }
}

extension ReportingConstructionsTests {
    func testTheLengthATruceIsStretchedToIsItsLength() {
        XCTAssertEqual(
            numeric("The truce has now been stretched to six days."),
            ["humanitarian_pause.duration_days 6"])
        XCTAssertEqual(
            numeric("Egypt said the truce would run for an extra two days."),
            ["humanitarian_pause.extension_days 2"])
    }

    func testAWarThatDraggedOnIsNoTruce() {
        XCTAssertEqual(
            numeric(
                "The guns went quiet as a four-day truce took hold, bringing a halt to a war that had dragged on for forty-eight days."
            ),
            ["humanitarian_pause.duration_days 4"])
    }

    func testTheWholeTrucesReleasesNamedByThatPauseAreARunningCount() {
        XCTAssertEqual(
            numeric("Hamas freed 69 hostages during that original pause in the fighting."),
            ["hostages.released 69"])
    }

    func testThePalestinianSidesReleasesArePrisoners() {
        XCTAssertEqual(
            numeric("On the Palestinian side, those released were 24 women and 15 children."),
            [
                "prisoners.released.event {group: women} 24",
                "prisoners.released.event {group: children} 15",
            ])
    }

    func testTheWoundedLetOutAreNoHostages() {
        XCTAssertEqual(
            numeric(
                "At the same time, 17 wounded people had come out into Egypt and been driven to hospitals in Al-Arish."
            ),
            [])
    }

    func testThoseRescuersAreTryingToFreeAreNotYetRescued() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Rescuers were trying to free six people caught in the new tremors."
            ),
            [])
        XCTAssertEqual(
            numeric("The earthquake in Turkey. Police in Hatay managed to free one person."),
            ["quake.rescued {place: Turkey} 1"])
    }
}

extension ReportingConstructionsTests {
    func testTheMembersListedAfterACreditedGroupAreCredited() {
        XCTAssertEqual(
            stances(
                "Sudan war. The truce plan was brokered by several mediators, among them Egypt and Saudi Arabia."
            ),
            ["Egypt ceasefire support", "Saudi Arabia ceasefire support"])
    }

    func testAVowNotToStopOpposesACeasefire() {
        XCTAssertEqual(
            stances("Netanyahu said: \"We will not stop.\""),
            ["Netanyahu ceasefire oppose"])
    }
}

extension ReportingConstructionsTests {
    func testCuttingOffSuppliesOpposesThem() {
        XCTAssertEqual(
            stances("Israel is cutting off supplies of water, fuel and electricity to Gaza."),
            ["Israel aid.entry oppose", "Israel fuel.entry oppose"])
    }

    func testTradingHostagesForPrisonersIsTheDeal() {
        XCTAssertEqual(
            stances("Israel and Hamas agreed to trade hostages for prisoners."),
            ["Israel hostage_deal support", "Hamas hostage_deal support"])
    }

    func testTheTrucesFirstDaysAreNoLength() {
        XCTAssertEqual(
            numeric("Over the truce's first three days, 39 Israeli hostages walked free."),
            ["hostages.released {nationality: Israeli} 39"])
    }

    func testADiseasesDeathsAreNoWarToll() {
        XCTAssertEqual(
            numeric(
                "Sudan war. The World Health Organization says Sudan has recorded more than 11,000 cases of the disease and 316 deaths."
            ),
            [])
    }
}

extension ReportingConstructionsTests {
    func testHomesLostAndPeoplePouringIntoATownAreDisplaced() {
        XCTAssertEqual(
            numeric("Sudan war. Over four million have lost their homes."),
            ["sudan.displaced over 4,000,000"])
        XCTAssertEqual(
            numeric("Sudan war. Some 20,000 people poured into el-Obeid."),
            ["sudan.displaced about 20,000"])
    }
}

extension ReportingConstructionsTests {
    func testACallRenewedByItsHolderIsADemand() {
        XCTAssertEqual(
            stances("Sudan war. IGAD renewed its call for an immediate ceasefire."),
            ["IGAD ceasefire demand"])
    }
}

extension ReportingConstructionsTests {
    func testWhatMustStopIsACeasefireDemanded() {
        XCTAssertEqual(
            stances("Biden said the fighting had to stop."), ["Biden ceasefire demand"])
        XCTAssertEqual(
            stances("Sudan war. Blinken stressed that the war must be brought to an end."),
            ["United States ceasefire demand"])
        // A halt's last word is no cue of its own.
        XCTAssertEqual(
            stances("Israel and Hamas had agreed a four-day halt to hostilities."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
    }

    func testPlacesListedAtTheirFiguresCountWhatTheFirstCounted() {
        XCTAssertEqual(
            numeric(
                "Sudan war. Sudanese refugees in Egypt number 317,230, with Chad at 300,000 and South Sudan at 190,000."
            ),
            [
                "sudan.refugees {place: Egypt} 317,230", "sudan.refugees {place: Chad} 300,000",
                "sudan.refugees {place: South Sudan} 190,000",
            ])
    }

    func testAListingPatternWithNothingBeforeItGivesWayToTheNext() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Officials put the number of people killed in Turkey and Syria at more than 39,000."
            ),
            ["quake.killed over 39,000"])
    }
}

extension ReportingConstructionsTests {
    func testPressingForATopicDemandsIt() {
        XCTAssertEqual(
            stances("Sudan war. Egypt presses for a ceasefire."), ["Egypt ceasefire demand"])
    }

    func testPersuadingAnActorToAcceptATopicDemandsIt() {
        XCTAssertEqual(
            stances("Blinken has been trying to persuade Israel to accept pauses in the fighting."),
            ["United States humanitarian_pause demand"])
    }

    func testNeitherOneTopicNorAnotherUntilIsConditional() {
        XCTAssertEqual(
            stances(
                "Sudan war. Burhan said neither negotiations nor a truce would happen until the RSF left the cities."
            ),
            ["Burhan peace_talks conditional (until the RSF left the cities)"])
    }

    func testNoTalksBeforeTheWarEndsIsConditional() {
        XCTAssertEqual(
            stances("Hamas said there will be no talks on any swap deal before the war ends."),
            ["Hamas hostage_deal conditional (before the war ends)"])
    }
}

extension ReportingConstructionsTests {
    func testWhoIsSaidToHaveBeenHurtSpeaksForNoOne() throws {
        XCTAssertNil(try speaker("Sudan war. Ten people were said to have been wounded."))
        XCTAssertNil(try speaker("Sudan war. Ten were reported wounded in the shelling."))
        XCTAssertEqual(
            numeric("Sudan war. Ten were reported wounded in the shelling."), ["sudan.wounded 10"])
    }
}

extension ReportingConstructionsTests {
    func testThrowingOutOrScorningAPlanOpposesIt() {
        XCTAssertEqual(
            stances("Sudan war. Burhan has thrown out a ceasefire plan."),
            ["Burhan ceasefire oppose"])
        XCTAssertEqual(
            stances("Sudan war. Burhan poured scorn on the latest ceasefire plan."),
            ["Burhan ceasefire oppose"])
    }

    func testSudansMostSeniorGeneralIsBurhan() {
        XCTAssertEqual(
            stances("Sudan war. Sudan's most senior general has turned down a ceasefire proposal."),
            ["Burhan ceasefire oppose"])
        XCTAssertEqual(
            stances("Sudan war. The country's de facto ruler rejected the truce."),
            ["Burhan ceasefire oppose"])
    }

    func testLeaningOnAnActorToActDemandsIt() {
        XCTAssertEqual(
            stances(
                "Sudan war. The US is leaning harder on Sudan's military to take part in the peace talks."
            ),
            ["United States peace_talks demand"])
        XCTAssertEqual(
            stances("The US pushed Israel to let in more humanitarian supplies."),
            ["United States aid.entry demand"])
    }

    func testAnActionAfterAWordOfObligationIsDemanded() {
        XCTAssertEqual(
            stances("Sudan war. The RSF must send a delegation to Jeddah."),
            ["RSF peace_talks demand"])
        XCTAssertEqual(
            stances("Sudan war. Guterres said the RSF must send a delegation to Jeddah."),
            ["United Nations peace_talks demand"])
    }

    func testOfferingToFreeHostagesSupportsADeal() {
        XCTAssertEqual(
            stances("Hamas offered to release 50 women and children."),
            ["Hamas hostage_deal support"])
    }
}

extension ReportingConstructionsTests {
    func testAPhraseAfterAnEllipticalSecondFigureTellsOfBoth() {
        XCTAssertEqual(
            numeric(
                "At least 90 people have been killed and more than 100 hurt in the newest wave of Israeli attacks on Jabalia."
            ),
            [
                "casualties.killed.event {place: Gaza} at least 90",
                "casualties.wounded {place: Gaza} over 100",
            ])
    }
}

extension ReportingConstructionsTests {
    func testANounClosingATollPhraseCountsWhatTheTollCounts() {
        XCTAssertEqual(
            numeric("The earthquake in Turkey. The number of victims stood at over 1,700."),
            ["quake.killed over 1,700"])
    }

    func testArrivalsAtANamedBorderTownAreRefugees() {
        XCTAssertEqual(
            numeric(
                "Sudan war. At least 541,888 people have reached the town of Renk since April 2023."
            ),
            ["sudan.refugees {place: South Sudan} at least 541,888"])
        XCTAssertEqual(
            numeric("Sudan war. South Sudan has received 307,184 people fleeing the fighting."),
            ["sudan.refugees {place: South Sudan} 307,184"])
    }
}

extension ReportingConstructionsTests {
    func testStoppingAttacksOrIsraeliAggressionIsACeasefire() {
        XCTAssertEqual(
            stances("Iran has called on Israel to stop attacking Gaza."), ["Iran ceasefire demand"])
        XCTAssertEqual(
            stances("Jordan urged Israel to stop its military operations in Gaza."),
            ["Jordan ceasefire demand"])
        XCTAssertEqual(
            stances("Abbas called on the United States to bring Israeli aggression to an end."),
            ["Palestinian Authority ceasefire demand"])
    }
}

extension ReportingConstructionsTests {
    func testEveryActorOfAnUrgedListIsTheObject() {
        XCTAssertEqual(
            stances(
                "Sudan war. Egypt urged the Sudanese army and the RSF to go back to the negotiating table."
            ),
            ["Egypt peace_talks demand"])
    }

    func testACueWordInsideAnActorsNameIsNoCue() {
        XCTAssertEqual(stances("Sudan war. The Rapid Support Forces attacked El Fasher."), [])
    }

    func testANamesShortFormInBracketsKeepsTheListTogether() {
        XCTAssertEqual(
            stances(
                "Sudan war. The Rapid Support Forces (RSF) and the Sudanese Army have agreed to a ceasefire."
            ),
            ["RSF ceasefire support", "Sudanese army ceasefire support"])
    }

    func testReadyToNegotiateSupportsTalks() {
        XCTAssertEqual(
            stances("Sudan war. Dagalo said he was ready to negotiate."),
            ["Dagalo peace_talks support"])
    }
}

extension ReportingConstructionsTests {
    func testHaltingTheFightingTakesNoPositionOnTheDeal() {
        XCTAssertEqual(
            stances(
                "Israel released 39 prisoners under the deal with Hamas to halt the fighting in Gaza."
            ),
            [])
        XCTAssertEqual(stances("Qatar hopes a new truce will halt the bloodshed in Gaza."), [])
    }

    func testRefusingToSitDownWithTheOtherSideOpposesTalks() {
        XCTAssertEqual(
            stances("Sudan war. Dagalo said he will not hold talks with his main rival."),
            ["Dagalo peace_talks oppose"])
        XCTAssertEqual(
            stances("Sudan war. The Sudanese army has not sent any representatives to Geneva."),
            ["Sudanese army peace_talks oppose"])
    }

    func testTheArmyChiefIsBurhan() {
        XCTAssertEqual(
            stances("Sudan war. The army chief said he would not sit down with the RSF."),
            ["Burhan peace_talks oppose"])
    }
}

extension ReportingConstructionsTests {
    func testActorsJoinedToACreditedActorShareItsCredit() {
        XCTAssertEqual(
            stances(
                "The hostage deal was brokered by Qatar together with Egypt and the United States."),
            [
                "Qatar hostage_deal support", "Egypt hostage_deal support",
                "United States hostage_deal support",
            ])
    }

    func testAnAccentedNameIsTheSameName() {
        XCTAssertEqual(stances("Sánchez urged a permanent ceasefire."), ["Spain ceasefire demand"])
        // A state's foreign minister speaks for it.
        XCTAssertEqual(
            stances("Péter Szijjártó welcomed the truce."), ["Hungary humanitarian_pause support"])
        // A president who is not Biden speaks for the United States, not for Biden: the title
        // that names Biden alone is only a title before another name.
        XCTAssertEqual(
            stances("US President Donald Trump welcomed the truce."),
            ["United States humanitarian_pause support"])
        XCTAssertEqual(
            stances("The American president Trump welcomed the truce."),
            ["United States humanitarian_pause support"])
        XCTAssertEqual(
            stances("The American president welcomed the truce."),
            ["Biden humanitarian_pause support"])
        XCTAssertEqual(
            stances("US president Joe Biden welcomed the truce."),
            ["Biden humanitarian_pause support"])
    }

    func testAStatesAdjectiveNamesItUnlessPeopleFollow() {
        XCTAssertEqual(
            stances("Cairo turned down an American proposal for a ceasefire."),
            ["Egypt ceasefire oppose", "United States ceasefire support"])
        XCTAssertEqual(
            stances("The deal was reached through Qatari, Egyptian and American mediation."),
            [
                "Qatar hostage_deal support", "Egypt hostage_deal support",
                "United States hostage_deal support",
            ])
        // People from a state are not the state.
        XCTAssertEqual(stances("Two Egyptian women welcomed the truce."), [])
        XCTAssertEqual(stances("Latin American states urged a ceasefire."), [])
        // An agency's staff speak for it.
        XCTAssertEqual(
            stances("UN workers called for more aid."), ["United Nations aid.entry demand"])
    }

    func testAnObjectionFromAnActorIsItsOpposition() {
        XCTAssertEqual(
            stances("The fuel deliveries went ahead despite objections from Israel."),
            ["Israel fuel.entry oppose"])
        // The objector stands after the objection, never before it.
        XCTAssertEqual(
            stances(
                "The UN Security Council kept aid flowing despite objections from a local mayor."),
            [])
        // A veto is an objection its casters hold, each of them.
        XCTAssertEqual(
            stances(
                "Cross-border aid into Syria has been blocked by vetoes from Russia and China."),
            ["Russia aid.entry oppose", "China aid.entry oppose"])
    }

    func testALifelineIsSupportOfWhatItNames() {
        XCTAssert(
            stances(
                "The United Nations says aid through Bab al-Hawa is a vital lifeline for Syria."
            ).contains("United Nations crossings.opening support"))
    }

    func testFightingThatRestartedEndsThePause() {
        XCTAssertEqual(
            stances("The Israeli military announced that hostilities had restarted."),
            ["IDF humanitarian_pause oppose"])
        XCTAssertEqual(
            stances("The Israeli military said its troops were back in battle against Hamas."),
            ["IDF humanitarian_pause oppose"])
        // Fighting said to be about to restart after the pause is no lasting ceasefire.
        XCTAssertEqual(
            stances("Gallant said heavy fighting will start again once the truce is over."),
            ["Gallant ceasefire oppose"])
    }
}

extension ReportingConstructionsTests {
    func testAStopForASpanIsAPauseAndAStopForGoodACeasefire() {
        XCTAssertEqual(
            stances("Israel agreed to halt hostilities for four hours each day."),
            ["Israel humanitarian_pause support"])
        XCTAssertEqual(
            stances("Israel agreed to stop all military activity in Gaza for four days."),
            ["Israel humanitarian_pause support"])
        XCTAssertEqual(
            stances("Israel refused to end the fighting for good."), ["Israel ceasefire oppose"])
    }

    func testExtraDaysAreTheTrucesExtension() {
        XCTAssertEqual(
            stances("Hamas said it had agreed to the two extra days."),
            ["Hamas humanitarian_pause support"])
        XCTAssertEqual(
            stances("Hamas said it had agreed to prolong the humanitarian ceasefire."),
            ["Hamas humanitarian_pause support"])
        XCTAssertEqual(
            stances("Israel said it was ready to prolong its ceasefire with Hamas."),
            ["Israel humanitarian_pause support"])
    }

    func testPushingOnWithTheWarOpposesACeasefire() {
        XCTAssertEqual(
            stances("Netanyahu vowed to push on with the war once the truce ends."),
            ["Netanyahu ceasefire oppose"])
    }

    func testAPositionStillHeldKeepsItsCountedSubject() {
        XCTAssertEqual(
            stances(
                "The United States and Israel abstained. Both countries nonetheless remain firmly against a ceasefire."
            ),
            ["United States ceasefire oppose", "Israel ceasefire oppose"])
    }
}

extension ReportingConstructionsTests {
    func testACueEndingInToMayOpenATopicThatBeginsWithIt() {
        XCTAssertEqual(
            stances("Sudan war. Dagalo said he was willing to meet Burhan."),
            ["Dagalo peace_talks support"])
    }

    func testGettingReadyToActIsNoPosition() {
        XCTAssertEqual(
            stances("Hamas was getting ready to free another group of hostages."), [])
    }

    func testGoingToWhereTheTalksAreHeldOrMediatingBetweenTheSidesSupportsThem() {
        XCTAssertEqual(
            stances("Sudan war. The RSF has already agreed to go to Geneva."),
            ["RSF peace_talks support"])
        XCTAssertEqual(
            stances(
                "Sudan war. Saudi Arabia and the US have been mediating between the two sides."),
            ["Saudi Arabia peace_talks support", "United States peace_talks support"])
    }
}

extension ReportingConstructionsTests {
    func testLaunchingAnAppealAsksForHelp() {
        XCTAssertEqual(
            stances("The earthquake in Turkey. The UN launched an appeal for almost $400 million."),
            ["United Nations international_aid demand"])
    }
}

extension ReportingConstructionsTests {
    func testTheyOrACountedGroupOpeningASentenceAreTheActorsNamedLast() {
        XCTAssertEqual(
            stances(
                "Sudan war. Saudi Arabia and the United States met on Sunday. They urged the RSF to sign up to a fresh ceasefire."
            ),
            ["Saudi Arabia ceasefire demand", "United States ceasefire demand"])
        XCTAssertEqual(
            stances(
                "Sudan war. Saudi Arabia and the United States met on Sunday. The pair urged both the RSF and the army to take part seriously in the talks."
            ),
            ["Saudi Arabia peace_talks demand", "United States peace_talks demand"])
    }
}

extension ReportingConstructionsTests {
    func testADayOrMoreOfHoursIsNoDailyWindow() {
        XCTAssertFalse(
            numeric("The pause will be lengthened by 24 hours for every extra 10 hostages freed.")
                .contains { $0.hasPrefix("humanitarian_pause.hours_per_day") })
        XCTAssertEqual(
            numeric("Israel agreed to daily four-hour pauses in the north."),
            ["humanitarian_pause.hours_per_day 4"])
    }
}

extension ReportingConstructionsTests {
    func testTrappedInAPlaceIsNotMissing() {
        XCTAssertEqual(
            numeric("Gaza's health ministry said some 650 people may be trapped inside Al-Shifa."),
            [])
        XCTAssertEqual(
            numeric("Gaza's health ministry said some 1,500 people are trapped under the rubble."),
            ["casualties.missing {place: Gaza} about 1,500"])
    }
}

extension ReportingConstructionsTests {
    func testReachingACampOrSaferGroundIsDisplacement() {
        XCTAssertEqual(
            numeric(
                "Sudan war. More than 16,200 people have reached the Tawila camps from el-Fasher."),
            ["sudan.displaced {place: Darfur} over 16,200"])
    }
}

extension ReportingConstructionsTests {
    func testSmallerTremorsAreAftershocks() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Seismologists registered more than 9,000 smaller tremors."
            ),
            ["quake.aftershocks over 9,000"])
    }
}

extension ReportingConstructionsTests {
    func testDogHandlersAndResponsePersonnelAreRescuers() {
        XCTAssertEqual(
            numeric("The earthquake in Turkey. Spain sent three dog handlers with their dogs."),
            ["quake.rescuers 3"])
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Upwards of 1,400 emergency response personnel were deployed."
            ),
            ["quake.rescuers over 1,400"])
    }
}

extension ReportingConstructionsTests {
    func testSponsoringOrLeadingTheTalksSupportsThem() {
        XCTAssertEqual(
            stances(
                "Sudan war. The envoys met again for negotiations under Saudi and US sponsorship."),
            ["Saudi Arabia peace_talks support", "United States peace_talks support"])
        XCTAssertEqual(
            stances("Sudan war. Washington and Riyadh have led efforts to negotiate a settlement."),
            ["United States peace_talks support", "Saudi Arabia peace_talks support"])
    }

    func testAGreatDealIsAnAmountNoAgreement() {
        XCTAssertEqual(stances("Israel said the shelling had eased a great deal since Friday."), [])
    }

    func testAPluralPossessiveCallIsAnsweredByWhoWelcomesIt() {
        XCTAssertEqual(
            stances("Sudan war. Burhan welcomed Guterres' appeal for a ceasefire."),
            ["United Nations ceasefire demand", "Burhan ceasefire support"])
    }

    func testLeavingTheQuakeZoneByBusOrTrainIsDisplacement() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. After the quake, 12,000 people travelled out by bus and 16,993 left by train."
            ),
            ["quake.displaced 12,000", "quake.displaced 16,993"])
    }
}

extension ReportingConstructionsTests {
    func testTheDisplacedPopulationIsTheDisplacedCount() {
        XCTAssertEqual(
            numeric("Sudan war. The internally displaced population has passed ten million."),
            ["sudan.displaced over 10,000,000"])
    }

    func testWhatComesFirstIsDemanded() {
        XCTAssertEqual(
            stances("Belgium said the first priority was for the violence to stop."),
            ["Belgium ceasefire demand"])
        XCTAssertEqual(
            stances("Egypt called the urgent delivery of humanitarian aid to Gaza vital."),
            ["Egypt aid.entry demand"])
    }
}

extension ReportingConstructionsTests {
    func testAProjectedTollIsNoCount() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. The quake could push the country's death toll above 72,000, a business group has projected."
            ), [])
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. The monitor expected the Syrian death toll to go beyond 7,000."
            ), [])
    }
}

extension ReportingConstructionsTests {
    func testFlightForecastOrFromElsewhereIsNoCountOfTheWar() {
        XCTAssertEqual(
            numeric(
                "Sudan war. The fighting will probably push upwards of 1 million refugees out of Sudan by October."
            ), [])
        XCTAssertEqual(
            numeric("Sudan war. Sudan hosts over 800,000 refugees from South Sudan."), [])
    }

    func testDogsATeamBringsAreNoRescuers() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Mexico sent 150 rescuers and 16 search and rescue dogs."),
            ["quake.rescuers 150"])
    }
}

extension ReportingConstructionsTests {
    func testAPredicateJoinedToADemandedTopicIsDemandedToo() {
        XCTAssertEqual(
            stances(
                "Sudan war. IGAD urged the two sides to stop fighting and go back to the negotiating table."
            ),
            ["IGAD ceasefire demand", "IGAD peace_talks demand"])
    }
}

extension ReportingConstructionsTests {
    func testHeadsOfUNAgenciesSpeakForTheUN() {
        XCTAssertEqual(
            stances("Sudan war. Mr Fletcher urged an immediate ceasefire in El Fasher."),
            ["United Nations ceasefire demand"])
    }

    func testAPlanOrItsBackingCreditsWhoPutItForward() {
        XCTAssertEqual(
            stances(
                "Sudan war. The RSF accepted the truce, which has the support of Egypt and Saudi Arabia."
            ),
            ["RSF ceasefire support", "Egypt ceasefire support", "Saudi Arabia ceasefire support"])
    }

    func testIntroducingAMeasureOrWorkingForItSupportsIt() {
        XCTAssertEqual(
            stances("Israel will introduce daily humanitarian pauses in northern Gaza."),
            ["Israel humanitarian_pause support"])
        XCTAssertEqual(
            stances("Qatar said it is still working to get the pause renewed."),
            ["Qatar humanitarian_pause support"])
    }
}

extension ReportingConstructionsTests {
    func testAnAgencyNamedBeforeItsStaffStillCountsThem() {
        XCTAssertEqual(
            numeric("Sudan war. Three WFP staff were killed in the clashes."),
            ["sudan.killed 3"])
        XCTAssertEqual(
            numeric("Sudan war. Five humanitarians from WFP and UNICEF had lost their lives."),
            ["sudan.killed 5"])
    }
}

extension ReportingConstructionsTests {
    func testSanctionsAndCrossingsInOtherWords() {
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. Russia urged the West to scrap the restrictive measures in force against Syria."
            ),
            ["Russia sanctions.relief demand"])
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. The US would grant Syria six months of sanctions relief."
            ),
            ["United States sanctions.relief support"])
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. The White Helmets urged the UN to open three border points."
            ),
            ["White Helmets crossings.opening demand"])
    }
}

extension ReportingConstructionsTests {
    func testMoreOfThemCountsANewEvent() {
        XCTAssertEqual(
            numeric("Israeli strikes killed 12 more people in Khan Younis, the ministry said."),
            ["casualties.killed.event {place: Gaza} 12"])
        XCTAssertEqual(
            numeric("Hamas has let two more of its hostages go."),
            ["hostages.released.event 2"])
        // A running count the clause names keeps the figure a total.
        XCTAssertEqual(
            numeric("Sudan war. Three more aid workers have been killed since the war began."),
            ["sudan.killed 3"])
    }

    func testACountUpToAPointInTimeIsATotal() {
        XCTAssertEqual(
            numeric("Over the week of the truce, Hamas let more than 100 hostages go."),
            ["hostages.released over 100"])
        XCTAssertEqual(
            numeric("Prior to the truce, four hostages had been let go."),
            ["hostages.released 4"])
    }
}

extension ReportingConstructionsTests {
    func testBodiesFoundAndHomesLostInTheQuake() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. The bodies of 3,500 people have so far been found in Turkey."
            ),
            ["quake.killed {place: Turkey} 3,500"])
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Hundreds of thousands of people whose homes were destroyed are sleeping in cars."
            ),
            ["quake.displaced 200,000–999,999 (vague)"])
    }

    func testThoseWhoDidNotSurviveAreDead() {
        XCTAssertEqual(
            numeric("The earthquake in Turkey. In Syria, at least 5,900 people did not survive."),
            ["quake.killed {place: Syria} at least 5,900"])
    }

    func testSettlersAndPersonnelAreCountedPeople() {
        XCTAssertEqual(
            numeric("Some 36 civil defence personnel have been killed in Gaza."),
            ["casualties.killed {place: Gaza} about 36"])
        XCTAssertEqual(
            numeric("Three settlers were killed in the West Bank on Tuesday."),
            ["casualties.killed.event {place: West Bank} 3"])
    }
}

extension ReportingConstructionsTests {
    func testRunningForSafetyIsFlight() {
        XCTAssertEqual(
            numeric("Sudan war. Thousands of El Fasher residents are running for safety."),
            ["sudan.displaced {place: Darfur} 2,000–9,999 (vague)"])
    }

    func testSanctionsEasedByTheirTargetsName() {
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. The US suspended its Syria sanctions for half a year."),
            ["United States sanctions.relief support"])
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. The US would relieve Syria of some sanctions for several months."
            ),
            ["United States sanctions.relief support"])
    }
}

extension ReportingConstructionsTests {
    func testTrucksInLineAndConvoysAreNoDeliveries() {
        XCTAssertEqual(
            numeric("More than 700 lorries loaded with aid are queuing at the Rafah crossing."), [])
        XCTAssertEqual(numeric("The first two aid convoys entered Gaza on Saturday."), [])
        XCTAssertEqual(
            numeric("Some 100 trucks entered Gaza on Saturday."), ["aid.trucks about 100"])
    }
}

extension ReportingConstructionsTests {
    func testEvacueesAreNoFreedHostages() {
        XCTAssertEqual(
            numeric(
                "So far 4,531 Thais have been brought back from Israel on 27 flights, the ministry said."
            ), [])
        XCTAssertEqual(
            numeric("Hamas freed 10 Thais on Friday, the ministry said."),
            ["hostages.released.event {nationality: Thai} 10"])
    }
}

extension ReportingConstructionsTests {
    func testAGroupsPatronIsNoSupporter() {
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. Amnesty said the government and the factions backed by Turkey had blocked aid deliveries."
            ), [])
        XCTAssertEqual(
            stances("The truce was brokered by Qatar, and backed by Egypt."),
            ["Qatar humanitarian_pause support", "Egypt humanitarian_pause support"])
    }
}

extension ReportingConstructionsTests {
    func testAnOpenQuestionTakesNoPosition() {
        XCTAssertEqual(stances("Hamas has not said whether it would accept the deal."), [])
        XCTAssertEqual(stances("It is unclear whether Israel will accept the truce."), [])
        XCTAssertEqual(
            stances("Israel will accept the truce, whether or not Hamas frees more hostages."),
            ["Israel humanitarian_pause support"])
    }
}

extension ReportingConstructionsTests {
    func testTheBackersOfSomethingHoldNoPosition() {
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. Syria is struggling in its fight against terrorism and those who back it, the minister said of the sanctions."
            ), [])
    }
}

extension ReportingConstructionsTests {
    func testSearchersAndGendarmesAreRescuers() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Turkey deployed 5,873 police officers and 5,249 gendarmes to the quake zone."
            ),
            ["quake.rescuers 5,873", "quake.rescuers 5,249"])
    }
}

extension ReportingConstructionsTests {
    func testRoomForPeopleIsNoCountOfThem() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. The package included tents able to house 216 displaced people."
            ),
            [])
        XCTAssertEqual(
            numeric("The earthquake in Turkey. More than 50,000 people are living in shelters."),
            ["quake.displaced over 50,000"])
    }
}

extension ReportingConstructionsTests {
    func testForeseenRefugeesAreNoCount() {
        XCTAssertEqual(
            numeric(
                "Sudan war. The UN office foresees as many as 130,000 refugees coming into Ethiopia."
            ),
            [])
    }
}

extension ReportingConstructionsTests {
    func testAPartInAnAsideLeavesTheWholeItsVerb() {
        XCTAssertEqual(
            numeric(
                "The ministry said 32 people, 10 of them children, were killed in a strike on a school."
            ),
            ["casualties.killed.event 32", "casualties.killed.event {group: children} 10"])
        XCTAssertEqual(
            numeric(
                "Some 14,800 people have been killed, around 6,000 of them children, according to officials on Saturday."
            ),
            ["casualties.killed about 14,800", "casualties.killed {group: children} about 6,000"])
    }
}

extension ReportingConstructionsTests {
    func testTheCaptorNamedAsTheGroupIsNoBatch() {
        XCTAssertEqual(
            numeric("Just four hostages have been set free by the group."),
            ["hostages.released 4"])
    }
}

extension ReportingConstructionsTests {
    func testAnotherQuakeOrTheWarCountsNoneOfThisQuake() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Over 16,000 deaths have been reported, the most since the 2011 tsunami that killed almost 20,000."
            ),
            ["quake.killed over 16,000"])
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. The region shelters millions of people who fled their homes during the civil war."
            ),
            [])
    }
}

extension ReportingConstructionsTests {
    func testGettingReadyToLaunchAnOffensiveSupportsIt() {
        XCTAssertEqual(
            stances("Israel is getting ready to launch a ground offensive."),
            ["Israel ground_invasion support"])
    }
}

extension ReportingConstructionsTests {
    func testQuittingTalksOpposesThem() {
        XCTAssertEqual(
            stances("Sudan war. The army said it was quitting the Jeddah negotiations."),
            ["Sudanese army peace_talks oppose"])
    }
}

extension ReportingConstructionsTests {
    func testPeopleInTheGripOfCaptorsAreHeld() {
        XCTAssertEqual(
            numeric("Hamas still has at least 218 people in its grip."),
            ["hostages.held at least 218"])
        XCTAssertEqual(
            numeric("Some 240 people were seized as hostages."),
            ["hostages.taken about 240"])
    }

    func testPrisonersWalkingOutOfJailAreFreed() {
        XCTAssertEqual(
            numeric("On Friday, 39 Palestinian women and children walked out of Israeli jails."),
            ["prisoners.released.event 39"])
    }
}

extension ReportingConstructionsTests {
    func testHostagesShotByMistakeAreKilled() {
        XCTAssertEqual(
            numeric("The three hostages shot by mistake had been waving a white flag."),
            ["hostages.killed 3"])
    }
}

extension ReportingConstructionsTests {
    func testDottedAbbreviationsQualifyTheNoun() {
        XCTAssertEqual(
            numeric("On Friday Hamas released two US hostages."),
            ["hostages.released.event {nationality: American} 2"])
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. By Friday 95 U.N. aid trucks had crossed into Syria."
            ),
            ["quake.aid_trucks {place: Syria} 95"])
    }
}

extension ReportingConstructionsTests {
    func testALeaderRepeatingHisCountrysPositionHoldsIt() {
        XCTAssertEqual(
            stances("Netanyahu repeated that Israel would not agree to a ceasefire."),
            ["Netanyahu ceasefire oppose"])
    }
}

extension ReportingConstructionsTests {
    func testCrossBorderDeliveriesAreAidEntry() {
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. Damascus has for years opposed cross-border deliveries."
            ),
            ["Syria aid.entry oppose"])
    }
}

extension ReportingConstructionsTests {
    func testHelpNamedAsAHandIsInternationalAid() {
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. Turkey is grateful to every country that lent a hand."
            ),
            ["Turkey international_aid support"])
    }
}

extension ReportingConstructionsTests {
    func testTheUNEnvoyNamedBareSpeaksForTheUN() {
        XCTAssertEqual(
            stances("Wennesland hailed the news of a four-day humanitarian pause."),
            ["United Nations humanitarian_pause support"])
    }
}

extension ReportingConstructionsTests {
    func testADefiniteGroupIsTheActorsNamedBefore() {
        XCTAssertEqual(
            stances(
                "Saudi Arabia, Qatar and Egypt met in Amman on Saturday. "
                    + "The ministers urged an immediate ceasefire in Gaza."
            ),
            ["Saudi Arabia ceasefire demand", "Qatar ceasefire demand", "Egypt ceasefire demand"])
    }

    func testHeadingTheMediationSupportsTheDeal() {
        XCTAssertEqual(
            stances("Qatar is heading the mediation between Hamas and Israel."),
            ["Qatar hostage_deal support"])
    }
}

extension ReportingConstructionsTests {
    func testAnOverallTollHasNoOnePlace() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Counting the dead in Syria, the overall toll has risen "
                    + "to more than 54,000."
            ),
            ["quake.killed over 54,000"])
    }

    func testSheltersHousingPeopleCountTheDisplaced() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Some 21,000 containers are in place, housing 85,000 people."
            ),
            ["quake.displaced 85,000"])
    }
}

extension ReportingConstructionsTests {
    func testNationalityWordsInEverySpelling() {
        XCTAssertEqual(
            numeric("Hamas freed 17 hostages on Friday, among them two Argentineans."),
            ["hostages.released.event 17", "hostages.released.event {nationality: Argentine} 2"])
    }
}

extension ReportingConstructionsTests {
    func testTheDeadOfOneBuildingAreOneEvent() {
        XCTAssertEqual(
            numeric(
                "A residential building in Khan Younis was hit by air strikes, killing 26 people."
            ),
            ["casualties.killed.event {place: Gaza} 26"])
    }
}

extension ReportingConstructionsTests {
    func testATollAcrossTheCapitalAndOtherRegionsHasNoOnePlace() {
        XCTAssertEqual(
            numeric(
                "Sudan's war goes on. Some 400 people have been killed in fighting in Khartoum and "
                    + "other regions, health officials said."
            ),
            ["sudan.killed about 400"])
    }
}

extension ReportingConstructionsTests {
    func testAKeyRoleInTheTalksSupportsThem() {
        XCTAssertEqual(
            stances("Qatar played a key role in the hostage talks."),
            ["Qatar hostage_deal support"])
    }

    func testArrivingWhereTheTalksAreHeldJoinsThem() {
        XCTAssertEqual(
            stances("Sudan's war goes on. The RSF delegation has arrived in Geneva."),
            ["RSF peace_talks support"])
    }
}

extension ReportingConstructionsTests {
    func testCountingOnOthersToKeepATruceDemandsIt() {
        XCTAssertEqual(
            stances(
                "Sudan's war goes on. Washington is counting on the army and the RSF to respect the "
                    + "ceasefire."
            ),
            ["United States ceasefire demand"])
    }
}

extension ReportingConstructionsTests {
    func testUnimpededAccessIsAidEntry() {
        XCTAssertEqual(
            stances("Tedros urged unimpeded access to Gaza."),
            ["United Nations aid.entry demand"])
    }
}

extension ReportingConstructionsTests {
    func testADealReportedAsReachedIsSupported() {
        XCTAssertEqual(
            stances("Hamas confirmed that an agreement had been reached."),
            ["Hamas hostage_deal support"])
    }
}

extension ReportingConstructionsTests {
    func testAskingForTheEUCivilProtectionMechanismAsksForHelp() {
        XCTAssertEqual(
            stances(
                "The earthquake in Turkey. Ankara asked for the EU Civil Protection Mechanism to be "
                    + "triggered."
            ),
            ["Turkey international_aid demand"])
    }
}

extension ReportingConstructionsTests {
    func testACountryThatReceivedOrTookInPeopleIsWhereTheyAre() {
        XCTAssertEqual(
            numeric("Sudan's war goes on. Chad has received over 120,000 people since April."),
            ["sudan.refugees {place: Chad} over 120,000"])
        XCTAssertEqual(
            numeric("Sudan's war goes on. Egypt took in 90,000 refugees."),
            ["sudan.refugees {place: Egypt} 90,000"])
    }
}

extension ReportingConstructionsTests {
    func testAPlaceTheDisplacedHadToFleeIsTheirPlace() {
        XCTAssertEqual(
            numeric(
                "Sudan's war goes on. Upwards of 50,000 people have had to flee Nyala since August."
            ),
            ["sudan.displaced {place: Darfur} over 50,000"])
    }
}

extension ReportingConstructionsTests {
    func testRescueWorkJoinedToAidWorkCountsRescuers() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. More than 90,000 rescue and aid workers are on the ground."
            ),
            ["quake.rescuers over 90,000"])
    }
}

extension ReportingConstructionsTests {
    func testAGroupWhoseMembersAreListedAfterTheCueIsThoseMembers() {
        XCTAssertEqual(
            stances(
                "Several countries have called for a ceasefire in Gaza, among them Norway and "
                    + "Ireland."
            ),
            ["Norway ceasefire demand", "Ireland ceasefire demand"])
    }

    func testWhatABodyVotedForIsTheMotionLaterVotesAreOn() {
        XCTAssertEqual(
            stances(
                "The UN General Assembly voted by a wide margin for an immediate humanitarian "
                    + "ceasefire in Gaza. Seven states joined Israel in voting no, Austria, Nauru "
                    + "and Paraguay among them."
            ),
            [
                "Israel ceasefire oppose", "Austria ceasefire oppose", "Nauru ceasefire oppose",
                "Paraguay ceasefire oppose",
            ])
    }

    func testHelpingNegotiateADealBacksIt() {
        XCTAssertEqual(
            stances("The hostage deal, which Egypt helped negotiate, took effect on Friday."),
            ["Egypt hostage_deal support"])
    }

    func testTheTurkishSideIsTurkey() {
        XCTAssertEqual(
            stances("The earthquake in Turkey. The Turkish side thanked Japan for its help."),
            ["Turkey international_aid support", "Japan international_aid support"])
    }
}

extension ReportingConstructionsTests {
    func testAVerbAfterAWholeWithAPartIsThePartsOwn() {
        XCTAssertEqual(
            numeric("Nineteen of the 135 hostages have been declared dead."),
            ["hostages.killed 19", "hostages.held 135"])
        XCTAssertEqual(
            numeric("Twelve of the 24 freed hostages were Thai workers."),
            ["hostages.released.event 12", "hostages.released.event 24"])
    }
}

extension ReportingConstructionsTests {
    func testAPositionNamedAsANounIsItsOwners() {
        XCTAssertEqual(
            stances("Blinken noted Hamas's acceptance of the hostage deal."),
            ["Hamas hostage_deal support"])
        XCTAssertEqual(
            stances("Blinken noted Hamas's refusal to accept the hostage deal."),
            ["Hamas hostage_deal oppose"])
    }

    func testAnnouncingTheDealBacksIt() {
        XCTAssertEqual(
            stances("Israel and Hamas announced the hostage deal on Wednesday."),
            ["Israel hostage_deal support", "Hamas hostage_deal support"])
    }
}

extension ReportingConstructionsTests {
    func testTheTurkishQuakeZoneIsTurkey() {
        XCTAssertEqual(
            numeric("After the earthquake, 800 rescuers were at work in the Turkish quake zone."),
            ["quake.rescuers {place: Turkey} 800"])
    }
}

extension ReportingConstructionsTests {
    func testEnemyPersonnelAndGunmenArePeople() {
        XCTAssertEqual(
            numeric("Sudan war. The army said its raid had killed 89 enemy personnel."),
            ["sudan.killed.event 89"])
    }
}

extension ReportingConstructionsTests {
    func testAVerbJoinedByAndSharesTheEventOfTheClauseBefore() {
        XCTAssertEqual(
            numeric(
                "Farther north, in Jabalia, shelling wrecked a house in the Tuffah district and "
                    + "killed 14 people."
            ),
            ["casualties.killed.event {place: Gaza} 14"])
    }
}

extension ReportingConstructionsTests {
    func testTheNextDaysOfAPlanDoNotMakeAHandover() {
        XCTAssertEqual(
            numeric("They are the first of 50 hostages due to go free over the next few days."),
            ["hostages.deal.size 50"])
    }

    func testAClauseOpenedByWhomDescribesTheFiguresNoun() {
        XCTAssertEqual(
            numeric(
                "Hamas received the list of 33 prisoners whom Israel is due to free from its jails."
            ),
            ["prisoners.deal.size 33"])
    }
}

extension ReportingConstructionsTests {
    func testAFigureInAnAsideTakesTheVerbAfterTheAside() {
        XCTAssertEqual(
            numeric(
                "Aviva and her son, two Canadians held hostage in Gaza, have been freed unharmed."
            ),
            ["hostages.released.event {nationality: Canadian} 2"])
    }
}

extension ReportingConstructionsTests {
    func testADealNegotiatedAmongPartiesIsTheirs() {
        XCTAssertEqual(
            stances(
                "Under the arrangement negotiated among Hamas, Israel, Qatar and the United States, "
                    + "the release is to begin on Thursday."),
            [
                "Hamas hostage_deal support", "Israel hostage_deal support",
                "Qatar hostage_deal support", "United States hostage_deal support",
            ])
    }

    func testASpeakerBeforeARelativeAsideSpeaksWhatFollowsTheVerb() throws {
        XCTAssertEqual(
            try speaker(
                "Qatar, which is hosting the talks, says Israel and Hamas have agreed to "
                    + "prolong the truce."),
            "Qatar")
        XCTAssertEqual(
            stances(
                "Qatar, which is hosting the talks, says Israel and Hamas have agreed to prolong "
                    + "the truce."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
    }

    func testFightingOnAsIntentOpposesACeasefire() {
        XCTAssertEqual(
            stances("Sudan's war goes on. Burhan said the army was ready to fight until victory."),
            ["Burhan ceasefire oppose"])
        XCTAssertEqual(
            stances(
                "Sudan's war goes on. The army said it would press on with its military operations."
            ),
            ["Sudanese army ceasefire oppose"])
    }

    func testALeftOpenCrossingLetsAidIn() {
        XCTAssertEqual(
            stances(
                "Sudan's war goes on. The army said the Adre crossing will stay open for three months."
            ),
            ["Sudanese army aid.entry support"])
    }

    func testPeopleAPlaceLostAreItsDead() {
        XCTAssertEqual(
            numeric("The earthquake in Turkey. Syria has lost at least 3,162 people."),
            ["quake.killed {place: Syria} at least 3,162"])
        XCTAssertEqual(
            numeric("The earthquake in Turkey. More than 50,000 people in Hatay lost their homes."),
            ["quake.displaced {place: Turkey} over 50,000"])
    }

    func testPeopleWhoBecameRefugeesAreRefugees() {
        XCTAssertEqual(
            numeric(
                "The war in Sudan has uprooted 335,000 people inside the country, while 115,000 have become refugees."
            ),
            ["sudan.displaced 335,000", "sudan.refugees 115,000"])
    }

    func testInternalDisplacementIsACountOfTheDisplaced() {
        XCTAssertEqual(
            numeric("Internal displacement in Sudan tops 4.4 million."),
            ["sudan.displaced over 4,400,000"])
    }
}

extension ReportingConstructionsTests {
    func testAPassiveAgentMayBeAGroupNamedWithItsArticle() {
        XCTAssertEqual(
            stances("The truce deal was struck by the two sides on Wednesday."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
    }

    func testWorkNamedWithItsDoersCreditsThem() {
        XCTAssertEqual(
            stances(
                "Sudan's war goes on. The talks went ahead after mediation efforts carried out by "
                    + "Saudi Arabia and the United States."),
            ["Saudi Arabia peace_talks support", "United States peace_talks support"])
        XCTAssertEqual(
            stances(
                "Sudan's war goes on. The talks steered by the United States and Saudi Arabia have stalled."
            ),
            ["United States peace_talks support", "Saudi Arabia peace_talks support"])
        XCTAssertEqual(
            stances(
                "Sudan's war goes on. The army rejected the truce announced by the Rapid Support Forces."
            ),
            ["Sudanese army ceasefire oppose", "RSF ceasefire support"])
    }

    func testSudansPeacePlanIsATruce() {
        XCTAssertEqual(
            stances("Sudan's war goes on. Burhan attacked the peace plan backed by the Quad."),
            [
                "United States ceasefire support", "Saudi Arabia ceasefire support",
                "United Arab Emirates ceasefire support", "Egypt ceasefire support",
            ])
    }
}

extension ReportingConstructionsTests {
    func testHostagesBodiesToldByHowTheyDiedAreTheDeadInCaptivity() {
        XCTAssertEqual(
            numeric("Hamas still holds the remains of 20 hostages who died in its custody."),
            ["hostages.killed 20"])
    }

    func testBuildingsCollapsedOrDamagedBeyondRepairCountAsCollapsed() {
        XCTAssertEqual(
            numeric(
                "The earthquake in Turkey. Kurum said at least 164,000 buildings in Turkey have either "
                    + "collapsed or been so badly damaged that they must be pulled down."),
            ["quake.buildings_collapsed {place: Turkey} at least 164,000"])
    }
}

extension ReportingConstructionsTests {
    func testAParticipleAfterTheNounOfAPrepositionsObjectDescribesTheNoun() {
        XCTAssertEqual(
            numeric("The agreement provides for the release of 50 hostages held by Hamas."),
            ["hostages.deal.size 50"])
        XCTAssertEqual(
            numeric("The fate of 240 hostages held in Gaza is unknown."),
            ["hostages.held 240"])
    }
}

extension ReportingConstructionsTests {
    func testTheSecondFigureOfAPairSharesTheFirstsQualifier() {
        XCTAssertEqual(
            numeric(
                "Sudan's war goes on. The clashes have left more than 600 dead and 5,000 wounded."),
            ["sudan.killed over 600", "sudan.wounded over 5,000"])
        XCTAssertEqual(
            numeric(
                "Sudan's war goes on. The clashes have killed at least 600 people and wounded 5,000."
            ),
            ["sudan.killed at least 600", "sudan.wounded 5,000"])
    }
}

extension ReportingConstructionsTests {
    func testHowADemandIsToBeMetSetsNoCondition() {
        XCTAssertEqual(
            stances("Guterres called for the entry of humanitarian aid without restriction."),
            ["United Nations aid.entry demand"])
        XCTAssertEqual(
            stances("Israel will not allow aid in without the release of the hostages."),
            ["Israel aid.entry conditional (without the release of the hostages)"])
    }

    func testADemandedListGoesOnPastItemsThatAreNoTopic() {
        XCTAssertEqual(
            stances(
                "Guterres called for an immediate ceasefire, protection for civilians and the entry "
                    + "of humanitarian aid."),
            ["United Nations ceasefire demand", "United Nations aid.entry demand"])
    }
}

extension ReportingConstructionsTests {
    func testSudansTwoCampsOrForcesAreTheArmyAndTheRSF() {
        XCTAssertEqual(
            stances("Sudan's war goes on. Sudan's two warring camps have accepted a ceasefire."),
            ["Sudanese army ceasefire support", "RSF ceasefire support"])
    }
}

extension ReportingConstructionsTests {
    func testATruceBrokenOrProclaimedIsItsActorsStance() {
        XCTAssertEqual(
            stances(
                "The army charged the Rapid Support Forces with breaking a three-day ceasefire in Sudan."
            ),
            ["RSF ceasefire oppose"])
        XCTAssertEqual(
            stances("The RSF have proclaimed a three-month humanitarian ceasefire in Sudan."),
            ["RSF ceasefire support"])
    }

    func testTalksSponsoredOrDealingsPermittedAreSupported() {
        XCTAssertEqual(
            stances(
                "Efforts continue in the Jeddah talks, which Saudi Arabia and the United States sponsor."
            ),
            ["Saudi Arabia peace_talks support", "United States peace_talks support"])
        XCTAssertEqual(
            stances(
                "After the earthquake, the US said it will permit every financial transaction with Syria."
            ),
            ["United States sanctions.relief support"])
    }
}
