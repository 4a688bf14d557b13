package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.interfaces.JsonBuilders;
import it.milano.levacivica.portal.application.CaseStatistics;
import it.milano.levacivica.portal.application.SmallCells;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Map;

/** The coordinator's statistics of SSPT cases: counts only, with a chart by Municipio. */
@Named
@ViewScoped
public class CaseStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseStatistics statistics;

    private CaseStatistics.Counts counts;
    private String chart;

    @PostConstruct
    void load() {
        counts = statistics.counts();
        JsonArrayBuilder labels = JsonBuilders.array();
        JsonArrayBuilder data = JsonBuilders.array();
        for (int m = 1; m <= 9; m++) {
            labels.add("Municipio " + m);
            // a suppressed cell is left out of the chart (null), a Municipio without cases is 0
            SmallCells.Count c = counts.byMunicipio().cells().get(Integer.toString(m));
            if (c == null && !counts.byMunicipio().withheld()) {
                data.add(0);
            } else if (c == null || c.hidden()) {
                data.addNull();
            } else {
                data.add(c.value());
            }
        }
        chart = JsonBuilders.object().add("type", "bar")
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", JsonBuilders.array()
                        .add(JsonBuilders.object().add("label", FacesFeedback.text("case.statistics")).add("data", data)
                                .add("backgroundColor", "#0b5394"))))
                .add("options", JsonBuilders.object().add("animation", false)).build().toString();
    }

    public CaseStatistics.Counts getCounts() { return counts; }
    public String getChart() { return chart; }

    /** @param map a count map @return its entries, for ui:repeat */
    public java.util.List<Map.Entry<?, ?>> entries(Map<?, ?> map) {
        return java.util.List.copyOf(map.entrySet());
    }

    /** @param c a count after suppression @return how it is shown: the number, "&lt; 3" or "n.d." */
    public String shown(SmallCells.Count c) {
        return StatisticsText.shown(c, counts.minCell());
    }

    /** @param a an average @return the number, or "&lt; 3" (made of too few cases) */
    public String shownAverage(CaseStatistics.Average a) {
        if (a.days() == null) {
            return StatisticsText.shown(new SmallCells.Count(null, a.suppressed()), counts.minCell());
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
        f.setMaximumFractionDigits(1);
        return f.format(a.days());
    }
}
