package io.callreview.web.admin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One audit entry as the page shows it: the entry itself, its details' {@code before} and {@code after} (where the
 * service recorded them) as text, and every other detail by name.
 */
public record AuditRow(JsonNode entry, String before, String after, List<Detail> details) {

    /** A detail other than before and after, such as the reason or the behaviour. */
    public record Detail(String name, String value) {
    }

    private static final Set<String> BEFORE_AFTER = Set.of("before", "after");

    static List<AuditRow> of(JsonNode page) {
        List<AuditRow> rows = new ArrayList<>();
        for (JsonNode entry : page.path("items")) {
            JsonNode details = entry.path("details");
            List<Detail> others = new ArrayList<>();
            details.fieldNames().forEachRemaining(name -> {
                if (!BEFORE_AFTER.contains(name)) {
                    others.add(new Detail(name, text(details.get(name))));
                }
            });
            rows.add(new AuditRow(entry, text(details.get("before")), text(details.get("after")), others));
        }
        return rows;
    }

    /** A value as text: a string as it is, anything else as compact JSON; nothing for a missing or null value. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
