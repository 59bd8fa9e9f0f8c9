package io.callreview.notification.preferences;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;

/** What a rep chose. A rep without a row gets {@link DeliveryPreferences#defaults}. */
@Entity
@Table(name = "rep_preferences")
public class RepPreferences extends PanacheEntityBase {

    @Id
    @Column(name = "rep_id")
    public String repId;

    @Column(name = "inbox_enabled", nullable = false)
    public boolean inboxEnabled;

    @Column(name = "email_enabled", nullable = false)
    public boolean emailEnabled;

    @Column(name = "chat_enabled", nullable = false)
    public boolean chatEnabled;

    @Column(name = "email_address")
    public String emailAddress;

    @Column(name = "chat_webhook_url")
    public String chatWebhookUrl;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** Null on a row from before working hours were kept here: the defaults apply. */
    @Column(name = "work_start")
    public LocalTime workStart;

    @Column(name = "work_end")
    public LocalTime workEnd;

    /** Comma-separated {@link java.time.DayOfWeek} names. */
    @Column(name = "work_days")
    public String workDays;

    @Column(name = "quiet_hours")
    public String quietHours;

    @Column(name = "daily_cap", nullable = false)
    public int dailyCap;

    @Column(name = "digest_enabled", nullable = false)
    public boolean digestEnabled;

    @Column(name = "digest_hour", nullable = false)
    public int digestHour;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** Grows with every change; {@code RepScheduleChanged} carries it so coaching-service can ignore stale events. */
    @Version
    public long revision;
}
