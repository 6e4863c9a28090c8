package org.reex.certificate;

import io.micronaut.http.HttpStatus;
import org.reex.shared.error.ApiException;

import java.util.List;

/** The server can't make PDFs (its font is not installed); the certificate itself is still served as JSON. */
class PdfUnavailableException extends ApiException {

    PdfUnavailableException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "PDF unavailable", detail, List.of());
    }
}
