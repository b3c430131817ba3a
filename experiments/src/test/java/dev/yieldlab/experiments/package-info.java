/**
 * The seed post's claims as executable experiments: "Understanding Python's async/await from the
 * operating system's point of view" (2025-03-22), with {@code asyncio} played by yieldlab's loop.
 * Each class carries its claim id (C1..C6; the post's sentences are in
 * {@code src/test/resources/yieldlab/claims.tsv}) and runs on the REAL clock, because wall
 * time is what the claims are about.
 */
package dev.yieldlab.experiments;
