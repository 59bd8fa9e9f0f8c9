-- The roster: which team each rep is on and which teams each coach coaches, kept by admins. A call's team must match.

CREATE TABLE roster_rep (
    rep_id                VARCHAR(200)  NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    display_name          VARCHAR(200)  NULL,
    revision              BIGINT        NOT NULL,
    enrolled_by           VARCHAR(300)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (rep_id),
    KEY idx_roster_rep_team (team_id, rep_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roster_coach (
    coach_id              VARCHAR(200)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (coach_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roster_coach_team (
    coach_id              VARCHAR(200)  NOT NULL,
    team_id               VARCHAR(200)  NOT NULL,
    PRIMARY KEY (coach_id, team_id),
    KEY idx_roster_coach_team (team_id, coach_id),
    CONSTRAINT fk_roster_coach_team FOREIGN KEY (coach_id) REFERENCES roster_coach (coach_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
