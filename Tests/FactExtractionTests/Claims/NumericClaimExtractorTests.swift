import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

final class NumericClaimExtractorTests: XCTestCase {
    /// The numeric claims the rules read, without the learned figure model (tested on its own).
    func numeric(_ text: String, date: String = "2023-11-08") -> [Claim] {
        Fixtures.extractor.withoutLearnedModels.claims(in: Fixtures.article(text, date: date))
            .filter {
                $0.kind == .numeric
            }
    }

    func summary(_ claims: [Claim]) -> [String] {
        claims.map {
            "\($0.topic)\($0.facets.isEmpty ? "" : "{\($0.facets.canonical)}") \($0.valueText)"
        }
    }

    func testABoundWrittenAfterTheNumberKeepsItsNounAndIsNoCueOfItsOwn() {
        XCTAssertEqual(
            summary(numeric("Ten or more people were killed in the strike on the school.")),
            ["casualties.killed.event at least 10"])
        XCTAssertEqual(
            summary(numeric("Biden asked Israel to halt its bombardment for three or more days.")),
            ["humanitarian_pause.duration_days at least 3"])
    }

    func testARelativeClauseOpenedByWhomIsPassedOverForTheSubjectsVerb() {
        XCTAssertEqual(
            summary(
                numeric("Ten Thai hostages whom Hamas had been holding were set free on Friday.")),
            ["hostages.released.event{nationality=Thai} 10"])
    }

    func testQualifiersBecomeIntervals() {
        XCTAssertEqual(
            summary(numeric("More than 240 hostages are held in Gaza.")), ["hostages.held over 240"]
        )
        XCTAssertEqual(
            summary(numeric("At least 1,200 people were killed in Israel.")),
            ["casualties.killed{place=Israel} at least 1,200"])
        XCTAssertEqual(
            summary(numeric("Fewer than 150 captives remain.")), ["hostages.held fewer than 150"])
        XCTAssertEqual(
            summary(numeric("As many as 50 hostages could be freed under the deal.")),
            ["hostages.deal.size up to 50"])
        let about = numeric("About 1,400 people were killed in Israel.")
        XCTAssertEqual(about.first?.quantity?.best, 1400)
        XCTAssertEqual(about.first?.quantity?.qualifier, .approximate)
    }

    func testAHedgedRangeKeepsBothEnds() {
        XCTAssertEqual(
            summary(
                numeric("An estimated 14,000 to 15,000 people fled Khartoum, Sudan's capital.")),
            ["sudan.displaced{place=Khartoum} 14,000–15,000"])
    }

    func testATotalBeforePartsInSeveralPlacesTakesNone() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The earthquake's dead number over 21,000, with at least 17,674 victims in Turkey and at least 3,377 in Syria."
                )),
            [
                "quake.killed over 21,000", "quake.killed{place=Turkey} at least 17,674",
                "quake.killed{place=Syria} at least 3,377",
            ])
    }

    func testAPlaceThatSaysTheNationalityLeavesItOut() {
        XCTAssertEqual(
            summary(
                numeric(
                    "At least 8,796 Palestinians, 3,648 of them children, have been killed in Gaza since Oct. 7."
                )),
            [
                "casualties.killed{place=Gaza} at least 8,796",
                "casualties.killed{group=children;place=Gaza} 3,648",
            ])
    }

    func testADailyPhraseIsTheNearerFiguresDay() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Under the deal, Israel will free 150 Palestinian prisoners, and 200 trucks of aid a day will be allowed into Gaza."
                )),
            ["prisoners.deal.size 150", "aid.trucks.planned{per=day} 200"])
    }

    func testAPlaceLabellingALineIsItsFiguresPlace() {
        XCTAssertEqual(
            summary(numeric("- Adana: 10 dead and 118 injured after the earthquake.")),
            ["quake.killed{place=Turkey} 10", "quake.injured{place=Turkey} 118"])
    }

    func testAClockTimeWithADotIsNoFigure() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The earthquake that hit Pazarcik at 04.17 was followed by 120 aftershocks.")),
            ["quake.aftershocks{place=Turkey} 120"])
    }

    func testTheCountryOfASpeakerNamedBefore() {
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake, Turkish Health Minister Fahrettin Koca put the injured in his country at 31,777."
                )),
            ["quake.injured{place=Turkey} 31,777"])
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake, Turkish authorities said 1,651 people had been killed.")),
            ["quake.killed{place=Turkey} 1,651"])
    }

    func testAWordNamingOneOfAUnitIsAFigure() {
        XCTAssertEqual(
            summary(numeric("Hamas broke the weeklong truce on Friday.")),
            ["humanitarian_pause.duration_days 7"])
        XCTAssertEqual(
            summary(numeric("During the week-long truce, the fighting stopped.")),
            ["humanitarian_pause.duration_days 7"])
        // With no truce to measure, a long week is no term of one.
        XCTAssertEqual(summary(numeric("After a week-long trip, the minister returned home.")), [])
    }

    func testHurtIsAToll() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Three dead and over 200 hurt as another earthquake strikes Hatay in Turkey.")),
            ["quake.killed{place=Turkey} 3", "quake.injured{place=Turkey} over 200"])
    }

    func testAPercentageIsAShareOfNeedOnly() {
        XCTAssertEqual(
            summary(
                numeric("The fuel that arrived covered just 9 percent of what is needed.")),
            ["fuel.share_of_need 9"])
        XCTAssertEqual(
            summary(
                numeric("UNRWA said the fuel covers only about 16.5% of what Gaza needs each day.")),
            ["fuel.share_of_need about 16.5"])
        // A share of a count is no count: "40% of them children" is no part of the toll.
        XCTAssertEqual(
            summary(
                numeric(
                    "The ministry said 11,000 people were killed in Gaza, 40% of them children.")),
            ["casualties.killed{place=Gaza} 11,000"])
    }

    func testOverOpeningASpanOfTimeBoundsNothing() {
        XCTAssertEqual(
            summary(numeric("Over seven days of truce, Hamas released 105 hostages.")),
            ["humanitarian_pause.duration_days 7", "hostages.released 105"])
        XCTAssertEqual(
            summary(numeric("Israel agreed to a truce of over seven days.")),
            ["humanitarian_pause.duration_days over 7"])
    }

    func testVagueWordsAndRanges() {
        XCTAssertEqual(
            numeric("Dozens of hostages were released.").first?.quantity?.qualifier, .vague)
        let range = numeric("Between 200 and 250 hostages are being held.").first?.quantity
        XCTAssertEqual(range?.qualifier, .range)
        XCTAssertEqual(range?.low, 200)
        XCTAssertEqual(range?.high, 250)
        // A vague quantity before a number word is multiplied by it, not read on its own.
        let few = numeric("A few hundred people were killed in Gaza.").first?.quantity
        XCTAssertEqual(few.map { [$0.low, $0.high] }, [200, 500])
        let several = numeric("Several thousand people were wounded in Gaza.").first?.quantity
        XCTAssertEqual(several.map { [$0.low, $0.high] }, [3000, 9000])
    }

    func testARangeRunningPastItsClauseIsReadWhole() {
        // The grammar layer ends a clause at "and"; the figure "between 50 and 100" spans it.
        let text =
            "Air strikes on the Jabalia camp have killed between 50 and 100 Palestinians and "
            + "wounded more than 150, the health ministry said."
        XCTAssertEqual(
            summary(numeric(text)),
            [
                "casualties.killed{place=Gaza} 50–100",
                "casualties.wounded{place=Gaza} over 150",
            ])
    }

    func testWordNumbersAndMultipliedGroups() {
        XCTAssertEqual(
            summary(numeric("So far two sets of two hostages have walked free.")),
            ["hostages.released 4"])
        XCTAssertEqual(
            summary(numeric("Hamas released forty-one hostages on Sunday.")),
            ["hostages.released.event 41"])
    }

    func testCompositionGivesTheTotalAndItsParts() {
        let claims = numeric(
            "Six hostages, including three Thais and two Americans, were released.")
        XCTAssertEqual(
            summary(claims),
            [
                "hostages.released.event 6", "hostages.released.event{nationality=Thai} 3",
                "hostages.released.event{nationality=American} 2",
            ])
        XCTAssertEqual(claims[1].wholeIndex, 0)
        XCTAssertFalse(claims[1].partsAreExhaustive)
        let list = numeric("On Friday 24 hostages were freed: 13 Israelis and 10 Thais.")
        XCTAssertEqual(list.count, 3)
        XCTAssertTrue(list[2].partsAreExhaustive)
        // Parts set off by a comma that add up to the total are its parts, of its topic.
        let summing = numeric(
            "Israel released 30 Palestinian prisoners, 23 minors and seven women.")
        XCTAssertEqual(
            summary(summing),
            [
                "prisoners.released.event 30", "prisoners.released.event{group=children} 23",
                "prisoners.released.event{group=women} 7",
            ])
        XCTAssertTrue(summing[2].partsAreExhaustive)
        // A list the verb says is the whole ("were made up of") is one even after a copula.
        XCTAssertEqual(
            summary(
                numeric(
                    "The 30 prisoners freed on Tuesday were made up of 15 women and 15 teenage boys."
                )
            ),
            [
                "prisoners.released.event 30", "prisoners.released.event{group=women} 15",
                "prisoners.released.event{group=children} 15",
            ])
    }

    func testMeasuresFollowTheNearestCue() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Hamas freed 13 hostages, and 39 Palestinian prisoners were released from Israeli jails."
                )),
            ["hostages.released.event 13", "prisoners.released.event 39"])
        XCTAssertEqual(
            summary(numeric("About 200 aid trucks entered Gaza through Rafah.")),
            ["aid.trucks about 200"])
        XCTAssertEqual(
            summary(numeric("Some 75,000 litres of fuel were delivered.")),
            ["fuel.litres.received about 75,000"])
        XCTAssertEqual(
            summary(numeric("The death toll in Gaza rose to 11,100, officials said.")),
            ["casualties.killed{place=Gaza} 11,100"])
    }

    func testUnknownNamesBeforeTheNounKeepTheLink() {
        // A place or unit name the vocabulary does not know, or an acronym, may qualify the noun.
        XCTAssertEqual(
            summary(
                numeric("After the earthquake, nine Galway firefighters were deployed to Hatay.")),
            ["quake.rescuers{place=Turkey} 9"])
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake, 30 specialist SAR volunteers were deployed to Hatay.")),
            ["quake.rescuers{place=Turkey} 30"])
        // One of a group counts nothing; a generic noun after a name is not taken.
        XCTAssertEqual(
            summary(
                numeric("After the earthquake, one of the Latvian rescuers spoke to reporters.")),
            [])
    }

    func testAPlaceNamingTheEventOrStruckByItIsTheFiguresPlace() {
        XCTAssertEqual(
            summary(numeric("Officials said the Malatya quake left 41 people injured.")),
            ["quake.injured{place=Turkey} 41"])
        XCTAssertEqual(
            summary(
                numeric(
                    "Since the earthquake hit eastern Turkey, 60 aftershocks have been recorded.")),
            ["quake.aftershocks{place=Turkey} 60"])
    }

    func testAFigureTakesThePlaceItsNeighboursTookFromTheSentenceBefore() {
        let claims = numeric(
            "The RSF and the Sudanese army fought for a third day in Zalingei, where at least 30 "
                + "civilians have been killed. Six children were among the dead, and another 14 "
                + "people were wounded.", date: "2023-06-10")
        XCTAssertEqual(
            summary(claims),
            [
                "sudan.killed{group=civilians;place=Darfur} at least 30",
                "sudan.killed{group=children;place=Darfur} 6",
                "sudan.wounded{place=Darfur} 14",
            ])
    }

    func testAFigureDatedBeforeTheStoryBeganIsHistory() {
        XCTAssertEqual(
            numeric(
                "In 1999, a quake of similar strength near Istanbul killed some 18,000 people.",
                date: "2023-02-08"
            ).count, 0)
        XCTAssertEqual(
            numeric(
                "About 33,000 people died in the Erzincan earthquake of 1939.", date: "2023-02-08"
            ).count, 0)
        XCTAssertEqual(
            numeric(
                "In 2020 Greek and Turkish rescuers worked together after a quake in the Aegean "
                    + "killed scores of people.", date: "2023-02-08"
            ).count, 0)
        XCTAssertEqual(
            numeric(
                "It is the worst disaster since the Marmara quake of 1999, in which more than "
                    + "17,000 people died.", date: "2023-02-15"
            ).count, 0)
        // "since 1939" measures the story against history; the figure is the story's.
        XCTAssertEqual(
            summary(
                numeric(
                    "The earthquake, Turkey's deadliest since 1939, has killed 45,000 people.",
                    date: "2023-02-25")),
            ["quake.killed 45,000"])
        // A count since a year before the story is history; a tenure in an aside is not.
        XCTAssertEqual(
            numeric(
                "Syria has been torn since 2011 by a war that has killed almost half a million "
                    + "people.", date: "2023-02-08"
            ).count, 0)
        XCTAssertEqual(
            numeric(
                "It is the first incursion into Gaza since 2014, when close to 70 soldiers were "
                    + "killed.", date: "2023-11-01"
            ).count, 0)
        XCTAssertEqual(
            summary(
                numeric(
                    "Hamas, in power in Gaza since 2007, says the offensive has killed 12,000 "
                        + "people in the territory.", date: "2023-11-18")),
            ["casualties.killed{place=Gaza} 12,000"])
        // A year after the story began dates the story itself (the Sudan war began in 2023).
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan, which broke out in April 2023, has killed at least 40,000 people.",
                    date: "2025-11-17")),
            ["sudan.killed at least 40,000"])
        // A four-digit count is no year.
        XCTAssertEqual(
            summary(
                numeric("In Sudan, 1800 people have been killed, ACLED says.", date: "2023-05-31")),
            ["sudan.killed 1,800"])
    }

    func testDotsBetweenGroupsOfThreeDigitsWriteThousands() {
        XCTAssertEqual(
            summary(
                numeric(
                    "In Syria the earthquake has killed 1.805 people, while 3.955 others were hurt.",
                    date: "2023-02-07")),
            ["quake.killed{place=Syria} 1,805", "quake.injured{place=Syria} 3,955"])
        // One or two decimals are a fraction.
        XCTAssertEqual(
            summary(
                numeric("The quake left 1.5 million people homeless in Turkey.", date: "2023-02-20")
            ),
            ["quake.displaced{place=Turkey} 1,500,000"])
    }

    func testAPeopleOfAPlaceOrHitByTheEventIsNoToll() {
        XCTAssertEqual(
            numeric(
                "Rescuers were sent to help the 14 million people hit by the earthquake.",
                date: "2023-02-08"
            ).count, 0)
        XCTAssertEqual(
            numeric(
                "The fighting has set off an emergency in Sudan, a nation of 48 million people.",
                date: "2024-06-30"
            ).count, 0)
    }

    func testEachFigureOfAListTakesThePlaceAfterIt() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Monday's earthquakes killed 12,391 people in Turkey and another 2,992 people in "
                        + "Syria, taking the confirmed toll to 15,383.", date: "2023-02-08")),
            [
                "quake.killed{place=Turkey} 12,391", "quake.killed{place=Syria} 2,992",
                "quake.killed 15,383",
            ])
    }

    func testAVerbThatCannotBePassiveIsTheSubjectsOwn() {
        // "died" is the people's own verb, not a participle describing them, so it names the
        // measure before "displaced" further on.
        XCTAssertEqual(
            summary(
                numeric(
                    "At least 12 people died in the strike on a shelter for displaced families in "
                        + "Darfur.", date: "2025-10-11")),
            ["sudan.killed.event{place=Darfur} at least 12"])
    }

    func testANumberJoinedToAWordThatCountsNothingIsNoFigure() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The RSF declared a one-sided ceasefire for three months in Sudan.",
                    date: "2025-11-24")),
            [])
    }

    func testAPassiveThatCountsAFigureNamesNoSpeaker() {
        let claims = numeric(
            "Of the earthquake's dead, 1,056 were counted in Aleppo and 914 more in Idlib.",
            date: "2023-02-08")
        XCTAssertEqual(
            summary(claims), ["quake.killed{place=Syria} 1,056", "quake.killed{place=Syria} 914"])
        XCTAssertEqual(claims.map(\.speaker), [nil, nil])
    }

    func testPartsOfATotalRunOnAfterPlus() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Hamas still holds 137 hostages, including 124 Israelis and eight Thais, plus "
                        + "one Nepali and one Tanzanian.")),
            [
                "hostages.held 137", "hostages.held{nationality=Israeli} 124",
                "hostages.held{nationality=Thai} 8", "hostages.held{nationality=Nepali} 1",
                "hostages.held{nationality=Tanzanian} 1",
            ])
    }

    func testDistractorsAreNotCounts() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The 30-day pause began on October 7, 2023, when five countries met at 10:30.")),
            ["humanitarian_pause.duration_days 30"],
            "the length of the pause, not a date, time or country count")
        XCTAssertEqual(
            numeric(
                "Gaza's 2.3 million people have endured 50 days of war, and a 6.4 tremor hit Hatay."
            )
            .count, 0)
        XCTAssertEqual(
            numeric("An 85-year-old woman was among those freed in the first round.").count, 0)
    }

    func testFiguresAwayFromTheirNounsAndHandoversAgainstTotals() {
        XCTAssertEqual(
            summary(numeric("The number of captives in the Strip has now risen to 229.")),
            ["hostages.held 229"])
        XCTAssertEqual(
            summary(numeric("Hamas freed 17 hostages on Sunday, bringing the total freed to 58.")),
            ["hostages.released.event 17", "hostages.released 58"])
        XCTAssertEqual(
            summary(numeric("Hamas freed 24 hostages on Friday, 13 of them Israelis.")),
            ["hostages.released.event 24", "hostages.released.event{nationality=Israeli} 13"])
        XCTAssertEqual(
            summary(
                numeric("Under the deal, Hamas will free 50 hostages and Israel 150 prisoners.")),
            ["hostages.deal.size 50", "prisoners.deal.size 150"])
        XCTAssertEqual(
            summary(numeric("A strike on a school in Gaza killed 12 people, medics said.")),
            ["casualties.killed.event{place=Gaza} 12"])
    }

    func testSpeakerCertaintyAndDate() throws {
        let claim = try XCTUnwrap(
            numeric(
                "The Israeli military said on Monday that 239 hostages are held in Gaza.",
                date: "2023-11-08"
            ).first)
        XCTAssertEqual(claim.speaker, "IDF")
        XCTAssertEqual(claim.certainty, .reported)
        XCTAssertEqual(claim.asOf.description, "2023-11-06")
        let believed = try XCTUnwrap(numeric("Over 200 hostages are believed to be in Gaza.").first)
        XCTAssertEqual(believed.certainty, .believed)
        XCTAssertNil(believed.speaker)
        let according = try XCTUnwrap(
            numeric("According to the Gaza health ministry, 10,022 people have been killed.").first)
        XCTAssertEqual(according.speaker, "Gaza health ministry")
        let trailing = try XCTUnwrap(
            numeric("At least 43 people were killed in Gaza, according to local journalists.").first
        )
        XCTAssertEqual(trailing.speaker, "local journalists")
        let claimed = try XCTUnwrap(
            numeric("A Hamas official claimed that 50 hostages were killed by air strikes.").first)
        XCTAssertEqual(claimed.certainty, .claimed)
    }

    func testQuoteAndOffsetsPointIntoTheBody() throws {
        let text = "Talks resumed. More than 240 hostages are held in Gaza."
        let claim = try XCTUnwrap(numeric(text).first)
        let body = Array(text.utf8)
        XCTAssertEqual(String(decoding: body[claim.start..<claim.end], as: UTF8.self), claim.quote)
        XCTAssertEqual(claim.quote, "More than 240 hostages are held in Gaza.")
        XCTAssertTrue(
            claim.provenance.hasPrefix("numeric:hostages.held:figure-noun:"), claim.provenance)
    }

    func testAnEventTheFigureNamesStandsBeforeAPlaceAnotherFigureIsGiven() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Israel has said about 1,200 people were killed in the Hamas assault and more than 200 were taken hostage into Gaza."
                )),
            ["casualties.killed{place=Israel} about 1,200", "hostages.taken over 200"])
    }

    func testOverBeforeDaysAfterWhatIsCountedSpansThem() {
        XCTAssertEqual(
            summary(numeric("Under the truce, Hamas is to free 50 hostages over four days.")),
            ["hostages.deal.size 50", "humanitarian_pause.duration_days 4"])
        XCTAssertEqual(
            summary(numeric("The truce has held for over four days.")),
            ["humanitarian_pause.duration_days over 4"])
        XCTAssertEqual(
            summary(numeric("The truce lasted over four days.")),
            ["humanitarian_pause.duration_days over 4"])
        // After a verb of what is done, too: "would be let go over four days".
        XCTAssertEqual(
            summary(
                numeric("Fifty women and children would be let go over four days under the truce.")
            ),
            ["hostages.deal.size 50", "humanitarian_pause.duration_days 4"])
    }

    func testAVagueFigureTakesTheCueThatGovernsItBeforeIt() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Fighting between the army and the RSF in Khartoum has driven thousands from their homes."
                )),
            ["sudan.displaced{place=Khartoum} 2,000–9,999 (vague)"])
        XCTAssertEqual(
            summary(numeric("The war in Sudan has killed thousands, uprooting 10 million people.")),
            ["sudan.killed 2,000–9,999 (vague)", "sudan.displaced 10,000,000"])
    }

    func testAMeasuresContextMayComeFromTheSentenceBeforeWhenItSaysSo() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Fuel deliveries to Gaza resumed on Friday. Roughly 70,000 litres are to enter every day."
                )),
            ["fuel.litres.approved{per=day} about 70,000"])
        XCTAssertEqual(
            summary(numeric("Roughly 70,000 litres are to enter every day.")), [])
    }

    func testAClauseOfTimeAfterTheFigureTellsWhenItHappened() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The Hamas-run health ministry in Gaza said 178 people had been killed since the morning."
                )),
            ["casualties.killed.event{place=Gaza} 178"])
        XCTAssertEqual(
            summary(
                numeric("The ministry said 15,000 people had been killed since the war began.")),
            ["casualties.killed 15,000"])
    }

    func testAnAsideBetweenAVagueFigureAndItsVerbKeepsTheVerb() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The earthquake struck Turkey. Hundreds of people, most of them civilians, have been killed."
                )),
            ["quake.killed 200–999 (vague)"])
    }

    func testAPlaceInThePartsOwnWordsIsThePartsAlone() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The UN said the earthquake toll in north-west Syria and southern Turkey is close to 40,000, 5,714 of them in Syria."
                )),
            ["quake.killed about 40,000", "quake.killed{place=Syria} 5,714"])
        // Set off by a comma, the place is the whole's as well as the part's.
        XCTAssertEqual(
            summary(
                numeric(
                    "Israeli troops have killed at least 237 Palestinians, 52 of them children, in the West Bank."
                )),
            [
                "casualties.killed{place=West Bank} at least 237",
                "casualties.killed{group=children;place=West Bank} 52",
            ])
    }

    func testSpeakersAfterANationalityAreNoCountedPeople() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Hamas would free 50 hostages held in Gaza, two Israeli officials said on Wednesday."
                )),
            ["hostages.deal.size 50"])
    }

    func testAPlaceThatCountsTheFigureIsItsPlace() {
        XCTAssertEqual(
            summary(numeric("After the earthquake, Turkey has reported at least 3,549 deaths.")),
            ["quake.killed{place=Turkey} at least 3,549"])
        // A place right before a figure whose verb is left out is that figure's.
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake, Turkey reported 17,134 deaths and Syria a further 3,317."
                )),
            ["quake.killed{place=Turkey} 17,134", "quake.killed{place=Syria} 3,317"])
    }

    func testAnExcludedPhraseJoinedByOrToACueCountsBoth() {
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake, 24,921 buildings in the region either collapsed or were badly damaged."
                )),
            ["quake.buildings_collapsed 24,921"])
        XCTAssertEqual(
            summary(numeric("The earthquake destroyed or badly damaged 156,000 buildings.")),
            ["quake.buildings_collapsed 156,000"])
        // Damage alone is no collapse.
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake, 550 buildings collapsed and 1,578 were badly damaged.")),
            ["quake.buildings_collapsed 550"])
    }

    func testACountAcrossTheWholeTruceIsNoHandover() {
        XCTAssertEqual(
            summary(numeric("Over the whole truce, Hamas let 105 civilians go.")),
            ["hostages.released 105"])
    }

    func testThereAfterANounIsNoSubjectOpeningAClause() {
        XCTAssertEqual(
            summary(numeric("An Israeli strike hit the camp. A strike there killed 46 people.")),
            ["casualties.killed.event 46"])
    }

    func testIsraelisAndForeignersHaveNoOneNationality() {
        XCTAssertEqual(
            summary(numeric("Some 155 Israelis and foreigners remain captive in Gaza.")),
            ["hostages.held about 155"])
        XCTAssertEqual(
            summary(numeric("Hamas has freed 81 Israelis and 24 foreigners.")),
            [
                "hostages.released{nationality=Israeli} 81",
                "hostages.released{group=foreigners} 24",
            ])
    }

    func testAParticipleAfterTheNounIsItsOwnMeasureBeforeAnotherFigure() {
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake the toll went up, with 1,541 people killed and 9,733 hurt."
                )),
            ["quake.killed 1,541", "quake.injured 9,733"])
    }

    func testAnAdverbAfterTheFigureEndsNoCountedNoun() {
        XCTAssertEqual(
            summary(numeric("The earthquake struck Turkey. The death toll rose to 360 overall.")),
            ["quake.killed 360"])
    }

    func testModifiersMayFollowANameOrDescribingWordBeforeTheNoun() {
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake, a 51-member Pakistani rescue team flew to Turkey.")),
            ["quake.rescuers{place=Turkey} 51"])
    }

    func testAPlaceAfterAnotherFigureJoinedByAndIsThatFigures() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Hamas gunmen stormed through southern Israel on Oct. 7, killing 1,200 people and carrying 240 captives back into Gaza."
                )),
            ["casualties.killed{place=Israel} 1,200", "hostages.held 240"])
    }

    func testHostagesExchangedOrWhoseFreedomWasSecuredAreFreed() {
        XCTAssertEqual(
            summary(
                numeric("Eight more hostages were exchanged on Thursday, day seven of the truce.")),
            ["hostages.released.event 8"])
        XCTAssertEqual(
            summary(numeric("Their mediation had secured freedom for 84 hostages.")),
            ["hostages.released.event 84"])
    }

    func testAClauseOfTimeOpeningTheSentenceTellsWhenTheNextHappened() {
        XCTAssertEqual(
            summary(numeric("Since the ceasefire began, Hamas has let go 63 Israeli hostages.")),
            ["hostages.released{nationality=Israeli} 63"])
        XCTAssertEqual(
            summary(numeric("After talks in Doha, Hamas freed 13 hostages on Friday.")),
            ["hostages.released.event 13"])
    }

    func testAPrepositionOfTimeBeforeARelativePronounBelongsToItsClause() {
        XCTAssertEqual(
            summary(numeric("It followed a pause during which 105 hostages were released.")),
            ["hostages.released 105"])
        XCTAssertEqual(
            summary(numeric("It followed a swap in which Hamas freed 13 hostages on Friday.")),
            ["hostages.released.event 13"])
    }

    func testASingularNounCountsALoneFigure() {
        XCTAssertEqual(
            summary(numeric("An air strike on a house in Rafah left one person dead.")),
            ["casualties.killed.event{place=Gaza} 1"])
    }

    func testWoundsCountTheWoundedUnlessTheyKilled() {
        XCTAssertEqual(
            summary(numeric("Some 5,132 people suffered wounds in the assault on Israel.")),
            ["casualties.wounded{place=Israel} about 5,132"])
        XCTAssertEqual(
            summary(numeric("At least 40 people died of their wounds in Gaza.")),
            ["casualties.killed{place=Gaza} at least 40"])
    }

    func testForecastsAndBuildingsOnlyLookedAtAreNoQuakeCounts() {
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake, UNICEF said thousands of children could be among the dead."
                )), [])
        XCTAssertEqual(
            summary(
                numeric(
                    "After the earthquake in Turkey, inspectors had looked at 927,000 buildings.")),
            [])
        XCTAssertEqual(
            summary(
                numeric("After the earthquake, more than 5,700 buildings collapsed in Turkey.")),
            ["quake.buildings_collapsed{place=Turkey} over 5,700"])
    }

    func testInternallyDisplacedPeopleAreCountedByTheirName() {
        XCTAssertEqual(
            summary(
                numeric("The war in Sudan goes on. The IOM put the number of IDPs at 9.05 million.")
            ),
            ["sudan.displaced 9,050,000"])
    }

    func testAFallbackCueNamesTheMeasureOnlyWhenNoOtherCueDoes() {
        XCTAssertEqual(
            summary(numeric("The hostages include one Nepali and one Tanzanian.")),
            ["hostages.held{nationality=Nepali} 1", "hostages.held{nationality=Tanzanian} 1"])
        XCTAssertEqual(
            summary(numeric("Seven children were among the hostages Hamas freed on Saturday.")),
            ["hostages.released.event{group=children} 7"])
        XCTAssertEqual(
            summary(numeric("Thousands of people, relatives of hostages among them, gathered.")),
            [])
    }

    func testShelterFoundInsideSudanIsDisplacement() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan goes on. At least half a million people live in Zamzam camp.")
            ),
            ["sudan.displaced{place=Darfur} at least 500,000"])
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan goes on. Thousands had sought shelter on the bank of the Blue Nile."
                )),
            ["sudan.displaced 2,000–9,999 (vague)"])
        XCTAssertEqual(
            summary(
                numeric("The war in Sudan goes on. Some 20,000 people have sought shelter in Chad.")
            ),
            ["sudan.refugees{place=Chad} about 20,000"])
    }

    func testACueOfTwoWordsMayHoldItsObjectBetweenThem() {
        XCTAssertEqual(
            summary(numeric("Hamas let four Thai workers go on Saturday.")),
            ["hostages.released.event{nationality=Thai} 4"])
        XCTAssertEqual(
            summary(numeric("Israeli prisons have so far let 117 Palestinians go.")),
            ["prisoners.released 117"])
        XCTAssertEqual(summary(numeric("Hamas let four Thai workers stay in Gaza.")), [])
    }

    func testAFewTheTextAlreadyKnowsAreNoCountWithoutAWordOfWhatHappened() {
        XCTAssertEqual(
            summary(numeric("Netanyahu described the deaths of the three hostages as a tragedy.")),
            [])
        XCTAssertEqual(
            summary(numeric("The army said the three hostages were killed in error.")),
            ["hostages.killed 3"])
    }

    func testAVerbJoinedByAndSharesTheModalOfTheVerbBefore() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The cabinet backed an agreement that would halt the fighting and see about 50 hostages freed."
                )),
            ["hostages.deal.size about 50"])
    }

    func testAMultipleOfTheNounItCountsIsADealsRate() {
        XCTAssertEqual(
            summary(
                numeric("In return Israel will free three times as many Palestinian prisoners.")),
            ["prisoners.deal.per_hostage 3"])
        XCTAssertEqual(
            summary(
                numeric(
                    "Shelters in Gaza now hold four times as many people as they were built for.")),
            [])
    }

    func testAPlaceReachedOrEnteredIsTheFiguresPlace() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan goes on. By June, 205,565 Sudanese had entered Egypt and 149,383 people had reached Chad."
                )),
            ["sudan.refugees{place=Egypt} 205,565", "sudan.refugees{place=Chad} 149,383"])
    }

    func testAPlaceLeftOrEscapedIsTheFiguresPlace() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan goes on. The UN says 26,030 people have escaped El Fasher and 1.7 million people have left Khartoum."
                )),
            ["sudan.displaced{place=Darfur} 26,030", "sudan.displaced{place=Khartoum} 1,700,000"])
    }

    func testAPlaceThatIsHomeToThePeopleCountedIsTheirPlace() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan goes on. Egypt is currently home to 546,746 Sudanese refugees, and Tawila now hosts more than 500,000 displaced people."
                )),
            ["sudan.refugees{place=Egypt} 546,746", "sudan.displaced{place=Darfur} over 500,000"])
        // Auxiliaries, adverbs and "become" may stand between the place and its hosting word.
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan goes on. Chad has already become home to 600,000 Sudanese refugees, and Renk is currently sheltering 23,000 displaced people."
                )),
            ["sudan.refugees{place=Chad} 600,000", "sudan.displaced{place=South Sudan} 23,000"])
        // A place the figure's people do not live in stays unnamed.
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan goes on. Chad said 600,000 Sudanese refugees need food aid."
                )),
            ["sudan.refugees 600,000"])
    }

    func testForeignHostagesAndForeignOnesAreTheForeignersGroup() {
        XCTAssertEqual(
            summary(
                numeric("Hamas let go of 13 Israeli hostages and four foreign ones on Saturday.")),
            [
                "hostages.released.event{nationality=Israeli} 13",
                "hostages.released.event{group=foreigners} 4",
            ])
    }

    func testAnOpeningPhraseOfTimeFramesTheSentenceVerbsAndAll() {
        XCTAssertEqual(
            summary(
                numeric(
                    "During a truce lasting seven days that started late in November, 105 hostages were let out of captivity."
                )),
            ["humanitarian_pause.duration_days 7", "hostages.released 105"])
    }

    func testAPastFormBeforeAnOwnedObjectIsTheClausesVerb() {
        // "lost their lives" is the civilians' own verb, not a participle describing them, so the
        // wounded of the next clause do not take their figure.
        XCTAssertEqual(
            summary(
                numeric(
                    "The war in Sudan goes on. At least 13 civilians lost their lives and 19 more were wounded in El Fasher on Monday."
                )),
            [
                "sudan.killed.event{group=civilians;place=Darfur} at least 13",
                "sudan.wounded{place=Darfur} 19",
            ])
    }

    func testASmallNumberBetweenCommasAfterANameIsAnAge() {
        XCTAssertEqual(
            summary(
                numeric(
                    "The army said the dead hostages were Yotam Haim, 28, and Samer Talalka, 24, and that 137 hostages were still held in Gaza."
                )),
            ["hostages.held 137"])
    }

    func testACueInsideOneOfItsMeasuresExcludedPhrasesIsNoCue() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Among those freed on Friday were 13 Israelis, some holding dual nationality, and 10 Thai citizens."
                )),
            [
                "hostages.released.event{nationality=Israeli} 13",
                "hostages.released.event{nationality=Thai} 10",
            ])
    }

    func testARelativeClauseCountsTheIncidentItsNounNames() {
        XCTAssertEqual(
            summary(
                numeric(
                    "He condemned a strike on a school in a refugee camp in which six people were killed."
                )),
            ["casualties.killed.event{place=Gaza} 6"])
        XCTAssertEqual(
            summary(numeric("The war, in which 11,000 people have been killed, goes on.")),
            ["casualties.killed 11,000"])
    }
}

extension NumericClaimExtractorTests {
    func testAFigureHedgedAsConsideredOrListedTakesTheCueAfterIt() {
        XCTAssertEqual(
            summary(numeric("The ministry said 7,000 are considered missing.")),
            ["casualties.missing 7,000"])
        XCTAssertEqual(
            summary(numeric("The number of hostages freed stood at just four.")),
            ["hostages.released 4"])
        XCTAssertEqual(
            summary(numeric("Some 190 are estimated to remain in captivity in Gaza.")),
            ["hostages.held about 190"])
    }
}

extension NumericClaimExtractorTests {
    func testRefugeesWhoManagedToReachOrWereCountedInANeighbour() {
        XCTAssertEqual(
            summary(numeric("Sudan's war goes on. 310,000 have succeeded in reaching Egypt.")),
            ["sudan.refugees{place=Egypt} 310,000"])
        XCTAssertEqual(
            summary(numeric("Sudan's war goes on. So far 20,000 have been counted in Chad.")),
            ["sudan.refugees{place=Chad} 20,000"])
    }
}

extension NumericClaimExtractorTests {
    func testPrisonersNamedInAProposedTradeAreADealsTerm() {
        XCTAssertEqual(
            summary(
                numeric(
                    "Hamas proposed trading the hostages for about 6,000 Palestinian prisoners.")),
            ["prisoners.deal.size about 6,000"])
    }
}

extension NumericClaimExtractorTests {
    func testAFigureAfterALabelOfASequenceCountsNothing() {
        XCTAssertEqual(
            summary(numeric("On day seven of the truce, Hamas let 8 more hostages go.")),
            ["hostages.released.event 8"])
        // After a determiner, "day" is a time and the figure counts what follows it.
        XCTAssertEqual(
            summary(numeric("On the day 13 hostages were freed, Israel released 39 prisoners.")),
            ["hostages.released.event 13", "prisoners.released.event 39"])
    }

    func testDaysAddedToATruceLengthenIt() {
        XCTAssertEqual(
            summary(numeric("A last-minute announcement added one more day to the Gaza truce.")),
            ["humanitarian_pause.extension_days 1"])
    }
}
