package it.milano.levacivica.portal.application;

import java.util.Map;

/**
 * A refusal a person can understand: a stable {@code type} (the end of the problem+json type URI), a
 * message key in the portal's resource bundle with its arguments, and optionally the fields concerned
 * with their own message keys. The REST layer and the pages turn it into text in the reader's language.
 */
public abstract class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String messageKey;
    private final transient Object[] args;
    private final transient Map<String, String> fieldErrors;

    protected PortalException(String type, String messageKey, Map<String, String> fieldErrors, Object... args) {
        super(messageKey);
        this.type = type;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
    }

    /** @return the stable kind of problem, e.g. {@code not-found} */
    public String type() { return type; }

    /** @return the key of the message in the portal's bundle */
    public String messageKey() { return messageKey; }

    /** @return the message arguments */
    public Object[] args() { return args.clone(); }

    /** @return field name to message key (or literal text already translated), possibly empty */
    public Map<String, String> fieldErrors() { return fieldErrors; }
}
