// SPDX-License-Identifier: MIT
// The test module: every other file of the suite adds its cases to it.
#define BOOST_TEST_MODULE appnotify
#include <boost/test/unit_test.hpp>
