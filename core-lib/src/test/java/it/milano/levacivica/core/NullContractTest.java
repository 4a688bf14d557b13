package it.milano.levacivica.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.core.forecast.CategoryProgress;
import it.milano.levacivica.core.forecast.PaceForecast;
import it.milano.levacivica.core.forecast.Progress;
import it.milano.levacivica.core.forecast.ScheduleCheck;
import it.milano.levacivica.core.forecast.WeeklyPattern;
import it.milano.levacivica.core.rules.Absence;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.Field;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.RuleId;
import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import it.milano.levacivica.core.rules.Severity;
import it.milano.levacivica.core.rules.Texts;
import it.milano.levacivica.core.rules.ValidationResult;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.core.rules.Week;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the API refuses a null argument with a
 * {@link NullPointerException}, as its Javadoc says, except where the Javadoc allows null.
 */
class NullContractTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 7);
    static final ServiceYear YEAR = ServiceYear.of(LocalDate.of(2026, 3, 2), RuleSets.LEVA_CIVICA);
    static final ServiceRecord RECORD = ServiceRecord.of(YEAR,
            List.of(HourEntry.service(DAY, Duration.ofHours(4), ActivityType.COMMUNICATION)), List.of(), List.of());

    /** The API's types, whose public members are checked. */
    static final List<Class<?>> API = List.of(RuleSet.class, RuleSet.Builder.class, RuleSets.class, ServiceYear.class,
            ServiceRecord.class, HourEntry.class, Absence.class, Violation.class, ValidationResult.class,
            Progress.class, CategoryProgress.class, PaceForecast.class, ScheduleCheck.class, WeeklyPattern.class,
            Week.class, Texts.class);

    /** Parameters whose Javadoc allows null: "Type.member#index". */
    static final Set<String> NULL_ALLOWED = Set.of(
            "HourEntry.<init>#3",               // activity type of a training or certificate entry
            "Builder.checkInCountsAs#0",        // check-ins count nowhere
            "ServiceRecord.validateCheckIn#2"); // a check-in without an activity type is reported, not thrown

    /** A valid value of each parameter type; a new instance each time where it is mutable. */
    static final Map<Class<?>, Supplier<Object>> SAMPLES = Map.ofEntries(
            Map.entry(String.class, () -> "x"),
            Map.entry(String[].class, () -> new String[] {"limit", "8:00"}),
            Map.entry(Object[].class, () -> new Object[] {"limit", Duration.ofHours(8)}),
            Map.entry(Object.class, () -> Duration.ofHours(8)),
            Map.entry(Class.class, () -> Duration.class),
            Map.entry(Set.class, () -> Set.of(DayOfWeek.MONDAY)),
            Map.entry(LocalDateTime.class, () -> DAY.atTime(10, 0)),
            Map.entry(YearMonth.class, () -> YearMonth.from(DAY)),
            Map.entry(Week.class, () -> Week.of(DAY)),
            Map.entry(int.class, () -> 1),
            Map.entry(boolean.class, () -> true),
            Map.entry(LocalDate.class, () -> DAY),
            Map.entry(Duration.class, () -> Duration.ofHours(1)),
            Map.entry(Clock.class, () -> Clock.fixed(DAY.plusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)),
            Map.entry(Locale.class, () -> Locale.ENGLISH),
            Map.entry(Path.class, () -> Path.of("target", "no-such-rule-set.properties")),
            Map.entry(Reader.class, () -> new StringReader("")),
            Map.entry(Collection.class, ArrayList::new),
            Map.entry(List.class, ArrayList::new),
            Map.entry(Map.class, () -> Map.of(DayOfWeek.MONDAY, Duration.ofHours(6))),
            Map.entry(DayOfWeek.class, () -> DayOfWeek.MONDAY),
            Map.entry(DayOfWeek[].class, () -> new DayOfWeek[] {DayOfWeek.MONDAY}),
            Map.entry(Category.class, () -> Category.SERVICE),
            Map.entry(ActivityType.class, () -> ActivityType.COMMUNICATION),
            Map.entry(AbsenceType.class, () -> AbsenceType.LEAVE),
            Map.entry(RuleId.class, () -> RuleId.HOURS_PER_DAY_MAX),
            Map.entry(Severity.class, () -> Severity.ERROR),
            Map.entry(Field.class, () -> Field.DURATION),
            Map.entry(RuleSet.class, () -> RuleSets.LEVA_CIVICA),
            Map.entry(RuleSet.Builder.class, () -> RuleSet.builder("x", "1")),
            Map.entry(ServiceYear.class, () -> YEAR),
            Map.entry(ServiceRecord.class, () -> RECORD),
            Map.entry(HourEntry.class, () -> HourEntry.service(DAY, Duration.ofHours(1), ActivityType.COMMUNICATION)),
            Map.entry(Absence.class, () -> new Absence(DAY.plusDays(1), AbsenceType.LEAVE)),
            Map.entry(Violation.class, () -> Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION)),
            Map.entry(ValidationResult.class, () -> ValidationResult.of(List.of())),
            Map.entry(Progress.class, () -> Progress.of(RECORD, DAY)),
            Map.entry(CategoryProgress.class, () -> Progress.of(RECORD, DAY).of(Category.SERVICE)),
            Map.entry(PaceForecast.class, () -> PaceForecast.of(RECORD, DAY)),
            Map.entry(ScheduleCheck.class, () -> ScheduleCheck.of(YEAR, WeeklyPattern.empty(), List.of())),
            Map.entry(WeeklyPattern.class, () -> WeeklyPattern.uniform(Duration.ofHours(6), DayOfWeek.MONDAY)));

    @Test
    void everyReferenceParameterRefusesNull() throws Exception {
        int checked = 0;
        for (Class<?> type : API) {
            List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
            members.addAll(List.of(type.getDeclaredMethods()));
            for (Executable m : members) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.getName().equals("equals")) {
                    continue;
                }
                Class<?>[] params = m.getParameterTypes();
                for (int i = 0; i < params.length; i++) {
                    String id = type.getSimpleName() + "." + (m instanceof Constructor ? "<init>" : m.getName()) + "#" + i;
                    if (params[i].isPrimitive() || NULL_ALLOWED.contains(id)) {
                        continue;
                    }
                    Object[] args = new Object[params.length];
                    for (int j = 0; j < params.length; j++) {
                        args[j] = j == i ? null : sample(params[j], id);
                    }
                    Throwable thrown = invoke(m, type, args);
                    assertTrue(thrown instanceof NullPointerException, id + " with null threw " + thrown);
                    checked++;
                }
            }
        }
        assertTrue(checked > 60, "checked " + checked + " parameters");
    }

    @Test
    void theMessageNamesTheNullArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> RECORD.validate(null, Clock.systemUTC()));
        assertEquals("entry", e.getMessage());
        assertEquals("clock", assertThrows(NullPointerException.class,
                () -> RECORD.validate(HourEntry.of(DAY, Category.SPECIFIC_TRAINING, Duration.ofHours(1)), null)).getMessage());
    }

    private static Object sample(Class<?> type, String where) {
        Supplier<Object> s = SAMPLES.get(type);
        if (s == null) {
            throw new AssertionError("no sample value of " + type.getName() + " for " + where + ": add one to SAMPLES");
        }
        return s.get();
    }

    /** Calls the member and returns what it threw, or null. */
    private static Throwable invoke(Executable m, Class<?> type, Object[] args) throws Exception {
        try {
            if (m instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                Method method = (Method) m;
                method.invoke(Modifier.isStatic(method.getModifiers()) ? null : sample(type, method.getName()), args);
            }
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
    }
}
