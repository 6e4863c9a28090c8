package org.reex.shared.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import org.reex.shared.error.TooManyRequestsException;
import reactor.core.publisher.Flux;

import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most {@code reex.limits.streams.per-user} live streams (lots' and the bell's together) open at once per user on
 * this instance; one more is a 429 with Retry-After. A filter rather than code in the stream controllers: it holds a
 * slot from the request until the stream's body ends (the client leaves, or the server ends it), whichever
 * controller serves it.
 */
@Filter({"/api/v1/lots/*/live", "/api/v1/notifications/live"})
public class LiveStreamLimit implements HttpServerFilter {

    private final int perUser;
    private final long retryAfterSeconds;
    private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

    public LiveStreamLimit(@Value("${reex.limits.streams.per-user:32}") int perUser,
                           @Value("${reex.limits.streams.retry-after:10s}") Duration retryAfter) {
        this.perUser = perUser;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    /** After security: the caller is known (an anonymous request is refused there and never counted). */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Principal> principal = request.getUserPrincipal();
        if (principal.isEmpty()) {
            return chain.proceed(request);
        }
        String user = principal.get().getName();
        if (!tryOpen(user)) {
            return Flux.error(new TooManyRequestsException(
                    "Too many live streams open for this user. Close one, or try again later.", retryAfterSeconds));
        }
        AtomicBoolean released = new AtomicBoolean();
        AtomicBoolean answered = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                close(user);
            }
        };
        return Flux.<MutableHttpResponse<?>>from(chain.proceed(request))
                .doOnNext(response -> {
                    answered.set(true);
                    if (response.body() instanceof Publisher<?> stream) {
                        ((MutableHttpResponse<Object>) response).body(Flux.from(stream).doFinally(signal -> release.run()));
                    } else {
                        release.run();
                    }
                })
                .doOnError(error -> release.run())
                // Taking the one response may cancel this publisher: only a cancel before it frees the slot.
                .doOnCancel(() -> {
                    if (!answered.get()) {
                        release.run();
                    }
                });
    }

    private boolean tryOpen(String user) {
        AtomicBoolean opened = new AtomicBoolean();
        open.compute(user, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perUser) {
                return count;
            }
            opened.set(true);
            return now + 1;
        });
        return opened.get();
    }

    private void close(String user) {
        open.computeIfPresent(user, (key, count) -> count <= 1 ? null : count - 1);
    }
}
