package org.reex.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;

/** On the first start with an empty database, creates the platform organization and the first admin. */
@Singleton
public class AdminBootstrap {

    static final String PLATFORM_NAME = "REEx Platform";
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final OrganizationService organizations;
    private final String adminEmail;
    private final String adminPassword;

    public AdminBootstrap(OrganizationService organizations,
                          @Value("${reex.admin.email}") String adminEmail,
                          @Value("${reex.admin.password}") String adminPassword) {
        this.organizations = organizations;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @EventListener
    @Order(1)
    @Transactional
    public void onStartup(StartupEvent event) {
        if (organizations.hasPlatformOrganization()) {
            return;
        }
        Organization platform = organizations.createOrganization(new NewOrganization(PLATFORM_NAME,
                OrganizationKind.PLATFORM, "Global", BigDecimal.ZERO, BigDecimal.ZERO), null);
        organizations.createUser(platform.id(), new NewUser(adminEmail, adminPassword, "Administrator"), null);
        LOG.info("Created the first admin, {}", adminEmail);
    }
}
