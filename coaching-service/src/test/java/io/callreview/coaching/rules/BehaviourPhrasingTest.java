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
        assertThat(BehaviourPhrasing.asAction("Is the rep talking to the decision maker?"))
                .isEqualTo("make sure you are talking to the decision maker");
        assertThat(BehaviourPhrasing.asDone("Is the rep talking to the right people?")).isEqualTo("were talking to the right people");
        assertThat(BehaviourPhrasing.asDone("If asked, is the rep clear on pricing?")).isEqualTo("were clear on pricing if asked");
        assertThat(BehaviourPhrasing.asDone("Does the rep close with agreed next steps?")).isEqualTo("close with agreed next steps");
        assertThat(BehaviourPhrasing.asDone("Budget discussed?")).isEqualTo("did what “Budget discussed?” asks");
    }

    @Test
    void aConditionBeforeTheQuestionFollowsTheAction() {
        String brushOff = "When the prospect brushes the call off, does the rep keep the conversation going instead of giving up?";
        assertThat(BehaviourPhrasing.asAction(brushOff))
                .isEqualTo("keep the conversation going instead of giving up when the prospect brushes the call off");
        assertThat(BehaviourPhrasing.asSelfCheck(brushOff))
                .isEqualTo("On that call, when the prospect brushes the call off, did you keep the conversation going instead of giving up?");
        assertThat(BehaviourPhrasing.asAction("Before showing the product, does the rep recap the prospect's pains and goals?"))
                .isEqualTo("recap the prospect's pains and goals before showing the product");
        assertThat(BehaviourPhrasing.asAction("If asked, is the rep clear on pricing?")).isEqualTo("be clear on pricing if asked");
        assertThat(BehaviourPhrasing.asAction("When it fits, budget discussed?")).isEqualTo("do what “When it fits, budget discussed?” asks");
    }

    @Test
    void quotesQuestionsOfAnotherForm() {
        assertThat(BehaviourPhrasing.asAction("Budget discussed?")).isEqualTo("do what “Budget discussed?” asks");
        assertThat(BehaviourPhrasing.asSelfCheck("Budget discussed?")).isEqualTo("On that call, was the answer yes: “Budget discussed?”?");
    }
}
