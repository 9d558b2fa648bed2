// SPDX-License-Identifier: MIT
// Where a payload checker writes the notification it reads: the model and the vectors its views
// point into, kept between runs so that a reused result allocates nothing in steady state.
#ifndef APPNOTIFY_DETAIL_NOTIFICATION_STORAGE_HPP
#define APPNOTIFY_DETAIL_NOTIFICATION_STORAGE_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../markdown.hpp"
#include "../notification.hpp"
#include "link_reporter.hpp"
#include "text_checks.hpp"

namespace appnotify::detail {

/// Where a checker writes the notification it reads. Vectors are kept between runs.
struct notification_storage {
    static constexpr std::size_t no_part = std::size_t(-1);
    struct member_range {
        std::size_t chat; // index into teams_chats
        std::size_t first;
        std::size_t count;
    };
    notification model;
    std::vector<action> actions;
    /// For each action, the index of its part in the vector its type names (or no_part).
    std::vector<std::size_t> parts;
    std::vector<url_action> url_actions;
    std::vector<side_pane_action> side_panes;
    std::vector<teams_chat_action> teams_chats;
    std::vector<std::string_view> member_ids;
    std::vector<member_range> member_ranges;
    /// The parts of a push notification.
    std::vector<std::string_view> push_recipients;
    std::vector<push_parameter> push_params;
    /// Buffers of the link checks, kept between runs.
    link_scratch links;
    std::string page_url;
    /// Whether a side pane's page whose URL is proven clean from its fields skips building and
    /// checking that URL (page_url_shortcut.hpp). Only tests turn it off, to compare both paths.
    bool page_url_shortcut = true;
    /// Finds the links of OverrideContent's markdown, and where their destinations are.
    markdown_renderer markdown;
    std::vector<text_span> link_destinations;

    void clear() {
        model = notification{};
        actions.clear();
        parts.clear();
        url_actions.clear();
        side_panes.clear();
        teams_chats.clear();
        member_ids.clear();
        member_ranges.clear();
        push_recipients.clear();
        push_params.clear();
    }

    /// Points the model's views at the vectors, once they no longer grow.
    void finish() {
        for (const member_range& r : member_ranges)
            teams_chats[r.chat].member_ids = string_list(member_ids.data() + r.first, r.count);
        for (std::size_t i = 0; i < actions.size(); ++i) {
            if (parts[i] == no_part) continue;
            switch (actions[i].type) {
            case action_type::url: actions[i].url = &url_actions[parts[i]]; break;
            case action_type::side_pane: actions[i].side_pane = &side_panes[parts[i]]; break;
            case action_type::teams_chat: actions[i].teams_chat = &teams_chats[parts[i]]; break;
            }
        }
        model.actions = action_list(actions.data(), actions.size());
        if (model.push) {
            model.push->recipients = string_list(push_recipients.data(), push_recipients.size());
            model.push->params = list_view<push_parameter>(push_params.data(), push_params.size());
        }
    }
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_NOTIFICATION_STORAGE_HPP
