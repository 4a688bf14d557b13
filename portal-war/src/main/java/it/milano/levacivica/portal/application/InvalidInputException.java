package it.milano.levacivica.portal.application;

import java.util.Map;

/** Input that breaks a rule: which fields, and why (message keys of the portal's bundle, or rule texts already translated). */
public class InvalidInputException extends PortalException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Map<String, String> fieldErrors, Object... args) {
        super("invalid-input", messageKey, fieldErrors, args);
    }

    /** One field, one key. */
    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException("error.invalid", Map.of(field, messageKey));
    }
}
