-- Bidding: the auction's running state, bids, idempotency records, bidder aliases and the event log that
-- feeds live updates on every instance. Written for MySQL 8.4 and MariaDB 10.11 alike.

ALTER TABLE auction ADD COLUMN seller_organization_id BIGINT NULL;
ALTER TABLE auction ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'OPEN';
ALTER TABLE auction ADD COLUMN current_price DECIMAL(19,4) NULL;
ALTER TABLE auction ADD COLUMN leader_organization_id BIGINT NULL;
ALTER TABLE auction ADD COLUMN leader_bid_id BIGINT NULL;
ALTER TABLE auction ADD COLUMN leader_max DECIMAL(19,4) NULL;
ALTER TABLE auction ADD COLUMN original_closes_at TIMESTAMP(6) NULL DEFAULT NULL;
ALTER TABLE auction ADD COLUMN sequence BIGINT NOT NULL DEFAULT 0;
ALTER TABLE auction ADD COLUMN result VARCHAR(10) NULL;
ALTER TABLE auction ADD COLUMN closed_at TIMESTAMP(6) NULL DEFAULT NULL;
UPDATE auction a SET seller_organization_id = (SELECT l.seller_organization_id FROM lot l WHERE l.id = a.lot_id),
                     original_closes_at = closes_at;
CREATE INDEX ix_auction_closing ON auction (status, closes_at);

CREATE TABLE bid (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    lot_id                  BIGINT        NOT NULL,
    bidder_organization_id  BIGINT        NOT NULL,
    bidder_user_id          BIGINT        NOT NULL,
    amount                  DECIMAL(19,4) NOT NULL,
    max_amount              DECIMAL(19,4) NULL,
    outcome                 VARCHAR(10)   NOT NULL,
    price_after             DECIMAL(19,4) NULL,
    placed_at               TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_bid_lot FOREIGN KEY (lot_id) REFERENCES auction (lot_id),
    CONSTRAINT fk_bid_organization FOREIGN KEY (bidder_organization_id) REFERENCES organization (id),
    INDEX ix_bid_lot (lot_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The first answer to each idempotency key, per bidding organization: a retry gets it again.
CREATE TABLE bid_request (
    organization_id  BIGINT        NOT NULL,
    idempotency_key  VARCHAR(100)  NOT NULL,
    request_hash     CHAR(64)      NOT NULL,
    response_status  INT           NOT NULL,
    response_body    TEXT          NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (organization_id, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE bidder_alias (
    lot_id           BIGINT  NOT NULL,
    organization_id  BIGINT  NOT NULL,
    alias_number     INT     NOT NULL,
    PRIMARY KEY (lot_id, organization_id),
    CONSTRAINT uq_bidder_alias UNIQUE (lot_id, alias_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per change a browser should see; the id of a Server-Sent Event is its sequence.
CREATE TABLE auction_event (
    lot_id       BIGINT        NOT NULL,
    sequence     BIGINT        NOT NULL,
    type         VARCHAR(10)   NOT NULL,
    payload      TEXT          NOT NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (lot_id, sequence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
