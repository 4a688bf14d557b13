package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Paging of the lists that grow ({@code GET /people}, {@code /service-years}, {@code /cases},
 * {@code /service-years/{id}/entries}, {@code /entries}, {@code /audit}). A request asks for at most
 * {@code limit} items ({@value #DEFAULT_LIMIT} when absent, at most {@value #MAX_LIMIT}) after an opaque
 * {@code cursor}; the answer is the same bare JSON array as before, and when more items follow, a header
 * {@code Link: <…?limit=…&cursor=…>; rel="next"} gives the next page. The cursor is the key of the page's last
 * item in the list's order (base64url), so that a page is read in the database by key (keyset), items added
 * meanwhile do not shift the pages, and following the links to the end gives every item once.
 *
 * @param limit how many items, 1 to {@value #MAX_LIMIT}
 * @param after the key of the last item already read, as {@link #cursor(String)} wrote it, or null for the first page
 */
record Paging(int limit, String after) {

    /** The items of a page when {@code limit} is not given. */
    static final int DEFAULT_LIMIT = 50;
    /** The most items of a page. */
    static final int MAX_LIMIT = 500;

    Paging {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }

    /**
     * @param limit the {@code limit} parameter, or null
     * @param cursor the {@code cursor} parameter, or null
     * @return the page asked for
     * @throws InvalidInputException naming {@code limit} when it is not a whole number from 1 to {@value #MAX_LIMIT},
     *         or {@code cursor} when it is not one this API wrote
     */
    static Paging of(String limit, String cursor) {
        int n = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw InvalidInputException.of("limit", "validation.limit");
            }
        }
        String after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw badCursor();
            }
            if (!after.startsWith(PREFIX)) {
                throw badCursor();
            }
            after = after.substring(PREFIX.length());
        }
        return new Paging(n, after);
    }

    private static final String PREFIX = "k1:";

    /** @param key an item's key @return the opaque cursor of the page after it */
    static String cursor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /** @return how many items to read: one more than the page, to know whether another page follows */
    int fetch() {
        return limit + 1;
    }

    /** @return the key after which to read, as a number (an id, a sequence number), or null for the first page */
    Long afterNumber() {
        if (after == null) {
            return null;
        }
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw badCursor();
        }
    }

    /**
     * @param size how many parts a key of this list has
     * @return the key after which to read, split at {@code /}, or null for the first page
     */
    String[] afterParts(int size) {
        if (after == null) {
            return null;
        }
        String[] parts = after.split("/", -1);
        if (parts.length != size) {
            throw badCursor();
        }
        return parts;
    }

    /** @return the key after which to read entries (service year, day, id), or null for the first page */
    TimesheetRepository.EntryKey afterEntry() {
        String[] p = afterParts(3);
        return p == null ? null
                : new TimesheetRepository.EntryKey(part(Long::parseLong, p[0]), part(LocalDate::parse, p[1]), part(Long::parseLong, p[2]));
    }

    /** @param e an entry @return its key in the order (service year, day, id) */
    static String key(TimeEntry e) {
        TimesheetRepository.EntryKey k = TimesheetRepository.EntryKey.of(e);
        return k.serviceYearId() + "/" + k.date() + "/" + k.id();
    }

    /**
     * @param <T> what a part of a cursor is read as
     * @param read reads a part, throwing a runtime exception when it is not one
     * @param part the part
     * @return the part read
     * @throws InvalidInputException naming {@code cursor} when it cannot be read
     */
    static <T> T part(Function<String, T> read, String part) {
        try {
            return read.apply(part);
        } catch (RuntimeException e) {
            throw badCursor();
        }
    }

    /**
     * Cuts what was read to the page, and when more follows writes the {@code Link} to the next page.
     *
     * @param <T> the items
     * @param read at most {@link #fetch()} items in the list's order
     * @param key the key of an item, as {@link #afterNumber()} or {@link #afterParts(int)} read it back
     * @param uri the request's URI (its other parameters are kept in the link)
     * @param response where the header goes
     * @return the page's items
     */
    <T> List<T> page(List<T> read, Function<T, String> key, UriInfo uri, HttpServletResponse response) {
        String next = next(read, key, uri);
        if (next != null) {
            response.addHeader("Link", next);
        }
        return items(read);
    }

    /** @param <T> the items @param read at most {@link #fetch()} items @return the page's items: at most {@link #limit()} */
    <T> List<T> items(List<T> read) {
        return read.size() > limit ? List.copyOf(read.subList(0, limit)) : read;
    }

    /**
     * @return the value of the {@code Link} header to the next page, or null when {@code read} holds no more than the page
     */
    <T> String next(List<T> read, Function<T, String> key, UriInfo uri) {
        Objects.requireNonNull(key, "key");
        if (read.size() <= limit) {
            return null;
        }
        String cursor = cursor(key.apply(read.get(limit - 1)));
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).replaceQueryParam("limit", limit).build()
                + ">; rel=\"next\"";
    }

    private static InvalidInputException badCursor() {
        return InvalidInputException.of("cursor", "validation.cursor");
    }
}
