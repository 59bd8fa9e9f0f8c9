package io.callreview.launcher;

/** Seeds call types, scorecards, a team of reps and realistic calls, so a newcomer sees nudges arrive. */
final class DemoSeeder {

    private final LocalSuite suite;

    DemoSeeder(LocalSuite suite) {
        this.suite = suite;
    }

    void seed() {
        throw new UnsupportedOperationException("demo data arrives with the ingestion, coaching and notification APIs");
    }
}
