-- Issue 13: notices that go out once per organization and lot (e.g. "closing soon"), whichever instance's scheduled
-- check finds them first: the primary key decides, INSERT IGNORE claims. Written for MySQL 8.4 and MariaDB 10.11
-- alike; instants are DATETIME(6) in UTC.

CREATE TABLE notification_once (
    organization_id  BIGINT       NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    lot_id           BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (organization_id, kind, lot_id),
    CONSTRAINT fk_notification_once_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
