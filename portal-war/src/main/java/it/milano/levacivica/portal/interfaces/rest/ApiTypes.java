package it.milano.levacivica.portal.interfaces.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The Java types behind the generated description, so that {@link ApiDescription} can say what Payara's
 * generator leaves as {@code type: object} or {@code number}: a day is {@code string}/{@code date}, an id
 * {@code integer}/{@code int64}, a name of a list a {@code string} with its {@code enum}, and a field that may
 * be null is {@code nullable}. Read by reflection from the resources' methods, their bodies and answers,
 * and the records these hold. Stateless.
 */
final class ApiTypes {

    /** Every resource of the API (a unit test checks that none is missing). */
    static final List<Class<?>> RESOURCES = List.of(AbsenceResource.class, CaseResource.class, CheckInResource.class,
            EntriesExportResource.class, EntryResource.class, MeResource.class, PersonResource.class, PingResource.class,
            PrivacyResource.class, ProjectResource.class, RstResource.class, ServiceYearResource.class, TaskResource.class, TimesheetResource.class,
            YearAbsencesResource.class, YearCheckInsResource.class, YearEntriesResource.class, YearStatusResource.class,
            YearTasksResource.class, CertificateResource.class, ReminderResource.class, MyRemindersResource.class,
            MyCalendarFeedResource.class, ReportResource.class);

    /** The base path of the API ({@link RestApplication}). */
    static final String BASE = "/api/v1";

    private ApiTypes() {
    }

    /**
     * @return {@code METHOD template} (as {@link ApiDescription} keys operations) → the resource methods serving it
     *         (two when one answers JSON and another CSV)
     */
    static Map<String, List<Method>> operations() {
        Map<String, List<Method>> out = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            Path base = resource.getAnnotation(Path.class);
            for (Method m : resource.getDeclaredMethods()) {
                String http = httpMethod(m);
                if (http == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String template = ApiDescription.plain(join(BASE, base == null ? "" : base.value(), sub == null ? "" : sub.value()));
                out.computeIfAbsent(http + " " + template, k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }

    /** @return the records and enums the API reads and answers, by simple name (as the generator names their schemas) */
    static Map<String, Class<?>> records() {
        Map<String, Class<?>> out = new TreeMap<>();
        reachable().forEach((name, classes) -> out.put(name, classes.iterator().next()));
        return out;
    }

    /** @return simple names that two records or enums of the API share: the generator would describe only one of them */
    static List<String> clashes() {
        return reachable().entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).toList();
    }

    private static Map<String, java.util.Set<Class<?>>> reachable() {
        Map<String, java.util.Set<Class<?>>> out = new TreeMap<>();
        for (List<Method> methods : operations().values()) {
            for (Method m : methods) {
                collect(m.getGenericReturnType(), out);
                for (int i = 0; i < m.getParameterCount(); i++) {
                    if (isBody(m.getParameterAnnotations()[i])) {
                        collect(m.getGenericParameterTypes()[i], out);
                    }
                }
            }
        }
        return out;
    }

    /** @return whether a parameter with these annotations is the request's body */
    static boolean isBody(Annotation[] annotations) {
        return Arrays.stream(annotations).noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
    }

    /**
     * @param m a resource method
     * @param in {@code path} or {@code query}
     * @param name the parameter's name
     * @return its Java type, or null when the method has no such parameter
     */
    static Type parameter(Method m, String in, String name) {
        for (int i = 0; i < m.getParameterCount(); i++) {
            for (Annotation a : m.getParameterAnnotations()[i]) {
                if (("path".equals(in) && a instanceof PathParam p && p.value().equals(name))
                        || ("query".equals(in) && a instanceof QueryParam q && q.value().equals(name))) {
                    return m.getGenericParameterTypes()[i];
                }
            }
        }
        return null;
    }

    /**
     * @param type a record's component type, a parameter's type
     * @param nullable whether the value may be null (not for primitives)
     * @return its schema as JSON carries it, or null for a record or a type the generator already describes by reference
     */
    static Schema schema(Type type, boolean nullable) {
        Class<?> raw = raw(type);
        Schema s;
        if (raw == String.class) {
            s = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        } else if (raw == LocalDate.class) {
            s = OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date").example("2026-11-24");
        } else if (raw == LocalDateTime.class) {
            // a local time in Rome, without an offset: not an RFC 3339 date-time
            s = OASFactory.createSchema().type(Schema.SchemaType.STRING).format("local-date-time").example("2026-11-24T09:30:00")
                    .pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?$");
        } else if (raw == Instant.class) {
            s = OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        } else if (raw == Long.class || raw == long.class) {
            s = OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        } else if (raw == Integer.class || raw == int.class) {
            s = OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        } else if (raw == Double.class || raw == double.class) {
            s = OASFactory.createSchema().type(Schema.SchemaType.NUMBER).format("double");
        } else if (raw == Boolean.class || raw == boolean.class) {
            s = OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        } else if (raw.isEnum()) {
            s = OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(names(raw));
        } else if (Collection.class.isAssignableFrom(raw)) {
            Type element = argument(type, 0);
            Schema items = element == null ? null : schema(element, false);
            s = OASFactory.createSchema().type(Schema.SchemaType.ARRAY);
            if (items != null) {
                s.items(items);
            } else if (element != null && raw(element).isRecord()) {
                s.items(OASFactory.createSchema().ref("#/components/schemas/" + raw(element).getSimpleName()));
            } else {
                return null;
            }
            if (java.util.Set.class.isAssignableFrom(raw)) {
                s.uniqueItems(Boolean.TRUE);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            Type value = argument(type, 1);
            Schema values = value == null ? null : schema(value, false);
            if (values == null) {
                return null;
            }
            s = OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(values);
        } else {
            return null;
        }
        if (nullable && !raw.isPrimitive()) {
            s.nullable(Boolean.TRUE);
        }
        return s;
    }

    /** @return the names of an enum's constants */
    static List<Object> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList();
    }

    /** @return the type's record components by name, in order */
    static Map<String, RecordComponent> components(Class<?> record) {
        Map<String, RecordComponent> out = new LinkedHashMap<>();
        for (RecordComponent rc : record.getRecordComponents()) {
            out.put(rc.getName(), rc);
        }
        return out;
    }

    /** The lowest and highest {@code limit} of a page, and its default. */
    static Schema limit() {
        return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(Paging.MAX_LIMIT)).defaultValue(Paging.DEFAULT_LIMIT);
    }

    private static void collect(Type type, Map<String, java.util.Set<Class<?>>> out) {
        if (type instanceof ParameterizedType p) {
            for (Type a : p.getActualTypeArguments()) {
                collect(a, out);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c == Response.class) {
            return;
        }
        if (c.isEnum()) {
            out.computeIfAbsent(c.getSimpleName(), k -> new java.util.LinkedHashSet<>()).add(c);
        } else if (c.isRecord() && out.computeIfAbsent(c.getSimpleName(), k -> new java.util.LinkedHashSet<>()).add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), out);
            }
        }
    }

    private static String httpMethod(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "GET";
        } else if (m.isAnnotationPresent(POST.class)) {
            return "POST";
        } else if (m.isAnnotationPresent(PUT.class)) {
            return "PUT";
        } else if (m.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    private static String join(String... parts) {
        String joined = String.join("/", parts).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return type instanceof Class<?> c ? c : Object.class;
    }

    private static Type argument(Type type, int i) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > i ? p.getActualTypeArguments()[i] : null;
    }

}
