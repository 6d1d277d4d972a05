/* quotes.h: quotation spans, paired from their marks, and whether they report speech. */
#ifndef WHOSAID_QUOTES_H
#define WHOSAID_QUOTES_H

#include "buf.h"
#include "document.h"
#include "rules.h"
#include "segment.h"
#include "utf8.h"

/* Kept for every quotation of a document, so 36 bytes (a text of marks has one every few
 * bytes): where it closes and the paragraphs are found from the sentences (below). */
typedef struct {
    uint32_t open;      /* byte offset of the opening mark */
    uint32_t start;     /* first byte of the quoted words */
    uint32_t end;       /* one past the last quoted byte (the closing mark starts here) */
    uint32_t close_end; /* one past the closing mark; == end when unclosed */
    uint32_t sent;      /* where it opens */
    /* an incise inside the marks that cues it (« …, explique X. … », —… —dijo—. …): the speech
     * before it ends at aside, the speech after it starts at resume; both 0 where none */
    uint32_t aside, resume;
    unsigned char closed;
    unsigned char type; /* WHOSAID_DIRECT, WHOSAID_SCARE or WHOSAID_TITLE */
    unsigned char cued; /* its cue is kept (whosaid.c): a cue_store entry, in quotation order */
    unsigned char asked; /* a turn of dialogue that is an interviewer's question: no record */
    unsigned char answer; /* an interview's answer, a paragraph that a label or a question opens */
} quote;

typedef VEC(quote) quote_vec;

/* "— Vous saviez ? demande la présidente.": is q a turn of dialogue, which the language's dash
 * opens (quotes.c pair_dialogue)? */
static inline int quote_is_turn(const document *d, const whosaid_rules *r, const quote *q) {
    int32_t cp;
    return r->dialogue_dash && q->open < q->start && utf8_next(d->text, q->start, q->open, &cp) > 0 && cp == r->dialogue_dash;
}

/* The sentence where a quotation closes, and the paragraphs where it opens and closes. (The
 * first read on from the sentence it opens in, q->sent: it closes there or a few after.) */
static inline size_t quote_end_sent(const segments *seg, const quote *q) { return segments_sentence_from(seg, q->sent, q->end); }
static inline size_t quote_para(const segments *seg, const quote *q) { return seg->sents.items[q->sent].para; }
static inline size_t quote_end_para(const segments *seg, const quote *q) {
    return seg->sents.items[quote_end_sent(seg, q)].para;
}

/* Where the words before text[end] end: before the white space between them (no earlier than
 * start). */
size_t text_trim_space(const document *d, size_t start, size_t end);
/* Where the speech after an aside that ends at text[at] goes on: past the punctuation that
 * closes the aside and the white space after it ("—dijo—. Lo", ", a-t-il expliqué. C'est"; no
 * later than end). */
size_t text_past_aside_end(const document *d, size_t at, size_t end);

/* Does the paragraph hold a word of set, or two words in a row that set holds joined by "_",
 * whole and case aside ("entretenue_avec", "spoke_to" of rules/<lang>/interview-words.txt)? */
int paragraph_holds_word(const document *d, const wordset *set, paragraph pa);

/* Bytes a label may hold before its colon ("MARLENE WAPACHEE-STONE:", "Marie Dupuis :",
 * "OLABARRIETA.-"), at most. */
enum { LEADING_LABEL_BYTES = 64 };

/* Where text[a, end) opens with a label (a capital, then letters, spaces, hyphens, full stops and
 * apostrophes: any such clause, which callers judge) and a colon or a full stop and a dash
 * ("P.-", "AGUIRRE-LASA.-"): the byte after them, the label's end (its spacing left out) in
 * *label_end; 0 where none. */
size_t leading_label(const document *d, size_t a, size_t end, size_t *label_end);

/* Finds every top-level quotation (nested ones stay inside their outer quotation). */
int find_quotes(const document *d, const whosaid_rules *r, const segments *seg, quote_vec *out);

#endif
