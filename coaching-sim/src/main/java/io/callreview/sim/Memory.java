package io.callreview.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * What a simulated rep carries of one behaviour: a memory with a stability S (days) that decays between practice along
 * the forgetting curve R(t) = (1 + t / (9 S))^-1 (R(S) = 0.9, the power curve of FSRS-4.5); a skill (how well they do it
 * when it is on their mind); and an insight (how well they can say why it works). Practice lengthens the memory the more,
 * the further it had decayed (the spacing effect), scaled by the rep's learning rate.
 */
public final class Memory {

    static final double MIN_STABILITY = 0.5;
    private static final double SPACING = 3.0;
    private static final double FORGOTTEN_SHRINK = 0.85;

    private double skill;
    private double insight;
    private double stability;
    private Instant lastPractice;

    public Memory(double skill, double insight, double stability, Instant lastPractice) {
        this.skill = skill;
        this.insight = insight;
        this.stability = Math.max(MIN_STABILITY, stability);
        this.lastPractice = lastPractice;
    }

    /** Probability of recalling the behaviour at {@code at}. */
    public double retrievability(Instant at) {
        double days = Math.max(0, Duration.between(lastPractice, at).toMillis() / 86_400_000d);
        return 1 / (1 + days / (9 * stability));
    }

    /** Probability of doing it on a call at {@code at}: the skill, when the behaviour is on their mind. */
    public double doing(Instant at) {
        return skill * retrievability(at);
    }

    /** Probability of answering a question about it right: what they remember, the more so the better they know it. */
    public double answering(Instant at) {
        return retrievability(at) * (0.4 + 0.6 * skill);
    }

    /** Probability of saying what made it work. */
    public double explaining(Instant at) {
        return insight * (0.5 + 0.5 * retrievability(at));
    }

    /**
     * One practice at {@code at}: recalled (done, answered), the memory grows the more the longer it was since the last;
     * not recalled (shown the answer after getting it wrong), it shrinks, then grows a little from being shown.
     */
    public void practise(Instant at, Exposure exposure, boolean recalled, double learningRate) {
        double r = retrievability(at);
        if (recalled) {
            stability *= 1 + learningRate * exposure.memoryGain * (0.2 + SPACING * (1 - r));
        } else {
            stability = Math.max(MIN_STABILITY, stability * FORGOTTEN_SHRINK) * (1 + learningRate * Exposure.READING.memoryGain * 0.2);
        }
        skill += learningRate * exposure.skillGain * (recalled ? 1 : 0.5) * (1 - skill);
        skill = Math.min(skill, 1);
        lastPractice = at;
    }

    /** Asked what made it work: thinking about it builds insight, whatever the answer. */
    public void reflect(double learningRate) {
        insight = Math.min(1, insight + learningRate * 0.25 * (1 - insight));
    }

    /** Went through a training unit: knows much more of it, remembers it for a few days at least, sees why it works. */
    public void train(Instant at, double learningRate) {
        skill = Math.min(1, skill + Math.min(1, learningRate * 0.5) * (1 - skill));
        insight = Math.min(1, insight + 0.3 * (1 - insight));
        stability = Math.max(stability, 2) * (1 + 0.5 * learningRate);
        lastPractice = at;
    }

    public double skill() {
        return skill;
    }

    public double insight() {
        return insight;
    }

    public double stability() {
        return stability;
    }
}
