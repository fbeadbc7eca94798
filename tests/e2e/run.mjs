// Browser tests of the buyer pages: a real caravan-server with demo data, driven in Debian's Chromium.
// Usage: node run.mjs <caravan-server> <screenshot-dir> <scenario>
// Scenarios: browse, account, escaping, language, csp. Exit code 0 = passed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [serverBin, shotDir, scenario] = process.argv.slice(2);
if (!serverBin || !shotDir || !scenario) {
  console.error('usage: node run.mjs <caravan-server> <screenshot-dir> <scenario>');
  process.exit(2);
}
mkdirSync(shotDir, { recursive: true });
const PASSWORD = 'caravan-demo-2026';

function fail(message) {
  throw new Error(message);
}
function expect(condition, message) {
  if (!condition) fail(message);
}

async function startServer(dataDir) {
  // Password hashing at OWASP's floor (not the production defaults): the demo seeds many accounts.
  mkdirSync(dataDir, { recursive: true });
  const config = join(dataDir, 'test.properties');
  writeFileSync(config, 'password.opslimit = 2\npassword.memlimit_mib = 19\n');
  const child = spawn(serverBin, ['--port', '0', '--data-dir', dataDir, '--config', config, '--demo'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not report its port:\n${log}`)), 60000);
    const onData = (chunk) => {
      log += chunk.toString();
      const m = log.match(/event=listening\b.*?\bport=(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${log}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, log: () => log };
}

async function launchBrowser(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Fails on any console error or CSP violation: the pages use no inline script or style.
// Resource errors a scenario provokes on purpose (e.g. the 403 of a request without CSRF token).
const expectedErrors = [];
function watchPage(page, problems) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !expectedErrors.some((e) => msg.text().includes(e)))
      problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`unexpected dialog (script ran): ${dialog.message()}`);
    await dialog.dismiss();
  });
}

async function imagesLoaded(page) {
  return page.$$eval('img', (imgs) => imgs.map((i) => ({ src: i.src, ok: i.complete && i.naturalWidth > 0 })));
}

async function register(page, base, email, name, password) {
  await page.goto(`${base}/register`);
  await page.fill('#email', email);
  await page.fill('#display_name', name);
  await page.selectOption('#country', 'DE');
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/register"] button[type=submit]')]);
  // Registering asks to confirm the address by mail (the server tests follow the mailed link); an account
  // whose address is not confirmed yet may sign in and see its account page.
  expect(page.url().endsWith('/register/check-email'), `after registering the browser is on ${page.url()}`);
  await page.goto(`${base}/signin`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/signin"] button[type=submit]')]);
}

const scenarios = {
  async browse(page, base) {
    const resp = await page.goto(`${base}/`);
    expect(resp.status() === 200, `home page answered ${resp.status()}`);
    const headers = resp.headers();
    expect((headers['content-security-policy'] || '').includes("script-src 'self'"), 'CSP header missing');
    expect(headers['x-content-type-options'] === 'nosniff', 'nosniff header missing');
    const links = await page.$$eval('a[href^="/listings/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    expect(links.length >= 20, `home page lists ${links.length} listings, expected at least 20`);
    // Photos are lazy-loaded: scroll through the page so every one is requested.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await page.waitForLoadState('networkidle');
    const imgs = await imagesLoaded(page);
    expect(imgs.length >= 20, `home page shows ${imgs.length} photos`);
    const broken = imgs.filter((i) => !i.ok);
    expect(broken.length === 0, `broken photos: ${broken.map((b) => b.src).join(', ')}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shotDir, 'web-home.png'), fullPage: false });

    await page.goto(`${base}${links[0]}`);
    const listingImgs = await imagesLoaded(page);
    expect(listingImgs.length >= 1 && listingImgs.every((i) => i.ok), 'listing page photos did not load');
    const title = await page.textContent('h1');
    expect(title && title.trim().length > 3, 'listing page has no title');
    await page.screenshot({ path: join(shotDir, 'web-listing.png'), fullPage: false });
  },

  async account(page, base) {
    const email = `e2e-${Date.now()}@example.org`;
    await register(page, base, email, 'Erika Example', 'a-long-and-uncommon-passphrase');
    expect(page.url().endsWith('/account'), `after registering and signing in the browser is on ${page.url()}`);
    const accountText = await page.textContent('body');
    expect(accountText.includes('Erika Example'), `account page does not show the new user:\n${accountText}`);
    const cookies = await page.context().cookies(base);
    const session = cookies.find((c) => c.httpOnly);
    expect(session && session.sameSite === 'Lax', 'session cookie is not HttpOnly + SameSite=Lax');
    await page.screenshot({ path: join(shotDir, 'web-account.png') });

    await Promise.all([page.waitForNavigation(), page.click('form[action="/signout"] button')]);
    await page.goto(`${base}/signin`);
    await page.fill('#email', email);
    await page.fill('#password', 'not-the-password-at-all');
    expectedErrors.push('status of 401'); // the sign-in page answers a wrong password with 401
    await Promise.all([page.waitForNavigation(), page.click('form[action="/signin"] button[type=submit]')]);
    expect(await page.$('.error'), 'a wrong password shows no error');
    expect(!page.url().endsWith('/account'), 'a wrong password signed the user in');

    await page.fill('#email', 'mei.tanaka@demo.caravan');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/signin"] button[type=submit]')]);
    expect(page.url().endsWith('/account'), `demo seller sign-in ended on ${page.url()}`);
    expect((await page.textContent('body')).includes('Mei Tanaka'), 'demo seller not shown as signed in');
  },

  async escaping(page, base) {
    const email = `xss-${Date.now()}@example.org`;
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await register(page, base, email, evil, 'another-long-uncommon-passphrase');
    const body = await page.textContent('body');
    expect(body.includes('<script>alert(2)</script>'), 'the display name was not shown as text');
    expect((await page.$$('img[src="x"]')).length === 0, 'injected markup became an element');
  },

  async language(page, base) {
    await page.goto(`${base}/?lang=zh_CN`);
    const lang = await page.getAttribute('html', 'lang');
    expect(lang && lang.toLowerCase().startsWith('zh'), `html lang is ${lang}`);
    const text = await page.textContent('body');
    expect(/[\u4e00-\u9fff]/.test(text), 'no Chinese text on the zh_CN home page');
    await page.screenshot({ path: join(shotDir, 'web-home-zh_CN.png') });
  },

  async csp(page, base) {
    // A form posted without its CSRF token is refused and changes nothing.
    await page.goto(`${base}/signin`);
    expectedErrors.push('status of 403');
    const status = await page.evaluate(async () => {
      const r = await fetch('/signin', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'email=mei.tanaka%40demo.caravan&password=caravan-demo-2026' });
      return r.status;
    });
    expect(status === 403, `sign-in POST without CSRF token answered ${status}`);
    const inlineScripts = await page.$$eval('script:not([src])', (s) => s.length);
    expect(inlineScripts === 0, 'the page carries inline script');
  },
};

const work = mkdtempSync(join(tmpdir(), 'caravan-e2e-'));
let server;
let browser;
let code = 0;
try {
  if (!scenarios[scenario]) fail(`unknown scenario ${scenario}`);
  server = await startServer(join(work, 'data'));
  browser = await launchBrowser(join(work, 'chromium'));
  const page = await browser.newPage();
  const problems = [];
  watchPage(page, problems);
  await scenarios[scenario](page, server.base);
  expect(problems.length === 0, problems.join('\n'));
  console.log(`e2e ${scenario}: passed`);
} catch (err) {
  console.error(`e2e ${scenario}: FAILED\n${err.stack || err}`);
  if (server) console.error(`--- server log ---\n${server.log()}`);
  code = 1;
} finally {
  if (browser) await browser.close();
  if (server) server.child.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.exit(code);
