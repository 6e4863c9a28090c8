package org.reex.auction;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * English auction with proxy bidding, as a pure function of the auction's state and one offer.
 * <ul>
 *   <li>A bid must be at least the start price, and once there is a price, at least the price plus the increment.</li>
 *   <li>A bidder may give a maximum; the visible price is the lower of the top maximum and the second-highest
 *       maximum plus one increment (never below the bid's own amount). On equal maximums the earlier bid leads.</li>
 *   <li>A bidder never outbids itself: the leader bidding again only raises its maximum ({@link Outcome#RAISED});
 *       its amount means nothing then, and the price stays, unless the reserve lifts it (next item).</li>
 *   <li>Reserve (eBay's rule): when the leader's maximum is at or above the hidden reserve, the price is at least the
 *       reserve, i.e. it rises at once to the reserve, or to what the proxy rule gives if that is higher. This holds
 *       for a leader's raise too: a raise that takes its maximum to the reserve lifts the price to the reserve
 *       (still {@link Outcome#RAISED}: nobody else bid).</li>
 * </ul>
 * Sealed tenders take any bid of at least the start price; the highest amount leads, the earlier on ties; the reserve
 * does not move their price.
 */
public final class ProxyRule {

    /**
     * {@code RAISED}: the leader gave a higher maximum. The leader's maximum changes and the leader stays; the price
     * stays too, except that a maximum reaching a reserve the price is below lifts the price to the reserve. It is no
     * bid: it does not count, and the leader's amount means nothing. (What the public sees of a raise that lifts the
     * price is BiddingService's business: ADR 006.)
     */
    public enum Outcome { LEADING, OUTBID, SEALED, RAISED }

    /** What the rule needs to know; {@code leaderMax} is the leader's maximum (its amount in a sealed tender). */
    public record State(BigDecimal startPrice, BigDecimal increment, @Nullable BigDecimal price,
                        @Nullable Long leaderOrganizationId, @Nullable BigDecimal leaderMax) {
    }

    public record Offer(long organizationId, BigDecimal amount, @Nullable BigDecimal maxAmount) {

        BigDecimal effectiveMax() {
            return maxAmount == null ? amount : maxAmount.max(amount);
        }
    }

    public sealed interface Result permits Accepted, TooLow {
    }

    public record Accepted(State state, Outcome outcome) implements Result {
    }

    /** Refused: the offer (or, for the leader, its new maximum) must be at least {@code minimum}. */
    public record TooLow(BigDecimal minimum, boolean alreadyLeading) implements Result {
    }

    private ProxyRule() {
    }

    public static BigDecimal minimumBid(State s) {
        return s.price() == null ? s.startPrice() : s.price().add(s.increment());
    }

    public static Result english(State s, Offer o) {
        return english(s, o, null);
    }

    /** {@link #english(State, Offer)} with the auction's hidden reserve ({@code null}: none). */
    public static Result english(State s, Offer o, @Nullable BigDecimal reserve) {
        Result r = proxy(s, o);
        if (reserve == null || !(r instanceof Accepted a)) {
            return r;
        }
        State n = a.state();
        if (n.leaderMax().compareTo(reserve) < 0 || n.price().compareTo(reserve) >= 0) {
            return r;
        }
        return new Accepted(new State(n.startPrice(), n.increment(), reserve, n.leaderOrganizationId(), n.leaderMax()),
                a.outcome());
    }

    private static Result proxy(State s, Offer o) {
        BigDecimal offeredMax = o.effectiveMax();
        if (s.leaderOrganizationId() != null && s.leaderOrganizationId() == o.organizationId()) {
            if (offeredMax.compareTo(s.leaderMax()) <= 0) {
                return new TooLow(s.leaderMax().add(s.increment()), true);
            }
            return new Accepted(new State(s.startPrice(), s.increment(), s.price(), s.leaderOrganizationId(), offeredMax), Outcome.RAISED);
        }
        BigDecimal minimum = minimumBid(s);
        if (o.amount().compareTo(minimum) < 0) {
            return new TooLow(minimum, false);
        }
        if (s.leaderOrganizationId() == null) {
            return new Accepted(new State(s.startPrice(), s.increment(), o.amount(), o.organizationId(), offeredMax),
                    Outcome.LEADING);
        }
        if (offeredMax.compareTo(s.leaderMax()) > 0) {
            BigDecimal price = o.amount().max(offeredMax.min(s.leaderMax().add(s.increment())));
            return new Accepted(new State(s.startPrice(), s.increment(), price, o.organizationId(), offeredMax),
                    Outcome.LEADING);
        }
        BigDecimal price = o.amount().max(s.leaderMax().min(offeredMax.add(s.increment())));
        return new Accepted(new State(s.startPrice(), s.increment(), price, s.leaderOrganizationId(), s.leaderMax()), Outcome.OUTBID);
    }

    public static Result sealed(State s, Offer o) {
        if (o.amount().compareTo(s.startPrice()) < 0) {
            return new TooLow(s.startPrice(), false);
        }
        boolean leads = s.leaderMax() == null || o.amount().compareTo(s.leaderMax()) > 0;
        State next = leads
                ? new State(s.startPrice(), s.increment(), o.amount(), o.organizationId(), o.amount())
                : s;
        return new Accepted(next, Outcome.SEALED);
    }
}
