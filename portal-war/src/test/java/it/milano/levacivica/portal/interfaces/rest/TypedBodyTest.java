package it.milano.levacivica.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every body the API takes is a command record that the typed reader binds, never left to JSON-B. */
class TypedBodyTest {

    @Test
    void everyBodyOfEveryOperationIsBoundByItsFieldsTypes() {
        List<String> bodies = new ArrayList<>();
        List<String> unbound = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(TypedBody.class.getPackageName())) {
            for (Method m : c.reflect().getDeclaredMethods()) {
                boolean operation = Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                for (Parameter p : m.getParameters()) {
                    if (operation && isEntity(p)) {
                        bodies.add(c.getSimpleName() + "." + m.getName());
                        if (!new TypedBody().isReadable(p.getType(), p.getParameterizedType(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE)) {
                            unbound.add(c.getSimpleName() + "." + m.getName() + "(" + p.getType().getName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(bodies.size() > 30, bodies.toString());
        assertEquals(List.of(), unbound);
    }

    private static boolean isEntity(Parameter p) {
        return Arrays.stream(p.getAnnotations()).noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
    }
}
