package io.callreview.scorecard.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.scorecard.ScorecardDiff.BehaviourChange;
import io.callreview.scorecard.scorecard.ScorecardDiff.FieldChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Compares two scorecard versions behaviour by behaviour, matching behaviours on their stable key. */
public final class ScorecardDiffer {

    private static final Map<String, Function<Behaviour, Object>> FIELDS = fields();

    private ScorecardDiffer() {
    }

    public static ScorecardDiff diff(String callType, int fromVersion, List<Behaviour> from, int toVersion, List<Behaviour> to) {
        Map<String, Behaviour> before = Behaviour.byKey(from);
        Map<String, Behaviour> after = Behaviour.byKey(to);
        List<Behaviour> added = to.stream().filter(b -> !before.containsKey(b.key())).toList();
        List<Behaviour> removed = from.stream().filter(b -> !after.containsKey(b.key())).toList();
        List<BehaviourChange> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Behaviour old : from) {
            Behaviour current = after.get(old.key());
            if (current == null) {
                continue;
            }
            List<FieldChange> changes = changes(old, current);
            if (changes.isEmpty()) {
                unchanged.add(old.key());
            } else {
                changed.add(new BehaviourChange(old.key(), changes));
            }
        }
        return new ScorecardDiff(callType, fromVersion, toVersion, added, removed, changed, unchanged);
    }

    private static List<FieldChange> changes(Behaviour old, Behaviour current) {
        List<FieldChange> changes = new ArrayList<>();
        FIELDS.forEach((name, getter) -> {
            Object before = getter.apply(old);
            Object after = getter.apply(current);
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(name, before, after));
            }
        });
        return changes;
    }

    private static Map<String, Function<Behaviour, Object>> fields() {
        Map<String, Function<Behaviour, Object>> fields = new LinkedHashMap<>();
        fields.put("question", Behaviour::question);
        fields.put("guidance", Behaviour::guidance);
        fields.put("category", Behaviour::category);
        fields.put("weight", Behaviour::weight);
        fields.put("critical", Behaviour::critical);
        fields.put("naAllowed", Behaviour::naAllowed);
        fields.put("detection.phrases", b -> b.detection().phrases());
        fields.put("detection.speaker", b -> b.detection().speaker());
        fields.put("detection.window", b -> b.detection().window());
        fields.put("detection.question", b -> b.detection().question());
        fields.put("detection.openQuestion", b -> b.detection().openQuestion());
        fields.put("detection.minCount", b -> b.detection().minCount());
        fields.put("detection.applicableWhen", b -> b.detection().applicableWhen());
        fields.put("detection.before", b -> b.detection().before());
        fields.put("detection.examples", b -> b.detection().examples());
        fields.put("detection.counterExamples", b -> b.detection().counterExamples());
        fields.put("detection.buildsOnProspect", b -> b.detection().buildsOnProspect());
        return fields;
    }
}
