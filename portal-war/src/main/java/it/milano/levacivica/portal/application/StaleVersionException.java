package it.milano.levacivica.portal.application;

/** The record changed since the caller read it: reload and try again. */
public class StaleVersionException extends PortalException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String messageKey, Object... args) {
        super("stale-version", messageKey, null, args);
    }
}
