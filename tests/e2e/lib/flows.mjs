// Steps several scenarios share: accounts, finding something to buy, checkout and the sandbox's pages,
// and what the seller and the carrier do (through the server's JSON API and the sandbox's control API,
// the routes the seller app and the tracking provider use).
import { expect, bodyText } from './check.mjs';
import { waitForLink } from './mail.mjs';
import { PAYSIM_KEY } from './harness.mjs';
import { randomInt } from 'node:crypto';

export const DEMO_PASSWORD = 'caravan-demo-2026';
export const CARDS = {
  success: '4242424242424242',
  decline: '4000000000000002',
  challenge: '4000002760003184',
};

let counter = 0;
export function uniqueEmail(prefix) {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}@example.org`;
}

async function submit(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

// `rec` (a Recorder) captures the pages on the way; without it the steps only run.
export async function register(page, ctx, { email, name, country = 'DE', password }, rec) {
  await page.goto(`${ctx.base}/register`);
  if (rec) await rec.capture('register');
  await page.fill('#email', email);
  await page.fill('#display_name', name);
  await page.selectOption('#country', country);
  await page.fill('#password', password);
  await submit(page, 'form[action="/register"] button[type=submit]');
  expect(page.url().endsWith('/register/check-email'), `after registering the browser is on ${page.url()}`);
  if (rec) await rec.capture('register check email');
}

export async function signIn(page, ctx, email, password, rec) {
  await page.goto(`${ctx.base}/signin`);
  if (rec) await rec.capture('sign in');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await submit(page, 'form[action="/signin"] button[type=submit]');
}

// Follows the link of the verification mail and presses its button.
export async function verifyByMail(page, ctx, email, rec) {
  const link = await waitForLink(ctx.server.mailDir, email, '/verify-email?token=');
  expect(link.startsWith(ctx.base), `the verification link ${link} does not lead to the server ${ctx.base}`);
  await page.goto(link);
  if (rec) await rec.capture('verify email');
  await submit(page, 'form[action="/verify-email"] button[type=submit]');
}

// A new buyer in Germany whose address is confirmed, signed in in this browser.
export async function newVerifiedBuyer(page, ctx, name = 'Erika Example') {
  const email = uniqueEmail('buyer');
  const password = 'a-long-and-uncommon-passphrase';
  await register(page, ctx, { email, name, password });
  await signIn(page, ctx, email, password);
  await verifyByMail(page, ctx, email);
  expect(page.url().includes('/account'), `after confirming the address the browser is on ${page.url()}`);
  return { email, password, name };
}

// A demo seller none of the demo's own orders buy from: their listings are all for sale.
export const SELLER = { email: 'minjun.kim@demo.caravan', name: 'Minjun Kim', country: 'KR' };

// The listings of SELLER that ship to Germany, found through the search filters; returns the ids of the
// first `count` that can be bought now.
export async function buyableListings(page, ctx, count) {
  await page.goto(`${ctx.base}/?from=${SELLER.country}&ships=1&sort=newest`);
  const links = await page.$$eval('.cards a[href^="/listings/"]', (as) => as.map((a) => a.getAttribute('href')));
  const found = [];
  for (const href of links) {
    await page.goto(`${ctx.base}${href}?to=DE`);
    if (await page.$(`a[href="${href}/buy"]`)) found.push(href.split('/').pop());
    if (found.length === count) return found;
  }
  throw new Error(`only ${found.length} listing(s) of ${SELLER.email} can be bought (wanted ${count})`);
}

// Sends a form whose answer redirects to the provider's payment page (checkout, "Pay now"). A browser
// refuses that redirect when the page's Content-Security-Policy form-action does not allow the provider.
export async function submitToProvider(page, selector, how = 'click') {
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  try {
    if (how === 'dblclick') {
      // Two submissions: the browser drops the first navigation for the second (ERR_ABORTED, depending on
      // timing), so wait for where the page ends up rather than for one navigation.
      const start = page.url();
      await page.dblclick(selector);
      const deadline = Date.now() + 30000;
      while (page.url() === start && Date.now() < deadline) await page.waitForTimeout(100);
      if (page.url() === start) throw new Error('the page stayed where it was');
      await page.waitForLoadState('load');
    } else {
      await Promise.all([page.waitForNavigation(), page.click(selector)]);
    }
  } catch (err) {
    throw new Error(`the browser did not follow the form to the payment provider (${err.message.split('\n')[0]}); ` +
      `the form's page has Content-Security-Policy: ${csp}`);
  }
}

// Fills the checkout form of `listingId` (address to Germany) and sends it: the browser lands on the
// sandbox's payment page.
export async function checkout(page, ctx, listingId, rec) {
  await page.goto(`${ctx.base}/listings/${listingId}/buy`);
  if (rec) await rec.capture('checkout');
  await fillAddress(page);
  await submitToProvider(page, 'form[action$="/buy"] button[type=submit]', 'click');
  expect(page.url().startsWith(`${ctx.paysim.base}/pay/`), `checkout did not lead to the sandbox's page but to ${page.url()}`);
}

export async function fillAddress(page) {
  await page.fill('#ship_name', 'Erika Example');
  await page.fill('#ship_line1', 'Hauptstrasse 1');
  await page.fill('#ship_city', 'Berlin');
  await page.fill('#ship_postal_code', '10115');
}

// Pays on the sandbox's hosted page with a test card.
export async function payWithCard(page, card) {
  expect((await bodyText(page)).includes('SANDBOX'), 'the payment page does not say SANDBOX');
  await page.fill('#card_number', card);
  await page.fill('#card_expiry', '12/34');
  await page.fill('#card_cvc', '123');
  await page.fill('#card_name', 'Erika Example');
  await submit(page, 'form[action^="/pay/"] button[type=submit]');
}

// The order page the browser is on, once the sandbox's webhooks have reached the server.
export async function orderAfterWebhooks(page, ctx, orderUrl) {
  await sandboxPost(ctx, '/sandbox/webhooks/flush?timeout_ms=20000');
  await page.goto(orderUrl);
}

export function orderIdOf(url) {
  const m = new URL(url).pathname.match(/^\/orders\/([^/]+)$/);
  expect(m, `${url} is not an order page`);
  return m[1];
}

export async function orderStatus(page) {
  return ((await page.textContent('.status')) || '').trim();
}

// --- the sandbox's control API and the server's JSON API, as the carrier and the seller app use them ---

export async function sandboxPost(ctx, path, form = {}) {
  const r = await fetch(`${ctx.paysim.base}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${PAYSIM_KEY}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  const text = await r.text();
  expect(r.ok, `sandbox ${path} answered ${r.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

export async function apiSignIn(ctx, email, password = DEMO_PASSWORD) {
  const r = await fetch(`${ctx.base}/api/v1/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password, device_name: 'e2e seller app' }),
  });
  const body = await r.json();
  expect(r.status === 201, `API sign-in of ${email} answered ${r.status}: ${JSON.stringify(body)}`);
  return body.token;
}

export async function api(ctx, token, method, path, body) {
  const r = await fetch(`${ctx.base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await r.text();
  expect(r.ok, `${method} ${path} answered ${r.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

// The seller ships the order (as the seller app does), then the carrier reports it delivered through the
// sandbox's tracker, whose webhook moves the order to delivered.
export async function shipAndDeliver(ctx, orderId) {
  const token = await apiSignIn(ctx, SELLER.email);
  const shipment = { carrier: 'KoreaPost', tracking_number: `EE${randomInt(100000000, 999999999)}KR` };
  await api(ctx, token, 'POST', `/api/v1/orders/${orderId}/ship`, shipment);
  // The same tracking code and carrier give the tracker the server registered (EasyPost's behaviour).
  const r = await fetch(`${ctx.paysim.base}/v2/trackers`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${PAYSIM_KEY}:`).toString('base64')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ tracker: { tracking_code: shipment.tracking_number, carrier: shipment.carrier } }),
  });
  const tracker = await r.json();
  expect(r.ok && tracker.id, `the sandbox's tracker: ${JSON.stringify(tracker)}`);
  await sandboxPost(ctx, `/sandbox/trackers/${tracker.id}/events`,
    { status: 'delivered', status_detail: 'arrived_at_destination', message: 'Delivered to the recipient' });
  await sandboxPost(ctx, '/sandbox/webhooks/flush?timeout_ms=20000');
  return shipment;
}
