/* buf.c: growable buffers and arrays. Sizes are checked for overflow because a document may
 * be as large as the caller allows. */
#include "buf.h"

#include <stdint.h>

int vec_grow_(void **items, size_t *cap, size_t elem, size_t need) {
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2) return -1;
        n *= 2;
    }
    if (n > SIZE_MAX / elem) return -1;
    void *p = realloc(*items, n * elem);
    if (!p) return -1;
    *items = p;
    *cap = n;
    return 0;
}

int buf_reserve_growing(buf *b, size_t extra) {
    if (extra > SIZE_MAX - b->len - 1) return -1;
    if (b->len + extra + 1 <= b->cap) return 0;
    void *items = b->data;
    if (vec_grow_(&items, &b->cap, 1, b->len + extra + 1) != 0) return -1;
    b->data = items;
    return 0;
}

int buf_append_growing(buf *b, const char *s, size_t n) {
    if (buf_reserve(b, n) != 0) return -1;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

void buf_free(buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
