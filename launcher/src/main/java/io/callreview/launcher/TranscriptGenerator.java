package io.callreview.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic sales-call transcripts for demos and load tests: rep and prospect take turns at a natural
 * speaking rate, and each starter-scorecard behaviour shows up (or not) as the rep's skill says.
 */
public final class TranscriptGenerator {

    /** One utterance: who, when (ms from the start) and what. */
    public record Segment(String speaker, long startMs, long endMs, String text) {
    }

    /** How likely a rep is to show each starter behaviour on a call, 0..1 by behaviour key. */
    public record Skill(Map<String, Double> probabilities) {

        public static Skill strong() {
            return new Skill(Map.of("process-steps", 0.95, "qualification", 0.9, "right-people", 0.85,
                    "next-steps", 0.95, "product-coverage", 0.9));
        }

        public static Skill uneven() {
            return new Skill(Map.of("process-steps", 0.8, "qualification", 0.5, "right-people", 0.3,
                    "next-steps", 0.4, "product-coverage", 0.8));
        }

        public static Skill novice() {
            return new Skill(Map.of("process-steps", 0.3, "qualification", 0.15, "right-people", 0.05,
                    "next-steps", 0.1, "product-coverage", 0.4));
        }

        double of(String behaviour) {
            return probabilities.getOrDefault(behaviour, 0.5);
        }
    }

    private static final double WORDS_PER_MINUTE = 150;

    private static final List<String> OPENING = List.of(
            "Thanks for making the time today, I know your calendar is packed.",
            "Before we dive in, let me quickly share the agenda for today and see if it works for you.",
            "The goal for today is to understand how your team handles renewals right now.",
            "How much time do you have, we booked forty five minutes?");
    private static final List<String> QUALIFICATION = List.of(
            "What budget have you set aside for this project this year?",
            "What is your timeline for having something live?",
            "Can you walk me through your decision process once you have picked a vendor?",
            "How are you solving this today, and what happens if you do nothing?");
    private static final List<String> RIGHT_PEOPLE = List.of(
            "Who else is involved in the decision on your side?",
            "Who would need to sign off on a purchase like this?");
    // Each ties a feature to a pain the prospect filler describes, as the behaviour asks; a generic benefit is not it.
    private static final List<String> PRODUCT = List.of(
            "You said your managers never have time to listen to calls; the automatic scorecards grade every call for them, so that problem goes away.",
            "Because coaching is mostly ad hoc across your three time zones, the scheduled feedback nudges reach each rep at a time that suits them, so that pain point is covered.",
            "Since your managers can't listen to calls, the coaching dashboard flags the three calls each week worth their time, which saves time for them.");
    private static final List<String> NEXT_STEPS = List.of(
            "As a next step I will send over a calendar invite for Thursday with your security lead.",
            "Let us agree on a mutual plan: pilot in March, review on the first of April, decision by the fifteenth.");
    // Filler must not use scorecard phrases ("problem", "schedule", "budget", ...): only the skill decides what is shown.
    private static final List<String> REP_FILLER = List.of(
            "That makes a lot of sense, thanks for explaining it.",
            "Got it, so the handover between sales and success is where things slip.",
            "Interesting, we hear that a lot from teams your size.",
            "Let me make sure I understood that correctly.",
            "I can show you how other customers approached that.",
            "Right, and how often does that happen in a typical month.",
            "Okay, I am writing that down so we come back to it.");
    private static final List<String> PROSPECT_FILLER = List.of(
            "Honestly the biggest issue is that our managers never have time to listen to calls.",
            "We tried a tool last year but nobody used it after the first month.",
            "Our reps are spread across three time zones, so coaching is mostly ad hoc.",
            "I would need to see how it fits with our CRM before going further.",
            "The renewal team is growing and onboarding takes far too long.",
            "We have about forty reps and five managers at the moment.",
            "That sounds useful, but I am worried about the rollout effort.",
            "Our quarter closes in six weeks so timing matters for us.");

    private final Random random;

    public TranscriptGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A call of {@code minutes} between {@code rep} and {@code prospect}, shaped by the rep's skill. */
    public List<Segment> call(String rep, String prospect, int minutes, Skill skill) {
        long durationMs = minutes * 60_000L;
        List<Segment> segments = new ArrayList<>();
        long at = 2_000;
        boolean repTurn = true;
        boolean opened = false;
        boolean closed = false;
        int qualificationLeft = random.nextDouble() < skill.of("qualification") ? 2 + random.nextInt(2) : 0;
        boolean askRightPeople = random.nextDouble() < skill.of("right-people");
        int productLeft = random.nextDouble() < skill.of("product-coverage") ? 2 + random.nextInt(2) : random.nextInt(2);
        boolean openWithAgenda = random.nextDouble() < skill.of("process-steps");
        boolean closeWithNextStep = random.nextDouble() < skill.of("next-steps");
        while (at < durationMs - 5_000) {
            double progress = (double) at / durationMs;
            String text;
            if (repTurn) {
                if (!opened) {
                    text = openWithAgenda ? pick(OPENING) : "Thanks for joining, so tell me about your team.";
                    opened = progress > 0.02 || random.nextBoolean();
                } else if (progress > 0.85 && !closed) {
                    text = closeWithNextStep ? pick(NEXT_STEPS) : "Well, thanks for your time, speak soon.";
                    closed = true;
                } else if (progress > 0.1 && progress < 0.6 && qualificationLeft > 0 && random.nextDouble() < 0.15) {
                    text = pick(QUALIFICATION);
                    qualificationLeft--;
                } else if (progress > 0.3 && progress < 0.8 && askRightPeople && random.nextDouble() < 0.1) {
                    text = pick(RIGHT_PEOPLE);
                    askRightPeople = false;
                } else if (progress > 0.3 && progress < 0.85 && productLeft > 0 && random.nextDouble() < 0.12) {
                    text = pick(PRODUCT);
                    productLeft--;
                } else {
                    text = longer(REP_FILLER, 1 + random.nextInt(3));
                }
            } else {
                text = longer(PROSPECT_FILLER, 1 + random.nextInt(4));
            }
            long spokenMs = Math.round(words(text) / WORDS_PER_MINUTE * 60_000);
            long end = Math.min(at + spokenMs, durationMs);
            segments.add(new Segment(repTurn ? rep : prospect, at, end, text));
            at = end + 300 + random.nextInt(1_200);
            repTurn = !repTurn;
        }
        return segments;
    }

    /** The same call as WebVTT with Zoom-style {@code Name: text} cues. */
    public static String toWebVtt(List<Segment> segments) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            vtt.append(i + 1).append('\n')
                    .append(timestamp(segment.startMs())).append(" --> ").append(timestamp(segment.endMs())).append('\n')
                    .append(segment.speaker()).append(": ").append(segment.text()).append("\n\n");
        }
        return vtt.toString();
    }

    public static int wordCount(List<Segment> segments) {
        return segments.stream().mapToInt(segment -> words(segment.text())).sum();
    }

    private static String timestamp(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1_000 % 60, ms % 1_000);
    }

    private String longer(List<String> pool, int sentences) {
        StringBuilder text = new StringBuilder(pick(pool));
        for (int i = 1; i < sentences; i++) {
            text.append(' ').append(pick(pool));
        }
        return text.toString();
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }
}
