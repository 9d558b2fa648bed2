// SPDX-License-Identifier: MIT
// Reading inputs: whole files or standard input, and files in chunks for streaming.
#ifndef APPNOTIFY_CLI_INPUT_HPP
#define APPNOTIFY_CLI_INPUT_HPP

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

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
    /// /dev/zero, a FIFO, a device) is known to be too large without reading the rest.
    bool read_all(std::string& out, std::size_t limit) {
        out.clear();
        char buffer[65536];
        while (out.size() < limit) {
            const std::size_t room = limit - out.size();
            const std::size_t n = read(buffer, room < sizeof buffer ? room : sizeof buffer);
            if (n == 0) break;
            out.append(buffer, n);
        }
        return error_.empty();
    }

private:
    std::string path_;
    std::FILE* file_ = nullptr;
    std::string error_;
};

} // namespace cli

#endif // APPNOTIFY_CLI_INPUT_HPP
