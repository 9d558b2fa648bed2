// SPDX-License-Identifier: MIT
// The safety invariants the package's outputs must meet on every input, whatever it holds:
// - a markdown fragment: only the tags p em strong a ul ol li br, only a[href] (a[title]) and
//   ol[start], and every href relative (not network-path) or http, https, mailto or tel (the
//   rules of the shared corpora's check_html.py);
// - a card: the card's own elements and attributes only (no event handler, no style, no script,
//   no frame), the same rule for hrefs, and an image only from the organization's server;
// - text: no control character but the newline and the tab; ANSI: none but those and the
//   renderer's own SGR and OSC 8 sequences.

const fragmentTags = new Set(['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br']);
const fragmentAttributes = { a: new Set(['href', 'title']), ol: new Set(['start']) };
const cardTags = new Set([...fragmentTags, 'article', 'div', 'span', 'svg', 'circle', 'rect', 'path', 'img']);
const cardAttributes = {
  any: new Set(['class']),
  a: new Set(['href', 'title', 'target', 'rel']),
  ol: new Set(['start']),
  svg: new Set(['viewbox', 'width', 'height', 'aria-hidden']),
  circle: new Set(['cx', 'cy', 'r', 'fill', 'stroke', 'stroke-width']),
  rect: new Set(['x', 'y', 'width', 'height', 'rx', 'fill']),
  path: new Set(['d', 'fill', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin']),
  img: new Set(['src', 'alt', 'width', 'height']),
  span: new Set(['title']),
  div: new Set(['title']),
};
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel']);

function decodeAttribute(value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|#39);/gi, (_, ref) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"' }[lower];
  });
}

/** What check_html.py says of an href, after the WHATWG URL parser's pre-processing. */
export function hrefProblem(href) {
  // eslint-disable-next-line no-control-regex
  const s = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s);
  if (scheme) return allowedSchemes.has(scheme[1].toLowerCase()) ? null : `scheme ${scheme[1]}`;
  if (s.replace(/\\/g, '/').startsWith('//')) return `network-path link ${href}`;
  return null;
}

/** The problems of rendered HTML: [] when it meets the invariant. `org` is the organization's origin, for a card's image. */
export function htmlProblems(html, { card = false, org = '' } = {}) {
  const problems = [];
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z][A-Za-z0-9:-]*(?:="[^"<>]*")?)*)\s*(\/?)>/y;
  const attribute = /\s+([A-Za-z][A-Za-z0-9:-]*)(?:="([^"]*)")?/g;
  const tags = card ? cardTags : fragmentTags;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    tag.lastIndex = i;
    const m = tag.exec(html);
    if (!m) {
      problems.push(`a "<" that starts no allowed tag at ${i}: ${JSON.stringify(html.slice(i, i + 40))}`);
      continue;
    }
    const name = m[2].toLowerCase();
    if (!tags.has(name)) problems.push(`tag <${m[1]}${name}>`);
    for (const [, rawName, rawValue = ''] of m[3].matchAll(attribute)) {
      const key = rawName.toLowerCase();
      const value = decodeAttribute(rawValue);
      const allowed = card ? (cardAttributes.any.has(key) || cardAttributes[name]?.has(key))
                           : fragmentAttributes[name]?.has(key);
      if (!allowed) problems.push(`attribute ${name}.${key}`);
      if (key === 'href') {
        const problem = hrefProblem(value);
        if (problem) problems.push(`href: ${problem}`);
      }
      if (key === 'start' && !/^[0-9]{1,9}$/.test(value)) problems.push(`ol.start ${value}`);
      if (name === 'img' && key === 'src' && !(org && value.startsWith(`${org}/`)))
        problems.push(`an image from elsewhere than the organization: ${value}`);
      if (key === 'target' && value !== '_blank') problems.push(`target ${value}`);
    }
  }
  if (/<!--|<!\[|<\?/.test(html)) problems.push('a comment, CDATA or processing instruction');
  return problems;
}

/** Control characters in plain text: only the newline and the tab are allowed. */
export function textProblems(text) {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.exec(text);
  return bad ? [`control character U+${bad[0].codePointAt(0).toString(16).padStart(4, '0')} at ${bad.index}`] : [];
}

/** Control characters in ANSI output once the renderer's own SGR and OSC 8 sequences are removed. */
export function ansiProblems(text) {
  // eslint-disable-next-line no-control-regex
  const stripped = text.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;;[^\u0000-\u001f\u007f-\u009f]*\u001b\\/g, '');
  return textProblems(stripped);
}
