/**
 * Requests made with an {@code Idempotency-Key}: the first answer, remembered for a while so that a
 * client that retries gets it again instead of a second record.
 */
package it.milano.levacivica.portal.domain.idempotency;
