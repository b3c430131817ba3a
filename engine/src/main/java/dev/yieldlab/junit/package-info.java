/**
 * The JUnit Platform engine: discovery of {@code @Experiment} classes (selectors, filters, discovery
 * issues), the descriptor tree (experiment container, one test per run and per check) and its
 * execution on the platform's {@code HierarchicalTestEngine}, so ordering, skipping, listeners and
 * IDE integration are the platform's own.
 */
package dev.yieldlab.junit;
