// SPDX-License-Identifier: MIT
// appnotify: validating a SendAppNotification request body.
#ifndef APPNOTIFY_VALIDATE_HPP
#define APPNOTIFY_VALIDATE_HPP

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

#include "config.hpp"
#include "detail/json_syntax.hpp"
#include "diagnostic.hpp"
#include "dialect.hpp"
#include "list_view.hpp"
#include "notification.hpp"
#include "output.hpp"
#include "report.hpp"

namespace appnotify {

/// The deepest nesting `validate_options::max_depth` can allow. The checkers descend into a
/// nested value by recursion, about 400 bytes of stack per level at -O2 (1.5 KB under
/// AddressSanitizer), so the deepest walk stays near 100 KB: inside even musl's 128 KB threads.
inline constexpr std::size_t max_supported_depth = 256;

/// Limits that keep hostile input cheap. Exceeding one is an error diagnostic.
struct validate_options {
    /// Larger inputs are refused before anything is parsed or copied.
    std::size_t max_input_bytes = std::size_t(1) << 20;
    /// Deepest nesting of arrays and objects; values above `max_supported_depth` count as it.
    std::size_t max_depth = 64;
    /// Diagnostics kept per input; the rest are counted in one final "too-many-diagnostics".
    std::size_t max_diagnostics = 1000;
    /// The payload's dialect; none (the default) recognizes it from its members (dialect.hpp).
    std::optional<appnotify::dialect> dialect;
    /// Codes to ignore or to report with another severity. The result's counts, its ok() and
    /// its diagnostics are those after the policy.
    diagnostic_policy policy;
};

namespace detail {
/// What a result holds: the input, simdjson's parser, the checkers' scratch, the model and the
/// diagnostics (impl/validate.inl). Incomplete outside the implementation in compiled mode.
struct validation_storage;
struct ndjson_state;

inline std::size_t depth_limit(const validate_options& options) noexcept {
    return options.max_depth < max_supported_depth ? options.max_depth : max_supported_depth;
}
} // namespace detail
/// The notification read from a payload and every problem found in it. Strings in the model and
/// the diagnostics are views into this object: they stay valid while it lives and is not reused
/// (validated into again, assigned to, or moved from). Moving a result moves its buffers, so the
/// views stay valid in the result moved to. The accessors that hand out views are deleted on
/// rvalues, so a view into a temporary result does not compile:
///
///     std::string_view t = appnotify::validate(json).notification().title; // error: deleted
///
/// Reusing one result for many inputs keeps its buffers, so validation allocates nothing once the
/// buffers are large enough. A default-constructed or moved-from result holds no input (no
/// diagnostics, an empty notification, ok()) and is ready to validate into.
class validation_result {
public:
    /// Allocates nothing: the first validation into it makes its buffers.
    APPNOTIFY_EXTERNAL_LINKAGE validation_result() noexcept;
    APPNOTIFY_EXTERNAL_LINKAGE validation_result(validation_result&& other) noexcept;
    APPNOTIFY_EXTERNAL_LINKAGE validation_result& operator=(validation_result&& other) noexcept;
    validation_result(const validation_result&) = delete;
    validation_result& operator=(const validation_result&) = delete;
    APPNOTIFY_EXTERNAL_LINKAGE ~validation_result();

    /// True when no diagnostic is an error (warnings allowed).
    [[nodiscard]] bool ok() const noexcept { return errors_ == 0; }
    explicit operator bool() const noexcept { return ok(); }
    /// Counted after the diagnostic policy, including diagnostics beyond the kept limit.
    [[nodiscard]] std::size_t error_count() const noexcept { return errors_; }
    [[nodiscard]] std::size_t warning_count() const noexcept { return warnings_; }

    /// The typed model, as far as the payload could be read. Its views point into this result.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE const appnotify::notification& notification() const& noexcept;
    const appnotify::notification& notification() const&& = delete;
    /// Every diagnostic kept, in document order. Their views point into this result.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE list_view<diagnostic> diagnostics() const& noexcept;
    list_view<diagnostic> diagnostics() const&& = delete;
    /// The validated text, as given (a copy this result owns); diagnostics' offsets index into it.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE std::string_view input() const& noexcept;
    std::string_view input() const&& = delete;
    /// The dialect the payload was validated as: the one asked for, or the one recognized.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE appnotify::dialect dialect() const noexcept;
    /// How the dialect was recognized (`fit::clear` when it was asked for). The verdict of a
    /// payload that is not an object, or is not JSON, is `clear` for the dialect it was read as.
    [[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE const dialect_verdict& detection() const& noexcept;
    const dialect_verdict& detection() const&& = delete;

private:
    friend void validate(std::string_view, validation_result&, const validate_options&);
    friend bool is_valid(std::string_view, validation_result&, const validate_options&);
    friend struct detail::ndjson_state;

    /// The buffers, made on first use (by a default-constructed or moved-from result).
    APPNOTIFY_EXTERNAL_LINKAGE detail::validation_storage& storage();
    /// Sorts and counts the diagnostics once a validation is over.
    APPNOTIFY_EXTERNAL_LINKAGE void finish();

    std::unique_ptr<detail::validation_storage> storage_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

/// Validates `json`, the JSON text of a SendAppNotification request body, into `result`, whose
/// buffers are reused. Never throws; every problem becomes a diagnostic.
APPNOTIFY_EXTERNAL_LINKAGE void validate(std::string_view json, validation_result& result,
                                         const validate_options& options = {});

/// Validates `json` and returns the notification with every problem found.
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE validation_result validate(std::string_view json,
                                                                    const validate_options& options = {});

/// True when `json` would validate without errors, using `scratch`'s buffers (its contents are
/// unspecified afterwards). Cheaper than `validate`: it stops at the first error and builds no
/// messages, and with a reused scratch it allocates nothing.
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE bool is_valid(std::string_view json, validation_result& scratch,
                                                       const validate_options& options = {});

/// True when `json` would validate without errors (see the overload above; this one allocates
/// its own buffers).
[[nodiscard]] APPNOTIFY_EXTERNAL_LINKAGE bool is_valid(std::string_view json, const validate_options& options = {});

} // namespace appnotify

#if APPNOTIFY_HEADER_ONLY
#include "impl/validate.inl"
#endif

#endif // APPNOTIFY_VALIDATE_HPP
