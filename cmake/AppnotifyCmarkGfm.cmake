# SPDX-License-Identifier: MIT
# libcmark-gfm, the oracle of the markdown differential test and fuzz harness (Debian:
# libcmark-gfm-dev). Only tests and fuzzers link it, never the library. Defines the imported
# target appnotify_cmark_gfm when the library is found.
#
# Found by header and library rather than through pkg-config: Debian's libcmark-gfm.pc also
# names libcmark-gfm-extensions, which libcmark-gfm-dev does not install (nor do we need it).
if(NOT TARGET appnotify_cmark_gfm)
    find_path(APPNOTIFY_CMARK_GFM_INCLUDE_DIR cmark-gfm.h)
    find_library(APPNOTIFY_CMARK_GFM_LIBRARY cmark-gfm)
    if(APPNOTIFY_CMARK_GFM_INCLUDE_DIR AND APPNOTIFY_CMARK_GFM_LIBRARY)
        add_library(appnotify_cmark_gfm INTERFACE IMPORTED GLOBAL)
        target_include_directories(appnotify_cmark_gfm SYSTEM INTERFACE "${APPNOTIFY_CMARK_GFM_INCLUDE_DIR}")
        target_link_libraries(appnotify_cmark_gfm INTERFACE "${APPNOTIFY_CMARK_GFM_LIBRARY}")
    endif()
endif()
