// SPDX-License-Identifier: MIT
// appnotify: check and render Power Apps in-app notifications.
// The umbrella header: include this one.
#ifndef APPNOTIFY_HPP
#define APPNOTIFY_HPP

#include "version.hpp"
#include "app_context.hpp"
#include "config.hpp"
#include "convert.hpp"
#include "diagnostic.hpp"
#include "diagnostic_catalogue.hpp"
#include "dialect.hpp"
#include "github_actions.hpp"
#include "link_policy.hpp"
#include "links.hpp"
#include "list_view.hpp"
#include "markdown.hpp"
#include "markdown_events.hpp"
#include "output.hpp"
#include "ndjson.hpp"
#include "notification.hpp"
#include "owned_notification.hpp"
#include "preview.hpp"
#include "render.hpp"
#include "report.hpp"
#include "sarif.hpp"
#include "validate.hpp"

#endif // APPNOTIFY_HPP
