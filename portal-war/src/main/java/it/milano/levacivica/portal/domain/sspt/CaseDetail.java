package it.milano.levacivica.portal.domain.sspt;

import it.milano.levacivica.portal.domain.people.Person;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The parts of a case recorded over time, each its own row: household members, collaborators, plan goals,
 * interventions and monitoring notes. Mapped in {@code orm.xml}.
 */
public final class CaseDetail {

    private CaseDetail() {
    }

    /** A person of the household (personal data). */
    public static class Member implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private SsptCase ssptCase;
        private String fullName;
        private LocalDate birthDate;
        private String relation;
        private long version;

        protected Member() {
        }

        public Member(SsptCase c, String fullName, LocalDate birthDate, String relation) {
            this.ssptCase = c;
            this.fullName = fullName.strip();
            this.birthDate = birthDate;
            this.relation = relation;
        }

        /**
         * Corrects the member's data (GDPR art. 16); the caller keeps what was there in a {@link MemberChange}.
         *
         * @param fullName required
         */
        public void rectify(String fullName, LocalDate birthDate, String relation) {
            this.fullName = java.util.Objects.requireNonNull(fullName).strip();
            this.birthDate = birthDate;
            this.relation = relation;
        }

        public Long getId() { return id; }
        public SsptCase getSsptCase() { return ssptCase; }
        public String getFullName() { return fullName; }
        public LocalDate getBirthDate() { return birthDate; }
        public String getRelation() { return relation; }
        public long getVersion() { return version; }
    }

    /** What a household member's data was before a correction, who corrected it, when (UTC) and why. Never changed. */
    public static class MemberChange implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private Member member;
        private java.time.LocalDateTime changedAt;
        private Person changedBy;
        private String oldFullName;
        private LocalDate oldBirthDate;
        private String oldRelation;
        private String reason;
        private long version;

        protected MemberChange() {
        }

        /** @param before the member as it is before the correction */
        public MemberChange(Member before, java.time.LocalDateTime changedAt, Person changedBy, String reason) {
            this.member = before;
            this.changedAt = changedAt;
            this.changedBy = changedBy;
            this.oldFullName = before.getFullName();
            this.oldBirthDate = before.getBirthDate();
            this.oldRelation = before.getRelation();
            this.reason = reason.strip();
        }

        public Long getId() { return id; }
        public Member getMember() { return member; }
        /** @return when, UTC */
        public java.time.LocalDateTime getChangedAt() { return changedAt; }
        public Person getChangedBy() { return changedBy; }
        public String getOldFullName() { return oldFullName; }
        public LocalDate getOldBirthDate() { return oldBirthDate; }
        public String getOldRelation() { return oldRelation; }
        public String getReason() { return reason; }
    }

    /** A social worker the responsible one added to the case. */
    public static class Collaborator implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private SsptCase ssptCase;
        private Person person;
        private long version;

        protected Collaborator() {
        }

        public Collaborator(SsptCase c, Person person) {
            this.ssptCase = c;
            this.person = person;
        }

        public Long getId() { return id; }
        public Person getPerson() { return person; }
    }

    /** A goal of the plan, agreed with the person. */
    public static class Goal implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private SsptCase ssptCase;
        private String goal;
        private String actions;
        private String responsible;
        private LocalDate deadline;
        private LocalDate agreedOn;
        private long version;

        protected Goal() {
        }

        public Goal(SsptCase c, String goal, String actions, String responsible, LocalDate deadline, LocalDate agreedOn) {
            this.ssptCase = c;
            this.goal = goal.strip();
            this.actions = actions;
            this.responsible = responsible;
            this.deadline = deadline;
            this.agreedOn = agreedOn;
        }

        public Long getId() { return id; }
        public String getGoal() { return goal; }
        public String getActions() { return actions; }
        public String getResponsible() { return responsible; }
        public LocalDate getDeadline() { return deadline; }
        public LocalDate getAgreedOn() { return agreedOn; }
    }

    /** An intervention activated with a network partner (ATS, ASST, CELAV, Consultorio, Third Sector). */
    public static class Intervention implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private SsptCase ssptCase;
        private String type;
        private String partner;
        private LocalDate startDate;
        private LocalDate endDate;
        private LocalDate nextCheck;
        private long version;

        protected Intervention() {
        }

        public Intervention(SsptCase c, String type, String partner, LocalDate startDate, LocalDate endDate, LocalDate nextCheck) {
            this.ssptCase = c;
            this.type = type.strip();
            this.partner = partner.strip();
            this.startDate = startDate;
            this.endDate = endDate;
            this.nextCheck = nextCheck;
        }

        public boolean isCheckOverdue(LocalDate today) {
            return nextCheck != null && nextCheck.isBefore(today) && (endDate == null || !endDate.isBefore(today));
        }

        public Long getId() { return id; }
        public SsptCase getSsptCase() { return ssptCase; }
        public String getType() { return type; }
        public String getPartner() { return partner; }
        public LocalDate getStartDate() { return startDate; }
        public LocalDate getEndDate() { return endDate; }
        public LocalDate getNextCheck() { return nextCheck; }
    }

    /** A periodic check of the plan. */
    public static class Monitoring implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private SsptCase ssptCase;
        private LocalDate checkedOn;
        private String note;
        private Person author;
        private long version;

        protected Monitoring() {
        }

        public Monitoring(SsptCase c, LocalDate checkedOn, String note, Person author) {
            this.ssptCase = c;
            this.checkedOn = checkedOn;
            this.note = note.strip();
            this.author = author;
        }

        public Long getId() { return id; }
        public LocalDate getCheckedOn() { return checkedOn; }
        public String getNote() { return note; }
        public Person getAuthor() { return author; }
    }
}
