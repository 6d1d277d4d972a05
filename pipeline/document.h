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

/* A slot of a text_memo: a word of up to TEXT_MEMO_WORD_MAX bytes by its length and its bytes
 * (the first eight and the last eight: all of them), the answer kept for it, and the memo's
 * stamp when it was written (a slot of another stamp is empty). */
typedef struct {
    uint64_t head, tail; /* word_bytes of its first min(len, 8) bytes; of its last 8 past 8, else 0 */
    uint32_t len;
    int32_t value;
    uint32_t stamp;
} text_memo_slot;

/* Answers to one question asked of words by their bytes, again and again (the same names in
 * sentence after sentence, and in text after text), for one set of rules: an open-addressed
 * table of TEXT_MEMO_SLOTS slots, made when first asked and kept from one text to the next of
 * the worker's document (the words are told by their bytes, not by where they stand), emptied
 * (a new stamp: no slot is written over) where other rules ask or where it is three quarters
 * full. What is asked of it is the caller's (document_first_name_slot). */
typedef struct {
    text_memo_slot *slots;
    const void *rules; /* the rules the answers are for: others empty the memo */
    uint32_t stamp, used;
} text_memo;
enum { TEXT_MEMO_BITS = 10, TEXT_MEMO_SLOTS = 1 << TEXT_MEMO_BITS, TEXT_MEMO_WORD_MAX = 16 };
/* The value of a slot that holds no answer yet. */
#define TEXT_MEMO_UNKNOWN INT32_MIN

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
    /* whether a word is a first name (rules_first_name), by its text: the grammar asks it of
     * the same capitalised words in sentence after sentence, and the look-up, in two sets (the
     * language's and the shared base of thousands), costs several times the memo's */
    text_memo first_names;
} document;

#define CP_BLOCK 128

int document_init(document *d, const char *text, size_t len);
/* The slot of d's first_names memo for the word text[start, start + n) under rules: the one
 * that holds its answer, or an empty one now keyed by it, whose value is TEXT_MEMO_UNKNOWN
 * until the caller writes the answer; NULL for a word of more than TEXT_MEMO_WORD_MAX bytes
 * or without memory (the caller then looks the word up itself). The memo is the document's own, written through the
 * const the grammar's signatures carry: a document belongs to one worker (the whosaid handle
 * that holds it), never shared between threads nor in read-only memory. */
text_memo_slot *document_first_name_slot(const document *d, const void *rules, size_t start, size_t n);
void document_free(document *d);

/* Code-point offset of a byte offset that falls on a character boundary. */
size_t document_cp(const document *d, size_t byte);

/* The bits set in w. (A count of a few steps: the instruction that counts them is not in every
 * x86-64, and the build targets them all.) */
static inline unsigned document_bits_set(uint64_t w) {
    w -= (w >> 1) & UINT64_C(0x5555555555555555);
    w = (w & UINT64_C(0x3333333333333333)) + ((w >> 2) & UINT64_C(0x3333333333333333));
    w = (w + (w >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
    return (unsigned)((w * UINT64_C(0x0101010101010101)) >> 56);
}

/* document_cp of a byte before the end of a valid text: its bytes less the continuation bytes
 * before it. */
static inline size_t document_cp_in_valid(const document *d, size_t byte) {
    size_t k = byte / 64;
    uint64_t before_byte = d->continuation_bits.items[k] & ((UINT64_C(1) << (byte % 64)) - 1);
    return byte - d->continuations_before.items[k] - document_bits_set(before_byte);
}

/* document_cp_span of a text that is not valid UTF-8, or of an end at the text's end. */
void document_cp_span_read(const document *d, size_t a, size_t b, size_t *cp_a, size_t *cp_b);
/* document_cp of both ends of a span [a, b): in text that is not valid UTF-8, b counted on from
 * a where a is nearer than b's checkpoint (a quotation or a mention within a block). (A valid
 * text, most, in line: every record asks twice, and the call cost a third of the count.) */
static inline void document_cp_span(const document *d, size_t a, size_t b, size_t *cp_a, size_t *cp_b) {
    if (d->valid_utf8 && a < d->len && b < d->len) {
        *cp_a = document_cp_in_valid(d, a);
        *cp_b = document_cp_in_valid(d, b);
        return;
    }
    document_cp_span_read(d, a, b, cp_a, cp_b);
}

#endif
