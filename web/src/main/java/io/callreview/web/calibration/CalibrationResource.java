package io.callreview.web.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.CallStatus;
import io.callreview.web.page.Htmx;
import io.callreview.web.page.Paging;
import io.callreview.web.page.Refusals;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calibration sessions (scorecard-service's {@code /api/calibrations}): the sessions a coach created or rates in, a
 * form to start one on calls of the coach's team with its coaches, the blind rating form (while open each coach sees
 * only their own verdicts and everyone's progress), and once closed the agreement per behaviour (percent agreement,
 * Cohen's or Fleiss' kappa) and each coach's deviation from the consensus, as the service works them out.
 */
@Path("/calibration")
public class CalibrationResource {

    static final int PAGE_SIZE = 20;
    static final int CANDIDATE_CALLS = 20;

    @Inject
    Template calibrations;

    @Inject
    Template calibration;

    @Inject
    SignedInUser user;

    @RestClient
    ScorecardApi scorecard;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        return listPage(page).data("refused", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Refusals.coachesOnly(user);
        return Refusals.submit(() -> {
            JsonNode created = scorecard.createCalibration(CalibrationForms.session(form));
            return Htmx.backTo("/calibration/" + created.path("id").asText());
        }, () -> listPage(0));
    }

    @GET
    @Path("{id}")
    public TemplateInstance open(@PathParam("id") String id, @QueryParam("saved") boolean saved) {
        return sessionPage(id).data("saved", saved).data("refused", null);
    }

    @POST
    @Path("{id}/ratings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        Refusals.coachesOnly(user);
        return Refusals.submit(() -> {
            scorecard.rate(id, CalibrationForms.ratings(scorecard.calibration(id), form));
            return Htmx.backTo("/calibration/" + id + "?saved=true");
        }, () -> sessionPage(id, typedVerdicts(form)).data("saved", false));
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") String id) {
        Refusals.coachesOnly(user);
        return Refusals.submit(() -> {
            scorecard.closeCalibration(id);
            return Htmx.backTo("/calibration/" + id);
        }, () -> sessionPage(id).data("saved", false));
    }

    private TemplateInstance listPage(int page) {
        Refusals.coachesOnly(user);
        List<JsonNode> sessions = new ArrayList<>();
        scorecard.calibrations().forEach(sessions::add);
        Paging paging = new Paging(Math.max(page, 0), PAGE_SIZE, sessions.size());
        int from = Math.min(paging.page() * PAGE_SIZE, sessions.size());
        String team = user.firstTeam();
        return calibrations.data("sessions", sessions.subList(from, Math.min(from + PAGE_SIZE, sessions.size())))
                .data("paging", paging).data("pagerBase", "/calibration?")
                .data("candidates", calibratable(scorecard.calls(null, team, 0, CANDIDATE_CALLS).path("items")))
                .data("candidateCalls", CANDIDATE_CALLS)
                .data("coaches", teamCoaches(team));
    }

    /** The calls a session may take: not those an admin set aside, which count nowhere. */
    private static List<JsonNode> calibratable(JsonNode calls) {
        List<JsonNode> candidates = new ArrayList<>();
        calls.forEach(call -> {
            if (!CallStatus.isSetAside(call)) {
                candidates.add(call);
            }
        });
        return candidates;
    }

    /** The coaches to tick: the team's on the roster; none to tick (only to type) without a team on the roster. */
    private List<String> teamCoaches(String team) {
        List<String> coaches = new ArrayList<>();
        if (team != null) {
            Refusals.orElse(() -> scorecard.team(team), MissingNode.getInstance())
                    .path("coaches").forEach(coach -> coaches.add(coach.asText()));
        }
        return coaches;
    }

    private TemplateInstance sessionPage(String id) {
        return sessionPage(id, Map.of());
    }

    /** The form's verdict fields, to show again what the coach chose when the service refused it. */
    private static Map<String, String> typedVerdicts(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((field, values) -> {
            if (field.startsWith("verdict.") && !values.isEmpty()) {
                typed.put(field, values.get(0));
            }
        });
        return typed;
    }

    private TemplateInstance sessionPage(String id, Map<String, String> typed) {
        Refusals.coachesOnly(user);
        JsonNode session = scorecard.calibration(id);
        boolean closed = "CLOSED".equals(session.path("status").asText());
        boolean rater = false;
        for (JsonNode coach : session.path("coaches")) {
            rater |= user.id().equals(coach.path("coachId").asText());
        }
        JsonNode agreement = closed ? scorecard.agreement(id) : null;
        Map<String, JsonNode> calls = rater || closed ? calls(session) : Map.of();
        return calibration.data("session", session).data("closed", closed)
                .data("grid", rater && !closed ? RatingGrid.of(session, calls, user.id(), typed) : null)
                .data("mayClose", !closed && (user.isAdmin() || user.id().equals(session.path("createdBy").asText())))
                .data("agreement", agreement)
                .data("revealed", closed ? RevealedVerdicts.of(session, agreement, calls) : null);
    }

    private Map<String, JsonNode> calls(JsonNode session) {
        Map<String, JsonNode> calls = new LinkedHashMap<>();
        for (JsonNode callId : session.path("callIds")) {
            calls.put(callId.asText(), scorecard.call(callId.asText()));
        }
        return calls;
    }
}
