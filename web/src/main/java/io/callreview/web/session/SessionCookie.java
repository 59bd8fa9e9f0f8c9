package io.callreview.web.session;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** The locally signed-in user's token, kept where scripts cannot read it and other sites cannot send it. */
public final class SessionCookie {

    public static final String NAME = "callreview_session";

    private SessionCookie() {
    }

    public static NewCookie of(String token, Duration maxAge) {
        return base(token).maxAge((int) maxAge.toSeconds()).build();
    }

    public static NewCookie cleared() {
        return base("").maxAge(0).build();
    }

    private static NewCookie.Builder base(String value) {
        // Secure also on http://localhost, which browsers treat as a secure context
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
