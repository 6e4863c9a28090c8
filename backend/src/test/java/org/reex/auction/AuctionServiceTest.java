package org.reex.auction;

import org.junit.jupiter.api.Test;
import org.reex.shared.error.Violations;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

class AuctionServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final AuctionService service = new AuctionService(mock(AuctionRepository.class), Clock.fixed(NOW, ZoneOffset.UTC));

    private static AuctionService.Settings settings(String start, String reserve, String increment, Instant opens, Instant closes) {
        return new AuctionService.Settings("ENGLISH", "CNY", start, reserve, increment, opens, closes, 300);
    }

    @Test
    void validSettingsAreNormalisedToFourDecimals() {
        Violations violations = new Violations();

        AuctionTerms terms = service.validate(settings("100", "100.5", "0.5", null, NOW.plusSeconds(60)), violations).orElseThrow();

        assertTrue(violations.isEmpty());
        assertEquals("CNY", terms.currency());
        assertEquals("100.0000", terms.startPrice().toPlainString());
        assertEquals("100.5000", terms.reservePrice().toPlainString());
        assertEquals(NOW, terms.opensAt(), "opens now when no time is given");
    }

    @Test
    void aReserveEqualToTheStartIsAcceptedAndOneCentBelowIsNot() {
        assertTrue(ok(settings("100.00", "100.00", "1", null, NOW.plusSeconds(60))));
        Violations below = new Violations();
        service.validate(settings("100.00", "99.99", "1", null, NOW.plusSeconds(60)), below);
        assertTrue(below.has("reservePrice"));
    }

    @Test
    void closingMustBeInTheFutureAndAfterOpening() {
        assertFalse(ok(settings("1", null, "1", null, NOW)), "closing exactly now is not in the future");
        assertTrue(ok(settings("1", null, "1", null, NOW.plusMillis(1))));
        assertFalse(ok(settings("1", null, "1", NOW.plusSeconds(60), NOW.plusSeconds(60))));
        assertFalse(ok(settings("1", null, "1", NOW, NOW.plusSeconds(91L * 24 * 3600))), "at most 90 days");
    }

    @Test
    void amountsMustBePositiveDecimalsWithAtMostFourPlaces() {
        assertFalse(ok(settings("0", null, "1", null, NOW.plusSeconds(60))));
        assertFalse(ok(settings("1", null, "0", null, NOW.plusSeconds(60))));
        assertFalse(ok(settings("1.00001", null, "1", null, NOW.plusSeconds(60))));
        assertFalse(ok(settings("1e3x", null, "1", null, NOW.plusSeconds(60))));
        assertTrue(ok(settings("1.00010", null, "0.0001", null, NOW.plusSeconds(60))), "trailing zeros do not count");
    }

    @Test
    void unknownCurrenciesAndTypesAreRefused() {
        Violations violations = new Violations();
        Optional<AuctionTerms> terms = service.validate(new AuctionService.Settings("DUTCH", "ABC", "1", null, "1", null,
                NOW.plusSeconds(60), 4000), violations);

        assertTrue(terms.isEmpty());
        assertTrue(violations.has("auctionType"));
        assertTrue(violations.has("currency"));
        assertTrue(violations.has("softCloseSeconds"));
    }

    private boolean ok(AuctionService.Settings settings) {
        Violations violations = new Violations();
        return service.validate(settings, violations).isPresent() && violations.isEmpty();
    }
}
