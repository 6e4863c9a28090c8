-- Recycler licences and agency decisions, lot-to-recycler matches, and notifications.
-- Written for MySQL 8.4 and MariaDB 10.11 alike.

CREATE TABLE licence (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id          BIGINT        NOT NULL,
    number                   VARCHAR(60)   NOT NULL,
    issuing_authority        VARCHAR(200)  NOT NULL,
    region_served            VARCHAR(200)  NOT NULL,
    max_haul_km              INT           NOT NULL,
    valid_from               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    valid_to                 TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    discharge_permit_number  VARCHAR(60)   NOT NULL,
    status                   VARCHAR(12)   NOT NULL,
    document_file_name       VARCHAR(255)  NULL,
    document_sha256          CHAR(64)      NULL,
    document                 LONGBLOB      NULL,
    version                  BIGINT        NOT NULL,
    created_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_licence_number UNIQUE (organization_id, number),
    CONSTRAINT fk_licence_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_licence_dates CHECK (valid_to > valid_from),
    CONSTRAINT ck_licence_haul CHECK (max_haul_km > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_licence_status ON licence (status, id);
CREATE INDEX ix_licence_expiry ON licence (status, valid_to);

CREATE TABLE licence_capacity (
    licence_id       BIGINT         NOT NULL,
    category         VARCHAR(30)    NOT NULL,
    tonnes_per_year  DECIMAL(12,3)  NOT NULL,
    PRIMARY KEY (licence_id, category),
    CONSTRAINT fk_licence_capacity_licence FOREIGN KEY (licence_id) REFERENCES licence (id),
    CONSTRAINT fk_licence_capacity_category FOREIGN KEY (category) REFERENCES waste_category (code),
    CONSTRAINT ck_licence_capacity CHECK (tonnes_per_year > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_licence_capacity_category ON licence_capacity (category, licence_id);

CREATE TABLE licence_decision (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    licence_id          BIGINT        NOT NULL,
    decision            VARCHAR(12)   NOT NULL,
    from_status         VARCHAR(12)   NOT NULL,
    to_status           VARCHAR(12)   NOT NULL,
    reason              VARCHAR(1000) NULL,
    decided_by_user_id  BIGINT        NOT NULL,
    decided_at          TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_licence_decision_licence FOREIGN KEY (licence_id) REFERENCES licence (id),
    INDEX ix_licence_decision_licence (licence_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who won a lot and when: capacity used this year is the mass awarded to a recycler.
ALTER TABLE lot ADD COLUMN awarded_organization_id BIGINT NULL;
ALTER TABLE lot ADD COLUMN awarded_at TIMESTAMP(6) NULL DEFAULT NULL;
CREATE INDEX ix_lot_awarded ON lot (awarded_organization_id, awarded_at);

CREATE TABLE lot_match (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    lot_id                    BIGINT        NOT NULL,
    recycler_organization_id  BIGINT        NOT NULL,
    licence_id                BIGINT        NOT NULL,
    score                     DECIMAL(6,2)  NOT NULL,
    reasons                   TEXT          NOT NULL,
    matched_at                TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_lot_match UNIQUE (lot_id, recycler_organization_id),
    CONSTRAINT fk_lot_match_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
    CONSTRAINT fk_lot_match_recycler FOREIGN KEY (recycler_organization_id) REFERENCES organization (id),
    CONSTRAINT fk_lot_match_licence FOREIGN KEY (licence_id) REFERENCES licence (id),
    INDEX ix_lot_match_recycler (recycler_organization_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    organization_id  BIGINT        NOT NULL,
    type             VARCHAR(30)   NOT NULL,
    params           TEXT          NOT NULL,
    lot_id           BIGINT        NULL,
    created_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    read_at          TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_notification_organization (organization_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
