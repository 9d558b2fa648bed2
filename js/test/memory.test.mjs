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
  const before = { ...appnotify.memoryUsage(), rss: process.memoryUsage().rss };
  const heapAfterRounds = [];
  const calls = 10000;
  for (let i = 0; i < calls; ++i) {
    call(i);
    if ((i + 1) % round === 0) heapAfterRounds.push(appnotify.memoryUsage().heapInUse);
  }
  gc();
  const after = { ...appnotify.memoryUsage(), rss: process.memoryUsage().rss };
  console.log(`wasm memory ${before.wasmMemory} -> ${after.wasmMemory} bytes; allocator ${before.heapInUse} -> ${after.heapInUse} bytes; ` +
              `RSS ${(before.rss / 2 ** 20).toFixed(1)} -> ${(after.rss / 2 ** 20).toFixed(1)} MiB`);
  assert.equal(after.wasmMemory, before.wasmMemory, 'the linear memory grew');
  // After each full round of calls, the allocator holds exactly what it held before.
  assert.ok(heapAfterRounds.length >= 10);
  for (const bytes of heapAfterRounds) assert.equal(bytes, before.heapInUse, `allocator: ${heapAfterRounds.join(', ')}`);
  assert.ok(after.rss - before.rss < 16 * 2 ** 20, `RSS grew by ${after.rss - before.rss} bytes`);
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
