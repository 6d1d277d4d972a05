/* segment.h: paragraphs and sentences of a document. */
#ifndef WHOSAID_SEGMENT_H
#define WHOSAID_SEGMENT_H

#include "buf.h"
#include "document.h"
#include "rules.h"

typedef struct {
    size_t start, end; /* bytes, white space trimmed */
} span;

typedef struct {
    uint32_t start, end; /* bytes, white space trimmed */
    /* 0 for a line that is not the article's prose: a credit or reference in brackets, a
     * "READ MORE:" line, a byline. It names no speaker and no antecedent. */
    unsigned char prose;
} paragraph;

/* 12 bytes: a document of short lines has a sentence every few bytes. A paragraph takes at
 * least two bytes, so a document under 4 GiB has fewer than 2^31. */
typedef struct {
    uint32_t start, end;
    unsigned para : 31;
    unsigned prose : 1; /* 0 in a paragraph that is not prose, or for a sentence in brackets */
} sentence;

/* The sentences, and of the paragraphs only how many and which are prose: a paragraph is its
 * sentences (it starts with its first and ends with its last, and has one at least), so a
 * document of one-word lines keeps 12 bytes a line, not 24 (see segments_para). */
typedef struct {
    VEC(sentence) sents;
    size_t paras;                   /* how many paragraphs */
    VEC(unsigned char) para_prose;  /* a bit a paragraph: paragraph.prose */
    /* where the quotation marks stand (a character rules_mark knows, from '"' up, a doubled mark
     * too), in order: splitting the sentences reads every one of them, so the quote matcher
     * takes them from here rather than reading the text again. A mark is never white space
     * (rules.c refuses one), so none stands outside the paragraphs. */
    index_vec marks;
} segments;

/* Paragraph k (< s->paras), from its sentences. */
paragraph segments_para(const segments *s, size_t k);
static inline int segments_para_prose(const segments *s, size_t k) { return s->para_prose.items[k >> 3] >> (k & 7) & 1; }

/* Paragraphs are separated by blank lines (or, in a text without blank lines, by line
 * breaks), and told apart as prose or not; sentences end at . ! ? … unless after an abbreviation or inside a quotation. */
int segment_document(const document *d, const whosaid_rules *r, segments *out);
void segments_free(segments *s);

/* Index of the sentence (paragraph) holding a byte offset, or the last one before it. */
size_t segments_sentence_at(const segments *s, size_t byte);
/* segments_sentence_at for bytes asked in the text's order: from sentence k, the answer for a
 * byte at or before this one, read on sentence by sentence (the whole text's sentences once,
 * where a search for each would read a dozen); a byte before sentence k is searched for. */
static inline size_t segments_sentence_from(const segments *s, size_t k, size_t byte) {
    if (k >= s->sents.len || s->sents.items[k].start > byte) return segments_sentence_at(s, byte);
    while (k + 1 < s->sents.len && s->sents.items[k + 1].start <= byte) k++;
    return k;
}
size_t segments_para_at(const segments *s, size_t byte);

#endif
