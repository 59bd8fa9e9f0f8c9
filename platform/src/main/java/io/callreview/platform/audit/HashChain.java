package io.callreview.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Links audit entries into a tamper-evident chain: each entry's hash covers its own fields and the hash of the entry
 * before it, so changing, removing or inserting an entry anywhere breaks every link after it.
 */
public final class HashChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';

    private HashChain() {
    }

    /** The hash of an entry with these fields (in a fixed order; null as empty) after {@code previousHash}. */
    public static String link(String previousHash, Object... fields) {
        String canonical = Stream.of(fields).map(field -> Objects.toString(field, ""))
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
