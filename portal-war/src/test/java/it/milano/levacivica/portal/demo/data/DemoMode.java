package it.milano.levacivica.portal.demo.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether the portal runs with demo data, so the sign-in page can list the demo accounts. */
@Named
@ApplicationScoped
public class DemoMode {

    @Inject
    @ConfigProperty(name = "portal.demo", defaultValue = "false")
    private boolean enabled;

    public boolean isEnabled() {
        return enabled;
    }
}
