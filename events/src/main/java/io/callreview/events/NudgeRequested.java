package io.callreview.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * coaching-service asks for a nudge to reach a rep. {@code dedupeKey} identifies the nudge's purpose
 * (for example the post-call feedback for one call): two requests with the same key reach the rep once.
 * {@code outsideDailyCap} marks a nudge that is not routine (a notice of training, mentoring or a plan, a coach's
 * review): it never uses up, nor waits for, the rep's daily cap (absent in older events: it counts). {@code revises}
 * names, by dedupe key, the rep's earlier nudges this one corrects (an accepted dispute's notice revises the feedback that
 * called the verdict wrong): the inbox marks them, and what of them had not gone out yet stays unsent (absent in older
 * events: none).
 */
public record NudgeRequested(
        @NotBlank String nudgeId,
        @NotBlank String dedupeKey,
        @NotBlank String repId,
        String teamId,
        @NotNull Kind kind,
        @NotNull Priority priority,
        boolean urgent,
        String behaviourKey,
        String callId,
        String callType,
        @NotBlank String title,
        @NotBlank String body,
        @NotBlank String reason,
        @NotNull List<@NotNull @Valid Action> actions,
        Instant expiresAt,
        @NotNull Instant requestedAt,
        boolean outsideDailyCap,
        List<@NotBlank String> revises) implements EventPayload {

    public NudgeRequested {
        actions = List.copyOf(actions);
        revises = revises == null ? List.of() : List.copyOf(revises);
    }

    /** A nudge that revises no earlier one. */
    public NudgeRequested(String nudgeId, String dedupeKey, String repId, String teamId, Kind kind, Priority priority,
                          boolean urgent, String behaviourKey, String callId, String callType, String title, String body,
                          String reason, List<Action> actions, Instant expiresAt, Instant requestedAt, boolean outsideDailyCap) {
        this(nudgeId, dedupeKey, repId, teamId, kind, priority, urgent, behaviourKey, callId, callType, title, body, reason,
                actions, expiresAt, requestedAt, outsideDailyCap, null);
    }

    /** A routine nudge: it counts toward the rep's daily cap. */
    public NudgeRequested(String nudgeId, String dedupeKey, String repId, String teamId, Kind kind, Priority priority,
                          boolean urgent, String behaviourKey, String callId, String callType, String title, String body,
                          String reason, List<Action> actions, Instant expiresAt, Instant requestedAt) {
        this(nudgeId, dedupeKey, repId, teamId, kind, priority, urgent, behaviourKey, callId, callType, title, body, reason,
                actions, expiresAt, requestedAt, false);
    }

    /**
     * {@code TRAINING}: a training unit was assigned; {@code QUIZ}: a spaced quiz after a training unit;
     * {@code MENTORING}: the rep was paired with a mentor, or asked to mentor a teammate.
     */
    public enum Kind { POST_CALL_FEEDBACK, REINFORCEMENT, PRE_CALL, PLAN_UPDATE, TRAINING, QUIZ, MENTORING }

    /** LOW nudges may be gathered into a digest; urgent ones skip the digest but never quiet hours. */
    public enum Priority { LOW, NORMAL, HIGH }

    /**
     * {@code REFLECTION} asks what made a behaviour work, answered with free text or one of {@code choices};
     * {@code QUIZ} asks a question answered with one of {@code choices}; {@code OPEN_LINK} opens {@code url} in the
     * app (a training unit, a mentoring pairing).
     */
    public enum ActionType { ACKNOWLEDGE, SELF_ASSESSMENT, OPEN_CALL_MOMENT, REFLECTION, QUIZ, OPEN_LINK }

    /**
     * Something the rep can do with the nudge; {@code url} is set for links, {@code question} for self-assessment,
     * reflection and quiz, {@code choices} for reflection and quiz (empty otherwise; absent in older events).
     */
    public record Action(@NotNull ActionType type, @NotBlank String label, String url, String question,
                         List<@NotBlank String> choices) {

        public Action {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public Action(ActionType type, String label, String url, String question) {
            this(type, label, url, question, null);
        }
    }
}
