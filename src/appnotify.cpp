// SPDX-License-Identifier: MIT
// appnotify's implementation unit, for the compiled mode (APPNOTIFY_HEADER_ONLY=0, config.hpp):
// the one translation unit that defines what the public headers only declare in that mode. The
// CMake target appnotify::compiled and meson's appnotify_compiled dependency build it; a project
// may also add this file to its own build, with APPNOTIFY_HEADER_ONLY=0 on every unit.
#ifndef APPNOTIFY_HEADER_ONLY
#define APPNOTIFY_HEADER_ONLY 0
#endif
#if APPNOTIFY_HEADER_ONLY
#error "src/appnotify.cpp is the implementation of the compiled mode: build it with APPNOTIFY_HEADER_ONLY=0"
#endif

#include <appnotify/appnotify.hpp>

#include <appnotify/impl/convert.inl>
#include <appnotify/impl/links.inl>
#include <appnotify/impl/markdown.inl>
#include <appnotify/impl/ndjson.inl>
#include <appnotify/impl/render.inl>
#include <appnotify/impl/validate.inl>
