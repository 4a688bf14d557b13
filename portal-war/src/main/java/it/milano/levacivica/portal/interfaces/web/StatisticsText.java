package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.SmallCells;

/** How a count after small-cell suppression reads on a page: its number, "&lt; 3", or "n.d." for a complementary cell. */
final class StatisticsText {

    private StatisticsText() {
    }

    /**
     * @param c the count
     * @param minCell the threshold
     * @return the text, from the bundle
     */
    static String shown(SmallCells.Count c, int minCell) {
        return switch (c.suppressed()) {
            case NONE -> java.text.NumberFormat.getIntegerInstance(
                    jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(c.value());
            case SMALL -> FacesFeedback.text("stats.small", Integer.toString(minCell));
            case COMPLEMENT -> FacesFeedback.text("stats.complement");
        };
    }
}
