package it.milano.levacivica.portal.application;

/** A service year that is not complete cannot be certified (409, type {@code year-not-complete}); the message says why. */
public class YearNotCompleteException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public YearNotCompleteException(String messageKey, Object... args) {
        super("year-not-complete", messageKey, args);
    }
}
