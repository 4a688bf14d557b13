package it.milano.levacivica.portal.interfaces.web;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A list read a page at a time in the database, in order of a person's name, with a search by the start of the name
 * or user name: the coordinator's and the administrator's lists of people and of service years stay fast at 70,000
 * volunteers (issue 16). Kept in a view-scoped page bean (hence serializable: the reading is passed in at each call);
 * remembers where each earlier page started, so that "previous" needs no offset.
 *
 * @param <T> what is listed
 */
public class NamedPages<T> implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows on a page. */
    static final int PAGE = 50;

    /**
     * How a page is read and where it ends.
     *
     * @param <T> what is listed
     * @param read reads a page
     * @param name the name a row is ordered by
     * @param id the id that orders rows of the same name
     */
    public record Source<T>(Reader<T> read, Function<T, String> name, ToLongFunction<T> id) {
    }

    /** Reads a page. @param <T> what is listed */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * @param text the start of the name or user name, or null
         * @param afterName the name of the previous page's last row, or null for the first page
         * @param afterId that row's id
         * @param max at most this many
         * @return the rows, in order of name and id
         */
        List<T> read(String text, String afterName, Long afterId, int max);
    }

    private record Key(String name, long id) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private String text;
    private transient List<T> rows = List.of();
    private final Deque<Key> starts = new ArrayDeque<>();
    private Key current;
    private boolean more;

    /** Reads the first page of the current search. @param source how */
    void first(Source<T> source) {
        starts.clear();
        current = null;
        read(source);
    }

    /** Reads the page after the one shown. @param source how */
    void next(Source<T> source) {
        if (!more || rows.isEmpty()) {
            return;
        }
        starts.push(current == null ? new Key(null, 0) : current);
        T last = rows.get(rows.size() - 1);
        current = new Key(source.name().apply(last), source.id().applyAsLong(last));
        read(source);
    }

    /** Reads the page before the one shown. @param source how */
    void previous(Source<T> source) {
        if (starts.isEmpty()) {
            return;
        }
        Key k = starts.pop();
        current = k.name() == null ? null : k;
        read(source);
    }

    /** Reads the page shown again (after a change). @param source how */
    void reload(Source<T> source) {
        read(source);
    }

    private void read(Source<T> source) {
        List<T> read = source.read().read(text, current == null ? null : current.name(), current == null ? null : current.id(), PAGE + 1);
        more = read.size() > PAGE;
        rows = more ? List.copyOf(read.subList(0, PAGE)) : read;
    }

    public List<T> getRows() { return rows == null ? List.of() : rows; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text == null || text.isBlank() ? null : text.strip(); }
    public boolean isMore() { return more; }
    public boolean isFirstPage() { return starts.isEmpty(); }
    public int getPageNumber() { return starts.size() + 1; }
}
