package it.milano.levacivica.portal.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Actions without a body ({@code POST …/submit}, {@code POST …/cancel}) accept JSON only, like every state
 * change; a request that sends no body and no {@code Content-Type} at all (e.g. {@code curl -X POST}) is taken
 * as an empty JSON request. A body of any other declared type is still refused with 415.
 */
@Provider
@PreMatching
public class EmptyBodyAsJson implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getHeaderString(HttpHeaders.CONTENT_TYPE) == null && !ctx.hasEntity()) {
            ctx.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
