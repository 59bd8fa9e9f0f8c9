package io.callreview.loadtest.faults;

import java.util.List;

/** Every fault scenario, in the order the script runs them. */
public final class Scenarios {

    private Scenarios() {
    }

    public static List<Scenario> all() {
        return List.of(new BrokerStopped(), new CoachingKilled(), new NotificationKilledWhileChatFails(), new DatabaseStopped(),
                new PoisonMessages(), new BadInputCorpus(), new ForgedWebhookFlood(), new TranscriberDown());
    }
}
