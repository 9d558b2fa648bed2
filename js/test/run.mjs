// SPDX-License-Identifier: MIT
// Runs the package's tests (node --test js/test/*.test.mjs) once tools/build-wasm has built the
// package: exits 77 (skipped) when js/dist/ is not there, and fails when it is older than what it
// is built from (run tools/build-wasm again). ctest runs it with APPNOTIFY_CLI set to the tool it
// built, which the tests compare with.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

import { filesUnder, jsDir, sourceDir } from './support.mjs';

const built = path.join(jsDir, 'dist', 'appnotify.mjs');
if (!existsSync(built)) {
  console.error('js/dist/ is not built: run tools/build-wasm (tools/test does)');
  process.exit(77);
}
const sources = [path.join(jsDir, 'src', 'core.js'), path.join(jsDir, 'src', 'binding.cpp'), path.join(jsDir, 'build.mjs'),
                 path.join(jsDir, 'package.json'), ...filesUnder(path.join(sourceDir, 'include'))];
const newer = sources.filter((file) => statSync(file).mtimeMs > statSync(built).mtimeMs);
if (newer.length) {
  console.error(`js/dist/ is older than ${newer.map((f) => path.relative(sourceDir, f)).join(', ')}: run tools/build-wasm`);
  process.exit(1);
}
const tests = readdirSync(path.join(jsDir, 'test')).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => path.join('test', f));
const run = spawnSync(process.execPath, ['--test', ...tests], { cwd: jsDir, stdio: 'inherit' });
process.exit(run.status ?? 1);
