// Renders the single-file Allure report in headless Debian chromium, writes screenshots a person
// looks at, and exits non-zero when the report does not open on the claims ledger, or shows no
// tests, an error, or a missing timeline.
//
//   node check-report.mjs [path/to/index.html] [screenshot dir]
//   (defaults: target/allure-report/index.html, target/screenshots; CHROMIUM=/usr/bin/chromium)
//
// puppeteer-core never downloads a browser: it drives the one Debian installs.
import { mkdtemp, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const reportPath = path.resolve(process.argv[2] ?? path.join(here, 'target/allure-report/index.html'));
const shotsDir = path.resolve(process.argv[3] ?? path.join(here, 'target/screenshots'));
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
// The run whose timeline the third screenshot shows: two coroutines taking turns (claim C2a).
const timelineTest = process.env.TIMELINE_TEST ?? 'two yield_tasks gathered';
// The run whose timeline shows workers outside the loop: threads taking turns under the emulated GIL (C5).
const workersTest = process.env.WORKERS_TEST ?? 'gil threads';
// CHECK_ALL_ATTACHMENTS=1: also open every attachment of every test (slower), so that a script hidden
// in any name or log line would run and fail the check.
const allAttachments = process.env.CHECK_ALL_ATTACHMENTS === '1';
// The run of a million coroutines (claim S1): its Gantt must fold them into density lanes and open.
// MILLION_TEST= (empty) skips it, for a report of a selection without that experiment.
const millionTest = process.env.MILLION_TEST ?? 'a million coroutines sleep 10 ms';
// The bound of docs/RELIABILITY.md: the whole suite's single-file report, a 10^6-task run included.
const maxReportBytes = Number(process.env.MAX_REPORT_MB ?? 20) * 1024 * 1024;
const WIDTH = 1400;

const problems = [];
const fail = (message) => { problems.push(message); console.error(`FAIL ${message}`); };

/** The report's embedded data files: d('data/test-cases/<uid>.json', '<base64>'). */
async function embeddedTestCases(file) {
  const html = await readFile(file, 'utf8');
  const cases = [];
  for (const [, uid, data] of html.matchAll(/d\('data\/test-cases\/([0-9a-f]+)\.json','([A-Za-z0-9+/=]*)'\)/g)) {
    cases.push({ uid, ...JSON.parse(Buffer.from(data, 'base64').toString('utf8')) });
  }
  return cases;
}

async function settle(page) {
  // Allure renders with Backbone after load; give its views and charts a moment to finish.
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10_000 }).catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 800));
}

/** Tree views start collapsed: open every visible closed group, level by level. */
async function expandAll(page) {
  for (let level = 0; level < 5; level++) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('.node__title')].filter((title) =>
        title.offsetParent !== null && title.querySelector('.node__arrow') && !title.classList.contains('node__expanded'));
      closed.forEach((title) => title.click());
      return closed.length;
    });
    if (opened === 0) break;
    await settle(page);
  }
}

async function visibleError(page) {
  return page.evaluate(() => {
    const text = document.body?.innerText ?? '';
    const match = text.match(/(Something went wrong|Failed to load|Error loading|Not found|404)/i);
    return match ? match[0] : null;
  });
}

/** Opens the "timeline (Gantt)" attachment of the first test that {@code matches}, checks it shows, screenshots it. */
async function showTimeline(page, url, cases, matches, label, shot) {
  const run = cases.find(matches);
  if (!run) {
    fail(`no test named "${label}" in the report`);
  } else {
    await page.goto(`${url}#testresult/${run.uid}`, { waitUntil: 'load' });
    await page.waitForSelector('.test-result, .pane__title', { timeout: 20_000 });
    await settle(page);
    const clicked = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('.attachment-row, .step__title, .long-line')];
      const row = rows.find((r) => r.innerText.includes('timeline (Gantt)'));
      if (row) row.click();
      return Boolean(row);
    });
    if (!clicked) fail('the run shows no "timeline (Gantt)" attachment');
    await page.waitForSelector('.attachment__media, .attachment img, .attachment object, .attachment iframe', { timeout: 10_000 })
      .catch(() => fail('the timeline attachment did not open'));
    await settle(page);
    const picture = await page.evaluate(() => {
      const media = document.querySelector('.attachment__media, .attachment img, .attachment object, .attachment iframe');
      const box = media?.getBoundingClientRect();
      return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
    });
    console.log(`timeline attachment of "${label}": ${JSON.stringify(picture)}`);
    if (!picture || picture.width < 200 || picture.height < 50) fail('the timeline picture is missing or tiny');
    const error = await visibleError(page);
    if (error) fail(`the test result shows "${error}"`);
    await page.screenshot({ path: path.join(shotsDir, shot), fullPage: true });
  }
  return run;
}

/** The text of the data file {@code name} that the single-file report embeds: d('<name>', '<base64>'). */
async function embeddedFile(file, name) {
  const html = await readFile(file, 'utf8');
  const key = `d('${name}','`;
  const from = html.indexOf(key);
  if (from < 0) return null;
  const to = html.indexOf("')", from + key.length);
  return Buffer.from(html.slice(from + key.length, to), 'base64').toString('utf8');
}

/** The text of a test's attachment named {@code name}, from the data the single-file report embeds. */
async function embeddedAttachment(file, testCase, name) {
  const attachments = [];
  const collect = (stage) => {
    if (!stage) return;
    attachments.push(...(stage.attachments ?? []));
    (stage.steps ?? []).forEach(collect);
  };
  collect(testCase.testStage);
  const attachment = attachments.find((a) => a.name === name);
  return attachment ? embeddedFile(file, `data/attachments/${attachment.source}`) : null;
}

/**
 * The report opens on yieldlab's Claims page (allure-plugin/): the ledger's every claim with its verdict
 * and links to its checks' results, all of it on the first screen; a link opens its result, and an
 * opened claim links the runs its checks read.
 */
async function showClaims(page, url, cases) {
  const data = JSON.parse((await embeddedFile(reportPath, 'data/yieldlab-ledger.json')) ?? 'null');
  if (!data) {
    fail('the report embeds no data/yieldlab-ledger.json: yieldlab\'s Allure plugin did not run');
    return;
  }
  const claims = data.ledgers.flatMap((ledger) => ledger.claims);
  const uids = new Set(cases.map((c) => c.uid));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('.yl-claims .yl-ledger, .yl-claims .yl-problem', { timeout: 20_000 })
    .catch(() => fail('the report does not open on the Claims page'));
  await settle(page);
  const screen = await page.evaluate(() => ({
    hash: window.location.hash,
    height: window.innerHeight,
    problems: [...document.querySelectorAll('.yl-claims .yl-problem')].map((p) => p.textContent),
    ledgers: [...document.querySelectorAll('.yl-claims .yl-ledger')].map((ledger) =>
      [...ledger.querySelectorAll('.yl-row')].map((row) => {
        const box = row.querySelector('summary').getBoundingClientRect();
        return {
          claim: row.dataset.claim,
          verdict: row.querySelector('summary .yl-verdict')?.textContent,
          bottom: Math.round(box.bottom),
          links: [...row.querySelectorAll('summary a[href^="#testresult/"]')].map((a) => a.getAttribute('href').slice(12)),
        };
      })),
  }));
  const rows = screen.ledgers[0] ?? [];
  console.log(`first screen: ${screen.hash}, ${rows.length} claims, the last one's line ending at ${rows.at(-1)?.bottom} of`
    + ` ${screen.height} px, ${rows.flatMap((r) => r.links).length} links to results`);
  if (screen.hash !== '#claims') fail(`the report opens on "${screen.hash}", not on the Claims page`);
  screen.problems.forEach((problem) => fail(`the Claims page says: ${problem}`));
  if (data.ledgers.length === 0) fail('the report has no claims ledger');
  if (screen.ledgers.flat().length !== claims.length) {
    fail(`the Claims page shows ${screen.ledgers.flat().length} claims of the ledger's ${claims.length}`);
  }
  for (const row of rows) {
    if (row.bottom > screen.height) fail(`claim ${row.claim} is below the first screen (its line ends at ${row.bottom} px)`);
  }
  for (const row of screen.ledgers.flat()) {
    if (!/^(confirmed|partly evidenced|refuted|nuanced|inconclusive|skipped)$/.test(row.verdict ?? '')) {
      fail(`claim ${row.claim} shows no verdict ("${row.verdict}")`);
    }
    row.links.filter((uid) => !uids.has(uid)).forEach((uid) => fail(`claim ${row.claim} links to ${uid}, no result of this report`));
  }
  const linked = claims.filter((claim) => claim.verdict.evidence.some((check) => check.uid));
  const withLinks = screen.ledgers.flat().filter((row) => row.links.length > 0);
  if (withLinks.length < linked.length) {
    fail(`${linked.length} claims have checks with results, but only ${withLinks.length} link to them on the first screen`);
  }
  const error = await visibleError(page);
  if (error) fail(`the Claims page shows "${error}"`);
  await page.screenshot({ path: path.join(shotsDir, '0-first-screen-claims.png') });

  // A claim opened: its reasons, each check, and links to the runs the checks read.
  const run = claims.flatMap((claim) => claim.verdict.evidence.map((check) => ({ claim, check })))
    .find(({ check }) => check.runs.some((r) => r.uid));
  if (run) {
    const runLinks = await page.evaluate((claim) => {
      const row = document.querySelector(`.yl-claims .yl-row[data-claim="${CSS.escape(claim)}"]`);
      row.open = true;
      return [...row.querySelectorAll('.yl-reads a[href^="#testresult/"]')].map((a) => a.getAttribute('href').slice(12));
    }, run.claim.claim);
    if (runLinks.length === 0) fail(`claim ${run.claim.claim}, opened, links to none of the runs its checks read`);
    runLinks.filter((uid) => !uids.has(uid)).forEach((uid) => fail(`claim ${run.claim.claim} links a run to ${uid}, no result`));
    await page.screenshot({ path: path.join(shotsDir, '0b-claim-opened.png') });
  }

  // A check's link opens that check's result.
  const target = withLinks[0]?.links[0];
  if (target) {
    await page.click(`.yl-claims summary a[href="#testresult/${target}"]`);
    await page.waitForSelector('.test-result, .pane__title', { timeout: 20_000 });
    await settle(page);
    const name = cases.find((c) => c.uid === target)?.name ?? '';
    const shown = await page.evaluate(() => document.body.innerText);
    if (!shown.includes(name)) fail(`the link to ${target} does not open "${name}"`);
  }
}

/** The text of one test result's page, once it has rendered. */
async function resultText(page, url, testCase) {
  await page.goto(`${url}#testresult/${testCase.uid}`, { waitUntil: 'load' });
  await page.waitForSelector('.test-result, .pane__title', { timeout: 20_000 });
  await settle(page);
  return page.evaluate(() => document.body.innerText);
}

async function main() {
  const cases = await embeddedTestCases(reportPath);
  const bytes = (await stat(reportPath)).size;
  console.log(`report ${reportPath}: ${cases.length} test results embedded, ${bytes} bytes`);
  if (bytes > maxReportBytes) fail(`the report is ${bytes} bytes, over its bound of ${maxReportBytes}`);
  if (cases.length === 0) fail('the report embeds no test results');

  await mkdir(shotsDir, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), 'yieldlab-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
    defaultViewport: { width: WIDTH, height: 1000 },
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => fail(`script error in the page: ${error.message}`));
    // Experiment names and log lines end up in HTML and SVG attachments, which Allure shows with
    // scripts enabled: a dialog means some text was not escaped and ran as code.
    page.on('dialog', async (dialog) => {
      fail(`a script from the report's content ran: ${dialog.type()} "${dialog.message()}"`);
      await dialog.dismiss();
    });
    page.on('requestfailed', (request) => {
      // A single-file report must load nothing: every failed request is a missing piece.
      if (!request.url().startsWith('data:')) fail(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    const url = pathToFileURL(reportPath).href;

    // 0. The first screen: the Claims page.
    await showClaims(page, url, cases);

    // 1. Overview (index.html#, the menu's second entry): the summary widget counts the test cases.
    await page.goto(`${url}#`, { waitUntil: 'load' });
    await page.waitForSelector('.widget', { timeout: 20_000 });
    await settle(page);
    const summary = await page.evaluate(() => document.body.innerText);
    const count = Number((summary.match(/(\d+)\s*test cases?/i) ?? [])[1] ?? 0);
    console.log(`overview: ${count} test cases`);
    if (!(count > 0)) fail('the overview shows no test cases');
    const overviewError = await visibleError(page);
    if (overviewError) fail(`the overview shows "${overviewError}"`);
    await page.screenshot({ path: path.join(shotsDir, '1-overview.png'), fullPage: true });

    // 2. Behaviors: epic yieldlab > feature (claim) > story (experiment) > tests, all groups opened.
    await page.goto(`${url}#behaviors`, { waitUntil: 'load' });
    await page.waitForSelector('.tree__content, .node__title', { timeout: 20_000 });
    await settle(page);
    await expandAll(page);
    const behaviours = await page.evaluate(() => document.body.innerText);
    for (const claim of ['C1', 'C2a', 'C2b', 'Claims ledger']) {
      if (!behaviours.includes(claim)) fail(`the behaviors view does not list ${claim}`);
    }
    await page.screenshot({ path: path.join(shotsDir, '2-behaviors.png'), fullPage: true });

    // 3. One run with its timeline attachment expanded (deep link to the test result); then a run
    // with workers outside the loop, whose lanes (computing, waiting for the GIL) must be drawn.
    await showTimeline(page, url, cases, (c) => c.name === timelineTest, timelineTest, '3-timeline.png');
    const gil = await showTimeline(page, url, cases, (c) => c.name?.startsWith(workersTest), workersTest,
      '3b-worker-lanes.png');
    if (gil) {
      const svg = await embeddedAttachment(reportPath, gil, 'timeline (Gantt)');
      for (const lane of ['gil-thread-1', 'gil-thread-2', 'waiting for the GIL']) {
        if (!svg?.includes(lane)) fail(`the "${workersTest}" timeline does not draw "${lane}"`);
      }
    }

    // 3c. The run of a million coroutines: rows for the tasks that matter, density lanes for the rest,
    // the place where the timeline stopped recording, all in a picture that opens.
    if (millionTest) {
      const million = await showTimeline(page, url, cases, (c) => c.name === millionTest, millionTest, '3c-million.png');
      if (million) {
        const svg = await embeddedAttachment(reportPath, million, 'timeline (Gantt)');
        for (const text of ['drawn a row each', 'other tasks: how many were in each state', 'recording stopped']) {
          if (!svg?.includes(text)) fail(`the "${millionTest}" timeline does not say "${text}"`);
        }
        console.log(`the "${millionTest}" timeline: ${svg?.length ?? 0} characters`);
      }
    }

    // 3d. Results of several machines (reports/two-profiles.sh): the same test once per machine,
    // and the ledger across machines with a verdict per machine.
    const machines = new Set(cases.flatMap((c) => (c.parameters ?? []).filter((p) => p.name === 'machine').map((p) => p.value)));
    console.log(`machines in the report: ${[...machines].join(', ') || '(one, unnamed)'}`);
    if (machines.size > 1) {
      const across = cases.find((c) => c.name?.startsWith('Claims ledger across machines'));
      if (!across) {
        fail('results of several machines but no "Claims ledger across machines"');
      } else {
        const text = await resultText(page, url, across);
        for (const machine of machines) {
          if (!text.includes(`verdict on ${machine}`)) fail(`the ledger across machines has no column for ${machine}`);
        }
        await page.screenshot({ path: path.join(shotsDir, '4b-ledger-across-machines.png'), fullPage: true });
      }
    }

    // 4. The claims ledger: its description holds the table.
    const ledger = cases.find((c) => c.name?.startsWith('Claims ledger') && !c.name.startsWith('Claims ledger across machines'));
    if (!ledger) {
      fail('no claims ledger in the report');
    } else {
      const text = await resultText(page, url, ledger);
      if (!/confirmed|partly evidenced|refuted|nuanced|inconclusive|skipped/.test(text) || !text.includes('the claim says')) {
        fail('the claims ledger shows no verdict table');
      }
      await page.screenshot({ path: path.join(shotsDir, '4-ledger.png'), fullPage: true });
    }

    // 5. Categories: failures grouped as ordering / ratio / errors / discovery issues.
    await page.goto(`${url}#categories`, { waitUntil: 'load' });
    await page.waitForSelector('.tree__content, .pane__title', { timeout: 20_000 });
    await settle(page);
    await expandAll(page);
    await page.screenshot({ path: path.join(shotsDir, '5-categories.png'), fullPage: true });

    if (allAttachments) {
      for (const test of cases) {
        await page.goto(`${url}#testresult/${test.uid}`, { waitUntil: 'load' });
        await page.waitForSelector('.test-result, .pane__title', { timeout: 20_000 });
        await settle(page);
        const opened = await page.evaluate(() => {
          const rows = [...document.querySelectorAll('.attachment-row')];
          rows.forEach((row) => row.click());
          return rows.length;
        });
        await settle(page);
        console.log(`opened ${opened} attachment(s) of "${test.name}"`);
      }
    }
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
  console.log(`screenshots in ${shotsDir}`);
  if (problems.length > 0) {
    console.error(`report check failed: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('report check passed');
}

main().catch((error) => { console.error(error); process.exit(1); });
