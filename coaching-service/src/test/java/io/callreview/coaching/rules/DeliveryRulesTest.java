package io.callreview.coaching.rules;

import io.callreview.coaching.rules.DeliveryRules.Defer;
import io.callreview.coaching.rules.DeliveryRules.Drop;
import io.callreview.coaching.rules.DeliveryRules.Due;
import io.callreview.coaching.rules.DeliveryRules.Send;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryRulesTest {

    private final RepCalendar utc = new RepCalendar(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 30),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private static final Instant WEDNESDAY_10 = Instant.parse("2025-03-05T10:00:00Z");

    @Test
    void sendsInsideHoursUnderTheCap() {
        assertThat(DeliveryRules.decide(new Due(null, true, Optional.empty()), WEDNESDAY_10, utc, 2, 3)).isInstanceOf(Send.class);
    }

    @Test
    void capDefersToTheNextWorkingDayUnlessExempt() {
        var decision = DeliveryRules.decide(new Due(null, true, Optional.empty()), WEDNESDAY_10, utc, 3, 3);
        assertThat(decision).isEqualTo(new Defer(Instant.parse("2025-03-06T09:00:00Z"),
                "daily cap of 3 nudges reached today; moved to the next working day"));
        assertThat(DeliveryRules.decide(new Due(null, false, Optional.empty()), WEDNESDAY_10, utc, 3, 3)).isInstanceOf(Send.class);
    }

    @Test
    void capDropsWhatWouldExpireBeforeTomorrow() {
        var decision = DeliveryRules.decide(new Due(WEDNESDAY_10.plusSeconds(1800), true, Optional.empty()), WEDNESDAY_10, utc, 3, 3);
        assertThat(decision).isInstanceOf(Drop.class);
        assertThat(((Drop) decision).cancelled()).isFalse();
        assertThat(((Drop) decision).reason()).contains("daily cap of 3");
    }

    @Test
    void outsideHoursDefersToTheNextWindow() {
        Instant evening = Instant.parse("2025-03-05T19:00:00Z");
        assertThat(DeliveryRules.decide(new Due(null, true, Optional.empty()), evening, utc, 0, 3))
                .isEqualTo(new Defer(Instant.parse("2025-03-06T09:00:00Z"),
                        "outside the rep's working hours; next window opens 2025-03-06T09:00:00Z"));
        assertThat(DeliveryRules.decide(new Due(Instant.parse("2025-03-06T08:00:00Z"), true, Optional.empty()), evening, utc, 0, 3))
                .isInstanceOf(Drop.class);
    }

    @Test
    void expiredOrWithdrawnIsDropped() {
        var expired = DeliveryRules.decide(new Due(WEDNESDAY_10, true, Optional.empty()), WEDNESDAY_10, utc, 0, 3);
        assertThat(((Drop) expired).reason()).startsWith("expired at");
        var withdrawn = DeliveryRules.decide(new Due(null, true, Optional.of("mastered")), WEDNESDAY_10, utc, 0, 3);
        assertThat(withdrawn).isEqualTo(new Drop(true, "mastered"));
    }
}
