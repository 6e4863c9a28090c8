package org.reex.demo;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.licence.LicenceService;
import org.reex.licence.NewLicence;
import org.reex.shared.security.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Demo licences in every state: verified ones for the Chinese recyclers (so the open demo lots get matches), one
 * pending, one rejected, one suspended, and one that expires a few seconds after the first start.
 */
@Singleton
class DemoLicences {

    private final LicenceService licences;
    private final Clock clock;

    DemoLicences(LicenceService licences, Clock clock) {
        this.licences = licences;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void load(Map<String, Caller> users, Caller agency) {
        Instant now = clock.instant();
        Instant yearAgo = now.minus(Duration.ofDays(365));
        // The recyclers that trade in the demo's two years of history held their licences for all of it.
        Instant threeYearsAgo = now.minus(Duration.ofDays(3 * 365));
        Instant inTwoYears = now.plus(Duration.ofDays(730));
        long ganzhou = submit(users.get("ops@ganzhou-recycling.example"), new NewLicence("JX-GZ-2025-0117",
                "Jiangxi Provincial Department of Ecology and Environment",
                List.of(capacity("NDFEB_MAGNET", "1500"), capacity("SMCO_MAGNET", "200"), capacity("MAGNET_MOTOR", "3000"),
                        capacity("MOLTEN_SALT_SLAG", "800")),
                "Jiangxi, Guangdong, Fujian and Inner Mongolia", 2500, threeYearsAgo, inTwoYears, "91360700MA35GZ0117"));
        long longyan = submit(users.get("ops@longyan-recovery.example"), new NewLicence("FJ-LY-2024-0042",
                "Fujian Provincial Department of Ecology and Environment",
                List.of(capacity("LAMP_PHOSPHOR", "400"), capacity("FLUORESCENT_LAMP", "6000"), capacity("NIMH_BATTERY", "2500"),
                        capacity("NDFEB_MAGNET", "600")),
                "Southeast China", 2200, threeYearsAgo, inTwoYears, "91350800MA2YLY0042"));
        submit(users.get("ops@liangshan-recycling.example"), new NewLicence("SC-LS-2026-0008",
                "Sichuan Provincial Department of Ecology and Environment",
                List.of(capacity("FCC_CATALYST", "20000"), capacity("AUTO_CATALYST", "5000"), capacity("POLISHING_POWDER", "3000")),
                "Sichuan, Yunnan and Chongqing", 1500, yearAgo, inTwoYears, "91513400MA6LS0008"));
        long liangshanRejected = submit(users.get("ops@liangshan-recycling.example"), new NewLicence("SC-LS-2026-0009",
                "Sichuan Provincial Department of Ecology and Environment", List.of(capacity("E_WASTE", "900")),
                "Sichuan", 500, yearAgo, inTwoYears, "91513400MA6LS0009"));
        long nordic = submit(users.get("ops@nordic-magnet.example"), new NewLicence("SE-NV-2025-311",
                "Länsstyrelsen Västra Götaland", List.of(capacity("NDFEB_MAGNET", "350"), capacity("SMCO_MAGNET", "50")),
                "Nordic countries and Germany", 1800, yearAgo, inTwoYears, "556123-4567"));
        long longyanExpiring = submit(users.get("ops@longyan-recovery.example"), new NewLicence("FJ-LY-2021-0007",
                "Fujian Provincial Department of Ecology and Environment", List.of(capacity("POLISHING_POWDER", "300")),
                "Fujian", 800, now.minus(Duration.ofDays(1800)), now.plus(Duration.ofMinutes(10)), "91350800MA2YLY0007"));
        // Verified at once and valid for minutes, so the demo shows a licence expiring soon after the start; with a
        // few seconds, a busy machine reached the verification after the expiry and the start failed.
        licences.decide(agency, longyanExpiring, "VERIFY", "Renewal pending.");

        long baotou = submit(users.get("ops@baotou-regeneration.example"), new NewLicence("NM-BT-2023-0031",
                "Inner Mongolia Department of Ecology and Environment",
                List.of(capacity("NDFEB_MAGNET", "2000"), capacity("MOLTEN_SALT_SLAG", "3000"), capacity("POLISHING_POWDER", "2000"),
                        capacity("E_WASTE", "5000")),
                "North China and the Pearl River Delta", 2600, threeYearsAgo, inTwoYears, "91150200MA0NBT0031"));
        long chongqing = submit(users.get("ops@chongqing-catalyst.example"), new NewLicence("CQ-2023-0210",
                "Chongqing Municipal Ecology and Environment Bureau",
                List.of(capacity("FCC_CATALYST", "30000"), capacity("AUTO_CATALYST", "8000"), capacity("POLISHING_POWDER", "2000"),
                        capacity("NIMH_BATTERY", "3000")),
                "Southwest and South China", 1800, threeYearsAgo, inTwoYears, "91500000MA5UCQ0210"));

        licences.decide(agency, baotou, "VERIFY", "Checked against the provincial permit register.");
        licences.decide(agency, chongqing, "VERIFY", "Checked against the municipal permit register.");
        licences.decide(agency, ganzhou, "VERIFY", "Checked against the provincial permit register.");
        licences.decide(agency, longyan, "VERIFY", "Checked against the provincial permit register.");
        licences.decide(agency, liangshanRejected, "REJECT", "The discharge permit number does not match the register.");
        licences.decide(agency, nordic, "VERIFY", "EU waste permit confirmed.");
        licences.decide(agency, nordic, "SUSPEND", "Annual emissions report overdue.");
        // The Liangshan catalyst licence stays PENDING: the agency's review queue has work in it.
    }

    private long submit(Caller recycler, NewLicence licence) {
        return licences.create(recycler, licence).licence().id();
    }

    private static NewLicence.Capacity capacity(String category, String tonnes) {
        return new NewLicence.Capacity(category, tonnes);
    }
}
