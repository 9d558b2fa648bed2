// SPDX-License-Identifier: MIT
// Opens the preview of the seed examples and of hostile payloads in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) and checks that the cards show the expected text
// and links, and that no dialog, script or network request ever happens. Saves screenshots
// (OUTPUT_DIR/seed-preview.png is the one copied to docs/preview.png).
//
// usage: node preview_test.mjs APPNOTIFY_EXECUTABLE OUTPUT_DIR SOURCE_DIR
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [cli, outDir, sourceDir] = process.argv.slice(2);
if (!cli || !outDir || !sourceDir) {
  console.error('usage: node preview_test.mjs APPNOTIFY_EXECUTABLE OUTPUT_DIR SOURCE_DIR');
  process.exit(2);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  // 77: skipped. tools/test installs it (npm ci in tests/browser) before running the suite.
  console.error('playwright-core is not installed: run `npm ci` in tests/browser (tools/test does)');
  process.exit(77);
}
mkdirSync(outDir, { recursive: true });
const failures = [];
const fail = (what) => failures.push(what);

function jsonFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

/**
 * Writes a preview page with the tool, run in the source directory with the files named relative
 * to it, as a user would (the cards show the names: the seed page's screenshot is docs/preview.png);
 * the exit status is 0 (all valid) or 1 (some invalid).
 */
function preview(name, files, expectedStatus) {
  const page = path.resolve(outDir, `${name}.html`);
  let status = 0;
  try {
    execFileSync(cli, ['preview', '-o', page, ...files.map((f) => path.relative(sourceDir, f))],
                 { stdio: ['ignore', 'ignore', 'pipe'], cwd: sourceDir });
  } catch (error) {
    status = error.status;
  }
  if (status !== expectedStatus) fail(`appnotify preview for ${name} exited with ${status}, expected ${expectedStatus}`);
  return page;
}

// The mention example carries malformed GUIDs in its links: it is the one invalid seed.
const seedPage = preview('seed-preview', jsonFiles(path.join(sourceDir, 'examples', 'seed000')), 1);
const hostilePage = preview('hostile-preview', jsonFiles(path.join(sourceDir, 'tests', 'browser', 'hostile')), 1);

const userDataDir = mkdtempSync(path.join(tmpdir(), 'appnotify-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-quic'],
  viewport: { width: 460, height: 900 },
});

try {
  for (const [name, file] of [['seed preview', seedPage], ['hostile preview', hostilePage]]) {
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => { if (request.url() !== url) requests.push(request.url()); });
    page.on('dialog', async (dialog) => { fail(`${name}: a ${dialog.type()} dialog opened: ${dialog.message()}`); await dialog.dismiss(); });
    page.on('pageerror', (error) => fail(`${name}: a script ran and failed: ${error.message}`));
    await page.goto(url, { waitUntil: 'load' });
    // Give anything deferred (event handlers, timers, lazy loads) a chance to show itself.
    await page.mouse.move(10, 10);
    for (const box of await page.locator('.an-card').all()) await box.hover();
    await page.waitForTimeout(300);

    if (requests.length) fail(`${name}: network requests were made: ${requests.join(', ')}`);
    const facts = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        title: document.title,
        pwned: typeof window.pwned,
        scripts: document.querySelectorAll('script').length,
        iframes: document.querySelectorAll('iframe, object, embed, link, base, form, img[src^="http"]').length,
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}.${a.name}`)),
        styles: all.filter((e) => e.hasAttribute('style')).length,
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
        cardBackground: getComputedStyle(document.querySelector('.an-card')).backgroundColor,
        cards: [...document.querySelectorAll('.an-card')].map((c) => ({
          invalid: c.classList.contains('an-invalid'),
          title: c.querySelector('.an-title')?.innerText.trim() ?? '',
          actions: [...c.querySelectorAll('.an-action')].map((a) => ({ text: a.innerText.trim(), href: a.getAttribute('href') })),
        })),
      };
    });
    if (facts.title !== 'Notifications preview') fail(`${name}: the page title changed to ${facts.title}`);
    if (facts.pwned !== 'undefined') fail(`${name}: a payload script ran`);
    if (facts.scripts) fail(`${name}: ${facts.scripts} script elements`);
    if (facts.iframes) fail(`${name}: ${facts.iframes} embedding or external elements`);
    if (facts.handlers.length) fail(`${name}: event handler attributes: ${facts.handlers.join(', ')}`);
    if (facts.styles) fail(`${name}: ${facts.styles} style attributes`);
    for (const href of facts.hrefs)
      if (!/^(https:\/\/|\?|\/main\.aspx\?|\/[A-Za-z])/.test(href)) fail(`${name}: unexpected link ${href}`);
    if (!facts.csp.startsWith("default-src 'none'; style-src 'unsafe-inline'")) fail(`${name}: no strict policy: ${facts.csp}`);
    if (facts.cardBackground !== 'rgb(255, 255, 255)' && name === 'seed preview')
      fail(`${name}: the page style did not apply (${facts.cardBackground})`);

    if (name === 'seed preview') {
      const titles = facts.cards.map((c) => c.title);
      for (const expected of ['Welcome', 'SLA critical', 'Congratulations', 'New task', 'New order posted'])
        if (!titles.includes(expected)) fail(`${name}: no card titled "${expected}" (titles: ${titles.join(' | ')})`);
      const invalid = facts.cards.filter((c) => c.invalid);
      if (invalid.length !== 1) fail(`${name}: expected only the mention example invalid, found ${invalid.length}`);
      const diagnostics = await page.locator('.an-diagnostics li').allTextContents();
      const guids = diagnostics.filter((d) => d.includes('error[invalid-guid]'));
      if (guids.length !== 2 || diagnostics.length !== 2)
        fail(`${name}: the mention example should list exactly its two malformed GUIDs: ${diagnostics.join(' | ')}`);
      for (const guid of ['43m770h2-6567-ebm1-ob2b-000d3ac3kd6c', '73f970b2-6567-eb11-bb2b-000d3ac2se4h'])
        if (!guids.some((d) => d.includes(guid))) fail(`${name}: ${guid} is not reported`);
      const actions = facts.cards.flatMap((c) => c.actions);
      const expect = (text, pattern) => {
        const action = actions.find((a) => a.text === text);
        if (!action) fail(`${name}: no action "${text}"`);
        else if (!pattern.test(action.href)) fail(`${name}: action "${text}" links to ${action.href}`);
      };
      expect('View cases', /^\?pagetype=entitylist&etn=incident&viewid=00000000-0000-0000-00aa-000010001028&viewType=1039$/);
      expect('View task', /^\/main\.aspx\?pagetype=entityrecord&etn=task&id=[0-9a-f-]{36}$/);
      expect('View account', /^\/main\.aspx\?pagetype=entityrecord&etn=account&id=[0-9a-f-]{36}$/);
      expect('Chat with sales rep', /^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=[0-9a-f-]{36},[0-9a-f-]{36}$/);
      const markdownLinks = await page.locator('.an-body a').evaluateAll((as) => as.map((a) => a.textContent));
      if (!markdownLinks.includes('Complete overhaul required (sample)'))
        fail(`${name}: no markdown link "Complete overhaul required (sample)" in a body`);
      const bold = await page.locator('.an-title strong').allTextContents();
      if (!bold.includes('SLA critical')) fail(`${name}: "**SLA critical**" is not bold`);
    } else {
      const invalid = facts.cards.filter((c) => c.invalid).length;
      if (invalid < 4) fail(`${name}: expected the invalid hostile payloads as diagnostic cards, found ${invalid}`);
      const text = await page.locator('body').innerText();
      for (const shown of ['<script>window.pwned = 1; alert(1)</script>', '<b onmouseover=alert(1)>hover</b>'])
        if (!text.includes(shown)) fail(`${name}: "${shown}" should be shown as text`);
    }
    await page.screenshot({ path: path.join(outDir, `${name.replace(' ', '-')}.png`), fullPage: true });
    await page.close();
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(failures.map((f) => `FAIL ${f}`).join('\n'));
  process.exit(1);
}
console.log(`browser test passed; screenshots in ${outDir}`);
