package io.callreview.coaching.rep;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A rep as coaching knows them. Its row is also the rep's lock: every change to a rep's coaching state
 * (skill states, schedule, plans) first locks it, so consumers, the dispatcher and the API never race.
 */
@Entity
@Table(name = "rep")
public class Rep extends PanacheEntityBase {

    @Id
    @Column(name = "rep_id")
    public String repId;

    @Column(name = "team_id")
    public String teamId;

    /** Whether teammates may hear the moments of this rep's calls where they did a behaviour well. */
    @Column(name = "share_moments", nullable = false)
    public boolean shareMoments = true;

    @Column(name = "first_call_at")
    public Instant firstCallAt;

    @Column(name = "last_call_at")
    public Instant lastCallAt;

    /** The rep's schedule (time zone to daily cap) is a copy of what notification-service owns; null: the defaults. */
    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "work_start")
    public LocalTime workStart;

    @Column(name = "work_end")
    public LocalTime workEnd;

    /** Comma-separated {@link java.time.DayOfWeek} names. */
    @Column(name = "work_days")
    public String workDays;

    @Column(name = "daily_cap")
    public Integer dailyCap;

    /** When the rep last changed their schedule on notification-service; null while the defaults apply. */
    @Column(name = "settings_updated_at")
    public Instant settingsUpdatedAt;

    /** The {@code RepScheduleChanged} revision the settings above come from; a lower or equal one is stale. */
    @Column(name = "schedule_revision")
    public Long scheduleRevision;

    /** The {@code RosterChanged} revision {@link #teamId} comes from; a lower or equal one is stale. */
    @Column(name = "roster_revision")
    public Long rosterRevision;

    /** The rep-local day that {@link #capSent} counts. */
    @Column(name = "cap_day")
    public LocalDate capDay;

    @Column(name = "cap_sent")
    public int capSent;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
