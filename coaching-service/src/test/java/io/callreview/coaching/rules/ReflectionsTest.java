package io.callreview.coaching.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReflectionsTest {

    @Test
    void guidanceBecomesPointsToPickThenNotSure() {
        assertThat(Reflections.choices("Credit open questions about budget, timeline and priority. Two or more are expected.\n"
                + "- Ask who decides"))
                .containsExactly("Credit open questions about budget, timeline and priority.", "Two or more are expected.",
                        "Ask who decides", Reflections.NOT_SURE);
        assertThat(Reflections.choices(null)).containsExactly(Reflections.NOT_SURE);
        assertThat(Reflections.guidancePoints("One. Two. Three. Four. Five.")).hasSize(4);
        assertThat(Reflections.guidancePoints("Ask for a specific day and time; 'let's connect sometime' is not an ask."))
                .containsExactly("Ask for a specific day and time; 'let's connect sometime' is not an ask.");
    }

    @Test
    void anExplanationNamesSomething() {
        assertThat(Reflections.explains("Ask who decides", null)).isTrue();
        assertThat(Reflections.explains(null, "I asked about their timeline first")).isTrue();
        assertThat(Reflections.explains(Reflections.NOT_SURE, null)).isFalse();
        assertThat(Reflections.explains(Reflections.NOT_SURE, "no idea")).isFalse();
        assertThat(Reflections.explains(null, "  ")).isFalse();
        assertThat(Reflections.grade(null, "I asked about their timeline first")).isEqualTo(Fsrs.Grade.GOOD);
        assertThat(Reflections.grade(Reflections.NOT_SURE, null)).isEqualTo(Fsrs.Grade.HARD);
    }

    @Test
    void theQuestionQuotesTheRep() {
        assertThat(Reflections.question("Does the rep ask about budget?", "What budget have you set aside?"))
                .isEqualTo("You managed to ask about budget: “What budget have you set aside?”. What did you do that made it work?");
        assertThat(Reflections.question("Does the rep ask about budget?", null)).startsWith("You managed to ask about budget on that call.");
    }

    @Test
    void askedAgainOnlyAfterTheGap() {
        Instant now = Instant.parse("2030-05-15T10:00:00Z");
        assertThat(Reflections.due(Optional.empty(), now, Duration.ofDays(2))).isTrue();
        assertThat(Reflections.due(Optional.of(now.minus(Duration.ofDays(1))), now, Duration.ofDays(2))).isFalse();
        assertThat(Reflections.due(Optional.of(now.minus(Duration.ofDays(2))), now, Duration.ofDays(2))).isTrue();
    }
}
