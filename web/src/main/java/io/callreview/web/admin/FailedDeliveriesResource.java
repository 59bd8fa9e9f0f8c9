package io.callreview.web.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.callreview.web.api.NotificationApi;
import io.callreview.web.page.Htmx;
import io.callreview.web.page.Paging;
import io.callreview.web.page.Refusals;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Deliveries notification-service gave up on (retries exhausted, a permanent error, or in doubt after their sender
 * stopped mid-send), for an admin to retry one by one. Who may see them is the service's answer: a 403 for anyone
 * but an admin, shown as the problem page. A retry the service refuses (409: no longer FAILED; 404: unknown) comes
 * back as a notice above the list.
 */
@Path("/admin/deliveries")
public class FailedDeliveriesResource {

    static final int PAGE_SIZE = 20;

    @Inject
    Template failedDeliveries;

    @RestClient
    NotificationApi notifications;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("retried") Long retried,
                                 @QueryParam("queued") int queued) {
        return page(page).data("retried", retried).data("queued", queued);
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") long id, @FormParam("page") @DefaultValue("0") int page) {
        return Refusals.submit(() -> {
            JsonNode queued = notifications.retryDelivery(id);
            int count = queued != null && queued.isArray() ? queued.size() : 1;
            return Htmx.backTo("/admin/deliveries?page=" + Math.max(page, 0) + "&retried=" + id + "&queued=" + count);
        }, () -> page(page).data("retried", null).data("queued", 0));
    }

    private TemplateInstance page(int page) {
        JsonNode failed = notifications.failedDeliveries(Math.max(page, 0), PAGE_SIZE);
        return failedDeliveries.data("deliveries", failed).data("paging", Paging.of(failed, PAGE_SIZE))
                .data("pagerBase", "/admin/deliveries?").data("refused", null);
    }
}
