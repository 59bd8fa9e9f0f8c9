package io.callreview.web.signin;

import java.util.Arrays;
import java.util.List;

/** A user listed on the local sign-in page, from {@code role:user-id[:team...]}. */
public record DemoUser(String role, String id, List<String> teams) {

    static DemoUser parse(String entry) {
        String[] parts = entry.trim().split(":");
        if (parts.length < 2) {
            throw new IllegalArgumentException("a demo user is role:user-id[:team...], not " + entry);
        }
        return new DemoUser(parts[0], parts[1], List.of(Arrays.copyOfRange(parts, 2, parts.length)));
    }

    public String teamList() {
        return String.join(" ", teams);
    }
}
