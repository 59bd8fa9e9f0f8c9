package io.callreview.web.admin.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.web.api.CoachingApi;
import io.callreview.web.api.NotificationApi;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Paging;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The audit log of one service at a time (each keeps its own): who did what to which object and when, with the before
 * and after where the service recorded them, newest first and paged, filtered as the service filters, and, when the
 * admin asks, the result of the service's check of its hash chain. Only admins may read it: the service's 403 is the problem page.
 */
@Path("/admin/audit")
public class AuditResource {

    static final int PAGE_SIZE = 50;
    static final List<String> SERVICES = List.of("scorecard", "coaching", "notification");

    @Inject
    Template auditLog;

    @RestClient
    ScorecardApi scorecard;

    @RestClient
    CoachingApi coaching;

    @RestClient
    NotificationApi notifications;

    @GET
    public TemplateInstance list(@QueryParam("service") @DefaultValue("scorecard") String service,
                                 @QueryParam("entity") String entity, @QueryParam("actor") String actor,
                                 @QueryParam("action") String action, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("verify") boolean verify) {
        String shown = SERVICES.contains(service) ? service : SERVICES.get(0);
        String entityFilter = blankToNull(entity);
        String actorFilter = blankToNull(actor);
        String actionFilter = blankToNull(action);
        int at = Math.max(page, 0);
        JsonNode entries = switch (shown) {
            case "coaching" -> coaching.audit(entityFilter, actorFilter, actionFilter, at, PAGE_SIZE);
            case "notification" -> notifications.audit(entityFilter, actorFilter, actionFilter, at, PAGE_SIZE);
            default -> scorecard.audit(entityFilter, actorFilter, actionFilter, at, PAGE_SIZE);
        };
        JsonNode verification = verify ? verification(shown) : null;
        return auditLog.data("service", shown).data("services", SERVICES).data("entity", entityFilter).data("actor", actorFilter)
                .data("action", actionFilter).data("entries", entries).data("rows", AuditRow.of(entries))
                .data("verification", verification).data("paging", Paging.of(entries, PAGE_SIZE))
                .data("pagerBase", "/admin/audit?service=" + shown + param("entity", entityFilter) + param("actor", actorFilter)
                        + param("action", actionFilter) + "&");
    }

    /** The service recomputes its whole chain, which grows with the log: only when the admin asks. */
    private JsonNode verification(String service) {
        return switch (service) {
            case "coaching" -> coaching.auditVerification();
            case "notification" -> notifications.auditVerification();
            default -> scorecard.auditVerification();
        };
    }

    private static String param(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
