package io.callreview.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Htmx;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Call types and their scorecards: create a call type, start from the starter scorecard or a draft of a version,
 * edit a draft's behaviours and their detection, compare it with the published version, publish and retire.
 */
@Path("/admin/call-types")
public class ScorecardAdminResource {

    @Inject
    Template callTypes;

    @Inject
    Template scorecards;

    @Inject
    Template scorecardEditor;

    @Inject
    BehaviourForms behaviourForms;

    @RestClient
    ScorecardApi scorecard;

    @GET
    public TemplateInstance list() {
        return callTypes.data("types", scorecard.callTypes());
    }

    @POST
    public Response create(@FormParam("key") String key, @FormParam("name") String name, @FormParam("description") String description) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("key", key).put("name", name);
        if (description != null && !description.isBlank()) {
            body.put("description", description);
        }
        scorecard.createCallType(body);
        return Htmx.backTo("/admin/call-types/" + key);
    }

    @GET
    @Path("{key}")
    public TemplateInstance versions(@PathParam("key") String key) {
        JsonNode type = scorecard.callTypes();
        JsonNode found = null;
        for (JsonNode candidate : type) {
            if (key.equals(candidate.path("key").asText())) {
                found = candidate;
            }
        }
        if (found == null) {
            throw new NotFoundException();
        }
        return scorecards.data("key", key).data("type", found).data("versions", scorecard.scorecards(key));
    }

    @POST
    @Path("{key}/starter")
    public Response starter(@PathParam("key") String key, @FormParam("template") String template) {
        JsonNode created = scorecard.createStarter(key, template == null || template.isBlank() ? null : template);
        return Htmx.backTo("/admin/call-types/" + key + "/scorecards/" + created.path("version").asInt());
    }

    @GET
    @Path("{key}/scorecards/{version}")
    public TemplateInstance open(@PathParam("key") String key, @PathParam("version") int version) {
        JsonNode card = scorecard.scorecard(key, version);
        Integer published = publishedVersion(key);
        JsonNode diff = published != null && published != version ? scorecard.diff(key, published, version) : null;
        return scorecardEditor.data("key", key).data("card", card).data("published", published).data("diff", diff)
                .data("speakers", List.of("REP", "PROSPECT", "ANY"));
    }

    @POST
    @Path("{key}/scorecards/{version}/draft")
    public Response draft(@PathParam("key") String key, @PathParam("version") int version) {
        JsonNode created = scorecard.draftFrom(key, version);
        return Htmx.backTo("/admin/call-types/" + key + "/scorecards/" + created.path("version").asInt());
    }

    @POST
    @Path("{key}/scorecards/{version}/behaviours/{index}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveBehaviour(@PathParam("key") String key, @PathParam("version") int version,
                                  @PathParam("index") int index, MultivaluedMap<String, String> form) {
        JsonNode card = scorecard.scorecard(key, version);
        scorecard.saveScorecard(key, version, behaviourForms.withBehaviour(card, index, form));
        return Htmx.backTo("/admin/call-types/" + key + "/scorecards/" + version + "#behaviour-" + index);
    }

    @POST
    @Path("{key}/scorecards/{version}/publish")
    public Response publish(@PathParam("key") String key, @PathParam("version") int version) {
        scorecard.publish(key, version);
        return Htmx.backTo("/admin/call-types/" + key + "/scorecards/" + version);
    }

    @POST
    @Path("{key}/scorecards/{version}/retire")
    public Response retire(@PathParam("key") String key, @PathParam("version") int version,
                           @FormParam("refuseNewCalls") boolean refuseNewCalls) {
        scorecard.retire(key, version, refuseNewCalls);
        return Htmx.backTo("/admin/call-types/" + key);
    }

    private Integer publishedVersion(String key) {
        for (JsonNode type : scorecard.callTypes()) {
            if (key.equals(type.path("key").asText()) && type.hasNonNull("publishedScorecardVersion")) {
                return type.get("publishedScorecardVersion").asInt();
            }
        }
        return null;
    }
}
