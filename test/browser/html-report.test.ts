/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core (no browser
 * download). Cards, filters, search and keyboard work; a hostile article runs and loads nothing;
 * a screenshot of the seeds report is saved to test-output/. Without the browser (set
 * FACTDIFF_CHROMIUM to another path), the tests are skipped with the reason printed.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/types.js';
import { captureIo, ROOT } from '../helpers/io.js';

const BROWSER = process.env.FACTDIFF_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(BROWSER);
if (!present) console.log(`html report browser tests skipped: no browser at ${BROWSER} (apt-get install -y chromium)`);

/** Writes the report of `args` (run from `cwd`) as HTML and JSON; the page's file URL and the JSON. */
async function reportOf(args: string[], cwd = ROOT): Promise<{ url: string; json: Report }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-html-'));
  const page = path.join(dir, 'report.html');
  await main([...args, '-f', 'html', '-o', page], captureIo({ cwd }));
  const io = captureIo({ cwd });
  await main([...args, '-f', 'json'], io);
  return { url: pathToFileURL(page).href, json: JSON.parse(io.out) as Report };
}

const visibleCards = (page: Page) => page.locator('.finding:visible').count();

describe.skipIf(!present)('html report in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: BROWSER, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a card per finding; severity, rule and story filters and the search change what is shown', async () => {
    const { url, json } = await reportOf(['fixtures/seeds']);
    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.locator('.finding').count()).toBe(json.findings.length);
    expect(await visibleCards(page)).toBe(json.findings.length);
    const infos = json.findings.filter((f) => f.severity === 'info').length;
    await page.locator('input[name=severity][value=info]').uncheck();
    expect(await visibleCards(page)).toBe(json.findings.length - infos);
    await page.locator('input[name=severity][value=info]').check();
    await page.locator('#rule').selectOption('role-conflict');
    expect(await visibleCards(page)).toBe(json.findings.filter((f) => f.ruleId === 'role-conflict').length);
    await page.locator('#rule').selectOption('');
    await page.locator('#search').fill('nearly 90');
    expect(await visibleCards(page)).toBe(1);
    await expect(page.locator('.finding:visible .message').textContent()).resolves.toContain('Duration of the call');
    expect(await page.locator('#shown').textContent()).toBe(`1 of ${json.findings.length} findings shown`);
    await page.locator('#search').fill('');
    await page.locator('#story').selectOption('story-1');
    expect(await visibleCards(page)).toBe(json.findings.length);
    await page.locator('h1').click(); // keys outside the search box move between cards
    await page.keyboard.press('j');
    expect(await page.locator('.finding:focus').count()).toBe(1);
    await page.close();
  });

  it('opens the article at the words when an evidence link is followed', async () => {
    const { url } = await reportOf(['fixtures/seeds']);
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('.finding a[href^="#ev-"]').first().click();
    const mark = page.locator('mark:target');
    await expect(mark.textContent()).resolves.toBe('nearly 90 minutes');
    expect(await mark.isVisible()).toBe(true);
    await page.close();
  });

  it('runs and loads nothing an article holds: no dialog, no console error, no request', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'factdiff-hostile-'));
    const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>`;
    writeFileSync(path.join(dir, 'a.txt'), `The storm killed 40 people ${hostile} in the valley.\n`);
    writeFileSync(path.join(dir, 'b.txt'), `The storm killed 25 people ${hostile} in the valley.\n`);
    const { url, json } = await reportOf(['a.txt', 'b.txt'], dir);
    expect(json.findings.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    const events: string[] = [];
    page.on('dialog', (d) => {
      events.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => m.type() === 'error' && events.push(`console ${m.text()}`));
    page.on('pageerror', (e) => events.push(`error ${e.message}`));
    page.on('request', (r) => r.url() !== url && events.push(`request ${r.url()}`));
    await page.goto(url);
    await page.locator('.finding a[href^="#ev-"]').first().click();
    // the link's own effect, not a fixed pause: the hash moves to the evidence it names
    await page.waitForFunction("location.hash.startsWith('#ev-')");
    expect(events).toEqual([]);
    expect(await page.locator('.finding img, .finding script, #articles img').count()).toBe(0);
    await expect(page.locator('.finding blockquote').first().textContent()).resolves.toContain('<script>');
    await page.close();
  });

  it('saves a screenshot of the seeds report to test-output/', async () => {
    const { url } = await reportOf(['fixtures/seeds']);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    await page.goto(url);
    mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
    const file = path.join(ROOT, 'test-output/html-report-seeds.png');
    await page.screenshot({ path: file, fullPage: false });
    expect(existsSync(file)).toBe(true);
    await page.close();
  });
});
