package io.callreview.web.page;

import io.callreview.web.api.ApiProblem;
import io.callreview.web.api.NotificationApi;
import io.callreview.web.session.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Counts shown in the navigation of every page: a rep's unread nudges. */
@Named("badges")
@RequestScoped
public class Badges {

    @Inject
    SignedInUser user;

    @RestClient
    NotificationApi notifications;

    /** Unread nudges of the signed-in rep; none for other roles or while notification-service does not answer. */
    public Long unread() {
        if (!user.isRep()) {
            return null;
        }
        try {
            return notifications.unreadCount(user.id()).path("unread").asLong();
        } catch (ApiProblem | ProcessingException unavailable) {
            return null;
        }
    }
}
