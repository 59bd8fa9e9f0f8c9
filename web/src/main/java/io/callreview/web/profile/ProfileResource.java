package io.callreview.web.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.callreview.web.api.CoachingApi;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Htmx;
import io.callreview.web.page.Refusals;
import io.callreview.web.session.SignedInUser;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A rep's skill profile per behaviour: stage and why, diagnosis, the path (phase, why, every move, what comes next),
 * the next scheduled moment and what was assigned, and the rep's training units. A rep sees their own, and decides there
 * whether teammates may hear their moments; coaching-service answers 404 for a rep the user may not see, which is the
 * problem page here too.
 */
@Path("/")
public class ProfileResource {

    @Inject
    Template profile;

    @Inject
    SignedInUser user;

    @RestClient
    CoachingApi coaching;

    @RestClient
    ScorecardApi scorecard;

    @GET
    @Path("profile")
    public TemplateInstance own() {
        return show(user.id(), true);
    }

    @GET
    @Path("reps/{repId}/profile")
    public TemplateInstance rep(@PathParam("repId") String repId) {
        return show(repId, repId.equals(user.id()));
    }

    /** The rep's consent to let teammates hear the moments of their calls where they did a behaviour well. */
    @POST
    @Path("profile/sharing")
    public Response share(@FormParam("shareMoments") boolean shareMoments) {
        coaching.setSharing(user.id(), JsonNodeFactory.instance.objectNode().put("shareMoments", shareMoments));
        return Htmx.backTo("/profile#sharing");
    }

    private TemplateInstance show(String repId, boolean own) {
        JsonNode found = coaching.profile(repId);
        return profile.data("profile", found).data("behaviours", focusFirst(found.path("behaviours"))).data("own", own)
                .data("units", coaching.trainingUnits(repId)).data("name", own ? null : rosterName(repId));
    }

    /** The rep's name on the roster, for a coach or admin looking at the rep; null where the roster names none. */
    private String rosterName(String repId) {
        return Refusals.orElse(() -> scorecard.rosterRep(repId), MissingNode.getInstance()).path("displayName").asText(null);
    }

    /** The behaviours the rep works on now come first, each group in the service's order. */
    static List<JsonNode> focusFirst(JsonNode behaviours) {
        List<JsonNode> ordered = new ArrayList<>();
        behaviours.forEach(b -> {
            if (b.path("focus").asBoolean()) {
                ordered.add(b);
            }
        });
        behaviours.forEach(b -> {
            if (!b.path("focus").asBoolean()) {
                ordered.add(b);
            }
        });
        return ordered;
    }
}
