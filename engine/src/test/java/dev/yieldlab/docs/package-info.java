/**
 * Tests that keep README.md and the guide under docs/ true: every Java example is quoted from a file
 * that compiles in CI (or run by a named test), and every relative link resolves.
 */
package dev.yieldlab.docs;
