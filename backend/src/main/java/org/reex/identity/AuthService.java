package org.reex.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.UnauthorizedException;

import java.util.Optional;

/** Sign-in and self-service registration. */
@Singleton
public class AuthService {

    static final String BAD_CREDENTIALS = "The email or password is incorrect.";

    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final PasswordHasher passwords;
    private final LoginThrottle throttle;
    private final TokenIssuer tokens;
    private final OrganizationService organizationService;

    public AuthService(UserRepository users, OrganizationRepository organizations, PasswordHasher passwords,
                       LoginThrottle throttle, TokenIssuer tokens, OrganizationService organizationService) {
        this.users = users;
        this.organizations = organizations;
        this.passwords = passwords;
        this.throttle = throttle;
        this.tokens = tokens;
        this.organizationService = organizationService;
    }

    /** Not one transaction: a failure must be recorded even though the call ends in a 401. */
    public TokenIssuer.IssuedToken login(String rawEmail, String password, String clientAddress) {
        String email = Emails.normalize(rawEmail);
        throttle.checkAllowed(email, clientAddress);
        Optional<User> user = users.findByEmail(email);
        boolean verified = user.isPresent()
                ? passwords.matches(password, user.get().passwordHash())
                : burnTimeAndFail(password);
        if (!verified) {
            throttle.recordFailure(email, clientAddress);
            throw new UnauthorizedException(BAD_CREDENTIALS);
        }
        throttle.recordSuccess(email, clientAddress);
        Organization organization = organizations.findById(user.get().organizationId()).orElseThrow();
        return tokens.issue(user.get(), organization);
    }

    @Transactional
    public TokenIssuer.IssuedToken register(NewOrganization organization, NewUser firstUser) {
        if (organizationService.organizationNameTaken(organization.name())) {
            throw new ConflictException("organizationName", OrganizationService.NAME_TAKEN);
        }
        Organization created = organizationService.createOrganization(organization, null);
        User user = organizationService.createUser(created.id(), firstUser, null);
        return tokens.issue(user, created);
    }

    private boolean burnTimeAndFail(String password) {
        passwords.burnTime(password);
        return false;
    }
}
