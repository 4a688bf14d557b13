package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.PlacementService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeSet;

/** The coordinator's chart of RST occupancy by housing type and Municipio over the last twelve months: counts only. */
@Named
@ViewScoped
public class OccupancyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#0b5394", "#1e7b34", "#b45309", "#7c3aed", "#be123c", "#0f766e"};

    @Inject
    private transient PlacementService rst;

    private String chart;

    @PostConstruct
    void load() {
        Map<String, Map<String, Long>> occupancy = rst.occupancy();
        TreeSet<String> series = new TreeSet<>();
        occupancy.values().forEach(m -> series.addAll(m.keySet()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        occupancy.keySet().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (String s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            occupancy.values().forEach(m -> data.add(m.getOrDefault(s, 0L)));
            String[] parts = s.split(" · ");
            String label = FacesFeedback.text("housing." + parts[0]) + (parts.length > 1 ? " · " + parts[1] : "");
            datasets.add(Json.createObjectBuilder().add("label", label).add("data", data)
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
            i++;
        }
        chart = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    public String getChart() { return chart; }
}
