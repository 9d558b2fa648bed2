// SPDX-License-Identifier: MIT
// appnotify: converting a notification between the four payloads (dialect.hpp).
//
// A conversion writes the model (notification.hpp) as a payload of the target dialect:
//   action  SendAppNotification parameters, with the OData annotations of its open types;
//   record  an appnotification record, OverrideContent and Actions stored as the JSON of its
//           data column, the way the server stores them;
//   push    recipients and a message: the plain-text rendering of the markdown body (or of the
//           body, or the title) with links written out;
//   graph   visualContent with the title and body as plain text.
// Whatever the target cannot carry (push has no icon, Graph has no actions...) is listed in the
// report; docs/dialects.md has the whole table. A target's required value that the source does
// not have (a push notification's recipients, Graph's targetHostName) comes from
// convert_options, and without it the conversion fails and writes nothing.
#ifndef APPNOTIFY_CONVERT_HPP
#define APPNOTIFY_CONVERT_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "app_context.hpp"
#include "config.hpp"
#include "detail/format.hpp"
#include "detail/guid.hpp"
#include "detail/hash.hpp"
#include "detail/utf8.hpp"
#include "dialect.hpp"
#include "links.hpp"
#include "list_view.hpp"
#include "markdown.hpp"
#include "notification.hpp"
#include "report.hpp"
#include "validate.hpp"

namespace appnotify {

/// What a conversion needs that the source payload may not have.
struct convert_options {
    /// action, record: the GUID of the user (systemuserid) when the source names none (push,
    /// graph). A source's own recipient wins.
    std::string_view recipient_id;
    /// push: the recipients (email addresses or Microsoft Entra object ids). They replace a push
    /// source's own; an action's or a record's systemuserid is not one.
    list_view<std::string_view> push_recipients;
    /// graph: targetHostName, when the source is not a Graph notification (or to replace it).
    std::string_view target_host_name;
    /// graph: appNotificationId; when neither this nor the source gives one, it is derived from
    /// the title and body ("appnotify-" and 16 hexadecimal digits), so it is stable.
    std::string_view app_notification_id;
    /// push, graph: the links of the markdown written out in the text are resolved for this
    /// organization and app (they stay relative without an organization).
    app_context context;
};

/// Something of the source that the target dialect cannot carry.
struct conversion_loss {
    std::string_view what; // "icon", "actions", "expiry"...
    std::string_view why;
};

/// The outcome of a conversion: whether it was written, and what was lost. `error()` points into
/// this report and `losses()` into it and static text: valid while it lives and is not reused
/// (the accessors are deleted on rvalues).
class conversion_report {
public:
    conversion_report() = default;
    conversion_report(const conversion_report&) = default;
    conversion_report& operator=(const conversion_report&) = default;
    /// A moved-from report is ok() and lists no loss.
    conversion_report(conversion_report&& other) noexcept
        : error_(std::move(other.error_)), losses_(std::move(other.losses_)) {
        other.error_.clear();
        other.losses_.clear();
    }
    conversion_report& operator=(conversion_report&& other) noexcept {
        if (this != &other) {
            error_ = std::move(other.error_);
            losses_ = std::move(other.losses_);
            other.error_.clear();
            other.losses_.clear();
        }
        return *this;
    }
    ~conversion_report() = default;

    /// True when the payload was written.
    [[nodiscard]] bool ok() const noexcept { return error_.empty(); }
    explicit operator bool() const noexcept { return ok(); }
    /// Why nothing was written, when not ok.
    [[nodiscard]] std::string_view error() const& noexcept { return error_; }
    std::string_view error() const&& = delete;
    [[nodiscard]] list_view<conversion_loss> losses() const& noexcept { return {losses_.data(), losses_.size()}; }
    list_view<conversion_loss> losses() const&& = delete;

private:
    friend class notification_converter;
    std::string error_;
    std::vector<conversion_loss> losses_;
};

namespace detail {

/// Writes JSON as people indent it (two spaces), or compactly as JSON.stringify does. Strings
/// escape the characters no terminal should get (write_json_string) unless `escape_foreign` is
/// false: JSON written into a string of other JSON leaves them to the outer string.
class json_writer {
public:
    json_writer(std::string& out, bool indented, bool escape_foreign = true) noexcept
        : out_(out), indented_(indented), escape_foreign_(escape_foreign) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(std::string_view name) {
        prefix();
        write_json_string(out_, name, escape_foreign_);
        out_.append(indented_ ? ": " : ":");
        after_key_ = true;
    }
    void string(std::string_view text) {
        prefix();
        write_json_string(out_, text, escape_foreign_);
    }
    void number(std::int64_t n) {
        prefix();
        append_all(out_, n);
    }
    void boolean(bool b) {
        prefix();
        out_.append(b ? "true" : "false");
    }
    void member(std::string_view name, std::string_view text) {
        key(name);
        string(text);
    }
    void member(std::string_view name, std::int64_t n) {
        key(name);
        number(n);
    }

private:
    std::string& out_;
    bool indented_;
    bool escape_foreign_;
    std::size_t depth_ = 0;
    bool first_ = true;
    bool after_key_ = false;

    void newline() {
        if (!indented_) return;
        out_.push_back('\n');
        out_.append(2 * depth_, ' ');
    }
    void prefix() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (depth_ > 0) {
            if (!first_) out_.push_back(',');
            newline();
        }
        first_ = false;
    }
    void open(char c) {
        prefix();
        out_.push_back(c);
        ++depth_;
        first_ = true;
    }
    void close(char c) {
        --depth_;
        if (!first_) newline();
        out_.push_back(c);
        first_ = false;
    }
};

inline constexpr std::string_view expando_annotation = "#Microsoft.Dynamics.CRM.expando";

inline bool has_override(const notification& n) noexcept {
    return n.override_content &&
           (n.override_content->title || n.override_content->body || n.override_content->icon_url);
}

inline std::string_view trim_text(std::string_view s) noexcept {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

} // namespace detail

/// Converts notifications, reusing its buffers: keep one per thread and, with a reused output
/// string, converting allocates nothing once the buffers have grown.
class notification_converter {
public:
    /// Appends `n` as a payload of dialect `to` to `out`: indented JSON and a newline. When the
    /// report is not ok, nothing is appended.
    [[nodiscard]] const conversion_report& convert(const notification& n, dialect to, std::string& out,
                                                   const convert_options& options = {}) APPNOTIFY_LIFETIMEBOUND {
        report_.error_.clear();
        report_.losses_.clear();
        buffer_.clear();
        detail::json_writer json(buffer_, true);
        switch (to) {
        case dialect::action: write_action(n, json, options); break;
        case dialect::record: write_record(n, json, options); break;
        case dialect::push: write_push(n, json, options); break;
        case dialect::graph: write_graph(n, json, options); break;
        }
        if (report_.ok()) {
            out.append(buffer_);
            out.push_back('\n');
        }
        return report_;
    }

    /// Validates `json` (as `validation.dialect`, or the dialect recognized) and converts its
    /// notification. A payload with errors is not converted: the report says so, and `validate`
    /// gives its diagnostics.
    [[nodiscard]] const conversion_report& convert(std::string_view json, dialect to, std::string& out,
                                                   const convert_options& options,
                                                   const validate_options& validation) APPNOTIFY_LIFETIMEBOUND {
        validate(json, source_, validation);
        if (source_.ok()) return convert(source_.notification(), to, out, options);
        report_.losses_.clear();
        fail("the payload has ", source_.error_count(), source_.error_count() == 1 ? " error" : " errors",
             ": it is not converted (validate it to see them)");
        return report_;
    }

    /// The report of the last conversion.
    [[nodiscard]] const conversion_report& report() const noexcept APPNOTIFY_LIFETIMEBOUND { return report_; }

private:
    conversion_report report_;
    validation_result source_;
    std::string buffer_, data_, text_, id_;
    markdown_renderer markdown_;

    template <typename... Pieces>
    void fail(const Pieces&... message) {
        report_.error_.clear();
        detail::append_all(report_.error_, message...);
    }
    void lose(std::string_view what, std::string_view why) { report_.losses_.push_back({what, why}); }

    // --- what the in-app dialects share ----------------------------------------------------------

    /// The systemuserid of the recipient: the source's, or the options'.
    bool recipient_of(const notification& n, const convert_options& options, std::string_view& id,
                      std::string_view target) {
        id = !n.recipient_id.empty() ? n.recipient_id : options.recipient_id;
        if (id.empty()) {
            fail(target, " needs the user to notify, and the source names none: give convert_options::recipient_id "
                         "(the systemuserid)");
            return false;
        }
        const detail::guid_check g = detail::check_guid(id);
        if (g.problem != detail::guid_problem::none || g.nil) {
            fail("the recipient ", detail::quoted{id}, " is not the GUID of a user");
            return false;
        }
        id = g.digits;
        return true;
    }

    /// The length limits of the in-app columns.
    bool fits_columns(const notification& n, std::string_view target) {
        const std::size_t title = detail::utf16_length(n.title);
        if (n.title.empty()) {
            fail(target, " needs a title, and the source has none (a Graph notification with only rawContent)");
            return false;
        }
        if (title > 256) {
            fail(target, " holds a title of at most 256 characters; this one has ", title);
            return false;
        }
        if (n.body && detail::utf16_length(*n.body) > 500) {
            fail(target, " holds a body of at most 500 characters; this one has ", detail::utf16_length(*n.body));
            return false;
        }
        return true;
    }

    /// What push and Graph fields an in-app payload cannot carry.
    void lose_other_dialects(const notification& n) {
        if (n.push) {
            lose("recipients", "an in-app notification goes to one systemuser, not to email addresses or object ids");
            if (n.push->open_app) lose("openApp", "an in-app notification is shown inside the app");
            if (!n.push->params.empty()) lose("params", "an in-app notification passes no parameters to the app");
            if (!n.push->app.empty()) lose("app", "an in-app notification shows in every app of the organization");
            if (!n.push->entity.empty())
                lose("entity", "an in-app notification opens records through its actions; add one");
        }
        if (n.graph) lose_graph_fields(n);
    }

    void lose_graph_fields(const notification& n) {
        const graph_content& g = *n.graph;
        if (g.expiration_date_time) lose("expirationDateTime", "an absolute date; the target counts seconds from sending");
        if (g.platforms != 0) lose("targetPolicy", "the target has no platform filter");
        if (g.group_name) lose("groupName", "the target has no groups");
        if (g.display_time_to_live) lose("displayTimeToLive", "the target has no display time");
        if (g.raw_content) lose("rawContent", "the target has no data payload for the app");
        if (g.priority == graph_priority::low) lose("priority", "the target has no low priority");
    }

    void write_override(const content_override& c, detail::json_writer& json) {
        if (c.title) json.member("title", *c.title);
        if (c.body) json.member("body", *c.body);
        if (c.icon_url) json.member("iconUrl", *c.icon_url);
    }

    void write_actions(const notification& n, detail::json_writer& json, bool annotated) {
        json.begin_array();
        for (const action& a : n.actions) {
            json.begin_object();
            json.member("title", a.title);
            json.key("data");
            json.begin_object();
            if (annotated) json.member("@odata.type", detail::expando_annotation);
            json.member("type", to_string(a.type));
            if (a.url) write_url(*a.url, json);
            if (a.side_pane) write_side_pane(*a.side_pane, json, annotated);
            if (a.teams_chat) write_teams_chat(*a.teams_chat, json, annotated);
            json.end_object();
            json.end_object();
        }
        json.end_array();
    }

    static void write_url(const url_action& u, detail::json_writer& json) {
        json.member("url", u.url);
        if (u.target != navigation_target::current_page) json.member("navigationTarget", to_string(u.target));
    }

    static void write_side_pane(const side_pane_action& s, detail::json_writer& json, bool annotated) {
        const pane_options& p = s.pane;
        const bool any = !p.title.empty() || p.width || !p.pane_id.empty() || !p.image_src.empty() || p.can_close ||
                         p.hide_header || p.is_selected || p.hidden || p.always_render || p.keep_badge_on_select;
        if (any) {
            json.key("paneOptions");
            json.begin_object();
            if (annotated) json.member("@odata.type", detail::expando_annotation);
            if (!p.title.empty()) json.member("title", p.title);
            if (p.width) json.member("width", *p.width);
            if (!p.pane_id.empty()) json.member("paneId", p.pane_id);
            if (!p.image_src.empty()) json.member("imageSrc", p.image_src);
            const std::pair<const char*, const std::optional<bool>*> flags[] = {
                {"canClose", &p.can_close},   {"hideHeader", &p.hide_header},     {"isSelected", &p.is_selected},
                {"hidden", &p.hidden},        {"alwaysRender", &p.always_render}, {"keepBadgeOnSelect", &p.keep_badge_on_select},
            };
            for (const auto& [name, flag] : flags)
                if (*flag) {
                    json.key(name);
                    json.boolean(**flag);
                }
            json.end_object();
        }
        const page_target& t = s.target;
        json.key("navigationTarget");
        json.begin_object();
        if (annotated) json.member("@odata.type", detail::expando_annotation);
        json.member("pageType", to_string(t.type));
        const std::pair<const char*, std::string_view> fields[] = {
            {"entityName", t.entity_name}, {"entityId", t.entity_id},   {"formId", t.form_id},
            {"viewId", t.view_id},         {"dashboardId", t.dashboard_id}, {"webresourceName", t.webresource_name},
            {"name", t.name},              {"pageId", t.page_id},       {"recordId", t.record_id},
            {"data", t.data},
        };
        for (const auto& [name, value] : fields)
            if (!value.empty()) json.member(name, value);
        if (t.view_type != view_type::unspecified)
            json.member("viewType", t.view_type == view_type::savedquery ? "savedquery" : "userquery");
        json.end_object();
    }

    static void write_teams_chat(const teams_chat_action& c, detail::json_writer& json, bool annotated) {
        if (!c.chat_id.empty()) json.member("chatId", c.chat_id);
        if (!c.member_ids.empty()) {
            if (annotated) json.member("memberIds@odata.type", "#Collection(String)");
            json.key("memberIds");
            json.begin_array();
            for (const std::string_view id : c.member_ids) json.string(id);
            json.end_array();
        }
        if (c.has_entity_context) {
            json.key("entityContext");
            json.begin_object();
            if (annotated) json.member("@odata.type", detail::expando_annotation);
            json.member("entityName", c.entity_name);
            json.member("recordId", c.record_id);
            json.end_object();
        }
        if (!c.chat_title.empty()) json.member("chatTitle", c.chat_title);
        if (!c.initial_message.empty()) json.member("initialMessage", c.initial_message);
    }

    // --- action -----------------------------------------------------------------------------------

    void write_action(const notification& n, detail::json_writer& json, const convert_options& options) {
        std::string_view id;
        if (!fits_columns(n, "a SendAppNotification body") ||
            !recipient_of(n, options, id, "a SendAppNotification body"))
            return;
        lose_other_dialects(n);
        json.begin_object();
        json.member("Title", n.title);
        id_.clear();
        detail::append_all(id_, "/systemusers(", id, ")");
        json.member("Recipient", id_);
        if (n.body) json.member("Body", *n.body);
        if (n.icon != icon_type::info) json.member("IconType", static_cast<std::int64_t>(n.icon));
        if (n.toast != toast_type::timed) json.member("ToastType", static_cast<std::int64_t>(n.toast));
        if (n.priority != priority::normal) json.member("Priority", static_cast<std::int64_t>(n.priority));
        if (n.expiry) json.member("Expiry", *n.expiry);
        if (detail::has_override(n)) {
            json.key("OverrideContent");
            json.begin_object();
            json.member("@odata.type", detail::expando_annotation);
            write_override(*n.override_content, json);
            json.end_object();
        }
        if (!n.actions.empty()) {
            json.key("Actions");
            json.begin_object();
            json.member("@odata.type", detail::expando_annotation);
            json.member("actions@odata.type", "#Collection(Microsoft.Dynamics.CRM.expando)");
            json.key("actions");
            write_actions(n, json, true);
            json.end_object();
        }
        json.end_object();
    }

    // --- record -----------------------------------------------------------------------------------

    void write_record(const notification& n, detail::json_writer& json, const convert_options& options) {
        std::string_view id;
        if (!fits_columns(n, "an appnotification record") || !recipient_of(n, options, id, "an appnotification record"))
            return;
        data_.clear();
        if (detail::has_override(n) || !n.actions.empty()) {
            detail::json_writer data(data_, false, false);
            data.begin_object();
            if (detail::has_override(n)) write_override(*n.override_content, data);
            if (!n.actions.empty()) {
                data.key("actions");
                write_actions(n, data, false);
            }
            data.end_object();
            const std::size_t length = detail::utf16_length(data_);
            if (length > 5000) {
                fail("the data column would hold ", length, " characters of JSON; Dataverse stores at most 5000");
                return;
            }
        }
        lose_other_dialects(n);
        json.begin_object();
        json.member("title", n.title);
        if (n.body) json.member("body", *n.body);
        if (n.icon != icon_type::info) json.member("icontype", static_cast<std::int64_t>(n.icon));
        if (n.toast != toast_type::timed) json.member("toasttype", static_cast<std::int64_t>(n.toast));
        if (n.priority != priority::normal) json.member("priority", static_cast<std::int64_t>(n.priority));
        if (n.expiry) json.member("ttlinseconds", *n.expiry);
        id_.clear();
        detail::append_all(id_, "/systemusers(", id, ")");
        json.member("ownerid@odata.bind", id_);
        if (!data_.empty()) json.member("data", data_);
        json.end_object();
    }

    // --- push and graph: plain text ---------------------------------------------------------------

    /// Appends the plain text of markdown, links written out and ends trimmed, to text_.
    void append_markdown_text(std::string_view markdown, const convert_options& options) {
        const app_link_resolver resolver(options.context);
        markdown_options settings;
        settings.rewriter = &resolver;
        const std::size_t start = text_.size();
        markdown_.render_text(markdown, text_, settings);
        const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
        std::size_t end = text_.size(), first = start;
        while (end > start && space(text_[end - 1])) --end;
        while (first < end && space(text_[first])) ++first;
        text_.erase(end);
        text_.erase(start, first - start);
    }

    /// What an in-app notification loses in a push or Graph notification.
    void lose_in_app_parts(const notification& n, std::string_view target_without_icon) {
        if (n.icon != icon_type::info || (n.override_content && n.override_content->icon_url))
            lose("icon", target_without_icon);
        if (n.toast == toast_type::hidden) lose("toast", "the target is always shown on the device");
        if (n.expiry) lose("expiry", "the target has no lifetime in seconds");
        if (!n.actions.empty()) lose("actions", "the target has no action buttons");
        if (n.override_content && (n.override_content->title || n.override_content->body))
            lose("markdown", "the target shows plain text: formatting is dropped and links are written out");
    }

    // --- push -------------------------------------------------------------------------------------

    void write_push(const notification& n, detail::json_writer& json, const convert_options& options) {
        const push_content* source = n.push ? &*n.push : nullptr;
        const list_view<std::string_view> recipients =
            !options.push_recipients.empty() ? options.push_recipients
            : source                         ? source->recipients
                                             : list_view<std::string_view>{};
        if (recipients.empty()) {
            fail("a push notification needs recipients, and the source has none a push notification can use (the "
                 "systemuserid of an in-app notification is not one): give convert_options::push_recipients (email "
                 "addresses or Microsoft Entra object ids)");
            return;
        }
        // The message: a push source's own, else the body's plain text, else the title's.
        text_.clear();
        const std::optional<std::string_view> markdown_body = n.override_content ? n.override_content->body : std::nullopt;
        const std::optional<std::string_view> markdown_title = n.override_content ? n.override_content->title : std::nullopt;
        bool from_body = false;
        if (source) {
            text_.append(n.title);
        } else if (markdown_body && !detail::trim_text(*markdown_body).empty()) {
            append_markdown_text(*markdown_body, options);
            from_body = true;
        } else if (n.body && !detail::trim_text(*n.body).empty()) {
            text_.append(detail::trim_text(*n.body));
            from_body = true;
        }
        if (detail::trim_text(text_).empty()) {
            text_.clear();
            if (markdown_title) append_markdown_text(*markdown_title, options);
            if (detail::trim_text(text_).empty()) {
                text_.clear();
                text_.append(n.title);
            }
        }
        if (detail::trim_text(text_).empty()) {
            fail("a push notification needs a message, and the source has no text (a Graph notification with only "
                 "rawContent)");
            return;
        }
        if (from_body) lose("title", "a push notification has one text: its message is the body");
        if (!source) {
            lose_in_app_parts(n, "a push notification shows the Power Apps icon");
            if (n.priority == priority::high) lose("priority", "a push notification has no priority");
            if (!n.recipient_id.empty())
                lose("recipient", "a push notification goes to email addresses or Microsoft Entra object ids, not to "
                                  "a systemuser");
        }
        if (n.graph) lose_graph_fields(n);
        json.begin_object();
        json.key("recipients");
        json.begin_array();
        for (const std::string_view r : recipients) json.string(r);
        json.end_array();
        json.member("message", text_);
        if (source) {
            if (source->open_app) {
                json.key("openApp");
                json.boolean(*source->open_app);
            }
            if (!source->params.empty()) {
                json.key("params");
                if (source->params_as_table) {
                    json.begin_array();
                    for (const push_parameter& p : source->params) {
                        json.begin_object();
                        json.member("key", p.key);
                        json.member("value", p.value);
                        json.end_object();
                    }
                    json.end_array();
                } else {
                    json.begin_object();
                    for (const push_parameter& p : source->params) json.member(p.key, p.value);
                    json.end_object();
                }
            }
            if (!source->app.empty()) json.member("app", source->app);
            if (!source->entity.empty()) json.member("entity", source->entity);
            if (source->target != push_target::unspecified) json.member("formOrView", to_string(source->target));
            if (!source->record_id.empty()) json.member("recordId", source->record_id);
        }
        json.end_object();
    }

    // --- graph ------------------------------------------------------------------------------------

    void write_graph(const notification& n, detail::json_writer& json, const convert_options& options) {
        const graph_content* source = n.graph ? &*n.graph : nullptr;
        const std::string_view host = !options.target_host_name.empty() ? options.target_host_name
                                      : source                         ? source->target_host_name
                                                                       : std::string_view{};
        if (host.empty()) {
            fail("a Graph notification needs targetHostName, the host name of the app it is for, and the source has "
                 "none: give convert_options::target_host_name");
            return;
        }
        const bool visual = !source || source->has_visual_content;
        // The visual content's title and body, as plain text: text_ holds "title" then "body".
        text_.clear();
        std::size_t title_end = 0;
        if (visual) {
            const std::optional<std::string_view> markdown_title = n.override_content ? n.override_content->title : std::nullopt;
            const std::optional<std::string_view> markdown_body = n.override_content ? n.override_content->body : std::nullopt;
            if (markdown_title && !detail::trim_text(*markdown_title).empty()) append_markdown_text(*markdown_title, options);
            if (detail::trim_text(text_).empty()) {
                text_.clear();
                text_.append(n.title);
            }
            title_end = text_.size();
            if (markdown_body) append_markdown_text(*markdown_body, options);
            else if (n.body) text_.append(*n.body);
            if (detail::trim_text(std::string_view(text_).substr(0, title_end)).empty()) {
                fail("a Graph notification's visualContent needs a title, and the source has none");
                return;
            }
        }
        const std::string_view title = std::string_view(text_).substr(0, title_end);
        const std::string_view body = std::string_view(text_).substr(title_end);
        const bool has_body = visual && (n.body || (n.override_content && n.override_content->body));
        // appNotificationId: the options', the source's, or one derived from the text.
        id_.clear();
        if (!options.app_notification_id.empty()) id_.append(options.app_notification_id);
        else if (source && !source->app_notification_id.empty()) id_.append(source->app_notification_id);
        else derive_notification_id(title, body);

        if (!source) {
            lose_in_app_parts(n, "a Graph notification shows the app's icon");
            if (!n.recipient_id.empty())
                lose("recipient", "Graph notifies the user whose subscription the X-UNS-ID request header names");
        }
        if (n.push) {
            lose("recipients", "Graph notifies the user whose subscription the X-UNS-ID request header names");
            if (n.push->open_app || !n.push->params.empty() || !n.push->entity.empty() || !n.push->app.empty())
                lose("openApp, params, app, entity", "a Graph notification does not open a Power Apps app");
        }
        json.begin_object();
        json.member("targetHostName", host);
        json.member("appNotificationId", id_);
        if (source && source->expiration_date_time) json.member("expirationDateTime", *source->expiration_date_time);
        json.key("payload");
        json.begin_object();
        if (visual) {
            json.key("visualContent");
            json.begin_object();
            json.member("title", title);
            if (has_body) json.member("body", body);
            json.end_object();
        }
        if (source && source->raw_content) json.member("rawContent", *source->raw_content);
        json.end_object();
        if (source && source->platforms != 0) {
            json.key("targetPolicy");
            json.begin_object();
            json.key("platformTypes");
            json.begin_array();
            for (const graph_platform p : {graph_platform::windows, graph_platform::ios, graph_platform::android,
                                           graph_platform::web_push})
                if (source->targets(p)) json.string(to_string(p));
            json.end_array();
            json.end_object();
        }
        if (source && source->priority != graph_priority::unspecified) json.member("priority", to_string(source->priority));
        else if (n.priority == priority::high) json.member("priority", "High");
        if (source && source->group_name) json.member("groupName", *source->group_name);
        if (source && source->display_time_to_live) json.member("displayTimeToLive", *source->display_time_to_live);
        json.end_object();
    }

    /// "appnotify-" and the FNV-1a hash of the title and body, in hexadecimal.
    void derive_notification_id(std::string_view title, std::string_view body) {
        const std::uint64_t h = detail::fnv1a(body, detail::fnv1a(std::string_view("\0", 1), detail::fnv1a(title)));
        id_.append("appnotify-");
        detail::append_hex(id_, static_cast<std::uint32_t>(h >> 32), 8);
        detail::append_hex(id_, static_cast<std::uint32_t>(h), 8);
    }
};

/// Validates `json` (as `validation.dialect`, or the dialect recognized) and appends it converted
/// to dialect `to` (see notification_converter; this one allocates its own buffers).
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE conversion_report convert(std::string_view json, dialect to, std::string& out,
                                               const convert_options& options = {},
                                               const validate_options& validation = {});

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
#include "impl/convert.inl"
#endif

#endif // APPNOTIFY_CONVERT_HPP
