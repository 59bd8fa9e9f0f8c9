package io.callreview.coaching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every threshold of the coaching logic, so an organisation can tune it without a release. */
@ConfigMapping(prefix = "coaching")
public interface CoachingConfig {

    Memory memory();

    Competence competence();

    Diagnosis diagnosis();

    Nudges nudges();

    Training training();

    Mentoring mentoring();

    Path path();

    RepDefaults repDefaults();

    Scheduler scheduler();

    interface Memory {
        /**
         * Recall probability below which a focus behaviour is reinforced (FSRS desired retention). Lower than the 0.9 of
         * flash cards: every moment interrupts a rep's working day and their calls are reviews too; in the coaching
         * simulator (bench/coaching-sim.sh) 0.8 reached more adherence per nudge than 0.9 or 0.85 for the same reps.
         */
        @WithDefault("0.8")
        double targetRetention();

        /** FSRS-6 weights w0..w20; the published defaults when absent. */
        Optional<List<Double>> weights();
    }

    interface Competence {
        /** How many of the latest decided calls count as "recent" for adherence. */
        @WithDefault("10")
        int recentWindow();

        /** Decided calls needed before a rep can be called competent at a behaviour. */
        @WithDefault("3")
        int minReviews();

        /** Recent adherence from which a behaviour counts as consistently shown. */
        @WithDefault("0.8")
        double competentAdherence();

        /** The least time between two reflection prompts about the same behaviour, so an unanswered one is not repeated daily. */
        @WithDefault("P2D")
        Duration reflectionGap();
    }

    interface Diagnosis {
        /** A rep with fewer scored calls than this is new: training comes first. */
        @WithDefault("3")
        int newRepCalls();

        /** All-time adherence at or below which a behaviour counts as never or almost never shown. */
        @WithDefault("0.15")
        double almostNeverAdherence();

        /** Recent adherence a peer needs on the call type to be suggested as a mentor. */
        @WithDefault("0.8")
        double mentorMinAdherence();

        /** Decided calls a peer needs on the call type to be suggested as a mentor. */
        @WithDefault("4")
        int mentorMinCalls();

        /** How far back peers' calls are considered. */
        @WithDefault("P90D")
        Duration peerLookback();
    }

    interface Nudges {
        /** Focus behaviours a rep works on at once (a coaching plan sets its own 1 or 2). */
        @WithDefault("2")
        int maxFocusBehaviours();

        /** Routine nudges per rep per local day (notices and a coach's review do not count), until the rep's own cap arrives. */
        @WithDefault("5")
        int dailyCap();

        /** Post-call feedback older than this is stale and is not sent. */
        @WithDefault("P2D")
        Duration postCallExpiry();

        /** No reinforcement earlier than this after the call it follows: the post-call nudge covers that day. */
        @WithDefault("PT20H")
        Duration reinforcementMinDelay();

        /** A reinforcement not delivered within this time after it fell due is dropped. */
        @WithDefault("P3D")
        Duration reinforcementExpiry();

        /**
         * How long a training or mentoring notice waits before it goes out, so that a burst of calls (a CRM sending a
         * day's calls at once) settles the decision first: a unit or pairing withdrawn meanwhile never reaches the rep.
         */
        @WithDefault("PT10M")
        Duration noticeSettle();

        /** How long before a scheduled call its pre-call nudge is due. */
        @WithDefault("PT30M")
        Duration preCallLead();

        /** Link to a moment of a call; {callId} and {seconds} are replaced. */
        @WithDefault("https://app.callreview.local/calls/{callId}?t={seconds}")
        String callMomentUrl();

        /** Link to a moment of a teammate's call, the exchange around it; {callId} and {seconds} are replaced. */
        @WithDefault("https://app.callreview.local/calls/{callId}/moment?t={seconds}")
        String teammateMomentUrl();
    }

    interface Training {
        /** Quizzes answered right in a row, after the unit was done, that pass it. */
        @WithDefault("3")
        int quizzesToPass();

        /** Teammates' moments a unit holds at most. */
        @WithDefault("3")
        int peerMoments();

        /** Units a rep works on at once; the most valuable gaps (weight x gap) first. */
        @WithDefault("2")
        int maxOpenUnits();

        /** Link to a training unit in the app; {unitId} is replaced. */
        @WithDefault("https://app.callreview.local/training/{unitId}")
        String url();
    }

    interface Mentoring {
        /** Pairings a mentor is asked into within seven days, at most. */
        @WithDefault("2")
        int maxPerWeek();

        /** Link to a mentoring pairing in the app; {pairingId} is replaced. */
        @WithDefault("https://app.callreview.local/mentoring/{pairingId}")
        String url();
    }

    /**
     * How long a rep stays in training and in mentoring at a behaviour before moving on (the T.M.C plan). The more
     * complex the product behind a call type, the longer: set per call type, e.g.
     * {@code coaching.path.call-types.renewal.training=P21D} (env {@code COACHING_PATH_CALL_TYPES_RENEWAL_TRAINING}).
     */
    interface Path {
        /** Training time for call types without their own. */
        @WithDefault("P7D")
        Duration training();

        /** Mentoring time for call types without their own. */
        @WithDefault("P14D")
        Duration mentoring();

        Map<String, CallTypeTiming> callTypes();

        interface CallTypeTiming {
            Optional<Duration> training();

            Optional<Duration> mentoring();
        }
    }

    /** Settings of a rep who never set their own. */
    interface RepDefaults {
        @WithDefault("UTC")
        String timeZone();

        @WithDefault("09:00")
        LocalTime workStart();

        @WithDefault("17:30")
        LocalTime workEnd();

        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> workDays();
    }

    interface Scheduler {
        /**
         * Whether this instance runs the dispatch pass (every instance may; they share the reps). Post-call feedback due
         * at once leaves with the score that planned it either way.
         */
        @WithDefault("true")
        boolean enabled();

        /** Pause between dispatch passes, e.g. 5s. */
        @WithDefault("5s")
        String every();

        /** Delay of the first pass after start-up. */
        @WithDefault("2s")
        String initialDelay();

        /** Reps whose due nudges one dispatch pass handles. */
        @WithDefault("100")
        int batchSize();
    }
}
