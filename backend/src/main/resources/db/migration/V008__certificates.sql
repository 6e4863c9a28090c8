-- Certificates of recycling and the keys that sign them (docs/adr/008-certificate-signing.md).
-- Written for MySQL 8.4 and MariaDB 10.11 alike. Instants are DATETIME(6) holding UTC (the connection's time zone
-- is UTC), which, unlike TIMESTAMP, reaches past 2038.

-- Every key that ever signed a certificate. The public half is served at /.well-known/jwks.json for as long as the
-- row lives, retired or not, so certificates signed before a rotation still verify.
-- private_jwk is filled only for the key a local run generates for itself (local_slot = 1, at most one such row);
-- a configured key (REEX_CERT_SIGNING_KEY) stays in the environment and only its public half is stored here.
CREATE TABLE signing_key (
    kid          VARCHAR(100)  NOT NULL,
    public_jwk   TEXT          NOT NULL,
    private_jwk  TEXT          NULL,
    local_slot   TINYINT       NULL,
    created_at   DATETIME(6)   NOT NULL,
    retired_at   DATETIME(6)   NULL,
    PRIMARY KEY (kid),
    CONSTRAINT uq_signing_key_local_slot UNIQUE (local_slot)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One per lot, written in the transaction that accepts the lot's recovery report. content is the RFC 8785 canonical
-- JSON that jws signs, kept byte for byte so the signature can be checked against what is served.
CREATE TABLE certificate (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    code         VARCHAR(64)   NOT NULL,
    lot_id       BIGINT        NOT NULL,
    content      TEXT          NOT NULL,
    jws          TEXT          NOT NULL,
    key_id       VARCHAR(100)  NOT NULL,
    issued_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_lot UNIQUE (lot_id),
    CONSTRAINT fk_certificate_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
    CONSTRAINT fk_certificate_key FOREIGN KEY (key_id) REFERENCES signing_key (kid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
