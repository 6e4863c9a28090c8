package org.reex.certificate;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateKeysTest {

    private static final String PRODUCTION_JWT_SECRET = "a-production-secret-of-at-least-32-characters";

    @Test
    void aProductionRunWithoutASigningKeyRefusesToStartAndSaysWhy() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(
                Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret", PRODUCTION_JWT_SECRET),
                "prod").close());

        assertTrue(messages(failure).contains("REEX_CERT_SIGNING_KEY is not set"), messages(failure));
    }

    @Test
    void onlyProductionInsistsOnAConfiguredKey() {
        assertThrows(IllegalStateException.class, () -> SigningKeys.requireConfiguredKeyInProduction(true, ""));
        assertThrows(IllegalStateException.class, () -> SigningKeys.requireConfiguredKeyInProduction(true, "  "));
        assertDoesNotThrow(() -> SigningKeys.requireConfiguredKeyInProduction(true, "{\"kty\":\"EC\"}"));
        assertDoesNotThrow(() -> SigningKeys.requireConfiguredKeyInProduction(false, ""));
    }

    @Test
    void aConfiguredKeyMustBeAPrivateP256KeyAndGetsItsThumbprintAsId() throws Exception {
        ECKey generated = new ECKeyGenerator(Curve.P_256).generate();

        ECKey parsed = SigningKeys.parseSigningKey(generated.toJSONString());

        assertEquals(generated.computeThumbprint().toString(), parsed.getKeyID());
        assertTrue(parsed.isPrivate());
        assertThrows(IllegalStateException.class, () -> SigningKeys.parseSigningKey(generated.toPublicJWK().toJSONString()));
        assertThrows(IllegalStateException.class, () -> SigningKeys.parseSigningKey(
                new ECKeyGenerator(Curve.P_384).generate().toJSONString()));
        assertThrows(IllegalStateException.class, () -> SigningKeys.parseSigningKey("-----BEGIN PRIVATE KEY-----"));
    }

    @Test
    void retiredKeysAreReadAsAKeyAnArrayOrASetAndKeptPublic() throws Exception {
        ECKey one = SigningKeys.generate();
        ECKey two = SigningKeys.generate();

        List<JWK> single = SigningKeys.parseRetired(one.toJSONString());
        List<JWK> array = SigningKeys.parseRetired("[" + one.toPublicJWK().toJSONString() + "," + two.toJSONString() + "]");
        List<JWK> set = SigningKeys.parseRetired("{\"keys\":[" + two.toPublicJWK().toJSONString() + "]}");

        assertEquals(1, single.size());
        assertFalse(single.get(0).isPrivate(), "a private part given by mistake is dropped");
        assertEquals(List.of(one.getKeyID(), two.getKeyID()), array.stream().map(JWK::getKeyID).toList());
        assertEquals(two.getKeyID(), set.get(0).getKeyID());
        assertTrue(SigningKeys.parseRetired("").isEmpty());
        assertNotNull(SigningKeys.parseRetired(one.toPublicJWK().toJSONString()).get(0).getAlgorithm());
    }

    private static String messages(Throwable throwable) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
