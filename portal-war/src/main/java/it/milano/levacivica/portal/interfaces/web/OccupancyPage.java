package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.interfaces.JsonBuilders;
import it.milano.levacivica.portal.application.PlacementService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** The coordinator's chart of RST occupancy by housing type and Municipio over the last twelve months: counts only. */
@Named
@ViewScoped
public class OccupancyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0b5394", "#1e7b34", "#b45309", "#7c3aed", "#be123c", "#0f766e"};

    @Inject
    private PlacementService rst;

    private String chart;
    private List<PlacementService.MonthOccupancy> months;

    /** Read at load, not injected: a view-scoped bean may hold only what can be serialised. */
    private int minCell;

    @PostConstruct
    void load() {
        List<PlacementService.MonthOccupancy> occupancy = rst.occupancy();
        minCell = org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("portal.statistics.minCell", Integer.class).orElse(3);
        months = new java.util.ArrayList<>(occupancy);
        java.util.Collections.reverse(months);
        // one series per housing type and Municipio met in the year, in that order
        TreeSet<PlacementService.Occupied> series = new TreeSet<>(Comparator.comparing(PlacementService.Occupied::type)
                .thenComparingInt(PlacementService.Occupied::municipio));
        occupancy.forEach(m -> series.addAll(m.occupied()));
        JsonArrayBuilder labels = JsonBuilders.array();
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        occupancy.forEach(m -> labels.add(it.milano.levacivica.core.rules.Texts.month(m.month(), locale)));
        JsonArrayBuilder datasets = JsonBuilders.array();
        int i = 0;
        for (PlacementService.Occupied s : series) {
            JsonArrayBuilder data = JsonBuilders.array();
            // a suppressed cell (and a withheld month) is left out of the chart: null, not 0
            occupancy.forEach(m -> {
                PlacementService.Occupied o = m.occupied().stream().filter(x -> x.type() == s.type() && x.municipio() == s.municipio())
                        .findFirst().orElse(null);
                if (m.withheld() || (o != null && o.places() == null)) {
                    data.addNull();
                } else {
                    data.add(o == null ? 0 : o.places());
                }
            });
            String label = FacesFeedback.text("housing." + s.type().name()) + " · M" + s.municipio();
            datasets.add(JsonBuilders.object().add("label", label).add("data", data)
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
            i++;
        }
        chart = JsonBuilders.object().add("type", "bar")
                .add("data", JsonBuilders.object().add("labels", labels).add("datasets", datasets))
                .add("options", JsonBuilders.object().add("animation", false)
                        .add("locale", "en".equals(locale.getLanguage()) ? "en-GB" : "it-IT")
                        .add("scales", JsonBuilders.object()
                                .add("x", JsonBuilders.object().add("stacked", true))
                                .add("y", JsonBuilders.object().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    public String getChart() { return chart; }

    /** @return the months with their cells, newest first, for the table under the chart */
    public List<PlacementService.MonthOccupancy> getMonths() { return months; }

    /** @return the threshold of small cells */
    public int getMinCell() { return minCell; }

    /** @param o a cell @return its number, "&lt; 3" or "n.d." */
    public String shown(PlacementService.Occupied o) {
        return StatisticsText.shown(new it.milano.levacivica.portal.application.SmallCells.Count(o.places(), o.suppressed()), minCell);
    }
}
