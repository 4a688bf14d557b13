package it.milano.levacivica.portal.domain.rst;

import it.milano.levacivica.portal.domain.people.Person;
import java.io.Serializable;
import java.time.LocalDate;

/** The parts of a Social Pact and of the accompaniment, each its own row. Mapped in {@code orm.xml}. */
public final class Pact {

    private Pact() {
    }

    /** The areas of a pact's goals. */
    public enum Area { AUTONOMY, MONEY_MANAGEMENT, WORK, HOUSING_EXIT, HEALTH, SOCIALISATION }

    /** The three parties who agree to the pact: the person, the managing organisation, the social service. */
    public enum Party { PERSON, ORGANISATION, SOCIAL_SERVICE }

    /** The kinds of accompaniment and home support of the seed. */
    public enum AccompanimentKind {
        ORIENTATION_TO_SERVICES, PAPERWORK, AUTONOMY, SOCIALISATION_AND_MEDIATION, ACTIVATING_RESOURCES,
        HOME_CLEANING, PERSONAL_HYGIENE, MEALS, ACCOMPANYING
    }

    /** A goal of the pact. */
    public static class Goal implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Placement placement;
        private Area area;
        private String goal;
        private long version;

        protected Goal() {
        }

        public Goal(Placement p, Area area, String goal) {
            this.placement = p;
            this.area = area;
            this.goal = goal.strip();
        }

        public Long getId() { return id; }
        public Area getArea() { return area; }
        public String getGoal() { return goal; }
    }

    /** A verification step with its date, and the outcome recorded at it. */
    public static class Step implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Placement placement;
        private LocalDate dueDate;
        private String description;
        private LocalDate checkedOn;
        private String outcome;
        private long version;

        protected Step() {
        }

        public Step(Placement p, LocalDate dueDate, String description) {
            this.placement = p;
            this.dueDate = dueDate;
            this.description = description.strip();
        }

        public void record(LocalDate on, String outcome) {
            this.checkedOn = on;
            this.outcome = outcome.strip();
        }

        public boolean isOverdue(LocalDate today) {
            return checkedOn == null && dueDate.isBefore(today);
        }

        public Long getId() { return id; }
        public Placement getPlacement() { return placement; }
        public LocalDate getDueDate() { return dueDate; }
        public String getDescription() { return description; }
        public LocalDate getCheckedOn() { return checkedOn; }
        public String getOutcome() { return outcome; }
        public long getVersion() { return version; }
    }

    /** An activity of accompaniment or home support. */
    public static class Accompaniment implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Placement placement;
        private AccompanimentKind kind;
        private LocalDate doneOn;
        private String note;
        private Person author;
        private long version;

        protected Accompaniment() {
        }

        public Accompaniment(Placement p, AccompanimentKind kind, LocalDate doneOn, String note, Person author) {
            this.placement = p;
            this.kind = kind;
            this.doneOn = doneOn;
            this.note = note;
            this.author = author;
        }

        public Long getId() { return id; }
        public AccompanimentKind getKind() { return kind; }
        public LocalDate getDoneOn() { return doneOn; }
        public String getNote() { return note; }
        public Person getAuthor() { return author; }
    }
}
