package io.callreview.coaching.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BehaviourPhrasingTest {

    @Test
    void addressesTheRep() {
        assertThat(BehaviourPhrasing.asAction("Does the rep close with agreed next steps?")).isEqualTo("close with agreed next steps");
        assertThat(BehaviourPhrasing.asSelfCheck("Does the rep introduce themselves and confirm their needs?"))
                .isEqualTo("Did you introduce yourself and confirm their needs on that call?");
        assertThat(BehaviourPhrasing.asSelfCheck("Is the rep talking to the right people?"))
                .isEqualTo("Were you talking to the right people on that call?");
        assertThat(BehaviourPhrasing.asAction("Is the rep talking to the decision maker?")).isEqualTo("be talking to the decision maker");
    }

    @Test
    void quotesQuestionsOfAnotherForm() {
        assertThat(BehaviourPhrasing.asAction("Budget discussed?")).isEqualTo("“Budget discussed?”");
        assertThat(BehaviourPhrasing.asSelfCheck("Budget discussed?")).isEqualTo("On that call, was the answer yes: “Budget discussed?”?");
    }
}
