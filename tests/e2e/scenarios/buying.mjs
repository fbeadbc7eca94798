// Checkout into escrow through the sandbox's hosted payment page with each of its test cards: one that
// pays, one that is declined, one that asks for 3-D Secure; a form sent twice places one order.
import { bodyText, expect, expectedErrors } from '../lib/check.mjs';
import {
  CARDS, buyableListings, checkout, fillAddress, newVerifiedBuyer, orderAfterWebhooks, orderIdOf, orderStatus,
  payWithCard, submitToProvider,
} from '../lib/flows.mjs';

const PAID = 'Paid — waiting for the seller to ship';

// From the sandbox's page back on the order page, once the provider's events have reached the server.
async function expectPaid(page, ctx) {
  expect(page.url().startsWith(`${ctx.base}/orders/`), `after paying the browser is on ${page.url()}`);
  const id = orderIdOf(page.url());
  await orderAfterWebhooks(page, ctx, `${ctx.base}/orders/${id}`);
  const status = await orderStatus(page);
  expect(status === PAID, `the paid order shows "${status}"`);
  return id;
}

async function ordersOf(page, ctx) {
  await page.goto(`${ctx.base}/orders`);
  return page.$$eval('table.orders tbody tr', (rows) => rows.map((r) => ({
    title: r.cells[0].textContent.trim(), href: r.querySelector('a').getAttribute('href'), status: r.cells[1].textContent.trim(),
  })));
}

export default {
  // The good card, and the checkout form sent twice at once and once more: one order, one payment page.
  async 'card-success'(page, ctx) {
    const { rec } = ctx;
    await newVerifiedBuyer(page, ctx);
    const [listingId] = await buyableListings(page, ctx, 1);
    await page.goto(`${ctx.base}/listings/${listingId}?to=DE`);
    const title = (await page.textContent('h1')).trim();
    await page.goto(`${ctx.base}/listings/${listingId}/buy`);
    await rec.capture('checkout');
    expect((await bodyText(page)).includes('Germany'), 'checkout does not name the destination');
    await fillAddress(page);
    // A double click: the browser sends the same form twice at once. One request places the order; the
    // other is sent to the same payment page or, while the first still runs, told that the order is
    // being placed (422).
    expectedErrors.push('status of 422');
    const twice = await page.evaluate(async () => {
      const form = document.querySelector('form[action$="/buy"]');
      const send = async () => {
        const r = await fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual' });
        return r.type === 'opaqueredirect' ? 'redirect' : `${r.status} ${(await r.text()).includes('already being placed') ? 'in progress' : ''}`;
      };
      return Promise.all([send(), send()]);
    });
    expect(twice.includes('redirect') && twice.every((t) => t === 'redirect' || t === '422 in progress'),
      `the doubled form was answered ${twice.join(', ')}`);
    // Then once more by a double click on the button, the first request long done: the payment page.
    await submitToProvider(page, 'form[action$="/buy"] button[type=submit]', 'dblclick');
    await page.waitForLoadState('load');
    expect(page.url().startsWith(`${ctx.paysim.base}/pay/`), `the form did not lead to the sandbox's page: ${page.url()}`);
    const payUrl = page.url();
    const orders = await ordersOf(page, ctx);
    expect(orders.length === 1 && orders[0].title === title,
      `the form sent four times placed ${orders.length} orders: ${JSON.stringify(orders)}`);
    expect(orders[0].status === 'Awaiting payment', `the new order is "${orders[0].status}"`);
    await rec.capture('orders awaiting payment');
    await page.click(`a[href="${orders[0].href}"]`);
    await page.waitForLoadState('load');
    await rec.capture('order awaiting payment');

    // "Pay now" on the order goes to the same payment page; the sandbox shows the amount and says SANDBOX.
    await submitToProvider(page, 'form[action$="/pay"] button');
    expect(page.url() === payUrl, `"Pay now" led to ${page.url()}, not to ${payUrl}`);
    const sandboxText = await bodyText(page);
    expect(/EUR/.test(sandboxText), 'the payment page does not show the amount in euros');
    await rec.capture('sandbox payment page');
    await payWithCard(page, CARDS.success);
    const id = await expectPaid(page, ctx);
    expect((await bodyText(page)).includes('Europe/Berlin'), 'the deadlines are not in the buyer\'s time zone');
    await rec.capture('order paid');
    const after = await ordersOf(page, ctx);
    expect(after.length === 1 && after[0].href === `/orders/${id}` && after[0].status === PAID,
      `the orders list after paying: ${JSON.stringify(after)}`);
    await rec.capture('orders paid');
    // The payment page of a paid session says so and leads back.
    await page.goto(payUrl);
    expect((await bodyText(page)).includes('already paid'), 'the paid session\'s page does not say it is paid');
    await rec.capture('sandbox session already paid');
  },

  // A declined card: the sandbox says so, the order says so and waits; the buyer pays again with a good card.
  async 'card-decline'(page, ctx) {
    const { rec } = ctx;
    await newVerifiedBuyer(page, ctx);
    const [listingId] = await buyableListings(page, ctx, 1);
    await checkout(page, ctx, listingId);
    expectedErrors.push('status of 402'); // the sandbox answers a declined card with 402
    await payWithCard(page, CARDS.decline);
    expect(page.url().startsWith(`${ctx.paysim.base}/pay/`), `after the declined card the browser is on ${page.url()}`);
    const declined = await page.textContent('.error');
    expect(declined && declined.includes('declined'), `the sandbox does not say the card was declined: ${declined}`);
    await rec.capture('sandbox card declined');

    // Back to the merchant: the order waits for payment and its timeline says why the payment failed.
    await Promise.all([page.waitForNavigation(), page.click('a:has-text("Cancel and return")')]);
    const id = orderIdOf(page.url());
    await orderAfterWebhooks(page, ctx, `${ctx.base}/orders/${id}`);
    expect((await orderStatus(page)) === 'Awaiting payment', `after a declined card the order is "${await orderStatus(page)}"`);
    const timeline = await page.textContent('.timeline');
    expect(timeline.includes('Payment failed') && timeline.includes('The card was declined.'),
      `the timeline does not tell of the declined card: ${timeline}`);
    await rec.capture('order card declined');

    await submitToProvider(page, 'form[action$="/pay"] button');
    await payWithCard(page, CARDS.success);
    await expectPaid(page, ctx);
    await rec.capture('order paid after decline');
  },

  // A card that asks for 3-D Secure: failing the challenge pays nothing; completing it pays.
  async 'card-challenge'(page, ctx) {
    const { rec } = ctx;
    await newVerifiedBuyer(page, ctx);
    const [listingId] = await buyableListings(page, ctx, 1);
    await checkout(page, ctx, listingId);
    await payWithCard(page, CARDS.challenge);
    expect(/\/pay\/[^/]+\/authenticate$/.test(page.url()), `the challenge card did not ask for 3-D Secure: ${page.url()}`);
    expect((await bodyText(page)).includes('3-D Secure'), 'the challenge page does not say 3-D Secure');
    await rec.capture('sandbox 3-d secure challenge');

    expectedErrors.push('status of 402'); // the sandbox answers a failed challenge with 402
    await Promise.all([page.waitForNavigation(), page.click('button[value=fail]')]);
    const failed = await page.textContent('.error');
    expect(failed && failed.includes('could not be authenticated'), `a failed challenge shows: ${failed}`);
    await rec.capture('sandbox 3-d secure failed');

    await payWithCard(page, CARDS.challenge);
    await Promise.all([page.waitForNavigation(), page.click('button[value=complete]')]);
    await expectPaid(page, ctx);
    await rec.capture('order paid after 3-d secure');
  },
};
