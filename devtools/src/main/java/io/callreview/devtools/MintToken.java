package io.callreview.devtools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Prints a bearer token for local use: {@code mint-token <role> <subject> [team ...]}.
 * Reads the private key from {@code CALLREVIEW_KEYS_DIR} (default {@code .local/keys}).
 */
public final class MintToken {

    private static final Set<String> ROLES = Set.of("admin", "coach", "rep", "integration");

    private MintToken() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !ROLES.contains(args[0])) {
            System.err.println("usage: mint-token <admin|coach|rep|integration> <subject> [team ...]");
            System.err.println("  e.g. mint-token coach coach-ana team-east   or   mint-token rep rep-ben team-east");
            System.exit(2);
        }
        Path keys = Path.of(System.getenv().getOrDefault("CALLREVIEW_KEYS_DIR", ".local/keys"));
        String issuer = System.getenv().getOrDefault("JWT_ISSUER", TokenMinter.DEFAULT_ISSUER);
        List<String> teams = Arrays.asList(args).subList(2, args.length);
        TokenMinter minter = new TokenMinter(SigningKeys.readPrivateKey(keys), issuer);
        System.out.println(minter.mint(args[1], args[0], teams, Duration.ofHours(12)));
    }
}
