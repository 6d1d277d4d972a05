/* document.c: reading a document's characters once to index code-point offsets. */
#include "document.h"

#include "scan.h"
#include "utf8.h"

int document_init(document *d, const char *text, size_t len) {
    d->text = (const unsigned char *)text;
    d->len = len;
    d->checkpoints.len = 0;
    size_t cp = 0, next_block = 0;
    d->valid_utf8 = 1;
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

size_t document_cp(const document *d, size_t byte) {
    if (byte >= d->len) return d->checkpoints.items[d->checkpoints.len - 1].cp;
    size_t k = byte / CP_BLOCK;
    if (k >= d->checkpoints.len - 1) k = d->checkpoints.len - 2;
    while (k > 0 && d->checkpoints.items[k].byte > byte) k--;
    size_t i = d->checkpoints.items[k].byte, cp = d->checkpoints.items[k].cp;
    if (d->valid_utf8) return cp + count_char_starts(d->text, i, byte, d->len);
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
