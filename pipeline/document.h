/* document.h: one document's bytes (never modified) and the map from byte offsets to
 * code-point offsets that the output needs. */
#ifndef WHOSAID_DOCUMENT_H
#define WHOSAID_DOCUMENT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Byte offsets kept per document (sentences, quotations, mentions, people) are 32 bits wide, so
 * that a text dense with quotations or names keeps a few bytes per input byte, not tens: the
 * library refuses a document of DOCUMENT_MAX_BYTES or more (WHOSAID_ETOOBIG). Working values
 * (in functions, in tokens and name phrases while they are read) stay size_t. */
#define DOCUMENT_MAX_BYTES ((size_t)UINT32_MAX)

typedef struct {
    uint32_t byte, cp;
} cp_checkpoint;

typedef struct {
    const unsigned char *text;
    size_t len;
    size_t cps; /* code points in all */
    /* Of a text of valid UTF-8, where a character is a byte that is no continuation byte and
     * the continuation bytes after it: for the 64 bytes from 64 * k, a bit for each continuation
     * byte (byte 64 * k + i in bit i), and how many continuation bytes come before them. A
     * byte's code-point offset is then the byte's less the continuation bytes before it, told by
     * two reads and a count of bits, where counting the characters from a checkpoint read up to
     * a block of the text again at each look-up (two quotations' and mentions' ends a record). */
    VEC(uint64_t) continuation_bits;
    VEC(uint32_t) continuations_before;
    /* Of a text that is not (valid_utf8 0): checkpoint k, the first character start at or after
     * byte k * CP_BLOCK, and its code-point index; a look-up decodes forward from the nearest
     * one, so it costs O(CP_BLOCK). */
    VEC(cp_checkpoint) checkpoints;
    /* every character decoded as valid UTF-8: a character is then one byte that is no
     * continuation byte and the continuation bytes after it, and document_cp counts the former
     * instead of decoding */
    int valid_utf8;
    /* set by a caller that has checked the text before document_init (the command line's JSON
     * reader checks every character as it decodes the text field): the index is then counted
     * without decoding, sixteen bytes a step. document_init clears it: it holds for one text. */
    int checked_utf8;
} document;

#define CP_BLOCK 128

int document_init(document *d, const char *text, size_t len);
void document_free(document *d);

/* Code-point offset of a byte offset that falls on a character boundary. */
size_t document_cp(const document *d, size_t byte);
/* document_cp of both ends of a span [a, b): in text that is not valid UTF-8, b counted on from
 * a where a is nearer than b's checkpoint (a quotation or a mention within a block). */
void document_cp_span(const document *d, size_t a, size_t b, size_t *cp_a, size_t *cp_b);

#endif
