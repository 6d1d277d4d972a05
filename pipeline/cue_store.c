/* cue_store.c: cues packed field by field as variable-length numbers. Offsets are written as
 * the difference from the offset before them (the first from the quotation's opening), which
 * near a quotation takes one or two bytes; the other numbers are small, and the smallest (the
 * form, the mention's kind, gender and traits) share the bits of a two-byte header; a third
 * byte marks the spans that are absent, which are not written at all. */
#include "cue_store.h"

#include <stdint.h>

/* Every field of a cue is packed by name below: a field added to cue or mention must be added
 * to pack and unpack too, which this check recalls (sizes on 64-bit systems). */
#if SIZE_MAX == UINT64_MAX
_Static_assert(sizeof(mention) == 80 && sizeof(cue) == 104,
               "cue or mention changed: pack and unpack the new field in cue_store.c");
#endif

/* Packing writes into room reserved for the largest cue: a number takes at most 10 bytes, after
 * a header of three. */
enum { MOST_BYTES = 3 + 32 * 10 };

typedef struct {
    unsigned char *at;
    uint64_t last; /* the offset written before */
} packer;

static void put_number(packer *p, uint64_t v) {
    while (v >= 0x80) {
        *p->at++ = (unsigned char)(v | 0x80);
        v >>= 7;
    }
    *p->at++ = (unsigned char)v;
}

/* a signed value as an unsigned one, small either way: 0, -1, 1, -2 … as 0, 1, 2, 3 … (the
 * doubled value, its bits turned over where it is negative: without a branch) */
static void put_int(packer *p, int64_t v) {
    uint64_t negative = 0 - ((uint64_t)v >> 63);
    put_number(p, ((uint64_t)v << 1) ^ negative);
}

static void put_offset(packer *p, size_t v) {
    put_int(p, (int64_t)((uint64_t)v - p->last));
    p->last = v;
}

typedef struct {
    const unsigned char *at;
    uint64_t last;
} unpacker;

static inline uint64_t get_number(unpacker *u) {
    unsigned char b = *u->at++;
    if (b < 0x80) return b; /* most: a small number, or an offset near the one before */
    uint64_t v = b & 0x7f;
    for (unsigned shift = 7;; shift += 7) {
        b = *u->at++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (b < 0x80) return v;
    }
}

static inline int64_t get_int(unpacker *u) {
    uint64_t z = get_number(u);
    return (int64_t)((z >> 1) ^ (0 - (z & 1))); /* (put_int's turned over again) */
}

static inline size_t get_offset(unpacker *u) {
    u->last += (uint64_t)get_int(u);
    return (size_t)u->last;
}

int cue_store_empty(const cue *c) {
    const mention *m = &c->who;
    return !(c->form | m->kind | m->gender | m->possessive | m->titled | m->definite | m->org | m->weak | m->plural) &&
           !(c->verb_start | c->verb_end | m->start | m->end | m->role_start | m->role_end | m->name_start |
             m->name_end | m->surname_start | m->surname_end | m->head_start | m->head_end | m->name_tokens |
             m->next_tok);
}

/* The cue's small fields (its form, the mention's kind, gender and yes-or-no traits) in the
 * bits of one two-byte header, where each fits its bits, as nearly every cue's does; else the
 * header's GENERAL bit, and the fields written one by one after the numbers. */
enum {
    KIND_SHIFT = 2, GENDER_SHIFT = 5, TRAITS_SHIFT = 8, /* form in bits 0-1, kind 2-4, gender 5-7 */
    SMALL_FORM = 3, SMALL_KIND = 7, SMALL_GENDER = 7,
    GENERAL = 1u << 15,
};

static unsigned header_of(const cue *c) {
    const mention *m = &c->who;
    /* (each trait 0 or 1 where all of them together are) */
    if ((unsigned)c->form > SMALL_FORM || (unsigned)m->kind > SMALL_KIND || (unsigned)m->gender > SMALL_GENDER ||
        (unsigned)(m->possessive | m->titled | m->definite | m->org | m->weak | m->plural) > 1)
        return GENERAL;
    return (unsigned)c->form | (unsigned)m->kind << KIND_SHIFT | (unsigned)m->gender << GENDER_SHIFT |
           (unsigned)m->possessive << TRAITS_SHIFT | (unsigned)m->titled << (TRAITS_SHIFT + 1) |
           (unsigned)m->definite << (TRAITS_SHIFT + 2) | (unsigned)m->org << (TRAITS_SHIFT + 3) |
           (unsigned)m->weak << (TRAITS_SHIFT + 4) | (unsigned)m->plural << (TRAITS_SHIFT + 5);
}

/* The cue's spans, a bit each in a third header byte where the span is absent (its start and
 * end 0, as a cue without a role or a verb has them): written as offsets, an absent span would
 * be two far jumps back to 0 and forth again, several bytes each. */
enum { SPAN_VERB = 1, SPAN_MENTION = 2, SPAN_ROLE = 4, SPAN_NAME = 8, SPAN_SURNAME = 16, SPAN_HEAD = 32 };

static unsigned absent_spans(const cue *c) {
    const mention *m = &c->who;
    return (!(c->verb_start | c->verb_end) ? SPAN_VERB : 0) | (!(m->start | m->end) ? SPAN_MENTION : 0) |
           (!(m->role_start | m->role_end) ? SPAN_ROLE : 0) | (!(m->name_start | m->name_end) ? SPAN_NAME : 0) |
           (!(m->surname_start | m->surname_end) ? SPAN_SURNAME : 0) | (!(m->head_start | m->head_end) ? SPAN_HEAD : 0);
}

/* A span's two offsets, unless its bit (span) is set in absent. */
static void put_span(packer *p, size_t start, size_t end, unsigned absent, unsigned span) {
    if (absent & span) return;
    put_offset(p, start);
    put_offset(p, end);
}

int cue_store_add(cue_store *s, const cue *c, size_t base) {
    if (buf_reserve(&s->bytes, MOST_BYTES) != 0) return -1;
    packer p = {(unsigned char *)s->bytes.data + s->bytes.len, base};
    const mention *m = &c->who;
    unsigned h = header_of(c), absent = absent_spans(c);
    *p.at++ = (unsigned char)h;
    *p.at++ = (unsigned char)(h >> 8);
    *p.at++ = (unsigned char)absent;
    put_span(&p, c->verb_start, c->verb_end, absent, SPAN_VERB);
    put_span(&p, m->start, m->end, absent, SPAN_MENTION);
    put_span(&p, m->role_start, m->role_end, absent, SPAN_ROLE);
    put_span(&p, m->name_start, m->name_end, absent, SPAN_NAME);
    put_span(&p, m->surname_start, m->surname_end, absent, SPAN_SURNAME);
    put_span(&p, m->head_start, m->head_end, absent, SPAN_HEAD);
    put_number(&p, m->name_tokens);
    put_number(&p, m->next_tok);
    if (h & GENERAL) {
        put_int(&p, c->form);
        put_int(&p, m->kind);
        put_int(&p, m->gender);
        put_int(&p, m->possessive);
        put_int(&p, m->titled);
        put_int(&p, m->definite);
        put_int(&p, m->org);
        put_int(&p, m->weak);
        put_int(&p, m->plural);
    }
    s->bytes.len = (size_t)((char *)p.at - s->bytes.data);
    return 0;
}

/* put_span's span read back: 0 and 0 where absent. */
typedef struct {
    size_t start, end;
} cue_span;

/* (in line, always: a call for each of a cue's six spans cost more than most spans' reading,
 * and the compiler kept it one) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline cue_span get_span(unpacker *u, unsigned absent, unsigned which) {
    cue_span sp = {0, 0};
    if (absent & which) return sp;
    sp.start = get_offset(u);
    sp.end = get_offset(u);
    return sp;
}

void cue_store_next(cue_store *s, size_t base, cue *c) {
    unpacker u = {(const unsigned char *)s->bytes.data + s->read, base};
    mention *m = &c->who;
    unsigned h = (unsigned)u.at[0] | (unsigned)u.at[1] << 8, absent = u.at[2];
    u.at += 3;
    cue_span sp = get_span(&u, absent, SPAN_VERB);
    c->verb_start = sp.start, c->verb_end = sp.end;
    sp = get_span(&u, absent, SPAN_MENTION);
    m->start = sp.start, m->end = sp.end;
    sp = get_span(&u, absent, SPAN_ROLE);
    m->role_start = sp.start, m->role_end = sp.end;
    sp = get_span(&u, absent, SPAN_NAME);
    m->name_start = sp.start, m->name_end = sp.end;
    sp = get_span(&u, absent, SPAN_SURNAME);
    m->surname_start = sp.start, m->surname_end = sp.end;
    sp = get_span(&u, absent, SPAN_HEAD);
    m->head_start = sp.start, m->head_end = sp.end;
    m->name_tokens = (size_t)get_number(&u);
    m->next_tok = (size_t)get_number(&u);
    if (h & GENERAL) {
        c->form = (int)get_int(&u);
        m->kind = (int)get_int(&u);
        m->gender = (int)get_int(&u);
        m->possessive = (int)get_int(&u);
        m->titled = (int)get_int(&u);
        m->definite = (int)get_int(&u);
        m->org = (int)get_int(&u);
        m->weak = (int)get_int(&u);
        m->plural = (int)get_int(&u);
    } else {
        c->form = (int)(h & SMALL_FORM);
        m->kind = (int)(h >> KIND_SHIFT & SMALL_KIND);
        m->gender = (int)(h >> GENDER_SHIFT & SMALL_GENDER);
        m->possessive = (int)(h >> TRAITS_SHIFT & 1);
        m->titled = (int)(h >> (TRAITS_SHIFT + 1) & 1);
        m->definite = (int)(h >> (TRAITS_SHIFT + 2) & 1);
        m->org = (int)(h >> (TRAITS_SHIFT + 3) & 1);
        m->weak = (int)(h >> (TRAITS_SHIFT + 4) & 1);
        m->plural = (int)(h >> (TRAITS_SHIFT + 5) & 1);
    }
    s->read = (size_t)((const char *)u.at - s->bytes.data);
}

void cue_store_clear(cue_store *s) {
    s->bytes.len = 0;
    s->read = 0;
}

void cue_store_free(cue_store *s) {
    buf_free(&s->bytes);
    s->read = 0;
}
