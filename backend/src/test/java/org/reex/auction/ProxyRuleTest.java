package org.reex.auction;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxyRuleTest {

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static ProxyRule.State start() {
        return new ProxyRule.State(d("100"), d("10"), null, null, null);
    }

    private static ProxyRule.Accepted accept(ProxyRule.State s, long org, String amount, String max) {
        ProxyRule.Result r = ProxyRule.english(s, new ProxyRule.Offer(org, d(amount), max == null ? null : d(max)));
        return assertInstanceOf(ProxyRule.Accepted.class, r);
    }

    @Test
    void theFirstBidMustReachTheStartPriceAndSetsThePrice() {
        ProxyRule.TooLow low = assertInstanceOf(ProxyRule.TooLow.class,
                ProxyRule.english(start(), new ProxyRule.Offer(A, d("99.9999"), null)));
        assertEquals(d("100"), low.minimum());
        ProxyRule.Accepted first = accept(start(), A, "100", "300");
        assertEquals(d("100"), first.state().price());
        assertEquals(ProxyRule.Outcome.LEADING, first.outcome());
    }

    @Test
    void laterBidsNeedThePricePlusOneIncrement() {
        ProxyRule.State s = accept(start(), A, "100", null).state();
        assertInstanceOf(ProxyRule.TooLow.class, ProxyRule.english(s, new ProxyRule.Offer(B, d("109.9999"), null)));
        assertEquals(d("110"), accept(s, B, "110", null).state().price());
    }

    @Test
    void aProxyMaximumBidsForItsOwnerByTheIncrement() {
        ProxyRule.State s = accept(start(), A, "100", "300").state();
        ProxyRule.Accepted b = accept(s, B, "150", null);
        assertEquals(ProxyRule.Outcome.OUTBID, b.outcome(), "A's maximum of 300 beats 150");
        assertEquals(d("160"), b.state().price(), "second-highest maximum (150) plus one increment");
        assertEquals(A, b.state().leaderOrganizationId());
        ProxyRule.Accepted c = accept(b.state(), C, "170", "400");
        assertEquals(ProxyRule.Outcome.LEADING, c.outcome());
        assertEquals(d("310"), c.state().price(), "lower of the top maximum (400) and the second (300) plus 10");
    }

    @Test
    void theTopMaximumCapsThePrice() {
        ProxyRule.State s = accept(start(), A, "100", "305").state();
        ProxyRule.Accepted b = accept(s, B, "300", null);
        assertEquals(A, b.state().leaderOrganizationId());
        assertEquals(d("305"), b.state().price(), "300 + 10 exceeds A's 305: the price stops at the top maximum");
    }

    @Test
    void onEqualMaximumsTheEarlierBidLeads() {
        ProxyRule.State s = accept(start(), A, "100", "300").state();
        ProxyRule.Accepted b = accept(s, B, "120", "300");
        assertEquals(A, b.state().leaderOrganizationId());
        assertEquals(ProxyRule.Outcome.OUTBID, b.outcome());
        assertEquals(d("300"), b.state().price());
    }

    @Test
    void aBidderNeverOutbidsItselfAndMayRaiseItsMaximum() {
        ProxyRule.State s = accept(start(), A, "100", "200").state();
        ProxyRule.Accepted raised = accept(s, A, "110", "500");
        assertEquals(d("100"), raised.state().price(), "raising one's own maximum leaves the price alone");
        assertEquals(d("500"), raised.state().leaderMax());
        assertEquals(ProxyRule.Outcome.RAISED, raised.outcome(), "a raise, not a bid");
        ProxyRule.Accepted token = accept(s, A, "0.0001", "600");
        assertEquals(ProxyRule.Outcome.RAISED, token.outcome(), "the leader's amount means nothing");
        assertEquals(d("100"), token.state().price());
        assertEquals(d("600"), token.state().leaderMax());
        ProxyRule.TooLow same = assertInstanceOf(ProxyRule.TooLow.class, ProxyRule.english(raised.state(),
                new ProxyRule.Offer(A, d("120"), d("500"))));
        assertTrue(same.alreadyLeading());
        assertEquals(d("510"), same.minimum());
        ProxyRule.Accepted b = accept(raised.state(), B, "400", null);
        assertEquals(d("410"), b.state().price());
        assertEquals(A, b.state().leaderOrganizationId());
    }

    @Test
    void anExplicitAmountAboveTheProxyPriceSetsThePrice() {
        ProxyRule.State s = accept(start(), A, "100", "120").state();
        ProxyRule.Accepted b = accept(s, B, "250", null);
        assertEquals(B, b.state().leaderOrganizationId());
        assertEquals(d("250"), b.state().price(), "a jump bid is its own amount");
    }

    @Test
    void sealedTendersTakeTheHighestAmountAndTheEarlierOnTies() {
        ProxyRule.State s = start();
        s = assertInstanceOf(ProxyRule.Accepted.class, ProxyRule.sealed(s, new ProxyRule.Offer(A, d("150"), null))).state();
        s = assertInstanceOf(ProxyRule.Accepted.class, ProxyRule.sealed(s, new ProxyRule.Offer(B, d("150"), null))).state();
        assertEquals(A, s.leaderOrganizationId());
        s = assertInstanceOf(ProxyRule.Accepted.class, ProxyRule.sealed(s, new ProxyRule.Offer(C, d("151"), null))).state();
        assertEquals(C, s.leaderOrganizationId());
        assertInstanceOf(ProxyRule.TooLow.class, ProxyRule.sealed(s, new ProxyRule.Offer(B, d("99"), null)));
        assertInstanceOf(ProxyRule.Accepted.class, ProxyRule.sealed(s, new ProxyRule.Offer(B, d("100"), null)),
                "a sealed bid need only reach the start price");
    }

    private static ProxyRule.Accepted acceptR(ProxyRule.State s, long org, String amount, String max, String reserve) {
        ProxyRule.Result r = ProxyRule.english(s, new ProxyRule.Offer(org, d(amount), max == null ? null : d(max)), d(reserve));
        return assertInstanceOf(ProxyRule.Accepted.class, r);
    }

    @Test
    void aMaximumBelowTheReserveLeavesThePriceAtTheBid() {
        assertEquals(d("100"), acceptR(start(), A, "100", "149.9999", "150").state().price());
    }

    @Test
    void aMaximumAtTheReserveRaisesThePriceToTheReserveAtOnce() {
        ProxyRule.Accepted a = acceptR(start(), A, "100", "150", "150");
        assertEquals(d("150"), a.state().price());
        assertEquals(ProxyRule.Outcome.LEADING, a.outcome());
    }

    @Test
    void aMaximumAboveTheReserveRaisesThePriceToTheReserveOnlyOrToTheProxyPriceIfHigher() {
        assertEquals(d("150"), acceptR(start(), A, "100", "400", "150").state().price());
        ProxyRule.State aAt300 = acceptR(start(), A, "100", "300", "150").state();
        assertEquals(d("150"), aAt300.price());
        ProxyRule.Accepted b = acceptR(aAt300, B, "200", "500", "150");
        assertEquals(d("310"), b.state().price(), "proxy price 300 + 10 is above the reserve");
        assertEquals(B, b.state().leaderOrganizationId());
    }

    @Test
    void twoBiddersStraddlingTheReserve() {
        ProxyRule.State aBelow = acceptR(start(), A, "100", "120", "150").state();
        assertEquals(d("100"), aBelow.price());
        ProxyRule.Accepted b = acceptR(aBelow, B, "110", "200", "150");
        assertEquals(d("150"), b.state().price(), "B's maximum meets the reserve; A's 120 + 10 is lower");
        assertEquals(B, b.state().leaderOrganizationId());
        ProxyRule.Accepted a = acceptR(b.state(), A, "160", null, "150");
        assertEquals(ProxyRule.Outcome.OUTBID, a.outcome());
        assertEquals(d("170"), a.state().price());
    }

    @Test
    void afterTheJumpToTheReserveTheNextMinimumIsTheReservePlusTheIncrement() {
        ProxyRule.State aHigh = acceptR(start(), A, "100", "500", "150").state();
        ProxyRule.TooLow low = assertInstanceOf(ProxyRule.TooLow.class,
                ProxyRule.english(aHigh, new ProxyRule.Offer(B, d("159.9999"), null), d("150")));
        assertEquals(d("160"), low.minimum());
        ProxyRule.Accepted b = acceptR(aHigh, B, "160", null, "150");
        assertEquals(ProxyRule.Outcome.OUTBID, b.outcome());
        assertEquals(d("170"), b.state().price());
    }

    @Test
    void aLeaderRaisingItsMaximumToTheReserveLiftsThePriceToTheReserve() {
        ProxyRule.State aBelow = acceptR(start(), A, "100", "120", "150").state();
        ProxyRule.Accepted belowReserve = acceptR(aBelow, A, "0.0001", "149.9999", "150");
        assertEquals(ProxyRule.Outcome.RAISED, belowReserve.outcome());
        assertEquals(d("100"), belowReserve.state().price(), "a raise below the reserve leaves the price alone");
        ProxyRule.Accepted at = acceptR(belowReserve.state(), A, "0.0001", "150", "150");
        assertEquals(ProxyRule.Outcome.RAISED, at.outcome(), "still a raise: nobody else bid");
        assertEquals(d("150"), at.state().price(), "the maximum reaches the reserve: the price rises to it");
        assertEquals(A, at.state().leaderOrganizationId());
        assertEquals(d("150"), at.state().leaderMax());
        ProxyRule.Accepted above = acceptR(aBelow, A, "120", "900", "150");
        assertEquals(d("150"), above.state().price(), "to the reserve only, whatever the amount or maximum");
        ProxyRule.Accepted again = acceptR(above.state(), A, "0.0001", "1000", "150");
        assertEquals(d("150"), again.state().price(), "once the reserve is met a raise leaves the price alone");
        assertEquals(d("1000"), again.state().leaderMax());
        ProxyRule.Accepted b = acceptR(above.state(), B, "160", "300", "150");
        assertEquals(ProxyRule.Outcome.OUTBID, b.outcome());
        assertEquals(d("310"), b.state().price(), "a rival then meets the raised maximum by the proxy rule");
        assertEquals(d("100"), accept(aBelow, A, "0.0001", "900").state().price(), "no reserve, no lift");
    }

    @Test
    void sealedTendersIgnoreTheReserve() {
        ProxyRule.Accepted a = assertInstanceOf(ProxyRule.Accepted.class,
                ProxyRule.sealed(start(), new ProxyRule.Offer(A, d("100"), null)));
        assertEquals(d("100"), a.state().price());
    }
}
