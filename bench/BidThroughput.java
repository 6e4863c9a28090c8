import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Java half of bench/bid-throughput.sh, run as a single-file program on the app jar's classpath (MySQL driver,
 * Jackson, HikariCP): {@code java -cp APP.jar bench/BidThroughput.java setup | app | jdbc | profile | table}.
 *
 * <ul>
 * <li>{@code setup}: through the API, an agency, BENCH_BIDDERS recyclers near one spot with verified NdFeB licences,
 * a manufacturer and its published hot lot; then, by SQL, BENCH_LOTS copies of that lot (lot, lot_composition,
 * auction) at the same place. Writes BENCH_STATE.</li>
 * <li>{@code app}: BENCH_CLIENTS HTTP clients bid for BENCH_DURATION seconds (after BENCH_WARMUP untimed seconds),
 * on the hot lot, then on random lots of the 1,000. Appends to BENCH_RESULTS.</li>
 * <li>{@code jdbc}: the statements placeBid's transaction runs, in its order, over plain JDBC (HikariCP, pool
 * BENCH_POOL), from BENCH_CLIENTS threads, same two cases. Appends to BENCH_RESULTS.</li>
 * <li>{@code profile}: a few bids one at a time, for the shell to count the statements in the driver's log.</li>
 * <li>{@code table}: prints BENCH_RESULTS as the comparison table.</li>
 * </ul>
 */
public class BidThroughput {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct-horse-battery";
    static final double LAT = 25.8310, LON = 114.9336; // Ganzhou
    static final BigDecimal START = new BigDecimal("1000.0000"), STEP = new BigDecimal("10.0000");
    static final Pattern AT_LEAST = Pattern.compile("at least ([0-9.]+)");

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args.length >= 1 ? args[0] : "") {
            case "setup" -> setup();
            case "app" -> app();
            case "jdbc" -> jdbc();
            case "profile" -> profile(args.length > 1 ? args[1] : "", args.length > 2 ? args[2] : null);
            case "table" -> table();
            default -> {
                System.err.println("usage: java -cp APP.jar bench/BidThroughput.java setup | app | jdbc | profile look|accepted AMOUNT|refused | table");
                System.exit(2);
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static int envInt(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }

    static void log(String format, Object... args) {
        System.err.printf("bid-throughput: " + format + "%n", args);
    }

    /** As the app's datasource (application.yml). */
    static Properties driverProperties() {
        Properties p = new Properties();
        p.setProperty("user", env("REEX_DB_USER", "root"));
        p.setProperty("password", env("REEX_DB_PASSWORD", ""));
        p.setProperty("connectionTimeZone", "UTC");
        p.setProperty("forceConnectionTimeZoneToSession", "true");
        p.setProperty("characterEncoding", "UTF-8");
        p.setProperty("rewriteBatchedStatements", "true");
        return p;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(env("BENCH_JDBC_URL", null), driverProperties());
    }

    // --- state ----------------------------------------------------------------------------------------

    record Bidder(long organizationId, long userId, String token) {
    }

    record State(long hotLot, List<Long> lots, List<Bidder> bidders) {
        static State load() throws Exception {
            JsonNode n = JSON.readTree(Path.of(env("BENCH_STATE", null)).toFile());
            List<Long> lots = new ArrayList<>();
            n.get("lots").forEach(x -> lots.add(x.asLong()));
            List<Bidder> bidders = new ArrayList<>();
            n.get("bidders").forEach(b -> bidders.add(new Bidder(b.get("organizationId").asLong(), b.get("userId").asLong(),
                    b.get("token").asText())));
            return new State(n.get("hotLot").asLong(), lots, bidders);
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, JsonNode json, String body) {
    }

    static Reply send(String method, String path, Object body, String token, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(env("BENCH_BASE_URL", null) + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text));
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = r.body() == null || r.body().isEmpty() ? null : JSON.readTree(r.body());
            } catch (Exception ignored) {
                // not JSON
            }
            return new Reply(r.statusCode(), json, r.body());
        } catch (Exception e) {
            throw new RuntimeException(method + " " + path + ": " + e, e);
        }
    }

    static Reply post(String path, Object body, String token) {
        return send("POST", path, body, token, Map.of());
    }

    static JsonNode expect(Reply r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " failed: HTTP " + r.status() + " " + r.body());
        }
        return r.json();
    }

    static String login(String email, String password) {
        return expect(post("/api/v1/auth/login", Map.of("email", email, "password", password), null), 200, "login of " + email)
                .get("accessToken").asText();
    }

    static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    // --- setup ----------------------------------------------------------------------------------------

    static void setup() throws Exception {
        int bidders = envInt("BENCH_BIDDERS", 50);
        int lotCount = envInt("BENCH_LOTS", 1000);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long t0 = System.nanoTime();

        String admin = login(env("REEX_ADMIN_EMAIL", "admin@reex.local"), env("REEX_ADMIN_PASSWORD", "admin-password"));
        long agencyId = expect(post("/api/v1/organizations", Map.of("name", "Bench Agency " + run, "type", "AGENCY",
                "region", "Beijing", "latitude", 39.9, "longitude", 116.4), admin), 201, "agency").get("id").asLong();
        String inspector = "inspector-" + run + "@example.com";
        expect(post("/api/v1/organizations/" + agencyId + "/users", Map.of("email", inspector, "password", PASSWORD,
                "displayName", "Bench Inspector"), admin), 201, "agency user");
        String agency = login(inspector, PASSWORD);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Bidder>> futures = new ArrayList<>();
        for (int i = 0; i < bidders; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                Map<String, Object> reg = registration("RECYCLER", "Bench Recycler " + n + " " + run,
                        "bench-r" + n + "-" + run + "@example.com", LAT + 0.001 * n, LON);
                String token = expect(post("/api/v1/auth/register", reg, null), 201, "registration").get("accessToken").asText();
                Map<String, Object> licence = new LinkedHashMap<>();
                licence.put("number", "BENCH-" + run + "-" + n);
                licence.put("issuingAuthority", "Jiangxi Department of Ecology and Environment");
                licence.put("capacities", List.of(Map.of("category", "NDFEB_MAGNET", "tonnesPerYear", "500")));
                licence.put("regionServed", "South China");
                licence.put("maxHaulKm", 500);
                licence.put("validFrom", Instant.now().minus(30, ChronoUnit.DAYS).toString());
                licence.put("validTo", Instant.now().plus(365, ChronoUnit.DAYS).toString());
                licence.put("dischargePermitNumber", "DP-BENCH-" + run + "-" + n);
                long licenceId = expect(post("/api/v1/licences", licence, token), 201, "licence").get("id").asLong();
                expect(post("/api/v1/licences/" + licenceId + "/decision", Map.of("decision", "VERIFY"), agency), 200, "verification");
                JsonNode c = claims(token);
                return new Bidder(c.get("org").asLong(), Long.parseLong(c.get("sub").asText()), token);
            }));
        }
        List<Bidder> list = new ArrayList<>();
        for (Future<Bidder> f : futures) {
            list.add(f.get());
        }
        pool.shutdown();
        log("%d recyclers registered with verified licences (%.1f s)", bidders, (System.nanoTime() - t0) / 1e9);

        Map<String, Object> reg = registration("MANUFACTURER", "Bench Manufacturer " + run, "bench-m-" + run + "@example.com", LAT, LON);
        String seller = expect(post("/api/v1/auth/register", reg, null), 201, "registration").get("accessToken").asText();
        Map<String, Object> lot = new LinkedHashMap<>();
        lot.put("title", "Bench hot lot");
        lot.put("description", "Sorted scrap, palletised.");
        lot.put("category", "NDFEB_MAGNET");
        lot.put("grossMassKg", "1000");
        lot.put("composition", List.of(Map.of("element", "Nd", "fraction", "0.228", "source", "ASSAY"),
                Map.of("element", "Pr", "fraction", "0.033", "source", "ASSAY"),
                Map.of("element", "Dy", "fraction", "0.012", "source", "ASSAY")));
        lot.put("location", Map.of("region", "Ganzhou", "latitude", LAT + 0.02, "longitude", LON + 0.02));
        lot.put("hazards", List.of());
        long hot = expect(post("/api/v1/lots", lot, seller), 201, "lot creation").get("id").asLong();
        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("currency", "CNY");
        publish.put("startPrice", START.toPlainString());
        publish.put("reservePrice", "1200");
        publish.put("minIncrement", STEP.toPlainString());
        publish.put("closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        publish.put("softCloseSeconds", 0);
        publish.put("auctionType", "ENGLISH");
        expect(post("/api/v1/lots/" + hot + "/publish", publish, seller), 200, "publishing");
        JsonNode state = expect(send("GET", "/api/v1/lots/" + hot + "/auction", null, list.get(0).token(), Map.of()), 200, "auction");
        log("hot lot %d published: %s, next minimum %s", hot, state.get("status").asText(), state.get("nextMinimumBid").asText());

        List<Long> lots = seedLots(hot, lotCount);
        // Eligibility is computed live; a copy a bidder may not take would only give 403s.
        Reply probe = send("POST", "/api/v1/lots/" + lots.get(lots.size() - 1) + "/bids",
                "{\"amount\":\"" + START.toPlainString() + "\"}", list.get(0).token(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        expect(probe, 201, "a probe bid on a seeded lot");

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hotLot", hot);
        out.put("lots", lots);
        out.put("bidders", list);
        JSON.writeValue(Path.of(env("BENCH_STATE", null)).toFile(), out);
        log("setup done in %.1f s", (System.nanoTime() - t0) / 1e9);
    }

    static Map<String, Object> registration(String type, String name, String email, double lat, double lon) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationName", name);
        body.put("organizationType", type);
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("displayName", name);
        body.put("region", "Ganzhou");
        body.put("latitude", lat);
        body.put("longitude", lon);
        return body;
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        return cols;
    }

    /** Copies of the published hot lot (same place, seller, composition and auction terms), set-based. */
    static List<Long> seedLots(long hot, int count) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String digits = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 "
                    + "UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
            List<String> lotCols = columns(c, "lot").stream().filter(x -> !x.equals("id")).toList();
            String select = lotCols.stream().map(x -> x.equals("title") ? "CONCAT('Bench lot ', n.i)" : "l." + x)
                    .collect(Collectors.joining(", "));
            int inserted = s.executeUpdate("INSERT INTO lot (" + String.join(", ", lotCols) + ") SELECT " + select
                    + " FROM lot l CROSS JOIN (SELECT a.d * 1000 + b.d * 100 + c.d * 10 + e.d AS i FROM " + digits + " a, "
                    + digits + " b, " + digits + " c, " + digits + " e) n WHERE l.id = " + hot + " AND n.i < " + count
                    + " ORDER BY n.i");
            String copies = "SELECT id FROM lot WHERE id > " + hot + " AND title LIKE 'Bench lot %'";
            List<String> compCols = columns(c, "lot_composition").stream().filter(x -> !x.equals("id")).toList();
            s.executeUpdate("INSERT INTO lot_composition (" + String.join(", ", compCols) + ") SELECT "
                    + compCols.stream().map(x -> x.equals("lot_id") ? "n.id" : "c." + x).collect(Collectors.joining(", "))
                    + " FROM lot_composition c CROSS JOIN (" + copies + ") n WHERE c.lot_id = " + hot);
            List<String> aucCols = columns(c, "auction");
            s.executeUpdate("INSERT INTO auction (" + String.join(", ", aucCols) + ") SELECT "
                    + aucCols.stream().map(x -> x.equals("lot_id") ? "n.id" : "a." + x).collect(Collectors.joining(", "))
                    + " FROM auction a CROSS JOIN (" + copies + ") n WHERE a.lot_id = " + hot);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(copies + " ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM lot), (SELECT COUNT(*) FROM auction WHERE status = 'OPEN'),"
                    + " (SELECT COUNT(*) FROM lot_composition), (SELECT COUNT(*) FROM bid)")) {
                rs.next();
                log("seeded %d lots by SQL (%.1f s): %d lots, %d open auctions, %d composition lines, %d bids in the database",
                        inserted, (System.nanoTime() - t0) / 1e9, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
            return ids;
        }
    }

    // --- the load loop, shared by HTTP and JDBC ---------------------------------------------------------

    /** What one bid attempt told the bidder. */
    record Outcome(int status, BigDecimal nextMinimum, boolean leading) {
    }

    interface Bidding {
        Outcome bid(int client, long lotId, BigDecimal amount) throws Exception;

        /** A look at the auction while leading (GET .../auction); not a bid. */
        Outcome look(int client, long lotId) throws Exception;
    }

    record Result(String kase, String via, int clients, double seconds, long accepted, long refused, long other,
                  long looks, double p50, double p99, String otherDetail) {
    }

    /** What a bidder knows about a lot: the next minimum and who leads, as far as it heard. */
    record Known(BigDecimal next, int leader) {
    }

    static Result load(String kase, String via, List<Long> lots, int clients, int warmupSeconds, int seconds, Bidding bidding)
            throws Exception {
        boolean hot = lots.size() == 1;
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        AtomicLong accepted = new AtomicLong(), refused = new AtomicLong(), other = new AtomicLong(), looks = new AtomicLong();
        Map<Integer, AtomicLong> otherStatuses = new ConcurrentHashMap<>();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        // On one lot each bidder goes by its own last answer; on 1,000 lots it could not know any of them that way,
        // so the bidders share what they heard (as a live feed would tell them).
        Map<Long, Known> shared = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            latencies[i] = new long[1 << 16];
            futures.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Map<Long, Known> known = hot ? new java.util.HashMap<>() : shared;
                int errorsInARow = 0;
                while (System.nanoTime() < end) {
                    long lotId;
                    if (hot) {
                        lotId = lots.get(0);
                        Known k = known.get(lotId);
                        if (k != null && k.leader() == client) {
                            Outcome o = bidding.look(client, lotId);
                            known.put(lotId, new Known(o.nextMinimum(), o.leading() ? client : -1));
                            if (System.nanoTime() >= measureFrom) {
                                looks.incrementAndGet();
                            }
                            if (o.leading()) {
                                Thread.sleep(5);
                            }
                            continue;
                        }
                    } else {
                        Known k;
                        int tries = 0;
                        do {
                            lotId = lots.get(random.nextInt(lots.size()));
                            k = known.get(lotId);
                        } while (k != null && k.leader() == client && ++tries < 20);
                    }
                    Known k = known.get(lotId);
                    BigDecimal amount = k == null ? START : k.next();
                    long t0 = System.nanoTime();
                    Outcome o;
                    try {
                        o = bidding.bid(client, lotId, amount);
                    } catch (Exception e) {
                        o = new Outcome(-1, null, false);
                        if (++errorsInARow > 100) {
                            throw e;
                        }
                    }
                    long t1 = System.nanoTime();
                    if (o.status() != -1) {
                        errorsInARow = 0;
                    }
                    if (o.nextMinimum() != null) {
                        final BigDecimal next = o.nextMinimum();
                        final boolean leads = o.leading();
                        known.merge(lotId, new Known(next, leads ? client : -1), (old, neu) ->
                                neu.leader() == client || neu.next().compareTo(old.next()) > 0 ? neu : old);
                    }
                    if (t0 < measureFrom || t1 > end) {
                        continue;
                    }
                    if (o.status() == 201) {
                        accepted.incrementAndGet();
                    } else if (o.status() == 422) {
                        refused.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                        otherStatuses.computeIfAbsent(o.status(), x -> new AtomicLong()).incrementAndGet();
                        if (o.status() == 409) { // closed: nothing more to bid for
                            return null;
                        }
                    }
                    if (counts[client] == latencies[client].length) {
                        latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                    }
                    latencies[client][counts[client]++] = t1 - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(latencies[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        String detail = otherStatuses.entrySet().stream().map(e -> (e.getKey() == -1 ? "error" : "HTTP " + e.getKey()) + " x" + e.getValue())
                .collect(Collectors.joining(", "));
        Result r = new Result(kase, via, clients, seconds, accepted.get(), refused.get(), other.get(), looks.get(),
                rank(all, 0.50), rank(all, 0.99), detail);
        log("%-14s %-4s %6d accepted (%.1f/s), %6d refused (%.1f/s), %d other%s, %d looks while leading, p50 %.1f ms, p99 %.1f ms",
                kase, via, r.accepted(), r.accepted() / (double) seconds, r.refused(), r.refused() / (double) seconds, r.other(),
                detail.isEmpty() ? "" : " (" + detail + ")", r.looks(), r.p50(), r.p99());
        Files.writeString(Path.of(env("BENCH_RESULTS", null)), JSON.writeValueAsString(r) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return r;
    }

    static double rank(long[] sorted, double q) { // nearest rank, in ms
        return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    // --- over HTTP ------------------------------------------------------------------------------------

    static final class OverHttp implements Bidding {
        final List<Bidder> bidders;

        OverHttp(List<Bidder> bidders) {
            this.bidders = bidders;
        }

        @Override
        public Outcome bid(int client, long lotId, BigDecimal amount) {
            Reply r = send("POST", "/api/v1/lots/" + lotId + "/bids", "{\"amount\":\"" + amount.toPlainString() + "\"}",
                    bidders.get(client).token(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            if (r.status() == 201) {
                JsonNode a = r.json().get("auction");
                return new Outcome(201, new BigDecimal(a.get("nextMinimumBid").asText()), a.get("leading").asBoolean());
            }
            if (r.status() == 422 && r.json() != null) {
                String reason = r.json().path("invalidParams").path(0).path("reason").asText(r.json().path("detail").asText(""));
                Matcher m = AT_LEAST.matcher(reason);
                return new Outcome(422, m.find() ? new BigDecimal(m.group(1)) : null, reason.startsWith("you lead"));
            }
            return new Outcome(r.status(), null, false);
        }

        @Override
        public Outcome look(int client, long lotId) {
            JsonNode a = expect(send("GET", "/api/v1/lots/" + lotId + "/auction", null, bidders.get(client).token(), Map.of()),
                    200, "auction state");
            return new Outcome(200, new BigDecimal(a.get("nextMinimumBid").asText()), a.get("leading").asBoolean());
        }
    }

    static void app() throws Exception {
        State s = State.load();
        int clients = Math.min(envInt("BENCH_CLIENTS", 50), s.bidders().size());
        int seconds = envInt("BENCH_DURATION", 20), warmup = envInt("BENCH_WARMUP", 5);
        OverHttp http = new OverHttp(s.bidders());
        load("hot lot", "app", List.of(s.hotLot()), clients, warmup, seconds, http);
        load(s.lots().size() + " lots", "app", s.lots(), clients, warmup, seconds, http);
    }

    // --- over JDBC ------------------------------------------------------------------------------------

    /**
     * BiddingService.placeBid's statements, in its order, for a bid without a maximum on an English auction:
     * replay check; peek at the auction; MatchingService.mayBid (lot, composition, licences, capacities,
     * organization, mass awarded this year); the auction row FOR UPDATE; the database clock; the replay check
     * again; then, if the amount is enough: bid, alias lookup, auction update (every column, as the CrudRepository
     * does), the leader's alias for the event, auction_event, audit_event, the bidder's highest maximum (for the
     * answer's view); in every case the bid_request row. Payloads and answers are JSON of the app's size.
     */
    static final class OverJdbc implements Bidding {
        static final String REPLAY = "SELECT request_hash, response_status, response_body FROM bid_request "
                + "WHERE organization_id = ? AND idempotency_key = ?";
        static final String AUCTION = "SELECT lot_id, auction_type, currency, start_price, reserve_price, min_increment, opens_at, "
                + "closes_at, soft_close_seconds, bid_count, created_at, seller_organization_id, status, current_price, "
                + "leader_organization_id, leader_bid_id, leader_max, original_closes_at, sequence, result, closed_at "
                + "FROM auction WHERE lot_id = ?";
        static final String LOT = "SELECT * FROM lot WHERE id = ?";
        static final String COMPOSITION = "SELECT id, lot_id, element, fraction, source FROM lot_composition WHERE lot_id = ?";
        static final String LICENCES = "SELECT * FROM licence WHERE organization_id = ?";
        static final String CAPACITIES = "SELECT licence_id, category, tonnes_per_year FROM licence_capacity WHERE licence_id IN (?) "
                + "ORDER BY licence_id, category";
        static final String ORGANIZATION = "SELECT * FROM organization WHERE id = ?";
        static final String AWARDED = "SELECT category, SUM(gross_mass_kg) AS kg FROM lot WHERE awarded_organization_id = ? "
                + "AND awarded_at >= ? AND awarded_at < ? GROUP BY category";
        static final String LOCK = "SELECT * FROM auction WHERE lot_id = ? FOR UPDATE";
        static final String NOW = "SELECT UTC_TIMESTAMP(6)";
        static final String INSERT_BID = "INSERT INTO bid (lot_id, bidder_organization_id, bidder_user_id, amount, max_amount, "
                + "outcome, price_after, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        static final String ALIAS = "SELECT alias_number FROM bidder_alias WHERE lot_id = ? AND organization_id = ?";
        static final String ALIAS_COUNT = "SELECT COUNT(*) FROM bidder_alias WHERE lot_id = ?";
        static final String ALIAS_INSERT = "INSERT INTO bidder_alias (lot_id, organization_id, alias_number) VALUES (?, ?, ?)";
        static final String UPDATE = "UPDATE auction SET auction_type = ?, currency = ?, start_price = ?, reserve_price = ?, "
                + "min_increment = ?, opens_at = ?, closes_at = ?, soft_close_seconds = ?, bid_count = ?, created_at = ?, "
                + "seller_organization_id = ?, status = ?, current_price = ?, leader_organization_id = ?, leader_bid_id = ?, "
                + "leader_max = ?, original_closes_at = ?, sequence = ?, result = ?, closed_at = ? WHERE lot_id = ?";
        static final String EVENT = "INSERT INTO auction_event (lot_id, sequence, type, payload, occurred_at) VALUES (?, ?, ?, ?, ?)";
        static final String AUDIT = "INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, detail, occurred_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)";
        static final String HIGHEST_MAX = "SELECT MAX(max_amount) FROM bid WHERE lot_id = ? AND bidder_organization_id = ?";
        static final String INSERT_REQUEST = "INSERT INTO bid_request (organization_id, idempotency_key, request_hash, "
                + "response_status, response_body) VALUES (?, ?, ?, ?, ?)";

        final HikariDataSource pool;
        final List<Bidder> bidders;

        OverJdbc(List<Bidder> bidders, int poolSize) {
            this.bidders = bidders;
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(env("BENCH_JDBC_URL", null));
            config.setDataSourceProperties(driverProperties());
            config.setUsername(env("REEX_DB_USER", "root"));
            config.setPassword(env("REEX_DB_PASSWORD", ""));
            config.setMaximumPoolSize(poolSize);
            config.setMinimumIdle(poolSize);
            config.setConnectionTimeout(30_000);
            config.setPoolName("bench");
            pool = new HikariDataSource(config);
        }

        static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }

        static void query(Connection c, String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }

        static Long firstLong(Connection c, String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? (Long) rs.getObject(1, Long.class) : null;
            }
        }

        static void update(Connection c, String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(c, sql, args)) {
                ps.executeUpdate();
            }
        }

        static String hash(long lotId, BigDecimal amount) throws Exception {
            String canonical = lotId + "|" + amount.stripTrailingZeros().toPlainString() + "|";
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public Outcome bid(int client, long lotId, BigDecimal amount) throws Exception {
            Bidder me = bidders.get(client);
            String key = UUID.randomUUID().toString();
            String hash = hash(lotId, amount);
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    Outcome o = placeBid(c, me, lotId, amount, key, hash);
                    c.commit();
                    return o;
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                }
            }
        }

        Outcome placeBid(Connection c, Bidder me, long lotId, BigDecimal amount, String key, String hash) throws Exception {
            query(c, REPLAY, me.organizationId(), key);
            query(c, AUCTION, lotId);
            // MatchingService.mayBid
            query(c, LOT, lotId);
            query(c, COMPOSITION, lotId);
            List<Long> licences = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, LICENCES, me.organizationId()); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    licences.add(rs.getLong("id"));
                }
            }
            query(c, CAPACITIES, licences.get(0));
            query(c, ORGANIZATION, me.organizationId());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            query(c, AWARDED, me.organizationId(), Timestamp.from(today.withDayOfYear(1).atStartOfDay(ZoneOffset.UTC).toInstant()),
                    Timestamp.from(today.withDayOfYear(1).plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            // the lock, the clock, the replay check again
            Object[] row;
            try (PreparedStatement ps = prepare(c, LOCK, lotId); ResultSet rs = ps.executeQuery()) {
                rs.next();
                row = new Object[21];
                String[] names = {"auction_type", "currency", "start_price", "reserve_price", "min_increment", "opens_at",
                        "closes_at", "soft_close_seconds", "bid_count", "created_at", "seller_organization_id", "status",
                        "current_price", "leader_organization_id", "leader_bid_id", "leader_max", "original_closes_at",
                        "sequence", "result", "closed_at"};
                for (int i = 0; i < names.length; i++) {
                    row[i] = rs.getObject(names[i]);
                }
                row[20] = lotId;
            }
            Timestamp now;
            try (PreparedStatement ps = c.prepareStatement(NOW); ResultSet rs = ps.executeQuery()) {
                rs.next();
                now = rs.getTimestamp(1);
            }
            query(c, REPLAY, me.organizationId(), key);

            BigDecimal price = (BigDecimal) row[12], step = (BigDecimal) row[4], start = (BigDecimal) row[2];
            Long leader = row[13] == null ? null : ((Number) row[13]).longValue();
            BigDecimal minimum = price == null ? start : price.add(step);
            if (leader != null && leader == me.organizationId() || amount.compareTo(minimum) < 0) {
                boolean leading = leader != null && leader == me.organizationId();
                String body = "{\"status\":422,\"bidId\":null,\"outcome\":null,\"auction\":null,\"problem\":{\"type\":\"about:blank\","
                        + "\"title\":\"Bid too low\",\"status\":422,\"detail\":\"amount: must be at least " + minimum.toPlainString()
                        + "\",\"invalidParams\":[{\"name\":\"amount\",\"reason\":\"must be at least " + minimum.toPlainString() + "\"}]}}";
                update(c, INSERT_REQUEST, me.organizationId(), key, hash, 422, body);
                return new Outcome(422, minimum, leading);
            }
            long bidId;
            try (PreparedStatement ps = c.prepareStatement(INSERT_BID, Statement.RETURN_GENERATED_KEYS)) {
                Object[] args = {lotId, me.organizationId(), me.userId(), amount, null, "LEADING", amount, now};
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    bidId = keys.getLong(1);
                }
            }
            if (firstLong(c, ALIAS, lotId, me.organizationId()) == null) {
                long count = firstLong(c, ALIAS_COUNT, lotId);
                update(c, ALIAS_INSERT, lotId, me.organizationId(), count + 1);
            }
            long sequence = ((Number) row[17]).longValue() + 1;
            row[8] = ((Number) row[8]).intValue() + 1; // bid_count
            row[12] = amount;
            row[13] = me.organizationId();
            row[14] = bidId;
            row[15] = amount;
            row[17] = sequence;
            update(c, UPDATE, row);
            Long alias = firstLong(c, ALIAS, lotId, me.organizationId());
            String payload = "{\"sequence\":" + sequence + ",\"type\":\"price\",\"price\":\"" + amount.toPlainString()
                    + "\",\"bidCount\":" + row[8] + ",\"closesAt\":\"" + row[6] + "\",\"reserveMet\":true,\"leader\":\"Bidder "
                    + alias + "\",\"result\":null,\"at\":\"" + now.toInstant() + "\"}";
            update(c, EVENT, lotId, sequence, "price", payload, now);
            update(c, AUDIT, me.userId(), "BID_PLACED", "lot", lotId, "bid " + bidId + " " + amount.toPlainString(),
                    Timestamp.from(Instant.now()));
            query(c, HIGHEST_MAX, lotId, me.organizationId());
            BigDecimal next = amount.add(step);
            String body = "{\"status\":201,\"bidId\":" + bidId + ",\"outcome\":\"LEADING\",\"auction\":{\"lotId\":" + lotId
                    + ",\"auctionType\":\"ENGLISH\",\"status\":\"OPEN\",\"currency\":\"" + row[1] + "\",\"startPrice\":" + start
                    + ",\"minIncrement\":" + step + ",\"currentPrice\":" + amount + ",\"nextMinimumBid\":" + next
                    + ",\"leading\":true,\"reserveMet\":true,\"bidCount\":" + row[8] + ",\"myMaxAmount\":null,\"opensAt\":\""
                    + row[5] + "\",\"closesAt\":\"" + row[6] + "\",\"extended\":false,\"result\":null,\"winner\":null,"
                    + "\"serverTime\":\"" + now.toInstant() + "\",\"sequence\":" + sequence + "},\"problem\":null}";
            update(c, INSERT_REQUEST, me.organizationId(), key, hash, 201, body);
            return new Outcome(201, next, true);
        }

        @Override
        public Outcome look(int client, long lotId) throws Exception {
            Bidder me = bidders.get(client);
            try (Connection c = pool.getConnection();
                 PreparedStatement ps = prepare(c, AUCTION, lotId); ResultSet rs = ps.executeQuery()) {
                rs.next();
                BigDecimal price = rs.getBigDecimal("current_price");
                BigDecimal next = price == null ? rs.getBigDecimal("start_price") : price.add(rs.getBigDecimal("min_increment"));
                long leader = rs.getLong("leader_organization_id");
                return new Outcome(200, next, !rs.wasNull() && leader == me.organizationId());
            }
        }
    }

    static void jdbc() throws Exception {
        State s = State.load();
        int clients = Math.min(envInt("BENCH_CLIENTS", 50), s.bidders().size());
        int seconds = envInt("BENCH_DURATION", 20), warmup = envInt("BENCH_WARMUP", 5);
        OverJdbc jdbc = new OverJdbc(s.bidders(), envInt("BENCH_POOL", 20));
        try {
            load("hot lot", "jdbc", List.of(s.hotLot()), clients, warmup, seconds, jdbc);
            load(s.lots().size() + " lots", "jdbc", s.lots(), clients, warmup, seconds, jdbc);
        } finally {
            jdbc.pool.close();
        }
    }

    // --- profile and table ----------------------------------------------------------------------------

    /**
     * One step of the statement count, so the shell can count the driver's log lines around it: {@code look} prints
     * the next minimum of a seeded lot (GET .../auction); {@code accepted AMOUNT} places BENCH_PROFILE_BIDS bids one
     * at a time from two bidders in turn, each accepted; {@code refused} places as many too-low bids.
     */
    static void profile(String step, String amount) throws Exception {
        State s = State.load();
        int n = envInt("BENCH_PROFILE_BIDS", 5);
        OverHttp http = new OverHttp(s.bidders());
        long lotId = s.lots().get(s.lots().size() / 2);
        switch (step) {
            case "look" -> System.out.println(http.look(0, lotId).nextMinimum().toPlainString());
            case "accepted" -> {
                BigDecimal next = new BigDecimal(amount);
                for (int i = 0; i < n; i++) {
                    Outcome o = http.bid(i % 2, lotId, next);
                    if (o.status() != 201) {
                        throw new IllegalStateException("profile bid refused: " + o);
                    }
                    next = o.nextMinimum();
                }
            }
            case "refused" -> {
                for (int i = 0; i < n; i++) {
                    Outcome o = http.bid(2, lotId, START);
                    if (o.status() != 422) {
                        throw new IllegalStateException("profile low bid not refused: " + o);
                    }
                }
            }
            default -> throw new IllegalArgumentException("profile look | accepted AMOUNT | refused");
        }
    }

    static void table() throws Exception {
        List<Result> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(env("BENCH_RESULTS", null)))) {
            if (!line.isBlank()) {
                rows.add(JSON.readValue(line, Result.class));
            }
        }
        Map<String, Result> app = new LinkedHashMap<>(), jdbc = new LinkedHashMap<>();
        for (Result r : rows) {
            (r.via().equals("app") ? app : jdbc).put(r.kase(), r);
        }
        System.out.println();
        System.out.printf("%-12s %8s %9s %9s %9s %9s %8s %8s %8s %8s %7s %7s%n", "case", "clients", "app ok/s", "app 422/s",
                "jdbc ok/s", "jdbc 422/s", "app/jdbc", "app p50", "app p99", "jdbc p50", "jdbcp99", "other");
        System.out.println("-".repeat(120));
        for (String kase : app.keySet()) {
            Result a = app.get(kase), j = jdbc.get(kase);
            double aps = a.accepted() / a.seconds(), jps = j == null ? Double.NaN : j.accepted() / j.seconds();
            System.out.printf("%-12s %8d %9.1f %9.1f %9.1f %10.1f %8.2f %8.1f %8.1f %8.1f %7.1f %7s%n", kase, a.clients(), aps,
                    a.refused() / a.seconds(), jps, j == null ? Double.NaN : j.refused() / j.seconds(), aps / jps, a.p50(), a.p99(),
                    j == null ? Double.NaN : j.p50(), j == null ? Double.NaN : j.p99(), a.other() + (j == null ? 0 : j.other()));
        }
        System.out.println("(ok/s: accepted bids per second; 422/s: refused as too low, a lost race; p50/p99 in ms over every POST"
                + " or JDBC transaction, accepted or refused; ratio on accepted bids/s)");
    }
}
