package dev.yieldlab.allure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.TestResult;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Gives an inconclusive timing check its own Allure status: {@code unknown}, apart from passed,
 * failed, broken and skipped. {@code allure-junit-platform} makes every aborted test "skipped" when
 * the test finishes, after yieldlab's reporter has seen it; so the reporter marks the result ({@link
 * #mark}) and this listener, called by Allure just before it writes the result, clears its status,
 * which Allure's report shows as unknown. Under {@code yieldlab.inconclusive=fail} the check failed,
 * and stays failed.
 *
 * <p>Registered for Allure's own {@link java.util.ServiceLoader} lookup of lifecycle listeners.
 */
@API(status = EXPERIMENTAL, since = "0.4")
public final class InconclusiveStatus implements TestLifecycleListener {

  private static final Set<String> MARKED = ConcurrentHashMap.newKeySet();

  /** The result {@code uuid} is an inconclusive check's. */
  static void mark(String uuid) {
    MARKED.add(uuid);
  }

  @Override
  public void beforeTestWrite(TestResult result) {
    if (result.getUuid() != null && MARKED.remove(result.getUuid())) {
      result.setStatus(null);
    }
  }
}
