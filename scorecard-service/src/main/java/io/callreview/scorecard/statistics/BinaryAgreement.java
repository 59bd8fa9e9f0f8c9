package io.callreview.scorecard.statistics;

/**
 * How well one judge (the automatic grader) predicts a reference (coaches' final verdicts) on a yes/no
 * question such as "was the behaviour met?".
 *
 * @param truePositives  both say yes
 * @param falsePositives the judge says yes, the reference no
 * @param falseNegatives the judge says no, the reference yes
 * @param trueNegatives  both say no
 */
public record BinaryAgreement(long truePositives, long falsePositives, long falseNegatives, long trueNegatives) {

    public long total() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Of the judge's yeses, the share that were right; NaN when it never said yes. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Of the reference's yeses, the share the judge found; NaN when the reference never said yes. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 || Double.isNaN(precision) || Double.isNaN(recall)
                ? Double.NaN : 2 * precision * recall / (precision + recall);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    public double kappa() {
        return CohenKappa.of(new long[][] {{truePositives, falsePositives}, {falseNegatives, trueNegatives}});
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? Double.NaN : (double) numerator / denominator;
    }
}
