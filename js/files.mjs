// SPDX-License-Identifier: MIT
// The repository's files as the package's build, its tests and the playground's test read them:
// one list of examples, so the playground shows exactly the examples the tests check.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` whose name ends with `suffix`, in a fixed (sorted) order. */
export function filesUnder(dir, suffix = '') {
  return readdirSync(dir).sort().flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file, suffix);
    return name.endsWith(suffix) ? [file] : [];
  });
}

/** True when `bytes` are UTF-8: only those can be a JavaScript string and come back the same. */
export function isUtf8(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The payloads of examples/ that a string (and a text editor) can hold: a file that is not UTF-8,
 * such as examples/cpp/hostile/invalid-utf8.json, is for the byte interfaces. */
export function textExamples(sourceDir) {
  return filesUnder(path.join(sourceDir, 'examples'), '.json').filter((file) => isUtf8(readFileSync(file)));
}
