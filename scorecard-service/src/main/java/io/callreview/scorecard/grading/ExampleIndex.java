package io.callreview.scorecard.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one behaviour sounds like, as vectors: its examples, and what it is not. What it is not gathers the
 * behaviour's counter-examples, the other behaviours' examples of the same scorecard (a question about budget is not
 * a question about who signs), and ordinary sales-call talk (small talk, logistics, product tours, deferrals). Anything
 * on that side that comes close to one of the behaviour's own examples is left out, so a behaviour is never argued
 * against itself.
 *
 * <p>An utterance is compared two ways. Its <em>margin</em>: how much nearer it comes to the behaviour's examples
 * (the mean of its two nearest) than to the nearest thing the behaviour is not. Its <em>vote</em>: among its five
 * nearest neighbours of either side, weighted by closeness, the share that are examples, with the examples'
 * weight raised for being fewer. A sentence that happens to sit near one example by chance has a poor vote.
 */
final class ExampleIndex {

    /** How alike a sentence of the other side and an example may be before the former is dropped. */
    private static final double OVERLAP = 0.85;
    private static final int NEAREST_EXAMPLES = 2;
    private static final int NEIGHBOURS = 5;
    /** Softmax temperature of the neighbours' weights: a neighbour 0.05 nearer weighs e times more. */
    private static final double TEMPERATURE = 0.05;

    /** How an utterance compares with the behaviour. */
    record Closeness(double similarity, String example, double counterSimilarity, String counterExample, double vote) {

        double margin() {
            return similarity - counterSimilarity;
        }
    }

    private final List<String> examples;
    private final List<float[]> exampleVectors;
    private final List<String> others = new ArrayList<>();
    private final List<float[]> otherVectors = new ArrayList<>();
    private final VectorSet exampleSet;
    private final VectorSet otherSet;
    private final double exampleWeight;
    private final double typicalMargin;
    private final int labelledSentences;

    ExampleIndex(List<String> examples, List<String> counterExamples, List<String> rivalExamples, OrdinaryTalk ordinary,
                 SentenceEncoder encoder) {
        this.examples = List.copyOf(examples);
        this.labelledSentences = examples.size() + counterExamples.size();
        List<String> texts = new ArrayList<>(examples);
        texts.addAll(counterExamples);
        texts.addAll(rivalExamples);
        List<float[]> vectors = encoder.encode(texts);
        this.exampleVectors = vectors.subList(0, examples.size());
        for (int i = examples.size(); i < texts.size(); i++) {
            addOther(texts.get(i), vectors.get(i));
        }
        for (int i = 0; i < ordinary.sentences().size(); i++) {
            addOther(ordinary.sentences().get(i), ordinary.vectors().get(i));
        }
        this.exampleSet = new VectorSet(exampleVectors);
        this.otherSet = new VectorSet(otherVectors);
        this.exampleWeight = Math.sqrt(Math.max(1.0, (double) otherVectors.size() / exampleVectors.size()));
        this.typicalMargin = medianLeaveOneOutMargin();
    }

    /**
     * How clearly this behaviour's own examples stand out: the median, over its examples, of each one's margin with
     * that example left out. A behaviour whose examples are alike and far from everything else has a high one; the
     * grader asks more of an utterance there, and less where the behaviour is diffuse. Needs four examples.
     */
    private double medianLeaveOneOutMargin() {
        if (exampleVectors.size() < 4) {
            return 0;
        }
        double[] margins = new double[exampleVectors.size()];
        for (int i = 0; i < exampleVectors.size(); i++) {
            float[] example = exampleVectors.get(i);
            double[] toOthers = otherSet.similarities(example);
            double[] toExamples = new double[exampleVectors.size() - 1];
            int k = 0;
            for (int j = 0; j < exampleVectors.size(); j++) {
                if (j != i) {
                    toExamples[k++] = SentenceEncoder.similarity(example, exampleVectors.get(j));
                }
            }
            margins[i] = meanOfNearest(toExamples) - (toOthers.length == 0 ? -1 : toOthers[argMax(toOthers)]);
        }
        Arrays.sort(margins);
        return margins[margins.length / 2];
    }

    private void addOther(String text, float[] vector) {
        if (SentenceEncoder.similarity(vector, exampleVectors.get(nearest(vector, exampleVectors))) < OVERLAP) {
            others.add(text);
            otherVectors.add(vector);
        }
    }

    Closeness closeness(float[] utterance) {
        double[] toExamples = exampleSet.similarities(utterance);
        double[] toOthers = otherSet.similarities(utterance);
        int example = argMax(toExamples);
        int other = argMax(toOthers);
        return new Closeness(meanOfNearest(toExamples), examples.get(example), other < 0 ? -1 : toOthers[other],
                other < 0 ? null : others.get(other), vote(toExamples, toOthers));
    }

    /** How clearly the examples stand out; see {@link #medianLeaveOneOutMargin()}. */
    double typicalMargin() {
        return typicalMargin;
    }

    /** How many sentences the rule teaches with: its examples and counter-examples. */
    int labelledSentences() {
        return labelledSentences;
    }

    /** The mean of the {@value #NEAREST_EXAMPLES} highest similarities, highest first (as a full sort would sum them). */
    private static double meanOfNearest(double[] similarities) {
        int[] nearest = Nearest.indexes(similarities.length, NEAREST_EXAMPLES, i -> similarities[i]);
        double mean = 0;
        for (int i : nearest) {
            mean += similarities[i] / nearest.length;
        }
        return mean;
    }

    private double vote(double[] toExamples, double[] toOthers) {
        int total = toExamples.length + toOthers.length;
        double forExamples = 0;
        double all = 0;
        for (int i : Nearest.indexes(total, NEIGHBOURS, i -> at(i, toExamples, toOthers))) {
            double weight = Math.exp(at(i, toExamples, toOthers) / TEMPERATURE);
            if (i < toExamples.length) {
                weight *= exampleWeight;
                forExamples += weight;
            }
            all += weight;
        }
        return all == 0 ? 0 : forExamples / all;
    }

    private static double at(int i, double[] toExamples, double[] toOthers) {
        return i < toExamples.length ? toExamples[i] : toOthers[i - toExamples.length];
    }

    private static double[] similarities(float[] vector, List<float[]> candidates) {
        double[] similarities = new double[candidates.size()];
        for (int i = 0; i < similarities.length; i++) {
            similarities[i] = SentenceEncoder.similarity(vector, candidates.get(i));
        }
        return similarities;
    }

    private static int nearest(float[] vector, List<float[]> candidates) {
        return argMax(similarities(vector, candidates));
    }

    private static int argMax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (best < 0 || values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
