package io.callreview.coaching.rules;

import io.callreview.coaching.rules.PeerRanking.PeerRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * Recommends training, coaching or mentoring for one rep and behaviour, with the reason in words.
 * Training fixes a knowledge gap, coaching an execution gap, mentoring lets a peer who excels show how.
 */
public final class Diagnoses {

    public record Thresholds(int newRepCalls, double almostNeverAdherence) {
    }

    /**
     * What is known about the rep and the behaviour.
     *
     * @param atTarget consciously competent and consistent
     */
    public record Facts(String repId, String behaviourKey, String callType, int scoredCalls, int reviews, int met,
                        int recentReviews, int recentMet, Stage stage, boolean atTarget, boolean gapAcknowledged) {
    }

    /**
     * @param reason the why, as a coach reads it about the rep
     * @param forRep the same why in the rep's words, for what they are sent
     */
    public record Diagnosis(Approach approach, String reason, String forRep, PeerRecord mentor) {
    }

    private final Thresholds thresholds;

    /** Below this many scored calls a rep is new: only then does the exact number matter. */
    public int newRepCalls() {
        return thresholds.newRepCalls();
    }

    public Diagnoses(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** @param bestPeer the best-ranked peer who excels at the behaviour on the same call type, if any */
    public Diagnosis diagnose(Facts facts, Optional<PeerRecord> bestPeer) {
        Optional<PeerRecord> mentor = bestPeer.filter(peer -> !Objects.equals(peer.repId(), facts.repId()));
        String recent = "met on " + facts.recentMet() + " of the last " + facts.recentReviews() + " scored calls";
        String yourRecent = facts.recentMet() + " of your last " + facts.recentReviews() + " scored calls";
        if (facts.atTarget()) {
            return new Diagnosis(Approach.NONE, "Consistently shown (" + recent + ") and the rep can say why it works:"
                    + " no intervention needed.", "You do it consistently (" + yourRecent + ") and can say why it works.", null);
        }
        if (facts.stage().competent()) {
            boolean unconscious = facts.stage() == Stage.UNCONSCIOUSLY_COMPETENT;
            return new Diagnosis(Approach.COACHING, "Shown (" + recent + ") but "
                    + (unconscious ? "the rep cannot say why it works yet: coach it"
                    + " into a conscious, repeatable skill with reflection prompts." : "not consistently yet: coach the execution."),
                    "You do it (" + yourRecent + ") but " + (unconscious ? "have not said yet why it works: knowing why makes"
                    + " it a skill you repeat on purpose." : "not on every call yet."), null);
        }
        if (facts.scoredCalls() < thresholds.newRepCalls()) {
            String calls = facts.scoredCalls() + " scored call" + (facts.scoredCalls() == 1 ? "" : "s");
            return new Diagnosis(Approach.TRAINING, "New rep: only " + calls + " so far (" + recent + "). Teach the behaviour first;"
                    + " coaching comes once they know it.", "You are new here (" + calls + " so far): learning what good looks"
                    + " like comes first, coaching once you know it.", null);
        }
        String allTime = facts.met() + " of " + facts.reviews() + " scored calls";
        if ((double) facts.met() / facts.reviews() <= thresholds.almostNeverAdherence()) {
            String never = facts.met() == 0 ? "Never shown (0 of " + facts.reviews() + " scored calls)"
                    : "Almost never shown (" + allTime + ")";
            String yourNever = (facts.met() == 0 ? "You have not done it on any" : "You did it on only " + facts.met())
                    + " of your " + facts.reviews() + " scored calls";
            if (facts.gapAcknowledged()) {
                return new Diagnosis(Approach.TRAINING, never + ", and the rep has acknowledged it as a gap:"
                        + " a knowledge gap, so train it.", yourNever + ", and you said yourself it is a gap: a short unit"
                        + " shows how.", null);
            }
            if (mentor.isPresent()) {
                PeerRecord peer = mentor.get();
                String peerRecord = peer.met() + " of " + peer.calls() + ", " + Figures.percent(peer.adherence());
                return new Diagnosis(Approach.MENTORING, never + ", and the rep has not acknowledged a gap."
                        + " Peer " + peer.repId() + " consistently excels at it on " + CallTypeWords.calls(facts.callType()) + " ("
                        + peerRecord + "): listening to how"
                        + " they do it on call " + peer.bestExample().callId() + " shows what good sounds like.",
                        // not naming the peer: the mentor paired may be another, when this one is asked enough this week
                        yourNever + ": a teammate who does it on every " + CallTypeWords.call(facts.callType()) + " can show"
                        + " you what good sounds like.", peer);
            }
            return new Diagnosis(Approach.TRAINING, never + "; no peer can mentor it on " + CallTypeWords.calls(facts.callType())
                    + " yet (a mentor does it consistently and has said why it works), so treat it as a knowledge gap"
                    + " and confirm with the rep's self-assessment.", yourNever + ": a short unit shows what good looks like.", null);
        }
        return new Diagnosis(Approach.COACHING, "Shown before (" + allTime + " overall, " + recent + "), so the rep"
                + " knows how, but does it inconsistently: coach the execution.", "You have done it before (" + allTime
                + " overall, " + yourRecent + "), so you know how: the work is doing it on every call.", null);
    }
}
