// SPDX-License-Identifier: MIT
// Reading inputs: whole files or standard input, and files in chunks for streaming.
#ifndef APPNOTIFY_CLI_INPUT_HPP
#define APPNOTIFY_CLI_INPUT_HPP

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <sys/stat.h>

namespace cli {

/// A file opened for reading ("-" is standard input), closed when it goes out of scope.
class input_file {
public:
    explicit input_file(const std::string& path) : path_(path) {
        if (path == "-") {
            file_ = stdin;
        } else {
            file_ = std::fopen(path.c_str(), "rb");
            if (file_ == nullptr) error_ = std::strerror(errno);
        }
    }
    ~input_file() {
        if (file_ != nullptr && file_ != stdin) std::fclose(file_);
    }
    input_file(const input_file&) = delete;
    input_file& operator=(const input_file&) = delete;

    bool ok() const { return file_ != nullptr && error_.empty(); }
    const std::string& error() const { return error_; }
    /// How the input is named in diagnostics.
    std::string name() const { return path_ == "-" ? "<stdin>" : path_; }

    /// Reads up to `size` bytes into `buffer`; returns the count, 0 at the end or on error.
    std::size_t read(char* buffer, std::size_t size) {
        const std::size_t n = std::fread(buffer, 1, size, file_);
        if (n == 0 && std::ferror(file_)) error_ = std::strerror(errno);
        return n;
    }

    /// Reads at most `limit` bytes and stops there: an input larger than the limit (or endless:
    /// /dev/zero, a FIFO, a device) is known to be too large without reading the rest. The bytes
    /// go straight into `out`, without a staging copy: a regular file into one buffer of its size
    /// (and a byte more, which sees that it has grown; an empty file costs nothing), anything else
    /// into a buffer that doubles as the bytes come.
    bool read_all(std::string& out, std::size_t limit) {
        constexpr std::size_t first_block = 4096;
        std::size_t expected = 0;
        const bool regular = regular_file_size(expected);
        std::size_t size = 0;
        out.resize(std::min(limit, regular ? expected + 1 : first_block));
        while (size < limit) {
            if (size == out.size()) out.resize(std::min(limit, 2 * size));
            const std::size_t n = read(&out[size], out.size() - size);
            if (n == 0) break;
            size += n;
        }
        out.resize(size);
        return error_.empty();
    }

private:
    /// Whether the file is a regular one, and then its size in `size` (a pipe, a terminal or a
    /// device has none that can be relied on).
    bool regular_file_size(std::size_t& size) const {
        struct stat st {};
        if (::fstat(::fileno(file_), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < 0) return false;
        size = static_cast<std::size_t>(st.st_size);
        return true;
    }

    std::string path_;
    std::FILE* file_ = nullptr;
    std::string error_;
};

} // namespace cli

#endif // APPNOTIFY_CLI_INPUT_HPP
