package io.callreview.scorecard.call;

import io.callreview.platform.problem.DatabaseFailures;
import io.callreview.platform.query.QueryParams;
import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import io.callreview.scorecard.domain.CallStatus;
import io.callreview.scorecard.support.IdempotentAnswers;
import io.callreview.scorecard.support.IdempotentRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Calls from CRMs and telephony, graded automatically against their scorecard")
public class CallResource {

    static final String SEGMENTS_EXAMPLE = """
            {"externalId": "crm-call-81723", "source": "salesforce", "repId": "rep-42", "teamId": "team-emea",
             "callType": "discovery", "startedAt": "2026-03-02T15:00:00Z", "durationSeconds": 1800,
             "recordingUrl": "https://recordings.example.com/81723.mp4",
             "participants": [{"name": "Rita Rep", "role": "rep"}, {"name": "Paul Prospect", "role": "prospect"}],
             "transcript": {"format": "segments", "segments": [
               {"speaker": "Rita Rep", "startMs": 0, "endMs": 6000, "text": "Thanks for the time. What budget have you set aside?"},
               {"speaker": "Paul Prospect", "startMs": 6500, "endMs": 12000, "text": "Around fifty thousand this year."},
               {"speaker": "Rita Rep", "startMs": 1500000, "endMs": 1520000, "text": "Great. The next step is a demo on Thursday."}]}}""";
    static final String WEBVTT_EXAMPLE = """
            {"externalId": "teams-5521", "source": "teams", "repId": "rep-42", "teamId": "team-emea",
             "callType": "discovery", "startedAt": "2026-03-02T15:00:00Z", "durationSeconds": 1800,
             "participants": [{"name": "Rita Rep", "role": "rep"}, {"name": "Paul Prospect", "role": "prospect"}],
             "transcript": {"format": "webvtt", "content": "WEBVTT\\n\\n00:00:01.000 --> 00:00:05.000\\n<v Rita Rep>What budget have you set aside?</v>\\n\\n00:00:05.500 --> 00:00:08.000\\n<v Paul Prospect>About fifty thousand.</v>"}}""";
    public static final String TEXT_EXAMPLE = """
            {"externalId": "dialer-991", "source": "dialer", "repId": "rep-42", "teamId": "team-emea",
             "callType": "discovery", "startedAt": "2026-03-02T15:00:00Z", "durationSeconds": 600,
             "participants": [{"name": "Rita", "role": "rep"}, {"name": "Paul", "role": "prospect"}],
             "transcript": {"format": "text", "content": "Rita: What budget have you set aside?\\nPaul: About fifty thousand."}}""";
    static final String SRT_EXAMPLE = """
            {"externalId": "rev-20931", "source": "transcription-service", "repId": "rep-42", "teamId": "team-emea",
             "callType": "discovery", "startedAt": "2026-03-02T15:00:00Z", "durationSeconds": 1800,
             "participants": [{"name": "Rita Rep", "role": "rep"}, {"name": "Paul Prospect", "role": "prospect"}],
             "transcript": {"format": "srt", "content": "1\\n00:00:01,000 --> 00:00:05,000\\nRita Rep: What budget have you set aside?\\n\\n2\\n00:00:05,500 --> 00:00:08,000\\nPaul Prospect: About fifty thousand."}}""";
    static final String TIMED_TEXT_EXAMPLE = """
            {"externalId": "otter-7781", "source": "otter", "repId": "rep-42", "teamId": "team-emea",
             "callType": "discovery", "startedAt": "2026-03-02T15:00:00Z", "durationSeconds": 1800,
             "participants": [{"name": "Rita Rep", "role": "rep"}, {"name": "Paul Prospect", "role": "prospect"}],
             "transcript": {"format": "text", "content": "Rita Rep  0:01\\nWhat budget have you set aside?\\n\\nPaul Prospect  0:05\\nAbout fifty thousand.\\n\\nRita Rep  25:00\\nThe next step is a demo on Thursday."}}""";

    static final String RECORDING_EXAMPLE = """
            {"externalId": "dialer-4411", "source": "dialer", "repId": "rep-42", "teamId": "team-emea",
             "callType": "discovery", "startedAt": "2026-03-02T15:00:00Z", "durationSeconds": 0,
             "recordingUrl": "https://api.twilio.com/2010-04-01/Accounts/AC123/Recordings/RE456.wav",
             "participants": [{"name": "Rita Rep", "role": "rep"}, {"name": "Paul Prospect", "role": "prospect"}]}""";

    @Inject
    CallIngestionService ingestion;

    @Inject
    CallQueryService calls;

    @Inject
    SetAsideService setAside;

    @Inject
    CallMoveService moves;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentUser user;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
    @Operation(summary = "Submit a call for automatic grading",
            description = "Idempotent by (source, externalId): a replay answers 200 with the call as it stands to an admin, and"
                    + " only its id and status (CallReceipt) to an integration, which may not read calls. The source names"
                    + " hubspot and zoom belong to their webhooks and are refused here (422). An Idempotency-Key"
                    + " header replays the first answer for the same body and refuses a different body with 422."
                    + " The call is validated and stored with status GRADING, pinned to the published scorecard of its type,"
                    + " and answered 202 at once; it is graded by meaning in the background (a second or two for a long call)."
                    + " When the grade is recorded the status becomes AUTO_SCORED, GET /api/calls/{id} shows the score, and a"
                    + " CallScored event (revision 1) is published through the outbox. A call with no conversation to grade"
                    + " (fewer than 50 words in all, or, once the rep began, fewer than 15 from anyone else: a voicemail,"
                    + " a dropped call) becomes NO_CONVERSATION with the reason instead, and stays out of the rep's scores,"
                    + " analytics and nudges; an admin may have it graded all the same. A call with a recordingUrl and no"
                    + " transcript is stored with status TRANSCRIBING instead: the recording (WAV, MP3 or M4A/MP4, https on an"
                    + " allowlisted host, within the size and length limits) is downloaded and transcribed in the background,"
                    + " each channel of a dual-channel recording on its own with its role from the source's channel mapping"
                    + " (a mono recording is one speaker of unknown role, marked for review in statusReason, as is one whose"
                    + " words the recogniser was unsure of); then it is"
                    + " graded as any call. When it cannot be transcribed the status is TRANSCRIPTION_FAILED with the reason."
                    + " A durationSeconds of 0 is taken from the recording, or from the transcript's last utterance;"
                    + " otherwise a timed utterance that ends more than a minute (or a tenth of the call) after it is"
                    + " refused with 422, as times in another unit.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "JSON segments", value = SEGMENTS_EXAMPLE),
            @ExampleObject(name = "WebVTT (Teams voice tags)", value = WEBVTT_EXAMPLE),
            @ExampleObject(name = "SubRip (.srt)", value = SRT_EXAMPLE),
            @ExampleObject(name = "plain Speaker: text", value = TEXT_EXAMPLE),
            @ExampleObject(name = "plain text with times, as Otter exports it", value = TIMED_TEXT_EXAMPLE),
            @ExampleObject(name = "recording only, transcribed in the background", value = RECORDING_EXAMPLE)}))
    @APIResponse(responseCode = "202", description = "Call stored, status GRADING (TRANSCRIBING for a recording only); Location names it",
            content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "200", description = "The call already existed (same source and externalId), or an Idempotency-Key"
            + " replay: the call for an admin, its id and status only for an integration",
            content = @Content(schema = @Schema(oneOf = {CallView.class, CallReceipt.class})))
    @APIResponse(responseCode = "400", description = "Invalid fields, no transcript and no recordingUrl (field transcript), or a"
            + " transcript that cannot be read (field transcript.content)")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key is still being processed by a concurrent request: retry;"
            + " or a call with this source and externalId was received before for another rep or call type (field repId or"
            + " callType): posting again corrects nothing")
    @APIResponse(responseCode = "413", description = "Body, segments or transcript words over the limit")
    @APIResponse(responseCode = "422", description = "The call starts in the future (field startedAt), the call type does not"
            + " exist or has no published scorecard (field callType), the source is reserved for a webhook (field source), a"
            + " recording to transcribe on a host that is not allowlisted or not https (field recordingUrl), or the"
            + " Idempotency-Key was used with another body, or a timed utterance ends long after durationSeconds (field"
            + " transcript.segments[i].endMs or transcript.content)")
    public Response submit(@Valid @NotNull CallRequest request,
                           @Parameter(description = "Makes retries safe: the same key and body replay the first answer")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           UriInfo uri) {
        IdempotentRequests.Answer answer;
        try {
            answer = submitOnce(request, idempotencyKey);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUniqueViolation(e)) {
                throw e;
            }
            // A concurrent request stored the same call (or key) first; a second attempt finds it and replays it.
            answer = submitOnce(request, idempotencyKey);
        }
        return IdempotentAnswers.response(answer, uri, CallView.class, CallView::id);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "List calls", description = "Newest first. Admins see every call, coaches their teams' calls, reps their own."
            + " Page through a long list with next (a cursor) rather than page numbers: a cursor page costs the same however deep it is."
            + " Calls an admin set aside are listed too, with status SET_ASIDE (they count in no figure); status=SET_ASIDE lists"
            + " only them.")
    @APIResponse(responseCode = "200", description = "A page of calls", content = @Content(schema = @Schema(implementation = CallPage.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be read")
    public CallPage list(@Parameter(example = "rep-42") @QueryParam("repId") String repId,
                         @Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                         @Parameter(example = "discovery") @QueryParam("callType") String callType,
                         @Parameter(description = "Calls started at or after (ISO-8601)", example = "2026-03-01T00:00:00Z") @QueryParam("from") String from,
                         @Parameter(description = "Calls started before (ISO-8601)", example = "2026-04-01T00:00:00Z") @QueryParam("to") String to,
                         @Parameter(description = "Calls in this status only", example = "SET_ASIDE") @QueryParam("status") CallStatus status,
                         @Parameter(example = "0") @QueryParam("page") @DefaultValue("0") int page,
                         @Parameter(example = "20") @QueryParam("size") @DefaultValue("20") int size,
                         @Parameter(description = "Where the page starts: nextCursor of the page before; not with page",
                                 example = "MjAyNi0wMy0wM1QxMDowMDowMFp8M2Y...") @QueryParam("cursor") String cursor,
                         UriInfo uri) {
        QueryParams.Period period = QueryParams.period("from", from, "to", to);
        CallPage found = calls.list(new CallQueryService.Filter(repId, teamId, callType, period.from(), period.to(), status), page, size, cursor);
        if (found.nextCursor() == null) {
            return found;
        }
        URI next = uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor", found.nextCursor()).build();
        return found.withNext(next.getRawPath() + "?" + next.getRawQuery());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a call with its latest score")
    @APIResponse(responseCode = "200", description = "The call", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such call, or not one the caller may see")
    public CallView get(@PathParam("id") String id) {
        return calls.get(id);
    }

    @GET
    @Path("{id}/score")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read the latest score revision of a call")
    @APIResponse(responseCode = "200", description = "The latest score", content = @Content(schema = @Schema(implementation = ScoreView.class)))
    @APIResponse(responseCode = "404", description = "No such call, not one the caller may see, or not graded yet (status GRADING)")
    public ScoreView score(@PathParam("id") String id) {
        return calls.latestScore(id);
    }

    @GET
    @Path("{id}/scores")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read every score revision of a call, oldest first")
    @APIResponse(responseCode = "200", description = "All revisions")
    @APIResponse(responseCode = "404", description = "No such call, or not one the caller may see")
    public List<ScoreView> scores(@PathParam("id") String id) {
        return calls.scores(id);
    }

    @POST
    @Path("{id}/grading")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Grade a call again whose automatic grading failed, or one set aside as no conversation",
            description = "For a call in GRADING_FAILED (statusReason says why), or one stuck in GRADING: it goes back to"
                    + " GRADING and is graded again in the background. A call set aside as NO_CONVERSATION (a voicemail, a"
                    + " dropped call) is graded all the same, as any call, and counts in the rep's figures from then on."
                    + " A call that has its automatic grade, or no transcript"
                    + " yet (TRANSCRIBING, TRANSCRIPTION_FAILED: see /transcription), answers 409.")
    @APIResponse(responseCode = "202", description = "Accepted for grading", content = @Content(schema = @Schema(implementation = CallView.class)))
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "The call already has its automatic grade, has no transcript yet, or was set aside (SET_ASIDE)")
    public Response gradeAgain(@PathParam("id") String id) {
        return Response.accepted(ingestion.gradeAgain(id)).build();
    }

    @POST
    @Path("{id}/transcription")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Transcribe a call again whose transcription failed",
            description = "For a call in TRANSCRIPTION_FAILED (statusReason says why: a corrupt, silent or too long recording,"
                    + " a download refused, or the transcriber still unavailable after its retries), or one stuck in"
                    + " TRANSCRIBING: it goes back to TRANSCRIBING, the recording is downloaded and transcribed again in the"
                    + " background, then graded. A call that has its transcript answers 409.")
    @APIResponse(responseCode = "202", description = "Accepted for transcription, status TRANSCRIBING",
            content = @Content(schema = @Schema(implementation = CallView.class), examples = @ExampleObject(name = "accepted",
                    value = "{\"id\": \"5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11\", \"status\": \"TRANSCRIBING\", \"statusReason\": null}")))
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "The call already has its transcript, or was set aside (SET_ASIDE)")
    public Response transcribeAgain(@PathParam("id") String id) {
        return Response.accepted(ingestion.transcribeAgain(id)).build();
    }

    @POST
    @Path("{id}/set-aside")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a call aside: a test call, or a call recorded against the wrong rep",
            description = "For a call in any status. In one transaction the status becomes SET_ASIDE with the reason"
                    + " (statusReason), setAsideBy and setAsideAt; the call's latest score leaves every figure (adherence,"
                    + " consistency, gaps, grader accuracy, dispute statistics, the CSV export) and the review queue; its open"
                    + " disputes are CLOSED with no verdict change; the audit log records it; and a CallSetAside event"
                    + " (scorecard.call-set-aside.v1) tells coaching-service, which takes the call out of the rep's skills and"
                    + " withdraws its feedback still waiting. A call set aside before it was graded is never graded. Its score"
                    + " revisions stay readable. From then on, grading or transcribing it again, starting, changing or"
                    + " finalising a review of it, and acknowledging or disputing it answer 409 naming its status. Asked again"
                    + " with the same reason, the answer is 200 with the call as it stands (nothing changes); with another"
                    + " reason, 409. The call list keeps showing the call, with its status; status=SET_ASIDE lists these calls.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "a test call",
            value = "{\"reason\": \"test call: the rep tried the dialer with a colleague\"}")))
    @APIResponse(responseCode = "200", description = "The call, SET_ASIDE (also when it already was, with the same reason)",
            content = @Content(schema = @Schema(implementation = CallView.class), examples = @ExampleObject(name = "set aside",
                    value = "{\"id\": \"5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11\", \"status\": \"SET_ASIDE\","
                            + " \"statusReason\": \"test call: the rep tried the dialer with a colleague\","
                            + " \"setAsideBy\": \"admin-1\", \"setAsideAt\": \"2026-03-03T09:12:00Z\"}")))
    @APIResponse(responseCode = "400", description = "No reason, a blank one, or one over 500 characters (field reason)")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "The call was already set aside, for another reason (field id)")
    public CallView setAside(@PathParam("id") String id, @Valid @NotNull SetAsideRequest request) {
        return setAside.setAside(id, request.reason());
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Move a call to the rep whose call it is (a CRM or dialer posted it under another)",
            description = "For a call in any status but SET_ASIDE. The rep must be on the roster; the call takes their team"
                    + " from it. In one transaction the call's latest score leaves the old rep's figures (adherence,"
                    + " consistency, gaps, the export) and comes back as the next score revision under the new rep, with the"
                    + " same verdicts, evidence and scorer; its CallScored tells coaching-service, which takes the call out of"
                    + " the old rep's skills and feedback and into the new rep's. The old rep's open disputes of the call are"
                    + " CLOSED with no verdict change; the audit log records who moved it, from whom and why. A call not"
                    + " graded yet is graded under the new rep. Moving a call to the rep it is under answers 200 and changes"
                    + " nothing. The CRM's later posts of the call must name the new rep.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "the wrong rep",
            value = "{\"repId\": \"rep-jwalker\", \"reason\": \"Jessica's call: the dialer posted it under Tom\"}")))
    @APIResponse(responseCode = "200", description = "The call, under the new rep (also when it already was)",
            content = @Content(schema = @Schema(implementation = CallView.class), examples = @ExampleObject(name = "moved",
                    value = "{\"id\": \"5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11\", \"repId\": \"rep-jwalker\","
                            + " \"repName\": \"Jessica Walker\", \"teamId\": \"team-east\", \"status\": \"AUTO_SCORED\"}")))
    @APIResponse(responseCode = "400", description = "No repId or reason, a blank one, or a reason over 500 characters (field repId or reason)")
    @APIResponse(responseCode = "404", description = "No such call")
    @APIResponse(responseCode = "409", description = "The call was set aside: it counts nowhere (field id)")
    @APIResponse(responseCode = "422", description = "The rep is not on the roster (field repId)")
    public CallView move(@PathParam("id") String id, @Valid @NotNull MoveRequest request) {
        return moves.move(id, request.repId(), request.reason());
    }

    @GET
    @Path("{id}/transcript")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a call's transcript, in time order with each speaker's role")
    @APIResponse(responseCode = "200", description = "The transcript", content = @Content(schema = @Schema(implementation = TranscriptView.class)))
    @APIResponse(responseCode = "404", description = "No such call, or not one the caller may see")
    public TranscriptView transcript(@PathParam("id") String id) {
        return calls.transcript(id);
    }

    private IdempotentRequests.Answer submitOnce(CallRequest request, String idempotencyKey) {
        ReservedSources.refuse(request.source());
        return idempotency.run(user.id(), idempotencyKey, "POST /api/calls", request, () -> {
            CallIngestionService.Outcome outcome = ingestion.ingest(request, user.id());
            CallView call = outcome.call();
            boolean mayRead = outcome.created() || user.maySeeRep(call.repId(), call.teamId());
            return new IdempotentRequests.Answer(outcome.status(), mayRead ? call : CallReceipt.of(call));
        });
    }
}
