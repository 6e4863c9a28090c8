package org.reex.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.AuthApi;
import org.reex.api.model.LoginRequest;
import org.reex.api.model.RegisterRequest;
import org.reex.api.model.TokenResponse;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuthController implements AuthApi {

    private final AuthService authService;
    private final HttpClientAddressResolver addressResolver;
    private final SignUpLimit signUpLimit;

    public AuthController(AuthService authService, HttpClientAddressResolver addressResolver, SignUpLimit signUpLimit) {
        this.authService = authService;
        this.addressResolver = addressResolver;
        this.signUpLimit = signUpLimit;
    }

    @Override
    public TokenResponse login(LoginRequest loginRequest) {
        return IdentityMapper.toResponse(
                authService.login(loginRequest.getEmail(), loginRequest.getPassword(), clientAddress()));
    }

    @Override
    public HttpResponse<TokenResponse> register(RegisterRequest registerRequest) {
        signUpLimit.take(clientAddress());
        TokenIssuer.IssuedToken token = authService.register(
                IdentityMapper.toNewOrganization(registerRequest), IdentityMapper.toNewUser(registerRequest));
        return HttpResponse.created(IdentityMapper.toResponse(token));
    }

    private String clientAddress() {
        return ServerRequestContext.currentRequest()
                .map(addressResolver::resolve)
                .orElse("unknown");
    }
}
