package it.milano.levacivica.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a command's Bean Validation constraints in the service, so that pages and API refuse the
 * same input with the same messages. Constraint messages are keys of the portal's bundle, written
 * {@code {validation.required}}.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    private Validator validator;

    /**
     * @param command a command record with constraints
     * @throws InvalidInputException naming each field that breaks one
     */
    public void check(Object command) {
        if (command == null) {
            throw new InvalidInputException("error.body.missing", Map.of());
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (ConstraintViolation<Object> v : violations) {
                String template = v.getMessageTemplate();
                String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
                fields.putIfAbsent(v.getPropertyPath().toString(), key);
            }
            throw new InvalidInputException("error.invalid", fields);
        }
    }
}
