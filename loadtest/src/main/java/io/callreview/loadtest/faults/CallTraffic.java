package io.callreview.loadtest.faults;

import io.callreview.launcher.LocalSuite;
import io.callreview.loadtest.suite.CallFactory;
import io.callreview.loadtest.suite.CallStream;
import io.callreview.loadtest.suite.NudgeAudit;
import io.callreview.loadtest.suite.PlannedCall;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Rep;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * The common ground of the fault scenarios: two call types, a few reps whose nudges go out at any hour, and a steady
 * stream of realistic calls posted by two CRM clients that retry what is refused, as CRMs do. Afterwards it checks
 * that every accepted call's post-call nudge is in its rep's inbox exactly once.
 */
final class CallTraffic {

    static final PrintStream OUT = System.out;
    static final Duration PATIENCE = Duration.ofMinutes(10);
    static final List<String> CALL_TYPES = List.of("discovery", "demo");

    final SuiteUnderTest suite;
    final List<Rep> reps;
    private final CallFactory factory;

    CallTraffic(SuiteUnderTest suite, int repCount, Roster.Channels channels) {
        this.suite = suite;
        Roster roster = new Roster(suite);
        roster.publishStarterScorecards(CALL_TYPES);
        this.reps = roster.addReps("f", repCount, 2, channels);
        this.factory = new CallFactory(7, Long.toString(System.currentTimeMillis(), 36), CALL_TYPES, 20, 40);
    }

    PlannedCall call(Rep rep) {
        return factory.next(rep);
    }

    List<PlannedCall> plan(int count) {
        return factory.plan(reps, count);
    }

    /** Starts posting {@code count} calls at {@code perSecond} from two clients that retry refusals; returns at once. */
    CallStream stream(int count, double perSecond) {
        return stream(plan(count), perSecond);
    }

    /** Starts posting {@code calls} at {@code perSecond} from two clients that retry refusals; returns at once. */
    CallStream stream(List<PlannedCall> calls, double perSecond) {
        return new CallStream(suite.service(LocalSuite.SCORECARD).baseUrl(), suite.integrationToken(), 2, perSecond, true,
                Duration.ofSeconds(20)).submit(calls).start();
    }

    static void awaitCondition(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(200)).until(condition::getAsBoolean);
    }

    /** Accepted calls (by call id) once the stream finished. */
    static Set<String> finish(CallStream stream) throws InterruptedException {
        if (!stream.finish(PATIENCE)) {
            throw new IllegalStateException("the call stream did not finish within " + PATIENCE);
        }
        long refused = stream.outcomes().stream().filter(o -> o.accepted() == null).count();
        if (refused > 0) {
            throw new IllegalStateException(refused + " calls were never accepted");
        }
        return stream.acceptedOutcomes().stream().map(CallStream.Outcome::callId).collect(Collectors.toSet());
    }

    /** Waits until nothing is in flight, then audits the post-call nudges of the accepted calls. */
    NudgeAudit settleAndAudit(Set<String> accepted, Quiescence quiescence) throws InterruptedException, SQLException {
        String busy = quiescence.await(PATIENCE);
        if (busy != null) {
            throw new IllegalStateException("the suite did not settle: " + busy);
        }
        return NudgeAudit.of(suite, reps, accepted);
    }

    /** "N calls in, N nudges out, 0 lost, 0 duplicated" and whether it held. */
    static Verdict exactlyOnceVerdict(NudgeAudit audit, String more) {
        String evidence = audit.accepted().size() + " calls in, " + audit.exactlyOnce() + " nudged exactly once, " + audit.lost() + " lost, "
                + audit.duplicated() + " duplicated" + (audit.withdrawn().isEmpty() ? "" : ", " + audit.withdrawn().size()
                + " withdrawn on purpose by coaching (" + audit.exampleWithdrawal() + ")") + (more.isEmpty() ? "" : "; " + more);
        if (!audit.holds()) {
            OUT.println("    calls not nudged exactly once: " + audit.wrong());
        }
        return Verdict.of(audit.holds(), evidence);
    }
}
