package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.CaseStatistics;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Map;

/** The coordinator's statistics of SSPT cases: counts only, with a chart by Municipio. */
@Named
@ViewScoped
public class CaseStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CaseStatistics statistics;

    private CaseStatistics.Counts counts;
    private String chart;

    @PostConstruct
    void load() {
        counts = statistics.counts();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int m = 1; m <= 9; m++) {
            labels.add("Municipio " + m);
            data.add(counts.byMunicipio().getOrDefault(m, 0L));
        }
        chart = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", FacesFeedback.text("case.statistics")).add("data", data)
                                .add("backgroundColor", "#0b5394"))))
                .add("options", Json.createObjectBuilder().add("animation", false)).build().toString();
    }

    public CaseStatistics.Counts getCounts() { return counts; }
    public String getChart() { return chart; }

    /** @param map a count map @return its entries, for ui:repeat */
    public java.util.List<Map.Entry<?, ?>> entries(Map<?, ?> map) {
        return java.util.List.copyOf(map.entrySet());
    }
}
