package io.callreview.sim;

import io.callreview.coaching.rules.RepCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one policy over a team for the settings' weeks, an hour at a time: first the nudges the policy sends in that hour
 * (the rep may open them, and answers), then the calls that start in it (done or not by the rep's memory, graded with
 * the grader's noise, handed to the policy).
 */
public final class Simulation {

    private Simulation() {
    }

    public static List<WeekFigures> run(SimSettings settings, Policy policy, RepCalendar calendar) {
        return run(settings, policy, calendar, new TreeMap<>());
    }

    /** @param kinds counts the nudges sent by kind */
    public static List<WeekFigures> run(SimSettings settings, Policy policy, RepCalendar calendar, Map<String, Long> kinds) {
        List<SimRep> team = Team.create(settings, calendar);
        Instant start = Team.start(calendar);
        long[][] tally = new long[settings.weeks()][5];
        int[] callNumber = new int[team.size()];
        for (int hour = 0; hour < settings.weeks() * 7 * 24; hour++) {
            Instant now = start.plus(Duration.ofHours(hour));
            long[] week = tally[hour / (7 * 24)];
            for (int r = 0; r < team.size(); r++) {
                SimRep rep = team.get(r);
                for (Nudge nudge : policy.dispatch(rep, now)) {
                    week[3]++;
                    kinds.merge(nudge.kind(), 1L, Long::sum);
                    List<Reply> replies = rep.open(nudge, now, settings.openRate(), settings.trainingDoneRate());
                    if (!replies.isEmpty()) {
                        week[4]++;
                        policy.answered(rep, nudge, replies);
                    }
                }
                for (Instant at : rep.callsBetween(now, now.plus(Duration.ofHours(1)))) {
                    ScoredCall call = rep.call(rep.id() + "-call-" + (++callNumber[r]), at, settings.graderAccuracy());
                    week[0] += call.done().size();
                    week[1] += call.done().values().stream().filter(d -> d).count();
                    week[2] += call.graded().values().stream().filter(g -> g).count();
                    policy.afterCall(rep, call);
                }
            }
        }
        List<WeekFigures> weeks = new ArrayList<>();
        for (int w = 0; w < settings.weeks(); w++) {
            weeks.add(new WeekFigures(w + 1, tally[w][0], tally[w][1], tally[w][2], tally[w][3], tally[w][4]));
        }
        return weeks;
    }
}
