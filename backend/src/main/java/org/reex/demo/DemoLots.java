package org.reex.demo;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.auction.AuctionService;
import org.reex.identity.Organization;
import org.reex.identity.OrganizationService;
import org.reex.lot.LotDraft;
import org.reex.lot.LotService;
import org.reex.lot.LotView;
import org.reex.shared.security.Caller;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Demo lots in every category: typical compositions where the category has them, assays where it needs
 * them; some left as drafts, the rest open with auctions closing over the next days.
 */
@Singleton
class DemoLots {

    record DemoLot(String title, String category, String massKg, List<LotDraft.Line> assay, List<String> hazards,
                   boolean publish, String startPrice, String reservePrice, String increment, int closesInHours) {
    }

    private static LotDraft.Line assay(String element, String fraction) {
        return new LotDraft.Line(element, fraction, "ASSAY");
    }

    static final List<DemoLot> LOTS = List.of(
            new DemoLot("Sintered NdFeB offcuts from HDD voice-coil magnets", "NDFEB_MAGNET", "2400", List.of(),
                    List.of("PYROPHORIC_DUST"), true, "180000", "240000", "2000", 50),
            new DemoLot("E-bike hub motor magnets, demagnetised", "NDFEB_MAGNET", "860",
                    List.of(assay("Nd", "0.158"), assay("Pr", "0.049"), assay("Dy", "0.016"), assay("Gd", "0.035")),
                    List.of("PYROPHORIC_DUST"), true, "62000", "70000", "1000", 26),
            new DemoLot("Sm2Co17 rings rejected at final inspection", "SMCO_MAGNET", "310", List.of(),
                    List.of("PYROPHORIC_DUST"), true, "41000", null, "500", 74),
            new DemoLot("Traction motor stators with bonded magnets", "MAGNET_MOTOR", "5200",
                    List.of(assay("Nd", "0.061"), assay("Pr", "0.018"), assay("Dy", "0.004"), assay("Tb", "0.001")),
                    List.of(), true, "95000", "120000", "2500", 98),
            new DemoLot("NiMH hybrid-vehicle battery modules", "NIMH_BATTERY", "7800", List.of(),
                    List.of("ELECTROLYTE", "HEAVY_METALS"), true, "54000", "60000", "1000", 40),
            new DemoLot("Crushed T8 fluorescent tubes", "FLUORESCENT_LAMP", "12500",
                    List.of(assay("Y", "0.0110"), assay("Eu", "0.0007"), assay("Tb", "0.0005"), assay("La", "0.0012")),
                    List.of("MERCURY"), true, "8000", null, "250", 120),
            new DemoLot("Recovered tri-band lamp phosphor powder", "LAMP_PHOSPHOR", "420", List.of(),
                    List.of("MERCURY"), true, "36000", "45000", "500", 30),
            new DemoLot("Spent FCC equilibrium catalyst", "FCC_CATALYST", "18000", List.of(),
                    List.of("HEAVY_METALS"), true, "15000", null, "500", 140),
            new DemoLot("Ceramic auto-catalyst monoliths", "AUTO_CATALYST", "3100", List.of(),
                    List.of("HEAVY_METALS"), false, null, null, null, 0),
            new DemoLot("Used ceria glass-polishing slurry cake", "POLISHING_POWDER", "2600", List.of(),
                    List.of(), false, null, null, null, 0),
            new DemoLot("Molten-salt electrolysis slag, Nd-Pr line", "MOLTEN_SALT_SLAG", "6400",
                    List.of(assay("Nd", "0.043"), assay("Pr", "0.012"), assay("La", "0.003")),
                    List.of("FLUORIDE_SALTS", "RADIOACTIVE"), true, "52000", "60000", "1000", 60),
            new DemoLot("Shredded hard drives and speakers", "E_WASTE", "9000",
                    List.of(assay("Nd", "0.0021"), assay("Pr", "0.0004"), assay("Dy", "0.0001")),
                    List.of("HEAVY_METALS"), false, null, null, null, 0));

    private final LotService lots;
    private final OrganizationService organizations;
    private final Clock clock;

    DemoLots(LotService lots, OrganizationService organizations, Clock clock) {
        this.lots = lots;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Creates the demo lots and returns the ids of those published, in the order of {@link #LOTS}. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> load(List<Caller> sellers) {
        List<Long> published = new java.util.ArrayList<>();
        for (int i = 0; i < LOTS.size(); i++) {
            DemoLot demo = LOTS.get(i);
            Caller seller = sellers.get(i % sellers.size());
            Organization organization = organizations.getOrganization(seller.organizationId());
            LotView view = lots.create(seller, new LotDraft(demo.title(), "Demo lot: " + demo.title().toLowerCase() + ".",
                    demo.category(), demo.massKg(), demo.assay(), demo.assay().isEmpty(), organization.region(),
                    organization.latitude(), organization.longitude(), demo.hazards()));
            if (demo.publish()) {
                lots.publish(seller, view.lot().id(), new AuctionService.Settings("ENGLISH", "CNY", demo.startPrice(),
                        demo.reservePrice(), demo.increment(), null,
                        clock.instant().plus(Duration.ofHours(demo.closesInHours())), 300), null);
                published.add(view.lot().id());
            }
        }
        return published;
    }

    /**
     * Two more lots whose auctions close a minute after the first start, one with bids above its reserve (it is
     * awarded) and one below (no sale), so both outcomes are there to look at.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    List<Long> loadShortAuctions(Caller seller) {
        Organization organization = organizations.getOrganization(seller.organizationId());
        List<Long> ids = new java.util.ArrayList<>();
        String[][] shortLots = {{"Grinding swarf from magnet machining", "60000", "65000"},
                {"Rejected NdFeB blocks, mixed grades", "90000", "150000"}};
        for (String[] demo : shortLots) {
            LotView view = lots.create(seller, new LotDraft(demo[0], "Demo lot: " + demo[0].toLowerCase() + ".", "NDFEB_MAGNET",
                    "450", List.of(), true, organization.region(), organization.latitude(), organization.longitude(),
                    List.of("PYROPHORIC_DUST")));
            lots.publish(seller, view.lot().id(), new AuctionService.Settings("ENGLISH", "CNY", demo[1], demo[2], "1000",
                    null, clock.instant().plus(Duration.ofSeconds(60)), 0), null);
            ids.add(view.lot().id());
        }
        return ids;
    }
}
