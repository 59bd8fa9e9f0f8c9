package io.callreview.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Realistic sales-call transcripts for demos and load tests: rep and prospect take turns at a natural
 * speaking rate, and each behaviour of the starter scorecard (discovery's, or the demo's for a product demo) shows up
 * (or not) as the rep's skill says.
 */
public final class TranscriptGenerator {

    /** One utterance: who, when (ms from the start) and what. */
    public record Segment(String speaker, long startMs, long endMs, String text) {
    }

    /** How likely a rep is to show each starter behaviour on a call, 0..1 by behaviour key. */
    public record Skill(Map<String, Double> probabilities) {

        public static Skill strong() {
            return new Skill(Map.of("process-steps", 0.95, "qualification", 0.9, "right-people", 0.85,
                    "next-steps", 0.95, "product-coverage", 0.9,
                    "pain-recap", 0.9, "tailored-walkthrough", 0.9, "understanding-check", 0.85));
        }

        public static Skill uneven() {
            return new Skill(Map.of("process-steps", 0.8, "qualification", 0.5, "right-people", 0.3,
                    "next-steps", 0.4, "product-coverage", 0.8,
                    "pain-recap", 0.5, "tailored-walkthrough", 0.7, "understanding-check", 0.3));
        }

        public static Skill novice() {
            return new Skill(Map.of("process-steps", 0.3, "qualification", 0.15, "right-people", 0.05,
                    "next-steps", 0.1, "product-coverage", 0.4,
                    "pain-recap", 0.2, "tailored-walkthrough", 0.3, "understanding-check", 0.1));
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
    private static final List<String> PAIN_RECAP = List.of(
            "Before I share my screen, a quick recap of what you told us last time: your managers have no time to listen to calls, and onboarding new reps takes far too long.",
            "Just to recap our first conversation, coaching is ad hoc across your three time zones and the goal is to get new reps ramped faster. Is that still where you are?",
            "So last time you said the biggest issue was that nobody hears the calls, and you wanted every rep to get some feedback each week; I built today around that.");
    // Each ties what is on the screen to the prospect's own team and numbers; GENERIC_TOUR is the feature list that is not it.
    private static final List<String> TAILORED = List.of(
            "This is the scorecard view; for your forty reps, this is where each of your five managers would see who missed next steps this week.",
            "Since your reps are spread over three time zones, look at this setting: each rep gets the nudge at a time that suits their own working day.",
            "This is the onboarding path; for the new renewal reps you mentioned, it replaces the weeks of shadowing that slow you down today.");
    private static final List<String> UNDERSTANDING = List.of(
            "Does that match how your managers review calls today?",
            "How does that land with you so far?",
            "Is this making sense for your team, or should I slow down?",
            "What questions do you have on this part before I move on?");
    private static final List<String> GENERIC_TOUR = List.of(
            "And here we have dashboards, single sign-on and an open API.",
            "There are also reports, exports and a mobile app.");
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

    /** A discovery call of {@code minutes} between {@code rep} and {@code prospect}, shaped by the rep's skill. */
    public List<Segment> call(String rep, String prospect, int minutes, Skill skill) {
        return converse(rep, prospect, minutes, new Discovery(skill));
    }

    /**
     * A product demo of {@code minutes}: the rep recaps the pains early (or not), walks through the product tied to the
     * prospect's team (or as a feature tour), checks their understanding on the way, and closes with a next step, as
     * the rep's skill says.
     */
    public List<Segment> demo(String rep, String prospect, int minutes, Skill skill) {
        return converse(rep, prospect, minutes, new Demo(skill));
    }

    /** What the rep says next, {@code progress} (0..1) into the call. */
    private interface RepLines {
        String next(double progress);
    }

    private List<Segment> converse(String rep, String prospect, int minutes, RepLines lines) {
        long durationMs = minutes * 60_000L;
        List<Segment> segments = new ArrayList<>();
        long at = 2_000;
        boolean repTurn = true;
        while (at < durationMs - 5_000) {
            String text = repTurn ? lines.next((double) at / durationMs) : longer(PROSPECT_FILLER, 1 + random.nextInt(4));
            long spokenMs = Math.round(words(text) / WORDS_PER_MINUTE * 60_000);
            long end = Math.min(at + spokenMs, durationMs);
            segments.add(new Segment(repTurn ? rep : prospect, at, end, text));
            at = end + 300 + random.nextInt(1_200);
            repTurn = !repTurn;
        }
        return segments;
    }

    private final class Discovery implements RepLines {
        private int qualificationLeft;
        private boolean askRightPeople;
        private int productLeft;
        private final boolean openWithAgenda;
        private final boolean closeWithNextStep;
        private boolean opened;
        private boolean closed;

        Discovery(Skill skill) {
            qualificationLeft = random.nextDouble() < skill.of("qualification") ? 2 + random.nextInt(2) : 0;
            askRightPeople = random.nextDouble() < skill.of("right-people");
            productLeft = random.nextDouble() < skill.of("product-coverage") ? 2 + random.nextInt(2) : random.nextInt(2);
            openWithAgenda = random.nextDouble() < skill.of("process-steps");
            closeWithNextStep = random.nextDouble() < skill.of("next-steps");
        }

        @Override
        public String next(double progress) {
            if (!opened) {
                String text = openWithAgenda ? pick(OPENING) : "Thanks for joining, so tell me about your team.";
                opened = progress > 0.02 || random.nextBoolean();
                return text;
            }
            if (progress > 0.85 && !closed) {
                closed = true;
                return closeWithNextStep ? pick(NEXT_STEPS) : "Well, thanks for your time, speak soon.";
            }
            if (progress > 0.1 && progress < 0.6 && qualificationLeft > 0 && random.nextDouble() < 0.15) {
                qualificationLeft--;
                return pick(QUALIFICATION);
            }
            if (progress > 0.3 && progress < 0.8 && askRightPeople && random.nextDouble() < 0.1) {
                askRightPeople = false;
                return pick(RIGHT_PEOPLE);
            }
            if (progress > 0.3 && progress < 0.85 && productLeft > 0 && random.nextDouble() < 0.12) {
                productLeft--;
                return pick(PRODUCT);
            }
            return longer(REP_FILLER, 1 + random.nextInt(3));
        }
    }

    private final class Demo implements RepLines {
        private final boolean recapPains;
        private final boolean tailored;
        private int checksLeft;
        private final boolean closeWithNextStep;
        private boolean opened;
        private boolean recapped;
        private boolean closed;

        Demo(Skill skill) {
            recapPains = random.nextDouble() < skill.of("pain-recap");
            tailored = random.nextDouble() < skill.of("tailored-walkthrough");
            checksLeft = random.nextDouble() < skill.of("understanding-check") ? 2 + random.nextInt(2) : random.nextInt(2);
            closeWithNextStep = random.nextDouble() < skill.of("next-steps");
        }

        @Override
        public String next(double progress) {
            if (!opened) {
                opened = true;
                return "Thanks for joining again, good to see you.";
            }
            if (!recapped) {
                recapped = true;
                return recapPains ? pick(PAIN_RECAP) : "Right, let me share my screen and show you the product.";
            }
            if (progress > 0.85 && !closed) {
                closed = true;
                return closeWithNextStep ? pick(NEXT_STEPS) : "Well, thanks for your time, speak soon.";
            }
            if (progress > 0.15 && progress < 0.85 && checksLeft > 0 && random.nextDouble() < 0.12) {
                checksLeft--;
                return pick(UNDERSTANDING);
            }
            if (progress > 0.1 && progress < 0.85 && random.nextDouble() < 0.2) {
                return tailored ? pick(TAILORED) : pick(GENERIC_TOUR);
            }
            return longer(REP_FILLER, 1 + random.nextInt(3));
        }
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
