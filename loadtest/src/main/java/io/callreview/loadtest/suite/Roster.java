package io.callreview.loadtest.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.launcher.ApiClient;
import io.callreview.launcher.TranscriptGenerator.Skill;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.awaitility.Awaitility;

/**
 * Sets the suite up as a sales organisation would, through the public APIs: call types with published starter
 * scorecards, and reps in teams whose settings let every post-call nudge through at once, at any hour (working
 * hours all day, every day, no quiet hours) with caps high enough not to suppress what is measured.
 */
public final class Roster {

    /** The highest daily cap a rep can set: each rep can take this many post-call nudges per local day. */
    public static final int DAILY_CAP = 100;

    public static final List<String> CALL_TYPES = List.of("discovery", "demo", "negotiation", "renewal");

    private static final Map<String, String> CALL_TYPE_NAMES = Map.of("discovery", "Discovery call", "demo", "Product demo",
            "negotiation", "Negotiation", "renewal", "Renewal call");
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    /** Working hours of a rep who works every hour of every day, in UTC. */
    private static final Map<String, Object> ANY_HOUR = Map.of("timeZone", "UTC", "workStart", "00:00", "workEnd", "23:59:59",
            "workDays", EVERY_DAY);
    private static final List<String> FIRST = List.of("Maya", "Leo", "Nina", "Omar", "Sofia", "Greg", "Priya", "Tom", "Ana",
            "Ravi", "Lena", "Jonas", "Chloe", "Mateo", "Aisha", "Ben", "Yuki", "Carla", "Dev", "Ines");
    private static final List<String> LAST = List.of("Chen", "Martins", "Kowalski", "Haddad", "Lindqvist", "Mitchell",
            "Raman", "Okafor", "Silva", "Novak");

    /** Which channels the reps get nudges on; a chat webhook per rep when {@code chatWebhook} is set. */
    public record Channels(boolean chat, Function<String, String> chatWebhook) {

        public static Channels inboxOnly() {
            return new Channels(false, null);
        }

        public static Channels inboxAndChat(Function<String, String> webhookOfRep) {
            return new Channels(true, webhookOfRep);
        }
    }

    /** The highest daily cap coaching-service's own settings took, before it followed notification-service's. */
    private static final int OLD_COACHING_DAILY_CAP = 20;

    private final SuiteUnderTest suite;
    private final List<Rep> reps = new ArrayList<>();
    private boolean scheduleThroughCoachingApi;

    public Roster(SuiteUnderTest suite) {
        this.suite = suite;
    }

    /**
     * Also sets each rep's working hours through coaching-service's own API, as builds before 17958ed (2026-12-01)
     * needed: they did not take them from notification-service's preferences (for comparisons with such builds).
     */
    public void scheduleThroughCoachingApi() {
        scheduleThroughCoachingApi = true;
    }

    public List<Rep> reps() {
        return reps;
    }

    /** How the published scorecards are graded: by meaning (the starter's examples) or by their phrases alone. */
    public enum Grader { MEANING, PHRASES }

    /** Creates the call types and publishes the starter scorecard (the five classic behaviours) of each. */
    public void publishStarterScorecards(List<String> callTypes) {
        publishStarterScorecards(callTypes, Grader.MEANING);
    }

    /**
     * Creates the call types and publishes the discovery starter scorecard for each; with {@link Grader#PHRASES}, its behaviours
     * without their examples, so calls are graded by phrases alone, as before grading by meaning.
     */
    public void publishStarterScorecards(List<String> callTypes, Grader grader) {
        ApiClient scorecard = suite.scorecard();
        String admin = suite.adminToken();
        for (String key : callTypes) {
            scorecard.post("/api/call-types", admin, Map.of("key", key, "name", CALL_TYPE_NAMES.getOrDefault(key, key),
                    "description", "Load-test call type " + key)).expect(201);
            // The generated calls are discovery calls whatever their type: every type is graded by the discovery scorecard.
            JsonNode draft = scorecard.post("/api/call-types/" + key + "/scorecards/starter?template=discovery", admin, null)
                    .expect(201).json();
            String version = "/api/call-types/" + key + "/scorecards/" + draft.get("version").asInt();
            if (grader == Grader.PHRASES) {
                ArrayNode behaviours = (ArrayNode) draft.get("behaviours").deepCopy();
                for (JsonNode behaviour : behaviours) {
                    ObjectNode detection = (ObjectNode) behaviour.get("detection");
                    detection.remove(List.of("examples", "counterExamples", "buildsOnProspect"));
                    if (detection.get("applicableWhen") instanceof ObjectNode precondition && !precondition.path("phrases").isEmpty()) {
                        precondition.remove("examples");
                    }
                }
                scorecard.put(version, admin, Map.of("behaviours", behaviours)).expect(200);
            }
            scorecard.post(version + "/publish", admin, null).expect(200);
        }
    }

    /**
     * notification-service preferences of a rep who works every hour of every day (UTC) without quiet hours, on the inbox
     * and, if {@code channels} says so, chat. coaching-service takes the working hours and the cap from them by event.
     */
    public static Map<String, Object> anyHourPreferences(String repId, Channels channels) {
        Map<String, Object> channelSwitches = new LinkedHashMap<>();
        channelSwitches.put("inbox", true);
        channelSwitches.put("email", false);
        channelSwitches.put("chat", channels.chat());
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("channels", channelSwitches);
        if (channels.chat()) {
            preferences.put("chatWebhookUrl", channels.chatWebhook().apply(repId));
        }
        preferences.putAll(ANY_HOUR);
        preferences.put("quietHours", "");
        preferences.put("dailyCap", DAILY_CAP);
        return preferences;
    }

    /**
     * Adds {@code count} reps spread over {@code teams} teams: a mix of strong, uneven and novice sellers, each set up
     * so nudges go out at any hour.
     */
    public List<Rep> addReps(String prefix, int count, int teams, Channels channels) {
        ApiClient coaching = suite.coaching();
        ApiClient notification = suite.notification();
        List<Rep> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String team = "team-" + prefix + "-" + (i % teams + 1);
            String id = "rep-" + prefix + "-" + String.format("%03d", i + 1);
            String name = FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size() + i) % LAST.size());
            Skill skill = switch (i % 4) {
                case 0 -> Skill.strong();
                case 1, 2 -> Skill.uneven();
                default -> Skill.novice();
            };
            Rep rep = new Rep(id, name, team, skill, suite.repToken(id, team));
            notification.put("/api/reps/" + id + "/preferences", rep.token(), anyHourPreferences(id, channels)).expect(200);
            if (scheduleThroughCoachingApi) {
                Map<String, Object> settings = new LinkedHashMap<>(ANY_HOUR);
                settings.put("dailyCap", OLD_COACHING_DAILY_CAP);
                coaching.put("/api/reps/" + id + "/settings", rep.token(), settings).expect(200);
            }
            added.add(rep);
        }
        for (Rep rep : added) {
            awaitWorkingHoursInCoaching(coaching, rep);
        }
        reps.addAll(added);
        return added;
    }

    /** Before any call of the rep: coaching-service follows notification-service's schedule by event. */
    private static void awaitWorkingHoursInCoaching(ApiClient coaching, Rep rep) {
        Awaitility.await("coaching-service to take in the working hours of " + rep.id()).atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(() -> {
                    ApiClient.Reply settings = coaching.get("/api/reps/" + rep.id() + "/settings", rep.token());
                    return settings.status() == 200 && settings.json().path("workEnd").asText().startsWith("23:59:59");
                });
    }
}
