package io.callreview.events;

/** A payload travels keyed by its rep, so the events of one rep stay ordered on one partition. */
public interface EventPayload {

    String repId();

    default String partitionKey() {
        return repId();
    }
}
