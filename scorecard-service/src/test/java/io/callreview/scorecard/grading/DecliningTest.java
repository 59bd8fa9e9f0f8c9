package io.callreview.scorecard.grading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DecliningTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I don't think we need to set up a next step",
            "we dont have to book a follow up or anything",
            "I'm not going to ask about budget today",
            "I'd rather not get into your timeline yet",
            "Let's skip the recap",
            "lets park how the software handles your inventory issue",
            "There's no need to schedule anything yet",
            "No point looping in your CFO at this stage",
            "We won't bother sending an invite"})
    void theSpeakerDecliningIsARefusal(String clause) {
        assertThat(Declining.declines(clause)).as(clause).isTrue();
        assertThat(Declining.mayDecline(clause)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "No worries, I'll send the invite for Tuesday at ten",
            "Don't worry about prep, let's get Thursday on the calendar",
            "so you don't need a person on a lift to do cycle counts",
            "We can't leave without a next step",
            "just so I'm not guessing you told us the front desk can't see the schedules",
            "I'm not sure we have the full hour",
            "Here's the plan for the next thirty minutes"})
    void idiomsAndOtherPeoplesNegationsAreNoRefusal(String clause) {
        assertThat(Declining.declines(clause)).as(clause).isFalse();
    }

    @Test
    void theRefusedWordsAreAFewFromTheRefusalOn() {
        assertThat(Declining.refusal("im not gonna start clicking yet let me just recap your goals first"))
                .contains("im not gonna start clicking yet let me");
        assertThat(Declining.refusal("Honestly, I won't recap")).contains("I won't recap");
        assertThat(Declining.refusal("Here's the plan")).isEmpty();
    }

    @Test
    void aPassageIsReadClauseByClause() {
        assertThat(Declining.clauses("I won't keep you long, here's the plan: your process first, then the tool, but we"
                + " stop at half past")).containsExactly("I won't keep you long", "here's the plan", "your process first",
                "then the tool", "we stop at half past");
        assertThat(Declining.clauses("Let's skip the recap")).containsExactly("Let's skip the recap");
        assertThat(Declining.clauses("no worries, yes")).containsExactly("no worries, yes");
    }
}
