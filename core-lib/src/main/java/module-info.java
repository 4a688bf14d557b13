/**
 * The rules of a Leva Civica service year as a plain Java 17 library: rule sets, validation of hours
 * and absences, progress and pace. No dependency beyond {@code java.base}.
 *
 * <p>Both packages are API: {@link it.milano.levacivica.core.rules} (rule sets, the record of a year,
 * violations) and {@link it.milano.levacivica.core.forecast} (progress, pace, planned weeks). The
 * shipped rule sets ({@code .properties}) and the messages' resource bundles live in the rules
 * package and are read by the library's own classes, so they load the same on the module path and on
 * the class path. On the class path (as in a war) the jar is an ordinary library.
 */
module it.milano.levacivica.core {
    exports it.milano.levacivica.core.rules;
    exports it.milano.levacivica.core.forecast;
}
