package io.callreview.notification.preferences;

import io.callreview.events.EventCodec;
import io.callreview.events.EventContract;
import io.callreview.events.EventEnvelope;
import io.callreview.events.RepScheduleChanged;
import io.callreview.events.Topics;
import io.callreview.testsupport.KafkaTestClient;
import io.callreview.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static io.callreview.notification.NudgeFixtures.newRep;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** notification-service owns the rep's contact schedule: every change leaves as RepScheduleChanged, through the outbox. */
@QuarkusTest
class RepScheduleChangedTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EventCodec codec;

    @Test
    void aPreferencesChangePublishesTheWholeScheduleKeyedByTheRep() {
        String rep = newRep();
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Europe/Berlin", "workStart", "08:30", "workEnd", "17:00",
                        "workDays", List.of("THURSDAY", "MONDAY", "TUESDAY"), "quietHours", "22:00-07:00", "dailyCap", 3))
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("workStart", equalTo("08:30:00"))
                .body("workEnd", equalTo("17:00:00"))
                .body("workDays", equalTo(List.of("MONDAY", "TUESDAY", "THURSDAY")));

        EventEnvelope<RepScheduleChanged> first = awaitSchedule(rep, 1).get(0);
        assertThat(first.type()).isEqualTo("RepScheduleChanged");
        RepScheduleChanged schedule = first.payload();
        assertThat(schedule.repId()).isEqualTo(rep);
        assertThat(schedule.teamId()).as("the rep's own token names their team").isEqualTo("team-a");
        assertThat(schedule.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(schedule.workStart()).isEqualTo(LocalTime.of(8, 30));
        assertThat(schedule.workEnd()).isEqualTo(LocalTime.of(17, 0));
        assertThat(schedule.workDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(schedule.quietHours()).isEqualTo("22:00-07:00");
        assertThat(schedule.dailyCap()).isEqualTo(3);
        assertThat(schedule.updatedAt()).isNotNull();

        // an admin changes it again: fields left out take their defaults, and the revision grows
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "Asia/Tokyo", "quietHours", ""))
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(200);
        RepScheduleChanged second = awaitSchedule(rep, 2).get(1).payload();
        assertThat(second.revision()).isGreaterThan(schedule.revision());
        assertThat(second.teamId()).as("an admin's token says nothing about the rep's team").isNull();
        assertThat(second.timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(second.workStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(second.workEnd()).isEqualTo(LocalTime.of(17, 30));
        assertThat(second.workDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(second.quietHours()).isNull();
        assertThat(second.dailyCap()).isEqualTo(5);
    }

    @Test
    void aNightShiftRunsIntoTheNextMorning() {
        String rep = newRep();
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON)
                .body(Map.of("timeZone", "America/Chicago", "workStart", "22:00", "workEnd", "06:00",
                        "channels", Map.of("email", true), "emailAddress", "nights@example.com", "quietHours", "12:00-20:00"))
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("workStart", equalTo("22:00:00"))
                .body("workEnd", equalTo("06:00:00"))
                .body("quietHours", equalTo("12:00-20:00"));
        RepScheduleChanged schedule = awaitSchedule(rep, 1).get(0).payload();
        assertThat(schedule.workStart()).isEqualTo(LocalTime.of(22, 0));
        assertThat(schedule.workEnd()).isEqualTo(LocalTime.of(6, 0));
    }

    @Test
    void workingHoursAreValidatedNamingTheFieldAndARefusedChangePublishesNothing() {
        String rep = newRep();
        refused(rep, Map.of("workStart", "09:00", "workEnd", "09:00"), "workEnd");
        refused(rep, Map.of("workStart", "18:00"), "workEnd");
        refused(rep, Map.of("workEnd", "06:00"), "workStart");
        refused(rep, Map.of("workStart", "22:00", "workEnd", "06:00", "channels", Map.of("email", true),
                "emailAddress", "nights@example.com"), "quietHours");
        refused(rep, Map.of("workDays", List.of()), "workDays");
        refused(rep, Map.of("workDays", List.of("MONDAY", "SOMEDAY")), "workDays[1]");
        refused(rep, Map.of("workStart", "early"), "workStart");
        // a misspelt field is refused, not ignored: the schedule would otherwise fall back to its defaults
        refused(rep, Map.of("workdays", List.of("SATURDAY", "SUNDAY")), "workdays");
        given().auth().oauth2(TestTokens.rep(rep, "team-a"))
                .when().get("/api/reps/" + rep + "/preferences")
                .then().statusCode(200)
                .body("customized", equalTo(false))
                .body("workStart", equalTo("09:00:00"))
                .body("workEnd", equalTo("17:30:00"))
                .body("workDays", equalTo(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")));
        assertThat(KafkaTestClient.awaitRecords(Topics.REP_SCHEDULE_CHANGED, r -> rep.equals(r.key()), 1, Duration.ofSeconds(2)))
                .isEmpty();
    }

    private static void refused(String rep, Map<String, Object> body, String field) {
        given().auth().oauth2(TestTokens.rep(rep, "team-a")).contentType(ContentType.JSON).body(body)
                .when().put("/api/reps/" + rep + "/preferences")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private List<EventEnvelope<RepScheduleChanged>> awaitSchedule(String rep, int count) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.awaitRecords(Topics.REP_SCHEDULE_CHANGED,
                r -> rep.equals(r.key()), count, WAIT);
        assertThat(records).as("RepScheduleChanged records of " + rep).hasSize(count);
        return records.stream().map(r -> codec.decode(r.value(), EventContract.REP_SCHEDULE_CHANGED)).toList();
    }
}
