// SPDX-License-Identifier: MIT
// appnotify: the typed model of an in-app notification.
#ifndef APPNOTIFY_NOTIFICATION_HPP
#define APPNOTIFY_NOTIFICATION_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "list_view.hpp"

namespace appnotify {

/// `IconType` option set.
enum class icon_type : std::int32_t {
    info = 100000000,
    success = 100000001,
    failure = 100000002,
    warning = 100000003,
    mention = 100000004,
    custom = 100000005,
};

/// `ToastType` option set.
enum class toast_type : std::int32_t {
    timed = 200000000,
    hidden = 200000001,
};

/// `Priority` option set.
enum class priority : std::int32_t {
    normal = 200000000,
    high = 200000001,
};

/// The display names Dataverse gives the option values ("Info", "Timed", "High"...).
constexpr std::string_view to_string(icon_type value) noexcept {
    switch (value) {
    case icon_type::info: return "Info";
    case icon_type::success: return "Success";
    case icon_type::failure: return "Failure";
    case icon_type::warning: return "Warning";
    case icon_type::mention: return "Mention";
    case icon_type::custom: return "Custom";
    }
    return "Unknown";
}
constexpr std::string_view to_string(toast_type value) noexcept {
    return value == toast_type::hidden ? "Hidden" : "Timed";
}
constexpr std::string_view to_string(priority value) noexcept {
    return value == priority::high ? "High" : "Normal";
}

using string_list = list_view<std::string_view>;

enum class action_type : std::uint8_t { url, side_pane, teams_chat };

constexpr std::string_view to_string(action_type value) noexcept {
    switch (value) {
    case action_type::url: return "url";
    case action_type::side_pane: return "sidepane";
    case action_type::teams_chat: return "teamsChat";
    }
    return "unknown";
}

/// Where a URL action opens: `dialog`, `inline` (the default: the current page) or `newWindow`.
enum class navigation_target : std::uint8_t { current_page, dialog, new_window };

constexpr std::string_view to_string(navigation_target value) noexcept {
    switch (value) {
    case navigation_target::current_page: return "inline";
    case navigation_target::dialog: return "dialog";
    case navigation_target::new_window: return "newWindow";
    }
    return "inline";
}

struct url_action {
    std::string_view url;
    navigation_target target = navigation_target::current_page;
};

/// Options of the side pane a side-pane action creates (Xrm.App.sidePanes.createPane).
struct pane_options {
    std::string_view title;
    std::optional<std::int32_t> width;
    std::string_view pane_id;
    std::string_view image_src;
    std::optional<bool> can_close;
    std::optional<bool> hide_header;
    std::optional<bool> is_selected;
    std::optional<bool> hidden;
    std::optional<bool> always_render;
    std::optional<bool> keep_badge_on_select;
};

enum class page_type : std::uint8_t {
    entityrecord,
    entitylist,
    dashboard,
    webresource,
    custom,
    generative,
};

constexpr std::string_view to_string(page_type value) noexcept {
    switch (value) {
    case page_type::entityrecord: return "entityrecord";
    case page_type::entitylist: return "entitylist";
    case page_type::dashboard: return "dashboard";
    case page_type::webresource: return "webresource";
    case page_type::custom: return "custom";
    case page_type::generative: return "generative";
    }
    return "unknown";
}

enum class view_type : std::uint8_t { unspecified, savedquery, userquery };

/// The page a side pane loads, as Xrm.Navigation.navigateTo describes it. Fields that the page
/// type does not use stay empty.
struct page_target {
    page_type type = page_type::entityrecord;
    std::string_view entity_name;
    std::string_view entity_id;
    std::string_view form_id;
    std::string_view view_id;
    appnotify::view_type view_type = appnotify::view_type::unspecified;
    std::string_view dashboard_id;
    std::string_view webresource_name;
    std::string_view name;
    std::string_view page_id;
    std::string_view record_id;
    std::string_view data;
};

struct side_pane_action {
    pane_options pane;
    page_target target;
};

struct teams_chat_action {
    std::string_view chat_id;
    string_list member_ids;
    bool has_entity_context = false;
    std::string_view entity_name;
    std::string_view record_id;
    std::string_view chat_title;
    std::string_view initial_message;
};

/// One action button of a notification. The part its `type` names is set; the others are null
/// (all are null when the action's data could not be read). Only the part an action uses is
/// stored, so a payload of many actions costs memory in proportion to what it says.
struct action {
    std::string_view title;
    action_type type = action_type::url;
    const url_action* url = nullptr;
    const side_pane_action* side_pane = nullptr;
    const teams_chat_action* teams_chat = nullptr;
};

using action_list = list_view<action>;

/// `OverrideContent`: markdown title and body that replace the plain ones, and a custom icon.
struct content_override {
    std::optional<std::string_view> title;
    std::optional<std::string_view> body;
    std::optional<std::string_view> icon_url;
};

/// A key and value a push notification passes to the app it opens (`params`), read in the app
/// with Param("key").
struct push_parameter {
    std::string_view key;
    std::string_view value;
};

/// What a push notification opens in a model-driven app: a form (one record) or a view.
enum class push_target : std::uint8_t { unspecified, form, view };

constexpr std::string_view to_string(push_target value) noexcept {
    switch (value) {
    case push_target::unspecified: return "";
    case push_target::form: return "form";
    case push_target::view: return "view";
    }
    return "";
}

/// What only a Power Apps push notification (the Notification connector's SendPushNotification,
/// V2 in flows) carries. Its `message` is the notification's `title`.
struct push_content {
    /// Email addresses or Microsoft Entra object ids of users or security groups.
    string_list recipients;
    std::optional<bool> open_app;
    list_view<push_parameter> params;
    /// True when `params` was written as the rows of a table (`[{"key": ..., "value": ...}]`).
    bool params_as_table = false;
    /// The flow's "Your app": an app id or name (`appIdentifier` of the object form).
    std::string_view app;
    /// The flow's "Entity", "Form or view" and "Record ID".
    std::string_view entity;
    push_target target = push_target::unspecified;
    std::string_view record_id;
};

/// Platforms a Graph notification targets (`targetPolicy.platformTypes`), as bits.
enum class graph_platform : std::uint8_t { windows = 1, ios = 2, android = 4, web_push = 8 };

constexpr std::string_view to_string(graph_platform value) noexcept {
    switch (value) {
    case graph_platform::windows: return "windows";
    case graph_platform::ios: return "ios";
    case graph_platform::android: return "android";
    case graph_platform::web_push: return "webpush";
    }
    return "";
}

/// `priority` of a Graph notification; the model's `priority` is High for High.
enum class graph_priority : std::uint8_t { unspecified, none, high, low };

constexpr std::string_view to_string(graph_priority value) noexcept {
    switch (value) {
    case graph_priority::unspecified: return "";
    case graph_priority::none: return "None";
    case graph_priority::high: return "High";
    case graph_priority::low: return "Low";
    }
    return "";
}

/// What only a Microsoft Graph notification (POST /me/notifications) carries. Its
/// `visualContent` title and body are the notification's `title` and `body`.
struct graph_content {
    std::string_view target_host_name;
    std::string_view app_notification_id;
    /// ISO 8601 with an offset, as written.
    std::optional<std::string_view> expiration_date_time;
    std::optional<std::string_view> group_name;
    bool has_visual_content = false;
    std::optional<std::string_view> raw_content;
    /// Seconds the notification stays in each platform's viewer.
    std::optional<std::int32_t> display_time_to_live;
    /// A bit set of graph_platform; 0 when `targetPolicy` names none (every platform).
    std::uint8_t platforms = 0;
    graph_priority priority = graph_priority::unspecified;

    constexpr bool targets(graph_platform p) const noexcept { return (platforms & static_cast<std::uint8_t>(p)) != 0; }
};

/// A notification as the model-driven app shows it. Strings are unescaped text; option sets hold
/// the value the server uses (the default when the payload leaves them out or sends null).
struct notification {
    std::string_view title;
    /// The recipient as written (`/systemusers(<id>)` or the object form's id) and its GUID.
    std::string_view recipient;
    std::string_view recipient_id;
    std::optional<std::string_view> body;
    icon_type icon = icon_type::info;
    toast_type toast = toast_type::timed;
    appnotify::priority priority = appnotify::priority::normal;
    /// Seconds until the notification is deleted; absent means the organization's default.
    std::optional<std::int32_t> expiry;
    std::optional<content_override> override_content;
    action_list actions;
    /// Set when the payload is a push notification or a Graph notification (see dialect.hpp).
    std::optional<push_content> push;
    std::optional<graph_content> graph;
};

} // namespace appnotify

#endif // APPNOTIFY_NOTIFICATION_HPP
