package it.milano.levacivica.portal.infrastructure.security;

import it.milano.levacivica.portal.application.SignInService;
import it.milano.levacivica.portal.application.SignInService.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/** The database identity store: accounts of the {@code person} table, through {@link SignInService}. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInService.Result r = signIn.signIn(up.getCaller(), up.getPassword().getValue(), request.getRemoteAddr());
        if (r.outcome() != Outcome.SIGNED_IN) {
            request.setAttribute(PortalAuthenticationMechanism.FAILURE_ATTRIBUTE, r.outcome());
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(r.username(), r.groups());
    }
}
