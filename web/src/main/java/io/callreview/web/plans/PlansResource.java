package io.callreview.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.callreview.web.api.CoachingApi;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Htmx;
import io.callreview.web.page.Paging;
import io.callreview.web.page.Refusals;
import io.callreview.web.page.RepNames;
import io.callreview.web.session.SignedInUser;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Coaching plans (coaching-service's {@code /api/plans}): a team's or a rep's plans with their progress, a form to
 * start one for a rep of the team (the team's reps and graded behaviours to pick from), and one plan's page with
 * its progress and effectiveness, where the coach edits, completes or cancels it.
 */
@Path("/plans")
public class PlansResource {

    static final int PAGE_SIZE = 20;
    static final List<String> STATUSES = List.of("ACTIVE", "COMPLETED", "CANCELLED");

    @Inject
    Template plans;

    @Inject
    Template plan;

    @Inject
    SignedInUser user;

    @RestClient
    CoachingApi coaching;

    @RestClient
    ScorecardApi scorecard;

    @GET
    public TemplateInstance list(@QueryParam("teamId") String teamId, @QueryParam("repId") String repId,
                                 @QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        return listPage(teamId, repId, status, page).data("refused", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Refusals.coachesOnly(user);
        return Refusals.submit(() -> {
            JsonNode created = coaching.createPlan(PlanForms.plan(form));
            return Htmx.backTo("/plans/" + created.path("id").asText());
        }, () -> listPage(null, null, null, 0));
    }

    @GET
    @Path("{id}")
    public TemplateInstance open(@PathParam("id") String id, @QueryParam("saved") String saved) {
        return planPage(id).data("saved", saved).data("refused", null);
    }

    /** Save, complete or cancel, as the button pressed says. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Refusals.coachesOnly(user);
        String status = known(form.getFirst("status")) ? form.getFirst("status") : "ACTIVE";
        return Refusals.submit(() -> {
            coaching.updatePlan(id, PlanForms.update(form, status));
            return Htmx.backTo("/plans/" + id + "?saved=" + status);
        }, () -> planPage(id).data("saved", null));
    }

    private TemplateInstance listPage(String teamId, String repId, String status, int page) {
        Refusals.coachesOnly(user);
        String team = teamId == null ? user.firstTeam() : blankToNull(teamId);
        String rep = blankToNull(repId);
        String state = known(status) ? status : null;
        List<JsonNode> found = new ArrayList<>();
        coaching.plans(rep, team, state).forEach(found::add);
        Paging paging = new Paging(Math.max(page, 0), PAGE_SIZE, found.size());
        int from = Math.min(paging.page() * PAGE_SIZE, found.size());
        String base = "/plans?teamId=" + query(team) + "&repId=" + query(rep) + "&status=" + query(state) + "&";
        return plans.data("plans", found.subList(from, Math.min(from + PAGE_SIZE, found.size()))).data("paging", paging)
                .data("pagerBase", base).data("teamId", team).data("repId", rep).data("status", state)
                .data("statuses", STATUSES).data("team", teamProfile(team)).data("names", names(team));
    }

    private TemplateInstance planPage(String id) {
        Refusals.coachesOnly(user);
        JsonNode found = coaching.plan(id);
        String team = found.path("teamId").asText(null);
        return plan.data("plan", found).data("team", teamProfile(team)).data("names", names(team));
    }

    /** The team's reps by their names on the roster, where it has them. */
    private Map<String, String> names(String team) {
        return team == null ? Map.of() : RepNames.of(Refusals.orElse(() -> scorecard.team(team), MissingNode.getInstance()));
    }

    /** The team's reps and graded behaviours, to pick from; none (typed in instead) for a team coaching-service lacks. */
    private JsonNode teamProfile(String team) {
        return team == null ? MissingNode.getInstance()
                : Refusals.orElse(() -> coaching.teamProfile(team), MissingNode.getInstance());
    }

    private static boolean known(String status) {
        return status != null && STATUSES.contains(status);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String query(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
