-- Statistics rollups ("cubes"), kept current by RecoveryRollups.add in the transaction that accepts a
-- recovery report (docs/adr/010-statistics-rollups.md). Every /stats/recovery and /stats/overview query
-- reads the smallest cube whose dimensions cover its group keys and filters; nothing scans reports.
--
-- month_start is the first day of the UTC month in which the report was accepted. Masses are kg with 3
-- decimals (whole grams) on the metal basis; sums stay exact in DECIMAL, oxide figures are computed at
-- query time from element.metal_to_oxide_factor.

-- One row per counted lot: a second add for the same lot is refused, so nothing is counted twice.
CREATE TABLE stats_certified_lot (
    lot_id        BIGINT      NOT NULL,
    certified_at  DATETIME(6) NOT NULL,
    month_start   DATE        NOT NULL,
    PRIMARY KEY (lot_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Element cubes: per element, the declared and recovered kg and the lots that declared or recovered it
-- (an element with both 0 adds nothing).
CREATE TABLE stats_element_m (
    month_start   DATE          NOT NULL,
    element       VARCHAR(3)    NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, element)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_element_mc (
    month_start   DATE          NOT NULL,
    element       VARCHAR(3)    NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, element, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_element_mr (
    month_start   DATE          NOT NULL,
    element       VARCHAR(3)    NOT NULL,
    region        VARCHAR(120)  NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, element, region),
    KEY ix_stats_element_mr_region (region, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_element_mcr (
    month_start   DATE          NOT NULL,
    element       VARCHAR(3)    NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    region        VARCHAR(120)  NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, element, category, region),
    KEY ix_stats_element_mcr_region (region, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_element_mrec (
    month_start   DATE          NOT NULL,
    element       VARCHAR(3)    NOT NULL,
    recycler_id   BIGINT        NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, element, recycler_id),
    KEY ix_stats_element_mrec_recycler (recycler_id, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_element_msel (
    month_start   DATE          NOT NULL,
    element       VARCHAR(3)    NOT NULL,
    seller_id     BIGINT        NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, element, seller_id),
    KEY ix_stats_element_msel_seller (seller_id, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_element_full (
    month_start   DATE          NOT NULL,
    element       VARCHAR(3)    NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    region        VARCHAR(120)  NOT NULL,
    recycler_id   BIGINT        NOT NULL,
    seller_id     BIGINT        NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, element, category, region, recycler_id, seller_id),
    KEY ix_stats_element_full_recycler (recycler_id, month_start),
    KEY ix_stats_element_full_seller (seller_id, month_start),
    KEY ix_stats_element_full_region (region, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lot cubes: lots certified and their declared and recovered kg over all elements (metal basis), for
-- questions without an element. Only the full grain carries element_mask (bit i set when the lot declared
-- or recovered element i of Sc, Y, La, Ce, Pr, Nd, Pm, Sm, Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu), so that
-- "lots with any of these elements" is counted exactly without counting a lot once per element.
CREATE TABLE stats_lot_m (
    month_start   DATE          NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_lot_mc (
    month_start   DATE          NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_lot_mr (
    month_start   DATE          NOT NULL,
    region        VARCHAR(120)  NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, region),
    KEY ix_stats_lot_mr_region (region, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_lot_mcr (
    month_start   DATE          NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    region        VARCHAR(120)  NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, category, region),
    KEY ix_stats_lot_mcr_region (region, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_lot_mrec (
    month_start   DATE          NOT NULL,
    recycler_id   BIGINT        NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, recycler_id),
    KEY ix_stats_lot_mrec_recycler (recycler_id, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_lot_msel (
    month_start   DATE          NOT NULL,
    seller_id     BIGINT        NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, seller_id),
    KEY ix_stats_lot_msel_seller (seller_id, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stats_lot_full (
    month_start   DATE          NOT NULL,
    category      VARCHAR(30)   NOT NULL,
    region        VARCHAR(120)  NOT NULL,
    recycler_id   BIGINT        NOT NULL,
    seller_id     BIGINT        NOT NULL,
    element_mask  INT           NOT NULL,
    declared_kg   DECIMAL(20,3) NOT NULL,
    recovered_kg  DECIMAL(20,3) NOT NULL,
    lots          BIGINT        NOT NULL,
    PRIMARY KEY (month_start, category, region, recycler_id, seller_id, element_mask),
    KEY ix_stats_lot_full_recycler (recycler_id, month_start),
    KEY ix_stats_lot_full_seller (seller_id, month_start),
    KEY ix_stats_lot_full_region (region, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
