// The first scenarios: the home page and a listing load with their photos, an account can be made and
// signed in to, text is escaped, the language switch works, and forms need their CSRF token.
import { bodyText, expect, expectedErrors } from '../lib/check.mjs';
import { DEMO_PASSWORD, register, signIn, uniqueEmail } from '../lib/flows.mjs';

async function imagesLoaded(page) {
  return page.$$eval('img', (imgs) => imgs.map((i) => ({ src: i.src, ok: i.complete && i.naturalWidth > 0 })));
}

// Photos are lazy-loaded: scroll through the page so every one is requested, then wait for them.
async function scrollThrough(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await page.waitForLoadState('networkidle');
}

export default {
  async browse(page, { base, rec }) {
    const resp = await page.goto(`${base}/`);
    expect(resp.status() === 200, `home page answered ${resp.status()}`);
    const headers = resp.headers();
    expect((headers['content-security-policy'] || '').includes("script-src 'self'"), 'CSP header missing');
    expect(headers['x-content-type-options'] === 'nosniff', 'nosniff header missing');
    const links = await page.$$eval('a[href^="/listings/"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    expect(links.length >= 20, `home page lists ${links.length} listings, expected at least 20`);
    await scrollThrough(page);
    const imgs = await imagesLoaded(page);
    expect(imgs.length >= 20, `home page shows ${imgs.length} photos`);
    const broken = imgs.filter((i) => !i.ok);
    expect(broken.length === 0, `broken photos: ${broken.map((b) => b.src).join(', ')}`);
    await rec.capture('home');

    await page.goto(`${base}${links[0]}`);
    await scrollThrough(page); // the similar items below the description are lazy-loaded too
    const listingImgs = await imagesLoaded(page);
    const notLoaded = listingImgs.filter((i) => !i.ok);
    expect(listingImgs.length >= 1 && notLoaded.length === 0,
      `listing page photos did not load: ${notLoaded.map((b) => b.src).join(', ')}`);
    const title = await page.textContent('h1');
    expect(title && title.trim().length > 3, 'listing page has no title');
    await rec.capture('listing');
  },

  async account(page, ctx) {
    const { base, rec } = ctx;
    const email = uniqueEmail('account');
    const password = 'a-long-and-uncommon-passphrase';
    await register(page, ctx, { email, name: 'Erika Example', password }, rec);
    await signIn(page, ctx, email, password, rec);
    expect(page.url().endsWith('/account'), `after registering and signing in the browser is on ${page.url()}`);
    const accountText = await bodyText(page);
    expect(accountText.includes('Erika Example'), `account page does not show the new user:\n${accountText}`);
    const cookies = await page.context().cookies(base);
    const session = cookies.find((c) => c.httpOnly);
    expect(session && session.sameSite === 'Lax', 'session cookie is not HttpOnly + SameSite=Lax');
    await rec.capture('account');

    await Promise.all([page.waitForNavigation(), page.click('form[action="/signout"] button')]);
    await page.goto(`${base}/signin`);
    await page.fill('#email', email);
    await page.fill('#password', 'not-the-password-at-all');
    expectedErrors.push('status of 401'); // the sign-in page answers a wrong password with 401
    await Promise.all([page.waitForNavigation(), page.click('form[action="/signin"] button[type=submit]')]);
    expect(await page.$('.error'), 'a wrong password shows no error');
    expect(!page.url().endsWith('/account'), 'a wrong password signed the user in');
    await rec.capture('sign in wrong password');

    await page.fill('#email', 'mei.tanaka@demo.caravan');
    await page.fill('#password', DEMO_PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/signin"] button[type=submit]')]);
    expect(page.url().endsWith('/account'), `demo seller sign-in ended on ${page.url()}`);
    expect((await bodyText(page)).includes('Mei Tanaka'), 'demo seller not shown as signed in');
  },

  async escaping(page, ctx) {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const email = uniqueEmail('xss');
    const password = 'another-long-uncommon-passphrase';
    await register(page, ctx, { email, name: evil, password });
    await signIn(page, ctx, email, password);
    const body = await bodyText(page);
    expect(body.includes('<script>alert(2)</script>'), 'the display name was not shown as text');
    expect((await page.$$('img[src="x"]')).length === 0, 'injected markup became an element');
    await ctx.rec.capture('account with markup in the name');
  },

  async language(page, { base, rec }) {
    await page.goto(`${base}/?lang=zh_CN`);
    const lang = await page.getAttribute('html', 'lang');
    expect(lang && lang.toLowerCase().startsWith('zh'), `html lang is ${lang}`);
    const text = await bodyText(page);
    expect(/[\u4e00-\u9fff]/.test(text), 'no Chinese text on the zh_CN home page');
    // The choice is kept in a cookie: the next page is Chinese without asking again.
    await page.goto(`${base}/signin`);
    expect(/[\u4e00-\u9fff]/.test(await bodyText(page)), 'the language choice was not kept');
    await page.goto(`${base}/?lang=en`);
    expect((await page.getAttribute('html', 'lang')) === 'en', 'switching back to English did not work');
    await rec.capture('home');
  },

  async csp(page, { base, rec }) {
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
    expectedErrors.push('status of 404');
    await page.goto(`${base}/no-such-page`);
    await rec.capture('not found');
  },
};
