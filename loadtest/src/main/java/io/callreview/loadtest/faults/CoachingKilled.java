package io.callreview.loadtest.faults;

import io.callreview.launcher.LocalSuite;
import io.callreview.launcher.ServiceProcess;
import io.callreview.loadtest.suite.CallStream;
import io.callreview.loadtest.suite.NudgeAudit;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.util.Set;

/** coaching-service dies without warning (SIGKILL) while calls keep coming, and is started again. */
final class CoachingKilled implements Scenario {

    private static final int CALLS = 60;

    @Override
    public String name() {
        return "coaching-killed";
    }

    @Override
    public String fault() {
        return "coaching-service killed with SIGKILL in the middle of a stream of calls (2/s), restarted 10 s later";
    }

    @Override
    public String invariant() {
        return "no nudge lost or duplicated";
    }

    @Override
    public Verdict run(SuiteUnderTest suite) throws Exception {
        CallTraffic traffic = new CallTraffic(suite, 8, Roster.Channels.inboxOnly());
        CallStream stream = traffic.stream(CALLS, 2.0);
        CallTraffic.awaitCondition("20 calls accepted", CallTraffic.PATIENCE, () -> stream.acceptedOutcomes().size() >= 20);
        ServiceProcess coaching = suite.service(LocalSuite.COACHING);
        long processed = suite.sql().processedEvents("coaching");
        CallTraffic.OUT.println("    SIGKILL coaching-service after " + stream.acceptedOutcomes().size() + " calls ("
                + processed + " CallScored processed)");
        coaching.kill();
        Thread.sleep(10_000);
        coaching.restartAndAwait(SuiteUnderTest.READY);
        Set<String> accepted = CallTraffic.finish(stream);
        NudgeAudit audit = traffic.settleAndAudit(accepted, new Quiescence(suite));
        return CallTraffic.exactlyOnceVerdict(audit, "killed after " + processed + " CallScored were processed");
    }
}
