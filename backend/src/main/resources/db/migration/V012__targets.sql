-- Recovery targets set by agencies (docs/adr/012-recovery-targets.md). Progress is not stored: it is read
-- from the statistics rollups (V009) when a target is shown.
--
-- region '' means nationwide and element '' all rare earths together, so that (year, region, element) can be
-- unique (a NULL would let the same target be set twice).
CREATE TABLE recovery_target (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    target_year           INT           NOT NULL,
    region                VARCHAR(120)  NOT NULL,
    element               VARCHAR(3)    NOT NULL,
    target_recovered_kg   DECIMAL(20,3) NULL,
    target_recovery_rate  DECIMAL(9,6)  NULL,
    version               BIGINT        NOT NULL,
    created_by_user_id    BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_by_user_id    BIGINT        NULL,
    updated_at            DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_recovery_target (target_year, region, element),
    CONSTRAINT chk_recovery_target_figure CHECK (target_recovered_kg IS NOT NULL OR target_recovery_rate IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
