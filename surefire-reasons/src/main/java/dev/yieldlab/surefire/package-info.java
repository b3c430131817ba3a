/**
 * A Surefire extension: its XML report with the reason of every aborted test ({@link
 * dev.yieldlab.surefire.ReasonsReporter}). Loaded by the Surefire plugin as a plugin dependency; it
 * knows nothing of yieldlab's engine.
 */
package dev.yieldlab.surefire;
