/* document.c: reading a document's characters once to index code-point offsets. */
#include "document.h"

#include "scan.h"
#include "utf8.h"

/* document_init for a text known to be valid UTF-8: the same checkpoints, without decoding. A
 * block's first character start is its first byte but for the continuation bytes of a
 * character begun in the block before, so the code point there is the number of bytes before the
 * block that are no continuation byte. */
static int index_checked(document *d) {
    const unsigned char *s = d->text;
    size_t len = d->len, cp = 0, block = 0;
    for (; block < len; block += CP_BLOCK) {
        size_t start = block;
        while (start < len && (s[start] & 0xC0) == 0x80) start++;
        if (start >= len) break;
        cp_checkpoint c = {(uint32_t)start, (uint32_t)cp};
        if (VEC_PUSH(&d->checkpoints, c) != 0) return -1;
        cp += block + CP_BLOCK <= len ? count_char_starts128(s, block) : count_char_starts(s, block, len);
    }
    cp_checkpoint end = {(uint32_t)len, (uint32_t)cp};
    return VEC_PUSH(&d->checkpoints, end);
}

_Static_assert(CP_BLOCK == 128, "index_checked counts a block as count_char_starts128 does");

int document_init(document *d, const char *text, size_t len) {
    d->text = (const unsigned char *)text;
    d->len = len;
    d->checkpoints.len = 0;
    d->valid_utf8 = 1;
    if (d->checked_utf8) {
        d->checked_utf8 = 0;
        return index_checked(d);
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
    return VEC_PUSH(&d->checkpoints, end);
}

void document_free(document *d) { VEC_FREE(&d->checkpoints); }

/* The nearest checkpoint at or before byte (byte < d->len). */
static const cp_checkpoint *checkpoint_before(const document *d, size_t byte) {
    size_t k = byte / CP_BLOCK;
    if (k >= d->checkpoints.len - 1) k = d->checkpoints.len - 2;
    while (k > 0 && d->checkpoints.items[k].byte > byte) k--;
    return &d->checkpoints.items[k];
}

/* The code-point offset of byte, counted on from a character start i (<= byte) at code point cp. */
static size_t count_on(const document *d, size_t i, size_t cp, size_t byte) {
    if (d->valid_utf8) return cp + count_char_starts(d->text, i, byte);
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
    if (byte >= d->len) return d->checkpoints.items[d->checkpoints.len - 1].cp;
    return cp_from_checkpoint(d, checkpoint_before(d, byte), byte);
}

void document_cp_span(const document *d, size_t a, size_t b, size_t *cp_a, size_t *cp_b) {
    *cp_a = document_cp(d, a);
    if (b < a || b >= d->len || !d->valid_utf8) {
        /* (counting on from a in text that is not all valid UTF-8 could count otherwise than
         * from a checkpoint, were a no character start) */
        *cp_b = document_cp(d, b);
        return;
    }
    const cp_checkpoint *c = checkpoint_before(d, b);
    *cp_b = c->byte > a ? cp_from_checkpoint(d, c, b) : count_on(d, a, *cp_a, b);
}
