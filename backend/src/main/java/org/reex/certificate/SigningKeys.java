package org.reex.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The ES256 key that signs certificates, and every public key that ever did (docs/adr/008-certificate-signing.md).
 *
 * <p>A configured key ({@code REEX_CERT_SIGNING_KEY}, a private EC P-256 JWK) signs when there is one; without one a
 * local run generates a key on its first start and keeps it in the database, and a {@code prod} run refuses to
 * start. Whichever key this run signs with becomes the current row of {@code signing_key}; every other row is
 * retired but stays there, and so in the JWKS, so that certificates signed before a rotation still verify.
 */
@Singleton
public class SigningKeys {

    static final String NOT_CONFIGURED = "REEX_CERT_SIGNING_KEY is not set: a production run (MICRONAUT_ENVIRONMENTS=prod) "
            + "refuses to sign certificates with a key it generated for itself. Set REEX_CERT_SIGNING_KEY to a private "
            + "EC P-256 JWK (JSON); see docs/adr/008-certificate-signing.md.";
    private static final int LOCAL_SLOT = 1;
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);

    private final SigningKeyRepository keys;
    private final Clock clock;
    private final boolean production;
    private final String configuredKey;
    private final String retiredKeys;
    private volatile ECKey current;

    public SigningKeys(SigningKeyRepository keys, Clock clock, Environment environment,
                       @Nullable @Value("${reex.certificates.signing-key:}") String configuredKey,
                       @Nullable @Value("${reex.certificates.retired-keys:}") String retiredKeys) {
        this.keys = keys;
        this.clock = clock;
        this.production = environment.getActiveNames().contains("prod");
        this.configuredKey = configuredKey == null ? "" : configuredKey.trim();
        this.retiredKeys = retiredKeys == null ? "" : retiredKeys.trim();
    }

    /** Settles the signing key at start-up, so a bad key stops the start rather than the first certificate. */
    @EventListener
    @Order(0)
    public void onStartup(StartupEvent event) {
        signingKey();
    }

    /** Signs {@code payload} (canonical JSON) as a compact JWS with the current key. */
    Signed sign(String payload) {
        ECKey key = signingKey();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                new Payload(payload.getBytes(StandardCharsets.UTF_8)));
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a certificate with key " + key.getKeyID(), e);
        }
        return new Signed(jws.serialize(), key.getKeyID());
    }

    /** Every public key that signs or once signed certificates: the current one first, then the newest retired. */
    public List<SigningKey> publicKeys() {
        signingKey();
        return keys.findAllOrderByCreatedAt().stream()
                .sorted((a, b) -> {
                    if ((a.retiredAt() == null) != (b.retiredAt() == null)) {
                        return a.retiredAt() == null ? -1 : 1;
                    }
                    return b.createdAt().compareTo(a.createdAt());
                })
                .toList();
    }

    /** The id of the key that signs now. */
    public String currentKeyId() {
        return signingKey().getKeyID();
    }

    private ECKey signingKey() {
        ECKey key = current;
        if (key == null) {
            synchronized (this) {
                key = current;
                if (key == null) {
                    key = settle();
                    current = key;
                }
            }
        }
        return key;
    }

    private ECKey settle() {
        requireConfiguredKeyInProduction(production, configuredKey);
        Instant now = clock.instant();
        for (JWK retired : parseRetired(retiredKeys)) {
            if (!keys.existsById(retired.getKeyID())) {
                keys.save(new SigningKey(retired.getKeyID(), retired.toJSONString(), null, null, now, now));
            }
        }
        ECKey key = configuredKey.isEmpty() ? localKey(now) : configured(now);
        keys.reinstate(key.getKeyID());
        keys.retireAllBut(key.getKeyID(), now);
        LOG.info("Certificates are signed with key {} ({})", key.getKeyID(),
                configuredKey.isEmpty() ? "generated for this local database" : "from REEX_CERT_SIGNING_KEY");
        return key;
    }

    private ECKey configured(Instant now) {
        ECKey key = parseSigningKey(configuredKey);
        if (!keys.existsById(key.getKeyID())) {
            keys.save(new SigningKey(key.getKeyID(), key.toPublicJWK().toJSONString(), null, null, now, null));
        }
        return key;
    }

    private ECKey localKey(Instant now) {
        if (keys.findByLocalSlot(LOCAL_SLOT).isEmpty()) {
            ECKey generated = generate();
            keys.insertLocalIfAbsent(generated.getKeyID(), generated.toPublicJWK().toJSONString(),
                    generated.toJSONString(), now);
        }
        // Another instance sharing the database may have stored its key first: everyone uses the stored one.
        SigningKey stored = keys.findByLocalSlot(LOCAL_SLOT).orElseThrow();
        try {
            return ECKey.parse(stored.privateJwk());
        } catch (ParseException | NullPointerException e) {
            throw new IllegalStateException("the local signing key " + stored.kid() + " in signing_key is unreadable", e);
        }
    }

    static void requireConfiguredKeyInProduction(boolean production, String configuredKey) {
        if (production && (configuredKey == null || configuredKey.isBlank())) {
            throw new IllegalStateException(NOT_CONFIGURED);
        }
    }

    /** A new P-256 key whose id is its RFC 7638 thumbprint. */
    static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a P-256 key", e);
        }
    }

    /** A private EC P-256 JWK, given an id (its thumbprint) when it has none. */
    static ECKey parseSigningKey(String json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("REEX_CERT_SIGNING_KEY is not a JWK (JSON): " + e.getMessage());
        }
        if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || !ec.isPrivate()) {
            throw new IllegalStateException("REEX_CERT_SIGNING_KEY must be a private EC key on curve P-256 (kty EC, "
                    + "crv P-256, with d) for ES256");
        }
        ECKey.Builder builder = new ECKey.Builder(ec).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256);
        try {
            return ec.getKeyID() == null ? builder.keyIDFromThumbprint().build() : builder.build();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not compute the thumbprint of REEX_CERT_SIGNING_KEY", e);
        }
    }

    /** Public keys that signed before: a JWK, a JSON array of JWKs or a JWK set; private parts are dropped. */
    static List<JWK> parseRetired(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String trimmed = text.trim();
        try {
            List<JWK> parsed;
            if (trimmed.startsWith("[")) {
                parsed = JWKSet.parse("{\"keys\":" + trimmed + "}").getKeys();
            } else if (trimmed.contains("\"keys\"")) {
                parsed = JWKSet.parse(trimmed).getKeys();
            } else {
                parsed = List.of(JWK.parse(trimmed));
            }
            return parsed.stream().map(SigningKeys::publicWithId).toList();
        } catch (ParseException e) {
            throw new IllegalStateException("REEX_CERT_RETIRED_KEYS is not a JWK, a JSON array of JWKs or a JWK set: "
                    + e.getMessage());
        }
    }

    private static JWK publicWithId(JWK jwk) {
        if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw new IllegalStateException("REEX_CERT_RETIRED_KEYS holds a key that is not EC P-256");
        }
        ECKey.Builder builder = new ECKey.Builder(ec.toPublicJWK()).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256);
        try {
            return ec.getKeyID() == null ? builder.keyIDFromThumbprint().build() : builder.build();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not compute a retired key's thumbprint", e);
        }
    }

    /** A compact JWS and the id of the key that made it. */
    record Signed(String jws, String keyId) {
    }
}
