package io.callreview.sim;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.rules.RepCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes the simulated team from a seed: each rep's learning rate (log-normal around 1), where they start on each
 * behaviour (about three in ten behaviours a knowledge gap, the rest known but not always done), and their calls (a few
 * per week, on working days, inside working hours). The same seed makes the same team.
 */
public final class Team {

    /** Monday, the first day of the simulated weeks. */
    public static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static final double KNOWLEDGE_GAP_SHARE = 0.3;

    private Team() {
    }

    public static Instant start(RepCalendar calendar) {
        return START.atStartOfDay(calendar.zone()).toInstant();
    }

    public static List<SimRep> create(SimSettings settings, RepCalendar calendar) {
        Random team = new Random(settings.seed());
        List<SimRep> reps = new ArrayList<>();
        for (int i = 0; i < settings.reps(); i++) {
            reps.add(rep(String.format("rep-%02d", i + 1), new Random(team.nextLong()), settings, calendar));
        }
        return reps;
    }

    private static SimRep rep(String id, Random random, SimSettings settings, RepCalendar calendar) {
        double learningRate = Math.min(3, Math.max(0.3, Math.exp(random.nextGaussian() * settings.learningSpread())));
        Instant start = start(calendar);
        Map<String, Memory> memories = new LinkedHashMap<>();
        for (Behaviour behaviour : Behaviour.STARTER) {
            boolean gap = random.nextDouble() < KNOWLEDGE_GAP_SHARE;
            double skill = gap ? 0.05 + 0.2 * random.nextDouble() : 0.4 + 0.45 * random.nextDouble();
            double insight = 0.05 + 0.45 * random.nextDouble();
            double stability = 1 + 5 * random.nextDouble();
            Instant lastPractice = start.minus(Duration.ofMinutes((long) (random.nextDouble() * 7 * 24 * 60)));
            memories.put(behaviour.key(), new Memory(skill, insight, stability, lastPractice));
        }
        return new SimRep(id, learningRate, calendar, memories, callTimes(random, settings, calendar), random);
    }

    private static List<Instant> callTimes(Random random, SimSettings settings, RepCalendar calendar) {
        List<Instant> times = new ArrayList<>();
        for (int week = 0; week < settings.weeks(); week++) {
            int calls = settings.minCallsPerWeek() + random.nextInt(settings.maxCallsPerWeek() - settings.minCallsPerWeek() + 1);
            for (int c = 0; c < calls; c++) {
                LocalDate day = START.plusWeeks(week).plusDays(random.nextInt(5));
                LocalTime time = LocalTime.of(9, 30).plusMinutes(random.nextInt(7 * 60));
                times.add(day.atTime(time).atZone(calendar.zone()).toInstant());
            }
        }
        times.sort(null);
        times.removeIf(t -> !calendar.workDays().contains(t.atZone(calendar.zone()).getDayOfWeek()));
        return times;
    }

    /** The working hours coaching-service assumes for a rep who never set their own. */
    public static RepCalendar defaultCalendar(CoachingConfig config) {
        CoachingConfig.RepDefaults defaults = config.repDefaults();
        return new RepCalendar(ZoneId.of(defaults.timeZone()), defaults.workStart(), defaults.workEnd(), defaults.workDays());
    }
}
