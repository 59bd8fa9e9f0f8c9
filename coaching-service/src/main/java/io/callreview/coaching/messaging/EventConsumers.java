package io.callreview.coaching.messaging;

import io.callreview.platform.messaging.DatabaseOutage;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka channels coaching listens to (configured in application.properties: group
 * {@code coaching-service}, dead-letter topic {@code coaching-service.dead-letter.v1}). While the database is
 * unreachable a record waits for it ({@link DatabaseOutage}); any other failure that survives the handler's retries
 * nacks the record: it goes to the dead-letter topic and consumption goes on.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    EventHandlers handlers;

    @Inject
    DatabaseOutage outage;

    @Incoming("call-scored")
    @Blocking
    public void callScored(String json) {
        outage.waitOut("applying a record of call-scored", () -> handlers.callScored(json));
    }

    @Incoming("call-scheduled")
    @Blocking
    public void callScheduled(String json) {
        outage.waitOut("applying a record of call-scheduled", () -> handlers.callScheduled(json));
    }

    @Incoming("rep-response")
    @Blocking
    public void repResponse(String json) {
        outage.waitOut("applying a record of rep-response", () -> handlers.repResponse(json));
    }

    @Incoming("rep-schedule-changed")
    @Blocking
    public void repScheduleChanged(String json) {
        outage.waitOut("applying a record of rep-schedule-changed", () -> handlers.repScheduleChanged(json));
    }

    @Incoming("dispute-resolved")
    @Blocking
    public void disputeResolved(String json) {
        outage.waitOut("applying a record of dispute-resolved", () -> handlers.disputeResolved(json));
    }

    @Incoming("roster-changed")
    @Blocking
    public void rosterChanged(String json) {
        outage.waitOut("applying a record of roster-changed", () -> handlers.rosterChanged(json));
    }

    @Incoming("call-set-aside")
    @Blocking
    public void callSetAside(String json) {
        outage.waitOut("applying a record of call-set-aside", () -> handlers.callSetAside(json));
    }
}
