package org.reex.stats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The overview against the period before it (lots in 1998), and clearing prices of awarded auctions (closed in
 * 1999) with their medians worked out by hand.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsOverviewAndPricesTest {

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    StatsOrgs orgs;

    @Inject
    RollupFixture fixture;

    String agency;
    StatsOrgs.Org seller;
    StatsOrgs.Org recycler;

    @BeforeAll
    void setUp() {
        agency = accounts.agencyToken();
        seller = orgs.register("MANUFACTURER", "Overview Seller");
        recycler = orgs.register("RECYCLER", "Overview Recycler");
        // Previous period 1998-01..03: Nd 10 of 20; current 1998-04..06: Nd 30 of 40 and Dy 1.5 of 2 (two lots).
        add("1998-02-10T00:00:00Z", List.of(mass("Nd", "20.000", "10.000")));
        add("1998-04-01T00:00:00Z", List.of(mass("Nd", "40.000", "30.000")));
        add("1998-06-30T23:59:59Z", List.of(mass("Dy", "2.000", "1.500")));
    }

    private static CertifiedLot.ElementMass mass(String element, String declared, String recovered) {
        return new CertifiedLot.ElementMass(element, new BigDecimal(declared), new BigDecimal(recovered));
    }

    private void add(String at, List<CertifiedLot.ElementMass> masses) {
        fixture.add(new CertifiedLot(RecoveryRollupsTest.LOT_IDS.incrementAndGet(), Instant.parse(at), "NDFEB_MAGNET",
                "Overview Region", recycler.id(), seller.id(), masses));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverviewComparesWithThePeriodBefore() {
        Map<String, Object> o = http.get("/api/v1/stats/overview?from=1998-04&to=1998-06", agency).json();
        assertEquals("1998-01", o.get("previousFrom"));
        assertEquals("1998-03", o.get("previousTo"));
        assertEquals("31.500", o.get("recoveredKg"));
        assertEquals("10.000", o.get("previousRecoveredKg"));
        assertEquals("42.000", o.get("declaredKg"));
        assertEquals("0.750000", o.get("recoveryRate"));
        assertEquals("0.500000", o.get("previousRecoveryRate"));
        assertEquals(2, ((Number) o.get("lotsCertified")).intValue());
        assertEquals(1, ((Number) o.get("previousLotsCertified")).intValue());
        assertEquals(List.of(Map.of("element", "Nd", "recoveredKg", "30.000", "previousRecoveredKg", "10.000"),
                Map.of("element", "Dy", "recoveredKg", "1.500", "previousRecoveredKg", "0.000")), o.get("byElement"));
        assertFalse(((Number) o.get("openFlags")).longValue() < 0);

        Map<String, Object> own = http.get("/api/v1/stats/overview?from=1998-04&to=1998-06", seller.token()).json();
        assertEquals("31.500", own.get("recoveredKg"));
    }

    private void award(String category, String currency, String price, String grossKg, String reoKg, String closedAt) {
        long lotId = fixture.insert("INSERT INTO lot (seller_organization_id, title, description, category, gross_mass_kg, contained_ree_kg,"
                        + " contained_reo_kg, region, latitude, longitude, hazards, status, version)"
                        + " VALUES (?, 'Priced lot', 'x', ?, ?, 0, ?, 'Ganzhou', 25.8, 114.9, '', 'AWARDED', 1)",
                seller.id(), category, new BigDecimal(grossKg), new BigDecimal(reoKg));
        fixture.insert("INSERT INTO auction (lot_id, auction_type, currency, start_price, min_increment, soft_close_seconds,"
                        + " status, current_price, result, closed_at, seller_organization_id)"
                        + " VALUES (?, 'ENGLISH', ?, 1, 1, 0, 'CLOSED', ?, 'AWARDED', ?, ?)",
                lotId, currency, new BigDecimal(price), LocalDateTime.parse(closedAt), seller.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void pricesArePerCategoryMonthAndCurrencyWithMedians() {
        award("SMCO_MAGNET", "CNY", "10000.0000", "2000.000", "100.000", "1999-03-01T00:00:00");
        award("SMCO_MAGNET", "CNY", "30000.0000", "1000.000", "0.000", "1999-03-15T12:00:00");
        award("SMCO_MAGNET", "CNY", "7000.0000", "3000.000", "50.000", "1999-03-31T23:59:59.999999");
        award("SMCO_MAGNET", "CNY", "1234.5678", "999.999", "3.000", "1999-03-20T00:00:00");
        award("SMCO_MAGNET", "USD", "500.0000", "100.000", "10.000", "1999-03-05T00:00:00");
        award("SMCO_MAGNET", "CNY", "99999.0000", "1.000", "1.000", "1999-04-01T00:00:00");
        award("E_WASTE", "CNY", "100.0000", "10.000", "1.000", "1999-03-05T00:00:00");

        Map<String, Object> body = http.get("/api/v1/stats/prices?from=1999-03&to=1999-03&category=SMCO_MAGNET",
                accounts.tokenFor("RECYCLER")).json();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) body.get("rows");
        assertEquals(2, rows.size(), rows.toString());
        Map<String, Object> cny = rows.get(0);
        assertEquals("CNY", cny.get("currency"));
        assertEquals("1999-03", cny.get("month"));
        assertEquals(4, ((Number) cny.get("lotsAwarded")).intValue());
        assertEquals("48234.5678", cny.get("totalPrice"));
        assertEquals("6999.999", cny.get("totalGrossKg"));
        // Per tonne: 5000, 30000, 2333.33..., 1234.5690345... -> median (2333.3333... + 5000) / 2 = 3666.6667
        assertEquals("3666.6667", cny.get("medianPricePerTonne"));
        // Per kg REO (the lot without REO left out): 100, 140, 411.5226 -> 140
        assertEquals("140.0000", cny.get("medianPricePerKgReo"));
        assertEquals("USD", rows.get(1).get("currency"));
        assertEquals("5000.0000", rows.get(1).get("medianPricePerTonne"));

        List<Map<String, Object>> all = (List<Map<String, Object>>) http.get("/api/v1/stats/prices?from=1999-01&to=1999-12",
                agency).json().get("rows");
        assertEquals(List.of("E_WASTE|1999-03|CNY", "SMCO_MAGNET|1999-03|CNY", "SMCO_MAGNET|1999-03|USD", "SMCO_MAGNET|1999-04|CNY"),
                all.stream().map(r -> r.get("category") + "|" + r.get("month") + "|" + r.get("currency")).toList());
    }
}
