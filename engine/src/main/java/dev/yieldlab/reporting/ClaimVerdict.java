package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One line of the claims ledger.
 *
 * @param claim the claim id
 * @param sentence what the post says, from {@link ClaimSentences}
 * @param verdict what the checks say about it
 * @param reason why, in a sentence
 * @param evidence the checks behind the verdict, counted or not
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record ClaimVerdict(String claim, String sentence, Verdict verdict, String reason, List<CheckOutcome> evidence) {}
