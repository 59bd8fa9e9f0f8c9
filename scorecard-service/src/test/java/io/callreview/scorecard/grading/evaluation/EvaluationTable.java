package io.callreview.scorecard.grading.evaluation;

import java.util.List;
import java.util.Locale;

/** The evaluation reports of several graders on one part, as a plain-text table. */
final class EvaluationTable {

    private EvaluationTable() {
    }

    static String of(List<GradingEvaluation.Report> reports) {
        StringBuilder out = new StringBuilder();
        GradingEvaluation.Report first = reports.get(0);
        out.append(String.format(Locale.ROOT, "%n== %s part: %d calls, %d utterances ==%n", first.part(), first.calls(), first.utterances()));
        out.append(String.format(Locale.ROOT, "%-30s", "behaviour (calls P/R/F1, abstained | utterances F1)"));
        reports.forEach(r -> out.append(String.format(Locale.ROOT, " | %-30s", r.grader())));
        out.append('\n');
        for (int i = 0; i < first.behaviours().size(); i++) {
            GradingEvaluation.BehaviourResult behaviour = first.behaviours().get(i);
            out.append(String.format(Locale.ROOT, "%-30s", behaviour.callType() + "/" + behaviour.behaviour()));
            for (GradingEvaluation.Report report : reports) {
                GradingEvaluation.BehaviourResult result = report.behaviours().get(i);
                GradingEvaluation.Counts calls = result.calls();
                out.append(String.format(Locale.ROOT, " | %.2f/%.2f/%.2f %2d | u %.2f   ", calls.precision(), calls.recall(),
                        calls.f1(), calls.abstained(), result.utterances().f1()));
            }
            out.append('\n');
        }
        line(out, "macro-F1, starter behaviours", reports, r -> r.starterMacroF1());
        line(out, "macro-F1, all behaviours", reports, r -> r.macroF1());
        line(out, "NEEDS_REVIEW share, starter", reports, r -> r.starterAbstentionRate());
        line(out, "NEEDS_REVIEW share, all", reports, r -> r.abstentionRate());
        line(out, "utterance accuracy", reports, r -> r.utteranceAccuracy());
        if (first.utterances() > 0) {
            out.append("utterance accuracy by kind (decided, abstained)\n");
            for (String kind : first.utterancesByKind().keySet()) {
                out.append(String.format(Locale.ROOT, "  %-36s", kind));
                reports.forEach(r -> {
                    GradingEvaluation.Counts counts = r.utterancesByKind().get(kind);
                    out.append(String.format(Locale.ROOT, " %.3f (%d, %d)", counts.accuracy(), counts.decided(), counts.abstained()));
                });
                out.append('\n');
            }
        }
        line(out, "right METs quoting a labelled moment", reports, r -> r.evidenceHitRate());
        if (first.notApplicable().decided() + first.notApplicable().abstained() > 0) {
            out.append(String.format(Locale.ROOT, "%-38s", "NOT_APPLICABLE P/R (wrongly N/A, graded"));
            out.append('\n').append(String.format(Locale.ROOT, "%-38s", "  though not applicable, abstained)"));
            reports.forEach(r -> {
                GradingEvaluation.Counts na = r.notApplicable();
                out.append(String.format(Locale.ROOT, " %.2f/%.2f (%d, %d, %d)", na.precision(), na.recall(),
                        na.falsePositives(), na.falseNegatives(), na.abstained()));
            });
            out.append('\n');
        }
        out.append("calibration (confidence bucket: verdicts, accuracy)\n");
        for (GradingEvaluation.Report report : reports) {
            out.append(String.format(Locale.ROOT, "  %-10s", report.grader()));
            report.calibration().forEach(b -> out.append(String.format(Locale.ROOT, "  [%.1f-%.1f): %3d, %.2f",
                    b.from(), b.to(), b.verdicts(), b.accuracy())));
            out.append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, List<GradingEvaluation.Report> reports,
                             java.util.function.ToDoubleFunction<GradingEvaluation.Report> value) {
        out.append(String.format(Locale.ROOT, "%-38s", label));
        reports.forEach(r -> out.append(String.format(Locale.ROOT, " %-12.3f", value.applyAsDouble(r))));
        out.append('\n');
    }
}
