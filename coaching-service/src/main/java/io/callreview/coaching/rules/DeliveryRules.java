package io.callreview.coaching.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides, when a nudge falls due, whether it goes out now, waits, or is dropped: it must still be
 * relevant, not expired, inside the rep's working hours, and within the rep's daily cap.
 */
public final class DeliveryRules {

    public sealed interface Decision permits Send, Defer, Drop {
    }

    public record Send() implements Decision {
    }

    /** Keep it pending until {@code until}; {@code reason} says which rule held it back. */
    public record Defer(Instant until, String reason) implements Decision {
    }

    /** Never send it: {@code cancelled} when its reason no longer holds, else it was skipped by a rule. */
    public record Drop(boolean cancelled, String reason) implements Decision {
    }

    /** The state of one due nudge and of the rep it is for. */
    public record Due(Instant expiresAt, boolean countsTowardCap, Optional<String> withdrawal) {
    }

    private DeliveryRules() {
    }

    public static Decision decide(Due nudge, Instant now, RepCalendar calendar, int sentToday, int dailyCap) {
        if (nudge.withdrawal().isPresent()) {
            return new Drop(true, nudge.withdrawal().get());
        }
        if (expired(nudge, now)) {
            return new Drop(false, "expired at " + nudge.expiresAt() + " before it could be delivered");
        }
        if (!calendar.isOpen(now)) {
            Instant opening = calendar.nextOpening(now);
            if (expired(nudge, opening)) {
                return new Drop(false, "the rep's working hours do not open again before it expires at " + nudge.expiresAt());
            }
            return new Defer(opening, "outside the rep's working hours; next window opens " + opening);
        }
        if (nudge.countsTowardCap() && sentToday >= dailyCap) {
            Instant nextDay = calendar.nextDayOpening(now);
            if (expired(nudge, nextDay)) {
                return new Drop(false, "daily cap of " + dailyCap + " nudges reached, and it expires at "
                        + nudge.expiresAt() + " before the next working day");
            }
            return new Defer(nextDay, "daily cap of " + dailyCap + " nudges reached today; moved to the next working day");
        }
        return new Send();
    }

    private static boolean expired(Due nudge, Instant at) {
        return nudge.expiresAt() != null && !at.isBefore(nudge.expiresAt());
    }
}
