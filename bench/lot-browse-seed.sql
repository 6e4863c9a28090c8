-- Seed for bench/lot-browse.sh: 300 sellers and 100,000 lots (about 85% OPEN with an auction, the rest
-- DRAFT) with 1-4 composition lines each, in a database whose schema Flyway has just created.
-- Set-based and deterministic (CRC32 of the row number stands in for a random generator), with no
-- recursive CTE: a cross join of five digit tables gives the row numbers. Written for MySQL 8.4 and
-- MariaDB 10.11 alike; the helper tables name the schema's collation, whatever the server's default.
-- LotBrowse.java runs it statement by statement: a statement ends with ';' at the end of a line; lines
-- starting with '--' are skipped. Times are UTC (the session is pinned to UTC).

-- Refuse to seed on top of real data.
CREATE TABLE bench_guard (n INT NOT NULL, CONSTRAINT ck_bench_guard_empty CHECK (n = 0));
INSERT INTO bench_guard (n) SELECT COUNT(*) FROM lot;
DROP TABLE bench_guard;

CREATE TABLE bench_digit (d INT NOT NULL, PRIMARY KEY (d))
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO bench_digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

-- ~30 regions, the Chinese ones first: sellers are skewed towards the top of the list.
CREATE TABLE bench_region (k INT NOT NULL, name VARCHAR(120) NOT NULL, latitude DECIMAL(9,6) NOT NULL,
                           longitude DECIMAL(9,6) NOT NULL, PRIMARY KEY (k))
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO bench_region (k, name, latitude, longitude) VALUES
    (0, 'Baotou', 40.657400, 109.840300), (1, 'Ganzhou', 25.831000, 114.933600),
    (2, 'Ningbo', 29.868300, 121.544000), (3, 'Longyan', 25.075600, 117.017400),
    (4, 'Liangshan', 27.894500, 102.264400), (5, 'Shanghai', 31.230400, 121.473700),
    (6, 'Shenzhen', 22.543100, 114.057900), (7, 'Xiamen', 24.479800, 118.089400),
    (8, 'Chengdu', 30.572800, 104.066800), (9, 'Hefei', 31.820600, 117.227200),
    (10, 'Tianjin', 39.343400, 117.361600), (11, 'Beijing', 39.904200, 116.407400),
    (12, 'Osaka', 34.693700, 135.502300), (13, 'Tokyo', 35.676200, 139.650300),
    (14, 'Busan', 35.179600, 129.075600), (15, 'Duisburg', 51.434400, 6.762300),
    (16, 'Hamburg', 53.551100, 9.993700), (17, 'Rotterdam', 51.924400, 4.477700),
    (18, 'Antwerp', 51.219400, 4.402500), (19, 'Lyon', 45.764000, 4.835700),
    (20, 'Turin', 45.070300, 7.686900), (21, 'Katowice', 50.264900, 19.023800),
    (22, 'Gothenburg', 57.708900, 11.974600), (23, 'Tampere', 61.497800, 23.761000),
    (24, 'Manchester', 53.480800, -2.242600), (25, 'Pittsburgh', 40.440600, -79.995900),
    (26, 'Houston', 29.760400, -95.369800), (27, 'Toronto', 43.653200, -79.383200),
    (28, 'Perth', -31.950500, 115.860500), (29, 'Pune', 18.520400, 73.856700);

-- The 11 categories with a share of the lots in per mille ([lo, hi) of 0..999) and a title.
CREATE TABLE bench_category (code VARCHAR(30) NOT NULL, lo INT NOT NULL, hi INT NOT NULL,
                             label VARCHAR(60) NOT NULL, PRIMARY KEY (code))
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO bench_category (code, lo, hi, label) VALUES
    ('NDFEB_MAGNET', 0, 180, 'NdFeB magnet scrap'),
    ('SMCO_MAGNET', 180, 220, 'SmCo magnet scrap'),
    ('MAGNET_MOTOR', 220, 330, 'Permanent-magnet motors'),
    ('NIMH_BATTERY', 330, 450, 'NiMH batteries'),
    ('FLUORESCENT_LAMP', 450, 550, 'Fluorescent lamps'),
    ('LAMP_PHOSPHOR', 550, 610, 'Lamp phosphor powder'),
    ('FCC_CATALYST', 610, 690, 'Spent FCC catalyst'),
    ('AUTO_CATALYST', 690, 790, 'Spent autocatalysts'),
    ('POLISHING_POWDER', 790, 840, 'Spent ceria polishing powder'),
    ('MOLTEN_SALT_SLAG', 840, 870, 'Molten-salt electrolysis slag'),
    ('E_WASTE', 870, 1000, 'REE-bearing e-waste');

-- 300 sellers (manufacturers), their region skewed towards the first regions.
INSERT INTO organization (name, type, region, latitude, longitude, created_at)
SELECT CONCAT('Bench Seller ', LPAD(s.k, 3, '0')), 'MANUFACTURER', r.name, r.latitude, r.longitude,
       UTC_TIMESTAMP(6) - INTERVAL 200 DAY
FROM (SELECT a.d + 10 * b.d + 100 * c.d AS k FROM bench_digit a CROSS JOIN bench_digit b CROSS JOIN bench_digit c) s
JOIN bench_region r ON r.k = FLOOR(30 * POW((CRC32(CONCAT('region', s.k)) MOD 1000) / 1000, 1.6))
WHERE s.k < 300;

CREATE TABLE bench_seller (k INT NOT NULL, organization_id BIGINT NOT NULL, region VARCHAR(120) NOT NULL,
                           latitude DECIMAL(9,6) NOT NULL, longitude DECIMAL(9,6) NOT NULL, PRIMARY KEY (k))
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO bench_seller (k, organization_id, region, latitude, longitude)
SELECT CAST(SUBSTRING(name, 14) AS UNSIGNED), id, region, latitude, longitude
FROM organization WHERE name LIKE 'Bench Seller %';

-- 100,000 lot numbers.
CREATE TABLE bench_n (n INT NOT NULL, PRIMARY KEY (n))
    ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO bench_n (n)
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d
FROM bench_digit a CROSS JOIN bench_digit b CROSS JOIN bench_digit c CROSS JOIN bench_digit d CROSS JOIN bench_digit e;

-- Lots: id n+1, created every 77 s over the last ~89 days (ids grow with time), masses log-uniform from
-- 1 kg to 50 t; 15% drafts (no closing time, unpublished), the others OPEN and closing within 60 days.
-- Contained amounts are filled in once the composition is there.
INSERT INTO lot (id, seller_organization_id, title, description, category, gross_mass_kg, contained_ree_kg,
                 contained_reo_kg, region, latitude, longitude, hazards, status, closes_at, version,
                 created_at, updated_at, published_at)
SELECT x.id, x.organization_id,
       CONCAT(x.label, ', ', FORMAT(x.mass, 0), ' kg'),
       CONCAT(x.label, ' from ', x.region, ', ', FORMAT(x.mass, 3), ' kg gross. Seeded by bench/lot-browse.sh.'),
       x.code, x.mass, 0, 0, x.region,
       x.latitude + (CAST(CRC32(CONCAT('lat', x.id)) MOD 2001 AS SIGNED) - 1000) / 10000,
       x.longitude + (CAST(CRC32(CONCAT('lon', x.id)) MOD 2001 AS SIGNED) - 1000) / 10000,
       x.hazards,
       CASE WHEN x.draft THEN 'DRAFT' ELSE 'OPEN' END,
       CASE WHEN x.draft THEN NULL
            ELSE x.now6 + INTERVAL (3600 + CRC32(CONCAT('close', x.id)) MOD (60 * 86400 - 3600)) SECOND END,
       CASE WHEN x.draft THEN 1 ELSE 2 END,
       x.created, x.created,
       CASE WHEN x.draft THEN NULL ELSE x.created END
FROM (
    SELECT n.n + 1 AS id, s.organization_id, s.region, s.latitude, s.longitude, c.code, c.label, w.hazards,
           ROUND(EXP(LN(50000) * (CRC32(CONCAT('mass', n.n)) / 4294967296)), 3) AS mass,
           (CRC32(CONCAT('draft', n.n)) MOD 100) < 15 AS draft,
           UTC_TIMESTAMP(6) AS now6,
           UTC_TIMESTAMP(6) - INTERVAL (77 * (100000 - n.n)) SECOND AS created
    FROM bench_n n
    JOIN bench_seller s ON s.k = CRC32(CONCAT('seller', n.n)) MOD 300
    JOIN bench_category c ON CRC32(CONCAT('category', n.n)) MOD 1000 >= c.lo
                         AND CRC32(CONCAT('category', n.n)) MOD 1000 < c.hi
    JOIN waste_category w ON w.code = c.code
) x
ORDER BY x.id;

-- Composition: 1-4 lines per lot. The category's typical elements come first (in a per-lot random
-- order, fraction drawn between their published min and max), then other elements at trace levels
-- (0.01-2%); promethium is never picked. Sums stay below 1 (at most 0.60 + 0.25 + 2 x 0.02).
INSERT INTO lot_composition (lot_id, element, fraction, source)
SELECT t.lot_id, t.element, t.fraction, t.source
FROM (
    SELECT l.id AS lot_id, e.symbol AS element,
           ROW_NUMBER() OVER (PARTITION BY l.id
                              ORDER BY cc.element IS NULL, e.symbol = 'Pm', CRC32(CONCAT(l.id, e.symbol))) AS rn,
           1 + CRC32(CONCAT('lines', l.id)) MOD 4 AS k,
           CASE WHEN cc.element IS NOT NULL
                THEN ROUND(GREATEST(0.0001, cc.min_fraction + (cc.max_fraction - cc.min_fraction)
                                            * (CRC32(CONCAT('fraction', l.id, e.symbol)) / 4294967296)), 6)
                ELSE ROUND(0.0001 + 0.0199 * (CRC32(CONCAT('fraction', l.id, e.symbol)) / 4294967296), 6) END AS fraction,
           CASE WHEN w.assay_required OR cc.element IS NULL THEN 'ASSAY' ELSE 'TYPICAL' END AS source
    FROM lot l
    CROSS JOIN element e
    JOIN waste_category w ON w.code = l.category
    LEFT JOIN category_composition cc ON cc.category = l.category AND cc.element = e.symbol
) t
WHERE t.rn <= t.k
ORDER BY t.lot_id, t.element;

UPDATE lot l
JOIN (SELECT c.lot_id, SUM(c.fraction) AS ree, SUM(c.fraction * e.metal_to_oxide_factor) AS reo
      FROM lot_composition c JOIN element e ON e.symbol = c.element
      GROUP BY c.lot_id) s ON s.lot_id = l.id
SET l.contained_ree_kg = ROUND(l.gross_mass_kg * s.ree, 3),
    l.contained_reo_kg = ROUND(l.gross_mass_kg * s.reo, 3);

-- Published lots have their auction settings (prices in EUR, scaled with the contained rare earths).
INSERT INTO auction (lot_id, auction_type, currency, start_price, reserve_price, min_increment, opens_at,
                     closes_at, soft_close_seconds, bid_count, created_at)
SELECT l.id, CASE WHEN l.id MOD 5 = 0 THEN 'SEALED' ELSE 'ENGLISH' END, 'EUR',
       ROUND(GREATEST(50, l.contained_ree_kg * 35), 4), NULL, ROUND(GREATEST(5, l.contained_ree_kg * 0.5), 4),
       l.published_at, l.closes_at, 300, 0, l.published_at
FROM lot l
WHERE l.status = 'OPEN'
ORDER BY l.id;

DROP TABLE bench_n;
DROP TABLE bench_seller;
DROP TABLE bench_category;
DROP TABLE bench_region;
DROP TABLE bench_digit;

-- Fresh index statistics, as a long-running server would have them.
ANALYZE TABLE organization, lot, lot_composition, auction;
