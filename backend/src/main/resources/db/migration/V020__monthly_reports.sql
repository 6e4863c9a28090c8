-- Issue 12 §2: monthly mass-balance reports, and flags that are about a recycler's month rather than a lot.
-- Written for MySQL 8.4 and MariaDB 10.11 alike; instants DATETIME(6) in UTC, masses DECIMAL(15,3) kg.

-- A filed report. Each correction is a new row with the next version; none is ever updated or deleted, so every
-- version stays. (organization, month, version) is unique: two filings racing for the same version, one wins.
CREATE TABLE monthly_report (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    organization_id   BIGINT         NOT NULL,
    report_month      CHAR(7)        NOT NULL,
    version           INT            NOT NULL,
    filed_by_user_id  BIGINT         NOT NULL,
    filed_at          DATETIME(6)    NOT NULL,
    note              VARCHAR(2000)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_monthly_report_version UNIQUE (organization_id, report_month, version),
    CONSTRAINT fk_monthly_report_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_monthly_report_user FOREIGN KEY (filed_by_user_id) REFERENCES app_user (id),
    CONSTRAINT ck_monthly_report_version CHECK (version >= 1),
    INDEX ix_monthly_report_month (report_month, organization_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Stock per waste category: closing should be opening + received - processed.
CREATE TABLE monthly_report_category (
    report_id     BIGINT         NOT NULL,
    category      VARCHAR(30)    NOT NULL,
    opening_kg    DECIMAL(15,3)  NOT NULL,
    received_kg   DECIMAL(15,3)  NOT NULL,
    processed_kg  DECIMAL(15,3)  NOT NULL,
    closing_kg    DECIMAL(15,3)  NOT NULL,
    PRIMARY KEY (report_id, category),
    CONSTRAINT fk_monthly_report_category_report FOREIGN KEY (report_id) REFERENCES monthly_report (id),
    CONSTRAINT fk_monthly_report_category_category FOREIGN KEY (category) REFERENCES waste_category (code),
    CONSTRAINT ck_monthly_report_category CHECK (opening_kg >= 0 AND received_kg >= 0 AND processed_kg >= 0 AND closing_kg >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recovered per element in the month, metal basis.
CREATE TABLE monthly_report_element (
    report_id     BIGINT         NOT NULL,
    element       VARCHAR(3)     NOT NULL,
    recovered_kg  DECIMAL(15,3)  NOT NULL,
    PRIMARY KEY (report_id, element),
    CONSTRAINT fk_monthly_report_element_report FOREIGN KEY (report_id) REFERENCES monthly_report (id),
    CONSTRAINT fk_monthly_report_element_element FOREIGN KEY (element) REFERENCES element (symbol),
    CONSTRAINT ck_monthly_report_element CHECK (recovered_kg >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Flags about a recycler's month have no lot: the lot's columns become optional and report_month names the month.
-- A lot flag keeps its (lot, rule, subject) key; a month flag is unique by (recycler, month, rule, subject). (NULLs
-- never collide in a unique key, so each key only constrains its own kind of flag.)
ALTER TABLE flag MODIFY lot_id BIGINT NULL;
ALTER TABLE flag MODIFY lot_title VARCHAR(200) NULL;
ALTER TABLE flag MODIFY category VARCHAR(30) NULL;
ALTER TABLE flag MODIFY seller_organization_id BIGINT NULL;
ALTER TABLE flag ADD COLUMN report_month CHAR(7) NULL;
ALTER TABLE flag ADD CONSTRAINT uq_flag_month_rule UNIQUE (recycler_organization_id, report_month, rule, subject);

-- Once-only notices are about a lot or, now, a month (yyyymm): the column names what either is.
ALTER TABLE notification_once CHANGE lot_id subject_id BIGINT NOT NULL;
