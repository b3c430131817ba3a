package dev.yieldlab.allureplugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qameta.allure.Aggregator2;
import io.qameta.allure.ReportStorage;
import io.qameta.allure.core.Configuration;
import io.qameta.allure.core.LaunchResults;
import io.qameta.allure.entity.TestResult;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the Claims page's data ({@link ClaimsPage#DATA}): each results directory's ledger with every
 * check and run linked to its result in this report. The link goes by history id, the one identity of a
 * result that the report keeps (it gives every result a new uid); a retried test's history id belongs to
 * several results, and the one the report shows (not hidden) wins. Always written, so that the page can
 * say "no ledger" rather than fail to load.
 */
public final class LedgerAggregator implements Aggregator2 {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void aggregate(Configuration configuration, List<LaunchResults> launches, ReportStorage storage) {
    storage.addDataBinary(ClaimsPage.DATA, json(page(launches)));
  }

  static ClaimsPage page(List<LaunchResults> launches) {
    Map<String, String> uids = uidsByHistoryId(launches);
    List<LedgerFile> ledgers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (LaunchResults launch : launches) {
      Optional<LedgerReader.Read> read = launch.getExtra(LedgerReader.EXTRA);
      read.ifPresent(r -> {
        if (r instanceof LedgerReader.Ledger ledger) {
          ledgers.add(ledger.file().linked(historyId -> Optional.ofNullable(uids.get(historyId))));
        } else if (r instanceof LedgerReader.Problem problem) {
          problems.add(problem.message());
        }
      });
    }
    return new ClaimsPage(ledgers, problems);
  }

  private static Map<String, String> uidsByHistoryId(List<LaunchResults> launches) {
    Map<String, String> uids = new HashMap<>();
    for (LaunchResults launch : launches) {
      for (TestResult result : launch.getAllResults()) {
        if (result.getHistoryId() == null) {
          continue;
        }
        if (result.isHidden()) {
          uids.putIfAbsent(result.getHistoryId(), result.getUid());
        } else {
          uids.put(result.getHistoryId(), result.getUid());
        }
      }
    }
    return uids;
  }

  private static byte[] json(ClaimsPage page) {
    try {
      return JSON.writeValueAsBytes(page);
    } catch (JsonProcessingException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }
}
