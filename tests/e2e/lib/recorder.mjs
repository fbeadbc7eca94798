// Every page a scenario visits: screenshots in English and Simplified Chinese at a desktop and a phone
// width, and axe-core run on each rendering; findings of impact serious or critical fail the scenario.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 780 },
];
export const LANGUAGES = ['en', 'zh_CN'];
const BLOCKING = new Set(['serious', 'critical']);

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export class Recorder {
  // `base`: the Caravan server; its pages are drawn in each language, the sandbox's only in English.
  constructor(page, base, shotDir, scenario) {
    this.page = page;
    this.base = base;
    this.shotDir = shotDir;
    this.scenario = scenario;
    this.count = 0;
    this.shots = 0;
    this.findings = [];
    this.lastMethod = 'GET';
    // The method of the request that drew the page: a page drawn by a POST (a refused form) is not
    // fetched again, it is captured as it is.
    page.on('request', (req) => {
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) this.lastMethod = req.method();
    });
  }

  async setLanguage(lang) {
    await this.page.context().addCookies([{ name: 'lang', value: lang, url: this.base }]);
  }

  // Captures the page the browser is on as `name`; returns to it in English at the desktop width.
  async capture(name) {
    const { page } = this;
    const url = page.url();
    const ours = url.startsWith(this.base);
    const refetch = this.lastMethod === 'GET';
    const step = `${String(++this.count).padStart(2, '0')}-${slug(name)}`;
    const currentLang = ours ? ((await page.getAttribute('html', 'lang')) || 'en').replace('-', '_') : 'en';
    const languages = ours && refetch ? LANGUAGES : [currentLang === 'zh_CN' ? 'zh_CN' : 'en'];
    for (const lang of languages) {
      if (ours && refetch) {
        await this.setLanguage(lang);
        const resp = await page.goto(url);
        if (resp && resp.status() >= 500) throw new Error(`${url} answered ${resp.status()} in ${lang}`);
      }
      for (const w of WIDTHS) {
        await page.setViewportSize({ width: w.width, height: w.height });
        await this.settle();
        const file = `web-${this.scenario}-${step}-${lang}-${w.name}.png`;
        await page.screenshot({ path: join(this.shotDir, file), fullPage: true });
        this.shots++;
        await this.axe(`${step} (${lang}, ${w.width} px) ${url}`);
      }
    }
    await page.setViewportSize({ width: WIDTHS[0].width, height: WIDTHS[0].height });
    if (ours && refetch) {
      await this.setLanguage('en');
      await page.goto(url);
    }
  }

  // Lazy photos and fonts in place before the picture is taken.
  async settle() {
    await this.page.evaluate(async () => {
      for (const img of document.querySelectorAll('img[loading=lazy]')) img.loading = 'eager';
      await Promise.all([...document.images].map((i) => (i.complete ? null : new Promise((r) => {
        i.addEventListener('load', r, { once: true });
        i.addEventListener('error', r, { once: true });
      }))));
      await document.fonts.ready;
    });
  }

  // axe-core in the page (evaluated through the DevTools protocol, so the page's CSP does not block it).
  async axe(where) {
    const { page } = this;
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
      }));
    });
    for (const v of result)
      if (BLOCKING.has(v.impact)) this.findings.push({ where, ...v });
  }

  // Throws with every serious or critical finding, each with the elements it names.
  assertAccessible() {
    if (this.findings.length === 0) return;
    const lines = [`axe-core: ${this.findings.length} serious or critical finding(s)`];
    for (const f of this.findings) {
      lines.push(`- [${f.impact}] ${f.id}: ${f.help} (${f.helpUrl})`, `  on ${f.where}`);
      for (const n of f.nodes.slice(0, 5)) lines.push(`    ${n.target}: ${n.html}`, `      ${n.summary.replace(/\n/g, '\n      ')}`);
      if (f.nodes.length > 5) lines.push(`    … and ${f.nodes.length - 5} more`);
    }
    throw new Error(lines.join('\n'));
  }
}
