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

#include "config.hpp"
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
APPNOTIFY_EXTERNAL_LINKAGE void check_app_link(std::string_view link, link_report& report, const app_context& context = {},
                           std::string_view path = {});

[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE link_report check_app_link(std::string_view link, const app_context& context = {});

/// Checks an app context before links are resolved against it: the organization URL must be an
/// http(s) URL with a host and nothing after its path; the app id a GUID; the app name a unique
/// name; and only one of the two may be given. Paths are "/org_url", "/app_id" and "/app_name";
/// offsets index the value concerned.
APPNOTIFY_EXTERNAL_LINKAGE void check_app_context(const app_context& context, link_report& report);

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
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE bool resolve_link(std::string_view link, const app_context& context, std::string& out);

/// Appends the main.aspx URL that opens `page` (a side pane's navigationTarget), such as
/// `https://contoso.crm.dynamics.com/main.aspx?appid=<id>&pagetype=entityrecord&etn=task&id=<GUID>`,
/// or `/main.aspx?...` without an organization URL. Empty fields are left out; a generative page
/// is `pagetype=genux&id=<pageId>`; viewType savedquery is `viewtype=1039`, userquery 4230.
APPNOTIFY_EXTERNAL_LINKAGE void append_page_url(const page_target& page, const app_context& context, std::string& out);

/// Appends the Teams deep link of a Teams chat action: for a `chatId`,
/// `https://teams.microsoft.com/l/chat/<chatId>/conversations`; otherwise the link that starts a
/// chat, `https://teams.microsoft.com/l/chat/0/0?users=<id>,<id>&topicName=<chatTitle>&message=<initialMessage>`,
/// each value percent-encoded and empty ones left out. The linked record (entityContext) has no
/// place in a deep link.
APPNOTIFY_EXTERNAL_LINKAGE void append_teams_chat_link(const teams_chat_action& chat, std::string& out);

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

#if APPNOTIFY_HEADER_ONLY
#include "impl/links.inl"
#endif

#endif // APPNOTIFY_LINKS_HPP
