package org.reex.shared.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.Db;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bearer tokens are checked strictly (issue 11 §4, docs/adr/016-token-checks.md): only the canonical compact form,
 * issued by this application for this API, not issued or valid from the future, and only while the user is still in
 * the organization the token names.
 */
@MicronautTest(transactional = false)
class TokenChecksTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String secret;

    private int me(String token) {
        return http.get("/api/v1/me", token).status();
    }

    @Test
    void tokensNameTheirIssuerAndAudience() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(accounts.tokenFor("MANUFACTURER")).getJWTClaimsSet();
        assertEquals("reex", claims.getIssuer());
        assertEquals(List.of("reex-api"), claims.getAudience());
        assertTrue(claims.getIssueTime() != null && claims.getNotBeforeTime() != null && claims.getExpirationTime() != null);
    }

    @Test
    void onlyTheCanonicalCompactFormIsAccepted() {
        String token = accounts.tokenFor("MANUFACTURER");
        assertEquals(200, me(token));
        assertEquals(401, me(token + "!!!"));
        assertEquals(401, me(token + "="));
        assertEquals(401, me(token.replace('.', ' ')));
        // The signature's last character carries two spare bits: a sibling decodes to the same bytes leniently.
        char last = token.charAt(token.length() - 1);
        char sibling = ALPHABET.charAt(ALPHABET.indexOf(last) ^ 1);
        assertEquals(401, me(token.substring(0, token.length() - 1) + sibling));
        String[] parts = token.split("\\.");
        assertEquals(401, me(parts[0] + ".!" + parts[1] + "." + parts[2]));
    }

    @Test
    void issuerAudienceAndTimesAreChecked() throws Exception {
        String token = accounts.tokenFor("RECYCLER");
        JWTClaimsSet real = SignedJWT.parse(token).getJWTClaimsSet();
        Instant now = Instant.now();
        assertEquals(200, me(sign(real, b -> b)), "a token signed here the same way is accepted (the control)");

        assertEquals(401, me(sign(real, b -> b.notBeforeTime(Date.from(now.plus(Duration.ofHours(1)))))), "nbf ahead");
        assertEquals(401, me(sign(real, b -> b.issueTime(Date.from(now.plus(Duration.ofHours(1)))))), "iat ahead");
        assertEquals(401, me(sign(real, b -> b.issueTime(null))), "no iat");
        assertEquals(401, me(sign(real, b -> b.expirationTime(null))), "no exp");
        assertEquals(401, me(sign(real, b -> b.audience((String) null))), "no audience");
        assertEquals(401, me(sign(real, b -> b.audience("someone-else"))), "another audience");
        assertEquals(401, me(sign(real, b -> b.issuer(null))), "no issuer");
        assertEquals(401, me(sign(real, b -> b.issuer("elsewhere"))), "another issuer");
        assertEquals(401, me(sign(real, b -> b.claim(CurrentCaller.ROLE_CLAIM, "AGENCY").claim("roles", List.of("AGENCY")))),
                "a role the user's organization doesn't have");
        assertEquals(200, me(sign(real, b -> b.notBeforeTime(Date.from(now.plusSeconds(5))))),
                "a few seconds of another instance's clock drift are tolerated");
    }

    @Test
    void aTokenStopsWorkingOnceItsUserIsMovedToAnotherOrganization() {
        String email = accounts.register("MANUFACTURER");
        String token = http.login(email, Accounts.PASSWORD);
        assertEquals(200, me(token));
        String other = accounts.tokenFor("RECYCLER");
        long otherOrg = ((Number) ((Map<?, ?>) http.get("/api/v1/me", other).json().get("organization")).get("id")).longValue();

        Db.update("UPDATE app_user SET organization_id = ? WHERE email = ?", otherOrg, email);

        Instant deadline = Instant.now().plusSeconds(15);
        int status = me(token);
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            status = me(token);
        }
        assertEquals(401, status, "the old token is refused once the cached standing expires");
        String fresh = http.login(email, Accounts.PASSWORD);
        Http.Reply reply = http.get("/api/v1/me", fresh);
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("RECYCLER", reply.json().get("role"));
    }

    private String sign(JWTClaimsSet base, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), change.apply(new JWTClaimsSet.Builder(base)).build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
