package org.reex.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.shared.audit.AuditLog;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.web.Cursor;
import org.reex.shared.web.Page;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Organizations and their users. */
@Singleton
public class OrganizationService {

    static final String NAME_TAKEN = "An organization with this name exists already.";

    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final AuditLog audit;
    private final Clock clock;

    public OrganizationService(OrganizationRepository organizations, UserRepository users, PasswordHasher passwords,
                               AuditLog audit, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organization createOrganization(NewOrganization request, @Nullable Long actorUserId) {
        String name = request.name().trim();
        if (organizations.existsByName(name)) {
            throw new ConflictException("name", NAME_TAKEN);
        }
        Organization saved = organizations.save(new Organization(null, name, request.type(), request.region().trim(),
                request.latitude().setScale(6, RoundingMode.HALF_UP), request.longitude().setScale(6, RoundingMode.HALF_UP),
                now()));
        audit.record(actorUserId, "ORGANIZATION_CREATED", "organization", saved.id(), saved.type().name());
        return saved;
    }

    @Transactional
    public User createUser(long organizationId, NewUser request, @Nullable Long actorUserId) {
        getOrganization(organizationId);
        String email = Emails.normalize(request.email());
        if (users.existsByEmail(email)) {
            throw new ConflictException("email", "An account with this email exists already.");
        }
        User saved = users.save(new User(null, organizationId, email, passwords.hash(request.password()),
                request.displayName().trim(), now()));
        audit.record(actorUserId, "USER_CREATED", "app_user", saved.id(), "organization " + organizationId);
        return saved;
    }

    @ReadOnly
    public Page<Organization> listOrganizations(@Nullable OrganizationKind type, @Nullable String cursor, int limit) {
        long after = Cursor.decodeId(cursor, "cursor");
        List<Organization> rows = type == null
                ? organizations.findByIdGreaterThanOrderByIdAsc(after, limit + 1)
                : organizations.findByTypeAndIdGreaterThanOrderByIdAsc(type, after, limit + 1);
        return Page.of(rows, limit, Organization::id);
    }

    @ReadOnly
    public List<User> listUsers(long organizationId) {
        getOrganization(organizationId);
        return users.findByOrganizationIdOrderByIdAsc(organizationId);
    }

    public Organization getOrganization(long id) {
        return organizations.findById(id).orElseThrow(() -> new NotFoundException("No organization " + id + "."));
    }

    /** Every agency organization, e.g. to tell them all of a new discrepancy flag. */
    @ReadOnly
    public List<Long> agencyIds() {
        return organizations.findIdByType(OrganizationKind.AGENCY);
    }

    public Optional<Organization> findOrganization(long id) {
        return organizations.findById(id);
    }

    public Optional<User> findUser(long id) {
        return users.findById(id);
    }

    /** Used at start-up: whether anything beyond the platform's own organization exists. */
    public boolean hasMarketplaceOrganizations() {
        return organizations.countByTypeNotEqual(OrganizationKind.PLATFORM) > 0;
    }

    public boolean hasPlatformOrganization() {
        return organizations.existsByType(OrganizationKind.PLATFORM);
    }

    private Instant now() {
        return clock.instant();
    }

    public boolean organizationNameTaken(String name) {
        return organizations.existsByName(name.trim());
    }
}
