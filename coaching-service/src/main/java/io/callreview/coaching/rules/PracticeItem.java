package io.callreview.coaching.rules;

import io.callreview.coaching.rules.NudgeActions.MomentLinks;
import io.callreview.events.NudgeRequested.Action;
import java.util.List;

/**
 * The one concrete thing a nudge gives the rep to do: a question to answer (retrieval practice), a phrasing to try,
 * or a teammate's moment to listen to. Its id names it, so the next nudge about the behaviour can offer another.
 */
public sealed interface PracticeItem {

    enum Kind { QUESTION, PHRASING, PEER_MOMENT }

    String id();

    Kind kind();

    /** What the rep is asked to do, as the nudge says it. */
    String instruction();

    /** The buttons it needs, besides "Got it". */
    List<Action> actions(MomentLinks links);

    /** A multiple-choice question; {@code answer} (one of {@code choices}) never leaves the service. */
    record Quiz(String id, String question, List<String> choices, String answer) implements PracticeItem {

        public Quiz {
            choices = List.copyOf(choices);
        }

        public Kind kind() {
            return Kind.QUESTION;
        }

        public String instruction() {
            return "Quick check: " + question;
        }

        public List<Action> actions(MomentLinks links) {
            return List.of(NudgeActions.quiz(question, choices));
        }
    }

    /** An open question the rep answers in a few words: recalling it unprompted is the practice. */
    record Recall(String id, String question) implements PracticeItem {

        public Kind kind() {
            return Kind.QUESTION;
        }

        public String instruction() {
            return question;
        }

        public List<Action> actions(MomentLinks links) {
            return List.of(NudgeActions.reflection(question, List.of()));
        }
    }

    /** Words to try on the next call; {@code callId} and {@code atMs} when they come from the rep's own call. */
    record Phrasing(String id, String words, String source, String callId, Long atMs) implements PracticeItem {

        public Kind kind() {
            return Kind.PHRASING;
        }

        public String instruction() {
            return "Try this on your next call: “" + Texts.truncate(words, 300) + "” (" + source + ").";
        }

        public List<Action> actions(MomentLinks links) {
            return callId == null ? List.of() : List.of(NudgeActions.listen("Hear yourself say it", links.callMoment(callId, atMs)));
        }
    }

    /** A teammate's call where they did it well, to listen to; the teammate shares their moments with the team. */
    record PeerMoment(String id, String peerRepId, String callId, Long atMs, String quote) implements PracticeItem {

        public Kind kind() {
            return Kind.PEER_MOMENT;
        }

        public String instruction() {
            return "Hear how a teammate did it on a call" + (atMs == null ? "" : " (at " + Figures.clock(atMs) + ")")
                    + ": “" + Texts.truncate(quote, 300) + "”";
        }

        public List<Action> actions(MomentLinks links) {
            return List.of(NudgeActions.listen("Hear your teammate", links.teammateMoment(callId, atMs)));
        }
    }
}
