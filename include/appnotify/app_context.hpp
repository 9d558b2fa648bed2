// SPDX-License-Identifier: MIT
// appnotify: the organization and app that app-relative links are resolved against.
#ifndef APPNOTIFY_APP_CONTEXT_HPP
#define APPNOTIFY_APP_CONTEXT_HPP

#include <string_view>

namespace appnotify {

/// Where a notification is shown: the organization's URL and, optionally, the model-driven app.
/// `?pagetype=...` links mean nothing outside the app until resolved against this (links.hpp).
/// The views must outlive every use of the context.
struct app_context {
    /// The organization URL, such as "https://contoso.crm.dynamics.com" (on-premises servers may
    /// have a path: "http://crm/contoso"). Empty: links stay relative.
    std::string_view org_url;
    /// The app's id (AppModuleId), a GUID; braces are accepted. Written first as `appid=`.
    std::string_view app_id;
    /// The app's unique name (AppModule.UniqueName), used as `appname=` when there is no app id.
    std::string_view app_name;
};

} // namespace appnotify

#endif // APPNOTIFY_APP_CONTEXT_HPP
