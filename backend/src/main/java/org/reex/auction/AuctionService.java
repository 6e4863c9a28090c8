package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.shared.Decimals;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.Violations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/** A lot's auction: its settings now; bidding, live updates and closing build on this. */
@Singleton
public class AuctionService {

    static final Set<String> TYPES = Set.of("ENGLISH", "SEALED");
    static final int MAX_SOFT_CLOSE_SECONDS = 3600;
    static final Duration MAX_DURATION = Duration.ofDays(90);
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private final AuctionRepository auctions;
    private final Clock clock;

    public AuctionService(AuctionRepository auctions, Clock clock) {
        this.auctions = auctions;
        this.clock = clock;
    }

    /** Raw settings as a client sends them. */
    public record Settings(@Nullable String auctionType, @Nullable String currency, @Nullable String startPrice,
                           @Nullable String reservePrice, @Nullable String minIncrement, @Nullable Instant opensAt,
                           @Nullable Instant closesAt, @Nullable Integer softCloseSeconds) {
    }

    /** Checks the settings against the rules; every broken rule is recorded against its field. */
    public Optional<AuctionTerms> validate(Settings settings, Violations violations) {
        Instant now = clock.instant();
        String type = settings.auctionType();
        if (type == null || !TYPES.contains(type)) {
            violations.add("auctionType", "must be ENGLISH or SEALED");
        }
        // Exactly as ISO 4217 writes it (upper case, no padding), like every enum value of the API: "cny" is refused.
        String currency = settings.currency();
        if (currency == null || !isIsoCurrency(currency)) {
            violations.add("currency", "must be an upper-case ISO 4217 currency code such as CNY, USD or EUR");
        }
        BigDecimal start = positive(Decimals.parse(settings.startPrice(), "startPrice", 4, violations), "startPrice", violations);
        BigDecimal increment = positive(Decimals.parse(settings.minIncrement(), "minIncrement", 4, violations), "minIncrement", violations);
        BigDecimal reserve = null;
        if (settings.reservePrice() != null && !settings.reservePrice().isBlank()) {
            reserve = positive(Decimals.parse(settings.reservePrice(), "reservePrice", 4, violations), "reservePrice", violations);
            if (reserve != null && start != null && reserve.compareTo(start) < 0) {
                violations.add("reservePrice", "must be at least the start price");
            }
        }
        Instant opens = settings.opensAt() == null ? now : settings.opensAt();
        Instant closes = settings.closesAt();
        if (closes == null) {
            violations.add("closesAt", "is required");
        } else if (!closes.isAfter(now)) {
            violations.add("closesAt", "must be in the future");
        } else if (!closes.isAfter(opens)) {
            violations.add("closesAt", "must be after opensAt");
        } else if (Duration.between(opens, closes).compareTo(MAX_DURATION) > 0) {
            violations.add("closesAt", "must be at most 90 days after opensAt");
        }
        Integer softClose = settings.softCloseSeconds();
        if (softClose == null || softClose < 0 || softClose > MAX_SOFT_CLOSE_SECONDS) {
            violations.add("softCloseSeconds", "must be between 0 and 3600");
        }
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AuctionTerms(type, currency, start.setScale(4), reserve == null ? null : reserve.setScale(4),
                increment.setScale(4), opens, closes, softClose));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public Auction open(long lotId, long sellerOrganizationId, AuctionTerms terms) {
        return auctions.save(new Auction(lotId, sellerOrganizationId, terms.auctionType(), terms.currency(), terms.startPrice(),
                terms.reservePrice(), terms.minIncrement(), terms.opensAt(), terms.closesAt(), terms.closesAt(),
                terms.softCloseSeconds(), 0, Auction.OPEN, null, null, null, null, 0, null, null, clock.instant()));
    }

    /**
     * Cancels an open auction that has no bid yet. Takes the auction's row lock, the one every bid takes, so a bid
     * and a cancellation cannot both succeed.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void cancel(long lotId) {
        Auction auction = auctions.findByIdForUpdate(lotId).orElseThrow();
        if (auction.bidCount() > 0) {
            throw new ConflictException("status", "This lot has bids and can no longer be cancelled.");
        }
        auctions.update(auction.cancelled());
    }

    public Optional<Auction> forLot(long lotId) {
        return auctions.findById(lotId);
    }

    /** The auctions of the given lots (those published), by lot id. */
    public java.util.Map<Long, Auction> forLots(java.util.Collection<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return java.util.Map.of();
        }
        return auctions.findByLotIdIn(lotIds).stream()
                .collect(java.util.stream.Collectors.toMap(Auction::lotId, java.util.function.Function.identity()));
    }

    private static boolean isIsoCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Nullable
    private static BigDecimal positive(@Nullable BigDecimal value, String field, Violations violations) {
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            violations.add(field, "must be greater than 0");
            return null;
        }
        if (value.compareTo(MAX_AMOUNT) >= 0) {
            violations.add(field, "is too large");
            return null;
        }
        return value;
    }
}
