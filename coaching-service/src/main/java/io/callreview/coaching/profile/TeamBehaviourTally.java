package io.callreview.coaching.profile;

import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.rules.Approach;
import io.callreview.coaching.rules.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sums one behaviour over the reps of a team. */
final class TeamBehaviourTally {

    final String question;
    int reps;
    int recentReviews;
    int recentMet;
    final Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
    final Map<Approach, List<String>> approaches = new EnumMap<>(Approach.class);
    /** The call types the reps last showed it on, sorted: where to look for mentors. */
    final List<String> callTypes = new ArrayList<>();

    TeamBehaviourTally(String question) {
        this.question = question;
    }

    void add(SkillState state, Approach approach) {
        reps++;
        recentReviews += state.recentReviews;
        recentMet += state.recentMet;
        stages.merge(state.stage, 1, Integer::sum);
        approaches.computeIfAbsent(approach, a -> new ArrayList<>()).add(state.repId);
        if (!callTypes.contains(state.lastCallType)) {
            callTypes.add(state.lastCallType);
            callTypes.sort(Comparator.naturalOrder());
        }
    }
}
