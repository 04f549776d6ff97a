// Lighthouse (mobile preset, its defaults) against every public page a resident meets, on a running portal.
// Started by scripts/lighthouse.sh, which installs Lighthouse 12.2.3 into scripts/lighthouse/node_modules (git-ignored),
// starts the production jar and passes its address. Prints one table and exits 1 when a page misses a goal.
//
//   node scripts/lighthouse/run.mjs http://localhost:8080/ [runs-per-page] [report-folder]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

const base = (process.argv[2] || 'http://localhost:8080/').replace(/\/?$/, '/');
const runs = Number(process.argv[3] || 1);
const reports = process.argv[4] || null;
const chromePath = process.env.CHROMIUM || '/usr/bin/chromium';
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const GOALS = { performance: 90, lcp: 2500, tbt: 200, cls: 0.1, accessibility: 100, 'best-practices': 100, seo: 100 };

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
try {
  const pages = [
    ['start page', ''],
    ['list of proposals', 'forslag'],
    ['a proposal', publishedProposal],
    ['submit form', 'forslag/nytt'],
    ['Demokratipriset', 'demokratipriset'],
    ['nomination form', 'demokratipriset/nominera'],
    ['Mina inskick', 'mina-inskick'],
    ['confirmation link', 'forslag/bekrafta/lighthouse-demo-link'],
  ];
  const only = process.env.LH_PAGES ? new RegExp(process.env.LH_PAGES) : null;
  const rows = [];
  for (const [name, page] of pages.filter(([name, route]) => !only || only.test(name) || (typeof route === "string" && only.test(route)))) {
    const route = typeof page === 'function' ? await page() : page;
    const results = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(base + route, { port: chrome.port, output: 'html', logLevel: 'error' });
      results.push(result);
    }
    // the median run by performance score
    results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const { lhr, report } = results[Math.floor(results.length / 2)];
    if (reports) {
      fs.mkdirSync(reports, { recursive: true });
      fs.writeFileSync(path.join(reports, (route || 'start').replaceAll('/', '_') + '.html'), report);
    }
    rows.push(row(name, route, lhr));
    console.error(`measured /${route}`);
  }
  print(rows);
  const missed = rows.flatMap(r => r.missed.map(m => `${r.name}: ${m}`));
  if (missed.length) {
    console.log(`\n${missed.length} goal(s) missed:\n  ` + missed.join('\n  '));
    process.exitCode = 1;
  } else {
    console.log('\nEvery page meets every goal.');
  }
} finally {
  await chrome.kill();
}

/** The address of a published proposal, read from the list as a resident's browser shows it. */
async function publishedProposal() {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  try {
    const page = await browser.newPage();
    await page.goto(base + 'forslag', { waitUntil: 'networkidle0' });
    const href = await page.waitForFunction(
      () => [...document.querySelectorAll('a[href*="forslag/HF-"]')].map(a => a.getAttribute('href'))[0],
      { timeout: 30000 });
    await page.close();
    return (await href.jsonValue()).replace(/^\//, '');
  } finally {
    browser.disconnect();
  }
}

function row(name, route, lhr) {
  const audit = id => lhr.audits[id].numericValue;
  const score = id => Math.round(lhr.categories[id].score * 100);
  const r = {
    name, route,
    performance: score('performance'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    fcp: audit('first-contentful-paint'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
  r.missed = [];
  if (r.performance < GOALS.performance) r.missed.push(`performance ${r.performance} < ${GOALS.performance}`);
  if (r.lcp > GOALS.lcp) r.missed.push(`LCP ${seconds(r.lcp)} > ${seconds(GOALS.lcp)}`);
  if (r.tbt > GOALS.tbt) r.missed.push(`TBT ${Math.round(r.tbt)} ms > ${GOALS.tbt} ms`);
  if (r.cls > GOALS.cls) r.missed.push(`CLS ${r.cls.toFixed(3)} > ${GOALS.cls}`);
  for (const c of ['accessibility', 'best-practices', 'seo']) {
    if (r[c] < GOALS[c]) {
      const failing = Object.values(lhr.categories[c].auditRefs)
        .filter(ref => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map(ref => ref.id);
      r.missed.push(`${c} ${r[c]} < ${GOALS[c]} (${failing.join(', ')})`);
    }
  }
  return r;
}

function seconds(ms) {
  return (ms / 1000).toFixed(1) + ' s';
}

function print(rows) {
  console.log(`\nLighthouse ${lighthouseVersion()}, mobile preset (simulated slow 4G, 4x CPU slowdown), ${runs} run(s) `
    + `per page (median by performance), ${new Date().toISOString()}, load average ${os.loadavg().map(l => l.toFixed(1)).join(' ')}\n`);
  console.log('| page | performance | LCP | TBT | CLS | FCP | accessibility | best practices | SEO |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const page = `${r.name} (\`/${r.route.replace(/HF-[\w-]+/, 'HF-…')}\`)`;
    console.log(`| ${page} | ${r.performance} | ${seconds(r.lcp)} | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | `
      + `${seconds(r.fcp)} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} |`);
  }
  console.log(`\nLighthouse's benchmark index of this machine (higher is faster): `
    + rows.map(r => Math.round(r.benchmarkIndex)).join(', '));
}

function lighthouseVersion() {
  const pkg = new URL('./node_modules/lighthouse/package.json', import.meta.url);
  return JSON.parse(fs.readFileSync(pkg, 'utf8')).version;
}
