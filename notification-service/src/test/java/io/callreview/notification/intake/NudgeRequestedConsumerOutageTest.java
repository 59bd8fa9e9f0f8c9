package io.callreview.notification.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callreview.events.EventCodec;
import io.callreview.events.EventEnvelope;
import io.callreview.events.NudgeRequested;
import io.callreview.notification.NudgeFixtures;
import io.callreview.platform.messaging.DatabaseOutage;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consumer's reaction to failures of the effect, with a stand-in for the transactional intake. */
class NudgeRequestedConsumerOutageTest {

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private final EventCodec codec = new EventCodec(new ObjectMapper(), validator);

    @Test
    void waitsForAnUnreachableDatabaseInsteadOfGivingUpOnAGoodEvent() {
        FlakyIntake intake = new FlakyIntake(2, new JDBCConnectionException("connection refused", new SQLException("refused", "08S01")));
        NudgeRequestedConsumer consumer = consumer(intake);

        consumer.consume(record());

        assertThat(intake.calls.get()).isEqualTo(3);
    }

    @Test
    void otherFailuresAreLeftToTheRetryPolicyAndTheDeadLetterTopic() {
        FlakyIntake intake = new FlakyIntake(1, new IllegalStateException("a bug, not an outage"));
        NudgeRequestedConsumer consumer = consumer(intake);

        assertThatThrownBy(() -> consumer.consume(record())).hasMessage("a bug, not an outage");
        assertThat(intake.calls.get()).isEqualTo(1);
    }

    private NudgeRequestedConsumer consumer(NudgeIntake intake) {
        NudgeRequestedConsumer consumer = new NudgeRequestedConsumer();
        consumer.codec = codec;
        consumer.intake = intake;
        consumer.outage = new DatabaseOutage();
        return consumer;
    }

    private String record() {
        EventEnvelope<NudgeRequested> envelope = NudgeFixtures.envelope(NudgeFixtures.nudge(NudgeFixtures.newRep()).build());
        return codec.encode(envelope);
    }

    private static final class FlakyIntake extends NudgeIntake {
        final AtomicInteger calls = new AtomicInteger();
        private final int failures;
        private final RuntimeException failure;

        FlakyIntake(int failures, RuntimeException failure) {
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public Outcome accept(EventEnvelope<NudgeRequested> envelope) {
            if (calls.incrementAndGet() <= failures) {
                throw failure;
            }
            return Outcome.ACCEPTED;
        }
    }
}
