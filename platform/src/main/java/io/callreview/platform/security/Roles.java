package io.callreview.platform.security;

/** The roles a token carries in its {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String COACH = "coach";
    public static final String REP = "rep";
    public static final String INTEGRATION = "integration";

    private Roles() {
    }
}
