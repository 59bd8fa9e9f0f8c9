package io.callreview.coaching.rules;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks the peers who consistently excel at a behaviour on a call type. A plain adherence rate would put
 * a peer with one lucky call first; the lower bound of the Wilson score interval (95%) rewards both a
 * high rate and the number of calls behind it, which is what "consistently" means.
 */
public final class PeerRanking {

    public record ExampleCall(String callId, String callType, Instant startedAt, Double overallScore, String quote, Long atMs) {
    }

    /** A peer's recent record at the behaviour on the call type, with their best example call (may be null). */
    public record PeerRecord(String repId, int calls, int met, ExampleCall bestExample) {

        public double adherence() {
            return calls == 0 ? 0 : (double) met / calls;
        }

        public double consistency() {
            return wilsonLowerBound(met, calls);
        }
    }

    private static final double Z = 1.96;

    private final double minAdherence;
    private final int minCalls;

    public PeerRanking(double minAdherence, int minCalls) {
        this.minAdherence = minAdherence;
        this.minCalls = minCalls;
    }

    /** Peers who qualify as mentors for {@code repId}, best first; never the rep themself. */
    public List<PeerRecord> mentorsFor(String repId, List<PeerRecord> candidates) {
        return candidates.stream()
                .filter(peer -> !Objects.equals(peer.repId(), repId))
                .filter(peer -> peer.calls() >= minCalls && peer.adherence() >= minAdherence)
                .filter(peer -> peer.bestExample() != null)
                .sorted(Comparator.comparingDouble(PeerRecord::consistency).reversed()
                        .thenComparing(Comparator.comparingDouble(PeerRecord::adherence).reversed())
                        .thenComparing(Comparator.comparingInt(PeerRecord::calls).reversed())
                        .thenComparing(PeerRecord::repId))
                .toList();
    }

    static double wilsonLowerBound(int successes, int trials) {
        if (trials == 0) {
            return 0;
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double centre = p + z2 / (2.0 * trials);
        double margin = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials));
        return (centre - margin) / (1 + z2 / trials);
    }
}
