package io.callreview.scorecard.call;

import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.problem.ApiException;
import io.callreview.scorecard.audit.AuditAction;
import io.callreview.scorecard.audit.AuditEntities;
import io.callreview.scorecard.calltype.CallTypeService;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.domain.CallTranscript;
import io.callreview.scorecard.domain.CallType;
import io.callreview.scorecard.domain.SalesCall;
import io.callreview.scorecard.domain.ScoreRevision;
import io.callreview.scorecard.domain.ScorecardVersion;
import io.callreview.scorecard.recording.RecordingIntake;
import io.callreview.scorecard.roster.Roster;
import io.callreview.scorecard.roster.RosterRep;
import io.callreview.scorecard.scoring.GradingQueue;
import io.callreview.scorecard.transcript.Participant;
import io.callreview.scorecard.transcript.Role;
import io.callreview.scorecard.transcript.Segment;
import io.callreview.scorecard.transcript.SpeakerRoles;
import io.callreview.scorecard.transcript.Transcript;
import io.callreview.scorecard.transcript.TranscriptFormat;
import io.callreview.scorecard.transcript.TranscriptFormatException;
import io.callreview.scorecard.transcript.TranscriptTimesDoNotFitException;
import io.callreview.scorecard.transcript.TranscriptParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Takes a call in: validates and parses it, pins the published scorecard of its type, and stores the call (status
 * GRADING), its transcript and a {@code CallReceived} event in one transaction, so either all of them exist or none
 * does. Grading by meaning costs up to a second or two of CPU for a long call, so it does not run in the request:
 * {@link CallGrading} grades the call from the event, in this service's consumer group, and publishes
 * {@code CallScored}.
 */
@ApplicationScoped
public class CallIngestionService {

    /** How far ahead of this server's clock a sender's may run. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** What ingestion answered: 202 with a new call, accepted for grading, or 200 with the call that already existed. */
    public record Outcome(boolean created, CallView call) {
        public int status() {
            return created ? 202 : 200;
        }
    }

    @Inject
    Clock clock;

    @Inject
    GradingQueue grading;

    @Inject
    RecordingIntake recordings;

    @Inject
    IngestionConfig limits;

    @Inject
    Roster roster;

    @Inject
    AuditLog audit;

    /**
     * A repeated post of a call is answered with the call as it was received, unless it names another rep or call type:
     * then it is another call under the same id, or a correction, and posting again applies neither.
     */
    private static void refuseAnotherCallUnderItsId(SalesCall call, CallRequest request) {
        String received = "call '" + call.externalId + "' from '" + call.source + "' was received before for rep '" + call.repId
                + "' as a call of type '" + call.callType.key + "'; posting it again changes nothing, so it must name the same rep and call type"
                + (call.isSetAside() ? " (it was set aside: to file the call under another rep, post it under another externalId)" : "");
        if (!call.repId.equals(request.repId())) {
            throw ApiException.conflict("repId", received);
        }
        if (!call.callType.key.equalsIgnoreCase(request.callType())) {
            throw ApiException.conflict("callType", received);
        }
    }

    @Transactional
    public Outcome ingest(CallRequest request, String receivedBy) {
        return ingest(request, receivedBy, Role.UNKNOWN);
    }

    /**
     * Joins the caller's transaction, so webhooks can claim their event id in the same one.
     * {@code unlistedSpeakers} is the role of transcript speakers the participants list does not name.
     */
    @Transactional
    public Outcome ingest(CallRequest request, String receivedBy, Role unlistedSpeakers) {
        Optional<SalesCall> existing = SalesCall.findByExternalId(request.source(), request.externalId());
        if (existing.isPresent()) {
            SalesCall call = existing.get();
            refuseAnotherCallUnderItsId(call, request);
            return new Outcome(false, CallViews.call(call, CallTranscript.findById(call.id),
                    ScoreRevision.latest(call).orElse(null)));
        }
        if (request.startedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw ApiException.unprocessable("startedAt", "the call starts at " + request.startedAt()
                    + ", in the future: a call is posted once it has happened");
        }
        CallType type = CallTypeService.requireNamedIn(request.callType());
        ScorecardVersion scorecard = ScorecardVersion.findPublished(type).orElseThrow(() -> ApiException.unprocessable(
                "callType", "call type '" + type.key + "' has no published scorecard to grade the call against:"
                        + " publish one with POST /api/call-types/" + type.key + "/scorecards/{version}/publish first"));
        boolean recordingOnly = request.transcript() == null;
        if (recordingOnly) {
            if (request.recordingUrl() == null) {
                throw ApiException.badRequest("transcript", "is required unless recordingUrl names a recording to transcribe");
            }
            recordings.check(request.recordingUrl(), "recordingUrl");
        }
        roster.admitCall(request.repId(), request.teamId(), "call:" + request.source() + "/" + request.externalId());
        List<Participant> participants = participants(request.participants());
        long durationMs = request.durationSeconds() * 1000L;
        Transcript transcript = recordingOnly ? null
                : parse(request.transcript(), new SpeakerRoles(participants, unlistedSpeakers), durationMs);

        Instant now = clock.instant();
        SalesCall call = new SalesCall();
        call.id = UUID.randomUUID().toString();
        call.source = request.source();
        call.externalId = request.externalId();
        call.repId = request.repId();
        call.teamId = request.teamId();
        call.callType = type;
        call.scorecard = scorecard;
        call.startedAt = request.startedAt();
        call.durationSeconds = request.durationSeconds() == 0 && transcript != null
                ? (int) ((transcript.endMs() + 999) / 1000) : request.durationSeconds();
        call.recordingUrl = request.recordingUrl();
        call.participants = participants;
        call.status = recordingOnly ? CallStatus.TRANSCRIBING : CallStatus.GRADING;
        call.statusReason = recordingOnly ? null
                : Optional.ofNullable(noRepAmongSpeakers(transcript, participants)).orElseGet(() -> notTheRostersRep(call.repId, participants));
        call.receivedAt = now;
        call.receivedBy = receivedBy;
        call.persist();

        CallTranscript stored = recordingOnly ? null : store(call, request.transcript().format(), transcript);
        if (recordingOnly) {
            recordings.announce(call);
        } else {
            grading.announce(call);
        }
        audit.record(AuditAction.CALL_RECEIVED, AuditEntities.CALL, call.id, call.id, AuditLog.details("source", call.source,
                "externalId", call.externalId, "repId", call.repId, "teamId", call.teamId, "callType", type.key,
                "scorecardVersion", scorecard.version, "receivedBy", receivedBy));
        return new Outcome(true, CallViews.call(call, stored, null));
    }

    /**
     * Why a coach should look at the grade when no speaker of the transcript is the rep ("Speaker 1", names that match
     * no participant, no rep among the participants): the rep's behaviours are then read from speakers of unknown role,
     * with half the confidence. Null when the rep spoke.
     */
    static String noRepAmongSpeakers(Transcript transcript, List<Participant> participants) {
        if (transcript.segments().isEmpty() || transcript.repSpoke()) {
            return null;
        }
        String speakers = transcript.segments().stream().map(Segment::speaker).distinct().limit(5)
                .map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        String reps = participants.stream().filter(p -> p.role() == Role.REP).limit(5).map(p -> "'" + p.name() + "'")
                .collect(Collectors.joining(", "));
        String reason = "no speaker is the rep: the transcript's speakers (" + speakers + ") match no participant named as"
                + " the rep (" + (reps.isEmpty() ? "the participants name none" : reps) + "), so the rep's behaviours are read"
                + " with half the confidence and a coach should review the grade; name the speakers as the participants are named";
        return reason.length() <= SalesCall.REASON_LIMIT ? reason : reason.substring(0, SalesCall.REASON_LIMIT);
    }

    /**
     * Why a coach should check who the call is filed under when the participants name a rep other than the one the
     * roster names for {@code repId} ("Jessica Walker" on a call posted as rep-tnguyen, Tom Nguyen): a CRM that posted
     * the call under the wrong rep. Null when the roster names nobody, or a participant named as the rep carries the
     * roster name or its first name.
     */
    static String notTheRostersRep(String repId, List<Participant> participants) {
        String rostered = RosterRep.displayName(repId);
        List<String> named = participants.stream().filter(p -> p.role() == Role.REP).map(Participant::name).toList();
        if (rostered == null || named.isEmpty() || named.stream().anyMatch(name -> sameRep(name, rostered))) {
            return null;
        }
        String reason = "the participant named as the rep (" + named.stream().limit(3).map(n -> "'" + n + "'")
                .collect(Collectors.joining(", ")) + ") is not " + repId + "'s name on the roster ('" + rostered + "'):"
                + " check the call is filed under the right rep; an admin moves a call of the wrong rep to the right one";
        return reason.length() <= SalesCall.REASON_LIMIT ? reason : reason.substring(0, SalesCall.REASON_LIMIT);
    }

    private static boolean sameRep(String participant, String rostered) {
        String[] said = participant.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String[] listed = rostered.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return String.join(" ", said).equals(String.join(" ", listed)) || said[0].equals(listed[0]);
    }

    private static CallTranscript store(SalesCall call, TranscriptFormat format, Transcript transcript) {
        CallTranscript stored = new CallTranscript();
        stored.callId = call.id;
        stored.format = format;
        stored.timingEstimated = transcript.timingEstimated();
        stored.wordCount = transcript.wordCount();
        stored.segments = transcript.segments();
        stored.persist();
        return stored;
    }

    /**
     * Grades a call again whose automatic grading failed (or never finished): it goes back to GRADING and is announced
     * again. A call set aside as no conversation is graded all the same. A call that already has its automatic grade is
     * not graded twice: a coach's review changes it.
     */
    @Transactional
    public CallView gradeAgain(String callId) {
        SalesCall call = AdminActions.lockedCall(callId);
        call.refuseWhenSetAside("id", "grading");
        if (ScoreRevision.findRevision(call, 1).isPresent()) {
            throw ApiException.conflict("id", "call " + callId + " is " + call.status + ": it has its automatic grade;"
                    + " a coach changes it with a review");
        }
        if (call.status == CallStatus.TRANSCRIBING || call.status == CallStatus.TRANSCRIPTION_FAILED) {
            throw ApiException.conflict("id", "call " + callId + " is " + call.status + ": it has no transcript to grade"
                    + " yet; transcribe it again with POST /api/calls/" + callId + "/transcription");
        }
        audit.record(AuditAction.CALL_REGRADED, AuditEntities.CALL, call.id, call.id,
                AuditLog.details("status", call.status, "statusReason", call.statusReason));
        if (call.status == CallStatus.NO_CONVERSATION) {
            call.gradeAnyway = true;
        }
        CallTranscript transcript = CallTranscript.findById(call.id);
        call.status = CallStatus.GRADING;
        call.statusReason = transcript == null ? null
                : noRepAmongSpeakers(new Transcript(transcript.segments, transcript.timingEstimated), call.participants);
        grading.announce(call);
        return CallViews.call(call, transcript, null);
    }

    /**
     * Transcribes a call again whose transcription failed (or never finished): it goes back to TRANSCRIBING and is
     * announced again. A call that has its transcript is not transcribed twice.
     */
    @Transactional
    public CallView transcribeAgain(String callId) {
        SalesCall call = AdminActions.lockedCall(callId);
        call.refuseWhenSetAside("id", "transcription");
        if (call.status != CallStatus.TRANSCRIPTION_FAILED && call.status != CallStatus.TRANSCRIBING) {
            throw ApiException.conflict("id", "call " + callId + " is " + call.status + ": it has its transcript");
        }
        audit.record(AuditAction.CALL_RETRANSCRIBED, AuditEntities.CALL, call.id, call.id,
                AuditLog.details("status", call.status, "statusReason", call.statusReason));
        call.status = CallStatus.TRANSCRIBING;
        call.statusReason = null;
        recordings.announce(call);
        return CallViews.call(call, null, null);
    }

    private static List<Participant> participants(List<ParticipantRequest> requests) {
        List<Participant> participants = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            ParticipantRequest p = requests.get(i);
            if (p.role() == Role.UNKNOWN) {
                throw ApiException.badRequest("participants[" + i + "].role", "must be rep, prospect or other");
            }
            participants.add(new Participant(p.name().strip(), p.role()));
        }
        return participants;
    }

    private Transcript parse(TranscriptRequest request, SpeakerRoles roles, long durationMs) {
        if (request.format() == TranscriptFormat.SEGMENTS) {
            if (request.segments() == null || request.segments().isEmpty()) {
                throw ApiException.badRequest("transcript.segments", "format segments needs at least one segment");
            }
            if (request.segments().size() > limits.maxSegments()) {
                throw ApiException.tooLarge("transcript.segments", "a transcript holds at most " + limits.maxSegments()
                        + " segments, not " + request.segments().size());
            }
        } else if (request.content() == null || request.content().isBlank()) {
            throw ApiException.badRequest("transcript.content", "format " + request.format().json() + " needs the transcript in content");
        }
        Transcript transcript;
        try {
            List<Segment> segments = request.segments() == null ? null : request.segments().stream()
                    .map(s -> new Segment(s.speaker(), s.startMs(), s.endMs(), s.text(), Role.UNKNOWN)).toList();
            transcript = TranscriptParser.parse(request.format(), request.content(), segments, roles, durationMs);
        } catch (TranscriptTimesDoNotFitException e) {
            throw ApiException.unprocessable(e.field(), e.getMessage());
        } catch (TranscriptFormatException e) {
            throw ApiException.badRequest(e.field(), e.getMessage());
        }
        if (transcript.segments().size() > limits.maxSegments()) {
            throw ApiException.tooLarge("transcript.content", "a transcript holds at most " + limits.maxSegments()
                    + " cues or lines, not " + transcript.segments().size());
        }
        int words = transcript.wordCount();
        if (words > limits.maxTranscriptWords()) {
            throw ApiException.tooLarge("transcript", "the transcript has " + words + " words; at most "
                    + limits.maxTranscriptWords() + " are accepted (a three-hour call is about 36,000)");
        }
        return transcript;
    }

}
