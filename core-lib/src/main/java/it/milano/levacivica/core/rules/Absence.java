package it.milano.levacivica.core.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A whole day of leave or sickness.
 *
 * @param date the day, not null
 * @param type leave or sickness, not null
 */
public record Absence(LocalDate date, AbsenceType type) {

    /**
     * Checks for nulls.
     *
     * @param date the day, not null
     * @param type leave or sickness, not null
     * @throws NullPointerException if {@code date} or {@code type} is null
     */
    public Absence {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
    }
}
