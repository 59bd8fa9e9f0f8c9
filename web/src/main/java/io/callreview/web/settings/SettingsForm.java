package io.callreview.web.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The settings form's values, as the rep typed them or as notification-service holds them, and the body of
 * {@code PUT /api/reps/{repId}/preferences} they make. Nothing is checked here: what is wrong is the service's 400,
 * naming the field, and the form comes back with the rep's values.
 */
public record SettingsForm(boolean inbox, boolean email, boolean chat, String emailAddress, String chatWebhookUrl,
                           String timeZone, String workStart, String workEnd, List<Day> days, String quietFrom,
                           String quietTo, String dailyCap, boolean digest, String digestHour) {

    /** One working-day checkbox. */
    public record Day(String value, String label, boolean checked) {
    }

    static SettingsForm of(JsonNode preferences) {
        Set<String> workDays = new HashSet<>();
        preferences.path("workDays").forEach(day -> workDays.add(day.asText()));
        String[] quiet = preferences.path("quietHours").asText("").split("-", 2);
        JsonNode channels = preferences.path("channels");
        return new SettingsForm(channels.path("inbox").asBoolean(true), channels.path("email").asBoolean(),
                channels.path("chat").asBoolean(), text(preferences.path("emailAddress")),
                text(preferences.path("chatWebhookUrl")), text(preferences.path("timeZone")),
                hoursAndMinutes(text(preferences.path("workStart"))), hoursAndMinutes(text(preferences.path("workEnd"))),
                days(workDays), quiet[0], quiet.length > 1 ? quiet[1] : "", text(preferences.path("dailyCap")),
                preferences.path("digest").path("enabled").asBoolean(), text(preferences.path("digest").path("hour")));
    }

    static SettingsForm of(MultivaluedMap<String, String> form) {
        List<String> workDays = form.get("workDays");
        return new SettingsForm(form.containsKey("inbox"), form.containsKey("email"), form.containsKey("chat"),
                typed(form, "emailAddress"), typed(form, "chatWebhookUrl"), typed(form, "timeZone"),
                typed(form, "workStart"), typed(form, "workEnd"), days(workDays == null ? Set.of() : new HashSet<>(workDays)),
                typed(form, "quietFrom"), typed(form, "quietTo"), typed(form, "dailyCap"), form.containsKey("digest"),
                typed(form, "digestHour"));
    }

    /** Blank fields are left out, so the service takes its default; both quiet-hour ends blank mean none. */
    ObjectNode toRequest() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("channels").put("inbox", inbox).put("email", email).put("chat", chat);
        putIfTyped(body, "emailAddress", emailAddress);
        putIfTyped(body, "chatWebhookUrl", chatWebhookUrl);
        putIfTyped(body, "timeZone", timeZone);
        putIfTyped(body, "workStart", workStart);
        putIfTyped(body, "workEnd", workEnd);
        ArrayNode workDays = body.putArray("workDays");
        days.stream().filter(Day::checked).forEach(day -> workDays.add(day.value()));
        body.put("quietHours", quietFrom.isBlank() && quietTo.isBlank() ? "" : quietFrom + "-" + quietTo);
        putNumber(body, "dailyCap", dailyCap);
        ObjectNode digestSettings = body.putObject("digest").put("enabled", digest);
        putNumber(digestSettings, "hour", digestHour);
        return body;
    }

    private static List<Day> days(Set<String> checked) {
        List<Day> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(new Day(day.name(), day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), checked.contains(day.name())));
        }
        return days;
    }

    /** A number as typed; what is not one goes as text, for the service to refuse with the field named. */
    private static void putNumber(ObjectNode body, String field, String typed) {
        if (typed.isBlank()) {
            return;
        }
        try {
            body.put(field, Integer.parseInt(typed));
        } catch (NumberFormatException notANumber) {
            body.put(field, typed);
        }
    }

    private static void putIfTyped(ObjectNode body, String field, String typed) {
        if (!typed.isBlank()) {
            body.put(field, typed);
        }
    }

    private static String typed(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "" : value.asText();
    }

    /** {@code 09:00:00} as {@code 09:00}, what a time input shows. */
    private static String hoursAndMinutes(String time) {
        return time.length() > 5 && time.endsWith(":00") ? time.substring(0, 5) : time;
    }
}
