package org.reex.auction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.reex.shared.error.ProblemDetail;

/**
 * The answer to one bid request, accepted or refused. Stored under the request's idempotency key and given again,
 * unchanged, to a retry with the same key and body.
 */
@Serdeable
public record BidAnswer(int status, @Nullable Long bidId, @Nullable String outcome, @Nullable AuctionView auction,
                        @Nullable ProblemDetail problem) {
}
