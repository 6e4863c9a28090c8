-- After the award: custody chains, recovery reports by element, discrepancy flags, the lot's certificate code.
-- Written for MySQL 8.4 and MariaDB 10.11 alike. Instants are DATETIME(6) holding UTC (the connection's time zone
-- is UTC), which, unlike TIMESTAMP, reaches past 2038. Masses DECIMAL(15,3) kg.
--
-- The lot's winner is lot.awarded_organization_id (V003), set in the transaction that closes the auction; the API
-- calls it winnerOrganizationId. No second column for it.

ALTER TABLE lot ADD COLUMN certificate_code VARCHAR(64) NULL;
CREATE UNIQUE INDEX uq_lot_certificate_code ON lot (certificate_code);

-- Append-only, one chain per lot (docs/adr/007-custody-hash-chain.md). No route updates or deletes a row.
CREATE TABLE custody_event (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    lot_id                    BIGINT        NOT NULL,
    sequence                  INT           NOT NULL,
    type                      VARCHAR(12)   NOT NULL,
    occurred_at               DATETIME(6)   NOT NULL,
    actor_organization_id     BIGINT        NOT NULL,
    actor_user_id             BIGINT        NOT NULL,
    recorded_at               DATETIME(6)   NOT NULL,
    shipped_kg                DECIMAL(15,3) NULL,
    carrier                   VARCHAR(200)  NULL,
    vehicle_plate             VARCHAR(30)   NULL,
    transport_document        VARCHAR(60)   NULL,
    document_mismatch_reason  VARCHAR(500)  NULL,
    weighed_kg                DECIMAL(15,3) NULL,
    weighbridge_ticket        VARCHAR(60)   NULL,
    process_route             VARCHAR(20)   NULL,
    started_on                DATE          NULL,
    ended_on                  DATE          NULL,
    previous_hash             CHAR(64)      NOT NULL,
    hash                      CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_custody_event_sequence UNIQUE (lot_id, sequence),
    CONSTRAINT uq_custody_event_type UNIQUE (lot_id, type),
    CONSTRAINT fk_custody_event_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
    CONSTRAINT fk_custody_event_actor FOREIGN KEY (actor_organization_id) REFERENCES organization (id),
    CONSTRAINT ck_custody_event_masses CHECK ((shipped_kg IS NULL OR shipped_kg > 0) AND (weighed_kg IS NULL OR weighed_kg >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One per lot. Its certificate's code is lot.certificate_code.
CREATE TABLE recovery_report (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    lot_id                    BIGINT        NOT NULL,
    recycler_organization_id  BIGINT        NOT NULL,
    submitted_by_user_id      BIGINT        NOT NULL,
    process_route             VARCHAR(20)   NOT NULL,
    declared_gross_kg         DECIMAL(15,3) NOT NULL,
    received_kg               DECIMAL(15,3) NOT NULL,
    total_declared_kg         DECIMAL(15,3) NOT NULL,
    total_recovered_kg        DECIMAL(15,3) NOT NULL,
    submitted_at              DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_recovery_report_lot UNIQUE (lot_id),
    CONSTRAINT fk_recovery_report_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
    CONSTRAINT fk_recovery_report_recycler FOREIGN KEY (recycler_organization_id) REFERENCES organization (id),
    INDEX ix_recovery_report_recycler (recycler_organization_id, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per element, metal basis. declared_kg = gross kg × declared fraction, half-up to the gram; 0.000 when undeclared.
CREATE TABLE recovery_line (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    report_id       BIGINT        NOT NULL,
    element         VARCHAR(3)    NOT NULL,
    declared_kg     DECIMAL(15,3) NOT NULL,
    recovered_kg    DECIMAL(15,3) NOT NULL,
    product_form    VARCHAR(20)   NOT NULL,
    purity_percent  DECIMAL(6,3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_recovery_line UNIQUE (report_id, element),
    CONSTRAINT fk_recovery_line_report FOREIGN KEY (report_id) REFERENCES recovery_report (id),
    CONSTRAINT fk_recovery_line_element FOREIGN KEY (element) REFERENCES element (symbol),
    CONSTRAINT ck_recovery_line CHECK (declared_kg >= 0 AND recovered_kg >= 0 AND purity_percent >= 0 AND purity_percent <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A discrepancy for agencies to review. (lot_id, rule, subject) is unique: a rule fires once per lot, or once per
-- element (subject = the symbol) or custody step (subject = the step); '' when the rule is about the whole lot.
-- Lot title, category, region and parties are copied in (a published lot no longer changes) so the inbox filters
-- and scopes without reaching into the lot feature's tables.
CREATE TABLE flag (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    lot_id                    BIGINT        NOT NULL,
    rule                      VARCHAR(30)   NOT NULL,
    subject                   VARCHAR(20)   NOT NULL,
    status                    VARCHAR(10)   NOT NULL,
    evidence                  TEXT          NOT NULL,
    lot_title                 VARCHAR(200)  NOT NULL,
    category                  VARCHAR(30)   NOT NULL,
    region                    VARCHAR(120)  NOT NULL,
    seller_organization_id    BIGINT        NOT NULL,
    recycler_organization_id  BIGINT        NULL,
    created_at                DATETIME(6)   NOT NULL,
    decision                  VARCHAR(10)   NULL,
    note                      VARCHAR(2000) NULL,
    decided_by_user_id        BIGINT        NULL,
    decided_at                DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_flag_lot_rule UNIQUE (lot_id, rule, subject),
    CONSTRAINT fk_flag_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
    INDEX ix_flag_status (status, id),
    INDEX ix_flag_rule (rule, id),
    INDEX ix_flag_region (region, id),
    INDEX ix_flag_seller (seller_organization_id, id),
    INDEX ix_flag_recycler (recycler_organization_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
