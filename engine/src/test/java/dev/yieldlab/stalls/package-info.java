/** Coroutine bodies that hold the loop's thread, outside the engine's packages, for the stall tests. */
package dev.yieldlab.stalls;
