package it.milano.levacivica.portal.domain.rst;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The rules of Residenzialità Sociale Temporanea, in plain Java: a category goes to its housing type
 * only; the whole stay, extensions included, lasts at most 18 months from the first start; at 16 months
 * (our default) it is time to plan the exit; a stay ending within 30 days (our default) is flagged.
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
     * @param firstStart the first day of the first placement
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
