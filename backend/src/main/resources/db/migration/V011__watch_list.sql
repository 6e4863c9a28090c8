-- Issue 13: a recycler's watch list, and finding the lots an organization bid on ("my bids") without scanning bids.
-- Written for MySQL 8.4 and MariaDB 10.11 alike; instants are DATETIME(6) in UTC.

CREATE TABLE lot_watch (
    organization_id  BIGINT       NOT NULL,
    lot_id           BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (organization_id, lot_id),
    CONSTRAINT fk_lot_watch_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_lot_watch_auction FOREIGN KEY (lot_id) REFERENCES auction (lot_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_bid_bidder_lot ON bid (bidder_organization_id, lot_id);
