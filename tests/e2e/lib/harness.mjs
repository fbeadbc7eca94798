// The programs under test: a real caravan-server with the demo data, paying through the real sandbox
// provider caravan-paysim, both on loopback, each in a fresh data folder; and Debian's Chromium.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const PAYSIM_KEY = 'sk_test_caravan_e2e';
const WEBHOOK_SECRET = 'whsec_caravan_e2e';
const TRACKING_SECRET = 'tracking_caravan_e2e';

// A free loopback port for the server: the sandbox needs the server's address for its webhooks before
// the server starts, and the server the sandbox's for its API.
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// Starts `bin args`, collects its output and resolves with the first match of `pattern` in it.
function spawnAndWait(name, bin, args, pattern) {
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not report its port:\n${log}`));
    }, 60000);
    const onData = (chunk) => {
      log += chunk.toString();
      const m = log.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`${name} (${bin}) could not be started: ${err.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}):\n${log}`));
    });
  });
  return { child, ready, log: () => log };
}

export async function startPaysim(paysimBin, serverUrl) {
  const p = spawnAndWait('caravan-paysim', paysimBin, [
    '--port', '0', '--api-key', PAYSIM_KEY, '--retry-base-ms', '100',
    '--webhook-url', `${serverUrl}/api/v1/webhooks/payments`, '--webhook-secret', WEBHOOK_SECRET,
    '--tracking-webhook-url', `${serverUrl}/api/v1/webhooks/tracking`, '--tracking-webhook-secret', TRACKING_SECRET,
  ], /listening on (http:\/\/\S+)/);
  const [, base] = await p.ready;
  return { child: p.child, base, log: p.log };
}

export async function startServer(serverBin, dataDir, port, paysimBase) {
  // Password hashing at OWASP's floor (not the production defaults): the demo seeds many accounts.
  mkdirSync(dataDir, { recursive: true });
  const config = join(dataDir, 'test.properties');
  writeFileSync(config, [
    'password.opslimit = 2',
    'password.memlimit_mib = 19',
    `server.public_url = http://127.0.0.1:${port}`,
    `payments.api_base = ${paysimBase}`,
    `payments.secret_key = ${PAYSIM_KEY}`,
    `payments.webhook_secret = ${WEBHOOK_SECRET}`,
    `tracking.api_base = ${paysimBase}`,
    `tracking.api_key = ${PAYSIM_KEY}`,
    `tracking.webhook_secret = ${TRACKING_SECRET}`,
    'mail.transport = file',
    '',
  ].join('\n'));
  const s = spawnAndWait('caravan-server', serverBin,
    ['--port', String(port), '--data-dir', dataDir, '--config', config, '--demo'],
    /event=listening\b.*?\bport=(\d+)/);
  try {
    await s.ready;
    // The demo's orders are paid through the sandbox once the server listens: wait for them.
    await waitFor(() => /event=demo_orders(_failed)?\b/.test(s.log()), 'the demo orders', s.log);
    // The scenarios buy from a seller the demo's orders leave alone, so a failed demo order (the server's
    // escrow timer may race the seeding of orders dated in the past) is reported, not fatal.
    const failed = s.log().match(/^.*event=demo_orders_failed.*$/m);
    if (failed) console.error(`note: ${failed[0]}`);
  } catch (err) {
    await stop(s.child);
    throw err;
  }
  return { child: s.child, base: `http://127.0.0.1:${port}`, log: s.log, mailDir: join(dataDir, 'mail') };
}

async function waitFor(condition, what, log) {
  for (let i = 0; i < 600; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}:\n${log()}`);
}

export async function launchBrowser(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Stops a child process started here and waits for it to end.
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
  await ended;
  clearTimeout(timer);
}
