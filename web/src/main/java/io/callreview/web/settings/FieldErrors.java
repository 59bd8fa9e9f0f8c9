package io.callreview.web.settings;

import io.callreview.web.api.ApiProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields notification-service named in its 400, each message placed next to the input it is about
 * ({@code digest.hour} by the digest, {@code workDays[0]} by the working days); what names no input of the form is
 * listed above it.
 */
public record FieldErrors(String channels, String emailAddress, String chatWebhookUrl, String timeZone,
                          String workStart, String workEnd, String workDays, String quietHours, String dailyCap,
                          String digest, List<String> other) {

    private static final List<String> INPUTS = List.of("channels", "emailAddress", "chatWebhookUrl", "timeZone",
            "workStart", "workEnd", "workDays", "quietHours", "dailyCap", "digest");

    static final FieldErrors NONE = of(List.of());

    static FieldErrors of(List<ApiProblem.FieldError> errors) {
        Map<String, String> byInput = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (ApiProblem.FieldError error : errors) {
            String input = error.field().split("[.\\[]", 2)[0];
            if (INPUTS.contains(input)) {
                byInput.merge(input, error.message(), (first, next) -> first + "; " + next);
            } else {
                other.add(error.field().isBlank() ? error.message() : error.field() + ": " + error.message());
            }
        }
        return new FieldErrors(byInput.get("channels"), byInput.get("emailAddress"), byInput.get("chatWebhookUrl"),
                byInput.get("timeZone"), byInput.get("workStart"), byInput.get("workEnd"), byInput.get("workDays"),
                byInput.get("quietHours"), byInput.get("dailyCap"), byInput.get("digest"), other);
    }
}
