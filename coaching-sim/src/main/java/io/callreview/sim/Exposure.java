package io.callreview.sim;

/**
 * The kinds of practice a simulated rep gets of a behaviour, and how much each one counts (the testing effect: recalling
 * something strengthens memory more than being shown it again).
 */
public enum Exposure {
    /** Doing it on a call. */
    CALL(0.6, 0.01),
    /** Answering a question about it (a quiz, "what words will you use?") from memory. */
    RETRIEVAL(1.0, 0.05),
    /** Being told about it after a call, and asked whether they did it. */
    FEEDBACK(0.7, 0.05),
    /** Reading a phrasing or listening to a teammate's moment, or being shown the answer to a question they got wrong. */
    READING(0.5, 0.03),
    /** Asked what made it work on a call where they did it. */
    REFLECTION(0.7, 0.03);

    /** How much it lengthens memory (stability), relative to a successful retrieval. */
    final double memoryGain;
    /** How much of the remaining skill a rep with learning rate 1 gains from it. */
    final double skillGain;

    Exposure(double memoryGain, double skillGain) {
        this.memoryGain = memoryGain;
        this.skillGain = skillGain;
    }
}
