package io.callreview.scorecard.analytics;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the consistency summaries current in the background, newest buckets first, so reads seldom compute them: after
 * an upgrade (V14 adds every rep's days and weeks unsummarised), after a burst of calls or reviews, or when a
 * first read of a long period at company scope would take longer than a request should. Readers still compute
 * whatever is out of date when they come; several instances doing the same work store the same summaries.
 */
@ApplicationScoped
public class ConsistencySummaryRefresher {

    @Inject
    ConsistencyRuns runs;

    /** Rep buckets (days or weeks) brought up to date per batch. */
    @ConfigProperty(name = "callreview.analytics.consistency-refresh-batch", defaultValue = "400")
    int batch;

    @Scheduled(identity = "consistency-summaries", every = "${callreview.analytics.consistency-refresh-every:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (refresh() == batch) {
            // A full batch stored: more may be outdated. Going on until none is makes the catch-up after an upgrade
            // minutes of background work instead of hours of one batch per tick; the next tick waits (SKIP). A batch
            // that could not store everything (lock waits with readers) ends the run.
        }
    }

    /** Computes and stores the summaries of up to a batch of outdated rep buckets, in one snapshot; how many were stored. */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public int refresh() {
        return runs.refreshOutdated(batch);
    }
}
