/* buf.h: the two string types of whosaid (an owning growable buffer, and whosaid_slice from
 * the public header as the non-owning view) plus a typed growable array. */
#ifndef WHOSAID_BUF_H
#define WHOSAID_BUF_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid.h"

typedef struct {
    char *data;
    size_t len, cap;
} buf;

int buf_reserve_growing(buf *b, size_t extra);
/* Room for extra more bytes and the NUL; -1 on no memory. Inline for the output's many small
 * pieces, where there is almost always room already. */
static inline int buf_reserve(buf *b, size_t extra) {
    return extra < b->cap - b->len ? 0 : buf_reserve_growing(b, extra);
}
int buf_append_growing(buf *b, const char *s, size_t n);
void buf_free(buf *b);

/* Appends n bytes and keeps the buffer NUL-terminated; -1 on no memory. Inline because the
 * output is written in many small pieces; growing is the rare case. */
static inline int buf_append(buf *b, const char *s, size_t n) {
    if (n < b->cap - b->len) { /* room for the bytes and the NUL (cap > len whenever data exists) */
        if (n) memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
        return 0;
    }
    return buf_append_growing(b, s, n);
}

static inline int buf_putc(buf *b, char c) { return buf_append(b, &c, 1); }

static inline whosaid_slice slice_of(const char *p, size_t n) {
    whosaid_slice s = {p, n};
    return s;
}

/* A growable array of T: VEC(T) v = {0}; VEC_PUSH(&v, x) returns 0 or -1 on no memory. */
#define VEC(T) struct { T *items; size_t len, cap; }
int vec_grow_(void **items, size_t *cap, size_t elem, size_t need);
#define VEC_PUSH(v, x)                                                                  \
    (((v)->len < (v)->cap ||                                                            \
      vec_grow_((void **)&(v)->items, &(v)->cap, sizeof *(v)->items, (v)->len + 1) == 0) \
         ? ((v)->items[(v)->len++] = (x), 0)                                           \
         : -1)
/* Room for n items in all (len unchanged): 0, or -1 without memory. */
#define VEC_RESERVE(v, n) \
    ((n) <= (v)->cap || vec_grow_((void **)&(v)->items, &(v)->cap, sizeof *(v)->items, (n)) == 0 ? 0 : -1)
#define VEC_FREE(v) (free((v)->items), (v)->items = NULL, (v)->len = (v)->cap = 0)

/* Sets out to the index of the first of arr[0, n) for which `arr[k].field op key` fails, or n:
 * a binary search, the items ordered so that the test holds for a prefix of them. The half a
 * step keeps is chosen without a branch (a conditional move): which way a search turns is a coin
 * toss, and a branch on it is mispredicted half the time. */
#define SEARCH_PREFIX(out, arr, n, field, op, key)                              \
    do {                                                                         \
        size_t base_ = 0, n_ = (n);                                              \
        while (n_ > 1) {                                                         \
            size_t half_ = n_ / 2;                                               \
            base_ = (arr)[base_ + half_].field op (key) ? base_ + half_ : base_; \
            n_ -= half_;                                                         \
        }                                                                        \
        (out) = base_ + (n_ && (arr)[base_].field op (key));                     \
    } while (0)

/* The body of a function that returns the index of the first item of vec whose field is not
 * below key, or vec.len: a binary search, the items sorted by that field. */
#define VEC_RETURN_FIRST_FROM(vec, field, key)                        \
    do {                                                              \
        size_t first_;                                                \
        SEARCH_PREFIX(first_, (vec).items, (vec).len, field, <, key); \
        return first_;                                                \
    } while (0)

/* Indices (of sentences): 32 bits, as every offset a document keeps (see document.h). */
typedef VEC(uint32_t) index_vec;

#endif
