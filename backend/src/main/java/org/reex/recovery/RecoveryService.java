package org.reex.recovery;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.certificate.CertificateFacts;
import org.reex.certificate.CertificateService;
import org.reex.custody.CustodyFacts;
import org.reex.custody.CustodyService;
import org.reex.flag.ElementFigures;
import org.reex.flag.FlagService;
import org.reex.identity.OrganizationService;
import org.reex.licence.LicenceFacts;
import org.reex.licence.LicenceService;
import org.reex.lot.AwardedLot;
import org.reex.lot.LotService;
import org.reex.lot.LotStatus;
import org.reex.notification.NotificationService;
import org.reex.reference.Element;
import org.reex.reference.ReferenceService;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.stats.CertifiedLot;
import org.reex.stats.RecoveryRollups;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recovery reports: the winner's result for a PROCESSED lot, once. Accepting one is a single transaction that stores
 * it, adds it to the statistics rollups, raises flags, issues the certificate, certifies the lot and tells the
 * seller; if any step fails, none of it happened.
 */
@Singleton
public class RecoveryService {

    private final RecoveryReportRepository reports;
    private final RecoveryLineRepository lines;
    private final LotService lots;
    private final CustodyService custody;
    private final FlagService flags;
    private final RecoveryRollups rollups;
    private final CertificateService certificates;
    private final LicenceService licences;
    private final ReferenceService reference;
    private final OrganizationService organizations;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    public RecoveryService(RecoveryReportRepository reports, RecoveryLineRepository lines, LotService lots,
                           CustodyService custody, FlagService flags, RecoveryRollups rollups,
                           CertificateService certificates, LicenceService licences, ReferenceService reference,
                           OrganizationService organizations, NotificationService notifications, AuditLog audit,
                           Clock clock) {
        this.reports = reports;
        this.lines = lines;
        this.lots = lots;
        this.custody = custody;
        this.flags = flags;
        this.rollups = rollups;
        this.certificates = certificates;
        this.licences = licences;
        this.reference = reference;
        this.organizations = organizations;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public RecoveryView submit(Caller caller, long lotId, NewRecoveryReport request) {
        AwardedLot lot = lots.lockAwarded(caller, lotId);
        if (!lot.isWinner(caller.organizationId())) {
            throw new ForbiddenException("Only the lot's winner reports its recovery.");
        }
        if (reports.existsByLotId(lotId)) {
            throw new ConflictException("lotId", "This lot's recovery is reported already.");
        }
        if (lot.status() != LotStatus.PROCESSED) {
            throw new ConflictException("status", "A report follows PROCESSED; this lot is " + lot.status() + ".");
        }
        CustodyFacts chain = custody.facts(lotId);
        if (!chain.verification().valid() || chain.receivedKg() == null) {
            throw new ConflictException("custody", "The lot's custody chain does not verify ("
                    + chain.verification().reason() + "); an agency must look at it before the lot can be certified.");
        }
        Map<String, BigDecimal> declaredKg = new LinkedHashMap<>();
        lot.composition().forEach(d -> declaredKg.put(d.element(), declaredKg(lot.grossMassKg(), d.fraction())));
        List<ReportValidator.ValidLine> valid = ReportValidator.validate(request,
                s -> reference.element(s).map(Element::symbol), declaredKg.keySet(), chain.receivedKg());

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long recycler = caller.organizationId();
        BigDecimal totalDeclared = BigDecimal.ZERO.setScale(3);
        BigDecimal totalRecovered = BigDecimal.ZERO.setScale(3);
        List<CertifiedLot.ElementMass> masses = new ArrayList<>();
        List<ElementFigures> figures = new ArrayList<>();
        List<CertificateFacts.Line> certificateLines = new ArrayList<>();
        for (ReportValidator.ValidLine line : valid) {
            BigDecimal declared = declaredKg.getOrDefault(line.element(), BigDecimal.ZERO.setScale(3));
            totalDeclared = totalDeclared.add(declared);
            totalRecovered = totalRecovered.add(line.recoveredKg());
            masses.add(new CertifiedLot.ElementMass(line.element(), declared, line.recoveredKg()));
            figures.add(new ElementFigures(line.element(), declaredKg.containsKey(line.element()), declared, line.recoveredKg()));
            certificateLines.add(new CertificateFacts.Line(line.element(), declared, line.recoveredKg()));
        }
        RecoveryReport report = reports.save(new RecoveryReport(null, lotId, recycler, caller.userId(), request.processRoute(),
                lot.grossMassKg(), chain.receivedKg(), totalDeclared, totalRecovered, now));
        List<RecoveryLineRow> saved = lines.saveAll(valid.stream().map(l -> new RecoveryLineRow(null, report.id(), l.element(),
                declaredKg.getOrDefault(l.element(), BigDecimal.ZERO.setScale(3)), l.recoveredKg(), l.productForm(),
                l.purityPercent())).toList());

        rollups.add(new CertifiedLot(lotId, now, lot.category(), lot.region(), recycler, lot.sellerOrganizationId(), masses));
        flags.checkRecovery(lot, figures);
        flags.checkLicence(lot, recycler, "REPORT", now);
        String recyclerName = custody.organizationName(recycler);
        String code = certificates.issue(new CertificateFacts(lotId, lot.category(), lot.region(), lot.grossMassKg(),
                chain.receivedKg(), request.processRoute(), certificateLines, totalDeclared, totalRecovered, recycler,
                recyclerName, licenceNumber(recycler, lot.category(), now), lot.awardedAt(), chain.receivedAt(),
                chain.processedFrom(), chain.processedTo(), chain.lastHash()));
        lots.certify(lotId, code);
        audit.record(caller.userId(), "RECOVERY_REPORTED", "lot", lotId, "report " + report.id() + ", certificate " + code);
        notifications.notify(lot.sellerOrganizationId(), NotificationService.CERTIFICATE_ISSUED, Map.of("lotId",
                String.valueOf(lotId), "lotTitle", lot.title(), "certificateCode", code), lotId);
        return new RecoveryView(report, saved, recyclerName, code);
    }

    /** The report, for the lot's seller, its winner and agencies (403 for others who may see the lot). */
    @ReadOnly
    public RecoveryView get(Caller caller, long lotId) {
        AwardedLot lot = lots.awarded(caller, lotId);
        if (!caller.is(Roles.AGENCY) && !lot.isSeller(caller.organizationId()) && !lot.isWinner(caller.organizationId())) {
            throw new ForbiddenException("Only the lot's seller, its winner and agencies see its recovery report.");
        }
        RecoveryReport report = reports.findByLotId(lotId)
                .orElseThrow(() -> new NotFoundException("Lot " + lotId + " has no recovery report yet."));
        return new RecoveryView(report, lines.forReport(report.id()), custody.organizationName(report.recyclerOrganizationId()),
                lot.certificateCode());
    }

    /** Gross kg × declared fraction, half-up to the gram (DESIGN §2; the lot feature computes contained kg alike). */
    static BigDecimal declaredKg(BigDecimal grossMassKg, BigDecimal fraction) {
        return grossMassKg.multiply(fraction).setScale(3, RoundingMode.HALF_UP);
    }

    private String licenceNumber(long recycler, String category, Instant at) {
        return licences.verifiedCovering(category, at).stream()
                .filter(l -> l.organizationId() == recycler && !l.validFrom().isAfter(at))
                .map(LicenceFacts::number).findFirst()
                .orElseGet(() -> licences.ofOrganization(recycler).stream().map(LicenceFacts::number).findFirst().orElse("—"));
    }
}
