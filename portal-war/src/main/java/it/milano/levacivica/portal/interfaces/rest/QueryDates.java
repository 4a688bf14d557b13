package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The optional ISO dates of query parameters ({@code from}, {@code to}): a bad one is a 400 naming the parameter. */
final class QueryDates {

    /** Before any service year: the default of an open {@code from}. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** After any service year: the default of an open {@code to}. */
    static final LocalDate LATEST = LocalDate.of(9999, 1, 1);

    private QueryDates() {
    }

    static LocalDate date(String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "validation.date");
        }
    }
}
