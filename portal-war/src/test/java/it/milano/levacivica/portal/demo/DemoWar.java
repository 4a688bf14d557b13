package it.milano.levacivica.portal.demo;

import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The demo build: the production war plus the demo data loader ({@code it.milano.levacivica.portal.demo.data},
 * kept in the test sources), so that the production war cannot create demo accounts.
 */
public final class DemoWar {

    /** The package of the demo data loader. */
    public static final String DATA_PACKAGE = "it.milano.levacivica.portal.demo.data";

    private DemoWar() {
    }

    /** @param productionWar the built war @return the production war with the demo loader added */
    public static WebArchive of(Path productionWar) {
        return ShrinkWrap.createFromZipFile(WebArchive.class, productionWar.toFile()).addPackage(DATA_PACKAGE);
    }

    /** The package of the test-only endpoint that moves the portal's clock (integration tests of retention). */
    public static final String TEST_CLOCK_PACKAGE = "it.milano.levacivica.portal.demo.testclock";

    /**
     * @param productionWar the built war
     * @return the demo war plus the endpoint that moves the clock in the test profile: for integration tests only,
     *         never the demo that {@code mvn -Pdemo verify} runs
     */
    public static WebArchive withTestClock(Path productionWar) {
        return of(productionWar).addPackage(TEST_CLOCK_PACKAGE);
    }

    /** @param productionWar the built war @return {@code portal-demo.war} beside it */
    public static Path build(Path productionWar) {
        Path out = productionWar.resolveSibling("portal-demo.war");
        of(productionWar).as(ZipExporter.class).exportTo(out.toFile(), true);
        return out;
    }
}
