package it.milano.levacivica.portal.application;

/** The action clashes with the current state (a duplicate, no free seat...). */
public class ConflictException extends PortalException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... args) {
        super("conflict", messageKey, null, args);
    }

    /** A conflict of its own kind: {@code type} ends its problem+json type URI. */
    protected ConflictException(String type, String messageKey, Object[] args) {
        super(type, messageKey, null, args);
    }
}
