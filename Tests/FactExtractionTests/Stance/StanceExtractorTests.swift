import FactExtraction
import FactLedgerCore
import TestSupport
import XCTest

/// The stance rules, read without the learned stance model (whose verdicts
/// `StanceReviewTests` covers): these document what the rules themselves read.
final class StanceExtractorTests: XCTestCase {
    func stances(_ text: String) -> [String] {
        Fixtures.extractor.withoutLearnedModels.claims(in: Fixtures.article(text)).filter {
            $0.kind == .stance
        }.map {
            claim in
            "\(claim.actor ?? "?") \(claim.topic) \(claim.polarity?.rawValue ?? "?")"
        }
    }

    func testActorTopicAndPolarity() {
        XCTAssertEqual(
            stances("The world body called for a humanitarian pause."),
            ["United Nations humanitarian_pause demand"])
        XCTAssertEqual(
            stances("Qatar called for a humanitarian pause."), ["Qatar humanitarian_pause demand"])
        XCTAssertEqual(stances("Netanyahu ruled out a ceasefire."), ["Netanyahu ceasefire oppose"])
        XCTAssertEqual(
            stances("The White House backed the hostage deal."), ["Biden hostage_deal support"])
    }

    func testAnActorJoinedToABrokeringWordSupportsTheTopicAfterIt() {
        XCTAssertEqual(
            stances("The hostages were freed under a Qatar-brokered truce."),
            ["Qatar humanitarian_pause support"])
    }

    func testWhatAnActorSetsOutToDoIsItsOwnStanceNoDemand() {
        XCTAssertEqual(
            stances("Qatar is seeking to revive the hostage deal."),
            ["Qatar hostage_deal support"])
        XCTAssertEqual(
            stances("Washington has invited the two sides to peace talks in Geneva."),
            ["United States hostage_deal support"])
    }

    func testAShortPhraseMaySplitAVerbFromItsParticle() {
        XCTAssertEqual(
            stances("Guterres called in a statement for an immediate ceasefire."),
            ["United Nations ceasefire demand"])
        XCTAssertEqual(
            stances("Egypt has appealed once again for a humanitarian pause."),
            ["Egypt humanitarian_pause demand"])
        // A pronoun between them is the verb's object, not part of a phrase.
        XCTAssertEqual(
            stances("Egypt calls itself the Friend for a Ceasefire."), [])
    }

    func testWhatAStanceIsForIsAskedForOrBackedWithIt() {
        XCTAssertEqual(
            stances("Malta called for extended pauses to let humanitarian aid reach the enclave."),
            ["Malta humanitarian_pause demand", "Malta aid.entry demand"])
        XCTAssertEqual(
            stances("The Arab League demanded a ceasefire so that humanitarian aid could get in."),
            ["Arab League ceasefire demand", "Arab League aid.entry demand"])
        // A phrase of place or time and a comma may close the topic before its purpose.
        XCTAssertEqual(
            stances(
                "Jordan urged a truce of three days in Gaza, so that emergency aid could reach every area."
            ),
            ["Jordan humanitarian_pause demand", "Jordan aid.entry demand"])
        // Only a demand carries its purpose across such a phrase.
        XCTAssertEqual(
            stances("Jordan supported pauses in the fighting so that aid could reach civilians."),
            ["Jordan humanitarian_pause support"])
        // What an opposed stance would have been for is not opposed with it.
        XCTAssertEqual(
            stances("Israel rejected a ceasefire to let aid in."), ["Israel ceasefire oppose"])
    }

    func testTheAuthorsOfAMotionDemandWhatItCallsFor() {
        XCTAssertEqual(
            stances("The text, put forward by Malta, calls for humanitarian pauses in Gaza."),
            ["Malta humanitarian_pause demand"])
        XCTAssertEqual(
            stances("A UAE-drafted resolution demands a ceasefire in Gaza."),
            ["United Arab Emirates ceasefire demand"])
        // Putting forward a plan of one's own is backing it.
        XCTAssertEqual(
            stances("Egypt put forward a new plan for a truce in Gaza."),
            ["Egypt humanitarian_pause support"])
    }

    func testWhoGrantsARequestBacksWhatTheRequesterDemands() {
        XCTAssertEqual(
            stances(
                "Israel's war cabinet agreed to a US request that two fuel tankers enter Gaza daily."
            ),
            ["Israeli war cabinet fuel.entry support", "United States fuel.entry demand"])
    }

    func testFightingOnUntilAGoalIsMetOpposesWhileNotStoppingUntilSetsACondition() {
        XCTAssertEqual(
            stances("Israel will keep fighting until Hamas is destroyed."),
            ["Israel ceasefire oppose"])
        XCTAssertEqual(
            stances("Israel will not stop the war until Hamas is destroyed."),
            ["Israel ceasefire conditional"])
        XCTAssertEqual(
            stances("Israel will keep fighting unless Hamas frees the hostages."),
            ["Israel ceasefire conditional"])
    }

    func testADatelineNamesWhereAReportWasFiledNotWhoHoldsAStance() {
        XCTAssertEqual(
            stances("JAKARTA - A resolution calling for a humanitarian pause failed on Wednesday."),
            [])
        XCTAssertEqual(
            stances("DOHA, Nov 24 (Reuters) - Egypt welcomed the truce on Friday."),
            ["Egypt humanitarian_pause support"])
        XCTAssertEqual(stances("QATAR backs the truce."), ["Qatar humanitarian_pause support"])
        XCTAssertEqual(
            stances("New Delhi: Egypt welcomed the truce on Friday."),
            ["Egypt humanitarian_pause support"])
        XCTAssertEqual(
            stances("Tel Aviv, December 24: Egypt welcomed the truce on Friday."),
            ["Egypt humanitarian_pause support"])
    }

    func testReopeningACrossingSupportsAidAndShuttingItOpposes() {
        XCTAssertEqual(
            stances("Sudan said it will reopen the Adre crossing."), ["Sudan aid.entry support"])
        XCTAssertEqual(
            stances("The Sudanese army shut the Adre crossing in February."),
            ["Sudanese army aid.entry oppose"])
    }

    func testWhatWeNeedInReportedWordsIsADemand() {
        XCTAssertEqual(
            stances("\"We need a ceasefire now,\" Guterres said."),
            ["United Nations ceasefire demand"])
    }

    func testASpeakerWhoIsPartOfTheHolderHoldsTheStance() {
        XCTAssertEqual(
            stances("Israel will not accept a ceasefire, Netanyahu said."),
            ["Netanyahu ceasefire oppose"])
    }

    func testTheSubjectHoldsTheStanceNotTheObject() {
        XCTAssertEqual(
            stances("Washington urged Israel to delay the ground invasion."),
            ["United States ground_invasion oppose"])
        XCTAssertEqual(
            stances("Egypt said Israel had agreed to allow fuel into Gaza."),
            ["Israel fuel.entry support"])
    }

    func testARelativeWhoAndAnAllyNamedInAppositionHoldNothing() {
        XCTAssertEqual(
            stances("Blinken, who appealed for a pause in the fighting, left Tel Aviv."),
            ["United States humanitarian_pause demand"])
        XCTAssertEqual(
            stances(
                "The United States, Israel's closest ally, blocked a resolution calling for a ceasefire."
            ),
            ["United States ceasefire oppose"])
    }

    func testAnAgreementsPartiesSupportTheTopicItHolds() {
        XCTAssertEqual(
            stances("Qatar brokered an agreement between Israel and Hamas for a temporary truce."),
            [
                "Qatar humanitarian_pause support", "Israel humanitarian_pause support",
                "Hamas humanitarian_pause support",
            ])
    }

    func testWhoeverPutAPlanForwardSupportsIt() {
        XCTAssertEqual(
            stances("Netanyahu rejected a ceasefire proposal led by the United States."),
            ["Netanyahu ceasefire oppose", "United States ceasefire support"])
    }

    func testACueInsideAnActionOfAnotherPolarityYieldsToIt() {
        XCTAssertEqual(
            stances("Israel resumed fighting once the pause ended."),
            ["Israel humanitarian_pause oppose"])
        XCTAssertEqual(
            stances("Israel went back on the offensive once the truce had come to an end."),
            ["Israel humanitarian_pause oppose"])
    }

    func testAPronounSubjectMeansTheActorTheSentenceBeforeOpenedWith() {
        XCTAssertEqual(
            stances(
                "UN chief Antonio Guterres spoke to reporters in New York. He called for a humanitarian pause."
            ),
            ["United Nations humanitarian_pause demand"])
        // The actor named after a verb is not the subject: "he" is someone else.
        XCTAssertEqual(
            stances(
                "The spokesman accused Israel of shelling a school. He called for a ceasefire."),
            [])
    }

    func testVotersNamedAfterAmongThemCastTheVote() {
        XCTAssertEqual(
            stances(
                "The General Assembly backed a resolution calling for a ceasefire in Gaza. Fourteen "
                    + "countries voted no, among them Israel and the United States."),
            [
                "United Nations ceasefire demand", "Israel ceasefire oppose",
                "United States ceasefire oppose",
            ])
    }

    func testVotersNamedAfterTheTopicVotedOnCastTheVote() {
        XCTAssertEqual(
            stances(
                "The assembly met on the war in Gaza. Just 10 nations voted against the ceasefire "
                    + "resolution, Israel and the United States included."),
            ["Israel ceasefire oppose", "United States ceasefire oppose"])
        XCTAssertEqual(
            stances(
                "The assembly met on the war in Gaza. Those that voted against the ceasefire "
                    + "resolution included Israel and Austria."),
            ["Israel ceasefire oppose", "Austria ceasefire oppose"])
        XCTAssertEqual(
            stances(
                "Ten countries voted against the ceasefire resolution, among them Israel and the "
                    + "United States."),
            ["Israel ceasefire oppose", "United States ceasefire oppose"])
    }

    func testPressingAnotherToActIsADemand() {
        XCTAssertEqual(
            stances("Washington had pressed Israel to let more fuel into Gaza."),
            ["United States fuel.entry demand"])
        XCTAssertEqual(
            stances("The US kept up pressure on Israel over letting humanitarian aid into Gaza."),
            ["United States aid.entry demand"])
    }

    func testEveryActorOfAListUrgedToActIsAnObject() {
        XCTAssertEqual(
            stances(
                "The fighting in Sudan went on. The US urged the army and the RSF to agree to a "
                    + "ceasefire."),
            ["United States ceasefire demand"])
    }

    func testAnObjectDescribedBeforeItsToIsStillUrged() {
        XCTAssertEqual(
            stances(
                "The fighting in Sudan went on. Blinken urged the military leaders at war with one another to sign up to a ceasefire."
            ),
            ["United States ceasefire demand"])
        // A verb of its own between the name and "to" makes the name act.
        XCTAssertEqual(
            stances(
                "Qatar had joined the United States and Egypt in putting pressure on the parties to see the hostage deal through."
            ).contains("United States hostage_deal demand"), true)
    }

    func testTheListAfterARelativeClauseHoldsItsStance() {
        XCTAssertEqual(
            stances(
                "The three countries that opposed the ceasefire were Israel, Austria and Paraguay."),
            ["Israel ceasefire oppose", "Austria ceasefire oppose", "Paraguay ceasefire oppose"])
    }

    func testACueMayEndOnTheFirstWordOfItsTopic() {
        // "agreed to extend" and "extend the truce" share "extend".
        XCTAssertEqual(
            stances("Israel and Hamas agreed to extend the truce in Gaza."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
    }

    func testATitleOpenedByTheMeansTheActorNamedBefore() {
        XCTAssertEqual(
            stances(
                "King Abdullah met Blinken in Amman on Saturday. The Jordanian monarch urged an "
                    + "immediate ceasefire in Gaza."),
            ["Jordan ceasefire demand"])
        // A title with an actor of its own before the cue is that actor's.
        XCTAssertEqual(
            stances(
                "King Abdullah met Blinken in Amman on Saturday. Qatar's foreign minister urged an "
                    + "immediate ceasefire in Gaza."),
            ["Qatar ceasefire demand"])
    }

    func testTheSudaneseGovernmentIsTheStateAndCeasefireTalksAreTalks() {
        XCTAssertEqual(
            stances("The Sudanese government pulled out of the peace talks brokered by IGAD."),
            ["IGAD peace_talks support", "Sudan peace_talks oppose"])
        XCTAssertEqual(
            stances("The RSF said it would take part in the ceasefire talks in Jeddah."),
            ["RSF peace_talks support"])
        XCTAssertEqual(
            stances("Sudan's rival forces agreed to several short ceasefires."),
            ["Sudanese army ceasefire support", "RSF ceasefire support"])
        XCTAssertEqual(
            stances(
                "In Jeddah, the mediators urged both parties to open negotiations that would end the war in Sudan."
            ),
            ["Saudi Arabia peace_talks demand", "United States peace_talks demand"])
    }

    func testATruceDealIsAPause() {
        XCTAssertEqual(
            stances("Islamic Jihad has accepted the terms of a truce deal."),
            ["Islamic Jihad humanitarian_pause support"])
    }

    func testTheRouteIsWhatAPositionIsOn() {
        XCTAssertEqual(
            stances(
                "After the earthquake, Turkey gave permission for aid to pass through two further crossings."
            ),
            ["Turkey crossings.opening support"])
    }

    func testMembersOfABodyAreNotTheBody() {
        XCTAssertEqual(
            stances(
                "Austria, Croatia, Czechia and Hungary were the four EU members that voted no on the truce."
            ),
            [
                "Austria humanitarian_pause oppose", "Croatia humanitarian_pause oppose",
                "Czechia humanitarian_pause oppose", "Hungary humanitarian_pause oppose",
            ])
    }

    func testNegationFlipsThePolarity() {
        XCTAssertEqual(
            stances("Israel did not reject a humanitarian pause."),
            ["Israel humanitarian_pause support"])
        XCTAssertEqual(
            stances("Hamas refused to accept the truce."), ["Hamas humanitarian_pause oppose"])
        XCTAssertEqual(
            stances("Israeli officials rejected calls for a ceasefire."),
            ["Israel ceasefire oppose"])
    }

    func testConditionsMakeAStanceConditional() throws {
        let claim = try XCTUnwrap(
            Fixtures.extractor.claims(
                in: Fixtures.article(
                    "The IDF will allow fuel into Gaza only if it does not reach Hamas.")
            )
            .first { $0.kind == .stance })
        XCTAssertEqual(claim.polarity, .conditional)
        XCTAssertEqual(claim.actor, "IDF")
        XCTAssertTrue(claim.conditions?.hasPrefix("only if") ?? false, claim.conditions ?? "")
    }

    func testASentenceCanReferBackToTheLastTopic() {
        let text =
            "Hamas has asked for more fuel to be let into Gaza. Israeli ministers called the demand out of the question."
        XCTAssertEqual(stances(text), ["Hamas fuel.entry demand", "Israel fuel.entry oppose"])
    }

    func testPassiveVoiceFindsTheAgent() {
        XCTAssertEqual(
            stances("A ceasefire was rejected by Israel on Tuesday."), ["Israel ceasefire oppose"])
    }

    func testNoCueMeansNoStance() {
        XCTAssertEqual(stances("The timing of any ground invasion remains unclear."), [])
    }

    func testTopicsListedBeforeTheirCueShareItsStance() {
        XCTAssertEqual(
            stances("Gallant said electricity, food, water and fuel would all be kept out."),
            ["Gallant fuel.entry oppose", "Gallant aid.entry oppose"])
        // A topic not joined to the next as a list keeps to its own stances.
        XCTAssertEqual(
            stances(
                "Their release came on day five of the ceasefire deal struck between Hamas and Israel."
            ),
            ["Hamas hostage_deal support", "Israel hostage_deal support"])
    }

    func testALoadWithNoneOfATopicIsNoPosition() {
        XCTAssertEqual(
            stances(
                "A third convoy reached Gaza, though UN officials said it again carried no fuel."),
            [])
        XCTAssertEqual(
            stances("Israel said no fuel would enter Gaza."), ["Israel fuel.entry oppose"])
    }
    func testAVoteWithNoTopicIsOnTheLastMotionNamed() {
        let text =
            "Members of the General Assembly backed a resolution that calls for a truce in Gaza. "
            + "Norway and Spain joined the majority. Belgium and Greece were among the states that voted no."
        XCTAssertEqual(
            stances(text),
            [
                "United Nations humanitarian_pause demand",
                "Belgium humanitarian_pause oppose", "Greece humanitarian_pause oppose",
            ])
        // The topic named after the text without a cue is no motion.
        XCTAssertEqual(
            stances(
                "The General Assembly passed a resolution demanding a ceasefire in Gaza. "
                    + "Israel said it agreed with parts of the text, including aid deliveries. "
                    + "Ireland voted in favour."),
            [
                "United Nations ceasefire demand", "Israel aid.entry support",
                "Ireland ceasefire support",
            ])
    }

    func testALaterPronounPointsBackToTheTopicTheFirstPointerNamed() {
        XCTAssertEqual(
            stances(
                "Qatar proposed a truce. Hamas accepted the proposal, but Israel turned it down."),
            [
                "Qatar humanitarian_pause support", "Hamas humanitarian_pause support",
                "Israel humanitarian_pause oppose",
            ])
    }

    func testEachVoteOfASentenceIsOnTheLastMotionNamed() {
        let text =
            "The General Assembly adopted a resolution calling for a truce in Gaza. "
            + "France backed the measure, Germany abstained, and Austria and the United States voted no."
        XCTAssertEqual(
            stances(text),
            [
                "United Nations humanitarian_pause demand", "France humanitarian_pause support",
                "Austria humanitarian_pause oppose", "United States humanitarian_pause oppose",
            ])
    }

    func testVotersListedAfterTheVote() {
        let text =
            "The General Assembly voted on a resolution urging a ceasefire in Gaza. "
            + "It passed with 140 states in favour, India and Brazil among them. "
            + "A dozen states voted no, including Hungary and Austria."
        XCTAssertEqual(
            stances(text),
            [
                "United Nations ceasefire demand", "India ceasefire support",
                "Brazil ceasefire support", "Hungary ceasefire oppose", "Austria ceasefire oppose",
            ])
    }

    func testVotersIntroducedAfterTheVote() {
        let text =
            "The General Assembly adopted a resolution calling for a ceasefire in Gaza. "
            + "Those voting no included the US and Israel, along with Paraguay and Nauru. "
            + "Among the states voting against it were Liberia and Austria."
        XCTAssertEqual(
            stances(text),
            [
                "United Nations ceasefire demand", "United States ceasefire oppose",
                "Israel ceasefire oppose", "Paraguay ceasefire oppose", "Nauru ceasefire oppose",
                "Liberia ceasefire oppose", "Austria ceasefire oppose",
            ])
        // Words other than those introducing voters keep a later name out of the vote.
        XCTAssertEqual(
            stances(
                "The General Assembly adopted a resolution calling for a ceasefire in Gaza. "
                    + "Few states voted no after a speech by Austria."),
            ["United Nations ceasefire demand"])
    }

    func testAQuotedVoteIntroducesItsVoters() {
        let text =
            "The General Assembly adopted a resolution calling for a ceasefire in Gaza. "
            + "Voting \"No\" were Austria, Guatemala and Israel."
        XCTAssertEqual(
            stances(text),
            [
                "United Nations ceasefire demand", "Austria ceasefire oppose",
                "Guatemala ceasefire oppose", "Israel ceasefire oppose",
            ])
    }

    func testTheActorsOfARelativeClauseAboutATopicHoldItsCue() {
        XCTAssertEqual(
            stances("The humanitarian pause that Israel and Hamas agreed upon began on Friday."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
        // A clause with other words before its verb is no relative clause of the topic's.
        XCTAssertEqual(
            stances("The humanitarian pause that began after Israel and Hamas met held on Friday."),
            [])
        // The clause may follow the deal the topic names, and stands beside the sentence's verb.
        XCTAssertEqual(
            Set(stances("Netanyahu rejected the truce deal that Hamas had signed.")),
            ["Hamas humanitarian_pause support", "Netanyahu humanitarian_pause oppose"])
        // Auxiliaries and the officials an actor sends may stand before the clause's verb.
        XCTAssertEqual(
            stances(
                "Both sides are in Jeddah for negotiations that Saudi Arabia and the United States are mediating."
            ),
            ["Saudi Arabia peace_talks support", "United States peace_talks support"])
    }

    func testANameTheCueFollowsAtOnceAfterWithActs() {
        XCTAssertEqual(
            stances("Talks on a hostage deal went on in Doha, with Qatar acting as a mediator."),
            ["Qatar hostage_deal support"])
        // A counterpart named after "with" does not.
        XCTAssertEqual(
            stances("Biden discussed the hostage deal with Qatar's emir and backed it."),
            ["Biden hostage_deal support"])
    }

    func testANameInAnAsideDescribesTheNameBeforeIt() {
        XCTAssertEqual(
            stances(
                "Abdel Fattah al-Burhan, the army general who rules Sudan, has turned down the latest peace talks."
            ),
            ["Burhan peace_talks oppose"])
        XCTAssertEqual(
            stances("Israel, Safadi noted, is still blocking humanitarian aid from entering Gaza."),
            ["Israel aid.entry oppose"])
    }

    func testACountedGroupIsTheActorsNamedLast() {
        let text =
            "Iran, Turkey and Malaysia met in Riyadh on Friday to discuss the war. "
            + "The three countries also called for an end to the fighting."
        XCTAssertEqual(
            stances(text),
            ["Iran ceasefire demand", "Turkey ceasefire demand", "Malaysia ceasefire demand"])
        // One name before is no group.
        XCTAssertEqual(
            stances(
                "Iran hosted a meeting in Tehran on Friday. "
                    + "The two countries called for an end to the fighting."),
            [])
    }

    func testAPluralPronounIsAllTheActorsNamedLast() {
        let text =
            "Blinken and Sullivan arrived in Tel Aviv on Friday to discuss the war. "
            + "Qatar and Egypt met in Doha. They called for a humanitarian pause."
        XCTAssertEqual(
            stances(text),
            ["Qatar humanitarian_pause demand", "Egypt humanitarian_pause demand"])
    }

    func testASingularPronounIsOneOfTheActorsNamedLast() {
        let text =
            "Blinken and Sullivan arrived in Tel Aviv on Friday to discuss the war. "
            + "Qatar and Egypt met in Doha. He called for a humanitarian pause."
        XCTAssertEqual(stances(text), ["Qatar humanitarian_pause demand"])
    }

    func testANounOwnedByAPronounStandsForTheOwner() {
        XCTAssertEqual(
            stances(
                "The Security Council met in New York on Wednesday. "
                    + "Its resolution calls for urgent humanitarian pauses."),
            ["United Nations humanitarian_pause demand"])
        XCTAssertEqual(
            stances(
                "Blinken and Sullivan arrived in Tel Aviv on Friday to discuss the war. "
                    + "Qatar and Egypt met in Doha. Their statement called for a humanitarian pause."
            ),
            ["Qatar humanitarian_pause demand", "Egypt humanitarian_pause demand"])
        // An owner named in the clause is not a pronoun's.
        XCTAssertEqual(
            stances("Qatar met Egypt in Doha. Israel and its allies rejected a ceasefire."),
            ["Israel ceasefire oppose"])
    }

    func testBlockingIsOppositionAndACeasefireOfSomeDaysIsTheTruce() {
        XCTAssertEqual(
            stances("Israel is blocking fuel from entering Gaza."), ["Israel fuel.entry oppose"])
        XCTAssertEqual(
            stances("Qatar welcomed the six-day ceasefire."), ["Qatar humanitarian_pause support"])
        XCTAssertEqual(
            stances("Qatar called for a ceasefire."), ["Qatar ceasefire demand"])
    }

    func testTheQuadIsItsFourMembers() {
        XCTAssertEqual(
            Set(
                stances(
                    "Fighting went on in El Fasher and Khartoum. "
                        + "The Quad called for a humanitarian truce in Sudan.")),
            [
                "United States ceasefire demand", "Saudi Arabia ceasefire demand",
                "United Arab Emirates ceasefire demand", "Egypt ceasefire demand",
            ])
    }

    func testCompanionsShareTheStancesOfThoseNamedBefore() {
        let text =
            "The General Assembly passed a resolution demanding a humanitarian ceasefire. "
            + "Israel voted no, and so did Liberia and Guatemala."
        let found = Set(stances(text))
        for actor in ["Israel", "Liberia", "Guatemala"] {
            XCTAssertTrue(found.contains("\(actor) ceasefire oppose"), "\(found)")
        }
        XCTAssertTrue(
            stances("Qatar, alongside Egypt, brokered the truce.").contains(
                "Egypt humanitarian_pause support"))
        // An actor before no companion phrase shares nothing.
        XCTAssertEqual(
            stances("Qatar welcomed the truce, while Egypt said nothing."),
            ["Qatar humanitarian_pause support"])
    }

    func testNamesJoinedByACommaAloneAreNoList() {
        XCTAssertEqual(
            stances(
                "At the United Nations, the United States vetoed a resolution calling for humanitarian pauses."
            ), ["United States humanitarian_pause oppose"])
        XCTAssertEqual(
            Set(stances("Qatar, Egypt and the United States welcomed the truce.")),
            [
                "Qatar humanitarian_pause support", "Egypt humanitarian_pause support",
                "United States humanitarian_pause support",
            ])
    }

    func testVotersMayFollowAColonAndPlus() {
        let text =
            "A resolution demanding a humanitarian ceasefire came before the council. "
            + "Thirteen members voted for the text: France, China and Russia, plus Malta."
        XCTAssertEqual(
            Set(stances(text)),
            [
                "France ceasefire support", "China ceasefire support", "Russia ceasefire support",
                "Malta ceasefire support",
            ])
    }

    func testRefusingToPauseAndDeclaringATruceArePositions() {
        XCTAssertEqual(
            stances("Netanyahu said Israel's operations in Gaza would not pause."),
            ["Netanyahu humanitarian_pause oppose"])
        XCTAssertEqual(
            stances("The RSF declared a unilateral ceasefire for the Eid holiday in Sudan."),
            ["RSF ceasefire support"])
    }

    func testAnActionIsAVerbWithItsObject() {
        XCTAssertEqual(
            stances("Israel went back to attacking Gaza after the pause collapsed."),
            ["Israel humanitarian_pause oppose"])
        XCTAssertEqual(
            stances("The army widened its ground push into Khan Younis."),
            ["IDF ground_invasion support"])
        XCTAssertEqual(
            stances("Israel relaunched its offensive on Friday."),
            ["Israel humanitarian_pause oppose"])
    }

    func testATopicQualifyingAMotionIsTheMotionsTopic() {
        let text =
            "The assembly voted on the Gaza ceasefire resolution. "
            + "The war began with the invasion of southern Israel by Hamas. "
            + "Austria and Paraguay voted against the text."
        XCTAssertEqual(
            Set(stances(text)), ["Austria ceasefire oppose", "Paraguay ceasefire oppose"])
    }

    func testACallForATruceBetweenTwoSidesIsNoPositionOfTheirs() {
        XCTAssertEqual(
            stances("EU leaders called for breaks in the fighting between Israel and Hamas."),
            ["European Union humanitarian_pause demand"])
        XCTAssertEqual(
            Set(stances("Qatar welcomed the truce between Israel and Hamas.")),
            [
                "Qatar humanitarian_pause support", "Israel humanitarian_pause support",
                "Hamas humanitarian_pause support",
            ])
    }

    func testACreditForARoleIsForTheTopicBefore() {
        let text =
            "The hostage deal held through the night in Gaza. "
            + "The president expressed his gratitude to Qatar and Egypt for the role they played."
        XCTAssertTrue(stances(text).contains("Qatar hostage_deal support"), "\(stances(text))")
        XCTAssertTrue(stances(text).contains("Egypt hostage_deal support"), "\(stances(text))")
        // Thanks with no role named are not a position on the last topic.
        XCTAssertEqual(
            stances("The hostage deal held through the night in Gaza. The families thanked Egypt."),
            [])
    }
    func testAConditionMayOpenTheCuesClause() throws {
        let claim = try XCTUnwrap(
            Fixtures.extractor.claims(
                in: Fixtures.article(
                    "The Sudanese army insisted that the RSF leave homes in Khartoum before it would take part in the peace talks."
                )
            )
            .first { $0.kind == .stance })
        XCTAssertEqual(claim.actor, "Sudanese army")
        XCTAssertEqual(claim.polarity, .conditional)
        XCTAssertTrue(
            claim.conditions?.hasPrefix("before it would") ?? false, claim.conditions ?? "")
    }

    func testTheMakerOfADecisionHoldsIt() {
        XCTAssertEqual(
            stances("The UN welcomed the decision by Jordan to allow aid convoys into Gaza."),
            ["Jordan aid.entry support"])
    }

    func testRivalMilitaryFactionsAreBothSides() {
        XCTAssertEqual(
            stances(
                "The rival military factions in Sudan were due to return to peace talks in Jeddah."),
            ["Sudanese army peace_talks support", "RSF peace_talks support"])
    }
    func testAMotionWithNoTopicIsTheOneNamedBefore() {
        XCTAssertEqual(
            stances(
                "The General Assembly voted on a resolution that calls for a ceasefire in Gaza. "
                    + "Spain put the resolution forward with other European states."),
            ["United Nations ceasefire demand", "Spain ceasefire demand"])
        XCTAssertEqual(
            stances(
                "The General Assembly debated a resolution urging a truce in Gaza. "
                    + "The short resolution drafted by Jordan won a large majority."),
            ["United Nations humanitarian_pause demand", "Jordan humanitarian_pause demand"])
    }

    func testTheBodyThatAdoptsAMotionHoldsItsDemands() {
        XCTAssertEqual(
            stances(
                "A text demanding a ceasefire in Gaza was adopted by the UN General Assembly late on Tuesday."
            ),
            ["United Nations ceasefire demand"])
        // A body named before the motion it adopts holds what the motion later calls for.
        XCTAssertEqual(
            stances(
                "The UN Security Council on Wednesday adopted a resolution on Gaza. "
                    + "The resolution calls for humanitarian pauses across the strip."),
            ["United Nations humanitarian_pause demand"])
        XCTAssertEqual(
            stances(
                "The Security Council adopted a text on Gaza, Malta's envoy said. "
                    + "Resolution 2712 also calls for a ceasefire."),
            ["United Nations ceasefire demand"])
        // One who stops the motion is named first: the body is not speaking.
        XCTAssertEqual(
            stances(
                "The Security Council adopted a resolution on aid on Friday. "
                    + "Earlier the US had used its veto to stop a resolution that called for a ceasefire."
            ),
            ["United States ceasefire oppose"])
    }
    func testAnEvaluationAfterAsJudgesTheTopic() {
        XCTAssertEqual(
            stances("Jordan regards the Gaza truce as a welcome step."),
            ["Jordan humanitarian_pause support"])
    }
    func testPartiesToATopicNoOneTakesAPositionOnAreNotHolders() {
        XCTAssertEqual(stances("The shaky truce between Israel and Hamas lasted into Monday."), [])
        XCTAssertEqual(
            stances("Egypt hailed the truce between Israel and Hamas."),
            [
                "Egypt humanitarian_pause support", "Israel humanitarian_pause support",
                "Hamas humanitarian_pause support",
            ])
    }
    func testUntilATimeIsNoCondition() {
        XCTAssertEqual(
            stances(
                "Israel and Hamas agreed to keep the truce going until Thursday, officials said."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
        XCTAssertEqual(
            stances("Israel agreed to keep the truce going until the hostages are all home."),
            ["Israel humanitarian_pause conditional"])
    }

    func testACreditNamingATopicIsForThatTopicOnly() {
        XCTAssertEqual(
            stances(
                "In Sudan, mediation by Kenya has so far produced only short truces that soon broke down."
            ),
            ["Kenya peace_talks support"])
    }

    func testWhoseApprovalATopicWinsSupportsIt() {
        XCTAssertEqual(
            stances("The hostage deal won the approval of Israel's cabinet on Tuesday."),
            ["Israeli war cabinet hostage_deal support"])
    }

    func testTheActorsNamedBeforeACreditNounSupportTheSentencesOtherTopics() {
        XCTAssertEqual(
            stances(
                "Hamas and Israel agreed, through Qatari and Egyptian mediation, to extend the truce."
            )
            .filter { $0.hasPrefix("Qatar ") || $0.hasPrefix("Egypt ") }.sorted(),
            ["Egypt humanitarian_pause support", "Qatar humanitarian_pause support"])
        XCTAssertEqual(
            stances("Hamas credited intensive Egyptian efforts with securing the hostage deal."),
            ["Egypt hostage_deal support"])
        XCTAssertEqual(stances("The kingdom's efforts to rebuild Syria will take years."), [])
    }

    func testAnActorNamedAsTheMediatorSupportsTheSentencesTopics() {
        XCTAssertEqual(
            stances("Qatar, the main go-between, announced that the truce would be extended."),
            ["Qatar humanitarian_pause support"])
        XCTAssertEqual(
            stances(
                "Qatar, a central mediator alongside the United States and Egypt, said the truce would hold."
            ).sorted(),
            [
                "Egypt humanitarian_pause support", "Qatar humanitarian_pause support",
                "United States humanitarian_pause support",
            ])
    }

    func testAVetoUsedToBlockAMotionOpposesItsTopicOnce() {
        XCTAssertEqual(
            stances(
                "Russia has used its veto to block a Security Council resolution demanding an immediate ceasefire in Sudan."
            ),
            ["Russia ceasefire oppose"])
        XCTAssertEqual(
            stances("Egypt refused to block the aid convoy."), ["Egypt aid.entry support"])
    }

    func testAnObjectOfUrgeDoesNotHoldTheDemand() {
        let found = stances(
            "\"We urge the Israeli authorities to let more fuel into Gaza,\" the WHO said.")
        XCTAssertFalse(found.contains { $0.hasPrefix("Israel ") }, "\(found)")
    }

    func testAnAgreementWithinReachIsSupported() {
        XCTAssertEqual(
            stances("Qatar said an extension of the truce was within reach."),
            ["Qatar humanitarian_pause support"])
    }
    func testPresentTenseActionsStatePositions() {
        XCTAssertEqual(
            stances("As winter nears, Israel widens its ground offensive in southern Gaza."),
            ["Israel ground_invasion support"])
        XCTAssertEqual(
            stances(
                "Hamas accuses Israel, which resumes fighting after the truce ends, of bad faith."),
            ["Israel humanitarian_pause oppose"])
    }
    func testLayingDownArmsIsACeasefire() {
        XCTAssertEqual(
            stances("IGAD urged the Sudanese army and the RSF to lay down their arms."),
            ["IGAD ceasefire demand"])
    }

    func testACueEndingInByOrBetweenNamesItsPartiesRightAfterIt() {
        XCTAssertEqual(
            stances("Hostages were freed under the deal struck by Qatar and Egypt last week."),
            ["Qatar hostage_deal support", "Egypt hostage_deal support"])
        XCTAssertEqual(
            stances("The truce reached between Israel and Hamas took effect on Friday."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
        XCTAssertEqual(stances("The pause was struck by lightning."), [])
    }

    func testATopicInAListWithOneOtherItemIsCoordinated() {
        XCTAssertEqual(
            stances("Israel has cut off its water, power and fuel supplies to Gaza."),
            ["Israel aid.entry oppose", "Israel fuel.entry oppose"])
        XCTAssertEqual(
            stances("Israel has cut off its water and fuel supplies to Gaza."),
            ["Israel aid.entry oppose", "Israel fuel.entry oppose"])
    }

    func testVotersListedAfterACountedVoteCastIt() {
        XCTAssertEqual(
            stances(
                "The Assembly passed a resolution demanding a ceasefire. In all, 153 states cast ballots in favour of it. Among them were Russia, China and Brazil."
            ),
            ["Russia ceasefire support", "China ceasefire support", "Brazil ceasefire support"])
        XCTAssertEqual(
            stances(
                "The Assembly adopted a resolution calling for a humanitarian truce. Among the countries that opposed the draft were Austria, Croatia and the United States."
            ),
            [
                "Austria humanitarian_pause oppose", "Croatia humanitarian_pause oppose",
                "United States humanitarian_pause oppose",
            ])
        XCTAssertEqual(stances("Among them were Russia, China and Brazil."), [])
    }

    func testPartiesAMediatorStandsBetweenDoNotHoldItsStance() {
        XCTAssertEqual(
            stances(
                "Qatar, which has been mediating between Israel and Hamas, said the humanitarian truce would be prolonged."
            ),
            ["Qatar humanitarian_pause support"])
    }

    func testTheAgentOfAPassiveWhoseSubjectIsTheTopicHoldsIt() {
        XCTAssertEqual(
            stances("Demands for a ceasefire in the war with Hamas were dismissed by Israel."),
            ["Israel ceasefire oppose"])
    }

    func testWantingATopicDemandsIt() {
        XCTAssertEqual(
            stances("South Africa wants an immediate ceasefire."), ["South Africa ceasefire demand"]
        )
    }

    func testTheAgentOfAPassiveCueHoldsItRatherThanItsSubject() {
        XCTAssertEqual(
            stances(
                "After the earthquake in Hatay, Israel said it had been asked by Syria for help with quake relief."
            ),
            ["Syria international_aid demand"])
        XCTAssertEqual(
            stances("Sudan's army was urged by Saudi Arabia to extend the ceasefire."),
            ["Saudi Arabia ceasefire demand"])
    }

    func testAFloatingQuantifierLeavesACountedGroupTheSubject() {
        XCTAssertEqual(
            stances(
                "Bolivia, Chile and Colombia recalled their ambassadors. The three countries also each called for a ceasefire."
            ),
            ["Bolivia ceasefire demand", "Chile ceasefire demand", "Colombia ceasefire demand"])
    }

    func testAnActionYieldsToATopicTheSentenceNames() {
        XCTAssertEqual(
            stances("Qatar has served as a key mediator of the truce."),
            ["Qatar humanitarian_pause support"])
        XCTAssertEqual(
            stances("Qatar has served as a key mediator in the war."),
            ["Qatar hostage_deal support"])
    }

    func testRespectingATruceSupportsIt() {
        XCTAssertEqual(
            stances("The Sudanese army said it would respect the ceasefire in Khartoum."),
            ["Sudanese army ceasefire support"])
    }

    func testAnOwnerAfterAVerbIsThatVerbsSubject() {
        XCTAssertEqual(
            stances(
                "At a meeting in Amman with US Secretary of State Antony Blinken, the foreign ministers of Egypt and Jordan voiced their support for a ceasefire."
            ),
            ["Egypt ceasefire support", "Jordan ceasefire support"])
    }

    func testIgnoringACallOpposesWhatItCallsFor() {
        XCTAssertEqual(
            stances("Israel has ignored international calls for a ceasefire."),
            ["Israel ceasefire oppose"])
    }

    func testEndingABlockadeLetsAidIn() {
        XCTAssertEqual(
            stances("Bolivia called for an end to the blockade of Gaza."),
            ["Bolivia aid.entry demand"])
    }

    func testAHolderOpenedByNeitherTakesNoPosition() {
        XCTAssertEqual(
            stances("Fighting goes on in Sudan. Neither side was willing to join peace talks."),
            ["Sudanese army peace_talks oppose", "RSF peace_talks oppose"])
        XCTAssertEqual(
            stances("Fighting goes on in Sudan. Neither the army nor the RSF accepted the truce."),
            ["Sudanese army ceasefire oppose", "RSF ceasefire oppose"])
    }

    func testASpeakersOwnWordsUseTheBaseFormOfACue() {
        XCTAssertEqual(
            stances("\"We warmly welcome the extension of the truce,\" Qatar said."),
            ["Qatar humanitarian_pause support"])
    }

    func testStayingAwayFromTalksOpposesThem() {
        XCTAssertEqual(
            stances(
                "Fighting goes on in Sudan. The army stayed away from peace talks in Addis Ababa."),
            ["Sudanese army peace_talks oppose"])
    }

    func testAFirstPersonInAQuoteIsItsSpeakerNotTheHoldersBefore() {
        XCTAssertEqual(
            stances("Israel and Hamas agreed a truce. \"We welcome it,\" Qatar said."),
            [
                "Israel humanitarian_pause support", "Hamas humanitarian_pause support",
                "Qatar humanitarian_pause support",
            ])
        XCTAssertEqual(
            stances("Israel and Hamas agreed a truce. \"I welcome the truce,\" Guterres said."),
            [
                "Israel humanitarian_pause support", "Hamas humanitarian_pause support",
                "United Nations humanitarian_pause support",
            ])
    }

    func testADescriptionBeforeAListedNameKeepsTheList() {
        XCTAssertEqual(
            stances(
                "Israel's government and the Palestinian group Hamas struck an agreement on a deal to exchange prisoners."
            ),
            ["Israel hostage_deal support", "Hamas hostage_deal support"])
        XCTAssertEqual(
            stances("Qatar & Egypt brokered the truce."),
            ["Qatar humanitarian_pause support", "Egypt humanitarian_pause support"])
        XCTAssertEqual(
            stances("Israel and the Palestinian armed group Hamas agreed to prolong the truce."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
    }

    func testACueJoinedByAndAndAnAuxiliaryOpensASecondPredicate() {
        XCTAssertEqual(
            stances("Washington wields a veto on the council and has not backed a ceasefire."),
            ["United States ceasefire oppose"])
        // Without the auxiliary the first cue still acts on the second.
        XCTAssertEqual(
            stances("Netanyahu rejected calls for a ceasefire."),
            ["Netanyahu ceasefire oppose"])
    }

    func testAVetoOfAMotionOpposesWhatItSeeks() {
        XCTAssertEqual(
            stances(
                "Russia and China used their vetoes to kill a draft seeking a humanitarian pause."),
            ["Russia humanitarian_pause oppose", "China humanitarian_pause oppose"])
        XCTAssertEqual(
            stances(
                "The United States used its veto to sink a resolution whose text demanded a ceasefire."
            ),
            ["United States ceasefire oppose"])
    }

    func testRejectingOrHoldingBackOpposes() {
        XCTAssertEqual(
            stances("The strikes follow Netanyahu's rejection of calls for a cease-fire."),
            ["Netanyahu ceasefire oppose"])
        XCTAssertEqual(
            stances("Biden has pressed Israel to hold back the invasion."),
            ["Biden ground_invasion oppose"])
    }

    func testTheCeasefireIsTheTruceTheTextNamedBefore() {
        XCTAssertEqual(
            stances("Israel and Hamas agreed a four-day truce. Qatar brokered the ceasefire."),
            [
                "Israel humanitarian_pause support", "Hamas humanitarian_pause support",
                "Qatar humanitarian_pause support",
            ])
        XCTAssertEqual(
            stances("Qatar brokered the ceasefire."), ["Qatar ceasefire support"])
        // Without a definite word the ceasefire is its own topic.
        XCTAssertEqual(
            stances("Israel and Hamas agreed a four-day truce. Qatar wants a permanent ceasefire."),
            [
                "Israel humanitarian_pause support", "Hamas humanitarian_pause support",
                "Qatar ceasefire demand",
            ])
    }

    func testUnlessMakesAConditionWhateverFollows() {
        XCTAssertEqual(
            stances(
                "Fighting goes on in Sudan. Burhan ruled out negotiations unless the RSF pulls out of civilian areas."
            ),
            ["Burhan peace_talks conditional"])
    }
}

extension StanceExtractorTests {
    func testCurbingOpposesAndBeingReadyToActSupports() {
        XCTAssertEqual(
            stances("Israel has sharply curbed fuel deliveries into Gaza since the war began."),
            ["Israel fuel.entry oppose"])
        XCTAssertEqual(
            stances(
                "After the quake, the Syrian government said it was ready to send humanitarian aid to the north-west."
            ),
            ["Syria aid.entry support"])
    }

    func testPromisingToFreeHostagesSupportsTheDeal() {
        XCTAssertEqual(
            stances("Hamas had promised to free another 20 hostages if the truce held."),
            ["Hamas hostage_deal support"])
    }
}

extension StanceExtractorTests {
    func testEasingSanctionsInAnyWordsRelievesThem() {
        XCTAssertEqual(
            stances(
                "After the earthquake the European Union said it was relaxing its sanctions on Syria."
            ),
            ["European Union sanctions.relief support"])
    }

    func testTheAgentsAfterByBothHoldThePassiveCue() {
        XCTAssertEqual(
            stances(
                "The day before, a truce had been urged by both Antonio Guterres and Antony Blinken."
            ),
            ["United Nations humanitarian_pause demand", "United States humanitarian_pause demand"])
    }
}

extension StanceExtractorTests {
    func testTheDayOfAVoteMayStandBetweenItAndItsVoters() {
        XCTAssertEqual(
            stances(
                "The General Assembly on Tuesday adopted a resolution demanding a humanitarian ceasefire in Gaza. Voting against the resolution on Tuesday were Israel and the US."
            ),
            [
                "United Nations ceasefire demand", "Israel ceasefire oppose",
                "United States ceasefire oppose",
            ])
    }

    func testAPositionOnTheMotionOpeningTheSentenceIsAVote() {
        XCTAssertEqual(
            stances(
                "The Security Council voted on a draft resolution demanding a humanitarian ceasefire in Gaza. Backing the draft were Russia and China."
            ),
            [
                "United Nations ceasefire demand", "Russia ceasefire support",
                "China ceasefire support",
            ])
    }

    func testAnyTextCanBeTheMotionAVoteIsOn() {
        // "a UN text that seeks a truce" is the motion; "voting no." ends its sentence.
        XCTAssertEqual(
            stances(
                "On Friday, 120 countries voted for a UN text that seeks a sustained humanitarian truce in Gaza. Israel and the United States were among the 14 states voting no. The EU has held back."
            ),
            ["Israel humanitarian_pause oppose", "United States humanitarian_pause oppose"])
    }
}

extension StanceExtractorTests {
    func testWhoeverAnswersAnothersCallTakesAPositionOnWhatItIsFor() {
        XCTAssertEqual(
            stances("Israel is still brushing off US calls for a humanitarian pause in Gaza."),
            ["United States humanitarian_pause demand", "Israel humanitarian_pause oppose"])
        // Backing another's appeal is support, not a demand of one's own.
        XCTAssertEqual(
            stances(
                "The EU's Josep Borrell said he supported Guterres's appeal for a humanitarian pause in Gaza."
            ),
            [
                "United Nations humanitarian_pause demand",
                "European Union humanitarian_pause support",
            ])
    }

    func testAQuotedWordInsideACueLeavesTheCueWhole() {
        XCTAssertEqual(
            stances(
                "Fighting raged in Khartoum. Hemedti said he had \"no objection\" to a truce for Eid."
            ),
            ["Dagalo ceasefire support"])
    }
}

extension StanceExtractorTests {
    func testAHaltOfSoManyDaysOrHoursIsAPause() {
        XCTAssertEqual(
            stances(
                "Israel agreed on Thursday to a daily four-hour halt to its operations in northern Gaza."
            ),
            ["Israel humanitarian_pause support"])
    }
}

extension StanceExtractorTests {
    func testStandingBehindOrKeepingToSupportsAndArguingForDemands() {
        XCTAssertEqual(
            stances("Both Israel and Hamas are sticking to the terms of the truce."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
        XCTAssertEqual(
            stances("Erdogan argued for a permanent ceasefire in Gaza."),
            ["Turkey ceasefire demand"])
        XCTAssertEqual(
            stances("Israeli authorities are still banning fuel from entering Gaza."),
            ["Israel fuel.entry oppose"])
    }
}

extension StanceExtractorTests {
    func testTheFightingNamedAsWhatIsToStopIsACeasefire() {
        XCTAssertEqual(
            stances("Jordan insisted that the war must be halted at once."),
            ["Jordan ceasefire demand"])
        XCTAssertEqual(
            stances("UNRWA urged that the fighting stop."), ["United Nations ceasefire demand"])
    }
}

extension StanceExtractorTests {
    func testACutWithItsObjectBetweenOpposes() {
        XCTAssertEqual(
            stances("Israel has cut the territory off from fuel, food and water."),
            ["Israel fuel.entry oppose", "Israel aid.entry oppose"])
    }

    func testACountBeforeASecondTopicJoinsIt() {
        XCTAssertEqual(
            stances(
                "Under the deal, Israel undertook to let in 200 aid trucks and four fuel trucks daily."
            ),
            ["Israel aid.entry support", "Israel fuel.entry support"])
    }
}

extension StanceExtractorTests {
    func testThoseJoinedInAVoteCastItToo() {
        let resolution =
            "The General Assembly adopted a resolution demanding a humanitarian ceasefire. "
        XCTAssertEqual(
            stances(
                resolution
                    + "Eight countries joined the United States and Israel in voting no: Austria and Paraguay."
            ),
            [
                "United Nations ceasefire demand", "United States ceasefire oppose",
                "Israel ceasefire oppose", "Austria ceasefire oppose", "Paraguay ceasefire oppose",
            ])
        XCTAssertEqual(
            stances(
                resolution
                    + "Washington and Israel were joined in voting no by eight other countries: Paraguay and Austria."
            ),
            [
                "United Nations ceasefire demand", "United States ceasefire oppose",
                "Israel ceasefire oppose", "Paraguay ceasefire oppose", "Austria ceasefire oppose",
            ])
    }
}

extension StanceExtractorTests {
    func testAPlanUnveiledOrAnEntryOrderedIsSupported() {
        XCTAssertEqual(
            stances("Israel is to let more fuel into the Gaza Strip."),
            ["Israel fuel.entry support"])
        XCTAssertEqual(
            stances("Israel and Hamas unveiled a hostage deal on Wednesday."),
            ["Israel hostage_deal support", "Hamas hostage_deal support"])
    }
}

extension StanceExtractorTests {
    func testAForThatRepeatsADemandsForAsksForItsTopic() {
        XCTAssertEqual(
            stances(
                "Ramaphosa called for the hostages to be released, for the siege of Gaza to be lifted and for humanitarian corridors to be opened."
            ),
            ["South Africa aid.entry demand"])
        // The demand's own "for" may follow the cue.
        XCTAssertEqual(
            stances(
                "Jordan pressed at the UN for a permanent ceasefire in Gaza and for humanitarian aid to keep flowing."
            ),
            ["Jordan ceasefire demand", "Jordan aid.entry demand"])
    }
}

extension StanceExtractorTests {
    func testLettingTheThingInIsSupportAndNotLettingItInIsOpposition() {
        XCTAssertEqual(
            stances("The army said it will not let fuel into the Gaza Strip."),
            ["IDF fuel.entry oppose"])
        XCTAssertEqual(
            stances("Israel is letting 200 aid trucks a day into the enclave."),
            ["Israel aid.entry support"])
    }
}

extension StanceExtractorTests {
    func testAnAdverbMayStandInsideACue() {
        XCTAssertEqual(
            stances("Guterres stressed that a ceasefire in Gaza was urgently required."),
            ["United Nations ceasefire demand"])
        // A word of a negation is no adverb passed over: "has yet to be" asks for nothing.
        XCTAssertEqual(
            stances("Sudan's army says it has yet to be handed an agenda for the talks."), [])
    }
}

extension StanceExtractorTests {
    func testTheOwnerOfADraftHoldsTheStanceOfTheCueRightAfterIt() {
        XCTAssertEqual(
            stances("Jordan's text sought a humanitarian truce in Gaza."),
            ["Jordan humanitarian_pause demand"])
        // Without the owner's "'s" the draft may be another's ("vetoed a UN resolution calling
        // for …"), and a noun that is no one's words leaves its owner out.
        XCTAssertEqual(
            stances("The US vetoed a UN resolution calling for an immediate ceasefire in Gaza."),
            ["United States ceasefire oppose"])
    }
}

extension StanceExtractorTests {
    func testAHaltToTheBombardmentOrSilencedGunsAreACeasefire() {
        XCTAssertEqual(
            stances("The Secretary-General urged a halt to Israel's bombardment of Gaza."),
            ["United Nations ceasefire demand"])
        XCTAssertEqual(
            stances("Egypt urged Israel and Hamas to silence their guns."),
            ["Egypt ceasefire demand"])
    }
}

extension StanceExtractorTests {
    func testAnOKSupportsAndAnExclusionOpposes() {
        XCTAssertEqual(
            stances("Israel OKs a small rise in fuel going into Gaza."),
            ["Israel fuel.entry support"])
        XCTAssertEqual(
            stances("The US and Israel have excluded a full ceasefire."),
            ["United States ceasefire oppose", "Israel ceasefire oppose"])
    }
}

extension StanceExtractorTests {
    func testAQuotedTopicMayServeAPurpose() {
        XCTAssertEqual(
            stances(
                "The Security Council passed a resolution calling for \"extended humanitarian pauses\" so that aid can get into Gaza."
            ),
            ["United Nations humanitarian_pause demand", "United Nations aid.entry demand"])
    }
}

extension StanceExtractorTests {
    func testMakingItEasierSupports() {
        XCTAssertEqual(
            stances(
                "After the earthquake, Damascus said the step would make it easier for humanitarian aid to get to everyone in need."
            ),
            ["Syria aid.entry support"])
    }
}

extension StanceExtractorTests {
    func testSudansTwoGeneralsAreItsTwoLeaders() {
        XCTAssertEqual(
            stances("In Sudan, the country's feuding generals accepted a 24-hour truce."),
            ["Burhan ceasefire support", "Dagalo ceasefire support"])
    }
}

extension StanceExtractorTests {
    func testWhatSomeoneHadToDoIsDemanded() {
        XCTAssertEqual(
            stances("Biden said the Israelis had to allow significantly more aid into Gaza."),
            ["Biden aid.entry demand"])
    }
}

extension StanceExtractorTests {
    func testWhoAdvisesOrPressesAnotherToActHoldsTheStance() {
        XCTAssertEqual(
            stances("Washington had advised Israel to hold off on a ground assault."),
            ["United States ground_invasion oppose"])
        XCTAssertEqual(
            stances("The United States pressed Israel to delay its ground invasion."),
            ["United States ground_invasion oppose"])
    }
}

extension StanceExtractorTests {
    func testActorsActingAsFacilitatorsSupportTheTalks() {
        XCTAssertEqual(
            stances(
                "In Sudan, the army and the RSF returned to the talks in Jeddah, with Saudi Arabia and the United States acting as facilitators."
            ),
            [
                "Sudanese army peace_talks support", "RSF peace_talks support",
                "Saudi Arabia peace_talks support", "United States peace_talks support",
            ])
    }
}

extension StanceExtractorTests {
    func testWhatSeveralActorsWantTheyDemandButLackingIsNoWant() {
        XCTAssertEqual(
            stances("Jordan, Saudi Arabia and Qatar want an immediate ceasefire."),
            [
                "Jordan ceasefire demand", "Saudi Arabia ceasefire demand",
                "Qatar ceasefire demand",
            ])
        XCTAssertEqual(
            stances("UNRWA warned that its convoys would stop for want of fuel."), [])
    }

    func testTakingPartOrShowingInterestInTalksSupportsThem() {
        XCTAssertEqual(
            stances("In Sudan, Burhan had shown interest in the talks in Jeddah."),
            ["Burhan peace_talks support"])
    }
}

extension StanceExtractorTests {
    func testDeliveriesOfFuelAreFuelsEntry() {
        XCTAssertEqual(
            stances("Israel has agreed to daily deliveries of 130,000 litres of fuel."),
            ["Israel fuel.entry support"])
    }

    func testTheOtherPartyToADealNamedAfterWithBacksIt() {
        XCTAssertEqual(
            stances("Hamas announced that it had struck a deal with Israel."),
            ["Hamas hostage_deal support", "Israel hostage_deal support"])
    }

    func testFailingToRespectTheTruceOpposesThePause() {
        XCTAssertEqual(
            stances("The army said Hamas had failed to respect the truce."),
            ["Hamas humanitarian_pause oppose"])
        XCTAssertEqual(
            stances("Hamas resumed firing rockets at Israel."), ["Hamas humanitarian_pause oppose"])
    }
}

extension StanceExtractorTests {
    func testAttendingTalksOrOfferingToHostThemSupportsThem() {
        XCTAssertEqual(
            stances("In Sudan, the RSF attended the talks in Geneva."), ["RSF peace_talks support"])
        XCTAssertEqual(
            stances("In Sudan, Turkey offered to host talks between the two generals."),
            ["Turkey peace_talks support"])
    }
}

extension StanceExtractorTests {
    func testHaltingFireOrSendingNoDelegationStatesAPositionInSudan() {
        XCTAssertEqual(
            stances(
                "Sudan's RSF announced that it was unilaterally halting fire for three months."),
            ["RSF ceasefire support"])
        XCTAssertEqual(
            stances("In Sudan, the SAF have sent no delegation to Geneva."),
            ["Sudanese army peace_talks oppose"])
    }
}

extension StanceExtractorTests {
    func testMediationNamesADealOnlyWhereTheSentenceNamesNoOtherTopic() {
        XCTAssertEqual(
            stances(
                "The truce would be carried out as part of the joint mediation of Qatar and Egypt."),
            ["Qatar humanitarian_pause support", "Egypt humanitarian_pause support"])
        XCTAssertEqual(
            stances("Israel thanked Qatar for its mediation."),
            ["Israel hostage_deal support", "Qatar hostage_deal support"])
    }
}

extension StanceExtractorTests {
    func testLobbyingForATopicDemandsItAndSigningItBacksIt() {
        XCTAssertEqual(
            stances("In Sudan, Washington has been lobbying for a humanitarian pause."),
            ["United States ceasefire demand"])
        XCTAssertEqual(
            stances(
                "In Sudan, the army and the RSF put their signatures to a seven-day ceasefire."),
            ["Sudanese army ceasefire support", "RSF ceasefire support"])
    }
}

extension StanceExtractorTests {
    func testANegatedPassiveIsTheOppositeStanceOfItsAgent() {
        XCTAssertEqual(
            stances("Fuel, however, has still not been allowed in by Israel."),
            ["Israel fuel.entry oppose"])
        XCTAssertEqual(
            stances("In Sudan, earlier short-term truces were not respected by either side."),
            ["Sudanese army ceasefire oppose", "RSF ceasefire oppose"])
        XCTAssertEqual(
            stances("They were not covered by the hostage deal struck between Israel and Hamas."),
            [])
    }
}

extension StanceExtractorTests {
    func testACueOpeningInsideABreakerKeepsItsTopic() {
        XCTAssertEqual(
            stances("In Sudan, the army pledged to make it easier to deliver humanitarian aid."),
            ["Sudanese army aid.entry support"])
        XCTAssertEqual(
            stances(
                "After the earthquake, the European Union relaxed its sanctions on Syria to make it easier to get aid to the country."
            ),
            ["European Union aid.entry support", "European Union sanctions.relief support"])
    }

    func testMakingATopicPossibleBacksIt() {
        XCTAssertEqual(
            stances("Washington called on Israel to make it possible for aid to get in."),
            ["United States aid.entry demand"])
        XCTAssertEqual(
            stances("In Sudan, the Quad has been working for a truce since the summer."),
            [
                "United States ceasefire support", "Saudi Arabia ceasefire support",
                "United Arab Emirates ceasefire support", "Egypt ceasefire support",
            ])
    }
}

extension StanceExtractorTests {
    func testTheOneADemandIsPutToHoldsNone() {
        XCTAssertEqual(stances("Israel has been urged to let more aid in."), [])
        XCTAssertEqual(
            stances(
                "In Sudan, both the army and the RSF have been pressed to let humanitarian aid in."),
            [])
        XCTAssertEqual(
            stances("Israel was urged by Egypt to let more aid in."), ["Egypt aid.entry demand"])
    }
}

extension StanceExtractorTests {
    func testAVerdictRightAfterAJudgedTopicIsTheJudgesStance() {
        XCTAssertEqual(
            stances("In Sudan, Burhan had branded this newest truce plan unacceptable."),
            ["Burhan ceasefire oppose"])
        XCTAssertEqual(
            stances("In Sudan, Burhan called the ceasefire unacceptable."),
            ["Burhan ceasefire oppose"])
        XCTAssertEqual(stances("In Sudan, the truce plan stalled."), [])
        XCTAssertEqual(
            stances("The cabinet gave the deal its approval after six hours."),
            ["Israeli war cabinet hostage_deal support"])
    }

    func testASwapNamedWithWhatItTradesIsADeal() {
        XCTAssertEqual(
            stances("Sisi approved of the planned exchange of captives for detainees."),
            ["Egypt hostage_deal support"])
        XCTAssertEqual(
            stances("Egypt and Qatar negotiate over a hostage deal."),
            ["Egypt hostage_deal support", "Qatar hostage_deal support"])
    }
}

extension StanceExtractorTests {
    func testAnOfferOfATopicIsItsMakersSupport() {
        XCTAssertEqual(
            stances("Hamas turned down Israeli offers of a week-long truce."),
            ["Hamas humanitarian_pause oppose", "Israel humanitarian_pause support"])
        XCTAssertEqual(
            stances("Qatar called the humanitarian truce a good sign."),
            ["Qatar humanitarian_pause support"])
    }

    func testARequestedReliefTeamIsInternationalAid() {
        XCTAssertEqual(
            stances("After the earthquake, Turkey asked for a relief team from Korea."),
            ["Turkey international_aid demand"])
    }
}

extension StanceExtractorTests {
    func testAMarkEndsARequestBeforeTheActorAfterIt() {
        XCTAssertEqual(
            stances("At Washington's request, Israel opened the crossing to aid."),
            ["Israel aid.entry support", "United States aid.entry demand"])
    }

    func testATopicInsideAConditionIsNoPositionOfItsOwn() {
        XCTAssertEqual(
            stances("Hamas said it will free no further hostages until Israel stops the war."),
            ["Hamas hostage_deal conditional"])
        XCTAssertEqual(
            stances("Hamas said prisoners will not be exchanged until the aggression stops."),
            ["Hamas hostage_deal conditional"])
        XCTAssertEqual(
            stances("Israel will agree to a pause only if Hamas frees the hostages."),
            ["Israel humanitarian_pause conditional"])
        XCTAssertEqual(
            stances(
                "Hamas said no more hostages will be handed over unless Israel agrees to a ceasefire."
            ),
            ["Hamas hostage_deal conditional"])
    }

    func testATruceSaidToGoOnIsKeptUpByWhoSaysSo() {
        XCTAssertEqual(
            stances(
                "Israel and Hamas announced that the humanitarian truce would run for another day."),
            ["Israel humanitarian_pause support", "Hamas humanitarian_pause support"])
    }
}

extension StanceExtractorTests {
    func testATopicJudgedAGiftToTheEnemyIsOpposed() {
        XCTAssertEqual(
            stances("Blinken said a ceasefire at this point would let Hamas regroup."),
            ["United States ceasefire oppose"])
    }
}

extension StanceExtractorTests {
    func testAPartJoinedToItsActorByAHyphenIsACreditNotThePosition() {
        XCTAssertEqual(
            stances(
                "Sudan's army chief Burhan has turned down a U.S.-mediated ceasefire proposal."),
            ["Burhan ceasefire oppose", "United States ceasefire support"])
        // The credit is for the topic it modifies, not for the others the sentence names.
        XCTAssertEqual(
            stances("The RSF backs a ceasefire and sent envoys to the Saudi-hosted talks."),
            ["RSF ceasefire support", "Saudi Arabia peace_talks support"])
    }
}

extension StanceExtractorTests {
    func testATopicJudgedAHarmIsOpposed() {
        XCTAssertEqual(
            stances("Macron said a massive Israeli ground incursion into Gaza would be an error."),
            ["France ground_invasion oppose"])
        XCTAssertEqual(
            stances("Biden said a ceasefire in Gaza would be a mistake."),
            ["Biden ceasefire oppose"])
    }

    func testAnInvasionBegunOrMadeReadyIsSupported() {
        XCTAssertEqual(
            stances("The army has begun a ground invasion of Gaza."),
            ["IDF ground_invasion support"])
        XCTAssertEqual(
            stances("Israel is readying a ground invasion of Gaza."),
            ["Israel ground_invasion support"])
    }
}

extension StanceExtractorTests {
    func testWeInReportedWordsActsForItsSpeaker() {
        XCTAssertEqual(
            stances("\"We will press on with the war right to the end,\" Netanyahu said."),
            ["Netanyahu ceasefire oppose"])
    }
}
