package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.infrastructure.security.PortalAuthenticationMechanism;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Bodies without a declared length (chunked) are read up to one byte past
 * {@value PortalAuthenticationMechanism#MAX_BODY} bytes before any parser sees them, and refused with 413
 * beyond; declared lengths over it never get this far (the sign-in mechanism refuses them).
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException {
        // read at most one byte past the limit before any parser sees the body
        byte[] body = ctx.getInputStream().readNBytes((int) PortalAuthenticationMechanism.MAX_BODY + 1);
        if (body.length > PortalAuthenticationMechanism.MAX_BODY) {
            throw new TooLarge();
        }
        ctx.setInputStream(new java.io.ByteArrayInputStream(body));
        return ctx.proceed();
    }

    /** Thrown, as a 413, when a body passes the limit. */
    public static final class TooLarge extends WebApplicationException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }
}
