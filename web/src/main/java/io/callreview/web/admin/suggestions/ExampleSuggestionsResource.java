package io.callreview.web.admin.suggestions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.web.api.ApiProblem;
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
import jakarta.ws.rs.core.MediaType;
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
        return page(key, status, page, null).data("accepted", accepted).data("draft", draft).data("dismissed", dismissed);
    }

    @POST
    @Path("acceptance")
    public Response accept(@PathParam("key") String key, @FormParam("ids") List<String> ids,
                           @FormParam("status") @DefaultValue("PENDING") String status) {
        ArrayNode chosen = JsonNodeFactory.instance.arrayNode();
        ids.forEach(chosen::add);
        JsonNode done;
        try {
            done = scorecard.acceptSuggestions(key, JsonNodeFactory.instance.objectNode().set("ids", chosen));
        } catch (ApiProblem problem) {
            return refused(key, status, problem);
        }
        return Htmx.backTo(base(key) + "?accepted=" + done.path("accepted").size() + "&draft=" + done.path("draftVersion").asInt());
    }

    @POST
    @Path("{id}/rejection")
    public Response dismiss(@PathParam("key") String key, @PathParam("id") String id, @FormParam("reason") String reason,
                            @FormParam("status") @DefaultValue("PENDING") String status, @FormParam("page") @DefaultValue("0") int page) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        try {
            scorecard.rejectSuggestion(key, id, body);
        } catch (ApiProblem problem) {
            return refused(key, status, problem);
        }
        return Htmx.backTo(base(key) + "?page=" + Math.max(page, 0) + "&dismissed=true");
    }

    private TemplateInstance page(String key, String status, int page, ApiProblem refused) {
        String shown = STATUSES.contains(status) ? status : null;
        JsonNode all = scorecard.exampleSuggestions(key, shown);
        Paging paging = new Paging(Math.max(page, 0), PAGE_SIZE, all.size());
        List<JsonNode> items = new ArrayList<>();
        for (int i = paging.page() * PAGE_SIZE; i < Math.min(all.size(), (paging.page() + 1) * PAGE_SIZE); i++) {
            items.add(all.get(i));
        }
        return exampleSuggestions.data("key", key).data("status", shown == null ? "ALL" : shown).data("items", items)
                .data("statuses", List.of("PENDING", "ACCEPTED", "REJECTED", "ALL"))
                .data("paging", paging).data("refused", refused)
                .data("pagerBase", base(key) + "?status=" + URLEncoder.encode(shown == null ? "ALL" : shown, StandardCharsets.UTF_8) + "&");
    }

    /** Who may act (401, 403) and an unknown call type are the problem page's; a refused decision is a notice. */
    private Response refused(String key, String status, ApiProblem problem) {
        int code = problem.status();
        if (code == 401 || code == 403 || code >= 500) {
            throw problem;
        }
        String html = page(key, status, 0, problem).data("accepted", 0).data("draft", null).data("dismissed", false).render();
        return Response.status(code).type(MediaType.TEXT_HTML).entity(html).build();
    }

    private static String base(String key) {
        return "/admin/call-types/" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "/suggestions";
    }
}
