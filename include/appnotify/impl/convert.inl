// SPDX-License-Identifier: MIT
// appnotify: the definition of convert() of convert.hpp.
// Included by convert.hpp in header-only mode, compiled once into src/appnotify.cpp in compiled
// mode (config.hpp: APPNOTIFY_HEADER_ONLY).
#ifndef APPNOTIFY_IMPL_CONVERT_INL
#define APPNOTIFY_IMPL_CONVERT_INL

#include <string>
#include <string_view>

#include "../convert.hpp"

namespace appnotify {

APPNOTIFY_EXTERNAL_LINKAGE conversion_report convert(std::string_view json, dialect to, std::string& out,
                                               const convert_options& options,
                                               const validate_options& validation) {
    notification_converter converter;
    return converter.convert(json, to, out, options, validation);
}

} // namespace appnotify

#endif // APPNOTIFY_IMPL_CONVERT_INL
