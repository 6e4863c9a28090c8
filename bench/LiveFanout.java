import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The live feed under load (bench/live-fanout.sh runs it): SSE streams spread over open lots on one or two app
 * instances while bidders bid on those lots. Measures bid acknowledgement to each stream's receipt of the bid's
 * event, events lost and duplicated per stream, the live feed's database queries per second (from the app's own
 * counters, logged once a second at DEBUG), and the app's heap and threads.
 *
 *   java -cp app.jar bench/LiveFanout.java setup | phase NAME STREAMS | table
 */
public class LiveFanout {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "correct-horse-battery";
    static final double LAT = 25.8310, LON = 114.9336; // Ganzhou
    static final Pattern AT_LEAST = Pattern.compile("at least ([0-9.]+)");
    static final Pattern STATS = Pattern.compile("live-feed stats at=(\\d+) streams=(\\d+) ticks=(\\d+) tailQueries=(\\d+) "
            + "streamQueries=(\\d+) fellBehind=(\\d+)");

    public static void main(String[] args) {
        try {
            switch (args[0]) {
                case "setup" -> setup();
                case "phase" -> phase(args[1], Integer.parseInt(args[2]));
                case "table" -> table();
                default -> throw new IllegalArgumentException(args[0]);
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1); // the pools' threads would keep the JVM alive
        }
        System.exit(0);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static int envInt(String name, int fallback) {
        return Integer.parseInt(env(name, Integer.toString(fallback)));
    }

    static void log(String format, Object... args) {
        System.err.printf("live-fanout: " + format + "%n", args);
    }

    static Connection connect() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", env("REEX_DB_USER", "root"));
        p.setProperty("password", env("REEX_DB_PASSWORD", ""));
        p.setProperty("connectionTimeZone", "UTC");
        return DriverManager.getConnection(env("BENCH_JDBC_URL", null), p);
    }

    /** An app instance: its base URL, process id and log (BENCH_INSTANCES="url|pid|log,..."). */
    record Instance(String url, long pid, Path log) {
        static List<Instance> all() {
            List<Instance> list = new ArrayList<>();
            for (String part : env("BENCH_INSTANCES", "").split(",")) {
                String[] f = part.split("\\|");
                list.add(new Instance(f[0], Long.parseLong(f[1]), Path.of(f[2])));
            }
            return list;
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Reply(int status, JsonNode json, String body) {
    }

    static Reply send(String base, String method, String path, Object body, String token, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
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

    static JsonNode expect(Reply r, int status, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + " failed: HTTP " + r.status() + " " + r.body());
        }
        return r.json();
    }

    static Reply post(String path, Object body, String token) {
        return send(env("BENCH_BASE_URL", null), "POST", path, body, token, Map.of());
    }

    // --- setup: bidders with verified licences, a seller, one published lot and its copies --------------

    static void setup() throws Exception {
        int bidders = envInt("BENCH_BIDDERS", 50);
        int lotCount = envInt("BENCH_LOTS", 200);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long t0 = System.nanoTime();
        String admin = expect(post("/api/v1/auth/login", Map.of("email", env("REEX_ADMIN_EMAIL", "admin@reex.local"),
                "password", env("REEX_ADMIN_PASSWORD", "admin-password")), null), 200, "admin login").get("accessToken").asText();
        long agencyId = expect(post("/api/v1/organizations", Map.of("name", "Bench Agency " + run, "type", "AGENCY",
                "region", "Beijing", "latitude", 39.9, "longitude", 116.4), admin), 201, "agency").get("id").asLong();
        String inspector = "inspector-" + run + "@example.com";
        expect(post("/api/v1/organizations/" + agencyId + "/users", Map.of("email", inspector, "password", PASSWORD,
                "displayName", "Bench Inspector"), admin), 201, "agency user");
        String agency = expect(post("/api/v1/auth/login", Map.of("email", inspector, "password", PASSWORD), null), 200,
                "inspector login").get("accessToken").asText();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < bidders; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                String token = expect(post("/api/v1/auth/register", registration("RECYCLER", "Bench Recycler " + n + " " + run,
                        "bench-r" + n + "-" + run + "@example.com", LAT + 0.001 * n, LON), null), 201, "registration")
                        .get("accessToken").asText();
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
                return token;
            }));
        }
        List<String> tokens = new ArrayList<>();
        for (Future<String> f : futures) {
            tokens.add(f.get());
        }
        pool.shutdown();
        log("%d recyclers registered with verified licences (%.1f s)", bidders, (System.nanoTime() - t0) / 1e9);

        String seller = expect(post("/api/v1/auth/register", registration("MANUFACTURER", "Bench Manufacturer " + run,
                "bench-m-" + run + "@example.com", LAT, LON), null), 201, "registration").get("accessToken").asText();
        Map<String, Object> lot = new LinkedHashMap<>();
        lot.put("title", "Bench live lot");
        lot.put("description", "Sorted scrap, palletised.");
        lot.put("category", "NDFEB_MAGNET");
        lot.put("grossMassKg", "1000");
        lot.put("composition", List.of(Map.of("element", "Nd", "fraction", "0.228", "source", "ASSAY"),
                Map.of("element", "Dy", "fraction", "0.012", "source", "ASSAY")));
        lot.put("location", Map.of("region", "Ganzhou", "latitude", LAT + 0.02, "longitude", LON + 0.02));
        lot.put("hazards", List.of());
        long first = expect(post("/api/v1/lots", lot, seller), 201, "lot creation").get("id").asLong();
        Map<String, Object> publish = new LinkedHashMap<>();
        publish.put("currency", "CNY");
        publish.put("startPrice", "1000");
        publish.put("reservePrice", "1200");
        publish.put("minIncrement", "10");
        publish.put("closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        publish.put("softCloseSeconds", 0);
        publish.put("auctionType", "ENGLISH");
        expect(post("/api/v1/lots/" + first + "/publish", publish, seller), 200, "publishing");

        List<Long> lots = new ArrayList<>(List.of(first));
        lots.addAll(copies(first, lotCount - 1));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lots", lots);
        out.put("tokens", tokens);
        JSON.writeValue(Path.of(env("BENCH_STATE", null)).toFile(), out);
        log("setup done in %.1f s: %d open lots", (System.nanoTime() - t0) / 1e9, lots.size());
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

    static List<String> columns(Connection c, String table) throws Exception {
        List<String> cols = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION")) {
            while (rs.next()) {
                cols.add(rs.getString(1));
            }
        }
        return cols;
    }

    /** Copies of the published lot (same place, seller, composition and auction terms), by SQL. */
    static List<Long> copies(long lot, int count) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String digits = "(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 "
                    + "UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
            List<String> lotCols = columns(c, "lot").stream().filter(x -> !x.equals("id")).toList();
            String select = lotCols.stream().map(x -> x.equals("title") ? "CONCAT('Bench copy ', n.i)" : "l." + x)
                    .collect(Collectors.joining(", "));
            s.executeUpdate("INSERT INTO lot (" + String.join(", ", lotCols) + ") SELECT " + select
                    + " FROM lot l CROSS JOIN (SELECT a.d * 100 + b.d * 10 + e.d AS i FROM " + digits + " a, " + digits + " b, "
                    + digits + " e) n WHERE l.id = " + lot + " AND n.i < " + count + " ORDER BY n.i");
            String copies = "SELECT id FROM lot WHERE id > " + lot + " AND title LIKE 'Bench copy %'";
            List<String> compCols = columns(c, "lot_composition").stream().filter(x -> !x.equals("id")).toList();
            s.executeUpdate("INSERT INTO lot_composition (" + String.join(", ", compCols) + ") SELECT "
                    + compCols.stream().map(x -> x.equals("lot_id") ? "n.id" : "c." + x).collect(Collectors.joining(", "))
                    + " FROM lot_composition c CROSS JOIN (" + copies + ") n WHERE c.lot_id = " + lot);
            List<String> aucCols = columns(c, "auction");
            s.executeUpdate("INSERT INTO auction (" + String.join(", ", aucCols) + ") SELECT "
                    + aucCols.stream().map(x -> x.equals("lot_id") ? "n.id" : "a." + x).collect(Collectors.joining(", "))
                    + " FROM auction a CROSS JOIN (" + copies + ") n WHERE a.lot_id = " + lot);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(copies + " ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    static Map<Long, Long> sequences(List<Long> lots) throws Exception {
        Map<Long, Long> out = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT lot_id, sequence FROM auction WHERE lot_id IN (" + lots.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + ")")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return out;
    }

    // --- one stream ---------------------------------------------------------------------------------------

    /** One SSE stream: the price events it receives (sequence and when), parsed from lines. */
    static final class Stream implements Flow.Subscriber<String> {
        final long lot;
        final long from;
        final List<long[]> received = new ArrayList<>();
        volatile boolean open;
        volatile long highest;
        private Flow.Subscription subscription;
        private String id;
        private String name;

        Stream(long lot, long from) {
            this.lot = lot;
            this.from = from;
            this.highest = from;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            long now = System.nanoTime();
            if (line.isEmpty()) {
                if ("keepalive".equals(name)) {
                    open = true;
                } else if (id != null) {
                    long sequence = Long.parseLong(id);
                    synchronized (this) {
                        received.add(new long[] {sequence, now});
                    }
                    highest = Math.max(highest, sequence);
                }
                id = null;
                name = null;
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            }
        }

        @Override
        public void onError(Throwable t) {
            open = false;
        }

        @Override
        public void onComplete() {
            open = false;
        }

        void close() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }

    record Counters(long at, long ticks, long tailQueries, long streamQueries, long fellBehind) {
    }

    /** The newest counters an instance logged. */
    static Counters counters(Instance instance) throws IOException {
        Counters last = null;
        for (String line : Files.readAllLines(instance.log())) {
            Matcher m = STATS.matcher(line);
            if (m.find()) {
                last = new Counters(Long.parseLong(m.group(1)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
                        Long.parseLong(m.group(5)), Long.parseLong(m.group(6)));
            }
        }
        if (last == null) {
            throw new IllegalStateException("no live-feed stats in " + instance.log());
        }
        return last;
    }

    static long heapUsedKb(long pid) {
        try {
            Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    static long threads(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Threads:")) {
                return Long.parseLong(line.substring(8).trim());
            }
        }
        return -1;
    }

    // --- one phase: streams open, bidders bid, then the figures ----------------------------------------------

    record Known(BigDecimal next, int leader) {
    }

    static void phase(String name, int streamCount) throws Exception {
        JsonNode state = JSON.readTree(Path.of(env("BENCH_STATE", null)).toFile());
        List<Long> lots = new ArrayList<>();
        state.get("lots").forEach(x -> lots.add(x.asLong()));
        List<String> tokens = new ArrayList<>();
        state.get("tokens").forEach(x -> tokens.add(x.asText()));
        List<Instance> instances = Instance.all();
        int seconds = envInt("BENCH_DURATION", 30);

        Map<Long, Long> start = sequences(lots);
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        HttpClient streamsClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(30)).build();
        List<Stream> streams = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < streamCount; i++) {
            long lot = lots.get(i % lots.size());
            Instance instance = instances.get((i / lots.size()) % instances.size());
            Stream stream = new Stream(lot, start.get(lot));
            streams.add(stream);
            HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url() + "/api/v1/lots/" + lot + "/live"))
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                    .header("Accept", "text/event-stream").header("Last-Event-ID", String.valueOf(stream.from)).GET().build();
            streamsClient.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(stream));
            if (i % 100 == 99) {
                Thread.sleep(20); // not all in one burst of connects
            }
        }
        Instant deadline = Instant.now().plusSeconds(180);
        while (streams.stream().anyMatch(s -> !s.open)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(streams.stream().filter(s -> !s.open).count() + " streams did not open");
            }
            Thread.sleep(100);
        }
        log("%s: %d streams open on %d instance(s) in %.1f s", name, streamCount, instances.size(), (System.nanoTime() - t0) / 1e9);
        Thread.sleep(2500); // two fresh counter lines after the connects' catch-up reads
        List<Counters> before = new ArrayList<>();
        for (Instance instance : instances) {
            before.add(counters(instance));
        }

        Map<Long, Map<Long, Long>> acks = new ConcurrentHashMap<>();
        Map<Long, Known> known = new ConcurrentHashMap<>();
        for (long lot : lots) {
            known.put(lot, new Known(null, -1));
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong other = new AtomicLong();
        int bidderCount = envInt("BENCH_BIDDERS", 50);
        ExecutorService bidders = Executors.newFixedThreadPool(bidderCount);
        List<Future<?>> running = new ArrayList<>();
        for (int b = 0; b < bidderCount; b++) {
            int me = b;
            running.add(bidders.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    long lot = lots.get(ThreadLocalRandom.current().nextInt(lots.size()));
                    Known k = known.get(lot);
                    if (k.leader() == me) {
                        continue;
                    }
                    String amount = k.next() == null ? "1000" : k.next().toPlainString();
                    Instance instance = instances.get(n++ % instances.size());
                    Reply r = send(instance.url(), "POST", "/api/v1/lots/" + lot + "/bids", "{\"amount\":\"" + amount + "\"}",
                            tokens.get(me), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                    long ack = System.nanoTime();
                    if (r.status() == 201) {
                        accepted.incrementAndGet();
                        JsonNode auction = r.json().get("auction");
                        acks.computeIfAbsent(lot, x -> new ConcurrentHashMap<>()).putIfAbsent(auction.get("sequence").asLong(), ack);
                        known.put(lot, new Known(new BigDecimal(auction.get("nextMinimumBid").asText()),
                                "LEADING".equals(r.json().get("outcome").asText()) ? me : -1));
                    } else if (r.status() == 422) {
                        refused.incrementAndGet();
                        Matcher m = AT_LEAST.matcher(r.body());
                        if (m.find()) {
                            known.put(lot, new Known(new BigDecimal(m.group(1)), -1));
                        }
                    } else {
                        other.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long bidStart = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Future<?> f : running) {
            f.get();
        }
        double bidSeconds = (System.nanoTime() - bidStart) / 1e9;
        bidders.shutdown();
        List<Counters> after = new ArrayList<>();
        long heap = 0;
        long threadCount = 0;
        for (Instance instance : instances) {
            after.add(counters(instance));
            heap += heapUsedKb(instance.pid());
            threadCount += threads(instance.pid());
        }

        Map<Long, Long> end = sequences(lots);
        deadline = Instant.now().plusSeconds(30);
        while (streams.stream().anyMatch(s -> s.highest < end.get(s.lot)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        long lost = 0;
        long duplicates = 0;
        long delivered = 0;
        long closedEarly = streams.stream().filter(s -> !s.open).count();
        List<Long> latencies = new ArrayList<>();
        for (Stream s : streams) {
            List<long[]> got;
            synchronized (s) {
                got = new ArrayList<>(s.received);
            }
            Map<Long, Integer> seen = new HashMap<>();
            for (long[] g : got) {
                seen.merge(g[0], 1, Integer::sum);
                Long ack = acks.getOrDefault(s.lot, Map.of()).get(g[0]);
                if (ack != null) {
                    latencies.add(Math.max(0, g[1] - ack));
                }
            }
            delivered += got.size();
            duplicates += got.size() - seen.size();
            for (long q = s.from + 1; q <= end.get(s.lot); q++) {
                if (!seen.containsKey(q)) {
                    lost++;
                }
            }
            s.close();
        }
        callbacks.shutdownNow();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double window = 0;
        long tail = 0;
        long ticks = 0;
        long streamReads = 0;
        long behind = 0;
        for (int i = 0; i < instances.size(); i++) {
            window = Math.max(window, (after.get(i).at() - before.get(i).at()) / 1000.0);
            tail += after.get(i).tailQueries() - before.get(i).tailQueries();
            ticks += after.get(i).ticks() - before.get(i).ticks();
            streamReads += after.get(i).streamQueries() - before.get(i).streamQueries();
            behind += after.get(i).fellBehind() - before.get(i).fellBehind();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("case", name);
        result.put("instances", instances.size());
        result.put("streams", streamCount);
        result.put("lots", lots.size());
        result.put("bidsPerSecond", accepted.get() / bidSeconds);
        result.put("refused", refused.get());
        result.put("otherAnswers", other.get());
        result.put("deliveries", delivered);
        result.put("p50", rank(sorted, 0.50));
        result.put("p99", rank(sorted, 0.99));
        result.put("max", sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        result.put("lost", lost);
        result.put("duplicates", duplicates);
        result.put("tailQps", window > 0 ? tail / window : 0);
        result.put("readsPerTick", ticks > 0 ? (double) tail / ticks : 0);
        result.put("streamQps", window > 0 ? streamReads / window : 0);
        result.put("fellBehind", behind);
        result.put("endedEarly", closedEarly);
        result.put("heapMb", heap / 1024.0);
        result.put("threads", threadCount);
        Files.writeString(Path.of(env("BENCH_RESULTS", null)), JSON.writeValueAsString(result) + "\n",
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        log("%s: %s", name, result);
    }

    static double rank(long[] sorted, double q) { // nearest rank, in ms
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static void table() throws Exception {
        System.out.println();
        System.out.printf("%-28s %4s %7s %5s %7s %9s %8s %8s %8s %5s %5s %9s %6s %9s %7s %7s%n", "case", "inst", "streams", "lots",
                "bids/s", "events", "p50 ms", "p99 ms", "max ms", "lost", "dups", "feed q/s", "q/tick", "conn q/s", "heap MB",
                "threads");
        System.out.println("-".repeat(157));
        for (String line : Files.readAllLines(Path.of(env("BENCH_RESULTS", null)))) {
            JsonNode r = JSON.readTree(line);
            System.out.printf("%-28s %4d %7d %5d %7.1f %9d %8.1f %8.1f %8.1f %5d %5d %9.1f %6.2f %9.1f %7.0f %7d%n",
                    r.get("case").asText(), r.get("instances").asInt(), r.get("streams").asInt(), r.get("lots").asInt(),
                    r.get("bidsPerSecond").asDouble(), r.get("deliveries").asLong(), r.get("p50").asDouble(), r.get("p99").asDouble(),
                    r.get("max").asDouble(), r.get("lost").asLong(), r.get("duplicates").asLong(), r.get("tailQps").asDouble(),
                    r.get("readsPerTick").asDouble(), r.get("streamQps").asDouble(), r.get("heapMb").asDouble(),
                    r.get("threads").asLong());
            if (r.get("fellBehind").asLong() > 0 || r.get("endedEarly").asLong() > 0 || r.get("otherAnswers").asLong() > 0) {
                System.out.printf("  (%s: %d streams told to reconnect, %d ended early, %d bids answered other than 201/422)%n",
                        r.get("case").asText(), r.get("fellBehind").asLong(), r.get("endedEarly").asLong(), r.get("otherAnswers").asLong());
            }
        }
        System.out.println();
        System.out.println("events: price events received by all streams; p50/p99/max: a bid's acknowledgement (201 read by the bidder) "
                + "to each stream's receipt of its event; lost: sequences a stream never got; feed q/s: the live feed's tail "
                + "queries per second (all instances, app's own counter), q/tick: those per reader tick (1 unless a tick found "
                + "more than 500 new events); conn q/s: per-stream catch-up/repair reads during bidding; "
                + "heap (used, after no forced GC) and threads summed over instances.");
    }
}
