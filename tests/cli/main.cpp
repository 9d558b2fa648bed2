// SPDX-License-Identifier: MIT
// The command-line tests: each case runs the built appnotify executable.
#define BOOST_TEST_MODULE appnotify_cli
#include <boost/test/unit_test.hpp>
