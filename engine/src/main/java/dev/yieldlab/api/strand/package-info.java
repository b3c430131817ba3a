/**
 * Code that runs the same on yieldlab's loop and on other schedulers (virtual threads in a child
 * JVM): a {@link dev.yieldlab.api.strand.StrandProgram} of {@link dev.yieldlab.api.strand.Strand}s,
 * which log, sleep and yield through the strand they are given.
 */
package dev.yieldlab.api.strand;
