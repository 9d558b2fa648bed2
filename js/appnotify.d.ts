// SPDX-License-Identifier: MIT
// appnotify for JavaScript and TypeScript: check and render Power Apps in-app notifications.
// Every function is synchronous and never throws on content: problems are values (diagnostics).
// A non-string argument throws a TypeError, an unknown option value a RangeError.

/** The four payloads that send a notification (docs/dialects.md). */
export type Dialect = 'action' | 'record' | 'push' | 'graph';

/** How text is rendered: an HTML fragment, plain text, or text for a terminal (ANSI escapes). */
export type Format = 'html' | 'text' | 'ansi';

/** One problem, exactly as `appnotify validate --format json` reports it (docs/diagnostics.md). */
export interface Diagnostic {
  /** The stable kebab-case code, such as "invalid-guid". */
  code: string;
  /** An error: the server would reject the payload or it cannot work as written; a warning: it works but is suspicious or ignored. */
  severity: 'error' | 'warning';
  /** RFC 6901 JSON Pointer of the value concerned, such as "/Actions/actions/0/data/url" ("" for the whole input). */
  path: string;
  /** Byte offset into the input's UTF-8, 0-based. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters (code points). */
  column: number;
  /** The line where the span ends (1-based). */
  endLine: number;
  /** The column where the span ends (1-based, in characters, exclusive). */
  endColumn: number;
  /** A message a person can act on. */
  message: string;
}

export interface ValidateOptions {
  /** The payload's dialect; "auto" (the default) recognizes it from its members. */
  dialect?: Dialect | 'auto';
}

export interface ValidationResult {
  /** No diagnostic is an error (warnings allowed). */
  valid: boolean;
  /** The dialect the payload was checked as, or "unknown" when its members resemble none. */
  dialect: Dialect | 'unknown';
  /** Every diagnostic, in document order. */
  diagnostics: Diagnostic[];
}

/** Where links are resolved: the organization and the model-driven app. */
export interface AppContext {
  /** The organization URL, such as "https://contoso.crm.dynamics.com"; without it links stay relative. */
  org?: string;
  /** The app's id (AppModuleId), a GUID. */
  appId?: string;
  /** The app's unique name, when there is no id. */
  appName?: string;
}

export interface RenderOptions extends AppContext {
  /** "html" (the default), "text" or "ansi". */
  to?: Format;
  /** text and ansi: wrap lines at this many columns (0, the default: never). */
  width?: number;
  /** ansi: links as OSC 8 hyperlinks (the default) or as "text <URL>". */
  hyperlinks?: boolean;
}

export interface CardOptions extends RenderOptions {
  /** The payload's dialect; "auto" (the default) recognizes it. */
  dialect?: Dialect | 'auto';
}

export interface RenderResult {
  /** No diagnostic is an error. */
  valid: boolean;
  /** The rendered HTML or text ("" when a payload with errors was not rendered). */
  output: string;
  diagnostics: Diagnostic[];
}

export interface CardResult extends RenderResult {
  /** The dialect the payload was checked as; null when the organization or app was unusable and nothing was checked. */
  dialect: Dialect | 'unknown' | null;
}

export interface LinkResult {
  /** The link is allowed and resolved. */
  valid: boolean;
  /** The resolved URL ("" when refused). */
  url: string;
  diagnostics: Diagnostic[];
}

export interface ConvertOptions extends AppContext {
  /** The dialect to write. */
  to: Dialect;
  /** The payload's dialect; "auto" (the default) recognizes it. */
  dialect?: Dialect | 'auto';
  /** action, record: the systemuserid to notify when the payload names none (push, graph). */
  recipient?: string;
  /** push: the recipients (email addresses or Microsoft Entra object ids). */
  pushRecipients?: string[];
  /** graph: targetHostName, when the payload is not a Graph notification. */
  targetHost?: string;
  /** graph: appNotificationId (default: the payload's, or one derived from the title and body). */
  appNotificationId?: string;
}

/** Something of the payload that the target dialect cannot carry. */
export interface ConversionLoss {
  what: string;
  why: string;
}

export interface ConvertResult {
  /** The payload was converted, and what it was written as is valid as the target. */
  valid: boolean;
  /** The payload's own dialect; null when the organization or app was unusable. */
  dialect: Dialect | 'unknown' | null;
  /** The converted payload: indented JSON and a newline ("" when not converted). */
  output: string;
  /** The payload's diagnostics (its errors when it was not converted). */
  diagnostics: Diagnostic[];
  /**
   * Why a valid payload was not written as the target ("" otherwise): the conversion's reason, or
   * "the DIALECT payload written would not be valid: " and the written payload's errors (a value
   * of the options, such as a push recipient or a host name, the target refuses), as `appnotify
   * convert` refuses to write it.
   */
  error: string;
  losses: ConversionLoss[];
}

/** Validates a notification payload (JSON text). */
export function validate(text: string, options?: ValidateOptions): ValidationResult;
/** Renders a markdown fragment (the OverrideContent subset) as `appnotify markdown` does. */
export function renderMarkdown(markdown: string, options?: RenderOptions): RenderResult;
/** Renders a whole notification as the notification center shows it; a payload with errors is not rendered. */
export function renderCard(text: string, options?: CardOptions): CardResult;
/** Checks a link as the validator does and resolves it for an organization and app. */
export function resolveLink(href: string, options?: AppContext): LinkResult;
/** Writes a payload as another dialect; a payload with errors is not converted. */
export function convert(text: string, options: ConvertOptions): ConvertResult;
/** The stylesheet of the HTML card (class prefix "an-"). */
export function cardStylesheet(): string;
/** The WebAssembly module's memory: its linear memory and the bytes its allocator has handed out. */
export function memoryUsage(): { wasmMemory: number; heapInUse: number };
/** The library's version. */
export const version: string;
