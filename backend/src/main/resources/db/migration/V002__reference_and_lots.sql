-- Reference data (shipped from shared/reference with its sources), scrap lots, their auctions' settings
-- and documents. Written for MySQL 8.4 and MariaDB 10.11 alike.

CREATE TABLE element (
    symbol                 VARCHAR(3)   NOT NULL,
    atomic_number          INT          NOT NULL,
    name                   VARCHAR(40)  NOT NULL,
    atomic_mass            DECIMAL(9,3) NOT NULL,
    element_group          VARCHAR(10)  NOT NULL,
    oxide_formula          VARCHAR(20)  NOT NULL,
    metal_to_oxide_factor  DECIMAL(9,4) NOT NULL,
    PRIMARY KEY (symbol),
    CONSTRAINT uq_element_atomic_number UNIQUE (atomic_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO element (symbol, atomic_number, name, atomic_mass, element_group, oxide_formula, metal_to_oxide_factor) VALUES
    ('Sc', 21, 'Scandium', 44.956, 'HEAVY', 'Sc2O3', 1.5338),
    ('Y', 39, 'Yttrium', 88.906, 'HEAVY', 'Y2O3', 1.2699),
    ('La', 57, 'Lanthanum', 138.905, 'LIGHT', 'La2O3', 1.1728),
    ('Ce', 58, 'Cerium', 140.116, 'LIGHT', 'CeO2', 1.2284),
    ('Pr', 59, 'Praseodymium', 140.908, 'LIGHT', 'Pr6O11', 1.2082),
    ('Nd', 60, 'Neodymium', 144.242, 'LIGHT', 'Nd2O3', 1.1664),
    ('Pm', 61, 'Promethium', 145.0, 'LIGHT', 'Pm2O3', 1.1655),
    ('Sm', 62, 'Samarium', 150.36, 'MEDIUM', 'Sm2O3', 1.1596),
    ('Eu', 63, 'Europium', 151.964, 'MEDIUM', 'Eu2O3', 1.1579),
    ('Gd', 64, 'Gadolinium', 157.25, 'MEDIUM', 'Gd2O3', 1.1526),
    ('Tb', 65, 'Terbium', 158.925, 'MEDIUM', 'Tb4O7', 1.1762),
    ('Dy', 66, 'Dysprosium', 162.5, 'MEDIUM', 'Dy2O3', 1.1477),
    ('Ho', 67, 'Holmium', 164.93, 'HEAVY', 'Ho2O3', 1.1455),
    ('Er', 68, 'Erbium', 167.259, 'HEAVY', 'Er2O3', 1.1435),
    ('Tm', 69, 'Thulium', 168.934, 'HEAVY', 'Tm2O3', 1.1421),
    ('Yb', 70, 'Ytterbium', 173.045, 'HEAVY', 'Yb2O3', 1.1387),
    ('Lu', 71, 'Lutetium', 174.967, 'HEAVY', 'Lu2O3', 1.1372);

CREATE TABLE waste_category (
    code            VARCHAR(30)   NOT NULL,
    position        INT           NOT NULL,
    assay_required  BOOLEAN       NOT NULL,
    hazards         VARCHAR(200)  NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Hazards: mercury in lamps and lamp phosphor, electrolyte and nickel/cobalt in NiMH batteries, pyrophoric
-- grinding dust from magnets, vanadium/nickel in FCC and PGM carriers in autocatalysts, thorium and fluoride
-- salts in molten-salt electrolysis slag.
INSERT INTO waste_category (code, position, assay_required, hazards, note) VALUES
    ('NDFEB_MAGNET', 1, FALSE, 'PYROPHORIC_DUST', 'Typical composition from the sources named per element; an assay declares the real one.'),
    ('SMCO_MAGNET', 2, FALSE, 'PYROPHORIC_DUST', 'Typical composition from the sources named per element; an assay declares the real one.'),
    ('MAGNET_MOTOR', 3, TRUE, '', 'magnet share of motor mass varies too widely for a typical value'),
    ('NIMH_BATTERY', 4, FALSE, 'ELECTROLYTE,HEAVY_METALS', 'Typical composition from the sources named per element; an assay declares the real one.'),
    ('FLUORESCENT_LAMP', 5, TRUE, 'MERCURY', 'whole lamps: phosphor share of lamp mass varies; hazard: mercury'),
    ('LAMP_PHOSPHOR', 6, FALSE, 'MERCURY', 'Typical composition from the sources named per element; an assay declares the real one.'),
    ('FCC_CATALYST', 7, FALSE, 'HEAVY_METALS', 'Typical composition from the sources named per element; an assay declares the real one.'),
    ('AUTO_CATALYST', 8, FALSE, 'HEAVY_METALS', 'Typical composition from the sources named per element; an assay declares the real one.'),
    ('POLISHING_POWDER', 9, FALSE, '', 'Typical composition from the sources named per element; an assay declares the real one.'),
    ('MOLTEN_SALT_SLAG', 10, TRUE, 'RADIOACTIVE,FLUORIDE_SALTS', 'no published typical composition found'),
    ('E_WASTE', 11, TRUE, 'HEAVY_METALS', 'no published typical composition found');

CREATE TABLE category_composition (
    category          VARCHAR(30)   NOT NULL,
    element           VARCHAR(3)    NOT NULL,
    typical_fraction  DECIMAL(9,6)  NOT NULL,
    min_fraction      DECIMAL(9,6)  NOT NULL,
    max_fraction      DECIMAL(9,6)  NOT NULL,
    confidence        VARCHAR(20)   NOT NULL,
    source            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (category, element),
    CONSTRAINT fk_category_composition_category FOREIGN KEY (category) REFERENCES waste_category (code),
    CONSTRAINT fk_category_composition_element FOREIGN KEY (element) REFERENCES element (symbol)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO category_composition (category, element, typical_fraction, min_fraction, max_fraction, confidence, source) VALUES
    ('NDFEB_MAGNET', 'Nd', 0.228, 0.150, 0.325, 'PUBLISHED', 'Nd 29-32.5 wt% general (MDPI Metals 13:779); HDD magnets Nd 22.8 Pr 3.3 Dy 1.2 wt% (J. Rare Earths 41 (2023) 621); e-bike motor magnets Nd 15.2-16.7 wt% (MDPI Materials 18:2946)'),
    ('NDFEB_MAGNET', 'Pr', 0.033, 0.030, 0.051, 'PUBLISHED', 'HDD magnets 3.3 wt% (J. Rare Earths 41 (2023) 621); e-bike motor magnets 4.7-5.1 wt% (MDPI Materials 18:2946)'),
    ('NDFEB_MAGNET', 'Dy', 0.012, 0.006, 0.020, 'PUBLISHED', '0.6-1.2 wt% general (MDPI Metals 13:779); e-bike 1.3-2.0 wt% (MDPI Materials 18:2946)'),
    ('NDFEB_MAGNET', 'Gd', 0.000, 0.000, 0.040, 'PUBLISHED', 'e-bike motor magnets 3.2-4.0 wt% (MDPI Materials 18:2946); absent in most grades'),
    ('SMCO_MAGNET', 'Sm', 0.250, 0.231, 0.338, 'STOICHIOMETRIC', 'Sm2Co17 about 23.1 wt% Sm, SmCo5 about 33.8 wt% Sm (computed from formula masses)'),
    ('NIMH_BATTERY', 'La', 0.035, 0.020, 0.055, 'ESTIMATE', 'total REE about 7 wt% (batteryrecycling.org.au), 5-10 wt% in review (MDPI Metals 16:254); split between La/Ce/Nd/Pr follows mischmetal and is an estimate'),
    ('NIMH_BATTERY', 'Ce', 0.025, 0.015, 0.035, 'ESTIMATE', 'see NIMH_BATTERY La'),
    ('NIMH_BATTERY', 'Nd', 0.007, 0.003, 0.012, 'ESTIMATE', 'see NIMH_BATTERY La'),
    ('NIMH_BATTERY', 'Pr', 0.003, 0.001, 0.006, 'ESTIMATE', 'see NIMH_BATTERY La'),
    ('LAMP_PHOSPHOR', 'Y', 0.180, 0.100, 0.250, 'ESTIMATE', 'about 300 g rare-earth compounds per kg phosphor, Y-based red phosphor YOX the largest part (Dhawan & Tanvar 2022; solvomet.eu); element split is an estimate'),
    ('LAMP_PHOSPHOR', 'Eu', 0.010, 0.005, 0.020, 'ESTIMATE', 'see LAMP_PHOSPHOR Y'),
    ('LAMP_PHOSPHOR', 'Tb', 0.010, 0.005, 0.020, 'ESTIMATE', 'see LAMP_PHOSPHOR Y'),
    ('LAMP_PHOSPHOR', 'Ce', 0.015, 0.005, 0.030, 'ESTIMATE', 'see LAMP_PHOSPHOR Y'),
    ('LAMP_PHOSPHOR', 'La', 0.025, 0.010, 0.040, 'ESTIMATE', 'see LAMP_PHOSPHOR Y'),
    ('FCC_CATALYST', 'La', 0.020, 0.010, 0.030, 'PUBLISHED', 'about 3 wt% La+Ce oxides (Ferella 2019, Sustainability 11:113); La dominant'),
    ('FCC_CATALYST', 'Ce', 0.004, 0.001, 0.010, 'ESTIMATE', 'see FCC_CATALYST La; Ce share is an estimate'),
    ('AUTO_CATALYST', 'Ce', 0.040, 0.030, 0.050, 'PUBLISHED', '3-5 wt% Ce vs 0.2-0.3 wt% PGM (basiq.com; USGS OFR 2013-1037)'),
    ('POLISHING_POWDER', 'Ce', 0.400, 0.250, 0.600, 'ESTIMATE', 'ceria is the main component (Borra 2018, Metals 8:801); fraction is an estimate'),
    ('POLISHING_POWDER', 'La', 0.150, 0.050, 0.250, 'ESTIMATE', 'La-Ce polishing powders; fraction is an estimate');

-- element '*' stands for every rare earth in the lot.
CREATE TABLE typical_recovery_rate (
    category       VARCHAR(30)   NOT NULL,
    process_route  VARCHAR(30)   NOT NULL,
    element        VARCHAR(3)    NOT NULL,
    rate           DECIMAL(9,6)  NOT NULL,
    source         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (category, process_route, element),
    CONSTRAINT fk_typical_recovery_rate_category FOREIGN KEY (category) REFERENCES waste_category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO typical_recovery_rate (category, process_route, element, rate, source) VALUES
    ('NDFEB_MAGNET', 'HYDROMETALLURGY', '*', 0.95, 'near-complete REE recovery by one-shot HCl leaching (MDPI Metals 13:779); 0.95 used as a conservative typical value'),
    ('SMCO_MAGNET', 'HYDROMETALLURGY', 'Sm', 0.99, 'hydrometallurgy >99% Sm (J. Rare Earths review 2026, summarised by rareearthexchanges.com)'),
    ('NIMH_BATTERY', 'HYDROMETALLURGY', 'La', 0.916, 'HCl pilot recovered 91.6% La (MDPI Metals 16:254)'),
    ('NIMH_BATTERY', 'PYROMETALLURGY', '*', 0.80, 'Honda/JMC process extracts >80% at >99% purity (C&EN 2011)'),
    ('FCC_CATALYST', 'HYDROMETALLURGY', 'La', 0.85, 'HCl leach at room temperature 85% La (Ferella 2019); HNO3 >95%'),
    ('POLISHING_POWDER', 'HYDROMETALLURGY', 'Ce', 0.65, 'selective HCl leaching about 65% Ce (Borra 2018, Metals 8:801)'),
    ('AUTO_CATALYST', 'PYROMETALLURGY', 'Ce', 0.0, 'pyrometallurgy loses Ce to slag (basiq.com; USGS OFR 2013-1037)');

CREATE TABLE lot (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    seller_organization_id  BIGINT        NOT NULL,
    title                   VARCHAR(200)  NOT NULL,
    description             TEXT          NOT NULL,
    category                VARCHAR(30)   NOT NULL,
    gross_mass_kg           DECIMAL(15,3) NOT NULL,
    contained_ree_kg        DECIMAL(15,3) NOT NULL,
    contained_reo_kg        DECIMAL(15,3) NOT NULL,
    region                  VARCHAR(120)  NOT NULL,
    latitude                DECIMAL(9,6)  NOT NULL,
    longitude               DECIMAL(9,6)  NOT NULL,
    hazards                 VARCHAR(200)  NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    closes_at               TIMESTAMP(6)  NULL DEFAULT NULL,
    version                 BIGINT        NOT NULL,
    created_at              TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at              TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    published_at            TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_lot_seller FOREIGN KEY (seller_organization_id) REFERENCES organization (id),
    CONSTRAINT fk_lot_category FOREIGN KEY (category) REFERENCES waste_category (code),
    CONSTRAINT ck_lot_mass CHECK (gross_mass_kg > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Browse: each sort has its keyset index; the seller's own list has its own.
CREATE INDEX ix_lot_seller ON lot (seller_organization_id, id);
CREATE INDEX ix_lot_closing ON lot (closes_at, id);
CREATE INDEX ix_lot_contained ON lot (contained_ree_kg, id);
CREATE INDEX ix_lot_status_closing ON lot (status, closes_at, id);
CREATE INDEX ix_lot_category ON lot (category, id);
CREATE INDEX ix_lot_region ON lot (region, id);

CREATE TABLE lot_composition (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    lot_id    BIGINT        NOT NULL,
    element   VARCHAR(3)    NOT NULL,
    fraction  DECIMAL(9,6)  NOT NULL,
    source    VARCHAR(10)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_lot_composition UNIQUE (lot_id, element),
    CONSTRAINT fk_lot_composition_lot FOREIGN KEY (lot_id) REFERENCES lot (id) ON DELETE CASCADE,
    CONSTRAINT fk_lot_composition_element FOREIGN KEY (element) REFERENCES element (symbol),
    CONSTRAINT ck_lot_composition_fraction CHECK (fraction >= 0 AND fraction <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The element filter: lots that declare an element with a fraction above zero.
CREATE INDEX ix_lot_composition_element ON lot_composition (element, fraction, lot_id);

CREATE TABLE auction (
    lot_id              BIGINT        NOT NULL,
    auction_type        VARCHAR(10)   NOT NULL,
    currency            CHAR(3)       NOT NULL,
    start_price         DECIMAL(19,4) NOT NULL,
    reserve_price       DECIMAL(19,4) NULL,
    min_increment       DECIMAL(19,4) NOT NULL,
    opens_at            TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    closes_at           TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    soft_close_seconds  INT           NOT NULL,
    bid_count           INT           NOT NULL DEFAULT 0,
    created_at          TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (lot_id),
    CONSTRAINT fk_auction_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
    CONSTRAINT ck_auction_prices CHECK (start_price > 0 AND min_increment > 0 AND (reserve_price IS NULL OR reserve_price >= start_price))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Documents live in the database (see docs/adr/004-lot-documents-in-the-database.md).
CREATE TABLE lot_document (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    lot_id               BIGINT       NOT NULL,
    kind                 VARCHAR(20)  NOT NULL,
    file_name            VARCHAR(255) NOT NULL,
    content_type         VARCHAR(50)  NOT NULL,
    size_bytes           BIGINT       NOT NULL,
    sha256               CHAR(64)     NOT NULL,
    content              LONGBLOB     NOT NULL,
    uploaded_by_user_id  BIGINT       NOT NULL,
    uploaded_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_lot_document_lot FOREIGN KEY (lot_id) REFERENCES lot (id),
    INDEX ix_lot_document_lot (lot_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
