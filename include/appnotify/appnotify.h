/* SPDX-License-Identifier: MIT */
/* appnotify's C API: the stable boundary for every language that is not C++ (Python's module is
 * built on it; so can be C#, Go, Rust or anything with a C foreign-function interface).
 *
 * C99, no dependency but <stddef.h>. Link libappnotify_c (CMake: appnotify::appnotify_c, or
 * appnotify::appnotify_c_static; pkg-config: appnotify_c). See docs/c_api.md.
 *
 * The rules, for every function:
 *   - Text comes in as a pointer and a length in bytes, and need not be NUL-terminated. A null
 *     pointer with length 0 is the empty text; a null pointer with any other length is
 *     APPNOTIFY_STATUS_BAD_ARGUMENT. The library copies what it keeps: the caller's text may be
 *     freed as soon as the call returns.
 *   - Problems in the input are values: diagnostics in an appnotify_result, never a crash. No
 *     C++ exception leaves the library; running out of memory is APPNOTIFY_STATUS_OUT_OF_MEMORY.
 *   - A null appnotify_result is handled: the calls that take one return
 *     APPNOTIFY_STATUS_BAD_ARGUMENT, appnotify_diagnostic_count returns 0.
 *   - Borrowed views (appnotify_string) point into the appnotify_result they came from and stay
 *     valid until the next call with that result, or appnotify_result_free. Owned strings
 *     (appnotify_owned_string) belong to the caller, who frees them with appnotify_free_string.
 *   - One appnotify_result per thread: calls with different results may run in parallel.
 */
#ifndef APPNOTIFY_H
#define APPNOTIFY_H

#include <stddef.h>

#if defined(_WIN32) && !defined(APPNOTIFY_C_STATIC)
#  if defined(APPNOTIFY_C_BUILDING)
#    define APPNOTIFY_C_API __declspec(dllexport)
#  else
#    define APPNOTIFY_C_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define APPNOTIFY_C_API __attribute__((visibility("default")))
#else
#  define APPNOTIFY_C_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* A view of bytes owned by someone else; not NUL-terminated. */
typedef struct appnotify_string {
    const char* data;
    size_t length;
} appnotify_string;

/* Bytes the caller owns: NUL-terminated (the NUL is not counted in length). Free with
 * appnotify_free_string. data is null only when the call that filled it failed. */
typedef struct appnotify_owned_string {
    char* data;
    size_t length;
} appnotify_owned_string;

/* What a call returns. */
typedef enum appnotify_status {
    APPNOTIFY_STATUS_OK = 0,            /* done; the diagnostics, if any, are warnings */
    APPNOTIFY_STATUS_INVALID = 1,       /* done; at least one diagnostic is an error */
    APPNOTIFY_STATUS_BAD_ARGUMENT = 2,  /* not done: a null result or text pointer, an option out
                                           of range, or an unusable organization URL or app
                                           (its link-invalid-context diagnostics say why) */
    APPNOTIFY_STATUS_OUT_OF_MEMORY = 3  /* not done: the result holds no diagnostics */
} appnotify_status;

typedef enum appnotify_severity {
    APPNOTIFY_SEVERITY_WARNING = 0, /* it works, but is suspicious or ignored */
    APPNOTIFY_SEVERITY_ERROR = 1    /* the server would reject it, or it cannot work as written */
} appnotify_severity;

/* The payload's dialect (docs/dialects.md). AUTO recognizes it from the payload's members. */
typedef enum appnotify_dialect {
    APPNOTIFY_DIALECT_AUTO = 0,
    APPNOTIFY_DIALECT_ACTION = 1, /* the SendAppNotification request body */
    APPNOTIFY_DIALECT_RECORD = 2, /* an appnotification record */
    APPNOTIFY_DIALECT_PUSH = 3,   /* a Power Apps push notification */
    APPNOTIFY_DIALECT_GRAPH = 4   /* a Microsoft Graph notification */
} appnotify_dialect;

/* What renderings are written as. */
typedef enum appnotify_format {
    APPNOTIFY_FORMAT_HTML = 0, /* escaped HTML: a fragment for markdown, an <article> for a card */
    APPNOTIFY_FORMAT_TEXT = 1, /* plain text, links written out */
    APPNOTIFY_FORMAT_ANSI = 2  /* for a terminal: bold, colours, OSC 8 hyperlinks */
} appnotify_format;

/* Options of every call; all zero (or a null pointer) means the defaults. The views must stay
 * valid during the call only. */
typedef struct appnotify_options {
    int dialect;               /* appnotify_dialect: how payloads are read */
    int format;                /* appnotify_format: what renderings are written as */
    appnotify_string org_url;  /* links resolved for this organization, such as
                                  https://contoso.crm.dynamics.com; empty: they stay relative */
    appnotify_string app_id;   /* ... and this model-driven app (AppModuleId, a GUID) */
    appnotify_string app_name; /* ... or the app's unique name, when there is no id */
    size_t wrap_width;         /* text and ANSI: wrap at this many columns (0: never) */
    int plain_links;           /* ANSI: links as "text <URL>" instead of OSC 8 hyperlinks */
    /* Validation: what to do with the diagnostics of some codes, as linters let their users
     * decide (the command-line tool's --ignore and --error). Each is an array of code names, such
     * as "markdown-in-plain-text", and may be null when its count is 0. An unknown name is
     * APPNOTIFY_STATUS_BAD_ARGUMENT, and so is ignoring or lowering a code that says the input
     * could not be read at all (input-too-large, the json-... codes, payload-not-object,
     * dialect-unknown). */
    const appnotify_string* ignore_codes;  /* neither kept nor counted */
    size_t ignore_count;
    const appnotify_string* error_codes;   /* reported as errors */
    size_t error_count;
    const appnotify_string* warning_codes; /* reported as warnings */
    size_t warning_count;
} appnotify_options;

/* One problem, with views into the result it came from (valid until that result is used again
 * or freed). Lines and columns are 1-based, columns in characters (code points); offsets are in
 * bytes of the text the call was given, 0-based. The span runs from offset to end_offset,
 * exclusive: a string with its quotes, a number, a member name, or inside a string the part at
 * fault; end_offset == offset is a point (where something is missing, or the end of the input). */
typedef struct appnotify_diagnostic {
    appnotify_string code;    /* stable kebab-case name, such as "invalid-guid" (docs/diagnostics.md) */
    int severity;             /* appnotify_severity */
    appnotify_string path;    /* RFC 6901 JSON Pointer of the value concerned, such as "/Title" */
    appnotify_string message; /* what is wrong and what to do, for a person */
    size_t offset;
    size_t line;
    size_t column;
    size_t end_offset;
    size_t end_line;
    size_t end_column;
} appnotify_diagnostic;

/* The diagnostics of the last call made with it, and the buffers that call used: reusing one
 * result for many calls allocates nothing once its buffers are large enough. Opaque. */
typedef struct appnotify_result appnotify_result;

/* The library's version, such as "0.1.0": a static string. */
APPNOTIFY_C_API const char* appnotify_version(void);

/* The name of the diagnostic code at `index` of the catalogue (docs/diagnostics.md), such as
 * "invalid-guid": a static string; null when `index` is past the last code. */
APPNOTIFY_C_API const char* appnotify_code_name(size_t index);

/* A new, empty result; null when memory runs out. */
APPNOTIFY_C_API appnotify_result* appnotify_result_new(void);
/* Frees a result and everything its views point into; a null result is ignored. */
APPNOTIFY_C_API void appnotify_result_free(appnotify_result* result);

/* Validates a notification payload (JSON text) into `result`. Returns OK, INVALID or a failure.
 * Text that is not UTF-8, too large or too deep is a diagnostic like any other. */
APPNOTIFY_C_API appnotify_status appnotify_validate(appnotify_result* result, const char* json, size_t length,
                                                    const appnotify_options* options);

/* The dialect the last validation read the payload as (the one asked for, or the one
 * recognized); APPNOTIFY_DIALECT_AUTO when it recognized none (the command-line tool's
 * "unknown"), or when the last call was not a validation. */
APPNOTIFY_C_API appnotify_dialect appnotify_result_dialect(const appnotify_result* result);

/* The number of diagnostics the last call kept. */
APPNOTIFY_C_API size_t appnotify_diagnostic_count(const appnotify_result* result);

/* Fills `out` with the diagnostic at `index` (in document order); returns 0 when there is no
 * such diagnostic (or a pointer is null), 1 otherwise. */
APPNOTIFY_C_API int appnotify_diagnostic_at(const appnotify_result* result, size_t index, appnotify_diagnostic* out);

/* Renders a markdown fragment (the OverrideContent subset, docs/markdown.md) as options->format
 * says, links checked by the link policy and resolved for the organization and app. `out`
 * receives the rendering whenever the status is OK or INVALID (refused links are shown as text;
 * a limit cuts the rendering but keeps it well-formed); the result gets its diagnostics. */
APPNOTIFY_C_API appnotify_status appnotify_render_markdown(appnotify_result* result, const char* markdown,
                                                           size_t length, const appnotify_options* options,
                                                           appnotify_owned_string* out);

/* Validates a payload into `result` and, when it has no error, renders the whole notification
 * as the notification center shows it (icon, title, body, badges, actions, expiry) as
 * options->format says. A payload with errors is not rendered: `out` is the empty string and the
 * status INVALID. */
APPNOTIFY_C_API appnotify_status appnotify_render_card(appnotify_result* result, const char* json, size_t length,
                                                       const appnotify_options* options, appnotify_owned_string* out);

/* Checks a link as the validator does and resolves it for the organization and app
 * (`?pagetype=...` becomes `ORG/main.aspx?appid=...&pagetype=...`, docs/links.md). `out` is the
 * resolved URL when the status is OK, the empty string when the link is refused or invalid
 * (INVALID; the diagnostics say why). */
APPNOTIFY_C_API appnotify_status appnotify_resolve_link(appnotify_result* result, const char* href, size_t length,
                                                        const appnotify_options* options, appnotify_owned_string* out);

/* Frees an owned string; {NULL, 0} is ignored. */
APPNOTIFY_C_API void appnotify_free_string(appnotify_owned_string owned);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* APPNOTIFY_H */
