package org.reex.tip;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.shared.Uploads;
import org.reex.api.TipsApi;
import org.reex.api.model.TipAbout;
import org.reex.api.model.TipFlagRequest;
import org.reex.api.model.TipPage;
import org.reex.api.model.TipReceipt;
import org.reex.api.model.TipResponse;
import org.reex.api.model.TipStatusResponse;
import org.reex.api.model.TipTriageRequest;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.security.CurrentCaller;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZonedDateTime;

/**
 * The tip line. Filing and the status lookup are public and rate-limited per client address, in memory only
 * ({@link TipRateLimits}); everything else is for agencies (the service answers 403 to anyone else).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TipController implements TipsApi {

    private static final int DEFAULT_LIMIT = 50;

    private final TipService tips;
    private final TipRateLimits limits;
    private final CurrentCaller currentCaller;
    private final HttpClientAddressResolver addressResolver;

    public TipController(TipService tips, TipRateLimits limits, CurrentCaller currentCaller,
                         HttpClientAddressResolver addressResolver) {
        this.tips = tips;
        this.limits = limits;
        this.currentCaller = currentCaller;
        this.addressResolver = addressResolver;
    }

    @Override
    public HttpResponse<TipReceipt> fileTip(TipAbout about, String description, String place, ZonedDateTime observedAt,
                                            @Nullable String organizationName, @Nullable Long lotId,
                                            @Nullable String subject, @Nullable String contact,
                                            @Nullable CompletedFileUpload file) {
        limits.takeFiling(clientAddress());
        byte[] bytes = null;
        String fileName = null;
        if (file != null) {
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw new InvalidRequestException("file", "could not be read");
            }
            fileName = file.getFilename();
        }
        Tip tip = tips.file(new NewTip(org.reex.tip.TipAbout.valueOf(about.getValue()), organizationName, lotId, subject,
                description, place, observedAt.toInstant(), contact, fileName, bytes));
        return HttpResponse.created(TipMapper.toReceipt(tip));
    }

    @Override
    public TipStatusResponse getTipStatus(String code) {
        limits.takeLookup(clientAddress());
        return TipMapper.toStatus(tips.byCode(code));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public TipPage listTips(@Nullable org.reex.api.model.TipStatus status, @Nullable String cursor, @Nullable Integer limit) {
        return TipMapper.toResponse(tips.list(currentCaller.get(),
                status == null ? null : TipStatus.valueOf(status.getValue()), cursor,
                limit == null ? DEFAULT_LIMIT : limit));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public TipResponse getTip(Long tipId) {
        return TipMapper.toResponse(tips.get(currentCaller.get(), tipId));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public FileCustomizableResponseType downloadTipAttachment(Long tipId) {
        return new AttachmentFile(tips.attachment(currentCaller.get(), tipId));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public TipResponse triageTip(Long tipId, TipTriageRequest request) {
        return TipMapper.toResponse(tips.triage(currentCaller.get(), tipId, TipStatus.valueOf(request.getStatus().getValue()),
                request.getNote(), request.getOrganizationIds(), request.getLotIds()));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<TipResponse> openFlagFromTip(Long tipId, TipFlagRequest request) {
        return HttpResponse.created(TipMapper.toResponse(tips.openFlag(currentCaller.get(), tipId, request.getLotId(),
                request.getOrganizationId())));
    }

    /** Used as a key of the in-memory rate limit only; never stored or logged. */
    private String clientAddress() {
        return ServerRequestContext.currentRequest().map(addressResolver::resolve).orElse("unknown");
    }

    /** The stored bytes with their sniffed type; the checksum doubles as the ETag. */
    private static final class AttachmentFile extends StreamedFile {

        private final String sha256;

        AttachmentFile(TipAttachment attachment) {
            super(new ByteArrayInputStream(attachment.content()), MediaType.of(attachment.contentType()),
                    0L, attachment.sizeBytes());
            this.sha256 = attachment.sha256();
            attach(Uploads.cleanName(attachment.fileName(), attachment.contentType(), "attachment"));
        }

        @Override
        public void process(MutableHttpResponse<?> response) {
            super.process(response);
            response.header("ETag", "\"" + sha256 + "\"");
            response.header("X-Content-Type-Options", "nosniff");
        }
    }
}
