package it.milano.levacivica.portal.demo.data;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.portal.domain.checkin.CheckInRepository;
import it.milano.levacivica.portal.domain.checkin.Task;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.sspt.AccessChannel;
import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import it.milano.levacivica.portal.domain.sspt.CaseLevel;
import it.milano.levacivica.portal.domain.sspt.CaseOutcome;
import it.milano.levacivica.portal.domain.sspt.CasePhase;
import it.milano.levacivica.portal.domain.sspt.CaseRepository;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import it.milano.levacivica.portal.domain.sspt.TargetGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Demo SSPT cases in Municipio 5 (Anna Colombo's) at different phases, one under a court order, with
 * household, goals, interventions (one past its check date) and monitoring, one shared with a volunteer
 * through a task; and one case in Municipio 2 that Anna cannot see. For privacy by design (issue 15): a restricted
 * case (reads need a reason), and two cases closed six years ago, past the retention period: one under a court order
 * (a legal hold keeps it), one that the retention job pseudonymises at its first run. All names are invented and
 * look it ("Esempio", "Fittizia"), every summary and note starts with "[esempio]".
 */
final class DemoCases {

    private DemoCases() {
    }

    static void load(CaseRepository cases, CheckInRepository checkIns, it.milano.levacivica.portal.domain.rst.RstRepository rst,
            Person anna, Person marta, Person tutor, ServiceYear giulia, LocalDate today) {
        SsptCase family = open(cases, 5, anna, today.minusDays(120), CaseLevel.SECOND, AccessChannel.IN_PERSON, TargetGroup.FAMILIES_WITH_MINORS,
                "[esempio] Nucleo con due minori, provvedimento del Tribunale per i minorenni");
        family.describe(CaseLevel.SECOND, "Tribunale per i Minorenni di Milano", "R.G. 0000/2026 (fittizio)", today.minusDays(130),
                AccessChannel.IN_PERSON, TargetGroup.FAMILIES_WITH_MINORS, false, "[esempio] Nucleo con due minori, provvedimento del Tribunale per i minorenni");
        advance(cases, family, anna, today.minusDays(120), CasePhase.FIRST_INTERVIEW, CasePhase.ANALYSIS, CasePhase.PLANNING, CasePhase.MONITORING);
        cases.add(new CaseDetail.Member(family, "Maria Esempio", LocalDate.of(1988, 4, 2), "madre"));
        cases.add(new CaseDetail.Member(family, "Luca Esempio", LocalDate.of(2015, 9, 12), "figlio"));
        cases.add(new CaseDetail.Goal(family, "Frequenza scolastica regolare dei minori", "Accordo con la scuola, incontri mensili",
                "assistente sociale e scuola", today.plusDays(60), today.minusDays(80)));
        cases.add(new CaseDetail.Intervention(family, "Sostegno psicologico", "Consultorio familiare", today.minusDays(75), null, today.minusDays(5)));
        cases.add(new CaseDetail.Intervention(family, "Orientamento al lavoro", "CELAV", today.minusDays(40), null, today.plusDays(20)));
        cases.add(new CaseDetail.Monitoring(family, today.minusDays(30), "[esempio] Frequenza migliorata; la madre ha iniziato il percorso CELAV", anna));

        SsptCase elderly = open(cases, 5, anna, today.minusDays(20), CaseLevel.FIRST, AccessChannel.PHONE, TargetGroup.ELDERLY,
                "[esempio] Anziana sola, richiesta di assistenza domiciliare");
        advance(cases, elderly, anna, today.minusDays(20), CasePhase.FIRST_INTERVIEW);

        SsptCase adult = open(cases, 5, anna, today.minusDays(3), CaseLevel.FIRST, AccessChannel.EMAIL, TargetGroup.ADULTS,
                "[esempio] Adulto senza dimora, non residente");
        adult.describe(CaseLevel.FIRST, null, null, null, AccessChannel.EMAIL, TargetGroup.ADULTS, true, "[esempio] Adulto senza dimora, non residente");

        SsptCase oriented = open(cases, 5, anna, today.minusDays(60), CaseLevel.FIRST, AccessChannel.IN_PERSON, TargetGroup.PEOPLE_WITH_DISABILITIES,
                "[esempio] Richiesta di informazioni sul riconoscimento dell’invalidità");
        oriented.move(CasePhase.CLOSED, CaseOutcome.ORIENTED_ELSEWHERE, anna, "[esempio] Orientata al patronato", today.minusDays(59).atTime(11, 0))
                .ifPresent(cases::add);

        open(cases, 2, marta, today.minusDays(10), CaseLevel.FIRST, AccessChannel.IN_PERSON, TargetGroup.ELDERLY, "[esempio] Caso del Municipio 2");

        // privacy (issue 15): a restricted case, read only with a stated reason
        SsptCase restricted = open(cases, 5, anna, today.minusDays(45), CaseLevel.FIRST, AccessChannel.IN_PERSON, TargetGroup.ADULTS,
                "[esempio] La persona contesta l’esattezza dei dati: trattamento limitato in attesa della verifica");
        advance(cases, restricted, anna, today.minusDays(45), CasePhase.FIRST_INTERVIEW);
        cases.add(new CaseDetail.Member(restricted, "Franco Esempio", LocalDate.of(1969, 7, 21), "richiedente"));
        // its overdue check shows on Anna's home by the case's code only
        cases.add(new CaseDetail.Intervention(restricted, "Accompagnamento ai servizi", "Servizio per le dipendenze", today.minusDays(40), null,
                today.minusDays(3)));
        restricted.restrict(true, today.minusDays(2).atTime(9, 0));
        // two cases closed six years ago: past the retention period of closed cases (5 years, our default)
        SsptCase heldOld = open(cases, 5, anna, today.minusYears(6).minusDays(40), CaseLevel.SECOND, AccessChannel.IN_PERSON,
                TargetGroup.FAMILIES_WITH_MINORS, "[esempio] Nucleo seguito su provvedimento del Tribunale, ancora da conservare");
        heldOld.describe(CaseLevel.SECOND, "Tribunale per i Minorenni di Milano", "R.G. 0001/2020 (fittizio)", today.minusYears(6).minusDays(50),
                AccessChannel.IN_PERSON, TargetGroup.FAMILIES_WITH_MINORS, false, "[esempio] Nucleo seguito su provvedimento del Tribunale, ancora da conservare");
        heldOld.move(CasePhase.CLOSED, CaseOutcome.ORIENTED_ELSEWHERE, anna, "[esempio] Orientato al servizio di un altro Comune",
                today.minusYears(6).minusDays(30).atTime(10, 0)).ifPresent(cases::add);
        cases.add(new CaseDetail.Member(heldOld, "Giovanna Esempio", LocalDate.of(1990, 2, 14), "madre"));
        SsptCase expired = open(cases, 5, anna, today.minusYears(6).minusDays(20), CaseLevel.FIRST, AccessChannel.PHONE, TargetGroup.ELDERLY,
                "[esempio] Richiesta di informazioni, chiusa da sei anni: sarà pseudonimizzata");
        expired.move(CasePhase.CLOSED, CaseOutcome.ORIENTED_ELSEWHERE, anna, "[esempio] Orientata al patronato",
                today.minusYears(6).minusDays(19).atTime(10, 0)).ifPresent(cases::add);
        cases.add(new CaseDetail.Member(expired, "Ada Fittizia", LocalDate.of(1938, 12, 1), "richiedente"));

        // RST: two units in Municipio 5; the elderly lady placed 16 months ago (time to plan the exit, pact step overdue),
        // an adult whose stay ends in three weeks
        it.milano.levacivica.portal.domain.rst.HousingUnit shared = new it.milano.levacivica.portal.domain.rst.HousingUnit(
                "Alloggio condiviso via Padova", it.milano.levacivica.portal.domain.rst.HousingType.SHARED_FLAT, 5, 3, "Cooperativa Sociale Il Ponte");
        it.milano.levacivica.portal.domain.rst.HousingUnit apartment = new it.milano.levacivica.portal.domain.rst.HousingUnit(
                "Appartamento via Meucci", it.milano.levacivica.portal.domain.rst.HousingType.APARTMENT, 5, 1, "Fondazione Casa Amica");
        rst.add(shared);
        rst.add(apartment);
        CaseDetail.Member lady = new CaseDetail.Member(elderly, "Rosa Fittizia", LocalDate.of(1941, 3, 8), "richiedente");
        cases.add(lady);
        it.milano.levacivica.portal.domain.rst.Placement p1 = new it.milano.levacivica.portal.domain.rst.Placement(elderly, lady, shared,
                it.milano.levacivica.portal.domain.rst.BeneficiaryCategory.ELDERLY_MINIMAL_AUTONOMY, today.minusMonths(16).minusDays(3),
                today.minusMonths(16).minusDays(3), today.plusMonths(1).plusDays(20));
        rst.add(p1);
        rst.add(new it.milano.levacivica.portal.domain.rst.Pact.Goal(p1, it.milano.levacivica.portal.domain.rst.Pact.Area.HOUSING_EXIT,
                "Domanda di alloggio ERP"));
        rst.add(new it.milano.levacivica.portal.domain.rst.Pact.Step(p1, today.minusDays(10), "Verifica domanda ERP con l’ente gestore"));
        p1.agree(it.milano.levacivica.portal.domain.rst.Pact.Party.PERSON, today.minusMonths(16));
        p1.agree(it.milano.levacivica.portal.domain.rst.Pact.Party.ORGANISATION, today.minusMonths(16));
        p1.agree(it.milano.levacivica.portal.domain.rst.Pact.Party.SOCIAL_SERVICE, today.minusMonths(16));
        CaseDetail.Member man = new CaseDetail.Member(adult, "Paolo Inventato", LocalDate.of(1979, 11, 2), "richiedente");
        cases.add(man);
        it.milano.levacivica.portal.domain.rst.Placement p2 = new it.milano.levacivica.portal.domain.rst.Placement(adult, man, shared,
                it.milano.levacivica.portal.domain.rst.BeneficiaryCategory.FRAGILE_ADULT, today.minusMonths(5), today.minusMonths(5), today.plusDays(21));
        rst.add(p2);

        Task forGiulia = new Task(giulia, null, "Raccogliere la testimonianza della famiglia per la relazione", "Solo il codice del caso: nessun nome",
                ActivityType.TESTIMONIES, today.plusDays(4), anna, today.minusDays(1).atTime(15, 0));
        forGiulia.concern(family);
        checkIns.add(forGiulia);
    }

    private static SsptCase open(CaseRepository cases, int municipio, Person responsible, LocalDate on, CaseLevel level, AccessChannel channel,
            TargetGroup group, String summary) {
        SsptCase c = new SsptCase(municipio, responsible, on);
        c.describe(level, null, null, null, channel, group, false, summary);
        cases.add(c);
        return c;
    }

    private static void advance(CaseRepository cases, SsptCase c, Person actor, LocalDate from, CasePhase... phases) {
        LocalDateTime at = from.atTime(10, 0);
        for (CasePhase p : phases) {
            at = at.plusDays(9);
            c.move(p, null, actor, null, at).ifPresent(cases::add);
        }
    }
}
