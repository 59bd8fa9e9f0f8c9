package io.callreview.notification.preferences;

import io.callreview.events.EventContract;
import io.callreview.events.RepScheduleChanged;
import io.callreview.notification.audit.AuditAction;
import io.callreview.notification.config.NotificationConfig;
import io.callreview.platform.audit.AuditLog;
import io.callreview.platform.outbox.Outbox;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.problem.ConstraintErrors;
import io.callreview.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rep's preferences, and with them the rep's contact schedule (time zone, working hours and days, quiet hours,
 * daily cap), which this service owns: every change is announced as {@code RepScheduleChanged} through the outbox,
 * in the transaction that stores it.
 */
@ApplicationScoped
public class PreferencesService {

    @Inject
    NotificationConfig config;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    /** The preferences in force for a rep, stored or default. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPreferences effective(String repId) {
        return RepPreferences.<RepPreferences>findByIdOptional(repId)
                .map(DeliveryPreferences::of)
                .orElseGet(() -> DeliveryPreferences.defaults(config.defaults()));
    }

    @Transactional
    public PreferencesView get(String repId) {
        Optional<RepPreferences> stored = RepPreferences.findByIdOptional(repId);
        if (stored.isEmpty()) {
            return PreferencesViews.view(repId, DeliveryPreferences.defaults(config.defaults()),
                    WorkingHours.defaults(config.defaults()), null);
        }
        return view(stored.get());
    }

    /**
     * Replaces the rep's preferences; every field left out takes its default. Nothing is stored if any field is wrong.
     *
     * @param teamId the rep's team as their own token names it, or null; coaching-service takes it for a rep it has
     *               not seen on a call yet
     */
    @Transactional
    public PreferencesView replace(String repId, PreferencesRequest request, String changedBy, String teamId) {
        DeliveryPreferences defaults = DeliveryPreferences.defaults(config.defaults());
        // the fields' own constraints and the checks across fields, all reported at once
        List<Problem.FieldError> errors = new ArrayList<>(ConstraintErrors.of(validator.validate(request)));
        ChannelSwitches channels = request.channels() == null ? new ChannelSwitches(null, null, null) : request.channels();
        DigestSettings digest = request.digest() == null ? new DigestSettings(null, null) : request.digest();

        String zone = blankToNull(request.timeZone());
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
            errors.add(new Problem.FieldError("timeZone", "'" + zone + "' is not an IANA time zone such as Europe/Berlin"));
        }
        Optional<WorkingHours> workingHours = workingHours(request, errors);
        Optional<QuietHours> quietHours = defaults.quietHours();
        if (request.quietHours() != null) {
            try {
                quietHours = QuietHours.parse(request.quietHours());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("quietHours", e.getMessage()));
            }
        }
        String email = blankToNull(request.emailAddress());
        boolean emailOn = orDefault(channels.email(), defaults.email());
        boolean chatOn = orDefault(channels.chat(), defaults.chat());
        if (request.quietHours() == null && (emailOn || chatOn) && quietHours.isPresent() && workingHours.isPresent()
                && workingHours.get().within(quietHours.get())) {
            WorkingHours hours = workingHours.get();
            errors.add(new Problem.FieldError("quietHours", "are needed: the default quiet hours " + quietHours.get()
                    + " cover all the working hours " + hours.start() + "-" + hours.end()
                    + ", so email and chat would wait until after work; give the quiet hours you want (\"\" for none)"));
        }
        if (emailOn && email == null) {
            errors.add(new Problem.FieldError("emailAddress", "is required while channels.email is on"));
        }
        String webhook = blankToNull(request.chatWebhookUrl());
        if (webhook != null) {
            WebhookUrls.refusal(webhook, config.chat())
                    .ifPresent(reason -> errors.add(new Problem.FieldError("chatWebhookUrl", reason)));
        } else if (chatOn) {
            errors.add(new Problem.FieldError("chatWebhookUrl", "is required while channels.chat is on"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest(errors);
        }

        WorkingHours hours = workingHours.orElseThrow();
        RepPreferences stored = RepPreferences.<RepPreferences>findByIdOptional(repId).orElseGet(() -> {
            RepPreferences created = new RepPreferences();
            created.repId = repId;
            return created;
        });
        Map<String, Object> before = stored.updatedAt == null ? null : audited(stored);
        stored.inboxEnabled = orDefault(channels.inbox(), defaults.inbox());
        stored.emailEnabled = emailOn;
        stored.chatEnabled = chatOn;
        stored.emailAddress = email;
        stored.chatWebhookUrl = webhook;
        stored.timeZone = zone == null ? defaults.zone().getId() : zone;
        stored.workStart = hours.start();
        stored.workEnd = hours.end();
        stored.workDays = WorkingHours.formatDays(hours.days());
        stored.quietHours = quietHours.map(QuietHours::toString).orElse(null);
        stored.dailyCap = request.dailyCap() == null ? defaults.dailyCap() : request.dailyCap();
        stored.digestEnabled = orDefault(digest.enabled(), defaults.digest());
        stored.digestHour = digest.hour() == null ? defaults.digestHour() : digest.hour();
        stored.updatedAt = clock.instant();
        stored.updatedBy = changedBy;
        // flushed first, so the event carries the revision this change gets
        stored.persistAndFlush();
        audit.record(AuditAction.PREFERENCES_CHANGED, AuditAction.REP_PREFERENCES, repId,
                AuditLog.details("before", before, "after", audited(stored)));
        outbox.publish(EventContract.REP_SCHEDULE_CHANGED, scheduleChanged(stored, teamId));
        return view(stored);
    }

    /** The working hours asked for, each part left out taken from the defaults; empty when they are wrong. */
    private Optional<WorkingHours> workingHours(PreferencesRequest request, List<Problem.FieldError> errors) {
        WorkingHours defaults = WorkingHours.defaults(config.defaults());
        // the database keeps whole seconds
        LocalTime start = request.workStart() == null ? defaults.start() : request.workStart().truncatedTo(ChronoUnit.SECONDS);
        LocalTime end = request.workEnd() == null ? defaults.end() : request.workEnd().truncatedTo(ChronoUnit.SECONDS);
        Set<DayOfWeek> days = request.workDays() == null ? defaults.days() : request.workDays();
        boolean valid = true;
        if (start.equals(end)) {
            errors.add(new Problem.FieldError("workEnd", "must differ from workStart (" + start
                    + "); an end before the start is a night shift that ends the next morning"));
            valid = false;
        } else if (end.isBefore(start) && (request.workStart() == null || request.workEnd() == null)) {
            String missing = request.workStart() == null ? "workStart" : "workEnd";
            errors.add(new Problem.FieldError(missing, "is needed: with its default, " + start + "-" + end
                    + " would be a night shift ending the next morning; give both workStart and workEnd for one"));
            valid = false;
        }
        if (days.isEmpty()) {
            errors.add(new Problem.FieldError("workDays", "must name at least one working day, such as [\"MONDAY\"]"));
            valid = false;
        }
        if (days.stream().anyMatch(Objects::isNull)) {
            valid = false; // a null day is one of the request's own constraint errors
        }
        return valid ? Optional.of(new WorkingHours(start, end, days)) : Optional.empty();
    }

    /** What the audit log keeps of a rep's preferences: every field, the addresses included. */
    private static Map<String, Object> audited(RepPreferences stored) {
        return AuditLog.details("inbox", stored.inboxEnabled, "email", stored.emailEnabled, "chat", stored.chatEnabled,
                "emailAddress", stored.emailAddress, "chatWebhookUrl", stored.chatWebhookUrl, "timeZone", stored.timeZone,
                "workStart", String.valueOf(stored.workStart), "workEnd", String.valueOf(stored.workEnd), "workDays", stored.workDays,
                "quietHours", stored.quietHours, "dailyCap", stored.dailyCap, "digest", stored.digestEnabled,
                "digestHour", stored.digestHour);
    }

    private PreferencesView view(RepPreferences stored) {
        return PreferencesViews.view(stored.repId, DeliveryPreferences.of(stored), WorkingHours.of(stored, config.defaults()),
                stored.updatedAt);
    }

    private RepScheduleChanged scheduleChanged(RepPreferences stored, String teamId) {
        WorkingHours hours = WorkingHours.of(stored, config.defaults());
        return new RepScheduleChanged(stored.repId, teamId, stored.timeZone, hours.start(), hours.end(), List.copyOf(hours.days()),
                stored.quietHours, stored.dailyCap, stored.revision, stored.updatedAt);
    }

    private static boolean orDefault(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
