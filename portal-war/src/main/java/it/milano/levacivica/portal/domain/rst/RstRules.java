package it.milano.levacivica.portal.domain.rst;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The rules of Residenzialità Sociale Temporanea, in plain Java: a category goes to its housing type
 * only; the whole stay of a person, every placement and extension included, lasts at most 18 months from
 * their first start ({@link #firstStart}); at 16 months (our default) it is time to plan the exit; a stay
 * ending within 30 days (our default) is flagged.
 */
public final class RstRules {

    /** The longest stay, from the seed. */
    public static final int MAX_MONTHS = 18;
    /** When to start planning the exit (our default). */
    public static final int EXIT_PLANNING_MONTHS = 16;
    /** How soon an end is flagged (our default). */
    public static final int ENDING_SOON_DAYS = 30;

    private RstRules() {
    }

    /** @return whether a person of this category may live in this type of housing */
    public static boolean compatible(BeneficiaryCategory category, HousingType type) {
        return Objects.requireNonNull(category).housing() == Objects.requireNonNull(type);
    }

    /**
     * The day a person's 18 months run from (primo ingresso): the earliest of the start of the placement
     * being made or changed and every first start already known for the person (their other placements, in
     * any housing unit, and stays declared as begun before the portal recorded them). Nothing a request says
     * can move it later: a date is only ever added to {@code known}, and the earliest wins.
     *
     * @param start the start of the placement being made or changed
     * @param known first starts the system knows for the same person, possibly empty; no null elements
     * @return the earliest of them all
     * @throws NullPointerException if {@code start}, {@code known} or one of its elements is null
     */
    public static LocalDate firstStart(LocalDate start, Collection<LocalDate> known) {
        LocalDate first = Objects.requireNonNull(start, "start");
        for (LocalDate d : Objects.requireNonNull(known, "known")) {
            if (Objects.requireNonNull(d, "a known first start").isBefore(first)) {
                first = d;
            }
        }
        return first;
    }

    /**
     * @param firstStart the first day of the person's first placement ({@link #firstStart})
     * @return the last day the stay may reach: 18 months from the first start, less one day
     */
    public static LocalDate lastAllowedDay(LocalDate firstStart) {
        return firstStart.plusMonths(MAX_MONTHS).minusDays(1);
    }

    /** @return whether a planned end (inclusive) respects the 18 months */
    public static boolean withinMaximum(LocalDate firstStart, LocalDate plannedEnd) {
        return !plannedEnd.isAfter(lastAllowedDay(firstStart));
    }

    /** @return whether on {@code today} the stay has reached the time to plan the exit */
    public static boolean timeToPlanExit(LocalDate firstStart, LocalDate today) {
        return !today.isBefore(firstStart.plusMonths(EXIT_PLANNING_MONTHS));
    }

    /** @return whether the stay ends within the next 30 days (today included) */
    public static boolean endingSoon(LocalDate plannedEnd, LocalDate today) {
        return !plannedEnd.isBefore(today) && !plannedEnd.isAfter(today.plusDays(ENDING_SOON_DAYS));
    }
}
