package it.milano.levacivica.portal.demo.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * Grows the demo to many volunteers, each with a full year of hours, for the load test
 * ({@code portal.demo.loadVolunteers}). Accounts {@code load0001}… with password {@code demo} share one
 * PBKDF2 hash (computed once, as hashing a thousand times would take minutes); a project with a seat for
 * each; service years that started 364 days ago; 5 h 30 of service every weekday up to yesterday.
 * Written with JDBC batches: about 250,000 rows in seconds.
 */
final class LoadVolunteers {

    private LoadVolunteers() {
    }

    static int load(DataSource dataSource, int count, String passwordHash, long tutorId, LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("select count(*) from person where username = 'load0001'");
                    ResultSet r = exists.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    return 0;
                }
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(today, java.time.LocalTime.NOON));
            long projectId;
            try (PreparedStatement p = c.prepareStatement("insert into project (name, seat_address, seats, programme, version)"
                    + " values ('Carico di prova', 'Via Dogana 2/4', ?, 'leva-civica-milano', 1)", Statement.RETURN_GENERATED_KEYS)) {
                p.setInt(1, count);
                p.executeUpdate();
                try (ResultSet k = p.getGeneratedKeys()) {
                    k.next();
                    projectId = k.getLong(1);
                }
            }
            LocalDate start = today.minusDays(364);
            LocalDate end = start.plusMonths(12);
            try (PreparedStatement person = c.prepareStatement("insert into person (username, full_name, email, password_hash, roles,"
                    + " enabled, failed_logins, created_at, version) values (?, ?, ?, ?, ',VOLUNTEER,', true, 0, ?, 1)",
                    Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement year = c.prepareStatement("insert into service_year (volunteer_id, project_id, tutor_id,"
                            + " start_date, end_date, status, version) values (?, ?, ?, ?, ?, 'ACTIVE', 1)", Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement entry = c.prepareStatement("insert into hour_entry (service_year_id, entry_date, category, minutes,"
                            + " activity_type, created_at, version) values (?, ?, 'SERVICE', 330, 'ADMINISTRATIVE_SUPPORT', ?, 1)")) {
                for (int i = 1; i <= count; i++) {
                    String username = String.format("load%04d", i);
                    person.setString(1, username);
                    person.setString(2, "Volontario di carico " + i);
                    person.setString(3, username + "@example.org");
                    person.setString(4, passwordHash);
                    person.setTimestamp(5, now);
                    person.executeUpdate();
                    long personId;
                    try (ResultSet k = person.getGeneratedKeys()) {
                        k.next();
                        personId = k.getLong(1);
                    }
                    year.setLong(1, personId);
                    year.setLong(2, projectId);
                    year.setLong(3, tutorId);
                    year.setObject(4, start);
                    year.setObject(5, end);
                    year.executeUpdate();
                    long yearId;
                    try (ResultSet k = year.getGeneratedKeys()) {
                        k.next();
                        yearId = k.getLong(1);
                    }
                    for (LocalDate d = start; d.isBefore(today); d = d.plusDays(1)) {
                        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                            continue;
                        }
                        entry.setLong(1, yearId);
                        entry.setObject(2, d);
                        entry.setTimestamp(3, now);
                        entry.addBatch();
                    }
                    entry.executeBatch();
                }
            }
            return count;
        }
    }
}
