/* roles.h: what the words around a name say of the person: roles before and after it, an age,
 * a kind of organisation. Each reads tokens around a name phrase; byte spans come back. */
#ifndef WHOSAID_ROLES_H
#define WHOSAID_ROLES_H

#include "names.h"

/* "police spokesperson Captain Lerato Mokoena", "RCMP spokesperson Cpl. Chris Manseau": ranks
 * (rules/<lang>/ranks.txt) between an office in lower case and the name are no part of the role
 * written, which the office outweighs (the registry keeps them, for "the constable said"). The
 * end of the role text[rs, re) without them. Not "Detective Chief Inspector", whose words are all
 * capitalised. */
size_t role_end_without_rank(const document *d, const whosaid_rules *r, size_t rs, size_t re);
/* The end of a role text[rs, re) without the time that ends it, a preposition and a number of
 * years or a year ("chauffeuse depuis 12 ans", "Conseillère municipale depuis 2020",
 * "retraitée de 71 ans"): since when or how long, no word of the office. */
size_t role_end_without_time(const document *d, const whosaid_rules *r, size_t rs, size_t re);
/* Where the role text[rs, re) starts as records give it: past a possessive in lower case that
 * opens it and that other words follow (", sa secrétaire générale,", ", its president,"), which
 * says whose the office is, no part of it. */
size_t role_start_without_possessive(const document *d, const whosaid_rules *r, size_t rs, size_t re);

/* Is a word of text[a, b) in set (as a compound by its last part too, where compound says so
 * and nouns are capitalised: rules_compound_in)? */
int span_word_in(const document *d, const whosaid_rules *r, const wordset *set, size_t a, size_t b, int compound);

/* Where the role text[rs, re) ends in the case of its subject: before the ending that a noun
 * of rules/<lang>/weak-noun-endings.txt takes in the other cases ("für den Ökonomen" gives
 * "Ökonom"), where the word without it is a title; re otherwise. */
size_t role_end_in_nominative(const document *d, const whosaid_rules *r, size_t rs, size_t re);

/* Does t[a, e) hold what makes a clause rather than a phrase: a verb (listed, or by its
 * ending), an auxiliary, a pronoun, a relative or a punctuation mark? */
int clause_between(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t e);

/* ", president of Dying with Dignity Canada," or ", who runs Our Principles PAC," at toks[k]
 * (just after a name): 1 and the role's span, or 0. */
int apposition_role_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k, size_t *rs,
                         size_t *re);
/* (in line, the test that answers most: a comma or a long dash after the name, or, where the
 * language has nouns of years, a word that may be the conjunction after an age; the registry
 * asks it of every name) */
static TEST_INLINE int apposition_role(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k,
                                       size_t *rs, size_t *re) {
    const token *t = toks->items;
    return k + 1 < toks->len && (punct_is(&t[k], ',') || punct_is_long_dash(&t[k]) || r->age_nouns.len)
               ? apposition_role_read(d, r, toks, k, rs, re)
               : 0;
}
/* "The city’s chief engineer, Dr. Aisha Karimi," for the name at toks[i] ending before
 * toks[next]: 1 and the description's span without its article, or 0. */
int description_before_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t next,
                            size_t *rs, size_t *re);
/* (a comma before the name, and a token after it: the registry asks it of every name, and most
 * have none, told here in line) */
static TEST_INLINE int description_before(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i,
                                          size_t next, size_t *rs, size_t *re) {
    return i >= 3 && punct_is(&toks->items[i - 1], ',') && next < toks->len ? description_before_read(d, r, toks, i, next, rs, re)
                                                                             : 0;
}
/* "is the executive director of the union." at toks[k], after a name: a copula and a role that
 * ends the clause (a title among its first words); 1 and the role's span, or 0. */
int predicate_role_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k, size_t *rs,
                        size_t *re);
/* (in line, the test that answers most: the word after the name is an auxiliary, an adverb or a
 * copula, the words predicate_role_read may take first, by their bits; the registry asks it of
 * every name, most of which a verb follows) */
static TEST_INLINE int predicate_role(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k,
                                      size_t *rs, size_t *re) {
    return k < toks->len &&
                   (toks->items[k].in_sets & (r->auxiliaries.column_bit | r->adverbs.column_bit | r->copulas.column_bit))
               ? predicate_role_read(d, r, toks, k, rs, re)
               : 0;
}
/* Does the apposition after the comma at toks[k] open with an age (", de 49 años y 26 en la
 * cadena", ", 52 ans et médecin")? The index of the token after its noun of years, or 0. */
size_t age_opening(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k);
/* ", 49,", ", de 44 años," at toks[k]: an age in apposition, which shows a person. The tokens
 * from the comma to the punctuation after the age, or to the conjunction after it that goes on
 * with the apposition (", de 34 años y consejera delegada"), or 0. */
int apposition_age_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k);
/* ", a German charity that …" at toks[k]: the name before is an organisation. */
int apposition_org_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k);
/* (both: a comma at toks[k] and two tokens after it, told here in line, since the registry asks
 * them of every name and most have no comma after them) */
static TEST_INLINE int apposition_age(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    return k + 2 < toks->len && punct_is(&toks->items[k], ',') ? apposition_age_read(d, r, toks, k) : 0;
}
static TEST_INLINE int apposition_org(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    return k + 2 < toks->len && punct_is(&toks->items[k], ',') ? apposition_org_read(d, r, toks, k) : 0;
}
/* "campaign chairman John Podesta" for the name at toks[i]: 1 and the role's span, or 0. */
int role_before_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t *rs, size_t *re);
/* (a word in lower case before the name, told here in line: the registry asks it of every name) */
static TEST_INLINE int role_before(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t *rs,
                                   size_t *re) {
    return i > 0 && (toks->items[i - 1].flags & TOK_LOWER) ? role_before_read(d, r, toks, i, rs, re) : 0;
}

#endif
