/* document.c: reading a document's characters once to index code-point offsets. */
#include "document.h"

#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "scan.h"
#include "utf8.h"

/* The continuation bytes (10xxxxxx) of the 64 bytes at s, a bit each (byte i in bit i). */
static inline uint64_t continuation_bits64(const unsigned char *s) {
#if defined(__SSE2__)
    /* (a continuation byte is, read as a signed char, below -64) */
    const __m128i below = _mm_set1_epi8(-64);
#define CONTINUATION_BITS16(k) \
    ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + 16 * (k))), below)) << (16 * (k)))
    return CONTINUATION_BITS16(0) | CONTINUATION_BITS16(1) | CONTINUATION_BITS16(2) | CONTINUATION_BITS16(3);
#undef CONTINUATION_BITS16
#else
    uint64_t bits = 0;
    for (size_t i = 0; i < 64; i++) bits |= (uint64_t)((s[i] & 0xC0) == 0x80) << i;
    return bits;
#endif
}

/* The index of a text of valid UTF-8 (document.continuation_bits), and its code points. */
static int index_valid(document *d) {
    size_t words = d->len / 64 + 1, before = 0, full = d->len / 64;
    if (VEC_RESERVE(&d->continuation_bits, words) != 0 || VEC_RESERVE(&d->continuations_before, words) != 0) return -1;
    for (size_t k = 0; k < words; k++) {
        uint64_t bits = 0;
        if (k < full) {
            bits = continuation_bits64(d->text + 64 * k);
        } else {
            for (size_t i = 64 * k; i < d->len; i++) bits |= (uint64_t)((d->text[i] & 0xC0) == 0x80) << (i % 64);
        }
        d->continuation_bits.items[k] = bits;
        d->continuations_before.items[k] = (uint32_t)before;
        before += bits ? document_bits_set(bits) : 0; /* (none in most of a text: its ASCII) */
    }
    d->continuation_bits.len = d->continuations_before.len = words;
    d->cps = d->len - before;
    return 0;
}

/* Empties the memo: a new stamp, or every slot cleared where the stamps have come round. */
static void text_memo_clear(text_memo *m) {
    m->used = 0;
    if (++m->stamp == 0) {
        if (m->slots) memset(m->slots, 0, TEXT_MEMO_SLOTS * sizeof *m->slots);
        m->stamp = 1;
    }
}

text_memo_slot *document_first_name_slot(const document *d, const void *rules, size_t start, size_t n) {
    text_memo *m = (text_memo *)&d->first_names; /* (the document's own: see document.h) */
    if (m->rules != rules) {
        text_memo_clear(m);
        m->rules = rules;
    }
    if (!n || n > TEXT_MEMO_WORD_MAX) return NULL;
    if (!m->slots && !(m->slots = calloc(TEXT_MEMO_SLOTS, sizeof *m->slots))) return NULL;
    /* (at most three quarters full, so that a probe ends soon at an empty slot: full, it starts
     * again empty) */
    if (m->used >= TEXT_MEMO_SLOTS / 4 * 3) text_memo_clear(m);
    const char *w = (const char *)d->text + start;
    uint64_t head = word_bytes(w, n < 8 ? n : 8), tail = n > 8 ? word_bytes(w + n - 8, 8) : 0;
    uint64_t key = head ^ n ^ tail * 3;
    for (size_t i = (size_t)((key * WORD_HASH_K) >> (64 - TEXT_MEMO_BITS));; i = (i + 1) & (TEXT_MEMO_SLOTS - 1)) {
        text_memo_slot *slot = &m->slots[i];
        if (slot->stamp != m->stamp) {
            m->used++;
            *slot = (text_memo_slot){head, tail, (uint32_t)n, TEXT_MEMO_UNKNOWN, m->stamp};
            return slot;
        }
        if (slot->head == head && slot->tail == tail && slot->len == n) return slot;
    }
}

int document_init(document *d, const char *text, size_t len) {
    d->text = (const unsigned char *)text;
    d->len = len;
    d->checkpoints.len = 0;
    d->valid_utf8 = 1;
    if (d->checked_utf8) {
        d->checked_utf8 = 0;
        return index_valid(d);
    }
    size_t cp = 0, next_block = 0;
    for (size_t i = 0; i < len;) {
        while (i >= next_block) {
            cp_checkpoint c = {i, cp};
            if (VEC_PUSH(&d->checkpoints, c) != 0) return -1;
            next_block += CP_BLOCK;
        }
        /* an ASCII run counts a character a byte, up to the next checkpoint */
        size_t stop = next_block < len ? next_block : len, a = scan_ascii(d->text, i, stop);
        cp += a - i;
        i = a;
        if (i >= stop) continue;
        int32_t ch;
        i += utf8_next(d->text, len, i, &ch);
        if (ch < 0) d->valid_utf8 = 0;
        cp++;
    }
    cp_checkpoint end = {len, cp};
    d->cps = cp;
    if (d->valid_utf8) return index_valid(d);
    return VEC_PUSH(&d->checkpoints, end);
}

void document_free(document *d) {
    free(d->first_names.slots);
    d->first_names = (text_memo){0};
    VEC_FREE(&d->checkpoints);
    VEC_FREE(&d->continuation_bits);
    VEC_FREE(&d->continuations_before);
}

/* The nearest checkpoint at or before byte (byte < d->len). */
static const cp_checkpoint *checkpoint_before(const document *d, size_t byte) {
    size_t k = byte / CP_BLOCK;
    if (k >= d->checkpoints.len - 1) k = d->checkpoints.len - 2;
    while (k > 0 && d->checkpoints.items[k].byte > byte) k--;
    return &d->checkpoints.items[k];
}

/* The code-point offset of byte, counted on from a character start i (<= byte) at code point cp,
 * in text that is not valid UTF-8. */
static size_t count_on(const document *d, size_t i, size_t cp, size_t byte) {
    while (i < byte) {
        size_t a = scan_ascii(d->text, i, byte);
        cp += a - i;
        i = a;
        if (i >= byte) break;
        int32_t ch;
        i += utf8_next(d->text, d->len, i, &ch);
        cp++;
    }
    return cp;
}

/* From checkpoint c: a block with as many characters as bytes (ASCII, the most of a news text)
 * needs no counting. */
static size_t cp_from_checkpoint(const document *d, const cp_checkpoint *c, size_t byte) {
    const cp_checkpoint *next = c + 1; /* (the last checkpoint is the end's, never c) */
    if (next->byte - c->byte == next->cp - c->cp) return c->cp + (byte - c->byte);
    return count_on(d, c->byte, c->cp, byte);
}


size_t document_cp(const document *d, size_t byte) {
    if (byte >= d->len) return d->cps;
    if (d->valid_utf8) return document_cp_in_valid(d, byte);
    return cp_from_checkpoint(d, checkpoint_before(d, byte), byte);
}

void document_cp_span_read(const document *d, size_t a, size_t b, size_t *cp_a, size_t *cp_b) {
    *cp_a = document_cp(d, a);
    /* (counting on from a in text that is not all valid UTF-8 could count otherwise than from a
     * checkpoint, were a no character start) */
    if (b < a || b >= d->len || d->valid_utf8) {
        *cp_b = document_cp(d, b);
        return;
    }
    const cp_checkpoint *c = checkpoint_before(d, b);
    *cp_b = c->byte > a ? cp_from_checkpoint(d, c, b) : count_on(d, a, *cp_a, b);
}
