package io.callreview.coaching.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a coaching plan works: adherence to its focus behaviours after the plan started, against the
 * same length of time just before it, each figure with the number of calls behind it.
 */
public final class PlanEffectiveness {

    /** A decided verdict on one of the plan's focus behaviours. */
    public record Observation(String callId, String behaviourKey, Instant at, boolean met) {
    }

    public record Window(Instant from, Instant to, int calls, int reviews, int met) {

        public Double adherence() {
            return reviews == 0 ? null : (double) met / reviews;
        }
    }

    public record Result(Window before, Window after, Double change, String summary) {
    }

    private PlanEffectiveness() {
    }

    /** @param end the plan's end, or now while it runs */
    public static Result compare(Instant start, Instant end, Collection<Observation> observations) {
        Duration length = Duration.between(start, end.isAfter(start) ? end : start);
        Window before = window(start.minus(length), start, observations);
        Window after = window(start, start.plus(length), observations);
        Double change = before.adherence() != null && after.adherence() != null ? after.adherence() - before.adherence() : null;
        return new Result(before, after, change, summary(length, before, after, change));
    }

    private static Window window(Instant from, Instant to, Collection<Observation> observations) {
        List<Observation> inside = observations.stream()
                .filter(o -> !o.at().isBefore(from) && o.at().isBefore(to))
                .toList();
        Set<String> calls = new LinkedHashSet<>();
        inside.forEach(o -> calls.add(o.callId()));
        int met = (int) inside.stream().filter(Observation::met).count();
        return new Window(from, to, calls.size(), inside.size(), met);
    }

    private static String summary(Duration length, Window before, Window after, Double change) {
        String span = length.toDays() >= 1 ? length.toDays() + " days" : length.toHours() + " hours";
        if (after.reviews() == 0) {
            return "No scored call on the focus behaviours since the plan started yet.";
        }
        if (before.reviews() == 0) {
            return "Adherence " + Figures.percent(after.adherence()) + " over " + after.calls() + " call" + plural(after.calls())
                    + " since the plan started; no call in the " + span + " before it to compare with.";
        }
        String direction = Math.abs(change) < 0.005 ? "stayed at" : change > 0 ? "rose from" : "fell from";
        String from = direction.equals("stayed at") ? Figures.percent(after.adherence())
                : Figures.percent(before.adherence()) + " (" + before.calls() + " call" + plural(before.calls()) + ") to "
                + Figures.percent(after.adherence());
        return "Adherence " + direction + " " + from + " (" + after.calls() + " call" + plural(after.calls())
                + ") over two equal windows of " + span + " before and after the plan started.";
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
