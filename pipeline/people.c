/* people.c: the name-phrase grammar and the per-document registry of people.
 *
 * A name phrase is an optional article, then role words (capitalised words, lower-case title
 * words, connectors such as "of", possessives inside an organisation's name), ending in a
 * name: the trailing run of capitalised words that are not titles, organisation words or
 * honorifics. When that run follows a connector ("... of Belarus Alexander Lukashenko"), its
 * first words belong to the organisation, so the name keeps the last two. */
#include "people.h"

#include <string.h>
#include <strings.h>

/* No role + name phrase is longer (in tokens): runs of capitalised words, as in a headline or a
 * list, are read in bounded steps, which keeps the parsers linear in the document. */
#define MAX_PHRASE_TOKENS 64

/* Is the token's stem w (lower case, ASCII letters compared without case)? Inline, so that
 * strlen of the literal w is a constant and most tokens fail on their length. */
static inline int word_is(const document *d, const token *t, const char *w) {
    size_t n = t->stem_end - t->start;
    if (strlen(w) != n) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d->text[t->start + i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[i]) return 0;
    }
    return 1;
}

/* A heading's last word and the next line's first are never one phrase: "… History With
 * Race\nAt Trump rallies". */
static int line_break_before(const document *d, const token *prev, const token *t) {
    return t->start > prev->end && memchr(d->text + prev->end, '\n', t->start - prev->end) != NULL;
}

/* Articles and the determiners that start a description ("one person", "another official"). */
static int is_article(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_WORD) && !(t->flags & TOK_POSS) && token_in(d, t, &r->determiners) >= 0;
}

/* "de" in "Pieter de Vries": a lower-case particle between the words of a name. */
static int is_particle(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && !(t->flags & TOK_POSS) && token_in(d, t, &r->name_particles) >= 0;
}

static int is_connector(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && !(t->flags & TOK_POSS) && token_in(d, t, &r->connectors) >= 0;
}

/* A word that heads a role: Minister, spokesperson, architect. */
static int is_title_head(const document *d, const whosaid_rules *r, const token *t) {
    return token_part_in(d, t, &r->titles) >= 0;
}

static int is_title(const document *d, const whosaid_rules *r, const token *t) {
    if (is_title_head(d, r, t) || token_part_in(d, t, &r->title_modifiers) >= 0) return 1;
    /* occupations ending in -ologist (Epidemiologist, Criminologist) are never names */
    size_t n = t->stem_end - t->start;
    return n > 7 && (d->text[t->stem_end - 1] | 0x20) == 't' &&
           !strncasecmp((const char *)d->text + t->stem_end - 7, "ologist", 7);
}

static int is_honorific(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_CAP) && token_in(d, t, &r->honorifics) >= 0;
}

/* May the token stand inside a role or name? */
static int phrase_word(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_WORD)) return 0;
    if (t->flags & (TOK_CAP | TOK_INITIAL | TOK_POSS)) return 1;
    if (t->flags & TOK_LOWER) return is_title(d, r, t) || is_connector(d, r, t) || is_particle(d, r, t);
    return 0;
}

/* May the token be part of a person's name? */
static int name_word(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & (TOK_CAP | TOK_INITIAL)) || (t->flags & (TOK_ALLCAPS | TOK_POSS))) return 0;
    if (t->flags & TOK_INITIAL) return 1;
    return !is_title(d, r, t) && token_in(d, t, &r->organisations) < 0 &&
           token_in(d, t, &r->not_names) < 0 && !is_honorific(d, r, t);
}

/* Does toks[a, b) hold a word a connector may extend (a title, an organisation word or an
 * acronym): "Minister of Foreign Affairs", "Bank of Canada", but not "Poulter on Christmas Day"? */
static int role_word_in(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (is_title(d, r, &t[k]) || token_in(d, &t[k], &r->organisations) >= 0 || (t[k].flags & TOK_ALLCAPS))
            return 1;
    return 0;
}

static int is_name_suffix(const document *d, const token *t) {
    static const char *const suffixes[] = {"jr", "sr", "ii", "iii", "iv"};
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++)
        if (word_is(d, t, suffixes[i]) && (t->flags & TOK_CAP)) return 1;
    return 0;
}

/* "who", "which": a relative clause opens. */
static int is_relative(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && token_in(d, t, &r->relatives) >= 0;
}

/* A first name of rules/first-names.txt, capitalised. */
static int is_first_name(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_CAP) && !(t->flags & (TOK_ALLCAPS | TOK_POSS)) && token_in(d, t, &r->first_names) >= 0;
}

static int is_pronoun_word(const document *d, const whosaid_rules *r, const token *t) {
    return token_in(d, t, &r->pronoun_genders) >= 0 || token_in(d, t, &r->pronouns) >= 0;
}

static int is_pronoun(const document *d, const whosaid_rules *r, const token *t, int *gender) {
    if (!(t->flags & TOK_WORD) || (t->flags & TOK_POSS)) return 0;
    int g = token_in(d, t, &r->pronouns);
    if (g < 0) return 0;
    *gender = g;
    return 1;
}

/* Splits the phrase words toks[j, e) into role and name. */
static void split_role_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t j,
                            size_t e, mention *m) {
    const token *t = toks->items;
    /* "Vann R. Newkirk II", "Martin Luther King Jr.": the suffix ends the name, the surname is before it */
    size_t full_end = e;
    if (e - j >= 2 && is_name_suffix(d, &t[e - 1])) e--;
    size_t a = e;
    /* "Ian Poulter’s punishment": a possessive may end the name */
    int name_possible = 1;
    if (t[e - 1].flags & TOK_POSS) {
        token stem = t[e - 1];
        stem.flags &= ~(unsigned)TOK_POSS;
        name_possible = name_word(d, r, &stem);
        if (name_possible) a--;
    }
    /* "Theresa May": after a first name, a word that is otherwise no name or a title is a surname */
    if (name_possible && a == e && e - j >= 2 && (t[e - 1].flags & TOK_CAP) && !(t[e - 1].flags & TOK_ALLCAPS) &&
        is_first_name(d, r, &t[e - 2]) &&
        (token_in(d, &t[e - 1], &r->not_names) >= 0 || is_title(d, r, &t[e - 1])))
        a--; /* "Charlie King", "Larry Judge" too */
    while (name_possible && a > j &&
           (name_word(d, r, &t[a - 1]) ||
            (is_particle(d, r, &t[a - 1]) && a < e && (a - 1 == j || name_word(d, r, &t[a - 2])))))
        a--;
    /* "Knowing Ferris, …": a word with an ending no name has opens the sentence, not the name */
    if (a + 1 < e && a == j && !is_first_name(d, r, &t[a]) &&
        rules_not_name_ending(r, (const char *)d->text + t[a].start, t[a].stem_end - t[a].start))
        a++, j++;
    /* "Billionaire Donald Trump", "South Dakota rancher Jenna Voss": a first name starts the
     * name, and the capitalised words before it are an epithet or a place */
    for (size_t k = a + 1; k + 1 < e && !(a > j && is_connector(d, r, &t[a - 1])); k++)
        if (is_first_name(d, r, &t[k]) && !is_first_name(d, r, &t[k - 1]) && !(t[k - 1].flags & TOK_INITIAL) &&
            !is_particle(d, r, &t[k - 1])) {
            /* the words dropped are a role only if a title word is among them */
            int titled = 0;
            for (size_t w = j; w < k; w++) titled |= is_title(d, r, &t[w]);
            if (!titled) j = k;
            a = k;
            break;
        }
    /* after an honorific any capitalised word is a surname: Ms. May */
    if (a == e && e - j >= 2 && is_honorific(d, r, &t[e - 2]) && (t[e - 1].flags & TOK_CAP) &&
        !(t[e - 1].flags & TOK_ALLCAPS))
        a = e - 1;
    int after_connector = a < e && a > j && is_connector(d, r, &t[a - 1]);
    if (after_connector && e - a == 1) a = e; /* "the President of Ruritania": a place */
    if (a < e) {
        size_t len = e - a;
        size_t keep = after_connector ? 2 : 3;
        if (len > keep) {
            a = e - keep;
            if (keep == 2 && (t[a].flags & TOK_INITIAL) && a > j) a--;
        }
        m->kind = MENTION_NAME;
        m->name_start = t[a].start;
        m->name_end = full_end > e ? t[full_end - 1].end : t[e - 1].stem_end;
        m->surname_start = t[e - 1].start;
        m->surname_end = t[e - 1].stem_end;
        m->name_tokens = e - a;
    } else {
        m->kind = MENTION_ROLE;
        a = full_end;
    }
    /* the role: what stands before the name, less honorifics and dangling connectors */
    size_t rs = j, re = a;
    while (rs < re && (is_honorific(d, r, &t[rs]) || is_connector(d, r, &t[rs]))) {
        int g = token_in(d, &t[rs], &r->honorifics);
        if (g > 0) m->gender = g;
        rs++;
    }
    while (re > rs && (is_honorific(d, r, &t[re - 1]) || is_connector(d, r, &t[re - 1]) ||
                       is_article(d, r, &t[re - 1]))) {
        int g = token_in(d, &t[re - 1], &r->honorifics);
        if (g > 0) m->gender = g;
        re--;
    }
    for (size_t k = rs; k < re; k++)
        if (is_title_head(d, r, &t[k])) m->titled = 1;
    if (re > rs) {
        m->role_start = t[rs].start;
        m->role_end = (m->kind == MENTION_ROLE) ? t[re - 1].stem_end : t[re - 1].end;
    } else if (m->kind == MENTION_ROLE) {
        m->kind = MENTION_NONE; /* only honorifics and connectors */
    }
}

/* How many words a description runs to ("the 34-year-old mother of three"), and how many it
 * holds between two prepositions ("one well-connected Democrat familiar with …"). */
enum { DESCRIPTION_WORDS = 10, NOUN_PHRASE_WORDS = 5 };

/* A description: a determiner at toks[i] and a few words from toks[j] up to punctuation, a verb
 * or a relative: "the 34-year-old mother of three", "a spokesperson for TransLink". */
static mention parse_description(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i,
                                 size_t j, size_t max_words) {
    mention m = {0};
    const token *t = toks->items;
    size_t n = toks->len, e = j, run = 0;
    while (e < n && e < j + max_words && ((t[e].flags & TOK_WORD) || (t[e].flags & TOK_INITIAL)) &&
           token_in(d, &t[e], &r->verbs) < 0 && token_in(d, &t[e], &r->auxiliaries) < 0 && !is_relative(d, r, &t[e]) &&
           !word_is(d, &t[e], "that")) {
        int linking = is_connector(d, r, &t[e]) || token_in(d, &t[e], &r->prepositions) >= 0;
        /* a noun phrase: an article only after a preposition ("a copy of the letter"), and no
         * more than a few words between prepositions ("An early tweet quoted the president",
         * "The endorsement comes just three days after") */
        if (e > j && is_article(d, r, &t[e]) && !is_connector(d, r, &t[e - 1]) &&
            token_in(d, &t[e - 1], &r->prepositions) < 0)
            break;
        run = linking ? 0 : run + 1;
        if (run > NOUN_PHRASE_WORDS) return m;
        e++;
    }
    while (e > j && (is_connector(d, r, &t[e - 1]) || token_in(d, &t[e - 1], &r->prepositions) >= 0)) e--;
    if (e == j) return m;
    m.kind = MENTION_DESCRIPTION;
    m.start = t[i].start;
    m.end = t[e - 1].stem_end;
    m.next_tok = e;
    m.definite = token_in(d, &t[i], &r->articles) == ARTICLE_DEFINITE;
    /* its head: the last word before a preposition ("mother" of "the mother of three") */
    size_t h = j;
    while (h + 1 < e && !(token_in(d, &t[h + 1], &r->prepositions) >= 0 && (t[h + 1].flags & TOK_LOWER))) h++;
    m.head_start = t[h].start;
    m.head_end = t[h].stem_end;
    /* "a spokesperson for the ministry": a title after the article makes the rest a role */
    if (is_title_head(d, r, &t[j])) {
        m.role_start = t[j].start;
        m.role_end = m.end;
        m.titled = 1;
    }
    return m;
}

mention parse_mention(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    mention m = {0};
    const token *t = toks->items;
    size_t n = toks->len;
    if (i >= n || !(t[i].flags & TOK_WORD)) return m;
    int g;
    if (is_pronoun(d, r, &t[i], &g)) {
        m.kind = MENTION_PRONOUN;
        m.start = t[i].start;
        m.end = t[i].stem_end;
        m.gender = g;
        m.next_tok = i + 1;
        return m;
    }
    /* "her statement said": the woman the pronoun stands for speaks; "his spokesman said": a
     * description of someone else */
    if ((g = token_in(d, &t[i], &r->possessives)) >= 0 && !(t[i].flags & TOK_POSS) && i + 1 < n &&
        (t[i + 1].flags & (TOK_LOWER | TOK_CAP))) {
        if (token_in(d, &t[i + 1], &r->document_nouns) >= 0) {
            m.kind = MENTION_PRONOUN;
            m.start = t[i].start;
            m.end = t[i + 1].stem_end;
            m.gender = g;
            m.possessive = 1;
            m.next_tok = i + 2;
            return m;
        }
        return parse_description(d, r, toks, i, i + 1, DESCRIPTION_WORDS);
    }
    size_t j = i;
    int article = is_article(d, r, &t[i]);
    if (article) j++;
    else if ((t[i].flags & TOK_CAP) && token_in(d, &t[i], &r->not_names) >= 0) return m;
    size_t k = j, last = j; /* last: one past the last word that may end the phrase */
    int possessive_end = 0;
    while (k < n && k < j + MAX_PHRASE_TOKENS && phrase_word(d, r, &t[k]) &&
           (k == i || !line_break_before(d, &t[k - 1], &t[k]))) {
        if (t[k].flags & TOK_POSS) {
            /* inside an organisation ("the country’s Security Council") or ending the phrase */
            if (k + 1 < n && (t[k + 1].flags & TOK_CAP) && phrase_word(d, r, &t[k + 1])) {
                k++;
                continue;
            }
            if (t[k].flags & TOK_LOWER) break; /* "country’s" cannot end a name phrase */
            last = k + 1;
            possessive_end = 1;
            break;
        }
        if (is_particle(d, r, &t[k]) && k + 1 < n && name_word(d, r, &t[k + 1]) &&
            (k == j || name_word(d, r, &t[k - 1]))) {
            k++; /* "Pieter de Vries", "de Vries said" */
            continue;
        }
        if (is_connector(d, r, &t[k]) || is_article(d, r, &t[k])) {
            /* connectors join two parts of a role ("of the Republic"), never a name to a
             * date or a place after it ("Gregor Pahl on Friday") */
            size_t m = k;
            while (m < n && m < k + MAX_PHRASE_TOKENS && (is_connector(d, r, &t[m]) || is_article(d, r, &t[m]))) m++;
            if (m >= n || !(t[m].flags & TOK_CAP) || token_in(d, &t[m], &r->not_names) >= 0 ||
                !role_word_in(d, r, t, j, k) ||
                (k > j && name_word(d, r, &t[k - 1]) && !(t[k - 1].flags & TOK_POSS) &&
                 !is_title(d, r, &t[k - 1]) && k - j >= 2 && name_word(d, r, &t[k - 2])))
                break;
        } else {
            last = k + 1;
        }
        k++;
    }
    if (last > j) {
        m.start = t[i].start;
        m.definite = !article || token_in(d, &t[i], &r->articles) == ARTICLE_DEFINITE;
        split_role_name(d, r, toks, j, last, &m);
        if (m.kind == MENTION_NONE) return m;
        if (m.kind == MENTION_ROLE) {
            /* the role phrase's last word: "Bank" in "the World Bank" names an organisation */
            const token *h = &t[last - 1];
            m.head_start = h->start;
            m.head_end = h->stem_end;
            int lower = 0;
            for (size_t k = j; k < last; k++) lower |= (t[k].flags & TOK_LOWER) && !is_connector(d, r, &t[k]);
            /* capitals alone make an acronym ("CNN said"), not a heading or a dateline
             * ("FULL TEXT", "DES MOINES —") */
            int acronym = (h->flags & TOK_ALLCAPS) && !m.titled &&
                          (article || possessive_end || (last < n && token_in(d, &t[last], &r->verbs) >= 0 &&
                                                         !line_break_before(d, h, &t[last])));
            m.org = m.definite && !lower && (token_in(d, h, &r->organisations) >= 0 || acronym);
            /* an organisation's name is its own, not a role */
            if (m.org) {
                m.role_start = m.role_end = 0;
                m.name_start = m.surname_start = t[j].start;
                m.name_end = m.surname_end = h->stem_end;
            }
        }
        /* "the Texan": one capitalised word after "the" is a description, not a name */
        if ((m.kind == MENTION_ROLE && article && !m.org && (!m.titled || !m.definite)) ||
            (m.kind == MENTION_NAME && (!m.definite || (article && m.name_tokens == 1 && !m.titled)))) {
            /* "the former top aide to …": no title, so a description; "one Sanders supporter",
             * "a German user": a name after "a" or "one" is no one's name */
            return parse_description(d, r, toks, i, j, DESCRIPTION_WORDS);
        }
        m.end = possessive_end ? t[last - 1].stem_end : t[last - 1].end;
        if (m.kind == MENTION_NAME) m.end = m.name_end;
        m.next_tok = last;
        /* "Sen. Claire McCaskill (D-Mo.)": a party label in brackets belongs to the mention */
        if (m.kind == MENTION_NAME && !possessive_end && last + 2 < n && (t[last].flags & TOK_PUNCT) && t[last].cp == '(') {
            size_t k = last + 1;
            while (k < n && k < last + 8 && ((t[k].flags & (TOK_CAP | TOK_INITIAL)) || ((t[k].flags & TOK_PUNCT) && (t[k].cp == '-' || t[k].cp == '.'))))
                k++;
            if (k < n && k > last + 1 && (t[k].flags & TOK_PUNCT) && t[k].cp == ')') {
                m.end = t[k].end;
                m.next_tok = k + 1;
            }
        }
        /* the President’s statement: the possessor of a document noun is the speaker */
        m.possessive = possessive_end;
        if (possessive_end && last < n && (t[last].flags & TOK_LOWER) && token_in(d, &t[last], &r->document_nouns) >= 0)
            m.next_tok = last + 1;
        return m;
    }
    if (!article) return m;
    return parse_description(d, r, toks, i, j, DESCRIPTION_WORDS);
}

mention parse_clause_subject(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from,
                             size_t end) {
    mention none = {0};
    const token *t = toks->items;
    size_t a = end;
    while (a > from && !((t[a - 1].flags & TOK_PUNCT) && (t[a - 1].cp == ',' || t[a - 1].cp == ';'))) a--;
    if (a >= end || !is_article(d, r, &t[a])) return none;
    mention m = parse_description(d, r, toks, a, a + 1, 2 * DESCRIPTION_WORDS);
    return m.kind == MENTION_DESCRIPTION && m.next_tok == end ? m : none;
}

mention parse_weak_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    mention m = {0};
    const token *t = &toks->items[i];
    if (i >= toks->len || !(t->flags & TOK_CAP) || (t->flags & (TOK_ALLCAPS | TOK_INITIAL)) ||
        token_in(d, t, &r->not_names) < 0 || is_pronoun_word(d, r, t))
        return m;
    m.kind = MENTION_NAME;
    m.weak = 1;
    m.start = m.name_start = m.surname_start = t->start;
    m.end = m.name_end = m.surname_end = t->stem_end;
    m.possessive = (t->flags & TOK_POSS) != 0;
    m.name_tokens = 1;
    m.definite = 1;
    m.next_tok = i + 1;
    return m;
}

mention parse_mention_before(const document *d, const whosaid_rules *r, const token_vec *toks,
                             size_t from, size_t end) {
    mention none = {0};
    const token *t = toks->items;
    if (end <= from) return none;
    int g;
    if (is_pronoun(d, r, &t[end - 1], &g)) return parse_mention(d, r, toks, end - 1);
    size_t k = end;
    /* a phrase from further back would end before end: parse_mention reads at most
     * MAX_PHRASE_TOKENS words after an article, and a document noun */
    while (k > from && k + MAX_PHRASE_TOKENS + 2 > end && (phrase_word(d, r, &t[k - 1]) || is_article(d, r, &t[k - 1])))
        k--;
    for (size_t s = k; s < end; s++) {
        if (is_connector(d, r, &t[s]) && !is_article(d, r, &t[s])) continue;
        mention m = parse_mention(d, r, toks, s);
        if (m.kind != MENTION_NONE && m.next_tok == end) return m;
    }
    /* a description in lower case: "the 34-year-old mother of three replied" */
    for (size_t s = end; s-- > from && end - s <= 10;) {
        if (!(t[s].flags & TOK_WORD)) break;
        if (!is_article(d, r, &t[s])) continue;
        /* it opens its clause: after punctuation or a conjunction, not "at which point the crowd" */
        if (s > from && !(t[s - 1].flags & TOK_PUNCT) && !word_is(d, &t[s - 1], "and") &&
            !word_is(d, &t[s - 1], "but") && !word_is(d, &t[s - 1], "as") && !word_is(d, &t[s - 1], "when") &&
            !word_is(d, &t[s - 1], "while"))
            continue;
        mention m = parse_mention(d, r, toks, s);
        if (m.kind == MENTION_DESCRIPTION && m.next_tok == end) return m;
    }
    return none;
}

/* ---- the registry ---- */

static int same_text(const document *d, size_t a0, size_t a1, size_t b0, size_t b1) {
    return a1 - a0 == b1 - b0 && memcmp(d->text + a0, d->text + b0, a1 - a0) == 0;
}

static int holds_role(const document *d, const person *p, size_t head_start, size_t head_end, int prefix);
static size_t role_head_end(const whosaid_rules *r, const document *d, size_t a, size_t b);

static size_t text_hash(const document *d, size_t a, size_t b) {
    size_t h = 1469598103934665603u;
    for (size_t i = a; i < b; i++) h = (h ^ d->text[i]) * 1099511628211u;
    return h;
}

/* Does person ps fit a name with this surname, first name (empty: any) and gender (0: any)?
 * "Mr. Obama" is not Michelle Obama. */
static int fits_name(const document *d, const person *ps, size_t sur_s, size_t sur_e, size_t first_s,
                     size_t first_e, int gender) {
    if (!same_text(d, ps->surname_start, ps->surname_end, sur_s, sur_e)) return 0;
    if (ps->kind == ENTITY_ORG) return first_e == first_s && !gender;
    if (gender && ps->gender && gender != ps->gender) return 0;
    return !(first_e > first_s && ps->first_end > ps->first_start &&
             !same_text(d, ps->first_start, ps->first_end, first_s, first_e));
}

static size_t bucket_of(const registry *reg, const document *d, size_t sur_s, size_t sur_e) {
    return text_hash(d, sur_s, sur_e) & (reg->buckets.len - 1);
}

/* How many people of one surname bucket a look-up considers, newest first: more than any
 * article names, and a bound that keeps a list of a million Smiths linear. */
enum { CHAIN_LIMIT = 64 };

/* The last person registered under this name (NO_PERSON if none). */
static size_t find_person(const registry *reg, const document *d, const mention *m, size_t first_s,
                          size_t first_e) {
    if (!reg->buckets.len) return NO_PERSON;
    size_t walked = 0;
    for (size_t p = reg->buckets.items[bucket_of(reg, d, m->surname_start, m->surname_end)];
         p != NO_PERSON && walked++ < CHAIN_LIMIT; p = reg->people.items[p].next_same_hash)
        if (fits_name(d, &reg->people.items[p], m->surname_start, m->surname_end, first_s, first_e, m->gender))
            return p;
    return NO_PERSON;
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
    if (reg->people.len * 2 > reg->buckets.len) {
        size_t n = reg->buckets.len ? reg->buckets.len * 2 : 64;
        reg->buckets.len = reg->first_buckets.len = 0;
        for (size_t i = 0; i < n; i++)
            if (VEC_PUSH(&reg->buckets, NO_PERSON) != 0 || VEC_PUSH(&reg->first_buckets, NO_PERSON) != 0) return -1;
        /* rebuild the chains, newest person first in each */
        for (size_t q = 0; q < reg->people.len; q++) chain_person(reg, d, q);
        return 0;
    }
    chain_person(reg, d, p);
    return 0;
}

/* The person most recently registered whose first name is text[s, e) ("Maria said" after
 * "Maria Lindqvist"), or NO_PERSON. */
static size_t find_by_first_name(const registry *reg, const document *d, size_t s, size_t e) {
    if (!reg->first_buckets.len || e <= s) return NO_PERSON;
    size_t walked = 0;
    for (size_t p = reg->first_buckets.items[text_hash(d, s, e) & (reg->first_buckets.len - 1)];
         p != NO_PERSON && walked++ < CHAIN_LIMIT; p = reg->people.items[p].next_same_first) {
        const person *ps = &reg->people.items[p];
        if (ps->kind == ENTITY_PERSON && same_text(d, ps->first_start, ps->first_end, s, e)) return p;
    }
    return NO_PERSON;
}

static void first_name(const document *d, const whosaid_rules *r, const mention *m, size_t *s, size_t *e) {
    *s = *e = 0;
    if (m->name_tokens < 2) return;
    size_t i = m->name_start;
    while (i < m->name_end && d->text[i] != ' ' && d->text[i] != 0xC2 && d->text[i] != '\t' &&
           d->text[i] != '\n')
        i++;
    if (wordset_get(&r->name_particles, (const char *)d->text + m->name_start, i - m->name_start) >= 0)
        return; /* "Al Hashish", "de Vries": a particle, no first name */
    *s = m->name_start;
    *e = i;
}

typedef struct {
    const document *d;
    const whosaid_rules *r;
    const segments *seg;
    const quote_vec *quotes;
    size_t next_quote; /* the first direct quotation that may hold or follow the next mention */
    size_t sent;
    int first_in_sentence;
} build_ctx;

static int inside_quote(build_ctx *c, size_t pos) {
    const quote_vec *q = c->quotes;
    while (c->next_quote < q->len &&
           (q->items[c->next_quote].close_end <= pos || q->items[c->next_quote].type != WHOSAID_DIRECT))
        c->next_quote++;
    return c->next_quote < q->len && q->items[c->next_quote].open <= pos;
}

static int add_mention(registry *reg, build_ctx *c, size_t p, size_t pos, size_t end, int subject,
                       int possessive) {
    person_mention pm = {pos, end, p, c->sent, c->seg->sents.items[c->sent].para, (unsigned char)subject,
                         (unsigned char)inside_quote(c, pos), (unsigned char)possessive, 0};
    return VEC_PUSH(&reg->mentions, pm);
}

/* Registers a name mention; *who is the person (NO_PERSON when the name is too thin). */
static int register_name(registry *reg, build_ctx *c, const mention *m, int subject, int shown,
                         size_t *who) {
    const document *d = c->d;
    size_t fs, fe;
    first_name(d, c->r, m, &fs, &fe);
    int first_gender = fe > fs ? wordset_get(&c->r->first_names, (const char *)d->text + fs, fe - fs) : -1;
    int personal = m->gender || m->titled || first_gender >= 0;
    if (first_gender < 0 && m->name_tokens >= 2) {
        /* "Ben Odell": a word that may be a particle ("ben") still shows a gender as a first name */
        size_t e = m->name_start;
        while (e < m->name_end && d->text[e] != ' ') e++;
        int g = wordset_get(&c->r->first_names, (const char *)d->text + m->name_start, e - m->name_start);
        if (g > 0) first_gender = g;
    }
    int evidence = shown || personal;
    int quoted = inside_quote(c, m->start);
    /* "Michelle Obama" is not the Obama whom "Mr." showed to be a man */
    mention gm = *m;
    if (!gm.gender && first_gender > 0) gm.gender = first_gender;
    size_t p = find_person(reg, d, &gm, fs, fe);
    /* "Maria said" after "Maria Lindqvist": a first name alone stands for that person */
    if (p == NO_PERSON && m->name_tokens < 2 && !m->titled)
        p = find_by_first_name(reg, d, m->surname_start, m->surname_end);
    *who = NO_PERSON;
    if (p == NO_PERSON) {
        if (m->name_tokens < 2 && !m->titled && !m->gender) {
            /* a bare surname: its full name may come later ("Lametti ... David Lametti") */
            short_mention sm = {{m->start, m->end, NO_PERSON, c->sent, c->seg->sents.items[c->sent].para,
                                 (unsigned char)subject, (unsigned char)quoted, (unsigned char)m->possessive, 0},
                                m->surname_start, m->surname_end, shown};
            return VEC_PUSH(&reg->shorts, sm);
        }
        person np = {.name_start = m->name_start, .name_end = m->name_end, .surname_start = m->surname_start,
                     .surname_end = m->surname_end, .first_start = fs, .first_end = fe, .gender = m->gender,
                     .evidence = evidence, .personal = personal, .kind = ENTITY_PERSON};
        if (!np.gender && first_gender > 0) np.gender = first_gender;
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
        if (m->name_end - m->name_start > ps->name_end - ps->name_start) {
            ps->name_start = m->name_start;
            ps->name_end = m->name_end;
            ps->first_start = fs;
            ps->first_end = fe;
        }
        /* a role before the name wins over one in apposition */
        if (m->role_end > m->role_start && !quoted &&
            (ps->role_apposed || m->role_end - m->role_start > ps->role_end - ps->role_start)) {
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

/* Registers an organisation's name ("the World Bank", "CNN"). */
static int register_org(registry *reg, build_ctx *c, const mention *m, int subject, size_t *who) {
    const document *d = c->d;
    size_t p = find_person(reg, d, m, 0, 0);
    if (p != NO_PERSON && reg->people.items[p].kind != ENTITY_ORG) p = NO_PERSON;
    if (p == NO_PERSON) {
        person np = {.name_start = m->start, .name_end = m->name_end, .surname_start = m->surname_start,
                     .surname_end = m->surname_end, .evidence = 1, .kind = ENTITY_ORG};
        if (VEC_PUSH(&reg->people, np) != 0) return -1;
        p = reg->people.len - 1;
        if (index_person(reg, d, p) != 0) return -1;
    } else if (m->name_end - m->start > reg->people.items[p].name_end - reg->people.items[p].name_start) {
        reg->people.items[p].name_start = m->start;
        reg->people.items[p].name_end = m->name_end;
    }
    *who = p;
    return add_mention(reg, c, p, m->start, m->end, subject, m->possessive);
}

/* ", president of Dying with Dignity Canada," after a name: an apposition with a title word
 * shows a person and gives a role. Returns 1 and the role's span, or 0. */
static int apposition_role(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k,
                           size_t *rs, size_t *re) {
    const token *t = toks->items;
    size_t n = toks->len;
    if (k + 1 >= n || !(t[k].flags & TOK_PUNCT) || t[k].cp != ',') return 0;
    size_t j = k + 1;
    /* a relative clause: ", who runs Our Principles PAC,", ", who is a senior fellow at …," */
    int relative = is_relative(d, r, &t[j]) && j + 1 < n;
    if (relative) {
        j++;
        if (token_in(d, &t[j], &r->copulas) >= 0) j++;
        else if (token_in(d, &t[j], &r->role_verbs) < 0) return 0;
        if (j >= n) return 0;
    }
    if (is_article(d, r, &t[j])) j++;
    if (j >= n || !(t[j].flags & TOK_WORD) || is_pronoun_word(d, r, &t[j])) return 0;
    /* it opens with an article, a title or a name ("Belarus’s foreign minister"), not a verb */
    if (!relative && j == k + 1 && (t[j].flags & TOK_LOWER) && !is_title(d, r, &t[j])) return 0;
    size_t e = j, titled = relative && token_in(d, &t[k + 2], &r->role_verbs) >= 0;
    while (e < n && e < j + 14 && ((t[e].flags & TOK_WORD) || (t[e].flags & TOK_PUNCT && (t[e].cp == '-' || t[e].cp == '.' || t[e].cp == '&')))) {
        if (is_relative(d, r, &t[e])) break;
        if (e < j + 6 && (t[e].flags & TOK_WORD) && is_title_head(d, r, &t[e])) titled = 1;
        e++;
    }
    if (!titled || e == j) return 0;
    /* it ends the sentence or a clause: ", the minister, said", "…, the minister who …" */
    if (e < n && !((t[e].flags & TOK_PUNCT) && (t[e].cp == ',' || t[e].cp == '.' || t[e].cp == ';')) &&
        !is_relative(d, r, &t[e]))
        return 0;
    while (e > j && !(t[e - 1].flags & TOK_WORD)) e--;
    *rs = relative && token_in(d, &t[k + 2], &r->role_verbs) >= 0 ? t[k + 2].start : t[j].start;
    *re = t[e - 1].end;
    return 1;
}

/* "The city’s chief engineer, Dr. Aisha Karimi, told reporters": a description with a title
 * opens the clause, and the name between commas after it is whom it describes. Returns 1 and
 * the description's span without its article, or 0. */
static int description_before(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i,
                              size_t next, size_t *rs, size_t *re) {
    const token *t = toks->items;
    if (i < 3 || !(t[i - 1].flags & TOK_PUNCT) || t[i - 1].cp != ',' || next >= toks->len ||
        !(t[next].flags & TOK_PUNCT) || t[next].cp != ',')
        return 0;
    size_t a = i - 1;
    while (a > 0 && (t[a - 1].flags & TOK_WORD) && i - a < 12) a--;
    if (a > 0 && !((t[a - 1].flags & TOK_PUNCT) && (t[a - 1].cp == ',' || t[a - 1].cp == ';'))) return 0;
    mention m = parse_mention(d, r, toks, a);
    int titled = m.titled || (m.head_end > m.head_start && wordset_get(&r->titles, (const char *)d->text + m.head_start,
                                                                       m.head_end - m.head_start) >= 0);
    if ((m.kind != MENTION_DESCRIPTION && m.kind != MENTION_ROLE) || m.org || !titled || m.next_tok != i - 1)
        return 0;
    size_t k = a;
    if (is_article(d, r, &t[k]) || token_in(d, &t[k], &r->possessives) >= 0) k++; /* "his top aide" */
    *rs = m.kind == MENTION_ROLE ? m.role_start : t[k].start;
    *re = t[i - 2].end;
    return 1;
}

/* "Ragheb Al Turkmani, 49, and …": an age in apposition shows a person. */
static int apposition_age(const token_vec *toks, size_t k) {
    const token *t = toks->items;
    size_t n = toks->len;
    if (k + 2 >= n || !(t[k].flags & TOK_PUNCT) || t[k].cp != ',') return 0;
    const token *a = &t[k + 1];
    if (!(a->flags & TOK_WORD) || (a->flags & (TOK_CAP | TOK_LOWER)) || a->end - a->start > 3) return 0;
    return (t[k + 2].flags & TOK_PUNCT) && (t[k + 2].cp == ',' || t[k + 2].cp == '.');
}

/* ", a German charity that runs …": an apposition whose head names a kind of organisation. */
static int apposition_org(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    const token *t = toks->items;
    size_t n = toks->len;
    if (k + 2 >= n || !(t[k].flags & TOK_PUNCT) || t[k].cp != ',' || !is_article(d, r, &t[k + 1])) return 0;
    for (size_t e = k + 2; e < n && e < k + 8 && (t[e].flags & TOK_WORD); e++) {
        if (token_in(d, &t[e], &r->org_nouns) >= 0) return 1;
        if (is_relative(d, r, &t[e]) || (token_in(d, &t[e], &r->prepositions) >= 0 && (t[e].flags & TOK_LOWER))) break;
    }
    return 0;
}

static int is_reporting_verb(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    return k < toks->len && token_in(d, &toks->items[k], &r->verbs) >= 0;
}

/* A role in lower case before a name that starts at toks[i]: "campaign chairman John Podesta",
 * "Monmouth University political scientist Patrick Murray", "the former Florida governor Jeb
 * Bush". The word before the name is a title; the role runs back over capitalised words and
 * other words in lower case to an article, a verb, a preposition or punctuation. Returns 1 and
 * the role's byte span, or 0. */
static int role_before(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t *rs,
                       size_t *re) {
    const token *t = toks->items;
    if (i == 0 || !(t[i - 1].flags & TOK_LOWER) || !is_title_head(d, r, &t[i - 1])) return 0;
    size_t k = i - 1;
    while (k > 0 && i - k < 8) {
        const token *w = &t[k - 1];
        /* "Filmmaker and best-selling author": "and" between two roles */
        if (is_connector(d, r, w) && k >= 2 && is_title(d, r, &t[k - 2]) && token_in(d, w, &r->prepositions) >= 0 &&
            !word_is(d, w, "of")) {
            k -= 2;
            continue;
        }
        if (!(w->flags & TOK_WORD) || (w->flags & TOK_POSS) || is_article(d, r, w) || is_pronoun_word(d, r, w) ||
            token_in(d, w, &r->possessives) >= 0 || token_in(d, w, &r->verbs) >= 0 ||
            token_in(d, w, &r->auxiliaries) >= 0 ||
            (token_in(d, w, &r->prepositions) >= 0 && (w->flags & TOK_LOWER)) ||
            ((w->flags & TOK_CAP) && token_in(d, w, &r->not_names) >= 0) || line_break_before(d, w, &t[k]))
            break;
        k--;
    }
    /* a word in lower case that is no title starts the role only where the clause does ("On
     * Tuesday, campaign chairman John Podesta"), not after an unknown word, which may be a verb:
     * "Trump met presidential candidate …" */
    while (k < i - 1 && (t[k].flags & TOK_LOWER) && !is_title(d, r, &t[k]) &&
           (is_connector(d, r, &t[k]) ||
            rules_not_name_ending(r, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) ||
            !(k == 0 || ((t[k - 1].flags & TOK_PUNCT) && t[k - 1].cp != '-') || is_article(d, r, &t[k - 1]) ||
             token_in(d, &t[k - 1], &r->prepositions) >= 0 || token_in(d, &t[k - 1], &r->verbs) >= 0 ||
             token_in(d, &t[k - 1], &r->auxiliaries) >= 0)))
        k++;
    /* …and capitalised words before it belong to a role only next to a title or such a word */
    while (k < i - 1 && (t[k].flags & TOK_CAP) && (t[k + 1].flags & TOK_LOWER) && !is_title(d, r, &t[k + 1]) &&
           !is_connector(d, r, &t[k + 1]) && !(k + 2 < i && is_title(d, r, &t[k + 2])))
        k++;
    *rs = t[k].start;
    *re = t[i - 1].end;
    return 1;
}

/* Orders mention indices by person: a counting sort, since mentions are already in order. */
static int index_mentions(registry *reg) {
    size_t np = reg->people.len, nm = reg->mentions.len;
    reg->first_of_person.len = reg->by_person.len = 0;
    for (size_t p = 0; p <= np; p++)
        if (VEC_PUSH(&reg->first_of_person, (size_t)0) != 0) return -1;
    for (size_t i = 0; i < nm; i++) {
        reg->first_of_person.items[reg->mentions.items[i].person + 1]++;
        if (VEC_PUSH(&reg->by_person, (size_t)0) != 0) return -1;
    }
    for (size_t p = 0; p < np; p++) reg->first_of_person.items[p + 1] += reg->first_of_person.items[p];
    /* fill using a running cursor per person, kept in by_person's own slots */
    VEC(size_t) cursor = {0};
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
        size_t p = find_person(reg, d, &m, 0, 0);
        if (p != NO_PERSON && reg->people.items[p].kind == ENTITY_ORG) p = NO_PERSON;
        if (p == NO_PERSON) p = find_by_first_name(reg, d, sm->surname_start, sm->surname_end);
        if (p == NO_PERSON) continue;
        if (sm->shown) reg->people.items[p].evidence = 1;
        sm->at.person = p;
        reg->shorts.items[kept++] = *sm;
    }
    reg->shorts.len = kept;
    if (!kept) return 0;
    reg->merged.len = 0;
    size_t a = 0, b = 0;
    while (a < reg->mentions.len || b < kept) {
        int take_short = a >= reg->mentions.len || (b < kept && reg->shorts.items[b].at.pos < reg->mentions.items[a].pos);
        if (VEC_PUSH(&reg->merged, take_short ? reg->shorts.items[b++].at : reg->mentions.items[a++]) != 0) return -1;
    }
    /* swap the merged list in */
    person_mention *items = reg->mentions.items;
    size_t cap = reg->mentions.cap;
    reg->mentions.items = reg->merged.items;
    reg->mentions.len = reg->merged.len;
    reg->mentions.cap = reg->merged.cap;
    reg->merged.items = items;
    reg->merged.cap = cap;
    reg->merged.len = 0;
    return 0;
}

int registry_build(registry *reg, const document *d, const whosaid_rules *r, const segments *seg,
                   const quote_vec *quotes, token_vec *toks) {
    reg->people.len = reg->mentions.len = reg->buckets.len = reg->first_buckets.len = reg->shorts.len = 0;
    reg->rules = r;
    build_ctx c = {d, r, seg, quotes, 0, 0, 1};
    size_t pending = NO_PERSON, pending_sent = 0; /* a person of unknown gender, just named */
    for (size_t s = 0; s < seg->sents.len; s++) {
        /* a credit, a byline or a "READ MORE:" line names no one of the story */
        if (!seg->sents.items[s].prose) continue;
        if (tokenize(d, r, seg->sents.items[s].start, seg->sents.items[s].end, toks) != 0) return -1;
        c.sent = s;
        int first = 1;
        if (pending != NO_PERSON && s > pending_sent) pending = NO_PERSON;
        for (size_t i = 0; i < toks->len;) {
            const token *t = &toks->items[i];
            int g;
            /* "he’s" is "he is": a subject pronoun's ’s is no possessive */
            if ((t->flags & TOK_WORD) && (!(t->flags & TOK_POSS) || token_in(d, t, &r->pronouns) >= 0) &&
                (g = token_in(d, t, &r->pronoun_genders)) > 0) {
                int quoted = inside_quote(&c, t->start);
                if (pending != NO_PERSON && !quoted) {
                    if (!reg->people.items[pending].gender) reg->people.items[pending].gender = g;
                    pending = NO_PERSON;
                }
                /* "He framed the text": a pronoun subject is one more mention of its person */
                /* "he" and "she" are always the subject of their clause: one more mention of their
                 * person, where the sentence opens with it or a reporting verb follows it all the
                 * more */
                int sent_subject = i == 0 || (i == 1 && (toks->items[0].flags & TOK_MARK));
                if (!quoted && token_in(d, t, &r->pronouns) >= 0) {
                    salience_query q = {.pos = t->start, .sent = s, .gender = g, .any_full_name = 1,
                                        .prev_speaker = NO_PERSON, .kind = ENTITY_PERSON};
                    size_t p = registry_rank(reg, &q, NULL);
                    int rank = is_reporting_verb(d, r, toks, i + 1) ? SUBJECT_OF_VERB : sent_subject ? SUBJECT_FIRST : 0;
                    if (p != NO_PERSON) {
                        /* the pronoun shows the person's gender */
                        person *ps = &reg->people.items[p];
                        if (!ps->gender) ps->gender = g;
                        ps->personal = 1;
                        if (add_mention(reg, &c, p, t->start, t->stem_end, rank, 0) != 0) return -1;
                    }
                    first = 0;
                }
                i++; /* "Given his views, Shanaaz Gokool, …": a possessive is not the subject */
                continue;
            }
            /* "…,” it said": an organisation named before speaks again; "the utility said" too */
            if ((t->flags & TOK_WORD) && !(t->flags & TOK_POSS) && is_reporting_verb(d, r, toks, i + 1) &&
                !inside_quote(&c, t->start) &&
                ((token_in(d, t, &r->pronouns) == GENDER_NEUTER &&
                  token_in(d, &toks->items[i + 1], &r->document_verbs) < 0) ||
                 (i > 0 && token_in(d, &toks->items[i - 1], &r->articles) == ARTICLE_DEFINITE &&
                  token_in(d, t, &r->org_nouns) >= 0))) {
                salience_query q = {.pos = t->start, .sent = s, .prev_speaker = NO_PERSON, .kind = ENTITY_ORG};
                size_t p = registry_rank(reg, &q, NULL);
                if (p != NO_PERSON && add_mention(reg, &c, p, t->start, t->stem_end, SUBJECT_OF_VERB, 0) != 0)
                    return -1;
                i++;
                first = 0;
                continue;
            }
            int article = is_article(d, r, t);
            if (!(t->flags & TOK_CAP) && !article) {
                i++;
                continue;
            }
            /* after an article only a name or a title can make a mention the registry keeps:
             * "the company" is passed over without parsing */
            if (article && !(i + 1 < toks->len &&
                             ((toks->items[i + 1].flags & TOK_CAP) || is_title(d, r, &toks->items[i + 1])))) {
                i++;
                continue;
            }
            mention m = parse_mention(d, r, toks, i);
            /* "the book Clinton Cash", "the film Hijos de Trump": a title, no one's name */
            if (m.kind == MENTION_NAME && i > 0 && (toks->items[i - 1].flags & TOK_LOWER) &&
                token_in(d, &toks->items[i - 1], &r->work_nouns) >= 0) {
                i = m.next_tok > i ? m.next_tok : i + 1;
                continue;
            }
            /* a description names no one, and may run over a name: read on inside it */
            size_t next = m.kind != MENTION_DESCRIPTION && m.next_tok > i ? m.next_tok : i + 1;
            if (m.kind == MENTION_NAME) {
                if (m.role_end == m.role_start) role_before(d, r, toks, i, &m.role_start, &m.role_end);
                if (m.role_end == m.role_start) description_before(d, r, toks, i, m.next_tok, &m.role_start, &m.role_end);
                int before_verb = is_reporting_verb(d, r, toks, m.next_tok);
                /* "…,” said X" or "…, adds X": an inverted cue, not "told Yahoo News" */
                int after_verb = i > 0 && is_reporting_verb(d, r, toks, i - 1) &&
                                 token_in(d, &toks->items[i - 1], &r->no_inversion) < 0 &&
                                 (i < 2 || (toks->items[i - 2].flags & TOK_PUNCT));
                size_t ars = 0, are = 0;
                int apposed = apposition_role(d, r, toks, m.next_tok, &ars, &are);
                int shown = before_verb || after_verb || apposed || apposition_age(toks, m.next_tok);
                size_t p;
                int rank = before_verb || after_verb ? SUBJECT_OF_VERB : first ? SUBJECT_FIRST : 0;
                if (register_name(reg, &c, &m, rank, shown, &p) != 0) return -1;
                if (p != NO_PERSON && i > 0 && token_in(d, &toks->items[i - 1], &r->prepositions) >= 0)
                    reg->mentions.items[reg->mentions.len - 1].oblique = 1;
                /* "Sea Watch Mediterranean, a German charity that runs a rescue ship," */
                if (p != NO_PERSON && !apposed && apposition_org(d, r, toks, m.next_tok) &&
                    !reg->people.items[p].personal)
                    reg->people.items[p].kind = ENTITY_ORG;
                if (p != NO_PERSON && apposed) {
                    person *ps = &reg->people.items[p];
                    if (ps->role_end == ps->role_start) {
                        ps->role_start = ars;
                        ps->role_end = are;
                        ps->role_apposed = 1;
                    }
                }
                if (p != NO_PERSON) {
                    first = 0;
                    if (!reg->people.items[p].gender && !reg->mentions.items[reg->mentions.len - 1].quoted) {
                        pending = p;
                        pending_sent = s;
                    } else {
                        pending = NO_PERSON;
                    }
                }
            } else if (m.kind == MENTION_ROLE && m.org) {
                size_t p;
                int rank = is_reporting_verb(d, r, toks, m.next_tok) ? SUBJECT_OF_VERB : first ? SUBJECT_FIRST : 0;
                if (register_org(reg, &c, &m, rank, &p) != 0) return -1;
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
                first = 0;
            } else if (m.kind == MENTION_ROLE && token_in(d, &toks->items[i], &r->articles) == ARTICLE_DEFINITE &&
                       m.titled) {
                /* "the mayor": one more mention of whoever holds that role */
                size_t p = registry_resolve_role(reg, d, &m);
                if (p != NO_PERSON &&
                    add_mention(reg, &c, p, m.start, m.end,
                                is_reporting_verb(d, r, toks, m.next_tok) ? SUBJECT_OF_VERB : first ? SUBJECT_FIRST : 0,
                                0) != 0)
                    return -1;
                first = 0;
            }
            i = next;
        }
    }
    if (resolve_shorts(reg, d) != 0) return -1;
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
    if (m->role_end > m->role_start && ps->kind == ENTITY_PERSON && ps->role_end == ps->role_start) {
        ps->role_start = m->role_start;
        ps->role_end = m->role_end;
    }
}

void registry_free(registry *reg) {
    VEC_FREE(&reg->people);
    VEC_FREE(&reg->mentions);
    VEC_FREE(&reg->by_person);
    VEC_FREE(&reg->first_of_person);
    VEC_FREE(&reg->buckets);
    VEC_FREE(&reg->first_buckets);
    VEC_FREE(&reg->shorts);
    VEC_FREE(&reg->merged);
}

/* Index of the first mention at or after pos. */
static size_t mentions_from(const registry *reg, size_t pos) {
    size_t lo = 0, hi = reg->mentions.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (reg->mentions.items[mid].pos < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
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
    size_t best = NO_PERSON, best_pos = 0, after = NO_PERSON, after_pos = (size_t)-1;
    int best_fit = 0;
    size_t walked = 0;
    for (size_t p = reg->buckets.items[bucket_of(reg, d, m->surname_start, m->surname_end)];
         p != NO_PERSON && walked++ < CHAIN_LIMIT; p = reg->people.items[p].next_same_hash) {
        if (!fits_name(d, &reg->people.items[p], m->surname_start, m->surname_end, fs, fe, m->gender)) continue;
        int found, fit = head_e > head_s && holds_role(d, &reg->people.items[p], head_s, head_e, 0);
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
    /* "Maria said" after "Maria Lindqvist" */
    if (best == NO_PERSON && m->name_tokens < 2 && !m->titled)
        best = find_by_first_name(reg, d, m->surname_start, m->surname_end);
    return best;
}

/* Does p's role hold the word text[head_start, head_end), or (prefix) a word it starts
 * ("mayor" in "mayoral candidate")? */
static int holds_word(const document *d, const person *p, const char *w, size_t n, int prefix) {
    for (size_t i = p->role_start; i + n <= p->role_end; i++) {
        if (strncasecmp((const char *)d->text + i, w, n) != 0) continue;
        int left = i == p->role_start || d->text[i - 1] == ' ' || d->text[i - 1] == '-';
        int right = i + n == p->role_end || d->text[i + n] == ' ' || d->text[i + n] == '.' || (prefix && n >= 4);
        if (left && right) return 1;
    }
    return 0;
}

static int holds_role(const document *d, const person *p, size_t head_start, size_t head_end, int prefix) {
    return holds_word(d, p, (const char *)d->text + head_start, head_end - head_start, prefix);
}

/* holds_role, or holds the title's abbreviation: "the governor" and "Gov. Jerry Brown" */
static int holds_title(const whosaid_rules *r, const document *d, const person *p, size_t head_start, size_t head_end,
                       int prefix) {
    if (holds_role(d, p, head_start, head_end, prefix)) return 1;
    int k = wordset_get(&r->title_full, (const char *)d->text + head_start, head_end - head_start);
    return k >= 0 && holds_word(d, p, r->title_abbr[k], strlen(r->title_abbr[k]), 0);
}

/* How far back a look-up goes: far enough for any news story's back-references, and a
 * bound that keeps a document of a million names linear. */
enum { LOOKBACK = 256 };

/* Where the head of a role ends: before its first connector ("president of the Council"). */
static size_t role_head_end(const whosaid_rules *r, const document *d, size_t a, size_t b) {
    for (size_t i = a; i < b; i++) {
        if (d->text[i] != ' ') continue;
        size_t w = i + 1, e = w;
        while (e < b && d->text[e] != ' ') e++;
        if (wordset_get(&r->connectors, (const char *)d->text + w, e - w) >= 0) return i;
    }
    return b;
}

size_t registry_resolve_role(const registry *reg, const document *d, const mention *m) {
    /* the head of the role: its last word */
    size_t e = role_head_end(reg->rules, d, m->role_start, m->role_end), s = e;
    while (s > m->role_start && d->text[s - 1] != ' ') s--;
    if (e <= s) return NO_PERSON;
    size_t end = mentions_from(reg, m->start);
    for (int prefix = 0; prefix <= 1; prefix++)
        for (size_t i = end, n = 0; i-- > 0 && n < LOOKBACK; n++) {
            const person *ps = &reg->people.items[reg->mentions.items[i].person];
            if (holds_title(reg->rules, d, ps, s, e, prefix)) return reg->mentions.items[i].person;
        }
    return NO_PERSON;
}

static int gender_fits(const person *p, int g) { return !g || !p->gender || p->gender == g; }

/* How many sentences back salience looks, and how a mention's weight falls with each. */
enum { SALIENCE_SENTENCES = 12 };
#define SALIENCE_DECAY 0.15f

static float mention_weight(const person_mention *pm) {
    float w = pm->subject == SUBJECT_OF_VERB ? 3.0f : pm->subject == SUBJECT_FIRST ? 2.0f : 1.0f;
    return pm->possessive || pm->oblique ? w * 0.5f : w;
}

static float decay(size_t sentences) {
    float f = 1.0f;
    for (size_t k = 0; k < sentences && f > 1e-6f; k++) f *= SALIENCE_DECAY;
    return f;
}

/* May ps be what the query's pronoun or description stands for? "it" and "the company" are an
 * organisation, or a name that speaks without anything showing a person ("Hydro-Québec said");
 * "he" and "the owner" are not an organisation. */
static int fits_query(const person *ps, const salience_query *q) {
    if (q->kind == ENTITY_ORG) return ps->kind == ENTITY_ORG || (!ps->personal && !ps->gender);
    return ps->kind == ENTITY_PERSON && gender_fits(ps, q->gender) &&
           (ps->personal || !q->personal || ps->surname_start != ps->name_start);
}

/* The scores of one pass over the mentions before q->pos; people who do not fit are left out. */
enum { SCRATCH_CANDIDATES = 32 };
static size_t score_mentions(const registry *reg, const salience_query *q, int need_evidence,
                             candidate *c) {
    size_t n = 0, end = mentions_from(reg, q->pos);
    size_t window = q->window ? q->window : SALIENCE_SENTENCES;
    for (size_t i = end, walked = 0; i-- > 0 && walked < LOOKBACK; walked++) {
        const person_mention *pm = &reg->mentions.items[i];
        if (pm->pos < q->floor || pm->sent + window < q->sent) break;
        const person *ps = &reg->people.items[pm->person];
        if (pm->quoted || !fits_query(ps, q)) continue;
        /* an organisation needs no sign of being a person: "Cisco Talos" is one by being named */
        if (q->kind != ENTITY_ORG && (need_evidence ? !ps->evidence : ps->surname_start == ps->name_start)) continue;
        float w = mention_weight(pm) * decay(q->sent > pm->sent ? q->sent - pm->sent : 0);
        size_t k = 0;
        while (k < n && c[k].person != pm->person) k++;
        if (k == n) {
            if (n == SCRATCH_CANDIDATES) continue;
            c[n++] = (candidate){pm->person, 0.0f, pm->pos, pm->sent, 0.0f};
        }
        /* a sentence counts a person once, by their strongest mention in it: "she" said three
         * times in one sentence is not three sentences about her */
        if (c[k].sent != pm->sent) {
            c[k].score += c[k].sent_best;
            c[k].sent = pm->sent;
            c[k].sent_best = 0.0f;
        }
        if (w > c[k].sent_best) c[k].sent_best = w;
    }
    for (size_t k = 0; k < n; k++) {
        c[k].score += c[k].sent_best;
        c[k].sent_best = 0.0f;
    }
    return n;
}

static int better(const candidate *a, const candidate *b) {
    return a->score > b->score || (a->score == b->score && a->last_pos > b->last_pos);
}

size_t registry_rank(const registry *reg, const salience_query *q, ranking *out) {
    candidate c[SCRATCH_CANDIDATES + 1];
    size_t n = 0;
    for (int need_evidence = 1; need_evidence >= !q->any_full_name && !n; need_evidence--)
        n = score_mentions(reg, q, need_evidence, c);
    if (q->prev_speaker != NO_PERSON && q->prev_speaker < reg->people.len &&
        fits_query(&reg->people.items[q->prev_speaker], q) && q->prev_sent <= q->sent &&
        q->prev_sent + SALIENCE_SENTENCES >= q->sent) {
        size_t k = 0;
        while (k < n && c[k].person != q->prev_speaker) k++;
        if (k == n) c[n++] = (candidate){q->prev_speaker, 0.0f, 0, 0, 0.0f};
        c[k].score += 3.0f * decay(q->sent - q->prev_sent);
    }
    /* best first: a few passes of selection, since only the top few are wanted */
    size_t best = NO_PERSON;
    if (out) out->n = 0;
    for (size_t rank = 0; rank < RANKED_MAX && rank < n; rank++) {
        size_t b = rank;
        for (size_t k = rank + 1; k < n; k++)
            if (better(&c[k], &c[b])) b = k;
        candidate t = c[rank];
        c[rank] = c[b];
        c[b] = t;
        if (rank == 0) best = c[0].person;
        if (out) out->top[out->n++] = c[rank];
    }
    return best;
}

size_t registry_antecedent(const registry *reg, size_t pos, size_t floor, int gender, int any_full_name,
                           size_t *at) {
    size_t end = mentions_from(reg, pos);
    salience_query q = {.pos = pos, .sent = end ? reg->mentions.items[end - 1].sent : 0, .floor = floor,
                        .gender = gender, .any_full_name = any_full_name, .prev_speaker = NO_PERSON,
                        .kind = ENTITY_PERSON};
    ranking r;
    size_t p = registry_rank(reg, &q, &r);
    if (p != NO_PERSON) *at = r.top[0].last_pos;
    return p;
}

int registry_other_named(const registry *reg, size_t p, size_t from, size_t to) {
    for (size_t i = mentions_from(reg, from); i < reg->mentions.len && reg->mentions.items[i].pos < to; i++) {
        const person_mention *pm = &reg->mentions.items[i];
        if (pm->person != p && pm->subject && !pm->quoted && reg->people.items[pm->person].evidence) return 1;
    }
    return 0;
}
