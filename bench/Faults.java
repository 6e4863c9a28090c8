import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The client side of bench/faults.sh: a bidding load over two app instances that keeps a history of every request,
 * and the check of that history against the database. Run with the app's jar on the class path (Jackson and the
 * MySQL driver come from it):
 * <ul>
 * <li>{@code setup}: an agency, FAULTS_BIDDERS recyclers with verified licences, a seller and FAULTS_LOTS lots, all
 * published and closing in FAULTS_CLOSE_MINUTES; the state goes to FAULTS_STATE.</li>
 * <li>{@code load LABEL SECONDS}: every bidder bids for SECONDS through a random instance (FAULTS_URLS); a request
 * that got no answer or a 5xx is repeated with the same Idempotency-Key until it gets one (or the phase ends: then
 * it stays "unknown"). Appends every request to FAULTS_HISTORY, one JSON line each.</li>
 * <li>{@code close}: moves every auction's close to now, so the instances' closers close them (so the closes the
 * bids advertised earlier are not checked against; the stored close is).</li>
 * <li>{@code check}: prints one table row per phase (requests, acknowledged, unknown, violations, 500s, seconds to
 * recover after the fault's end from FAULTS_MARKS) and the violations found across all phases; exit 1 if any.</li>
 * </ul>
 */
public class Faults {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct-horse-battery";
    static final double LAT = 25.8310, LON = 114.9336;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args.length >= 1 ? args[0] : "") {
            case "setup" -> setup();
            case "load" -> load(args[1], Integer.parseInt(args[2]));
            case "close" -> closeAll();
            case "check" -> System.exit(check());
            default -> {
                System.err.println("usage: java -cp APP.jar bench/Faults.java setup | load LABEL SECONDS | close | check");
                System.exit(2);
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static void log(String format, Object... args) {
        System.err.printf("faults: " + format + "%n", args);
    }

    // --- HTTP -------------------------------------------------------------------------------------------------

    record Reply(int status, JsonNode json, String body, long atMillis) {
    }

    static List<String> urls() {
        return List.of(env("FAULTS_URLS", "http://127.0.0.1:18201").split(","));
    }

    /** status 0: no answer (refused, reset, timed out). */
    static Reply send(String base, String method, String path, Object body, String token, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                    .header("Accept", "application/json");
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
            } catch (IOException ignored) {
                // not JSON
            }
            return new Reply(r.statusCode(), json, r.body(), System.currentTimeMillis());
        } catch (IOException e) {
            return new Reply(0, null, e.toString(), System.currentTimeMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, null, e.toString(), System.currentTimeMillis());
        }
    }

    static JsonNode expect(Reply r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " failed: HTTP " + r.status() + " " + r.body());
        }
        return r.json();
    }

    static Reply post(String path, Object body, String token) {
        return send(urls().get(0), "POST", path, body, token, Map.of());
    }

    static String login(String email, String password) {
        return expect(post("/api/v1/auth/login", Map.of("email", email, "password", password), null), 200, "login")
                .get("accessToken").asText();
    }

    // --- setup ------------------------------------------------------------------------------------------------

    static void setup() throws Exception {
        int bidders = Integer.parseInt(env("FAULTS_BIDDERS", "12"));
        int lotCount = Integer.parseInt(env("FAULTS_LOTS", "3"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String admin = login(env("REEX_ADMIN_EMAIL", "admin@reex.local"), env("REEX_ADMIN_PASSWORD", "admin-password"));
        long agencyId = expect(post("/api/v1/organizations", Map.of("name", "Faults Agency " + run, "type", "AGENCY",
                "region", "Beijing", "latitude", 39.9, "longitude", 116.4), admin), 201, "agency").get("id").asLong();
        String inspector = "inspector-" + run + "@example.com";
        expect(post("/api/v1/organizations/" + agencyId + "/users", Map.of("email", inspector, "password", PASSWORD,
                "displayName", "Faults Inspector"), admin), 201, "agency user");
        String agency = login(inspector, PASSWORD);
        List<String> tokens = new ArrayList<>();
        for (int n = 0; n < bidders; n++) {
            Map<String, Object> reg = registration("RECYCLER", "Faults Recycler " + n + " " + run,
                    "faults-r" + n + "-" + run + "@example.com", LAT + 0.001 * n, LON);
            String token = expect(post("/api/v1/auth/register", reg, null), 201, "registration").get("accessToken").asText();
            Map<String, Object> licence = new LinkedHashMap<>();
            licence.put("number", "FAULTS-" + run + "-" + n);
            licence.put("issuingAuthority", "Jiangxi Department of Ecology and Environment");
            licence.put("capacities", List.of(Map.of("category", "NDFEB_MAGNET", "tonnesPerYear", "500")));
            licence.put("regionServed", "South China");
            licence.put("maxHaulKm", 500);
            licence.put("validFrom", Instant.now().minus(30, ChronoUnit.DAYS).toString());
            licence.put("validTo", "2039-06-30T00:00:00Z");
            licence.put("dischargePermitNumber", "DP-FAULTS-" + run + "-" + n);
            long licenceId = expect(post("/api/v1/licences", licence, token), 201, "licence").get("id").asLong();
            expect(post("/api/v1/licences/" + licenceId + "/decision", Map.of("decision", "VERIFY"), agency), 200, "verification");
            tokens.add(token);
        }
        Map<String, Object> reg = registration("MANUFACTURER", "Faults Manufacturer " + run, "faults-m-" + run + "@example.com", LAT, LON);
        String seller = expect(post("/api/v1/auth/register", reg, null), 201, "registration").get("accessToken").asText();
        List<Long> lots = new ArrayList<>();
        for (int i = 0; i < lotCount; i++) {
            Map<String, Object> lot = new LinkedHashMap<>();
            lot.put("title", "Faults lot " + i);
            lot.put("description", "Sorted scrap, palletised.");
            lot.put("category", "NDFEB_MAGNET");
            lot.put("grossMassKg", "1000");
            lot.put("composition", List.of(Map.of("element", "Nd", "fraction", "0.228", "source", "ASSAY")));
            lot.put("location", Map.of("region", "Ganzhou", "latitude", LAT + 0.02, "longitude", LON + 0.02));
            lot.put("hazards", List.of());
            long id = expect(post("/api/v1/lots", lot, seller), 201, "lot").get("id").asLong();
            Map<String, Object> publish = new LinkedHashMap<>();
            publish.put("currency", "CNY");
            publish.put("startPrice", "1000");
            publish.put("reservePrice", "1200");
            publish.put("minIncrement", "10");
            publish.put("closesAt", Instant.now().plus(Long.parseLong(env("FAULTS_CLOSE_MINUTES", "60")), ChronoUnit.MINUTES).toString());
            publish.put("softCloseSeconds", 30);
            publish.put("auctionType", "ENGLISH");
            expect(post("/api/v1/lots/" + id + "/publish", publish, seller), 200, "publishing");
            lots.add(id);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("lots", lots);
        state.put("tokens", tokens);
        state.put("agency", agency);
        JSON.writeValue(Path.of(env("FAULTS_STATE", "faults-state.json")).toFile(), state);
        log("setup: %d recyclers, lots %s", bidders, lots);
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

    record State(List<Long> lots, List<String> tokens, String agency) {
        static State load() throws IOException {
            JsonNode n = JSON.readTree(Path.of(env("FAULTS_STATE", "faults-state.json")).toFile());
            List<Long> lots = new ArrayList<>();
            n.get("lots").forEach(x -> lots.add(x.asLong()));
            List<String> tokens = new ArrayList<>();
            n.get("tokens").forEach(x -> tokens.add(x.asText()));
            return new State(lots, tokens, n.get("agency").asText());
        }
    }

    // --- load -------------------------------------------------------------------------------------------------

    /** One bid request as the client saw it: its key, what it sent, every attempt's status, and what it learned. */
    record Sent(String phase, int bidder, long lot, String key, String amount, String max, List<Integer> statuses,
                List<Long> attemptMillis, Long bidId, String outcome, String closesAt) {
    }

    static void load(String phase, int seconds) throws Exception {
        State state = State.load();
        List<String> urls = urls();
        long end = System.currentTimeMillis() + seconds * 1000L;
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(state.tokens().size());
        List<Future<?>> bidders = new ArrayList<>();
        for (int i = 0; i < state.tokens().size(); i++) {
            int bidder = i;
            bidders.add(pool.submit(() -> bidUntil(phase, bidder, state, urls, end, sent)));
        }
        for (Future<?> f : bidders) {
            f.get();
        }
        pool.shutdown();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(env("FAULTS_HISTORY", "faults-history.jsonl")),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (Sent s : sent) {
                out.println(JSON.writeValueAsString(s));
            }
        }
        log("%s: %d bid requests", phase, sent.size());
    }

    static void bidUntil(String phase, int bidder, State state, List<String> urls, long end, ConcurrentLinkedQueue<Sent> sent) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String token = state.tokens().get(bidder);
        while (System.currentTimeMillis() < end) {
            // Most bidders on the first (hot) lot, the others spread over the rest: the unrelated lots of fault (c).
            long lot = state.lots().size() == 1 || bidder % 3 != 0 ? state.lots().get(0)
                    : state.lots().get(1 + bidder / 3 % (state.lots().size() - 1));
            Reply look = send(urls.get(random.nextInt(urls.size())), "GET", "/api/v1/lots/" + lot + "/auction", null, token, Map.of());
            if (look.status() != 200) {
                pause(random, 50);
                continue;
            }
            if (!"OPEN".equals(look.json().path("status").asText())) {
                return;
            }
            if (look.json().path("leading").asBoolean()) {
                pause(random, 30);
                continue;
            }
            BigDecimal amount = new BigDecimal(look.json().get("nextMinimumBid").asText());
            String max = random.nextInt(4) == 0 ? amount.add(BigDecimal.valueOf(10L * random.nextInt(1, 6))).toPlainString() : null;
            String key = UUID.randomUUID().toString();
            String body = max == null ? "{\"amount\":\"" + amount.toPlainString() + "\"}"
                    : "{\"amount\":\"" + amount.toPlainString() + "\",\"maxAmount\":\"" + max + "\"}";
            List<Integer> statuses = new ArrayList<>();
            List<Long> at = new ArrayList<>();
            Reply reply;
            do {
                reply = send(urls.get(random.nextInt(urls.size())), "POST", "/api/v1/lots/" + lot + "/bids", body, token,
                        Map.of("Idempotency-Key", key));
                statuses.add(reply.status());
                at.add(reply.atMillis());
                if (reply.status() == 0 || reply.status() >= 500 || reply.status() == 409 && isInProgress(reply)) {
                    pause(random, 200);
                } else {
                    break;
                }
            } while (System.currentTimeMillis() < end + 30_000);
            Long bidId = reply.status() == 201 ? reply.json().get("bidId").asLong() : null;
            sent.add(new Sent(phase, bidder, lot, key, amount.toPlainString(), max, statuses, at, bidId,
                    reply.status() == 201 ? reply.json().get("outcome").asText() : null,
                    reply.status() == 201 ? reply.json().path("auction").path("closesAt").asText() : null));
            pause(random, 20);
        }
    }

    static boolean isInProgress(Reply reply) {
        return reply.json() != null && "Bid in progress".equals(reply.json().path("title").asText());
    }

    static void pause(ThreadLocalRandom random, int upToMillis) {
        try {
            Thread.sleep(random.nextInt(5, upToMillis)); // think time between a bidder's requests, not a wait for anything
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- closing and checking ---------------------------------------------------------------------------------

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(env("FAULTS_JDBC_URL", null), env("REEX_DB_USER", "reex"), env("REEX_DB_PASSWORD", "reex"));
    }

    static void closeAll() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE auction SET closes_at = UTC_TIMESTAMP(6) WHERE status = 'OPEN'");
        }
    }

    record BidRow(long id, long lot, String amount, String priceAfter, String outcome, Instant placedAt) {
    }

    static int check() throws Exception {
        List<Sent> history = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(env("FAULTS_HISTORY", "faults-history.jsonl")))) {
            if (!line.isBlank()) {
                history.add(JSON.readValue(line, Sent.class));
            }
        }
        Map<String, Double> marks = new LinkedHashMap<>();
        Path marksFile = Path.of(env("FAULTS_MARKS", "faults-marks.txt"));
        List<String> phases = new ArrayList<>();
        if (Files.exists(marksFile)) {
            for (String line : Files.readAllLines(marksFile)) {
                // "LABEL SECONDS": the label may hold spaces; the seconds are the last word.
                int space = line.trim().lastIndexOf(' ');
                if (space > 0) {
                    String label = line.trim().substring(0, space);
                    phases.add(label);
                    marks.put(label, Double.parseDouble(line.trim().substring(space + 1)));
                }
            }
        }
        history.stream().map(Sent::phase).distinct().filter(p -> !phases.contains(p)).forEach(phases::add);

        Map<Long, BidRow> bids = new HashMap<>();
        Map<Long, List<BidRow>> byLot = new HashMap<>();
        Map<String, Long> answeredKeys = new HashMap<>();
        Map<Long, Integer> closedEvents = new HashMap<>();
        Map<Long, Instant> closesAt = new HashMap<>();
        Map<Long, Instant> closedAt = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, lot_id, amount, price_after, outcome, placed_at FROM bid ORDER BY id")) {
                while (rs.next()) {
                    BidRow row = new BidRow(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3).toPlainString(),
                            rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).toPlainString(), rs.getString(5),
                            rs.getTimestamp(6).toInstant());
                    bids.put(row.id(), row);
                    byLot.computeIfAbsent(row.lot(), k -> new ArrayList<>()).add(row);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT idempotency_key, response_status, response_body FROM bid_request")) {
                while (rs.next()) {
                    if (rs.getInt(2) == 201) {
                        answeredKeys.put(rs.getString(1), JSON.readTree(rs.getString(3)).get("bidId").asLong());
                    } else if (rs.getInt(2) == 0) {
                        answeredKeys.put(rs.getString(1), -1L);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT lot_id, COUNT(*) FROM auction_event WHERE type = 'closed' GROUP BY lot_id")) {
                while (rs.next()) {
                    closedEvents.put(rs.getLong(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT lot_id, closes_at, closed_at FROM auction")) {
                while (rs.next()) {
                    closesAt.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                    if (rs.getTimestamp(3) != null) {
                        closedAt.put(rs.getLong(1), rs.getTimestamp(3).toInstant());
                    }
                }
            }
        }

        Map<String, List<String>> violations = new LinkedHashMap<>();
        phases.forEach(p -> violations.put(p, new ArrayList<>()));
        Set<Long> acknowledged = new HashSet<>();
        Set<String> ourKeys = new HashSet<>();
        for (Sent s : history) {
            ourKeys.add(s.key());
            List<String> v = violations.computeIfAbsent(s.phase(), k -> new ArrayList<>());
            if (s.bidId() != null) {
                BidRow row = bids.get(s.bidId());
                if (row == null) {
                    v.add("acknowledged bid " + s.bidId() + " (key " + s.key() + ") is not stored");
                } else if (row.lot() != s.lot() || !"RAISED".equals(row.outcome())
                        && new BigDecimal(row.amount()).compareTo(new BigDecimal(s.amount())) != 0) {
                    v.add("acknowledged bid " + s.bidId() + " is stored as " + row);
                }
                if (!acknowledged.add(s.bidId())) {
                    v.add("bid " + s.bidId() + " acknowledged for two keys");
                }
                if (!s.bidId().equals(answeredKeys.get(s.key()))) {
                    v.add("key " + s.key() + " was answered bid " + s.bidId() + " but stores " + answeredKeys.get(s.key()));
                }
            }
            if (s.statuses().stream().filter(x -> x == 201).count() > 0 && s.statuses().get(s.statuses().size() - 1) != 201) {
                v.add("key " + s.key() + " answered 201 and later " + s.statuses());
            }
        }
        List<String> global = new ArrayList<>();
        Set<Long> storedByOurKeys = new HashSet<>();
        answeredKeys.forEach((key, id) -> {
            if (ourKeys.contains(key)) {
                storedByOurKeys.add(id);
            }
            if (id == -1L) {
                global.add("key " + key + " has a committed placeholder and no answer");
            }
        });
        for (BidRow row : bids.values()) {
            if (!storedByOurKeys.contains(row.id())) {
                global.add("stored bid " + row.id() + " answers no request we sent (invented)");
            }
        }
        byLot.forEach((lot, rows) -> {
            BigDecimal previous = BigDecimal.ZERO;
            for (BidRow row : rows) {
                if ("RAISED".equals(row.outcome())) {
                    continue;
                }
                BigDecimal price = new BigDecimal(row.priceAfter());
                if (price.compareTo(previous) <= 0) {
                    global.add("lot " + lot + ": price " + price + " after " + previous + " (bid " + row.id() + ")");
                }
                previous = price;
                if (!row.placedAt().isBefore(closesAt.get(lot))) {
                    global.add("lot " + lot + ": bid " + row.id() + " at " + row.placedAt() + ", not before the close " + closesAt.get(lot));
                }
            }
        });
        closedEvents.forEach((lot, n) -> {
            if (n > 1) {
                global.add("lot " + lot + " closed " + n + " times");
            }
        });
        closedAt.forEach((lot, at) -> {
            if (at.isBefore(closesAt.get(lot))) {
                global.add("lot " + lot + " closed at " + at + ", before its advertised close " + closesAt.get(lot));
            }
        });
        System.out.printf("%-28s %9s %12s %8s %11s %6s %11s%n", "fault", "requests", "acknowledged", "unknown", "violations",
                "500s", "recover (s)");
        int total = global.size();
        for (String phase : phases) {
            List<Sent> in = history.stream().filter(s -> s.phase().equals(phase)).toList();
            long acks = in.stream().filter(s -> s.bidId() != null).count();
            long unknown = in.stream().filter(s -> {
                int last = s.statuses().get(s.statuses().size() - 1);
                return last == 0 || last >= 500;
            }).count();
            long fiveHundreds = in.stream().flatMap(s -> s.statuses().stream()).filter(x -> x == 500).count();
            Double mark = marks.get(phase);
            String recover = "-";
            if (mark != null && mark > 0) {
                long markMillis = (long) (mark * 1000);
                recover = in.stream().filter(s -> s.bidId() != null)
                        .mapToLong(s -> s.attemptMillis().get(s.attemptMillis().size() - 1))
                        .filter(t -> t >= markMillis).min()
                        .stream().mapToObj(t -> String.format("%.1f", (t - markMillis) / 1000.0)).findFirst().orElse("never");
            }
            int v = violations.getOrDefault(phase, List.of()).size();
            total += v;
            System.out.printf("%-28s %9d %12d %8d %11d %6d %11s%n", phase, in.size(), acks, unknown, v, fiveHundreds, recover);
        }
        System.out.printf("%-28s %9s %12s %8s %11d%n", "history (all phases)", "", "", "", global.size());
        violations.forEach((phase, list) -> list.stream().limit(10).forEach(x -> System.out.println("violation [" + phase + "]: " + x)));
        global.stream().limit(20).forEach(x -> System.out.println("violation: " + x));
        return total == 0 ? 0 : 1;
    }
}
