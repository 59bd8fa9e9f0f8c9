package io.callreview.benchmarks.scorecard;

import io.callreview.scorecard.domain.Behaviour;
import io.callreview.scorecard.domain.BehaviourCategory;
import io.callreview.scorecard.domain.CallWindow;
import io.callreview.scorecard.domain.DetectionRule;
import io.callreview.scorecard.domain.Precondition;
import io.callreview.scorecard.domain.RequiredSpeaker;
import io.callreview.scorecard.scorecard.StarterScorecard;
import io.callreview.scorecard.transcript.Participant;
import io.callreview.scorecard.transcript.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic long sales call, generated deterministically: a rep and a prospect alternate turns of a few
 * sentences of sales conversation, with the behaviours' phrases (and their inflections and synonyms) scattered
 * through it, as Zoom writes it in WebVTT (about one cue per sentence, {@code Name: text}) or as plain text.
 */
public final class RealisticCall {

    public static final String REP = "Rita Rep";
    public static final String PROSPECT = "Paul Prospect";
    public static final List<Participant> PARTICIPANTS = List.of(new Participant(REP, Role.REP), new Participant(PROSPECT, Role.PROSPECT));

    private static final String[] REP_LINES = {
            "Thanks for making the time today, I know your calendar is packed.",
            "How are you solving reporting for the regional teams right now?",
            "What happens if you do nothing about this for another quarter?",
            "Have you budgeted for a project like this in the coming year?",
            "Who else would be involved in the decision on your side?",
            "Our integration with your CRM means nobody re-keys data any more.",
            "That's a common challenge we hear from finance teams of your size.",
            "What timeline are you working towards for the rollout?",
            "Let me show you how the dashboard saves time for team leads.",
            "I understand your concern about the migration effort, that's fair.",
            "Would it help if we looked at a mutual plan together?",
            "The feature most customers start with is the automated weekly summary.",
            "So just to recap what I heard so far, reporting takes two days a month.",
            "Is the approval process different for purchases above that amount?",
            "Can you tell me a bit more about how the team is organised today?"
    };
    private static final String[] PROSPECT_LINES = {
            "Right now it's mostly spreadsheets and a lot of copy and paste.",
            "Honestly the biggest problem is that nobody trusts the numbers.",
            "We looked at another vendor last year but it didn't go anywhere.",
            "I'd have to check with our CFO, she has the final say on spend.",
            "That sounds useful, but I'm worried it's too expensive for us.",
            "We want something live before the end of the next quarter.",
            "The team is about forty people across three regions.",
            "What does the onboarding usually look like for a company like ours?",
            "I think security will want to review it before anything else.",
            "Yes, that's more or less the situation we're in.",
            "Our priority this year is getting the forecast right.",
            "Can it connect with the data warehouse we already have?"
    };
    private static final String[] CLOSING = {
            "Great, so the next step is a demo with your CFO, I'll send a calendar invite for Thursday.",
            "Let's agree on the action items and follow up by Friday."
    };

    private RealisticCall() {
    }

    /** One utterance of the generated call. */
    public record Line(String speaker, long startMs, long endMs, String text) {
    }

    /** About {@code words} words over {@code minutes}, in alternating turns, closing with next steps. */
    public static List<Line> lines(int words, int minutes, long seed) {
        Random random = new Random(seed);
        List<String[]> turns = new ArrayList<>();
        int total = 0;
        boolean rep = true;
        while (total < words) {
            StringBuilder turn = new StringBuilder();
            int sentences = 1 + random.nextInt(rep ? 4 : 3);
            for (int i = 0; i < sentences; i++) {
                String[] pool = rep ? REP_LINES : PROSPECT_LINES;
                turn.append(i == 0 ? "" : " ").append(pool[random.nextInt(pool.length)]);
            }
            turns.add(new String[] {rep ? REP : PROSPECT, turn.toString()});
            total += turn.toString().split("\\s+").length;
            rep = !rep;
        }
        turns.add(new String[] {REP, CLOSING[random.nextInt(CLOSING.length)]});
        long durationMs = minutes * 60_000L;
        int allWords = turns.stream().mapToInt(t -> t[1].split("\\s+").length).sum();
        List<Line> lines = new ArrayList<>(turns.size());
        long wordsSoFar = 0;
        for (String[] turn : turns) {
            long start = durationMs * wordsSoFar / allWords;
            wordsSoFar += turn[1].split("\\s+").length;
            long end = durationMs * wordsSoFar / allWords;
            lines.add(new Line(turn[0], start, Math.max(start, end - 300), turn[1]));
        }
        return lines;
    }

    /** Zoom's WebVTT: numbered cues of one sentence each, the speaker as a {@code Name:} prefix. */
    public static String webVtt(List<Line> lines) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        int cue = 1;
        for (Line line : lines) {
            String[] sentences = line.text().split("(?<=[.?!])\\s+");
            long span = (line.endMs() - line.startMs()) / sentences.length;
            for (int i = 0; i < sentences.length; i++) {
                long from = line.startMs() + span * i;
                vtt.append(cue++).append('\n').append(time(from)).append(" --> ").append(time(from + span)).append('\n')
                        .append(line.speaker()).append(": ").append(sentences[i]).append("\n\n");
            }
        }
        return vtt.toString();
    }

    public static String plainText(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.speaker()).append(": ").append(line.text()).append('\n'));
        return text.toString();
    }

    /** The five starter behaviours plus four more: nine, the most a scorecard holds. */
    public static List<Behaviour> nineBehaviours() {
        List<Behaviour> behaviours = new ArrayList<>(StarterScorecard.behaviours());
        behaviours.add(new Behaviour("objection-handling", "Does the rep handle objections?", null,
                BehaviourCategory.OBJECTION_HANDLING, 1.5, false, true,
                new DetectionRule(List.of("understand your concern", "fair point", "that's fair"), RequiredSpeaker.REP,
                        CallWindow.WHOLE_CALL, false, 1, new Precondition(List.of("too expensive", "worried"), RequiredSpeaker.PROSPECT))));
        behaviours.add(new Behaviour("pain-discovery", "Does the rep uncover the prospect's pains?", null,
                BehaviourCategory.QUALIFICATION, 2, false, false,
                new DetectionRule(List.of("how are you solving", "challenge", "what happens if you do nothing"), RequiredSpeaker.REP,
                        CallWindow.WHOLE_CALL, true, 2)));
        behaviours.add(new Behaviour("recap", "Does the rep recap what they heard?", null,
                BehaviourCategory.RAPPORT, 1, false, false,
                new DetectionRule(List.of("recap", "what I heard"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, false, 1)));
        behaviours.add(new Behaviour("competition", "Does the rep ask about alternatives?", null,
                BehaviourCategory.OTHER, 1, false, false,
                new DetectionRule(List.of("competitor", "other vendor"), RequiredSpeaker.REP, CallWindow.WHOLE_CALL, true, 1)));
        return behaviours;
    }

    static String time(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
