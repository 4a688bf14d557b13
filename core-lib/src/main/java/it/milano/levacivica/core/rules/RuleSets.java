package it.milano.levacivica.core.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rule sets shipped with the library, and the reader of rule-set files.
 *
 * <p>A rule-set file is a UTF-8 text of {@code key = value} lines; {@code #} starts a comment line.
 * Hours are decimal ({@code 7.5}) or {@code h:mm} ({@code 7:30}). The working week
 * ({@code week.serviceDays}) is a list of days of the week and ranges of them, e.g.
 * {@code MONDAY-FRIDAY} or {@code MONDAY, WEDNESDAY-SATURDAY}. Every key is required except
 * {@code week.serviceDays}, which is {@code MONDAY-SATURDAY} when absent (files written before the key
 * existed keep their meaning); unknown or repeated keys, negative or malformed numbers and targets that
 * do not add up are refused with a {@link RuleSetFormatException} that names the line. The shipped files
 * ({@code leva-civica-milano.properties}, {@code servizio-civile-universale.properties} beside this
 * class) are complete examples.
 */
public final class RuleSets {

    /** Every key of a rule-set file; declared before the shipped rule sets, which are read with it. */
    private static final List<String> KEYS = List.of(
            "id", "version", "name", "duration.months",
            "target.service.hours", "target.specificTraining.hours", "target.competenceCertificate.hours",
            "target.total.hours", "week.serviceDays", "days.perWeek.max", "days.perWeek.min",
            "hours.perWeek.guidance", "hours.perWeek.min", "hours.perWeek.max",
            "hours.perMonth.guidance", "hours.perMonth.min", "hours.perMonth.max",
            "hours.perDay.max", "entry.granularity.minutes", "leave.allowance.days", "sickness.allowance.days",
            "checkIn.weekly.required", "checkIn.countsAs", "category.overTarget", "pace.tolerance.hours");

    /** The one key that may be left out, and the value it then has. */
    private static final String SERVICE_DAYS = "week.serviceDays";
    private static final String SERVICE_DAYS_DEFAULT = "MONDAY-SATURDAY";

    /** The Leva Civica of the Comune di Milano, as in the seed project (1322 + 40 + 38 = 1400 h). */
    public static final RuleSet LEVA_CIVICA = builtIn("leva-civica-milano.properties");

    /** Servizio Civile Universale, 12 months: 25 h/week, 1145 h, 20 days of leave. */
    public static final RuleSet SERVIZIO_CIVILE_UNIVERSALE = builtIn("servizio-civile-universale.properties");

    private RuleSets() {
    }

    /**
     * Finds a shipped rule set by id.
     *
     * @param id e.g. {@code leva-civica-milano}, not null
     * @return the rule set, or empty when no shipped rule set has that id
     * @throws NullPointerException if {@code id} is null
     */
    public static Optional<RuleSet> byId(String id) {
        Objects.requireNonNull(id, "id");
        return builtIns().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** @return the shipped rule sets, Leva Civica first; an unmodifiable list */
    public static List<RuleSet> builtIns() {
        return List.of(LEVA_CIVICA, SERVIZIO_CIVILE_UNIVERSALE);
    }

    /**
     * Reads a rule-set file.
     *
     * @param file a UTF-8 file, not null
     * @return the rule set
     * @throws NullPointerException if {@code file} is null
     * @throws RuleSetFormatException if the file is malformed or inconsistent, naming the line
     * @throws UncheckedIOException if it cannot be read (missing, unreadable, not UTF-8)
     */
    public static RuleSet load(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + file, e);
        }
    }

    /**
     * Reads a rule set from text.
     *
     * @param text the {@code key = value} lines, not null; read to its end, not closed
     * @param sourceName what to call the text in messages, e.g. a file name, not null
     * @return the rule set
     * @throws NullPointerException if {@code text} or {@code sourceName} is null
     * @throws RuleSetFormatException if the text is malformed or inconsistent, naming the line
     * @throws UncheckedIOException if reading {@code text} fails
     */
    public static RuleSet parse(Reader text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        BufferedReader reader = text instanceof BufferedReader b ? b : new BufferedReader(text);
        int lineNo = 0;
        try {
            for (String raw; (raw = reader.readLine()) != null; ) {
                lineNo++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq <= 0) {
                    throw new RuleSetFormatException(sourceName, lineNo, "expected 'key = value', found '" + line + "'");
                }
                String key = line.substring(0, eq).strip();
                String value = line.substring(eq + 1).strip();
                if (!KEYS.contains(key)) {
                    throw new RuleSetFormatException(sourceName, lineNo, "unknown key '" + key + "'");
                }
                if (values.containsKey(key)) {
                    throw new RuleSetFormatException(sourceName, lineNo, "key '" + key + "' repeated (first on line " + lines.get(key) + ")");
                }
                if (value.isEmpty()) {
                    throw new RuleSetFormatException(sourceName, lineNo, "key '" + key + "' has no value");
                }
                values.put(key, value);
                lines.put(key, lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule set " + sourceName, e);
        }
        values.putIfAbsent(SERVICE_DAYS, SERVICE_DAYS_DEFAULT);
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw new RuleSetFormatException(sourceName, 0, "key '" + key + "' is missing");
            }
        }
        return new FileReading(sourceName, values, lines).build();
    }

    private static RuleSet builtIn(String resource) {
        try (InputStream in = RuleSets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns the checked key/value pairs into a rule set, naming the line of any bad value. */
    private record FileReading(String source, Map<String, String> values, Map<String, Integer> lines) {

        RuleSet build() {
            RuleSet.Builder b = RuleSet.builder(values.get("id"), values.get("version"))
                    .name(values.get("name"))
                    .durationMonths(count("duration.months"))
                    .target(Category.SERVICE, hours("target.service.hours"))
                    .target(Category.SPECIFIC_TRAINING, hours("target.specificTraining.hours"))
                    .target(Category.COMPETENCE_CERTIFICATE, hours("target.competenceCertificate.hours"))
                    .totalTarget(hours("target.total.hours"))
                    .serviceDays(days(SERVICE_DAYS))
                    .daysPerWeekMax(count("days.perWeek.max"))
                    .daysPerWeekMin(count("days.perWeek.min"))
                    .weeklyHours(hours("hours.perWeek.guidance"), hours("hours.perWeek.min"), hours("hours.perWeek.max"))
                    .monthlyHours(hours("hours.perMonth.guidance"), hours("hours.perMonth.min"), hours("hours.perMonth.max"))
                    .dailyMax(hours("hours.perDay.max"))
                    .granularity(Duration.ofMinutes(count("entry.granularity.minutes")))
                    .leaveAllowanceDays(count("leave.allowance.days"))
                    .sicknessAllowanceDays(count("sickness.allowance.days"))
                    .weeklyCheckInRequired(bool("checkIn.weekly.required"))
                    .checkInCountsAs(checkInCategory("checkIn.countsAs"))
                    .categoryOverTarget(severity("category.overTarget"))
                    .paceTolerance(hours("pace.tolerance.hours"));
            long declared = hours("target.total.hours").toMinutes();
            long sum = (hours("target.service.hours").toMinutes() + hours("target.specificTraining.hours").toMinutes()
                    + hours("target.competenceCertificate.hours").toMinutes());
            if (sum != declared) {
                throw fail("target.total.hours", "the category targets add up to " + sum / 60.0 + " h, not " + declared / 60.0 + " h");
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw new RuleSetFormatException(source, 0, e.getMessage());
            }
        }

        private int count(String key) {
            String v = values.get(key);
            try {
                int n = Integer.parseInt(v);
                if (n < 0) {
                    throw fail(key, "must not be negative, was " + v);
                }
                return n;
            } catch (NumberFormatException e) {
                throw fail(key, "expected a whole number, found '" + v + "'");
            }
        }

        private Duration hours(String key) {
            String v = values.get(key);
            BigDecimal minutes;
            try {
                int colon = v.indexOf(':');
                if (colon >= 0) {
                    BigDecimal h = new BigDecimal(v.substring(0, colon));
                    BigDecimal m = new BigDecimal(v.substring(colon + 1));
                    if (m.signum() < 0 || m.compareTo(BigDecimal.valueOf(60)) >= 0) {
                        throw fail(key, "minutes must be 0 to 59 in '" + v + "'");
                    }
                    minutes = h.multiply(BigDecimal.valueOf(60)).add(m);
                } else {
                    minutes = new BigDecimal(v).multiply(BigDecimal.valueOf(60));
                }
            } catch (NumberFormatException e) {
                throw fail(key, "expected hours such as 7.5 or 7:30, found '" + v + "'");
            }
            if (minutes.signum() < 0) {
                throw fail(key, "must not be negative, was " + v);
            }
            try {
                return Duration.ofMinutes(minutes.intValueExact());
            } catch (ArithmeticException e) {
                throw fail(key, "must be a whole number of minutes, was " + v + " h");
            }
        }

        /** Days of the week and ranges of them, separated by commas: {@code MONDAY-FRIDAY}, {@code MONDAY, THURSDAY-SATURDAY}. */
        private Set<DayOfWeek> days(String key) {
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String part : values.get(key).split(",", -1)) {
                String[] ends = part.split("-", -1);
                if (ends.length > 2) {
                    throw fail(key, "expected a day or a range of days such as MONDAY-FRIDAY, found '" + part.strip() + "'");
                }
                DayOfWeek first = day(key, ends[0]);
                DayOfWeek last = ends.length == 2 ? day(key, ends[1]) : first;
                if (last.compareTo(first) < 0) {
                    throw fail(key, "a range runs from Monday towards Sunday, found '" + part.strip() + "'");
                }
                for (DayOfWeek d : EnumSet.range(first, last)) {
                    if (!days.add(d)) {
                        throw fail(key, d + " is named twice");
                    }
                }
            }
            return days;
        }

        private DayOfWeek day(String key, String text) {
            try {
                return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(key, "expected a day of the week such as MONDAY, found '" + text.strip() + "'");
            }
        }

        private boolean bool(String key) {
            String v = values.get(key).toLowerCase(Locale.ROOT);
            if (!Set.of("true", "false").contains(v)) {
                throw fail(key, "expected true or false, found '" + values.get(key) + "'");
            }
            return Boolean.parseBoolean(v);
        }

        private Category checkInCategory(String key) {
            String v = values.get(key);
            if (v.equalsIgnoreCase("NONE")) {
                return null;
            }
            try {
                Category c = Category.valueOf(v.toUpperCase(Locale.ROOT));
                if (c == Category.SPECIFIC_TRAINING) {
                    throw fail(key, "check-ins may never count as specific training");
                }
                return c;
            } catch (IllegalArgumentException e) {
                if (e instanceof RuleSetFormatException f) {
                    throw f;
                }
                throw fail(key, "expected SERVICE, COMPETENCE_CERTIFICATE or NONE, found '" + v + "'");
            }
        }

        private Severity severity(String key) {
            String v = values.get(key);
            try {
                return Severity.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fail(key, "expected ERROR or WARNING, found '" + v + "'");
            }
        }

        private RuleSetFormatException fail(String key, String message) {
            return new RuleSetFormatException(source, lines.getOrDefault(key, 0), key + " " + message);
        }
    }
}
