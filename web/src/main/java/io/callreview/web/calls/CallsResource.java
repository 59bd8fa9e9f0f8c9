package io.callreview.web.calls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls and their scorecards: a rep's own calls, a coach's team's calls. One call shows its latest score (verdicts,
 * evidence, the coach's comments and moments), every revision, the transcript, and the rep's acknowledgement and
 * disputes; an admin moves a call of the wrong rep to the right one there, or sets a call aside (a test call). A moment
 * shows the exchange around it, which a rep may open on a teammate's call where they did a behaviour well.
 */
@Path("/calls")
public class CallsResource {

    static final int PAGE_SIZE = 20;


    @Inject
    Template calls;

    @Inject
    Template call;

    @Inject
    Template callMoment;

    @Inject
    SignedInUser user;

    @Inject
    HttpHeaders headers;

    @RestClient
    ScorecardApi scorecard;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("teamId") String teamId) {
        String repId = user.isRep() ? user.id() : null;
        String team = user.isRep() ? null : blankToNull(teamId);
        JsonNode found = scorecard.calls(repId, team, Math.max(page, 0), PAGE_SIZE);
        String base = team == null ? "/calls?" : "/calls?teamId=" + team + "&";
        return calls.data("calls", found).data("paging", Paging.of(found, PAGE_SIZE)).data("pagerBase", base)
                .data("teamId", team);
    }

    @GET
    @Path("{id}")
    public TemplateInstance open(@PathParam("id") String id, @QueryParam("t") Long seconds) {
        return callPage(id, seconds).data("refused", null).data("refusedMove", false);
    }

    /** An admin sets the call aside with a reason; the service's refusal (no reason, already set aside) shows beside the form. */
    @POST
    @Path("{id}/set-aside")
    public Response setAside(@PathParam("id") String id, @FormParam("reason") String reason) {
        return Refusals.submit(() -> {
            scorecard.setAside(id, JsonNodeFactory.instance.objectNode().put("reason", reason));
            return Htmx.backTo("/calls/" + id);
        }, () -> callPage(id, null).data("refusedMove", false));
    }

    /**
     * An admin moves the call to the rep whose call it is; the service's refusal (no such rep on the roster, no reason)
     * shows beside this form.
     */
    @POST
    @Path("{id}/move")
    public Response move(@PathParam("id") String id, @FormParam("repId") String repId, @FormParam("reason") String reason) {
        return Refusals.submit(() -> {
            scorecard.move(id, JsonNodeFactory.instance.objectNode().put("repId", repId).put("reason", reason));
            return Htmx.backTo("/calls/" + id);
        }, () -> callPage(id, null).data("refusedMove", true));
    }

    private TemplateInstance callPage(String id, Long seconds) {
        JsonNode found = scorecard.call(id);
        JsonNode revisions = scorecard.scores(id);
        JsonNode transcript = scorecard.transcript(id);
        JsonNode disputes = scorecard.disputes(null, id, null, 0, 50);
        boolean setAside = CallStatus.isSetAside(found);
        JsonNode teammates = user.isAdmin() && !setAside
                ? Refusals.orElse(() -> scorecard.team(found.path("teamId").asText()), MissingNode.getInstance())
                : MissingNode.getInstance();
        return call.data("call", found).data("revisions", revisions).data("transcript", transcript)
                .data("disputes", disputes).data("startAtMs", seconds == null ? null : seconds * 1000)
                .data("setAside", setAside).data("teammates", teammates.path("reps"));
    }

    /** A moment of a call: where training units, nudges and mentoring send a rep to hear a teammate. */
    @GET
    @Path("{id}/moment")
    public TemplateInstance moment(@PathParam("id") String id, @QueryParam("t") @DefaultValue("0") long seconds) {
        JsonNode found = scorecard.moment(id, Math.max(seconds, 0) * 1000);
        boolean wholeCall = !user.isRep() || user.id().equals(found.path("repId").asText());
        return callMoment.data("moment", found).data("wholeCall", wholeCall).data("seconds", Math.max(seconds, 0));
    }

    @POST
    @Path("{id}/acknowledgement")
    public Object acknowledge(@PathParam("id") String id) {
        JsonNode acknowledgement = scorecard.acknowledge(id);
        if (Htmx.isHtmx(headers)) {
            return call.getFragment("acknowledged").data("acknowledgement", acknowledgement);
        }
        return Htmx.backTo("/calls/" + id);
    }

    @POST
    @Path("{id}/disputes")
    public Object dispute(@PathParam("id") String id, @FormParam("behaviourKey") String behaviourKey,
                          @FormParam("comment") String comment) {
        scorecard.dispute(id, JsonNodeFactory.instance.objectNode().put("behaviourKey", behaviourKey).put("comment", comment));
        return Htmx.backTo("/calls/" + id + "#disputes");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
