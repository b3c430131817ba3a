/**
 * What a run and a check leave for reports, as typed records ({@link dev.yieldlab.reporting.RunReport},
 * {@link dev.yieldlab.reporting.RunSettings}, {@link dev.yieldlab.reporting.RunMeasures}, {@link
 * dev.yieldlab.reporting.CheckReport}), the observer SPI the engine calls with them ({@link
 * dev.yieldlab.reporting.ExperimentReporter}, found with {@link java.util.ServiceLoader}), and the
 * claims ledger's domain: check outcomes weighed into one verdict per claim ({@link
 * dev.yieldlab.reporting.ClaimLedger}).
 *
 * <p>It depends on {@code dev.yieldlab.api} only: neither on the engine's internals nor on any report
 * format. A format is an adapter over it ({@code dev.yieldlab.allure} writes Allure results), one
 * printer per output format, as JMH's results feed its text and JSON printers.
 */
package dev.yieldlab.reporting;
