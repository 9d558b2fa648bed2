// SPDX-License-Identifier: MIT
// Collects diagnostics while a check runs and turns them into the public form at the end.
// Paths and messages are written into one reusable text arena; views into it are only made once
// the arena has stopped growing, so a reused sink allocates nothing in steady state.
#ifndef APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP
#define APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../diagnostic.hpp"
#include "format.hpp"
#include "text_position.hpp"

namespace appnotify::detail {

class diagnostic_sink {
public:
    /// `collect == false` only counts (is_valid); `max_kept` caps how many are stored.
    void reset(bool collect, std::size_t max_kept) {
        collect_ = collect;
        max_kept_ = max_kept;
        errors_ = 0;
        warnings_ = 0;
        dropped_ = 0;
        arena_.clear();
        pending_.clear();
    }

    bool collecting() const noexcept { return collect_; }
    std::size_t error_count() const noexcept { return errors_; }
    std::size_t warning_count() const noexcept { return warnings_; }

    /// Counts a diagnostic; true when the caller should now write its path and message.
    bool begin(diagnostic_code code, severity level, std::size_t offset) {
        (level == severity::error ? errors_ : warnings_) += 1;
        if (!collect_) return false;
        if (pending_.size() >= max_kept_) {
            ++dropped_;
            return false;
        }
        pending_.push_back({code, level, offset, arena_.size(), 0, 0, 0});
        return true;
    }
    std::string& arena() noexcept { return arena_; }
    void end_path() noexcept {
        pending_.back().path_end = arena_.size();
        pending_.back().message_begin = arena_.size();
    }
    void end_message() noexcept { pending_.back().message_end = arena_.size(); }

    template <typename... Pieces>
    void add(diagnostic_code code, severity level, std::size_t offset, std::string_view path,
             const Pieces&... message) {
        if (!begin(code, level, offset)) return;
        arena_.append(path);
        end_path();
        append_all(arena_, message...);
        end_message();
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

    /// Replaces the offset of each diagnostic kept since `mark` by `map(offset)`: findings in
    /// JSON held by a JSON string are reported in that string's text, then moved to the input's.
    template <typename Map>
    void map_offsets(std::size_t mark, Map&& map) {
        for (std::size_t i = mark; i < pending_.size(); ++i) pending_[i].offset = map(pending_[i].offset);
    }

    /// Writes the public diagnostics in document order with line and column.
    void finish(std::string_view input, std::vector<diagnostic>& out) {
        if (dropped_ != 0) {
            ++warnings_;
            pending_.push_back({diagnostic_code::too_many_diagnostics, severity::warning, input.size(),
                                arena_.size(), arena_.size(), arena_.size(), 0});
            append_all(arena_, dropped_, " more diagnostics were not kept (the limit is ", max_kept_, ")");
            pending_.back().message_end = arena_.size();
        }
        // Insertion sort: stable, allocation-free, and linear for the nearly sorted order checks
        // produce; the cap on kept diagnostics bounds the worst case.
        for (std::size_t i = 1; i < pending_.size(); ++i) {
            const pending_diagnostic item = pending_[i];
            std::size_t j = i;
            while (j > 0 && pending_[j - 1].offset > item.offset) {
                pending_[j] = pending_[j - 1];
                --j;
            }
            pending_[j] = item;
        }
        out.clear();
        position_tracker positions(input);
        const std::string_view arena = arena_;
        for (const pending_diagnostic& p : pending_) {
            const line_column lc = positions.at(p.offset);
            out.push_back({p.code, p.level, arena.substr(p.path_begin, p.path_end - p.path_begin), p.offset,
                           lc.line, lc.column, arena.substr(p.message_begin, p.message_end - p.message_begin)});
        }
    }

private:
    struct pending_diagnostic {
        diagnostic_code code;
        severity level;
        std::size_t offset;
        std::size_t path_begin, path_end, message_begin, message_end;
    };

    bool collect_ = true;
    std::size_t max_kept_ = 0;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    std::size_t dropped_ = 0;
    std::string arena_;
    std::vector<pending_diagnostic> pending_;
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_DIAGNOSTIC_SINK_HPP
