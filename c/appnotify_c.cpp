// SPDX-License-Identifier: MIT
// The C API (include/appnotify/appnotify.h) on the C++ library: the only file that calls it, so
// that a change of the C++ API is an edit here. It includes the header-only library; a compiled
// library can replace the include without changing anything else.
#define APPNOTIFY_C_BUILDING 1
#include <appnotify/appnotify.h>

#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include <appnotify/appnotify.hpp>

// No exception crosses the boundary. The library throws none of its own: what can come out of it
// is the standard library's std::bad_alloc (or length_error), which is running out of memory.
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
#define APPNOTIFY_C_TRY try
#define APPNOTIFY_C_CATCH(result)                                                                  \
    catch (...) {                                                                                  \
        return out_of_memory(result);                                                              \
    }
#else
#define APPNOTIFY_C_TRY
#define APPNOTIFY_C_CATCH(result)
#endif

/// What an appnotify_result holds: every C++ object a call needs, kept between calls so that
/// their buffers are reused, and the diagnostics of the last call.
struct appnotify_result {
    appnotify::validation_result validation;
    appnotify::markdown_renderer markdown;
    appnotify::notification_renderer cards;
    appnotify::link_report link;
    std::string output;
    appnotify::list_view<appnotify::diagnostic> diagnostics;
    appnotify_dialect dialect = APPNOTIFY_DIALECT_AUTO;
};

namespace {

/// The caller's text as a view; false when the pointer is null and the length is not 0.
bool text_of(const char* data, std::size_t length, std::string_view& text) noexcept {
    if (data == nullptr) {
        text = {};
        return length == 0;
    }
    text = std::string_view(data, length);
    return true;
}

std::string_view view_of(const appnotify_string& s) noexcept {
    return s.data == nullptr ? std::string_view{} : std::string_view(s.data, s.length);
}

bool string_ok(const appnotify_string& s) noexcept { return s.data != nullptr || s.length == 0; }

/// Forgets the last call's diagnostics (their storage may be about to change).
void start(appnotify_result& r) noexcept {
    r.diagnostics = {};
    r.dialect = APPNOTIFY_DIALECT_AUTO;
}

appnotify_status out_of_memory(appnotify_result* r) noexcept {
    if (r != nullptr) start(*r);
    return APPNOTIFY_STATUS_OUT_OF_MEMORY;
}

appnotify_status verdict(std::size_t errors) noexcept {
    return errors == 0 ? APPNOTIFY_STATUS_OK : APPNOTIFY_STATUS_INVALID;
}

void clear_owned(appnotify_owned_string* out) noexcept {
    if (out != nullptr) *out = {nullptr, 0};
}

/// Hands `bytes` to the caller as a malloc'ed, NUL-terminated string.
appnotify_status give(appnotify_result& r, std::string_view bytes, appnotify_owned_string* out,
                      appnotify_status status) noexcept {
    char* copy = static_cast<char*>(std::malloc(bytes.size() + 1));
    if (copy == nullptr) return out_of_memory(&r);
    if (!bytes.empty()) std::memcpy(copy, bytes.data(), bytes.size());
    copy[bytes.size()] = '\0';
    *out = {copy, bytes.size()};
    return status;
}

/// The options, checked; false when one is out of range or a view is null with a length.
struct checked_options {
    std::optional<appnotify::dialect> dialect;
    appnotify::diagnostic_policy policy;
    appnotify_format format = APPNOTIFY_FORMAT_HTML;
    appnotify::app_context context;
    std::size_t wrap_width = 0;
    bool hyperlinks = true;
};

/// Sets `rule` for every code named in `names`; false for an unknown name or a rule the policy
/// refuses (ignoring or lowering a fatal code).
bool add_rules(const appnotify_string* names, std::size_t count, appnotify::diagnostic_rule rule,
               appnotify::diagnostic_policy& policy) noexcept {
    if (count != 0 && names == nullptr) return false;
    for (std::size_t i = 0; i < count; ++i) {
        if (!string_ok(names[i])) return false;
        const std::optional<appnotify::diagnostic_code> code = appnotify::parse_diagnostic_code(view_of(names[i]));
        if (!code || !policy.set(*code, rule)) return false;
    }
    return true;
}

bool check_options(const appnotify_options* options, checked_options& out) noexcept {
    if (options == nullptr) return true;
    switch (options->dialect) {
    case APPNOTIFY_DIALECT_AUTO: break;
    case APPNOTIFY_DIALECT_ACTION: out.dialect = appnotify::dialect::action; break;
    case APPNOTIFY_DIALECT_RECORD: out.dialect = appnotify::dialect::record; break;
    case APPNOTIFY_DIALECT_PUSH: out.dialect = appnotify::dialect::push; break;
    case APPNOTIFY_DIALECT_GRAPH: out.dialect = appnotify::dialect::graph; break;
    default: return false;
    }
    switch (options->format) {
    case APPNOTIFY_FORMAT_HTML:
    case APPNOTIFY_FORMAT_TEXT:
    case APPNOTIFY_FORMAT_ANSI: out.format = static_cast<appnotify_format>(options->format); break;
    default: return false;
    }
    if (!string_ok(options->org_url) || !string_ok(options->app_id) || !string_ok(options->app_name)) return false;
    out.context = {view_of(options->org_url), view_of(options->app_id), view_of(options->app_name)};
    out.wrap_width = options->wrap_width;
    out.hyperlinks = options->plain_links == 0;
    return add_rules(options->ignore_codes, options->ignore_count, appnotify::diagnostic_rule::ignore, out.policy) &&
           add_rules(options->error_codes, options->error_count, appnotify::diagnostic_rule::error, out.policy) &&
           add_rules(options->warning_codes, options->warning_count, appnotify::diagnostic_rule::warning, out.policy);
}

/// Checks the organization and app that links are resolved for; false (the result holding the
/// reasons) when they are unusable.
bool usable_context(appnotify_result& r, const checked_options& options) {
    if (options.context.org_url.empty() && options.context.app_id.empty() && options.context.app_name.empty())
        return true;
    appnotify::check_app_context(options.context, r.link);
    r.diagnostics = r.link.diagnostics();
    return r.link.ok();
}

appnotify_dialect c_dialect(appnotify::dialect d) noexcept {
    switch (d) {
    case appnotify::dialect::action: return APPNOTIFY_DIALECT_ACTION;
    case appnotify::dialect::record: return APPNOTIFY_DIALECT_RECORD;
    case appnotify::dialect::push: return APPNOTIFY_DIALECT_PUSH;
    case appnotify::dialect::graph: return APPNOTIFY_DIALECT_GRAPH;
    }
    return APPNOTIFY_DIALECT_AUTO;
}

/// Validates into r; the result's diagnostics become the call's.
std::size_t validate_into(appnotify_result& r, std::string_view json, const checked_options& options) {
    appnotify::validate_options validation;
    validation.dialect = options.dialect;
    validation.policy = options.policy;
    appnotify::validate(json, r.validation, validation);
    r.diagnostics = r.validation.diagnostics();
    // A payload whose dialect could not be recognized (the CLI's "unknown") has none.
    const bool recognized = r.validation.detection().how != appnotify::dialect_verdict::fit::unknown;
    r.dialect = recognized ? c_dialect(r.validation.dialect()) : APPNOTIFY_DIALECT_AUTO;
    return r.validation.error_count();
}

/// Shared checks of the calls that write an owned string.
bool begin_output(appnotify_result* r, const char* data, std::size_t length, const appnotify_options* options,
                  appnotify_owned_string* out, std::string_view& text, checked_options& checked) noexcept {
    clear_owned(out);
    if (r == nullptr) return false;
    start(*r);
    return out != nullptr && text_of(data, length, text) && check_options(options, checked);
}

} // namespace

extern "C" {

const char* appnotify_version(void) { return appnotify::version_string; }

const char* appnotify_code_name(size_t index) {
    if (index >= appnotify::diagnostic_code_count) return nullptr;
    return appnotify::to_string(static_cast<appnotify::diagnostic_code>(index)).data(); // a literal
}

appnotify_result* appnotify_result_new(void) {
    APPNOTIFY_C_TRY { return new (std::nothrow) appnotify_result(); }
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
    catch (...) {
        return nullptr;
    }
#endif
}

void appnotify_result_free(appnotify_result* result) { delete result; }

appnotify_status appnotify_validate(appnotify_result* result, const char* json, size_t length,
                                    const appnotify_options* options) {
    if (result == nullptr) return APPNOTIFY_STATUS_BAD_ARGUMENT;
    start(*result);
    std::string_view text;
    checked_options checked;
    if (!text_of(json, length, text) || !check_options(options, checked)) return APPNOTIFY_STATUS_BAD_ARGUMENT;
    APPNOTIFY_C_TRY { return verdict(validate_into(*result, text, checked)); }
    APPNOTIFY_C_CATCH(result)
}

appnotify_dialect appnotify_result_dialect(const appnotify_result* result) {
    return result == nullptr ? APPNOTIFY_DIALECT_AUTO : result->dialect;
}

size_t appnotify_diagnostic_count(const appnotify_result* result) {
    return result == nullptr ? 0 : result->diagnostics.size();
}

int appnotify_diagnostic_at(const appnotify_result* result, size_t index, appnotify_diagnostic* out) {
    if (result == nullptr || out == nullptr || index >= result->diagnostics.size()) return 0;
    const appnotify::diagnostic& d = result->diagnostics[index];
    const std::string_view code = appnotify::to_string(d.code);
    out->code = {code.data(), code.size()};
    out->severity = d.is_error() ? APPNOTIFY_SEVERITY_ERROR : APPNOTIFY_SEVERITY_WARNING;
    out->path = {d.path.data(), d.path.size()};
    out->message = {d.message.data(), d.message.size()};
    out->offset = d.offset;
    out->line = d.line;
    out->column = d.column;
    out->end_offset = d.end_offset;
    out->end_line = d.end_line;
    out->end_column = d.end_column;
    return 1;
}

appnotify_status appnotify_render_markdown(appnotify_result* result, const char* markdown, size_t length,
                                           const appnotify_options* options, appnotify_owned_string* out) {
    std::string_view text;
    checked_options checked;
    if (!begin_output(result, markdown, length, options, out, text, checked)) return APPNOTIFY_STATUS_BAD_ARGUMENT;
    APPNOTIFY_C_TRY {
        if (!usable_context(*result, checked)) return APPNOTIFY_STATUS_BAD_ARGUMENT;
        const appnotify::app_link_resolver resolver(checked.context);
        appnotify::markdown_options settings;
        settings.rewriter = &resolver;
        settings.hyperlinks = checked.hyperlinks;
        settings.wrap_width = checked.wrap_width;
        result->output.clear();
        const appnotify::markdown_report& report =
            checked.format == APPNOTIFY_FORMAT_HTML   ? result->markdown.render_html(text, result->output, settings)
            : checked.format == APPNOTIFY_FORMAT_ANSI ? result->markdown.render_ansi(text, result->output, settings)
                                                      : result->markdown.render_text(text, result->output, settings);
        result->diagnostics = report.diagnostics();
        return give(*result, result->output, out, verdict(report.error_count()));
    }
    APPNOTIFY_C_CATCH(result)
}

appnotify_status appnotify_render_card(appnotify_result* result, const char* json, size_t length,
                                       const appnotify_options* options, appnotify_owned_string* out) {
    std::string_view text;
    checked_options checked;
    if (!begin_output(result, json, length, options, out, text, checked)) return APPNOTIFY_STATUS_BAD_ARGUMENT;
    APPNOTIFY_C_TRY {
        if (!usable_context(*result, checked)) return APPNOTIFY_STATUS_BAD_ARGUMENT;
        result->output.clear();
        if (validate_into(*result, text, checked) != 0) return give(*result, {}, out, APPNOTIFY_STATUS_INVALID);
        appnotify::render_options settings;
        settings.context = checked.context;
        settings.hyperlinks = checked.hyperlinks;
        settings.wrap_width = checked.wrap_width;
        const appnotify::notification& n = result->validation.notification();
        if (checked.format == APPNOTIFY_FORMAT_HTML) result->cards.render_html(n, result->output, settings);
        else if (checked.format == APPNOTIFY_FORMAT_ANSI) result->cards.render_ansi(n, result->output, settings);
        else result->cards.render_text(n, result->output, settings);
        return give(*result, result->output, out, APPNOTIFY_STATUS_OK);
    }
    APPNOTIFY_C_CATCH(result)
}

appnotify_status appnotify_resolve_link(appnotify_result* result, const char* href, size_t length,
                                        const appnotify_options* options, appnotify_owned_string* out) {
    std::string_view text;
    checked_options checked;
    if (!begin_output(result, href, length, options, out, text, checked)) return APPNOTIFY_STATUS_BAD_ARGUMENT;
    APPNOTIFY_C_TRY {
        if (!usable_context(*result, checked)) return APPNOTIFY_STATUS_BAD_ARGUMENT;
        appnotify::check_app_link(text, result->link, checked.context);
        result->diagnostics = result->link.diagnostics();
        result->output.clear();
        if (!result->link.ok() || !appnotify::resolve_link(text, checked.context, result->output)) {
            result->output.clear();
            return give(*result, {}, out, APPNOTIFY_STATUS_INVALID);
        }
        return give(*result, result->output, out, APPNOTIFY_STATUS_OK);
    }
    APPNOTIFY_C_CATCH(result)
}

void appnotify_free_string(appnotify_owned_string owned) { std::free(owned.data); }

} // extern "C"
