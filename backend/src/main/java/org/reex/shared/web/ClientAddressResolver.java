package org.reex.shared.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.server.util.ProxyHeaderParser;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The client address every limit counts by (sign-in, sign-up, the tip line). Micronaut's own resolver believes
 * {@code Forwarded}/{@code X-Forwarded-For} from anyone, so a client could pick a fresh address per request and
 * dodge or aim any per-address limit; and {@code micronaut.server.client-address-header} only changes which header
 * it believes first. This one replaces it for every caller: the socket's peer is the client, unless the peer is one
 * of {@code reex.limits.trusted-proxies} (addresses or CIDR ranges). Only then are the proxy headers read: the
 * configured {@code client-address-header} if set, else the {@code for} list of {@code Forwarded} or
 * {@code X-Forwarded-For}, walked from the right past the trusted proxies to the first hop that is not one. What
 * lies left of that hop was written by the client and is never read.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddressResolver implements HttpClientAddressResolver {

    private final List<IpSubnetFilterRule> trustedProxies;
    private final @Nullable String clientAddressHeader;

    public ClientAddressResolver(@Value("${reex.limits.trusted-proxies:}") List<String> trustedProxies,
                                 HttpServerConfiguration server) {
        this.trustedProxies = trustedProxies.stream()
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(ClientAddressResolver::rule)
                .toList();
        this.clientAddressHeader = server.getClientAddressHeader();
    }

    @Override
    @SuppressWarnings("rawtypes") // the interface takes a raw HttpRequest
    public @Nullable String resolve(@NonNull HttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return null;
        }
        if (!trusted(peer.getAddress())) {
            return peer.getAddress().getHostAddress();
        }
        if (clientAddressHeader != null) {
            InetAddress named = parse(request.getHeaders().get(clientAddressHeader));
            return (named == null ? peer.getAddress() : named).getHostAddress();
        }
        List<String> hops = new ProxyHeaderParser((HttpRequest<?>) request).getFor();
        InetAddress client = peer.getAddress();
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = parse(hops.get(i));
            if (hop == null) {
                break;
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trustedProxies.stream().anyMatch(rule -> rule.matches(socket));
    }

    /**
     * An address literal as proxies write it ({@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code [2001:db8::1]:4711},
     * {@code 2001:db8::1}), or null for anything else (RFC 7239's {@code unknown} and obfuscated names). Never asks
     * DNS.
     */
    static @Nullable InetAddress parse(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            value = close < 0 ? "" : value.substring(1, close);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        return NetUtil.createInetAddressFromIpAddressString(value);
    }

    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
        if (parsed == null) {
            throw new IllegalArgumentException("reex.limits.trusted-proxies: not an address or CIDR range: " + entry);
        }
        int bits = parsed.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("reex.limits.trusted-proxies: bad prefix length in " + entry);
        }
        return new IpSubnetFilterRule(parsed, prefix, IpFilterRuleType.ACCEPT);
    }
}
