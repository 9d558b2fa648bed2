// SPDX-License-Identifier: MIT
// Steady state allocates nothing: a reused markdown or card renderer writing to any output (a
// reused std::string, a fixed_buffer, a callback), and the event interface with a reused
// renderer. Its own executable, since it replaces the global operator new to count.
#define BOOST_TEST_MODULE appnotify allocations
#include <boost/test/unit_test.hpp>

#include <appnotify/appnotify.hpp>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <new>
#include <string>
#include <vector>

namespace {
std::atomic<std::size_t> allocations{0};
} // namespace

// g++ sees free() of what a (replaced) operator new returned and calls it a mismatch.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t size) {
    ++allocations;
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
// simdjson allocates with new (std::nothrow): those must be counted, and come from malloc too, or
// the sanitizers see an array from their own operator new[] released by free().
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    ++allocations;
    return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

std::string read(const std::string& relative) {
    std::ifstream in(std::string(APPNOTIFY_SOURCE_DIR) + "/" + relative, std::ios::binary);
    BOOST_TEST_REQUIRE(in.good(), relative);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// Allocations made by the second of two runs of `pass` (the first grows the buffers).
template <typename Pass>
std::size_t steady(Pass&& pass) {
    pass();
    const std::size_t before = allocations.load();
    pass();
    return allocations.load() - before;
}

const char* const seeds[] = {"welcome", "sla-critical-inline-link", "mention-formatted", "custom-icon",
                             "url-action", "side-pane-actions", "teams-chat-action"};

/// The seed examples' markdown (title and body) and their models.
struct corpus {
    std::vector<appnotify::validation_result> results;
    std::vector<std::string> markdown;
    corpus() : results(std::size(seeds)) {
        for (std::size_t i = 0; i < std::size(seeds); ++i) {
            appnotify::validate(read("examples/seed000/" + std::string(seeds[i]) + ".json"), results[i]);
            const appnotify::notification& n = results[i].notification();
            if (n.override_content && n.override_content->title) markdown.emplace_back(*n.override_content->title);
            if (n.override_content && n.override_content->body) markdown.emplace_back(*n.override_content->body);
        }
        markdown.emplace_back("[Pay <https://bank.example> now](https://evil.example/) and [x](javascript:y)\n\n3. a\n4. b");
    }
};

appnotify::render_options contoso() {
    appnotify::render_options o;
    o.context.org_url = "https://contoso.crm.dynamics.com";
    o.context.app_id = "12fd1cf3-e06e-e911-a95f-000d3a13c42a";
    o.wrap_width = 40;
    return o;
}

struct counting_handler {
    std::size_t events = 0;
    void enter_block(const appnotify::markdown_block&) { ++events; }
    void leave_block(const appnotify::markdown_block&) { ++events; }
    void enter_span(const appnotify::markdown_span&) { ++events; }
    void leave_span(const appnotify::markdown_span&) { ++events; }
    void text(std::string_view) { ++events; }
    void soft_break() { ++events; }
    void hard_break() { ++events; }
};

struct virtual_counting_handler final : appnotify::markdown_handler {
    std::size_t events = 0;
    void enter_block(const appnotify::markdown_block&) override { ++events; }
    void text(std::string_view) override { ++events; }
};

} // namespace

BOOST_AUTO_TEST_SUITE(allocations_in_steady_state)

BOOST_AUTO_TEST_CASE(markdown_to_every_kind_of_output) {
    const corpus c;
    appnotify::markdown_renderer renderer;
    appnotify::markdown_options options;
    options.wrap_width = 30;
    std::string text;
    char array[256];
    appnotify::fixed_buffer fixed(array);
    std::size_t received = 0;
    auto callback = [&received](std::string_view bytes) { received += bytes.size(); };
    const appnotify::output to_callback = appnotify::output::to_callback(callback);
    for (int to = 0; to < 3; ++to) {
        const auto render = [&](appnotify::output out) {
            for (const std::string& md : c.markdown) {
                if (to == 0) renderer.render_html(md, out, options);
                else if (to == 1) renderer.render_ansi(md, out, options);
                else renderer.render_text(md, out, options);
            }
        };
        BOOST_TEST(steady([&] { text.clear(); render(text); }) == 0u, "std::string, output " << to);
        BOOST_TEST(steady([&] { fixed.clear(); render(fixed); }) == 0u, "fixed_buffer, output " << to);
        BOOST_TEST(fixed.truncated());
        BOOST_TEST(steady([&] { render(to_callback); }) == 0u, "callback, output " << to);
    }
    BOOST_TEST(received > 0u);
}

BOOST_AUTO_TEST_CASE(cards_to_every_kind_of_output) {
    const corpus c;
    appnotify::notification_renderer renderer;
    const appnotify::render_options options = contoso();
    std::string text;
    char array[512];
    appnotify::fixed_buffer fixed(array);
    std::size_t received = 0;
    auto callback = [&received](std::string_view bytes) { received += bytes.size(); };
    const appnotify::output to_callback = appnotify::output::to_callback(callback);
    for (int to = 0; to < 3; ++to) {
        const auto render = [&](appnotify::output out) {
            for (const appnotify::validation_result& r : c.results) {
                if (to == 0) renderer.render_html(r.notification(), out, options);
                else if (to == 1) renderer.render_ansi(r.notification(), out, options);
                else renderer.render_text(r.notification(), out, options);
            }
        };
        BOOST_TEST(steady([&] { text.clear(); render(text); }) == 0u, "std::string, output " << to);
        BOOST_TEST(steady([&] { fixed.clear(); render(fixed); }) == 0u, "fixed_buffer, output " << to);
        BOOST_TEST(steady([&] { render(to_callback); }) == 0u, "callback, output " << to);
    }
    BOOST_TEST(steady([&] { appnotify::render_card_stylesheet(to_callback, options); }) == 0u);
    BOOST_TEST(received > 0u);
}

BOOST_AUTO_TEST_CASE(events_to_template_and_virtual_handlers) {
    const corpus c;
    appnotify::markdown_renderer renderer;
    counting_handler direct;
    virtual_counting_handler through_virtuals;
    BOOST_TEST(steady([&] {
                   for (const std::string& md : c.markdown) renderer.parse(md, direct);
               }) == 0u);
    BOOST_TEST(steady([&] {
                   for (const std::string& md : c.markdown) renderer.parse(md, through_virtuals);
               }) == 0u);
    BOOST_TEST(direct.events > through_virtuals.events);
}

BOOST_AUTO_TEST_SUITE_END()
