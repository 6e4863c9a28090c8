package org.reex.certificate;

/**
 * Recomputes a lot's custody chain for its certificate. The custody feature owns the chain; certificates only show
 * its current status, so a chain altered after issue shows as broken on the public page.
 */
public interface CustodyChains {

    ChainStatus verify(long lotId);
}
