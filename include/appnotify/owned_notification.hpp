// SPDX-License-Identifier: MIT
// appnotify: a notification that owns its strings, for "validate now, render later": the model of
// a validation_result points into the result, this one into itself.
#ifndef APPNOTIFY_OWNED_NOTIFICATION_HPP
#define APPNOTIFY_OWNED_NOTIFICATION_HPP

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "list_view.hpp"
#include "notification.hpp"

namespace appnotify {

/// A copy of a notification that owns everything its views point to: its strings (title, body,
/// override, actions and their targets, the push and Graph parts) and its lists. It outlives the
/// validation_result it was made from, copies deeply, and moves cheaply: moving keeps its
/// buffers, so views taken from it stay valid in the object moved to (and in a std::vector that
/// grows). It renders and converts with the same functions as the borrowed model:
///
///     const appnotify::owned_notification kept(result.notification());
///     renderer.render_html(kept.notification(), out);
///
/// A default-constructed or moved-from one holds an empty notification.
class owned_notification {
public:
    owned_notification() noexcept = default;
    /// Copies `n` and every string and list it points to.
    explicit owned_notification(const appnotify::notification& n) { assign(n); }
    owned_notification(const owned_notification& other) { assign(other.model_); }
    owned_notification& operator=(const owned_notification& other) {
        if (this != &other) assign(other.model_);
        return *this;
    }
    owned_notification(owned_notification&& other) noexcept { take(other); }
    owned_notification& operator=(owned_notification&& other) noexcept {
        if (this != &other) take(other);
        return *this;
    }
    ~owned_notification() = default;

    /// Makes this a copy of `n`, reusing this object's buffers. `n` must not point into this
    /// object (copy it first, or assign from another owned_notification).
    void assign(const appnotify::notification& n) {
        if (&n == &model_) return;
        model_ = n;
        copy_lists(n);
        copy_strings();
    }

    /// The notification, whose views point into this object: valid while it lives and is not
    /// assigned to or moved from. Deleted on rvalues, so a view into a temporary does not compile.
    [[nodiscard]] const appnotify::notification& notification() const& noexcept { return model_; }
    const appnotify::notification& notification() const&& = delete;

private:
    appnotify::notification model_;
    std::vector<char> text_; // every string of the model, one after another
    std::vector<action> actions_;
    std::vector<url_action> urls_;
    std::vector<side_pane_action> panes_;
    std::vector<teams_chat_action> chats_;
    std::vector<std::string_view> member_ids_;
    std::vector<std::string_view> push_recipients_;
    std::vector<push_parameter> push_params_;

    void take(owned_notification& other) noexcept {
        // Moving a vector hands its buffer over, so every view and pointer into it stays valid.
        model_ = other.model_;
        text_ = std::move(other.text_);
        actions_ = std::move(other.actions_);
        urls_ = std::move(other.urls_);
        panes_ = std::move(other.panes_);
        chats_ = std::move(other.chats_);
        member_ids_ = std::move(other.member_ids_);
        push_recipients_ = std::move(other.push_recipients_);
        push_params_ = std::move(other.push_params_);
        other.clear();
    }

    void clear() noexcept {
        model_ = appnotify::notification{};
        text_.clear();
        actions_.clear();
        urls_.clear();
        panes_.clear();
        chats_.clear();
        member_ids_.clear();
        push_recipients_.clear();
        push_params_.clear();
    }

    /// Copies the lists and the parts the actions point to, and points the model at the copies.
    /// Every vector is sized before the first pointer into it is taken.
    void copy_lists(const appnotify::notification& n) {
        std::size_t urls = 0, panes = 0, chats = 0, members = 0;
        for (const action& a : n.actions) {
            urls += a.url != nullptr;
            panes += a.side_pane != nullptr;
            if (a.teams_chat != nullptr) {
                ++chats;
                members += a.teams_chat->member_ids.size();
            }
        }
        actions_.assign(n.actions.begin(), n.actions.end());
        urls_.clear();
        panes_.clear();
        chats_.clear();
        member_ids_.clear();
        urls_.reserve(urls);
        panes_.reserve(panes);
        chats_.reserve(chats);
        member_ids_.reserve(members);
        for (action& a : actions_) {
            if (a.url != nullptr) {
                urls_.push_back(*a.url);
                a.url = &urls_.back();
            }
            if (a.side_pane != nullptr) {
                panes_.push_back(*a.side_pane);
                a.side_pane = &panes_.back();
            }
            if (a.teams_chat != nullptr) {
                chats_.push_back(*a.teams_chat);
                teams_chat_action& chat = chats_.back();
                const std::size_t first = member_ids_.size();
                member_ids_.insert(member_ids_.end(), chat.member_ids.begin(), chat.member_ids.end());
                chat.member_ids = string_list(member_ids_.data() + first, chat.member_ids.size());
                a.teams_chat = &chat;
            }
        }
        model_.actions = action_list(actions_.data(), actions_.size());
        push_recipients_.clear();
        push_params_.clear();
        if (model_.push) {
            push_recipients_.assign(n.push->recipients.begin(), n.push->recipients.end());
            push_params_.assign(n.push->params.begin(), n.push->params.end());
            model_.push->recipients = string_list(push_recipients_.data(), push_recipients_.size());
            model_.push->params = list_view<push_parameter>(push_params_.data(), push_params_.size());
        }
    }

    /// Calls `f(std::string_view&)` on every string of the model and of the copied lists.
    template <typename F>
    void for_each_string(F&& f) {
        const auto optional = [&f](std::optional<std::string_view>& s) {
            if (s) f(*s);
        };
        f(model_.title);
        f(model_.recipient);
        f(model_.recipient_id);
        optional(model_.body);
        if (model_.override_content) {
            optional(model_.override_content->title);
            optional(model_.override_content->body);
            optional(model_.override_content->icon_url);
        }
        for (action& a : actions_) f(a.title);
        for (url_action& u : urls_) f(u.url);
        for (side_pane_action& p : panes_) {
            f(p.pane.title);
            f(p.pane.pane_id);
            f(p.pane.image_src);
            page_target& t = p.target;
            for (std::string_view* s : {&t.entity_name, &t.entity_id, &t.form_id, &t.view_id, &t.dashboard_id,
                                        &t.webresource_name, &t.name, &t.page_id, &t.record_id, &t.data})
                f(*s);
        }
        for (teams_chat_action& c : chats_) {
            f(c.chat_id);
            f(c.entity_name);
            f(c.record_id);
            f(c.chat_title);
            f(c.initial_message);
        }
        for (std::string_view& id : member_ids_) f(id);
        if (model_.push) {
            for (std::string_view& r : push_recipients_) f(r);
            for (push_parameter& p : push_params_) {
                f(p.key);
                f(p.value);
            }
            f(model_.push->app);
            f(model_.push->entity);
            f(model_.push->record_id);
        }
        if (model_.graph) {
            graph_content& g = *model_.graph;
            f(g.target_host_name);
            f(g.app_notification_id);
            optional(g.expiration_date_time);
            optional(g.group_name);
            optional(g.raw_content);
        }
    }

    /// Copies every string into one buffer, sized first so that it never moves, and points the
    /// views at the copies.
    void copy_strings() {
        std::size_t total = 0;
        for_each_string([&total](std::string_view& s) { total += s.size(); });
        text_.resize(total);
        std::size_t at = 0;
        for_each_string([this, &at](std::string_view& s) {
            if (s.empty()) {
                s = {};
                return;
            }
            std::memcpy(text_.data() + at, s.data(), s.size());
            s = std::string_view(text_.data() + at, s.size());
            at += s.size();
        });
    }
};

} // namespace appnotify

#endif // APPNOTIFY_OWNED_NOTIFICATION_HPP
