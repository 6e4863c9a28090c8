package org.reex.lot;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.shared.Uploads;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.security.Caller;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assay certificates and photos of a lot. The type is read from the bytes (Apache Tika), never from the name
 * or the declared type: an assay certificate must really be a PDF, a photo really a JPEG or PNG.
 */
@Singleton
public class LotDocumentService {

    static final Map<String, Set<String>> ALLOWED_TYPES = Map.of(
            "ASSAY_CERTIFICATE", Set.of("application/pdf"),
            "PHOTO", Set.of("image/jpeg", "image/png"));

    private final LotRepository lots;
    private final LotDocumentRepository documents;
    private final AuditLog audit;
    private final Uploads uploads;
    private final Clock clock;
    private final LotDocumentContentRepository contents;

    public LotDocumentService(LotRepository lots, LotDocumentRepository documents, AuditLog audit, Uploads uploads,
                              Clock clock, LotDocumentContentRepository contents) {
        this.lots = lots;
        this.documents = documents;
        this.audit = audit;
        this.uploads = uploads;
        this.clock = clock;
        this.contents = contents;
    }

    @Transactional
    public LotDocumentInfo upload(Caller caller, long lotId, String kind, String fileName, byte[] content) {
        Lot lot = lots.findById(lotId).orElseThrow(() -> LotAccess.notFound(lotId));
        LotAccess.requireSeller(caller, lot);
        if (!LotStatus.ACCEPTS_DOCUMENTS.contains(lot.status())) {
            throw new ConflictException("status", "A " + lot.status() + " lot takes no more documents.");
        }
        if (content.length == 0) {
            throw new InvalidRequestException("file", "is empty");
        }
        if (content.length > Uploads.MAX_BYTES) {
            throw new org.reex.shared.error.PayloadTooLargeException("file", "is larger than 10 MiB");
        }
        String sniffed = uploads.sniff(content);
        Set<String> allowed = ALLOWED_TYPES.get(kind);
        if (!allowed.contains(sniffed)) {
            throw new InvalidRequestException("file", "is " + sniffed + " by its content; a " + kind
                    + " must be " + String.join(" or ", allowed.stream().sorted().toList()));
        }
        LotDocument saved = contents.insert(new LotDocument(null, lotId, kind, Uploads.cleanName(fileName, sniffed, "document"),
                sniffed, content.length, Uploads.sha256(content), content, caller.userId(), clock.instant()));
        audit.record(caller.userId(), "LOT_DOCUMENT_ADDED", "lot", lotId, kind + " " + saved.sha256());
        return info(saved);
    }

    @ReadOnly
    public List<LotDocumentInfo> list(Caller caller, long lotId) {
        requireVisible(caller, lotId);
        return documents.listByLot(lotId);
    }

    @ReadOnly
    public LotDocument download(Caller caller, long lotId, long documentId) {
        requireVisible(caller, lotId);
        return documents.findByIdAndLotId(documentId, lotId)
                .orElseThrow(() -> new NotFoundException("No document " + documentId + " on lot " + lotId + "."));
    }

    private void requireVisible(Caller caller, long lotId) {
        Lot lot = lots.findById(lotId).orElseThrow(() -> LotAccess.notFound(lotId));
        LotAccess.requireVisible(caller, lot);
    }

    private static LotDocumentInfo info(LotDocument d) {
        return new LotDocumentInfo(d.id(), d.lotId(), d.kind(), d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(),
                d.uploadedAt());
    }
}
