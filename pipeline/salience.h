/* salience.h: whom a pronoun or a description stands for, among the people and organisations
 * of the registry. */
#ifndef WHOSAID_SALIENCE_H
#define WHOSAID_SALIENCE_H

#include "people.h"

#include <ctype.h>
#include <string.h>

/* Does the word ending at text[e] (from w on) end in the noun text[h, h + n), the noun's first
 * letter in either case (ASCII): the noun itself, or a compound by its last part
 * ("Regionalspital" for "Spital", "Bundesministerium" for "Ministerium")? */
static inline int word_ends_in_noun(const document *d, size_t w, size_t e, size_t h, size_t n) {
    return n > 1 && e - w >= n && tolower(d->text[e - n]) == tolower(d->text[h]) &&
           !memcmp(d->text + e - n + 1, d->text + h + 1, n - 1);
}

/* A query: who, named before pos (in sentence sent, not before byte floor), may a pronoun or
 * description there stand for? */
typedef struct {
    size_t pos, sent, floor;
    int gender;          /* GENDER_* the referent must fit; GENDER_UNKNOWN: any */
    int any_full_name;   /* failing people the text shows to be people, anyone with a full name */
    size_t prev_speaker; /* the previous quotation's speaker, or NO_PERSON */
    size_t prev_sent;    /* the sentence that quotation opens in */
    int kind;            /* ENTITY_PERSON ("he", "the owner") or ENTITY_ORG ("it", "the company") */
    size_t window;       /* how many sentences back; 0: the default */
    int personal;        /* only people the text shows to be people (for "the owner") */
    int latest;          /* the one named last, not the most salient ("celui-ci") */
} salience_query;

typedef struct {
    size_t person;
    float score;
    size_t last_pos; /* of its latest mention counted */
    size_t sent;     /* while scoring: the sentence being counted, and the best weight in it */
    float sent_best;
} candidate;

enum { RANKED_MAX = 4 };
typedef struct {
    candidate top[RANKED_MAX]; /* best first */
    size_t n;
} ranking;

/* Ranks the people a pronoun or description may stand for, by salience: each mention in the
 * sentences before counts by its part in its sentence (the subject of a reporting verb most,
 * then a sentence's subject, then any other; a possessor less), halved with every sentence
 * back; the previous quotation's speaker counts as a subject there. Returns the best person or
 * NO_PERSON; out (may be NULL) gets the best few with their scores, for --trace. */
size_t registry_rank(const registry *reg, const salience_query *q, ranking *out);

/* How the name of organisation ps fits the noun text[head_start, head_end) ("the agency"): */
enum {
    ORG_OTHER_KIND, /* its name has nouns of other kinds only ("Northfield Hospital") */
    ORG_NO_KIND,    /* its name has no noun of any kind, or the noun is of none ("Skyline Jets") */
    ORG_OF_KIND,    /* a noun of its kind (rules/<lang>/organisation-noun-groups.txt: the Federal
                     * Aviation Administration is an agency) */
    ORG_HOLDS_NOUN, /* the noun itself ("the Ministry of Health") */
};
int registry_org_fit(const registry *reg, const document *d, const person *ps, size_t head_start, size_t head_end);

/* Which of the organisations ranked for "the agency", "the ministry" it stands for: the first
 * whose name holds the noun, else the first of its kind, else the first of no kind; never one
 * of another kind. NO_PERSON when none fits. */
size_t registry_org_for_noun(const registry *reg, const document *d, const ranking *rk, size_t head_start,
                             size_t head_end);

#endif
