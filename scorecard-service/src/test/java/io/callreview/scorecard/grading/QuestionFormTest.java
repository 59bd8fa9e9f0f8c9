package io.callreview.scorecard.grading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionFormTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Who else is involved in the decision?",
            "So how does the timeline look for you",
            "and who signs off on something like this",
            "What budget do you have.",
            "Do you have a budget set aside.",
            "How much is set aside for this.",
            "Who signs off on this.",
            "What's driving the timing.",
            "Okay, what would your CFO say.",
            "exactly does that make sense",
            "How you tracking temps now",
            "and how you guys handling renewals today",
            "may i ask who besides yourself would be involved",
            "Budget range?",
            "why",
            "Walk me through who else weighs in on a decision like this.",
            "Please, tell me who else is deciding on this one.",
            "so tell me a little about your unit",
            "I'd love to hear how you handle renewals today.",
            "ok great and i was wondering who else would need to see this",
            "so um looking ahead are there other departments that might use it",
            "and on the pricing side would you want it billed monthly",
            "that makes sense exactly what's the timeline on your side"})
    void asks(String sentence) {
        assertThat(QuestionForm.isQuestion(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "So when the customer asks for a report, you're pulling it in a click.",
            "What would help is two years of sales for a couple of stores.",
            "Which is why we built the sync in the first place.",
            "Where this really helps is month-end.",
            "Can't wait to show you the dashboard!",
            "Our timeline is tight.",
            "When we rolled it out at Acme, the team loved it.",
            "perfect so what i want to get out of this is to understand how you document stuff",
            "what you need is one view of every job",
            "how we price it depends on the seats",
            "Let me walk you through the dashboard.",
            "I'll tell you what we did for Acme.",
            "Tell them I said hi.",
            "and the reminders go out to everyone who's due for a visit",
            "the reports are there whenever you need them",
            "yeah that's exactly what's slowing the crews down"})
    void states(String sentence) {
        assertThat(QuestionForm.isQuestion(sentence)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What budget have you set aside for this?",
            "and how are you thinking about budget for this like what are you comparing it to",
            "okay and if nothing changes before august what happens",
            "Do you know when you'd want this live?",
            "Walk me through how a purchase like this gets approved.",
            "Is there money set aside for this year, or would it have to come out of another bucket?",
            "And is this a top priority for you this year, or more of a nice-to-have?",
            "What's driving the timing?"})
    void asksOpenly(String question) {
        assertThat(QuestionForm.isOpen(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Do you have budget?",
            "Is there a timeline?",
            "is there budget for this",
            "okay and are you trying to get this done before summer",
            "Have you got a timeline?",
            "Is this approved already?",
            "ok and is this a priority for this year or",
            "are you looking at other tools or not",
            "Is it on the roadmap for next year or anything?"})
    void asksForAYesOrANo(String question) {
        assertThat(QuestionForm.isOpen(question)).isFalse();
    }
}
