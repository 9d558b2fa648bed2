// SPDX-License-Identifier: MIT
// Opens the playground (playground/index.html, from file://) in headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core) and checks it against the command-line tool:
// - every example of examples/, pasted into the editor, lists the tool's diagnostics (codes and
//   lines, in order), marks each in the editor and the gutter, shows the card with the text of
//   the tool's card, and the conversion the tool writes;
// - the dialect is detected and switchable, the organization and app id resolve links (and an
//   unusable one is explained), an example is one click away, a diagnostic selects its place;
// - every XSS vector of the corpora (../shared/corpora, or APPNOTIFY_CORPORA) and every hostile
//   payload of tests/browser/hostile, pasted as title and body, executes nothing: no dialog, no
//   network request, no console error, no script, frame or event handler in the page;
// - a screenshot (OUTPUT_DIR/playground.png; with --update-docs also docs/playground.png).
//
// usage: node playground_test.mjs APPNOTIFY_EXECUTABLE OUTPUT_DIR SOURCE_DIR [--update-docs]
// Exits 77 (skipped) when playwright-core or the built playground (tools/build-wasm) is missing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { filesUnder, textExamples } from '../../js/files.mjs';

const [cli, outDir, sourceDir, flag] = process.argv.slice(2);
if (!cli || !outDir || !sourceDir) {
  console.error('usage: node playground_test.mjs APPNOTIFY_EXECUTABLE OUTPUT_DIR SOURCE_DIR [--update-docs]');
  process.exit(2);
}
const playground = path.join(sourceDir, 'playground');
if (!existsSync(path.join(playground, 'generated', 'appnotify.js'))) {
  console.error('the playground is not built: run tools/build-wasm (tools/test does)');
  process.exit(77);
}
// Built from older sources than these, the page would test what is no longer there.
const built = statSync(path.join(playground, 'generated', 'appnotify.js')).mtimeMs;
const stale = [path.join(sourceDir, 'js', 'src', 'core.js'), path.join(sourceDir, 'js', 'src', 'binding.cpp'),
               path.join(sourceDir, 'js', 'build.mjs'),
               path.join(sourceDir, 'js', 'files.mjs'), ...filesUnder(path.join(sourceDir, 'include'), ''),
               ...filesUnder(path.join(sourceDir, 'examples'), '.json')].filter((file) => statSync(file).mtimeMs > built);
if (stale.length) {
  console.error(`playground/generated/ is older than ${stale.map((f) => path.relative(sourceDir, f)).join(', ')}: run tools/build-wasm`);
  process.exit(1);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.error('playwright-core is not installed: run `npm ci` in tests/browser (tools/test does)');
  process.exit(77);
}
mkdirSync(outDir, { recursive: true });
const failures = [];
const fail = (what) => failures.push(what);
const org = 'https://contoso.crm.dynamics.com';
const appId = '12fd1cf3-e06e-e911-a95f-000d3a13c42a';

function tool(args) {
  const r = spawnSync(cli, args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

// The playground lists the examples a text editor can hold: those of js/files.mjs.
const examples = textExamples(sourceDir).map((file) => ({
  name: path.relative(path.join(sourceDir, 'examples'), file).split(path.sep).join('/'),
  file,
  text: readFileSync(file, 'utf8'),
}));
const corpora = [process.env.APPNOTIFY_CORPORA, path.join(sourceDir, '..', 'shared', 'corpora')]
  .find((dir) => dir && existsSync(path.join(dir, 'xss', 'vectors.json')));
const vectors = corpora ? JSON.parse(readFileSync(path.join(corpora, 'xss', 'vectors.json'), 'utf8')).map((v) => v.markdown) : [];
const terminal = corpora ? JSON.parse(readFileSync(path.join(corpora, 'xss', 'terminal.json'), 'utf8')).map((v) => v.markdown) : [];
if (!corpora) console.log('note: no ../shared/corpora (APPNOTIFY_CORPORA): the XSS vectors of the corpora are not pasted');
const hostile = filesUnder(path.join(sourceDir, 'tests', 'browser', 'hostile'), '.json').map((file) => readFileSync(file, 'utf8'));

const userDataDir = mkdtempSync(path.join(tmpdir(), 'appnotify-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-quic'],
  viewport: { width: 1400, height: 900 },
});
const ownFiles = new Set(['index.html', 'playground.css', 'playground.js', 'generated/appnotify.js', 'generated/examples.js',
                          'generated/card.css'].map((f) => pathToFileURL(path.join(playground, f)).href));

try {
  const page = await context.newPage();
  let phase = 'loading';
  page.on('request', (request) => {
    const url = request.url().replace(/#.*$/, '');
    if (!ownFiles.has(url)) fail(`${phase}: a request to ${request.url()}`);
  });
  page.on('dialog', async (dialog) => { fail(`${phase}: a ${dialog.type()} dialog opened: ${dialog.message()}`); await dialog.dismiss(); });
  page.on('pageerror', (error) => fail(`${phase}: a script failed: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') fail(`${phase}: console ${message.type()}: ${message.text()}`); });
  await page.goto(pathToFileURL(path.join(playground, 'index.html')).href, { waitUntil: 'load' });

  const settled = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const paste = async (text) => {
    await page.fill('#payload', text);
    await settled();
  };
  const shown = () => page.evaluate(() => ({
    diagnostics: [...document.querySelectorAll('#diagnostics li[data-code]')].map((li) => ({
      code: li.dataset.code, line: Number(li.dataset.line), column: Number(li.dataset.column), severity: li.className })),
    gutter: [...document.querySelectorAll('#gutter > div')].map((d) => d.className),
    marks: [...document.querySelectorAll('#backdrop mark')].map((m) => m.className),
    backdrop: document.getElementById('backdrop').textContent,
    card: document.getElementById('card').textContent.replace(/\s+/g, ' ').trim(),
    invalidCard: !!document.querySelector('#card .an-invalid'),
    verdict: document.getElementById('verdict').textContent,
    detected: document.getElementById('detected').textContent,
    tabs: [...document.querySelectorAll('#conversion-tabs .tab')].map((t) => ({ name: t.textContent, selected: t.classList.contains('selected') })),
    conversion: document.querySelector('#conversion pre')?.textContent ?? null,
    conversionProblem: document.querySelector('#conversion .problem')?.textContent ?? '',
    contextProblem: document.getElementById('context-problem').textContent,
    hrefs: [...document.querySelectorAll('#card a[href]')].map((a) => a.getAttribute('href')),
  }));
  /** The text of the tool's HTML card, as the page shows text. */
  const cardText = (html) => page.evaluate((h) => new DOMParser().parseFromString(`<div>${h}</div>`, 'text/html').body.textContent
    .replace(/\s+/g, ' ').trim(), html);

  // --- the page ----------------------------------------------------------------------------
  const facts = await page.evaluate(() => ({
    title: document.title,
    version: document.getElementById('version').textContent,
    examples: [...document.querySelectorAll('#examples button')].map((b) => b.dataset.name),
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '',
  }));
  if (facts.title !== 'appnotify playground') fail(`the page title is ${facts.title}`);
  if (!/^appnotify \d+\.\d+\.\d+/.test(facts.version)) fail(`no version shown: ${facts.version}`);
  const names = examples.map((e) => e.name);
  if (JSON.stringify(facts.examples) !== JSON.stringify(names)) fail(`the examples listed are not examples/: ${facts.examples.join(', ')}`);
  if (!/script-src 'self' 'wasm-unsafe-eval';/.test(facts.csp) || /unsafe-inline/.test(facts.csp) || !facts.csp.startsWith("default-src 'none'"))
    fail(`the Content-Security-Policy is not strict: ${facts.csp}`);

  // --- every example, pasted ---------------------------------------------------------------
  for (const example of examples) {
    phase = `example ${example.name}`;
    await paste(example.text);
    const s = await shown();
    const line = JSON.parse(tool(['validate', '--format', 'json', example.file]).stdout);
    const expected = line.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`).join(' ');
    const actual = s.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`).join(' ');
    if (expected !== actual) fail(`${phase}: diagnostics ${actual || '(none)'}, the tool says ${expected || '(none)'}`);
    if (s.marks.length < Math.min(1, line.diagnostics.length)) fail(`${phase}: nothing is marked in the editor`);
    for (const d of line.diagnostics)
      if (!s.gutter[d.line - 1]) fail(`${phase}: line ${d.line} has a ${d.severity} but its gutter is not marked`);
    if (s.backdrop !== `${example.text.replace(/\r\n?/g, '\n')} `) fail(`${phase}: the marked text is not the payload`);
    if (line.valid !== !/error/.test(s.verdict)) fail(`${phase}: the verdict "${s.verdict}" disagrees with the tool`);
    if (s.detected !== `detected: ${line.dialect}`) fail(`${phase}: "${s.detected}", the tool says ${line.dialect}`);
    const rendered = tool(['render', '--to', 'html', example.file]);
    if (line.valid) {
      const expectedText = await cardText(rendered.stdout);
      if (!s.card.startsWith(expectedText)) fail(`${phase}: the card shows "${s.card}", the tool's card "${expectedText}"`);
      const toolHrefs = await page.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')), rendered.stdout);
      if (JSON.stringify(s.hrefs) !== JSON.stringify(toolHrefs)) fail(`${phase}: the card links to ${s.hrefs}, the tool's to ${toolHrefs}`);
      const tab = s.tabs.find((t) => t.selected)?.name;
      if (!tab || tab === line.dialect || s.tabs.length !== 3) fail(`${phase}: conversion tabs ${JSON.stringify(s.tabs)}`);
      const converted = tool(['convert', '--to', tab, example.file]);
      if (converted.status === 0 && s.conversion !== converted.stdout) fail(`${phase}: the ${tab} conversion is not the tool's`);
      if (converted.status !== 0 && !s.conversionProblem) fail(`${phase}: the ${tab} conversion fails without a word`);
    } else if (!s.invalidCard) {
      fail(`${phase}: an invalid payload shows no rejected card`);
    }
  }

  // --- dialect, context, examples, diagnostics ---------------------------------------------
  phase = 'switching the dialect';
  const welcome = examples.find((e) => e.name === 'seed000/welcome.json');
  await paste(welcome.text);
  await page.selectOption('#dialect', 'record');
  await settled();
  let s = await shown();
  const asRecord = JSON.parse(tool(['validate', '--format', 'json', '--dialect', 'record', welcome.file]).stdout);
  if (s.diagnostics.map((d) => d.code).join() !== asRecord.diagnostics.map((d) => d.code).join() || asRecord.valid || !/error/.test(s.verdict))
    fail(`${phase}: as a record it lists ${s.diagnostics.map((d) => d.code)}, the tool ${asRecord.diagnostics.map((d) => d.code)}`);
  if (s.detected !== 'detected: action') fail(`${phase}: "${s.detected}" shown for an action body checked as a record`);
  await page.selectOption('#dialect', 'auto');

  phase = 'organization and app';
  const actions = examples.find((e) => e.name === 'seed000/side-pane-actions.json');
  await paste(actions.text);
  await page.fill('#org', org);
  await page.fill('#app-id', appId);
  await settled();
  s = await shown();
  const expectedHrefs = await page.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('a[href]')]
    .map((a) => a.getAttribute('href')), tool(['render', '--to', 'html', '--org', org, '--app-id', appId, actions.file]).stdout);
  if (JSON.stringify(s.hrefs) !== JSON.stringify(expectedHrefs) || !s.hrefs.every((h) => h.startsWith(`${org}/main.aspx?appid=${appId}&`)))
    fail(`${phase}: links ${s.hrefs.join(' ')}; the tool's ${expectedHrefs.join(' ')}`);
  await page.fill('#org', 'ftp://contoso');
  await settled();
  s = await shown();
  if (!/organization URL/.test(s.contextProblem)) fail(`${phase}: an unusable organization URL is not explained: "${s.contextProblem}"`);
  if (s.hrefs.some((h) => h.startsWith('ftp:'))) fail(`${phase}: links resolved against an unusable organization`);
  await page.fill('#org', '');
  await page.fill('#app-id', '');

  phase = 'examples one click away';
  const mention = examples.find((e) => e.name === 'seed000/mention-formatted.json');
  await page.click(`#examples button[data-name="${mention.name}"]`);
  await settled();
  if (await page.inputValue('#payload') !== mention.text) fail(`${phase}: clicking ${mention.name} does not load it`);
  if (!page.url().endsWith(`#example=${encodeURIComponent(mention.name)}`)) fail(`${phase}: the address does not name the example: ${page.url()}`);

  phase = 'selecting a diagnostic';
  await page.click('#diagnostics li[data-code="invalid-guid"]');
  const selected = await page.evaluate(() => {
    const t = document.getElementById('payload');
    return t.value.slice(t.selectionStart, t.selectionStart + 12);
  });
  if (!selected.startsWith('m770h2')) fail(`${phase}: the selection starts at "${selected}", not at the bad GUID character`);

  // --- screenshot --------------------------------------------------------------------------
  phase = 'screenshot';
  await page.click('#examples button[data-name="seed000/side-pane-actions.json"]');
  await page.fill('#org', org);
  await page.fill('#app-id', appId);
  await settled();
  await page.fill('#push-recipients', 'maria@contoso.com');
  await settled();
  await page.click('#conversion-tabs .tab:nth-child(2)');
  await settled();
  const screenshot = path.join(outDir, 'playground.png');
  await page.screenshot({ path: screenshot });
  if (flag === '--update-docs') copyFileSync(screenshot, path.join(sourceDir, 'docs', 'playground.png'));
  for (const field of ['#org', '#app-id', '#push-recipients']) await page.fill(field, '');

  // --- hostile input -----------------------------------------------------------------------
  const recipient = '/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)';
  const payloads = [
    ...[...vectors, ...terminal].map((v) => JSON.stringify({
      Title: v, Body: v, Recipient: recipient,
      OverrideContent: { '@odata.type': '#Microsoft.Dynamics.CRM.expando', title: v, body: v },
    }, null, 2)),
    ...vectors, // the vector itself as the payload: diagnostics quote it
    ...hostile,
  ];
  // Pasted in the page in batches, each as the textarea's input event delivers it, each checked
  // once the page has drawn it.
  const batch = 40;
  for (let first = 0; first < payloads.length; first += batch) {
    phase = `hostile inputs ${first + 1} to ${Math.min(first + batch, payloads.length)}`;
    const found = await page.evaluate(async (texts) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const textarea = document.getElementById('payload');
      const results = [];
      for (const text of texts) {
        textarea.value = text;
        textarea.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        const all = [...document.querySelectorAll('*')];
        results.push({
          text: text.slice(0, 80),
          card: document.getElementById('card').textContent.length,
          pwned: typeof window.pwned,
          scripts: document.querySelectorAll('script').length,
          embedded: document.querySelectorAll('iframe, object, embed, frame, base, form, link:not([rel="stylesheet"]), meta[http-equiv="refresh"]').length,
          handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${e.tagName}.${a.name}`)),
          // Chromium gives an edited input an empty style attribute: only a style with content counts.
          styles: all.filter((e) => (e.getAttribute('style') ?? '').trim() !== '').map((e) => `${e.tagName}#${e.id}[${e.getAttribute('style')}]`),
          hrefs: [...document.querySelectorAll('#card a[href]')].map((a) => a.getAttribute('href')),
          images: [...document.querySelectorAll('#card img')].map((i) => i.getAttribute('src')),
        });
      }
      return results;
    }, payloads.slice(first, first + batch));
    await page.hover('#card');
    for (const f of found) {
      const what = `hostile input ${JSON.stringify(f.text)}`;
      if (f.card === 0) fail(`${what}: no card and no rejection shown`);
      if (f.pwned !== 'undefined') fail(`${what}: a payload script ran`);
      if (f.scripts !== 3) fail(`${what}: ${f.scripts} script elements`);
      if (f.embedded) fail(`${what}: ${f.embedded} embedding elements`);
      if (f.handlers.length) fail(`${what}: event handler attributes ${f.handlers.join(', ')}`);
      if (f.styles.length) fail(`${what}: style attributes: ${f.styles.join(' ')}`);
      for (const href of f.hrefs)
        if (!/^(https:\/\/|http:\/\/|mailto:|tel:|\?|\/main\.aspx\?|\/[A-Za-z]|#)/i.test(href)) fail(`${what}: a link to ${href}`);
      if (f.images.length) fail(`${what}: images ${f.images.join(' ')} without an organization`);
    }
  }
  console.log(`${examples.length} examples and ${payloads.length} hostile payloads pasted`);
  await page.close();

  // --- from a static host ------------------------------------------------------------------
  // The same files served over HTTP (as text/html, text/css, text/javascript) work the same.
  const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
  const server = http.createServer((request, response) => {
    const file = path.join(playground, decodeURIComponent(new URL(request.url, 'http://host').pathname));
    if (!file.startsWith(`${playground}${path.sep}`) || !existsSync(file) || !types[path.extname(file)]) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    phase = `from ${origin}`;
    const hosted = await context.newPage();
    hosted.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`)) fail(`${phase}: a request to ${request.url()}`);
    });
    hosted.on('pageerror', (error) => fail(`${phase}: a script failed: ${error.message}`));
    hosted.on('console', (message) => { if (message.type() === 'error') fail(`${phase}: console error: ${message.text()}`); });
    await hosted.goto(`${origin}/index.html#example=${encodeURIComponent(mention.name)}`, { waitUntil: 'load' });
    await hosted.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const codes = await hosted.evaluate(() => [...document.querySelectorAll('#diagnostics li[data-code]')].map((li) => li.dataset.code));
    if (codes.join() !== 'invalid-guid,invalid-guid') fail(`${phase}: ${mention.name} lists ${codes.join() || 'nothing'}`);
    await hosted.close();
  } finally {
    server.close();
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(failures.slice(0, 50).map((f) => `FAIL ${f}`).join('\n'));
  if (failures.length > 50) console.error(`... and ${failures.length - 50} more`);
  process.exit(1);
}
console.log(`playground test passed; screenshot in ${path.join(outDir, 'playground.png')}`);
