package io.callreview.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DenialBudgetTest {

    private Instant now = Instant.parse("2026-12-02T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aCallerIsRecordedUpToTheBudgetThenOnceMoreAsTheLastThenNotUntilTheNextMinute() {
        DenialBudget budget = new DenialBudget(3, clock);
        List<DenialBudget.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            decisions.add(budget.next("rep-1"));
        }
        assertThat(decisions).containsExactly(DenialBudget.Decision.RECORD, DenialBudget.Decision.RECORD,
                DenialBudget.Decision.RECORD_LAST, DenialBudget.Decision.SKIP, DenialBudget.Decision.SKIP,
                DenialBudget.Decision.SKIP);

        now = now.plus(Duration.ofSeconds(59));
        assertThat(budget.next("rep-1")).isEqualTo(DenialBudget.Decision.SKIP);
        now = now.plus(Duration.ofSeconds(1));
        assertThat(budget.next("rep-1")).isEqualTo(DenialBudget.Decision.RECORD);
    }

    @Test
    void eachCallerHasABudgetOfTheirOwn() {
        DenialBudget budget = new DenialBudget(1, clock);
        assertThat(budget.next("rep-1")).isEqualTo(DenialBudget.Decision.RECORD_LAST);
        assertThat(budget.next("rep-1")).isEqualTo(DenialBudget.Decision.SKIP);
        assertThat(budget.next("rep-2")).isEqualTo(DenialBudget.Decision.RECORD_LAST);
    }

    @Test
    void aBudgetRecordsSomething() {
        assertThatThrownBy(() -> new DenialBudget(0, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
