package org.reex.certificate;

/**
 * Prints a new private EC P-256 JWK for REEX_CERT_SIGNING_KEY, its id the key's thumbprint:
 * {@code java -cp reex.jar org.reex.certificate.NewSigningKey}. Its public half (everything but {@code d}) is what
 * REEX_CERT_RETIRED_KEYS takes once it is rotated out.
 */
public final class NewSigningKey {

    private NewSigningKey() {
    }

    public static void main(String[] args) {
        System.out.println(SigningKeys.generate().toJSONString());
    }
}
