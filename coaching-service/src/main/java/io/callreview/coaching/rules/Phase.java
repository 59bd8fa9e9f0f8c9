package io.callreview.coaching.rules;

/**
 * Where a rep is on the T.M.C plan for one behaviour (seed 000): training first, then mentoring from a peer, then
 * coaching; sustaining once the behaviour is consciously competent and consistent.
 */
public enum Phase {
    TRAINING("Learning what the behaviour is and how it is done: the behaviour's guidance, examples and teammates' moments."),
    MENTORING("Hearing from a peer who does it consistently and can say why, to fill the gaps only a peer can."),
    COACHING("Knows what to do and how: finding, with the coach, what holds the rep back on calls, and a solution."),
    SUSTAINING("Consciously competent and consistent: routine nudges stop; a lapse brings coaching back.");

    private final String meaning;

    Phase(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
