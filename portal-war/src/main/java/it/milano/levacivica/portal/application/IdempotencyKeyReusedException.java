package it.milano.levacivica.portal.application;

/**
 * An {@code Idempotency-Key} used again for a different request (another body, or another year): refused
 * rather than answered with the first request's answer, which would not be this one's.
 */
public class IdempotencyKeyReusedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("idempotency-key-reused", "error.idempotencyKey.reused", null);
    }
}
