/* people.c: the per-document registry of people and organisations: every name phrase of the
 * document, with the fullest name, role and gender each shows, indexed so that a short form
 * ("Greminger", "Maria", "the mayor") resolves to its person. */
#include "people.h"

#include <string.h>
#include <strings.h>

#include "roles.h"
#include "salience.h"

/* Is toks[k] a reporting verb (a particle verb's particle not missing)? Inline: the registry
 * asks it of the word after most pronouns, names and organisations' nouns, and most answers are
 * the "no" of one bit, which a call would cost several times over. */
static inline int is_reporting_verb(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    return k < toks->len && token_in(d, &toks->items[k], &r->verbs) >= 0 &&
           !verb_lacks_particle(d, r, toks->items, toks->len, k);
}

/* Is t a word in lower case that no list holds as a word of grammar (an adjective, a noun):
 * "estadounidense", "veterano"? */
static int plain_lower_word(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_WORD) && (t->flags & TOK_LOWER) && !(t->flags & TOK_POSS) && !tok_connector(d, r, t) &&
           !tok_article(d, r, t) && token_in(d, t, &r->prepositions) < 0 && token_in(d, t, &r->verbs) < 0 &&
           token_in(d, t, &r->auxiliaries) < 0 && token_in(d, t, &r->conjunctions) < 0 &&
           token_in(d, t, &r->pronouns) < 0 && token_in(d, t, &r->determiners) < 0 && !tok_adverb(d, r, t);
}

static int same_text(const document *d, size_t a0, size_t a1, size_t b0, size_t b1) {
    return a1 - a0 == b1 - b0 && memcmp(d->text + a0, d->text + b0, a1 - a0) == 0;
}

static int holds_role(const whosaid_rules *r, const document *d, const person *p, size_t head_start, size_t head_end,
                      int prefix);

/* A bucket's hash of text[a, b), eight bytes a step (its case kept: "SMITH" and "Smith" are in
 * different chains, so that a chain holds only names spelt alike). */
static size_t text_hash(const document *d, size_t a, size_t b) {
    uint64_t h = WORD_HASH_K ^ (b - a);
    for (size_t i = a; i < b; i += 8)
        h = word_hash_finish((h ^ word_bytes((const char *)d->text + i, b - i < 8 ? b - i : 8)) * WORD_HASH_K);
    return (size_t)h;
}

/* Is text[a0, a1) the initial of the first name text[b0, b1): its first letter and a full
 * stop ("I." of "Inès", as interviews write their speakers), or of a hyphenated one, an
 * initial of each part ("J.-P." of "Jean-Pierre", "É.-A." of "Édouard-Alain")? */
static int initial_of(const document *d, size_t a0, size_t a1, size_t b0, size_t b1) {
    const unsigned char *x = d->text;
    size_t a = a0, b = b0, parts = 0;
    for (;;) {
        int32_t ca, cb;
        size_t la = utf8_next(x, a1, a, &ca), lb = utf8_next(x, b1, b, &cb);
        /* (a letter and its full stop; the part of the first name longer than its letter) */
        if (a + la >= a1 || x[a + la] != '.' || b + lb >= b1 || x[b + lb] == '.' || ca != cb) return 0;
        a += la + 1, parts++;
        while (b < b1 && x[b] != '-') b++; /* (to the next part of the first name) */
        if (a == a1) return parts == 1 || b == b1; /* ("J." of "Jean-Pierre" too) */
        if (x[a] != '-' || b + 1 >= b1) return 0;
        a++, b++;
    }
}

/* Does person ps fit a name with this surname, first name (empty: any) and gender (0: any)?
 * "Mr. Obama" is not Michelle Obama. */
static int fits_name(const document *d, const person *ps, size_t sur_s, size_t sur_e, size_t first_s,
                     size_t first_e, int gender) {
    if (!same_text(d, ps->surname_start, ps->surname_end, sur_s, sur_e)) return 0;
    /* (an organisation's name by its words before the last: "Oléoducs Boréal" of "Oléoducs
     * Boréal S.E.C.") */
    if (ps->kind == ENTITY_ORG)
        return (first_e == first_s || same_text(d, ps->first_start, ps->first_end, first_s, first_e)) && !gender;
    if (gender && ps->gender && gender != ps->gender) return 0;
    return !(first_e > first_s && ps->first_end > ps->first_start &&
             !same_text(d, ps->first_start, ps->first_end, first_s, first_e) &&
             !initial_of(d, first_s, first_e, ps->first_start, ps->first_end) &&
             !initial_of(d, ps->first_start, ps->first_end, first_s, first_e));
}

static size_t bucket_of(const registry *reg, const document *d, size_t sur_s, size_t sur_e) {
    return text_hash(d, sur_s, sur_e) & (reg->buckets.len - 1);
}

/* How many people of one surname bucket a look-up considers, newest first: more than any
 * article names, and a bound that keeps a list of a million Smiths linear. */
enum { CHAIN_LIMIT = 64 };

/* The last person registered under this name (NO_PERSON if none); surname_hash is text_hash
 * of the mention's surname, which the caller may ask find_by_first_name about too. */
static size_t find_person_hashed(const registry *reg, const document *d, const mention *m, size_t surname_hash,
                                 size_t first_s, size_t first_e) {
    if (!reg->buckets.len) return NO_PERSON;
    size_t walked = 0, best = NO_PERSON, by_initial = NO_PERSON;
    int initials = 1;
    for (size_t p = reg->buckets.items[surname_hash & (reg->buckets.len - 1)];
         p != NO_PERSON && walked++ < CHAIN_LIMIT; p = reg->people.items[p].next_same_hash) {
        if (!fits_name(d, &reg->people.items[p], m->surname_start, m->surname_end, first_s, first_e, m->gender))
            continue;
        /* ("J. Smith" after John and Jane Smith: an initial that fits two names neither) */
        const person *fit = &reg->people.items[p];
        if (first_e > first_s && fit->first_end > fit->first_start &&
            !same_text(d, fit->first_start, fit->first_end, first_s, first_e)) {
            if (by_initial == NO_PERSON) by_initial = p;
            else if (by_initial != p) initials = 2;
            continue;
        }
        if (first_e > first_s) return p;
        /* "Harrington said" after Adaeze and Owen Harrington: the one the story names most,
         * and on a tie the one it named first (the chain runs newest first) */
        const person *ps = &reg->people.items[p], *bs = best == NO_PERSON ? NULL : &reg->people.items[best];
        if (!bs || ps->personal > bs->personal || (ps->personal == bs->personal && ps->mentions >= bs->mentions))
            best = p;
    }
    if (first_e > first_s) return initials == 1 ? by_initial : NO_PERSON;
    return best;
}

static size_t find_person(const registry *reg, const document *d, const mention *m, size_t first_s,
                          size_t first_e) {
    return find_person_hashed(reg, d, m, text_hash(d, m->surname_start, m->surname_end), first_s, first_e);
}

/* How many people, newest first, a look-up by a name's inner word considers. */
enum { INNER_LIMIT = 256 };

/* Words after a first name that a look-up tries as the first of two surnames, at most. */
enum { INNER_SURNAME_WORDS = 2 };

/* Does an honorific stand right before text[pos] ("Mr Medel", "Mme Tremblay")? */
static int honorific_before(const document *d, const whosaid_rules *r, size_t pos) {
    size_t e = pos;
    while (e > 0 && d->text[e - 1] == ' ') e--;
    if (e == pos || e == 0) return 0; /* (no word before the spaces) */
    /* (a last byte in ASCII that ends no honorific in either case says no before the word is
     * read back: folding keeps an ASCII byte's place and letter) */
    if (d->text[e - 1] < 0x80 && !rules_may_end_in(&r->honorifics, (const char *)d->text, e)) return 0;
    /* (…nor do two in ASCII, the last of a word of two bytes or more: "John", "Peter") */
    if (e >= 2 && d->text[e - 1] < 0x80 && d->text[e - 2] < 0x80 && d->text[e - 2] != ' ' && d->text[e - 2] != '\n' &&
        !rules_may_end_in_pair(&r->honorifics, d->text[e - 2], d->text[e - 1]))
        return 0;
    size_t a = e;
    while (a > 0 && d->text[a - 1] != ' ' && d->text[a - 1] != '\n' && e - a < 16) a--;
    return a < e && uc_is_upper(d->text[a]) && wordset_get_folded(&r->honorifics, (const char *)d->text + a, e - a) >= 0;
}

/* The person most recently registered whose name holds text[s, e) as a word after its first
 * name and before its last ("Ferrer" of "Lucía Ferrer Soler": the first of two surnames, as
 * Spanish news shortens it), or NO_PERSON. */
static size_t find_by_inner_surname(const registry *reg, const document *d, size_t s, size_t e, size_t first_s,
                                    size_t first_e) {
    size_t n = e - s;
    if (n == 0) return NO_PERSON;
    /* (in any language after an honorific, which shows a surname: "Mr Medel" after "Joaquín
     * Medel Soto" in English news) */
    /* (…where the word is no first name: "Mr Lee" is not "Robert Lee Jones", whose middle name
     * it is) */
    if (!rules_feature(reg->rules, FEATURE_INNER_SURNAMES) &&
        (!honorific_before(d, reg->rules, s) || text_first_name(d, reg->rules, s, n) >= 0))
        return NO_PERSON;
    for (size_t q = reg->people.len, walked = 0; q-- > 0 && walked++ < INNER_LIMIT;) {
        const person *ps = &reg->people.items[q];
        /* (nor one whose first name stands apart from the rest: "Bruno y Matías Lanusse") */
        if (ps->kind != ENTITY_PERSON || ps->first_end <= ps->first_start || ps->first_apart) continue;
        /* "Lucía Ferrer" is "Lucía Ferrer Soler", not "Ana Ferrer Gil" */
        if (first_e > first_s && !same_text(d, ps->first_start, ps->first_end, first_s, first_e)) continue;
        /* (a particle that opens the sentence capitalised: "De la Torre dijo" after "Pedro de la
         * Torre Anaya") */
        for (size_t i = ps->first_end + 1; i + n < ps->surname_start; i++) {
            if (d->text[i - 1] != ' ' || (d->text[i] | 0x20) != (d->text[s] | 0x20) || !same_text(d, i + 1, i + n, s + 1, e))
                continue;
            if (d->text[i + n] == ' ') return q;
        }
    }
    return NO_PERSON;
}

/* Where names have two surnames (features.txt "inner-surnames"), a surname alone is the first of
 * them: "Según Sosa" after "Lucía Bentancur Sosa" and "Rubén Sosa Píriz" is Rubén, whose first
 * surname it is, not Lucía, whose second. p (whom the surname's look-up found), or the one whose
 * first surname the word is where p's is their second. */
static size_t first_surname_holder_read(const registry *reg, const document *d, const mention *m, size_t p) {
    const person *ps = &reg->people.items[p];
    if (ps->kind != ENTITY_PERSON || ps->first_end <= ps->first_start || ps->first_end + 1 >= ps->surname_start) return p;
    size_t q = find_by_inner_surname(reg, d, m->surname_start, m->surname_end, 0, 0);
    return q != NO_PERSON ? q : p;
}
/* (in line, the tests of the mention and the language's feature that answer most: every name
 * registered asks it) */
static TEST_INLINE size_t first_surname_holder(const registry *reg, const document *d, const mention *m, size_t p) {
    if (p == NO_PERSON || m->name_tokens >= 2 || m->titled || !rules_feature(reg->rules, FEATURE_INNER_SURNAMES)) return p;
    return first_surname_holder_read(reg, d, m, p);
}

/* "Wüthrich" after "Roland Wüthrich-Baumann", "Lafontaine" after "Catherine Lafontaine-Roy": the
 * person most recently registered whose hyphenated surname the word text[s, e) opens, as news
 * shorten a double name, or NO_PERSON. */
static size_t find_by_hyphen_part_read(const registry *reg, const document *d, size_t s, size_t e) {
    size_t n = e - s;
    for (size_t h = reg->hyphenated.len, walked = 0; h-- > 0 && walked++ < INNER_LIMIT;) {
        size_t q = reg->hyphenated.items[h];
        const person *ps = &reg->people.items[q];
        if (ps->kind != ENTITY_PERSON || ps->surname_end - ps->surname_start <= n + 1) continue;
        if (d->text[ps->surname_start + n] == '-' && same_text(d, ps->surname_start, ps->surname_start + n, s, e)) return q;
    }
    return NO_PERSON;
}
/* (in line, the test that answers most: no one registered so far has a hyphenated surname) */
static TEST_INLINE size_t find_by_hyphen_part(const registry *reg, const document *d, size_t s, size_t e) {
    return reg->hyphenated.len ? find_by_hyphen_part_read(reg, d, s, e) : NO_PERSON;
}

/* "García Torres" after "Mónica García Torres": a name of two surnames, with no first name the
 * rules know, that ends the full name of someone named before (where the language names people
 * by two surnames: features.txt "inner-surnames"), or NO_PERSON. With first_known, also when the
 * first word is a first name the rules know, which the caller asks only once no one of that
 * first name and surname is known: "Cruz Santiago" after "Guadalupe Cruz Santiago", where
 * "Cruz" is a surname as often as a first name. */
static size_t name_tail_holder(const registry *reg, const document *d, const mention *m, int first_known);
static inline size_t find_by_name_tail(const registry *reg, const document *d, const mention *m, int first_known) {
    /* (also where only some people have two surnames, features.txt "double-surnames": "Mme
     * Blanchette Vézina" after "Maïté Blanchette Vézina") */
    /* (inline, this test: asked of every name registered and resolved, most in a language with
     * neither) */
    if (m->name_tokens != 2 ||
        !(rules_feature(reg->rules, FEATURE_INNER_SURNAMES) || rules_feature(reg->rules, FEATURE_DOUBLE_SURNAMES)))
        return NO_PERSON;
    return name_tail_holder(reg, d, m, first_known);
}

/* find_by_name_tail past its first test. */
static size_t name_tail_holder(const registry *reg, const document *d, const mention *m, int first_known) {
    size_t n = m->name_end - m->name_start, holder = NO_PERSON;
    for (size_t q = reg->people.len, walked = 0; q-- > 0 && walked++ < INNER_LIMIT;) {
        const person *ps = &reg->people.items[q];
        if (ps->kind != ENTITY_PERSON || ps->name_end - ps->name_start <= n + 1 || ps->first_end <= ps->first_start ||
            ps->first_apart)
            continue;
        size_t at = ps->name_end - n;
        if (d->text[at - 1] == ' ' && at > ps->first_end && same_text(d, at, ps->name_end, m->name_start, m->name_end) &&
            text_first_name(d, reg->rules, ps->first_start, ps->first_end - ps->first_start) >= 0) {
            holder = q;
            break;
        }
    }
    /* (a first word the rules know as a first name is no surname, but only where someone's name
     * ends so: the look-up costs more than the walk, which finds no one for most names) */
    size_t w = m->name_start;
    while (w < m->name_end && d->text[w] != ' ') w++;
    if (holder != NO_PERSON && !first_known &&
        text_first_name(d, reg->rules, m->name_start, w - m->name_start) >= 0)
        return NO_PERSON;
    return holder;
}

static size_t first_bucket_of(const registry *reg, const document *d, const person *ps) {
    return text_hash(d, ps->first_start, ps->first_end) & (reg->first_buckets.len - 1);
}

/* Puts person p at the head of its chains: by surname, and by first name if it has one. */
static void chain_person(registry *reg, const document *d, size_t p) {
    person *ps = &reg->people.items[p];
    size_t b = bucket_of(reg, d, ps->surname_start, ps->surname_end);
    ps->next_same_hash = reg->buckets.items[b];
    reg->buckets.items[b] = p;
    ps->next_same_first = NO_PERSON;
    if (ps->first_end > ps->first_start) {
        b = first_bucket_of(reg, d, ps);
        ps->next_same_first = reg->first_buckets.items[b];
        reg->first_buckets.items[b] = p;
    }
}

/* Keeps the name indexes at most half full, so that chains stay short. */
static int index_person(registry *reg, const document *d, size_t p) {
    const person *ps = &reg->people.items[p];
    if (memchr(d->text + ps->surname_start, '-', ps->surname_end - ps->surname_start) &&
        VEC_PUSH(&reg->hyphenated, (uint32_t)p) != 0)
        return -1;
    if (reg->people.len * 2 > reg->buckets.len) {
        size_t n = reg->buckets.len ? reg->buckets.len * 2 : 64;
        /* (room made once, then filled: every document's registry starts its indexes anew) */
        if (VEC_RESERVE(&reg->buckets, n) != 0 || VEC_RESERVE(&reg->first_buckets, n) != 0) return -1;
        for (size_t i = 0; i < n; i++) reg->buckets.items[i] = reg->first_buckets.items[i] = NO_PERSON;
        reg->buckets.len = reg->first_buckets.len = n;
        /* rebuild the chains, newest person first in each */
        for (size_t q = 0; q < reg->people.len; q++) chain_person(reg, d, q);
        return 0;
    }
    chain_person(reg, d, p);
    return 0;
}

/* The person most recently registered whose first name is text[s, e) ("Maria said" after
 * "Maria Lindqvist"), or NO_PERSON; hash is text_hash(d, s, e). */
static size_t find_by_first_name(const registry *reg, const document *d, size_t s, size_t e, size_t hash) {
    if (!reg->first_buckets.len || e <= s) return NO_PERSON;
    size_t walked = 0;
    for (size_t p = reg->first_buckets.items[hash & (reg->first_buckets.len - 1)];
         p != NO_PERSON && walked++ < CHAIN_LIMIT; p = reg->people.items[p].next_same_first) {
        const person *ps = &reg->people.items[p];
        if (ps->kind == ENTITY_PERSON && same_text(d, ps->first_start, ps->first_end, s, e)) return p;
    }
    return NO_PERSON;
}

/* Does ps's name open with the n bytes at text[a] and go on after a space ("Veridian Motors" for
 * "Veridian", "Eastern Gateway Ports" for "Eastern Gateway")? */
static int name_opens_with(const document *d, const person *ps, size_t a, size_t n) {
    return ps->name_end - ps->name_start > n + 1 && d->text[ps->name_start + n] == ' ' &&
           memcmp(d->text + ps->name_start, d->text + a, n) == 0;
}

/* How many organisations, the latest first, find_org_by_first_word reads. */
enum { ORG_FIRST_WORD_READ = 64 };

/* "Veridian said" after "Veridian Motors": the first word of the name of an organisation of two
 * words or more stands for it, the latest named. */
static size_t find_org_by_first_word(const registry *reg, const document *d, size_t s, size_t e) {
    size_t n = e - s, read = 0;
    if (e <= s) return NO_PERSON;
    for (size_t p = reg->people.len; p-- > 0 && read < ORG_FIRST_WORD_READ;) {
        const person *ps = &reg->people.items[p];
        if (ps->kind != ENTITY_ORG) continue;
        read++;
        if (name_opens_with(d, ps, s, n)) return p;
    }
    return NO_PERSON;
}

/* first_name (below) of a name of two words or more. */
static void first_name_read(const document *d, const whosaid_rules *r, const mention *m, size_t *s, size_t *e) {
    size_t i = m->name_start;
    while (i < m->name_end && d->text[i] != ' ' && d->text[i] != 0xC2 && d->text[i] != '\t' &&
           d->text[i] != '\n')
        i++;
    if (wordset_get(&r->name_particles, (const char *)d->text + m->name_start, i - m->name_start) >= 0)
        return; /* "Al Hashish", "de Vries": a particle, no first name */
    if (i >= m->surname_end) return; /* "Kennedy Jr.", "Korventa AG": a surname and its suffix */
    *s = m->name_start;
    *e = i;
}
/* The first name of mention m, text[*s, *e): the name's first word, where it has two or more
 * and that word is no particle nor the surname before a suffix; empty where there is none. (In
 * line, the test that answers most: a name of one word, most of those registered and resolved,
 * has none.) */
static TEST_INLINE void first_name(const document *d, const whosaid_rules *r, const mention *m, size_t *s, size_t *e) {
    *s = *e = 0;
    if (m->name_tokens >= 2) first_name_read(d, r, m, s, e);
}

typedef struct {
    const document *d;
    const whosaid_rules *r;
    const segments *seg;
    const quote_vec *quotes;
    size_t next_quote; /* the first direct quotation that may hold or follow the next mention */
    size_t sent;
    int first_in_sentence;
    size_t incise_at; /* where a name stands in an incise inside a quotation (SIZE_MAX: none) */
    size_t next_title; /* the first work's title in marks that may hold or follow the next name */
    /* where the next "(" of the text stands (the text's end: none), once asked: a bracket is rare,
     * and is looked for once in the text, not once in each sentence */
    size_t next_bracket;
} build_ctx;

/* Bytes back from a word that a look for the dash of a dialogue's aside reads, at most. */
enum { ASIDE_LOOKBACK_BYTES = 160 };

/* "—Yo no he dicho eso —interviene Echevarría—. He dicho…": is text[pos] in the narrator's aside
 * inside a turn of dialogue (which its quotation holds whole, quotes.c)? It is where the last
 * dash before it opens an aside, after a space. */
static int in_dialogue_aside(const document *d, const whosaid_rules *r, const quote *q, size_t pos) {
    if (!quote_is_turn(d, r, q)) return 0;
    size_t floor = pos > q->start + ASIDE_LOOKBACK_BYTES ? pos - ASIDE_LOOKBACK_BYTES : q->start;
    for (size_t i = pos; i > floor;) {
        size_t at;
        int32_t cp = utf8_prev(d->text, i, &at);
        if (cp == r->dialogue_dash) return at > q->start && d->text[at - 1] == ' ';
        i = at < i ? at : i - 1;
    }
    return 0;
}

static int inside_quote_read(build_ctx *c, size_t pos) {
    const quote_vec *q = c->quotes;
    while (c->next_quote < q->len &&
           (q->items[c->next_quote].close_end <= pos || q->items[c->next_quote].type != WHOSAID_DIRECT))
        c->next_quote++;
    return c->next_quote < q->len && q->items[c->next_quote].open <= pos && pos != c->incise_at &&
           !in_dialogue_aside(c->d, c->r, &q->items[c->next_quote], pos);
}
/* (in line, the commonest answer: no quotation left, or pos before the direct one the cursor
 * stands at, where the cursor does not move; the registry asks it of most words it stops at) */
static TEST_INLINE int inside_quote(build_ctx *c, size_t pos) {
    const quote_vec *q = c->quotes;
    if (c->next_quote >= q->len) return 0;
    const quote *x = &q->items[c->next_quote];
    if (x->close_end > pos && x->type == WHOSAID_DIRECT && x->open > pos) return 0;
    return inside_quote_read(c, pos);
}

/* Is text[pos] inside a work's title in marks ("“Justice Delayed: Remand and Waiting Times in Hong
 * Kong”")? A name there is no one the story speaks of. Asked in the text's order. */
static int inside_title(build_ctx *c, size_t pos) {
    const quote_vec *q = c->quotes;
    while (c->next_title < q->len && (q->items[c->next_title].close_end <= pos || q->items[c->next_title].type != WHOSAID_TITLE))
        c->next_title++;
    return c->next_title < q->len && q->items[c->next_title].open <= pos;
}

static int add_mention(registry *reg, build_ctx *c, size_t p, size_t pos, size_t end, int subject,
                       int possessive) {
    person_mention pm = {pos, end, p, c->sent, (unsigned char)subject, (unsigned char)inside_quote(c, pos),
                         (unsigned char)possessive, 0};
    reg->people.items[p].mentions++;
    return VEC_PUSH(&reg->mentions, pm);
}

/* Is the role [rs, re) a rank (rules/<lang>/ranks.txt, a compound by its last part where
 * nouns are capitalised: "Polizeihauptkommissar", "Erster Kriminalhauptkommissar", "Oberst"),
 * which an office held beside it outweighs ("Sprecher der Polizei", "Chef der Armee")? */
static int role_ends_in(const document *d, const whosaid_rules *r, const wordset *set, size_t rs, size_t re) {
    if (re <= rs) return 0;
    size_t a = re;
    while (a > rs && d->text[a - 1] != ' ') a--;
    if (re - a > 1 && d->text[re - 1] == '.') re--; /* "Sgt." */
    return rules_compound_in(r, set, (const char *)d->text + a, re - a) >= 0;
}
static int role_is_rank(const document *d, const whosaid_rules *r, size_t rs, size_t re) {
    return role_ends_in(d, r, &r->ranks, rs, re);
}

/* Does an apostrophe end text[0, e) (' or ’)? Its length in bytes, or 0. */
static size_t apostrophe_before(const document *d, size_t e) {
    if (e > 0 && d->text[e - 1] == '\'') return 1;
    return e >= 3 && !memcmp(d->text + e - 3, "\xE2\x80\x99", 3) ? 3 : 0;
}

/* The letters of the word before text[pos] on its line, skipping white space: [*ws, *we), empty
 * where none (punctuation there); a word after an elided one starts after its apostrophe
 * ("l’entreprise"). */
static void letters_before(const document *d, size_t pos, size_t *ws, size_t *we) {
    size_t e = pos;
    while (e > 0 && d->text[e - 1] == ' ') e--;
    size_t b = e;
    while (b > 0 && d->text[b - 1] != ' ' && d->text[b - 1] != '\n' && !apostrophe_before(d, b) &&
           (d->text[b - 1] >= 0x80 || (unsigned)((d->text[b - 1] | 0x20) - 'a') < 26))
        b--;
    *ws = b;
    *we = e;
}

/* Does person ps's name end in a company's legal form, a word of name-suffixes.txt that
 * organisations.txt holds too ("Brunner-Haefeli AG", "Korventa Inc.")? */
static int ends_in_legal_form(const document *d, const whosaid_rules *r, const person *ps) {
    size_t e = ps->name_end, b = e;
    while (b > ps->name_start && d->text[b - 1] != ' ') b--;
    if (b == ps->name_start) return 0;
    const char *w = (const char *)d->text + b;
    size_t n = e - b;
    if (n && w[n - 1] == '.') n--;
    return wordset_get_folded(&r->name_suffixes, w, n) >= 0 && wordset_get_folded(&r->organisations, w, n) >= 0;
}

/* Does a word of text[a, b) (or its last part, where nouns are capitalised) name a kind of
 * organisation (rules/<lang>/organisation-nouns.txt, organisations.txt), with a genitive's
 * ending too ("des Tierschutzvereins Pfotenhilfe Traunviertel": genitive-noun-endings.txt)? */
static int names_organisation(const document *d, const whosaid_rules *r, size_t a, size_t b) {
    if (span_word_in(d, r, &r->org_nouns, a, b, 1) || span_word_in(d, r, &r->organisations, a, b, 1)) return 1;
    if (!r->genitive_noun_endings.len) return 0;
    for (size_t e; a < b; a = e + 1) {
        e = a;
        while (e < b && d->text[e] != ' ') e++;
        if (rules_stem_in(r, &r->genitive_noun_endings, &r->org_nouns, (const char *)d->text + a, e - a) < e - a) return 1;
    }
    return 0;
}

/* Is the first of two words or more of ps's name a kind of organisation ("Stadt München")? */
static int kind_opens_name(const document *d, const whosaid_rules *r, const person *ps) {
    const unsigned char *space = memchr(d->text + ps->name_start, ' ', ps->name_end - ps->name_start);
    /* (a compound by its last part, where every noun is capitalised: "Die Wohnungsgesellschaft
     * Wohnbau Nord wies Vorwürfe zurück") */
    return space && span_word_in(d, r, &r->org_nouns, ps->name_start, (size_t)(space - d->text), 1);
}

/* Does text[pos] open a sentence: the text's start, or a full stop, a line's end, a question
 * or exclamation mark before it and white space? */
static int opens_sentence(const document *d, size_t pos) {
    while (pos > 0 && d->text[pos - 1] == ' ') pos--;
    return pos == 0 || d->text[pos - 1] == '.' || d->text[pos - 1] == '\n' || d->text[pos - 1] == '!' ||
           d->text[pos - 1] == '?';
}

/* Words before a phrase that opens its clause, at most ("Auch das Pendlerforum", "Desde la
 * Asociación"). */
enum { CLAUSE_OPENING_WORDS = 3 };

/* Does the phrase at text[pos] open its clause: a sentence's start, a comma, a colon or a
 * semicolon before it, past a few words none of which is a title ("Beim Mieterverein X",
 * "Contactée, la société X"; not the object of someone's verb, "Le maire a visité la société
 * X")? */
static int opens_clause(const document *d, const whosaid_rules *r, size_t pos) {
    size_t at = pos, apostrophe = apostrophe_before(d, at);
    /* (an elided article is the phrase's: "l'Union Bigorre-Comminges") */
    if (apostrophe) {
        size_t ws, we;
        letters_before(d, at - apostrophe, &ws, &we);
        at = ws;
    }
    for (int words = 0;; words++) {
        while (at > 0 && d->text[at - 1] == ' ') at--;
        if (at == 0) return 1;
        unsigned char c = d->text[at - 1];
        if (c == '.' || c == ',' || c == ':' || c == ';' || c == '\n' || c == '!' || c == '?') return 1;
        size_t ws, we;
        letters_before(d, at, &ws, &we);
        if (words == CLAUSE_OPENING_WORDS || we <= ws ||
            wordset_get_folded(&r->titles, (const char *)d->text + ws, we - ws) >= 0)
            return 0;
        at = ws;
    }
}

/* Bytes of an article, at most, in the letters of ASCII that articles of the languages listing
 * object articles are written in. */
enum { ARTICLE_BYTES = 8 };

/* "Nach der fünften Niederlage hat der Drittligist FC Rotenburg seinen Trainer entlassen": does
 * the phrase at pos stand right after an auxiliary or a verb, opened by an article that may open
 * a subject, where the language lists those that may not (rules/<lang>/object-articles.txt: "hat
 * den Verein verlassen")? */
static int inverted_subject(const document *d, const whosaid_rules *r, size_t pos) {
    if (!r->object_articles.len) return 0;
    size_t ae = pos;
    while (ae < d->len && ae - pos < ARTICLE_BYTES && ((d->text[ae] | 0x20) >= 'a' && (d->text[ae] | 0x20) <= 'z')) ae++;
    if (wordset_get_folded(&r->articles, (const char *)d->text + pos, ae - pos) < 0 ||
        wordset_get_folded(&r->object_articles, (const char *)d->text + pos, ae - pos) >= 0)
        return 0;
    size_t ws, we;
    letters_before(d, pos, &ws, &we);
    return we > ws && we + 1 == pos && (wordset_get_folded(&r->auxiliaries, (const char *)d->text + ws, we - ws) >= 0 ||
                                        wordset_get_folded(&r->verbs, (const char *)d->text + ws, we - ws) >= 0);
}

/* Bytes between a description and a name in apposition after it, at most: ", la société ". */
enum { APPOSITION_GAP_BYTES = 24 };

/* Does the name at text[b] follow the phrase ending at text[a] in apposition: a comma, then a few
 * words and no punctuation? */
static int apposed(const document *d, size_t a, size_t b) {
    if (a >= d->len || d->text[a] != ',' || b - a > APPOSITION_GAP_BYTES) return 0;
    for (size_t i = a + 1; i < b; i++)
        if (d->text[i] == ',' || d->text[i] == '.' || d->text[i] == ';' || d->text[i] == ':') return 0;
    return 1;
}

/* Tokens between a name and the conjunction before a second verb whose predicate gives the
 * name's role ("studiert Politikwissenschaft und ist …"), at most. */
enum { JOINED_PREDICATE_TOKENS = 16 };

/* The first conjunction in lower case among the words of toks from `from` up to `last`, and
 * before the vector's last token (a truncated compound's hyphen among the words: "Obst- und
 * Gemüseladen"); toks->len where a token that is no word comes first, or none stands there. One
 * tight loop, where the registry's own loop read the vector's fields again at each word. */
static size_t joining_conjunction(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from,
                                  size_t last) {
    const token *t = toks->items;
    size_t n = toks->len, end = last + 1 < n - 1 ? last + 1 : n - 1; /* (n > 0: a name's token is there) */
    for (size_t j = from; j < end; j++) {
        if (!(t[j].flags & TOK_WORD) && !tok_truncated_compound(d, r, t, n, j)) return n;
        if ((t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->conjunctions) >= 0) return j;
    }
    return n;
}

/* Keeps the organisation's description after the article at toks[i], if one is there and outside
 * quotations (registry.org_descriptions). */
static int note_org_description(registry *reg, build_ctx *c, const token_vec *toks, size_t i) {
    size_t e = org_description_at(c->d, c->r, toks->items, toks->len, i + 1);
    if (e == i + 1 || inside_quote(c, toks->items[i].start)) return 0;
    /* (one of two bodies a conjunction joins, whose possessive stands for both, is marked so:
     * "Die Stadt und der Landkreis haben geklagt. Ihr Anwalt") */
    int joined = (e + 1 < toks->len && (toks->items[e].flags & TOK_LOWER) &&
                  token_in(c->d, &toks->items[e], &c->r->conjunctions) >= 0 && tok_article(c->d, c->r, &toks->items[e + 1])) ||
                 (i >= 2 && (toks->items[i - 1].flags & TOK_LOWER) &&
                  token_in(c->d, &toks->items[i - 1], &c->r->conjunctions) >= 0 && (toks->items[i - 2].flags & TOK_WORD));
    /* (its clause's subject where it opens it, "Beim Mieterverein X", or follows its verb; after
     * an article joined to a preposition, only where that opens the clause: not "la segunda sede
     * del festival") */
    size_t at = toks->items[i].start;
    int subject = tok_article(c->d, c->r, &toks->items[i]) ? opens_clause(c->d, c->r, at) || inverted_subject(c->d, c->r, at)
                                                          : i == 0 || (toks->items[i - 1].flags & TOK_PUNCT);
    org_description od = {toks->items[i + 1].start, toks->items[e - 1].end, (uint32_t)c->sent, (unsigned char)subject,
                          (unsigned char)joined};
    return VEC_PUSH(&reg->org_descriptions, od);
}

/* Does the text name no person (nor a pronoun, which stands for one) beside organisation org
 * (named at org_pos) from sentence sent up to position end, so that a possessive after it can
 * stand for the organisation though it is no clause's subject ("Même son de cloche à la
 * Fédération X. Son directeur général, Y, a déclaré")? */
static int no_one_beside(const registry *reg, const document *d, const whosaid_rules *r, size_t org, size_t sent,
                         size_t org_pos, size_t end) {
    if (org >= reg->people.len) return 0; /* (a description, registry.org_descriptions: its subject said) */
    for (size_t i = reg->mentions.len; i-- > 0;) {
        const person_mention *pm = &reg->mentions.items[i];
        if (pm->pos >= end) continue;
        if (pm->sent < sent) break;
        if (pm->person == org) continue;
        const person *q = &reg->people.items[pm->person];
        if (q->kind == ENTITY_PERSON || wordset_get_folded(&r->pronouns, (const char *)d->text + pm->pos, pm->end - pm->pos) >= 0)
            return 0;
    }
    /* (nor by a title, which the registry holds no mention of: "Le maire a visité la société X.
     * Son directeur de cabinet, Y,") */
    /* (the whole sentence, after the organisation too: "…, que le ministre a reçue mardi") */
    size_t from = org_pos, to = org_pos;
    while (from > 0 && d->text[from - 1] != '\n' &&
           !(from >= 2 && d->text[from - 1] == ' ' && strchr(".!?", d->text[from - 2])))
        from--;
    while (to < end && d->text[to] != '\n' && !(to + 1 < d->len && d->text[to + 1] == ' ' && strchr(".!?", d->text[to])))
        to++;
    return !span_word_in(d, r, &r->titles, from, to, 0);
}

/* "La Fischereigenossenschaft hat geklagt. Ihr Vorsitzender Uwe Carstensen sagte, …": where a
 * possessive that may stand for an organisation (rules/<lang>/possessor-determiners.txt) opens
 * person p's role [rs, re), the role is that organisation's: the first one named outside
 * quotations in the nearest sentence that names one, sentence sent (the name's, whose own
 * mention starts at name) or the one before, by its name or by a description ("Le syndicat
 * intercommunal …", registry.org_descriptions), with no person named after it (whom the
 * possessive might stand for; a pronoun names no one new), as its clause's subject. A
 * possessive that stands for the noun named last (rules/<lang>/relative-possessors.txt:
 * "Kritik kommt vom Fahrgastverband X. „…“, sagte dessen Vorsitzender Y.") takes the last one,
 * subject or not. */
static void note_possessor(registry *reg, const document *d, const whosaid_rules *r, size_t p, size_t rs, size_t re,
                           size_t name, size_t sent) {
    person *ps = &reg->people.items[p];
    if (!r->possessor_determiners.len || re <= rs || ps->role_start != rs || ps->kind != ENTITY_PERSON) return;
    size_t ws, we;
    letters_before(d, rs, &ws, &we);
    if (we <= ws || wordset_get_folded(&r->possessor_determiners, (const char *)d->text + ws, we - ws) < 0) return;
    int last_named = wordset_get_folded(&r->relative_possessors, (const char *)d->text + ws, we - ws) >= 0;
    /* (no kin, whatever the adjectives: "son ancien mari") */
    if (span_word_in(d, r, &r->kin_nouns, rs, re, 0)) return;
    size_t org = NO_PERSON, org_sent = 0, org_pos = 0, named_after = 0; /* (a person's name ends there) */
    for (size_t i = reg->mentions.len; i-- > 0;) {
        const person_mention *pm = &reg->mentions.items[i];
        if (pm->pos >= name) continue; /* the name's own mention, and any after it */
        if (pm->sent + 1 < sent || (org != NO_PERSON && pm->sent != org_sent)) break;
        if (pm->quoted) continue;
        /* (a pronoun names no one new, whomever the registry took it for: "le FC Verney-Sport a
         * indiqué qu'il … . Son président") */
        if (wordset_get_folded(&r->pronouns, (const char *)d->text + pm->pos, pm->end - pm->pos) >= 0) continue;
        /* (not the agent of a participle: "le permis délivré par la Région") */
        letters_before(d, pm->pos, &ws, &we);
        if (we > ws && wordset_get_folded(&r->agent_prepositions, (const char *)d->text + ws, we - ws) >= 0) continue;
        /* (the complement of an organisation the text does not name, whose the role is: "Der
         * Förderverein der Burgfestspiele Altenstein"; its description may be kept, below) */
        size_t fe = pm->pos;
        while (fe < pm->end && d->text[fe] != ' ') fe++;
        if (we > ws && wordset_get_folded(&r->connectors, (const char *)d->text + pm->pos, fe - pm->pos) >= 0 &&
            names_organisation(d, r, ws, we))
            break;
        const person *q = &reg->people.items[pm->person];
        if (q->kind == ENTITY_GROUP) continue;
        if (q->kind == ENTITY_PERSON && q->personal) {
            named_after = pm->end;
            break;
        }
        /* (a name the text did not show to be a person's is an organisation's only by one of its
         * words, "Mieterverein Landsried", not the place of "El hospital de Puerto Quillén"…) */
        /* (or by the word before it: "la société Logis Armorique") */
        if (q->kind != ENTITY_ORG && !names_organisation(d, r, q->name_start, q->name_end) &&
            !names_organisation(d, r, we > ws ? ws : pm->pos, pm->end))
            continue;
        org = pm->person;
        org_sent = pm->sent;
        org_pos = pm->pos;
        if (last_named) break;
    }
    size_t org_start = org != NO_PERSON ? reg->people.items[org].name_start : 0;
    size_t org_end = org != NO_PERSON ? reg->people.items[org].name_end : 0;
    int subject = org != NO_PERSON && (opens_clause(d, r, org_pos) || inverted_subject(d, r, org_pos));
    /* (a description named nearer, or first in the same sentence; not one that holds the name
     * found, which is the organisation's, named as the description's place says: "L'association
     * Peupliers debout, qui …, dénonce") */
    for (size_t i = reg->org_descriptions.len; i-- > 0;) {
        const org_description *od = &reg->org_descriptions.items[i];
        if (od->end > rs || od->start >= name) continue;
        if (od->start < named_after || od->sent + 1 < sent) break;
        if (od->joined && !last_named) continue;
        /* (nor one whose name the registry's follows in apposition: "Le bailleur, la société
         * Logis Armorique, justifie") */
        if (org != NO_PERSON && org_pos >= od->start &&
            (org_pos < od->end ? !span_word_in(d, r, &r->connectors, od->start, org_pos, 0) : apposed(d, od->end, org_pos))) {
            subject |= od->subject;
            continue;
        }
        if (org != NO_PERSON &&
            (last_named ? od->start < org_pos : od->sent < org_sent || (od->sent == org_sent && od->start > org_pos)))
            continue;
        org = SIZE_MAX - 1; /* (no one of the registry) */
        org_sent = od->sent;
        org_pos = od->start;
        org_start = od->start;
        org_end = od->end;
        subject = od->subject;
        if (last_named) break;
    }
    if (org == NO_PERSON || (!subject && !last_named && !no_one_beside(reg, d, r, org, org_sent, org_pos, name))) return;

    /* (no one named between them by a surname alone: "… a licencié Dupré. Son avocat"; not a
     * capital that opens a sentence, "En conférence de presse", nor a word in brackets, the
     * organisation's own short name, "la Federación de Promotores (Fepcova)"; and where every
     * noun is capitalised, any noun is read as one, "hat Klage eingereicht") */
    for (size_t i = 0; i < reg->shorts.len && !rules_feature(r, FEATURE_CAPITALISED_NOUNS); i++) {
        size_t at = reg->shorts.items[i].at.pos;
        if (at > org_pos && at < rs && !opens_sentence(d, at) && d->text[at - 1] != '(') return;
    }
    ps->role_org_start = (uint32_t)org_start;
    ps->role_org_end = (uint32_t)org_end;
    ps->role_org_for = ps->role_start;
}

/* Is the word at t the last word of the name of someone the registry holds ("Trump" after
 * "Donald Trump")? */
static int person_named_by(const registry *reg, const document *d, const token *t) {
    size_t n = t->stem_end - t->start;
    for (size_t q = 0; q < reg->people.len; q++) {
        const person *ps = &reg->people.items[q];
        if (ps->kind == ENTITY_PERSON && ps->name_end - ps->name_start >= n &&
            same_text(d, ps->name_end - n, ps->name_end, t->start, t->stem_end) &&
            (ps->name_end - ps->name_start == n || d->text[ps->name_end - n - 1] == ' '))
            return 1;
    }
    return 0;
}

/* Words of an organisation's name after an affiliation's preposition, at most. */
enum { AFFILIATION_NAME_TOKENS = 8 };

/* The organisation of person ps's role, from the word first to the word last. */
static void role_org_of(person *ps, const token *first, const token *last) {
    ps->role_org_start = (uint32_t)first->start;
    ps->role_org_end = (uint32_t)last->stem_end;
    ps->role_org_for = ps->role_start;
}

/* "sagte Ortsstellenleiter Bernhard Stadlmayr von der Bergrettung Gmunden", "said rescue chief
 * Bernard Stadler of the Gmunden Mountain Rescue": a title before the name, with no complement
 * of its own, and after the name a preposition of rules/<lang>/affiliation-prepositions.txt, its
 * article, and a capitalised name up to punctuation or a verb: the organisation whose role it is,
 * written after the role as a possessive's is ("Ortsstellenleiter, Bergrettung Gmunden"). */
static void note_affiliation(registry *reg, const document *d, const whosaid_rules *r, const token_vec *toks,
                             const mention *m, size_t p) {
    person *ps = &reg->people.items[p];
    const token *t = toks->items;
    size_t n = toks->len, e = m->next_tok;
    /* (set off by commas too: "El geólogo Rodrigo Alarcón, de la Universidad de Cuyo, dijo") */
    int comma = e + 1 < n && punct_is(&t[e], ',');
    e += (size_t)comma;
    if (m->kind != MENTION_NAME || m->role_end <= m->role_start || m->role_end > m->name_start ||
        ps->role_start != m->role_start || ps->role_org_end > ps->role_org_start || e + 2 >= n ||
        !(t[e].flags & TOK_LOWER) || token_in(d, &t[e], &r->affiliation_prepositions) < 0)
        return;
    /* (a role with a complement or a name in it already says whose it is: "Sprecherin der
     * Polizei", "Monmouth University political scientist"; where every noun is capitalised,
     * features.txt "capitalised-nouns", a capital tells no name) */
    for (size_t k = 0; k < e && t[k].start < m->name_start; k++)
        if (t[k].start >= m->role_start && (((t[k].flags & TOK_LOWER) && tok_connector(d, r, &t[k])) ||
                                             ((t[k].flags & TOK_CAP) && !tok_title(d, r, &t[k]) &&
                                              !rules_feature(r, FEATURE_CAPITALISED_NOUNS))))
            return;
    size_t a = e + 1;
    if (a < n && (t[a].flags & TOK_LOWER) && tok_article(d, r, &t[a])) a++;
    /* ("La abogada X, de la organización Familiares de Privados de Libertad,": the kind in lower
     * case before the name is the organisation's too) */
    size_t kind = a;
    if (a + 1 < n && (t[a].flags & TOK_LOWER) && (t[a + 1].flags & TOK_CAP) && tok_org_kind(d, r, &t[a])) a++;
    size_t c = a;
    while (c < n && c < a + AFFILIATION_NAME_TOKENS &&
           ((t[c].flags & TOK_CAP) ||
            (c > a && (t[c].flags & TOK_LOWER) && tok_connector(d, r, &t[c]) && c + 1 < n && (t[c + 1].flags & TOK_CAP))))
        c++;
    /* (or a name that goes on in lower case: "le lieutenant X, du centre de secours d'Hagetmau,") */
    size_t lower_end = affiliation_complement_end(d, r, t, n, kind);
    if (lower_end > kind) {
        role_org_of(ps, &t[kind], &t[lower_end - 1]);
        return;
    }
    if (c == a || !(t[c - 1].flags & TOK_CAP) || (t[c - 1].flags & TOK_POSS)) return;
    /* (no person: "with Bernie Sanders", "de María López", "of Trump" after "Donald Trump"; one
     * word where every noun is capitalised only where it shows a body or a place, an acronym, a
     * word of organisations.txt or places.txt, a noun of a kind of organisation, "von der
     * Landespolizeidirektion": not "vom Montag", "bei der Pressekonferenz") */
    int shown = kind < a || (t[a].flags & TOK_ALLCAPS) || token_in(d, &t[a], &r->places) >= 0 || token_in(d, &t[a], &r->organisations) >= 0 ||
                rules_compound_in(r, &r->org_nouns, (const char *)d->text + t[a].start, t[a].stem_end - t[a].start) >= 0;
    if (c == a + 1 && !shown &&
        (rules_feature(r, FEATURE_CAPITALISED_NOUNS) || tok_first_name(d, r, &t[a]) || person_named_by(reg, d, &t[a])))
        return;
    if (c > a + 1 && tok_first_name(d, r, &t[a])) return;
    /* (nor an occasion, where every noun is capitalised: "sagte X bei der Präsentation im
     * VIP-Klub des Stadions", rules/<lang>/occasion-nouns.txt) */
    if (r->occasion_nouns.len &&
        rules_compound_in(r, &r->occasion_nouns, (const char *)d->text + t[a].start, t[a].stem_end - t[a].start) >= 0)
        return;
    /* (one word after a name's particle is the name's, "Rodrigo Alarcón de la Fuente", or a
     * place's, "Marta Ibáñez, de Mendoza,"; not where every noun is capitalised, where the name
     * never reads on past a surname: "von der Landespolizeidirektion") */
    if (c == a + 1 && !(t[a].flags & TOK_ALLCAPS) && tok_particle(d, r, &t[e]) && !rules_feature(r, FEATURE_CAPITALISED_NOUNS))
        return;
    if (c < n && !(t[c].flags & TOK_PUNCT) && (comma || token_in(d, &t[c], &r->verbs) < 0)) return;
    role_org_of(ps, &t[kind], &t[c - 1]);
}

/* Does a name's particle open the mention's name, no first name before it ("De la Torre", "van
 * der Berg")? */
static int opens_with_particle(const document *d, const whosaid_rules *r, const mention *m) {
    /* (a name of one word, most of those asked, has no word before its surname) */
    if (m->surname_start <= m->name_start) return 0;
    size_t w = m->name_start;
    while (w < m->name_end && d->text[w] != ' ') w++;
    return w < m->surname_start && wordset_get_folded(&r->name_particles, (const char *)d->text + m->name_start,
                                                      w - m->name_start) >= 0;
}

/* find_by_inner_surname of the mention's surname, or of its name where particles open it ("De
 * la Torre" of "Pedro de la Torre Anaya"); asked only of a name of one word, one with a first
 * name, or one that particles open (NO_PERSON for any other). */
static size_t find_by_inner_name(const registry *reg, const document *d, const mention *m, size_t fs, size_t fe) {
    /* (the particle read once for both questions) */
    int particle = opens_with_particle(d, reg->rules, m);
    if (!(m->name_tokens < 2 || fe > fs || particle)) return NO_PERSON;
    if (particle) return find_by_inner_surname(reg, d, m->name_start, m->surname_end, fs, fe);
    return find_by_inner_surname(reg, d, m->surname_start, m->surname_end, fs, fe);
}

/* How many people, the latest first, name_opening_with reads. */
enum { NAME_OPENING_READ = 64 };

/* The latest named before (of nobody a known first name, honorific or title showed to be a person)
 * whose name opens with text[a, b) and goes on after a space: "Eastern Gateway" after "Eastern
 * Gateway Ports"; NO_PERSON where none. */
static size_t name_opening_with(const registry *reg, const document *d, size_t a, size_t b) {
    size_t n = b - a;
    for (size_t q = reg->people.len, read = 0; q-- > 0 && read < NAME_OPENING_READ; read++) {
        const person *ps = &reg->people.items[q];
        if (ps->kind != ENTITY_GROUP && !ps->personal && name_opens_with(d, ps, a, n)) return q;
    }
    return NO_PERSON;
}

int registry_named_by_first_name(const registry *reg, const document *d, size_t p) {
    const person *ps = &reg->people.items[p];
    return ps->kind == ENTITY_PERSON && ps->first_end > ps->first_start &&
           text_first_name(d, reg->rules, ps->first_start, ps->first_end - ps->first_start) >= 0;
}

/* Registers a name mention; *who is the person (NO_PERSON when the name is too thin). */
static int register_name(registry *reg, build_ctx *c, const mention *m, int subject, int shown, int introduced,
                         size_t *who) {
    const document *d = c->d;
    size_t fs, fe;
    first_name(d, c->r, m, &fs, &fe);
    int first_gender = fe > fs ? text_first_name(d, c->r, fs, fe - fs) : -1;
    int personal = m->gender || m->titled || first_gender >= 0;
    if (first_gender < 0 && m->name_tokens >= 2) {
        /* "Ben Odell": a word that may be a particle ("ben") still shows a gender as a first name;
         * "J. Gerald Hebert": after an initial, the next word does */
        size_t a = m->name_start, e = a;
        while (e < m->name_end && d->text[e] != ' ') e++;
        int initial = e - a == 2 && d->text[a + 1] == '.';
        /* (after a first name the rules lack, a known one shows a person, but no gender: it is
         * a second given name in "Carolina Inés Méndez", a surname in "Ascensión Martín Ruiz") */
        int second = !initial && m->name_tokens >= 3 && e == fe;
        if ((initial || second) && e < m->name_end) {
            a = e + 1;
            for (e = a; e < m->name_end && d->text[e] != ' ';) e++;
        }
        int g = e < m->name_end ? text_first_name(d, c->r, a, e - a) : -1;
        if (g >= 0 && second) personal = 1;
        else if (g > 0) first_gender = g;
    }
    int evidence = shown || personal;
    int quoted = inside_quote(c, m->start);
    /* "Michelle Obama" is not the Obama whom "Mr." showed to be a man */
    mention gm = *m;
    if (!gm.gender && first_gender > 0) gm.gender = first_gender;
    /* (a word alone that is a first name may be the surname of one named before, whatever
     * gender the first name shows, where no honorific or title before it shows one: "said Cole,
     * 72" after "Janet Cole"; not "Mr. Obama" after "Michelle Obama") */
    if (m->name_tokens < 2 && !m->titled && m->start == m->name_start) gm.gender = 0;
    size_t p = find_by_name_tail(reg, d, m, 0), surname_hash = text_hash(d, m->surname_start, m->surname_end);
    if (p == NO_PERSON) p = first_surname_holder(reg, d, m, find_person_hashed(reg, d, &gm, surname_hash, fs, fe));
    /* (not a name that an apposition or an age introduces: "Luis Rodríguez, de 19 años" is
     * not "José Luis Rodríguez, de 71 años") */
    if (p == NO_PERSON && !introduced && m->role_end == m->role_start) p = find_by_name_tail(reg, d, m, 1);
    /* "Maria said" after "Maria Lindqvist": a first name alone stands for that person */
    if (p == NO_PERSON && m->name_tokens < 2 && !m->titled)
        p = find_by_first_name(reg, d, m->surname_start, m->surname_end, surname_hash);
    if (p == NO_PERSON) p = find_by_inner_name(reg, d, m, fs, fe);
    if (p == NO_PERSON && m->name_tokens >= 3 && fe > fs && rules_feature(c->r, FEATURE_INNER_SURNAMES)) {
        /* "Lucía Ferrer Soler" after "Lucía Ferrer": the same person, named in full; so is
         * "Francisca Andrea Manríquez Oyarzún" after "Francisca Manríquez" (a second given name
         * the rules may not know: each word before the last may be the first surname) */
        mention inner = *m;
        for (size_t w = fe + 1, words = 0; p == NO_PERSON && w < m->surname_start && words < INNER_SURNAME_WORDS; words++) {
            inner.surname_start = inner.surname_end = w;
            while (inner.surname_end < m->surname_start && d->text[inner.surname_end] != ' ') inner.surname_end++;
            if (inner.surname_end >= m->surname_start) break;
            p = find_person(reg, d, &inner, fs, fe);
            w = inner.surname_end + 1;
        }
    }
    if (p == NO_PERSON && m->name_tokens < 2) p = find_by_hyphen_part(reg, d, m->surname_start, m->surname_end);
    /* "Eastern Gateway, which is owned by …, said" after "the port's operator, Eastern Gateway
     * Ports": a name of two words or more, of no one shown to be a person, that opens a longer
     * one named before is its short form */
    if (p == NO_PERSON && m->name_tokens >= 2 && !personal) p = name_opening_with(reg, d, m->name_start, m->name_end);
    /* "Bergretter Eder" after "Hannes Eder": where every noun is capitalised, a word that no
     * first name is before the surname of one named before is a noun of what they are */
    /* (its name stays the one the text gave: the noun is none of it) */
    int noun_before_surname = 0;
    if (p == NO_PERSON && m->name_tokens == 2 && fe > fs && first_gender < 0 && rules_feature(c->r, FEATURE_CAPITALISED_NOUNS)) {
        size_t held = find_person_hashed(reg, d, m, surname_hash, 0, 0);
        if (held != NO_PERSON && registry_named_by_first_name(reg, d, held) && reg->people.items[held].name_start < m->start)
            p = held, noun_before_surname = 1;
    }
    *who = NO_PERSON;
    if (p == NO_PERSON) {
        /* (one word with a gender, which an apposition may show, apposition_gender, is someone's
         * here; without, it waits among the shorts, and resolve_shorts makes a first name alone
         * that a verb showed someone's a person) */
        /* (…but not a first name the rules know that an apposition introduces: "Marc, un
         * navetteur de Ciney, a mis trois heures", whose apposition is his role) */
        int alone_gender = m->name_tokens < 2 && introduced
                               ? text_first_name(d, c->r, m->surname_start, m->surname_end - m->surname_start)
                               : -1;
        if (m->name_tokens < 2 && !m->titled && !m->gender && alone_gender < 0) {
            /* a bare surname: its full name may come later ("Lametti ... David Lametti") */
            short_mention sm = {{m->start, m->end, NO_PERSON, c->sent, (unsigned char)subject, (unsigned char)quoted, (unsigned char)m->possessive, 0},
                                m->surname_start, m->surname_end, shown, 0, surname_hash};
            return VEC_PUSH(&reg->shorts, sm);
        }
        person np = {.name_start = m->name_start, .name_end = m->name_end, .surname_start = m->surname_start,
                     .surname_end = m->surname_end, .first_start = fs, .first_end = fe, .gender = m->gender,
                     .evidence = evidence, .personal = personal, .kind = ENTITY_PERSON};
        if (!np.gender && first_gender > 0) np.gender = first_gender;
        if (!np.gender && alone_gender > 0) np.gender = (unsigned char)alone_gender;
        np.first_alone = alone_gender >= 0;
        /* a role read inside a quotation is the speaker's words, not the document's */
        if (m->role_end > m->role_start && !quoted) {
            np.role_start = m->role_start;
            np.role_end = m->role_end;
        }
        if (VEC_PUSH(&reg->people, np) != 0) return -1;
        p = reg->people.len - 1;
        if (index_person(reg, d, p) != 0) return -1;
    } else {
        person *ps = &reg->people.items[p];
        if (!noun_before_surname &&
            m->name_end - m->name_start > ps->name_end - ps->name_start + (ps->first_apart ? ps->first_end - ps->first_start : 0)) {
            ps->name_start = m->name_start;
            ps->name_end = m->name_end;
            ps->first_start = fs;
            ps->first_end = fe;
            ps->first_apart = 0;
        }
        /* a role before the name wins over one in apposition; a rank over no office */
        /* (but not a shorter one before the surname alone, a later mention's shorthand, over an
         * office with its complement: "Mehmet Yıldız, Inhaber eines Obst- und Gemüseladens, ….
         * Händler Yıldız"; over an epithet, "Emanuel, a consummate tactician, …. Mayor Emanuel",
         * it does) */
        int longer = m->role_end - m->role_start > ps->role_end - ps->role_start;
        int shorthand = !longer && m->name_start == m->surname_start &&
                        role_head_end(c->r, d, ps->role_start, ps->role_end) < ps->role_end;
        if (m->role_end > m->role_start && !quoted &&
            !(ps->role_end > ps->role_start && !role_is_rank(d, c->r, ps->role_start, ps->role_end) &&
              role_is_rank(d, c->r, m->role_start, m->role_end)) &&
            ((ps->role_apposed && !shorthand) || longer)) {
            ps->role_start = m->role_start;
            ps->role_end = m->role_end;
            ps->role_apposed = 0;
        }
        if (!ps->gender) ps->gender = m->gender ? m->gender : first_gender > 0 ? first_gender : 0;
        if (evidence) ps->evidence = 1;
        if (personal) ps->personal = 1;
    }
    *who = p;
    return add_mention(reg, c, p, m->start, m->end, subject, m->possessive);
}

/* "Bruno y Matías Lanusse", "Amandine et Kevin Rolland": a first name alone before a
 * conjunction and the full name of person p at toks[i] is someone of the same surname, whom
 * "Bruno" later names (the short mention it left resolves to them by first name); written as
 * that first name and the words after the other's. Only where no capitalised word goes before
 * it ("Hillary Clinton and Bernie Sanders"), and it is no surname the registry knows. */
static int register_first_name_joined_read(registry *reg, build_ctx *c, const token_vec *toks, size_t i, const mention *m,
                                           size_t p) {
    const document *d = c->d;
    const whosaid_rules *r = c->r;
    const token *t = toks->items;
    /* (the tokens before the name first: most names follow no conjunction) */
    if (p == NO_PERSON || i < 2 || m->name_start != t[i].start || !(t[i - 1].flags & TOK_LOWER) ||
        token_in(d, &t[i - 1], &r->conjunctions) < 0 || !(t[i - 2].flags & TOK_CAP) ||
        (t[i - 2].flags & (TOK_ALLCAPS | TOK_POSS | TOK_ABBREV)) || !tok_first_name(d, r, &t[i - 2]) ||
        (i > 2 && (t[i - 3].flags & TOK_CAP) && token_in(d, &t[i - 3], &r->prepositions) < 0))
        return 0;
    size_t fs, fe;
    first_name(d, r, m, &fs, &fe);
    if (fe <= fs || fs != t[i].start || fe >= m->surname_start) return 0;
    mention f1 = {0};
    f1.surname_start = t[i - 2].start;
    f1.surname_end = t[i - 2].stem_end;
    size_t hash = text_hash(d, f1.surname_start, f1.surname_end);
    if (find_person_hashed(reg, d, &f1, hash, 0, 0) != NO_PERSON) return 0;
    /* ("Hillary and Chelsea Clinton" after "Hillary Clinton": named already) */
    size_t known = find_by_first_name(reg, d, f1.surname_start, f1.surname_end, hash);
    if (known != NO_PERSON && same_text(d, reg->people.items[known].surname_start, reg->people.items[known].surname_end,
                                        m->surname_start, m->surname_end))
        return 0;
    size_t rest = t[i + 1].start; /* (the name's next word, whatever the space before it) */
    int g = text_first_name(d, r, f1.surname_start, f1.surname_end - f1.surname_start);
    person np = {.name_start = (uint32_t)rest, .name_end = m->name_end, .surname_start = m->surname_start,
                 .surname_end = m->surname_end, .first_start = f1.surname_start, .first_end = f1.surname_end,
                 .gender = g > 0 ? (unsigned char)g : 0, .evidence = reg->people.items[p].evidence, .personal = 1,
                 .kind = ENTITY_PERSON, .first_apart = 1};
    if (VEC_PUSH(&reg->people, np) != 0) return -1;
    return index_person(reg, d, reg->people.len - 1);
}
/* (in line, the first tests: a word in lower case, the conjunction, before the name; every name
 * registered asks it) */
static TEST_INLINE int register_first_name_joined(registry *reg, build_ctx *c, const token_vec *toks, size_t i,
                                                  const mention *m, size_t p) {
    if (p == NO_PERSON || i < 2 || !(toks->items[i - 1].flags & TOK_LOWER)) return 0;
    return register_first_name_joined_read(reg, c, toks, i, m, p);
}

/* Is the token of toks that starts at byte at a title ("aide-soignante à Lyon", not "comparaît
 * depuis lundi")? */
static int opens_with_title(const document *d, const whosaid_rules *r, const token_vec *toks, size_t at) {
    for (size_t k = 0; k < toks->len && toks->items[k].start <= at; k++)
        if (toks->items[k].start == at) return tok_title(d, r, &toks->items[k]);
    return 0;
}

/* Does the role text[a, b) open with an ordinal in lower case that places someone in the story
 * ("third candidate", "primer testigo")? */
static int opens_with_story_ordinal(const document *d, const whosaid_rules *r, size_t a, size_t b) {
    size_t e = a;
    while (e < b && d->text[e] != ' ') e++;
    /* (looked up as written: a capitalised ordinal belongs to an office, "First Deputy Mayor") */
    return e < b && e > a && wordset_get(&r->story_ordinals, (const char *)d->text + a, e - a) >= 0;
}

/* Is text[a, b) one word, no abbreviation ("politologue", "Mitautor"; not "Rep.", "député du
 * Gers")? */
static int one_word_occupation(const document *d, size_t a, size_t b) {
    if (b <= a || d->text[b - 1] == '.') return 0;
    for (size_t k = a; k < b; k++)
        if (d->text[k] == ' ') return 0;
    return 1;
}

/* Is someone else named among the words of text[a, b): a first name after a title or an
 * honorific ("Sen. Ted Cruz"; not "Vecinos por San Ignacio")? */
static int names_someone_in(const document *d, const whosaid_rules *r, const token_vec *toks, size_t a, size_t b) {
    const token *t = toks->items;
    for (size_t k = 1; k < toks->len && t[k].start < b; k++)
        if (t[k - 1].start >= a && (t[k].flags & TOK_CAP) && tok_first_name(d, r, &t[k]) &&
            (tok_title(d, r, &t[k - 1]) || tok_honorific(d, r, &t[k - 1])))
            return 1;
    return 0;
}

/* Is a comma among toks[a, b)? */
static int comma_between(const token_vec *toks, size_t a, size_t b) {
    for (size_t k = a; k < b && k < toks->len; k++)
        if (punct_is(&toks->items[k], ',')) return 1;
    return 0;
}

/* "Interrogé par la présidente de la cour, Martine Delvaux, il …": does the sentence of toks open
 * with a reporting verb's participle and its agent's preposition (agent-prepositions.txt), whose
 * phrase runs to the name at toks[i] without a verb? Its person is who asked. */
static int opens_with_agent(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = toks->items;
    /* (the preposition first: its set's quick "no" inline, where the participle is a look-up) */
    if (i < 2 || i >= toks->len || !(t[0].flags & TOK_CAP) || !(t[1].flags & TOK_LOWER) ||
        wordset_get(&r->agent_prepositions, (const char *)d->text + t[1].start, t[1].stem_end - t[1].start) < 0 ||
        (token_in(d, &t[0], &r->verbs) < 0 &&
         wordset_get_folded(&r->contact_participles, (const char *)d->text + t[0].start, t[0].stem_end - t[0].start) < 0))
        return 0;
    for (size_t k = 2; k < i; k++)
        if (token_in(d, &t[k], &r->verbs) >= 0 || token_in(d, &t[k], &r->auxiliaries) >= 0) return 0;
    return 1;
}

/* Does m's role stand right before its name, a space between ("fiscal Cruz Muñoz"), not
 * someone else's ("porte-parole de Catherine Lejeune")? */
static int role_next_to_name(const document *d, const mention *m) {
    size_t e = m->role_end;
    while (e < m->name_start && (d->text[e] == ' ' || d->text[e] == '.')) e++;
    return e == m->name_start;
}

/* The gender the first word of text[s, e) shows (rules/<lang>/gendered-nouns.txt, a compound by
 * its last part), as rules_gendered gives it. */
static int first_word_gender(const document *d, const whosaid_rules *r, size_t s, size_t e) {
    size_t w = s;
    while (w < e && d->text[w] != ' ') w++;
    return rules_gendered(r, (const char *)d->text + s, w - s);
}

/* Is m's role a noun of either gender ("fiscal", "juez", "périodiste"), none of its words before
 * a connector a noun that shows one (gendered-nouns.txt: "Sprecherin", "ministra"; past an
 * adjective of place, "der Frankfurter Fachanwältin")? */
static int role_of_either_gender(const document *d, const whosaid_rules *r, const mention *m) {
    /* (the first word the rules say anything of decides, a gendered noun's or a title's: "la
     * fiscal jefe" is of either, as "fiscal" is, whatever "jefe" shows) */
    for (size_t a = m->role_start, b; a < m->role_end; a = b + 1) {
        b = a;
        while (b < m->role_end && d->text[b] != ' ') b++;
        if (a > m->role_start && wordset_get_folded(&r->connectors, (const char *)d->text + a, b - a) >= 0) break;
        int g = rules_compound_in(r, &r->gendered_nouns, (const char *)d->text + a, b - a);
        if (g >= 0) return g == 0;
        if (rules_compound_in(r, &r->titles, (const char *)d->text + a, b - a) >= 0) return 1;
    }
    return 1;
}

/* Does the role text[rs, re) hold a noun made from an adjective in a case other than the subject's
 * (rules/<lang>/adjectival-noun-endings.txt and an "n": "der psychiatrischen Sachverständigen",
 * whose "der" is a woman's dative, no man's article)? */
static int adjectival_noun_declined(const document *d, const whosaid_rules *r, size_t rs, size_t re) {
    if (!r->adjectival_noun_endings.len) return 0;
    /* (the words before its complement: not "Gemünden" of "Der Bürgermeister in Gemünden") */
    for (size_t a = rs, b; a < re; a = b + 1) {
        b = a;
        while (b < re && d->text[b] != ' ') b++;
        const char *w = (const char *)d->text + a;
        if (a > rs && (wordset_get_folded(&r->connectors, w, b - a) >= 0 || wordset_get_folded(&r->prepositions, w, b - a) >= 0))
            return 0;
        if (b - a > 2 && d->text[b - 1] == 'n' && rules_ends_in(&r->adjectival_noun_endings, w, b - a - 1)) return 1;
    }
    return 0;
}

/* The gender an article of the set shows right before the role that starts at byte role_start,
 * among toks[0, next); 0 where none:
 * - apposition-articles.txt, before a description that a name in apposition makes one person
 *   ("die Vorsitzende des Gesamtbetriebsrats, Sevgi Aydın": German "die" is the plural's too,
 *   but not before one name);
 * - singular-articles.txt, before a role next to a name ("La fiscal Cruz Muñoz"). */
static int article_gender(const document *d, const wordset *articles, const token_vec *toks, size_t next,
                          size_t role_start) {
    size_t k = 0;
    while (k < next && toks->items[k].start < role_start) k++;
    if (k == 0 || k >= next || toks->items[k].start != role_start) return 0;
    int g = token_in(d, &toks->items[k - 1], articles);
    return g == GENDER_MALE || g == GENDER_FEMALE ? g : 0;
}

static size_t token_from(const token_vec *toks, size_t from, size_t at);

/* The gender an apposition's role text[rs, re) shows of a person: its first word's
 * (gendered-nouns.txt: ", la madre del niño"), or where that word is a title, the article's
 * before it (singular-articles.txt, apposition-articles.txt: ", la portavoz del club"); 0 where
 * none (", la capital andaluza" is a place's). */
static int apposition_gender(const document *d, const whosaid_rules *r, const token_vec *toks, size_t rs, size_t re) {
    int g = first_word_gender(d, r, rs, re);
    if (g == GENDER_MALE || g == GENDER_FEMALE) return g;
    size_t k = token_from(toks, 0, rs);
    if (k >= toks->len || !tok_title_noun(d, r, &toks->items[k])) return 0;
    g = article_gender(d, &r->singular_articles, toks, toks->len, rs);
    return g ? g : article_gender(d, &r->apposition_articles, toks, toks->len, rs);
}

/* Does a reporting verb stand right after the phrase toks[i, next) or right before it ("so ein
 * Sprecher der Bahn")? */
static int reports_around(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t next) {
    return is_reporting_verb(d, r, toks, next) || (i > 0 && is_reporting_verb(d, r, toks, i - 1));
}

/* Tokens of an aside between commas after a subject, at most. */
enum { ASIDE_TOKENS = 16 };

/* Does a reporting verb follow the phrase ending at toks[next] past an aside between commas ("one
 * farmer, who did not want to be named, said")? */
static int reports_after_aside(const document *d, const whosaid_rules *r, const token_vec *toks, size_t next) {
    const token *t = toks->items;
    if (next >= toks->len || !punct_is(&t[next], ',')) return 0;
    for (size_t k = next + 1; k < toks->len && k <= next + ASIDE_TOKENS; k++) {
        if (punct_is(&t[k], ',')) return is_reporting_verb(d, r, toks, k + 1);
        if (!(t[k].flags & TOK_WORD)) return 0;
    }
    return 0;
}

/* "In der Halle sitzt eine Mutter aus Pankow", "Nun steht ein Vater am Schalter": where the
 * finite verb comes second (features.txt "verb-second"), after a sentence that opens with a
 * preposition's phrase or an adverb, the phrase right after that verb, toks[i], is its
 * subject (not after a subject that opens it: "Die Polizei fand eine Mutter"). */
static int after_fronted_verb(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = toks->items, *v = &t[i - 1];
    if (!(t[0].flags & TOK_CAP) ||
        (token_in(d, &t[0], &r->prepositions) < 0 &&
         wordset_get_folded(&r->adverbs, (const char *)d->text + t[0].start, t[0].stem_end - t[0].start) < 0))
        return 0;
    if (!(v->flags & TOK_LOWER) || tok_article(d, r, v) || tok_connector(d, r, v) || token_in(d, v, &r->prepositions) >= 0 ||
        token_in(d, v, &r->conjunctions) >= 0 || tok_adverb(d, r, v) || tok_pronoun_word(d, r, v))
        return 0;
    /* (a word after an article is its phrase's adjective, no verb: "Für Helmut Schäfer bedeutet
     * der Streik eine weitere Woche Warten") */
    if (i >= 2 && (t[i - 2].flags & TOK_LOWER) && tok_article(d, r, &t[i - 2])) return 0;
    for (size_t k = 1; k + 1 < i; k++)
        if (!(t[k].flags & TOK_WORD)) return 0;
    return 1;
}

/* Is toks[i] the first word after a phrase of place or time that opens the sentence, up to its
 * one comma ("Dans la salle d'attente, un patient …", "In the lobby, a nurse …"): where the
 * subject stands? Not after a name ("As Andrew Tabler, an expert on Syria, noted": the
 * description is the name's apposition), nor where the language capitalises every noun. */
static int after_fronted_phrase(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = toks->items;
    if (i >= 3 && rules_feature(r, FEATURE_VERB_SECOND)) return after_fronted_verb(d, r, toks, i);
    /* (or an adverb of place or time, or a time: "Plus loin, un éleveur …", "Hier, une
     * infirmière …") */
    if (i < 2 || !punct_is(&t[i - 1], ',') || !(t[0].flags & TOK_CAP) ||
        (token_in(d, &t[0], &r->prepositions) < 0 && token_in(d, &t[0], &r->adverbs) < 0 && token_in(d, &t[0], &r->time_nouns) < 0))
        return 0;
    /* (a place's name after a preposition is the phrase's: "Sur le quai de la gare de
     * Bourgoin-Jallieu, Stéphanie …"; and so is a second phrase a comma and a preposition open:
     * "En la orilla, a la altura de Paso del Rey, Ramón Acuña …") */
    for (size_t k = 1; k + 1 < i; k++)
        if (punct_is(&t[k], ',') && (t[k + 1].flags & TOK_LOWER) && token_in(d, &t[k + 1], &r->prepositions) >= 0)
            continue;
        else if (!(t[k].flags & TOK_WORD) ||
            ((t[k].flags & TOK_CAP) && !((k == 1 || (t[k - 1].flags & TOK_LOWER)) && (token_in(d, &t[k - 1], &r->prepositions) >= 0 ||
                                                                                    tok_connector(d, r, &t[k - 1])))))
            return 0;
    return 1;
}

/* Does a name of two words or more stand in apposition from the comma at toks[k] (", Noelia
 * Carr,")? */
static int name_in_apposition_after(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    if (k + 2 >= toks->len || !punct_is(&toks->items[k], ',')) return 0;
    mention named = parse_mention(d, r, toks, k + 1);
    return named.kind == MENTION_NAME && named.name_tokens >= 2;
}

/* The gender a role's first word shows ("Leiterin der Musikschule"), 0 where none. */
static int role_noun_gender(const whosaid_rules *r, const document *d, size_t rs, size_t re) {
    size_t e = rs;
    while (e < re && d->text[e] != ' ') e++;
    return e > rs ? rules_gendered(r, (const char *)d->text + rs, e - rs) : 0;
}

/* The gender a description shows by its article's honorific or its noun ("Una madre", "die
 * Leiterin"), 0 where none. */
static int description_gender(const whosaid_rules *r, const document *d, const mention *m) {
    if (m->gender) return m->gender;
    int g = m->head_end > m->head_start ? rules_gendered(r, (const char *)d->text + m->head_start, m->head_end - m->head_start) : 0;
    return g ? g : role_noun_gender(r, d, m->role_start, m->role_end);
}

/* Tokens from a relative to the name its clause gives, at most (name_given_in_relative's words
 * before the word that gives it, the marker and the words between, an honorific). */
enum { GIVEN_NAME_TOKENS = GIVEN_NAME_WORDS + 4 };

/* The relative before the mention at toks[i], whose name opens at toks[name], whose clause
 * gives it ("who gave his surname only as Chan"; name_given_in_relative), with the gender its
 * possessive or an honorific shows in *gender; or 0. */
static size_t given_by_relative(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t name,
                                int *gender) {
    const token *t = toks->items;
    if (!r->name_givers.len || i < 4 || !(t[i - 1].flags & TOK_LOWER) ||
        (token_in(d, &t[i - 1], &r->role_markers) < 0 && token_in(d, &t[i - 1], &r->honorifics) < 0))
        return 0;
    for (size_t k = i - 2; k > 0 && i - k <= GIVEN_NAME_TOKENS; k--)
        if (tok_relative(d, r, &t[k])) return name_given_in_relative(d, r, t, toks->len, k, gender) == name ? k : 0;
    return 0;
}

/* Words of a description before a relative clause, at most. */
enum { DESCRIPTION_BEFORE_RELATIVE = 6 };

/* The description that ends before the relative at toks[k] (a comma between them maybe), from
 * after its article or determiner, of lower-case words and numbers with a title among them
 * ("a 54-year-old teacher"): 1 and its span, or 0. */
static int description_ending_at(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k, size_t *rs,
                                 size_t *re) {
    const token *t = toks->items;
    size_t e = k > 0 && punct_is(&t[k - 1], ',') ? k - 1 : k, a = e;
    int titled = 0;
    while (a > 0 && e - a < DESCRIPTION_BEFORE_RELATIVE && (t[a - 1].flags & TOK_WORD) && !(t[a - 1].flags & TOK_CAP) &&
           !tok_article(d, r, &t[a - 1]) && token_in(d, &t[a - 1], &r->determiners) < 0)
        titled |= tok_title(d, r, &t[--a]);
    if (!titled || a == e || a == 0 || (!tok_article(d, r, &t[a - 1]) && token_in(d, &t[a - 1], &r->determiners) < 0)) return 0;
    *rs = t[a].start;
    *re = t[e - 1].end;
    return 1;
}

/* Registers a person known by a description ("ein Sprecher der Polizei"): named by it as
 * written, its role the description without the article; of the gender its article shows
 * (article_gender) where gendered-nouns.txt gives its noun as of either ("una hincha", not a
 * title: "un portavoz" may speak for anyone). */
static int register_description(registry *reg, build_ctx *c, const mention *m, int subject, int kind, int article_gender) {
    person np = {.name_start = m->start, .name_end = m->end, .surname_start = m->start, .surname_end = m->end,
                 .role_start = m->role_start, .role_end = m->role_end, .evidence = 1, .personal = 1,
                 .kind = (unsigned char)kind};
    /* (the gender its noun shows: "Una madre", "a father of three") */
    int g = description_gender(c->r, c->d, m);
    if (g != GENDER_MALE && g != GENDER_FEMALE && m->head_end > m->head_start &&
        wordset_get_folded(&c->r->gendered_nouns, (const char *)c->d->text + m->head_start, m->head_end - m->head_start) >= 0)
        g = article_gender;
    if (kind == ENTITY_PERSON && (g == GENDER_MALE || g == GENDER_FEMALE)) np.gender = (unsigned char)g;
    if (VEC_PUSH(&reg->people, np) != 0) return -1;
    size_t p = reg->people.len - 1;
    if (index_person(reg, c->d, p) != 0) return -1;
    return add_mention(reg, c, p, m->start, m->end, subject, 0);
}

/* "der Deutsche Wetterdienst", "der Bayerische Alpenverein": where every noun is capitalised
 * (features.txt "capitalised-nouns"), a name of two words or more, no first name opening it,
 * whose last word is a kind of organisation or a compound ending in one
 * (rules/<lang>/organisation-nouns.txt) names an organisation, not a person. */
static int named_as_org(const document *d, const whosaid_rules *r, const token_vec *toks, const mention *m) {
    if (!rules_feature(r, FEATURE_CAPITALISED_NOUNS) || m->kind != MENTION_NAME || m->name_tokens < 2 || m->titled ||
        m->gender || mention_opens_with_first_name(d, r, toks, m))
        return 0;
    const char *w = (const char *)d->text + m->surname_start;
    size_t n = m->surname_end - m->surname_start;
    return wordset_get_folded(&r->org_nouns, w, n) >= 0 || rules_compound_in(r, &r->org_nouns, w, n) >= 0;
}

/* Where every noun is capitalised (features.txt "capitalised-nouns"), is m, read at toks[i], a
 * definite article that opens the sentence and one compound whose last part, not the whole, is
 * a kind of organisation ("Der Hauseigentümerverband", rules/<lang>/organisation-nouns.txt)? */
static int compound_org_subject(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, const mention *m) {
    const token *t = toks->items;
    if (!rules_feature(r, FEATURE_CAPITALISED_NOUNS) || m->next_tok != i + 2 || !(t[i + 1].flags & TOK_CAP) ||
        token_in(d, &t[i], &r->articles) != ARTICLE_DEFINITE)
        return 0;
    /* (not one whose first part is an acronym, "Die SP-Fraktion", which names its own) */
    if (acronym_compound(d, t[i + 1].start, t[i + 1].stem_end)) return 0;
    const char *w = (const char *)d->text + t[i + 1].start;
    size_t n = t[i + 1].stem_end - t[i + 1].start;
    return wordset_get_folded(&r->org_nouns, w, n) < 0 && rules_compound_in(r, &r->org_nouns, w, n) >= 0;
}

/* Is toks[k] an adjective that stands before its noun where most follow it
 * (rules/<lang>/prenominal-adjectives.txt), and a title after it ("Un jeune enseignant")?
 * (Inline: asked after most articles, and of none where the language lists no such
 * adjectives, English.) */
static inline int prenominal_then_title(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    const token *t = toks->items;
    return r->prenominal_adjectives.len && k + 1 < toks->len && tok_prenominal_adjective(d, r, &t[k]) &&
           (t[k + 1].flags & TOK_LOWER) && tok_title(d, r, &t[k + 1]);
}

/* Do words in lower case from t[k], no verb among them, end at t[e - 1] in a title of
 * titles.txt ("maths teacher", "senior nurse"; not a modifier, "welfare state", nor a word a
 * title's ending only makes one, "job guarantee")? Not where adjectives follow the noun
 * (features.txt "postnominal-adjectives": "Un plan director"). */
static int modifiers_then_title_read(const document *d, const whosaid_rules *r, const token *t, size_t k, size_t e);
static TEST_INLINE int modifiers_then_title(const document *d, const whosaid_rules *r, const token *t, size_t k,
                                            size_t e) {
    /* (the title first, by its column in the lexicon, exact for a word in lower case: asked
     * after most articles, it rules out nearly all, in line; the words before it out of line) */
    return (t[e - 1].flags & TOK_LOWER) && (t[e - 1].in_sets & r->titles.column_bit) &&
           modifiers_then_title_read(d, r, t, k, e);
}

/* modifiers_then_title past its first test: the words before the title. */
static int modifiers_then_title_read(const document *d, const whosaid_rules *r, const token *t, size_t k, size_t e) {
    if (rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) return 0;
    for (size_t w = k; w < e; w++)
        if (!(t[w].flags & TOK_LOWER) || (t[w].flags & TOK_POSS) || token_in(d, &t[w], &r->verbs) >= 0 ||
            token_in(d, &t[w], &r->auxiliaries) >= 0 || token_in(d, &t[w], &r->prepositions) >= 0)
            return 0;
    return 1;
}

/* Is the phrase m at toks[i] a plural description with a definite article ("Les agriculteurs",
 * "les habitants du quartier"), where features.txt has "plural-groups"? */
static int plural_group(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, const mention *m) {
    if ((m->kind != MENTION_DESCRIPTION && m->kind != MENTION_ROLE) || m->org || m->head_end <= m->head_start ||
        !rules_feature(r, FEATURE_PLURAL_GROUPS) || token_in(d, &toks->items[i], &r->articles) != ARTICLE_DEFINITE ||
        token_in(d, &toks->items[i], &r->singular_articles) >= 0)
        return 0;
    const char *head = (const char *)d->text + m->head_start;
    /* (a description that runs over a verb by its ending is no group's name: "Les étudiants
     * boursiers resteront exonérés.") */
    for (size_t k = i + 1; k < m->next_tok && k < toks->len; k++)
        if ((toks->items[k].flags & TOK_LOWER) && (token_in(d, &toks->items[k], &r->verbs) >= 0 ||
                                                   token_in(d, &toks->items[k], &r->auxiliaries) >= 0 ||
                                                   tok_finite_ending(d, r, &toks->items[k])))
            return 0;
    return rules_plural(r, head, m->head_end - m->head_start);
}

/* Bytes of a label in brackets after an apposition, at most ("(SSG)", "(UEWB)"). */
enum { LABEL_IN_BRACKETS_BYTES = 16 };

/* Is the first character after text[at] and its spaces a comma? */
static int comma_after(const document *d, size_t at) {
    while (at < d->len && (d->text[at] == ' ' || d->text[at] == '\t')) at++;
    /* (past a short label in brackets: ", secrétaire cantonale du Syndicat des soignants genevois
     * (SSG),") */
    if (at < d->len && d->text[at] == '(') {
        size_t c = at + 1;
        while (c < d->len && c < at + LABEL_IN_BRACKETS_BYTES && d->text[c] != ')' && d->text[c] != '\n') c++;
        if (c < d->len && d->text[c] == ')') at = c + 1;
    }
    return at < d->len && d->text[at] == ',';
}

/* The index of the first token from toks[from] on that starts at text[at] or after. */
static size_t token_from(const token_vec *toks, size_t from, size_t at) {
    while (from < toks->len && toks->items[from].start < at) from++;
    return from;
}

/* Does an age open at toks[k]: a connector, a number and a noun of years ("de 40 años", "de
 * 52 ans"), as names.c's ends_in_age reads one at a phrase's end? */
static int age_follows(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    return k + 3 <= toks->len && ends_in_age(d, r, toks->items, k, k + 3) == 3;
}

/* Does the role that starts at text[rs] (the tokens from toks[from]) name kin ("brother of the
 * mayor": rules/<lang>/kin-nouns.txt)? */
static int role_opens_with_kin(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from, size_t rs) {
    size_t k = token_from(toks, from, rs);
    return k < toks->len && token_in(d, &toks->items[k], &r->kin_nouns) >= 0;
}

/* ", madre de tres chicos,", ", a mother of two,", ", la hermana del alcalde,": an apposition
 * after the comma at toks[k] that opens with kin (kin-nouns.txt), after an article or not, says
 * someone is a person; with a complement (roles.c apposition_role) it is their role too. Returns the gender its noun shows
 * (gendered-nouns.txt), GENDER_UNKNOWN where none, or -1 where no kin opens it. */
static int kin_apposition(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    const token *t = toks->items;
    size_t n = toks->len;
    if (k + 1 >= n || !punct_is(&t[k], ',')) return -1;
    size_t j = k + 1 + (tok_article(d, r, &t[k + 1]) && (t[k + 1].flags & TOK_LOWER));
    if (j >= n || !(t[j].flags & TOK_LOWER) || token_in(d, &t[j], &r->kin_nouns) < 0) return -1;
    int g = first_word_gender(d, r, t[j].start, t[j].stem_end);
    return g == GENDER_MALE || g == GENDER_FEMALE ? g : GENDER_UNKNOWN;
}

/* "Mele Tuilagi and her husband refixed their mortgage": a conjunction, a possessive and a noun
 * of kin after the name (toks[k] on) show a person, of the gender the possessive shows where it
 * shows one ("her", not "son", "su"): that gender, GENDER_UNKNOWN where none, or -1 where no
 * kin follows so. */
static int kin_coordinated(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    const token *t = toks->items;
    if (k + 2 >= toks->len || !(t[k].flags & TOK_LOWER) || token_in(d, &t[k], &r->conjunctions) < 0 ||
        !(t[k + 1].flags & TOK_LOWER) || !(t[k + 2].flags & (TOK_LOWER | TOK_CAP)) || token_in(d, &t[k + 2], &r->kin_nouns) < 0)
        return -1;
    int g = token_in(d, &t[k + 1], &r->possessives);
    if (g < 0) return -1;
    return g == GENDER_MALE || g == GENDER_FEMALE ? g : GENDER_UNKNOWN;
}

/* "Su viuda, Herminia López Jiménez,", "His widow, Ann Lee,": kin after a possessive determiner
 * or an article that opens the clause, set off by commas around the name at toks[i] (toks[next]
 * after it), shows a person as kin in apposition after it does: the gender its noun shows,
 * GENDER_UNKNOWN where none, or -1 where no kin stands there. */
static int kin_before_name_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t next) {
    const token *t = toks->items;
    /* (set off after the name too: not a list, "Su madre, Zorion Arrieta y yo fuimos …") */
    if (next < toks->len && !punct_is(&t[next], ',') && !punct_is(&t[next], '.')) return -1;
    if (i < 3 || !punct_is(&t[i - 1], ',') || token_in(d, &t[i - 2], &r->kin_nouns) < 0 ||
        !(tok_article(d, r, &t[i - 3]) || token_in(d, &t[i - 3], &r->possessives) >= 0) ||
        (i > 3 && !(t[i - 4].flags & TOK_PUNCT)))
        return -1;
    int g = first_word_gender(d, r, t[i - 2].start, t[i - 2].stem_end);
    return g == GENDER_MALE || g == GENDER_FEMALE ? g : GENDER_UNKNOWN;
}
/* (in line, the comma before the name that most names lack; every name registered asks it) */
static TEST_INLINE int kin_before_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i,
                                       size_t next) {
    return i >= 3 && punct_is(&toks->items[i - 1], ',') ? kin_before_name_read(d, r, toks, i, next) : -1;
}

/* Does the name at toks[i] stand in apposition to the noun phrase that opens its sentence, an
 * article's or a possessive's, no verb in it ("Su hija, Pilar Carrera,")? */
static int apposed_to_opening_phrase(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = toks->items;
    if (i < 3 || !punct_is(&t[i - 1], ',')) return 0;
    size_t a = 0;
    while (a < i && (t[a].flags & TOK_PUNCT)) a++;
    if (a + 2 >= i || !(tok_article(d, r, &t[a]) || token_in(d, &t[a], &r->possessives) >= 0)) return 0;
    for (size_t w = a + 1; w + 1 < i; w++)
        if (!(t[w].flags & TOK_WORD) || tok_clause_word(d, r, &t[w])) return 0;
    return 1;
}

/* Does a relative open right after text[re) (the tokens from toks[from])? */
static int relative_follows(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from, size_t re) {
    size_t k = token_from(toks, from, re);
    return k < toks->len && tok_relative(d, r, &toks->items[k]);
}

/* ", 38, a real estate developer who has never held office,": does the role text[rs, re) (the
 * tokens from toks[from]) open with an article and a relative clause follow it? It is then a
 * noun phrase that a clause describes, no predicate (not ", 29 ans, comparaît depuis lundi pour
 * l'incendie qui …"). */
static int relative_after(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from, size_t rs,
                          size_t re) {
    size_t a = token_from(toks, from, rs);
    return a > 0 && tok_article(d, r, &toks->items[a - 1]) && relative_follows(d, r, toks, a, re);
}

/* "Selon …", "D'après …", "Según …": the tokens of a word that cites a source (rules/<lang>/
 * source-verbs.txt, "d_après" for "D'après") where it opens the sentence, or 0. */
static size_t source_opening(const document *d, const whosaid_rules *r, const token_vec *toks) {
    if (!r->source_verbs.len || toks->len < 2 || !(toks->items[0].flags & TOK_CAP)) return 0;
    return token_phrase_prefix(d, toks->items, toks->len - 1, 2, TOK_WORD, &r->source_verbs);
}

/* Is text[s, e) the acronym in brackets right after organisation ps's name ("der Deutsche
 * Gewerkschaftsbund (DGB)", "la Fédération des conseils de parents d'élèves (FCPE)")? The text
 * has defined it as that name. Or do the initials of the name's words spell it ("the RCN" after
 * "the Royal College of Nursing", "le SNPL" after "le Syndicat national des personnels de
 * lycée")? */
static int acronym_of_org(const document *d, const whosaid_rules *r, const person *ps, size_t s, size_t e) {
    size_t n = e - s;
    /* (a name that nothing shows to be a person's is an organisation's where its acronym follows
     * it in brackets: "Die Europäische Zentralbank (EZB)") */
    if ((ps->kind != ENTITY_ORG && (ps->kind != ENTITY_PERSON || ps->personal)) || n < 2 || n > ACRONYM_MAX_BYTES) return 0;
    for (size_t i = s; i < e; i++)
        if (!(d->text[i] >= 'A' && d->text[i] <= 'Z')) return 0;
    const unsigned char *x = d->text + ps->name_end;
    if (ps->name_end + 3 + n <= d->len && x[0] == ' ' && x[1] == '(' && memcmp(x + 2, d->text + s, n) == 0 && x[2 + n] == ')')
        return 1;
    return initials_spell(d, r, ps->name_start, ps->name_end, s, e);
}

/* The organisation named before whose acronym text[s, e) is, newest first, or NO_PERSON. */
static size_t org_of_acronym(const registry *reg, const document *d, size_t s, size_t e) {
    for (size_t p = reg->people.len, walked = 0; p-- > 0 && walked++ < REGISTRY_LOOKBACK;)
        if (acronym_of_org(d, reg->rules, &reg->people.items[p], s, e)) return p;
    return NO_PERSON;
}

/* Organisations org_opening_with reads back, at most. */
enum { OPENING_ORGS_READ = 64 };

/* "Selon la Fédération, …" after "La Fédération de pêche de la Haute-Garonne": the organisation
 * named last whose name opens with the word text[a, b), an organisation word alone (rules/<lang>/
 * organisations.txt), and goes on; NO_PERSON where none does. */
static size_t org_opening_with(const registry *reg, const document *d, size_t a, size_t b) {
    size_t n = b - a;
    if (wordset_get_folded(&reg->rules->organisations, (const char *)d->text + a, n) < 0) return NO_PERSON;
    for (size_t q = reg->people.len, read = 0; q-- > 0 && read < OPENING_ORGS_READ; read++) {
        const person *ps = &reg->people.items[q];
        if (ps->kind == ENTITY_ORG && ps->name_start < a && name_opens_with(d, ps, a, n)) return q;
    }
    return NO_PERSON;
}

/* Registers an organisation's name ("the World Bank", "CNN"). */
static int register_org(registry *reg, build_ctx *c, const mention *m, int subject, size_t *who) {
    const document *d = c->d;
    /* "Según el SGC" after "el Servicio Geológico Colombiano (SGC)": the name it stands for, the
     * fullest the text gives (over the acronym alone, named before: "La BNS abaisse son taux"
     * in a headline) */
    size_t p = m->surname_end - m->surname_start >= 2 && uc_is_upper(d->text[m->surname_start]) &&
                       uc_is_upper(d->text[m->surname_start + 1])
                   ? org_of_acronym(reg, d, m->surname_start, m->surname_end)
                   : NO_PERSON;
    if (p == NO_PERSON) p = find_person(reg, d, m, 0, 0);
    else reg->people.items[p].kind = ENTITY_ORG;
    if (p == NO_PERSON) {
        p = org_of_acronym(reg, d, m->surname_start, m->surname_end);
        /* (an acronym shows a name nothing showed a person's to be an organisation's: "Die
         * Europäische Zentralbank (EZB)"; acronym_of_org takes no other person's) */
        if (p != NO_PERSON) reg->people.items[p].kind = ENTITY_ORG;
    }
    /* "Park said" after "Jenna Park": one word that may end a place's name, without an
     * article, is the surname of a person named before; so is such a word that is the first of
     * two surnames ("Sala" after "Joan Sala Ferrer") */
    int one_word = m->start == m->name_start && !memchr(d->text + m->name_start, ' ', m->name_end - m->name_start);
    if (p == NO_PERSON && one_word) p = find_by_inner_surname(reg, d, m->name_start, m->name_end, 0, 0);
    /* (the kind alone, with its article or not: "la Fédération"; over the word alone named
     * before, as a headline may name it: "El Ayuntamiento habilitará …" then "El Ayuntamiento de
     * San Bartolomé") */
    if (!memchr(d->text + m->name_start, ' ', m->name_end - m->name_start) &&
        (p == NO_PERSON || !memchr(d->text + reg->people.items[p].name_start, ' ',
                                   reg->people.items[p].name_end - reg->people.items[p].name_start))) {
        size_t longer = org_opening_with(reg, d, m->name_start, m->name_end);
        if (longer != NO_PERSON) p = longer;
    }
    if (p != NO_PERSON && reg->people.items[p].kind == ENTITY_PERSON && reg->people.items[p].personal && one_word) {
        *who = p;
        return add_mention(reg, c, p, m->start, m->end, subject, m->possessive);
    }
    if (p != NO_PERSON && reg->people.items[p].kind != ENTITY_ORG) p = NO_PERSON;
    if (p == NO_PERSON) {
        /* its name without the article ("the World Bank", "la Guardia Civil") */
        person np = {.name_start = m->name_start, .name_end = m->name_end, .surname_start = m->surname_start,
                     .surname_end = m->surname_end, .evidence = 1, .kind = ENTITY_ORG};
        /* (its kind, where the phrase gave it before the name: "the carmaker Veloris") */
        if (m->head_end > m->head_start && m->head_end <= m->name_start) np.kind_start = m->head_start, np.kind_end = m->head_end;
        if (VEC_PUSH(&reg->people, np) != 0) return -1;
        p = reg->people.len - 1;
        if (index_person(reg, d, p) != 0) return -1;
    } else if (m->name_end - m->name_start > reg->people.items[p].name_end - reg->people.items[p].name_start) {
        reg->people.items[p].name_start = m->name_start;
        reg->people.items[p].name_end = m->name_end;
    }
    *who = p;
    return add_mention(reg, c, p, m->start, m->end, subject, m->possessive);
}

/* Does the organisation's name end before toks[e]: at punctuation, a verb or a relative? Not its
 * start only ("du Service de police de la Ville", "la coalition Fleuve vivant", "le ministère
 * chargé des Relations avec le Parlement" go on). */
static int ends_org_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t e) {
    const token *t = toks->items;
    if (e >= toks->len) return 1;
    /* (nor at a comma before another complement: "le ministère de l'Agriculture, de la Forêt et
     * de la Pêche") */
    if (t[e].flags & TOK_PUNCT)
        return !punct_is(&t[e], '(') && !punct_is(&t[e], '-') &&
               !(punct_is(&t[e], ',') && e + 1 < toks->len && (t[e + 1].flags & TOK_LOWER) && tok_connector(d, r, &t[e + 1]));
    return (t[e].flags & TOK_LOWER) && !(t[e].flags & TOK_POSS) && tok_clause_word(d, r, &t[e]);
}

/* Capitalised words after a kind of organisation and its connector, at most ("du Val-de-Marne",
 * "de la Haute-Saône et de la Loire" stops at the conjunction). */
enum { PLACE_OF_ORG_WORDS = 4 };

/* "la sociedad Inversiones Alondra Capital": a first name inside an organisation's name, after
 * a word of it that is none and before another capitalised word, is a word of that name (not
 * where a place is read: "de Curicó Héctor Soto" names a person after the place). */
static int inner_first_name(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t from, size_t e,
                            int place_only) {
    return !place_only && e > from && e + 1 < n && (t[e + 1].flags & TOK_CAP) && !(t[e + 1].flags & TOK_POSS) &&
           !tok_first_name(d, r, &t[e - 1]);
}

/* One past the capitalised words from t[from] (PLACE_OF_ORG_WORDS at most) that name a place or
 * an organisation after its kind: no possessive, abbreviation or initial ("visited the state
 * Aug. 19"), first name, title, honorific, word of not-names.txt or noun of time; where
 * place_only, nor an acronym or an organisation's word ("la dirección de Nordvik Automotive" is
 * that organisation's, no place's). */
static size_t capitalised_run(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t from,
                              int place_only) {
    size_t e = from;
    while (e < n && e < from + PLACE_OF_ORG_WORDS && (t[e].flags & TOK_CAP) &&
           !(t[e].flags & (TOK_POSS | TOK_ABBREV | TOK_INITIAL)) && !(tok_first_name(d, r, &t[e]) && !inner_first_name(d, r, t, n, from, e, place_only)) &&
           !tok_title(d, r, &t[e]) &&
           token_in(d, &t[e], &r->not_names) < 0 && token_in(d, &t[e], &r->honorifics) < 0 &&
           wordset_get_folded(&r->time_nouns, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start) < 0 &&
           !(place_only && ((t[e].flags & TOK_ALLCAPS) || token_in(d, &t[e], &r->organisations) >= 0)))
        e++;
    return e;
}

/* May t be an adjective after a noun: a word in lower case that is no function word nor verb
 * ("française", "tecnológica", "vivant")? */
static int lower_adjective(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && !(t->flags & TOK_POSS) && !tok_connector(d, r, t) && !tok_article(d, r, t) &&
           !tok_clause_word(d, r, t) && token_in(d, t, &r->prepositions) < 0 && token_in(d, t, &r->conjunctions) < 0 &&
           !tok_pronoun_word(d, r, t);
}

/* Words in lower case between a kind of organisation and its name, at most ("la start-up
 * française Sémaphore", "la empresa tecnológica Nexalis"). */
enum { KIND_ADJECTIVES = 2 };

/* One past the complement of a kind of organisation from its connector at t[c]: the connector,
 * an article maybe, capitalised words that name a place or a field, and, where adjectives follow
 * the noun, those after them where the name ends there ("de l'Education nationale", "de la
 * Transition écologique"); 0 if none stands there. */
static size_t place_of_kind(const document *d, const whosaid_rules *r, const token_vec *toks, size_t c) {
    const token *t = toks->items;
    size_t n = toks->len;
    if (c + 1 >= n || !tok_connector(d, r, &t[c]) || !(t[c].flags & TOK_LOWER)) return 0;
    if (c + 1 < n && tok_article(d, r, &t[c + 1]) && (t[c + 1].flags & TOK_LOWER)) c++;
    size_t e = capitalised_run(d, r, t, n, c + 1, 1);
    if (e == c + 1) return 0;
    size_t a = e;
    while (a < n && a < e + KIND_ADJECTIVES && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && lower_adjective(d, r, &t[a]) &&
           token_in(d, &t[a], &r->org_nouns) < 0)
        a++;
    return a > e && ends_org_name(d, r, toks, a) ? a : e;
}

/* "la préfecture du Morbihan", "le parquet de Marcillac", "la alcaldía de Medellín": after the
 * article at toks[i], a noun of a kind of organisation in lower case (organisation-nouns.txt),
 * a connector and capitalised words that are no one's name. Returns 1 and the organisation's
 * mention (its name without the article), or 0. */
static int lower_org_of_place(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, mention *m) {
    const token *t = toks->items;
    size_t n = toks->len, k = i + 1;
    if (k + 2 >= n) return 0;
    /* (where no adjective stands between them, the connector right after the noun, asked
     * first: "the company said" is no such organisation, told without reading the noun) */
    if (!rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && !((t[k + 1].flags & TOK_LOWER) && tok_connector(d, r, &t[k + 1])))
        return 0;
    /* (not a part of an organisation, whose complement names that organisation: "la dirección
     * de Nordvik Automotive", rules/<lang>/organisation-parts.txt) */
    if (!tok_org_kind(d, r, &t[k]) || tok_title(d, r, &t[k]) ||
        wordset_get(&r->organisation_parts, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) >= 0)
        return 0;
    size_t c = k + 1;
    /* (where adjectives follow the noun, its adjectives before the connector: "le tribunal
     * judiciaire de Paris", "el juzgado penal de Getafe") */
    while (c < n && c <= k + KIND_ADJECTIVES && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && lower_adjective(d, r, &t[c]) &&
           token_in(d, &t[c], &r->org_nouns) < 0)
        c++;
    size_t e = place_of_kind(d, r, toks, c);
    if (e == 0) return 0;
    /* (…and a second complement after a conjunction: "le ministère des Mines et de la
     * Géologie") */
    if (e + 1 < n && (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->conjunctions) >= 0) {
        size_t more = place_of_kind(d, r, toks, e + 1);
        if (more && ends_org_name(d, r, toks, more)) e = more;
    }
    if (!ends_org_name(d, r, toks, e)) return 0;
    *m = (mention){.kind = MENTION_ROLE, .org = 1, .start = t[i].start, .end = t[e - 1].end,
                   .name_start = t[k].start, .name_end = t[e - 1].end, .surname_start = t[k].start,
                   .surname_end = t[e - 1].end, .head_start = t[k].start, .head_end = t[k].stem_end,
                   .name_tokens = (uint32_t)(e - k), .next_tok = (uint32_t)e};
    return 1;
}

/* Is t a number in figures alone ("81", "2024")? */
static int number_in_figures(const document *d, const token *t) {
    if (!(t->flags & TOK_WORD) || t->end <= t->start) return 0;
    for (size_t k = t->start; k < t->end; k++)
        if (!uc_is_digit(d->text[k])) return 0;
    return 1;
}

/* "the carmaker Veloris", "la start-up française Sémaphore", "la empresa tecnológica Nexalis":
 * after the article at toks[i], a noun of a kind of organisation in lower case
 * (organisation-nouns.txt), adjectives after it where the language puts them there, and
 * capitalised words that are no one's name: the organisation of that name, for "the company"
 * to stand for. Returns 1 and its mention (the capitalised words), or 0. */
static int org_after_kind(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, mention *m) {
    const token *t = toks->items;
    size_t n = toks->len, k = i + 1;
    /* (a title by its ending too: "le constructeur Veloris"; a first name after it shows a
     * person, below) */
    if (k + 1 >= n || !tok_org_kind(d, r, &t[k]) || rules_feature(r, FEATURE_CAPITALISED_NOUNS))
        return 0;
    /* (where no adjective stands between them, the name right after the noun: "the company
     * said" names none, told at once) */
    if (!rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && !(t[k + 1].flags & TOK_CAP)) return 0;
    size_t a = k + 1;
    while (a < n && a <= k + KIND_ADJECTIVES && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && lower_adjective(d, r, &t[a]) &&
           token_in(d, &t[a], &r->org_nouns) < 0)
        a++;
    size_t e = capitalised_run(d, r, t, n, a, 0);
    /* (and on over an article in lower case between its capitalised words, a connector maybe
     * before it: "la plataforma Salvem la Fàbrica", "la asociación Amigos de la Tierra"; not a
     * connector alone, which opens a place: "L'usine Valchimie de Saint-Gaudens") */
    while (e > a && e + 1 < n && e < a + PLACE_OF_ORG_WORDS && (t[e].flags & TOK_LOWER)) {
        size_t w = e + (tok_connector(d, r, &t[e]) && !tok_article(d, r, &t[e]));
        if (w + 1 >= n || !(t[w].flags & TOK_LOWER) || !tok_article(d, r, &t[w]) || !(t[w + 1].flags & TOK_CAP)) break;
        size_t more = capitalised_run(d, r, t, n, w + 1, 0);
        if (more == w + 1) break;
        e = more;
    }
    /* (where adjectives follow the noun, a name may go on in lower case: "la coalition Fleuve
     * vivant a salué") */
    size_t named = e;
    while (named > a && named < n && named < e + KIND_ADJECTIVES && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) &&
           lower_adjective(d, r, &t[named]))
        named++;
    /* (…and end in a number: "le collectif Eau secours 81", "l'association Agir 44") */
    if (named > a && named < n && number_in_figures(d, &t[named]) && ends_org_name(d, r, toks, named + 1)) named++;
    if (named > e && ends_org_name(d, r, toks, named)) e = named;
    if (e == a || !ends_org_name(d, r, toks, e)) return 0;
    *m = (mention){.kind = MENTION_ROLE, .org = 1, .start = t[a].start, .end = t[e - 1].end,
                   .name_start = t[a].start, .name_end = t[e - 1].end, .surname_start = t[a].start,
                   .surname_end = t[e - 1].end, .head_start = t[k].start, .head_end = t[k].stem_end,
                   .name_tokens = (uint32_t)(e - a), .next_tok = (uint32_t)e};
    return 1;
}

/* Orders mention indices by person: a counting sort, since mentions are already in order. */
static int index_mentions(registry *reg) {
    size_t np = reg->people.len, nm = reg->mentions.len;
    reg->first_of_person.len = reg->by_person.len = 0;
    for (size_t p = 0; p <= np; p++)
        if (VEC_PUSH(&reg->first_of_person, 0) != 0) return -1;
    for (size_t i = 0; i < nm; i++) {
        reg->first_of_person.items[reg->mentions.items[i].person + 1]++;
        if (VEC_PUSH(&reg->by_person, 0) != 0) return -1;
    }
    for (size_t p = 0; p < np; p++) reg->first_of_person.items[p + 1] += reg->first_of_person.items[p];
    /* fill using a running cursor per person, kept in by_person's own slots */
    VEC(uint32_t) cursor = {0};
    for (size_t p = 0; p < np; p++)
        if (VEC_PUSH(&cursor, reg->first_of_person.items[p]) != 0) {
            VEC_FREE(&cursor);
            return -1;
        }
    for (size_t i = 0; i < nm; i++) reg->by_person.items[cursor.items[reg->mentions.items[i].person]++] = i;
    VEC_FREE(&cursor);
    return 0;
}

/* Resolves the surnames met before any full name and merges them into the mentions. */
static int resolve_shorts(registry *reg, const document *d) {
    size_t kept = 0;
    for (size_t i = 0; i < reg->shorts.len; i++) {
        short_mention *sm = &reg->shorts.items[i];
        mention m = {0};
        m.surname_start = sm->surname_start;
        m.surname_end = sm->surname_end;
        size_t p = find_person_hashed(reg, d, &m, sm->surname_hash, 0, 0);
        if (p != NO_PERSON && reg->people.items[p].kind == ENTITY_ORG && !sm->org) p = NO_PERSON;
        if (p == NO_PERSON) p = find_by_first_name(reg, d, sm->surname_start, sm->surname_end, sm->surname_hash);
        /* "Gustavo dijo que …": a first name alone that is the subject of its clause, shown to
         * be someone's by a verb or an apposition, and that no full name takes, is a person of
         * its own, of the gender it has (not "zwei Kinder, Ben und Mia, erste Klasse") */
        int first_gender = p == NO_PERSON && sm->shown && sm->at.subject && !sm->org
                               ? text_first_name(d, reg->rules, sm->surname_start, sm->surname_end - sm->surname_start)
                               : -1;
        if (p == NO_PERSON && (sm->org || first_gender > 0)) {
            person np = {.name_start = sm->surname_start, .name_end = sm->surname_end, .surname_start = sm->surname_start,
                         .surname_end = sm->surname_end, .evidence = 1, .kind = sm->org ? ENTITY_ORG : ENTITY_PERSON,
                         .gender = first_gender > 0 ? first_gender : 0, .personal = first_gender > 0};
            if (VEC_PUSH(&reg->people, np) != 0) return -1;
            p = reg->people.len - 1;
            if (index_person(reg, d, p) != 0) return -1;
        }
        if (p == NO_PERSON) continue;
        if (sm->shown) reg->people.items[p].evidence = 1;
        sm->at.person = p;
        reg->shorts.items[kept++] = *sm;
    }
    reg->shorts.len = kept;
    if (!kept) return 0;
    /* merged in place from the back, so that the mentions are not held twice */
    size_t a = reg->mentions.len, b = kept;
    person_mention none = {0};
    for (size_t k = 0; k < kept; k++)
        if (VEC_PUSH(&reg->mentions, none) != 0) return -1;
    for (size_t out = reg->mentions.len; b > 0;) {
        /* at the same position the short mention goes after the other, as a forward merge put it */
        int take_short = a == 0 || reg->shorts.items[b - 1].at.pos >= reg->mentions.items[a - 1].pos;
        reg->mentions.items[--out] = take_short ? reg->shorts.items[--b].at : reg->mentions.items[--a];
    }
    return 0;
}

/* One more mention of the organisation that "it" or an organisation noun at t ("the utility")
 * stands for, where one does (registry_org_for_noun for a noun); with of_kind, only one whose
 * name holds the noun or one of its kind. */
static int mention_org_again(registry *reg, build_ctx *c, const token *t, int subject, int of_kind) {
    const document *d = c->d;
    salience_query q = {.pos = t->start, .sent = c->sent, .prev_speaker = NO_PERSON, .kind = ENTITY_ORG};
    ranking rk;
    size_t p = registry_rank(reg, &q, &rk);
    if (p != NO_PERSON && token_in(d, t, &c->r->org_nouns) >= 0) p = registry_org_for_noun(reg, d, &rk, t->start, t->stem_end);
    if (p == NO_PERSON || (of_kind && registry_org_fit(reg, d, &reg->people.items[p], t->start, t->stem_end) < ORG_OF_KIND))
        return 0;
    return add_mention(reg, c, p, t->start, t->stem_end, subject, 0);
}

/* A sentence longer than a token window is read in windows that overlap: the window slides on
 * once fewer than WINDOW_AHEAD tokens are left after the one being read (more than any phrase
 * looks ahead), keeping WINDOW_BEHIND before it (more than any phrase looks back). */
enum { WINDOW_AHEAD = TOKEN_WINDOW / 2, WINDOW_BEHIND = TOKEN_WINDOW / 4 };

static int slide_window(const document *d, const whosaid_rules *r, token_vec *toks, size_t *i, size_t *stop,
                        size_t end) {
    size_t from = *i > WINDOW_BEHIND ? *i - WINDOW_BEHIND : 0;
    memmove(toks->items, toks->items + from, (toks->len - from) * sizeof *toks->items);
    toks->len -= from;
    *i -= from;
    return tokenize_more(d, r, *stop, end, TOKEN_WINDOW, toks, stop);
}

/* How far back from a verb a quotation's closing mark makes it that quotation's cue: "”, the
 * minister said" */
enum { CUE_REACH = 4 };

/* Is the verb at toks[i] the cue of the quotation its sentence opens with ("“…,” she said."),
 * right after the closing mark? Such a sentence reports no clause of its own, and reported.c
 * need not read it again. */
static int cues_opening_quotation(const token_vec *toks, size_t i) {
    if (!toks->len || !(toks->items[0].flags & TOK_MARK)) return 0;
    for (size_t b = i; b > 0 && i - b < CUE_REACH; b--) {
        if (toks->items[b - 1].flags & TOK_MARK) return 1;
        /* "”, Mazier said, adding that …": a comma after the cue ends its reach */
        if (punct_is(&toks->items[b - 1], ',') && !(b > 1 && (toks->items[b - 2].flags & TOK_MARK))) return 0;
    }
    return 0;
}

/* Room in memo for the answers at kept tokens [from, from + n), none yet (tokens there before
 * were a sentence's that did not fit, and were dropped). */
static int memo_room(mention_memo *memo, size_t from, size_t n) {
    if (VEC_RESERVE(&memo->at, from + n) != 0) return -1;
    memset(memo->at.items + from, 0, n * sizeof *memo->at.items);
    memo->at.len = from + n;
    return 0;
}

/* Tokenizes sentence sn, the next of kept, as one window (TOKEN_WINDOW tokens at most; *stop
 * where the next would start), straight into kept while there is room for it, with *toks a view
 * of them (in view); otherwise, or where the sentence needs more than a window, into scratch,
 * kept for none. */
static int read_sentence(const document *d, const whosaid_rules *r, const sentence *sn, kept_tokens *kept,
                         token_vec *scratch, token_vec *view, token_vec **toks, size_t *stop) {
    size_t from = kept->toks.len, room = from < KEPT_TOKENS_MAX ? KEPT_TOKENS_MAX - from : 0, n = 0;
    *stop = sn->start;
    if (room) {
        if (tokenize_more(d, r, sn->start, sn->end, from + (room < TOKEN_WINDOW ? room : TOKEN_WINDOW), &kept->toks,
                          stop) != 0)
            return -1;
        n = kept->toks.len - from;
        /* (the window's first token follows none of its own: no run of capitals goes on into it
         * from the sentence before) */
        if (n) kept->toks.items[from].flags &= ~(unsigned)TOK_IN_CAPS_RUN;
        if (n && *stop >= sn->end) {
            *view = (token_vec){kept->toks.items + from, n, n, kept->memo, from};
            *toks = view;
            if (kept->memo && memo_room(kept->memo, from, n) != 0) return -1;
            return VEC_PUSH(&kept->from, (uint32_t)from) != 0 || VEC_PUSH(&kept->len, (uint32_t)n) != 0 ? -1 : 0;
        }
    }
    /* into scratch, going on from where the room ran out (as one window read at once) */
    scratch->len = 0;
    scratch->memo = NULL;
    if (VEC_RESERVE(scratch, n) != 0) return -1;
    if (n) memcpy(scratch->items, kept->toks.items + from, n * sizeof(token));
    scratch->len = n;
    kept->toks.len = from;
    *toks = scratch;
    if (n < TOKEN_WINDOW && *stop < sn->end && tokenize_more(d, r, *stop, sn->end, TOKEN_WINDOW, scratch, stop) != 0)
        return -1;
    return VEC_PUSH(&kept->from, KEPT_NONE) != 0 || VEC_PUSH(&kept->len, 0) != 0 ? -1 : 0;
}

/* "der Präsident des Städtetags, Henning Voss", "la ministra de Trabajo, Rocío Méndez": a
 * person of no gender known otherwise has the one a word of their role shows before its
 * complement (rules/<lang>/gendered-nouns.txt). */
static void role_gender(const registry *reg, const document *d, person *ps) {
    if (ps->gender || ps->kind != ENTITY_PERSON || ps->role_end <= ps->role_start) return;
    for (size_t w = ps->role_start; w < ps->role_end;) {
        size_t e = w;
        while (e < ps->role_end && d->text[e] != ' ') e++;
        if (wordset_get(&reg->rules->connectors, (const char *)d->text + w, e - w) >= 0) return;
        int g = rules_gendered(reg->rules, (const char *)d->text + w, e - w);
        if (g == GENDER_MALE || g == GENDER_FEMALE) {
            ps->gender = g;
            return;
        }
        w = e + 1;
    }
}

/* "Rubiela Ocampo explicó": where a language's first names show their gender by their ending
 * (rules/<lang>/female-name-endings.txt and male-name-endings.txt: Spanish "-a", "-o", with
 * exceptions), a person who speaks and whose gender nothing else shows, named by a first word
 * that no list of first names holds, has the one its ending shows. */
static void name_ending_gender(const registry *reg, const document *d, person *ps) {
    const whosaid_rules *r = reg->rules;
    if (ps->gender || ps->kind != ENTITY_PERSON || !ps->evidence || (!r->female_name_endings.len && !r->male_name_endings.len))
        return;
    size_t a = ps->name_start, e = a;
    while (e < ps->name_end && d->text[e] != ' ') e++;
    const char *w = (const char *)d->text + a;
    /* (one word may be a surname; a first name the lists hold shows its gender or none) */
    if (e >= ps->name_end || text_first_name(d, r, a, e - a) >= 0) return;
    char low[64]; /* (the endings are written in lower case: "-garcía" for "García") */
    size_t n = e - a < sizeof low ? utf8_lower((const unsigned char *)w, e - a, low, sizeof low) : 0;
    /* (an exception is a whole name: "-borja", "-garcía") */
    if (!n || wordset_get(&r->female_name_endings, low, n) == 0 || wordset_get(&r->male_name_endings, low, n) == 0) return;
    if (rules_longest_ending(&r->female_name_endings, low, n) > 0) ps->gender = GENDER_FEMALE;
    else if (rules_longest_ending(&r->male_name_endings, low, n) > 0) ps->gender = GENDER_MALE;
}

/* The gender a person's role or first name's ending shows, where no other word did. */
static void shown_gender(const registry *reg, const document *d, person *ps) {
    role_gender(reg, d, ps);
    name_ending_gender(reg, d, ps);
}

/* A word set's bit in token.in_sets; every bit for a set outside the lexicon, which tokens
 * cannot answer for. */
static uint64_t set_bit(const wordset *set) { return set->lexicon ? (uint64_t)1 << set->column : ~(uint64_t)0; }

/* Does the description [a, b) of the tokens before toks[i] name whose office it is: a word that
 * links a noun to its complement ("of", "de", "der"), a possessive ("The corporation’s board
 * chairperson"), or a possessive that may stand for an organisation before it ("son président":
 * rules/<lang>/possessor-determiners.txt; kin are no title, so "Sa fille" is no description)? */
static int span_has_complement(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t a,
                               size_t b) {
    int kin = 0;
    for (size_t k = i; k > 0 && toks->items[k - 1].end > a; k--) {
        const token *t = &toks->items[k - 1];
        if (t->end > b || t->start < a) continue;
        /* (a possessor that is no person: "The governor’s colleague, Senator X," is a relation) */
        if (((t->flags & TOK_LOWER) && tok_connector(d, r, t)) || ((t->flags & TOK_POSS) && !tok_title(d, r, t))) return 1;
        kin |= token_in(d, t, &r->kin_nouns) >= 0;
        /* (not kin: "Son ancien mari, le maire X,") */
        if (t->start == a && k >= 2 && token_in(d, &toks->items[k - 2], &r->possessor_determiners) >= 0) return !kin;
    }
    return 0;
}

/* Words of whom it was told between a verb and its subject ("a EFE", "à l'AFP"), at most. */
enum { OBJECT_TOLD_WORDS = 4 };

/* "afirmó a EFE Javier Orellana, portavoz …", "a indiqué à l'AFP le lieutenant-colonel Olivier
 * Brunet": where whom it was told may stand between a verb and its subject (features.txt
 * "object-before-subject"), the phrase at toks[i] after the verb's preposition of cue-followers.txt
 * is that object, and the subject opens after it at an article or a first name; where the phrase
 * there is a name, or a role with its article, it opens there (else i: the outlet is no one's
 * role). */
static size_t object_told_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);
/* (inline, the language's feature: asked before every phrase the registry reads, and of none
 * where the language has no such object, English) */
static inline size_t past_object_told(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    return rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT) ? object_told_read(d, r, toks, i) : i;
}

/* past_object_told in a language that has the feature. */
static size_t object_told_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = toks->items;
    size_t n = toks->len;
    if (i < 2 || !(t[i - 1].flags & TOK_LOWER) ||
        token_in(d, &t[i - 1], &r->prepositions) < 0 || token_in(d, &t[i - 1], &r->cue_followers) < 0 ||
        !is_reporting_verb(d, r, toks, i - 2))
        return i;
    for (size_t j = i + 1; j < n && j <= i + OBJECT_TOLD_WORDS && (t[j].flags & TOK_WORD); j++) {
        if (!tok_article(d, r, &t[j]) && !tok_first_name(d, r, &t[j])) continue;
        mention m = parse_mention(d, r, toks, j);
        if (m.kind == MENTION_NAME || (m.kind == MENTION_ROLE && m.definite && !m.org)) return j;
    }
    return i;
}

/* Is toks[i] a number, in figures ("7", "3,5", "1.200": not an age, "47-jährige") or in words
 * (numerals.txt)? */
static int is_numeral(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_WORD)) return 0;
    if (!(t->flags & (TOK_CAP | TOK_LOWER))) {
        for (size_t k = t->start; k < t->stem_end; k++)
            if ((unsigned)(d->text[k] - '0') >= 10 && d->text[k] != '.' && d->text[k] != ',') return 0;
        return 1;
    }
    return wordset_get_folded(&r->numerals, (const char *)d->text + t->start, t->stem_end - t->start) >= 0;
}

/* Where every noun is capitalised (features.txt "capitalised-nouns"), is the capitalised word at
 * toks[i] a number ("Sechs Jahre Haft") or after one: a thing counted, no one's name? */
static int counted_after_number(const document *d, const whosaid_rules *r, const token *t, size_t i) {
    return rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
           (is_numeral(d, r, &t[i]) || (i > 0 && is_numeral(d, r, &t[i - 1])));
}

/* Plural descriptions roleless_last_named passes over, at most. */
enum { GROUPS_PASSED = 4 };

/* Does text[a, b), a sentence, open with an article or a possessive and a noun of someone in the
 * singular (a title, kin, a noun that shows a gender: "Son voisin refuse …", "La maire a …")? */
static int opens_with_someone(const document *d, const whosaid_rules *r, size_t a, size_t b) {
    while (a < b && !uc_is_letter(d->text[a]) && d->text[a] < 0x80) a++;
    size_t e = a;
    while (e < b && d->text[e] != ' ' && !apostrophe_at(d->text, b, e)) e++;
    if (e >= b || (wordset_get_folded(&r->articles, (const char *)d->text + a, e - a) < 0 &&
                   wordset_get_folded(&r->possessives, (const char *)d->text + a, e - a) < 0))
        return 0;
    size_t w = e + (d->text[e] == ' ' ? 1 : apostrophe_at(d->text, b, e)), we = w;
    while (we < b && d->text[we] != ' ' && d->text[we] != ',' && d->text[we] != '.') we++;
    const char *noun = (const char *)d->text + w;
    return we > w && (wordset_get_folded(&r->titles, noun, we - w) >= 0 || wordset_get_folded(&r->kin_nouns, noun, we - w) >= 0 ||
                      rules_gendered(r, noun, we - w) > 0);
}

/* How many sentences back the one a description stands for may have been named, where no one
 * else is named between: "Pierre-Alain Roduit inspecte ses abricotiers. Sur certaines parcelles,
 * les fruits restent petits. L'arboriculteur de 58 ans n'arrose plus que la nuit." */
enum { EPITHET_SENTENCES_BACK = 2 };

/* Is ps no one a description of a person could stand for, to be passed over looking back for
 * whom it does: an organisation, a name nothing shows to be a person's? */
static int passed_by_epithet(const person *ps) {
    return ps->kind == ENTITY_ORG || (ps->kind == ENTITY_PERSON && !ps->personal && !ps->gender);
}

/* The person the last mention outside quotations before text[pos] names, in its sentence or the
 * two before (with subject_at, only the one a mention there names), where that is a person shown
 * to be one with no role yet: a role the sentence gives is theirs. NULL where there is none;
 * *p (where asked) their index. */
static person *last_named_person(registry *reg, const build_ctx *c, size_t pos, size_t subject_at, size_t *p);
static person *roleless_last_named(registry *reg, const build_ctx *c, size_t pos, size_t subject_at, size_t *p) {
    person *ps = last_named_person(reg, c, pos, subject_at, p);
    return ps && ps->role_end <= ps->role_start ? ps : NULL;
}

/* roleless_last_named, whatever role the person has. */
static person *last_named_person(registry *reg, const build_ctx *c, size_t pos, size_t subject_at, size_t *p) {
    size_t n = registry_mentions_from(reg, pos);
    /* (past a plural description, which no title in the singular stands for: "À l'intérieur, les
     * cadres sont presque vides."; a few at most) */
    /* (…and, in the sentences before, past a name that nothing shows to be a person's, an
     * organisation's or a place's: "Yonatan Ccahuana Quispe se impuso en el Maratón de Lima. El
     * fondista de 26 años …"; not in its own: "Die Stadt als Eigentümerin der Kliniken") */
    for (size_t read = 0; n > 0 && read < GROUPS_PASSED && !reg->mentions.items[n - 1].quoted &&
                          (reg->people.items[reg->mentions.items[n - 1].person].kind == ENTITY_GROUP ||
                           (reg->mentions.items[n - 1].sent < c->sent &&
                            passed_by_epithet(&reg->people.items[reg->mentions.items[n - 1].person]))) &&
                          reg->mentions.items[n - 1].sent + EPITHET_SENTENCES_BACK >= c->sent;
         read++)
        n--;
    if (n == 0) return NULL;
    const person_mention *pm = &reg->mentions.items[n - 1];
    if (pm->quoted || pm->sent + EPITHET_SENTENCES_BACK < c->sent || (subject_at && pm->pos != subject_at)) return NULL;
    /* (two sentences back, not past one that opens with someone else by a noun: "Son voisin
     * refuse toujours de partir.") */
    if (pm->sent + 1 < c->sent && c->sent >= 1 && c->sent - 1 < c->seg->sents.len &&
        opens_with_someone(c->d, c->r, c->seg->sents.items[c->sent - 1].start, c->seg->sents.items[c->sent - 1].end))
        return NULL;
    person *ps = &reg->people.items[pm->person];
    if (ps->kind != ENTITY_PERSON || !ps->personal) return NULL;
    if (p) *p = pm->person;
    return ps;
}

/* The person the last mention outside quotations before pos names, in its sentence or the one
 * before, shown to be one and of no other gender than the one given (0: any); NO_PERSON where
 * there is none. */
static size_t named_just_before(const registry *reg, const build_ctx *c, size_t pos, int gender) {
    size_t n = registry_mentions_from(reg, pos);
    if (n == 0) return NO_PERSON;
    const person_mention *pm = &reg->mentions.items[n - 1];
    const person *ps = &reg->people.items[pm->person];
    if (pm->quoted || pm->sent + 1 < c->sent || ps->kind != ENTITY_PERSON || !ps->personal ||
        (gender && ps->gender && gender != ps->gender))
        return NO_PERSON;
    /* (nor where a title stands between, someone else's the registry keeps no mention of: "Pierre
     * Roux a reçu le ministre. Ce ministre de la Santé …") */
    for (size_t a = pm->end; a < pos;) {
        while (a < pos && !uc_is_letter((unsigned char)c->d->text[a]) && c->d->text[a] < 0x80) a++;
        size_t e = a;
        while (e < pos && c->d->text[e] != ' ' && c->d->text[e] != '.' && c->d->text[e] != ',') e++;
        if (e > a && wordset_get_folded(&c->r->titles, (const char *)c->d->text + a, e - a) >= 0) return NO_PERSON;
        a = e + 1;
    }
    return pm->person;
}

/* Is toks[i], an article after the cue of a quotation ("«…», sagt die 68-Jährige."), before an
 * age in figures that ends its phrase ("68-Jährige", "34-year-old"), where news call the one
 * just named by a second noun (features.txt "epithets")? */
static int age_after_cue(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = toks->items;
    size_t n = toks->len;
    if (!rules_feature(r, FEATURE_EPITHETS) || i < 2 || i + 1 >= n || !(t[i + 1].flags & TOK_HYPHENATED) ||
        !age_in_figures(r, (const char *)d->text + t[i + 1].start, t[i + 1].stem_end - t[i + 1].start) ||
        (i + 2 < n && !(t[i + 2].flags & TOK_PUNCT)) || !is_reporting_verb(d, r, toks, i - 1))
        return 0;
    return (t[i - 2].flags & TOK_MARK) || (i >= 3 && punct_is(&t[i - 2], ',') && (t[i - 3].flags & TOK_MARK));
}

/* Mentions age_of_named_last reads back, at most. */
enum { AGE_NAMED_READ = 8 };

/* The age after a cue at toks[i] (age_after_cue) names the person named last outside
 * quotations, in this sentence or the one before, whose name has two words or more and whose
 * gender is not other than the article's: a mention of them, and the text shows them a person
 * ("Elsbeth Pfammatter", whose first name the rules lack, is one "sie" may stand for). */
static int age_of_named_last(registry *reg, build_ctx *c, const token_vec *toks, size_t i) {
    const token *t = toks->items;
    int g = token_in(c->d, &t[i], &c->r->singular_articles);
    if (g != GENDER_MALE && g != GENDER_FEMALE) g = 0;
    /* (one shown to be a person first, a sentence further back too: "Gisela Hambüchen" before "ein
     * Stück Flatterband", whose capitals read as a name; failing one, a name nothing shows,
     * "Elsbeth Pfammatter") */
    for (int shown = 1; shown >= 0; shown--)
        for (size_t n = registry_mentions_from(reg, t[i].start), read = 0; n > 0 && read < AGE_NAMED_READ; n--, read++) {
            const person_mention *pm = &reg->mentions.items[n - 1];
            if (pm->sent + 1 + (size_t)shown < c->sent) break;
            person *ps = &reg->people.items[pm->person];
            if (pm->quoted || ps->kind != ENTITY_PERSON || ps->surname_start <= ps->name_start ||
                (g && ps->gender && ps->gender != g) || (shown && !ps->personal && !(g && ps->gender == g)))
                continue;
            ps->personal = ps->evidence = 1;
            if (!ps->gender && g) ps->gender = (unsigned char)g;
            return add_mention(reg, c, pm->person, t[i].start, t[i + 1].end, SUBJECT_OF_VERB, 0);
        }
    return 0;
}

/* Words in lower case before the title after a role marker ("als stellvertretende
 * Stationsleiterin"), at most. */
enum { MARKED_ROLE_MODIFIERS = 2 };

/* Is pronoun p one of singular-verb-pronouns.txt after a verb v with a singular ending, which
 * makes it a person of that gender ("ist sie": she, not they)? */
static int after_singular_verb(const document *d, const whosaid_rules *r, const token *v, const token *p) {
    return wordset_get_folded(&r->singular_verb_pronouns, (const char *)d->text + p->start, p->stem_end - p->start) > 0 &&
           rules_ends_in(&r->singular_verb_endings, (const char *)d->text + v->start, v->stem_end - v->start);
}

/* The role a title after the role marker at toks[i] gives the person the sentence is about: the
 * one its last mention outside quotations before the marker names, or, where none comes before
 * it, the last one the two sentences before name (roleless_last_named: "Die 41-Jährige arbeitet
 * …"); a person shown to be one, with no role yet and no other gender than the title's. With
 * subject_at, only the person a pronoun there stands for (toks[i] the copula after it). */
static void role_after_marker(registry *reg, const document *d, const whosaid_rules *r, const build_ctx *c,
                              const token_vec *toks, size_t i, size_t subject_at) {
    const token *t = toks->items;
    size_t k = i + 1;
    /* (past a time after a preposition: "Der 56-Jährige ist seit 19 Jahren Vorsitzender des
     * Vereins"; a number or a noun of time, then maybe a noun of time) */
    if (k + 2 < toks->len && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->prepositions) >= 0 &&
        (t[k + 1].flags & TOK_WORD) &&
        (!(t[k + 1].flags & (TOK_CAP | TOK_LOWER)) || token_in(d, &t[k + 1], &r->time_nouns) >= 0)) {
        size_t w = k + 2;
        if (w + 1 < toks->len && token_in(d, &t[w], &r->time_nouns) >= 0) w++;
        if (tok_title(d, r, &t[w])) k = w;
    }
    size_t from = k;
    while (k < toks->len && k <= i + MARKED_ROLE_MODIFIERS && (t[k].flags & TOK_LOWER) && !tok_title_head(d, r, &t[k]) &&
           rules_feature(r, FEATURE_CAPITALISED_NOUNS))
        k++;
    /* (an ordinal of rules/<lang>/office-ordinals.txt is an office only with the title after it:
     * "als Erster Beigeordneter der Stadt", not "hat als Erster gesehen") */
    if (k + 1 < toks->len && (t[k].flags & TOK_WORD) && r->office_ordinals.len &&
        wordset_get_folded(&r->office_ordinals, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) >= 0) {
        if (!(t[k + 1].flags & TOK_WORD) || !tok_title(d, r, &t[k + 1])) return;
        k++;
    }
    if (k >= toks->len || !(t[k].flags & TOK_WORD) || !tok_title(d, r, &t[k]) ||
        token_in(d, &t[k], &r->title_modifiers) >= 0)
        return;
    person *ps = roleless_last_named(reg, c, t[i].start, subject_at, NULL);
    if (!ps) return;
    int gender = rules_gendered(r, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start);
    if (gender && ps->gender && gender != ps->gender) return;
    ps->role_start = t[from].start;
    ps->role_end = t[k].end;
    /* (with its complement: "ist Ranger der Nationalparkverwaltung Wattenmeer") */
    if (k + 1 < toks->len && tok_connector(d, r, &t[k + 1]) && (t[k + 1].flags & TOK_LOWER)) {
        mention role = parse_mention(d, r, toks, k);
        if (role.kind == MENTION_ROLE && !role.org && role.role_start == t[k].start && role.role_end > t[k].end &&
            role.name_end <= role.name_start)
            ps->role_end = role.role_end;
    }
    ps->role_epithet = 1;
}

/* Does a preposition in lower case stand right before toks[i] ("près d'un ancien lieu de
 * sépulture"): a phrase that is no subject, whatever mention came before it in the sentence? */
static int object_of_preposition(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = &toks->items[i - (i > 0)];
    return i > 0 && (t->flags & TOK_LOWER) && (token_in(d, t, &r->prepositions) >= 0 || tok_connector(d, r, t));
}

/* "Un constat partagé par une ancienne aide-soignante", "an account shared by a former care
 * worker": does the phrase at toks[i] follow a passive participle and its agent's preposition
 * (rules/<lang>/agent-prepositions.txt)? Whom it names did something, as a subject does. */
static int passive_agent(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = toks->items;
    return i >= 2 && (t[i - 1].flags & TOK_LOWER) && (t[i - 2].flags & TOK_LOWER) &&
           wordset_get(&r->agent_prepositions, (const char *)d->text + t[i - 1].start, t[i - 1].stem_end - t[i - 1].start) >= 0 &&
           (tok_passive_participle(d, r, &t[i - 2]) || tok_past_tense(d, r, &t[i - 2]));
}

/* Does the word text[a, e) open with a letter in lower case ("örtliche")? */
static int starts_lower(const document *d, size_t a, size_t e) {
    int32_t cp;
    utf8_next(d->text, e, a, &cp);
    return cp >= 0 && uc_is_lower(cp);
}

/* Adjectives at most between an article and the noun of a description. */
enum { DESCRIPTION_ADJECTIVES = 3 };

/* Do a definite article at toks[from] and words after it that may only be adjectives or an age
 * open the noun phrase whose noun is toks[i] ("Der erfahrene Revierförster", "Die
 * 49-jährige Direktorin", "La jeune violoniste")? */
static int adjectives_after_article(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from,
                                    size_t i) {
    const token *t = toks->items;
    if (from + 2 > i || token_in(d, &t[from], &r->articles) != ARTICLE_DEFINITE || tok_article(d, r, &t[i])) return 0;
    for (size_t k = from + 1; k < i; k++) {
        const token *w = &t[k];
        if (age_in_figures(r, (const char *)d->text + w->start, w->end - w->start)) continue;
        /* (an age in figures and its noun of years: "der 58 Jahre alte Tierpfleger") */
        if (k + 2 < i && !(w->flags & (TOK_CAP | TOK_LOWER)) && (w->flags & TOK_WORD) &&
            wordset_get_folded(&r->age_nouns, (const char *)d->text + t[k + 1].start, t[k + 1].stem_end - t[k + 1].start) >= 0) {
            k++;
            continue;
        }
        if (!(w->flags & TOK_LOWER) || token_in(d, w, &r->verbs) >= 0 || token_in(d, w, &r->auxiliaries) >= 0 ||
            token_in(d, w, &r->prepositions) >= 0 || tok_connector(d, r, w) || token_in(d, w, &r->conjunctions) >= 0 ||
            tok_pronoun_word(d, r, w) || token_in(d, w, &r->possessives) >= 0 || tok_adverb(d, r, w))
            return 0;
    }
    return 1;
}

/* Where the definite article of the description at toks[i] stands: there, or before adjectives
 * or an age ("the mayor", "Die 49-jährige Direktorin", "der 58 Jahre alte Tierpfleger");
 * SIZE_MAX where the description is not definite. */
static size_t definite_article_at(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    if (token_in(d, &toks->items[i], &r->articles) == ARTICLE_DEFINITE) return i;
    for (size_t from = i >= DESCRIPTION_ADJECTIVES + 1 ? i - DESCRIPTION_ADJECTIVES - 1 : 0; from + 2 <= i; from++)
        if (adjectives_after_article(d, r, toks, from, i)) return from;
    return SIZE_MAX;
}

/* Bytes of a pronoun and the word after it, joined, that impersonal-after.txt may list. */
enum { IMPERSONAL_KEY_BYTES = 32 };

/* Does the pronoun at toks[i] name no one with the word after it ("il_y", "il_faut":
 * rules/<lang>/impersonal-after.txt)? */
static int impersonal_pronoun(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    if (!r->impersonal_after.len || i + 1 >= toks->len || !(toks->items[i + 1].flags & TOK_WORD)) return 0;
    const token *p = &toks->items[i], *w = &toks->items[i + 1];
    size_t pn = p->stem_end - p->start, wn = w->stem_end - w->start;
    char key[IMPERSONAL_KEY_BYTES];
    if (pn + 1 + wn > sizeof key) return 0;
    memcpy(key, d->text + p->start, pn);
    key[pn] = '_';
    memcpy(key + pn + 1, d->text + w->start, wn);
    return wordset_get_folded(&r->impersonal_after, key, pn + 1 + wn) >= 0;
}

/* Sentences before a definite description within which a person mentioned may be whom it
 * means. */
enum { DESCRIBED_NEAR_SENTENCES = 3 };

/* Words in lower case of a title's complement ("de la escuela de") that title_after_contracted_article
 * walks back over, at most. */
enum { COMPLEMENT_WORDS_BACK = 5 };

/* "al director de la escuela de Talca Pedro Soto": the title in lower case that a preposition
 * holding the article ("al", "au": contracted-articles.txt) opens, before the words in lower case
 * of its complement that end at toks[c] (a connector); its index, or c + 1 where there is none. */
static size_t title_after_contracted_article(const document *d, const whosaid_rules *r, const token_vec *toks, size_t c) {
    const token *t = toks->items;
    /* (the article first, a short word's look-up, and none where the language has none: the
     * title's is dearer, asked of most words of a complement) */
    if (!r->contracted_articles.len) return c + 1;
    for (size_t w = c; w >= 2 && w + COMPLEMENT_WORDS_BACK > c; w--) {
        if (!(t[w - 1].flags & TOK_LOWER)) break;
        if ((t[w - 2].flags & TOK_LOWER) && contracted_article(d, r, &t[w - 2]) && tok_title(d, r, &t[w - 1])) return w - 1;
    }
    return c + 1;
}

/* Was a person mentioned, outside quotations, in the sentences just before pos, of no other
 * gender than the one given (0: any)? */
static int someone_near(const registry *reg, const build_ctx *c, size_t pos, int gender) {
    for (size_t n = registry_mentions_from(reg, pos); n > 0; n--) {
        const person_mention *pm = &reg->mentions.items[n - 1];
        if (pm->sent + DESCRIBED_NEAR_SENTENCES < c->sent) return 0;
        const person *ps = &reg->people.items[pm->person];
        /* (its gender is only known for sure once the document is read: its role's noun's here) */
        int g = ps->gender ? ps->gender : role_noun_gender(c->r, c->d, ps->role_start, ps->role_end);
        if (!pm->quoted && ps->kind == ENTITY_PERSON && !(gender && g && g != gender)) return 1;
    }
    return 0;
}

/* Does a connector in lower case open a complement inside the phrase toks[i, e), after its
 * first word ("Die Leiterin der Musikschule", "The head of the island's community council")? */
static int role_with_complement(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t e) {
    for (size_t k = i + 2; k + 1 < e; k++)
        if ((toks->items[k].flags & TOK_LOWER) && tok_connector(d, r, &toks->items[k])) return 1;
    return 0;
}

/* Does a verb stand at toks[k], in lower case, so that the phrase before it is its subject
 * ("Die Leiterin der Musikschule widersprach", "The head of … council criticised …")? */
/* Is the sentence toks a heading, a line that ends in no punctuation ("Un gendarme devant ses
 * pairs pour une interpellation musclée")? A description that opens it introduces no one
 * the text goes on to call by its noun. */
static int heading_line(const token_vec *toks) {
    return toks->len > 0 && (toks->items[toks->len - 1].flags & TOK_WORD);
}

static int subject_verb_after(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    if (k >= toks->len || !(toks->items[k].flags & TOK_LOWER)) return 0;
    const token *t = &toks->items[k];
    return token_in(d, t, &r->verbs) >= 0 || token_in(d, t, &r->auxiliaries) >= 0 || tok_past_tense(d, r, t);
}

/* "Freddy, a fun-loving airline pilot, …. Freddy Trump, eight years his brother's senior,": one
 * named by a first name alone that an apposition introduced has the fullest name that the one
 * last named with that first name gives, later in the text and of no other gender. */
static void fullest_name_of_first_alone(registry *reg, const document *d) {
    for (size_t p = 0; p < reg->people.len; p++) {
        person *ps = &reg->people.items[p];
        if (!ps->first_alone) continue;
        size_t q = find_by_first_name(reg, d, ps->surname_start, ps->surname_end, text_hash(d, ps->surname_start, ps->surname_end));
        if (q == NO_PERSON || q == p) continue;
        const person *full = &reg->people.items[q];
        if (full->kind != ENTITY_PERSON || full->name_start < ps->name_end || (full->gender && ps->gender && full->gender != ps->gender))
            continue;
        ps->name_start = full->name_start;
        ps->name_end = full->name_end;
    }
}

/* The person named last outside quotations before description m, in its sentence or the two
 * before (roleless_last_named), with no one else named after them, no role yet and no other gender than m's noun shows;
 * m's noun and its complement become their role (the noun alone unless a word follows m, its
 * verb); article_g is the gender m's article shows, 0 for none; aged, whether an age stands
 * between the article and the noun. NO_PERSON where there is no such person. */
static size_t epithet_of_last_named(registry *reg, const document *d, const build_ctx *c, const mention *m,
                                    int verb_after, int article_g, int aged) {
    size_t p;
    /* (an age makes it theirs, whatever role the text gave them: "Teenager Caddick …. Jamie
     * Caddick scored …. The 19-year-old striker, whose father …, said"; their role stays) */
    person *ps = m->role_end <= m->role_start ? NULL
                 : aged                       ? last_named_person(reg, c, m->start, 0, &p)
                                              : roleless_last_named(reg, c, m->start, 0, &p);
    if (!ps) return NO_PERSON;
    if (ps->role_end > ps->role_start) return p;
    /* the noun: the first word, past an age ("49-jährige"), or where every noun is capitalised
     * the first capitalised word, past the adjectives before it ("Die frühere Werftarbeiterin") */
    size_t rs = m->role_start, ns = rs, ne;
    for (;;) {
        for (ne = ns; ne < m->role_end && d->text[ne] != ' ';) ne++;
        if (ne == m->role_end) break;
        if (ns == rs && age_in_figures(c->r, (const char *)d->text + ns, ne - ns)) rs = ne + 1;
        else if (!(rules_feature(c->r, FEATURE_CAPITALISED_NOUNS) && starts_lower(d, ns, ne))) break;
        ns = ne + 1;
    }
    /* (nor a description of the one who has just taken the title, whom the story is about, not
     * the one named last: "La nouvelle directrice", rules/<lang>/newcomer-modifiers.txt) */
    size_t first_end = rs;
    while (first_end < m->role_end && d->text[first_end] != ' ') first_end++;
    if (wordset_get(&c->r->newcomer_modifiers, (const char *)d->text + rs, first_end - rs) >= 0) return NO_PERSON;
    /* (of no other gender than the person's: not "L'expert" after Josiane; nor an office held by
     * someone the story is not about, "La ministre …", rules/<lang>/roles-of-others.txt) */
    const char *noun = (const char *)d->text + ns;
    int gender = rules_gendered(c->r, noun, ne - ns);
    if (!gender) gender = m->gender;
    /* (or the gender its article shows, singular-articles.txt: "La defensa sostiene" after a
     * man is no epithet of his) */
    if (!gender) gender = article_g;
    /* (…but an age before it makes it one: "Josef Gschwendtner …. Seit Dienstag muss sich der 58
     * Jahre alte Bürgermeister der Marktgemeinde … verantworten") */
    if ((gender && ps->gender && gender != ps->gender) ||
        (rules_compound_in(c->r, &c->r->roles_of_others, noun, ne - ns) >= 0 && !aged))
        return NO_PERSON;
    /* (the noun and the complement a connector opens after it, not an adjective: "La compositora
     * bilbaína estrena …"; the noun alone where the phrase read on to the sentence's end, over its
     * verb: "La soprano de la Orquesta de Euskadi canta el papel principal.") */
    size_t re = ne;
    /* (where adjectives and nouns stand before the noun they qualify, English, the whole phrase
     * past the age: "the 29-year-old Lakeland firefighter" is a "Lakeland firefighter") */
    if (!rules_feature(c->r, FEATURE_POSTNOMINAL_ADJECTIVES) && !rules_feature(c->r, FEATURE_CAPITALISED_NOUNS))
        re = m->role_end;
    else if (ne < m->role_end && verb_after) {
        size_t w = ne + 1, we = w;
        while (we < m->role_end && d->text[we] != ' ') we++;
        if (wordset_get_folded(&c->r->connectors, (const char *)d->text + w, we - w) >= 0) re = m->role_end;
    }
    ps->role_start = rs;
    ps->role_end = re;
    ps->role_epithet = 1;
    return p;
}

int registry_build(registry *reg, const document *d, const whosaid_rules *r, const segments *seg,
                   const quote_vec *quotes, token_vec *scratch, index_vec *speech, kept_tokens *kept) {
    reg->people.len = reg->mentions.len = reg->buckets.len = reg->first_buckets.len = reg->shorts.len = 0;
    reg->hyphenated.len = reg->org_descriptions.len = 0;
    speech->len = 0;
    kept->toks.len = kept->from.len = kept->len.len = 0;
    if (kept->memo) kept->memo->at.len = kept->memo->found.len = 0;
    reg->rules = r;
    build_ctx c = {d, r, seg, quotes, 0, 0, 1, SIZE_MAX, 0, 0};
    size_t pending = NO_PERSON, pending_sent = 0; /* a person of unknown gender, just named */
    /* the sets the loop below asks a word about, unless it is capitalised */
    const uint64_t asked = set_bit(&r->reported_verbs) | set_bit(&r->verb_heads) | set_bit(&r->naming_verbs) |
                           set_bit(&r->pronouns) | set_bit(&r->pronoun_genders) | set_bit(&r->determiners) |
                           set_bit(&r->org_nouns) | set_bit(&r->subjunctives) |
                           /* (the words before a role, asked where news give roles so: below) */
                           (rules_feature(r, FEATURE_EPITHETS) ? set_bit(&r->role_markers) | set_bit(&r->copulas) : 0) |
                           /* (and an article joined to a preposition, "vom", "du", before an
                            * organisation's description, where possessives may stand for one) */
                           (r->possessor_determiners.len ? set_bit(&r->connectors) : 0);
    /* the sets of them the questions before the article's ask a word in lower case about */
    const uint64_t chained = set_bit(&r->role_markers) | set_bit(&r->copulas) | set_bit(&r->reported_verbs) |
                             set_bit(&r->verb_heads) | set_bit(&r->naming_verbs) | set_bit(&r->subjunctives) |
                             set_bit(&r->pronouns) | set_bit(&r->pronoun_genders) | set_bit(&r->org_nouns);
    /* the sets of them that tell a verb of report, one of which the sentence's first makes it one
     * that reports speech (reported.c) */
    const uint64_t reporting = set_bit(&r->reported_verbs) | set_bit(&r->verb_heads) | set_bit(&r->naming_verbs) |
                               set_bit(&r->subjunctives);
    for (size_t s = 0; s < seg->sents.len; s++) {
        /* a credit, a byline or a "READ MORE:" line names no one of the story */
        if (!seg->sents.items[s].prose) {
            if (VEC_PUSH(&kept->from, KEPT_NONE) != 0 || VEC_PUSH(&kept->len, 0) != 0) return -1;
            continue;
        }
        size_t stop, end = seg->sents.items[s].end;
        token_vec view, *toks;
        if (read_sentence(d, r, &seg->sents.items[s], kept, scratch, &view, &toks, &stop) != 0) return -1;
        c.sent = s;
        int first = 1, verb = 0;
        /* (or one that opens with a verb in that mood by its ending, next to its subject: "Man
         * zahle inzwischen Prämien", reported.c) */
        if (r->subjunctive_subjects.len) {
            size_t a = 0;
            while (a < toks->len && (toks->items[a].flags & TOK_PUNCT)) a++;
            if (tok_subjunctive_by_subject(d, r, toks->items, toks->len, a, a + 1) && !inside_quote(&c, toks->items[a].start)) {
                verb = 1;
                if (VEC_PUSH(speech, s) != 0) return -1;
            }
        }
        /* "Selon les experts psychiatres, …": the plural description after a source opens the
         * sentence as much as a subject does, a group for the plural pronouns after it
         * (features.txt "plural-groups") */
        size_t group_at = rules_feature(r, FEATURE_PLURAL_GROUPS) ? source_opening(d, r, toks) : 0;
        if (pending != NO_PERSON && s > pending_sent) pending = NO_PERSON;
        for (size_t i = 0; i < toks->len;) {
            if (stop < end && i + WINDOW_AHEAD > toks->len && slide_window(d, r, toks, &i, &stop, end) != 0) return -1;
            /* (the sentence in one window, most: the words that no question below is asked of
             * passed over in one tight loop; the same test as the one below) */
            if (stop >= end) {
                while (i < toks->len && !(toks->items[i].flags & TOK_CAP) && !(toks->items[i].in_sets & asked)) i++;
                if (i >= toks->len) break;
            } else if (!(toks->items[i].flags & TOK_CAP) && !(toks->items[i].in_sets & asked)) {
                i++; /* most words: none of the questions below has an answer for them */
                continue;
            }
            /* (here the word is one asked about: the tight loop stopped at it, or the test above
             * passed it) */
            const token *t = &toks->items[i];
            /* (each question below, up to the article's, asks a word in lower case whether it is
             * in one of the sets of `chained`, but the one where the verb comes second, which
             * reads the word before: a word in none of them, most articles and connectors, passes
             * over them all in one test) */
            if ((t->flags & TOK_CAP) || (t->in_sets & chained) || rules_feature(r, FEATURE_VERB_SECOND)) {
                /* (a capitalised word in none of `chained`, most names, has none of the answers
                 * below up to the number's: each asks the word, or the one before it where the verb
                 * comes second, about a set of them) */
                const int asks = (t->in_sets & chained) || rules_feature(r, FEATURE_VERB_SECOND);
                /* "Die 41-Jährige arbeitet seit 14 Jahren als Hebamme", "où elle travaille comme
                 * infirmière": where news call the one just named by a description (features.txt
                 * "epithets"), a title after a word of rules/<lang>/role-markers.txt is the role of
                 * whom the sentence is about */
                /* (the language's feature first, one bit: a language without it, English, asks no more) */
                if (asks && rules_feature(r, FEATURE_EPITHETS) && (t->flags & TOK_LOWER) && token_in(d, t, &r->role_markers) >= 0 &&
                    !inside_quote(&c, t->start))
                    role_after_marker(reg, d, r, &c, toks, i, 0);
                /* (…and so is a title after a personal pronoun and a copula: "où elle est infirmière
                 * depuis 2004", "Er ist Arzt") */
                if (asks && rules_feature(r, FEATURE_EPITHETS) && i > 0 && (t->flags & TOK_LOWER) && token_in(d, t, &r->copulas) >= 0 &&
                    token_in(d, &toks->items[i - 1], &r->pronoun_genders) > 0)
                    role_after_marker(reg, d, r, &c, toks, i, toks->items[i - 1].start);
                /* (…or after a name right before the copula, or an age that stands for the one named
                 * before: "Tjark Eilers ist Ranger der Nationalparkverwaltung", "Der 38-Jährige ist
                 * Ranger …") */
                if (asks && rules_feature(r, FEATURE_EPITHETS) && i > 0 && (t->flags & TOK_LOWER) && token_in(d, t, &r->copulas) >= 0 &&
                    !(toks->items[i - 1].flags & TOK_LOWER) && !inside_quote(&c, t->start)) {
                    const token *before = &toks->items[i - 1];
                    size_t at = registry_mentions_from(reg, t->start);
                    if (at > 0 && reg->mentions.items[at - 1].end == before->end && (before->flags & TOK_CAP))
                        role_after_marker(reg, d, r, &c, toks, i, reg->mentions.items[at - 1].pos);
                    else if (i >= 2 && token_in(d, &toks->items[i - 2], &r->articles) == ARTICLE_DEFINITE && age_in_figures(r, (const char *)d->text + before->start, before->end - before->start))
                        role_after_marker(reg, d, r, &c, toks, i, 0);
                }
                /* (…or before the pronoun, where the verb comes second: "seit 2020 ist sie dort
                 * Stationsleiterin", past adverbs) */
                if (rules_feature(r, FEATURE_VERB_SECOND) && i > 0 && (t->flags & TOK_LOWER) && (toks->items[i - 1].flags & TOK_LOWER) &&
                    token_in(d, &toks->items[i - 1], &r->copulas) >= 0 &&
                    (token_in(d, t, &r->pronoun_genders) > 0 || after_singular_verb(d, r, &toks->items[i - 1], t)) &&
                    !inside_quote(&c, t->start)) {
                    size_t a = i;
                    while (a + 1 < toks->len && (toks->items[a + 1].flags & TOK_LOWER) && tok_adverb(d, r, &toks->items[a + 1])) a++;
                    role_after_marker(reg, d, r, &c, toks, a, 0);
                }
                /* (or a verb in the mood of reported speech, "Die Lage sei ernst": reported.c) */
                if (!verb && (t->in_sets & reporting) && (token_in(d, t, &r->reported_verbs) >= 0 || token_in(d, t, &r->verb_heads) >= 0 ||
                              token_in(d, t, &r->naming_verbs) >= 0 || token_in(d, t, &r->subjunctives) >= 0) &&
                    !inside_quote(&c, t->start) && !cues_opening_quotation(toks, i)) {
                    verb = 1;
                    if (VEC_PUSH(speech, s) != 0) return -1;
                }
                /* "Microsoft said Tuesday it would cut jobs": a bare name that speaks, then "it" in its
                 * sentence, is an organisation (unless a full name shows it is someone) */
                if (asks && reg->shorts.len && (t->flags & TOK_WORD) && token_in(d, t, &r->pronouns) == GENDER_NEUTER &&
                    !inside_quote(&c, t->start) &&
                    !(i + 1 < toks->len && token_in(d, &toks->items[i + 1], &r->copulas) >= 0)) { /* "it was a hard decision" */
                    short_mention *last = &reg->shorts.items[reg->shorts.len - 1];
                    if (last->at.sent == s && last->at.subject == SUBJECT_OF_VERB && last->at.pos < t->start) last->org = 1;
                }
                /* "Olenor informó que apelará. La empresa sostuvo que …": so is one that spoke in the
                 * sentence before one that a definite noun of an organisation opens ("the company") */
                if (asks && reg->shorts.len && i == 1 && (t->flags & TOK_LOWER) && token_in(d, t, &r->org_nouns) >= 0 &&
                    token_in(d, &toks->items[0], &r->articles) == ARTICLE_DEFINITE && !inside_quote(&c, t->start)) {
                    short_mention *last = &reg->shorts.items[reg->shorts.len - 1];
                    /* (the subject of its reporting verb, or the first word of a sentence that reports
                     * speech: not a headline's "Measles clinics to open" nor "Strike hits Harbourline
                     * depot") */
                    if (last->at.sent + 1 == s &&
                        (last->at.subject == SUBJECT_OF_VERB ||
                         (speech->len && speech->items[speech->len - 1] == last->at.sent &&
                          opens_sentence(d, last->at.pos))))
                        last->org = 1;
                }
                int g;
                /* "he’s" is "he is": a subject pronoun's ’s is no possessive */
                if (asks && (t->flags & TOK_WORD) && (!(t->flags & TOK_POSS) || token_in(d, t, &r->pronouns) >= 0) &&
                    (g = token_in(d, t, &r->pronoun_genders)) > 0) {
                    /* (not an impersonal one: "créé il y a vingt ans", "il faut", impersonal-after.txt) */
                    if (impersonal_pronoun(d, r, toks, i)) {
                        i++;
                        continue;
                    }
                    int quoted = inside_quote(&c, t->start);
                    /* (not the object of the reporting verb, someone else than the subject just
                     * named: "Okafor asked him."; in the clause it reports it may be the subject:
                     * "McCrory said it would be improper for him to …") */
                    /* ("asked her." too: a possessive's word before punctuation is the object) */
                    int object_only = i > 0 && is_reporting_verb(d, r, toks, i - 1) &&
                                      token_in(d, t, &r->object_pronouns) >= 0 && token_in(d, t, &r->pronouns) < 0 &&
                                      (token_in(d, t, &r->possessives) < 0 ||
                                       (i + 1 < toks->len && (toks->items[i + 1].flags & TOK_PUNCT)));
                    if (pending != NO_PERSON && !quoted && !object_only) {
                        /* (not a name nothing shows to be a person's that holds an organisation's
                         * word: "Vor dem Bezirksgericht Zürich bestreitet er …") */
                        const person *pp = &reg->people.items[pending];
                        if (!pp->gender && (pp->personal || !names_organisation(d, r, pp->name_start, pp->name_end)))
                            reg->people.items[pending].gender = g;
                        pending = NO_PERSON;
                    }
                    /* "He framed the text": a pronoun subject is one more mention of its person */
                    /* "he" and "she" are always the subject of their clause: one more mention of their
                     * person, where the sentence opens with it or a reporting verb follows it all the
                     * more */
                    int sent_subject = i == 0 || (i == 1 && (toks->items[0].flags & TOK_MARK));
                    if (!quoted && token_in(d, t, &r->pronouns) >= 0) {
                        salience_query q = {.pos = t->start, .sent = s, .gender = g, .any_full_name = 1,
                                            .prev_speaker = NO_PERSON, .kind = ENTITY_PERSON,
                                            .latest = wordset_get(&r->demonstratives, (const char *)d->text + t->start,
                                                                  t->stem_end - t->start) >= 0};
                        size_t p = registry_rank(reg, &q, NULL);
                        /* (not a name nothing shows to be a person's that holds an organisation's
                         * word: "er" after "Der Leiter der Kardiologie am Klinikum Oberfelden") */
                        if (p != NO_PERSON && !reg->people.items[p].personal &&
                            names_organisation(d, r, reg->people.items[p].name_start, reg->people.items[p].name_end))
                            p = NO_PERSON;
                        int rank = is_reporting_verb(d, r, toks, i + 1) ? SUBJECT_OF_VERB : sent_subject ? SUBJECT_FIRST : 0;
                        if (p != NO_PERSON) {
                            /* the pronoun shows the person's gender */
                            person *ps = &reg->people.items[p];
                            if (!ps->gender) ps->gender = g;
                            ps->personal = 1;
                            if (add_mention(reg, &c, p, t->start, t->stem_end, rank, 0) != 0) return -1;
                        }
                        /* (a pronoun after a preposition leaves the subject's place open: "No lejos
                         * de ella, don Álvaro Jiménez Charris esperaba …", "Beside him, …") */
                        if (!(i > 0 && (toks->items[i - 1].flags & TOK_LOWER) && token_in(d, &toks->items[i - 1], &r->prepositions) >= 0))
                            first = 0;
                    }
                    i++; /* "Given his views, Shanaaz Gokool, …": a possessive is not the subject */
                    continue;
                }
                /* "…,” it said": an organisation named before speaks again; "the utility said" too */
                /* (only a pronoun or an organisation's noun may: the word's own sets are asked before
                 * the verb after it, which most words of the loop are followed by none of) */
                if (asks && (t->flags & TOK_WORD) && !(t->flags & TOK_POSS) &&
                    (t->in_sets & (r->pronouns.column_bit | r->org_nouns.column_bit)) && is_reporting_verb(d, r, toks, i + 1) &&
                    !inside_quote(&c, t->start) &&
                    ((token_in(d, t, &r->pronouns) == GENDER_NEUTER &&
                      token_in(d, &toks->items[i + 1], &r->document_verbs) < 0) ||
                     (i > 0 && token_in(d, &toks->items[i - 1], &r->articles) == ARTICLE_DEFINITE &&
                      token_in(d, t, &r->org_nouns) >= 0))) {
                    if (mention_org_again(reg, &c, t, SUBJECT_OF_VERB, 0) != 0) return -1;
                    i++;
                    first = 0;
                    continue;
                }
                /* "The agency had a backlog …": an organisation noun that opens the sentence is one
                 * more mention of an organisation whose name holds it or a noun of its kind, for the
                 * "its" and "it" after it */
                if (asks && i == 1 && (t->flags & TOK_LOWER) && token_in(d, &toks->items[0], &r->articles) == ARTICLE_DEFINITE &&
                    token_in(d, t, &r->org_nouns) >= 0 && !(i + 1 < toks->len && token_in(d, &toks->items[i + 1], &r->org_nouns) >= 0) &&
                    !inside_quote(&c, t->start)) {
                    if (mention_org_again(reg, &c, t, SUBJECT_FIRST, 1) != 0) return -1;
                    i++;
                    first = 0;
                    continue;
                }
                /* "sieben Jahre Haft", "drei bis vier Stunden Musik": where every noun is capitalised,
                 * the capitalised words after a number are what it counts, up to a first name and the
                 * noun before it, the role of the name ("Die zwei Polizisten Max Berg und Tim Kuhn") */
                if ((t->flags & TOK_CAP) && counted_after_number(d, r, toks->items, i)) {
                    size_t past = i;
                    while (past < toks->len && (toks->items[past].flags & TOK_CAP) && !tok_first_name(d, r, &toks->items[past]) &&
                           !(past + 1 < toks->len && tok_first_name(d, r, &toks->items[past + 1])))
                        past++;
                    if (past > i) {
                        i = past;
                        continue;
                    }
                }
            }
            int article = tok_article(d, r, t);
            /* "Le syndicat intercommunal n'a pas tranché. Son président, X,": an organisation's
             * description, for a possessive after it that may stand for one */
            if (r->possessor_determiners.len && i + 1 < toks->len &&
                (article || ((token_in(d, t, &r->connectors) >= 0 || (t->flags & TOK_CAP)) && contracted_article(d, r, t))) &&
                note_org_description(reg, &c, toks, i) != 0)
                return -1;
            if (!(t->flags & TOK_CAP) && !article) {
                i++;
                continue;
            }
            /* "«…», sagt die 68-Jährige": an age alone after the cue of a quotation is the one
             * named last, a person then, of the gender its article shows */
            if (article && age_after_cue(d, r, toks, i)) {
                if (age_of_named_last(reg, &c, toks, i) != 0) return -1;
                first = 0;
                i += 2;
                continue;
            }
            /* "la préfecture du Morbihan", "le parquet de Marcillac": an organisation named by
             * its kind in lower case and the place it is of, for "la préfecture" to stand for */
            mention placed;
            /* (most articles open no kind of organisation: one question rules them out) */
            int kind_next = article && i + 1 < toks->len && tok_org_kind(d, r, &toks->items[i + 1]);
            /* (an acronym in brackets, rare: where the next bracket stands is looked for once,
             * and asked again past it) */
            if (article && c.next_bracket < t->start) {
                const unsigned char *b = memchr(d->text + t->start, '(', d->len - t->start);
                c.next_bracket = b ? (size_t)(b - d->text) : d->len;
            }
            int by_kind = kind_next && (lower_org_of_place(d, r, toks, i, &placed) || org_after_kind(d, r, toks, i, &placed));
            if (by_kind || (article && c.next_bracket < end && parse_org_by_acronym(d, r, toks, i, &placed))) {
                size_t p;
                /* (not where its name opens after another noun it is the complement of: "Los
                 * clientes de la Compañía … (CAL)") */
                int complement = !by_kind && placed.start > t->start;
                int rank = complement                                           ? 0
                           : is_reporting_verb(d, r, toks, placed.next_tok) ? SUBJECT_OF_VERB
                           : first                                          ? SUBJECT_FIRST
                                                                            : 0;
                if (!inside_quote(&c, placed.start) && register_org(reg, &c, &placed, rank, &p) != 0) return -1;
                first = 0;
                i = placed.next_tok;
                continue;
            }
            /* after an article only a name or a title can make a mention the registry keeps:
             * "the company" is passed over without parsing */
            /* (or, opening the sentence, a plural: "Les agriculteurs", features.txt "plural-groups") */
            /* (or someone's kin: "Una madre que viajó desde Soacha contó"; or a title after a word
             * or two: "a maths teacher") */
            if (article && !(i + 1 < toks->len &&
                             ((toks->items[i + 1].flags & TOK_CAP) || tok_title(d, r, &toks->items[i + 1]) ||
                              token_in(d, &toks->items[i + 1], &r->kin_nouns) >= 0 ||
                              opens_person_new(d, r, toks, i) ||
                              /* (or an age after a definite article: "the 29-year-old Lakeland
                               * firefighter", one named before) */
                              (token_in(d, t, &r->articles) == ARTICLE_DEFINITE && tok_age_among(d, r, &toks->items[i + 1])) ||
                              (i + 2 < toks->len && modifiers_then_title(d, r, toks->items, i + 1, i + 3)) ||
                              (i + 3 < toks->len && modifiers_then_title(d, r, toks->items, i + 1, i + 4)) ||
                              prenominal_then_title(d, r, toks, i + 1) ||
                              ((first || i == group_at) && rules_feature(r, FEATURE_PLURAL_GROUPS) &&
                               rules_plural(r, (const char *)d->text + toks->items[i + 1].start,
                                            toks->items[i + 1].stem_end - toks->items[i + 1].start))))) {
                i++;
                continue;
            }
            i = past_object_told(d, r, toks, i);
            /* "un virage de la RD 927", "the A 7": an acronym before a number in figures numbers a
             * road or a thing, no organisation */
            size_t h = i + (tok_article(d, r, &toks->items[i]) != 0);
            if (h + 1 < toks->len && (toks->items[h].flags & TOK_ALLCAPS) &&
                !(toks->items[h + 1].flags & (TOK_CAP | TOK_LOWER)) && is_numeral(d, r, &toks->items[h + 1])) {
                i = h + 2;
                continue;
            }
            /* "condenó al exalcalde de Curicó Héctor Valdebenito": a preposition that holds the
             * article ("al", "au"), a title in lower case and its connector before capitalised
             * words open the phrase as an article does: it is read from the title, where a name
             * ends it past the word reached */
            size_t title_at = (toks->items[i].flags & TOK_CAP) && i >= 3 && tok_connector(d, r, &toks->items[i - 1])
                                  ? title_after_contracted_article(d, r, toks, i - 1)
                                  : i;
            if (title_at < i) {
                mention titled = parse_mention(d, r, toks, title_at);
                if (titled.kind == MENTION_NAME && titled.next_tok > i) i = title_at;
            }
            mention m = parse_mention(d, r, toks, i);
            /* "Fisheries and Oceans Canada spokesperson Mark Hill": the organisation's first word
             * and a conjunction belong to the role */
            if (m.kind == MENTION_NAME && m.role_end > m.role_start && m.role_start == toks->items[i].start &&
                tok_org_word_before_role(d, r, toks->items, i))
                m.start = m.role_start = toks->items[i - 2].start;
            size_t article_at = SIZE_MAX; /* (of a definite description: definite_article_at) */
            /* "the book Clinton Cash", "the film Hijos de Trump": a title, no one's name */
            if (m.kind == MENTION_NAME && i > 0 && (toks->items[i - 1].flags & TOK_LOWER) &&
                token_in(d, &toks->items[i - 1], &r->work_nouns) >= 0) {
                i = m.next_tok > i ? m.next_tok : i + 1;
                continue;
            }
            /* a description names no one, and may run over a name: read on inside it */
            size_t next = m.kind != MENTION_DESCRIPTION && m.next_tok > i ? m.next_tok : i + 1;
            if (m.kind == MENTION_NAME && mention_is_place(d, r, toks, i, &m)) {
                /* "across North America", "in Iowa": a place is no one, never an antecedent */
            } else if (m.kind == MENTION_NAME && inside_title(&c, m.start)) {
                /* "The forum's report, “Justice Delayed: …”": a name in a work's title, no one */
            } else if (m.kind == MENTION_NAME && m.name_tokens == 1 && rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
                       wordset_get_folded(&r->document_nouns, (const char *)d->text + m.name_start,
                                          m.name_end - m.name_start) >= 0) {
                /* "In einer Stellungnahme hieß es": where every noun is capitalised, a document's
                 * noun alone is no one's name, never an antecedent */
            } else if (m.kind == MENTION_NAME) {
                /* (a title's noun in lower case right before the name shows a person: "cafe
                 * owner Tran Nguyen", "nurse Ana Ruiz"; where every noun is capitalised, a word in
                 * lower case there is an adjective: "die wegfallenden Stunden") */
                int titled_before = 0;
                if (m.role_end == m.role_start) {
                    size_t rs = m.role_start, re = m.role_end;
                    titled_before = role_before(d, r, toks, i, &rs, &re) && tok_title_noun(d, r, &toks->items[i - 1]) &&
                                    !rules_feature(r, FEATURE_CAPITALISED_NOUNS);
                    m.role_start = (uint32_t)rs, m.role_end = (uint32_t)re;
                }
                /* "a 54-year-old teacher who gave his surname only as Chan": the name a relative
                 * clause gives is of the description before it, its role, of the gender the
                 * clause's possessive shows */
                int given_gender = 0;
                size_t given_rel = given_by_relative(d, r, toks, i, token_from(toks, i, m.name_start), &given_gender);
                if (given_rel) {
                    size_t rs, re;
                    if (m.role_end == m.role_start && description_ending_at(d, r, toks, given_rel, &rs, &re))
                        m.role_start = (uint32_t)rs, m.role_end = (uint32_t)re;
                    if (!m.gender) m.gender = given_gender;
                }
                /* "La fiscal Cruz Muñoz": an article that shows a gender before a role of either
                 * gender is hers, over the one her first name mostly has (a person's, who has a
                 * first name: not "La Distribuidora Eléctrica del Sur"; and not a role whose noun
                 * shows a gender of its own: German "der" of "der Sprecherin Anna Schmidt" is a
                 * woman's genitive) */
                if (m.role_end > m.role_start && !m.org && m.name_tokens >= 2 && role_next_to_name(d, &m) &&
                    mention_opens_with_first_name(d, r, toks, &m) && role_of_either_gender(d, r, &m) &&
                    !adjectival_noun_declined(d, r, m.role_start, m.role_end)) {
                    int g = article_gender(d, &r->singular_articles, toks, m.next_tok, m.role_start);
                    if (g) m.gender = g;
                }
                /* "said former Massachusetts congressman Barney Frank": a title word in lower
                 * case before the phrase belongs to its role */
                size_t k = i;
                for (; m.role_end > m.role_start && m.role_start == toks->items[k].start && k > 0 &&
                       (toks->items[k - 1].flags & TOK_LOWER) && tok_title(d, r, &toks->items[k - 1]);
                     k--)
                    m.role_start = toks->items[k - 1].start;
                /* …and the organisation noun before that word: "said police spokesperson …" */
                if (k < i && k > 0 && (toks->items[k - 1].flags & TOK_LOWER) &&
                    token_in(d, &toks->items[k - 1], &r->org_nouns) >= 0)
                    m.role_start = toks->items[k - 1].start;
                /* "El conseller de Cultura, Vicent Martí, la acompañó": a titled description
                 * before the name between commas shows a person */
                /* "Der Leiter des Kriminalkommissariats 13, Erster Kriminalhauptkommissar Dirk
                 * Hansen,": an office before a rank and its name outweighs the rank; so does one
                 * with its complement before another title ("La presidenta del jurado, la crítica
                 * literaria Amparo Velasco", "The chair of the committee, Senator Jane Holt"),
                 * not a relation ("Her colleague, Senator Omar Haddad") */
                int ranked = role_is_rank(d, r, m.role_start, m.role_end);
                size_t ds = 0, de = 0;
                /* (from the title before the name: "La titular del órgano, contadora Beatriz
                 * Alcocer,", "El gerente general de la empresa, ingeniero Walter Chunga,") */
                size_t titled_at = i;
                while (titled_at > 0 && m.role_end > m.role_start && toks->items[titled_at - 1].start >= m.role_start &&
                       toks->items[titled_at - 1].end <= m.role_end)
                    titled_at--;
                /* (…a title alone: not "the other candidate on the stage, former Secretary of
                 * State Hillary Clinton", whose own title has its complement) */
                if (titled_at < i && span_has_complement(d, r, toks, token_from(toks, i, m.name_start), m.role_start, m.role_end))
                    titled_at = i;
                /* (past an honorific in lower case, as Spanish writes it: "La dueña de la pulpería,
                 * doña Flory Castro Arias,"; of the gender it shows) */
                if (titled_at == i && i >= 2 && (toks->items[i - 1].flags & TOK_LOWER) && punct_is(&toks->items[i - 2], ',')) {
                    int g = token_in(d, &toks->items[i - 1], &r->honorifics);
                    if (g >= 0) {
                        titled_at--;
                        if (!m.gender && (g == GENDER_MALE || g == GENDER_FEMALE)) m.gender = g;
                    }
                }
                /* (past a definite article and an adjective in lower case that say more of the
                 * person, not of the office: "El director ejecutivo del fondo, el estadounidense
                 * Michael Donnelly,") */
                if (titled_at == i && i >= 3 && m.role_end == m.role_start && punct_is(&toks->items[i - 3], ',') &&
                    token_in(d, &toks->items[i - 2], &r->articles) == ARTICLE_DEFINITE &&
                    plain_lower_word(d, r, &toks->items[i - 1]) && tok_first_name(d, r, &toks->items[i]))
                    titled_at = i - 2;
                int described = description_before(d, r, toks, titled_at, m.next_tok, &ds, &de) &&
                                (m.role_end == m.role_start || ranked || span_has_complement(d, r, toks, titled_at, ds, de));
                if (described) m.role_start = ds, m.role_end = de;
                /* (by its noun first, then its article: "mit der Geschäftsführerin der Seelinie,") */
                if (described && !m.gender) m.gender = role_noun_gender(r, d, m.role_start, m.role_end);
                if (described && !m.gender) m.gender = article_gender(d, &r->apposition_articles, toks, i, m.role_start);
                int before_verb = is_reporting_verb(d, r, toks, m.next_tok);
                /* "The mayor of Marrow Bay, Ines Calvo, agreed": a name set off by commas before its
                 * verb is its subject too */
                if (!before_verb && i > 0 && m.next_tok + 1 < toks->len && punct_is(&toks->items[i - 1], ',') &&
                    punct_is(&toks->items[m.next_tok], ','))
                    before_verb = is_reporting_verb(d, r, toks, m.next_tok + 1);
                /* "…,” said X" or "…, adds X": an inverted cue, not "told Yahoo News" (its
                 * auxiliary between too: "», a indiqué Météo-France") */
                int after_verb = i > 0 && is_reporting_verb(d, r, toks, i - 1) &&
                                 token_in(d, &toks->items[i - 1], &r->no_inversion) < 0 &&
                                 (i < 2 || (toks->items[i - 2].flags & TOK_PUNCT) ||
                                  (i >= 3 && (toks->items[i - 3].flags & TOK_PUNCT) && (toks->items[i - 2].flags & TOK_LOWER) &&
                                   token_in(d, &toks->items[i - 2], &r->auxiliaries) >= 0));
                size_t ars = 0, are = 0;
                int org = apposition_org(d, r, toks, m.next_tok);
                /* "Joint par Le Point, le maire de Lacanau admet …", "Contacted by the Herald, the
                 * mayor said": the agent of a participle that opens the sentence is who asked,
                 * and the phrase after its comma the clause's subject, no apposition of it */
                /* (the agent itself, no comma before it: not "Jean Dupont" of "Contacté par Le
                 * Devoir, Jean Dupont, porte-parole du ministère, a indiqué") */
                int agent = opens_with_agent(d, r, toks, i);
                /* "À Blendecques, le maire, Rémi Caron, …": a name after a preposition of place
                 * that opens the sentence is where, and the phrase after its comma no apposition
                 * of it (rules/<lang>/cue-followers.txt) */
                int place = i == 0 && m.start == toks->items[0].start && (toks->items[0].flags & TOK_CAP) &&
                            token_in(d, &toks->items[0], &r->prepositions) >= 0 &&
                            token_in(d, &toks->items[0], &r->cue_followers) >= 0 && m.next_tok < toks->len &&
                            punct_is(&toks->items[m.next_tok], ',');
                /* "dans le grand auditoire de l’UNamur, l’étudiante de 23 ans, …": where adjectives
                 * follow the noun (features.txt "postnominal-adjectives"), a name right after an
                 * article with no title is a place's or a body's, and the apposition after its
                 * comma is the subject's, no role of it */
                int article_name = i > 0 && m.role_end == m.role_start && !m.titled && tok_article(d, r, &toks->items[i - 1]) &&
                                   (toks->items[i - 1].flags & TOK_LOWER) && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES);
                int apposed = !org && !place && !article_name && !(agent && !comma_between(toks, 2, i)) &&
                              apposition_role(d, r, toks, m.next_tok, &ars, &are);
                /* (past an age or a label in brackets after the name: "Declan Farrelly (58), a
                 * butcher there for 26 years,") */
                size_t labelled = tok_past_label(toks->items, toks->len, m.next_tok);
                if (!apposed && !org && !place && !agent && labelled > m.next_tok)
                    apposed = apposition_role(d, r, toks, labelled, &ars, &are);
                /* "Su hija, Pilar Carrera, lleva desde entonces …", "Sa fille, Lise Marchand, refuse
                 * de partir": after a name in apposition to the description before it, what follows
                 * the name's comma is the clause's predicate, unless a comma closes it as well */
                if (apposed && !comma_after(d, are) && (described || apposed_to_opening_phrase(d, r, toks, i))) apposed = 0;
                int aged = apposition_age(d, r, toks, m.next_tok);
                /* "Ann Lee, 54, a retired nurse,": the apposition after the age */
                /* (one that runs to the sentence's end is a predicate, "Noé Ferrand, 29 ans,
                 * comparaît depuis lundi.", but after a verb: "said Ann Lee, 54, a nurse.") */
                if (!org && !apposed && aged) {
                    apposed = apposition_role(d, r, toks, m.next_tok + (size_t)aged, &ars, &are);
                    if (apposed && !(i > 0 && is_reporting_verb(d, r, toks, i - 1)) && !comma_after(d, are) &&
                        !relative_after(d, r, toks, m.next_tok + (size_t)aged, ars, are) && !opens_with_title(d, r, toks, ars))
                        apposed = 0;
                }
                /* "Sophie, 41 ans, riveraine": a first name alone with an age is someone's, who
                 * is of the gender it shows (witnesses are often so named) */
                if (aged && m.name_tokens == 1 && !m.titled && !m.gender) {
                    int g = text_first_name(d, r, m.surname_start, m.surname_end - m.surname_start);
                    if (g == GENDER_MALE || g == GENDER_FEMALE) m.gender = g;
                }
                /* "Según Cristián Olave, el bus iba …": after a source that opens the sentence
                 * the clause follows the name's comma; an apposition there ends at a comma (or
                 * at the relative clause that ends it: "According to Ann Lee, a nurse who works
                 * nights, …") */
                size_t source_at;
                if (apposed && !comma_after(d, are) && !relative_follows(d, r, toks, m.next_tok, are) && (source_at = source_opening(d, r, toks)) &&
                    i <= source_at)
                    apposed = 0;
                /* "Ann Lee is the executive director of the union": a role after a copula */
                if (!org && !apposed) apposed = predicate_role(d, r, toks, m.next_tok, &ars, &are);
                /* (past an age or a label in brackets: "Noah Imfeld (24) ist Co-Präsident …"; or
                 * after the conjunction that joins a second verb to the name's first: "Noah
                 * Imfeld studiert Jus und ist Co-Präsident des Verbands") */
                /* (the name its clause's subject, opening it after punctuation or the sentence's
                 * start, and its verb right after it: not "The daughter of John Smith studies …",
                 * "Ann Lee met John Smith and is …", "After meeting John Smith, Ann Lee …") */
                if (!org && !apposed && m.start == toks->items[i].start && (i == 0 || (toks->items[i - 1].flags & TOK_PUNCT))) {
                    size_t k = tok_past_label(toks->items, toks->len, m.next_tok);
                    if (k > m.next_tok) apposed = predicate_role(d, r, toks, k, &ars, &are);
                    /* (past a conjunction inside the first predicate's object: "betreibt seit 19
                     * Jahren einen Obst- und Gemüseladen und ist Vorsitzender der …") */
                    for (size_t j = k, conj; !apposed && (conj = joining_conjunction(d, r, toks, j, k + JOINED_PREDICATE_TOKENS)) < toks->len;
                         j = conj + 1)
                        apposed = predicate_role(d, r, toks, conj + 1, &ars, &are);
                }
                /* "Priya, 35, is the company’s chief executive.": after an age; "Anjali, 31, a
                 * former software engineer at a ride-hailing company, is its chief technology
                 * officer.": after an apposition that says what kind of person they are (an
                 * indefinite article), the office the clause states outweighs it (not after a
                 * title: "Garrigues, de 36 años y directora técnica, es la responsable del
                 * modelo") */
                size_t role_tok = apposed ? token_from(toks, m.next_tok, ars) : 0;
                int kind_of = apposed && role_tok > 0 &&
                              token_in(d, &toks->items[role_tok - 1], &r->articles) == ARTICLE_INDEFINITE;
                size_t closing = org ? SIZE_MAX
                                     : kind_of ? token_from(toks, role_tok, are)
                                     : aged && !apposed ? m.next_tok + (size_t)aged : SIZE_MAX;
                /* "Su hermano mayor, Joseba Ulloa, es además el director deportivo": so does the
                 * office a copula states after a name in apposition to a description before it */
                /* (over a relation to someone that a possessive opens: "Her longtime neighbour,
                 * Dana Whitcombe, is also the treasurer of …") */
                int in_apposition = 0;
                if (closing == SIZE_MAX && !org && !apposed && (described || (i > 0 && punct_is(&toks->items[i - 1], ','))) &&
                    m.next_tok < toks->len && punct_is(&toks->items[m.next_tok], ','))
                    closing = m.next_tok, in_apposition = 1;
                size_t prs, pre;
                /* (an office, not kin: "…, a retired nurse, is the brother of the mayor") */
                if (closing != SIZE_MAX && closing + 1 < toks->len && punct_is(&toks->items[closing], ',') &&
                    predicate_role(d, r, toks, closing + 1, &prs, &pre) && !role_opens_with_kin(d, r, toks, closing + 1, prs)) {
                    apposed = 1, ars = prs, are = pre;
                    size_t ds_tok = described ? token_from(toks, 0, m.role_start) : 0;
                    if (in_apposition && described && ds_tok > 0 && token_in(d, &toks->items[ds_tok - 1], &r->possessives) >= 0)
                        m.role_start = (uint32_t)ars, m.role_end = (uint32_t)are;
                }
                /* "Polizeihauptkommissar Stefan Lorenz, Sprecher der Polizei,": the office in
                 * apposition outweighs the rank before the name */
                /* (not a relative clause: "Det. Sgt. Colleen Ferrier, who leads the rural crime
                 * unit," keeps her rank) */
                int relative = m.next_tok + 1 < toks->len && token_in(d, &toks->items[m.next_tok + 1], &r->relatives) >= 0;
                /* (an elected member's short title only by an office the text names with its
                 * article: "Cllr X, the cabinet member for culture,", not "Councillor X, a former
                 * teacher,": rules/<lang>/elected-titles.txt) */
                /* (…or an office with its complement: "Coun Andrew Metcalfe, leader of the
                 * Conservative group on Bradford Council,") */
                int elected = role_ends_in(d, r, &r->elected_titles, m.role_start, m.role_end) && m.next_tok + 1 < toks->len &&
                              (token_in(d, &toks->items[m.next_tok + 1], &r->articles) == ARTICLE_DEFINITE ||
                               (apposed && span_has_complement(d, r, toks, token_from(toks, m.next_tok, are), ars, are)));
                if (apposed && !described && (ranked || elected) && !relative) m.role_start = ars, m.role_end = are;
                /* "The first witness, Helena Cordeiro, 58, a former official in the ministry’s
                 * procurement department,": a description that places someone in the story by an
                 * ordinal gives way to an office with its complement after the name
                 * (rules/<lang>/story-ordinals.txt; not to an occupation alone: "La troisième
                 * candidate, Karine Sirois, 52 ans, infirmière retraitée,") */
                if (apposed && described && !relative && opens_with_story_ordinal(d, r, m.role_start, m.role_end) &&
                    span_has_complement(d, r, toks, token_from(toks, m.next_tok, are), ars, are))
                    m.role_start = ars, m.role_end = are;
                /* "Osei’s mother, Grace Osei, a personal support worker,": so does what someone does,
                 * after the name, over their kin before it (kin-nouns.txt) */
                if (apposed && described && !relative && span_word_in(d, r, &r->kin_nouns, m.role_start, m.role_end, 0) &&
                    !span_word_in(d, r, &r->kin_nouns, ars, are, 0))
                    m.role_start = ars, m.role_end = are;
                /* "Rosalía, la dueña de la panadería de la plaza,": a name of one word is someone's where an
                 * apposition shows their gender, by its article or its noun (not where every noun
                 * is capitalised: "Geld vom Land, Forscher raten ab"); a longer name has that
                 * gender over what its first name mostly is ("Cruz Santiago, concejala de
                 * Urbanismo,") */
                if (apposed && !m.titled && !m.gender && !org && !rules_feature(r, FEATURE_CAPITALISED_NOUNS))
                    m.gender = apposition_gender(d, r, toks, ars, are);
                /* "Outside City Hall, Hyun-woo Park, who owns a dry cleaner …,": a relative of
                 * people after the name's comma shows a person, whatever the name's words may
                 * also name ("Park"; rules/<lang>/personal-relatives.txt) */
                int people_relative = !org && relative_of_people_after(d, r, toks, m.next_tok);
                int kin = org || apposed ? -1 : kin_apposition(d, r, toks, m.next_tok);
                if (kin < 0 && !org && m.role_end == m.role_start) kin = kin_before_name(d, r, toks, i, m.next_tok);
                if (kin < 0 && !org) kin = kin_coordinated(d, r, toks, m.next_tok);
                size_t p;
                /* "En la fila espera Norma Palavecino", "Am Schalter steht Petra Vogel": where the
                 * subject may follow its verb (features.txt "verb-second", "object-before-subject"),
                 * a name right after the verb that a fronted phrase leaves second is the subject */
                int inverted = !first && i >= 3 &&
                               (rules_feature(r, FEATURE_VERB_SECOND) || rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT)) &&
                               after_fronted_verb(d, r, toks, i);
                /* (and where it may not, a name right after the comma that ends such a phrase:
                 * "Sur le quai, Stéphanie, 41 ans, hausse les épaules") */
                int fronted = !first && !inverted && !rules_feature(r, FEATURE_VERB_SECOND) && after_fronted_phrase(d, r, toks, i);
                /* (a name's possessive that opens the sentence before its noun and a name between
                 * commas is no subject: "Whitlock’s mother, Karen Whitlock, drove …") */
                int rank = before_verb || after_verb ? SUBJECT_OF_VERB
                           : (first && !(m.possessive && m.next_tok + 2 < toks->len && (toks->items[m.next_tok].flags & TOK_LOWER) &&
                                         punct_is(&toks->items[m.next_tok + 1], ',') &&
                                         (toks->items[m.next_tok + 2].flags & TOK_CAP))) ||
                                   inverted || fronted ||
                                   /* (a name in apposition to the description that opens the
                                    * sentence is its subject: "El director …, el estadounidense
                                    * Michael Donnelly, se presentó") */
                                   (described && token_from(toks, 0, m.role_start) <= 1)
                               ? SUBJECT_FIRST
                               : 0;
                int shown = before_verb || after_verb || apposed || aged || described || kin >= 0 || people_relative || inverted || titled_before;
                /* "— Ce que nous avons trouvé est exceptionnel, commence Hélène Vasseur-Morin. La
                 * date, …", "« Nous partons, explique Jean Dupuis. Le reste viendra. »": inside any
                 * quotation, a name after a comma and its reporting verb is the narrator's incise,
                 * outside the speech around it */
                c.incise_at = after_verb && i >= 2 && punct_is(&toks->items[i - 2], ',') ? m.start : SIZE_MAX;
                if (register_name(reg, &c, &m, rank, shown, apposed || aged || kin >= 0, &p) != 0) return -1;
                c.incise_at = SIZE_MAX;
                if (register_first_name_joined(reg, &c, toks, i, &m, p) != 0) return -1;
                if (p != NO_PERSON && i > 0 && token_in(d, &toks->items[i - 1], &r->prepositions) >= 0)
                    reg->mentions.items[reg->mentions.len - 1].oblique = 1;
                if (p != NO_PERSON && !(reg->mentions.len >= 2 && reg->mentions.items[reg->mentions.len - 2].sent == s) && agent)
                    reg->mentions.items[reg->mentions.len - 1].oblique = OPENING_AGENT;
                if (p != NO_PERSON && kin >= 0 && reg->people.items[p].kind == ENTITY_PERSON) {
                    reg->people.items[p].personal = 1;
                    if (!reg->people.items[p].gender) reg->people.items[p].gender = kin;
                }
                /* "Sea Watch Mediterranean, a German charity that runs a rescue ship," */
                if (p != NO_PERSON && (org || named_as_org(d, r, toks, &m)) && !reg->people.items[p].personal)
                    reg->people.items[p].kind = ENTITY_ORG;
                if (p != NO_PERSON && people_relative && reg->people.items[p].kind == ENTITY_PERSON) reg->people.items[p].personal = 1;
                /* an age shows a person ("Thandiwe Mokoena, 67,"), whom "the company said" never
                 * stands for */
                if (p != NO_PERSON && aged && reg->people.items[p].kind == ENTITY_PERSON) {
                    reg->people.items[p].personal = 1;
                    /* (its decade, for "le quadragénaire": rules/<lang>/age-decades.txt) */
                    const token *age = &toks->items[m.next_tok + 1];
                    if (age->flags & TOK_LOWER) age++; /* ", de 44 años," */
                    if (age->end - age->start == 2 && uc_is_digit(d->text[age->start]) && uc_is_digit(d->text[age->start + 1]))
                        reg->people.items[p].decade = (unsigned char)(d->text[age->start] - '0');
                }
                /* (…and so does one right after the role in apposition: "Yoandy Pérez, un mecánico de
                 * 40 años que vive a dos cuadras,", whom "la fiscalía" never stands for) */
                if (p != NO_PERSON && apposed && reg->people.items[p].kind == ENTITY_PERSON &&
                    age_follows(d, r, toks, token_from(toks, m.next_tok, are)))
                    reg->people.items[p].personal = 1;
                if (p != NO_PERSON && apposed) {
                    person *ps = &reg->people.items[p];
                    if (ps->role_end == ps->role_start) {
                        ps->role_start = ars;
                        ps->role_end = are;
                        ps->role_apposed = 1;
                    } else if (!relative && ps->role_start == m.role_start && m.role_end <= m.name_start &&
                               ps->role_org_end <= ps->role_org_start && ars >= m.name_end &&
                               one_word_occupation(d, m.role_start, m.role_end) && opens_with_title(d, r, toks, ars) &&
                               !role_ends_in(d, r, &r->elected_titles, m.role_start, m.role_end) &&
                               !names_someone_in(d, r, toks, ars, are)) {
                        /* "Le politologue X, chargé de cours à l'UCLouvain,": what they are before
                         * the name, one word, and the post after it, which a title opens, are one
                         * role, joined as news give it ("politologue, chargé de cours à
                         * l'UCLouvain"); not an office with its complement, "député du Gers", nor
                         * an abbreviated title, "Rep.", nor an elected member's short title,
                         * "Councillor X, a former teacher,", nor a clause, ", jointe par téléphone,",
                         * nor a list of others, ", Sen. Ted Cruz and …" */
                        ps->role_org_start = ars;
                        ps->role_org_end = are;
                        ps->role_org_for = ps->role_start;
                    }
                }
                if (p != NO_PERSON && !apposed) note_affiliation(reg, d, r, toks, &m, p);
                if (p != NO_PERSON) note_possessor(reg, d, r, p, m.role_start, m.role_end, m.start, c.sent);
                if (p != NO_PERSON) {
                    first = 0;
                    if (!reg->people.items[p].gender && !reg->mentions.items[reg->mentions.len - 1].quoted) {
                        pending = p;
                        pending_sent = s;
                    } else {
                        pending = NO_PERSON;
                    }
                }
            } else if (m.kind == MENTION_DESCRIPTION && i == 0 && compound_org_subject(d, r, toks, i, &m)) {
                /* "Der Hauseigentümerverband begrüsste den Entscheid. … , teilte der Verband mit.":
                 * where every noun is capitalised, a compound whose last part is a kind of
                 * organisation, after a definite article, opening the sentence as its subject, is
                 * an organisation of its own, named as written, for "der Verband" to stand for */
                mention named = m; /* (its name without the article, as an organisation's) */
                named.start = toks->items[i + 1].start;
                if (register_description(reg, &c, &named,
                                         is_reporting_verb(d, r, toks, m.next_tok) ? SUBJECT_OF_VERB : SUBJECT_FIRST, ENTITY_ORG,
                                         0) != 0)
                    return -1;
                reg->people.items[reg->people.len - 1].personal = 0;
                reg->mentions.items[reg->mentions.len - 1].pos = m.start; /* (read at its article) */
                first = 0;
            } else if (m.kind == MENTION_ROLE && m.org && mention_is_place(d, r, toks, i, &m)) {
                /* "on South Alvarado Street": a street is no organisation */
            } else if (m.kind == MENTION_ROLE && m.org) {
                size_t p;
                int rank = is_reporting_verb(d, r, toks, m.next_tok) ? SUBJECT_OF_VERB : first ? SUBJECT_FIRST : 0;
                if (register_org(reg, &c, &m, rank, &p) != 0) return -1;
                /* (after a preposition, the object of its phrase, as a name's is: "guided the
                 * Weavers to promotion from League Two") */
                if (i > 0 && token_in(d, &toks->items[i - 1], &r->prepositions) >= 0)
                    reg->mentions.items[reg->mentions.len - 1].oblique = 1;
                first = 0;
            } else if (m.kind == MENTION_NONE && (m = parse_weak_name(d, r, toks, i)).kind == MENTION_NAME) {
                /* "May told reporters", "May’s government": a surname that is also a word, once
                 * someone of that surname is known, where a subject or possessor stands */
                size_t p = find_person(reg, d, &m, 0, 0);
                int before_verb = is_reporting_verb(d, r, toks, i + 1);
                if (p != NO_PERSON && reg->people.items[p].kind == ENTITY_PERSON &&
                    (first || before_verb || m.possessive) &&
                    add_mention(reg, &c, p, m.start, m.end, before_verb ? SUBJECT_OF_VERB : first ? SUBJECT_FIRST : 0,
                                m.possessive) != 0)
                    return -1;
                /* (a capitalised word that names no one known is no subject: "Dans la salle, un
                 * patient …") */
                first = 0;
            } else if ((first || i == group_at) && plural_group(d, r, toks, i, &m) && !inside_quote(&c, m.start)) {
                /* "Les agriculteurs sont inquiets. « … », confient-ils": where news let a plural
                 * pronoun stand for the group a sentence opened with (features.txt
                 * "plural-groups"), a plural description with a definite article that opens the
                 * sentence is a group of its own, named as written, for those pronouns */
                if (register_description(reg, &c, &m, SUBJECT_FIRST, ENTITY_GROUP, 0) != 0) return -1;
                first = 0;
            } else if ((m.kind == MENTION_ROLE || m.kind == MENTION_DESCRIPTION) && !m.org &&
                       ((m.titled && m.role_end > m.role_start) ||
                        /* ("a maths teacher", "a senior nurse": a word or two before the title) */
                        (m.kind == MENTION_DESCRIPTION && i + 2 < m.next_tok && m.next_tok <= i + 4 &&
                         modifiers_then_title(d, r, toks->items, i + 1, m.next_tok)) ||
                        (m.kind == MENTION_DESCRIPTION && m.next_tok >= i + 3 && prenominal_then_title(d, r, toks, i + 1)) ||
                        /* ("Una madre que viajó desde Soacha contó", "a father of three said": kin) */
                        (i + 1 < toks->len && token_in(d, &toks->items[i + 1], &r->kin_nouns) >= 0) ||
                        /* ("A man stood by the road.", "Ein älterer Mann steht am Straßenrand.":
                         * someone new with no role, whom a pronoun after may stand for) */
                        opens_person_new(d, r, toks, i)) &&
                       opens_one_new(d, r, &toks->items[i]) &&
                       ((first && !object_of_preposition(d, r, toks, i) && !heading_line(toks)) ||
                        (m.titled && m.role_end > m.role_start && passive_agent(d, r, toks, i)) ||
                        reports_around(d, r, toks, i, m.next_tok) ||
                        reports_after_aside(d, r, toks, m.next_tok) || after_fronted_phrase(d, r, toks, i)) &&
                       !inside_quote(&c, m.start) && rules_feature(r, FEATURE_DESCRIBED_PEOPLE) &&
                       /* (not where a name in apposition tells whom it means: "A volunteer from
                        * Monterrey, Ann Lee, served meals." is Ann Lee's description) */
                       !name_in_apposition_after(d, r, toks, m.next_tok)) {
                /* "Ein Sprecher des Ministeriums verwies auf …. „…“, sagte er.", "„…“, so ein
                 * Sprecher der Bahn. „…“, so der Sprecher.": where news keep calling someone by
                 * the description that introduced them (features.txt "described-people"), a
                 * titled indefinite description that is a subject is a person of its own, named
                 * as written, for pronouns and role nouns to stand for */
                /* (named with the modifiers after it: "Una madre que viajó desde Soacha con su
                 * hijo,", "un retraité croisé à la sortie de la réunion") */
                mention named = m;
                /* ("Un jeune enseignant": the title its role) */
                if (named.role_end == named.role_start && prenominal_then_title(d, r, toks, i + 1)) {
                    named.role_start = toks->items[i + 2].start;
                    named.role_end = toks->items[i + 2].end;
                }
                size_t runs_to = description_runs_to(d, r, toks, m.next_tok);
                if (runs_to > m.next_tok) named.end = toks->items[runs_to - 1].end;
                if (register_description(reg, &c, &named,
                                         reports_around(d, r, toks, i, m.next_tok) ? SUBJECT_OF_VERB : SUBJECT_FIRST,
                                         ENTITY_PERSON, token_in(d, &toks->items[i], &r->singular_articles)) != 0)
                    return -1;
                if (runs_to > m.next_tok) reg->people.items[reg->people.len - 1].modifiers = 1;
                first = 0;
            } else if ((m.kind == MENTION_ROLE ||
                        /* (or a description with an age: "the 29-year-old Lakeland firefighter") */
                        (m.kind == MENTION_DESCRIPTION && m.role_end > m.role_start &&
                         age_among(d, r, toks->items[i].start, m.role_start))) &&
                       (article_at = definite_article_at(d, r, toks, i)) != SIZE_MAX && m.titled &&
                       !name_in_apposition_after(d, r, toks, m.next_tok)) {
                /* "the mayor": one more mention of whoever holds that role (not "The teacher,
                 * Noelia Carr,", which names whom it means) */
                size_t p = registry_resolve_role(reg, d, &m);
                /* "… das Verdienst von Henrike Aschenbrenner. Die 49-jährige Direktorin des
                 * Hagemann-Museums hat …": where news call the one just named by a description
                 * (features.txt "epithets"), one that opens the sentence is the role of the person
                 * the sentence before or this one named last, who has none yet */
                /* (…or one after the verb of a quotation's cue: "„…“, sagt die
                 * Fraktionsvorsitzende der Linken") */
                /* (past the adjectives after its article: "…«, sagt der 58 Jahre alte Tierpfleger") */
                size_t a = article_at;
                int after_cue = a >= 2 && is_reporting_verb(d, r, toks, a - 1) &&
                                ((toks->items[a - 2].flags & TOK_MARK) ||
                                 (a >= 3 && punct_is(&toks->items[a - 2], ',') && (toks->items[a - 3].flags & TOK_MARK)));
                /* (in any language, an epithet with an age that opens the clause, after a phrase
                 * of time before its comma too: "On Sunday, the 29-year-old Lakeland firefighter
                 * ran alone …") */
                int aged_epithet = !after_cue && age_among(d, r, toks->items[a].start, m.role_start) &&
                                   (a == 0 || (a >= 2 && punct_is(&toks->items[a - 1], ',') && !comma_between(toks, 0, a - 1)));
                if (p == NO_PERSON &&
                    ((((first && (i == 0 || (i <= DESCRIPTION_ADJECTIVES + 1 && adjectives_after_article(d, r, toks, 0, i)))) ||
                       after_cue) &&
                      rules_feature(r, FEATURE_EPITHETS)) ||
                     aged_epithet))
                {
                    /* (a verb after it, past the acronym of the organisation its complement
                     * names: "Die Geschäftsführerin der Hafen Logistik GmbH (HLG) hat …") */
                    size_t after = past_bracketed_acronyms(toks->items, toks->len, m.next_tok);
                    p = epithet_of_last_named(reg, d, &c, &m,
                                              after_cue || (after < toks->len && (toks->items[after].flags & TOK_WORD)),
                                              article_gender(d, &r->singular_articles, toks, toks->len, m.role_start),
                                              age_among(d, r, toks->items[a].start, m.role_start));
                    /* "La violoniste bretonne est depuis février la nouvelle directrice du festival": the
                     * office a copula states after the epithet outweighs it, as after an
                     * apposition that says what kind of person someone is */
                    size_t prs, pre;
                    if (p != NO_PERSON && !after_cue && predicate_role(d, r, toks, m.next_tok, &prs, &pre)) {
                        reg->people.items[p].role_start = prs;
                        reg->people.items[p].role_end = pre;
                    }
                }
                /* "… », sourit le président de la coopérative, Didier Fournier-Vuille. Cet
                 * économiste de formation rappelle que …": a description a demonstrative opens
                 * (rules/<lang>/anaphoric-determiners.txt) stands for the one just named, role or
                 * not, of no other gender than its noun's */
                if (p == NO_PERSON && (first || after_cue) && rules_feature(r, FEATURE_EPITHETS) &&
                    wordset_get_folded(&r->anaphoric_determiners, (const char *)d->text + toks->items[a].start,
                                       toks->items[a].stem_end - toks->items[a].start) >= 0) {
                    p = named_just_before(reg, &c, m.start, description_gender(r, d, &m));
                    /* (…whose role it gives where they have none: "Jocelyne Roy, 68 ans, en sait
                     * quelque chose. Cette locataire de Rosemont a reçu …") */
                    person *ps = p != NO_PERSON ? &reg->people.items[p] : NULL;
                    if (ps && ps->role_end <= ps->role_start && m.titled && m.role_end > m.role_start && !inside_quote(&c, m.start)) {
                        ps->role_start = m.role_start;
                        ps->role_end = m.role_end;
                        ps->role_epithet = 1;
                    }
                }
                if (p != NO_PERSON &&
                    add_mention(reg, &c, p, m.start, m.end,
                                is_reporting_verb(d, r, toks, m.next_tok) ? SUBJECT_OF_VERB : first ? SUBJECT_FIRST : 0,
                                0) != 0)
                    return -1;
                /* "Die Leiterin der Musikschule widersprach. … , sagte sie.": a definite description
                 * that stands for no one named and opens the sentence as its subject is a person
                 * of its own, as an indefinite one is (features.txt "described-people"), for the
                 * pronouns after it to stand for; not where someone was mentioned just before,
                 * whom news often call so ("Kelly Ayotte … The Republican incumbent has …"); and
                 * one with a complement that tells whom it means ("the judge" may be the one
                 * named later, "Judge Berman") */
                if (p == NO_PERSON && first && !after_cue && rules_feature(r, FEATURE_DESCRIBED_PEOPLE) &&
                    !inside_quote(&c, m.start) && role_with_complement(d, r, toks, i, m.next_tok) &&
                    subject_verb_after(d, r, toks, m.next_tok) &&
                    !someone_near(reg, &c, m.start, description_gender(r, d, &m)) &&
                    register_description(reg, &c, &m, SUBJECT_FIRST, ENTITY_PERSON,
                                         token_in(d, &toks->items[i], &r->singular_articles)) != 0)
                    return -1;
                first = 0;
            }
            i = next;
        }
    }
    for (size_t p = 0; p < reg->people.len; p++) {
        person *ps = &reg->people.items[p];
        shown_gender(reg, d, ps);
        /* "Vor dem Bezirksgericht Zürich": a name that holds an organisation's word and that
         * nothing showed to be a person's is an organisation's, which "er" never stands for (not
         * a name that spoke or that an apposition shows, "dijo Yuridia Cadena", nor one whose
         * gender a first name's ending showed) */
        /* (…nor one that spoke, unless a kind of organisation opens it: "Die Stadt München
         * meldete, …" is no person whom "die Projektmanagerin" could stand for) */
        if (ps->kind == ENTITY_PERSON && !ps->personal && !ps->gender &&
            (ps->evidence ? kind_opens_name(d, r, ps) : names_organisation(d, r, ps->name_start, ps->name_end)))
            ps->kind = ENTITY_ORG;
        /* (…and a name that ends in a company's legal form, a suffix of name-suffixes.txt that
         * organisations.txt holds too, is an organisation's whatever the noun before it showed,
         * a person or a gender: "Der Maschinenbauer Brunner-Haefeli AG baut Stellen ab") */
        if (ps->kind == ENTITY_PERSON && ends_in_legal_form(d, r, ps)) {
            ps->kind = ENTITY_ORG;
            ps->gender = 0;
            ps->personal = 0;
            ps->role_end = ps->role_start; /* (the noun says what the company does: no office) */
        }
    }
    if (resolve_shorts(reg, d) != 0) return -1;
    fullest_name_of_first_alone(reg, d);
    return index_mentions(reg);
}

void registry_mark_speaker(registry *reg, const document *d, const mention *m) {
    if (m->kind != MENTION_NAME || m->weak) return;
    size_t p = registry_resolve_name(reg, d, m);
    if (p == NO_PERSON) return;
    person *ps = &reg->people.items[p];
    ps->evidence = 1;
    /* "said Monmouth University political scientist Patrick Murray": the role goes with the
     * person to the quotes where only "Murray said" */
    /* (…and so does the organisation a possessive before it stands for, where the role was
     * read when the name was: "a déploré sa présidente, Karine Roy.") */
    if (m->role_end > m->role_start && ps->kind == ENTITY_PERSON &&
        (ps->role_end == ps->role_start || ps->role_epithet ||
         (ps->role_start == m->role_start && ps->role_end == m->role_end && ps->role_org_end == ps->role_org_start))) {
        ps->role_start = m->role_start;
        ps->role_end = m->role_end;
        ps->role_epithet = 0;
        size_t k = registry_mentions_from(reg, m->name_start);
        if (k < reg->mentions.len && reg->mentions.items[k].person == p)
            note_possessor(reg, d, reg->rules, p, m->role_start, m->role_end, m->name_start, reg->mentions.items[k].sent);
    }
    shown_gender(reg, d, ps);
}

void registry_free(registry *reg) {
    VEC_FREE(&reg->people);
    VEC_FREE(&reg->mentions);
    VEC_FREE(&reg->by_person);
    VEC_FREE(&reg->first_of_person);
    VEC_FREE(&reg->buckets);
    VEC_FREE(&reg->hyphenated);
    VEC_FREE(&reg->first_buckets);
    VEC_FREE(&reg->shorts);
    VEC_FREE(&reg->org_descriptions);
}

/* Index of the first mention at or after pos. */
size_t registry_mentions_from(const registry *reg, size_t pos) { VEC_RETURN_FIRST_FROM(reg->mentions, pos, pos); }

size_t registry_person_named_at(const registry *reg, size_t pos) {
    size_t k = registry_mentions_from(reg, pos);
    return k < reg->mentions.len && reg->mentions.items[k].pos == pos ? reg->mentions.items[k].person : NO_PERSON;
}

/* Position of person p's last mention before pos; *found = 0 when none (then the first
 * mention after pos, if any, is given with *found = -1). */
static size_t last_mention_before(const registry *reg, size_t p, size_t pos, int *found) {
    *found = 0;
    if (p + 1 >= reg->first_of_person.len) return 0;
    size_t lo = reg->first_of_person.items[p], hi = reg->first_of_person.items[p + 1];
    size_t a = lo, b = hi;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (reg->mentions.items[reg->by_person.items[mid]].pos < pos) a = mid + 1;
        else b = mid;
    }
    if (a > lo) {
        *found = 1;
        return reg->mentions.items[reg->by_person.items[a - 1]].pos;
    }
    if (a < hi) {
        *found = -1;
        return reg->mentions.items[reg->by_person.items[a]].pos;
    }
    return 0;
}

size_t registry_resolve_name(const registry *reg, const document *d, const mention *m) {
    /* (a mention whose name is no span, as a cue's broken phrase may give: no one) */
    if (m->surname_end <= m->surname_start || m->name_end < m->name_start) return NO_PERSON;
    size_t fs, fe;
    first_name(d, reg->rules, m, &fs, &fe);
    if (!reg->buckets.len) return NO_PERSON;
    /* "President Obama": among the people of that name, one who holds the title */
    size_t head_s = 0, head_e = 0;
    if (m->titled) {
        head_e = role_head_end(reg->rules, d, m->role_start, m->role_end);
        head_s = head_e;
        while (head_s > m->role_start && d->text[head_s - 1] != ' ') head_s--;
    }
    /* the registry read this very name already: whom it took it for */
    size_t at_name = registry_mentions_from(reg, m->surname_start + 1);
    if (at_name > 0) {
        const person_mention *pm = &reg->mentions.items[at_name - 1];
        /* (the same words as the name the registry read: "Irati Zubeldia Etxeberria" after the
         * headline's "Irati Zubeldia", which gave the person the surname it goes by) */
        if (pm->end >= m->surname_end && pm->pos <= m->surname_start &&
            (fits_name(d, &reg->people.items[pm->person], m->surname_start, m->surname_end, fs, fe, m->gender) ||
             acronym_of_org(d, reg->rules, &reg->people.items[pm->person], m->surname_start, m->surname_end) ||
             /* (the mention from the role before the name on: "La ciclista navarra Irati Zubeldia
              * Etxeberria") */
             (pm->pos <= m->name_start && pm->pos >= m->start && pm->end == m->name_end &&
              reg->people.items[pm->person].kind == ENTITY_PERSON &&
              (same_text(d, m->name_start, m->name_end, reg->people.items[pm->person].name_start, reg->people.items[pm->person].name_end) ||
               /* (or its surname, after a noun of what they are: "Bergretter Eder", register_name) */
               (registry_named_by_first_name(reg, d, pm->person) &&
                same_text(d, m->surname_start, m->surname_end, reg->people.items[pm->person].surname_start,
                          reg->people.items[pm->person].surname_end))))))
            return pm->person;
    }
    size_t tail = find_by_name_tail(reg, d, m, 0);
    if (tail != NO_PERSON) return tail;
    size_t best = NO_PERSON, best_pos = 0, after = NO_PERSON, after_pos = (size_t)-1;
    int best_fit = 0;
    size_t walked = 0, surname_hash = text_hash(d, m->surname_start, m->surname_end);
    for (size_t p = reg->buckets.items[surname_hash & (reg->buckets.len - 1)];
         p != NO_PERSON && walked++ < CHAIN_LIMIT; p = reg->people.items[p].next_same_hash) {
        if (!fits_name(d, &reg->people.items[p], m->surname_start, m->surname_end, fs, fe, m->gender)) continue;
        int found, fit = head_e > head_s && holds_role(reg->rules, d, &reg->people.items[p], head_s, head_e, 0);
        size_t at = last_mention_before(reg, p, m->start, &found);
        if (found > 0 && (best == NO_PERSON || fit > best_fit || (fit == best_fit && at > best_pos))) {
            best = p;
            best_pos = at;
            best_fit = fit;
        } else if (found < 0 && at < after_pos) {
            after = p;
            after_pos = at;
        }
    }
    if (best == NO_PERSON) best = after;
    best = first_surname_holder(reg, d, m, best);
    if (best == NO_PERSON) best = find_by_name_tail(reg, d, m, 1);
    /* "Maria said" after "Maria Lindqvist" */
    if (best == NO_PERSON && m->name_tokens < 2 && !m->titled)
        best = find_by_first_name(reg, d, m->surname_start, m->surname_end, surname_hash);
    /* (or a surname that particles open: "De la Torre") */
    if (best == NO_PERSON) best = find_by_inner_name(reg, d, m, fs, fe);
    if (best == NO_PERSON && m->name_tokens < 2) best = find_by_hyphen_part(reg, d, m->surname_start, m->surname_end);
    if (best == NO_PERSON && m->name_tokens < 2 && !m->titled)
        best = find_org_by_first_word(reg, d, m->surname_start, m->surname_end);
    /* ("Eastern Gateway" after "Eastern Gateway Ports", as register_name links it) */
    if (best == NO_PERSON && m->name_tokens >= 2 && !m->titled && !m->gender &&
        (fe <= fs || text_first_name(d, reg->rules, fs, fe - fs) < 0))
        best = name_opening_with(reg, d, m->name_start, m->name_end);
    return best;
}

/* Where the words that name p's role end: before the first preposition that is no conjunction
 * ("spokesperson for the judge", "aide to the mayor", "founder and chief executive of Acme"),
 * since the words after it name whom the role serves, not the role. */
static size_t role_core_end(const whosaid_rules *r, const document *d, const person *p) {
    for (size_t i = p->role_start; i < p->role_end; i++) {
        if (d->text[i] != ' ') continue;
        size_t w = i + 1, e = w;
        while (e < p->role_end && d->text[e] != ' ') e++;
        const char *word = (const char *)d->text + w;
        if (wordset_get(&r->prepositions, word, e - w) >= 0 && wordset_get(&r->conjunctions, word, e - w) < 0) return i;
    }
    return p->role_end;
}

/* Does p's role hold the word text[head_start, head_end), or (prefix) a word it starts
 * ("mayor" in "mayoral candidate"), among the words that name the role (role_core_end)? */
static int holds_word(const whosaid_rules *r, const document *d, const person *p, const char *w, size_t n, int prefix) {
    size_t end = role_core_end(r, d, p);
    for (size_t i = p->role_start; i + n <= end; i++) {
        if (strncasecmp((const char *)d->text + i, w, n) != 0) continue;
        /* a compound's last part counts ("Ministerin" of "Außenministerin") */
        int left = i == p->role_start || d->text[i - 1] == ' ' || d->text[i - 1] == '-' ||
                   (n >= 6 && d->text[i - 1] >= 'a' && d->text[i - 1] <= 'z');
        int right = i + n == end || d->text[i + n] == ' ' || d->text[i + n] == '.' || (prefix && n >= 4);
        if (left && right) return 1;
    }
    return 0;
}

static int holds_role(const whosaid_rules *r, const document *d, const person *p, size_t head_start, size_t head_end,
                      int prefix) {
    return holds_word(r, d, p, (const char *)d->text + head_start, head_end - head_start, prefix);
}

/* holds_role, or holds the title's abbreviation: "the governor" and "Gov. Jerry Brown" */
static int holds_title(const whosaid_rules *r, const document *d, const person *p, size_t head_start, size_t head_end,
                       int prefix) {
    if (holds_role(r, d, p, head_start, head_end, prefix)) return 1;
    int k = wordset_get(&r->title_full, (const char *)d->text + head_start, head_end - head_start);
    return k >= 0 && holds_word(r, d, p, r->title_abbr[k], strlen(r->title_abbr[k]), 0);
}

size_t role_head_end(const whosaid_rules *r, const document *d, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        if (d->text[i] != ' ') continue;
        size_t w = i + 1, e = w;
        while (e < b && d->text[e] != ' ') e++;
        if (wordset_get(&r->connectors, (const char *)d->text + w, e - w) >= 0) return i;
    }
    return b;
}

/* Does p's role hold the text at text[s, s + n) (case aside)? */
static int holds_text(const document *d, const person *p, size_t s, size_t n) {
    for (size_t i = p->role_start; i + n <= p->role_end; i++)
        if (!strncasecmp((const char *)d->text + i, (const char *)d->text + s, n)) return 1;
    return 0;
}

/* Bytes of the words of a complement that name something, at least: not "de la C". */
enum { MIN_COMPLEMENT_WORDS_BYTES = 4 };

/* Bytes of an acronym a role's complement may give for the organisation's name, at most. */
enum { COMPLEMENT_ACRONYM_BYTES = 10 };

/* Does p's role hold the complement text[s, s + n) the description gives, or the acronym that
 * ends it as a word of its own ("el director de la ACA" for "director de la Agència Catalana de
 * l'Aigua (ACA)")? */
static int holds_complement(const document *d, const person *p, size_t s, size_t n) {
    if (holds_text(d, p, s, n)) return 1;
    size_t a = s + n;
    while (a > s && d->text[a - 1] >= 'A' && d->text[a - 1] <= 'Z') a--;
    size_t len = s + n - a;
    if (len < 2 || len > COMPLEMENT_ACRONYM_BYTES || a == s || d->text[a - 1] != ' ') return 0;
    for (size_t i = p->role_start; i + len <= p->role_end; i++)
        if (!memcmp(d->text + i, d->text + a, len) && (i == p->role_start || !uc_is_letter(d->text[i - 1])) &&
            (i + len == p->role_end || !uc_is_letter(d->text[i + len])))
            return 1;
    return 0;
}

/* Does p's role hold, after its head, the words of the complement text[s, s + n) that name
 * something, its connectors and articles aside ("La presidenta de los comerciantes" is "Marta
 * Ibáñez, presidenta de la Asociación de Comerciantes del Centro")? */
static int holds_complement_words(const whosaid_rules *r, const document *d, const person *p, size_t s, size_t n) {
    size_t a = s, b = s + n;
    for (;;) {
        while (a < b && d->text[a] == ' ') a++;
        size_t e = a;
        while (e < b && d->text[e] != ' ') e++;
        if (e == a || wordset_get_folded(&r->connectors, (const char *)d->text + a, e - a) < 0) break;
        a = e;
    }
    /* (an elided article or connector glued to the word: "de l'établissement") */
    size_t glue = a + 1 < b ? apostrophe_at(d->text, b, a + 1) : 0;
    if (glue && wordset_get_folded(&r->connectors, (const char *)d->text + a, 1) >= 0) a += 1 + glue;
    if (b - a < MIN_COMPLEMENT_WORDS_BYTES) return 0;
    size_t from = role_head_end(r, d, p->role_start, p->role_end);
    for (size_t i = from; i + (b - a) <= p->role_end; i++)
        if (i > 0 && !uc_is_letter(d->text[i - 1]) && !strncasecmp((const char *)d->text + i, (const char *)d->text + a, b - a) &&
            (i + (b - a) == p->role_end || !uc_is_letter(d->text[i + (b - a)])))
            return 1;
    return 0;
}

/* The head of the role noun m, its last word before a connector, as text[*s, *e), and the
 * gender it shows (0 for none). Returns 0 where it has no head. */
static int role_head(const registry *reg, const document *d, const mention *m, size_t *s, size_t *e, int *gender) {
    *e = role_head_end(reg->rules, d, m->role_start, m->role_end);
    *s = *e;
    while (*s > m->role_start && d->text[*s - 1] != ' ') (*s)--;
    if (*e <= *s) return 0;
    /* "der Minister" is no woman whose role holds "Umweltministerin" */
    *gender = rules_gendered(reg->rules, (const char *)d->text + *s, *e - *s);
    /* "La ministre" is no man whose role holds "ministre": the gender the article shows */
    if (!*gender) *gender = m->gender;
    return 1;
}

size_t registry_resolve_role(const registry *reg, const document *d, const mention *m) {
    size_t s, e;
    int gender;
    if (!role_head(reg, d, m, &s, &e, &gender)) return NO_PERSON;
    size_t end = registry_mentions_from(reg, m->start);
    /* "la porte-parole du gouvernement" is not the one "de la SNCF": a complement the phrase
     * gives must be the role's too */
    size_t cs = e, cn = m->role_end - cs;
    for (int prefix = 0; prefix <= 1; prefix++)
        for (size_t i = end, n = 0; i-- > 0 && n < REGISTRY_LOOKBACK; n++) {
            const person *ps = &reg->people.items[reg->mentions.items[i].person];
            if (gender && ps->gender && ps->gender != gender) continue;
            if (holds_title(reg->rules, d, ps, s, e, prefix) && (cn == 0 || holds_complement(d, ps, cs, cn)))
                return reg->mentions.items[i].person;
        }
    /* (…or its words that name something, where no role holds the complement as written) */
    if (cn)
        for (size_t i = end, n = 0; i-- > 0 && n < REGISTRY_LOOKBACK; n++) {
            const person *ps = &reg->people.items[reg->mentions.items[i].person];
            if (gender && ps->gender && ps->gender != gender) continue;
            if (holds_title(reg->rules, d, ps, s, e, 0) && holds_complement_words(reg->rules, d, ps, cs, cn))
                return reg->mentions.items[i].person;
        }
    return NO_PERSON;
}

size_t registry_one_ahead(const registry *reg, size_t pos, size_t sent, int (*fits)(const person *, const void *),
                          const void *ctx) {
    size_t found = NO_PERSON;
    for (size_t i = registry_mentions_from(reg, pos), n = 0;
         i < reg->mentions.len && n < REGISTRY_LOOKBACK && reg->mentions.items[i].sent <= sent + ROLE_AHEAD_SENTENCES; i++, n++) {
        size_t p = reg->mentions.items[i].person;
        const person *ps = &reg->people.items[p];
        if (ps->kind != ENTITY_PERSON || !fits(ps, ctx)) continue;
        if (found != NO_PERSON && found != p) return NO_PERSON;
        found = p;
    }
    return found;
}

/* The role head a person ahead must hold, and the gender they must not contradict. */
typedef struct {
    const registry *reg;
    const document *d;
    size_t s, e;
    size_t cs, cn; /* the complement the description gives, which the role must hold too */
    int gender;
} role_ahead;

static int holds_role_ahead(const person *ps, const void *ctx) {
    const role_ahead *q = ctx;
    /* (not one known by a description only, "un proche de l’actionnaire": their role lies in
     * their name, and names no one later) */
    /* ("The leader of the Liberal group" is not the one "of the Green group", as for
     * registry_resolve_role) */
    return !(q->gender && ps->gender && ps->gender != q->gender) && holds_title(q->reg->rules, q->d, ps, q->s, q->e, 0) &&
           !(ps->role_start >= ps->name_start && ps->role_end <= ps->name_end) &&
           (q->cn == 0 || holds_text(q->d, ps, q->cs, q->cn));
}

size_t registry_resolve_role_ahead(const registry *reg, const document *d, const mention *m, size_t sent) {
    role_ahead q = {reg, d, 0, 0, 0, 0, 0};
    if (!role_head(reg, d, m, &q.s, &q.e, &q.gender)) return NO_PERSON;
    q.cs = q.e;
    q.cn = m->role_end - q.e;
    /* (a complement, not a second role a conjunction joins on: "the Florida senator and
     * Republican presidential candidate") */
    size_t w = q.cs + 1, we = w;
    while (we < m->role_end && d->text[we] != ' ') we++;
    if (we > w && wordset_get(&reg->rules->conjunctions, (const char *)d->text + w, we - w) >= 0) q.cn = 0;
    return registry_one_ahead(reg, m->end, sent, holds_role_ahead, &q);
}

/* Is ps, named for the first time at text[at, end) after a description of an office that no one
 * holds, the one it held back? Of no other gender (gender, 0 for any), a person by a first name,
 * no organisation's word in the name ("am Klinikum Wesermünde"), no title of their own, and a
 * relative clause after the name that says who they are ("Nathalie Gervais, qui dirige
 * l'organisme", "Judith Kemp, who has chaired the group since 2017"): news that names a parent
 * or a witness next gives them none. */
static int holds_back_office(const registry *reg, const document *d, const person *ps, size_t end, int gender) {
    if (ps->first_end <= ps->first_start || (gender && ps->gender && ps->gender != gender) ||
        (ps->role_end > ps->role_start && !ps->role_apposed) || names_organisation(d, reg->rules, ps->name_start, ps->name_end))
        return 0;
    size_t a = end;
    while (a < d->len && d->text[a] == ' ') a++;
    if (a >= d->len || d->text[a] != ',') return 0;
    a++;
    while (a < d->len && d->text[a] == ' ') a++;
    size_t w = a;
    while (w < d->len && d->text[w] != ' ' && d->text[w] != ',') w++;
    return w > a && wordset_get(&reg->rules->relatives, (const char *)d->text + a, w - a) >= 0;
}

size_t registry_resolve_named_next(const registry *reg, const document *d, const mention *m, size_t sent) {
    size_t s, e;
    int gender;
    /* (an office, whose complement says of what: "the official", "the candidate" may be anyone) */
    if (!role_head(reg, d, m, &s, &e, &gender) || e >= m->role_end) return NO_PERSON;
    /* (the next person named for the first time outside quotations, no one new before them) */
    for (size_t i = registry_mentions_from(reg, m->end), n = 0;
         i < reg->mentions.len && n < REGISTRY_LOOKBACK && reg->mentions.items[i].sent <= sent + ROLE_AHEAD_SENTENCES; i++, n++) {
        const person_mention *pm = &reg->mentions.items[i];
        const person *ps = &reg->people.items[pm->person];
        int found;
        (void)last_mention_before(reg, pm->person, m->start, &found);
        if (pm->quoted || ps->kind != ENTITY_PERSON || !ps->personal || found == 1) continue;
        return holds_back_office(reg, d, ps, pm->end, gender) ? pm->person : NO_PERSON;
    }
    return NO_PERSON;
}

/* Bytes of an acronym in brackets that ends a role, brackets included, at most. */
enum { ROLE_ACRONYM_BYTES = 12 };

size_t registry_resolve_complement(const registry *reg, const document *d, const mention *m, int gender) {
    size_t cs = role_head_end(reg->rules, d, m->role_start, m->role_end), cn = m->role_end - cs;
    if (cn < 4) return NO_PERSON;
    size_t end = registry_mentions_from(reg, m->start);
    for (size_t i = end, n = 0; i-- > 0 && n < REGISTRY_LOOKBACK; n++) {
        const person *ps = &reg->people.items[reg->mentions.items[i].person];
        if (ps->kind != ENTITY_PERSON || (gender && ps->gender && ps->gender != gender)) continue;
        /* (the organisation of the role may end in its acronym in brackets: "presidente de
         * Renovación Ciudadana (RC)" holds "de Renovación Ciudadana" and "de RC") */
        size_t re = ps->role_end, acr = re;
        if (re > ps->role_start + 4 && d->text[re - 1] == ')') {
            size_t o = re - 1;
            while (o > ps->role_start && re - o <= ROLE_ACRONYM_BYTES && d->text[o] != '(') o--;
            if (d->text[o] == '(' && o > ps->role_start + 1 && d->text[o - 1] == ' ') {
                acr = o + 1;
                re = o - 1;
            }
        }
        size_t an = re == ps->role_end ? 0 : ps->role_end - 1 - acr;
        if ((re - ps->role_start > cn && !strncasecmp((const char *)d->text + re - cn, (const char *)d->text + cs, cn)) ||
            (an && cn > an && d->text[m->role_end - an - 1] == ' ' &&
             !memcmp(d->text + m->role_end - an, d->text + acr, an)))
            return reg->mentions.items[i].person;
    }
    return NO_PERSON;
}

int registry_other_named(const registry *reg, size_t p, size_t from, size_t to) {
    for (size_t i = registry_mentions_from(reg, from); i < reg->mentions.len && reg->mentions.items[i].pos < to; i++) {
        const person_mention *pm = &reg->mentions.items[i];
        if (pm->person != p && pm->subject && !pm->quoted && reg->people.items[pm->person].evidence) return 1;
    }
    return 0;
}
