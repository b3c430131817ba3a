package dev.yieldlab.allure;

import dev.yieldlab.reporting.MachineProfile;
import io.qameta.allure.Allure;
import io.qameta.allure.util.ResultsUtils;

/**
 * Marks the executing test's result with the machine it ran on: a parameter {@code machine}, and a
 * history id that includes it. allure-junit-platform's history id is the test's unique id alone, so
 * without this the same test from two machines' results would be taken for two tries of one test
 * and the report would show only the later; with it, one report shows them side by side.
 */
final class MachineParameter {

  static final String NAME = "machine";

  private MachineParameter() {}

  static void add(MachineProfile machine) {
    Allure.parameter(NAME, machine.name());
    Allure.getLifecycle().updateTestCase(result -> result.setHistoryId(historyId(result.getHistoryId(), machine)));
  }

  static String historyId(String withoutMachine, MachineProfile machine) {
    return ResultsUtils.md5(withoutMachine + " on " + machine.name());
  }
}
