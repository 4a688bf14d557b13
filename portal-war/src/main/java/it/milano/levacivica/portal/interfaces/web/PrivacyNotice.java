package it.milano.levacivica.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The privacy notice (informativa, GDPR art. 13 and 14), public: the retention periods it states are the ones in force. */
@Named
@RequestScoped
public class PrivacyNotice {

    @Inject
    @ConfigProperty(name = "portal.retention.loginFailureDays", defaultValue = "90")
    private int loginFailureDays;
    @Inject
    @ConfigProperty(name = "portal.retention.closedCaseYears", defaultValue = "5")
    private int closedCaseYears;
    @Inject
    @ConfigProperty(name = "portal.retention.serviceYearTextYears", defaultValue = "2")
    private int serviceYearTextYears;

    public int getLoginFailureDays() { return loginFailureDays; }
    public int getClosedCaseYears() { return closedCaseYears; }
    public int getServiceYearTextYears() { return serviceYearTextYears; }
}
