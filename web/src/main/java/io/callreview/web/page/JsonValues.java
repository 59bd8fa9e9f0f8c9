package io.callreview.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lets templates read the services' JSON as they read objects: {@code {call.score.overallScore}} is the field's value,
 * an array is a list to iterate, a missing or null field is null (so {@code .or('-')} works).
 */
@TemplateExtension
public class JsonValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @TemplateExtension(matchName = TemplateExtension.ANY)
    static Object field(JsonNode node, String name) {
        if (node.isArray() && ("isEmpty".equals(name) || "empty".equals(name))) {
            return node.isEmpty();
        }
        if (node.isArray() && "size".equals(name)) {
            return node.size();
        }
        return value(node.get(name));
    }

    static Object value(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            value.forEach(item -> items.add(value(item)));
            return items;
        }
        return value;
    }

    /** Any JSON value as compact text, for values whose shape varies (a diff's before and after). */
    static String json(Object value) {
        if (value instanceof String text) {
            return text;
        }
        return value instanceof JsonNode node ? node.toString() : JSON.valueToTree(value).toString();
    }

    /** An ISO instant as a short UTC date and time. */
    static String when(String iso) {
        try {
            return WHEN.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** Milliseconds into a call as m:ss. */
    static String clock(Number ms) {
        long seconds = ms.longValue() / 1000;
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    /** A duration in seconds as whole minutes. */
    static long minutes(Number seconds) {
        return Math.round(seconds.doubleValue() / 60);
    }

    /** Whole seconds, for links to a moment. */
    static long seconds(Number ms) {
        return ms.longValue() / 1000;
    }

    /** A ratio 0..1 as a whole percentage. */
    static String percent(Number ratio) {
        return wholePercent(ratio) + "%";
    }

    /** A ratio 0..1 as a whole number of percent, for a form's field. */
    static long wholePercent(Number ratio) {
        return Math.round(ratio.doubleValue() * 100);
    }

    /** A statistic such as a kappa with two decimals. */
    static String decimals(Number value) {
        return String.format(Locale.ROOT, "%.2f", value.doubleValue());
    }

    /** A score 0..100 without decimals. */
    static String rounded(Number value) {
        return String.valueOf(Math.round(value.doubleValue()));
    }

    /** A self-assessment as the rep chose it, in the words of the email's links. */
    static String answer(String selfAssessment) {
        return switch (selfAssessment) {
            case "YES" -> "Yes, I did";
            case "NO" -> "Not yet";
            case "NOT_SURE" -> "Not sure";
            default -> words(selfAssessment);
        };
    }

    /** A link a service sent that a page may show as such: http or https only, never {@code javascript:} and the like. */
    static boolean webLink(String url) {
        String lower = url.strip().toLowerCase();
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    /** An enum name as words: {@code UNCONSCIOUSLY_INCOMPETENT} → {@code unconsciously incompetent}. */
    static String words(String constant) {
        return constant.toLowerCase().replace('_', ' ');
    }
}
