// SPDX-License-Identifier: MIT
// Collects diagnostics while a check runs and turns them into the public form at the end.
// Paths and messages are written into one reusable text arena; views into it are only made once
// the arena has stopped growing, so a reused sink allocates nothing in steady state.
#ifndef APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP
#define APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../diagnostic.hpp"
#include "format.hpp"
#include "json_pointer.hpp"
#include "text_position.hpp"
#include "text_span.hpp"

namespace appnotify::detail {

class diagnostic_sink {
public:
    /// A diagnostic's end that the sink derives from the input (see text_span.hpp).
    static constexpr std::size_t derived_end = std::size_t(-1);
    /// Spans up to this many bytes have their end positioned from their start; longer ones in a
    /// walk of their own, so that overlapping spans never cost more than one walk each.
    static constexpr std::size_t short_span = 256;

    /// `collect == false` only counts (is_valid); `max_kept` caps how many are stored; `policy`
    /// (which must outlive the run) ignores codes or changes their severity.
    void reset(bool collect, std::size_t max_kept, const diagnostic_policy* policy = nullptr) {
        collect_ = collect;
        max_kept_ = max_kept;
        policy_ = policy;
        errors_ = 0;
        warnings_ = 0;
        dropped_ = 0;
        arena_.clear();
        pending_.clear();
    }

    bool collecting() const noexcept { return collect_; }
    /// Counted after the policy.
    std::size_t error_count() const noexcept { return errors_; }
    std::size_t warning_count() const noexcept { return warnings_; }

    /// Counts a diagnostic (unless the policy ignores its code); true when the caller should now
    /// write its path and message. Its span is derived from the input unless `set_end` says.
    bool begin(diagnostic_code code, severity level, std::size_t offset) {
        if (policy_ != nullptr) {
            const std::optional<severity> applied = policy_->apply(code, level);
            if (!applied) return false;
            level = *applied;
        }
        (level == severity::error ? errors_ : warnings_) += 1;
        if (!collect_) return false;
        if (pending_.size() >= max_kept_) {
            ++dropped_;
            return false;
        }
        pending_.push_back({code, level, offset, derived_end, arena_.size(), 0, 0, 0});
        return true;
    }
    /// Sets where the span of the diagnostic just begun ends (an offset into the same text as
    /// its offset, exclusive): for the call sites that know better than the derived span.
    void set_end(std::size_t end) noexcept { pending_.back().end = end; }
    std::string& arena() noexcept { return arena_; }
    /// Ends the path written since `begin`, shortened when long (json_pointer.hpp): whatever the
    /// input's names and depth, a diagnostic's path is at most about max_pointer bytes.
    void end_path() {
        shorten_pointer(arena_, pending_.back().path_begin);
        pending_.back().path_end = arena_.size();
        pending_.back().message_begin = arena_.size();
    }
    void end_message() noexcept { pending_.back().message_end = arena_.size(); }

    template <typename... Pieces>
    void add(diagnostic_code code, severity level, std::size_t offset, std::string_view path,
             const Pieces&... message) {
        add_span(code, level, offset, derived_end, path, message...);
    }

    /// `add` with the span [offset, end).
    template <typename... Pieces>
    void add_span(diagnostic_code code, severity level, std::size_t offset, std::size_t end, std::string_view path,
                  const Pieces&... message) {
        if (!begin(code, level, offset)) return;
        set_end(end);
        arena_.append(path);
        end_path();
        append_all(arena_, message...);
        end_message();
    }

    /// What has been reported so far, to undo what follows with `rollback`.
    struct checkpoint {
        std::size_t errors, warnings, dropped, kept, arena;
    };
    checkpoint mark() const noexcept { return {errors_, warnings_, dropped_, pending_.size(), arena_.size()}; }
    /// Forgets everything reported since `at` was marked, counts included (a check that turned
    /// out to be run on the wrong premise, to be run again).
    void rollback(const checkpoint& at) {
        errors_ = at.errors;
        warnings_ = at.warnings;
        dropped_ = at.dropped;
        pending_.resize(at.kept);
        arena_.resize(at.arena);
    }

    /// Drops what was reported after `offset` (used when a syntax error makes later findings moot).
    void discard_after(std::size_t offset) { discard_after(offset, 0); }

    /// How many diagnostics are kept so far: a mark for `discard_after` and `map_offsets`.
    std::size_t kept() const noexcept { return pending_.size(); }

    /// Drops the diagnostics kept since `mark` that were reported after `offset`.
    void discard_after(std::size_t offset, std::size_t mark) {
        std::size_t kept = mark;
        for (std::size_t i = mark; i < pending_.size(); ++i)
            if (pending_[i].offset <= offset) pending_[kept++] = pending_[i];
            else (pending_[i].level == severity::error ? errors_ : warnings_) -= 1;
        pending_.resize(kept);
    }

    /// Moves each diagnostic kept since `mark`, found in `text` (JSON held by a JSON string),
    /// to the input's text: their spans are derived in `text`, then both ends become `map(end)`.
    template <typename Map>
    void map_offsets(std::size_t mark, std::string_view text, Map&& map) {
        sort_by_offset(mark);
        derive_ends(mark, text, text_kind::json);
        for (std::size_t i = mark; i < pending_.size(); ++i) {
            pending_[i].offset = map(pending_[i].offset);
            pending_[i].end = map(pending_[i].end);
        }
    }

    /// Writes the public diagnostics in document order with their spans, lines and columns.
    /// `kind` says how spans are derived from `input`. Linear in the input, and O(n log n) in the
    /// number of diagnostics at worst.
    void finish(std::string_view input, std::vector<diagnostic>& out, text_kind kind = text_kind::plain) {
        if (dropped_ != 0) {
            const std::optional<severity> level =
                policy_ ? policy_->apply(diagnostic_code::too_many_diagnostics, severity::warning) : severity::warning;
            if (level) {
                (*level == severity::error ? errors_ : warnings_) += 1;
                pending_.push_back({diagnostic_code::too_many_diagnostics, *level, input.size(), input.size(),
                                    arena_.size(), arena_.size(), arena_.size(), 0});
                append_all(arena_, dropped_, dropped_ == 1 ? " more diagnostic was" : " more diagnostics were",
                           " not kept (the limit is ", max_kept_, ")");
                pending_.back().message_end = arena_.size();
            }
        }
        sort_by_offset(0);
        derive_ends(0, input, kind);
        out.clear();
        position_tracker positions(input);
        const std::string_view arena = arena_;
        order_.clear();
        for (const pending_diagnostic& p : pending_) {
            const line_column lc = positions.at(p.offset);
            diagnostic d{p.code, p.level, arena.substr(p.path_begin, p.path_end - p.path_begin), p.offset,
                         lc.line, lc.column, arena.substr(p.message_begin, p.message_end - p.message_begin)};
            d.end_offset = p.end;
            if (p.end - p.offset <= short_span || p.offset > input.size()) {
                // Walked from the start with a copy of the tracker: a few bytes.
                position_tracker span = positions;
                const line_column end = span.at(p.end);
                d.end_line = end.line;
                d.end_column = end.column;
            } else {
                order_.push_back(out.size()); // positioned below
            }
            out.push_back(d);
        }
        // The ends of long spans, positioned in one more walk in the order of their offsets (so
        // spans that overlap, however long, cost one walk).
        if (order_.empty()) return;
        std::sort(order_.begin(), order_.end(), [&out](std::size_t a, std::size_t b) {
            return out[a].end_offset < out[b].end_offset || (out[a].end_offset == out[b].end_offset && a < b);
        });
        position_tracker ends(input);
        for (const std::size_t i : order_) {
            const line_column lc = ends.at(out[i].end_offset);
            out[i].end_line = lc.line;
            out[i].end_column = lc.column;
        }
    }

private:
    struct pending_diagnostic {
        diagnostic_code code;
        severity level;
        std::size_t offset;
        std::size_t end;
        std::size_t path_begin, path_end, message_begin, message_end;
    };

    /// Insertion sort of the diagnostics from `first` on: stable, allocation-free, and linear for
    /// the nearly sorted order checks produce. When the order is far from sorted (interleaved
    /// findings of two passes, with the cap on kept diagnostics raised), it hands over to a
    /// merge sort once it has moved a few times as many diagnostics as there are: never quadratic.
    void sort_by_offset(std::size_t first) {
        const std::size_t count = pending_.size() - first;
        std::size_t budget = 8 * count + 4096;
        for (std::size_t i = first + 1; i < pending_.size(); ++i) {
            const pending_diagnostic item = pending_[i];
            std::size_t j = i;
            while (j > first && pending_[j - 1].offset > item.offset) {
                pending_[j] = pending_[j - 1];
                --j;
                if (--budget == 0) {
                    pending_[j] = item; // [first, i] stays a permutation, sorted but for item
                    std::stable_sort(pending_.begin() + static_cast<std::ptrdiff_t>(first), pending_.end(),
                                     [](const pending_diagnostic& a, const pending_diagnostic& b) { return a.offset < b.offset; });
                    return;
                }
            }
            pending_[j] = item;
        }
    }

    /// Clamps every span from `first` on to `text` and derives the ends not given. The
    /// diagnostics are sorted by offset, so one forward walk serves them all (text_span.hpp).
    void derive_ends(std::size_t first, std::string_view text, text_kind kind) {
        span_deriver spans(text, kind);
        for (std::size_t i = first; i < pending_.size(); ++i) {
            pending_diagnostic& p = pending_[i];
            // An offset past the text (an app context's findings index its own values) keeps an
            // empty span there.
            if (p.end == derived_end) p.end = p.offset <= text.size() ? spans.end_at(p.offset) : p.offset;
            if (p.end < p.offset) p.end = p.offset;
            else if (p.offset <= text.size() && p.end > text.size()) p.end = text.size();
        }
    }

    bool collect_ = true;
    std::size_t max_kept_ = 0;
    const diagnostic_policy* policy_ = nullptr;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    std::size_t dropped_ = 0;
    std::string arena_;
    std::vector<pending_diagnostic> pending_;
    std::vector<std::size_t> order_;
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP
