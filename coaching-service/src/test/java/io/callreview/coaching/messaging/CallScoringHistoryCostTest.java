package io.callreview.coaching.messaging;

import io.callreview.coaching.HeldDispatcher;
import io.callreview.coaching.Scenario;
import io.callreview.coaching.ServerRowReads;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.Verdict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rep's scored call must not cost more the longer their history. Counted with the database's own row reads around
 * applying a call, for two reps alike but for the number of calls before. When every call recomputed the skill
 * states from the whole history of its behaviours, it read 513 rows after 30 calls and 2,504 after 230, about ten
 * more for every earlier call; a test run applying one rep's calls took 21 ms a call after 500 calls and 69 ms after
 * 2,500 (a year at ten a day), against about 18 ms throughout since. Since then a call reads 190 to 230 rows after 30
 * to 930 earlier calls on average, with no trend, but the mean varied by up to 60 rows from run to run, as the server's
 * counters take in other threads' work; the fewest rows of five calls are the same in every run (138 after 30 calls,
 * 164 after 530, on 2026-12-05), and the bound stays far below any growth with the history.
 */
@QuarkusTest
class CallScoringHistoryCostTest extends HeldDispatcher {

    private static final Instant NOW = Instant.parse("2030-05-15T10:00:00Z");
    private static final List<String> BEHAVIOURS = List.of("ask-budget", "next-steps", "pain", "timeline", "decision-maker");
    private static final int EARLY = 30;
    private static final int LATER = 530;
    private static final int MEASURED = 5;

    @Inject
    EventCodec codec;

    @Inject
    CallScoring scoring;

    @Inject
    EntityManager em;

    @Test
    void aScoredCallReadsAsManyRowsAfterHundredsOfCallsAsEarlyOn() {
        clock.set(NOW);
        // two reps, each alone in a team, whose last calls fall at the same times: the one difference is how many calls
        // came before
        Scenario oneTeam = new Scenario(codec);
        long early = rowsReadByTheLastCalls(oneTeam, oneTeam.newRep(), EARLY);
        Scenario otherTeam = new Scenario(codec);
        long later = rowsReadByTheLastCalls(otherTeam, otherTeam.newRep(), LATER);
        System.out.printf("rows read per scored call: %d after %d calls, %d after %d calls%n", early, EARLY, later, LATER);
        assertThat(later).as("rows read per scored call after %d calls, against %d after %d", LATER, early, EARLY)
                .isLessThan(early + 60);
    }

    /**
     * The rep's history of {@code earlier} calls three hours apart, then the fewest rows read by one of the next few: the
     * counters are the server's, so work of other threads (a relay's sweep, a consumer) only ever adds to a reading.
     */
    private long rowsReadByTheLastCalls(Scenario team, String rep, int earlier) {
        Instant last = NOW.minus(Duration.ofHours(1));
        long rows = Long.MAX_VALUE;
        for (int n = 0; n < earlier + MEASURED; n++) {
            Scenario.Call call = team.call(rep, last.minus(Duration.ofHours(3L * (earlier + MEASURED - 1 - n))));
            for (int b = 0; b < BEHAVIOURS.size(); b++) {
                call.verdict(BEHAVIOURS.get(b), (n + b) % 4 == 0 ? Verdict.MISSED : Verdict.MET);
            }
            long read = applyCountingRowReads(team, call);
            if (n >= earlier) {
                rows = Math.min(rows, read);
            }
        }
        return rows;
    }

    private long applyCountingRowReads(Scenario team, Scenario.Call call) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long before = ServerRowReads.sofar(em);
            long perReading = ServerRowReads.sofar(em) - before;
            long start = ServerRowReads.sofar(em);
            assertThat(scoring.apply(EventEnvelope.wrap(EventContract.CALL_SCORED, team.scored(call), NOW)))
                    .isEqualTo(CallScoring.Outcome.APPLIED);
            return ServerRowReads.sofar(em) - start - perReading;
        });
    }
}
