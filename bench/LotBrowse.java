import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The Java half of bench/lot-browse.sh, run as a single-file program on the app jar's classpath (MySQL
 * driver, Jackson): {@code java -cp APP.jar bench/LotBrowse.java seed FILE | run}.
 *
 * <ul>
 * <li>{@code seed FILE}: runs the seed SQL statement by statement over JDBC, printing each one's time.</li>
 * <li>{@code run}: registers a recycler through the API, times GET /api/v1/lots over HTTP/1.1 (one
 * keep-alive connection, one request at a time) for each case, then times the same main SELECT the app
 * issues (LotSearchRepository, same driver and session settings) over JDBC, prints EXPLAIN, and the table.</li>
 * </ul>
 * Environment: BENCH_JDBC_URL, REEX_DB_USER, REEX_DB_PASSWORD; for run also BENCH_BASE_URL, BENCH_REQUESTS,
 * BENCH_WARMUP, BENCH_CATEGORY, BENCH_ELEMENT, BENCH_LIMIT.
 */
public class LotBrowse {

    // The statement LotSearchRepository.fetch builds for a recycler (listedOnly) with a category and an element.
    static final String SELECT = "SELECT l.id, l.title, l.category, l.gross_mass_kg, l.contained_ree_kg, l.region, "
            + "l.status, l.closes_at, l.created_at, o.name AS seller_name FROM lot l "
            + "JOIN organization o ON o.id = l.seller_organization_id"
            + " WHERE 1 = 1 AND l.published_at IS NOT NULL AND l.category = ?"
            + " AND (SELECT c.fraction FROM lot_composition c WHERE c.lot_id = l.id AND c.element = ?) > 0";
    static final String CLOSING_SOON = SELECT + " AND l.closes_at IS NOT NULL ORDER BY l.closes_at, l.id LIMIT ?";
    static final String CLOSING_SOON_AFTER = SELECT + " AND l.closes_at IS NOT NULL"
            + " AND (l.closes_at > ? OR (l.closes_at = ? AND l.id > ?)) ORDER BY l.closes_at, l.id LIMIT ?";
    static final String NEWEST = SELECT + " ORDER BY l.id DESC LIMIT ?";
    static final String CONTAINED_REE = SELECT + " ORDER BY l.contained_ree_kg DESC, l.id DESC LIMIT ?";
    // What the app sent before 2026-11-28: the element filter as EXISTS, which MariaDB flattens into a join over
    // every lot declaring the element plus a filesort. Timed next to the real one to show why it changed.
    static final String CLOSING_SOON_SCALAR = CLOSING_SOON.replace(
            "(SELECT c.fraction FROM lot_composition c WHERE c.lot_id = l.id AND c.element = ?) > 0",
            "EXISTS (SELECT 1 FROM lot_composition c WHERE c.lot_id = l.id AND c.element = ? AND c.fraction > 0)");

    static final ObjectMapper JSON = new ObjectMapper();

    record Case(String name, String sort, String cursor, String sql, List<Object> args) {}

    record Stats(int n, double p50, double p95, double p99, double max, double mean) {
        static Stats of(double[] ms) {
            double[] s = ms.clone();
            Arrays.sort(s);
            return new Stats(s.length, rank(s, 0.50), rank(s, 0.95), rank(s, 0.99), s[s.length - 1],
                    Arrays.stream(s).average().orElse(0));
        }

        static double rank(double[] sorted, double q) { // nearest rank
            return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
        }
    }

    record Row(String what, String how, Stats stats, int rows) {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length >= 2 && args[0].equals("seed")) {
            seed(Path.of(args[1]));
        } else if (args.length == 1 && args[0].equals("run")) {
            run();
        } else {
            System.err.println("usage: java -cp APP.jar bench/LotBrowse.java seed FILE | run");
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

    // --- seed ---------------------------------------------------------------------------------------

    static void seed(Path file) throws Exception {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.stripLeading().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        long start = System.nanoTime();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                long t0 = System.nanoTime();
                boolean hasResults = statement.execute(sql);
                long updated = hasResults ? -1 : statement.getLargeUpdateCount();
                if (hasResults) {
                    statement.getResultSet().close();
                }
                String head = sql.replaceAll("\\s+", " ");
                System.err.printf("seed: %6.2f s  %s%s%n", (System.nanoTime() - t0) / 1e9,
                        head.length() > 70 ? head.substring(0, 70) + "..." : head,
                        updated >= 0 ? "  (" + updated + " rows)" : "");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (ResultSet rs = statement.executeQuery("SELECT (SELECT COUNT(*) FROM lot),"
                    + " (SELECT COUNT(*) FROM lot WHERE status = 'OPEN'), (SELECT COUNT(*) FROM lot WHERE status = 'DRAFT'),"
                    + " (SELECT COUNT(*) FROM lot_composition), (SELECT COUNT(DISTINCT region) FROM lot),"
                    + " (SELECT COUNT(DISTINCT category) FROM lot), (SELECT MIN(gross_mass_kg) FROM lot),"
                    + " (SELECT MAX(gross_mass_kg) FROM lot),"
                    + " (SELECT MAX(s) FROM (SELECT SUM(fraction) AS s FROM lot_composition GROUP BY lot_id) t),"
                    + " (SELECT COUNT(*) FROM organization WHERE name LIKE 'Bench Seller %')")) {
                rs.next();
                System.out.printf("seed: %d lots (%d OPEN, %d DRAFT), %d composition lines, %d regions, %d categories,"
                                + " mass %s-%s kg, max composition sum %s, %d sellers, in %.1f s%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getBigDecimal(7).toPlainString(), rs.getBigDecimal(8).toPlainString(),
                        rs.getBigDecimal(9).toPlainString(), rs.getLong(10), seconds);
            }
        }
    }

    // --- run ----------------------------------------------------------------------------------------

    static void run() throws Exception {
        String base = env("BENCH_BASE_URL", null);
        int requests = Integer.parseInt(env("BENCH_REQUESTS", "300"));
        int warmup = Integer.parseInt(env("BENCH_WARMUP", "100"));
        String category = env("BENCH_CATEGORY", "NDFEB_MAGNET");
        String element = env("BENCH_ELEMENT", "Dy");
        int limit = Integer.parseInt(env("BENCH_LIMIT", "50"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String token = register(http, base);

        String filters = "category=" + category + "&element=" + element + "&limit=" + limit;
        // Page 3 of the main case: follow nextCursor twice.
        String c2 = page(http, base, token, filters, null).path("nextCursor").asText(null);
        String c3 = c2 == null ? null : page(http, base, token, filters + "&cursor=" + enc(c2), null).path("nextCursor").asText(null);
        if (c3 == null) {
            throw new IllegalStateException("the main case has fewer than 3 pages; no cursor for page 3");
        }
        // CLOSING_SOON|d|<closes_at>|<id>, see LotSearchRepository.Position
        String[] position = new String(Base64.getUrlDecoder().decode(c3), StandardCharsets.UTF_8).split("\\|", -1);
        Timestamp after = Timestamp.from(Instant.parse(position[2]));
        long afterId = Long.parseLong(position[3]);

        List<Case> cases = List.of(
                new Case("CLOSING_SOON (default)", null, null, CLOSING_SOON, List.of(category, element, limit + 1)),
                new Case("NEWEST", "NEWEST", null, NEWEST, List.of(category, element, limit + 1)),
                new Case("CONTAINED_REE", "CONTAINED_REE", null, CONTAINED_REE, List.of(category, element, limit + 1)),
                new Case("CLOSING_SOON page 3 (cursor)", null, c3, CLOSING_SOON_AFTER,
                        List.of(category, element, after, after, afterId, limit + 1)));

        List<Row> table = new ArrayList<>();
        for (Case c : cases) {
            String query = filters + (c.sort() == null ? "" : "&sort=" + c.sort()) + (c.cursor() == null ? "" : "&cursor=" + enc(c.cursor()));
            table.add(httpCase(http, base, token, c.name(), query, warmup, requests));
            System.err.printf("run: HTTP %-30s done%n", c.name());
        }
        String server;
        List<String> explains = new ArrayList<>();
        try (Connection connection = connect()) {
            server = connection.getMetaData().getDatabaseProductVersion();
            int sqlWarmup = Math.min(warmup, 20); // the server is warm by now; this only warms the driver
            for (Case c : cases) {
                table.add(sqlCase(connection, c, sqlWarmup, requests, "SQL"));
            }
            Case scalar = new Case("CLOSING_SOON (default)", null, null, CLOSING_SOON_SCALAR, cases.get(0).args());
            table.add(sqlCase(connection, scalar, sqlWarmup, requests, "SQL*"));
            boolean mariadb = server.toLowerCase(Locale.ROOT).contains("mariadb");
            for (Case c : cases) {
                explains.add("EXPLAIN " + c.name() + ":\n" + explain(connection, "EXPLAIN " + c.sql(), c.args()));
            }
            // Actual rows read by the main query, to tell a good plan from a lucky one.
            explains.add((mariadb ? "ANALYZE " : "EXPLAIN ANALYZE ") + cases.get(0).name() + " (actual rows):\n"
                    + explain(connection, (mariadb ? "ANALYZE " : "EXPLAIN ANALYZE ") + cases.get(0).sql(), cases.get(0).args()));
            explains.add("EXPLAIN SQL* " + scalar.name() + ", element as EXISTS (the old form):\n"
                    + explain(connection, "EXPLAIN " + scalar.sql(), scalar.args()));
        }

        System.out.println();
        System.out.printf("GET /api/v1/lots?%s as a signed-in recycler; %d requests per case after %d warm-up, one at a time;%n",
                filters, requests, warmup);
        System.out.printf("SQL: the main SELECT the app sends (without its second, per-page element lookup), over JDBC; server %s%n", server);
        System.out.printf("SQL*: the same with the element filter as EXISTS (the form the app used before; not what it sends now)%n%n");
        String header = String.format("%-30s %-5s %6s %5s %8s %8s %8s %8s %8s", "case", "via", "n", "rows",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "per s");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));
        for (Row r : table) {
            Stats s = r.stats();
            System.out.printf("%-30s %-5s %6d %5d %8.2f %8.2f %8.2f %8.2f %8.0f%n", r.what(), r.how(), s.n(), r.rows(),
                    s.p50(), s.p95(), s.p99(), s.max(), 1000 / s.mean());
        }
        System.out.println();
        explains.forEach(System.out::println);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String register(HttpClient http, String base) throws Exception {
        String suffix = Long.toHexString(System.nanoTime());
        String body = JSON.writeValueAsString(java.util.Map.of(
                "organizationName", "Bench Recycler " + suffix, "organizationType", "RECYCLER",
                "email", "bench-" + suffix + "@recycler.example", "password", "bench-password-" + suffix,
                "displayName", "Bench Recycler", "region", "Ganzhou", "latitude", 25.831, "longitude", 114.9336));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/register"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("register answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("accessToken").asText();
    }

    static HttpRequest get(String base, String token, String query) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/lots?" + query))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    static JsonNode page(HttpClient http, String base, String token, String query, double[] ms) throws Exception {
        HttpRequest request = get(base, token, query);
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long t1 = System.nanoTime();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/lots?" + query + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        if (ms != null) {
            ms[0] = (t1 - t0) / 1e6;
        }
        return JSON.readTree(response.body());
    }

    static Row httpCase(HttpClient http, String base, String token, String name, String query, int warmup, int requests)
            throws Exception {
        double[] one = new double[1];
        for (int i = 0; i < warmup; i++) {
            page(http, base, token, query, one);
        }
        double[] ms = new double[requests];
        int rows = -1;
        for (int i = 0; i < requests; i++) {
            JsonNode body = page(http, base, token, query, one);
            ms[i] = one[0];
            rows = body.path("items").size();
        }
        return new Row(name, "HTTP", Stats.of(ms), rows);
    }

    static void bind(PreparedStatement statement, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            if (arg instanceof Timestamp t) {
                statement.setTimestamp(i + 1, t);
            } else if (arg instanceof Long n) {
                statement.setLong(i + 1, n);
            } else if (arg instanceof Integer n) {
                statement.setInt(i + 1, n);
            } else {
                statement.setString(i + 1, (String) arg);
            }
        }
    }

    static Row sqlCase(Connection connection, Case c, int warmup, int requests, String how) throws SQLException {
        double[] ms = new double[requests];
        int rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(c.sql())) {
            bind(statement, c.args());
            for (int i = -warmup; i < requests; i++) {
                long t0 = System.nanoTime();
                int count = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getTimestamp(8);
                        count++;
                    }
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    rows = count;
                }
            }
        }
        return new Row(c.name(), how, Stats.of(ms), rows);
    }

    static String explain(Connection connection, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                List<String[]> lines = new ArrayList<>();
                String[] head = new String[n];
                for (int i = 0; i < n; i++) {
                    head[i] = md.getColumnLabel(i + 1);
                }
                lines.add(head);
                while (rs.next()) {
                    String[] line = new String[n];
                    for (int i = 0; i < n; i++) {
                        String v = rs.getString(i + 1);
                        line[i] = v == null ? "NULL" : v;
                    }
                    lines.add(line);
                }
                if (n == 1) { // EXPLAIN ANALYZE on MySQL: one tree
                    return lines.size() > 1 ? "  " + lines.get(1)[0].replace("\n", "\n  ") : "";
                }
                int[] width = new int[n];
                for (String[] line : lines) {
                    for (int i = 0; i < n; i++) {
                        width[i] = Math.max(width[i], line[i].length());
                    }
                }
                StringBuilder out = new StringBuilder();
                for (String[] line : lines) {
                    out.append(' ');
                    for (int i = 0; i < n; i++) {
                        out.append(' ').append(String.format("%-" + width[i] + "s", line[i]));
                    }
                    out.append('\n');
                }
                return out.toString();
            }
        }
    }
}
