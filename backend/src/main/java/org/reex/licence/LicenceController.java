package org.reex.licence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.shared.Uploads;
import org.reex.api.LicencesApi;
import org.reex.api.model.LicenceCreateRequest;
import org.reex.api.model.LicenceDecisionRequest;
import org.reex.api.model.LicencePage;
import org.reex.api.model.LicenceResponse;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.security.CurrentCaller;

import java.io.ByteArrayInputStream;
import java.io.IOException;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LicenceController implements LicencesApi {

    private final LicenceService licences;
    private final CurrentCaller currentCaller;

    public LicenceController(LicenceService licences, CurrentCaller currentCaller) {
        this.licences = licences;
        this.currentCaller = currentCaller;
    }

    @Override
    public HttpResponse<LicenceResponse> createLicence(LicenceCreateRequest request) {
        return HttpResponse.created(LicenceMapper.toResponse(licences.create(currentCaller.get(), LicenceMapper.toNew(request))));
    }

    @Override
    public LicencePage listLicences(@Nullable org.reex.api.model.LicenceStatus status, @Nullable String cursor,
                                    @Nullable Integer limit) {
        return LicenceMapper.toResponse(licences.list(currentCaller.get(),
                status == null ? null : LicenceStatus.valueOf(status.getValue()), cursor, limit == null ? 50 : limit));
    }

    @Override
    public LicenceResponse getLicence(Long licenceId) {
        return LicenceMapper.toResponse(licences.get(currentCaller.get(), licenceId));
    }

    @Override
    public LicenceResponse decideLicence(Long licenceId, LicenceDecisionRequest request) {
        return LicenceMapper.toResponse(licences.decide(currentCaller.get(), licenceId, request.getDecision().getValue(),
                request.getReason()));
    }

    @Override
    public LicenceResponse uploadLicenceDocument(Long licenceId, CompletedFileUpload file) {
        try {
            return LicenceMapper.toResponse(licences.attachDocument(currentCaller.get(), licenceId, file.getFilename(),
                    file.getBytes()));
        } catch (IOException e) {
            throw new InvalidRequestException("file", "could not be read");
        }
    }

    @Override
    public FileCustomizableResponseType downloadLicenceDocument(Long licenceId) {
        Licence licence = licences.document(currentCaller.get(), licenceId);
        StreamedFile file = new StreamedFile(new ByteArrayInputStream(licence.document()), MediaType.of("application/pdf"),
                licence.updatedAt().toEpochMilli(), licence.document().length);
        return file.attach(Uploads.cleanName(licence.documentFileName(), "application/pdf", "licence"));
    }
}
