package io.callreview.scorecard.access;

import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Turns the filters of an analytics or queue request into the calls the caller may see: admins every team,
 * coaches their teams, reps their own calls. A team or rep the caller may not see answers 404, as if it did not exist.
 */
@ApplicationScoped
public class ScopeResolver {

    /** Analytics cover at most this long a period. */
    public static final Duration MAX_PERIOD = Duration.ofDays(400);
    /** Without a {@code from}, analytics cover the last twelve weeks. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(84);

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /**
     * The scope over a bounded period: {@code to} defaults to the end of today (UTC), {@code from} to twelve weeks
     * before it. Whole days, so analytics read the default period from the day and week tallies alone: a period
     * starting or ending within a day reads that day call by call, which at a million calls costs a company-wide read
     * more than the rest of it. (Calls start in the past, so the rest of today holds none yet.)
     */
    public CallScope period(String teamId, String repId, String callType, Instant from, Instant to) {
        Instant end = to != null ? to : clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        Instant start = from != null ? from : end.minus(DEFAULT_PERIOD);
        if (!start.isBefore(end)) {
            throw ApiException.badRequest("from", "must be before to (" + end + ")");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            throw ApiException.badRequest("from", "a period covers at most " + MAX_PERIOD.toDays() + " days");
        }
        return scope(teamId, repId, callType, start, end);
    }

    public CallScope scope(String teamId, String repId, String callType, Instant from, Instant to) {
        if (user.isAdmin()) {
            return new CallScope(teamId == null ? null : Set.of(teamId), repId, callType, from, to);
        }
        if (user.is(Roles.COACH)) {
            if (teamId != null && !user.teams().contains(teamId)) {
                throw ApiException.hidden("team", teamId, "not of the caller's teams");
            }
            return new CallScope(teamId == null ? Set.copyOf(user.teams()) : Set.of(teamId), repId, callType, from, to);
        }
        if (user.is(Roles.REP) && user.id() != null) {
            if (repId != null && !repId.equals(user.id())) {
                throw ApiException.hidden("rep", repId, "another rep's data");
            }
            return new CallScope(teamId == null ? null : Set.of(teamId), user.id(), callType, from, to);
        }
        return new CallScope(Set.of(), repId, callType, from, to);
    }
}
