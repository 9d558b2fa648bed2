// SPDX-License-Identifier: MIT
// The playground's behaviour: every edit validates the payload, lists and marks the diagnostics
// at their line and column, renders the card and the conversions. Everything comes from the
// appnotify module (generated/appnotify.js); the card's HTML is the library's safe renderer's,
// and everything else is put on the page as text (textContent), never as markup.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const payload = $('payload');
  const backdrop = $('backdrop');
  const gutter = $('gutter');
  const dialectSelect = $('dialect');
  const inputs = ['org', 'app-id', 'recipient', 'push-recipients', 'target-host'].map($);
  const dialects = ['action', 'record', 'push', 'graph'];
  const examples = globalThis.appnotifyExamples || [];
  let shownConversion = null;

  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // --- positions ---------------------------------------------------------------------------

  /** The UTF-16 index of each line's start; lines end at LF (a textarea's value has no CR). */
  function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }

  /** The UTF-16 index of a 1-based line and column, columns counting code points as the library does. */
  function indexAt(text, starts, line, column) {
    if (line > starts.length) return text.length;
    let i = starts[line - 1];
    // A byte order mark is invisible: the library's columns start after it.
    if (line === 1 && text.charCodeAt(0) === 0xFEFF) ++i;
    for (let c = 1; c < column && i < text.length && text[i] !== '\n'; ++c) {
      const unit = text.charCodeAt(i);
      i += unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.length ? 2 : 1;
    }
    return i;
  }

  /** The range a diagnostic marks: its span, or the character it points at when the span is empty. */
  function rangeOf(text, starts, d) {
    const start = indexAt(text, starts, d.line, d.column);
    let end = indexAt(text, starts, d.endLine, d.endColumn);
    if (end <= start) {
      end = start + 1;
      const unit = text.charCodeAt(start);
      if (unit >= 0xD800 && unit <= 0xDBFF) end = start + 2;
    }
    return [start, Math.min(end, text.length)];
  }

  // --- the editor --------------------------------------------------------------------------

  /** The text behind the textarea again, with a <mark> over every diagnostic's range. */
  function markEditor(text, diagnostics) {
    const starts = lineStarts(text);
    const edges = new Map(); // index -> [errors opened or closed, warnings opened or closed]
    const edge = (at, errors, warnings) => {
      const e = edges.get(at) || [0, 0];
      e[0] += errors;
      e[1] += warnings;
      edges.set(at, e);
    };
    const lineSeverity = new Map();
    for (const d of diagnostics) {
      const [start, end] = rangeOf(text, starts, d);
      const error = d.severity === 'error' ? 1 : 0;
      edge(start, error, 1 - error);
      edge(end, -error, error - 1);
      if (lineSeverity.get(d.line) !== 'error') lineSeverity.set(d.line, d.severity);
    }
    const fragment = document.createDocumentFragment();
    let at = 0;
    let errors = 0;
    let warnings = 0;
    for (const index of [...edges.keys()].sort((a, b) => a - b)) {
      if (index > at) {
        const piece = text.slice(at, index);
        if (errors || warnings) fragment.append(element('mark', errors ? 'error' : 'warning', piece));
        else fragment.append(piece);
        at = index;
      }
      const [e, w] = edges.get(index);
      errors += e;
      warnings += w;
    }
    fragment.append(text.slice(at), ' '); // the space keeps a last empty line's height
    backdrop.replaceChildren(fragment);

    const numbers = document.createDocumentFragment();
    for (let line = 1; line <= starts.length; ++line) {
      const severity = lineSeverity.get(line);
      numbers.append(element('div', severity || '', String(line)));
    }
    gutter.replaceChildren(numbers);
    syncScroll();
  }

  function syncScroll() {
    backdrop.scrollTop = payload.scrollTop;
    backdrop.scrollLeft = payload.scrollLeft;
    gutter.scrollTop = payload.scrollTop;
  }

  function select(d) {
    const text = payload.value;
    const [start, end] = rangeOf(text, lineStarts(text), d);
    payload.focus();
    payload.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(payload).lineHeight) || 20;
    payload.scrollTop = Math.max(0, (d.line - 4) * lineHeight);
    syncScroll();
  }

  // --- the panes ---------------------------------------------------------------------------

  function showDiagnostics(list, diagnostics) {
    const items = diagnostics.map((d) => {
      const li = element('li', d.severity);
      li.dataset.code = d.code;
      li.dataset.line = String(d.line);
      li.dataset.column = String(d.column);
      li.tabIndex = 0;
      li.append(element('span', 'position', `${d.line}:${d.column}`), ' ',
                element('span', 'severity', d.severity), ' ', element('code', 'code', d.code), ' ',
                element('span', 'message', d.message));
      if (d.path) li.append(' ', element('span', 'path', d.path));
      li.addEventListener('click', () => select(d));
      li.addEventListener('keydown', (event) => { if (event.key === 'Enter') select(d); });
      return li;
    });
    if (items.length === 0) items.push(element('li', 'none', 'No problem found.'));
    list.replaceChildren(...items);
  }

  function counted(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
  }

  /** The organization and app, when the library accepts them; otherwise why not, beside the fields. */
  function appContext() {
    const context = { org: $('org').value, appId: $('app-id').value };
    const check = appnotify.resolveLink('/WebResources/x', context);
    const problems = check.diagnostics.filter((d) => d.code === 'link-invalid-context' || d.code === 'link-app-conflict');
    $('context-problem').textContent = problems.map((d) => d.message).join(' ');
    return problems.length ? {} : context;
  }

  function showCard(text, dialect, context, result) {
    const box = $('card');
    const card = appnotify.renderCard(text, { to: 'html', dialect, ...context });
    if (card.valid) {
      // The library's safe renderer: every payload text escaped, links checked and resolved.
      box.innerHTML = card.output;
      const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
      if (warnings) box.append(element('p', 'card-note', `${counted(warnings, 'warning')}: it works, but see the diagnostics.`));
    } else {
      const rejected = element('article', 'an-card an-invalid');
      const main = element('div', 'an-main');
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      main.append(element('div', 'an-title', 'This payload would be rejected'),
                  element('div', 'an-body', `${counted(errors, 'error')}: see the diagnostics.`));
      rejected.append(main);
      box.replaceChildren(rejected);
    }
  }

  function showConversions(text, result, dialect, context) {
    const recipients = $('push-recipients').value.split(',').map((r) => r.trim()).filter((r) => r !== '');
    const options = { dialect, ...context, recipient: $('recipient').value, pushRecipients: recipients, targetHost: $('target-host').value };
    const targets = dialects.filter((d) => d !== result.dialect);
    if (!targets.includes(shownConversion)) shownConversion = targets[0];
    const tabs = targets.map((to) => {
      const tab = element('button', to === shownConversion ? 'tab selected' : 'tab', to);
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(to === shownConversion));
      tab.addEventListener('click', () => {
        shownConversion = to;
        update();
      });
      return tab;
    });
    $('conversion-tabs').replaceChildren(...tabs);
    const converted = appnotify.convert(text, { to: shownConversion, ...options });
    const panel = [];
    if (converted.valid) {
      panel.push(element('pre', 'converted', converted.output));
      if (converted.losses.length) {
        const losses = element('ul', 'losses');
        for (const loss of converted.losses) losses.append(element('li', '', `${loss.what}: ${loss.why}`));
        panel.push(element('p', 'muted', `Not carried to ${shownConversion}:`), losses);
      }
    } else if (converted.error) {
      panel.push(element('p', 'problem', `Cannot write it as ${shownConversion}: ${converted.error}.`));
    } else {
      panel.push(element('p', 'problem', 'A payload with errors is not converted.'));
    }
    $('conversion').replaceChildren(...panel);
  }

  function update() {
    const text = payload.value;
    const dialect = dialectSelect.value;
    const result = appnotify.validate(text, { dialect });
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = result.diagnostics.length - errors;
    const verdict = $('verdict');
    verdict.textContent = result.valid ? `valid ${result.dialect} payload${warnings ? `, ${counted(warnings, 'warning')}` : ''}`
                                       : `${counted(errors, 'error')}${warnings ? `, ${counted(warnings, 'warning')}` : ''}`;
    verdict.className = `verdict ${result.valid ? 'valid' : 'invalid'}`;
    // What the members say, also when a dialect is chosen: a chosen one that is not the
    // detected one explains its diagnostics.
    const detected = dialect === 'auto' ? result.dialect : appnotify.validate(text).dialect;
    $('detected').textContent = `detected: ${detected}`;
    showDiagnostics($('diagnostics'), result.diagnostics);
    markEditor(text, result.diagnostics);
    const context = appContext();
    showCard(text, dialect, context, result);
    showConversions(text, result, dialect, context);
  }

  let scheduled = false;
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  }

  // --- examples ----------------------------------------------------------------------------

  function load(name) {
    const example = examples.find((e) => e.name === name);
    if (!example) return false;
    payload.value = example.text;
    dialectSelect.value = 'auto';
    for (const button of document.querySelectorAll('#examples button'))
      button.setAttribute('aria-current', String(button.dataset.name === name));
    payload.scrollTop = 0;
    update();
    return true;
  }

  function listExamples() {
    const list = $('examples');
    for (const example of examples) {
      const button = element('button', 'example', example.name);
      button.type = 'button';
      button.dataset.name = example.name;
      button.addEventListener('click', () => {
        history.replaceState(null, '', `#example=${encodeURIComponent(example.name)}`);
        load(example.name);
      });
      const item = element('li');
      item.append(button);
      list.append(item);
    }
  }

  function exampleFromHash() {
    const match = /^#example=(.*)$/.exec(location.hash);
    return match ? decodeURIComponent(match[1]) : null;
  }

  // --- start -------------------------------------------------------------------------------

  $('version').textContent = `appnotify ${appnotify.version}`;
  listExamples();
  payload.addEventListener('input', schedule);
  payload.addEventListener('scroll', syncScroll);
  dialectSelect.addEventListener('change', update);
  for (const input of inputs) input.addEventListener('input', schedule);
  window.addEventListener('hashchange', () => load(exampleFromHash()));
  if (!load(exampleFromHash()) && examples.length) load(examples.find((e) => /welcome/.test(e.name))?.name || examples[0].name);
}());
