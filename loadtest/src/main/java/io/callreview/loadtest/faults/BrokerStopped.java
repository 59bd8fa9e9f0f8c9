package io.callreview.loadtest.faults;

import io.callreview.launcher.LocalKafka;
import io.callreview.loadtest.suite.CallStream;
import io.callreview.loadtest.suite.NudgeAudit;
import io.callreview.loadtest.suite.Quiescence;
import io.callreview.loadtest.suite.Roster;
import io.callreview.loadtest.suite.SuiteUnderTest;
import java.time.Duration;
import java.util.Set;

/** The broker goes away for 30 s in the middle of a stream of calls, then comes back with its data. */
final class BrokerStopped implements Scenario {

    private static final int CALLS = 60;
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "broker-stopped";
    }

    @Override
    public String fault() {
        return "Kafka broker stopped for 30 s in the middle of a stream of calls (1/s), then restarted on its data";
    }

    @Override
    public String invariant() {
        return "every accepted call's nudge arrives exactly once";
    }

    @Override
    public Verdict run(SuiteUnderTest suite) throws Exception {
        CallTraffic traffic = new CallTraffic(suite, 8, Roster.Channels.inboxOnly());
        CallStream stream = traffic.stream(CALLS, 1.0);
        CallTraffic.awaitCondition("15 calls accepted", CallTraffic.PATIENCE, () -> stream.acceptedOutcomes().size() >= 15);
        LocalKafka kafka = suite.suite().kafka();
        CallTraffic.OUT.println("    stopping the broker (SIGTERM) after " + stream.acceptedOutcomes().size() + " calls");
        int acceptedBefore = stream.acceptedOutcomes().size();
        kafka.stop(Duration.ofSeconds(30));
        Thread.sleep(OUTAGE.toMillis());
        int acceptedDuring = stream.acceptedOutcomes().size() - acceptedBefore;
        CallTraffic.OUT.println("    restarting the broker; " + acceptedDuring + " calls were accepted while it was down");
        kafka.startAndAwait();
        Set<String> accepted = CallTraffic.finish(stream);
        NudgeAudit audit = traffic.settleAndAudit(accepted, new Quiescence(suite));
        return CallTraffic.exactlyOnceVerdict(audit, acceptedDuring + " accepted while the broker was down");
    }
}
