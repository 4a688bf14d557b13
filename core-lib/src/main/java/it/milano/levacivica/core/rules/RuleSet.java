package it.milano.levacivica.core.rules;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every number of one programme's rules: a versioned, immutable set of parameters.
 *
 * <p>A programme is data, not code: the Leva Civica rule set of the seeds and a Servizio Civile
 * Universale rule set ship with the library ({@link RuleSets}), and any other edition is a
 * {@code .properties} file read by {@link RuleSets#parse(java.io.Reader, String)}.
 *
 * <p>All amounts of time are whole minutes internally and {@link Duration} at the API. Instances are
 * immutable and thread-safe; build one with {@link #builder(String, String)}.
 */
public final class RuleSet {

    private final String id;
    private final String version;
    private final String name;
    private final int durationMonths;
    private final EnumMap<Category, Integer> targetMinutes;
    private final int totalTargetMinutes;
    private final Set<DayOfWeek> serviceDays;
    /** Bit {@code dow.getValue()} set for each service day, for the loops over a year's days. */
    private final int serviceDayBits;
    private final int daysPerWeekMax;
    private final int daysPerWeekMin;
    private final int weeklyGuidanceMinutes;
    private final int weeklyMinMinutes;
    private final int weeklyMaxMinutes;
    private final int monthlyGuidanceMinutes;
    private final int monthlyMinMinutes;
    private final int monthlyMaxMinutes;
    private final int dailyMaxMinutes;
    private final int granularityMinutes;
    private final int leaveAllowanceDays;
    private final int sicknessAllowanceDays;
    private final boolean weeklyCheckInRequired;
    private final Category checkInCountsAs;
    private final Severity categoryOverTarget;
    private final int paceToleranceMinutes;

    private RuleSet(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.name = b.name;
        this.durationMonths = b.durationMonths;
        this.targetMinutes = new EnumMap<>(b.targetMinutes);
        this.totalTargetMinutes = b.totalTargetMinutes;
        this.serviceDays = Collections.unmodifiableSet(EnumSet.copyOf(b.serviceDays));
        int bits = 0;
        for (DayOfWeek d : b.serviceDays) {
            bits |= 1 << d.getValue();
        }
        this.serviceDayBits = bits;
        this.daysPerWeekMax = b.daysPerWeekMax;
        this.daysPerWeekMin = b.daysPerWeekMin;
        this.weeklyGuidanceMinutes = b.weeklyGuidanceMinutes;
        this.weeklyMinMinutes = b.weeklyMinMinutes;
        this.weeklyMaxMinutes = b.weeklyMaxMinutes;
        this.monthlyGuidanceMinutes = b.monthlyGuidanceMinutes;
        this.monthlyMinMinutes = b.monthlyMinMinutes;
        this.monthlyMaxMinutes = b.monthlyMaxMinutes;
        this.dailyMaxMinutes = b.dailyMaxMinutes;
        this.granularityMinutes = b.granularityMinutes;
        this.leaveAllowanceDays = b.leaveAllowanceDays;
        this.sicknessAllowanceDays = b.sicknessAllowanceDays;
        this.weeklyCheckInRequired = b.weeklyCheckInRequired;
        this.checkInCountsAs = b.checkInCountsAs;
        this.categoryOverTarget = b.categoryOverTarget;
        this.paceToleranceMinutes = b.paceToleranceMinutes;
    }

    /**
     * Starts a builder for a rule set.
     *
     * @param id the programme's stable id, e.g. {@code leva-civica-milano}, not null, not blank
     * @param version the rule set's version, e.g. {@code 2026.1}, not null, not blank
     * @return a builder holding no numbers yet; its name is the id until {@link Builder#name(String)}
     * @throws NullPointerException if {@code id} or {@code version} is null
     * @throws IllegalArgumentException if {@code id} or {@code version} is blank
     */
    public static Builder builder(String id, String version) {
        return new Builder(id, version);
    }

    /** @return the programme's stable id, e.g. {@code leva-civica-milano} */
    public String id() { return id; }

    /** @return the version of this set of numbers, e.g. {@code 2026.1} */
    public String version() { return version; }

    /** @return a human-readable name of the programme */
    public String name() { return name; }

    /** @return the length of a service year in months (12 in both shipped rule sets) */
    public int durationMonths() { return durationMonths; }

    /**
     * The target of one category.
     *
     * @param category the category, not null
     * @return the target of hours for that category (may be zero: the category is not used)
     * @throws NullPointerException if {@code category} is null
     */
    public Duration target(Category category) {
        return Duration.ofMinutes(targetMinutes(category));
    }

    int targetMinutes(Category category) {
        return targetMinutes.get(Objects.requireNonNull(category, "category"));
    }

    /** @return the total target, always the sum of the three category targets */
    public Duration totalTarget() { return Duration.ofMinutes(totalTargetMinutes); }

    int totalTargetMinutes() { return totalTargetMinutes; }

    /**
     * The working week: the days of the week on which service is expected. They are the days the pace
     * forecast spreads the target over, the days leave is counted on, and the days against which a
     * finished week or month in service is measured. Monday to Saturday in both shipped rule sets.
     *
     * @return the service days, at least one, in week order; unmodifiable
     */
    public Set<DayOfWeek> serviceDays() { return serviceDays; }

    /**
     * Whether a day of the week is a service day.
     *
     * @param day a day of the week, not null
     * @return whether it is one of {@link #serviceDays()}
     * @throws NullPointerException if {@code day} is null
     */
    public boolean isServiceDay(DayOfWeek day) {
        return isServiceDay(Objects.requireNonNull(day, "day").getValue());
    }

    /** @return the number of service days in a week: 6 for Monday to Saturday, 5 for Monday to Friday */
    public int serviceDaysPerWeek() { return Integer.bitCount(serviceDayBits); } // serviceDays.size(), without the calls

    /** @param isoDayOfWeek 1 (Monday) to 7 (Sunday) @return whether that day is a service day */
    boolean isServiceDay(int isoDayOfWeek) {
        return (serviceDayBits & (1 << isoDayOfWeek)) != 0;
    }

    /** @return the most days that may be worked in one calendar week, Monday to Sunday (hard rule) */
    public int daysPerWeekMax() { return daysPerWeekMax; }

    /** @return the fewest days a finished week in service should have (guidance) */
    public int daysPerWeekMin() { return daysPerWeekMin; }

    /** @return the weekly hours the programme describes ("about 30 h") */
    public Duration weeklyGuidance() { return Duration.ofMinutes(weeklyGuidanceMinutes); }

    /** @return the lower edge of the weekly guidance band */
    public Duration weeklyMin() { return Duration.ofMinutes(weeklyMinMinutes); }

    /** @return the upper edge of the weekly guidance band */
    public Duration weeklyMax() { return Duration.ofMinutes(weeklyMaxMinutes); }

    /** @return the monthly hours the programme describes ("about 135 h") */
    public Duration monthlyGuidance() { return Duration.ofMinutes(monthlyGuidanceMinutes); }

    /** @return the lower edge of the monthly guidance band */
    public Duration monthlyMin() { return Duration.ofMinutes(monthlyMinMinutes); }

    /** @return the upper edge of the monthly guidance band */
    public Duration monthlyMax() { return Duration.ofMinutes(monthlyMaxMinutes); }

    /** @return the most hours in one day (hard rule) */
    public Duration dailyMax() { return Duration.ofMinutes(dailyMaxMinutes); }

    /** @return the step of every entry's duration, e.g. 15 minutes */
    public Duration granularity() { return Duration.ofMinutes(granularityMinutes); }

    /** @return the days of leave allowed in a service year (only {@link #serviceDays() service days} count) */
    public int leaveAllowanceDays() { return leaveAllowanceDays; }

    /** @return the days of sickness allowed in a service year */
    public int sicknessAllowanceDays() { return sicknessAllowanceDays; }

    /** @return whether each finished week in service must have a confirmed tutor check-in */
    public boolean weeklyCheckInRequired() { return weeklyCheckInRequired; }

    /**
     * @return the category towards which a confirmed check-in's duration counts, or {@code null}
     *     when check-ins do not count as hours; never {@link Category#SPECIFIC_TRAINING}
     */
    public Category checkInCountsAs() { return checkInCountsAs; }

    /** @return what happens to hours beyond a category's target: refused or accepted with a warning */
    public Severity categoryOverTarget() { return categoryOverTarget; }

    /** @return how far actual hours may be from the expected ones and still be "on track" */
    public Duration paceTolerance() { return Duration.ofMinutes(paceToleranceMinutes); }

    int dailyMaxMinutes() { return dailyMaxMinutes; }
    int granularityMinutes() { return granularityMinutes; }
    int weeklyMinMinutes() { return weeklyMinMinutes; }
    int weeklyMaxMinutes() { return weeklyMaxMinutes; }
    int monthlyMinMinutes() { return monthlyMinMinutes; }
    int monthlyMaxMinutes() { return monthlyMaxMinutes; }

    /**
     * Compares every parameter: id, version, name and every number, flag and severity. Two rule sets
     * with the same id and version but another limit are different rule sets (a file edited without
     * a new version is not the shipped one).
     *
     * @param o the object to compare with, may be null
     * @return whether {@code o} is a rule set with the same id, version, name and parameters
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof RuleSet other
                && id.equals(other.id)
                && version.equals(other.version)
                && name.equals(other.name)
                && durationMonths == other.durationMonths
                && targetMinutes.equals(other.targetMinutes)
                && totalTargetMinutes == other.totalTargetMinutes
                && serviceDays.equals(other.serviceDays)
                && daysPerWeekMax == other.daysPerWeekMax
                && daysPerWeekMin == other.daysPerWeekMin
                && weeklyGuidanceMinutes == other.weeklyGuidanceMinutes
                && weeklyMinMinutes == other.weeklyMinMinutes
                && weeklyMaxMinutes == other.weeklyMaxMinutes
                && monthlyGuidanceMinutes == other.monthlyGuidanceMinutes
                && monthlyMinMinutes == other.monthlyMinMinutes
                && monthlyMaxMinutes == other.monthlyMaxMinutes
                && dailyMaxMinutes == other.dailyMaxMinutes
                && granularityMinutes == other.granularityMinutes
                && leaveAllowanceDays == other.leaveAllowanceDays
                && sicknessAllowanceDays == other.sicknessAllowanceDays
                && weeklyCheckInRequired == other.weeklyCheckInRequired
                && checkInCountsAs == other.checkInCountsAs
                && categoryOverTarget == other.categoryOverTarget
                && paceToleranceMinutes == other.paceToleranceMinutes;
    }

    /**
     * A hash code over every parameter, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, version, name, durationMonths, targetMinutes, totalTargetMinutes, serviceDays, daysPerWeekMax,
                daysPerWeekMin, weeklyGuidanceMinutes, weeklyMinMinutes, weeklyMaxMinutes, monthlyGuidanceMinutes,
                monthlyMinMinutes, monthlyMaxMinutes, dailyMaxMinutes, granularityMinutes, leaveAllowanceDays,
                sicknessAllowanceDays, weeklyCheckInRequired, checkInCountsAs, categoryOverTarget,
                paceToleranceMinutes);
    }

    /**
     * The id and version, e.g. {@code leva-civica-milano@2026.1}: short enough for logs and for the
     * text of a {@link ServiceYear}. Two rule sets with the same text may still differ in a parameter.
     *
     * @return {@code id@version}
     */
    @Override
    public String toString() {
        return id + "@" + version;
    }

    /**
     * Collects the numbers of a {@link RuleSet}; {@link #build()} checks that they are consistent.
     * Not thread-safe; use it on one thread and throw it away.
     */
    public static final class Builder {
        private final String id;
        private final String version;
        private String name;
        private int durationMonths = -1;
        private final EnumMap<Category, Integer> targetMinutes = new EnumMap<>(Category.class);
        private int totalTargetMinutes = -1;
        private Set<DayOfWeek> serviceDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        private int daysPerWeekMax = -1;
        private int daysPerWeekMin = -1;
        private int weeklyGuidanceMinutes = -1;
        private int weeklyMinMinutes = -1;
        private int weeklyMaxMinutes = -1;
        private int monthlyGuidanceMinutes = -1;
        private int monthlyMinMinutes = -1;
        private int monthlyMaxMinutes = -1;
        private int dailyMaxMinutes = -1;
        private int granularityMinutes = -1;
        private int leaveAllowanceDays = -1;
        private int sicknessAllowanceDays = -1;
        private boolean weeklyCheckInRequired = true;
        private Category checkInCountsAs = Category.SERVICE;
        private Severity categoryOverTarget = Severity.WARNING;
        private int paceToleranceMinutes = -1;

        private Builder(String id, String version) {
            this.id = requireText(id, "id");
            this.version = requireText(version, "version");
            this.name = id;
        }

        /**
         * Sets the human-readable name (the id until set).
         *
         * @param name a human-readable name, not null, not blank; leading and trailing spaces are dropped
         * @return this builder
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder name(String name) { this.name = requireText(name, "name"); return this; }

        /**
         * Sets the length of a service year; {@link #build()} checks the range.
         *
         * @param months length of a service year in months, 1 to 60
         * @return this builder
         */
        public Builder durationMonths(int months) { this.durationMonths = months; return this; }

        /**
         * Sets the target of one category; {@link #build()} requires one for each category.
         *
         * @param category the category, not null
         * @param target its target, not null, whole minutes, zero or more
         * @return this builder
         * @throws NullPointerException if {@code category} or {@code target} is null
         * @throws IllegalArgumentException if {@code target} is negative, not whole minutes or over
         *     {@link Integer#MAX_VALUE} minutes
         */
        public Builder target(Category category, Duration target) {
            targetMinutes.put(Objects.requireNonNull(category, "category"), minutes(target, "target"));
            return this;
        }

        /**
         * Sets the declared total target; {@link #build()} checks that it is the sum of the categories.
         *
         * @param total the declared total target, not null, whole minutes, zero or more
         * @return this builder
         * @throws NullPointerException if {@code total} is null
         * @throws IllegalArgumentException if {@code total} is negative, not whole minutes or over
         *     {@link Integer#MAX_VALUE} minutes
         */
        public Builder totalTarget(Duration total) { this.totalTargetMinutes = minutes(total, "totalTarget"); return this; }

        /**
         * Sets the working week (Monday to Saturday unless set); {@link #build()} requires at least one day.
         *
         * @param days the days of the week on which service is expected, not null, no null element; copied
         * @return this builder
         * @throws NullPointerException if {@code days} or one of its elements is null
         */
        public Builder serviceDays(Set<DayOfWeek> days) {
            Objects.requireNonNull(days, "days");
            EnumSet<DayOfWeek> copy = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek d : days) {
                copy.add(Objects.requireNonNull(d, "day"));
            }
            this.serviceDays = copy;
            return this;
        }

        /**
         * Sets the hard maximum of days worked in one calendar week; {@link #build()} checks the range.
         *
         * @param max the most days in one week, Monday to Sunday, 1 to 7
         * @return this builder
         */
        public Builder daysPerWeekMax(int max) { this.daysPerWeekMax = max; return this; }

        /**
         * Sets the guidance minimum of days in a finished week; {@link #build()} checks the range.
         *
         * @param min the fewest days of a finished week in service, 0 to {@code daysPerWeekMax} and to the
         *     number of service days
         * @return this builder
         */
        public Builder daysPerWeekMin(int min) { this.daysPerWeekMin = min; return this; }

        /**
         * Sets the weekly guidance and its band; {@link #build()} checks {@code min <= guidance <= max}.
         *
         * @param guidance the weekly hours the programme states, not null, whole minutes, zero or more
         * @param min lower edge of the band, same conditions
         * @param max upper edge of the band, same conditions
         * @return this builder
         * @throws NullPointerException if any argument is null
         * @throws IllegalArgumentException if any argument is negative, not whole minutes or over
         *     {@link Integer#MAX_VALUE} minutes
         */
        public Builder weeklyHours(Duration guidance, Duration min, Duration max) {
            this.weeklyGuidanceMinutes = minutes(guidance, "weeklyGuidance");
            this.weeklyMinMinutes = minutes(min, "weeklyMin");
            this.weeklyMaxMinutes = minutes(max, "weeklyMax");
            return this;
        }

        /**
         * Sets the monthly guidance and its band; {@link #build()} checks {@code min <= guidance <= max}.
         *
         * @param guidance the monthly hours the programme states, not null, whole minutes, zero or more
         * @param min lower edge of the band, same conditions
         * @param max upper edge of the band, same conditions
         * @return this builder
         * @throws NullPointerException if any argument is null
         * @throws IllegalArgumentException if any argument is negative, not whole minutes or over
         *     {@link Integer#MAX_VALUE} minutes
         */
        public Builder monthlyHours(Duration guidance, Duration min, Duration max) {
            this.monthlyGuidanceMinutes = minutes(guidance, "monthlyGuidance");
            this.monthlyMinMinutes = minutes(min, "monthlyMin");
            this.monthlyMaxMinutes = minutes(max, "monthlyMax");
            return this;
        }

        /**
         * Sets the hard maximum of hours in one day; {@link #build()} checks that it is 1 minute to 24
         * hours and a multiple of the granularity.
         *
         * @param max the most hours in one day, not null, whole minutes
         * @return this builder
         * @throws NullPointerException if {@code max} is null
         * @throws IllegalArgumentException if {@code max} is negative, not whole minutes or over
         *     {@link Integer#MAX_VALUE} minutes
         */
        public Builder dailyMax(Duration max) { this.dailyMaxMinutes = minutes(max, "dailyMax"); return this; }

        /**
         * Sets the step of every entry's duration; {@link #build()} checks that it is 1 minute to 24 hours.
         *
         * @param step the step, not null, whole minutes
         * @return this builder
         * @throws NullPointerException if {@code step} is null
         * @throws IllegalArgumentException if {@code step} is negative, not whole minutes or over
         *     {@link Integer#MAX_VALUE} minutes
         */
        public Builder granularity(Duration step) { this.granularityMinutes = minutes(step, "granularity"); return this; }

        /**
         * Sets the days of leave allowed in a service year; {@link #build()} checks the range.
         *
         * @param days days of leave allowed, 0 to 366
         * @return this builder
         */
        public Builder leaveAllowanceDays(int days) { this.leaveAllowanceDays = days; return this; }

        /**
         * Sets the days of sickness allowed in a service year; {@link #build()} checks the range.
         *
         * @param days days of sickness allowed, 0 to 366
         * @return this builder
         */
        public Builder sicknessAllowanceDays(int days) { this.sicknessAllowanceDays = days; return this; }

        /**
         * Sets whether every finished week in service needs a confirmed check-in ({@code true} unless set).
         *
         * @param required whether a confirmed check-in is required every week
         * @return this builder
         */
        public Builder weeklyCheckInRequired(boolean required) { this.weeklyCheckInRequired = required; return this; }

        /**
         * Sets where confirmed check-in time counts ({@link Category#SERVICE} unless set);
         * {@link #build()} refuses {@link Category#SPECIFIC_TRAINING}.
         *
         * @param category where confirmed check-in time counts, or {@code null} for nowhere
         * @return this builder
         */
        public Builder checkInCountsAs(Category category) { this.checkInCountsAs = category; return this; }

        /**
         * Sets what happens to hours beyond a category's target ({@link Severity#WARNING} unless set).
         *
         * @param severity ERROR refuses hours over a category's target, WARNING accepts them; not null
         * @return this builder
         * @throws NullPointerException if {@code severity} is null
         */
        public Builder categoryOverTarget(Severity severity) {
            this.categoryOverTarget = Objects.requireNonNull(severity, "severity");
            return this;
        }

        /**
         * Sets the pace forecast's "on track" margin.
         *
         * @param tolerance the margin, not null, whole minutes, zero or more
         * @return this builder
         * @throws NullPointerException if {@code tolerance} is null
         * @throws IllegalArgumentException if {@code tolerance} is negative, not whole minutes or over
         *     {@link Integer#MAX_VALUE} minutes
         */
        public Builder paceTolerance(Duration tolerance) { this.paceToleranceMinutes = minutes(tolerance, "paceTolerance"); return this; }

        /**
         * Checks the numbers and builds the rule set.
         *
         * @return the immutable rule set
         * @throws IllegalArgumentException naming every missing, negative or inconsistent number
         */
        public RuleSet build() {
            List<String> problems = new ArrayList<>();
            range(problems, "durationMonths", durationMonths, 1, 60);
            for (Category c : Category.values()) {
                if (!targetMinutes.containsKey(c)) {
                    problems.add("target of " + c + " is missing");
                }
            }
            int sum = targetMinutes.values().stream().mapToInt(Integer::intValue).sum();
            if (totalTargetMinutes < 0) {
                problems.add("totalTarget is missing");
            } else if (targetMinutes.size() == Category.values().length && sum != totalTargetMinutes) {
                problems.add("targets add up to " + hours(sum) + " h, not the declared total of "
                        + hours(totalTargetMinutes) + " h");
            }
            if (serviceDays.isEmpty()) {
                problems.add("serviceDays must name at least one day of the week");
            }
            range(problems, "daysPerWeekMax", daysPerWeekMax, 1, 7);
            range(problems, "daysPerWeekMin", daysPerWeekMin, 0, Math.max(0, daysPerWeekMax));
            if (!serviceDays.isEmpty() && daysPerWeekMin > serviceDays.size()) {
                problems.add("daysPerWeekMin (" + daysPerWeekMin + ") is more than the " + serviceDays.size()
                        + " service days of the week");
            }
            band(problems, "weekly", weeklyMinMinutes, weeklyGuidanceMinutes, weeklyMaxMinutes);
            band(problems, "monthly", monthlyMinMinutes, monthlyGuidanceMinutes, monthlyMaxMinutes);
            range(problems, "dailyMax", dailyMaxMinutes, 1, 24 * 60);
            range(problems, "granularity", granularityMinutes, 1, 24 * 60);
            if (granularityMinutes > 0 && dailyMaxMinutes > 0 && dailyMaxMinutes % granularityMinutes != 0) {
                problems.add("dailyMax is not a multiple of granularity");
            }
            range(problems, "leaveAllowanceDays", leaveAllowanceDays, 0, 366);
            range(problems, "sicknessAllowanceDays", sicknessAllowanceDays, 0, 366);
            range(problems, "paceTolerance", paceToleranceMinutes, 0, Integer.MAX_VALUE);
            if (checkInCountsAs == Category.SPECIFIC_TRAINING) {
                problems.add("check-ins may never count as specific training");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("rule set " + id + "@" + version + ": " + String.join("; ", problems));
            }
            return new RuleSet(this);
        }

        private static void range(List<String> problems, String what, int value, int min, int max) {
            if (value == -1) {
                problems.add(what + " is missing");
            } else if (value < min || value > max) {
                problems.add(what + " must be between " + min + " and " + max + ", was " + value);
            }
        }

        private static void band(List<String> problems, String what, int min, int guidance, int max) {
            if (min < 0 || guidance < 0 || max < 0) {
                problems.add(what + " hours (guidance, min, max) are missing");
            } else if (!(min <= guidance && guidance <= max)) {
                problems.add(what + " hours must satisfy min <= guidance <= max");
            }
        }

        private static int minutes(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative: " + d);
            }
            if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
                throw new IllegalArgumentException(what + " must be whole minutes: " + d);
            }
            if (d.toMinutes() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(what + " must be at most " + Integer.MAX_VALUE + " minutes: " + d);
            }
            return (int) d.toMinutes();
        }

        private static String requireText(String s, String what) {
            Objects.requireNonNull(s, what);
            if (s.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return s.strip();
        }

        private static String hours(int minutes) {
            return minutes % 60 == 0 ? Integer.toString(minutes / 60) : String.format(java.util.Locale.ROOT, "%.2f", minutes / 60.0);
        }
    }
}
