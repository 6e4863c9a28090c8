package org.reex.lot;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.shared.Uploads;
import org.reex.api.DocumentsApi;
import org.reex.api.model.DocumentKind;
import org.reex.api.model.DocumentResponse;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.security.CurrentCaller;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LotDocumentController implements DocumentsApi {

    private final LotDocumentService documents;
    private final CurrentCaller currentCaller;

    public LotDocumentController(LotDocumentService documents, CurrentCaller currentCaller) {
        this.documents = documents;
        this.currentCaller = currentCaller;
    }

    @Override
    public HttpResponse<DocumentResponse> uploadLotDocument(Long lotId, CompletedFileUpload file, DocumentKind kind) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new InvalidRequestException("file", "could not be read");
        }
        LotDocumentInfo saved = documents.upload(currentCaller.get(), lotId, kind.getValue(), file.getFilename(), bytes);
        return HttpResponse.created(LotMapper.toResponse(saved));
    }

    @Override
    public List<DocumentResponse> listLotDocuments(Long lotId) {
        return documents.list(currentCaller.get(), lotId).stream().map(LotMapper::toResponse).toList();
    }

    @Override
    public FileCustomizableResponseType downloadLotDocument(Long lotId, Long documentId) {
        LotDocument document = documents.download(currentCaller.get(), lotId, documentId);
        return new DocumentFile(document);
    }

    /** The stored bytes with their sniffed type; the checksum doubles as the ETag. */
    private static final class DocumentFile extends StreamedFile {

        private final String sha256;

        DocumentFile(LotDocument document) {
            super(new ByteArrayInputStream(document.content()), MediaType.of(document.contentType()),
                    document.uploadedAt().toEpochMilli(), document.sizeBytes());
            this.sha256 = document.sha256();
            attach(Uploads.cleanName(document.fileName(), document.contentType(), "document"));
        }

        @Override
        public void process(MutableHttpResponse<?> response) {
            super.process(response);
            response.header("ETag", "\"" + sha256 + "\"");
            response.header("X-Content-Type-Options", "nosniff");
        }
    }
}
