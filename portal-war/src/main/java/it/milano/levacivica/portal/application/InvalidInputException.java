package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks a rule: which fields, and why: message keys of the portal's bundle, or core-lib's
 * violations, which the edge writes in the reader's language.
 */
public class InvalidInputException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Violation> fieldViolations;

    public InvalidInputException(String messageKey, Map<String, String> fieldErrors, Object... args) {
        this(messageKey, fieldErrors, Map.of(), args);
    }

    private InvalidInputException(String messageKey, Map<String, String> fieldErrors, Map<String, Violation> fieldViolations,
            Object... args) {
        super("invalid-input", messageKey, fieldErrors, args);
        this.fieldViolations = Collections.unmodifiableMap(new LinkedHashMap<>(fieldViolations));
    }

    /** One field, one key. */
    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException("error.invalid", Map.of(field, messageKey));
    }

    /**
     * The errors core-lib found in the fields of a command.
     *
     * @param byField each field's first error, in the order of the fields
     * @return the refusal
     */
    static InvalidInputException ofRules(Map<String, Violation> byField) {
        return new InvalidInputException("error.invalid", Map.of(), byField);
    }

    /** @return field name to core-lib's violation, possibly empty; written in the reader's language at the edge */
    public Map<String, Violation> fieldViolations() { return fieldViolations; }

    /** @return the violations behind {@link #fieldViolations()} */
    public List<Violation> violations() { return List.copyOf(fieldViolations.values()); }
}
