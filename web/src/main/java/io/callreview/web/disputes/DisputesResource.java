package io.callreview.web.disputes;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.web.api.ScorecardApi;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reps' disputes for a coach or admin to resolve: each with its call, behaviour, disputed verdict and the rep's
 * reason, and a form to overturn it (a new verdict), accept it in part or uphold the verdict, with a reason. Which
 * disputes a coach sees (their teams') and every rule of a resolution are scorecard-service's; a refusal is shown
 * above the list with the field at fault.
 */
@Path("/disputes")
public class DisputesResource {

    static final int PAGE_SIZE = 20;

    /** The filters above the list: a dispute's statuses, and all of them. */
    static final List<String> STATUSES = List.of("OPEN", "ACCEPTED", "PARTIALLY_ACCEPTED", "REJECTED", "CLOSED", "ALL");

    @Inject
    Template disputes;

    @Inject
    SignedInUser user;

    @RestClient
    ScorecardApi scorecard;

    @GET
    public TemplateInstance list(@QueryParam("status") @DefaultValue("OPEN") String status,
                                 @QueryParam("page") @DefaultValue("0") int page, @QueryParam("resolved") String resolved) {
        return page(status, page).data("resolved", resolved).data("refused", null);
    }

    @POST
    @Path("{id}/resolution")
    public Response resolve(@PathParam("id") String id, @FormParam("outcome") String outcome,
                            @FormParam("verdict") String verdict, @FormParam("reason") String reason,
                            @FormParam("page") @DefaultValue("0") int page) {
        Refusals.coachesOnly(user);
        return Refusals.submit(() -> {
            scorecard.resolve(id, ResolutionForm.resolution(outcome, verdict, reason));
            return Htmx.backTo("/disputes?page=" + Math.max(page, 0) + "&resolved=" + id);
        }, () -> page("OPEN", page).data("resolved", null).data("refusedId", id));
    }

    private TemplateInstance page(String status, int page) {
        Refusals.coachesOnly(user);
        String filter = "ALL".equals(status) ? null : status;
        JsonNode found = scorecard.disputes(filter, null, null, Math.max(page, 0), PAGE_SIZE);
        return disputes.data("disputes", found).data("status", status).data("statuses", STATUSES)
                .data("refusedId", null)
                .data("paging", Paging.of(found, PAGE_SIZE)).data("pagerBase", "/disputes?status=" + status + "&");
    }
}
