// SPDX-License-Identifier: MIT
// The parameters of a page link's query as the link checker goes over them: each with its
// decoded name and the first rule of page_rules.hpp with that name. The checker goes over them
// up to three times (the page type first, which decides what the others mean, then every
// parameter, then the app's), so a query is read once into a small table; a query with more
// parameters than the table holds is read again each time instead, with the same results.
#ifndef APPNOTIFY_DETAIL_PAGE_QUERY_HPP
#define APPNOTIFY_DETAIL_PAGE_QUERY_HPP

#include <cstddef>
#include <new>
#include <string_view>

#include "page_rules.hpp"
#include "url_query.hpp"

namespace appnotify::detail {

/// One parameter of a page link's query.
struct page_query_param {
    query_param raw;              // as written, with its offsets
    std::string_view name;        // decoded (as decode_name gives it)
    std::size_t any_rule = no_rule; // find_any_param_rule(name)
};

/// A query read once into a table of up to `capacity` parameters; a longer query is read again
/// for each walk instead. Either way the walk calls its function from one place, so the checks
/// it runs are compiled once.
class page_query {
public:
    static constexpr std::size_t capacity = 16;

    page_query() noexcept {} // the slots are written by read(), never read before

    /// Reads `query` (offsets from `base`); false when it has more than `capacity` parameters,
    /// which each walk then reads again.
    bool read(std::string_view query, std::size_t base) noexcept {
        query_ = query;
        base_ = base;
        count_ = 0;
        query_param p;
        for (query_reader reader(query, base); reader.next(p);) {
            if (count_ == capacity) {
                count_ = capacity + 1;
                return false;
            }
            const std::string_view name = param_name(p, buffers_[count_]);
            ::new (static_cast<void*>(slots_ + count_ * sizeof(page_query_param)))
                page_query_param{p, name, find_any_param_rule(name)};
            ++count_;
        }
        return true;
    }

    /// Calls `f(param)` for each parameter in order while it returns true.
    template <typename F>
    void for_each(F&& f) const {
        const bool table = count_ <= capacity;
        query_reader reader(query_, base_);
        char buffer[48];
        page_query_param read_again;
        for (std::size_t i = 0;; ++i) {
            const page_query_param* q = nullptr;
            if (table) {
                if (i == count_) return;
                q = std::launder(reinterpret_cast<const page_query_param*>(slots_ + i * sizeof(page_query_param)));
            } else {
                if (!reader.next(read_again.raw)) return;
                read_again.name = param_name(read_again.raw, buffer);
                read_again.any_rule = find_any_param_rule(read_again.name);
                q = &read_again;
            }
            if (!f(*q)) return;
        }
    }

private:
    // Raw storage: a link checker reads a table per page link, and zeroing it would cost more
    // than reading the query.
    alignas(page_query_param) unsigned char slots_[capacity * sizeof(page_query_param)];
    char buffers_[capacity][48];
    std::string_view query_;
    std::size_t base_ = 0;
    std::size_t count_ = 0;
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PAGE_QUERY_HPP
