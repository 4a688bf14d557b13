package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CaseService;
import it.milano.levacivica.portal.application.CaseService.CaseCommand;
import it.milano.levacivica.portal.domain.sspt.AccessChannel;
import it.milano.levacivica.portal.domain.sspt.CaseLevel;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import it.milano.levacivica.portal.domain.sspt.TargetGroup;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The social worker's home: the cases of their Municipio, interventions past their check date, a new case. */
@Named
@ViewScoped
public class MyCases implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    private List<SsptCase> list = List.of();
    private List<it.milano.levacivica.portal.application.CaseService.OverdueCheck> alerts = List.of();
    private it.milano.levacivica.portal.application.PlacementService.Alerts rstAlerts;

    @Inject
    private it.milano.levacivica.portal.application.PlacementService rst;
    private boolean noMunicipio;
    private CaseLevel level = CaseLevel.FIRST;
    private AccessChannel channel = AccessChannel.IN_PERSON;
    private TargetGroup group = TargetGroup.FAMILIES_WITH_MINORS;
    private boolean nonResident;
    private String courtAuthority;
    private String courtOrderRef;
    private LocalDate courtOrderDate;
    private String summary;

    /** Cases on a page: the newest first, read by the index (municipio, id). */
    static final int PAGE = 50;
    /** No page before: the first page reads from the newest case. */
    private static final long FIRST = Long.MAX_VALUE;
    /** Where each page before this one began, the nearest on top. */
    private final java.util.ArrayDeque<Long> earlier = new java.util.ArrayDeque<>();
    private long before = FIRST;
    private boolean more;

    @PostConstruct
    void load() {
        try {
            readPage();
            alerts = cases.overdueChecks();
            rstAlerts = rst.alerts();
        } catch (it.milano.levacivica.portal.application.ConflictException e) {
            noMunicipio = true;
        }
    }

    private void readPage() {
        List<SsptCase> page = cases.myMunicipioPage(null, before == FIRST ? null : before, PAGE + 1);
        more = page.size() > PAGE;
        list = new java.util.ArrayList<>(more ? page.subList(0, PAGE) : page);
    }

    /** The next page: older cases. */
    public void next() {
        if (more && !list.isEmpty()) {
            earlier.push(before);
            before = list.get(list.size() - 1).getId();
            readPage();
        }
    }

    /** The page before: newer cases. */
    public void previous() {
        if (!earlier.isEmpty()) {
            before = earlier.pop();
            readPage();
        }
    }

    public boolean isMore() { return more; }
    public boolean isFirstPage() { return earlier.isEmpty(); }
    public int getPageNumber() { return earlier.size() + 1; }

    /** Opens the case of the form and goes to it. */
    public String open() {
        CaseCommand cmd = new CaseCommand(null, level, courtAuthority, courtOrderRef, courtOrderDate, channel, group, nonResident,
                summary, null);
        SsptCase c = FacesFeedback.call("caseForm", () -> cases.create(cmd), "case.saved");
        return c == null ? null : "/socialworker/case?faces-redirect=true&id=" + c.getId();
    }

    public CaseLevel[] getLevels() { return CaseLevel.values(); }
    public AccessChannel[] getChannels() { return AccessChannel.values(); }
    public TargetGroup[] getGroups() { return TargetGroup.values(); }
    public List<SsptCase> getList() { return list; }
    public it.milano.levacivica.portal.application.PlacementService.Alerts getRstAlerts() { return rstAlerts; }
    public List<it.milano.levacivica.portal.application.CaseService.OverdueCheck> getAlerts() { return alerts; }
    public boolean isNoMunicipio() { return noMunicipio; }
    public CaseLevel getLevel() { return level; }
    public void setLevel(CaseLevel level) { this.level = level; }
    public AccessChannel getChannel() { return channel; }
    public void setChannel(AccessChannel channel) { this.channel = channel; }
    public TargetGroup getGroup() { return group; }
    public void setGroup(TargetGroup group) { this.group = group; }
    public boolean isNonResident() { return nonResident; }
    public void setNonResident(boolean nonResident) { this.nonResident = nonResident; }
    public String getCourtAuthority() { return courtAuthority; }
    public void setCourtAuthority(String courtAuthority) { this.courtAuthority = courtAuthority; }
    public String getCourtOrderRef() { return courtOrderRef; }
    public void setCourtOrderRef(String courtOrderRef) { this.courtOrderRef = courtOrderRef; }
    public LocalDate getCourtOrderDate() { return courtOrderDate; }
    public void setCourtOrderDate(LocalDate courtOrderDate) { this.courtOrderDate = courtOrderDate; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
