package io.callreview.loadtest.faults;

/** The result of one scenario: PASS or FAIL, with the evidence the invariant was judged on. */
public record Verdict(boolean passed, String evidence) {

    public static Verdict of(boolean passed, String evidence) {
        return new Verdict(passed, evidence);
    }
}
