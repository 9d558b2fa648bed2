// SPDX-License-Identifier: MIT
// A server-side renderer: notifications arrive on a queue, are validated as they arrive, and are
// rendered later, by a worker, as an HTML card (for the web page or the e-mail's HTML part) and
// a plain-text fallback wrapped at 72 columns (the e-mail's text part, an SMS gateway, a log).
//
//   receive: each message is validated into ONE reused validation_result. A rejected message
//            is logged with its diagnostics; an accepted one is copied into an
//            owned_notification, which outlives the result (the result is reused for the next
//            message at once), and queued for rendering.
//   render:  ONE notification_renderer and two reused strings render every queued message.
//            After the first few messages nothing allocates but what grows for a larger one.
//
// The queue is simulated by files: a file ending in .ndjson holds one message per line (read in
// chunks by ndjson_validator, in constant memory), any other file is one message, and a
// directory stands for its .json and .ndjson files in name order. Standard
// output is what an operator watching the service sees; --page FILE also writes every card into
// one HTML page styled by the library's stylesheet, as the server's own page would hold them.
//
// usage: server_renderer [--org URL] [--app-id GUID] [--page FILE] FILE|DIRECTORY...
#include <appnotify/appnotify.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace {

/// A message accepted for rendering: where it came from, and the notification it carries, owned.
struct queued_message {
    std::string name;
    appnotify::owned_notification notification;
};

/// What the receiving side keeps: the accepted messages, and counts for the operator.
struct inbox {
    std::vector<queued_message> queue;
    std::size_t received = 0;
    std::size_t rejected = 0;
    std::string log; // reused for every message's log lines
};

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + ' ' + word + (n == 1 ? "" : "s");
}

/// Logs one validated message and queues it when it has no error. `file` is where it came
/// from; `line_number`, for an NDJSON record, its line: a record's diagnostics count lines within
/// the record (always line 1), so they are moved onto the file's line for the operator.
void receive(inbox& box, const std::string& file, std::size_t line_number, const appnotify::validation_result& result) {
    ++box.received;
    const std::string name = line_number != 0 ? file + ':' + std::to_string(line_number) : file;
    box.log.clear();
    box.log += result.ok() ? "accepted " : "REJECTED ";
    appnotify::append_shown_text(box.log, name); // names are shown as diagnostics show them
    box.log += " (";
    if (result.ok()) box.log += std::string(appnotify::to_string(result.dialect())) + ", ";
    box.log += plural(result.error_count(), "error") + ", " + plural(result.warning_count(), "warning") + ")\n";
    appnotify::text_report_options excerpt;
    excerpt.show_source = !result.ok(); // a rejected message shows where; a warning is one line
    for (appnotify::diagnostic d : result.diagnostics()) {
        if (line_number != 0) {
            d.end_line = line_number + (d.end_line - d.line);
            d.line = line_number;
        }
        box.log += "  ";
        appnotify::format_diagnostic(box.log, d, file, result.input(), excerpt);
    }
    std::fwrite(box.log.data(), 1, box.log.size(), stdout);
    if (!result.ok()) {
        ++box.rejected;
        return;
    }
    // Validate now, render later: the copy owns its strings, the result can be reused at once.
    box.queue.push_back({name, appnotify::owned_notification(result.notification())});
}

bool ends_with(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

/// Reads `path` in chunks: an NDJSON file line by line through the validator, any other file
/// whole into `text` and validated into the reused `result`.
bool receive_file(inbox& box, const char* path, std::string& text, appnotify::validation_result& result) {
    std::FILE* file = std::fopen(path, "rb");
    if (file == nullptr) return false;
    char chunk[65536];
    std::size_t n = 0;
    if (ends_with(path, ".ndjson") || ends_with(path, ".jsonl")) {
        appnotify::ndjson_validator validator; // its record result is reused line after line
        const auto on_record = [&](const appnotify::ndjson_record& record) {
            receive(box, path, record.line_number, record.result);
        };
        while ((n = std::fread(chunk, 1, sizeof chunk, file)) != 0) validator.feed({chunk, n}, on_record);
        validator.finish(on_record);
    } else {
        text.clear();
        while ((n = std::fread(chunk, 1, sizeof chunk, file)) != 0) text.append(chunk, n);
        appnotify::validate(text, result);
        receive(box, path, 0, result);
    }
    const bool ok = std::ferror(file) == 0;
    std::fclose(file);
    return ok;
}

/// Adds `argument` to `inputs`: a file, or a directory's messages in name order (the order of a
/// directory listing differs between machines).
void add_input(const char* argument, std::vector<std::string>& inputs) {
    std::error_code error;
    if (!std::filesystem::is_directory(argument, error)) {
        inputs.emplace_back(argument);
        return;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(argument, error)) {
        const std::filesystem::path extension = entry.path().extension();
        if (entry.is_regular_file(error) && (extension == ".json" || extension == ".ndjson"))
            found.push_back(entry.path().generic_string());
    }
    std::sort(found.begin(), found.end());
    inputs.insert(inputs.end(), found.begin(), found.end());
}

} // namespace

int main(int argc, char** argv) {
    appnotify::render_options options;
    options.wrap_width = 72; // the text fallback: e-mail's conventional line length
    const char* page_path = nullptr;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        const bool has_value = i + 1 < argc;
        if (std::strcmp(argv[i], "--org") == 0 && has_value) options.context.org_url = argv[++i];
        else if (std::strcmp(argv[i], "--app-id") == 0 && has_value) options.context.app_id = argv[++i];
        else if (std::strcmp(argv[i], "--page") == 0 && has_value) page_path = argv[++i];
        else if (argv[i][0] != '-') add_input(argv[i], inputs);
        else {
            std::fputs("usage: server_renderer [--org URL] [--app-id GUID] [--page FILE] FILE|DIRECTORY...\n", stderr);
            return 2;
        }
    }
    // A context the server cannot use would put a wrong origin into every link: refuse to start.
    appnotify::link_report context_report;
    appnotify::check_app_context(options.context, context_report);
    if (!context_report.ok()) {
        for (const appnotify::diagnostic& d : context_report.diagnostics())
            std::fprintf(stderr, "server_renderer: %s\n", std::string(d.message).c_str());
        return 2;
    }

    // Receiving: one result and one text buffer for every message.
    inbox box;
    appnotify::validation_result result;
    std::string text;
    for (const std::string& path : inputs) {
        if (!receive_file(box, path.c_str(), text, result)) {
            std::fprintf(stderr, "server_renderer: cannot read %s\n", path.c_str());
            return 2;
        }
    }

    // Rendering, later: one renderer and the same two buffers for every message.
    appnotify::notification_renderer renderer;
    std::string html, fallback, shown, page;
    if (page_path != nullptr) {
        // Cards hold no script, and a page of them needs none: a strict policy says so to the
        // browser as a second line of defence (images: the organization's custom icons).
        page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
               "style-src 'unsafe-inline'; img-src https:\">\n<title>Notifications</title>\n<style>\n";
        appnotify::render_card_stylesheet(page, options); // the same class prefix as the cards
        page += "</style>\n</head>\n<body>\n";
    }
    for (const queued_message& message : box.queue) {
        html.clear(); // clear() keeps the capacity: no allocation once it is large enough
        fallback.clear();
        renderer.render_html(message.notification.notification(), html, options);
        renderer.render_text(message.notification.notification(), fallback, options);
        shown.assign("\n=== ");
        appnotify::append_shown_text(shown, message.name);
        shown += "\n--- HTML card (" + std::to_string(html.size()) + " bytes)\n";
        shown += html;
        shown += "--- text fallback\n";
        shown += fallback;
        shown += '\n';
        std::fwrite(shown.data(), 1, shown.size(), stdout);
        page += html;
    }
    std::printf("\n%s: %zu accepted and rendered, %zu rejected\n", plural(box.received, "message").c_str(),
                box.queue.size(), box.rejected);

    if (page_path != nullptr) {
        page += "</body>\n</html>\n";
        std::FILE* out = std::fopen(page_path, "wb");
        if (out == nullptr || std::fwrite(page.data(), 1, page.size(), out) != page.size() || std::fclose(out) != 0) {
            std::fprintf(stderr, "server_renderer: cannot write %s\n", page_path);
            return 2;
        }
    }
    return 0;
}
