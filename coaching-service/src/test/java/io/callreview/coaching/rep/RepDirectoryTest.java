package io.callreview.coaching.rep;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locking a rep answers the row as it stands once locked: a new rep is created, a known one is read by the locking
 * query, and one this transaction read before the lock is brought up to date with what others committed meanwhile.
 */
@QuarkusTest
class RepDirectoryTest {

    @Inject
    RepDirectory reps;

    @Inject
    EntityManager em;

    @Test
    void aNewRepIsCreatedAndLocked() {
        String repId = "rep-" + UUID.randomUUID();

        Rep locked = QuarkusTransaction.requiringNew().call(() -> reps.lock(repId));

        assertThat(locked.repId).isEqualTo(repId);
        assertThat(QuarkusTransaction.requiringNew().call(() -> reps.find(repId))).isPresent();
    }

    @Test
    void aRepReadBeforeTheLockShowsWhatOthersCommittedMeanwhile() {
        String repId = "rep-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> reps.lock(repId));

        Integer capSeenAfterLocking = QuarkusTransaction.requiringNew().call(() -> {
            Rep readEarlier = em.find(Rep.class, repId);
            assertThat(readEarlier.dailyCap).isNull();
            QuarkusTransaction.requiringNew().run(() -> em.find(Rep.class, repId).dailyCap = 7);
            return reps.lock(repId).dailyCap;
        });

        assertThat(capSeenAfterLocking).isEqualTo(7);
    }

    @Test
    void aRepHeldByAnotherTransactionIsNotTakenByTryLock() {
        String repId = "rep-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> reps.lock(repId));

        boolean takenWhileHeld = QuarkusTransaction.requiringNew().call(() -> {
            reps.lock(repId);
            return QuarkusTransaction.requiringNew().call(() -> reps.tryLock(repId).isPresent());
        });

        assertThat(takenWhileHeld).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> reps.tryLock(repId).map(rep -> rep.repId))).contains(repId);
    }
}
