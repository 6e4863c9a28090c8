-- Every instant of V001-V006 moves from TIMESTAMP(6) to DATETIME(6): TIMESTAMP ends on 2038-01-19 03:14:07 UTC,
-- and licences, certificates and custody records must outlive it. DATETIME(6) stores the wall-clock time it is
-- given, with no zone; REEx gives it UTC (the app pins every session to UTC, ADR 002), as V007-V009 already do.
--
-- TIMESTAMP -> DATETIME converts each stored instant to the session's time zone, so the session is UTC here:
-- every value keeps its exact UTC instant, microseconds included. Nullability and defaults stay as they were.
-- Written for MySQL 8.4 and MariaDB 10.11 alike.
SET time_zone = '+00:00';

ALTER TABLE organization
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE app_user
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE login_failure
    MODIFY failed_at DATETIME(6) NOT NULL;

ALTER TABLE audit_event
    MODIFY occurred_at DATETIME(6) NOT NULL;

ALTER TABLE lot
    MODIFY closes_at    DATETIME(6) NULL DEFAULT NULL,
    MODIFY created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY published_at DATETIME(6) NULL DEFAULT NULL,
    MODIFY awarded_at   DATETIME(6) NULL DEFAULT NULL;

ALTER TABLE auction
    MODIFY opens_at           DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY closes_at          DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY created_at         DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY original_closes_at DATETIME(6) NULL DEFAULT NULL,
    MODIFY closed_at          DATETIME(6) NULL DEFAULT NULL;

ALTER TABLE lot_document
    MODIFY uploaded_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE licence
    MODIFY valid_from DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY valid_to   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE licence_decision
    MODIFY decided_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE lot_match
    MODIFY matched_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE notification
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    MODIFY read_at    DATETIME(6) NULL DEFAULT NULL;

ALTER TABLE bid
    MODIFY placed_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE bid_request
    MODIFY created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

ALTER TABLE auction_event
    MODIFY occurred_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);
