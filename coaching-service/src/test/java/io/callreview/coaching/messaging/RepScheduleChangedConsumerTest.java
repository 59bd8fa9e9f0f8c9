package io.callreview.coaching.messaging;

import io.callreview.coaching.Scenario;
import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.RepScheduleChanged;
import io.callreview.events.Topics;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.callreview.coaching.Api.awaitSchedule;
import static io.callreview.coaching.Api.awaitSettings;
import static io.callreview.coaching.Api.schedule;
import static org.assertj.core.api.Assertions.assertThat;

/** The rep's schedule comes from notification-service as RepScheduleChanged: the newest revision wins and moves pending nudges. */
@QuarkusTest
class RepScheduleChangedConsumerTest {

    private static final Instant WEDNESDAY_19_UTC = Instant.parse("2030-05-15T19:00:00Z");

    @Inject
    EventCodec codec;

    @Inject
    MutableClock clock;

    @Inject
    RepScheduleUpdating updating;

    Scenario scenario;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(codec);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewScheduleIsStoredAndMovesPendingNudgesIntoTheNewWorkingHours() {
        clock.set(WEDNESDAY_19_UTC);
        String rep = scenario.newRep();
        scenario.send(scenario.call(rep, WEDNESDAY_19_UTC.minusSeconds(3600)).met("open-agenda").missed("ask-budget"));
        // the default working hours (09:00-17:30 UTC) are over for today: the feedback waits for Thursday 09:00 UTC
        Map<String, Object> waiting = postCall(awaitSchedule(rep, s -> s.getList("upcoming.kind").contains("POST_CALL_FEEDBACK")));
        assertThat(waiting.get("dueAt")).isEqualTo("2030-05-16T09:00:00Z");

        scenario.workingHours(rep, "Asia/Tokyo", "09:00", "17:00", Scenario.WEEKDAYS, 4);

        JsonPath settings = awaitSettings(rep, s -> "Asia/Tokyo".equals(s.getString("timeZone")));
        assertThat(settings.getBoolean("defaults")).isFalse();
        assertThat(settings.getString("workStart")).startsWith("09:00");
        assertThat(settings.getString("workEnd")).startsWith("17:00");
        assertThat(settings.getList("workDays")).containsExactlyInAnyOrder("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(settings.getInt("dailyCap")).isEqualTo(4);
        // 19:00 UTC is 04:00 on Thursday in Tokyo: the feedback moves to 09:00 there, which is midnight UTC
        Map<String, Object> moved = postCall(awaitSchedule(rep, s -> "2030-05-16T00:00:00Z".equals(postCall(s).get("dueAt"))));
        assertThat(moved.get("status")).isEqualTo("PENDING");
        assertThat((String) moved.get("statusReason")).contains("working hours");
        assertThat(schedule(rep).getString("settings.timeZone")).isEqualTo("Asia/Tokyo");
    }

    @Test
    void aStaleOrRepeatedScheduleChangesNothing() {
        String rep = scenario.newRep();
        EventEnvelope<RepScheduleChanged> current = scenario.send(EventContract.REP_SCHEDULE_CHANGED,
                scenario.scheduleChanged(rep, "Europe/Berlin", "08:00", "16:00", Scenario.WEEKDAYS, 2, 7));
        awaitSettings(rep, s -> "Europe/Berlin".equals(s.getString("timeZone")));

        EventEnvelope<RepScheduleChanged> older = EventEnvelope.wrap(EventContract.REP_SCHEDULE_CHANGED,
                scenario.scheduleChanged(rep, "America/New_York", "10:00", "18:00", List.of(DayOfWeek.SATURDAY), 9, 6), Instant.now());
        EventEnvelope<RepScheduleChanged> sameRevision = EventEnvelope.wrap(EventContract.REP_SCHEDULE_CHANGED,
                scenario.scheduleChanged(rep, "America/New_York", "10:00", "18:00", List.of(DayOfWeek.SATURDAY), 9, 7), Instant.now());
        assertThat(updating.apply(older)).isEqualTo(RepScheduleUpdating.Outcome.STALE);
        assertThat(updating.apply(sameRevision)).isEqualTo(RepScheduleUpdating.Outcome.STALE);
        assertThat(updating.apply(current)).as("the event already applied, delivered again").isEqualTo(RepScheduleUpdating.Outcome.DUPLICATE);

        JsonPath settings = awaitSettings(rep, s -> true);
        assertThat(settings.getString("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(settings.getString("workStart")).startsWith("08:00");
        assertThat(settings.getInt("dailyCap")).isEqualTo(2);

        assertThat(updating.apply(EventEnvelope.wrap(EventContract.REP_SCHEDULE_CHANGED,
                scenario.scheduleChanged(rep, "America/New_York", "10:00", "18:00", List.of(DayOfWeek.SATURDAY), 9, 8), Instant.now())))
                .isEqualTo(RepScheduleUpdating.Outcome.APPLIED);
        assertThat(awaitSettings(rep, s -> true).getString("timeZone")).isEqualTo("America/New_York");
    }

    @Test
    void aScheduleWithoutUsableWorkingHoursGoesToTheDeadLetterTopic() {
        String rep = scenario.newRep();
        String backwards = codec.encode(EventEnvelope.wrap(EventContract.REP_SCHEDULE_CHANGED,
                scenario.scheduleChanged(rep, "UTC", "09:00", "09:00", Scenario.WEEKDAYS, 3, 1), Instant.now()));
        String unknownZone = codec.encode(EventEnvelope.wrap(EventContract.REP_SCHEDULE_CHANGED,
                scenario.scheduleChanged(rep, "Mars/Olympus_Mons", "09:00", "17:00", Scenario.WEEKDAYS, 3, 2), Instant.now()));
        KafkaTestClient.send(Topics.REP_SCHEDULE_CHANGED, rep, backwards);
        KafkaTestClient.send(Topics.REP_SCHEDULE_CHANGED, rep, unknownZone);
        scenario.send(EventContract.REP_SCHEDULE_CHANGED, scenario.scheduleChanged(rep, "Europe/Paris", "09:00", "17:00", Scenario.WEEKDAYS, 3, 3));

        awaitSettings(rep, s -> "Europe/Paris".equals(s.getString("timeZone")));
        assertThat(reason(KafkaTestClient.awaitRecord(Topics.COACHING_DEAD_LETTER, r -> backwards.equals(r.value()), Duration.ofSeconds(30))))
                .contains("unusable RepScheduleChanged").contains("must not start and end at the same time");
        assertThat(reason(KafkaTestClient.awaitRecord(Topics.COACHING_DEAD_LETTER, r -> unknownZone.equals(r.value()), Duration.ofSeconds(30))))
                .contains("unusable RepScheduleChanged").contains("Mars/Olympus_Mons");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> postCall(JsonPath schedule) {
        return (Map<String, Object>) schedule.getList("upcoming", Map.class).stream()
                .filter(n -> "POST_CALL_FEEDBACK".equals(n.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pending post-call feedback in " + schedule.prettify()));
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader("dead-letter-reason");
        assertThat(header).as("dead-letter-reason header").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
