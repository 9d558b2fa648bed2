// SPDX-License-Identifier: MIT
// Fuzz harness: appnotify's markdown HTML against cmark-gfm, the oracle. The fuzzer's bytes are
// used twice: as markdown, and as the choices of the structured generator over the subset
// alphabet (tests/markdown_generator.hpp). Wherever cmark-gfm's output stays inside the subset,
// ours must be byte-identical or differ by one of the named, proved known differences
// (tests/markdown_oracle.hpp). Links libcmark-gfm.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "../tests/markdown_generator.hpp"
#include "../tests/markdown_oracle.hpp"

namespace {

void check(markdown_test::oracle& oracle, std::string_view input) {
    if (oracle.check(input) != markdown_test::outcome::differs) return;
    std::fprintf(stderr, "markdown differs from cmark-gfm\ninput (%zu bytes): ", input.size());
    std::fwrite(input.data(), 1, input.size(), stderr);
    std::fprintf(stderr, "\ncmark-gfm:\n%s\nappnotify:\n%s\n", oracle.cmark_html().c_str(), oracle.ours().c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 8192) return 0; // the oracle parses each input several times
    markdown_test::oracle oracle;
    check(oracle, std::string_view(reinterpret_cast<const char*>(data), size));
    markdown_test::generator generator(data, size);
    check(oracle, generator.document());
    return 0;
}
