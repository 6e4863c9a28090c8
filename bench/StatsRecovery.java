import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * The Java half of bench/stats-recovery.sh, a single-file program on the app jar's classpath (MySQL driver,
 * Jackson): {@code java -cp APP.jar bench/StatsRecovery.java seed | run}.
 *
 * <ul>
 * <li>{@code seed}: 500 recyclers and 2,000 sellers (organization rows), BENCH_LINES recovery lines (one per lot
 * and element; 5 years, 17 elements, 30 regions, 11 categories) into {@code bench_recovery_line} with batched
 * multi-row INSERTs (seeded random, so every run loads the same lines), then every rollup of V009 from those
 * lines with INSERT ... SELECT ... GROUP BY: the figures RecoveryRollups.add would have written lot by lot.</li>
 * <li>{@code run}: signs an agency in (made by the first admin through the API), times five agency questions
 * over HTTP (GET /api/v1/stats/recovery, one at a time on one keep-alive connection), then the same questions
 * as GROUP BY over the raw lines over JDBC, checks that both give the same totals, and prints the table.</li>
 * </ul>
 * Environment: BENCH_JDBC_URL, REEX_DB_USER, REEX_DB_PASSWORD, BENCH_LINES; for run also BENCH_BASE_URL,
 * BENCH_REQUESTS, BENCH_WARMUP, BENCH_RAW_REQUESTS, REEX_ADMIN_EMAIL, REEX_ADMIN_PASSWORD.
 */
public class StatsRecovery {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] ELEMENTS = {"Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er",
            "Tm", "Yb", "Lu"};
    static final String[] CATEGORIES = {"NDFEB_MAGNET", "SMCO_MAGNET", "MAGNET_MOTOR", "NIMH_BATTERY",
            "FLUORESCENT_LAMP", "LAMP_PHOSPHOR", "FCC_CATALYST", "AUTO_CATALYST", "POLISHING_POWDER", "MOLTEN_SALT_SLAG",
            "E_WASTE"};
    /** Each category's elements, main ones first (about 6 lines per lot on average; all 17 elements occur). */
    static final Map<String, String[]> TYPICAL = Map.ofEntries(
            Map.entry("NDFEB_MAGNET", new String[]{"Nd", "Pr", "Dy", "Tb", "Gd", "Ho", "Ce"}),
            Map.entry("SMCO_MAGNET", new String[]{"Sm", "Gd", "Pr", "Er"}),
            Map.entry("MAGNET_MOTOR", new String[]{"Nd", "Pr", "Dy", "Tb", "Ho"}),
            Map.entry("NIMH_BATTERY", new String[]{"La", "Ce", "Nd", "Pr", "Sm", "Y"}),
            Map.entry("FLUORESCENT_LAMP", new String[]{"Y", "Eu", "Tb", "La", "Ce", "Gd"}),
            Map.entry("LAMP_PHOSPHOR", new String[]{"Y", "Eu", "Tb", "Ce", "La", "Gd", "Lu"}),
            Map.entry("FCC_CATALYST", new String[]{"La", "Ce", "Nd", "Pr"}),
            Map.entry("AUTO_CATALYST", new String[]{"Ce", "La", "Nd", "Pr", "Y"}),
            Map.entry("POLISHING_POWDER", new String[]{"Ce", "La", "Pr", "Nd"}),
            Map.entry("MOLTEN_SALT_SLAG", new String[]{"Nd", "Pr", "Dy", "La", "Ce", "Sc", "Pm"}),
            Map.entry("E_WASTE", new String[]{"Nd", "Pr", "Dy", "Y", "Eu", "Tb", "Gd", "La", "Ce", "Er", "Yb", "Tm", "Sm"}));
    static final int RECYCLERS = 500;
    static final int SELLERS = 2000;
    static final int REGIONS = 30;
    static final LocalDate FIRST_MONTH = LocalDate.of(2021, 1, 1);
    static final int MONTHS = 60;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length == 1 && args[0].equals("seed")) {
            seed();
        } else if (args.length == 1 && args[0].equals("run")) {
            run();
        } else {
            System.err.println("usage: java -cp APP.jar bench/StatsRecovery.java seed | run");
            System.exit(2);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", env("REEX_DB_USER", "root"));
        p.setProperty("password", env("REEX_DB_PASSWORD", ""));
        // As the app's datasource (application.yml).
        p.setProperty("connectionTimeZone", "UTC");
        p.setProperty("forceConnectionTimeZoneToSession", "true");
        p.setProperty("characterEncoding", "UTF-8");
        p.setProperty("rewriteBatchedStatements", "true");
        return DriverManager.getConnection(env("BENCH_JDBC_URL", null), p);
    }

    static String region(int i) {
        return String.format("Region %02d", i);
    }

    // --- seed ---------------------------------------------------------------------------------------

    static void seed() throws Exception {
        long lines = Long.parseLong(env("BENCH_LINES", "10000000"));
        long start = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            timed(s, "CREATE TABLE bench_recovery_line (month_start DATE NOT NULL, lot_id BIGINT NOT NULL,"
                    + " element VARCHAR(3) NOT NULL, category VARCHAR(30) NOT NULL, region VARCHAR(120) NOT NULL,"
                    + " recycler_id BIGINT NOT NULL, seller_id BIGINT NOT NULL, declared_kg DECIMAL(15,3) NOT NULL,"
                    + " recovered_kg DECIMAL(15,3) NOT NULL, PRIMARY KEY (month_start, lot_id, element))"
                    + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
            long[] recyclerIds = organizations(c, "RECYCLER", "Bench Recycler", RECYCLERS);
            long[] sellerIds = organizations(c, "MANUFACTURER", "Bench Seller", SELLERS);

            c.setAutoCommit(false);
            Random random = new Random(20261206L);
            long t0 = System.nanoTime();
            long written = 0;
            long lot = 0;
            String insert = "INSERT INTO bench_recovery_line (month_start, lot_id, element, category, region, recycler_id,"
                    + " seller_id, declared_kg, recovered_kg) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                int batch = 0;
                // Month by month, lot ids rising: rows arrive in primary-key order, so the load appends.
                for (int m = 0; m < MONTHS && written < lines; m++) {
                    LocalDate month = FIRST_MONTH.plusMonths(m);
                    long monthEnd = m == MONTHS - 1 ? lines : lines * (m + 1) / MONTHS;
                    while (written < monthEnd) {
                        lot++;
                        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                        String region = region(random.nextInt(REGIONS));
                        long recycler = recyclerIds[random.nextInt(RECYCLERS)];
                        long seller = sellerIds[random.nextInt(SELLERS)];
                        String[] typical = TYPICAL.get(category).clone();
                        Arrays.sort(typical); // the primary key's element order
                        boolean any = false;
                        for (int e = 0; e < typical.length && written < lines; e++) {
                            if (random.nextInt(4) == 0 && (any || e < typical.length - 1)) {
                                continue; // not every element in every lot, but at least one
                            }
                            any = true;
                            long declaredGrams = 1 + random.nextInt(5_000_000);
                            long recoveredGrams = declaredGrams * random.nextInt(1100) / 1000;
                            ps.setObject(1, month);
                            ps.setLong(2, lot);
                            ps.setString(3, typical[e]);
                            ps.setString(4, category);
                            ps.setString(5, region);
                            ps.setLong(6, recycler);
                            ps.setLong(7, seller);
                            ps.setBigDecimal(8, BigDecimal.valueOf(declaredGrams, 3));
                            ps.setBigDecimal(9, BigDecimal.valueOf(recoveredGrams, 3));
                            ps.addBatch();
                            written++;
                            if (++batch == 5000) {
                                ps.executeBatch();
                                c.commit();
                                batch = 0;
                                if (written % 1_000_000 < 5000 && written >= 1_000_000) {
                                    System.err.printf("seed: %,d lines (%,d lots) in %.0f s%n", written, lot,
                                            (System.nanoTime() - t0) / 1e9);
                                }
                            }
                        }
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            c.setAutoCommit(true);
            System.err.printf("seed: %7.2f s  %,d recovery lines of %,d lots%n", (System.nanoTime() - t0) / 1e9, written, lot);

            // The rollups, as RecoveryRollups.add writes them, built set-based from the lines.
            String mask = "BIT_OR(1 << (FIELD(element, " + String.join(", ", Arrays.stream(ELEMENTS).map(e -> "'" + e + "'").toList())
                    + ") - 1))";
            timed(s, "INSERT INTO stats_certified_lot (lot_id, certified_at, month_start)"
                    + " SELECT lot_id, MIN(month_start), MIN(month_start) FROM bench_recovery_line GROUP BY lot_id");
            timed(s, "INSERT INTO stats_lot_full (month_start, category, region, recycler_id, seller_id, element_mask,"
                    + " declared_kg, recovered_kg, lots) SELECT month_start, category, region, recycler_id, seller_id, mask,"
                    + " SUM(d), SUM(r), COUNT(*) FROM (SELECT month_start, category, region, recycler_id, seller_id, " + mask
                    + " AS mask, SUM(declared_kg) AS d, SUM(recovered_kg) AS r FROM bench_recovery_line"
                    + " GROUP BY month_start, lot_id, category, region, recycler_id, seller_id) l"
                    + " GROUP BY month_start, category, region, recycler_id, seller_id, mask");
            timed(s, "INSERT INTO stats_element_full (month_start, element, category, region, recycler_id, seller_id,"
                    + " declared_kg, recovered_kg, lots) SELECT month_start, element, category, region, recycler_id, seller_id,"
                    + " SUM(declared_kg), SUM(recovered_kg), COUNT(*) FROM bench_recovery_line"
                    + " GROUP BY month_start, element, category, region, recycler_id, seller_id");
            rollUp(s, "stats_element", "stats_element_full", "element", new String[][]{
                    {"m", ""}, {"mc", "category"}, {"mr", "region"}, {"mcr", "category, region"},
                    {"mrec", "recycler_id"}, {"msel", "seller_id"}});
            rollUp(s, "stats_lot", "stats_lot_full", null, new String[][]{
                    {"m", ""}, {"mc", "category"}, {"mr", "region"}, {"mcr", "category, region"},
                    {"mrec", "recycler_id"}, {"msel", "seller_id"}});
            for (String table : List.of("bench_recovery_line", "stats_element_full", "stats_element_mcr", "stats_lot_full")) {
                timed(s, "ANALYZE TABLE " + table);
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM bench_recovery_line),"
                    + " (SELECT COUNT(*) FROM stats_certified_lot), (SELECT COUNT(*) FROM stats_element_full),"
                    + " (SELECT COUNT(*) FROM stats_element_mcr), (SELECT COUNT(*) FROM stats_element_m),"
                    + " (SELECT COUNT(*) FROM stats_lot_full), (SELECT COUNT(*) FROM stats_lot_mrec)")) {
                rs.next();
                System.out.printf("seed: %,d recovery lines, %,d lots; cube rows: element full %,d, month x element x"
                                + " category x region %,d, month x element %,d, lot full %,d, month x recycler %,d; in %.1f s%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), (System.nanoTime() - start) / 1e9);
            }
        }
    }

    static void rollUp(Statement s, String prefix, String full, String element, String[][] grains) throws SQLException {
        for (String[] grain : grains) {
            String keys = "month_start" + (element == null ? "" : ", " + element) + (grain[1].isEmpty() ? "" : ", " + grain[1]);
            timed(s, "INSERT INTO " + prefix + "_" + grain[0] + " (" + keys + ", declared_kg, recovered_kg, lots) SELECT "
                    + keys + ", SUM(declared_kg), SUM(recovered_kg), SUM(lots) FROM " + full + " GROUP BY " + keys);
        }
    }

    static long[] organizations(Connection c, String type, String prefix, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO organization (name, type, region, latitude, longitude)"
                + " VALUES (?, ?, ?, 25.8, 114.9)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < n; i++) {
                // Every tenth name in Chinese, as real ones are.
                ps.setString(1, (i % 10 == 0 ? "稀土回收 " : "") + prefix + " " + (i + 1));
                ps.setString(2, type);
                ps.setString(3, region(i % REGIONS));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    ids[i] = keys.getLong(1);
                }
            }
        }
        return ids;
    }

    static void timed(Statement s, String sql) throws SQLException {
        long t0 = System.nanoTime();
        boolean results = s.execute(sql);
        long updated = results ? -1 : s.getLargeUpdateCount();
        if (results) {
            s.getResultSet().close();
        }
        String head = sql.replaceAll("\\s+", " ");
        System.err.printf("seed: %7.2f s  %s%s%n", (System.nanoTime() - t0) / 1e9,
                head.length() > 90 ? head.substring(0, 90) + "..." : head, updated >= 0 ? "  (" + updated + " rows)" : "");
    }

    // --- run ----------------------------------------------------------------------------------------

    /** One agency question: the route's query string and the GROUP BY over the raw lines that answers it. */
    record Question(String name, String query, String raw, String rawTotals) {
    }

    record Stats(int n, double p50, double p95, double max) {
        static Stats of(double[] ms) {
            double[] s = ms.clone();
            Arrays.sort(s);
            return new Stats(s.length, rank(s, 0.50), rank(s, 0.95), s[s.length - 1]);
        }

        static double rank(double[] sorted, double q) { // nearest rank
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        }
    }

    static List<Question> questions() {
        String last = "2025";
        String region = region(7);
        String sums = "SUM(declared_kg), SUM(recovered_kg), COUNT(*)";
        String lots = "SUM(declared_kg), SUM(recovered_kg), COUNT(DISTINCT lot_id)";
        return List.of(
                new Question("element x month, one year",
                        "from=" + last + "-01&to=" + last + "-12&groupBy=element,month",
                        "SELECT element, month_start, " + sums + " FROM bench_recovery_line WHERE month_start BETWEEN '"
                                + last + "-01-01' AND '" + last + "-12-01' GROUP BY element, month_start",
                        "SELECT " + lots + " FROM bench_recovery_line WHERE month_start BETWEEN '" + last
                                + "-01-01' AND '" + last + "-12-01'"),
                new Question("region x element, one quarter",
                        "from=" + last + "-10&to=" + last + "-12&groupBy=region,element",
                        "SELECT region, element, " + sums + " FROM bench_recovery_line WHERE month_start BETWEEN '"
                                + last + "-10-01' AND '" + last + "-12-01' GROUP BY region, element",
                        "SELECT " + lots + " FROM bench_recovery_line WHERE month_start BETWEEN '" + last
                                + "-10-01' AND '" + last + "-12-01'"),
                new Question("recycler top 50, one year",
                        "from=" + last + "-01&to=" + last + "-12&groupBy=recycler",
                        "SELECT recycler_id, " + lots + " FROM bench_recovery_line WHERE month_start BETWEEN '" + last
                                + "-01-01' AND '" + last + "-12-01' GROUP BY recycler_id ORDER BY SUM(recovered_kg) DESC LIMIT 50",
                        "SELECT " + lots + " FROM bench_recovery_line WHERE month_start BETWEEN '" + last
                                + "-01-01' AND '" + last + "-12-01'"),
                new Question("category x quarter, 5 years, Dy",
                        "from=2021-01&to=2025-12&groupBy=category,quarter&element=Dy",
                        "SELECT category, YEAR(month_start), QUARTER(month_start), " + sums + " FROM bench_recovery_line"
                                + " WHERE element = 'Dy' GROUP BY category, YEAR(month_start), QUARTER(month_start)",
                        "SELECT " + lots + " FROM bench_recovery_line WHERE element = 'Dy'"),
                new Question("everything for one region",
                        "from=2021-01&to=2025-12&groupBy=element,category&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8),
                        "SELECT element, category, " + sums + " FROM bench_recovery_line WHERE region = '" + region
                                + "' GROUP BY element, category",
                        "SELECT " + lots + " FROM bench_recovery_line WHERE region = '" + region + "'"));
    }

    static void run() throws Exception {
        String base = env("BENCH_BASE_URL", null);
        int requests = Integer.parseInt(env("BENCH_REQUESTS", "200"));
        int warmup = Integer.parseInt(env("BENCH_WARMUP", "50"));
        int rawRequests = Integer.parseInt(env("BENCH_RAW_REQUESTS", "5"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String token = agency(http, base);

        List<String> lines = new ArrayList<>();
        String server;
        long rawLines;
        try (Connection connection = connect()) {
            server = connection.getMetaData().getDatabaseProductVersion();
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM bench_recovery_line")) {
                rs.next();
                rawLines = rs.getLong(1);
            }
            for (Question q : questions()) {
                double[] one = new double[1];
                JsonNode body = null;
                for (int i = 0; i < warmup; i++) {
                    body = get(http, base, token, q.query(), one);
                }
                double[] ms = new double[requests];
                for (int i = 0; i < requests; i++) {
                    body = get(http, base, token, q.query(), one);
                    ms[i] = one[0];
                }
                Stats route = Stats.of(ms);
                System.err.printf("run: HTTP %-34s p50 %.2f ms%n", q.name(), route.p50());

                double[] raw = new double[rawRequests];
                int rawRows = 0;
                try (PreparedStatement ps = connection.prepareStatement(q.raw())) {
                    for (int i = 0; i < rawRequests; i++) {
                        long t0 = System.nanoTime();
                        int count = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                count++;
                            }
                        }
                        raw[i] = (System.nanoTime() - t0) / 1e6;
                        rawRows = count;
                    }
                }
                Stats rawStats = Stats.of(raw);
                System.err.printf("run: SQL  %-34s p50 %.2f ms%n", q.name(), rawStats.p50());

                // Same figures both ways (totals: kg and distinct lots).
                String same;
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(q.rawTotals())) {
                    rs.next();
                    JsonNode totals = body.path("totals");
                    same = rs.getBigDecimal(1).setScale(3).toPlainString().equals(totals.path("declaredKg").asText())
                            && rs.getBigDecimal(2).setScale(3).toPlainString().equals(totals.path("recoveredKg").asText())
                            && rs.getLong(3) == totals.path("lots").asLong() ? "yes" : "NO";
                }
                lines.add(String.format("%-34s %5d %8.2f %8.2f %6d %9.1f %9.1f %7d %8.0fx %5s", q.name(), body.path("rows").size(),
                        route.p50(), route.p95(), rawRows, rawStats.p50(), rawStats.p95(), rawStats.n(),
                        rawStats.p50() / route.p50(), same));
            }
        }
        System.out.println();
        System.out.printf("GET /api/v1/stats/recovery as an agency over %,d recovery lines: %d requests per question after %d"
                + " warm-up, one at a time; raw: the same GROUP BY over bench_recovery_line (clustered by month), %d runs;"
                + " server %s%n%n", rawLines, requests, warmup, rawRequests, server);
        String header = String.format("%-34s %5s %8s %8s %6s %9s %9s %7s %9s %5s", "question", "rows", "p50 ms", "p95 ms",
                "raw rows", "raw p50", "raw p95", "raw n", "p50 ratio", "same");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));
        lines.forEach(System.out::println);
    }

    static String agency(HttpClient http, String base) throws Exception {
        String admin = login(http, base, env("REEX_ADMIN_EMAIL", "admin@reex.local"), env("REEX_ADMIN_PASSWORD", "admin-password"));
        String suffix = Long.toHexString(System.nanoTime());
        JsonNode org = post(http, base, "/api/v1/organizations", admin, Map.of("name", "Bench Agency " + suffix, "type", "AGENCY",
                "region", "Beijing", "latitude", 39.9, "longitude", 116.4));
        String email = "bench-agency-" + suffix + "@agency.example";
        post(http, base, "/api/v1/organizations/" + org.get("id").asLong() + "/users", admin,
                Map.of("email", email, "password", "bench-password-" + suffix, "displayName", "Bench Inspector"));
        return login(http, base, email, "bench-password-" + suffix);
    }

    static String login(HttpClient http, String base, String email, String password) throws Exception {
        return post(http, base, "/api/v1/auth/login", null, Map.of("email", email, "password", password)).get("accessToken").asText();
    }

    static JsonNode post(HttpClient http, String base, String path, String token, Map<String, Object> body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static JsonNode get(HttpClient http, String base, String token, String query, double[] ms) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/stats/recovery?" + query))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        ms[0] = (System.nanoTime() - t0) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/stats/recovery?" + query + " answered " + response.statusCode()
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(response.body());
    }
}
