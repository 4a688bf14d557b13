package it.milano.levacivica.portal.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the web session holds travels to the other instances of a cluster ({@code <distributable/>}, Payara's
 * Data Grid): every view-, session- or conversation-scoped bean and everything its fields can hold must be
 * serializable, and its injected services must be restored on the other instance rather than left null by a
 * {@code transient} (Weld restores the proxies of normal-scoped beans; a transient field stays null there).
 */
class SessionStateTest {

    private static final List<Class<?>> PASSIVATING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("it.milano.levacivica.portal").stream()
            .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)
                    || c.isAnnotatedWith(ConversationScoped.class))
            .<Class<?>>map(c -> c.reflect()).toList();

    @Test
    void everyPassivatingBeanAndWhatItHoldsIsSerializable() {
        assertFalse(PASSIVATING.isEmpty());
        Set<String> problems = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : PASSIVATING) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(Set.of(), problems);
    }

    @Test
    void injectedServicesAreNotTransientSoTheyComeBackOnTheOtherInstance() {
        List<String> transientInjections = new ArrayList<>();
        for (Class<?> bean : PASSIVATING) {
            for (Field f : bean.getDeclaredFields()) {
                if (f.isAnnotationPresent(Inject.class) && Modifier.isTransient(f.getModifiers())) {
                    transientInjections.add(bean.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertEquals(List.of(), transientInjections);
    }

    @Test
    void sessionAttributesAreSerializable() throws Exception {
        for (String name : List.of("it.milano.levacivica.portal.infrastructure.security.SignedInCaller",
                "it.milano.levacivica.portal.infrastructure.security.PendingSignIn",
                "it.milano.levacivica.portal.infrastructure.security.OidcSignInServlet$Pending")) {
            Set<String> problems = new TreeSet<>();
            check(Class.forName(name), name, problems, new HashSet<>());
            assertEquals(Set.of(), problems);
        }
    }

    private static void check(Type type, String where, Set<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, problems, seen);
            for (Type arg : p.getActualTypeArguments()) {
                check(arg, where + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), where + "[]", problems, seen);
            return;
        }
        if (type instanceof WildcardType || type instanceof TypeVariable) {
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isArray()) {
            check(c.getComponentType(), where + "[]", problems, seen);
            return;
        }
        if (c.isPrimitive() || c.isEnum() || c == String.class || Number.class.isAssignableFrom(c) || c == Boolean.class
                || Temporal.class.isAssignableFrom(c) || c == java.util.Locale.class || c == Object.class) {
            return;
        }
        if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            return; // the JDK's lists, sets and maps are serializable; their elements are checked through the type arguments
        }
        if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (!c.getName().startsWith("it.milano.levacivica")) {
            return;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                check(f.getGenericType(), where + "." + f.getName(), problems, seen);
            }
        }
    }
}
