package io.callreview.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The user of this request, for resources, the REST clients' token and the templates ({@code inject:user}). */
@RequestScoped
@Named("user")
public class SignedInUser {

    @Inject
    SessionUsers users;

    private SessionUser user;

    private SessionUser user() {
        if (user == null) {
            user = users.current();
        }
        return user;
    }

    public boolean signedIn() {
        return user().token() != null;
    }

    public String id() {
        return user().id();
    }

    public String role() {
        return user().role();
    }

    public List<String> teams() {
        return user().teams();
    }

    public String token() {
        return user().token();
    }

    public boolean isRep() {
        return "rep".equals(role());
    }

    public boolean isCoach() {
        return "coach".equals(role());
    }

    public boolean isAdmin() {
        return "admin".equals(role());
    }

    /** The first of the user's teams, where a page shows one team at a time. */
    public String firstTeam() {
        return teams().isEmpty() ? null : teams().get(0);
    }
}
