// SPDX-License-Identifier: MIT
// Hostile input through the package: every input of the fuzz corpora (fuzz/corpus/*), the
// browser test's hostile payloads, and when present the shared corpora's XSS and terminal
// vectors and CommonMark examples. Nothing throws, every output meets the safety invariants
// (safety.mjs), outputs stay within a constant times their input, links resolve to themselves,
// and on the fuzz corpora the validation is the command-line tool's, field for field.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

import * as appnotify from '../dist/appnotify.mjs';
import { ansiProblems, htmlProblems, textProblems } from './safety.mjs';
import { cli, corpora, filesUnder, fromCliDiagnostic, org, runCli, sourceDir } from './support.mjs';

const contexts = [{}, { org, appId: 'c8d1f3e2-5a6b-4c7d-8e9f-0a1b2c3d4e5f' }, { org: 'https://Contoso.CRM.dynamics.com/', appName: 'msdyn_SolutionHealthHub' },
                  { org: 'javascript:alert(1)' }, { appId: 'not-a-guid' }];
const dialects = ['action', 'record', 'push', 'graph'];
const fatal = new TextDecoder('utf-8', { fatal: true });

function corpus(name) {
  return filesUnder(path.join(sourceDir, 'fuzz', 'corpus', name)).map((file) => ({ file, bytes: readFileSync(file) }));
}

/** A corpus file as JavaScript strings: its UTF-8 (invalid bytes replaced), and its bytes as Latin-1. */
function texts(bytes) {
  return [bytes.toString('utf8'), bytes.toString('latin1')];
}

/** Output bounded by the input: a constant times it, plus the card's fixed markup. */
function assertBounded(output, input, what) {
  assert.ok(output.length <= 64 * input.length + 8192, `${what}: ${output.length} characters of output for ${input.length} of input`);
}

function assertNoProblems(problems, what, input) {
  if (problems.length) assert.fail(`${what} of ${JSON.stringify(input).slice(0, 300)}: ${problems.join('; ')}`);
}

function assertDiagnosticsInside(result, input, what) {
  const size = Buffer.byteLength(input, 'utf8');
  for (const d of result.diagnostics) {
    assert.ok(d.offset <= size + 1, `${what}: offset ${d.offset} past the input (${size} bytes)`);
    assert.ok(d.line >= 1 && d.column >= 1, `${what}: position ${d.line}:${d.column}`);
    assert.equal(typeof d.message, 'string');
    assert.ok(d.message.length > 0);
  }
}

/** Everything the package does to one payload, with the invariants. */
function exercisePayload(text, what) {
  for (const dialect of ['auto', ...dialects]) {
    const result = appnotify.validate(text, { dialect });
    assertDiagnosticsInside(result, text, `${what} validate --dialect ${dialect}`);
    assert.equal(result.valid, !result.diagnostics.some((d) => d.severity === 'error'));
  }
  for (const context of contexts) {
    const html = appnotify.renderCard(text, { to: 'html', ...context });
    assertNoProblems(htmlProblems(html.output, { card: true, org: context.org ? new URL(context.org).origin : '' }), `${what} card`, text);
    assertBounded(html.output, text, `${what} card`);
    const plain = appnotify.renderCard(text, { to: 'text', width: 40, ...context });
    assertNoProblems(textProblems(plain.output), `${what} text card`, text);
    const ansi = appnotify.renderCard(text, { to: 'ansi', ...context });
    assertNoProblems(ansiProblems(ansi.output), `${what} ANSI card`, text);
    assert.equal(html.valid, plain.valid);
  }
  for (const to of dialects) {
    const converted = appnotify.convert(text, { to, pushRecipients: ['maria@contoso.com'], targetHost: 'host.example',
                                                recipient: '0a9f62a8-90df-e311-9565-a45d36fc5fe8' });
    if (converted.valid) {
      assertBounded(converted.output, text, `${what} convert --to ${to}`);
      // What a conversion writes is a payload of the target that validates.
      const again = appnotify.validate(converted.output, { dialect: to });
      assert.ok(again.valid, `${what} convert --to ${to} wrote an invalid payload: ${JSON.stringify(again.diagnostics)}`);
    } else {
      assert.equal(converted.output, '');
    }
  }
}

/** Everything the package does to one markdown text, with the invariants. */
function exerciseMarkdown(markdown, what) {
  for (const context of contexts.slice(0, 3)) {
    const html = appnotify.renderMarkdown(markdown, { to: 'html', ...context });
    assertNoProblems(htmlProblems(html.output), `${what} HTML`, markdown);
    assertBounded(html.output, markdown, `${what} HTML`);
    assertDiagnosticsInside(html, markdown, `${what} HTML`);
    assertNoProblems(textProblems(appnotify.renderMarkdown(markdown, { to: 'text', ...context }).output), `${what} text`, markdown);
    assertNoProblems(ansiProblems(appnotify.renderMarkdown(markdown, { to: 'ansi', width: 20, ...context }).output), `${what} ANSI`, markdown);
    assertNoProblems(ansiProblems(appnotify.renderMarkdown(markdown, { to: 'ansi', hyperlinks: false, ...context }).output),
                     `${what} ANSI without hyperlinks`, markdown);
  }
}

/** Everything the package does to one link, with the invariants of fuzz_links. */
function exerciseLink(href, what) {
  for (const context of contexts) {
    const r = appnotify.resolveLink(href, context);
    assertDiagnosticsInside(r, href, what);
    if (!r.valid) {
      assert.equal(r.url, '');
      continue;
    }
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(r.url, /[\u0000-\u0020\u007f"<>`]/, `${what}: ${JSON.stringify(r.url)} is not safe in an attribute`);
    assert.equal(appnotify.resolveLink(r.url, context).url, r.url, `${what}: resolving ${r.url} again changes it`);
  }
}

describe('the fuzz corpora', () => {
  for (const name of ['fuzz_validate', 'fuzz_validate_dialects']) {
    test(`${name}: every payload, every call`, () => {
      const files = corpus(name);
      assert.ok(files.length > 10);
      for (const { file, bytes } of files)
        for (const text of texts(bytes)) exercisePayload(text, path.basename(file));
    });
  }
  for (const name of ['fuzz_markdown_html', 'fuzz_markdown_text', 'fuzz_markdown_ansi', 'fuzz_markdown_differential']) {
    test(`${name}: every text`, () => {
      for (const { file, bytes } of corpus(name))
        for (const text of texts(bytes)) exerciseMarkdown(text, path.basename(file));
    });
  }
  test('fuzz_links: every link', () => {
    for (const { file, bytes } of corpus('fuzz_links'))
      for (const text of texts(bytes.subarray(1))) exerciseLink(text, path.basename(file));
  });

  test('the validation of every payload is the tool\'s, field for field', { skip: cli ? false : 'APPNOTIFY_CLI is not set' }, () => {
    const files = [...corpus('fuzz_validate'), ...corpus('fuzz_validate_dialects')]
      .filter(({ bytes }) => {
        try {
          fatal.decode(bytes);
          return true;
        } catch {
          return false; // not UTF-8: a JavaScript string cannot hold what the tool reads
        }
      });
    const run = runCli(['validate', '--format', 'json', ...files.map((f) => f.file)]);
    const lines = run.stdout.toString('utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.equal(lines.length, files.length);
    files.forEach(({ file, bytes }, i) => {
      const expected = { valid: lines[i].valid, dialect: lines[i].dialect, diagnostics: lines[i].diagnostics.map(fromCliDiagnostic) };
      assert.deepStrictEqual(appnotify.validate(bytes.toString('utf8')), expected, file);
    });
  });
});

describe('the preview test\'s hostile payloads', () => {
  for (const file of filesUnder(path.join(sourceDir, 'tests', 'browser', 'hostile'), '.json')) {
    test(path.basename(file), () => exercisePayload(readFileSync(file, 'utf8'), path.basename(file)));
  }
});

describe('the shared corpora', { skip: corpora ? false : 'no ../shared/corpora (APPNOTIFY_CORPORA)' }, () => {
  const load = (relative) => JSON.parse(readFileSync(path.join(corpora, relative), 'utf8'));

  test('every XSS vector, as markdown and as the title and body of a notification', () => {
    const vectors = load('xss/vectors.json');
    assert.ok(vectors.length >= 100);
    for (const { markdown } of vectors) {
      exerciseMarkdown(markdown, 'XSS vector');
      const payload = JSON.stringify({
        Title: markdown, Body: markdown, Recipient: '/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)',
        OverrideContent: { '@odata.type': '#Microsoft.Dynamics.CRM.expando', title: markdown, body: markdown },
      });
      exercisePayload(payload, 'XSS vector payload');
    }
  });

  test('every terminal vector, in text and ANSI', () => {
    const vectors = load('xss/terminal.json');
    assert.ok(vectors.length >= 30);
    for (const vector of vectors) {
      const markdown = vector.raw_bytes_b64 ? Buffer.from(vector.raw_bytes_b64, 'base64').toString('latin1') : vector.markdown;
      exerciseMarkdown(markdown, `terminal vector ${vector.name ?? ''}`);
    }
  });

  test('every CommonMark example: safe, and the subset\'s HTML is the spec\'s', () => {
    const examples = load('commonmark/examples.json');
    let same = 0;
    for (const example of examples) {
      exerciseMarkdown(example.markdown, `CommonMark example ${example.example}`);
      if (example.in_subset && appnotify.renderMarkdown(example.markdown).output === example.html) ++same;
    }
    // The library's own spec test holds the exact list; here the WebAssembly build must agree
    // on nearly all of the subset (the spec's HTML is compared without normalisation).
    assert.ok(same >= 240, `${same} of the subset's examples render as the spec says`);
  });
});

describe('inputs at and past the limits', () => {
  test('a payload past 1 MiB is refused as too large, as the tool reads it', () => {
    const text = `{"Title": "${'x'.repeat(1 << 20)}"}`;
    const result = appnotify.validate(text);
    assert.deepStrictEqual(result.diagnostics.map((d) => d.code), ['input-too-large']);
    const huge = 'y'.repeat(64 << 20);
    assert.deepStrictEqual(appnotify.validate(huge).diagnostics.map((d) => d.code), ['input-too-large']);
    assert.deepStrictEqual(appnotify.renderCard(huge).diagnostics.map((d) => d.code), ['input-too-large']);
    assert.equal(appnotify.convert(huge, { to: 'record' }).valid, false);
  });

  test('markdown past 1 MiB is not rendered, and says how much the tool would have read', () => {
    const result = appnotify.renderMarkdown('*'.repeat(3 << 20));
    assert.equal(result.valid, false);
    assert.equal(result.output, '');
    assert.deepStrictEqual(result.diagnostics.map((d) => d.code), ['markdown-input-too-large']);
    assert.match(result.diagnostics[0].message, /1048577 bytes long/);
  });

  test('deep nesting, long lines and many diagnostics stay cheap', () => {
    const deep = `${'['.repeat(100000)}${']'.repeat(100000)}`;
    assert.equal(appnotify.validate(deep).valid, false);
    const nested = `{"Title":"t","Recipient":"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)","x":${'{"a":'.repeat(300)}1${'}'.repeat(300)}}`;
    assert.ok(appnotify.validate(nested).diagnostics.some((d) => d.code === 'json-nesting-too-deep'));
    const many = `{"Title":"t",${Array.from({ length: 5000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const result = appnotify.validate(many);
    assert.ok(result.diagnostics.length <= 1001);
    assert.equal(result.diagnostics.at(-1).code, 'too-many-diagnostics');
    const lists = `${'- '.repeat(5000)}x\n${'*'.repeat(50000)}a${'*'.repeat(50000)}`;
    exerciseMarkdown(lists, 'nested lists and emphasis');
  });
});
