/* offset_map.c: building a decoded text piece by piece, and mapping its offsets back to the
 * input (see offset_map.h). */
#include "offset_map.h"

#include <string.h>

void offset_map_reset(offset_map *m, const char *raw, size_t len) {
    m->raw = raw;
    m->raw_len = len;
    m->text.len = 0;
    m->pieces.len = 0;
    m->failed = buf_append(&m->text, "", 0) != 0;
}

void offset_map_free(offset_map *m) {
    buf_free(&m->text);
    VEC_FREE(&m->pieces);
    document_free(&m->raw_cp);
}

static void add_piece(offset_map *m, size_t at, size_t n, size_t k, int copy) {
    map_piece *last = m->pieces.len ? &m->pieces.items[m->pieces.len - 1] : NULL;
    if (copy && last && last->copy && last->raw + last->raw_len == at) { /* one run of copies */
        last->dec_len += k;
        last->raw_len += n;
        return;
    }
    map_piece p = {m->text.len - k, at, k, n, copy};
    if (VEC_PUSH(&m->pieces, p) != 0) m->failed = 1;
}

void offset_map_copy(offset_map *m, size_t at, size_t n) {
    if (!n) return;
    if (buf_append(&m->text, m->raw + at, n) != 0) m->failed = 1;
    else add_piece(m, at, n, n, 1);
}

void offset_map_replace(offset_map *m, size_t at, size_t n, const char *bytes, size_t k) {
    if (!k) return;
    if (buf_append(&m->text, bytes, k) != 0) m->failed = 1;
    else add_piece(m, at, n, k, k == n && !memcmp(bytes, m->raw + at, n));
}

int offset_map_finish(offset_map *m) {
    if (!m->failed && document_init(&m->raw_cp, m->raw, m->raw_len) != 0) m->failed = 1;
    return m->failed ? -1 : 0;
}

/* The piece holding decoded byte d (d < the decoded length). */
static const map_piece *piece_of(const offset_map *m, size_t d) {
    size_t lo = 0, hi = m->pieces.len;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->pieces.items[mid].dec <= d) lo = mid;
        else hi = mid;
    }
    return &m->pieces.items[lo];
}

size_t offset_map_raw_start(const offset_map *m, size_t d) {
    if (!m->pieces.len) return 0;
    if (d >= m->text.len) return offset_map_raw_end(m, m->text.len);
    const map_piece *p = piece_of(m, d);
    return p->copy ? p->raw + (d - p->dec) : p->raw;
}

size_t offset_map_raw_end(const offset_map *m, size_t d) {
    if (!m->pieces.len) return 0;
    if (d == 0) return m->pieces.items[0].raw;
    if (d > m->text.len) d = m->text.len;
    const map_piece *p = piece_of(m, d - 1);
    return p->copy ? p->raw + (d - p->dec) : p->raw + p->raw_len;
}

static whosaid_value number(size_t n) {
    whosaid_value v = {WHOSAID_INT, {NULL, 0}, (int64_t)n};
    return v;
}

/* The input span of a slice of the decoded text. */
static void span_of(const offset_map *m, whosaid_slice s, size_t *a, size_t *b) {
    size_t d = (size_t)(s.ptr - m->text.data);
    *a = offset_map_raw_start(m, d);
    *b = s.len ? offset_map_raw_end(m, d + s.len) : *a;
    if (*b < *a) *b = *a;
}

whosaid_value offset_map_field(const offset_map *m, const whosaid_record *rec, size_t i) {
    whosaid_value v = whosaid_record_get(rec, i);
    if (v.kind != WHOSAID_INT) return v;
    const char *name = whosaid_field_name(i);
    int mention = !strncmp(name, "mention_", 8), end = !strcmp(name + strlen(name) - 3, "end");
    int bytes = !strncmp(name, "byte_", 5);
    if (!mention && !bytes && strcmp(name, "start") && strcmp(name, "end")) return v; /* sentence, paragraph */
    whosaid_value s = whosaid_record_get(rec, (size_t)whosaid_field_index(mention ? "mention" : "quote"));
    if (s.kind != WHOSAID_STRING) return v;
    size_t a, b;
    span_of(m, s.str, &a, &b);
    size_t raw = end ? b : a;
    return number(bytes ? raw : document_cp(&m->raw_cp, raw));
}
