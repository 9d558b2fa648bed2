// SPDX-License-Identifier: MIT
// The package gives what the command-line tool gives, on every example of examples/: the same
// validation (every field of `validate --format json`), the same bytes for `render`, `markdown`,
// `convert` and `link`, the same exit verdicts. The tool is the one the test suite built
// (APPNOTIFY_CLI), run in the same test run.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import * as appnotify from '../dist/appnotify.mjs';
import { appId, cli, examples, fromCliDiagnostic, org, parsed, runCli, stringsOf } from './support.mjs';

const skip = cli ? false : 'APPNOTIFY_CLI is not set: give the path of the appnotify tool to compare with';
const dialects = ['action', 'record', 'push', 'graph'];

/** Bytes of a JavaScript string, to compare with the tool's output byte for byte. */
const bytes = (text) => Buffer.from(text, 'utf8');

function assertSameBytes(actual, expected, what) {
  if (Buffer.compare(bytes(actual), expected) !== 0)
    assert.fail(`${what}: the package wrote\n${JSON.stringify(actual)}\nthe tool wrote\n${JSON.stringify(expected.toString('utf8'))}`);
}

/** `validate --format json` of every example, one run per dialect: dialect -> file -> its line. */
const validations = new Map();
if (cli) {
  for (const dialect of ['auto', ...dialects]) {
    const run = runCli(['validate', '--format', 'json', '--dialect', dialect, ...examples.map((e) => e.file)]);
    const lines = run.stdout.toString('utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    validations.set(dialect, new Map(examples.map((e, i) => [e.file, lines[i]])));
    if (lines.length !== examples.length || lines.some((line, i) => line.input !== examples[i].file))
      throw new Error(`validate --dialect ${dialect} gave ${lines.length} lines for ${examples.length} examples`);
    if (run.status !== (lines.every((line) => line.valid) ? 0 : 1)) throw new Error(`validate exited with ${run.status}`);
  }
}

describe('the same as the command-line tool on every example', { skip }, () => {
  test('there are examples of every dialect', () => {
    const seen = new Set(examples.map((e) => appnotify.validate(e.text).dialect));
    for (const d of dialects) assert.ok(seen.has(d), `no example of ${d} (${[...seen]})`);
    assert.ok(examples.length >= 25, `${examples.length} examples`);
  });

  for (const example of examples) {
    describe(example.name, () => {
      test('validate: every field of `validate --format json`', () => {
        for (const dialect of ['auto', ...dialects]) {
          const line = validations.get(dialect).get(example.file);
          const expected = { valid: line.valid, dialect: line.dialect, diagnostics: line.diagnostics.map(fromCliDiagnostic) };
          const actual = appnotify.validate(example.text, { dialect });
          assert.deepStrictEqual(actual, expected, `--dialect ${dialect}`);
          // Same member order too, so that JSON.stringify of a result is stable.
          for (const [i, d] of actual.diagnostics.entries())
            assert.deepStrictEqual(Object.keys(d), Object.keys(expected.diagnostics[i]));
        }
      });

      test('renderCard: the bytes of `render --to html|text|ansi`', () => {
        const cases = [
          { args: ['--to', 'html'], options: { to: 'html' } },
          { args: ['--to', 'text'], options: { to: 'text' } },
          { args: ['--to', 'ansi'], options: { to: 'ansi' } },
          { args: ['--to', 'html', '--org', org, '--app-id', appId], options: { to: 'html', org, appId } },
          { args: ['--to', 'text', '--org', org, '--app-name', 'contoso_sales', '--width', '60'],
            options: { to: 'text', org, appName: 'contoso_sales', width: 60 } },
          { args: ['--to', 'ansi', '--org', org, '--no-hyperlinks', '--width', '40'],
            options: { to: 'ansi', org, hyperlinks: false, width: 40 } },
        ];
        for (const { args, options } of cases) {
          const cliRun = runCli(['render', ...args, example.file]);
          const actual = appnotify.renderCard(example.text, options);
          assert.equal(actual.valid, cliRun.status === 0, `render ${args.join(' ')}: exit ${cliRun.status}`);
          if (actual.valid) assertSameBytes(actual.output, cliRun.stdout, `render ${args.join(' ')}`);
          else assert.equal(actual.output, '');
          assert.deepStrictEqual(actual.diagnostics, appnotify.validate(example.text).diagnostics);
        }
      });

      test('convert: the bytes of `convert --to` every dialect, its notes and its refusals', () => {
        const args = ['--recipient', '0a9f62a8-90df-e311-9565-a45d36fc5fe8', '--push-recipient', 'maria@contoso.com',
                      '--push-recipient', '4c8c6fd5-6c26-4e2a-9e4c-2b1b27e4c1d1',
                      '--target-host', 'graphnotifications.sample.windows.com', '--org', org, '--app-id', appId];
        const options = { recipient: '0a9f62a8-90df-e311-9565-a45d36fc5fe8',
                          pushRecipients: ['maria@contoso.com', '4c8c6fd5-6c26-4e2a-9e4c-2b1b27e4c1d1'],
                          targetHost: 'graphnotifications.sample.windows.com', org, appId };
        for (const to of dialects) {
          for (const [cliArgs, jsOptions] of [[args, options], [[], {}]]) {
            const cliRun = runCli(['convert', '--to', to, ...cliArgs, example.file]);
            const actual = appnotify.convert(example.text, { to, ...jsOptions });
            const what = `convert --to ${to} ${cliArgs.join(' ')}`;
            assert.equal(actual.valid, cliRun.status === 0, `${what}: exit ${cliRun.status} ${cliRun.stderr}`);
            if (actual.valid) {
              assertSameBytes(actual.output, cliRun.stdout, what);
              const notes = actual.losses.map((l) => `note: ${l.what} not converted to ${to}: ${l.why}\n`).join('');
              assertSameBytes(notes, cliRun.stderr, `${what}: notes`);
              assert.equal(actual.error, '');
            } else {
              assert.equal(actual.output, '');
              assert.equal(cliRun.stdout.length, 0);
              if (actual.error.includes(' payload written would not be valid: '))
                assert.ok(cliRun.stderr.toString('utf8').includes(' would not be valid:\n'), `${what}: ${cliRun.stderr}`);
              else if (actual.error)
                assert.ok(cliRun.stderr.toString('utf8').includes(`as ${to}: ${actual.error}\n`), `${what}: ${cliRun.stderr}`);
              else assert.ok(actual.diagnostics.some((d) => d.severity === 'error'));
            }
          }
        }
      });

      const json = parsed(example.text);
      const texts = json === null ? [] : [...new Set(stringsOf(json)
        .filter((s) => /^(title|body|message)$/i.test(s.key) && s.value.trim() !== '')
        .map((s) => s.value))];
      test(`renderMarkdown: the bytes of \`markdown --to html|text|ansi\` on its ${texts.length} texts`, () => {
        for (const text of texts) {
          for (const [args, options] of [[['--to', 'html'], { to: 'html' }], [['--to', 'text'], { to: 'text' }],
                                         [['--to', 'ansi', '--width', '30', '--org', org], { to: 'ansi', width: 30, org }],
                                         [['--to', 'html', '--org', org, '--app-id', appId], { to: 'html', org, appId }]]) {
            const cliRun = runCli(['markdown', ...args], text);
            const actual = appnotify.renderMarkdown(text, options);
            assertSameBytes(actual.output, cliRun.stdout, `markdown ${args.join(' ')} of ${JSON.stringify(text)}`);
            assert.equal(actual.valid, cliRun.status === 0);
            assert.equal(actual.diagnostics.length, (cliRun.stderr.toString('utf8').match(/^<stdin>:\d+:\d+: /gm) ?? []).length);
          }
        }
      });

      const links = json === null ? [] : [...new Set(stringsOf(json).flatMap((s) => {
        if (/^(url|iconUrl|navigationTarget)$/i.test(s.key)) return [s.value];
        return [...s.value.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1]);
      }))];
      test(`resolveLink: the bytes of \`link\` on its ${links.length} links`, () => {
        for (const href of links) {
          for (const [args, options] of [[[], {}], [['--org', org, '--app-id', appId], { org, appId }],
                                         [['--org', org, '--app-name', 'sales'], { org, appName: 'sales' }]]) {
            const cliRun = runCli(['link', '--color', 'never', ...args, href]);
            const actual = appnotify.resolveLink(href, options);
            assert.equal(actual.valid, cliRun.status === 0, `link ${href}: exit ${cliRun.status}`);
            assertSameBytes(actual.valid ? `${actual.url}\n` : '', cliRun.stdout, `link ${args.join(' ')} ${href}`);
            assert.equal(actual.diagnostics.length, (cliRun.stderr.toString('utf8').match(/^link 1:\d+:\d+: /gm) ?? []).length);
          }
        }
      });
    });
  }
});

describe('the same as the command-line tool on arguments it refuses', { skip }, () => {
  test('an unusable organization or app id', () => {
    for (const [args, options] of [[['--org', 'ftp://contoso'], { org: 'ftp://contoso' }],
                                   [['--app-id', 'not-a-guid'], { appId: 'not-a-guid' }]]) {
      const cliRun = runCli(['link', ...args, '/WebResources/x.js']);
      assert.equal(cliRun.status, 2);
      const actual = appnotify.resolveLink('/WebResources/x.js', options);
      assert.equal(actual.valid, false);
      assert.equal(actual.url, '');
      assert.deepStrictEqual(actual.diagnostics.map((d) => d.code), ['link-invalid-context']);
      assert.ok(cliRun.stderr.toString('utf8').includes(actual.diagnostics[0].message));
      const card = appnotify.renderCard(examples[0].text, options);
      assert.equal(card.valid, false);
      assert.equal(card.dialect, null);
    }
  });

  test('a conversion whose output would not be valid as its dialect: withheld, its errors said', () => {
    const example = examples.find((e) => appnotify.validate(e.text).valid);
    for (const [to, args, options, messages] of [
      ['graph', ['--target-host', 'bad host'], { targetHost: 'bad host' }, 1],
      ['push', ['--push-recipient', 'x y', '--push-recipient', 'maria@contoso.com', '--push-recipient', 'a b'],
       { pushRecipients: ['x y', 'maria@contoso.com', 'a b'] }, 2],
    ]) {
      const cliRun = runCli(['convert', '--to', to, ...args, example.file]);
      assert.equal(cliRun.status, 1);
      assert.equal(cliRun.stdout.length, 0);
      const stderr = cliRun.stderr.toString('utf8');
      assert.ok(stderr.includes(`the ${to} payload written from ${example.file} would not be valid:\n`), stderr);
      const actual = appnotify.convert(example.text, { to, ...options });
      assert.equal(actual.valid, false);
      assert.equal(actual.output, '');
      assert.deepStrictEqual(actual.diagnostics, appnotify.validate(example.text).diagnostics);
      const prefix = `the ${to} payload written would not be valid: `;
      assert.ok(actual.error.startsWith(prefix), actual.error);
      const reasons = actual.error.slice(prefix.length).split('; ');
      assert.equal(reasons.length, messages);
      // Each is an error of the tool's: "error[code]: MESSAGE (at PATH)".
      for (const reason of reasons) assert.ok(stderr.includes(`: ${reason}\n`), `${reason} is not in\n${stderr}`);
      assert.equal(stderr.match(/ error\[/g).length, messages);
    }
  });
});
