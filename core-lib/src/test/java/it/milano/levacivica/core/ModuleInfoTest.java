package it.milano.levacivica.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * core-lib is a named module that exports its two API packages, and its shipped rule sets and
 * message bundles load both from the module path (a layer of its own here) and from the class path
 * (as in the portal's war).
 */
class ModuleInfoTest {

    static final String MODULE = "it.milano.levacivica.core";
    /** The compiled main classes, module-info.class included; the build runs tests in core-lib's folder. */
    static final Path CLASSES = Path.of("target", "classes");

    @Test
    void exportsTheApiPackagesAndRequiresNothingButTheJdkBase() {
        ModuleDescriptor d = ModuleFinder.of(CLASSES).find(MODULE).orElseThrow().descriptor();
        assertEquals(Set.of(MODULE + ".rules", MODULE + ".forecast"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertTrue(d.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified), "exported to everyone");
        assertEquals(d.packages(), d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()),
                "every package is API; a new internal package must be left out of the exports on purpose");
        assertEquals(Set.of("java.base"), d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
        assertTrue(d.opens().isEmpty());
    }

    @Test
    void theTestsRunInsideTheNamedModule() {
        Module m = it.milano.levacivica.core.rules.RuleSets.class.getModule();
        assertTrue(m.isNamed(), "surefire patches the tests into the module, so a named-module failure shows here");
        assertEquals(MODULE, m.getName());
    }

    @Test
    void ruleSetsAndMessagesLoadOnTheModulePath() throws Exception {
        ModuleLayer parent = ModuleLayer.boot();
        Configuration cf = parent.configuration().resolve(ModuleFinder.of(CLASSES), ModuleFinder.of(), Set.of(MODULE));
        ModuleLayer layer = parent.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> ruleSets = loader.loadClass(MODULE + ".rules.RuleSets");
        assertTrue(ruleSets.getModule().isNamed());
        assertEquals(layer, ruleSets.getModule().getLayer(), "a fresh copy, not the one the tests run in");
        loadsRuleSetsAndMessages(loader);
    }

    @Test
    void ruleSetsAndMessagesLoadOnTheClassPath() throws Exception {
        // parent null (the JDK's boot modules only): the platform loader would hand the package to the module the tests run in
        try (URLClassLoader loader = new URLClassLoader(new URL[] {CLASSES.toUri().toURL()}, null)) {
            Class<?> ruleSets = loader.loadClass(MODULE + ".rules.RuleSets");
            assertFalse(ruleSets.getModule().isNamed(), "module-info.class is ignored on the class path");
            loadsRuleSetsAndMessages(loader);
        }
    }

    @Test
    void theShippedFilesSitInTheRulesPackage() {
        for (String f : List.of("leva-civica-milano.properties", "servizio-civile-universale.properties",
                "messages.properties", "messages_en.properties")) {
            assertTrue(Files.isRegularFile(CLASSES.resolve("it/milano/levacivica/core/rules").resolve(f)), f);
        }
    }

    /** Reads both shipped rule sets and a message in Italian and English through the given loader. */
    private static void loadsRuleSetsAndMessages(ClassLoader loader) throws Exception {
        Class<?> ruleSets = loader.loadClass(MODULE + ".rules.RuleSets");
        assertEquals("leva-civica-milano@2026.1", ruleSets.getField("LEVA_CIVICA").get(null).toString());
        assertEquals(2, ((List<?>) ruleSets.getMethod("builtIns").invoke(null)).size());
        Object scu = ruleSets.getField("SERVIZIO_CIVILE_UNIVERSALE").get(null);
        assertEquals(java.time.Duration.ofHours(1145), scu.getClass().getMethod("totalTarget").invoke(scu));

        Object violation = violation(loader, "HOURS_PER_DAY_MAX", "ERROR", "DURATION",
                "date", java.time.LocalDate.of(2026, 4, 7), "total", java.time.Duration.ofHours(9), "limit", java.time.Duration.ofHours(8));
        Method message = violation.getClass().getMethod("message", Locale.class);
        assertEquals("On 7 April 2026 the hours would become 9 h: the daily maximum is 8 h.", message.invoke(violation, Locale.ENGLISH));
        assertEquals("Il 7 aprile 2026 le ore diventerebbero 9 h: il massimo giornaliero è 8 h.", message.invoke(violation, Locale.ITALIAN));
        assertEquals(message.invoke(violation, Locale.ITALIAN), message.invoke(violation, Locale.GERMAN));
        // a week, its month and the day names come from core-lib's bundles on both paths
        Class<?> week = loader.loadClass(MODULE + ".rules.Week");
        Object october = week.getMethod("of", java.time.LocalDate.class).invoke(null, java.time.LocalDate.of(2026, 10, 21));
        Method weekText = loader.loadClass(MODULE + ".rules.Texts").getMethod("week", week, Locale.class);
        assertEquals("la settimana dal 19 al 25 ottobre", weekText.invoke(null, october, Locale.ITALIAN));
        assertEquals("the week of 19–25 October", weekText.invoke(null, october, Locale.ENGLISH));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object violation(ClassLoader loader, String rule, String severity, String field, Object... values)
            throws Exception {
        Class ruleId = loader.loadClass(MODULE + ".rules.RuleId");
        Class sev = loader.loadClass(MODULE + ".rules.Severity");
        Class fld = loader.loadClass(MODULE + ".rules.Field");
        Class<?> violation = loader.loadClass(MODULE + ".rules.Violation");
        return violation.getMethod("of", ruleId, sev, fld, Object[].class)
                .invoke(null, Enum.valueOf(ruleId, rule), Enum.valueOf(sev, severity), Enum.valueOf(fld, field), values);
    }
}
