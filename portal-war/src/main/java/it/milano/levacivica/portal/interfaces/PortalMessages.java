package it.milano.levacivica.portal.interfaces;

import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.application.PortalException;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's texts: Italian by default, English. Used by pages and by the API's problem details. */
public final class PortalMessages {

    /** The bundle's base name; also registered as {@code msg} in faces-config.xml. */
    public static final String BUNDLE = "it.milano.levacivica.portal.i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PortalMessages() {
    }

    /** @param locales the reader's languages, in preference order @return English if preferred over Italian, else Italian */
    public static Locale choose(List<Locale> locales) {
        for (Locale l : locales) {
            if ("it".equals(l.getLanguage())) {
                return Locale.ITALIAN;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ITALIAN;
    }

    /**
     * @param locale the reader's locale
     * @param key a key of the bundle; a text that is not a key is returned as it is
     * @param args message arguments
     * @return the text
     */
    public static String get(Locale locale, String key, Object... args) {
        Locale use = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, use, NO_FALLBACK);
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, use).format(args);
    }

    /** @param e a refusal @param locale the reader's locale @return its message */
    public static String message(PortalException e, Locale locale) {
        return get(locale, e.messageKey(), e.args());
    }

    /**
     * @param e a refusal
     * @param locale the reader's locale
     * @return field name to translated message: the portal's own keys, and core-lib's violations written by core-lib
     */
    public static Map<String, String> fieldMessages(PortalException e, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, key) -> out.put(field, get(locale, key)));
        if (e instanceof InvalidInputException i) {
            i.fieldViolations().forEach((field, v) -> out.putIfAbsent(field, v.message(locale)));
        }
        return out;
    }
}
