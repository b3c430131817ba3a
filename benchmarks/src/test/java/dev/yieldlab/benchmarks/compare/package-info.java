/** The CI smoke run: every benchmark, probe and the asyncio script once, at minimal settings. */
package dev.yieldlab.benchmarks.compare;
