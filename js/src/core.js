// SPDX-License-Identifier: MIT
// appnotify's JavaScript interface: strings in, plain objects out, around the WebAssembly module
// built from js/src/binding.cpp. js/build.mjs makes this file the body of the package's ES module
// (dist/appnotify.mjs) and of its classic script (dist/appnotify.js, the playground's too), each
// with the module's bytes embedded, so it loads the same way in Node, browsers, bundlers, web
// resources and from file://.
//
// The module is compiled synchronously on the first call (it is well under the size browsers
// allow on the main thread) and kept: every call reuses its buffers. A string argument goes to
// the module as UTF-8; a lone surrogate is written as the three bytes that encode it, so that the
// validator reports invalid text where a file would have it instead of a silently replaced
// character. Like the command-line tool, a payload or markdown text is read up to its size
// limit and one byte more: enough to be reported as too large without copying the rest.

/* exported createAppnotify */
function createAppnotify(wasmBytes) {
  'use strict';

  /** validate_options{}.max_input_bytes: the tool reads this many bytes of an input and one more. */
  const maxInputBytes = 1 << 20;
  const dialects = ['action', 'record', 'push', 'graph'];
  const formats = ['html', 'text', 'ansi'];
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  let compiled = null;
  let wasm = null;

  function exports() {
    if (wasm !== null) return wasm;
    if (compiled === null) compiled = new WebAssembly.Module(wasmBytes());
    let memory = null;
    const instance = new WebAssembly.Instance(compiled, {
      env: { emscripten_notify_memory_growth() {} },
      wasi_snapshot_preview1: {
        // The library has no I/O: only the C runtime's start-up asks for its environment (none),
        // and abort() exits.
        environ_sizes_get(count, size) {
          const view = new DataView(memory.buffer);
          view.setUint32(count, 0, true);
          view.setUint32(size, 0, true);
          return 0;
        },
        environ_get() { return 0; },
        proc_exit(code) { throw new Error(`the WebAssembly module exited (${code})`); },
      },
    });
    memory = instance.exports.memory;
    instance.exports._initialize();
    wasm = instance.exports;
    return wasm;
  }

  /**
   * Runs `body` with the module. Arguments are checked before: anything thrown here comes from the
   * module (a trap, abort(), a stack overflow), whose state is then unknown, so it is dropped and
   * made anew on the next call.
   */
  function call(name, body) {
    const module = exports();
    try {
      return body(module);
    } catch (error) {
      wasm = null;
      throw new Error(`appnotify.${name}: the WebAssembly module failed (${error.message}); ` +
                      'this is a bug in appnotify: please report it with the input');
    }
  }

  // --- arguments ---------------------------------------------------------------------------

  function requireString(value, what) {
    if (typeof value !== 'string') throw new TypeError(`${what} must be a string, not ${describe(value)}`);
    return value;
  }

  function describe(value) {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  }

  function optionsObject(value, fn) {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value))
      throw new TypeError(`appnotify.${fn}: the options must be an object, not ${describe(value)}`);
    return value;
  }

  /** A string option: absent (undefined or null) is the empty string. */
  function stringOption(options, key, fn) {
    const value = options[key];
    if (value === undefined || value === null) return '';
    return requireString(value, `appnotify.${fn}: options.${key}`);
  }

  function choiceOption(options, key, fn, choices, fallback) {
    const value = options[key];
    if ((value === undefined || value === null) && fallback !== undefined) return fallback;
    requireString(value, `appnotify.${fn}: options.${key}`);
    const index = choices.indexOf(value);
    if (index < 0) throw new RangeError(`appnotify.${fn}: options.${key} is ${JSON.stringify(value)}: use ${choices.join(', ')}`);
    return index;
  }

  /** -1 (recognize the dialect) or the dialect's number. */
  function dialectOption(options, fn) {
    const value = options.dialect;
    if (value === undefined || value === null || value === 'auto') return -1;
    return choiceOption(options, 'dialect', fn, dialects);
  }

  function widthOption(options, fn) {
    const value = options.width;
    if (value === undefined || value === null) return 0;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100000)
      throw new TypeError(`appnotify.${fn}: options.width must be a whole number of columns from 0 to 100000`);
    return value;
  }

  function hyperlinksOption(options, fn) {
    const value = options.hyperlinks;
    if (value === undefined || value === null) return true;
    if (typeof value !== 'boolean') throw new TypeError(`appnotify.${fn}: options.hyperlinks must be a boolean`);
    return value;
  }

  // --- strings to and from the module ------------------------------------------------------

  const wellFormed = typeof String.prototype.isWellFormed === 'function'
    ? (text) => text.isWellFormed()
    : (text) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

  /** UTF-8, with each lone surrogate as its three bytes (ED A0 80...), which no UTF-8 reader accepts. */
  function looseUtf8(text) {
    const bytes = [];
    for (let i = 0; i < text.length; ++i) {
      let c = text.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
          ++i;
        }
      }
      if (c < 0x80) bytes.push(c);
      else if (c < 0x800) bytes.push(0xC0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) bytes.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else bytes.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return Uint8Array.from(bytes);
  }

  /** A payload or markdown text: read up to the size limit and one byte more, as the tool reads it. */
  function inputText(text) {
    // Every UTF-16 unit takes at least one byte: a longer text is cut in units first (never
    // between the halves of a pair), so that a huge string is not encoded whole.
    if (text.length > maxInputBytes + 1) {
      let end = maxInputBytes + 1;
      const last = text.charCodeAt(end - 1);
      if (last >= 0xD800 && last <= 0xDBFF) ++end;
      text = text.slice(0, end);
    }
    return { text, limit: maxInputBytes + 1 };
  }

  /** Any other string argument (a link, an organization URL...): refused beyond the size limit. */
  function argumentText(text, what) {
    const size = text.length * 3 <= maxInputBytes ? 0 : wellFormed(text) ? encoder.encode(text).length : looseUtf8(text).length;
    if (size > maxInputBytes) throw new RangeError(`${what} is longer than ${maxInputBytes} bytes`);
    return { text, limit: Infinity };
  }

  /**
   * Writes the call's strings as UTF-8 straight into the module's input buffer (room for three
   * bytes a UTF-16 unit, then cut to what was written) and their lengths into its table.
   */
  function pass(module, pieces) {
    let room = 0;
    for (const piece of pieces) room += piece.text.length * 3;
    const at = module.an_input(room);
    const heap = new Uint8Array(module.memory.buffer); // after the call: the memory may have grown
    const lengths = new Uint32Array(module.memory.buffer, module.an_lengths(), pieces.length);
    let offset = at;
    pieces.forEach(({ text, limit }, i) => {
      let written = 0;
      if (text === '') {
        written = 0;
      } else if (wellFormed(text)) {
        written = encoder.encodeInto(text, heap.subarray(offset, offset + text.length * 3)).written;
      } else {
        const bytes = looseUtf8(text);
        heap.set(bytes, offset);
        written = bytes.length;
      }
      lengths[i] = Math.min(written, limit);
      offset += lengths[i];
    });
    module.an_input(offset - at); // shrinking keeps the bytes in place
  }

  function read(module, data, size) {
    const n = module[size]();
    return n === 0 ? '' : decoder.decode(new Uint8Array(module.memory.buffer, module[data](), n));
  }
  const output = (module) => read(module, 'an_output_data', 'an_output_size');
  const report = (module) => JSON.parse(read(module, 'an_report_data', 'an_report_size'));

  function check(ran, fn) {
    if (!ran) throw new Error(`appnotify.${fn}: the WebAssembly module refused the call's arguments`);
  }

  /**
   * A diagnostic of the module's report (the CLI's JSON) as the JavaScript object: the same values,
   * camelCase names, the span's end as a line and column (the CLI's "length" in bytes is left out:
   * a JavaScript string counts UTF-16 units, not bytes).
   */
  function diagnostic(d) {
    return {
      code: d.code, severity: d.severity, path: d.path, offset: d.offset, line: d.line, column: d.column,
      endLine: d.end_line, endColumn: d.end_column, message: d.message,
    };
  }
  const diagnostics = (r) => r.diagnostics.map(diagnostic);
  const dialectOf = (r) => (r.dialect === undefined ? null : r.dialect);

  function context(options, fn) {
    return ['org', 'appId', 'appName'].map((key) => argumentText(stringOption(options, key, fn), `appnotify.${fn}: options.${key}`));
  }

  // --- the interface -----------------------------------------------------------------------

  function validate(text, options) {
    requireString(text, 'appnotify.validate: the payload');
    options = optionsObject(options, 'validate');
    const dialect = dialectOption(options, 'validate');
    return call('validate', (module) => {
      pass(module, [inputText(text)]);
      check(module.an_validate(dialect), 'validate');
      const r = report(module);
      return { valid: r.valid, dialect: r.dialect, diagnostics: diagnostics(r) };
    });
  }

  function renderMarkdown(markdown, options) {
    requireString(markdown, 'appnotify.renderMarkdown: the markdown');
    options = optionsObject(options, 'renderMarkdown');
    const to = choiceOption(options, 'to', 'renderMarkdown', formats, 0);
    const width = widthOption(options, 'renderMarkdown');
    const hyperlinks = hyperlinksOption(options, 'renderMarkdown');
    const strings = [inputText(markdown), ...context(options, 'renderMarkdown')];
    return call('renderMarkdown', (module) => {
      pass(module, strings);
      check(module.an_render_markdown(to, width, hyperlinks), 'renderMarkdown');
      const r = report(module);
      return { valid: r.valid, output: output(module), diagnostics: diagnostics(r) };
    });
  }

  function renderCard(text, options) {
    requireString(text, 'appnotify.renderCard: the payload');
    options = optionsObject(options, 'renderCard');
    const to = choiceOption(options, 'to', 'renderCard', formats, 0);
    const dialect = dialectOption(options, 'renderCard');
    const width = widthOption(options, 'renderCard');
    const hyperlinks = hyperlinksOption(options, 'renderCard');
    const strings = [inputText(text), ...context(options, 'renderCard')];
    return call('renderCard', (module) => {
      pass(module, strings);
      check(module.an_render_card(to, dialect, width, hyperlinks), 'renderCard');
      const r = report(module);
      return { valid: r.valid, dialect: dialectOf(r), output: output(module), diagnostics: diagnostics(r) };
    });
  }

  function resolveLink(href, options) {
    requireString(href, 'appnotify.resolveLink: the link');
    options = optionsObject(options, 'resolveLink');
    const strings = [argumentText(href, 'appnotify.resolveLink: the link'), ...context(options, 'resolveLink')];
    return call('resolveLink', (module) => {
      pass(module, strings);
      check(module.an_resolve_link(), 'resolveLink');
      const r = report(module);
      return { valid: r.valid, url: output(module), diagnostics: diagnostics(r) };
    });
  }

  function convert(text, options) {
    requireString(text, 'appnotify.convert: the payload');
    options = optionsObject(options, 'convert');
    if (options.to === undefined || options.to === null)
      throw new TypeError(`appnotify.convert: options.to must name the dialect to write: ${dialects.join(', ')}`);
    const to = choiceOption(options, 'to', 'convert', dialects);
    const dialect = dialectOption(options, 'convert');
    let recipients = options.pushRecipients;
    if (recipients === undefined || recipients === null) recipients = [];
    if (!Array.isArray(recipients)) throw new TypeError('appnotify.convert: options.pushRecipients must be an array of strings');
    const fixed = 7; // the payload, the context, recipient, targetHost, appNotificationId
    if (fixed + recipients.length > exports().an_max_strings())
      throw new RangeError(`appnotify.convert: options.pushRecipients holds more than ${exports().an_max_strings() - fixed} recipients`);
    const strings = [
      inputText(text),
      ...context(options, 'convert'),
      ...['recipient', 'targetHost', 'appNotificationId'].map(
        (key) => argumentText(stringOption(options, key, 'convert'), `appnotify.convert: options.${key}`)),
      ...recipients.map((r, i) => argumentText(requireString(r, `appnotify.convert: options.pushRecipients[${i}]`),
                                               `appnotify.convert: options.pushRecipients[${i}]`)),
    ];
    return call('convert', (module) => {
      pass(module, strings);
      check(module.an_convert(to, dialect, recipients.length), 'convert');
      const r = report(module);
      return {
        valid: r.valid,
        dialect: dialectOf(r),
        output: output(module),
        diagnostics: diagnostics(r),
        error: r.error === undefined ? '' : r.error,
        losses: r.losses === undefined ? [] : r.losses,
      };
    });
  }

  function cardStylesheet() {
    return call('cardStylesheet', (module) => {
      module.an_card_stylesheet();
      return output(module);
    });
  }

  function memoryUsage() {
    return call('memoryUsage', (module) => ({
      wasmMemory: module.memory.buffer.byteLength,
      heapInUse: module.an_heap_in_use(),
    }));
  }

  /** The library's version; js/build.mjs checks that the package has the same. */
  function libraryVersion() {
    return call('libraryVersion', (module) => {
      module.an_version();
      return output(module);
    });
  }

  return { validate, renderMarkdown, renderCard, resolveLink, convert, cardStylesheet, memoryUsage, libraryVersion };
}
