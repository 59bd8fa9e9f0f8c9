package io.callreview.coaching.rules;

import io.callreview.coaching.rules.PlanEffectiveness.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PlanEffectivenessTest {

    private static final Instant START = Instant.parse("2030-06-03T10:00:00Z");

    private static Observation at(String callId, String key, int days, boolean met) {
        return new Observation(callId, key, START.plus(Duration.ofDays(days)), met);
    }

    @Test
    void comparesEqualWindowsWithTheCallsBehindEachFigure() {
        var result = PlanEffectiveness.compare(START, START.plus(Duration.ofDays(7)), List.of(
                at("old", "a", -30, true),          // before the window: ignored
                at("b1", "a", -6, false), at("b1", "b", -6, true), at("b2", "a", -2, false),
                at("a1", "a", 1, true), at("a1", "b", 1, true), at("a2", "a", 6, false),
                at("late", "a", 7, true)));         // at the end: outside
        assertThat(result.before().calls()).isEqualTo(2);
        assertThat(result.before().reviews()).isEqualTo(3);
        assertThat(result.before().adherence()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(result.after().calls()).isEqualTo(2);
        assertThat(result.after().adherence()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(result.change()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(result.before().from()).isEqualTo(START.minus(Duration.ofDays(7)));
        assertThat(result.summary()).isEqualTo("Adherence rose from 33% (2 calls) to 67% (2 calls) over two equal windows"
                + " of 7 days before and after the plan started.");
    }

    @Test
    void saysWhenThereIsNothingToCompare() {
        assertThat(PlanEffectiveness.compare(START, START.plus(Duration.ofDays(3)), List.of()).summary())
                .startsWith("No scored call");
        var noBefore = PlanEffectiveness.compare(START, START.plus(Duration.ofDays(3)), List.of(at("a1", "a", 1, true)));
        assertThat(noBefore.change()).isNull();
        assertThat(noBefore.summary()).contains("100% over 1 call since the plan started; no call in the 3 days before");
    }

    @Test
    void fallingAdherenceIsReportedAsSuch() {
        var result = PlanEffectiveness.compare(START, START.plus(Duration.ofDays(2)),
                List.of(at("b", "a", -1, true), at("a", "a", 1, false)));
        assertThat(result.change()).isEqualTo(-1.0);
        assertThat(result.summary()).contains("fell from 100% (1 call) to 0% (1 call)");
    }
}
