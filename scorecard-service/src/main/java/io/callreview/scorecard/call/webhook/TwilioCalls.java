package io.callreview.scorecard.call.webhook;

import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.call.CallRequest;
import io.callreview.scorecard.call.ReservedSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Twilio's recording-status callback as a call that arrives as a recording only: the recording's URL is transcribed
 * in the background. Twilio's parameters do not say who the rep was, so the callback URL the dialer gives Twilio
 * carries it ({@code ?agent=client:rita}, mapped through the twilio identities) and may carry a topic
 * ({@code &topic=renewal}) for the call type; both are part of the signed URL.
 */
@ApplicationScoped
public class TwilioCalls {

    public static final String SOURCE = ReservedSources.TWILIO;
    static final String COMPLETED = "completed";

    @Inject
    SourceDirectory directory;

    @Inject
    CallRequests requests;

    /**
     * What Twilio signed: the full URL, then every parameter name followed by its value, sorted by name (and the
     * values of a repeated name in order), as its request validator computes it.
     */
    static String signedText(String url, MultivaluedMap<String, String> form) {
        StringBuilder text = new StringBuilder(url);
        Map<String, List<String>> sorted = new TreeMap<>(form);
        sorted.forEach((name, values) -> {
            List<String> ordered = new ArrayList<>(values);
            ordered.sort(null);
            ordered.forEach(value -> text.append(name).append(value));
        });
        return text.toString();
    }

    /**
     * When the recording ended, in Unix seconds, from {@code RecordingStartTime} and {@code RecordingDuration}: the
     * freshness of a callback, which carries no timestamp of its own. Null when the parameters are missing.
     */
    static String endedAt(MultivaluedMap<String, String> form) {
        String start = form.getFirst("RecordingStartTime");
        if (start == null || start.isBlank()) {
            return null;
        }
        try {
            return String.valueOf(startTime(start).getEpochSecond() + duration(form));
        } catch (ApiException e) {
            return null;
        }
    }

    public static String eventId(MultivaluedMap<String, String> form) {
        return SOURCE + ":" + required(form, "RecordingSid");
    }

    public CallRequest toCall(MultivaluedMap<String, String> form, String agent, String topic) {
        if (agent == null || agent.isBlank()) {
            throw ApiException.unprocessable("agent", "the callback URL names no rep: add ?agent={the rep's Twilio"
                    + " identity or number} to the recording status callback URL");
        }
        SourceIdentity rep = directory.identity(SOURCE, "agent", agent);
        String callType = directory.callType(SOURCE, "topic", topic);
        String callSid = required(form, "CallSid");
        return requests.valid(new CallRequest(callSid + "/" + required(form, "RecordingSid"), SOURCE, rep.repId,
                rep.teamId, callType, startTime(required(form, "RecordingStartTime")), (int) duration(form),
                required(form, "RecordingUrl"), CallRequests.participants(null, rep), null));
    }

    private static Instant startTime(String value) {
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("RecordingStartTime", "must be an RFC 1123 date, as Twilio sends it");
        }
    }

    private static long duration(MultivaluedMap<String, String> form) {
        String value = form.getFirst("RecordingDuration");
        try {
            return value == null || value.isBlank() ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("RecordingDuration", "must be a whole number of seconds");
        }
    }

    private static String required(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(name, "is required");
        }
        return value.strip();
    }
}
