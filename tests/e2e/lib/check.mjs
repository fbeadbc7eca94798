// Assertions and the watch on each page for script errors and CSP violations.

export function fail(message) {
  throw new Error(message);
}

export function expect(condition, message) {
  if (!condition) fail(message);
}

// Resource errors a scenario provokes on purpose (e.g. the 401 of a wrong password, the 402 of a declined
// card on the sandbox's page): a scenario adds the text of the console message it expects.
export const expectedErrors = [];

// Collects console errors (a CSP violation is one), page errors and dialogs into `problems`: the pages
// use no inline script or style, and no script of theirs may fail.
export function watchPage(page, problems) {
  page.on('console', (msg) => {
    // The sandbox provider serves no favicon; the browser's request for one is not the page's doing.
    if (/\/favicon\.ico$/.test(msg.location().url || '')) return;
    if (msg.type() === 'error' && !expectedErrors.some((e) => msg.text().includes(e)))
      problems.push(`console error on ${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`unexpected dialog (script ran): ${dialog.message()}`);
    await dialog.dismiss();
  });
}

export async function bodyText(page) {
  return (await page.textContent('body')) || '';
}
