package io.callreview.loadtest.scale;

import io.callreview.launcher.ApiClient;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The organisation whose year is seeded: reps spread over teams, one coach per team, each rep with a skill (the
 * chance of showing a behaviour) and a per-behaviour lean, put on scorecard-service's roster through its API.
 */
public final class ScaleRoster {

    /** A rep of the seeded history: how likely they show each behaviour is {@code skill} plus a lean per behaviour. */
    public record SeedRep(String id, String teamId, double skill, long leanSeed) {

        double chanceToMeet(String behaviourKey) {
            double lean = (new Random(leanSeed ^ behaviourKey.hashCode()).nextDouble() - 0.5) * 0.3;
            return Math.max(0.05, Math.min(0.97, skill + lean));
        }
    }

    private final List<SeedRep> reps = new ArrayList<>();
    private final List<String> teams = new ArrayList<>();

    public ScaleRoster(int repCount, int teamCount, long seed) {
        Random random = new Random(seed);
        for (int t = 1; t <= teamCount; t++) {
            teams.add(String.format("team-s-%02d", t));
        }
        for (int i = 0; i < repCount; i++) {
            reps.add(new SeedRep(String.format("rep-s-%03d", i + 1), teams.get(i % teamCount), 0.35 + 0.57 * random.nextDouble(),
                    random.nextLong()));
        }
    }

    public List<SeedRep> reps() {
        return reps;
    }

    public List<String> teams() {
        return teams;
    }

    public static String coachOf(String teamId) {
        return teamId.replace("team-", "coach-");
    }

    /** Puts every rep on their team and every coach on their team, as an admin does. */
    public void enrol(SuiteUnderTest suite) {
        ApiClient scorecard = suite.scorecard();
        for (SeedRep rep : reps) {
            scorecard.put("/api/roster/reps/" + rep.id(), suite.adminToken(), Map.of("teamId", rep.teamId(), "displayName", rep.id()))
                    .expect(200, 201);
        }
        for (String team : teams) {
            scorecard.put("/api/roster/coaches/" + coachOf(team), suite.adminToken(), Map.of("teams", List.of(team))).expect(200, 201);
        }
    }
}
