// Browser tests of the buyer pages: a real caravan-server with demo data, paying through the real sandbox
// provider caravan-paysim, driven in Debian's Chromium. Every page a scenario visits is photographed in
// English and Simplified Chinese at a desktop and a phone width, and checked with axe-core.
// Usage: node run.mjs <caravan-server> <caravan-paysim> <screenshot-dir> <scenario>
// Exit code 0 = passed.
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, launchBrowser, startPaysim, startServer, stop } from './lib/harness.mjs';
import { expect, fail, watchPage } from './lib/check.mjs';
import { Recorder } from './lib/recorder.mjs';
import basics from './scenarios/basics.mjs';
import finding from './scenarios/finding.mjs';
import buying from './scenarios/buying.mjs';
import afterSale from './scenarios/after_sale.mjs';

const scenarios = { ...basics, ...finding, ...buying, ...afterSale };

const [serverBin, paysimBin, shotDir, scenario] = process.argv.slice(2);
if (!serverBin || !paysimBin || !shotDir || !scenario) {
  console.error('usage: node run.mjs <caravan-server> <caravan-paysim> <screenshot-dir> <scenario>');
  console.error(`scenarios: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
mkdirSync(shotDir, { recursive: true });

const work = mkdtempSync(join(tmpdir(), 'caravan-e2e-'));
let paysim;
let server;
let browser;
let rec;
const problems = [];
let code = 0;
try {
  if (!scenarios[scenario]) fail(`unknown scenario ${scenario}`);
  const port = await freePort();
  paysim = await startPaysim(paysimBin, `http://127.0.0.1:${port}`);
  server = await startServer(serverBin, join(work, 'data'), port, paysim.base);
  browser = await launchBrowser(join(work, 'chromium'));
  const page = await browser.newPage();
  watchPage(page, problems);
  rec = new Recorder(page, server.base, shotDir, scenario);
  const ctx = { base: server.base, server, paysim, rec };
  await scenarios[scenario](page, ctx);
  expect(problems.length === 0, problems.join('\n'));
  rec.assertAccessible();
  console.log(`e2e ${scenario}: passed (${rec.count} pages, ${rec.shots} screenshots, axe-core clean)`);
} catch (err) {
  console.error(`e2e ${scenario}: FAILED\n${err.stack || err}`);
  if (problems.length && !String(err.message).startsWith('console error'))
    console.error(`--- in the browser ---\n${problems.join('\n')}`);
  if (rec && rec.findings.length) {
    try {
      rec.assertAccessible();
    } catch (axeErr) {
      console.error(axeErr.message);
    }
  }
  if (server) console.error(`--- server log ---\n${server.log()}`);
  if (paysim) console.error(`--- sandbox log ---\n${paysim.log()}`);
  code = 1;
} finally {
  if (browser) await browser.close();
  await stop(server?.child);
  await stop(paysim?.child);
  rmSync(work, { recursive: true, force: true });
}
process.exit(code);
