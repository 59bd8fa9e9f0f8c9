package io.callreview.web.home;

import io.callreview.web.session.SignedInUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The start page of each role: a rep's inbox, a coach's review queue, an admin's scorecards. */
@Path("/")
public class HomeResource {

    @Inject
    SignedInUser user;

    @GET
    public Response start() {
        String start = user.isRep() ? "/inbox" : user.isAdmin() ? "/admin/call-types" : "/review-queue";
        return Response.seeOther(URI.create(start)).build();
    }
}
