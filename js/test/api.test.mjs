// SPDX-License-Identifier: MIT
// The package's interface: what it exports, the shapes it returns, errors as values, TypeError
// and RangeError for misuse, text that is not well-formed UTF-16, and the classic script.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import vm from 'node:vm';

import * as appnotify from '../dist/appnotify.mjs';
import { appId, examples, jsDir, org } from './support.mjs';

const pkg = JSON.parse(readFileSync(path.join(jsDir, 'package.json'), 'utf8'));
const welcome = readFileSync(path.join(jsDir, '..', 'examples', 'seed000', 'welcome.json'), 'utf8');
const functions = { validate: [], renderMarkdown: [], renderCard: [], resolveLink: [], convert: [{ to: 'push' }] };

describe('exports', () => {
  test('the functions, the version and nothing else', () => {
    assert.deepStrictEqual(Object.keys(appnotify).sort(),
      ['cardStylesheet', 'convert', 'memoryUsage', 'renderCard', 'renderMarkdown', 'resolveLink', 'validate', 'version']);
    assert.equal(appnotify.version, pkg.version);
  });

  test('the package.json points at what exists, and npm pack ships it', () => {
    assert.equal(pkg.type, 'module');
    assert.equal(pkg.exports['.'].default, './dist/appnotify.mjs');
    for (const file of pkg.files) assert.ok(readFileSync(path.join(jsDir, file)).length > 0, file);
  });

  test('the card stylesheet styles the card classes', () => {
    const css = appnotify.cardStylesheet();
    for (const selector of ['.an-card', '.an-title', '.an-body', '.an-action']) assert.ok(css.includes(selector), selector);
  });
});

describe('results', () => {
  test('validate: valid, dialect and diagnostics with every field', () => {
    const text = '{"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)", "IconType": "100000003"}';
    const result = appnotify.validate(text);
    assert.equal(result.valid, false);
    assert.equal(result.dialect, 'action');
    assert.equal(result.diagnostics.length, 1);
    const d = result.diagnostics[0];
    assert.equal(d.code, 'number-as-string');
    assert.equal(d.severity, 'error');
    assert.equal(d.path, '/IconType');
    // At the string's opening quote; one line of ASCII, so the column is the offset + 1.
    assert.equal(d.offset, text.indexOf('"100000003"'));
    assert.equal(d.line, 1);
    assert.equal(d.column, d.offset + 1);
    assert.match(d.message, /must be a number, not a string/);
    assert.deepStrictEqual(Object.keys(result), ['valid', 'dialect', 'diagnostics']);
  });

  test('errors are values: empty, broken and foreign input', () => {
    for (const [text, code] of [['', 'json-empty'], ['   ', 'json-empty'], ['{"Title": "x",}', 'json-trailing-comma'],
                                ['[1, 2]', 'payload-not-object'], ['{"a": 1}', 'dialect-unknown'], ['nul', 'json-invalid-literal']]) {
      const result = appnotify.validate(text);
      assert.equal(result.valid, false, text);
      assert.ok(result.diagnostics.some((d) => d.code === code), `${text}: ${JSON.stringify(result.diagnostics)}`);
    }
    assert.equal(appnotify.validate('{"a": 1}').dialect, 'unknown');
    const card = appnotify.renderCard('{');
    assert.deepStrictEqual([card.valid, card.output], [false, '']);
    const converted = appnotify.convert(welcome, { to: 'push' });
    assert.equal(converted.valid, false);
    assert.match(converted.error, /recipient/);
  });

  test('renderMarkdown: HTML by default, text and ANSI, links resolved for the app', () => {
    const md = '**SLA** [case](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)';
    assert.equal(appnotify.renderMarkdown(md).output,
      '<p><strong>SLA</strong> <a href="?pagetype=entityrecord&amp;etn=incident&amp;id=0a9f62a8-90df-e311-9565-a45d36fc5fe8">case</a></p>\n');
    assert.equal(appnotify.renderMarkdown(md, { to: 'text', org, appId }).output,
      `SLA case (${org}/main.aspx?appid=${appId}&pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)`);
    assert.match(appnotify.renderMarkdown(md, { to: 'ansi' }).output, /\u001b\[1mSLA\u001b\[22m/);
    const refused = appnotify.renderMarkdown('[x](javascript:alert(1))');
    assert.equal(refused.output, '<p>x</p>\n');
    assert.deepStrictEqual(refused.diagnostics.map((d) => d.code), ['markdown-link-refused']);
  });

  test('resolveLink: the URL, or the reasons it is refused', () => {
    assert.deepStrictEqual(appnotify.resolveLink('/WebResources/new_icon.svg', { org }),
                           { valid: true, url: `${org}/WebResources/new_icon.svg`, diagnostics: [] });
    const refused = appnotify.resolveLink('javascript:alert(1)');
    assert.equal(refused.valid, false);
    assert.equal(refused.url, '');
    assert.deepStrictEqual(refused.diagnostics.map((d) => d.code), ['link-refused']);
  });

  test('convert: every dialect, losses listed', () => {
    for (const to of ['action', 'record', 'push', 'graph']) {
      const result = appnotify.convert(welcome, { to, pushRecipients: ['maria@contoso.com'], targetHost: 'host.example' });
      assert.equal(result.valid, true, to);
      assert.equal(result.dialect, 'action');
      assert.equal(appnotify.validate(result.output, { dialect: to }).valid, true, result.output);
      assert.ok(Array.isArray(result.losses));
    }
  });

  test('every example renders or explains why not', () => {
    for (const example of examples) {
      const card = appnotify.renderCard(example.text, { org, appId });
      assert.equal(card.valid, appnotify.validate(example.text).valid);
      if (card.valid) assert.match(card.output, /^<article class="an-card/);
    }
  });
});

describe('misuse throws', () => {
  for (const [name, extra] of Object.entries(functions)) {
    test(`${name}: a non-string argument is a TypeError`, () => {
      for (const value of [undefined, null, 42, true, {}, [], new Uint8Array(2), Symbol('s'), new String('x'), () => 'x'])
        assert.throws(() => appnotify[name](value, ...extra), TypeError, `${name}(${String(typeof value)})`);
    });
    test(`${name}: options that are not an object, or an option of the wrong type`, () => {
      for (const options of [42, 'html', true, []]) assert.throws(() => appnotify[name]('{}', options), TypeError);
      if (name === 'validate') return; // it takes no organization
      assert.throws(() => appnotify[name]('{}', { ...extra[0], org: 42 }), TypeError);
      assert.throws(() => appnotify[name]('{}', { ...extra[0], appId: {} }), TypeError);
    });
  }
  test('an unknown format or dialect is a RangeError', () => {
    assert.throws(() => appnotify.renderMarkdown('x', { to: 'pdf' }), RangeError);
    assert.throws(() => appnotify.renderCard('{}', { to: 'HTML' }), RangeError);
    assert.throws(() => appnotify.validate('{}', { dialect: 'xml' }), RangeError);
    assert.throws(() => appnotify.convert('{}', { to: 'teams' }), RangeError);
    assert.throws(() => appnotify.renderCard('{}', { to: 5 }), TypeError);
  });
  test('convert needs a target; push recipients are strings; widths are whole numbers', () => {
    assert.throws(() => appnotify.convert('{}'), TypeError);
    assert.throws(() => appnotify.convert('{}', {}), TypeError);
    assert.throws(() => appnotify.convert('{}', { to: 'push', pushRecipients: 'a@b.c' }), TypeError);
    assert.throws(() => appnotify.convert('{}', { to: 'push', pushRecipients: ['a@b.c', 5] }), TypeError);
    assert.throws(() => appnotify.convert('{}', { to: 'push', pushRecipients: Array(5000).fill('a@b.c') }), RangeError);
    assert.equal(appnotify.convert(welcome, { to: 'push', pushRecipients: Array(1000).fill('a@contoso.com') }).valid, true);
    for (const width of [-1, 1.5, '80', 1e9]) assert.throws(() => appnotify.renderMarkdown('x', { width }), TypeError);
    assert.throws(() => appnotify.renderMarkdown('x', { hyperlinks: 'no' }), TypeError);
  });
  test('absent options: undefined and null are the defaults', () => {
    assert.deepStrictEqual(appnotify.validate(welcome, null), appnotify.validate(welcome));
    assert.deepStrictEqual(appnotify.renderCard(welcome, { org: null, appId: undefined, dialect: 'auto' }), appnotify.renderCard(welcome));
  });
  test('a link or option past 1 MiB is a RangeError (the tool could not even be given one)', () => {
    assert.throws(() => appnotify.resolveLink(`https://x.example/${'a'.repeat(1 << 20)}`), RangeError);
    assert.throws(() => appnotify.renderMarkdown('x', { org: `https://${'a'.repeat(1 << 20)}` }), RangeError);
  });
});

describe('text', () => {
  test('positions count characters, as the tool does: astral characters are one column', () => {
    const result = appnotify.validate('{"Title": "😀😀", "Recipient": 5}');
    const d = result.diagnostics.find((x) => x.path === '/Recipient');
    assert.equal(d.column, 30);
    assert.equal(d.offset, 35); // bytes: each emoji is four
  });
  test('a lone surrogate is invalid text where it stands, never silently replaced', () => {
    for (const [text, column] of [['{"Title": "a\uD800b"}', 13], ['{"Title": "\uDC00"}', 12], ['{"Title": "x\uD83D"}', 13]]) {
      const result = appnotify.validate(text);
      const d = result.diagnostics.find((x) => x.code === 'json-invalid-utf8');
      assert.ok(d, JSON.stringify(result.diagnostics));
      assert.equal(d.line, 1);
      assert.equal(d.column, column);
    }
    // A well-formed pair is one character.
    assert.equal(appnotify.validate('{"Title": "\uD83D\uDE00"}').diagnostics.some((d) => d.code === 'json-invalid-utf8'), false);
    // Markdown shows the replacement character, as for any invalid UTF-8.
    assert.equal(appnotify.renderMarkdown('a\uD800b').output, '<p>a\uFFFDb</p>\n');
  });
  test('NUL and other controls pass through to the library', () => {
    const result = appnotify.validate('{"Title": "a\u0000b"}');
    assert.ok(result.diagnostics.some((d) => d.code === 'json-control-character'));
  });
});

describe('a module that fails', () => {
  test('is dropped: the call throws, and the next call has a new module that works', () => {
    // The classic script, given a WebAssembly whose instances trap once in validate.
    const source = readFileSync(path.join(jsDir, 'dist', 'appnotify.js'), 'utf8');
    let instances = 0;
    let trapped = false;
    const Instance = function (module, imports) {
      const real = new WebAssembly.Instance(module, imports);
      ++instances;
      const exports = { ...real.exports };
      exports.an_validate = (...args) => {
        if (!trapped) {
          trapped = true;
          throw new WebAssembly.RuntimeError('unreachable');
        }
        return real.exports.an_validate(...args);
      };
      return { exports };
    };
    const context = vm.createContext({ TextEncoder, TextDecoder, atob, WebAssembly: { Module: WebAssembly.Module, Instance } });
    vm.runInContext(source, context);
    assert.throws(() => context.appnotify.validate(welcome), /the WebAssembly module failed \(unreachable\)/);
    assert.equal(instances, 1);
    assert.equal(context.appnotify.validate(welcome).valid, true);
    assert.equal(instances, 2);
  });
});

describe('the classic script', () => {
  test('defines the global appnotify with the same functions and results', () => {
    const source = readFileSync(path.join(jsDir, 'dist', 'appnotify.js'), 'utf8');
    const context = vm.createContext({ TextEncoder, TextDecoder, WebAssembly, atob });
    vm.runInContext(source, context, { filename: 'appnotify.js' });
    const classic = context.appnotify;
    assert.deepStrictEqual(Object.keys(classic).sort(), Object.keys(appnotify).sort());
    assert.equal(classic.version, appnotify.version);
    for (const example of examples.slice(0, 8)) {
      assert.deepStrictEqual(JSON.stringify(classic.validate(example.text)), JSON.stringify(appnotify.validate(example.text)));
      assert.equal(classic.renderCard(example.text, { org }).output, appnotify.renderCard(example.text, { org }).output);
    }
    assert.ok(Object.isFrozen(classic));
  });
});
