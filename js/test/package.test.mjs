// SPDX-License-Identifier: MIT
// `npm pack` makes the package, and the package works where it is installed: it is installed
// from its tarball into a new project, imported by name from Node, and a TypeScript program
// type-checks against its declarations (and a wrong one does not). Prints the package's size.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { jsDir } from './support.mjs';

const pkg = JSON.parse(readFileSync(path.join(jsDir, 'package.json'), 'utf8'));
const tsc = path.join(jsDir, 'node_modules', 'typescript', 'bin', 'tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work;
let tarball;
let project;

describe('npm pack', () => {
  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'appnotify-pack-'));
    const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: jsDir, encoding: 'utf8' }));
    tarball = path.join(work, packed.filename);
    const gz = readFileSync(tarball).length;
    console.log(`${packed.filename}: ${(gz / 1024).toFixed(1)} KiB packed (gzipped), ${(packed.unpackedSize / 1024).toFixed(1)} KiB unpacked, ` +
                `${packed.files.length} files`);
    project = path.join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('holds the module, the classic script, the declarations, the README and the licence, and nothing else', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepStrictEqual(files, ['package/README.md', 'package/appnotify.d.ts', 'package/dist/LICENSE', 'package/dist/appnotify.js',
                                   'package/dist/appnotify.mjs', 'package/global.d.ts', 'package/package.json'].sort());
  });

  test('installed, it is imported by name and works', () => {
    const script = `import { validate, renderCard, version } from 'appnotify';
      const r = validate('{"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"}');
      const c = renderCard('{"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"}', { to: 'text' });
      console.log(JSON.stringify([version, r.valid, r.dialect, c.output]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    assert.deepStrictEqual(JSON.parse(out), [pkg.version, true, 'action', '[info] Hi\n']);
    const classic = execFileSync(process.execPath, ['-e',
      "require('vm').runInThisContext(require('fs').readFileSync(require.resolve('appnotify/classic'), 'utf8')); console.log(appnotify.version)"],
      { cwd: project, encoding: 'utf8' });
    assert.equal(classic.trim(), pkg.version);
  });

  const typescript = existsSync(tsc) ? false : 'TypeScript is not installed: npm ci in js/ (tools/test does)';
  test('a TypeScript program type-checks against the declarations, and a wrong one does not', { skip: typescript }, () => {
    const compile = (files) => {
      for (const [name, source] of Object.entries(files)) writeFileSync(path.join(project, name), source);
      return spawnSync(process.execPath, [tsc, '--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext',
                                          '--target', 'es2022', '--lib', 'es2022,dom', ...Object.keys(files)],
                       { cwd: project, encoding: 'utf8' });
    };
    const good = compile({
      'good.ts': `import { validate, renderMarkdown, renderCard, resolveLink, convert, type Diagnostic, type Dialect } from 'appnotify';
const result = validate('{}', { dialect: 'auto' });
const first: Diagnostic | undefined = result.diagnostics[0];
const where: string = first ? \`\${first.line}:\${first.column}-\${first.endLine}:\${first.endColumn} \${first.code}\` : '';
const dialect: Dialect | 'unknown' = result.dialect;
const html: string = renderMarkdown('**hi**', { to: 'html', org: 'https://contoso.crm.dynamics.com' }).output;
const card = renderCard('{}', { to: 'text', width: 60, appId: '12fd1cf3-e06e-e911-a95f-000d3a13c42a' });
const url: string = resolveLink('?pagetype=dashboard').url;
const converted = convert('{}', { to: 'push', pushRecipients: ['maria@contoso.com'] });
const losses: string[] = converted.losses.map((l) => l.what + l.why);
console.log(where, dialect, html, card.dialect, url, losses, converted.error);
`,
      // The global of the classic script, for a web resource's TypeScript.
      'global.ts': `/// <reference types="appnotify/classic" />
const ok: boolean = appnotify.validate('{}').valid;
console.log(ok, appnotify.version);
`,
    });
    assert.equal(good.status, 0, good.stdout + good.stderr);
    const wrongs = [["validate(42);", 'TS2345'], ["renderMarkdown('x', { to: 'pdf' });", 'TS2322'],
                    ["convert('{}', {});", 'TS2345'], ["const n: number = validate('{}').dialect;", 'TS2322']];
    const bad = compile(Object.fromEntries(wrongs.map(([wrong], i) =>
      [`bad${i}.ts`, `import { validate, renderMarkdown, convert } from 'appnotify';\n${wrong}\nexport {};\n`])));
    assert.notEqual(bad.status, 0);
    wrongs.forEach(([wrong, error], i) =>
      assert.match(bad.stdout, new RegExp(`^bad${i}\\.ts\\(2,\\d+\\): error ${error}`, 'm'), `${wrong}: ${bad.stdout}`));
  });
});
