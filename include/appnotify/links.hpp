// SPDX-License-Identifier: MIT
// appnotify: links of a notification. Checks model-driven app links (`?pagetype=...`,
// main.aspx, /WebResources/...) by page type, resolves them to absolute URLs for an
// organization and app, and builds the URLs of side-pane pages and Teams chats.
#ifndef APPNOTIFY_LINKS_HPP
#define APPNOTIFY_LINKS_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app_context.hpp"
#include "detail/diagnostic_sink.hpp"
#include "detail/guid.hpp"
#include "detail/link_checker.hpp"
#include "detail/link_resolver.hpp"
#include "detail/page_rules.hpp"
#include "detail/url_parts.hpp"
#include "detail/url_query.hpp"
#include "diagnostic.hpp"
#include "link_policy.hpp"
#include "list_view.hpp"
#include "notification.hpp"

namespace appnotify {

/// Where the parts of a link are (positions index the link): its policy check (`policy.kind`),
/// scheme, host, path, query and fragment, and whether its query addresses a model-driven page.
using link_parts = detail::link_layout;

/// Splits a link into its parts, after the policy check. Linear; never allocates.
[[nodiscard]] constexpr link_parts parse_link(std::string_view link) noexcept { return detail::parse_link_layout(link); }

/// The diagnostics of one link (or of an app context), in the validator's format: `offset` is a
/// byte offset into the link, `line` and `column` positions in it, `path` the JSON Pointer given
/// to the check (empty by default). The diagnostics' views point into this report: they stay
/// valid while it lives and is not reused; the accessors that hand them out are deleted on
/// rvalues. Reusing a report for many links keeps its buffers; a default-constructed or
/// moved-from report is empty and ready for reuse.
class link_report {
public:
    /// Allocates nothing: the first check into it makes its buffers.
    link_report() noexcept = default;

    /// True when no diagnostic is an error (warnings allowed).
    [[nodiscard]] bool ok() const noexcept { return error_count() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] std::size_t error_count() const noexcept { return storage_ ? storage_->sink.error_count() : 0; }
    [[nodiscard]] std::size_t warning_count() const noexcept { return storage_ ? storage_->sink.warning_count() : 0; }
    [[nodiscard]] list_view<diagnostic> diagnostics() const& noexcept {
        if (!storage_) return {};
        return {storage_->diagnostics.data(), storage_->diagnostics.size()};
    }
    list_view<diagnostic> diagnostics() const&& = delete;
    /// The parts of the link last checked.
    [[nodiscard]] const link_parts& parts() const& noexcept { return storage_ ? storage_->parts : no_parts; }
    const link_parts& parts() const&& = delete;

    /// At most this many diagnostics are kept; the rest are counted in one final
    /// too-many-diagnostics warning.
    static constexpr std::size_t max_kept = 1000;

private:
    friend void check_app_link(std::string_view, link_report&, const app_context&, std::string_view);
    friend void check_app_context(const app_context&, link_report&);

    // On the heap, so that moving a report keeps its diagnostics' views into the arena valid.
    struct storage {
        detail::diagnostic_sink sink;
        std::vector<diagnostic> diagnostics;
        detail::link_scratch scratch;
        link_parts parts;
    };
    static constexpr link_parts no_parts{};

    class collector final : public detail::link_reporter {
    public:
        collector(link_report& report, std::string_view path) noexcept
            : sink_(report.storage_->sink), path_(path) {}
        /// Sets the JSON Pointer of the diagnostics that follow.
        void set_path(std::string_view path) noexcept { path_ = path; }

    protected:
        std::string* begin(diagnostic_code code, severity level, std::size_t at) override {
            if (!sink_.begin(code, level, at)) return nullptr;
            sink_.arena().append(path_);
            sink_.end_path();
            return &sink_.arena();
        }
        void set_end(std::size_t end) override { sink_.set_end(end); }
        void end() override { sink_.end_message(); }

    private:
        detail::diagnostic_sink& sink_;
        std::string_view path_;
    };

    /// Starts a check; the buffers are made on first use (by a new or moved-from report).
    storage& reset() {
        if (!storage_) storage_ = std::make_unique<storage>();
        storage_->sink.reset(true, max_kept);
        storage_->parts = {};
        return *storage_;
    }

    /// Sorts by offset and makes the public diagnostics, positioned in `text`.
    void finish(std::string_view text) { storage_->sink.finish(text, storage_->diagnostics); }

    std::unique_ptr<storage> storage_;
};

/// Checks a link as the validator does: the link policy, then for a model-driven page link
/// (`?...`, `main.aspx?...`, or an absolute URL whose path is /main.aspx) every parameter by page
/// type; with a context, a link to another host than the organization's and an app other than
/// the context's are reported. `path` is the JSON Pointer the diagnostics carry.
inline void check_app_link(std::string_view link, link_report& report, const app_context& context = {},
                           std::string_view path = {}) {
    link_report::storage& buffers = report.reset();
    link_report::collector collect(report, path);
    detail::link_checker checker(collect, buffers.scratch, context);
    buffers.parts = checker.check(link);
    report.finish(link);
}

[[nodiscard]] inline link_report check_app_link(std::string_view link, const app_context& context = {}) {
    link_report report;
    check_app_link(link, report, context);
    return report;
}

/// Checks an app context before links are resolved against it: the organization URL must be an
/// http(s) URL with a host and nothing after its path; the app id a GUID; the app name a unique
/// name; and only one of the two may be given. Paths are "/org_url", "/app_id" and "/app_name";
/// offsets index the value concerned.
inline void check_app_context(const app_context& context, link_report& report) {
    report.reset();
    link_report::collector collect(report, "/org_url");
    const detail::org_url org = detail::parse_org_url(context.org_url);
    if (!context.org_url.empty() && !org.ok())
        collect.add(diagnostic_code::link_invalid_context, severity::error, 0, "the organization URL ",
                    detail::quoted{context.org_url}, " is not usable: ", detail::describe(org.problem),
                    ", such as https://contoso.crm.dynamics.com");
    collect.set_path("/app_id");
    const detail::guid_check id = detail::check_guid(context.app_id);
    if (!context.app_id.empty() && id.problem != detail::guid_problem::none)
        collect.add(diagnostic_code::link_invalid_context, severity::error, id.at, "the app id ",
                    detail::quoted{context.app_id}, " is not a GUID: give the app's AppModuleId, such as "
                    "12fd1cf3-e06e-e911-a95f-000d3a13c42a");
    collect.set_path("/app_name");
    const std::size_t bad = detail::unique_name_problem(context.app_name);
    if (bad < context.app_name.size())
        collect.add(diagnostic_code::link_invalid_context, severity::error, bad, "the app name ",
                    detail::quoted{context.app_name}, " is not a unique name: ",
                    detail::shown_char{context.app_name, bad}, " is not allowed (letters, digits and underscores)");
    if (!context.app_id.empty() && !context.app_name.empty())
        collect.add(diagnostic_code::link_app_conflict, severity::error, 0,
                    "give the app either by id or by unique name, not both: main.aspx cannot take appid and appname");
    report.finish({});
}

/// Appends the href of `link` for `context` to `out`:
/// - `?pagetype=...` and `main.aspx?...` become `<org>/main.aspx?appid=<id>&...`: the context's
///   app first (unless the link names its own), then the link's parameters in their order, with
///   the bytes they are written with (escapes, `+` and `*` included), but for what cannot stand in
///   a URL (below) and a '%' that starts no escape (%25); the fragment is kept.
/// - `/WebResources/x` becomes `<org>/WebResources/x`; a `#fragment` stays as it is.
/// - absolute links keep their text, with the scheme and host lowercased (nothing else folded:
///   an IDN stays as the punycode or Unicode it was written in).
/// Without an organization URL, links stay relative (with the app).
/// Tabs and newlines are removed first and characters that cannot stand in a URL (spaces,
/// controls, quotes, angle brackets, non-ASCII outside the host) are percent-encoded, so the
/// result is safe in an HTML attribute or a terminal hyperlink. Resolving a resolved link gives
/// it back unchanged. Returns false, appending nothing, when the link policy refuses the link.
[[nodiscard]] inline bool resolve_link(std::string_view link, const app_context& context, std::string& out) {
    return detail::resolve_link_into(link, context, out);
}

/// Appends the main.aspx URL that opens `page` (a side pane's navigationTarget), such as
/// `https://contoso.crm.dynamics.com/main.aspx?appid=<id>&pagetype=entityrecord&etn=task&id=<GUID>`,
/// or `/main.aspx?...` without an organization URL. Empty fields are left out; a generative page
/// is `pagetype=genux&id=<pageId>`; viewType savedquery is `viewtype=1039`, userquery 4230.
inline void append_page_url(const page_target& page, const app_context& context, std::string& out) {
    const detail::org_url org = detail::parse_org_url(context.org_url);
    if (org.ok()) detail::append_org_url(org, out);
    out.append("/main.aspx?");
    bool any = detail::append_context_app(context, out);
    const auto param = [&](std::string_view name, std::string_view value) {
        if (value.empty()) return;
        if (any) out.push_back('&');
        out.append(name);
        out.push_back('=');
        detail::encode_component(value, out);
        any = true;
    };
    const detail::side_pane_page* row = detail::side_pane_page_of(page.type);
    if (row == nullptr) return;
    param("pagetype", detail::app_page_names[static_cast<std::size_t>(row->url_page)]);
    for (std::size_t i = 0; i < row->parameter_count; ++i)
        param(row->parameters[i].name, detail::page_field_value(page, row->parameters[i].field));
}

/// Appends the Teams deep link of a Teams chat action: for a `chatId`,
/// `https://teams.microsoft.com/l/chat/<chatId>/conversations`; otherwise the link that starts a
/// chat, `https://teams.microsoft.com/l/chat/0/0?users=<id>,<id>&topicName=<chatTitle>&message=<initialMessage>`,
/// each value percent-encoded and empty ones left out. The linked record (entityContext) has no
/// place in a deep link.
inline void append_teams_chat_link(const teams_chat_action& chat, std::string& out) {
    out.append("https://teams.microsoft.com/l/chat/");
    if (!chat.chat_id.empty()) {
        // A path segment: chat ids such as 19:abc@thread.v2 keep their ':' and '@'.
        for (const char c : chat.chat_id) {
            const auto b = static_cast<unsigned char>(c);
            if (detail::is_unreserved(b) || c == ':' || c == '@') out.push_back(c);
            else detail::append_escape(out, b);
        }
        out.append("/conversations");
        return;
    }
    out.append("0/0");
    char separator = '?';
    if (!chat.member_ids.empty()) {
        out.push_back(separator);
        out.append("users=");
        for (std::size_t i = 0; i < chat.member_ids.size(); ++i) {
            if (i != 0) out.push_back(',');
            detail::encode_component(chat.member_ids[i], out);
        }
        separator = '&';
    }
    if (!chat.chat_title.empty()) {
        out.push_back(separator);
        out.append("topicName=");
        detail::encode_component(chat.chat_title, out);
        separator = '&';
    }
    if (!chat.initial_message.empty()) {
        out.push_back(separator);
        out.append("message=");
        detail::encode_component(chat.initial_message, out);
    }
}

/// The link_rewriter of the markdown renderers that emits resolved links for an app context:
/// `resolve_link` for every link the policy allows.
class app_link_resolver final : public link_rewriter {
public:
    explicit app_link_resolver(const app_context& context) noexcept : context_(context) {}

    bool rewrite(std::string_view destination, const link_check& check, std::string& href) const override {
        return check.allowed() && resolve_link(destination, context_, href);
    }

    const app_context& context() const noexcept { return context_; }

private:
    app_context context_;
};

} // namespace appnotify

#endif // APPNOTIFY_LINKS_HPP
