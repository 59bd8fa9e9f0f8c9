package io.callreview.sim;

import io.callreview.coaching.rules.RepCalendar;
import io.callreview.coaching.rules.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's policy is coaching-service's rules: the competence ladder decides when routine nudges stop and restart. */
class SuitePolicyTest {

    private static final SuiteRules RULES = SuiteRules.fromConfig();
    private static final RepCalendar CALENDAR = Team.defaultCalendar(RULES.config());

    private final SimRep rep = Team.create(SimSettings.of(Map.of("reps", "1", "weeks", "1")), CALENDAR).get(0);
    private final SuitePolicy suite = new SuitePolicy(RULES);
    private Instant day = Team.start(CALENDAR).plus(Duration.ofHours(10));
    private int calls;

    @Test
    void aRepWhoDoesEveryBehaviourAndSaysWhyStopsGettingNudgesUntilALapse() {
        List<Nudge> early = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            early.addAll(workDay(Map.of(), true));
        }
        assertThat(early).isNotEmpty().allSatisfy(n -> assertThat(n.kind()).isEqualTo("POST_CALL_FEEDBACK"));
        assertThat(early).flatExtracting(Nudge::asks).extracting(Ask::type).containsOnly(Ask.Type.REFLECTION);
        SuiteBook book = suite.book(rep);
        assertThat(book.skills.values()).allSatisfy(skill -> {
            assertThat(skill.assessment().stage()).isEqualTo(Stage.CONSCIOUSLY_COMPETENT);
            assertThat(skill.assessment().atTarget()).isTrue();
        });

        List<Nudge> atTarget = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            atTarget.addAll(workDay(Map.of(), true));
        }
        assertThat(atTarget).isEmpty();

        List<Nudge> afterLapse = workDay(Map.of("next-steps", false), true);
        assertThat(afterLapse).extracting(Nudge::behaviourKey).contains("next-steps");
        assertThat(book.focus).contains("next-steps");
    }

    @Test
    void aRepWhoCannotSayWhyIsAskedAgainAndNeverReachesTheTarget() {
        List<Nudge> nudges = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            nudges.addAll(workDay(Map.of(), false));
        }
        assertThat(suite.book(rep).skills.values()).allSatisfy(skill ->
                assertThat(skill.assessment().stage()).isEqualTo(Stage.UNCONSCIOUSLY_COMPETENT));
        assertThat(nudges).hasSizeGreaterThan(5);
        assertThat(workDay(Map.of(), false)).isNotEmpty();
    }

    /** One call on the next working day graded met except as given, then every nudge of the day, answered as told. */
    private List<Nudge> workDay(Map<String, Boolean> graded, boolean explains) {
        while (!CALENDAR.workDays().contains(day.atZone(CALENDAR.zone()).getDayOfWeek())) {
            day = day.plus(Duration.ofDays(1));
        }
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        Behaviour.STARTER.forEach(b -> verdicts.put(b.key(), graded.getOrDefault(b.key(), true)));
        suite.afterCall(rep, new ScoredCall(rep.id() + "-call-" + (++calls), ScoredCall.CALL_TYPE, day, verdicts, verdicts));
        List<Nudge> sent = new ArrayList<>();
        for (int hour = 1; hour <= 24; hour++) {
            Instant now = day.plus(Duration.ofHours(hour));
            for (Nudge nudge : suite.dispatch(rep, now)) {
                sent.add(nudge);
                suite.answered(rep, nudge, nudge.asks().stream().map(ask -> new Reply(ask, explains, now)).toList());
            }
        }
        day = day.plus(Duration.ofDays(1));
        return sent;
    }
}
