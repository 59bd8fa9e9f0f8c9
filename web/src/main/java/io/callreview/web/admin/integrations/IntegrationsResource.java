package io.callreview.web.admin.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.web.api.ApiProblem;
import io.callreview.web.page.Refusals;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Htmx;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
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
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * What scorecard-service keeps so that calls land on the right rep, team and call type: per webhook source (HubSpot,
 * Zoom) the default call type with its topic rules and the source's users mapped to reps; and the roster, which
 * team each rep is on and which teams each coach coaches. Every change is the service's to check: a refusal comes
 * back above the page with the field it names.
 */
@Path("/admin/integrations")
public class IntegrationsResource {

    static final List<String> SOURCES = List.of("hubspot", "zoom");

    /** A source with its settings and mapped users, as the page shows it. */
    public record Source(String name, JsonNode settings, JsonNode identities) {
    }

    @Inject
    Template integrations;

    @RestClient
    ScorecardApi scorecard;

    @GET
    public TemplateInstance show(@QueryParam("team") String team, @QueryParam("saved") String saved) {
        return page(team).data("saved", saved);
    }

    @POST
    @Path("{source}/identities")
    public Response mapIdentity(@PathParam("source") String source, @FormParam("externalUser") String externalUser,
                                @FormParam("repId") String repId, @FormParam("teamId") String teamId,
                                @FormParam("displayName") String displayName, @FormParam("team") String team) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("repId", repId).put("teamId", teamId);
        if (displayName != null && !displayName.isBlank()) {
            body.put("displayName", displayName.strip());
        }
        return change(team, "identity", () -> scorecard.putIdentity(source, required("externalUser", externalUser), body));
    }

    @POST
    @Path("{source}/identities/removal")
    public Response unmapIdentity(@PathParam("source") String source, @FormParam("externalUser") String externalUser,
                                  @FormParam("team") String team) {
        return change(team, "identity-removed", () -> {
            scorecard.deleteIdentity(source, required("externalUser", externalUser));
            return null;
        });
    }

    @POST
    @Path("{source}/settings")
    public Response saveSettings(@PathParam("source") String source, @FormParam("defaultCallType") String defaultCallType,
                                 @FormParam("keyword") List<String> keywords, @FormParam("callType") List<String> callTypes,
                                 @FormParam("team") String team) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("defaultCallType", blankToNull(defaultCallType));
        ArrayNode rules = body.putArray("topicRules");
        for (int i = 0; i < Math.max(keywords.size(), callTypes.size()); i++) {
            String keyword = i < keywords.size() ? keywords.get(i) : "";
            String callType = i < callTypes.size() ? callTypes.get(i) : "";
            if (!keyword.isBlank() || !callType.isBlank()) {
                rules.addObject().put("keyword", keyword.strip()).put("callType", callType.strip());
            }
        }
        return change(team, "settings", () -> scorecard.putSourceSettings(source, body));
    }

    @POST
    @Path("roster/reps")
    public Response assignRep(@FormParam("repId") String repId, @FormParam("teamId") String teamId,
                              @FormParam("displayName") String displayName) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("teamId", teamId);
        if (displayName != null && !displayName.isBlank()) {
            body.put("displayName", displayName.strip());
        }
        return change(teamId, "rep", () -> scorecard.assignRep(required("repId", repId), body));
    }

    @POST
    @Path("roster/coaches")
    public Response setCoach(@FormParam("coachId") String coachId, @FormParam("teams") String teams, @FormParam("team") String team) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (String one : (teams == null ? "" : teams).split("[,\\s]+")) {
            if (!one.isBlank()) {
                list.add(one);
            }
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().set("teams", list);
        return change(team, "coach", () -> scorecard.setCoachTeams(required("coachId", coachId), body));
    }

    @POST
    @Path("roster/coaches/removal")
    public Response removeCoach(@FormParam("coachId") String coachId, @FormParam("team") String team) {
        return change(team, "coach-removed", () -> {
            scorecard.removeCoach(required("coachId", coachId));
            return null;
        });
    }

    private Response change(String team, String what, Supplier<JsonNode> call) {
        return Refusals.submit(() -> {
            call.get();
            String teamParam = blankToNull(team) == null ? "" : "team=" + URLEncoder.encode(team.strip(), StandardCharsets.UTF_8) + "&";
            return Htmx.backTo("/admin/integrations?" + teamParam + "saved=" + what);
        }, () -> page(team).data("saved", null));
    }

    private TemplateInstance page(String team) {
        List<Source> sources = new ArrayList<>();
        for (String source : SOURCES) {
            sources.add(new Source(source, scorecard.sourceSettings(source), scorecard.identities(source)));
        }
        String shownTeam = blankToNull(team);
        return integrations.data("sources", sources).data("callTypes", scorecard.callTypes()).data("team", shownTeam).data("teams", scorecard.teams())
                .data("roster", shownTeam == null ? null : scorecard.team(shownTeam)).data("refused", null);
    }

    /**
     * A value that goes into the service's path: a blank one would name another endpoint, so it is refused here, as the
     * service refuses a blank field, before anything is sent.
     */
    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ApiProblem(400, "Bad Request", "Nothing was sent: " + field + " is needed.",
                    List.of(new ApiProblem.FieldError(field, "must not be blank")));
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
