-- Whether a rep lets teammates hear the moments of their calls where they did a behaviour well. coaching-service
-- owns the consent and announces it (RepSharingChanged); a rep without a row shares, as coaching-service's default.
CREATE TABLE rep_sharing (
    rep_id        VARCHAR(200) NOT NULL,
    share_moments BOOLEAN      NOT NULL,
    changed_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (rep_id)
);
