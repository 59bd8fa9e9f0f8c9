package io.callreview.scorecard.grading;

import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.Transcript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationCheckTest {

    private final ConversationCheck check = new ConversationCheck(50, 15);

    @Test
    void aRealConversationIsGradedHoweverBadlyTheRepDid() {
        Transcript call = transcript(
                rep("Hi Dana, it's Sam from Northwind. Is now still a good time for our chat about the renewal?"),
                prospect("Yes, go ahead, I have about fifteen minutes before my next meeting."),
                rep("Great. So we can just go through pricing and then I'll send the contract over."),
                prospect("Fine by me, as long as the seat count is right this time."));

        assertThat(check.noConversation(call)).isEmpty();
    }

    @Test
    void aVoicemailAfterTheProspectsGreetingIsOneSided() {
        Transcript call = transcript(
                prospect("Hi, you've reached Dana Whitfield at Globex. I can't take your call right now, please leave a"
                        + " message after the tone."),
                rep("Hi Dana, Sam from Northwind here. I'm calling about the renewal that comes up next month, and I'd"
                        + " love fifteen minutes this week to walk you through the new plans. You can reach me on"
                        + " five five five, zero one nine nine. Talk soon."));

        assertThat(check.noConversation(call)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("one-sided").contains("0 words from anyone else"));
    }

    @Test
    void aProspectWhoHangsUpAfterAFewWordsGaveNoConversation() {
        Transcript call = transcript(
                prospect("Hello?"),
                rep("Hi, this is Sam from Northwind, I'm calling about the webinar you joined last week on call coaching,"
                        + " do you have two minutes? I promise to keep it short."),
                prospect("Not interested, thanks. Bye."));

        assertThat(check.noConversation(call)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("4 words from anyone else"));
    }

    @Test
    void aProspectWhoSaysNoInASentenceAndHangsUpGaveNoConversation() {
        Transcript call = transcript(
                rep("Hi Dana, it's Sam with Fieldwise. Did I catch you at a bad time?"),
                prospect("Kind of, I'm heading into a meeting."),
                rep("Totally fair, thirty seconds?"),
                prospect("Honestly we're all set with scheduling, not interested. Bye."));

        assertThat(check.noConversation(call)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("too short to grade: 34 words"));
    }

    @Test
    void aSpeakerNobodyNamedMayBeTheProspectSoTheirWordsCountAsAReply() {
        Transcript call = transcript(
                rep("Hi, this is Sam from Northwind. Thanks for taking the call about the renewal today."),
                new Segment("Speaker 2", 0, 0, "Sure. We are mostly happy, but the reporting has been slow for our managers"
                        + " this quarter and I'd like to understand what the new plan changes, and what it would cost us"
                        + " to move the two regional teams onto it.", Role.UNKNOWN));

        assertThat(check.noConversation(call)).isEmpty();
    }

    @Test
    void withoutAKnownRepOnlyTheLengthIsJudged() {
        List<Segment> mono = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mono.add(new Segment("Unknown", 0, 0, "we went through the plan and the price for the team today", Role.UNKNOWN));
        }
        assertThat(check.noConversation(new Transcript(mono, false))).isEmpty();
        assertThat(check.noConversation(transcript(new Segment("Unknown", 0, 0, "sorry for you you you all do not use it on on on",
                Role.UNKNOWN)))).hasValueSatisfying(reason -> assertThat(reason).startsWith("too short to grade: 13 words"));
    }

    @Test
    void aConversationBetweenTwoSpeakersBothNamedAsRepsSaysSo() {
        Transcript call = transcript(
                rep("Hi Dana, it's Sam from Northwind. Is now still a good time for our chat about the renewal?"),
                new Segment("Dana", 0, 0, "Yes, go ahead, I have about fifteen minutes before my next meeting starts, so let us be quick.", Role.REP),
                rep("Great. So we can just go through pricing and then I'll send the contract over."));

        assertThat(check.noConversation(call)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("one-sided as named: only reps spoke").contains("'Sam', 'Dana'")
                .contains("the prospect, named in the participants with the role rep"));
    }

    @Test
    void zeroThresholdsGradeEveryCall() {
        ConversationCheck gradeAll = new ConversationCheck(0, 0);

        assertThat(gradeAll.noConversation(transcript(rep("Hello?")))).isEmpty();
        assertThat(gradeAll.noConversation(new Transcript(List.of(), false))).isEmpty();
        assertThat(check.noConversation(new Transcript(List.of(), false))).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("too short to grade: 0 words"));
    }

    private static Transcript transcript(Segment... segments) {
        List<Segment> timed = new ArrayList<>();
        long at = 0;
        for (Segment segment : segments) {
            timed.add(new Segment(segment.speaker(), at, at + 5_000, segment.text(), segment.role()));
            at += 6_000;
        }
        return new Transcript(timed, false);
    }

    private static Segment rep(String text) {
        return new Segment("Sam", 0, 0, text, Role.REP);
    }

    private static Segment prospect(String text) {
        return new Segment("Dana", 0, 0, text, Role.PROSPECT);
    }
}
