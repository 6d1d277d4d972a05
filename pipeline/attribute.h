/* attribute.h: who said each quotation, from its cue, the registry, or the quotation before. */
#ifndef WHOSAID_ATTRIBUTE_H
#define WHOSAID_ATTRIBUTE_H

#include "cues.h"
#include "people.h"
#include "salience.h"
#include "quotes.h"

typedef struct {
    size_t person;                     /* NO_PERSON when the speaker is not in the registry */
    size_t speaker_start, speaker_end; /* equal: no speaker */
    size_t role_start, role_end;       /* equal: no role */
    const cue *cue;                    /* NULL for a continuation or no speaker */
    const char *method;                /* NULL when there is no speaker */
    int gender;                        /* GENDER_MALE or GENDER_FEMALE as the text shows the speaker, or 0 */
    ranking ranked;                    /* the candidates a pronoun or description had (--trace) */
} attribution;

/* A quotation attributed before, its cue (a copy: the caller's cue is read once; the
 * attribution's cue points to it, or is NULL) and its attribution. */
typedef struct {
    quote q;
    cue cue;
    attribution a;
} attributed;

/* What attributing a quotation needs of those before it: the last one that reports speech and
 * the one before it, each with its cue and its attribution. Zero it before a document's first
 * quotation. */
enum { LEARNED_ROLES = 16 };
typedef struct {
    /* the last (before[last]) and, for dialogue's turns ("— …" after "— …"), which alternate, the
     * one before it (before[last ^ 1]): the last becomes the one before by a turn of the index,
     * not a copy of it */
    attributed before[2];
    unsigned last;
    int has_prev, has_prev2;
    size_t interview_open; /* where the first question of an interview in turns opens, or 0 */
    size_t interview_last; /* where its last turn read opens */
    size_t interview_quoted; /* whom the paragraph before it quoted, plus one (0: none) */
    size_t interviewee;      /* whom its answers are, plus one (0: not yet found) */
    size_t answerer, answerer_para; /* who gave an interview's last answer, plus one (0: none), and where */
    /* roles that a description gave someone the registry knows with none ("“…,” the Vermont
     * senator said"), for their later quotes: the last LEARNED_ROLES of them */
    struct {
        size_t person, start, end;
    } learned[LEARNED_ROLES];
    size_t nlearned;
} attribute_state;

/* Attributes the next quotation of the document, in document order, from its cue (form
 * CUE_NONE when it has none): one at a time, as records are written, so that a document's
 * attributions are never all held at once. */
void attribute_next(attribute_state *st, const document *d, const segments *seg, const quote *q, const cue *c,
                    const registry *reg, attribution *out);

/* Gives the attribution a (the last attribute_next wrote with st) the speaker of another, later,
 * attribution: their person, name, role and gender, the method "context" where a has no
 * mention of its own, else "role-noun" (its description stands for them). */
void attribute_take_speaker(attribute_state *st, attribution *a, const attribution *later);

#endif
