// SPDX-License-Identifier: MIT
// What the package's tests share: the repository's paths, the examples, the command-line tool
// to compare with (APPNOTIFY_CLI) and the corpora of hostile input.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { filesUnder, textExamples } from '../files.mjs';

export { filesUnder };

export const jsDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const sourceDir = path.dirname(jsDir);

/** The command-line tool the test suite built; tools/test and ctest give its path. */
export const cli = process.env.APPNOTIFY_CLI || '';

/** The shared corpora (CommonMark examples, XSS and terminal vectors): APPNOTIFY_CORPORA, or
 * ../shared/corpora beside the repository as the C++ tests look for them; null when absent. */
export const corpora = [process.env.APPNOTIFY_CORPORA, path.join(sourceDir, '..', 'shared', 'corpora')]
  .find((dir) => dir && existsSync(path.join(dir, 'xss', 'vectors.json'))) ?? null;

/** Every payload of examples/, the verbatim ones included, that a string can hold. */
export const examples = textExamples(sourceDir).map((file) => ({
  name: path.relative(sourceDir, file),
  file,
  text: readFileSync(file, 'utf8'),
}));

/** Runs the tool: its exit status and its standard output and error, as bytes. */
export function runCli(args, input) {
  const r = spawnSync(cli, args, { input: input ?? '', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI's JSON diagnostic as the package's: the same values, camelCase names, in this order;
 * the span's "length" (bytes) is not one of the package's fields. */
export function fromCliDiagnostic(d) {
  for (const key of ['end_line', 'end_column', 'length'])
    if (!Number.isInteger(d[key])) throw new Error(`the tool's diagnostic has no ${key}: ${JSON.stringify(d)}`);
  return { code: d.code, severity: d.severity, path: d.path, offset: d.offset, line: d.line, column: d.column,
           endLine: d.end_line, endColumn: d.end_column, message: d.message };
}

/** Every string of a JSON value, looking into strings that hold JSON (a record's data column). */
export function stringsOf(value, key = '', out = []) {
  if (typeof value === 'string') {
    out.push({ key, value });
    if (/^\s*[{[]/.test(value)) {
      try {
        stringsOf(JSON.parse(value), key, out);
      } catch {
        // not JSON after all
      }
    }
  } else if (Array.isArray(value)) {
    for (const item of value) stringsOf(item, key, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringsOf(v, k, out);
  }
  return out;
}

/** The JSON of an example, or null for the verbatim ones that are not JSON. */
export function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const org = 'https://contoso.crm.dynamics.com';
export const appId = '12fd1cf3-e06e-e911-a95f-000d3a13c42a';
