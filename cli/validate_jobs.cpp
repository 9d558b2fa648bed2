// SPDX-License-Identifier: MIT
// `appnotify validate --ndjson --jobs N`: the workers, the ring of batches, and the main thread
// that reads, hands out and writes in input order (validate_jobs.hpp).
#include "validate_jobs.hpp"

#include <cstring>
#include <system_error>

#include "input.hpp"
#include "terminal.hpp"

namespace cli {

namespace {
/// A batch ends after the line that reaches this size, or after this many lines: large enough
/// that handing it over costs little next to validating it, small enough that the workers share
/// a small file and that a batch's findings stay small.
constexpr std::size_t batch_bytes = std::size_t(64) << 10;
constexpr std::size_t batch_lines = 512;
/// The ring's slots per worker: room for every worker to have a batch in hand and one waiting
/// while the main thread writes.
constexpr std::size_t slots_per_worker = 4;
/// What the sequential path reads at a time (validate_command.cpp): the same chunks give the
/// same lines, even at the size limit.
constexpr std::size_t chunk_bytes = std::size_t(1) << 20;
} // namespace

parallel_validation::parallel_validation(const validate_settings& settings)
    : settings_(settings), ring_(slots_per_worker * (settings.jobs == 0 ? 1 : settings.jobs)) {
    threads_.reserve(settings.jobs);
    for (unsigned i = 0; i < settings.jobs; ++i) {
        try {
            threads_.emplace_back([this] { work(); });
        } catch (const std::system_error&) {
            break; // the system will not start more threads: go on with those it did
        }
    }
}

parallel_validation::~parallel_validation() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& t : threads_) t.join();
}

void parallel_validation::work() {
    appnotify::ndjson_validator validator(settings_.limits); // reused for every batch
    std::size_t lines_fed = 0;
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        work_ready_.wait(lock, [this] { return stopping_ || taken_ < handed_out_; });
        if (taken_ == handed_out_) return; // stopping, and nothing is left
        batch& b = ring_[taken_++ % ring_.size()];
        lock.unlock();
        validate_batch(b, validator, lines_fed);
        lock.lock();
        b.done = true;
        batch_done_.notify_one();
    }
}

void parallel_validation::validate_batch(batch& b, appnotify::ndjson_validator& validator,
                                         std::size_t& lines_fed) const {
    b.out.clear();
    b.counts.clear();
    // The validator numbers lines from its first input on; a batch holds whole lines, so it
    // has numbered exactly lines_fed lines before this batch.
    const std::size_t fed_before = lines_fed;
    validator.feed(b.text, [&](const appnotify::ndjson_record& record) {
        b.counts.count(record.result);
        if (settings_.json || record.result.diagnostics().size() != 0)
            append_result(settings_, *b.file_name, b.lines_before + (record.line_number - fed_before), record.result,
                          b.out);
    });
    lines_fed += b.line_count;
}

parallel_validation::batch& parallel_validation::free_slot() {
    if (handed_out_ - written_ == ring_.size()) write_finished(true, false);
    batch& b = ring_[handed_out_ % ring_.size()];
    b.text.clear();
    b.line_count = 0;
    b.lines_before = lines_before_;
    b.file_name = &file_name_;
    return b;
}

void parallel_validation::submit() {
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        batch& b = ring_[handed_out_ % ring_.size()];
        b.done = false;
        lines_before_ += b.line_count;
        ++handed_out_;
    }
    work_ready_.notify_one();
}

void parallel_validation::write_finished(bool wait, bool all) {
    while (written_ < handed_out_) {
        batch& b = ring_[written_ % ring_.size()];
        {
            std::unique_lock<std::mutex> lock(mutex_);
            if (!b.done && !wait) return;
            batch_done_.wait(lock, [&b] { return b.done; });
        }
        write_batch(b);
        ++written_;
        if (!all) wait = false; // room for one more batch is all that was needed
    }
}

void parallel_validation::write_batch(batch& b) {
    totals_->add(b.counts);
    std::string_view out = b.out;
    if (out.empty()) return;
    progress_->clear();
    if (settings_.sarif != nullptr && !sarif_results_written_) {
        out.remove_prefix(1); // the log's first result follows no other
        sarif_results_written_ = true;
    }
    write(out);
}

/// Hands out `carry_ + complete` (complete lines: it ends with '\n') as batches of whole lines.
void parallel_validation::dispatch_lines(std::string_view complete) {
    std::size_t pos = 0;
    while (pos < complete.size()) {
        batch& b = free_slot();
        if (!carry_.empty()) {
            b.text.append(carry_); // the start of complete's first line
            carry_.clear();
        }
        // At least one line, then lines until the batch is large enough.
        std::size_t cut = pos;
        do {
            const void* newline = std::memchr(complete.data() + cut, '\n', complete.size() - cut);
            cut = static_cast<std::size_t>(static_cast<const char*>(newline) - complete.data()) + 1;
            ++b.line_count;
        } while (cut < complete.size() && b.text.size() + (cut - pos) < batch_bytes && b.line_count < batch_lines);
        b.text.append(complete.substr(pos, cut - pos));
        pos = cut;
        submit();
    }
}

/// Keeps the start of an incomplete line as the sequential path does (ndjson_validator): at
/// most one byte over the size limit, which is enough to say that the line is too large.
void parallel_validation::keep(std::string_view part) {
    const std::size_t limit = settings_.limits.max_input_bytes + 1;
    const std::size_t room = limit > carry_.size() ? limit - carry_.size() : 0;
    carry_.append(part.substr(0, room));
}

void parallel_validation::validate_file(const std::string& path, tally& totals) {
    input_file file(path);
    if (!file.ok()) {
        report_unreadable(settings_, file.name(), file.error(), totals);
        return;
    }
    file_name_ = file.name();
    lines_before_ = 0;
    carry_.clear();
    progress_bar progress(is_terminal(2), file_size(path));
    totals_ = &totals;
    progress_ = &progress;
    std::vector<char> chunk(chunk_bytes);
    std::size_t bytes = 0;
    const auto line_too_large = [this] { return carry_.size() > settings_.limits.max_input_bytes; };
    while (true) {
        const std::size_t n = file.read(chunk.data(), chunk.size());
        if (n == 0) break;
        bytes += n;
        const std::string_view text(chunk.data(), n);
        const std::size_t last_newline = text.rfind('\n');
        if (last_newline == std::string_view::npos) {
            keep(text);
        } else {
            dispatch_lines(text.substr(0, last_newline + 1));
            keep(text.substr(last_newline + 1));
        }
        write_finished(false, false);
        progress.update(bytes, totals.inputs);
        if (line_too_large()) break; // the rest of the line could be endless
    }
    const bool stopped = line_too_large();
    if (!carry_.empty()) { // the last line, not ended by a newline
        carry_.push_back('\n');
        const std::string last = std::move(carry_);
        carry_.clear();
        dispatch_lines(last);
    }
    write_finished(true, true);
    progress.clear();
    progress_ = nullptr;
    totals_ = nullptr;
    std::fflush(stdout);
    if (stopped)
        std::fprintf(stderr, "appnotify: stopped reading %s at a line longer than %zu bytes\n",
                     shown(file_name_).c_str(), settings_.limits.max_input_bytes);
    if (!file.error().empty()) report_unreadable(settings_, file_name_, file.error(), totals);
}

} // namespace cli
