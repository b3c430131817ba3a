package dev.yieldlab.junit;

import dev.yieldlab.api.Expect;
import dev.yieldlab.api.Stance;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A valid {@code @Check} method.
 *
 * @param name its method name
 * @param displayName what the test tree shows
 * @param runs names of the runs it reads; every run of the experiment when {@code @Check(runs)} is empty
 * @param claims the claims it is evidence for
 * @param stance what a pass says about those claims' sentences
 * @param reference whether it checks the post's own code rerun rather than yieldlab's reproduction
 * @param expect for a check of an explored run: whether it should hold in every schedule or be refuted by one
 * @param budgetPairs its own budget of pairs for timing claims ({@code @Check(budgetPairs)}), negative for the configured one
 * @param budgetTime its own budget of time for measuring more pairs, when {@code @Check(budgetTime)} sets one
 */
record CheckMethod(String name, Method method, String displayName, List<String> runs, List<String> claims,
    Stance stance, boolean reference, Expect expect, int budgetPairs, Optional<Duration> budgetTime) {}
