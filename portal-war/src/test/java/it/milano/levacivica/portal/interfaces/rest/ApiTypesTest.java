package it.milano.levacivica.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What ApiDescription needs to type the description: every resource, and records whose names do not collide. */
class ApiTypesTest {

    private static final List<JavaClass> REST = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ApiTypes.class.getPackageName()).stream().toList();

    @Test
    void everyResourceIsListed() {
        Set<String> resources = new TreeSet<>();
        REST.stream().filter(c -> c.isAnnotatedWith(Path.class)).forEach(c -> resources.add(c.getName()));
        Set<String> listed = new TreeSet<>();
        ApiTypes.RESOURCES.forEach(c -> listed.add(c.getName()));
        assertEquals(resources, listed);
    }

    @Test
    void everyOperationHasAnOperationIdAndTemplatesArePlain() {
        Map<String, List<Method>> operations = ApiTypes.operations();
        assertTrue(operations.containsKey("GET /api/v1/service-years/{id}/entries"), operations.keySet().toString());
        List<String> unnamed = new ArrayList<>();
        operations.keySet().forEach(k -> {
            if (ApiDescription.operationId(k) == null) {
                unnamed.add(k);
            }
        });
        assertEquals(List.of(), unnamed);
    }

    @Test
    void noTwoRecordsOfTheApiShareASimpleNameSoNoSchemaHidesAnother() {
        assertEquals(List.of(), ApiTypes.clashes());
        Set<String> api = ApiTypes.records().keySet();
        assertTrue(api.containsAll(List.of("EntryCommand", "CaseFileView", "PlacementCommand", "TaskCommand", "EntryView")), api.toString());
    }
}
