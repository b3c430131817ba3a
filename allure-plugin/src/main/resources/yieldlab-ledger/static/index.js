// yieldlab's claims ledger as the report's first page: a "Claims" tab, first in the menu and where
// the report opens. Its data, data/yieldlab-ledger.json, is written by the plugin's LedgerAggregator
// (the engine's ledger with every check and run linked to its result's uid); in a single-file report it
// is embedded like every other data file. Every text from the results is set as text, never as markup.
(function () {
  'use strict';

  var ROUTE = 'claims';
  var DATA = 'data/yieldlab-ledger.json';
  var SYMBOLS = { passed: '\u2713', failed: '\u2717', broken: '!', aborted: '\u2298', inconclusive: '?' };
  var CHIPS = 4; // checks shown on a claim's line; the others are one click away, in the opened row

  allure.api.addTranslation('en', { tab: { claims: { name: 'Claims' } } });

  // Where the report opens: index.html with no fragment at all (index.html# is still the overview).
  // Replaced before Backbone's history starts (on document ready), so there is no extra history entry.
  if (window.location.href.indexOf('#') < 0) {
    window.location.replace('#' + ROUTE);
  }

  function load() {
    if (!window.reportData) { // a report of several files, served over HTTP
      return fetch(DATA).then(function (response) {
        if (!response.ok) { throw new Error(DATA + ': HTTP ' + response.status); }
        return response.json();
      });
    }
    return new Promise(function (resolve, reject) { // a single file: d(name, base64) filled window.reportData
      (function whenReady() {
        if (window.reportDataReady === false) { setTimeout(whenReady, 30); return; }
        var base64 = window.reportData[DATA];
        if (!base64) { reject(new Error(DATA + ' is not among the data this report embeds')); return; }
        var bytes = Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
        resolve(JSON.parse(new TextDecoder('utf-8').decode(bytes)));
      })();
    });
  }

  /** An element with attributes (null ones left out) and children (strings become text nodes). */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (attributes[name] !== null && attributes[name] !== undefined) { node.setAttribute(name, attributes[name]); }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function badge(judgement, extraClass) {
    return el('span', { 'class': 'yl-verdict yl-' + judgement.verdict + (extraClass ? ' ' + extraClass : '') }, [judgement.label]);
  }

  /** A link to a result of this report, or plain text when the result is not in it. */
  function resultLink(uid, attributes, children) {
    attributes.href = uid ? '#testresult/' + uid : null;
    return el(uid ? 'a' : 'span', attributes, children);
  }

  function chip(check) {
    return resultLink(check.uid, {
      'class': 'yl-chip yl-' + check.status,
      title: check.experiment + ' \u203a ' + check.check + ' (' + check.status + ')'
    }, [(SYMBOLS[check.status] || '') + ' ' + check.check]);
  }

  function evidenceOf(claim) {
    return claim.verdict.evidence.concat(claim.reference ? claim.reference.evidence : []);
  }

  function summaryLine(claim) {
    var evidence = evidenceOf(claim);
    var chips = evidence.slice(0, CHIPS).map(chip);
    if (evidence.length > CHIPS) { chips.push(el('span', { 'class': 'yl-more' }, ['+' + (evidence.length - CHIPS) + ' more'])); }
    if (evidence.length === 0) { chips.push(el('span', { 'class': 'yl-none' }, ['no check ran'])); }
    return el('summary', { 'class': 'yl-line' }, [
      el('span', { 'class': 'yl-id' }, [claim.claim]),
      el('span', { 'class': 'yl-verdicts' }, [badge(claim.verdict),
        claim.reference ? el('span', { 'class': 'yl-original', title: 'the post\'s own code, rerun here' },
          ['original: ', badge(claim.reference, 'yl-small')]) : null]),
      el('span', { 'class': 'yl-sentence', title: claim.sentence }, [claim.sentence]),
      el('span', { 'class': 'yl-evidence' }, chips)
    ]);
  }

  function judgementBlock(title, judgement) {
    return el('div', { 'class': 'yl-judgement' }, [
      el('p', {}, [el('b', {}, [title]), ' ', badge(judgement), ' ', judgement.reason]),
      judgement.findings.length ? el('ul', { 'class': 'yl-findings' },
        judgement.findings.map(function (finding) { return el('li', {}, [finding]); })) : null,
      el('ul', { 'class': 'yl-checks' }, judgement.evidence.map(function (check) {
        var runs = check.runs.map(function (run, i) {
          return el('span', {}, [i ? ', ' : null, resultLink(run.uid, { 'class': 'yl-run' }, [run.label])]);
        });
        return el('li', {}, [
          el('span', { 'class': 'yl-status yl-' + check.status }, [check.status]), ' ', check.experiment, ' \u203a ',
          resultLink(check.uid, { 'class': 'yl-check' }, [check.check]),
          el('div', { 'class': 'yl-scopes' }, check.scopes.map(function (scope) { return el('div', {}, [scope]); })),
          runs.length ? el('div', { 'class': 'yl-reads' }, ['reads: '].concat(runs)) : null,
          el('code', {}, [check.location])
        ]);
      }))
    ]);
  }

  function row(claim) {
    return el('details', { 'class': 'yl-row', 'data-claim': claim.claim }, [
      summaryLine(claim),
      el('div', { 'class': 'yl-detail' }, [
        el('p', { 'class': 'yl-full' }, [claim.sentence]),
        judgementBlock('yieldlab:', claim.verdict),
        claim.reference ? judgementBlock('the original code, rerun here:', claim.reference) : null
      ])
    ]);
  }

  function ledgerSection(ledger) {
    return el('section', { 'class': 'yl-ledger', 'data-machine': ledger.machine }, [
      el('div', { 'class': 'yl-head' }, ledger.counts.map(function (count) {
        return el('span', { 'class': 'yl-count yl-' + count.verdict + (count.count ? '' : ' yl-zero') },
          [String(count.count) + ' ' + count.label]);
      }).concat([el('span', { 'class': 'yl-machine' }, ['on ', el('b', {}, [ledger.machine]), ' (' + ledger.machineDescription + ')'])])),
      el('div', { 'class': 'yl-rows' }, ledger.claims.map(row))
    ]);
  }

  function page(data) {
    var problems = data.problems.map(function (problem) { return el('p', { 'class': 'yl-problem' }, [problem]); });
    var ledgers = data.ledgers.map(ledgerSection);
    if (ledgers.length === 0 && problems.length === 0) {
      ledgers.push(el('p', { 'class': 'yl-problem' }, ['These results have no claims ledger: the yieldlab engine'
        + ' writes yieldlab-ledger.json beside them at the end of a test run with Allure\'s listener.']));
    }
    return el('div', {}, [
      el('div', { 'class': 'pane__header' }, [el('h2', { 'class': 'pane__title' }, ['Claims ledger'])]),
      el('p', { 'class': 'yl-hint' }, ['Each claim of the post, the verdict of the checks that bear on it, and'
        + ' those checks: a check opens its result (its steps, the runs it read, their timelines); a claim'
        + ' opens its reasons and the runs.'])
    ].concat(problems, ledgers));
  }

  class ClaimsView extends Backbone.Marionette.View {
    className() { return 'yl-claims'; }
    template() { return '<p class="yl-hint">Reading the claims ledger\u2026</p>'; }
    onRender() {
      var root = this.el;
      load().then(function (data) {
        root.replaceChildren(page(data));
      }, function (error) {
        root.replaceChildren(el('p', { 'class': 'yl-problem' }, ['The claims ledger could not be read: ' + error.message]));
      });
    }
  }

  class ClaimsLayout extends allure.components.AppLayout {
    getContentView() { return new ClaimsView(); }
  }

  allure.api.addTab(ROUTE, {
    title: 'tab.claims.name', icon: 'fa fa-balance-scale', route: ROUTE,
    onEnter: function () { return new ClaimsLayout(); }
  });
  // First in the menu: tabs are listed in the order they were added, Allure's own first.
  allure.api.tabs.unshift(allure.api.tabs.pop());
})();
