-- The violation tip line (issue 12 §3). A tip is filed without signing in: the row holds only what the reporter
-- typed (and the file they attached), never their address; the rate limit counts addresses in memory only.
-- receipt_code is the reporter's only handle on the tip: 160 random bits in base32.
-- lot_id is the lot number as the reporter typed it (it may name no lot, so no foreign key); the lots and
-- organizations an agency links after checking are in tip_lot and tip_organization.
CREATE TABLE tip (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    receipt_code       CHAR(32)      NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    about              VARCHAR(16)   NOT NULL,
    organization_name  VARCHAR(200)  NULL,
    lot_id             BIGINT        NULL,
    subject            VARCHAR(200)  NULL,
    description        TEXT          NOT NULL,
    place              VARCHAR(300)  NOT NULL,
    observed_at        DATETIME(6)   NOT NULL,
    contact            VARCHAR(300)  NULL,
    received_at        DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_tip_receipt_code UNIQUE (receipt_code),
    INDEX ix_tip_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- At most one file per tip, its type sniffed from the bytes (as lot documents, ADR 004).
CREATE TABLE tip_attachment (
    tip_id        BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(50)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    PRIMARY KEY (tip_id),
    CONSTRAINT fk_tip_attachment_tip FOREIGN KEY (tip_id) REFERENCES tip (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every triage step with its note, who and when (the audit log records the same step).
CREATE TABLE tip_triage (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    tip_id          BIGINT         NOT NULL,
    from_status     VARCHAR(16)    NOT NULL,
    to_status       VARCHAR(16)    NOT NULL,
    note            VARCHAR(2000)  NOT NULL,
    by_user_id      BIGINT         NOT NULL,
    at              DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_tip_triage_tip FOREIGN KEY (tip_id) REFERENCES tip (id),
    CONSTRAINT fk_tip_triage_user FOREIGN KEY (by_user_id) REFERENCES app_user (id),
    INDEX ix_tip_triage_tip (tip_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tip_organization (
    tip_id           BIGINT  NOT NULL,
    organization_id  BIGINT  NOT NULL,
    PRIMARY KEY (tip_id, organization_id),
    CONSTRAINT fk_tip_organization_tip FOREIGN KEY (tip_id) REFERENCES tip (id),
    CONSTRAINT fk_tip_organization_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tip_lot (
    tip_id  BIGINT  NOT NULL,
    lot_id  BIGINT  NOT NULL,
    PRIMARY KEY (tip_id, lot_id),
    CONSTRAINT fk_tip_lot_tip FOREIGN KEY (tip_id) REFERENCES tip (id),
    CONSTRAINT fk_tip_lot_lot FOREIGN KEY (lot_id) REFERENCES lot (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The flag an agency opened from a tip (rule TIP): at most one per tip (the key), one tip per flag.
CREATE TABLE tip_flag (
    tip_id   BIGINT  NOT NULL,
    flag_id  BIGINT  NOT NULL,
    PRIMARY KEY (tip_id),
    CONSTRAINT uq_tip_flag_flag UNIQUE (flag_id),
    CONSTRAINT fk_tip_flag_tip FOREIGN KEY (tip_id) REFERENCES tip (id),
    CONSTRAINT fk_tip_flag_flag FOREIGN KEY (flag_id) REFERENCES flag (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
