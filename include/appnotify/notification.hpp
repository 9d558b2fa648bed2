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

/// A value of an enumeration and the name it is written with. Each enumeration below has one
/// table of these, in the order of its values: `to_string`, the checkers (which read the names
/// from payloads and list them in messages) and the converters all read that one table.
template <typename Enum>
struct named_value {
    Enum value;
    std::string_view name;
};

/// The place of `value` in `table`, or N when the table does not hold it.
template <typename Enum, std::size_t N>
constexpr std::size_t position_in(const named_value<Enum> (&table)[N], Enum value) noexcept {
    std::size_t i = 0;
    while (i < N && table[i].value != value) ++i;
    return i;
}

/// The name of `value` in `table`, or `otherwise` when the table does not hold it.
template <typename Enum, std::size_t N>
constexpr std::string_view name_in(const named_value<Enum> (&table)[N], Enum value, std::string_view otherwise) noexcept {
    const std::size_t i = position_in(table, value);
    return i < N ? table[i].name : otherwise;
}

/// The option sets, with the display names Dataverse gives their values ("Info", "Timed", "High"...).
inline constexpr named_value<icon_type> icon_type_options[] = {
    {icon_type::info, "Info"},       {icon_type::success, "Success"}, {icon_type::failure, "Failure"},
    {icon_type::warning, "Warning"}, {icon_type::mention, "Mention"}, {icon_type::custom, "Custom"},
};
inline constexpr named_value<toast_type> toast_type_options[] = {{toast_type::timed, "Timed"}, {toast_type::hidden, "Hidden"}};
inline constexpr named_value<priority> priority_options[] = {{priority::normal, "Normal"}, {priority::high, "High"}};

[[nodiscard]] constexpr std::string_view to_string(icon_type value) noexcept {
    return name_in(icon_type_options, value, "Unknown");
}
[[nodiscard]] constexpr std::string_view to_string(toast_type value) noexcept {
    return name_in(toast_type_options, value, "Timed");
}
[[nodiscard]] constexpr std::string_view to_string(priority value) noexcept {
    return name_in(priority_options, value, "Normal");
}

using string_list = list_view<std::string_view>;

enum class action_type : std::uint8_t { url, side_pane, teams_chat };

/// The `type` of an action's data.
inline constexpr named_value<action_type> action_type_names[] = {
    {action_type::url, "url"}, {action_type::side_pane, "sidepane"}, {action_type::teams_chat, "teamsChat"}};

[[nodiscard]] constexpr std::string_view to_string(action_type value) noexcept {
    return name_in(action_type_names, value, "unknown");
}

/// Where a URL action opens: `dialog`, `inline` (the default: the current page) or `newWindow`.
enum class navigation_target : std::uint8_t { current_page, dialog, new_window };

/// The `navigationTarget` of a URL action.
inline constexpr named_value<navigation_target> navigation_target_names[] = {
    {navigation_target::current_page, "inline"}, {navigation_target::dialog, "dialog"},
    {navigation_target::new_window, "newWindow"}};

[[nodiscard]] constexpr std::string_view to_string(navigation_target value) noexcept {
    return name_in(navigation_target_names, value, "inline");
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

/// The `pageType` of a side pane's page (Xrm.Navigation.navigateTo). What each page reads and
/// the main.aspx URL it opens as are in detail/page_rules.hpp.
inline constexpr named_value<page_type> page_type_names[] = {
    {page_type::entityrecord, "entityrecord"}, {page_type::entitylist, "entitylist"},
    {page_type::dashboard, "dashboard"},       {page_type::webresource, "webresource"},
    {page_type::custom, "custom"},             {page_type::generative, "generative"},
};

[[nodiscard]] constexpr std::string_view to_string(page_type value) noexcept {
    return name_in(page_type_names, value, "unknown");
}

enum class view_type : std::uint8_t { unspecified, savedquery, userquery };

/// The `viewType` of an entitylist page.
inline constexpr named_value<view_type> view_type_names[] = {{view_type::savedquery, "savedquery"},
                                                            {view_type::userquery, "userquery"}};

/// "savedquery", "userquery", or "" when unspecified.
[[nodiscard]] constexpr std::string_view to_string(view_type value) noexcept {
    return name_in(view_type_names, value, "");
}

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

/// The flow's "Form or view" (`formOrView`).
inline constexpr named_value<push_target> push_target_names[] = {{push_target::form, "form"}, {push_target::view, "view"}};

[[nodiscard]] constexpr std::string_view to_string(push_target value) noexcept {
    return name_in(push_target_names, value, "");
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

[[nodiscard]] constexpr std::string_view to_string(graph_platform value) noexcept {
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

/// The `priority` of a Graph notification, as the API documents it (matched ignoring case).
inline constexpr named_value<graph_priority> graph_priority_names[] = {
    {graph_priority::none, "None"}, {graph_priority::high, "High"}, {graph_priority::low, "Low"}};

[[nodiscard]] constexpr std::string_view to_string(graph_priority value) noexcept {
    return name_in(graph_priority_names, value, "");
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
