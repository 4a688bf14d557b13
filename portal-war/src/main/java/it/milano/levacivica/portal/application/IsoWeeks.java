package it.milano.levacivica.portal.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/** Reads back the ISO week labels core-lib puts in its violations ({@code 2026-W47}). */
final class IsoWeeks {

    private IsoWeeks() {
    }

    /** @param label e.g. {@code 2026-W47}, or null @return the Monday of that week, if the label is one */
    static Optional<LocalDate> monday(String label) {
        if (label == null || !label.matches("\\d{4}-W\\d{2}")) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(label.substring(0, 4) + "-01-04")
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(label.substring(6)))
                .with(DayOfWeek.MONDAY));
    }
}
