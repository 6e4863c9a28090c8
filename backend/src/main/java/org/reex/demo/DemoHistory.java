package org.reex.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.auction.AuctionService;
import org.reex.auction.BidAnswer;
import org.reex.auction.BiddingService;
import org.reex.custody.CustodyService;
import org.reex.custody.CustodyStep;
import org.reex.custody.NewCustodyEvent;
import org.reex.flag.FlagService;
import org.reex.flag.FlagStatus;
import org.reex.identity.Organization;
import org.reex.identity.OrganizationService;
import org.reex.lot.LotCompositionLine;
import org.reex.lot.LotDraft;
import org.reex.lot.LotService;
import org.reex.lot.LotView;
import org.reex.matching.MatchingService;
import org.reex.shared.error.ApiException;
import org.reex.shared.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Two years of history, made through the real services with the clocks sent back ({@link DemoTime}): about 120 lots
 * sold, handed over, processed, reported and certified across regions, categories and recyclers, so that the
 * statistics have months to show; a few lots stopped at each custody step now; discrepancies that raise flags, some
 * decided; and one custody chain altered directly in the database, for agencies to find.
 */
@Singleton
@Requires(property = "reex.demo-data", value = "true")
class DemoHistory {

    static final int CERTIFIED_LOTS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);
    private static final Duration SPAN = Duration.ofDays(730);

    /** Who sells what to whom: a seller, a category with its mass range and price per kg, the recyclers in order of preference. */
    record Flow(String seller, String category, int minKg, int maxKg, String pricePerKg, List<String> recyclers,
                List<LotDraft.Line> assay) {

        Flow(String seller, String category, int minKg, int maxKg, String pricePerKg, List<String> recyclers) {
            this(seller, category, minKg, maxKg, pricePerKg, recyclers, List.of());
        }
    }

    private static LotDraft.Line assay(String element, String fraction) {
        return new LotDraft.Line(element, fraction, "ASSAY");
    }

    static final String GANZHOU = "ops@ganzhou-recycling.example";
    static final String LONGYAN = "ops@longyan-recovery.example";
    static final String BAOTOU_REGEN = "ops@baotou-regeneration.example";
    static final String CHONGQING = "ops@chongqing-catalyst.example";

    static final List<Flow> FLOWS = List.of(
            new Flow("ops@baotou-magnetics.example", "NDFEB_MAGNET", 300, 2500, "92", List.of(BAOTOU_REGEN, GANZHOU)),
            new Flow("ops@ningbo-motors.example", "NDFEB_MAGNET", 200, 1800, "95", List.of(GANZHOU, LONGYAN)),
            // Categories without a typical composition in the reference data are sold on an assay.
            new Flow("ops@ningbo-motors.example", "MAGNET_MOTOR", 1500, 6000, "21", List.of(GANZHOU),
                    List.of(assay("Nd", "0.061"), assay("Pr", "0.018"), assay("Dy", "0.004"), assay("Tb", "0.001"))),
            new Flow("ops@xiamen-lighting.example", "FLUORESCENT_LAMP", 4000, 14000, "0.8", List.of(LONGYAN),
                    List.of(assay("Y", "0.0110"), assay("Eu", "0.0007"), assay("Tb", "0.0005"), assay("La", "0.0012"))),
            new Flow("ops@chengdu-catalyst.example", "FCC_CATALYST", 8000, 20000, "1.1", List.of(CHONGQING)),
            new Flow("ops@baotou-magnetics.example", "MOLTEN_SALT_SLAG", 2000, 7000, "9.5", List.of(BAOTOU_REGEN, GANZHOU),
                    List.of(assay("Nd", "0.043"), assay("Pr", "0.012"), assay("La", "0.003"))),
            new Flow("ops@shenzhen-ewaste.example", "NIMH_BATTERY", 2000, 8000, "8", List.of(LONGYAN, CHONGQING)),
            new Flow("ops@xiamen-lighting.example", "LAMP_PHOSPHOR", 200, 600, "110", List.of(LONGYAN)),
            new Flow("ops@chengdu-catalyst.example", "AUTO_CATALYST", 1000, 4000, "6", List.of(CHONGQING)),
            new Flow("ops@ningbo-motors.example", "SMCO_MAGNET", 100, 500, "150", List.of(GANZHOU)),
            new Flow("ops@chengdu-catalyst.example", "POLISHING_POWDER", 800, 3000, "12", List.of(CHONGQING, BAOTOU_REGEN)),
            new Flow("ops@shenzhen-ewaste.example", "E_WASTE", 3000, 10000, "1.5", List.of(BAOTOU_REGEN),
                    List.of(assay("Nd", "0.0021"), assay("Pr", "0.0004"), assay("Dy", "0.0001"))));

    private final LotService lots;
    private final BiddingService bidding;
    private final MatchingService matching;
    private final CustodyService custody;
    private final FlagService flags;
    private final OrganizationService organizations;
    private final DemoReports reports;
    private final DemoMonthlyReports monthlyReports;
    private final DemoTime time;
    private final JdbcOperations jdbc;
    private final Clock clock;

    DemoHistory(LotService lots, BiddingService bidding, MatchingService matching, CustodyService custody, FlagService flags,
                OrganizationService organizations, DemoReports reports, DemoMonthlyReports monthlyReports, DemoTime time,
                JdbcOperations jdbc, Clock clock) {
        this.monthlyReports = monthlyReports;
        this.lots = lots;
        this.bidding = bidding;
        this.matching = matching;
        this.custody = custody;
        this.flags = flags;
        this.organizations = organizations;
        this.reports = reports;
        this.time = time;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Loads the history; returns how many lots were certified. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    int load(Map<String, Caller> users, Caller agency) {
        try {
            return loadHistory(users, agency);
        } catch (ApiException e) {
            // A refusal from a service is a bug in this loader: say what was refused, which the exception alone doesn't.
            throw new IllegalStateException("Demo history refused: " + e.getMessage() + " " + e.invalidParams(), e);
        }
    }

    private int loadHistory(Map<String, Caller> users, Caller agency) {
        Random random = new Random(2026);
        Instant now = clock.instant();
        Instant first = now.minus(SPAN);
        List<Long> certified = new ArrayList<>();
        long[] phases = new long[3];
        try {
            for (int i = 0; i < CERTIFIED_LOTS; i++) {
                Flow flow = FLOWS.get(i % FLOWS.size());
                Instant published = first.plus(Duration.ofMinutes((long) (i * (SPAN.minusDays(26).toMinutes() / (double) CERTIFIED_LOTS))))
                        .plus(Duration.ofHours(random.nextInt(48)));
                long t0 = System.nanoTime();
                Lot lot = sell(users, flow, published, random, i);
                if (lot == null) {
                    continue;
                }
                long t1 = System.nanoTime();
                boolean shortWeight = i % 40 == 7;
                boolean overRecovered = i % 40 == 23;
                BigDecimal receivedKg = receivedKg(lot, shortWeight ? new BigDecimal("0.86") : receivedFactor(random));
                Instant processed = custody(lot, published, CustodyStep.PROCESSED, receivedKg, 8);
                long t2 = System.nanoTime();
                time.travelTo(processed.plus(Duration.ofHours(20 + random.nextInt(30))));
                reports.report(lot.winner(), lot.id(), lot.category(), lot.declared(), receivedKg, random, overRecovered);
                long t3 = System.nanoTime();
                phases[0] += t1 - t0;
                phases[1] += t2 - t1;
                phases[2] += t3 - t2;
                certified.add(lot.id());
            }
            inProgress(users, now, random);
        } finally {
            time.backToNow();
        }
        LOG.debug("Demo history: selling took {} ms, custody {} ms, reports {} ms", phases[0] / 1_000_000,
                phases[1] / 1_000_000, phases[2] / 1_000_000);
        flags.raiseNotReceivedInTime();
        decideSomeFlags(agency);
        monthlyReports.load(users, now);
        alterOneChain(certified.get(certified.size() / 2));
        return certified.size();
    }

    /** Lots stopped at each custody step now, and one awarded three weeks ago and never received (an overdue flag). */
    private void inProgress(Map<String, Caller> users, Instant now, Random random) {
        CustodyStep[] stops = {null, CustodyStep.PICKED_UP, CustodyStep.DELIVERED, CustodyStep.RECEIVED, CustodyStep.PROCESSED};
        for (int i = 0; i < stops.length; i++) {
            Instant published = now.minus(Duration.ofDays(12 - i));
            Lot lot = sell(users, FLOWS.get(i), published, random, CERTIFIED_LOTS + i);
            if (lot != null && stops[i] != null) {
                custody(lot, published, stops[i], receivedKg(lot, receivedFactor(random)), 1);
            }
        }
        sell(users, FLOWS.get(5), now.minus(Duration.ofDays(24)), random, CERTIFIED_LOTS + stops.length);
    }

    /** A sold lot: its parties, gross mass and declared content per element (kg, metal basis). */
    private record Lot(long id, String category, Caller seller, Caller winner, BigDecimal grossKg,
                       Map<String, BigDecimal> declared) {
    }

    /** Lists, publishes and sells one lot at {@code published}: the auction runs three days and closes awarded. */
    private Lot sell(Map<String, Caller> users, Flow flow, Instant published, Random random, int index) {
        time.travelTo(published);
        Caller seller = users.get(flow.seller());
        Organization organization = organizations.getOrganization(seller.organizationId());
        BigDecimal grossKg = BigDecimal.valueOf(flow.minKg() + random.nextInt(flow.maxKg() - flow.minKg() + 1));
        String title = titleOf(flow.category(), index);
        LotView view = lots.create(seller, new LotDraft(title, "Demo history: " + title.toLowerCase() + ".", flow.category(),
                grossKg.toPlainString(), flow.assay(), flow.assay().isEmpty(), organization.region(), organization.latitude(),
                organization.longitude(), List.of()));
        long lotId = view.lot().id();
        // Prices drift up over the two years, with some noise, so the price statistics have a trend to show.
        double trend = 0.85 + 0.3 * index / (double) CERTIFIED_LOTS + random.nextGaussian() * 0.04;
        BigDecimal start = grossKg.multiply(new BigDecimal(flow.pricePerKg())).multiply(BigDecimal.valueOf(trend))
                .setScale(0, RoundingMode.HALF_UP).max(BigDecimal.valueOf(100));
        Instant closes = published.plus(Duration.ofDays(3));
        lots.publish(seller, lotId, new AuctionService.Settings("ENGLISH", "CNY", start.toPlainString(), null,
                start.divide(BigDecimal.valueOf(50), 0, RoundingMode.UP).toPlainString(), null, closes, 0), null);
        Caller winner = null;
        for (String email : flow.recyclers()) {
            Caller recycler = users.get(email);
            if (matching.mayBid(recycler.organizationId(), lotId)) {
                winner = recycler;
                break;
            }
        }
        if (winner == null) {
            LOG.warn("Demo history: no recycler may bid on lot {} ({}); it stays open", lotId, title);
            return null;
        }
        time.travelTo(published.plus(Duration.ofHours(2 + random.nextInt(40))));
        BidAnswer answer = bidding.placeBid(winner, lotId, "demo-" + UUID.randomUUID(), start.toPlainString(), null);
        if (answer.problem() != null) {
            throw new IllegalStateException("Demo bid refused on lot " + lotId + ": " + answer.problem().detail());
        }
        time.travelTo(closes.plus(Duration.ofMinutes(1)));
        bidding.closeDue(10);
        Map<String, BigDecimal> declared = new TreeMap<>();
        for (LotCompositionLine line : view.composition()) {
            declared.put(line.element(), grossKg.multiply(line.fraction()).setScale(3, RoundingMode.HALF_UP));
        }
        return new Lot(lotId, flow.category(), seller, winner, grossKg, declared);
    }

    /**
     * Records the custody steps up to and including {@code last}: pickup a day after the close, delivery and the
     * weighbridge a day later, processing over {@code processingDays}. Returns when the last step happened.
     */
    private Instant custody(Lot lot, Instant published, CustodyStep last, BigDecimal received, int processingDays) {
        Instant closes = published.plus(Duration.ofDays(3));
        String document = "CMR-" + (100000 + lot.id());
        BigDecimal shipped = lot.grossKg().multiply(new BigDecimal("0.995")).setScale(3, RoundingMode.HALF_UP);
        Instant receivedAt = closes.plus(Duration.ofDays(2)).plus(Duration.ofHours(4));
        for (CustodyStep step : CustodyStep.values()) {
            Instant at = switch (step) {
                case PICKED_UP -> closes.plus(Duration.ofDays(1));
                case DELIVERED -> closes.plus(Duration.ofDays(2));
                case RECEIVED -> receivedAt;
                case PROCESSED -> receivedAt.plus(Duration.ofDays(processingDays));
            };
            time.travelTo(at.plus(Duration.ofMinutes(5)));
            NewCustodyEvent event = switch (step) {
                case PICKED_UP -> new NewCustodyEvent(step, at, shipped.toPlainString(), "Sinotrans Logistics",
                        "B·" + (10000 + lot.id() % 89999), document, null, null, null, null, null, null);
                case DELIVERED -> new NewCustodyEvent(step, at, null, null, null, document, null, null, null, null, null, null);
                case RECEIVED -> new NewCustodyEvent(step, at, null, null, null, null, null, received.toPlainString(),
                        "WB-" + (500000 + lot.id()), null, null, null);
                case PROCESSED -> new NewCustodyEvent(step, at, null, null, null, null, null, null, null,
                        DemoReports.routeOf(lot.category()),
                        LocalDate.ofInstant(receivedAt, ZoneOffset.UTC).plusDays(Math.min(1, processingDays - 1)),
                        LocalDate.ofInstant(at, ZoneOffset.UTC));
            };
            custody.record(step.party() == CustodyStep.Party.SELLER ? lot.seller() : lot.winner(), lot.id(), event);
            if (step == last) {
                return at;
            }
        }
        return null;
    }

    private static BigDecimal receivedKg(Lot lot, BigDecimal factor) {
        return lot.grossKg().multiply(factor).setScale(3, RoundingMode.HALF_UP);
    }

    /** What the weighbridge finds: a little under the declared gross mass, well within the tolerance. */
    private static BigDecimal receivedFactor(Random random) {
        return BigDecimal.valueOf(0.965 + random.nextDouble() * 0.04).setScale(4, RoundingMode.HALF_UP);
    }

    /** The agency dismisses the first flag raised and confirms the second; the rest stay open. */
    private void decideSomeFlags(Caller agency) {
        List<Long> open = flags.list(agency, new FlagService.Filter(FlagStatus.OPEN, null, null, null, null, null), null, 100).items().stream()
                .map(f -> f.flag().id()).sorted().toList();
        if (open.size() > 0) {
            flags.decide(agency, open.get(0), "DISMISS", "Weighbridge calibration checked; moisture loss in transit explains the difference.");
        }
        if (open.size() > 1) {
            flags.decide(agency, open.get(1), "CONFIRM", "Referred to the provincial inspectorate for a site visit.");
        }
    }

    /** Changes one received weight behind the application's back, so that lot's chain no longer verifies. */
    private void alterOneChain(long lotId) {
        int changed = jdbc.prepareStatement("UPDATE custody_event SET weighed_kg = weighed_kg - 250 "
                + "WHERE lot_id = ? AND type = 'RECEIVED'", statement -> {
            statement.setLong(1, lotId);
            return statement.executeUpdate();
        });
        LOG.warn("Demo data: altered lot {}'s RECEIVED custody event directly in the database (weighed kg lowered by 250) "
                + "so that agencies have a broken chain to find; {} row changed", lotId, changed);
    }

    private static String titleOf(String category, int index) {
        String what = switch (category) {
            case "NDFEB_MAGNET" -> "Sintered NdFeB scrap";
            case "MAGNET_MOTOR" -> "End-of-life servo motors";
            case "FLUORESCENT_LAMP" -> "Crushed fluorescent tubes";
            case "FCC_CATALYST" -> "Spent FCC catalyst";
            case "MOLTEN_SALT_SLAG" -> "Electrolysis slag";
            case "NIMH_BATTERY" -> "NiMH battery packs";
            case "LAMP_PHOSPHOR" -> "Recovered lamp phosphor";
            case "AUTO_CATALYST" -> "Auto-catalyst monoliths";
            case "SMCO_MAGNET" -> "SmCo magnet rejects";
            case "POLISHING_POWDER" -> "Spent ceria polishing powder";
            default -> "Shredded electronics";
        };
        return what + ", batch " + (2401 + index);
    }
}
