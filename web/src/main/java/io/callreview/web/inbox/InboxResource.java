package io.callreview.web.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callreview.web.api.NotificationApi;
import io.callreview.web.page.Htmx;
import io.callreview.web.page.Paging;
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
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The rep's inbox: nudges newest first with their actions, and one nudge, which is where the links in emails and
 * chat messages land ({@code /inbox/{id}?respond=...}). The rep is always the signed-in user: a form names only the
 * nudge, so a nudge of someone else is notification-service's 404.
 */
@Path("/inbox")
public class InboxResource {

    static final int PAGE_SIZE = 20;

    @Inject
    Template inbox;

    @Inject
    Template nudge;

    @Inject
    SignedInUser user;

    @Inject
    HttpHeaders headers;

    @RestClient
    NotificationApi notifications;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("unread") boolean unreadOnly) {
        JsonNode items = notifications.inbox(user.id(), Math.max(page, 0), PAGE_SIZE, unreadOnly);
        return inbox.data("inbox", items).data("paging", Paging.of(items, PAGE_SIZE)).data("unreadOnly", unreadOnly)
                .data("pagerBase", unreadOnly ? "/inbox?unread=true&" : "/inbox?");
    }

    @GET
    @Path("unread-count")
    public String unreadCount() {
        return String.valueOf(notifications.unreadCount(user.id()).path("unread").asLong());
    }

    /** Opening a nudge reads it. An answer from an email link is offered ready to confirm, never recorded by a GET. */
    @GET
    @Path("{nudgeId}")
    public TemplateInstance open(@PathParam("nudgeId") String nudgeId, @QueryParam("respond") String respond,
                                 @QueryParam("answer") String answer) {
        JsonNode item = notifications.nudge(user.id(), nudgeId);
        if (item.path("readAt").isNull() || item.path("readAt").isMissingNode()) {
            notifications.markRead(user.id(), nudgeId);
        }
        return nudge.data("item", item).data("respond", respond).data("answer", answer);
    }

    @POST
    @Path("{nudgeId}/response")
    public Object respond(@PathParam("nudgeId") String nudgeId, @FormParam("kind") String kind,
                          @FormParam("selfAssessment") String selfAssessment, @FormParam("from") String from) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("kind", kind);
        if (selfAssessment != null && !selfAssessment.isBlank()) {
            answer.put("selfAssessment", selfAssessment);
        }
        notifications.respond(user.id(), nudgeId, answer);
        if (Htmx.isHtmx(headers)) {
            return inbox.getFragment("item").data("item", notifications.nudge(user.id(), nudgeId));
        }
        return Htmx.backTo("list".equals(from) ? "/inbox" : "/inbox/" + nudgeId);
    }
}
