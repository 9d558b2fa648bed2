// SPDX-License-Identifier: MIT
// Results and the objects that make them: a default-constructed or moved-from one holds nothing
// and is ready for reuse, and moving one keeps the views into it valid. (That views into a
// temporary do not compile is tests/compile_fail/lifetimes.cpp's part.)
#include "test_support.hpp"

#include <utility>
#include <vector>

using appnotify::validate;

namespace {

const std::string welcome = test::payload(R"~("Body": "Hello")~");
const std::string broken = test::payload(R"~("IconType": "x", "Expiry": 0)~");

void check_broken(const appnotify::validation_result& r) {
    BOOST_TEST(!r.ok());
    BOOST_TEST(r.error_count() == 2u, test::describe(r));
    BOOST_TEST(r.input() == broken);
    BOOST_TEST(r.notification().title == "Welcome");
    BOOST_TEST(r.diagnostics()[0].path == "/IconType");
}

} // namespace

BOOST_AUTO_TEST_SUITE(lifetimes)

BOOST_AUTO_TEST_CASE(a_default_constructed_result_is_empty) {
    const appnotify::validation_result r;
    BOOST_TEST(r.ok());
    BOOST_TEST(static_cast<bool>(r));
    BOOST_TEST(r.error_count() == 0u);
    BOOST_TEST(r.warning_count() == 0u);
    BOOST_TEST(r.diagnostics().empty());
    BOOST_TEST(r.input().empty());
    BOOST_TEST(r.notification().title.empty());
    BOOST_TEST(r.notification().actions.empty());
    BOOST_TEST((r.dialect() == appnotify::dialect::action));
    BOOST_TEST((r.detection().how == appnotify::dialect_verdict::fit::clear));
}

BOOST_AUTO_TEST_CASE(a_moved_from_result_validates_again) {
    // The issue's crash: validating into a result whose storage was moved away.
    appnotify::validation_result a;
    auto b = std::move(a);
    validate(welcome, a);
    BOOST_TEST(a.ok());
    BOOST_TEST(*a.notification().body == "Hello");

    // A result that held something, moved from, is empty and reusable; the one moved to keeps
    // the views taken before the move.
    validate(broken, a);
    const std::string_view title = a.notification().title;
    const appnotify::diagnostic first = a.diagnostics()[0];
    appnotify::validation_result c = std::move(a);
    BOOST_TEST(a.ok());
    BOOST_TEST(a.diagnostics().empty());
    BOOST_TEST(a.input().empty());
    BOOST_TEST(a.notification().title.empty());
    validate(welcome, a);
    BOOST_TEST(a.ok());
    check_broken(c);
    BOOST_TEST(title == "Welcome");
    BOOST_TEST(first.message == c.diagnostics()[0].message);
    BOOST_TEST(first.path.data() == c.diagnostics()[0].path.data());

    // Move assignment, over a result that holds something, and from a moved-from one.
    b = std::move(c);
    check_broken(b);
    validate(broken, c);
    check_broken(c);
    c = appnotify::validation_result();
    BOOST_TEST(c.diagnostics().empty());
    validate(broken, c);
    check_broken(c);
}

BOOST_AUTO_TEST_CASE(is_valid_on_a_moved_from_scratch) {
    appnotify::validation_result scratch;
    auto taken = std::move(scratch);
    BOOST_TEST(appnotify::is_valid(welcome, scratch));
    BOOST_TEST(!appnotify::is_valid(broken, scratch));
    BOOST_TEST(!appnotify::is_valid(broken, taken));
}

BOOST_AUTO_TEST_CASE(results_in_a_growing_vector_keep_their_views) {
    std::vector<appnotify::validation_result> results;
    std::vector<std::string_view> titles;
    for (int i = 0; i < 50; ++i) {
        results.push_back(validate(test::payload("\"Body\": \"" + std::to_string(i) + "\"")));
        titles.push_back(*results.back().notification().body);
    }
    for (int i = 0; i < 50; ++i) BOOST_TEST(titles[static_cast<std::size_t>(i)] == std::to_string(i));
}

BOOST_AUTO_TEST_CASE(a_moved_from_ndjson_validator_starts_a_new_input) {
    std::vector<std::pair<std::size_t, bool>> seen;
    const auto on_record = [&seen](const appnotify::ndjson_record& r) { seen.emplace_back(r.line_number, r.result.ok()); };
    appnotify::ndjson_validator first;
    first.feed(welcome + "\n" + broken, on_record); // the second line is still incomplete
    appnotify::ndjson_validator second = std::move(first);
    second.finish(on_record);
    first.feed(broken + "\n" + welcome + "\n", on_record);
    first.finish(on_record);
    const std::vector<std::pair<std::size_t, bool>> expected = {{1, true}, {2, false}, {1, false}, {2, true}};
    BOOST_TEST((seen == expected));
    first = std::move(second);
    second.feed(welcome + "\n", on_record);
    BOOST_TEST((seen.back() == std::pair<std::size_t, bool>{1, true}));
}

BOOST_AUTO_TEST_CASE(moved_from_reports_and_renderers_are_reusable) {
    std::string out;
    appnotify::markdown_renderer renderer;
    BOOST_TEST(renderer.render_html("*x*", out).ok());
    appnotify::markdown_renderer taken = std::move(renderer);
    out.clear();
    BOOST_TEST(renderer.render_html("[x](javascript:alert(1))", out).warning_count() == 1u);
    BOOST_TEST(renderer.report().diagnostics().size() == 1u);
    out.clear();
    BOOST_TEST(taken.render_text("**y**", out).ok());
    BOOST_TEST(out == "y");

    appnotify::markdown_report report = appnotify::render_markdown_html("[x](javascript:alert(1))", out);
    const appnotify::markdown_report moved = std::move(report);
    BOOST_TEST(report.diagnostics().empty());
    BOOST_TEST(report.ok());
    BOOST_TEST(moved.diagnostics().size() == 1u);

    appnotify::link_report links;
    BOOST_TEST(links.ok());
    BOOST_TEST(links.parts().end == 0u);
    appnotify::check_app_link("javascript:x", links);
    const std::string_view message = links.diagnostics()[0].message;
    const appnotify::link_report kept = std::move(links);
    BOOST_TEST(links.ok());
    BOOST_TEST(links.error_count() == 0u);
    BOOST_TEST(links.diagnostics().empty());
    BOOST_TEST(message == kept.diagnostics()[0].message); // the view moved with the report
    BOOST_TEST(!kept.ok());
    appnotify::check_app_link("?pagetype=dashboard&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8", links);
    BOOST_TEST(links.ok());
    BOOST_TEST(links.diagnostics().empty());
    BOOST_TEST(kept.diagnostics().size() == 1u);

    appnotify::conversion_report failed = appnotify::convert("{}", appnotify::dialect::record, out);
    BOOST_TEST(!failed.ok());
    const appnotify::conversion_report taken_report = std::move(failed);
    BOOST_TEST(failed.ok());
    BOOST_TEST(failed.error().empty());
    BOOST_TEST(!taken_report.ok());

    appnotify::notification_converter converter;
    BOOST_TEST(converter.convert(welcome, appnotify::dialect::record, out, {}, {}).ok());
    appnotify::notification_converter other = std::move(converter);
    out.clear();
    BOOST_TEST(converter.convert(welcome, appnotify::dialect::graph, out, {}, {}).ok() == false);
    BOOST_TEST(other.convert(welcome, appnotify::dialect::action, out, {}, {}).ok());
    const auto source = validate(welcome);
    BOOST_TEST(converter.convert(source.notification(), appnotify::dialect::record, out).ok());

    appnotify::notification_renderer cards;
    appnotify::notification_renderer moved_cards = std::move(cards);
    out.clear();
    cards.render_text(source.notification(), out);
    std::string again;
    moved_cards.render_text(source.notification(), again);
    BOOST_TEST(out == again);
    BOOST_TEST(test::contains(out, "Welcome"));
}

BOOST_AUTO_TEST_SUITE_END()
