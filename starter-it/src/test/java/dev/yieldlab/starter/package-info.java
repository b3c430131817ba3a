/**
 * Tests of examples/starter as its users build it: real Maven (the repository's ./mvnw) on a copy of
 * the starter project, against the engine and parent POMs this build installed into a repository
 * under target/, read through Surefire's and the JUnit Platform's report files. They run under
 * Failsafe at {@code verify}, after the reactor has packaged what the starter depends on.
 */
package dev.yieldlab.starter;
