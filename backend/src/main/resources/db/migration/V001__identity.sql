-- Identity: organizations, their users, login throttling and the audit trail.
-- Written for MySQL 8.4 and MariaDB 10.11 alike. Times are UTC (the connection's time zone is +00:00).

CREATE TABLE organization (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200) NOT NULL,
    type        VARCHAR(20)  NOT NULL,
    region      VARCHAR(120) NOT NULL,
    latitude    DECIMAL(9,6) NOT NULL,
    longitude   DECIMAL(9,6) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_organization_name UNIQUE (name),
    CONSTRAINT ck_organization_type CHECK (type IN ('MANUFACTURER', 'RECYCLER', 'AGENCY', 'PLATFORM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_organization_type ON organization (type, id);

CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    organization_id  BIGINT       NOT NULL,
    email            VARCHAR(254) NOT NULL,
    password_hash    VARCHAR(100) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_email UNIQUE (email),
    CONSTRAINT fk_app_user_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per failed login, kept for the throttle window; keyed by account ("email:...") or address ("ip:...").
CREATE TABLE login_failure (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    subject    VARCHAR(300) NOT NULL,
    failed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_login_failure_subject (subject, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed what and when, for every state change that matters.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    actor_user_id  BIGINT       NULL,
    action         VARCHAR(60)  NOT NULL,
    subject_type   VARCHAR(60)  NOT NULL,
    subject_id     BIGINT       NOT NULL,
    detail         VARCHAR(1000) NULL,
    occurred_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_event_subject (subject_type, subject_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
