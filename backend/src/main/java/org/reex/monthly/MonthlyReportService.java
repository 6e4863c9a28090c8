package org.reex.monthly;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.flag.FlagRule;
import org.reex.flag.FlagService;
import org.reex.flag.FlagSettings;
import org.reex.identity.Organization;
import org.reex.identity.OrganizationService;
import org.reex.licence.LicenceService;
import org.reex.notification.NotificationService;
import org.reex.reference.CategoryComposition;
import org.reex.reference.ReferenceService;
import org.reex.shared.Decimals;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.ForbiddenException;
import org.reex.shared.error.InvalidRequestException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.error.Violations;
import org.reex.shared.security.Caller;
import org.reex.shared.security.Roles;
import org.reex.shared.web.Cursor;
import org.reex.shared.web.Page;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Monthly mass-balance reports (issue 12 §2): every recycler that held a verified licence during a month files, by
 * the 10th of the next month (UTC), its opening stock, received, processed and closing stock per waste category and
 * its recovered kg per element. Prefilled from REEx's records; checked when filed (flags); corrections are new
 * versions; a scheduled check reminds on the 5th and the 10th and flags a report still missing after the 10th.
 */
@Singleton
public class MonthlyReportService {

    static final int DUE_DAY = 10;
    static final int FIRST_REMINDER_DAY = 5;
    static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);
    /** DECIMAL(15,3): twelve digits before the point. */
    static final BigDecimal MAX_KG = new BigDecimal("1000000000000");

    private final MonthlyReportRepository reports;
    private final MonthlyLinesRepository lines;
    private final MonthlyRecordsRepository records;
    private final FlagService flags;
    private final FlagSettings flagSettings;
    private final LicenceService licences;
    private final OrganizationService organizations;
    private final ReferenceService reference;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final BigDecimal balanceToleranceKg;

    public MonthlyReportService(MonthlyReportRepository reports, MonthlyLinesRepository lines,
                                MonthlyRecordsRepository records, FlagService flags, FlagSettings flagSettings,
                                LicenceService licences, OrganizationService organizations, ReferenceService reference,
                                NotificationService notifications, AuditLog audit, Clock clock,
                                @Value("${reex.monthly-reports.balance-tolerance-kg:0.5}") BigDecimal balanceToleranceKg) {
        if (balanceToleranceKg.signum() < 0) {
            throw new IllegalArgumentException("reex.monthly-reports.balance-tolerance-kg must be >= 0");
        }
        this.reports = reports;
        this.lines = lines;
        this.records = records;
        this.flags = flags;
        this.flagSettings = flagSettings;
        this.licences = licences;
        this.organizations = organizations;
        this.reference = reference;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.balanceToleranceKg = balanceToleranceKg;
    }

    /** A filing as the client sent it: masses as decimal strings, not yet checked. */
    public record NewReport(@Nullable String month, @Nullable Integer correctsVersion, List<RawCategory> categories,
                            List<RawElement> elements, @Nullable String note) {
    }

    public record RawCategory(@Nullable String category, @Nullable String openingKg, @Nullable String receivedKg,
                              @Nullable String processedKg, @Nullable String closingKg) {
    }

    public record RawElement(@Nullable String element, @Nullable String recoveredKg) {
    }

    public record PrefillCategory(String category, BigDecimal openingKg, BigDecimal receivedKg, BigDecimal processedKg,
                                  BigDecimal closingKg, BigDecimal reexReceivedKg, BigDecimal reexProcessedKg) {
    }

    public record PrefillElement(String element, BigDecimal recoveredKg, BigDecimal reexRecoveredKg) {
    }

    public record Prefill(String month, LocalDate dueOn, @Nullable Integer newestVersion, @Nullable Long newestReportId,
                          List<PrefillCategory> categories, List<PrefillElement> elements) {
    }

    public record ReportView(MonthlyReport report, String organizationName, String filedByName, boolean late,
                             MonthlyFigures figures, List<MonthlyReport> versions) {
    }

    public record SummaryView(MonthlyReport report, String organizationName, boolean late, BigDecimal receivedKg,
                              BigDecimal processedKg, BigDecimal recoveredKg, long openFlags) {
    }

    public record NotFiled(String month, LocalDate dueOn, List<Organization> organizations) {
    }

    @ReadOnly
    public Prefill prefill(Caller caller, @Nullable String monthText) {
        requireRecycler(caller);
        YearMonth month = month(monthText, "month");
        long org = caller.organizationId();
        ReexRecords reex = records.of(org, start(month), start(month.plusMonths(1)));
        Map<String, BigDecimal> opening = new TreeMap<>();
        Integer previousVersion = reports.newestVersion(org, month.minusMonths(1).toString());
        if (previousVersion == null) {
            opening.putAll(records.stockAt(org, start(month)));
        } else {
            MonthlyReport previous = reports.findByOrganizationIdAndReportMonthAndVersion(org,
                    month.minusMonths(1).toString(), previousVersion).orElseThrow();
            for (MonthlyFigures.CategoryLine line : lines.of(previous.id()).categories()) {
                if (line.closingKg().signum() > 0) {
                    opening.put(line.category(), line.closingKg());
                }
            }
        }
        Set<String> categoryCodes = new TreeSet<>(opening.keySet());
        categoryCodes.addAll(reex.receivedKg().keySet());
        categoryCodes.addAll(reex.processedKg().keySet());
        BigDecimal zero = new BigDecimal("0.000");
        List<PrefillCategory> categories = new ArrayList<>();
        for (String code : categoryCodes) {
            BigDecimal open = opening.getOrDefault(code, zero);
            BigDecimal received = reex.receivedKg().getOrDefault(code, zero);
            BigDecimal processed = reex.processedKg().getOrDefault(code, zero);
            categories.add(new PrefillCategory(code, open, received, processed, open.add(received).subtract(processed),
                    received, processed));
        }
        List<PrefillElement> elements = new ArrayList<>();
        for (var element : reference.elements()) {
            BigDecimal recovered = reex.recoveredKg().get(element.symbol());
            if (recovered != null) {
                elements.add(new PrefillElement(element.symbol(), recovered, recovered));
            }
        }
        Integer newest = reports.newestVersion(org, month.toString());
        Long newestId = newest == null ? null
                : reports.findByOrganizationIdAndReportMonthAndVersion(org, month.toString(), newest).map(MonthlyReport::id)
                .orElse(null);
        return new Prefill(month.toString(), dueOn(month), newest, newestId, categories, elements);
    }

    @Transactional
    public ReportView file(Caller caller, NewReport request) {
        requireRecycler(caller);
        Violations violations = new Violations();
        YearMonth month = null;
        try {
            month = month(request.month(), "month");
            if (!month.isBefore(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)))) {
                violations.add("month", "must be a month that has ended");
            }
        } catch (InvalidRequestException e) {
            violations.add("month", "must be a month as YYYY-MM from 2000-01");
        }
        MonthlyFigures figures = figures(request, violations);
        if (request.correctsVersion() != null && request.correctsVersion() < 1) {
            violations.add("correctsVersion", "must be 1 or more");
        }
        violations.throwIfAny();
        long org = caller.organizationId();
        String key = month.toString();
        Integer newest = reports.newestVersion(org, key);
        if (request.correctsVersion() == null && newest != null) {
            throw new ConflictException("correctsVersion", "Version " + newest + " of " + key
                    + " is filed already; a correction names it in correctsVersion.");
        }
        if (request.correctsVersion() != null && !request.correctsVersion().equals(newest)) {
            throw new ConflictException("correctsVersion", newest == null ? "Nothing is filed for " + key + " yet."
                    : "Version " + newest + " is the newest for " + key + "; a correction names it.");
        }
        int version = newest == null ? 1 : newest + 1;
        Instant now = clock.instant();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        if (reports.insertOnce(org, key, version, caller.userId(), now, note) == 0) {
            throw new ConflictException("correctsVersion", "Version " + version + " of " + key
                    + " was filed a moment ago by someone else; reload it before correcting.");
        }
        MonthlyReport saved = reports.findByOrganizationIdAndReportMonthAndVersion(org, key, version).orElseThrow();
        lines.insert(saved.id(), figures);
        ReexRecords reex = records.of(org, start(month), start(month.plusMonths(1)));
        for (MonthlyRules.Finding finding : MonthlyRules.check(figures, reex, maxFractions(figures), balanceToleranceKg,
                flagSettings.elementTolerance())) {
            flags.raiseOnMonth(org, key, finding.rule(), finding.subject(), finding.evidence());
        }
        audit.record(caller.userId(), "MONTHLY_REPORT_FILED", "monthly_report", saved.id(), key + " version " + version);
        return view(saved);
    }

    @ReadOnly
    public Page<SummaryView> list(Caller caller, @Nullable String monthText, @Nullable Long organizationId,
                                  @Nullable String cursor, int limit) {
        Long scope;
        if (caller.is(Roles.AGENCY)) {
            scope = organizationId;
        } else if (caller.is(Roles.RECYCLER)) {
            if (organizationId != null && organizationId != caller.organizationId()) {
                throw new ForbiddenException("A recycler sees its own monthly reports only.");
            }
            scope = caller.organizationId();
        } else {
            throw new ForbiddenException("Monthly reports are for recyclers and agencies.");
        }
        String month = monthText == null || monthText.isBlank() ? null : month(monthText, "month").toString();
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : Cursor.decodeId(cursor, "cursor");
        Page<MonthlyReport> page = Page.of(reports.newestPage(month, scope, before, limit + 1), limit, r -> r.id());
        Map<Long, String> names = new HashMap<>();
        List<SummaryView> items = page.items().stream().map(r -> {
            MonthlyLinesRepository.Totals totals = lines.totals(r.id());
            return new SummaryView(r, names.computeIfAbsent(r.organizationId(), this::organizationName), late(r),
                    totals.receivedKg(), totals.processedKg(), totals.recoveredKg(),
                    flags.openOnMonth(r.organizationId(), r.reportMonth()));
        }).toList();
        return new Page<>(items, page.nextCursor());
    }

    @ReadOnly
    public ReportView get(Caller caller, long reportId) {
        if (!caller.is(Roles.AGENCY) && !caller.is(Roles.RECYCLER)) {
            throw new ForbiddenException("Monthly reports are for recyclers and agencies.");
        }
        MonthlyReport report = reports.findById(reportId)
                .filter(r -> caller.is(Roles.AGENCY) || r.organizationId() == caller.organizationId())
                .orElseThrow(() -> new NotFoundException("No monthly report " + reportId + "."));
        return view(report);
    }

    @ReadOnly
    public NotFiled notFiled(Caller caller, @Nullable String monthText) {
        if (!caller.is(Roles.AGENCY)) {
            throw new ForbiddenException("Only agencies see who has not filed.");
        }
        YearMonth month = month(monthText, "month");
        return new NotFiled(month.toString(), dueOn(month),
                missing(month).stream().map(organizations::getOrganization).toList());
    }

    /**
     * The scheduled duty for last month, as of {@code now} (UTC): from the 5th, a reminder to each recycler that
     * must file and has not; from the 10th, the second reminder; after the 10th, a MONTHLY_REPORT_MISSING flag.
     * Each goes once however many instances run it (the once-claims and the flag's unique key). Returns how many
     * notices and flags this call sent.
     */
    @Transactional
    public int remindAndFlag(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        int day = utc.getDayOfMonth();
        if (day < FIRST_REMINDER_DAY) {
            return 0;
        }
        YearMonth month = YearMonth.from(utc).minusMonths(1);
        String key = month.toString();
        long subject = month.getYear() * 100L + month.getMonthValue();
        Map<String, String> params = Map.of("month", key, "dueOn", dueOn(month).toString());
        String kind = day >= DUE_DAY ? "MONTHLY_DUE_10" : "MONTHLY_DUE_5";
        int sent = 0;
        for (long org : missing(month)) {
            if (notifications.notifyOnceAbout(org, NotificationService.MONTHLY_REPORT_DUE, kind, subject, params)) {
                sent++;
            }
            if (day > DUE_DAY && flags.raiseOnMonth(org, key, FlagRule.MONTHLY_REPORT_MISSING, "", params)) {
                sent++;
            }
        }
        return sent;
    }

    private List<Long> missing(YearMonth month) {
        Set<Long> filed = new HashSet<>(reports.organizationsFiled(month.toString()));
        return licences.organizationsVerifiedDuring(start(month), start(month.plusMonths(1))).stream()
                .filter(org -> !filed.contains(org)).toList();
    }

    private ReportView view(MonthlyReport report) {
        String filedBy = organizations.findUser(report.filedByUserId()).map(u -> u.displayName()).orElse("—");
        return new ReportView(report, organizationName(report.organizationId()), filedBy, late(report),
                lines.of(report.id()),
                reports.findByOrganizationIdAndReportMonthOrderByVersion(report.organizationId(), report.reportMonth()));
    }

    private String organizationName(long organizationId) {
        return organizations.findOrganization(organizationId).map(Organization::name).orElse("—");
    }

    private boolean late(MonthlyReport report) {
        return !report.filedAt().isBefore(dueOn(YearMonth.parse(report.reportMonth())).plusDays(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private MonthlyFigures figures(NewReport request, Violations violations) {
        List<MonthlyFigures.CategoryLine> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<RawCategory> rawCategories = request.categories() == null ? List.of() : request.categories();
        for (int i = 0; i < rawCategories.size(); i++) {
            RawCategory raw = rawCategories.get(i);
            String at = "categories[" + i + "].";
            if (raw.category() == null) {
                violations.add(at + "category", "is required");
            } else if (!seen.add(raw.category())) {
                violations.add(at + "category", "appears more than once");
            }
            BigDecimal opening = kg(raw.openingKg(), at + "openingKg", violations);
            BigDecimal received = kg(raw.receivedKg(), at + "receivedKg", violations);
            BigDecimal processed = kg(raw.processedKg(), at + "processedKg", violations);
            BigDecimal closing = kg(raw.closingKg(), at + "closingKg", violations);
            if (raw.category() != null && opening != null && received != null && processed != null && closing != null) {
                categories.add(new MonthlyFigures.CategoryLine(raw.category(), opening, received, processed, closing));
            }
        }
        List<MonthlyFigures.ElementLine> elements = new ArrayList<>();
        Set<String> seenElements = new HashSet<>();
        List<RawElement> rawElements = request.elements() == null ? List.of() : request.elements();
        for (int i = 0; i < rawElements.size(); i++) {
            RawElement raw = rawElements.get(i);
            String at = "elements[" + i + "].";
            var element = reference.element(raw.element());
            if (element.isEmpty()) {
                violations.add(at + "element", "must be a rare-earth symbol such as Nd");
            } else if (!seenElements.add(element.get().symbol())) {
                violations.add(at + "element", "appears more than once");
            }
            BigDecimal recovered = kg(raw.recoveredKg(), at + "recoveredKg", violations);
            if (element.isPresent() && recovered != null) {
                elements.add(new MonthlyFigures.ElementLine(element.get().symbol(), recovered));
            }
        }
        return new MonthlyFigures(categories, elements);
    }

    @Nullable
    private static BigDecimal kg(@Nullable String raw, String field, Violations violations) {
        BigDecimal value = Decimals.parse(raw, field, 3, violations);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            violations.add(field, "must be 0 or more");
            return null;
        }
        if (value.compareTo(MAX_KG) >= 0) {
            violations.add(field, "must be below 1000000000000 kg");
            return null;
        }
        return value.setScale(3);
    }

    /** Each reported category's maximum typical fraction per element (from the reference data). */
    private Map<String, Map<String, BigDecimal>> maxFractions(MonthlyFigures figures) {
        Map<String, Map<String, BigDecimal>> fractions = new LinkedHashMap<>();
        for (MonthlyFigures.CategoryLine line : figures.categories()) {
            Map<String, BigDecimal> byElement = new HashMap<>();
            for (CategoryComposition typical : reference.category(line.category()).typical()) {
                byElement.put(typical.element(), typical.maxFraction());
            }
            fractions.put(line.category(), byElement);
        }
        return fractions;
    }

    private static void requireRecycler(Caller caller) {
        if (!caller.is(Roles.RECYCLER)) {
            throw new ForbiddenException("Monthly reports are filed by recyclers.");
        }
    }

    /** A month as YYYY-MM, from 2000-01 to 9999-12; 400 naming {@code field} otherwise. */
    static YearMonth month(@Nullable String raw, String field) {
        if (raw == null || !raw.trim().matches("\\d{4}-\\d{2}")) {
            throw new InvalidRequestException(field, "must be a month as YYYY-MM");
        }
        try {
            YearMonth month = YearMonth.parse(raw.trim());
            if (month.isBefore(FIRST_MONTH)) {
                throw new InvalidRequestException(field, "must be 2000-01 or later");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be a month as YYYY-MM");
        }
    }

    static LocalDate dueOn(YearMonth month) {
        return month.plusMonths(1).atDay(DUE_DAY);
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
