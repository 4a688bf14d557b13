package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.infrastructure.security.CsrfToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The session's anti-CSRF token, for the plain HTML forms (sign-in, sign-out) and the page's {@code <meta>}. */
@Named("csrf")
@RequestScoped
public class CsrfField {

    @Inject
    private HttpServletRequest request;

    /** @return the form field's name */
    public String getField() {
        return CsrfToken.FIELD;
    }

    /** @return the token of this browser's session (a session is made if there is none yet) */
    public String getToken() {
        return CsrfToken.of(request.getSession(true));
    }
}
