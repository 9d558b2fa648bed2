/* SPDX-License-Identifier: MIT */
/* The C API (include/appnotify/appnotify.h), from C99: every function on the examples' payloads
 * and on hostile input. Usage: c_api_test EXAMPLE.json...
 * Prints one line per failed check and "N passed, N failed"; exits 1 when a check failed. */
#include <appnotify/appnotify.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef APPNOTIFY_EXPECTED_VERSION
#error "APPNOTIFY_EXPECTED_VERSION must name the project's version"
#endif

static int passed = 0;
static int failed = 0;
static const char* context = "";

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (condition) {                                                                           \
            ++passed;                                                                              \
        } else {                                                                                   \
            ++failed;                                                                              \
            fprintf(stderr, "%s:%d: %s: check failed: %s\n", __FILE__, __LINE__, context, #condition); \
        }                                                                                          \
    } while (0)

static int equals(appnotify_string s, const char* text) {
    return s.length == strlen(text) && (s.length == 0 || memcmp(s.data, text, s.length) == 0);
}

static int contains(const char* haystack, size_t length, const char* needle) {
    size_t n = strlen(needle), i;
    for (i = 0; n <= length && i <= length - n; ++i)
        if (memcmp(haystack + i, needle, n) == 0) return 1;
    return 0;
}

static int owned_is(appnotify_owned_string s, const char* text) {
    return s.data != NULL && s.length == strlen(text) && memcmp(s.data, text, s.length) == 0 && s.data[s.length] == '\0';
}

/* Reads a whole file; the caller frees it. */
static char* read_file(const char* path, size_t* length) {
    FILE* file = fopen(path, "rb");
    char* text = NULL;
    long size;
    if (file == NULL) return NULL;
    if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0) {
        text = (char*)malloc((size_t)size + 1);
        if (text != NULL && fread(text, 1, (size_t)size, file) != (size_t)size) {
            free(text);
            text = NULL;
        }
        *length = (size_t)size;
    }
    fclose(file);
    return text;
}

/* The number of code points in bytes [from, to) of valid UTF-8. */
static size_t code_points(const char* text, size_t from, size_t to) {
    size_t n = 0, i;
    for (i = from; i < to; ++i)
        if (((unsigned char)text[i] & 0xC0) != 0x80) ++n;
    return n;
}

/* Every diagnostic of `result` is well-formed for `text` (valid UTF-8 when `utf8`): its code and
 * message are there, its path is a JSON Pointer, its span lies in the text in order, and its
 * line and column are those of its offset. Returns the number of errors among them. */
static size_t check_diagnostics(const appnotify_result* result, const char* text, size_t length, int utf8) {
    size_t count = appnotify_diagnostic_count(result), errors = 0, i;
    appnotify_diagnostic d;
    for (i = 0; i < count; ++i) {
        CHECK(appnotify_diagnostic_at(result, i, &d) == 1);
        CHECK(d.code.length > 0 && d.code.data != NULL);
        CHECK(d.message.length > 0 && d.message.data != NULL);
        CHECK(d.path.length == 0 || d.path.data[0] == '/');
        CHECK(d.severity == APPNOTIFY_SEVERITY_ERROR || d.severity == APPNOTIFY_SEVERITY_WARNING);
        CHECK(d.offset <= d.end_offset && d.end_offset <= length);
        CHECK(d.line >= 1 && d.column >= 1);
        CHECK(d.end_line > d.line || (d.end_line == d.line && d.end_column >= d.column));
        if (utf8 && d.end_offset <= length) {
            size_t line = 1, line_start = 0, j;
            for (j = 0; j < d.end_offset; ++j) {
                if (j == d.offset) {
                    CHECK(d.line == line);
                    CHECK(d.column == code_points(text, line_start, d.offset) + 1);
                }
                if (text[j] == '\n') {
                    ++line;
                    line_start = j + 1;
                }
            }
            if (d.offset == d.end_offset) CHECK(d.line == line && d.column == code_points(text, line_start, d.offset) + 1);
            CHECK(d.end_line == line);
            CHECK(d.end_column == code_points(text, line_start, d.end_offset) + 1);
        }
        if (d.severity == APPNOTIFY_SEVERITY_ERROR) ++errors;
    }
    CHECK(appnotify_diagnostic_at(result, count, &d) == 0);
    return errors;
}

/* The first diagnostic with `code`, or -1. */
static long find_code(const appnotify_result* result, const char* code) {
    size_t count = appnotify_diagnostic_count(result), i;
    appnotify_diagnostic d;
    for (i = 0; i < count; ++i)
        if (appnotify_diagnostic_at(result, i, &d) && equals(d.code, code)) return (long)i;
    return -1;
}

static void test_examples(appnotify_result* result, int count, char** paths) {
    int i;
    size_t valid = 0;
    CHECK(count >= 20);
    for (i = 0; i < count; ++i) {
        size_t length = 0, errors;
        char* text = read_file(paths[i], &length);
        appnotify_status status;
        appnotify_owned_string card;
        appnotify_options options;
        context = paths[i];
        CHECK(text != NULL);
        if (text == NULL) continue;
        status = appnotify_validate(result, text, length, NULL);
        CHECK(status == APPNOTIFY_STATUS_OK || status == APPNOTIFY_STATUS_INVALID);
        CHECK(appnotify_result_dialect(result) != APPNOTIFY_DIALECT_AUTO);
        errors = check_diagnostics(result, text, length, 1);
        CHECK((errors == 0) == (status == APPNOTIFY_STATUS_OK));
        valid += status == APPNOTIFY_STATUS_OK;
        if (strstr(paths[i], "seed001/sla-critical.json") != NULL)
            CHECK(appnotify_result_dialect(result) == APPNOTIFY_DIALECT_RECORD);

        /* The card: rendered exactly when the payload is valid, in each format. */
        memset(&options, 0, sizeof options);
        options.org_url.data = "https://contoso.crm.dynamics.com";
        options.org_url.length = strlen(options.org_url.data);
        CHECK(appnotify_render_card(result, text, length, &options, &card) == status);
        CHECK(card.data != NULL && card.data[card.length] == '\0');
        if (status == APPNOTIFY_STATUS_OK) {
            CHECK(card.length > 0 && strncmp(card.data, "<article class=\"an-card", 23) == 0);
            CHECK(!contains(card.data, card.length, "<script"));
        } else {
            CHECK(card.length == 0);
            CHECK(find_code(result, "json-empty") < 0);
        }
        appnotify_free_string(card);
        options.format = APPNOTIFY_FORMAT_TEXT;
        CHECK(appnotify_render_card(result, text, length, &options, &card) == status);
        CHECK(card.data != NULL && !contains(card.data, card.length, "\x1b") && !contains(card.data, card.length, "<article"));
        appnotify_free_string(card);
        options.format = APPNOTIFY_FORMAT_ANSI;
        CHECK(appnotify_render_card(result, text, length, &options, &card) == status);
        CHECK(status != APPNOTIFY_STATUS_OK || contains(card.data, card.length, "\x1b["));
        appnotify_free_string(card);
        free(text);
    }
    context = "examples";
    CHECK(valid >= 15); /* most examples are valid; the broken seed records are not */
}

/* The payload of docs/api.md: one error, at an exact place. */
static void test_exact_diagnostic(appnotify_result* result) {
    static const char payload[] =
        "{\n  \"Title\": \"SLA critical\",\n"
        "  \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\",\n"
        "  \"IconType\": \"100000003\",\n"
        "  \"OverrideContent\": {\"@odata.type\": \"#Microsoft.Dynamics.CRM.expando\", \"title\": \"**SLA critical**\"}\n}";
    appnotify_diagnostic d;
    context = "exact diagnostic";
    CHECK(appnotify_validate(result, payload, sizeof payload - 1, NULL) == APPNOTIFY_STATUS_INVALID);
    CHECK(appnotify_diagnostic_count(result) == 1);
    CHECK(appnotify_diagnostic_at(result, 0, &d) == 1);
    CHECK(equals(d.code, "number-as-string"));
    CHECK(d.severity == APPNOTIFY_SEVERITY_ERROR);
    CHECK(equals(d.path, "/IconType"));
    CHECK(d.offset == 112 && d.line == 4 && d.column == 15);
    CHECK(d.end_offset == 123 && d.end_line == 4 && d.end_column == 26); /* "100000003" with its quotes */
    CHECK(contains(d.message.data, d.message.length, "write 100000003 without quotes"));
    CHECK(appnotify_result_dialect(result) == APPNOTIFY_DIALECT_ACTION);

    /* The same payload read as a record is another dialect's problem. */
    {
        appnotify_options options;
        memset(&options, 0, sizeof options);
        options.dialect = APPNOTIFY_DIALECT_RECORD;
        CHECK(appnotify_validate(result, payload, sizeof payload - 1, &options) == APPNOTIFY_STATUS_INVALID);
        CHECK(appnotify_result_dialect(result) == APPNOTIFY_DIALECT_RECORD);
        CHECK(find_code(result, "number-as-string") < 0);
    }
}

/* A reused result: the views are the last call's, and many calls leave nothing behind (ASan and
 * valgrind check that). */
static void test_reuse(appnotify_result* result) {
    static const char broken[] = "{\"Title\": 1, \"Body\": 2, \"Recipient\": 3}";
    static const char fine[] = "{\"Title\": \"Hi\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}";
    int i;
    context = "reuse";
    for (i = 0; i < 200; ++i) {
        CHECK(appnotify_validate(result, broken, sizeof broken - 1, NULL) == APPNOTIFY_STATUS_INVALID);
        CHECK(appnotify_diagnostic_count(result) >= 3);
        CHECK(appnotify_validate(result, fine, sizeof fine - 1, NULL) == APPNOTIFY_STATUS_OK);
        CHECK(appnotify_diagnostic_count(result) == 0);
    }
    /* A validation's diagnostics are replaced by the next call's, whatever it is. */
    CHECK(appnotify_validate(result, broken, sizeof broken - 1, NULL) == APPNOTIFY_STATUS_INVALID);
    {
        appnotify_owned_string out;
        CHECK(appnotify_render_markdown(result, "plain", 5, NULL, &out) == APPNOTIFY_STATUS_OK);
        CHECK(owned_is(out, "<p>plain</p>\n"));
        CHECK(appnotify_diagnostic_count(result) == 0);
        CHECK(appnotify_result_dialect(result) == APPNOTIFY_DIALECT_AUTO);
        appnotify_free_string(out);
    }
}

static void test_markdown(appnotify_result* result) {
    static const char markdown[] =
        "**SLA critical**: [case](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)";
    static const char hostile[] = "[x](javascript:alert(1)) <img src=x onerror=alert(1)> \x1b]52;c;AAAA\x07\x1b[2J done";
    appnotify_options options;
    appnotify_owned_string out;
    long at;
    context = "markdown";
    memset(&options, 0, sizeof options);
    options.org_url.data = "https://contoso.crm.dynamics.com";
    options.org_url.length = strlen(options.org_url.data);
    options.app_id.data = "12fd1cf3-e06e-e911-a95f-000d3a13c42a";
    options.app_id.length = strlen(options.app_id.data);
    CHECK(appnotify_render_markdown(result, markdown, sizeof markdown - 1, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(owned_is(out, "<p><strong>SLA critical</strong>: <a href=\"https://contoso.crm.dynamics.com/main.aspx?"
                        "appid=12fd1cf3-e06e-e911-a95f-000d3a13c42a&amp;pagetype=entityrecord&amp;etn=incident&amp;"
                        "id=0a9f62a8-90df-e311-9565-a45d36fc5fe8\">case</a></p>\n"));
    appnotify_free_string(out);

    options.format = APPNOTIFY_FORMAT_TEXT;
    CHECK(appnotify_render_markdown(result, markdown, sizeof markdown - 1, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(owned_is(out, "SLA critical: case (https://contoso.crm.dynamics.com/main.aspx?"
                        "appid=12fd1cf3-e06e-e911-a95f-000d3a13c42a&pagetype=entityrecord&etn=incident&"
                        "id=0a9f62a8-90df-e311-9565-a45d36fc5fe8)"));
    appnotify_free_string(out);

    /* Hostile markdown: the script link is text, markup is escaped, no control reaches a terminal. */
    options.format = APPNOTIFY_FORMAT_HTML;
    CHECK(appnotify_render_markdown(result, hostile, sizeof hostile - 1, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(out.data != NULL && !contains(out.data, out.length, "href=\"javascript") && !contains(out.data, out.length, "<img"));
    CHECK(contains(out.data, out.length, "<p>x &lt;img src=x onerror=alert(1)&gt; "));
    at = find_code(result, "markdown-link-refused");
    CHECK(at == 0);
    {
        appnotify_diagnostic d;
        CHECK(appnotify_diagnostic_at(result, 0, &d) == 1);
        CHECK(d.offset == 4 && d.line == 1 && d.column == 5 && d.severity == APPNOTIFY_SEVERITY_WARNING);
    }
    check_diagnostics(result, hostile, sizeof hostile - 1, 1);
    appnotify_free_string(out);
    options.format = APPNOTIFY_FORMAT_ANSI;
    CHECK(appnotify_render_markdown(result, hostile, sizeof hostile - 1, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(out.data != NULL && !contains(out.data, out.length, "\x1b]52") && !contains(out.data, out.length, "\x1b[2J"));
    appnotify_free_string(out);
    options.format = APPNOTIFY_FORMAT_TEXT;
    CHECK(appnotify_render_markdown(result, hostile, sizeof hostile - 1, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(out.data != NULL && !contains(out.data, out.length, "\x1b") && !contains(out.data, out.length, "\x07"));
    appnotify_free_string(out);

    /* Wrapping and plain links. */
    options.wrap_width = 20;
    CHECK(appnotify_render_markdown(result, "one two three four five six seven", 33, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(owned_is(out, "one two three four\nfive six seven"));
    appnotify_free_string(out);
    options.wrap_width = 0;
    options.format = APPNOTIFY_FORMAT_ANSI;
    options.plain_links = 1;
    CHECK(appnotify_render_markdown(result, "[a](https://example.com/)", 25, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(out.data != NULL && contains(out.data, out.length, "<https://example.com/>") && !contains(out.data, out.length, "\x1b]8"));
    appnotify_free_string(out);

    /* Empty and oversized markdown. */
    CHECK(appnotify_render_markdown(result, NULL, 0, NULL, &out) == APPNOTIFY_STATUS_OK);
    CHECK(owned_is(out, ""));
    appnotify_free_string(out);
    {
        size_t size = (size_t)2 << 20;
        char* big = (char*)malloc(size);
        CHECK(big != NULL);
        if (big != NULL) {
            memset(big, '*', size);
            CHECK(appnotify_render_markdown(result, big, size, NULL, &out) == APPNOTIFY_STATUS_INVALID);
            CHECK(owned_is(out, ""));
            CHECK(find_code(result, "markdown-input-too-large") == 0);
            appnotify_free_string(out);
            free(big);
        }
    }
}

static void test_links(appnotify_result* result) {
    static const char href[] = "?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8";
    appnotify_options options;
    appnotify_owned_string out;
    appnotify_diagnostic d;
    context = "links";
    memset(&options, 0, sizeof options);
    options.org_url.data = "https://contoso.crm.dynamics.com";
    options.org_url.length = strlen(options.org_url.data);
    options.app_id.data = "12fd1cf3-e06e-e911-a95f-000d3a13c42a";
    options.app_id.length = strlen(options.app_id.data);
    CHECK(appnotify_resolve_link(result, href, sizeof href - 1, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(owned_is(out, "https://contoso.crm.dynamics.com/main.aspx?appid=12fd1cf3-e06e-e911-a95f-000d3a13c42a"
                        "&pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8"));
    CHECK(appnotify_diagnostic_count(result) == 0);
    appnotify_free_string(out);

    /* Without a context the link stays relative. */
    CHECK(appnotify_resolve_link(result, href, sizeof href - 1, NULL, &out) == APPNOTIFY_STATUS_OK);
    CHECK(owned_is(out, href));
    appnotify_free_string(out);

    /* Refused and invalid links: nothing to follow, and the reason. */
    CHECK(appnotify_resolve_link(result, " JaVa\tScRiPt:alert(1)", 21, &options, &out) == APPNOTIFY_STATUS_INVALID);
    CHECK(owned_is(out, ""));
    CHECK(find_code(result, "link-refused") == 0);
    appnotify_free_string(out);
    CHECK(appnotify_resolve_link(result, "?pagetype=entityrecord&etn=incident&id=nope", 43, &options, &out) ==
          APPNOTIFY_STATUS_INVALID);
    CHECK(owned_is(out, ""));
    CHECK(find_code(result, "invalid-guid") == 0);
    check_diagnostics(result, "?pagetype=entityrecord&etn=incident&id=nope", 43, 1);
    appnotify_free_string(out);

    /* An unusable organization URL is a bad argument, with the reason as a diagnostic. */
    options.org_url.data = "contoso.crm.dynamics.com";
    options.org_url.length = strlen(options.org_url.data);
    CHECK(appnotify_resolve_link(result, href, sizeof href - 1, &options, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(out.data == NULL && out.length == 0);
    CHECK(appnotify_diagnostic_count(result) >= 1);
    CHECK(appnotify_diagnostic_at(result, 0, &d) == 1 && equals(d.code, "link-invalid-context") && equals(d.path, "/org_url"));
    CHECK(appnotify_render_markdown(result, "x", 1, &options, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(appnotify_render_card(result, "{}", 2, &options, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(find_code(result, "link-invalid-context") == 0);
}

static void test_hostile(appnotify_result* result) {
    appnotify_diagnostic d;
    appnotify_options options;
    appnotify_owned_string out;
    size_t i;
    context = "hostile";

    /* Null with length 0 is the empty text; null with a length is a bad argument. */
    CHECK(appnotify_validate(result, NULL, 0, NULL) == APPNOTIFY_STATUS_INVALID);
    CHECK(appnotify_diagnostic_count(result) == 1 && appnotify_diagnostic_at(result, 0, &d) && equals(d.code, "json-empty"));
    CHECK(appnotify_validate(result, NULL, 5, NULL) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(appnotify_diagnostic_count(result) == 0);
    CHECK(appnotify_render_card(result, NULL, 0, NULL, &out) == APPNOTIFY_STATUS_INVALID);
    CHECK(owned_is(out, ""));
    appnotify_free_string(out);
    CHECK(appnotify_render_card(result, NULL, 1, NULL, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(out.data == NULL && out.length == 0);
    CHECK(appnotify_resolve_link(result, NULL, 0, NULL, &out) == APPNOTIFY_STATUS_INVALID);
    CHECK(owned_is(out, "") && appnotify_diagnostic_count(result) == 1);
    appnotify_free_string(out);

    /* Not UTF-8, a NUL inside a string, bytes after the document. */
    CHECK(appnotify_validate(result, "{\"Title\": \"\xff\xfe\"}", 15, NULL) == APPNOTIFY_STATUS_INVALID);
    CHECK(find_code(result, "json-invalid-utf8") >= 0);
    check_diagnostics(result, "{\"Title\": \"\xff\xfe\"}", 15, 0);
    CHECK(appnotify_validate(result, "{\"Title\": \"a\0b\"}", 16, NULL) == APPNOTIFY_STATUS_INVALID);
    CHECK(find_code(result, "json-control-character") >= 0);
    CHECK(appnotify_validate(result, "{} \0\0", 5, NULL) == APPNOTIFY_STATUS_INVALID);

    /* Too large, too deep, too many problems: each a diagnostic, in bounded memory. */
    {
        size_t size = ((size_t)1 << 20) + 1, depth = 100000;
        char* big = (char*)malloc(size > depth * 5 + 2 ? size : depth * 5 + 2);
        CHECK(big != NULL);
        if (big != NULL) {
            memset(big, ' ', size);
            big[0] = '{';
            big[size - 1] = '}';
            CHECK(appnotify_validate(result, big, size, NULL) == APPNOTIFY_STATUS_INVALID);
            CHECK(appnotify_diagnostic_count(result) == 1 && find_code(result, "input-too-large") == 0);
            for (i = 0; i < depth; ++i) memcpy(big + i * 5, "{\"a\":", 5);
            CHECK(appnotify_validate(result, big, depth * 5, NULL) == APPNOTIFY_STATUS_INVALID);
            CHECK(find_code(result, "json-nesting-too-deep") >= 0);
            /* 3000 unknown parameters: 1000 kept and one that counts the rest. */
            {
                size_t n = (size_t)sprintf(big, "{\"Title\": \"x\"");
                for (i = 0; i < 3000; ++i) n += (size_t)sprintf(big + n, ",\"x%lu\":1", (unsigned long)i);
                big[n++] = '}';
                CHECK(appnotify_validate(result, big, n, NULL) == APPNOTIFY_STATUS_INVALID);
                CHECK(appnotify_diagnostic_count(result) == 1001);
                CHECK(find_code(result, "too-many-diagnostics") == 1000);
                check_diagnostics(result, big, n, 1);
            }
            free(big);
        }
    }

    /* Options out of range. */
    memset(&options, 0, sizeof options);
    options.dialect = 5;
    CHECK(appnotify_validate(result, "{}", 2, &options) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    options.dialect = -1;
    CHECK(appnotify_validate(result, "{}", 2, &options) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    options.dialect = APPNOTIFY_DIALECT_GRAPH;
    options.format = 3;
    CHECK(appnotify_render_markdown(result, "x", 1, &options, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(out.data == NULL);
    options.format = APPNOTIFY_FORMAT_HTML;
    options.app_name.length = 4; /* a null view with a length */
    CHECK(appnotify_resolve_link(result, "#x", 2, &options, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    options.app_name.length = 0;
    CHECK(appnotify_resolve_link(result, "#x", 2, &options, &out) == APPNOTIFY_STATUS_OK);
    CHECK(owned_is(out, "#x"));
    appnotify_free_string(out);
    CHECK(appnotify_render_card(result, "{}", 2, &options, NULL) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(appnotify_diagnostic_at(result, 0, NULL) == 0);
}

/* The catalogue of codes, and a policy that drops a code or changes its severity. */
static void test_policy(appnotify_result* result) {
    static const char payload[] = "{\"Title\": \"**Hi**\", \"Recipient\": \"/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)\"}";
    appnotify_string names[2];
    appnotify_options options;
    appnotify_diagnostic d;
    size_t count = 0;
    context = "policy";
    CHECK(strcmp(appnotify_code_name(0), "input-too-large") == 0);
    while (appnotify_code_name(count) != NULL) ++count;
    CHECK(count >= 70);
    CHECK(appnotify_code_name(count) == NULL && appnotify_code_name((size_t)-1) == NULL);

    CHECK(appnotify_validate(result, payload, sizeof payload - 1, NULL) == APPNOTIFY_STATUS_OK);
    CHECK(appnotify_diagnostic_count(result) == 1 && appnotify_diagnostic_at(result, 0, &d) &&
          equals(d.code, "markdown-in-plain-text") && d.severity == APPNOTIFY_SEVERITY_WARNING);
    memset(&options, 0, sizeof options);
    names[0].data = "markdown-in-plain-text";
    names[0].length = strlen(names[0].data);
    options.ignore_codes = names;
    options.ignore_count = 1;
    CHECK(appnotify_validate(result, payload, sizeof payload - 1, &options) == APPNOTIFY_STATUS_OK);
    CHECK(appnotify_diagnostic_count(result) == 0);
    options.ignore_count = 0;
    options.error_codes = names;
    options.error_count = 1;
    CHECK(appnotify_validate(result, payload, sizeof payload - 1, &options) == APPNOTIFY_STATUS_INVALID);
    CHECK(appnotify_diagnostic_at(result, 0, &d) && d.severity == APPNOTIFY_SEVERITY_ERROR);
    {
        appnotify_owned_string card;
        CHECK(appnotify_render_card(result, payload, sizeof payload - 1, &options, &card) == APPNOTIFY_STATUS_INVALID);
        CHECK(owned_is(card, ""));
        appnotify_free_string(card);
    }

    /* Unknown names, fatal codes ignored or lowered, a null array with a count: bad arguments. */
    names[1].data = "markdown-in-plaintext";
    names[1].length = strlen(names[1].data);
    options.error_count = 2;
    CHECK(appnotify_validate(result, payload, sizeof payload - 1, &options) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    options.error_count = 0;
    names[1].data = "json-syntax";
    names[1].length = strlen(names[1].data);
    options.ignore_codes = names + 1;
    options.ignore_count = 1;
    CHECK(appnotify_validate(result, payload, sizeof payload - 1, &options) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    options.ignore_count = 0;
    options.warning_codes = names + 1;
    options.warning_count = 1;
    CHECK(appnotify_validate(result, payload, sizeof payload - 1, &options) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    options.warning_codes = NULL;
    CHECK(appnotify_validate(result, payload, sizeof payload - 1, &options) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    options.warning_count = 0;
    CHECK(appnotify_validate(result, payload, sizeof payload - 1, &options) == APPNOTIFY_STATUS_OK);
}

static void test_null_result(void) {
    appnotify_owned_string out = {(char*)1, 1};
    appnotify_diagnostic d;
    context = "null result";
    CHECK(appnotify_validate(NULL, "{}", 2, NULL) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(appnotify_render_markdown(NULL, "x", 1, NULL, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(out.data == NULL && out.length == 0);
    out.data = (char*)1;
    CHECK(appnotify_render_card(NULL, "{}", 2, NULL, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(out.data == NULL);
    out.data = (char*)1;
    CHECK(appnotify_resolve_link(NULL, "#x", 2, NULL, &out) == APPNOTIFY_STATUS_BAD_ARGUMENT);
    CHECK(out.data == NULL);
    CHECK(appnotify_diagnostic_count(NULL) == 0);
    CHECK(appnotify_diagnostic_at(NULL, 0, &d) == 0);
    CHECK(appnotify_result_dialect(NULL) == APPNOTIFY_DIALECT_AUTO);
    appnotify_result_free(NULL);
    appnotify_free_string(out);
}

int main(int argc, char** argv) {
    appnotify_result* result = appnotify_result_new();
    context = "version";
    CHECK(strcmp(appnotify_version(), APPNOTIFY_EXPECTED_VERSION) == 0);
    CHECK(result != NULL);
    if (result == NULL) return 1;
    context = "new result";
    CHECK(appnotify_diagnostic_count(result) == 0);
    CHECK(appnotify_result_dialect(result) == APPNOTIFY_DIALECT_AUTO);

    test_examples(result, argc - 1, argv + 1);
    test_exact_diagnostic(result);
    test_reuse(result);
    test_markdown(result);
    test_links(result);
    test_hostile(result);
    test_policy(result);
    test_null_result();
    appnotify_result_free(result);

    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
