/**
 * The JUnit Platform engine: discovery of {@code @Experiment} classes (selectors, filters, discovery
 * issues), the descriptor tree (experiment container, one test per run and per check) and its
 * execution on the platform's {@code HierarchicalTestEngine}, so ordering, skipping, listeners and
 * IDE integration are the platform's own.
 *
 * <p>Reports hang off {@link dev.yieldlab.reporting.ExperimentReporter}, an observer SPI the
 * descriptors call on the executing thread with typed records of each run and check;
 * implementations (such as {@code dev.yieldlab.allure}) are found with {@link
 * java.util.ServiceLoader}, so this package knows none of them.
 */
package dev.yieldlab.junit;
