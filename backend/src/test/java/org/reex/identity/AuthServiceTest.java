package org.reex.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.reex.shared.error.ConflictException;
import org.reex.shared.error.TooManyRequestsException;
import org.reex.shared.error.UnauthorizedException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class AuthServiceTest {

    private static final String ADDRESS = "203.0.113.9";

    @Mock
    UserRepository users;
    @Mock
    OrganizationRepository organizations;
    @Mock
    LoginThrottle throttle;
    @Mock
    TokenIssuer tokens;
    @Mock
    OrganizationService organizationService;

    private final PasswordHasher passwords = new PasswordHasher(4);
    private AuthService service;
    private User user;
    private Organization organization;

    @BeforeEach
    void setUp() {
        service = new AuthService(users, organizations, passwords, throttle, tokens, organizationService);
        organization = new Organization(7L, "Ganzhou REE Recycling", OrganizationKind.RECYCLER, "Ganzhou",
                new BigDecimal("25.831000"), new BigDecimal("114.933600"), Instant.EPOCH);
        user = new User(3L, 7L, "ops@ganzhou.example", passwords.hash("right-password"), "Liu", Instant.EPOCH);
    }

    @Test
    void aCorrectPasswordIssuesATokenAndClearsFailures() {
        when(users.findByEmail("ops@ganzhou.example")).thenReturn(Optional.of(user));
        when(organizations.findById(7L)).thenReturn(Optional.of(organization));
        TokenIssuer.IssuedToken issued = new TokenIssuer.IssuedToken("jwt", 3600);
        when(tokens.issue(user, organization)).thenReturn(issued);

        assertEquals(issued, service.login(" OPS@Ganzhou.example ", "right-password", ADDRESS));

        verify(throttle).checkAllowed("ops@ganzhou.example", ADDRESS);
        verify(throttle).recordSuccess("ops@ganzhou.example", ADDRESS);
        verify(throttle, never()).recordFailure(anyString(), anyString());
    }

    @Test
    void aWrongPasswordIsRecordedAndRefusedWithoutSayingWhichPartWasWrong() {
        when(users.findByEmail("ops@ganzhou.example")).thenReturn(Optional.of(user));

        UnauthorizedException refused = assertThrows(UnauthorizedException.class,
                () -> service.login("ops@ganzhou.example", "wrong-password", ADDRESS));

        assertEquals(AuthService.BAD_CREDENTIALS, refused.getMessage());
        verify(throttle).recordFailure("ops@ganzhou.example", ADDRESS);
        verify(tokens, never()).issue(any(), any());
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAsAWrongPassword() {
        when(users.findByEmail("ghost@example.com")).thenReturn(Optional.empty());

        UnauthorizedException refused = assertThrows(UnauthorizedException.class,
                () -> service.login("ghost@example.com", "anything-at-all", ADDRESS));

        assertEquals(AuthService.BAD_CREDENTIALS, refused.getMessage());
        verify(throttle).recordFailure("ghost@example.com", ADDRESS);
    }

    @Test
    void aThrottledAccountIsRefusedBeforeThePasswordIsLookedAt() {
        doThrow(new TooManyRequestsException("slow down", 60)).when(throttle).checkAllowed("ops@ganzhou.example", ADDRESS);

        assertThrows(TooManyRequestsException.class, () -> service.login("ops@ganzhou.example", "right-password", ADDRESS));

        verify(users, never()).findByEmail(anyString());
    }

    @Test
    void registeringATakenOrganizationNameIsAConflictOnOrganizationName() {
        when(organizationService.organizationNameTaken("Taken Co")).thenReturn(true);

        ConflictException conflict = assertThrows(ConflictException.class, () -> service.register(
                new NewOrganization("Taken Co", OrganizationKind.MANUFACTURER, "Baotou", BigDecimal.ONE, BigDecimal.ONE),
                new NewUser("a@example.com", "long-enough-password", "A")));

        assertEquals("organizationName", conflict.invalidParams().get(0).name());
        verify(organizationService, never()).createOrganization(any(), any());
    }
}
