package io.callreview.web.admin.suggestions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.web.page.Refusals;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Htmx;
import io.callreview.web.page.Paging;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The examples and counter-examples coaches' overrides suggested for a call type's behaviours: accept some into the
 * call type's draft scorecard (the editor then shows them in its diff against the published version), or dismiss
 * one. scorecard-service decides everything; a refusal (409 already decided, 422 the draft lacks the behaviour or
 * would hold too many examples) is shown above the list with the field it names.
 */
@Path("/admin/call-types/{key}/suggestions")
public class ExampleSuggestionsResource {

    static final int PAGE_SIZE = 20;
    static final Set<String> STATUSES = Set.of("PENDING", "ACCEPTED", "REJECTED");

    @Inject
    Template exampleSuggestions;

    @RestClient
    ScorecardApi scorecard;

    @GET
    public TemplateInstance list(@PathParam("key") String key, @QueryParam("status") @DefaultValue("PENDING") String status,
                                 @QueryParam("page") @DefaultValue("0") int page, @QueryParam("accepted") int accepted,
                                 @QueryParam("draft") Integer draft, @QueryParam("dismissed") boolean dismissed) {
        return page(key, status, page).data("accepted", accepted).data("draft", draft).data("dismissed", dismissed);
    }

    @POST
    @Path("acceptance")
    public Response accept(@PathParam("key") String key, @FormParam("ids") List<String> ids,
                           @FormParam("status") @DefaultValue("PENDING") String status) {
        ArrayNode chosen = JsonNodeFactory.instance.arrayNode();
        ids.forEach(chosen::add);
        return Refusals.submit(() -> {
            JsonNode done = scorecard.acceptSuggestions(key, JsonNodeFactory.instance.objectNode().set("ids", chosen));
            return Htmx.backTo(base(key) + "?accepted=" + done.path("accepted").size() + "&draft=" + done.path("draftVersion").asInt());
        }, () -> pageAgain(key, status));
    }

    @POST
    @Path("{id}/rejection")
    public Response dismiss(@PathParam("key") String key, @PathParam("id") String id, @FormParam("reason") String reason,
                            @FormParam("status") @DefaultValue("PENDING") String status, @FormParam("page") @DefaultValue("0") int page) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        return Refusals.submit(() -> {
            scorecard.rejectSuggestion(key, id, body);
            return Htmx.backTo(base(key) + "?page=" + Math.max(page, 0) + "&dismissed=true");
        }, () -> pageAgain(key, status));
    }

    private TemplateInstance page(String key, String status, int page) {
        String shown = STATUSES.contains(status) ? status : null;
        JsonNode all = scorecard.exampleSuggestions(key, shown);
        Paging paging = new Paging(Math.max(page, 0), PAGE_SIZE, all.size());
        List<JsonNode> items = new ArrayList<>();
        for (int i = paging.page() * PAGE_SIZE; i < Math.min(all.size(), (paging.page() + 1) * PAGE_SIZE); i++) {
            items.add(all.get(i));
        }
        return exampleSuggestions.data("key", key).data("status", shown == null ? "ALL" : shown).data("items", items)
                .data("statuses", List.of("PENDING", "ACCEPTED", "REJECTED", "ALL"))
                .data("paging", paging).data("refused", null)
                .data("pagerBase", base(key) + "?status=" + URLEncoder.encode(shown == null ? "ALL" : shown, StandardCharsets.UTF_8) + "&");
    }

    /** The first page again, for a refused decision shown beside it. */
    private TemplateInstance pageAgain(String key, String status) {
        return page(key, status, 0).data("accepted", 0).data("draft", null).data("dismissed", false);
    }

    private static String base(String key) {
        return "/admin/call-types/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "/suggestions";
    }
}
