package org.reex.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.identity.NewOrganization;
import org.reex.identity.NewUser;
import org.reex.identity.Organization;
import org.reex.identity.OrganizationKind;
import org.reex.identity.OrganizationService;
import org.reex.identity.User;
import org.reex.shared.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * With {@code REEX_DEMO_DATA=true}, fills an empty marketplace with a small believable one: manufacturers,
 * recyclers and agencies in rare-earth regions of China and abroad, each with a user.
 */
@Singleton
@Requires(property = "reex.demo-data", value = "true")
public class DemoData {

    public static final String DEMO_PASSWORD = "reex-demo-2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    record DemoOrganization(String name, OrganizationKind type, String region, String latitude, String longitude,
                            String email, String displayName) {
    }

    static final List<DemoOrganization> ORGANIZATIONS = List.of(
            new DemoOrganization("Baotou Magnetics Co.", OrganizationKind.MANUFACTURER, "Baotou", "40.657400", "109.840300",
                    "ops@baotou-magnetics.example", "Wang Lei"),
            new DemoOrganization("Ningbo Motor Works", OrganizationKind.MANUFACTURER, "Ningbo", "29.868300", "121.544000",
                    "ops@ningbo-motors.example", "Chen Jing"),
            new DemoOrganization("Rhein Lighting GmbH", OrganizationKind.MANUFACTURER, "Duisburg", "51.434400", "6.762300",
                    "ops@rhein-lighting.example", "Anna Becker"),
            new DemoOrganization("Ganzhou REE Recycling", OrganizationKind.RECYCLER, "Ganzhou", "25.831000", "114.933600",
                    "ops@ganzhou-recycling.example", "Liu Yang"),
            new DemoOrganization("Longyan Rare Earth Recovery", OrganizationKind.RECYCLER, "Longyan", "25.075600", "117.017400",
                    "ops@longyan-recovery.example", "Lin Hui"),
            new DemoOrganization("Liangshan Resource Recycling", OrganizationKind.RECYCLER, "Liangshan", "27.894500", "102.264400",
                    "ops@liangshan-recycling.example", "Zhang Wei"),
            new DemoOrganization("Nordic Magnet Recycling AB", OrganizationKind.RECYCLER, "Gothenburg", "57.708900", "11.974600",
                    "ops@nordic-magnet.example", "Erik Lindqvist"),
            new DemoOrganization("REEx Resource Recovery Agency", OrganizationKind.AGENCY, "Beijing", "39.904200", "116.407400",
                    "inspector@reex-agency.example", "Inspector Zhao"),
            new DemoOrganization("Jiangxi Ecology Inspectorate", OrganizationKind.AGENCY, "Nanchang", "28.682000", "115.857900",
                    "inspector@jiangxi-eco.example", "Inspector Huang"));

    /** Organizations that trade in the demo's two years of history only (not in the open catalogue). */
    static final List<DemoOrganization> HISTORY_ORGANIZATIONS = List.of(
            new DemoOrganization("Xiamen Lighting Co.", OrganizationKind.MANUFACTURER, "Xiamen", "24.479800", "118.089400",
                    "ops@xiamen-lighting.example", "Huang Min"),
            new DemoOrganization("Chengdu Catalyst Works", OrganizationKind.MANUFACTURER, "Chengdu", "30.572800", "104.066800",
                    "ops@chengdu-catalyst.example", "Li Na"),
            new DemoOrganization("Shenzhen E-Waste Collection", OrganizationKind.MANUFACTURER, "Shenzhen", "22.543100",
                    "114.057900", "ops@shenzhen-ewaste.example", "Zhou Qiang"),
            new DemoOrganization("Baotou REE Regeneration", OrganizationKind.RECYCLER, "Baotou", "40.585300", "110.012400",
                    "ops@baotou-regeneration.example", "Gao Feng"),
            new DemoOrganization("Chongqing Catalyst Recovery", OrganizationKind.RECYCLER, "Chongqing", "29.563000",
                    "106.551600", "ops@chongqing-catalyst.example", "Tang Yu"));

    private final OrganizationService organizations;
    private final DemoLicences licences;
    private final DemoLots lots;
    private final DemoBids bids;
    private final DemoHistory history;

    public DemoData(OrganizationService organizations, DemoLicences licences, DemoLots lots, DemoBids bids,
                    DemoHistory history) {
        this.organizations = organizations;
        this.licences = licences;
        this.lots = lots;
        this.bids = bids;
        this.history = history;
    }

    @EventListener
    @Order(2)
    @Transactional
    public void onStartup(StartupEvent event) {
        if (organizations.hasMarketplaceOrganizations()) {
            return;
        }
        long started = System.nanoTime();
        List<Caller> manufacturers = new ArrayList<>();
        Map<String, Caller> byEmail = new HashMap<>();
        List<DemoOrganization> all = new ArrayList<>(ORGANIZATIONS);
        all.addAll(HISTORY_ORGANIZATIONS);
        for (DemoOrganization demo : all) {
            Organization organization = organizations.createOrganization(new NewOrganization(demo.name(), demo.type(),
                    demo.region(), new BigDecimal(demo.latitude()), new BigDecimal(demo.longitude())), null);
            User user = organizations.createUser(organization.id(), new NewUser(demo.email(), DEMO_PASSWORD, demo.displayName()), null);
            Caller caller = new Caller(user.id(), organization.id(), organization.type().role());
            byEmail.put(demo.email(), caller);
            if (demo.type() == OrganizationKind.MANUFACTURER && ORGANIZATIONS.contains(demo)) {
                manufacturers.add(caller);
            }
        }
        licences.load(byEmail, byEmail.get("inspector@reex-agency.example"));
        // History first: its auctions close in the past, before the open catalogue exists.
        int certified = history.load(byEmail, byEmail.get("inspector@reex-agency.example"));
        List<Long> open = lots.load(manufacturers);
        List<Long> closing = lots.loadShortAuctions(manufacturers.get(0));
        bids.load(open, closing, byEmail.get("ops@ganzhou-recycling.example"), byEmail.get("ops@longyan-recovery.example"));
        LOG.info("Loaded the demo marketplace in {} ms: {} organizations, {} lots certified over two years; every demo "
                + "user's password is {}", (System.nanoTime() - started) / 1_000_000,
                ORGANIZATIONS.size() + HISTORY_ORGANIZATIONS.size(), certified, DEMO_PASSWORD);
    }
}
