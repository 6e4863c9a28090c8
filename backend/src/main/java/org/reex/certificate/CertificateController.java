package org.reex.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.CertificatesApi;
import org.reex.api.model.CertificateResponse;
import org.reex.api.model.GetCertificatePdfLangParameter;
import org.reex.api.model.JwkSet;

import java.io.ByteArrayInputStream;

/** Certificates are public: anyone holding a code may read it, download its PDF and fetch the keys that signed it. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CertificateController implements CertificatesApi {

    private static final MediaType PDF = MediaType.of("application/pdf");

    private final CertificateService certificates;
    private final CertificatePdf pdf;
    private final VerifyLinks links;
    private final JsonMapper json;

    public CertificateController(CertificateService certificates, CertificatePdf pdf, VerifyLinks links, JsonMapper json) {
        this.certificates = certificates;
        this.pdf = pdf;
        this.links = links;
        this.json = json;
    }

    @Override
    public CertificateResponse getCertificate(String code) {
        IssuedCertificate certificate = certificates.get(code);
        return CertificateMapper.toResponse(certificate, certificates.chainOf(certificate),
                links.verifyUrl(certificate.code()));
    }

    @Override
    public FileCustomizableResponseType getCertificatePdf(String code, @Nullable GetCertificatePdfLangParameter lang) {
        IssuedCertificate certificate = certificates.get(code);
        String language = lang == null ? "en" : lang.getValue();
        byte[] bytes = pdf.render(certificate, certificates.chainOf(certificate), links.verifyUrl(certificate.code()),
                links.jwksUrl(), language);
        return new StreamedFile(new ByteArrayInputStream(bytes), PDF)
                .attach("reex-certificate-" + certificate.code() + "-" + language + ".pdf");
    }

    @Override
    public JwkSet getJwks() {
        return CertificateMapper.toJwkSet(certificates.publicKeys(), json);
    }
}
