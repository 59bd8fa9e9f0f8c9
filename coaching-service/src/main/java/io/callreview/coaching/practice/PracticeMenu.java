package io.callreview.coaching.practice;

import io.callreview.coaching.domain.BehaviourGuide;
import io.callreview.coaching.domain.CallVerdict;
import io.callreview.coaching.domain.SkillState;
import io.callreview.coaching.peer.PeerMoments;
import io.callreview.coaching.rules.Practice;
import io.callreview.coaching.rules.PracticeItem;
import io.callreview.coaching.rules.Reflections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything a nudge could give a rep to do about a behaviour, from what the suite holds: quizzes built from the
 * scorecard's guidance, phrasings from its examples and from the rep's own best moment, teammates' moments, and open
 * questions when nothing else is at hand. {@link Practice#next} picks one.
 */
@ApplicationScoped
public class PracticeMenu {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final int PEER_MOMENTS = 3;

    @Inject
    PeerMoments peers;

    public List<PracticeItem> candidates(SkillState state, ZoneId zone) {
        Optional<BehaviourGuide> guide = BehaviourGuide.find(state.teamId, state.lastCallType, state.behaviourKey);
        List<String> points = Reflections.guidancePoints(guide.map(g -> g.guidance).orElse(null));
        List<PracticeItem> items = new ArrayList<>(Practice.quizzes(state.behaviourKey, state.question, points,
                otherPoints(state)));
        guide.ifPresent(g -> g.examples.forEach(example ->
                items.add(new PracticeItem.Phrasing(Practice.phrasingId(example), example, "an example from your scorecard", null, null))));
        CallVerdict.latestMetWithQuote(state.repId, state.behaviourKey).ifPresent(own -> items.add(new PracticeItem.Phrasing(
                Practice.phrasingId(own.evidenceQuote), own.evidenceQuote, "your own words on " + DATE.format(own.callStartedAt.atZone(zone)),
                own.callId, own.evidenceAtMs)));
        items.addAll(peers.forRep(state.repId, state.teamId, state.behaviourKey, PEER_MOMENTS));
        items.addAll(Practice.recalls(state.behaviourKey, state.question));
        return items;
    }

    /** The guidance points of the other behaviours of the same call type: the wrong choices of a quiz. */
    private static List<String> otherPoints(SkillState state) {
        return BehaviourGuide.<BehaviourGuide>list("teamId = ?1 AND callType = ?2 AND behaviourKey <> ?3 ORDER BY behaviourKey",
                        state.teamId, state.lastCallType, state.behaviourKey).stream()
                .flatMap(g -> Reflections.guidancePoints(g.guidance).stream())
                .toList();
    }
}
