package io.callreview.coaching.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Kafka channels coaching listens to (configured in application.properties: group
 * {@code coaching-service}, dead-letter topic {@code coaching-service.dead-letter.v1}). A failure that
 * survives the retries nacks the record: it goes to the dead-letter topic and consumption goes on.
 */
@ApplicationScoped
public class EventConsumers {

    @Inject
    EventHandlers handlers;

    @Incoming("call-scored")
    @Blocking
    public void callScored(String json) {
        handlers.callScored(json);
    }

    @Incoming("call-scheduled")
    @Blocking
    public void callScheduled(String json) {
        handlers.callScheduled(json);
    }

    @Incoming("rep-response")
    @Blocking
    public void repResponse(String json) {
        handlers.repResponse(json);
    }

    @Incoming("rep-schedule-changed")
    @Blocking
    public void repScheduleChanged(String json) {
        handlers.repScheduleChanged(json);
    }

    @Incoming("roster-changed")
    @Blocking
    public void rosterChanged(String json) {
        handlers.rosterChanged(json);
    }
}
