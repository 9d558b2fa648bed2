// SPDX-License-Identifier: MIT
// Running the appnotify tool from tests: arguments, standard input and environment in; exit
// status, standard output and standard error out. Optionally on a pseudo-terminal, to test
// what the tool does when it talks to a person.
#ifndef APPNOTIFY_TEST_PROCESS_HPP
#define APPNOTIFY_TEST_PROCESS_HPP

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace test {

struct run_result {
    int status = -1; // exit status, or -1 when the process did not exit normally
    std::string out;
    std::string err;
    long peak_rss_kib = 0; // the process's peak resident memory (getrusage's ru_maxrss)
};

struct run_options {
    std::string input;                      // written to standard input
    std::vector<std::string> environment;   // NAME=value entries added to a clean colour setting
    bool terminal = false;                  // standard output and error on a pseudo-terminal
    std::string working_directory;
};

inline run_result run_tool(const std::vector<std::string>& args, const run_options& options = {}) {
    int in_pipe[2], out_pipe[2], err_pipe[2];
    int master = -1;
    if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return {};
    pid_t pid;
    if (options.terminal) {
        pid = forkpty(&master, nullptr, nullptr, nullptr);
    } else {
        pid = fork();
    }
    if (pid == 0) {
        dup2(in_pipe[0], 0);
        if (!options.terminal) {
            dup2(out_pipe[1], 1);
            dup2(err_pipe[1], 2);
        }
        for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
        unsetenv("NO_COLOR");
        unsetenv("FORCE_COLOR");
        for (const std::string& entry : options.environment) putenv(const_cast<char*>(entry.c_str()));
        if (!options.working_directory.empty() && chdir(options.working_directory.c_str()) != 0) _exit(127);
        std::vector<char*> argv;
        std::string program = APPNOTIFY_CLI_PATH;
        argv.push_back(program.data());
        std::vector<std::string> copies = args;
        for (std::string& a : copies) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    run_result result;
    std::size_t written = 0;
    if (options.input.empty()) close(in_pipe[1]);
    bool in_open = !options.input.empty();
    const int out_fd = options.terminal ? master : out_pipe[0];
    bool out_open = true, err_open = !options.terminal;
    if (options.terminal) close(err_pipe[0]);
    while (out_open || err_open || in_open) {
        pollfd fds[3];
        int n = 0;
        int out_i = -1, err_i = -1, in_i = -1;
        if (out_open) { fds[n] = {out_fd, POLLIN, 0}; out_i = n++; }
        if (err_open) { fds[n] = {err_pipe[0], POLLIN, 0}; err_i = n++; }
        if (in_open) { fds[n] = {in_pipe[1], POLLOUT, 0}; in_i = n++; }
        if (poll(fds, static_cast<nfds_t>(n), 10000) <= 0) break;
        char buffer[65536];
        const auto drain = [&](int i, int fd, std::string& into, bool& open) {
            if (i < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) return;
            const ssize_t got = read(fd, buffer, sizeof buffer);
            if (got > 0) into.append(buffer, static_cast<std::size_t>(got));
            else open = false; // EOF, or EIO once the terminal's other side is closed
        };
        drain(out_i, out_fd, result.out, out_open);
        drain(err_i, err_pipe[0], result.err, err_open);
        if (in_i >= 0 && (fds[in_i].revents & (POLLOUT | POLLERR | POLLHUP))) {
            const ssize_t put = write(in_pipe[1], options.input.data() + written, options.input.size() - written);
            if (put > 0) written += static_cast<std::size_t>(put);
            if (put <= 0 || written == options.input.size()) {
                close(in_pipe[1]);
                in_open = false;
            }
        }
    }
    if (in_open) close(in_pipe[1]);
    close(out_fd);
    if (!options.terminal) close(err_pipe[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peak_rss_kib = usage.ru_maxrss;
    return result;
}

} // namespace test

#endif // APPNOTIFY_TEST_PROCESS_HPP
