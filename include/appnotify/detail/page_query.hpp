// SPDX-License-Identifier: MIT
// The parameters of a page link's query as the link checker goes over them: each with its
// decoded name and the first rule of page_rules.hpp with that name. The checker goes over them
// three times (the page type first, which decides what the others mean, then every parameter,
// then the app's), so a query is read once into a small table; a query with more parameters
// than the table holds is read again each time instead, with the same results.
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
    query_param raw;       // as written, with its offsets
    std::string_view name; // decoded (as decode_name gives it)
    std::size_t any_rule;  // find_any_param_rule(name)
};

/// A query read once: up to `capacity` parameters.
class page_query_table {
public:
    static constexpr std::size_t capacity = 16;

    page_query_table() noexcept {} // the slots are written by read(), never read before

    /// Reads `query` (offsets from `base`); false when it has more than `capacity` parameters.
    bool read(std::string_view query, std::size_t base) noexcept {
        count_ = 0;
        query_param p;
        for (query_reader reader(query, base); reader.next(p);) {
            if (count_ == capacity) return false;
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
        for (std::size_t i = 0; i < count_; ++i)
            if (!f(*std::launder(reinterpret_cast<const page_query_param*>(slots_ + i * sizeof(page_query_param)))))
                return;
    }

private:
    // Raw storage: a link checker builds a table per page link, and zeroing it would cost more
    // than reading the query.
    alignas(page_query_param) unsigned char slots_[capacity * sizeof(page_query_param)];
    char buffers_[capacity][48];
    std::size_t count_ = 0;
};

/// The walk of `page_query_table::for_each` over a query of any size, reading it again each time.
class page_query_rereader {
public:
    constexpr page_query_rereader(std::string_view query, std::size_t base) noexcept : query_(query), base_(base) {}

    template <typename F>
    void for_each(F&& f) const {
        char buffer[48];
        query_param p;
        for (query_reader reader(query_, base_); reader.next(p);) {
            const std::string_view name = param_name(p, buffer);
            if (!f(static_cast<const page_query_param&>(page_query_param{p, name, find_any_param_rule(name)}))) return;
        }
    }

private:
    std::string_view query_;
    std::size_t base_;
};

} // namespace appnotify::detail

#endif // APPNOTIFY_DETAIL_PAGE_QUERY_HPP
