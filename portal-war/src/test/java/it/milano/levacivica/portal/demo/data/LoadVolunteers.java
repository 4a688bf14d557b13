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
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Grows the demo to many volunteers, each with a full year, for the load test and the scale benchmark
 * ({@code portal.demo.loadVolunteers}, docs/operations.md). Shaped like a national programme rather than one
 * big team:
 * <ul>
 * <li>volunteers {@code load00001}… in projects of 100 ({@code Carico di prova 0001}…), a tutor
 * ({@code loadtutor0001}…) for every 20, all with password {@code demo} (one PBKDF2 hash computed once);</li>
 * <li>a service year that started 364 days ago; 5 h 30 of service every weekday up to yesterday (about 260
 * entries each: 18 million at 70,000 volunteers); a confirmed check-in every Monday; a done and an open task;
 * the past months' timesheets approved, the last one submitted (still open in the first week of a month, when a
 * volunteer has not yet sent it: the load test's new entries go on its free weekends then);</li>
 * <li>one case for every 10 volunteers, spread over the 9 Municipi with a social worker each
 * ({@code loadsw1}…{@code loadsw9}), phases in rotation, one volunteer collaborating.</li>
 * </ul>
 * Written with JDBC batches, 100 volunteers per transaction; ids are read back by the names just written.
 */
final class LoadVolunteers {

    private static final Logger LOG = Logger.getLogger(LoadVolunteers.class.getName());
    static final int PER_PROJECT = 100;
    static final int PER_TUTOR = 20;
    static final int PER_CASE = 10;
    private static final String[] PHASES = {"RECEPTION", "FIRST_INTERVIEW", "ANALYSIS", "PLANNING", "MONITORING", "FINAL_EVALUATION"};
    private static final String[] GROUPS = {"FAMILIES_WITH_MINORS", "ELDERLY", "ADULTS", "PEOPLE_WITH_DISABILITIES"};

    private LoadVolunteers() {
    }

    static String volunteer(int i) {
        return String.format("load%05d", i);
    }

    static String tutor(int t) {
        return String.format("loadtutor%04d", t);
    }

    static int load(DataSource dataSource, int count, String passwordHash, LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("select count(*) from person where username = ?")) {
                exists.setString(1, volunteer(1));
                try (ResultSet r = exists.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return 0;
                    }
                }
            }
            c.setAutoCommit(false);
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(today, LocalTime.NOON));
            LocalDate start = today.minusDays(364);
            LocalDate end = start.plusMonths(12);
            long[] socialWorkers = new long[10];
            for (int m = 1; m <= 9; m++) {
                socialWorkers[m] = insertPerson(c, "loadsw" + m, "Assistente sociale di carico " + m, passwordHash, now, ",SOCIAL_WORKER,", m);
            }
            c.commit();
            List<LocalDate> weekdays = new ArrayList<>();
            for (LocalDate d = start; d.isBefore(today); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    weekdays.add(d);
                }
            }
            long projectId = 0;
            long tutorId = 0;
            long t0 = System.nanoTime();
            int caseNumber = 0;
            try (PreparedStatement person = c.prepareStatement("insert into person (username, full_name, email, password_hash, roles,"
                    + " enabled, failed_logins, created_at, version) values (?, ?, ?, ?, ',VOLUNTEER,', true, 0, ?, 1)");
                    PreparedStatement ids = c.prepareStatement("select p.id from person p where p.username between ? and ? order by p.username");
                    PreparedStatement year = c.prepareStatement("insert into service_year (volunteer_id, project_id, tutor_id,"
                            + " start_date, end_date, status, version) values (?, ?, ?, ?, ?, 'ACTIVE', 1)");
                    PreparedStatement yearIds = c.prepareStatement("select y.id from service_year y join person p on p.id = y.volunteer_id"
                            + " where p.username between ? and ? order by p.username");
                    Statement rows = c.createStatement();
                    PreparedStatement task = c.prepareStatement("insert into task (service_year_id, title, activity_type, due_date, status,"
                            + " outcome, created_by_id, created_at, version) values (?, ?, 'ADMINISTRATIVE_SUPPORT', ?, ?, ?, ?, ?, 1)");
                    PreparedStatement timesheet = c.prepareStatement("insert into timesheet (service_year_id, month, status, version)"
                            + " values (?, ?, ?, 1)");
                    PreparedStatement sspt = c.prepareStatement("insert into sspt_case (code, municipio, level, access_channel, target_group,"
                            + " responsible_id, phase, opened_on, version) values (?, ?, 'FIRST', 'IN_PERSON', ?, ?, ?, ?, 1)",
                            Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement collaborator = c.prepareStatement("insert into case_collaborator (case_id, person_id, version)"
                            + " values (?, ?, 1)")) {
                for (int from = 1; from <= count; from += PER_PROJECT) {
                    int to = Math.min(count, from + PER_PROJECT - 1);
                    projectId = insertProject(c, from / PER_PROJECT + 1, to - from + 1);
                    for (int i = from; i <= to; i++) {
                        String username = volunteer(i);
                        person.setString(1, username);
                        person.setString(2, "Volontario di carico " + i);
                        person.setString(3, username + "@example.org");
                        person.setString(4, passwordHash);
                        person.setTimestamp(5, now);
                        person.addBatch();
                    }
                    person.executeBatch();
                    long[] volunteerIds = readIds(ids, volunteer(from), volunteer(to), to - from + 1);
                    long[] tutorFor = new long[to - from + 1];
                    for (int i = from; i <= to; i++) {
                        if ((i - 1) % PER_TUTOR == 0) {
                            year.executeBatch();
                            int t = (i - 1) / PER_TUTOR + 1;
                            tutorId = insertPerson(c, tutor(t), "Tutor di carico " + t, passwordHash, now, ",TUTOR,", null);
                        }
                        year.setLong(1, volunteerIds[i - from]);
                        year.setLong(2, projectId);
                        year.setLong(3, tutorId);
                        tutorFor[i - from] = tutorId;
                        year.setObject(4, start);
                        year.setObject(5, end);
                        year.addBatch();
                    }
                    year.executeBatch();
                    long[] years = readIds(yearIds, volunteer(from), volunteer(to), to - from + 1);
                    // entries and check-ins as multi-row inserts of one volunteer each: a batch of single-row inserts is
                    // several times slower, and these are 97 % of the rows
                    for (int k = 0; k < years.length; k++) {
                        long yearId = years[k];
                        long tutorOfThis = tutorFor[k];
                        StringBuilder entries = new StringBuilder(weekdays.size() * 64).append("insert into hour_entry (service_year_id,"
                                + " entry_date, category, minutes, activity_type, created_at, version) values ");
                        StringBuilder meetings = new StringBuilder(weekdays.size() * 40).append("insert into check_in (service_year_id,"
                                + " meeting_ref, held_at, mode, minutes, activity_type, summary, recorded_by_id, tutor_confirmed_at,"
                                + " volunteer_confirmed_at, version) values ");
                        String created = "'" + now.toLocalDateTime().toLocalDate() + " 12:00:00'";
                        boolean firstEntry = true;
                        boolean firstMeeting = true;
                        for (LocalDate d : weekdays) {
                            entries.append(firstEntry ? "" : ",").append('(').append(yearId).append(",'").append(d)
                                    .append("','SERVICE',330,'ADMINISTRATIVE_SUPPORT',").append(created).append(",1)");
                            firstEntry = false;
                            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                                String held = "'" + d + " 09:00:00'";
                                meetings.append(firstMeeting ? "" : ",").append('(').append(yearId).append(",'load-").append(yearId)
                                        .append('-').append(d).append("',").append(held).append(",'IN_PERSON',30,'ADMINISTRATIVE_SUPPORT',"
                                        + "'Punto della settimana',").append(tutorOfThis).append(',').append(held).append(',').append(held)
                                        .append(",1)");
                                firstMeeting = false;
                            }
                        }
                        if (!firstEntry) {
                            rows.addBatch(entries.toString());
                        }
                        if (!firstMeeting) {
                            rows.addBatch(meetings.toString());
                        }
                        addTask(task, yearId, "Archivio pratiche", today.minusDays(20), "DONE", "Fatto", tutorOfThis, now);
                        addTask(task, yearId, "Riordino schedario", today.plusDays(5), "OPEN", null, tutorOfThis, now);
                        for (YearMonth m = YearMonth.from(start); m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
                            if (m.plusMonths(1).equals(YearMonth.from(today)) && today.getDayOfMonth() <= 7) {
                                continue;
                            }
                            timesheet.setLong(1, yearId);
                            timesheet.setString(2, m.toString());
                            timesheet.setString(3, m.plusMonths(1).equals(YearMonth.from(today)) ? "SUBMITTED" : "APPROVED");
                            timesheet.addBatch();
                        }
                    }
                    rows.executeBatch();
                    task.executeBatch();
                    timesheet.executeBatch();
                    for (int k = 0; k < volunteerIds.length; k += PER_CASE) {
                        caseNumber++;
                        int municipio = (caseNumber - 1) % 9 + 1;
                        sspt.setString(1, String.format("L%d-%06d", municipio, caseNumber));
                        sspt.setInt(2, municipio);
                        sspt.setString(3, GROUPS[caseNumber % GROUPS.length]);
                        sspt.setLong(4, socialWorkers[municipio]);
                        sspt.setString(5, PHASES[caseNumber % PHASES.length]);
                        sspt.setObject(6, start.plusDays(caseNumber % 300));
                        sspt.executeUpdate();
                        long caseId;
                        try (ResultSet key = sspt.getGeneratedKeys()) {
                            key.next();
                            caseId = key.getLong(1);
                        }
                        collaborator.setLong(1, caseId);
                        collaborator.setLong(2, volunteerIds[k]);
                        collaborator.addBatch();
                    }
                    collaborator.executeBatch();
                    c.commit();
                    if (to % 5000 == 0 || to == count) {
                        int done = to;
                        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
                        LOG.info(() -> "Load-test volunteers: " + done + " of " + count + " written in " + seconds + " s");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return count;
        }
    }

    private static void addTask(PreparedStatement task, long yearId, String title, LocalDate due, String status, String outcome,
            long creator, Timestamp now) throws SQLException {
        task.setLong(1, yearId);
        task.setString(2, title);
        task.setObject(3, due);
        task.setString(4, status);
        task.setString(5, outcome);
        task.setLong(6, creator);
        task.setTimestamp(7, now);
        task.addBatch();
    }

    private static long[] readIds(PreparedStatement query, String first, String last, int expected) throws SQLException {
        query.setString(1, first);
        query.setString(2, last);
        long[] out = new long[expected];
        int n = 0;
        try (ResultSet r = query.executeQuery()) {
            while (r.next()) {
                out[n++] = r.getLong(1);
            }
        }
        if (n != expected) {
            throw new SQLException("expected " + expected + " rows between " + first + " and " + last + ", read " + n);
        }
        return out;
    }

    private static long insertProject(Connection c, int number, int seats) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into project (name, seat_address, seats, programme, version)"
                + " values (?, 'Via Dogana 2/4', ?, 'leva-civica-milano', 1)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, String.format("Carico di prova %04d", number));
            p.setInt(2, seats);
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    private static long insertPerson(Connection c, String username, String name, String hash, Timestamp now, String roles,
            Integer municipio) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert into person (username, full_name, email, password_hash, roles, enabled,"
                + " failed_logins, created_at, municipio, version) values (?, ?, ?, ?, ?, true, 0, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, username);
            p.setString(2, name);
            p.setString(3, username + "@example.org");
            p.setString(4, hash);
            p.setString(5, roles);
            p.setTimestamp(6, now);
            p.setObject(7, municipio);
            p.executeUpdate();
            try (ResultSet k = p.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }
}
