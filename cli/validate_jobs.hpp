// SPDX-License-Identifier: MIT
// `appnotify validate --ndjson --jobs N`: NDJSON records validated by N threads, the findings
// written in input order, in memory bounded by N and not by the input.
#ifndef APPNOTIFY_CLI_VALIDATE_JOBS_HPP
#define APPNOTIFY_CLI_VALIDATE_JOBS_HPP

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "validate_report.hpp"

namespace cli {

/// The threads of a run and the ring of batches they share. The main thread reads a file in the
/// chunks the sequential path reads, cuts the complete lines into batches of whole lines and
/// hands them out through a ring of reused slots; each worker validates a batch with its own
/// reused appnotify::ndjson_validator into the slot's output buffer and counts; the main thread
/// writes the oldest finished batch, so the output is the sequential path's, byte for byte. When
/// the ring is full the main thread waits for its oldest batch: memory is bounded by the ring,
/// whatever the input's length.
class parallel_validation {
public:
    /// Starts `settings.jobs` workers, or as many as the system allows (see workers()).
    explicit parallel_validation(const validate_settings& settings);
    /// Stops and joins the workers.
    ~parallel_validation();
    parallel_validation(const parallel_validation&) = delete;
    parallel_validation& operator=(const parallel_validation&) = delete;

    /// The workers started: 0 when none could be, and then nothing can be validated here.
    [[nodiscard]] std::size_t workers() const noexcept { return threads_.size(); }

    /// Validates every line of the file at `path` ("-" is standard input), as the sequential
    /// path does: the same records, findings, summary counts, progress bar, stop at a line over
    /// the size limit and report of a read error.
    void validate_file(const std::string& path, tally& totals);

private:
    struct batch {
        std::string text;             // whole lines, the last one ended by '\n'
        std::size_t lines_before = 0; // lines of the file before the batch's first
        std::size_t line_count = 0;   // the '\n's in text
        const std::string* file_name = nullptr;
        std::string out;              // the findings, as they are written
        record_counts counts;
        bool done = false;
    };

    void work();
    void validate_batch(batch& b, appnotify::ndjson_validator& validator, std::size_t& lines_fed) const;

    void dispatch_lines(std::string_view complete);
    void keep(std::string_view part);
    batch& free_slot();
    void submit();
    /// Writes the finished batches at the front of the ring, waiting for the front one when
    /// `wait`; with `all`, until every batch handed out is written.
    void write_finished(bool wait, bool all);
    void write_batch(batch& b);

    const validate_settings& settings_;
    std::vector<batch> ring_;
    std::vector<std::thread> threads_;
    std::mutex mutex_;
    std::condition_variable work_ready_; // workers wait for a batch
    std::condition_variable batch_done_; // the main thread waits for the front batch
    std::uint64_t handed_out_ = 0;       // batches submitted; slot = number % ring size
    std::uint64_t taken_ = 0;            // batches taken by workers
    std::uint64_t written_ = 0;          // batches written (the front of the ring)
    bool stopping_ = false;

    // The main thread's, for the file being read.
    std::string carry_; // the incomplete last line, cut at max_input_bytes + 1
    std::string file_name_;
    std::size_t lines_before_ = 0;
    tally* totals_ = nullptr;
    progress_bar* progress_ = nullptr;
    bool sarif_results_written_ = false; // the log has a result: the next starts with its comma
};

} // namespace cli

#endif // APPNOTIFY_CLI_VALIDATE_JOBS_HPP
