package io.callreview.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    private final DatabaseOutage outage = new DatabaseOutage(Duration.ofMillis(1), Duration.ofMillis(4));

    @Test
    void waitsForAnUnreachableDatabaseHoweverManyAttemptsItTakes() {
        AtomicInteger attempts = new AtomicInteger();
        String result = outage.waitOut("testing", () -> {
            if (attempts.incrementAndGet() < 12) {
                throw new IllegalStateException("JDBC", new ConnectException("Connection refused"));
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(12, attempts.get());
    }

    @Test
    void throwsAnyOtherFailureAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        IllegalArgumentException bad = new IllegalArgumentException("malformed");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> outage.waitOut("testing", () -> {
            attempts.incrementAndGet();
            throw bad;
        }));
        assertSame(bad, thrown);
        assertEquals(1, attempts.get());
    }

    @Test
    void stopsWaitingWhenInterrupted() {
        AtomicInteger attempts = new AtomicInteger();
        Thread.currentThread().interrupt();
        try {
            assertThrows(IllegalStateException.class, () -> outage.waitOut("testing", () -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("JDBC", new ConnectException("Connection refused"));
            }));
            assertTrue(Thread.currentThread().isInterrupted());
            assertEquals(1, attempts.get());
        } finally {
            Thread.interrupted();
        }
    }
}
