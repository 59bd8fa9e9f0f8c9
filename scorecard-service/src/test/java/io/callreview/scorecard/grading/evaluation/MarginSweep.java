package io.callreview.scorecard.grading.evaluation;

import io.callreview.scorecard.grading.Grader;
import io.callreview.scorecard.grading.GradingSettings;
import io.callreview.scorecard.grading.OnnxSentenceEncoder;
import io.callreview.scorecard.grading.SentenceEncoder;
import io.callreview.scorecard.grading.TextAnalysis;
import java.util.Locale;

/**
 * Tunes the grader's margins on the tuning part only: grades it at a range of semantic margins and prints the
 * figures of each, so the default can be chosen on data the held-out part never sees.
 */
public final class MarginSweep {

    private MarginSweep() {
    }

    public static void main(String[] args) {
        SentenceEncoder memo = new RememberingEncoder(OnnxSentenceEncoder.load());
        EvaluationSet tuning = EvaluationSet.load(EvaluationSet.root(), "tuning");
        double from = Double.parseDouble(args.length > 0 ? args[0] : "-0.04");
        double to = Double.parseDouble(args.length > 1 ? args[1] : "0.12");
        double step = Double.parseDouble(args.length > 2 ? args[2] : "0.02");
        GradingSettings d = GradingSettings.DEFAULTS;
        for (String review : System.getProperty("review", String.valueOf(d.needsReviewBelow())).split(","))
        for (double margin = from; margin <= to + 1e-9; margin += step) {
            GradingSettings settings = new GradingSettings(Double.parseDouble(review), d.maxEvidence(), d.phraseSlop(), margin,
                    Math.min(margin, d.phraseVetoMargin()), Double.parseDouble(System.getProperty("vote", String.valueOf(d.minimumVote()))));
            GradingEvaluation.Report report = GradingEvaluation.run("m" + margin,
                    new Grader(TextAnalysis.withDefaultConcepts(), settings, memo), tuning);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "review %s margin %+.3f  starter macro-F1 %.3f  all %.3f  abstain starter %.3f all %.3f  utterances %.3f |", review,
                    margin, report.starterMacroF1(), report.macroF1(), report.starterAbstentionRate(), report.abstentionRate(),
                    report.utteranceAccuracy()));
            report.behaviours().forEach(b -> line.append(String.format(Locale.ROOT, " %.2f", b.calls().f1())));
            System.out.println(line);
        }
    }
}
