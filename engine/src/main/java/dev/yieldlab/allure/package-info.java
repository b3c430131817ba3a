/**
 * Allure reporting: an {@link dev.yieldlab.junit.ExperimentReporter} that gives each run and check
 * its labels (epic yieldlab, feature = claim, story = experiment), parameters, steps and attachments
 * (timeline Gantt SVG, post-style log, measures table), writes {@code environment.properties} and
 * {@code categories.json}, and ends with the claims ledger.
 *
 * <p>The tests themselves are recorded by {@code allure-junit-platform}'s listener, from the
 * descriptors' class and method sources; this package only adds to the test that is executing, so it
 * is active only when that listener is on the class path. Everything that goes into SVG or HTML
 * passes through {@link dev.yieldlab.allure.Markup}: Allure runs scripts inside HTML attachments.
 *
 * <p>Every file in the results directory, the listener's included, is written whole or not at all
 * ({@link dev.yieldlab.allure.AtomicAllureLifecycle}): a build killed mid-write must not leave a
 * truncated result for the report to choke on.
 */
package dev.yieldlab.allure;
