// SPDX-License-Identifier: MIT
// 10,000 calls with flat memory: once every buffer has grown to the largest input, the
// WebAssembly module's linear memory does not grow and its allocator holds the same bytes after
// every round; the process's resident memory stays within a margin (the JavaScript heap's own
// garbage comes and goes).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';

import * as appnotify from '../dist/appnotify.mjs';
import { examples, org } from './support.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

/** One of the calls a server or an editor makes, chosen by `i`, on the examples in turn. */
function call(i) {
  const text = examples[i % examples.length].text;
  switch (i % 5) {
  case 0: return appnotify.validate(text);
  case 1: return appnotify.renderCard(text, { org, to: i % 2 ? 'html' : 'text' });
  case 2: return appnotify.renderMarkdown(text.slice(0, 400), { to: 'html' });
  case 3: return appnotify.convert(text, { to: 'record', recipient: '0a9f62a8-90df-e311-9565-a45d36fc5fe8' });
  default: return appnotify.resolveLink(`?pagetype=entityrecord&etn=account&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8&n=${i}`, { org });
  }
}

test('10,000 calls: the module\'s memory is flat, and so is the process\'s', () => {
  const round = examples.length * 5; // every call on every example
  for (let i = 0; i < 2 * round; ++i) call(i); // the buffers grow to the largest input
  gc();
  const start = { ...appnotify.memoryUsage(), ...process.memoryUsage() };
  const heapAfterRounds = [];
  const rss = [];
  const calls = 10000;
  for (let i = 0; i < calls; ++i) {
    call(i);
    if ((i + 1) % round === 0) heapAfterRounds.push(appnotify.memoryUsage().heapInUse);
    if ((i + 1) % 1000 === 0) {
      gc();
      rss.push(process.memoryUsage().rss);
    }
  }
  gc();
  const end = { ...appnotify.memoryUsage(), ...process.memoryUsage() };
  const mib = (n) => `${(n / 2 ** 20).toFixed(1)} MiB`;
  console.log(`wasm memory ${start.wasmMemory} -> ${end.wasmMemory} bytes; allocator ${start.heapInUse} -> ${end.heapInUse} bytes; ` +
              `JavaScript heap ${mib(start.heapUsed)} -> ${mib(end.heapUsed)}; RSS ${mib(start.rss)} -> ${rss.map(mib).join(', ')}`);
  // The module: its linear memory does not grow, and after each full round of calls its
  // allocator holds exactly what it held before.
  assert.equal(end.wasmMemory, start.wasmMemory, 'the linear memory grew');
  assert.ok(heapAfterRounds.length >= 10);
  for (const bytes of heapAfterRounds) assert.equal(bytes, start.heapInUse, `allocator: ${heapAfterRounds.join(', ')}`);
  // JavaScript keeps nothing of a call once it is collected.
  assert.ok(end.heapUsed - start.heapUsed < 2 ** 20, `the JavaScript heap grew by ${end.heapUsed - start.heapUsed} bytes`);
  // The process: V8 compiles the hot functions of the module again, optimised, while the calls
  // run (some MiB of code), so the resident memory may rise at first; over the last 5,000
  // calls it must not (a leak of 2 KiB a call would add 10 MiB).
  assert.ok(rss.at(-1) - rss[4] < 8 * 2 ** 20, `RSS rose over the last 5,000 calls: ${rss.map(mib).join(', ')}`);
  assert.ok(end.rss - start.rss < 48 * 2 ** 20, `RSS grew by ${mib(end.rss - start.rss)}`);
});

test('a large input grows the module once; smaller ones after it allocate nothing more', () => {
  const large = `{"Title": "t", "Body": "${'word '.repeat(100000)}"}`;
  appnotify.validate(large);
  appnotify.renderCard(large);
  const grown = appnotify.memoryUsage();
  for (let i = 0; i < 1000; ++i) {
    appnotify.validate(large);
    appnotify.renderCard(large);
    call(i);
  }
  const after = appnotify.memoryUsage();
  assert.equal(after.wasmMemory, grown.wasmMemory);
  assert.ok(after.wasmMemory <= 64 * 2 ** 20, `${after.wasmMemory} bytes of linear memory for a 500 KB payload`);
});
