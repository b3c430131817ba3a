/**
 * yieldlab's E1 and E2 races written with platform threads, each under every Fray scheduler through
 * Fray's JUnit integration ({@code @FrayTest}): the peer issue 23's schedule exploration is measured
 * beside (docs/FRAY.md).
 */
package dev.yieldlab.fray;
