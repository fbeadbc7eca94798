// After paying: the seller ships, the carrier delivers, the buyer confirms receipt and reviews; buyer and
// seller write to each other about a listing and about an order.
import { fileURLToPath } from 'node:url';
import { bodyText, expect } from '../lib/check.mjs';
import {
  CARDS, DEMO_PASSWORD, SELLER, api, apiSignIn, buyableListings, checkout, newVerifiedBuyer, orderAfterWebhooks,
  orderIdOf, orderStatus, payWithCard, shipAndDeliver, signIn,
} from '../lib/flows.mjs';

// A paid order of a new buyer; returns its id and the listing's.
async function paidOrder(page, ctx) {
  const buyer = await newVerifiedBuyer(page, ctx);
  const [listingId] = await buyableListings(page, ctx, 1);
  await checkout(page, ctx, listingId);
  await payWithCard(page, CARDS.success);
  const id = orderIdOf(page.url());
  await orderAfterWebhooks(page, ctx, `${ctx.base}/orders/${id}`);
  expect((await orderStatus(page)).startsWith('Paid'), `the order is "${await orderStatus(page)}" after paying`);
  return { buyer, id, listingId };
}

async function send(page, selector, text) {
  await page.fill(`${selector} textarea`, text);
  await Promise.all([page.waitForNavigation(), page.click(`${selector} button[type=submit]`)]);
}

async function signOut(page) {
  await Promise.all([page.waitForNavigation(), page.click('form[action="/signout"] button')]);
}

export default {
  async 'receipt-review'(page, ctx) {
    const { rec, base } = ctx;
    const { id } = await paidOrder(page, ctx);
    const orderUrl = `${base}/orders/${id}`;

    // The seller ships (the seller app's API call) and the carrier reports the parcel delivered.
    const shipment = await shipAndDeliver(ctx, id);
    await page.goto(orderUrl);
    expect((await orderStatus(page)) === 'Delivered — inspection period', `the delivered order is "${await orderStatus(page)}"`);
    expect((await page.textContent('.facts')).includes(shipment.tracking_number), 'the order does not show the tracking number');
    // Every deadline shown has its time: no label without a value.
    const facts = await page.$$eval('.facts dt', (dts) => dts.map((dt) => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]));
    const empty = facts.filter(([, value]) => value === '').map(([label]) => label);
    expect(empty.length === 0, `the order page shows labels without a value: ${empty.join(', ')}`);
    // The buyer's local time: Germany has more than one zone in the data, so the page offers a choice.
    await page.selectOption('#tz', 'Europe/Berlin');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/orders/' + id + '"] button[type=submit]')]);
    expect((await page.textContent('.facts')).includes('(Europe/Berlin)'), 'the release time is not in the chosen time zone');
    const timeline = await page.textContent('.timeline');
    expect(timeline.includes('Shipped') && timeline.includes('Delivered'), `the timeline misses a step: ${timeline}`);
    await rec.capture('order delivered');

    // "Report a problem" offers the dispute form with its reasons (not sent here: the order completes below).
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/orders/${id}/problem"]`)]);
    expect((await page.$$('input[name=reason]')).length === 4, 'the dispute form does not offer the four reasons');
    await rec.capture('report a problem');

    // Confirming receipt releases the money; the form sent twice does it once.
    await page.goto(orderUrl);
    await Promise.all([page.waitForNavigation(), page.dblclick('form[action$="/confirm"] button')]);
    expect((await orderStatus(page)) === 'Completed', `after confirming the order is "${await orderStatus(page)}"`);
    expect(!(await page.$('form[action$="/confirm"]')), 'a completed order still offers to confirm receipt');
    expect(!(await page.$('form[action$="/cancel"]')), 'a completed order still offers to cancel');
    await rec.capture('order completed');

    // The review: blind until the seller has written theirs.
    await page.check('input[name=rating][value="5"]');
    await send(page, 'form[action$="/review"]', 'Well packed, exactly as described. 谢谢!');
    expect(page.url().includes('notice=review_saved'), `after reviewing the browser is on ${page.url()}`);
    const review = await page.textContent('#review');
    expect(review.includes('Your review') && review.includes('Well packed'), `the review is not shown: ${review}`);
    expect(review.includes('published when the seller has written theirs'), 'the review is not said to be blind');
    expect(!(await page.$('form[action$="/review"]')), 'the review form is still offered');
    await rec.capture('order reviewed');

    // Blind: not on the seller's profile yet.
    await page.goto(`${base}/?from=${SELLER.country}`);
    await page.goto(`${base}${await page.getAttribute('.cards a', 'href')}`);
    await page.goto(`${base}${await page.getAttribute('.facts a[href^="/sellers/"]', 'href')}`);
    expect(!(await bodyText(page)).includes('Well packed'), 'a blind review is already public');
  },

  async messages(page, ctx) {
    const { rec, base } = ctx;
    const { buyer, id } = await paidOrder(page, ctx);

    // About the order, from the order page.
    await send(page, `form[action="/orders/${id}/messages"]`, 'Hello! Could you pack it with extra padding?\nThank you.');
    expect(/\/messages\/[^/#]+/.test(page.url()), `the order message did not open its thread: ${page.url()}`);
    const lines = await page.$$eval('.message-list .message p:not(.message-meta)', (ps) => ps.map((p) => p.textContent));
    expect(lines.includes('Hello! Could you pack it with extra padding?') && lines.includes('Thank you.'),
      `the message's lines are not kept: ${JSON.stringify(lines)}`);
    await rec.capture('order thread');

    // A question before buying, from another listing's page.
    const [, other] = await buyableListings(page, ctx, 2);
    await page.goto(`${base}/listings/${other}`);
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/listings/${other}/ask"]`)]);
    await rec.capture('ask the seller');
    await send(page, `form[action="/listings/${other}/ask"]`, 'Is the <b>box</b> included?');
    expect((await bodyText(page)).includes('Is the <b>box</b> included?'), 'the question is not shown as written');
    await page.goto(`${base}/messages`);
    expect((await page.$$('.threads li')).length === 2, 'the buyer does not have two threads');
    await rec.capture('messages');

    // The seller reads both (each marked unread) and answers the question.
    await signOut(page);
    await signIn(page, ctx, SELLER.email, DEMO_PASSWORD);
    await page.goto(`${base}/messages`);
    const unread = await page.$$('.threads li.unread');
    expect(unread.length >= 2, `the seller sees ${unread.length} unread threads`);
    const badgeEl = await page.$('.account-nav .badge');
    const sellerBadge = badgeEl ? await badgeEl.textContent() : '';
    expect(Number(sellerBadge.trim()) >= 2, `the seller's header shows "${sellerBadge}" unread`);
    await Promise.all([page.waitForNavigation(), page.click('.threads li.unread a >> nth=0')]);
    const threadUrl = page.url();
    await send(page, 'form#latest', 'Yes, the original box is included.');
    expect(page.url().startsWith(threadUrl.split('#')[0]), `the reply left the thread: ${page.url()}`);
    await rec.capture('seller thread reply');

    // Back as the buyer: one unread answer.
    await signOut(page);
    await signIn(page, ctx, buyer.email, buyer.password);
    const badge = await page.textContent('.account-nav .badge');
    expect(badge && badge.trim() === '1', `the buyer's header shows "${badge}" unread`);
    await page.goto(`${base}/messages`);
    await Promise.all([page.waitForNavigation(), page.click('.threads li.unread a')]);
    expect((await bodyText(page)).includes('Yes, the original box is included.'), 'the buyer does not see the answer');
    const still = await page.$('.account-nav .badge');
    expect(!still, `the thread is still unread after opening it: ${still && await page.innerHTML('.account-nav')} ${page.url()}`);
  },

  // A dispute: the buyer reports the item not as described, the seller offers part of the money back (the
  // seller app's API call), the buyer accepts on the web with a double click, and the order ends split.
  async dispute(page, ctx) {
    const { rec, base } = ctx;
    const { id, listingId } = await paidOrder(page, ctx);

    // The listing can be reported to staff from its page: a reason, a text, a thank-you.
    await page.goto(`${base}/listings/${listingId}`);
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/listings/${listingId}/report"]`)]);
    await rec.capture('report listing');
    await page.check('input[name=reason][value="misleading"]');
    await page.fill('textarea[name=details]', 'The photos look like a different watch.');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/report"] button[type=submit]')]);
    expect((await bodyText(page)).includes('your report was sent'), 'the report was not confirmed');
    await rec.capture('report sent');

    await shipAndDeliver(ctx, id);
    await page.goto(`${base}/orders/${id}`);
    await Promise.all([page.waitForNavigation(), page.click(`a[href="/orders/${id}/problem"]`)]);
    await rec.capture('dispute form'); // the recorder reloads the page: fill the form afterwards
    await page.check('input[name=reason][value="not_as_described"]');
    await page.fill('textarea[name=text]', 'The box is missing and the dial has a <scratch> the photos hid.');
    await page.setInputFiles('input[name=photos]', fileURLToPath(new URL('../../server/fixtures/photos/teapot.jpg', import.meta.url)));
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/problem"] button[type=submit]')]);
    expect(page.url().includes('/disputes/'), `after opening the dispute the browser is on ${page.url()}`);
    const disputeUrl = page.url();
    const disputeId = disputeUrl.split('/disputes/')[1];
    let text = await bodyText(page);
    expect(text.includes('Waiting for the seller'), 'the dispute is not waiting for the seller');
    expect(text.includes('has a <scratch> the photos hid'), 'the buyer\'s text is not shown as written');
    const shown = await page.$eval('img.thumb', (img) => img.complete && img.naturalWidth > 0);
    expect(shown, 'the photo sent with the dispute is not shown');
    await rec.capture('dispute opened');

    const token = await apiSignIn(ctx, SELLER.email);
    const dispute = await api(ctx, token, 'GET', `/api/v1/disputes/${disputeId}`);
    const goods = dispute.order.amounts.buyer.item + dispute.order.amounts.buyer.postage;
    await api(ctx, token, 'POST', `/api/v1/disputes/${disputeId}/answer`,
      { text: 'Sorry about the box. Would a partial refund settle it?', offer: { kind: 'partial_refund', amount_minor: Math.floor(goods / 5) } });
    await page.goto(disputeUrl);
    text = await bodyText(page);
    expect(text.includes('A partial refund of'), 'the offer is not shown');
    await rec.capture('dispute offer');
    await Promise.all([page.waitForNavigation(), page.dblclick('form[action$="/accept"] button')]);
    text = await bodyText(page);
    expect(text.includes('Part of the money was refunded to the buyer'), `the dispute did not end split: ${text.slice(0, 400)}`);
    await rec.capture('dispute closed');
    await page.goto(`${base}/orders/${id}`);
    expect((await orderStatus(page)) === 'Completed', `after the split the order is "${await orderStatus(page)}"`);
  },
};
