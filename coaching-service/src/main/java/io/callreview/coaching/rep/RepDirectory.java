package io.callreview.coaching.rep;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.rules.RepCalendar;
import io.callreview.platform.persistence.RowLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds reps and takes their lock. Every change to a rep's coaching state starts by locking the rep's
 * row, so consumers of different topics, the nudge dispatcher and the API serialise per rep and always
 * take locks in the same order (rep first), which rules out deadlocks between them.
 */
@ApplicationScoped
public class RepDirectory {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CoachingConfig config;

    /**
     * Locks the rep's row until the transaction ends, creating it first if needed: a known rep costs one statement, the
     * locking read itself. Two first events of a new rep at once both insert; the second insert waits for the first
     * transaction and then ignores the row it made.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rep lock(String repId) {
        Rep rep = RowLocks.lockIfPresent(em, Rep.class, repId);
        if (rep != null) {
            return rep;
        }
        em.createNativeQuery("INSERT IGNORE INTO rep (rep_id, cap_sent, created_at, updated_at) VALUES (?1, 0, ?2, ?2)")
                .setParameter(1, repId)
                .setParameter(2, clock.instant())
                .executeUpdate();
        return RowLocks.lockIfPresent(em, Rep.class, repId);
    }

    /** Locks an existing rep unless another transaction holds them; empty means "try later". */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Rep> tryLock(String repId) {
        return RowLocks.tryLock(em, Rep.class, repId);
    }

    /**
     * Holds a shared lock on the rep's row (if there is one) until the transaction ends; call it before
     * reading anything of the rep. The service reads under READ COMMITTED, so without it a view built from
     * several queries could show half of a change (a call counted in one query, missing from the next);
     * every change takes this row's exclusive lock first, so with it the view waits for a change in
     * progress and then sees all of it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdForReading(String repId) {
        em.createNativeQuery("SELECT rep_id FROM rep WHERE rep_id = ?1 LOCK IN SHARE MODE").setParameter(1, repId).getResultList();
    }

    public Optional<Rep> find(String repId) {
        return Optional.ofNullable(em.find(Rep.class, repId));
    }

    /** The rep's working hours, falling back to the configured defaults for what they did not set. */
    public RepCalendar calendarOf(Rep rep) {
        CoachingConfig.RepDefaults defaults = config.repDefaults();
        return new RepCalendar(
                ZoneId.of(rep.timeZone != null ? rep.timeZone : defaults.timeZone()),
                rep.workStart != null ? rep.workStart : defaults.workStart(),
                rep.workEnd != null ? rep.workEnd : defaults.workEnd(),
                rep.workDays != null ? parseDays(rep.workDays) : defaults.workDays());
    }

    public int dailyCapOf(Rep rep) {
        return rep.dailyCap != null ? rep.dailyCap : config.nudges().dailyCap();
    }

    static Set<DayOfWeek> parseDays(String days) {
        return Arrays.stream(days.split(","))
                .map(String::trim)
                .filter(day -> !day.isEmpty())
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public static String formatDays(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }
}
