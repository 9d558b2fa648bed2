// SPDX-License-Identifier: MIT
// The md4c-html program the CLI is measured against (bench/cli/measure): what md4c's md2html
// does by default, written here because Debian ships libmd4c-html but not md2html. Standard
// input is read into one growing buffer, md_html (CommonMark, no extension, as md2html's
// default) renders into a buffer sized from the input, and the HTML is written with one fwrite.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <md4c-html.h>

struct buffer {
    char* data;
    size_t size, capacity;
};

static void reserve(struct buffer* b, size_t capacity) {
    if (capacity <= b->capacity) return;
    b->data = realloc(b->data, capacity);
    if (b->data == NULL) {
        fputs("md2html: out of memory\n", stderr);
        exit(2);
    }
    b->capacity = capacity;
}

static void append(const MD_CHAR* text, MD_SIZE size, void* user) {
    struct buffer* out = user;
    if (out->size + size > out->capacity) reserve(out, 2 * (out->size + size));
    memcpy(out->data + out->size, text, size);
    out->size += size;
}

int main(void) {
    struct buffer in = {NULL, 0, 0}, out = {NULL, 0, 0};
    reserve(&in, 32 * 1024);
    for (;;) {
        if (in.size == in.capacity) reserve(&in, 2 * in.capacity);
        size_t n = fread(in.data + in.size, 1, in.capacity - in.size, stdin);
        if (n == 0) break;
        in.size += n;
    }
    reserve(&out, in.size + in.size / 8 + 64);
    if (md_html(in.data, (MD_SIZE)in.size, append, &out, 0, 0) != 0) {
        fputs("md2html: parsing failed\n", stderr);
        return 1;
    }
    fwrite(out.data, 1, out.size, stdout);
    free(in.data);
    free(out.data);
    return 0;
}
