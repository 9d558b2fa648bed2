// SPDX-License-Identifier: MIT
// appnotify's markdown HTML against cmark-gfm (libcmark-gfm, the oracle): a generated corpus of
// well over 100,000 subset inputs, the CommonMark spec examples, and one proof for each known
// difference. Built as its own executable (it links libcmark-gfm; the library never does).
#include "markdown_generator.hpp"
#include "markdown_oracle.hpp"
#include "test_support.hpp"

#include <simdjson.h>

#include <array>
#include <filesystem>
#include <sstream>

using markdown_test::outcome;

namespace {

std::string shown(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else out.push_back(c);
    }
    return out;
}

struct tally {
    std::array<std::size_t, static_cast<std::size_t>(outcome::count_)> counts{};
    std::size_t failures_shown = 0;

    void add(outcome o, std::string_view input, const markdown_test::oracle& oracle) {
        ++counts[static_cast<std::size_t>(o)];
        if (o == outcome::differs && failures_shown++ < 10)
            BOOST_ERROR("differs from cmark-gfm: \"" << shown(input) << "\"\n  cmark-gfm: " << shown(oracle.cmark_html())
                                                    << "\n  appnotify: " << shown(oracle.ours()));
    }
    std::size_t compared() const {
        std::size_t n = counts[static_cast<std::size_t>(outcome::agrees)];
        for (std::size_t i = static_cast<std::size_t>(outcome::punctuation_table); i < counts.size(); ++i) n += counts[i];
        return n;
    }
    std::string report() const {
        std::ostringstream out;
        for (std::size_t i = 0; i < counts.size(); ++i)
            if (counts[i] != 0) out << "\n  " << counts[i] << "  " << markdown_test::outcome_names[i];
        return out.str();
    }
};

/// Runs `count` generated documents from `seed`; the corpus of the suite is the four seeds below.
tally run_generated(std::uint64_t seed, std::size_t count) {
    markdown_test::generator generator(seed);
    markdown_test::oracle oracle;
    tally t;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string input = generator.document();
        t.add(oracle.check(input), input, oracle);
    }
    return t;
}

void check_generated(std::uint64_t seed) {
    // 4 x 40,000 documents; about two thirds stay in the subset: 100,000+ compared in all.
    const tally t = run_generated(seed, 40000);
    BOOST_TEST_MESSAGE("seed " << seed << ": " << t.compared() << " compared" << t.report());
    BOOST_TEST(t.counts[static_cast<std::size_t>(outcome::differs)] == 0u, t.report());
    BOOST_TEST(t.compared() >= 25000u, "too few subset inputs:" << t.report());
}

const char* const shared_examples = "../shared/corpora/commonmark/examples.json";

bool shared_present() { return std::filesystem::exists(test::source_path(shared_examples)); }

/// The case runs only when its corpus (../shared) is there.
boost::test_tools::assertion_result if_examples_present(boost::unit_test::test_unit_id) { return shared_present(); }

} // namespace

BOOST_AUTO_TEST_SUITE(markdown_differential)

BOOST_AUTO_TEST_CASE(generated_corpus_seed_1) { check_generated(1); }
BOOST_AUTO_TEST_CASE(generated_corpus_seed_2) { check_generated(2); }
BOOST_AUTO_TEST_CASE(generated_corpus_seed_3) { check_generated(3); }
BOOST_AUTO_TEST_CASE(generated_corpus_seed_4) { check_generated(4); }

BOOST_AUTO_TEST_CASE(the_generator_is_deterministic) {
    markdown_test::generator a(7), b(7);
    for (int i = 0; i < 100; ++i) BOOST_TEST(a.document() == b.document());
}

BOOST_AUTO_TEST_CASE(the_seed_examples_agree) {
    markdown_test::oracle oracle;
    for (const std::string_view input :
         {"**SLA critical**",
          "Case record [Complete overhaul required (sample)](?pagetype=entityrecord&etn=incident&id=0a9f62a8-90df-e311-9565-a45d36fc5fe8) assigned is critically past SLA and has been escalated to your manager.",
          "[Maria Campbell](?pagetype=entityrecord&etn=contact&id=43m770h2-6567-ebm1-ob2b-000d3ac3kd6c) mentioned you in a post: _\"**[@Paul](?pagetype=entityrecord&etn=contact&id=03f770b2-6567-eb11-bb2b-000d3ac2be4d)** we need to prioritize this overdue case, [@Robert](?pagetype=entityrecord&etn=contact&id=73f970b2-6567-eb11-bb2b-000d3ac2se4h) will work with you to engage with engineering team ASAP.\"_",
          "- Item 1\r- Item 2\r- Item 3", "1. Green\r2. Orange\r3. Blue", "_Italic_", "**Bold**", "a\n\n\n\nb"})
        BOOST_TEST((oracle.check(input) == outcome::agrees), input << "\n" << oracle.cmark_html() << oracle.ours());
}

// Each named difference, shown on its smallest example: cmark-gfm's output, the spec's.
BOOST_AUTO_TEST_CASE(each_known_difference_is_real) {
    markdown_test::oracle oracle;
    const struct {
        std::string_view input;
        outcome expected;
        std::string_view ours;
    } cases[] = {
        {"*€*charlie.", outcome::punctuation_table, "<p>*€*charlie.</p>\n"},
        {"*\xD8\x9D*n", outcome::punctuation_table, "<p>*\xD8\x9D*n</p>\n"}, // U+061D, punctuation since Unicode 14
        {"&#87654321;", outcome::reference_digit_limits, "<p>&amp;#87654321;</p>\n"},
        {"&#x1234567;", outcome::reference_digit_limits, "<p>&amp;#x1234567;</p>\n"},
        {"![^a](/b)", outcome::bang_caret_image, "<p>![^a](/b)</p>\n"},
        {"**_*]****", outcome::openers_bottom_can_open, "<p><strong>_<em>]</em></strong>*</p>\n"},
        {"[a](/b(c \"t\")", outcome::balanced_destination_parentheses, "<p>[a](/b(c &quot;t&quot;)</p>\n"},
        {"- a\\\n b", outcome::lazy_line_indentation, "<ul>\n<li>a<br />\nb</li>\n</ul>\n"},
        {"*a<!Item*>*", outcome::raw_html_declarations_comments, "<p><em>a&lt;!Item*&gt;</em></p>\n"},
        {"a <!-- *b* -- -->", outcome::raw_html_declarations_comments, "<p>a &lt;!-- *b* -- --&gt;</p>\n"},
        {"?<?&nbsp;?" "?>", outcome::raw_html_declarations_comments, "<p>?&lt;?&amp;nbsp;??&gt;</p>\n"},
        {"[Pay <https://bank.example> now](https://evil.example/)", outcome::nested_link_text,
         "<p><a href=\"https://evil.example/\">Pay https://bank.example now</a></p>\n"},
        {"*[<a@b.co> _<https://c.d>_](/e)* <https://f.g>", outcome::nested_link_text,
         "<p><em><a href=\"/e\">a@b.co <em>https://c.d</em></a></em> <a href=\"https://f.g\">https://f.g</a></p>\n"},
    };
    for (const auto& c : cases) {
        BOOST_TEST((oracle.check(c.input) == c.expected), c.input << ": " << oracle.cmark_html() << " vs " << oracle.ours());
        BOOST_TEST(oracle.ours() == c.ours, c.input);
        BOOST_TEST(oracle.cmark_html() != oracle.ours(), c.input);
    }
}

// Inputs cmark-gfm renders outside the subset are not compared; these show why.
BOOST_AUTO_TEST_CASE(what_is_not_compared) {
    markdown_test::oracle oracle;
    BOOST_TEST((oracle.check("# Heading") == outcome::cmark_outside_subset));
    BOOST_TEST((oracle.check("`code`") == outcome::cmark_outside_subset));
    BOOST_TEST((oracle.check("<b>x</b>") == outcome::cmark_outside_subset));
    BOOST_TEST((oracle.check("[a]\n\n[a]: /u") == outcome::cmark_reference_definition));
    BOOST_TEST((oracle.check("[a](javascript:alert(1))") == outcome::cmark_refused_link));
    BOOST_TEST((oracle.check("[a](x.htm)") == outcome::cmark_refused_link));
    BOOST_TEST((oracle.check("[a](/b\x01)") == outcome::cmark_control_in_link));
}

// What the fuzzer found (fuzz/corpus/fuzz_markdown_differential keeps each input).
BOOST_AUTO_TEST_CASE(fuzz_findings_agree) {
    markdown_test::oracle oracle;
    for (const std::string_view input : {std::string_view("\v"), std::string_view("a\f\n\v"), std::string_view("[](/\0/)", 7)})
        BOOST_TEST((oracle.check(input) == outcome::agrees), oracle.cmark_html() << oracle.ours());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_compared_as_u_fffd) {
    markdown_test::oracle oracle;
    BOOST_TEST((oracle.check("a\xC3 *b* \xFF [x](/\xE2\x82)") == outcome::agrees), oracle.cmark_html() << oracle.ours());
    BOOST_TEST(oracle.ours() == "<p>a\xEF\xBF\xBD <em>b</em> \xEF\xBF\xBD <a href=\"/%EF%BF%BD\">x</a></p>\n");
}

// Every example of the CommonMark 0.31.2 spec (../shared, when present) that cmark-gfm renders
// inside the subset: the same HTML, or a named difference (examples 28 and 354).
BOOST_AUTO_TEST_CASE(commonmark_examples_agree_with_cmark_gfm, *boost::unit_test::precondition(if_examples_present)) {
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    BOOST_TEST_REQUIRE((parser.load(test::source_path(shared_examples)).get(root) == simdjson::SUCCESS));
    markdown_test::oracle oracle;
    tally t;
    std::size_t named = 0;
    for (simdjson::dom::element example : root.get_array()) {
        const std::string_view markdown = example["markdown"].get_string();
        const std::int64_t number = example["example"].get_int64();
        const outcome o = oracle.check(markdown);
        t.add(o, markdown, oracle);
        if (o == outcome::reference_digit_limits) {
            BOOST_TEST(number == 28);
            ++named;
        }
        if (o == outcome::punctuation_table) {
            BOOST_TEST(number == 354);
            ++named;
        }
    }
    BOOST_TEST_MESSAGE("CommonMark examples:" << t.report());
    BOOST_TEST(named == 2u);
    BOOST_TEST(t.counts[static_cast<std::size_t>(outcome::differs)] == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
