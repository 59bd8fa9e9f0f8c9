package io.callreview.scorecard.grading;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProspectReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Since you told me your reps re-key orders by hand, the CRM sync removes that step.",
            "For the double bookings you mentioned, the shared calendar blocks the slot.",
            "That reporting headache you described is what the dashboards solve.",
            "As you put it, Fridays disappear into reconciliations; this gives them back.",
            "From our last call, the audit findings were the worry, so every change is logged.",
            "You’ve said the dispatchers lose an hour, and the planner gives it back."})
    void aSentenceThatSaysItAnswersTheProspectRefersToThem(String sentence) {
        assertThat(ProspectReference.refersToProspect(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The alerts flag every contract ninety days out.",
            "You can set up alerts for just about anything here.",
            "Our customers told us they love the mobile app.",
            "I mentioned the integrations earlier, they cover the big ERPs.",
            "Last time I checked, the alerts flag every contract ninety days out.",
            "As we talked about in the intro, our integrations cover the big ERPs.",
            "It's the last call of the quarter for us, so here's the reporting module."})
    void aFeatureTourDoesNot(String sentence) {
        assertThat(ProspectReference.refersToProspect(sentence)).isFalse();
    }
}
