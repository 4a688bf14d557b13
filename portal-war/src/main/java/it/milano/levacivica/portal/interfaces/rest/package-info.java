/**
 * The REST API, {@code /api/v1}: JAX-RS resources that bind JSON bodies to typed commands
 * ({@link it.milano.levacivica.portal.interfaces.rest.TypedBody}), call a service and answer with small view
 * records; every error is {@code application/problem+json}
 * ({@link it.milano.levacivica.portal.interfaces.rest.Problem}); lists that grow are paged
 * ({@link it.milano.levacivica.portal.interfaces.rest.Paging}).
 *
 * <p>A view's field without a value is written as JSON {@code null}, never left out or written as
 * {@code ""}, so that every answer of an operation has the same fields.
 */
@JsonbNillable
package it.milano.levacivica.portal.interfaces.rest;

import jakarta.json.bind.annotation.JsonbNillable;
