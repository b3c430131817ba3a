/**
 * yieldlab's plugin for Allure 2's commandline: the report opens on the claims ledger. {@link
 * LedgerReader} reads the ledger the engine leaves beside the results ({@code yieldlab-ledger.json},
 * {@link LedgerFile}); {@link LedgerAggregator} resolves each check's and run's history id to its
 * result in the report and writes the page's data ({@link ClaimsPage}); the plugin's
 * {@code static/index.js} draws it as the "Claims" tab, first in the menu and where the report opens.
 * {@link InstallPlugin} puts the plugin into an unpacked commandline. Compiled for Java 17: the
 * commandline runs on whatever JDK the build's environment names, not necessarily the engine's 25.
 */
package dev.yieldlab.allureplugin;
