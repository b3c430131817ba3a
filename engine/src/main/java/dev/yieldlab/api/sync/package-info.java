/**
 * The waiting primitives a {@link dev.yieldlab.api.Loop} makes: {@link
 * dev.yieldlab.api.sync.Queue}, {@link dev.yieldlab.api.sync.Lock}, {@link
 * dev.yieldlab.api.sync.Semaphore}, {@link dev.yieldlab.api.sync.Condition}, {@link
 * dev.yieldlab.api.sync.Event}, {@link dev.yieldlab.api.sync.Deferred}, {@link
 * dev.yieldlab.api.sync.Barrier} and {@link dev.yieldlab.api.sync.Select}, modelled on asyncio's and
 * kotlinx's, and the exceptions they throw.
 */
package dev.yieldlab.api.sync;
