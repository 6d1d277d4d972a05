/* reported.c: reported speech. In each sentence the registry found a reporting verb in (outside
 * quotations), three forms give a reported clause:
 *   the clause first:   CLAUSE, X said[ adjunct].    CLAUSE, according to X.
 *   the verb first:     X said [that] CLAUSE.        X told reporters [that] CLAUSE.
 *                       X said in a statement [that] CLAUSE.
 *   according to:       According to X, CLAUSE.
 * The clause runs to the end of the sentence (or to a cue or a ", adding" that closes it) and
 * leaves out "that" and the final full stop. A clause that holds a quoted fragment is mixed, and
 * the fragment is part of it; a clause that is all one quotation is a direct quotation already.
 * The cue goes with the clause to attribution, which resolves it as it does a quotation's. */
#include "reported.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

/* The shortest reported clause, in tokens: "prices will rise". */
enum { MIN_CLAUSE_TOKENS = 3, MIN_FRONT_CLAUSE_TOKENS = 4 };
/* Words of adjuncts between a verb and the comma before its clause ("sagte am Montag in Berlin,") */
enum { MAX_ADJUNCT_TOKENS = 8 };
/* How many commas and verbs of one sentence are tried: more than any news sentence holds, and
 * a bound that keeps a sentence of a million commas (a list, broken input) linear. */
enum { MAX_COMMAS = 32, MAX_VERBS = 16 };
/* Reported clauses a sentence may hold, one after the other. */
enum { MAX_CLAUSES = 4 };
/* How many words may stand between a naming verb and its quoted fragment: "called Immigration
 * Minister Ahmed Hussen a “chicken”". */
enum { MAX_NAMED_TOKENS = 8 };

/* Words in lower case after an organisation's name and its connector that say which one, up to
 * the comma of "Según …,", at most ("del estado", "de la casa de estudios"). */
enum { ORG_COMPLEMENT_WORDS = 5 };
/* How many words in lower case may stand between a preposition and the quoted fragment that is
 * its object: "sprach von einem „fatalen Signal“". */
enum { FRAGMENT_LEAD_TOKENS = 3 };


static inline int in(const document *d, const token *t, const wordset *set) {
    return (t->flags & TOK_WORD) && token_is_in(d, t, set);
}

/* Index of the quotation whose marks hold byte pos, or quotes->len. */
static inline size_t quote_holding(const quote_vec *quotes, size_t pos) {
    size_t lo;
    SEARCH_PREFIX(lo, quotes->items, quotes->len, open, <=, pos);
    /* nested quotations do not overlap top-level ones, so the last that opens before pos decides */
    if (lo && pos < quotes->items[lo - 1].close_end) return lo - 1;
    return quotes->len;
}
/* The quotation that holds byte pos or, where none does, the first that opens after it
 * (quotes->len where none): one search for both questions (a quotation that opens before pos
 * and holds it not has closed before it). */
static inline size_t quote_holding_or_after(const quote_vec *quotes, size_t pos) {
    size_t lo;
    SEARCH_PREFIX(lo, quotes->items, quotes->len, open, <=, pos);
    return lo && pos < quotes->items[lo - 1].close_end ? lo - 1 : lo;
}

static int is_number(const token *t) { return (t->flags & TOK_WORD) && !(t->flags & (TOK_CAP | TOK_LOWER)); }
/* Words of a phrase that says about how many, at most ("as many as"). */
enum { APPROXIMATOR_WORDS = 3 };

/* Does toks[c] say about how many before a number ("about 3,500", "nearly 40", "as many as
 * 140", "nearly one home in twenty": rules/<lang>/number-approximators.txt, numerals.txt)? The
 * words that say it (the number's index is c plus them), or 0. */
/* (a phrase only before a number in figures, which is asked first: most words have none after
 * them, and the phrase's key is dearer to build than a word's look-up) */
static size_t approximate_number(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    if (c + 1 >= n || !(t[c].flags & TOK_LOWER)) return 0;
    size_t k = wordset_get(&r->number_approximators, (const char *)d->text + t[c].start, t[c].stem_end - t[c].start) >= 0;
    for (size_t j = 2; !k && j <= APPROXIMATOR_WORDS && c + j < n; j++)
        if (is_number(&t[c + j])) k = token_phrase_prefix(d, t + c, j, j, TOK_LOWER, &r->number_approximators);
    if (!k || c + k >= n) return 0;
    const token *x = &t[c + k];
    return is_number(x) ||
                   ((x->flags & TOK_LOWER) && wordset_get(&r->numerals, (const char *)d->text + x->start, x->stem_end - x->start) >= 0)
               ? k
               : 0;
}

/* May a reported clause open with toks[c]: any word but a preposition, a verb, an auxiliary,
 * "that" or a relative ("he", "the", "officers", "Keller", "2,000", "there"), or a quoted
 * fragment. A capitalised day or month is an adjunct, not a subject, and so is a time in
 * lower case ("yesterday", "ayer", "lundi"). */
static int opens_clause(const document *d, const whosaid_rules *r, const token *t) {
    if (t->flags & TOK_MARK) return 1;
    if (!(t->flags & TOK_WORD)) return 0;
    if (is_number(t)) return 1;
    if (in(d, t, &r->pronouns) || in(d, t, &r->articles)) return 1;
    if (in(d, t, &r->complementisers) || in(d, t, &r->relatives) || in(d, t, &r->verbs) ||
        in(d, t, &r->auxiliaries) || ((t->flags & TOK_LOWER) && in(d, t, &r->prepositions)) || tok_adverb(d, r, t))
        return 0;
    if (!in(d, t, &r->not_names) || in(d, t, &r->clause_openers) || in(d, t, &r->determiners) ||
        in(d, t, &r->possessives))
        return 1;
    /* …nor a time that may follow a cue, in any case: "said yesterday that", "dijo ayer que",
     * "a indiqué lundi que" (rules/<lang>/cue-followers.txt) */
    return !(t->flags & TOK_CAP) && !in(d, t, &r->cue_followers);
}

/* "told the court Ashworth had …": the name that ends the object's words toks[c, o), after a
 * word in lower case, is the clause's subject; c where there is none. */
static size_t name_after_object(const cue_scratch *s, size_t c, size_t o) {
    const token *t = s->toks.items;
    for (size_t k = c + 1; k < o; k++)
        if ((t[k].flags & TOK_CAP) && (t[k - 1].flags & TOK_LOWER) && (t[k - 1].flags & TOK_WORD)) {
            for (size_t w = k + 1; w < o; w++)
                if (!(t[w].flags & TOK_CAP)) return c;
            return k;
        }
    return c;
}

/* "told 80 people", "told about 200 supporters": a number (perhaps after a word of
 * number-approximators.txt) and a noun in lower case, whom the words were told. The token after
 * them, or c where there are none. */
static size_t counted_object_end(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c, size_t n) {
    const token *t = s->toks.items;
    size_t k = c + (size_t)approximate_number(d, r, s, c);
    if (k + 1 >= n || !is_number(&t[k]) || !(t[k + 1].flags & TOK_LOWER) || in(d, &t[k + 1], &r->auxiliaries) ||
        in(d, &t[k + 1], &r->verbs) || in(d, &t[k + 1], &r->complementisers) || in(d, &t[k + 1], &r->prepositions))
        return c;
    return k + 2;
}

/* Is toks[k] a word in lower case that may be a noun of whom something was told ("court",
 * "packed", "hall"): no verb, auxiliary, complementiser, preposition, pronoun or determiner? */
static int told_noun(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = s->toks.items;
    return k < s->toks.len && (t[k].flags & TOK_LOWER) && (t[k].flags & TOK_WORD) && !is_number(&t[k]) &&
           !in(d, &t[k], &r->verbs) && !in(d, &t[k], &r->auxiliaries) && !in(d, &t[k], &r->complementisers) &&
           !in(d, &t[k], &r->prepositions) && !in(d, &t[k], &r->pronouns) && !in(d, &t[k], &r->determiners) &&
           !in(d, &t[k], &r->possessives) && !in(d, &t[k], &r->conjunctions) && !tok_adverb(d, r, &t[k]);
}

/* Words after a possessive that plain_opener reads for the clause's verb, at most. */
enum { POSSESSIVE_VERB_REACH = 3 };

/* Does toks[k] open a clause beyond doubt: a pronoun, an article, a determiner, a number or a
 * capitalised word ("the packed hall she would", not "the court prices rose"), or a possessive
 * that an auxiliary or a verb in the past follows soon ("the court her client had", "the council
 * her sales dropped"; not "the inquiry her story in tears", a second object)? */
static int plain_opener(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = &s->toks.items[k];
    if (is_number(t) || (t->flags & TOK_CAP) || in(d, t, &r->pronouns) || in(d, t, &r->articles) ||
        in(d, t, &r->determiners))
        return 1;
    if (!in(d, t, &r->possessives)) return 0;
    for (size_t v = k + 2; v < s->toks.len && v <= k + POSSESSIVE_VERB_REACH; v++) {
        const token *w = &s->toks.items[v];
        if ((w->flags & TOK_LOWER) && (in(d, w, &r->auxiliaries) ||
                                       rules_ends_in(&r->past_endings, (const char *)d->text + w->start, w->stem_end - w->start)))
            return 1;
    }
    return 0;
}

/* Is t a noun of time in lower case ("afternoon", "week": rules/<lang>/time-nouns.txt)? */
static int time_noun(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && in(d, t, &r->time_nouns);
}

/* Skips adjuncts after a verb ("in a statement", "on Tuesday night", "last week") up to a word
 * that may open the clause, or "that". Returns the index of that word, or n when none comes
 * soon. */
static size_t skip_adjuncts(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c, size_t n) {
    const token *t = s->toks.items;
    /* a determiner and a noun or two, then "that": a time ("ha afirmado este miércoles que", "a
     * déclaré cette semaine que"; after an article, only a day or a month: "dijo el lunes que"),
     * not the subject ("dijo un portavoz que", "explicó el ministro que") */
    if (c + 2 < n && (t[c].flags & TOK_LOWER) && in(d, &t[c], &r->determiners)) {
        int article = in(d, &t[c], &r->articles);
        size_t e = c + 1;
        while (e < n && e < c + 3 && (t[e].flags & TOK_WORD) && !in(d, &t[e], &r->complementisers) &&
               !in(d, &t[e], &r->verbs) && !in(d, &t[e], &r->auxiliaries) && !is_number(&t[e]) &&
               (in(d, &t[e], &r->not_names) || (!article && (t[e].flags & TOK_LOWER)) ||
                /* (or a noun of time and a word after it: "a annoncé cette semaine que", "dijo
                 * la semana pasada que") */
                time_noun(d, r, &t[e]) || ((t[e].flags & TOK_LOWER) && time_noun(d, r, &t[e - 1]))))
            e++;
        if (e > c + 1 && e < n && in(d, &t[e], &r->complementisers)) return e;
    }
    /* "said this week she would", "said last year the plan": a time word and a time noun
     * (rules/<lang>/time-nouns.txt), or a day's or a month's name ("told the board late Thursday
     * that": not-names.txt) */
    while (c + 2 < n && (t[c].flags & TOK_LOWER) && in(d, &t[c], &r->cue_followers) &&
           (time_noun(d, r, &t[c + 1]) ||
            ((t[c + 1].flags & TOK_CAP) && in(d, &t[c + 1], &r->not_names) && !in(d, &t[c], &r->prepositions))))
        c += 2;
    for (size_t steps = 0; c < n && steps < 8 && !opens_clause(d, r, &t[c]) && !in(d, &t[c], &r->complementisers) &&
                           !approximate_number(d, r, s, c);
         steps++) {
        if (!(t[c].flags & TOK_WORD) || in(d, &t[c], &r->verbs) || in(d, &t[c], &r->auxiliaries)) return n;
        int preposition = (t[c].flags & TOK_LOWER) && in(d, &t[c], &r->prepositions);
        c++;
        /* "Tuesday", "later"; "Saturday afternoon": a time noun after a day's name */
        if (!preposition && c < n && (t[c - 1].flags & TOK_CAP) && time_noun(d, r, &t[c])) c++;
        if (!preposition) continue;
        /* a preposition's object ("in a statement", "on Tuesday night", "in his turn"): its
         * determiner, then words in lower case or a day's name, up to the clause */
        int article = c < n && (in(d, &t[c], &r->articles) || in(d, &t[c], &r->possessives) || in(d, &t[c], &r->determiners));
        if (article) c++;
        /* (…or held in the preposition: "ha pedido al Gobierno vasco que", "a déclaré au Parisien que") */
        else if (contracted_article(d, r, &t[c - 1]))
            article = 1;
        /* …a name ("for The Washington Informer that", "on Facebook that"): after an article,
         * or when "that" follows it */
        size_t named = c;
        while (named < n && named < c + 5 && (t[named].flags & TOK_CAP) && !in(d, &t[named], &r->pronouns)) named++;
        /* (…or a place another phrase follows: "told reporters in Ottawa on Tuesday that") */
        if (named > c && (article || (named < n && (in(d, &t[named], &r->complementisers) ||
                                                    ((t[named].flags & TOK_LOWER) && in(d, &t[named], &r->prepositions))))))
            c = named;
        /* …its words: in lower case ("a statement"), numbers, a day or month ("on Friday") */
        while (c < n && (t[c].flags & TOK_WORD) && !in(d, &t[c], &r->complementisers) &&
               !in(d, &t[c], &r->pronouns) && !in(d, &t[c], &r->articles) &&
               ((t[c].flags & TOK_LOWER) || is_number(&t[c]) || in(d, &t[c], &r->not_names)) &&
               !(t[c].flags & TOK_LOWER && in(d, &t[c], &r->prepositions))) {
            /* (a document ends it: "said in an email no talks were scheduled"; so does a day or
             * a time: "said on Friday its volumes were down", "said on Tuesday night the plan") */
            int document = (t[c].flags & TOK_LOWER) ? in(d, &t[c], &r->document_nouns) || time_noun(d, r, &t[c])
                                                    : in(d, &t[c], &r->not_names);
            c++;
            if (document && c < n && (t[c].flags & TOK_WORD) &&
                ((t[c].flags & TOK_CAP) || is_number(&t[c]) || in(d, &t[c], &r->determiners) ||
                 in(d, &t[c], &r->possessives) || in(d, &t[c], &r->clause_openers)) &&
                opens_clause(d, r, &t[c]))
                break;
        }
        /* (…and the name of whom a title there means, where "that" follows it: "explicaron a la
         * concejala Mirta Ledesma que") */
        if (article && c > 0 && (t[c - 1].flags & TOK_LOWER) && tok_title(d, r, &t[c - 1])) {
            size_t e = c;
            while (e < n && e < c + 4 && (t[e].flags & TOK_CAP) && !in(d, &t[e], &r->pronouns)) e++;
            if (e > c && e < n && in(d, &t[e], &r->complementisers)) c = e;
        }
    }
    return c;
}

/* Words an aside set off by commas between a verb and "that" may hold ("aclaró, sin embargo,
 * que …", "said, however, that …"), and one that a preposition opens ("a indiqué, dans une
 * déclaration écrite transmise à Radio-Canada, que …", "said, in a written statement sent to
 * the Herald on Monday, that …"). */
enum { MAX_ASIDE_TOKENS = 4, MAX_PHRASE_ASIDE_TOKENS = 10 };

/* Where the clause after toks[c] goes on past an aside set off by commas that "that" follows: the
 * token after its second comma, or c where there is none. */
/* (in an aside that a preposition opens, a participle of a verb of report is an adjective's:
 * "une déclaration écrite", "a written statement") */
static size_t skip_aside(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c, size_t n) {
    const token *t = s->toks.items;
    if (c >= n || !punct_is(&t[c], ',')) return c;
    int phrase = c + 1 < n && (t[c + 1].flags & TOK_LOWER) && in(d, &t[c + 1], &r->prepositions) &&
                 !in(d, &t[c + 1], &r->complementisers);
    for (size_t e = c + 1; e < n && e <= c + 1 + (phrase ? MAX_PHRASE_ASIDE_TOKENS : MAX_ASIDE_TOKENS); e++) {
        if (punct_is(&t[e], ','))
            return e > c + 1 && e + 1 < n && in(d, &t[e + 1], &r->complementisers) ? e + 1 : c;
        if (!(t[e].flags & TOK_WORD) || (s->verb_end.items[e] && !phrase) || in(d, &t[e], &r->auxiliaries) ||
            in(d, &t[e], &r->complementisers))
            return c;
    }
    return c;
}

static int reports(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v);
static int infinitive_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c);

/* Does a second report open at toks[k]: a conjunction, a subject (a pronoun, a name, a group in
 * lower case) and a reporting verb that says something ("and he said the plan …", "but
 * officials say …")? */
static int reports_again_read(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                              size_t k);
/* (in line, the test of the word's flags and bits that answers most: clause_end asks it of
 * every word of a clause, and only a conjunction or a subordinator in lower case opens one; a
 * set outside the lexicon has the bit every word has, and is asked out of line) */
static inline int reports_again(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                                size_t k) {
    const token *t = &s->toks.items[k];
    return (t->flags & TOK_LOWER) && (t->in_sets & (r->conjunctions.column_bit | r->subordinators.column_bit)) &&
           reports_again_read(d, r, quotes, s, k);
}

/* reports_again past its first test. */
static int reports_again_read(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                              size_t k) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    /* (or a subordinator of its verb alone: "…, aunque insistió en que …") */
    int conjunction = in(d, &t[k], &r->conjunctions);
    if (!(t[k].flags & TOK_LOWER) || !(conjunction || in(d, &t[k], &r->subordinators)) ||
        quote_holding(quotes, t[k].start) < quotes->len)
        return 0;
    size_t w = k + 1;
    /* "… and noted that …", "… but cautioned it was too early": a second report of the same
     * subject, its verb right after the conjunction and a clause after it ("pero insistió en
     * que": a preposition may stand before "que"; an auxiliary before the verb, "y ha lamentado
     * que") */
    if (w + 2 < n && (t[w].flags & TOK_LOWER) && in(d, &t[w], &r->auxiliaries) && s->verb_end.items[w + 1]) w++;
    if (w + 1 < n && s->verb_end.items[w] && s->verb_end.items[w] < n && reports(d, r, s, w)) {
        size_t e = s->verb_end.items[w];
        const token *after = &t[e];
        return in(d, after, &r->complementisers) ||
               /* ("…, y dijo no saber nada": an infinitive of the speaker's own) */
               (in(d, &t[w], &r->infinitive_report_verbs) && infinitive_at(d, r, s, e)) ||
               (conjunction && (after->flags & TOK_LOWER) && in(d, after, &r->pronouns)) ||
               /* ("…, but said officials needed time": where the complementiser may be left
                * out, features.txt "complementiser-dropped", any word that opens a clause) */
               /* (a finite verb whose clause needs no complementiser and that takes no object
                * before it, rules/<lang>/verbs-bare-clause.txt, verbs-with-object.txt: not "of
                * preventing and countering terrorism", "and highlighted their commitment", "and
                * warned North Korea to refrain") */
               (conjunction && rules_feature(r, FEATURE_COMPLEMENTISER_DROPPED) && !(after->flags & TOK_MARK) &&
                in(d, &t[w], &r->bare_clause_verbs) && !in(d, &t[w], &r->object_verbs) &&
                !rules_ends_in(&r->participle_endings, (const char *)d->text + t[w].start, t[w].stem_end - t[w].start) &&
                opens_clause(d, r, after)) ||
               (e + 1 < n && (after->flags & TOK_LOWER) && in(d, after, &r->prepositions) &&
                in(d, &t[e + 1], &r->complementisers));
    }
    if (!conjunction) return 0;
    if (w < n && in(d, &t[w], &r->pronouns)) w++;
    else
        while (w < n && w <= k + SECOND_SUBJECT_WORDS && (t[w].flags & TOK_WORD) && !s->verb_end.items[w] &&
               !in(d, &t[w], &r->auxiliaries) && !in(d, &t[w], &r->prepositions) && !in(d, &t[w], &r->complementisers))
            w++;
    return w > k + 1 && w + 1 < n && s->verb_end.items[w] && s->verb_end.items[w] < n &&
           (t[s->verb_end.items[w]].flags & TOK_WORD) && reports(d, r, s, w);
}

static int blocked(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v);
/* blocked, for the verb that starts at byte pos (the tokens are in order: a binary search). */
static int blocked_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t pos) {
    size_t lo;
    SEARCH_PREFIX(lo, s->toks.items, s->toks.len, start, <, pos);
    return lo < s->toks.len && s->toks.items[lo].start == pos && blocked(d, r, s, lo);
}

/* Is t a verb in the past ("urged", "reaffirmed") and no auxiliary? */
static int past_verb(const document *d, const whosaid_rules *r, const token *t) {
    return tok_past_tense(d, r, t) && !in(d, t, &r->auxiliaries);
}

/* "…, and urged parents to check", "…, and mocked him": a word of rules/<lang>/deed-links.txt at
 * toks[k], then a verb in the past with no subject of its own: what the reporting verb's subject
 * did next, not what it reported. Not a participle before its noun: "and classified information
 * he shared" (a noun in lower case, then no preposition). */
static int next_deed(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k, size_t n) {
    const token *t = s->toks.items;
    if (k + 2 >= n || !(t[k].flags & TOK_LOWER) || !in(d, &t[k], &r->deed_links) || !past_verb(d, r, &t[k + 1]))
        return 0;
    const token *o = &t[k + 2];
    int function_word = tok_article(d, r, o) || in(d, o, &r->determiners) || in(d, o, &r->possessives) ||
                        in(d, o, &r->pronouns) || in(d, o, &r->object_pronouns) || in(d, o, &r->prepositions) ||
                        in(d, o, &r->complementisers);
    return !(o->flags & TOK_LOWER) || function_word || k + 3 >= n || (t[k + 3].flags & TOK_PUNCT) ||
           in(d, &t[k + 3], &r->prepositions) || in(d, &t[k + 3], &r->infinitive_markers);
}

/* Is toks[k] punctuation that a reported clause leaves out at its end (the full stop, a comma),
 * not a sign that belongs to the words before it ("3,5%", "20 °C", "(SNPL)")? */
static int trailing_punct(const token *t) {
    return (t->flags & TOK_PUNCT) && !(t->flags & TOK_MARK) && t->cp != '%' && t->cp != 0x2030 && t->cp != 0xB0 &&
           t->cp != 0x20AC && t->cp != ')';
}

/* Where a reported clause ends: before the full stop, and before a cue or ", adding …" that
 * follows it within the sentence ("…, she said, adding …"). Returns the index one past its last
 * token. */
static size_t clause_end(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                         size_t c, size_t n) {
    const token *t = s->toks.items;
    for (size_t k = c + 1, commas = 0; k + 1 < n && commas < MAX_COMMAS; k++) {
        /* "… and he said …", "… but Keller said …": a second report, with its own subject (not
         * "the man and his wife said", where the first would be too short to be a clause) */
        if (k >= c + MIN_CLAUSE_TOKENS && reports_again(d, r, quotes, s, k)) {
            size_t e = k;
            while (e > c && punct_is(&t[e - 1], ',')) e--;
            return e;
        }
        if (!punct_is(&t[k], ',') || commas++ > MAX_COMMAS) continue;
        /* a comma inside a quotation ends it only at its close: "… titled “The Tragedy,”
         * explaining …" */
        if (quote_holding(quotes, t[k].start) < quotes->len) {
            if (!(t[k + 1].flags & TOK_MARK) || k + 2 >= n) continue;
            k++;
        }
        /* ", adding that …", ", saying …": another report of the same speaker */
        if (s->verb_end.items[k + 1] && in(d, &t[k + 1], &r->no_inversion)) return k;
        /* "…, and urged parents to check": the reporting verb's subject's next deed */
        if (next_deed(d, r, s, k + 1, n)) return punct_is(&t[k], ',') ? k : k + 1;
        /* (not a verb a modal or a negation blocks: "…, but it is not certain the EU would
         * agree") */
        cue c2;
        if (cue_after_at(d, r, s, k + 1, &c2) && c2.form == CUE_AFTER && !blocked_at(d, r, s, c2.verb_start)) return k;
    }
    size_t e = n;
    while (e > c && trailing_punct(&t[e - 1])) e--;
    return e;
}

/* May the reported clause after a comma open with toks[c]? As opens_clause, and where the clause
 * has its comma (features.txt "comma-clause") a preposition too: "sagte, in manchen Straßen
 * stehe das Wasser", "kritisierte, bei der Bildung dürfe nicht gekürzt werden" (not a
 * conjunction: "sagte er, und …"). */
/* Words a clause opened by an adverb and a phrase may run before its verb, at most. */
enum { FRONTED_PHRASE_TOKENS = 10 };

/* Words after a colon among which the verb in the mood of reported speech must stand: "sagte:
 * Ein Hauptsponsor aus der Logistikbranche sei …". */
enum { COLON_CLAUSE_WORDS = 8 };

/* Is there a verb in the mood of reported speech among the words toks[k, k + most), before a
 * comma or the sentence's end ("auch für die kommenden zwei Wochen sei …", not "auch der
 * Bürgermeister hat bisher geschwiegen")? */
/* (or a verb whose ending shows the mood after a pronoun of the third person singular:
 * "warf der Koalition vor, sie spare …", subjunctive-endings.txt) */
static int subjunctive_within(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k, size_t most) {
    for (size_t w = k; w < s->toks.len && w < k + most && (s->toks.items[w].flags & TOK_WORD); w++)
        if ((s->toks.items[w].flags & TOK_LOWER) &&
            (in(d, &s->toks.items[w], &r->subjunctives) ||
             (w > k && tok_subjunctive_by_subject(d, r, s->toks.items, s->toks.len, w - 1, w))))
            return 1;
    return 0;
}

static int opens_clause_after_comma(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = &s->toks.items[k];
    /* "erzählte von ihrer Kindheit, die sie in Bern verbrachte": where every noun is capitalised,
     * a relative pronoun before a personal one opens a relative clause of the object, not what
     * was said ("die Lage sei …", "das sei …", "die meisten Fahrgäste hätten …" are clauses) */
    if (rules_feature(r, FEATURE_CAPITALISED_NOUNS) && k + 1 < s->toks.len && tok_relative(d, r, t)) {
        const token *next = &s->toks.items[k + 1];
        if ((next->flags & TOK_LOWER) && in(d, next, &r->pronouns)) return 0;
    }
    if (opens_clause(d, r, t)) return 1;
    if (!rules_feature(r, FEATURE_COMMA_CLAUSE) || !(t->flags & TOK_LOWER)) return 0;
    if (in(d, t, &r->prepositions) && !in(d, t, &r->conjunctions)) return 1;
    /* (or an adverb or two before the verb in the mood of reported speech: "sagte, schon jetzt
     * könne die Hälfte …", "erklärte, leider sei …"; not "sagte nichts, dann hat der Rat …"; or
     * before a preposition or an article that opens the clause: "sagte, auch für die kommenden
     * Wochen sei kein Regen in Sicht", "sagte, auch der Regen sei …") */
    for (size_t v = k + 1; v < s->toks.len && v <= k + 2 && tok_adverb(d, r, &s->toks.items[v - 1]); v++) {
        const token *w = &s->toks.items[v];
        if (in(d, w, &r->subjunctives)) return 1;
        if ((w->flags & TOK_LOWER) && ((in(d, w, &r->prepositions) && !in(d, w, &r->conjunctions)) || tok_article(d, r, w)))
            return subjunctive_within(d, r, s, v, FRONTED_PHRASE_TOKENS);
    }
    return 0;
}

/* Is toks[c], in lower case, an adverb or a verb's particle where every noun is capitalised
 * (features.txt "capitalised-nouns"): no pronoun, and no article or determiner but right before
 * a comma ("räumte ein,")? */
static int lower_adverb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c) {
    const token *t = s->toks.items;
    if (!rules_feature(r, FEATURE_CAPITALISED_NOUNS) || !(t[c].flags & TOK_LOWER) || in(d, &t[c], &r->pronouns)) return 0;
    if (c + 1 < s->toks.len && punct_is(&t[c + 1], ',')) return 1;
    return !tok_article(d, r, &t[c]) && !in(d, &t[c], &r->determiners) && !in(d, &t[c], &r->possessives);
}

/* How many words the object told runs to before the comma of the clause ("den Zeitungen der
 * Funke-Mediengruppe"). */
enum { OBJECT_TOLD_TOKENS = 6 };

/* "sagte dem SPIEGEL, …", "sagte der Süddeutschen Zeitung, …", "sagte er den Zeitungen der
 * Funke-Mediengruppe, …": where the clause has its comma (features.txt "comma-clause"), whom the
 * words were told may stand between the verb (or its subject) and the comma: an article that
 * opens no genitive ("dem", "den"), or one that may ("der") before words that end in a medium
 * (rules/<lang>/media-nouns.txt), and no verb up to the comma. Returns the comma's index, or c
 * where there is no such object. */
static size_t object_told_end(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, e = c + 1;
    if (!rules_feature(r, FEATURE_COMMA_CLAUSE) || c + 2 >= n || !(t[c].flags & TOK_LOWER) || !tok_article(d, r, &t[c]) ||
        !(t[c + 1].flags & TOK_CAP))
        return c;
    while (e < n && e < c + OBJECT_TOLD_TOKENS && ((t[e].flags & TOK_WORD) || punct_is(&t[e], '-')) &&
           !s->verb_end.items[e] && !in(d, &t[e], &r->auxiliaries))
        e++;
    if (e >= n || !punct_is(&t[e], ',')) return c;
    /* (an article of the dative, where the language lists them: not "sagte die Zeugin,") */
    if (r->dative_articles.len && !in(d, &t[c], &r->dative_articles))
        return c;
    if (tok_connector(d, r, &t[c]) &&
        rules_compound_in(r, &r->media_nouns, (const char *)d->text + t[e - 1].start, t[e - 1].stem_end - t[e - 1].start) < 0)
        return c;
    return e;
}

/* "In seinem Plädoyer sagte er, die Tat sei …", "warnte der Ökonom, die Inflation sei …":
 * where the clause has its comma (features.txt "comma-clause") and the verb comes second, its
 * subject may stand between it and the comma: a pronoun, a name, or a titled role or
 * description. Returns it, or a mention of kind MENTION_NONE. */
static mention subject_after_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c) {
    mention none = {0};
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    if (!rules_feature(r, FEATURE_COMMA_CLAUSE) || c >= n) return none;
    /* (past an adverb before it, where the finite verb comes second: "sagte dagegen ein Sprecher,",
     * "sagte zudem eine Sprecherin,") */
    if (rules_feature(r, FEATURE_VERB_SECOND))
        while (c + 1 < n && (t[c].flags & TOK_LOWER) && tok_adverb(d, r, &t[c]) && !tok_article(d, r, &t[c]) &&
               !in(d, &t[c], &r->pronouns))
            c++;
    mention m = cue_phrase_after_verb(d, r, s, c);
    /* (where the finite verb comes second, features.txt "verb-second", a noun with its article
     * right after it is its subject too: "Vor Gericht sagte die Zeugin, …", "sagte eine
     * Anwohnerin, …", and after an adjective: "sagte ein zweiter Sprecher, …") */
    int noun_after = c + 1 < n && ((t[c + 1].flags & TOK_CAP) ||
                                   (c + 2 < n && (t[c + 1].flags & TOK_LOWER) && (t[c + 2].flags & TOK_CAP) &&
                                    !s->verb_end.items[c + 1] && !in(d, &t[c + 1], &r->auxiliaries)));
    int like = m.kind == MENTION_PRONOUN || m.kind == MENTION_NAME ||
               ((m.kind == MENTION_ROLE || m.kind == MENTION_DESCRIPTION) && (m.titled || m.org)) ||
               (m.kind == MENTION_DESCRIPTION && rules_feature(r, FEATURE_VERB_SECOND) && tok_article(d, r, &t[c]) &&
                noun_after);
    /* (not whom it was told: "sagte dem SPIEGEL,") */
    if (!like || object_told_end(d, r, s, c) != c) return none;
    /* (adverbs after it, "betonte der Betreiber zudem,", or whom it was told, "sagte er der
     * Zeitung,") */
    size_t e = object_told_end(d, r, s, m.next_tok);
    while (e < s->toks.len && e < m.next_tok + 2 && lower_adverb(d, r, s, e) && !punct_is(&s->toks.items[e], ',')) e++;
    if (e >= s->toks.len || !punct_is(&s->toks.items[e], ',')) return none;
    m.next_tok = e;
    return m;
}

/* Words a clause's subject may run to before its auxiliary ("a study had", "the new provincial
 * budget would"). */
enum { SUBJECT_BEFORE_AUXILIARY_WORDS = 7 };

/* Does a clause open at toks[c] with a subject and then an auxiliary ("a study had been done",
 * "he was wrong", "the company will close"), rather than an object ("the scale of the defeat")?
 * The subject: a pronoun, or words with no verb, preposition, relative, "that" or pronoun among
 * them ("denied the claims he had made": an object and a relative clause without "that"). */
/* Is toks[e] a plural noun that is a verb of report's form too, before an auxiliary ("140 posts
 * could go", "2,093 of Clinton's released emails were redacted")? */
static int plural_before_auxiliary(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e) {
    const token *t = s->toks.items;
    return e + 1 < s->toks.len && (t[e].flags & TOK_LOWER) && (t[e + 1].flags & TOK_LOWER) &&
           rules_plural(r, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start) && in(d, &t[e + 1], &r->auxiliaries);
}

static int subject_then_auxiliary(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, e = c;
    if (c >= n || !(t[c].flags & TOK_WORD) || in(d, &t[c], &r->auxiliaries)) return 0;
    if (in(d, &t[c], &r->pronouns)) {
        e = c + 1;
    } else {
        /* (a connector inside it: "said 71 per cent of children were fully immunised") */
        /* (and a plural noun that is a verb's form too: "said 140 posts could go") */
        /* (and, after a number and what it counts, a preposition: "said about 40 students
         * without documented vaccinations had been told") */
        int counted = is_number(&t[c]);
        while (e < n && e < c + SUBJECT_BEFORE_AUXILIARY_WORDS && (t[e].flags & TOK_WORD) &&
               (!s->verb_end.items[e] || plural_before_auxiliary(d, r, s, e)) &&
               !in(d, &t[e], &r->auxiliaries) &&
               !(in(d, &t[e], &r->prepositions) && !(e > c && tok_connector(d, r, &t[e])) && !(counted && e > c + 1)) &&
               !in(d, &t[e], &r->relatives) && !in(d, &t[e], &r->complementisers) && !in(d, &t[e], &r->pronouns))
            e++;
    }
    /* (a quoted fragment may follow the auxiliary: "replied the station would “have a further
     * statement next week”") */
    return e > c && e + 1 < n && (t[e].flags & TOK_LOWER) && in(d, &t[e], &r->auxiliaries) &&
           (t[e + 1].flags & (TOK_WORD | TOK_MARK));
}

/* "said nearly 300 workers joined the strike", "said 40 people died": a number at toks[c], the
 * words in lower case it counts, and a verb in the past right after them (not "added 0.4 per
 * cent to close at", whose number is the object). */
static int counted_subject_then_past(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, e = c + 1;
    if (c >= n || !is_number(&t[c])) return 0;
    while (e < n && e < c + SUBJECT_BEFORE_AUXILIARY_WORDS && (t[e].flags & TOK_LOWER) && !s->verb_end.items[e] &&
           !past_verb(d, r, &t[e]) && !in(d, &t[e], &r->auxiliaries) && !in(d, &t[e], &r->prepositions))
        e++;
    return e > c + 1 && e + 1 < n && (t[e].flags & TOK_LOWER) && past_verb(d, r, &t[e]);
}

/* Words of a time between a verb and "que" ("explicó este jueves que"), at most. */
enum { TIME_PHRASE_WORDS = 3 };

/* Is toks[a, e) a time, a determiner and a word that is never a name (a day, a month: "este
 * jueves", "el pasado lunes")? Its "-s" makes "jueves" look plural, and a plural a group that
 * may speak; a time says when, not who. */
static int time_phrase(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a, size_t e) {
    const token *t = s->toks.items;
    if (e <= a + 1 || e - a > TIME_PHRASE_WORDS || !in(d, &t[a], &r->determiners)) return 0;
    for (size_t k = a; k < e; k++)
        if (!(t[k].flags & TOK_LOWER)) return 0;
    return in(d, &t[e - 1], &r->not_names);
}

/* Does a relative pronoun stand between the comma before toks[v] and it ("…, who is Dutch and
 * wrote")? */
static int in_relative_aside(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    for (size_t k = v; k-- > 0 && !punct_is(&t[k], ',');)
        if (tok_relative(d, r, &t[k])) return k > 0 && punct_is(&t[k - 1], ',');
    return 0;
}

/* Where the verb takes a clause without "dass" only in the mood of reported speech
 * (subjunctive_only), does the clause after its comma at toks[k] open with "dass" or hold such a
 * verb within a few words? */
static int mood_fits(const document *d, const whosaid_rules *r, const cue_scratch *s, int subjunctive_only, size_t k) {
    return !subjunctive_only || in(d, &s->toks.items[k], &r->complementisers) ||
           subjunctive_within(d, r, s, k, FRONTED_PHRASE_TOKENS);
}

/* Bytes of the shortest infinitive read by its ending ("être", "avoir", "ser"). */
enum { INFINITIVE_MIN_BYTES = 3 };

/* Does an infinitive stand at toks[c], in lower case, perhaps after a negation and the word
 * that completes it ("avoir", "ne pas avoir", "n'avoir", "no haber": rules/<lang>/
 * infinitive-endings.txt), no preposition or article ("entre", "contre")? */
static int infinitive_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, k = c;
    if (k < n && (t[k].flags & TOK_LOWER) && in(d, &t[k], &r->negations)) {
        k++;
        /* ("ne pas", "ne jamais": the second word of the negation, no infinitive itself) */
        if (k + 1 < n && (t[k].flags & TOK_LOWER) &&
            !rules_ends_in(&r->infinitive_endings, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start))
            k++;
    }
    return k < n && (t[k].flags & TOK_LOWER) && t[k].stem_end - t[k].start >= INFINITIVE_MIN_BYTES &&
           !in(d, &t[k], &r->prepositions) && !tok_article(d, r, &t[k]) && !in(d, &t[k], &r->pronouns) &&
           !in(d, &t[k], &r->determiners) && !in(d, &t[k], &r->possessives) && /* ("cualquier", "notre") */
           !in(d, &t[k], &r->cue_followers) && /* ("ayer", "hier") */
           rules_ends_in(&r->infinitive_endings, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start);
}

/* "the index added 0.4 per cent": does a number at toks[c] (perhaps after words that say about
 * how many) open the verb's object, not a clause? "said 40 people were hurt", "said about 3,500
 * members had been called up" open one, whose auxiliary or verb in the past shows it. */
static int counted_object(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t c) {
    if (c >= s->toks.len) return 0;
    size_t k = is_number(&s->toks.items[c]) ? c : c + approximate_number(d, r, s, c);
    return (k > c || is_number(&s->toks.items[c])) && !subject_then_auxiliary(d, r, s, k) &&
           !counted_subject_then_past(d, r, s, k);
}

/* Tokens of a name or a role that may stand alone where a clause would, at most (a longer clause,
 * or one whose last word is neither a name's nor a title, is not read as one). */
enum { WHOLE_PHRASE_TOKENS = 10 };

/* The clause after the verb at token v: "said [that] CLAUSE", "told reporters [that] CLAUSE".
 * Returns 1 and its token range [*a, *b), or 0. Where inverted is given, the verb's subject may
 * stand between it and the clause (subject_after_verb), and *inverted is that subject (of kind
 * MENTION_NONE where there is none). */
static int clause_after_verb(const document *d, const whosaid_rules *r, const quote_vec *quotes,
                             const cue_scratch *s, size_t v, size_t *a, size_t *b, mention *inverted) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, c = s->verb_end.items[v];
    if (inverted) memset(inverted, 0, sizeof *inverted);
    if (c >= n) return 0;
    /* "n'exclut pas que …", "ne le nie pas que": the second word of a negation before the verb */
    if (c + 1 < n && (t[c].flags & TOK_LOWER) && in(d, &t[c], &r->verb_blockers) &&
        ((v > 0 && in(d, &t[v - 1], &r->negations)) || (v > 1 && in(d, &t[v - 1], &r->object_clitics) && in(d, &t[v - 2], &r->negations))))
        c++;
    /* "warned of the death penalty": what the report was about, no clause */
    if ((t[c].flags & TOK_LOWER) && !approximate_number(d, r, s, c) &&
        wordset_get(&r->topic_prepositions, (const char *)d->text + t[c].start, t[c].stem_end - t[c].start) >= 0)
        return 0;
    /* "said nothing about …", "said little.", not "said nothing would change" nor "said much of
     * the plan was …" */
    if (in(d, &t[c], &r->said_objects) &&
        (c + 1 >= n || !(t[c + 1].flags & TOK_WORD) ||
         ((t[c + 1].flags & TOK_LOWER) && in(d, &t[c + 1], &r->prepositions) && !tok_connector(d, r, &t[c + 1]))))
        return 0;
    if (inverted && !punct_is(&t[c], ',') && in(d, &t[v], &r->bare_clause_verbs)) {
        *inverted = subject_after_verb(d, r, s, c);
        if (inverted->kind != MENTION_NONE) c = inverted->next_tok;
        /* (a relative clause of that subject is not what was said: "sagte ein Kranführer, der
         * seit 22 Jahren im Hafen arbeitet: »…«", its verb last, not "sagte er, das sei …"; what
         * was said may follow its comma) */
        if (inverted->kind != MENTION_NONE && c + 2 < n && punct_is(&t[c], ',') && tok_relative(d, r, &t[c + 1]) &&
            !(t[c + 2].flags & TOK_CAP) && !in(d, &t[c + 2], &r->verbs) && !in(d, &t[c + 2], &r->auxiliaries) &&
            !tok_finite_ending(d, r, &t[c + 2])) {
            size_t w = c + 2;
            while (w < n && (t[w].flags & TOK_WORD)) w++;
            if (w >= n || !punct_is(&t[w], ',')) return 0;
            c = w;
        }
    }
    /* "Explicó el directivo que …", "Añadió la ministra de Hacienda, Ana Ruiz, que …": where the
     * subject may follow the verb and stand before "que" (features.txt "subject-before-que") */
    if (inverted && inverted->kind == MENTION_NONE && rules_feature(r, FEATURE_SUBJECT_BEFORE_QUE) &&
        (t[c].flags & TOK_WORD) && !in(d, &t[c], &r->complementisers) &&
        cue_subject_before(d, r, s, v).kind == MENTION_NONE) {
        mention m = cue_phrase_after_verb(d, r, s, c);
        size_t e = m.next_tok;
        if (e + 1 < n && punct_is(&t[e], ',') && in(d, &t[e + 1], &r->complementisers)) e++;
        if (m.kind != MENTION_NONE && m.kind != MENTION_PRONOUN && !m.weak && cue_speaker_like(d, r, s, &m, 0) && e < n &&
            in(d, &t[e], &r->complementisers) && !time_phrase(d, r, s, c, e)) {
            *inverted = m;
            c = e;
        }
    }
    /* (a verb that takes an object as often takes a clause without "dass" only in the mood of
     * reported speech: "warf der Koalition vor, sie habe …", not "warf den Ball ins Tor, die Fans
     * jubelten": rules/<lang>/verbs-subjunctive-clause.txt) */
    int subjunctive_only = in(d, &t[v], &r->subjunctive_clause_verbs);
    int bare = in(d, &t[v], &r->bare_clause_verbs);
    /* (the finite part of a separable verb reports only with its particle before the clause's
     * comma: "hält im Bericht fest, dass …", "rechnet vor, dass …", not "hält es für möglich,
     * dass …" nor "rechnet damit, dass …": rules/<lang>/verbs-with-particle.txt) */
    int needs_particle = in(d, &t[v], &r->particle_verbs);
    if (bare) c = object_told_end(d, r, s, c);
    if (in(d, &t[v], &r->object_verbs)) {
        /* whom they told: "him", "reporters", "the court", "CNN", "Global News" */
        size_t o = c, counted = counted_object_end(d, r, s, c, n);
        if (in(d, &t[c], &r->object_pronouns)) {
            o++;
        } else if (counted > c) {
            o = counted; /* "told about 80 people she had never …" */
        } else if (c + 1 < n && tok_article(d, r, &t[c]) && (t[c + 1].flags & TOK_CAP)) {
            /* a name with its article, read to its end ("told The Canadian Press", "told the
             * Senate Intelligence Committee"), which a description's parse may cut short */
            o++;
            while (o < n && o < s->verb_end.items[v] + MAX_NAMED_TOKENS && (t[o].flags & TOK_CAP) &&
                   !in(d, &t[o], &r->pronouns))
                o++;
            /* (and the noun of a kind of body after it: "told the Senate committee (that) her …") */
            if (o + 1 < n && (t[o].flags & TOK_LOWER) && in(d, &t[o], &r->org_nouns) &&
                (plain_opener(d, r, s, o + 1) || in(d, &t[o + 1], &r->complementisers)))
                o++;
        } else {
            /* "told the court her sales had dropped", "told the packed hall she would": an
             * article and the nouns of whom they told, up to a word that plainly opens the
             * clause (which a description's parse would run on into: "the court her sales") */
            size_t w = c + 1;
            while (w < n && w < c + 4 && told_noun(d, r, s, w)) w++;
            if ((t[c].flags & TOK_LOWER) && tok_article(d, r, &t[c]) && w > c + 1 && w < n && plain_opener(d, r, s, w)) {
                o = w;
            } else {
                mention om = parse_mention(d, r, &s->toks, c);
                if (om.kind == MENTION_NAME || om.kind == MENTION_ROLE || om.kind == MENTION_DESCRIPTION)
                    o = om.next_tok;
                else if (t[c].flags & TOK_LOWER && !in(d, &t[c], &r->complementisers))
                    o++;
            }
        }
        /* …unless an auxiliary follows, which makes it the clause's subject: "warned it was too
         * early", "warned the river was rising" */
        if (!(o < n && (t[o].flags & TOK_LOWER) && in(d, &t[o], &r->auxiliaries))) c = o;
        /* (…but for a name after words in lower case: "told the court Ashworth had treated …") */
        else c = name_after_object(s, c, o);
    }
    /* "that", perhaps after adjuncts: "said in a statement on Tuesday that …"; German sets a
     * comma before the clause: "sagte, dass …", "erklärte, die Lage sei ernst" */
    int comma_clause = rules_feature(r, FEATURE_COMMA_CLAUSE), after_comma = 0;
    if (c + 1 < n && punct_is(&t[c], ',') && bare && !needs_particle &&
        (in(d, &t[c + 1], &r->complementisers) || (comma_clause && opens_clause_after_comma(d, r, s, c + 1))) &&
        mood_fits(d, r, s, subjunctive_only, c + 1)) {
        c++;
        after_comma = 1;
    }
    /* "Dziedzic sagte: Ein Hauptsponsor sei abgesprungen": where the clause takes a comma, a
     * colon before one in the mood of reported speech, without marks, opens it as well */
    if (comma_clause && !after_comma && c + 1 < n && punct_is(&t[c], ':') && bare && !needs_particle &&
        !(t[c + 1].flags & TOK_MARK) && subjunctive_within(d, r, s, c + 1, COLON_CLAUSE_WORDS)) {
        c++;
        after_comma = 1;
    }
    /* "sagte bei der Urteilsverkündung in Karlsruhe, der Gesetzgeber habe …": adjuncts, then
     * the comma before the clause */
    /* (where every noun is capitalised, features.txt "capitalised-nouns", a word in lower case
     * right after the verb is an adverb or a particle, listed or not, unless it opens a noun
     * phrase: "sagte lediglich,", "betonte ausdrücklich,", "räumte ein,") */
    if (comma_clause && !after_comma && c < n && bare &&
        ((t[c].flags & TOK_LOWER) &&
         (in(d, &t[c], &r->prepositions) || tok_adverb(d, r, &t[c]) || lower_adverb(d, r, s, c)))) {
        size_t e = c;
        while (e < n && e < c + MAX_ADJUNCT_TOKENS && (t[e].flags & TOK_WORD) && !in(d, &t[e], &r->verbs) &&
               !in(d, &t[e], &r->auxiliaries) && !in(d, &t[e], &r->complementisers))
            e++;
        if (e + 1 < n && punct_is(&t[e], ',') &&
            (!needs_particle || ((t[e - 1].flags & TOK_LOWER) && in(d, &t[e - 1], &r->verb_particles))) &&
            (in(d, &t[e + 1], &r->complementisers) || opens_clause_after_comma(d, r, s, e + 1)) &&
            mood_fits(d, r, s, subjunctive_only, e + 1)) {
            c = e + 1;
            after_comma = 1;
        }
    }
    if (!after_comma) c = skip_aside(d, r, s, c, n);
    /* "L'association dit comprendre les revendications", "a reconnu avoir signé …", "asegura no
     * haber visto": after a verb of rules/<lang>/verbs-infinitive-report.txt, an infinitive
     * (perhaps negated) whose subject is the speaker opens what was said */
    /* (past an aside or adverbs before it: "La STO assure de son côté avoir lancé …",
     * "plusieurs habitants affirment pourtant avoir signalé …") */
    int infinitive_verb = !after_comma && in(d, &t[v], &r->infinitive_report_verbs);
    size_t inf = infinitive_verb ? cue_aside_end(d, r, t, n, c) : c;
    while (infinitive_verb && inf < n && (t[inf].flags & TOK_LOWER) && tok_adverb(d, r, &t[inf])) inf++;
    if (infinitive_verb && infinitive_at(d, r, s, inf)) {
        size_t e = clause_end(d, r, quotes, s, inf, n);
        if (e >= inf + MIN_CLAUSE_TOKENS) {
            *a = inf;
            *b = e;
            return 1;
        }
    }
    /* (after the comma that opens a German clause, a preposition opens the clause itself: "sagte,
     * in manchen Straßen stehe das Wasser") */
    size_t adjuncts = c;
    if (!(comma_clause && after_comma)) c = skip_adjuncts(d, r, s, c, n);
    int after_complementiser = c < n && in(d, &t[c], &r->complementisers);
    /* "agreed on Monday to pay a fine": an infinitive after the verb (rules/<lang>/
     * infinitive-markers.txt before a word in lower case that opens no noun phrase) is what was
     * agreed, and no clause follows it */
    for (size_t k = adjuncts; !after_complementiser && k + 1 < c; k++)
        if ((t[k].flags & TOK_LOWER) &&
            wordset_get(&r->infinitive_markers, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) >= 0 &&
            (t[k + 1].flags & TOK_LOWER) && !tok_article(d, r, &t[k + 1]) && !in(d, &t[k + 1], &r->determiners) &&
            !in(d, &t[k + 1], &r->possessives) && !in(d, &t[k + 1], &r->pronouns) &&
            !in(d, &t[k + 1], &r->verbs)) /* ("wrote separately to say the court …") */
            return 0;
    if (after_complementiser) {
        c++;
        /* "advirtió que, si no hay respuesta, …", "said that, if talks fail, …": an aside opens
         * the clause after its comma, which is no part of it */
        if (c + 1 < n && punct_is(&t[c], ',') && (t[c + 1].flags & TOK_WORD)) c++;
    }
    /* "acknowledged the scale of the defeat": an object; "claimed a study had been done": a
     * clause, which its auxiliary shows */
    else if (!bare &&
             !(rules_feature(r, FEATURE_COMPLEMENTISER_DROPPED) && subject_then_auxiliary(d, r, s, c)))
        return 0;
    else if (comma_clause && !after_comma) return 0; /* "kritisierte die Pläne": an object; the clause has its comma */
    else if (counted_object(d, r, s, c)) return 0;
    /* after "that" a clause may open with anything: "warnte, dass in ländlichen Regionen …" */
    if (c >= n || !(after_complementiser ? (t[c].flags & (TOK_WORD | TOK_MARK)) != 0
                    : after_comma            ? opens_clause_after_comma(d, r, s, c)
                                             : opens_clause(d, r, &t[c]) || approximate_number(d, r, s, c)))
        return 0;
    size_t e = clause_end(d, r, quotes, s, c, n);
    if (e < c + MIN_CLAUSE_TOKENS) return 0;
    /* "Fares will rise, said transit chair Ann Lowe, adding …": a name or a role alone up to
     * the clause's end is who spoke, never what was said */
    if (e <= c + WHOLE_PHRASE_TOKENS && ((t[e - 1].flags & TOK_CAP) || tok_title(d, r, &t[e - 1]))) {
        mention whole = cue_phrase_after_verb(d, r, s, c);
        if ((whole.kind == MENTION_NAME || (whole.kind == MENTION_ROLE && !whole.org)) && whole.next_tok == e) return 0;
    }
    /* "Achterberg, who is Dutch and wrote the libretto in English, said …": a verb of a relative
     * clause set off by commas before the sentence's own reporting verb reports nothing there;
     * what follows it is its object */
    if (e + 1 < n && punct_is(&t[e], ',') && s->verb_end.items[e + 1] && in_relative_aside(d, r, s, v)) return 0;
    *a = c;
    *b = e;
    return 1;
}

/* Does the cue at c end the sentence, but for an adjunct ("…, she said in a statement.",
 * "…, he said, especially …")? */
static int cue_ends_sentence(const document *d, const whosaid_rules *r, const cue_scratch *s, const cue *c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, end = c->verb_end > c->who.end ? c->verb_end : c->who.end, k = 0;
    while (k < n && t[k].start < end) k++;
    /* the end, a full stop or a comma, or an adjunct with no verb in it ("in a statement",
     * "Saturday", "on Tuesday night") */
    if (k >= n || punct_is(&t[k], '.') || punct_is(&t[k], ',') || punct_is(&t[k], ';')) return 1;
    /* (German "der" is an article before a capitalised word, the object told: "sagte der
     * CSU-Politiker der Zeit.", a relative before anything else) */
    int article = tok_article(d, r, &t[k]) && k + 1 < n && (t[k + 1].flags & TOK_CAP);
    /* "…, according to a Senate aide who spoke on condition of anonymity.": a relative clause
     * about the one named or described, not a pronoun, closes the sentence */
    int relative = (t[k].flags & TOK_LOWER) && in(d, &t[k], &r->relatives) && !article;
    if (relative && !in(d, &t[k], &r->complementisers) && c->who.kind != MENTION_NONE && c->who.kind != MENTION_PRONOUN)
        return 1;
    if (in(d, &t[k], &r->complementisers) || relative || in(d, &t[k], &r->object_pronouns)) return 0;
    /* "…, sagt sie und lacht.", "…, said Ms Reyes and laughed": a verb the speaker, a pronoun or a
     * name, goes on to after a conjunction leaves the report before the cue whole (not "…,
     * reiterated those feelings and stressed", whose object the words after the verb are) */
    if (k + 1 < n && (c->who.kind == MENTION_PRONOUN || c->who.kind == MENTION_NAME) && (t[k].flags & TOK_LOWER) &&
        in(d, &t[k], &r->conjunctions) && s->verb_end.items[k + 1])
        return 1;
    for (size_t e = k; e < n && e < k + 8; e++) {
        if (punct_is(&t[e], '.') || punct_is(&t[e], ',')) return 1;
        /* "Mr. Corbyn told the House before slamming …", "she said after meeting …": a
         * participle's phrase after a subordinator or a preposition is an adjunct too */
        if (e > k && (t[e - 1].flags & TOK_LOWER) && (t[e].flags & TOK_LOWER) &&
            (in(d, &t[e - 1], &r->subordinators) || in(d, &t[e - 1], &r->prepositions)) &&
            rules_ends_in(&r->participle_endings, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start))
            return 1;
        if (s->verb_end.items[e] || in(d, &t[e], &r->auxiliaries) || (t[e].flags & TOK_MARK)) return 0;
    }
    return k + 8 >= n;
}

static int starts_upper(const document *d, const quote *q);
static int negated_denial(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v, size_t b);

/* The longest verb or verb phrase looked up in reported_verbs, in bytes, and one. */
enum { REPORT_KEY_BYTES = 64 };

static int reports_read(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v);

/* Does the verb at token v introduce reported speech (rules/verbs-reported.txt), with no modal,
 * negation, passive or "to" before it ("would say", "did not say", "is said to")? Read once a
 * window (cue_scratch.reports_known). */
static int reports(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    unsigned char *known = &s->reports_known.items[v];
    if (!*known) *known = (unsigned char)(1 + reports_read(d, r, s, v));
    return *known - 1;
}

/* reports, read from the window's tokens. */
static int reports_read(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    size_t e = s->verb_end.items[v];
    /* (a verb of one word, most, is looked up where it stands; a phrase's words are joined by
     * "_" in key, as the set writes them) */
    if (e == v + 1) {
        size_t n = t[v].stem_end - t[v].start;
        if (n + 1 >= REPORT_KEY_BYTES) return 0;
        /* (the token's sets tell it where they are its stem's as written: not a word's in lower
         * case, "DÉCLARÉ", nor its with a full stop) */
        if (r->reported_verbs.lexicon && !(t[v].flags & TOK_FOLDED_ENTRY) && t[v].dotted == LEX_NONE) {
            if (!(t[v].in_sets & r->reported_verbs.column_bit)) return 0;
        } else if (wordset_get(&r->reported_verbs, (const char *)d->text + t[v].start, n) < 0) {
            return 0;
        }
        return !blocked(d, r, s, v);
    }
    char key[REPORT_KEY_BYTES];
    size_t len = 0;
    for (size_t k = v; k < e; k++) {
        size_t n = t[k].stem_end - t[k].start;
        if (len + n + 1 >= sizeof key) return 0;
        if (k > v) key[len++] = '_';
        memcpy(key + len, d->text + t[k].start, n);
        len += n;
    }
    if (wordset_get(&r->reported_verbs, key, len) < 0) return 0;
    return !blocked(d, r, s, v);
}

/* Is a modal, negation, passive or "to" before the verb at token v, adverbs aside ("would
 * say", "did not say", "is said to", "was dubbed"), or a negation before its auxiliary ("no ha
 * dicho")? */
static int blocked(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    size_t b = v;
    while (b > 0 && (t[b - 1].flags & TOK_LOWER) && !in(d, &t[b - 1], &r->verb_blockers) &&
           tok_adverb(d, r, &t[b - 1]))
        b--;
    /* (a negation before an auxiliary blocks it as well: "no ha dicho que"; not another blocker
     * there, which may be part of the verb: "se ha mostrado convencido de que") */
    size_t a = b;
    while (a > 0 && (t[a - 1].flags & TOK_LOWER) && !in(d, &t[a - 1], &r->verb_blockers) &&
           (tok_adverb(d, r, &t[a - 1]) || in(d, &t[a - 1], &r->auxiliaries)))
        a--;
    if (a < b && a > 0 && (t[a - 1].flags & TOK_LOWER) && in(d, &t[a - 1], &r->negations)) b = a;
    /* (capitalised, a blocker is a name's last word where it does not open the sentence:
     * "Theresa May said") */
    if (!(b > 0 && in(d, &t[b - 1], &r->verb_blockers) && !((t[b - 1].flags & TOK_CAP) && b > 1))) return 0;
    return !negated_denial(d, r, s, v, b);
}

/* Words between a negation and the verb of denial it turns into a claim, at most. */
enum { DENIAL_NEGATION_WORDS = 4 };

/* "no descartó que …", "n'a pas exclu que …", "did not deny that …": a verb of denial
 * (rules/<lang>/verbs-denial.txt) under a negation reports a claim, hedged, where "did not say"
 * reports none. Between the negation (negations.txt) and the verb, from b, up to
 * DENIAL_NEGATION_WORDS words in lower case: blockers ("pas"), auxiliaries, object pronouns,
 * adverbs; but no copula, which makes the verb passive ("n'est pas exclu", "is not disputed"),
 * and no blocker before the negation ("was never denied", "would not deny"). */
static int negated_denial(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v, size_t b) {
    const token *t = s->toks.items;
    if (!r->denial_verbs.len || !in(d, &t[v], &r->denial_verbs)) return 0;
    for (size_t k = b; k-- > 0 && v - k <= DENIAL_NEGATION_WORDS;) {
        if (!(t[k].flags & TOK_LOWER) || in(d, &t[k], &r->copulas)) return 0;
        if (in(d, &t[k], &r->negations))
            return !(k > 0 && (t[k - 1].flags & TOK_LOWER) && in(d, &t[k - 1], &r->verb_blockers));
        if (!in(d, &t[k], &r->verb_blockers) && !in(d, &t[k], &r->auxiliaries) && !in(d, &t[k], &r->object_clitics) &&
            !tok_adverb(d, r, &t[k]))
            return 0;
    }
    return 0;
}

/* "Aus dem Ministerium hieß es, …", "In Regierungskreisen heißt es, …": an impersonal pronoun
 * after the verb (impersonal-pronouns.txt) speaks for the body that the phrase a preposition
 * opens before the verb names, by a name or a word of a kind of organisation or of a group (a
 * compound by its last part); none where it names none; m where m is no such pronoun. */
static mention body_fronted_before(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v, mention m) {
    const token *t = s->toks.items;
    size_t k = 0;
    while (k < v && (t[k].flags & TOK_PUNCT)) k++;
    size_t p = v + 1;
    while (p < m.next_tok && t[p].start < m.start) p++;
    if (p >= m.next_tok || !in(d, &t[p], &r->impersonal_pronouns)) return m;
    /* (where none is named, the pronoun names no one of its own: "Am Montag hieß es, …") */
    mention none = {0};
    if (k + 2 > v || !(in(d, &t[k], &r->prepositions) || contracted_article(d, r, &t[k]))) return none;
    k++;
    /* (the body's noun without its article, as "im Ministerium" gives it) */
    if (k + 1 < v && (t[k].flags & TOK_LOWER) && tok_article(d, r, &t[k])) k++;
    mention place = parse_mention(d, r, &s->toks, k);
    if (place.kind == MENTION_NONE || place.kind == MENTION_PRONOUN || place.next_tok != v) return none;
    int body = place.org;
    for (size_t w = k; w < v && !body; w++) {
        const char *x = (const char *)d->text + t[w].start;
        size_t n = t[w].stem_end - t[w].start;
        body = in(d, &t[w], &r->organisations) || rules_compound_in(r, &r->org_nouns, x, n) >= 0 ||
               rules_compound_in(r, &r->group_nouns, x, n) >= 0 || rules_stem_in(r, &r->plural_endings, &r->org_nouns, x, n) < n ||
               rules_stem_in(r, &r->plural_endings, &r->group_nouns, x, n) < n;
    }
    if (!body) return none;
    if (place.kind == MENTION_NAME) place.kind = MENTION_ROLE, place.org = 1;
    return place;
}

/* The speaker of a reporting verb that ends the clause before the comma at toks[comma]: "the
 * minister said," or "said the minister,". */
static mention previous_reporter(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t comma) {
    const token *t = s->toks.items;
    mention none = {0};
    for (size_t w = comma; w-- > 0 && comma - w <= 8;) {
        if (punct_is(&t[w], ',') || punct_is(&t[w], ';')) break;
        if (!s->verb_end.items[w]) continue;
        if (s->verb_end.items[w] == comma) {
            mention m = cue_subject_before(d, r, s, w);
            return m.kind != MENTION_NONE && cue_speaker_like(d, r, s, &m, 1) ? m : none;
        }
        mention m = cue_phrase_after_verb(d, r, s, s->verb_end.items[w]);
        return m.kind != MENTION_NONE && m.next_tok == comma && cue_speaker_like(d, r, s, &m, 0) ? m : none;
    }
    return none;
}

/* Does a clause plainly follow the verb at toks[v]: "that" ("que", "dass"), a comma and a verb in
 * the mood of reported speech within a few words ("betonte, der Tourismus bleibe"), or a subject
 * and its auxiliary ("said the team was ready")? Not "sagte am Montag, nachdem …". */
static int plain_clause_after(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, e = s->verb_end.items[v];
    if (e >= n) return 0;
    if (in(d, &t[e], &r->complementisers)) return 1;
    if (punct_is(&t[e], ',')) {
        /* (or a pronoun or an article that opens the clause right after the comma: "Ebner sagte,
         * er rechne mit …") */
        if (e + 2 < n && (t[e + 1].flags & TOK_LOWER) && (in(d, &t[e + 1], &r->pronouns) || tok_article(d, r, &t[e + 1])))
            return 1;
        return subjunctive_within(d, r, s, e + 1, 4);
    }
    return subject_then_auxiliary(d, r, s, e);
}

/* Is the verb at byte pos a quotation's cue ("“…,” he said of Trump, “…”"): what follows it is
 * that quotation's, not a reported clause. */
static int cues_quotation(const quote_vec *quotes, const cue *cues, size_t pos, size_t sent_start) {
    /* a cue stands next to its quotation: after the last one opened before pos, or before the next */
    size_t lo;
    SEARCH_PREFIX(lo, quotes->items, quotes->len, open, <=, pos);
    for (size_t i = lo > 1 ? lo - 2 : 0; i < quotes->len && i < lo + 2; i++) {
        if (cues[i].form == CUE_NONE || cues[i].verb_start != pos || cues[i].verb_end <= pos) continue;
        /* (a quotation that closed in a sentence before leaves the verb free for a clause of
         * its own: "»… Angst.« Imboden betonte, der Tourismus bleibe …") */
        if (cues[i].form == CUE_AFTER && quotes->items[i].close_end <= sent_start) continue;
        /* the verb before its quotation cues it only right before it ("said: “…”"); a fragment
         * further on is in the clause ("he said he feels “a lot stronger”") */
        if (cues[i].form != CUE_BEFORE || quotes->items[i].open <= cues[i].verb_end + 3) return 1;
    }
    return 0;
}

typedef struct {
    size_t a, b;   /* the clause's tokens */
    size_t a2, b2; /* the rest of it after a cue inside it ("…, Devine said, by the calendar"), or empty */
    cue c;
} reported;

/* "The argument would be aided, Devine said, by the upcoming calendar": where the clause goes on
 * after a cue set off by commas, [*a, *b) up to the end of the sentence; 0 when it does not (the
 * cue ends the sentence, or what follows is a report of its own: ", adding that …"). */
static int clause_goes_on(const document *d, const whosaid_rules *r, const cue_scratch *s, const cue *c, size_t *a,
                          size_t *b) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, end = c->verb_end > c->who.end ? c->verb_end : c->who.end, k = 0;
    /* after "said Mark Garthwaite," comes what he is (", executive director of the guild"), or
     * a clause that shows its verb: ", said the minister, the council has approved …", "…, sagte
     * der Sprecher, der Mangel treffe aber vor allem …" */
    int inverted = c->who.start > c->verb_start;
    while (k < n && t[k].start < end) k++;
    /* (German "der" is an article before a noun and a verb in the mood of reported speech in
     * second place: ", der Mangel treffe …"; a relative before anything else: ", die Strasser
     * schon … bewundert hatte", ", der Bürgermeister werden will") */
    if (k + 1 >= n || !punct_is(&t[k], ',') || !(t[k + 1].flags & TOK_LOWER) || s->verb_end.items[k + 1] ||
        (tok_relative(d, r, &t[k + 1]) &&
         !(tok_article(d, r, &t[k + 1]) && k + 3 < n && (t[k + 2].flags & TOK_CAP) && in(d, &t[k + 3], &r->subjunctives))) ||
        in(d, &t[k + 1], &r->conjunctions) || tok_title(d, r, &t[k + 1]))
        return 0;
    /* ", a senior fellow at the institute": an apposition of the speaker, no verb in it */
    if (in(d, &t[k + 1], &r->articles) || inverted) {
        size_t w = k + 1 + (!inverted || in(d, &t[k + 1], &r->articles));
        while (w < n && (t[w].flags & TOK_WORD) && !s->verb_end.items[w] && !in(d, &t[w], &r->auxiliaries) &&
               !in(d, &t[w], &r->copulas) && !(inverted && in(d, &t[w], &r->subjunctives))) {
            /* (a relative clause inside the apposition: ", a teacher whose son was injured") */
            if (inverted && tok_relative(d, r, &t[w])) return 0;
            w++;
        }
        if (w >= n || !(t[w].flags & TOK_WORD)) return 0;
        /* (after an inverted cue, a subject opens the clause, or its verb is in the mood of
         * reported speech: not "…, according to the department, taking a step toward …") */
        if (inverted && !in(d, &t[w], &r->subjunctives) && !plain_opener(d, r, s, k + 1)) return 0;
    }
    size_t e = n;
    while (e > k + 1 && trailing_punct(&t[e - 1])) e--;
    if (e < k + 1 + MIN_CLAUSE_TOKENS) return 0;
    for (size_t w = k + 1; w < e; w++) /* the sentence's end: no other cue after it */
        if (punct_is(&t[w], ',') && w + 1 < e && s->verb_end.items[w + 1]) return 0;
    *a = k + 1;
    *b = e;
    return 1;
}

/* Does the verb at toks[v] open its sentence with no subject, where the language leaves it out
 * (features.txt "null-subject"): only adverbs, auxiliaries, clitics and commas before it
 * ("Explicó que …", "Además, ha explicado que …", "Le dijo que …")? */
static int opens_sentence_without_subject(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    size_t k = v;
    while (k > 0 && v - k < 6 &&
           ((t[k - 1].flags & TOK_WORD) ? tok_adverb(d, r, &t[k - 1]) || tok_opening_adverb(d, r, &t[k - 1], k - 1) ||
                                              in(d, &t[k - 1], &r->auxiliaries)
                                        : punct_is(&t[k - 1], ',')))
        k--;
    return k == 0 && rules_feature(r, FEATURE_NULL_SUBJECT);
}

/* Where the verb at toks[v] starts with the auxiliaries before it ("ha asegurado", "había
 * dicho"), or v. */
static size_t verb_group_start(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    while (v > 0 && (t[v - 1].flags & TOK_LOWER) && in(d, &t[v - 1], &r->auxiliaries)) v--;
    return v;
}

/* "Según explicó, …", "A su juicio, …": where the subject may be left out (features.txt
 * "null-subject"), "según" and a second reporting verb with no subject, or a phrase that says
 * whose view it is, then a comma. The index of that comma, or 0. */
static size_t comma_after_bare_report(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, k = s->verb_end.items[v];
    if (!rules_feature(r, FEATURE_NULL_SUBJECT)) return 0;
    if (k < n && (t[k].flags & TOK_LOWER) && in(d, &t[k], &r->auxiliaries)) k++;
    if (k < n && (t[k].flags & TOK_LOWER) && s->verb_end.items[k]) k = s->verb_end.items[k];
    return k < n && punct_is(&t[k], ',') ? k : 0;
}

/* Does toks[a, b) report speech of its own: a reporting verb there with its clause and a subject
 * that may speak ("Keller said that the plan will fail, according to police")? */
static int reports_inside(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                          size_t a, size_t b) {
    const token *t = s->toks.items;
    size_t mood = b; /* where a verb in the mood of reported speech stands, or b */
    for (size_t w = a; w < b; w++) {
        size_t ca, cb;
        if (mood == b && (t[w].flags & TOK_LOWER) && r->subjunctives.len && in(d, &t[w], &r->subjunctives)) mood = w;
        /* (not a verb after one in the mood of reported speech, whose report is itself reported:
         * "Der Kreis habe lediglich verlangt, dass …, sagte er") */
        if (!s->verb_end.items[w] || mood < w || quote_holding(quotes, t[w].start) < quotes->len || !reports(d, r, s, w) ||
            !clause_after_verb(d, r, quotes, s, w, &ca, &cb, NULL))
            continue;
        mention who = cue_subject_before(d, r, s, w);
        if (who.kind != MENTION_NONE && cue_speaker_like(d, r, s, &who, 1)) return 1;
    }
    return 0;
}

/* The cue of a reporting verb in the clause rep holds whose subject is a name ("Clinton
 * spokesman Jesse Lehrich said"), which replaces rep's cue; rep stays as it is when there is
 * none. */
static void inner_speaker(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                          reported *rep) {
    const token *t = s->toks.items;
    for (size_t w = rep->a + 1; w < rep->b; w++) {
        if (!s->verb_end.items[w] || quote_holding(quotes, t[w].start) < quotes->len || !reports(d, r, s, w)) continue;
        mention who = cue_subject_before(d, r, s, w);
        if (who.kind != MENTION_NAME || who.start < t[rep->a].start || !cue_speaker_like(d, r, s, &who, 1)) continue;
        rep->c = (cue){CUE_BEFORE, t[w].start, t[s->verb_end.items[w] - 1].end, who};
        /* and what it said, where its clause reads as one to the end ("said that the bridge
         * would reopen") */
        size_t ca, cb;
        if (clause_after_verb(d, r, quotes, s, w, &ca, &cb, NULL) && cb == rep->b) {
            rep->a = ca;
            rep->b = cb;
        }
        return;
    }
}

/* Does a participle open the clause at toks[a], a preposition, subordinator or relative after
 * it: "Asked whether", "Pressed on", "Speaking to" (not "Increased costs forced", "Meeting the
 * fee costs is", "United Airlines")? */
static int opens_with_participle(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a,
                                 size_t comma) {
    const token *t = s->toks.items;
    size_t n = t[a].stem_end - t[a].start;
    const char *w = (const char *)d->text + t[a].start;
    if (a + 1 >= s->toks.len || !(t[a].flags & TOK_CAP) || !(t[a + 1].flags & TOK_LOWER) || n <= 4) return 0;
    if (!in(d, &t[a + 1], &r->prepositions) && !in(d, &t[a + 1], &r->subordinators)) return 0;
    if (rules_ends_in(&r->past_endings, w, n)) return 1; /* "Asked whether he would …" */
    if (!rules_ends_in(&r->participle_endings, w, n)) return 0;
    /* "Choosing between them is a false choice": a gerund subject, then its verb */
    for (size_t k = a + 1; k < comma; k++)
        if (in(d, &t[k], &r->copulas) || in(d, &t[k], &r->auxiliaries)) return 0;
    return 1;
}

/* "Der Präsident des Verbands, Karl Meier, kritisierte den Plan", "La consejera de Hacienda,
 * Marta Lorca, defendió las cuentas": toks[a, k) is a description or a name and a name in
 * apposition to it, the subject of the verb after them, not a clause a speaker after the verb
 * said. */
static int apposed_subject(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a, size_t k) {
    const token *t = s->toks.items;
    a = after_dateline(t, a, k);
    size_t j = k, e = k; /* back over the name before the comma, and a party in brackets after
                          * it: ", Martina Koch (SPD)," */
    if (k >= a + 4 && punct_is(&t[k - 1], ')') && punct_is(&t[k - 3], '(') && (t[k - 2].flags & TOK_WORD)) j = e = k - 3;
    while (j > a && ((t[j - 1].flags & (TOK_CAP | TOK_INITIAL)) || tok_particle(d, r, &t[j - 1]))) j--;
    if (j == e || !(t[j].flags & TOK_CAP)) return 0;
    /* (a title in lower case, its article too, may stand before the name: "La porte-parole de
     * la SQ, la sergente Marie-Josée Carrier,") */
    size_t h = j;
    while (h > a && j - h < 3 && (t[h - 1].flags & TOK_LOWER) && (tok_title(d, r, &t[h - 1]) || tok_article(d, r, &t[h - 1])))
        h--;
    if (h < j && !tok_title(d, r, &t[j - 1])) h = j;
    /* (or what someone does, in words no list holds, before a title or a first name: "Another
     * resident, taxi driver Sam Castle,") */
    if (h > a && !punct_is(&t[h - 1], ',') && (h < j || tok_first_name(d, r, &t[j]))) {
        size_t w = h;
        while (w > a && j - w < 4 && (t[w - 1].flags & TOK_LOWER) && !in(d, &t[w - 1], &r->verbs) &&
               !in(d, &t[w - 1], &r->auxiliaries) && !in(d, &t[w - 1], &r->prepositions) &&
               !in(d, &t[w - 1], &r->conjunctions) && !tok_pronoun_word(d, r, &t[w - 1]) && !tok_relative(d, r, &t[w - 1]))
            w--;
        if (w < h && w > a && punct_is(&t[w - 1], ',')) h = w;
    }
    j = h;
    if (j < a + 2 || !punct_is(&t[j - 1], ',')) return 0;
    mention m = parse_mention(d, r, &s->toks, a);
    return (m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE || m.kind == MENTION_NAME) && m.next_tok == j - 1;
}

/* Does an inverted cue stand at toks[v], the speaker after the verb and a comma before it
 * (", said Bob Stone, a spokesman for the city")? What follows it is who spoke. */
static int inverted_cue_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    cue c;
    return v > 0 && punct_is(&s->toks.items[v - 1], ',') && cue_after_at(d, r, s, v, &c) && c.form == CUE_AFTER &&
           c.who.start > c.verb_start;
}

/* Where the finite verb comes second (features.txt "verb-second"), where the phrase at toks[k]
 * that fills the place before it ends: at the first word in lower case after a noun that is no
 * article, connector, preposition or conjunction, nor an adjective before a noun ("der Verband
 * ländlicher Gemeinden"), past an acronym in brackets ("der Gewerkschaft Hafen und Logistik (GHL)
 * beteiligten sich"). n where the language has no such place or the phrase reaches no verb. */
static size_t verb_second_phrase_end(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    if (!rules_feature(r, FEATURE_VERB_SECOND)) return n;
    for (size_t e = k + 1; e < n; e++) {
        size_t past = tok_past_acronym(t, n, e);
        if (past > e) {
            e = past - 1;
            continue;
        }
        if (!(t[e].flags & TOK_WORD)) return n;
        if (!(t[e].flags & TOK_LOWER) || !(t[e - 1].flags & (TOK_CAP | TOK_PUNCT))) continue;
        if (tok_article(d, r, &t[e]) || tok_connector(d, r, &t[e]) || in(d, &t[e], &r->prepositions) ||
            in(d, &t[e], &r->conjunctions) || (e + 1 < n && (t[e + 1].flags & TOK_CAP) && tok_title(d, r, &t[e])))
            continue;
        /* (an adjective's ending before a noun of its own: genitive-adjective-endings.txt) */
        if (e + 1 < n && (t[e + 1].flags & TOK_CAP) &&
            rules_ends_in(&r->genitive_adjective_endings, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start))
            continue;
        return e;
    }
    return n;
}

/* The first comma of toks[a, k), or k where there is none. */
static size_t first_comma(const token *t, size_t a, size_t k) {
    while (a < k && !punct_is(&t[a], ',')) a++;
    return a;
}

/* The word after the first comma of toks[a, k) where it is a verb in the mood of reported speech
 * (rules/<lang>/subjunctive-forms.txt: "Wenn …, müsse …"); 0 where it is none. */
static size_t subjunctive_after_comma(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a, size_t k) {
    const token *t = s->toks.items;
    size_t c = first_comma(t, a, k);
    return c + 1 < k && (t[c + 1].flags & TOK_LOWER) && in(d, &t[c + 1], &r->subjunctives) ? c + 1 : 0;
}

/* Does a main clause of MIN_FRONT_CLAUSE_TOKENS words or more follow the first comma of
 * toks[a, k), with no other punctuation, the subordinate clause before it of as many words? */
static int main_clause_after_comma(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a, size_t k) {
    const token *t = s->toks.items;
    size_t c = first_comma(t, a, k);
    if (c >= k || c < a + MIN_FRONT_CLAUSE_TOKENS || k < c + 1 + MIN_FRONT_CLAUSE_TOKENS) return 0;
    /* (not a relative clause about the subordinate's last noun: "When asked if …, which was seen
     * as a failure, de Blasio said") */
    if (tok_relative(d, r, &t[c + 1]) || in(d, &t[c + 1], &r->conjunctions)) return 0;
    for (size_t w = c + 1; w < k; w++)
        if (!(t[w].flags & TOK_WORD)) return 0;
    return 1;
}

/* Does a relative clause open at t[w] (its pronoun, then no capital) and run to t[k], no
 * punctuation between? */
static int relative_up_to(const document *d, const whosaid_rules *r, const token *t, size_t w, size_t k) {
    if (w + 1 >= k || !tok_relative(d, r, &t[w]) || (t[w + 1].flags & TOK_CAP)) return 0;
    while (w < k && !(t[w].flags & TOK_PUNCT)) w++;
    return w == k;
}

/* Is toks[a, k), before the comma of a cue that follows it ("…, Keller said"), what was said:
 * long enough to be a clause, and neither an opening adjunct nor the speaker's own phrase? */
static int front_is_said(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                         size_t a, size_t k) {
    const token *t = s->toks.items;
    /* (shorter where its verb is in the mood of reported speech, second: "Das sei unvermeidlich,
     * sagte die Kämmerin", rules/<lang>/subjunctive-forms.txt) */
    if (k < a + MIN_FRONT_CLAUSE_TOKENS &&
        (k < a + MIN_CLAUSE_TOKENS || !(t[a + 1].flags & TOK_LOWER) || !in(d, &t[a + 1], &r->subjunctives)))
        return 0;
    /* "… a new book on hospital staffing, which, according to its publisher, “…”": a relative
     * pronoun that ends the front opens a clause the cue interrupts; the front is none */
    if (tok_relative(d, r, &t[k - 1]) && punct_is(&t[k - 2], ',')) return 0;
    /* "Según ha explicado la presidenta …, Lucía Prieto, los estudiantes reclaman …": a front that
     * a source's phrase opens (rules/<lang>/source-verbs.txt) cites, and "According to X, CLAUSE"
     * reads it; what follows it is no subject of a verb of its own */
    if (token_phrase_prefix(d, t + a, k - a, 2, TOK_WORD, &r->source_verbs)) return 0;
    /* "When asked …, McCallum said", "In its 2015 ruling, the court said": a subordinate
     * clause or a short adjunct before the subject, not what was said */
    /* (but a subordinate clause before a main clause in the mood of reported speech is what was
     * said: "Wenn der Bund nicht zahle, müsse die Gemeinde einspringen, sagte Berg") */
    /* (…and so is one before a main clause of its own: "If prices keep falling, many
     * suppliers will pull out, said X") */
    if ((in(d, &t[a], &r->subordinators) && !subjunctive_after_comma(d, r, s, a, k) && !main_clause_after_comma(d, r, s, a, k)) ||
        (in(d, &t[a], &r->prepositions) && k < a + 2 * MIN_FRONT_CLAUSE_TOKENS))
        return 0;
    /* "Asked whether the plan would raise taxes, Keller said no", "Speaking to reporters,
     * Keller said": a participle's phrase, not what was said */
    if (opens_with_participle(d, r, s, a, k)) return 0;
    if (apposed_subject(d, r, s, a, k)) return 0;
    /* "El presidente del club, Anselmo Villarruel, de 58 años, descartó …": a role alone up to
     * the comma, a capitalised word after it (the name in apposition), is the subject's, not what
     * was said */
    /* (the phrase that opens the front, parsed once for the questions below) */
    mention named = parse_mention(d, r, &s->toks, a);
    if ((named.kind == MENTION_ROLE || (named.kind == MENTION_DESCRIPTION && named.titled)) && !named.org &&
        named.next_tok == k && k + 1 < s->toks.len && (t[k + 1].flags & TOK_CAP))
        return 0;
    /* (…nor a possessive's title in lower case up to the comma: "Canberra Airport’s executive
     * director of planning and environment, Tim Varoudakis, rejected that claim, telling …") */
    /* (the name set off by a comma after it too: not "Marlow District Council's board member
     * resigned, Ada Frey said.", whose last word is a verb no list knows) */
    if (named.possessive && named.next_tok < k && k + 1 < s->toks.len && (t[k + 1].flags & TOK_CAP)) {
        size_t w = named.next_tok, c = k + 1;
        int titled = 0;
        while (w < k && (t[w].flags & TOK_LOWER) && !s->verb_end.items[w] && !in(d, &t[w], &r->auxiliaries) &&
               !in(d, &t[w], &r->verbs))
            titled |= tok_title(d, r, &t[w++]);
        while (c < s->toks.len && (t[c].flags & TOK_CAP)) c++;
        if (w == k && titled && c < s->toks.len && punct_is(&t[c], ',')) return 0;
    }
    /* "Die Ministerin für Gesundheit, Soziales und Sport, Hanna Berger, sagte": a role whose
     * complement is a list up to the comma before a name in apposition is no clause, nor is a
     * part of it */
    /* (…nor is a part of a name that lists its fields: "Das Ministerium für Ernährung,
     * Landwirtschaft und Verbraucherschutz teilte mit", which the phrase reads on past the comma) */
    if (t[k - 1].flags & TOK_CAP) {
        mention listed = named;
        if (listed.next_tok > k || (cue_coordinate_complement(d, r, s, &listed) && listed.next_tok >= k)) return 0;
    }
    /* "Anne Delvaux, présidente du SLFP, juge ces propos insuffisants.": a name and its role in
     * apposition up to the comma, no verb in them, are the subject of the verb after it (its
     * age too: "Werner Koch, 81, a retired tractor driver, said he …") */
    if (named.kind == MENTION_NAME && named.next_tok + 1 < k && punct_is(&t[named.next_tok], ',')) {
        size_t w = named.next_tok + 1;
        while (w < k && ((t[w].flags & TOK_WORD) || punct_is(&t[w], ',')) && !s->verb_end.items[w] && !in(d, &t[w], &r->auxiliaries) &&
               !in(d, &t[w], &r->verbs))
            w++;
        if (w == k) return 0;
    }
    /* (nor a name or a description and its relative clause up to the comma: "Arjun Mehra, who
     * has volunteered at the pantry since he was in high school, says Hatch knows …", "Der
     * Bürgermeister, der seit 2005 im Amt ist, bestätigt die Pläne") */
    if ((named.kind == MENTION_NAME || ((named.kind == MENTION_ROLE || named.kind == MENTION_DESCRIPTION) && !named.org)) &&
        named.next_tok + 1 < k && punct_is(&t[named.next_tok], ',') && relative_up_to(d, r, t, named.next_tok + 1, k))
        return 0;
    /* (nor a preposition's phrase and a relative clause on its noun: "Auf der Pressekonferenz,
     * die nach der Sitzung stattfand, sagte der Landrat …") */
    if (in(d, &t[a], &r->prepositions)) {
        size_t c = a + 1;
        while (c < k && (t[c].flags & TOK_WORD) && !s->verb_end.items[c]) c++;
        if (c > a + 1 && c + 1 < k && punct_is(&t[c], ',') && relative_up_to(d, r, t, c + 1, k)) return 0;
    }
    /* "“…,” Senator X, R-Ky., said": a quotation and its speaker, not a clause */
    size_t qa = quote_holding(quotes, t[a].start);
    if (qa < quotes->len && quotes->items[qa].open == t[a].start && quotes->items[qa].close_end < t[k].start) return 0;
    /* "Grève des bus : « On ne lâchera rien », prévient le syndicaliste": a quotation that a
     * colon introduces and the comma closes is what the cue after it reports; the words before
     * the colon are a heading, not a clause */
    for (size_t c = a; c + 1 < k; c++) {
        if (!punct_is(&t[c], ':')) continue;
        size_t qc = quote_holding(quotes, t[c + 1].start);
        if (qc < quotes->len && quotes->items[qc].open == t[c + 1].start && quotes->items[qc].close_end <= t[k].start &&
            quote_holding(quotes, t[k - 1].start) == qc)
            return 0;
    }
    /* "Keller said that the plan will fail, according to police": a clause that reports
     * speech of its own is that report, not what the cue after it said */
    return !reports_inside(d, r, quotes, s, a, k);
}

/* The first reported clause of the sentence in s's window whose verb is at toks[from] or after:
 * from 0, every form; from further on (after a clause found before), "X said [that] CLAUSE" and
 * ", noting that CLAUSE" only. */
/* Words of a subject's apposition between commas, at most. */
enum { APPOSITION_WORDS = 10 };

/* Does a clause open after the comma at toks[q] that ends what seems an apposition after
 * "according to X" ("According to Keller, chair of the association, prices will rise")? Not
 * where what follows would leave its subject's verb after a comma ("According to police, the
 * driver, a 34-year-old man, was not hurt": the driver is the subject) or opens no clause at all
 * ("Según Kessler, la inflación núcleo, que excluye …, fue de 3,5%"). */
static int clause_after_apposition(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t q) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, c = q + 1;
    if (c >= n || !opens_clause(d, r, &t[c])) return 0;
    size_t w = c;
    while (w < n && w < c + APPOSITION_WORDS && (t[w].flags & TOK_WORD) && !s->verb_end.items[w] &&
           !in(d, &t[w], &r->auxiliaries))
        w++;
    return !(w + 1 < n && w > c && punct_is(&t[w], ',') && (t[w + 1].flags & TOK_LOWER) &&
             (s->verb_end.items[w + 1] || in(d, &t[w + 1], &r->auxiliaries)));
}

/* Does the description at toks[a] run up to toks[q], or up to an acronym in brackets just
 * before it ("a delegate of the Teachers' Union (TU),")? */
static int described_up_to(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a, size_t q) {
    size_t e = parse_mention(d, r, &s->toks, a).next_tok;
    return e == q || (e + 3 == q && punct_is(&s->toks.items[e], '('));
}

/* "D'après la Croix-Rouge camerounaise, …": does the description m open with an article and a
 * capitalised word (an organisation's name, whatever follows it in lower case)? */
static int named_after_article(const document *d, const whosaid_rules *r, const cue_scratch *s, const mention *m) {
    if (m->kind != MENTION_DESCRIPTION) return 0;
    const token *t = s->toks.items;
    size_t k = 0;
    while (k < s->toks.len && t[k].start < m->start) k++;
    return k + 1 < s->toks.len && t[k].start == m->start && tok_article(d, r, &t[k]) && (t[k + 1].flags & TOK_CAP) &&
           t[k + 1].end <= m->end;
}

/* Does a word in lower case that no article, determiner or possessive is follow the source
 * word at toks[v] ("So schildert es …", not "So der Minister", "so seine Sprecherin")? */
static int source_word_before_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    return v + 1 < s->toks.len && (t[v + 1].flags & TOK_LOWER) && !tok_article(d, r, &t[v + 1]) &&
           !in(d, &t[v + 1], &r->determiners) && !in(d, &t[v + 1], &r->possessives) &&
           wordset_get_folded(&r->source_verbs, (const char *)d->text + t[v].start, t[v].end - t[v].start) >= 0;
}

/* Do the tokens before the comma at toks[k] hold a name of two words or more that opens the
 * sentence, then a phrase between commas without a verb, its apposition, up to that comma? */
static int named_with_apposition(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = s->toks.items;
    size_t a = 0;
    while (a < k && (t[a].flags & TOK_PUNCT) && !(t[a].flags & TOK_MARK)) a++;
    mention m = parse_mention(d, r, &s->toks, a);
    if (m.kind != MENTION_NAME || m.name_tokens < 2 || m.next_tok + 1 >= k || !punct_is(&t[m.next_tok], ',')) return 0;
    for (size_t w = m.next_tok + 1; w < k; w++)
        if (!(t[w].flags & (TOK_WORD | TOK_MARK)) || s->verb_end.items[w]) return 0;
    return 1;
}

/* May the word after an article open a source's apposition: a title, a kind of organisation, a
 * noun of a person ("Según Ana Gil, la directora del museo, …"), or an adjective before one ("la
 * nueva directora") — not a noun of what was said ("Según la directora, la muestra reúne 94 obras,
 * 31 de ellas …")? */
static int apposition_noun(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_WORD)) return 0;
    if (tok_title(d, r, t) || in(d, t, &r->org_nouns) || in(d, t, &r->gendered_nouns) || in(d, t, &r->kin_nouns) ||
        tok_prenominal_adjective(d, r, t))
        return 1;
    return rules_longest_ending(&r->person_endings, (const char *)d->text + t->start, t->stem_end - t->start) != 0;
}

static int clause_of_report(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue *cues,
                            const cue_scratch *s, size_t from, const mention *shared, reported *out) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    /* the last verb of the sentence (n: none): a cue after a comma has its verb at or after the
     * token the cue is read from (a dash's cue too, whose name the verb must follow), so a comma
     * with no verb after it is passed over without reading a cue there */
    const uint32_t *verb = s->verbs.items; /* (the window's verbs, in order: s->verbs) */
    size_t last_verb = n;
    for (size_t j = s->verbs.len; from == 0 && j-- > 0;)
        if (verb[j] < n) {
            last_verb = verb[j];
            break;
        }
    size_t last_report = n + 1; /* the last verb that reports (n: none; n + 1: not yet sought) */
    /* CLAUSE, X said. */
    for (size_t k = 1, commas = 0; from == 0 && last_verb < n && k + 1 < n && commas < MAX_COMMAS; k++) {
        while (k + 1 < n && !punct_is(&t[k], ',')) k++; /* (to the next comma, in one tight loop) */
        if (k + 1 >= n) break;
        /* (a cue reads from after the comma on, and its verb must be the last that reports or
         * one before it: past that, no comma after this one has a cue either) */
        if (k + 1 > last_verb || last_report == n || (last_report < n && k + 1 > last_report)) break;
        if (commas++ > MAX_COMMAS) continue;
        size_t after = k + 1, end = k; /* the cue's first token; one past the clause's last */
        size_t qi = quote_holding(quotes, t[k].start);
        if (qi < quotes->len) {
            /* "The bill would “change nothing,” according to X": a fragment closing the clause,
             * its comma and mark part of it; a quotation that opens the clause is direct */
            const quote *q = &quotes->items[qi];
            if (!(t[k + 1].flags & TOK_MARK) || t[k + 1].end != q->close_end || k + 2 >= n || q->open <= t[0].start)
                continue;
            size_t o = k;
            while (o > 0 && t[o].start > q->open) o--;
            if (o == 0 || t[o].start != q->open || !(t[o - 1].flags & TOK_WORD) || starts_upper(d, q)) continue;
            after = k + 2;
            end = k + 2;
        }
        /* ", como explicó ayer el gobernador", ", tal y como ha explicado la ministra": words of
         * report-links.txt (a conjunction between two) between the comma and the cue's verb (an
         * auxiliary may come between them) */
        size_t l = after;
        while (r->report_links.len && l + 2 < n && l < after + 3 && (t[l].flags & TOK_LOWER) &&
               (in(d, &t[l], &r->report_links) ||
                (l > after && in(d, &t[l], &r->conjunctions) && in(d, &t[l + 1], &r->report_links))))
            l++;
        if (l > after && l + 1 < n && in(d, &t[l - 1], &r->report_links) &&
            (s->verb_end.items[l] || (in(d, &t[l], &r->auxiliaries) && s->verb_end.items[l + 1])))
            after = l;
        if (after > last_verb) continue;
        /* (the cue's verb must report, below: so must a verb at or after the cue's first token,
         * where the last one that does is found once, for the first comma that needs it) */
        if (last_report == n + 1) {
            last_report = n;
            for (size_t j = s->verbs.len; j-- > 0;)
                if (verb[j] <= last_verb && reports(d, r, s, verb[j])) {
                    last_report = verb[j];
                    break;
                }
        }
        cue c;
        if (last_report == n || after > last_report || !cue_after_at(d, r, s, after, &c) || c.form != CUE_AFTER) continue;
        /* "The goal, he said, is to …", "In the end, Mr. Rosenthal said, union voters …": a cue
         * set in the clause between commas, which goes on after it */
        size_t rest_a = 0, rest_b = 0;
        int goes_on = qi == quotes->len && clause_goes_on(d, r, s, &c, &rest_a, &rest_b);
        if (!goes_on && !cue_ends_sentence(d, r, s, &c)) continue;
        /* the cue right after the comma: ", Keller said", ", said Keller", not ", meaning he said";
         * an auxiliary may open it (", a-t-il expliqué") */
        size_t cue0 = after;
        if (cue0 + 1 < n && (t[cue0].flags & TOK_LOWER) && in(d, &t[cue0], &r->auxiliaries)) {
            cue0 = cue_aside_end(d, r, t, n, cue0 + 1); /* (", a pour sa part déclaré X") */
            if (cue0 >= n) continue;
        }
        /* (or the speaker after a word or two of what they do that the phrase leaves out: ",
         * taxi driver Sam Castle said") */
        size_t lead = after;
        while (lead < n && lead < after + 2 && t[lead].start < c.who.start && (t[lead].flags & TOK_LOWER) &&
               !s->verb_end.items[lead] && !in(d, &t[lead], &r->prepositions) && !in(d, &t[lead], &r->auxiliaries))
            lead++;
        if (c.verb_start != t[cue0].start && c.who.start != t[cue0].start && c.verb_start != t[after].start &&
            c.who.start != t[after].start &&
            !(lead < n && c.who.kind == MENTION_NAME && c.who.start == t[lead].start && c.who.start < c.verb_start))
            continue;
        /* (or none, where the language leaves the subject out and the verb ends the sentence:
         * "La restricción durará hasta septiembre, indicó.": the context tells who) */
        int unnamed = c.who.kind == MENTION_NONE && rules_feature(r, FEATURE_NULL_SUBJECT) && c.verb_start == t[cue0].start &&
                      s->verb_end.items[cue0] + 1 == n && punct_is(&t[n - 1], '.');
        if (!unnamed && !cue_speaker_like(d, r, s, &c.who, c.who.start < c.verb_start)) continue;
        /* "…, aus Hilden, Monheim und Langenfeld, und zwar mit dem Auto, erzählt die 56-Jährige":
         * where the finite verb comes second (features.txt "verb-second"), a cue after the
         * clause it reports opens with its verb; a phrase before the verb is the clause's own */
        if (c.who.kind != MENTION_NONE && c.who.start < c.verb_start && rules_feature(r, FEATURE_VERB_SECOND)) continue;
        /* "Yannick Roth, Sprecher der Initiative, sagte der FR, es sei …": a name and its
         * apposition before the verb are its subject, and what follows the verb its object, no
         * speaker of a cue set into the clause */
        if (c.who.start > c.verb_start && named_with_apposition(d, r, s, k)) continue;
        size_t v = after;
        while (v < n && t[v].start < c.verb_start) v++;
        if (v >= n || !s->verb_end.items[v] || !reports(d, r, s, v)) continue;
        if (c.who.weak) continue; /* ", said Tuesday" */
        size_t a = 0;
        while (a < k && (t[a].flags & TOK_PUNCT) && !(t[a].flags & TOK_MARK)) a++;
        a = after_dateline(t, a, k); /* "VALENCIA.— Iberdrola invertirá …, según …": not the dateline */
        /* "Au stade, « il y a eu un contact », a assuré X": an adjunct and its comma before a
         * quotation that ends the clause leave the quotation direct, cued as ever */
        if (qi == quotes->len && k > a + 2 && (t[k - 1].flags & TOK_MARK)) {
            size_t held = quote_holding(quotes, t[k - 1].start);
            size_t o = k - 1;
            while (held < quotes->len && o > a && t[o].start > quotes->items[held].open) o--;
            if (held < quotes->len && quotes->items[held].type == WHOSAID_DIRECT && t[o].start == quotes->items[held].open &&
                o > a && punct_is(&t[o - 1], ','))
                continue;
        }
        if (!front_is_said(d, r, quotes, s, a, k)) {
            if (!goes_on) continue;
            *out = (reported){rest_a, rest_b, 0, 0, c}; /* "In the end, X said, CLAUSE": what follows only */
            return 1;
        }
        *out = (reported){a, end, rest_a, rest_b, c};
        return 1;
    }
    size_t from_verb = 0; /* (the first verb at or after from) */
    while (from_verb < s->verbs.len && verb[from_verb] < from) from_verb++;
    for (size_t j = from_verb, verbs = 0; j < s->verbs.len && verbs < MAX_VERBS; j++) {
        size_t v = verb[j];
        if (v >= n) break;
        if (verbs++ > MAX_VERBS || quote_holding(quotes, t[v].start) < quotes->len) continue;
        if (!reports(d, r, s, v) || cues_quotation(quotes, cues, t[v].start, plain_clause_after(d, r, s, v) ? t[0].start : 0))
            continue;
        if (from > 0 && inverted_cue_at(d, r, s, v)) continue; /* "…, said Bob Stone, a spokesman" */
        size_t a, b;
        /* "Hasenclever zufolge haben bereits einige Abonnenten gekündigt", "Der Polizei zufolge war
         * …": where the finite verb comes second, a source word after its phrase
         * (rules/<lang>/source-verbs.txt) that opens the sentence, the clause from the finite
         * verb after it */
        if (from == 0 && v > 0 && v + 1 + MIN_CLAUSE_TOKENS <= n && rules_feature(r, FEATURE_VERB_SECOND) &&
            s->verb_end.items[v] == v + 1 && (t[v + 1].flags & TOK_LOWER) && !in(d, &t[v + 1], &r->prepositions) &&
            wordset_get_folded(&r->source_verbs, (const char *)d->text + t[v].start, t[v].end - t[v].start) >= 0) {
            size_t first = 0;
            while (first < v && (t[first].flags & TOK_PUNCT)) first++;
            mention m = parse_mention(d, r, &s->toks, first);
            /* ("Ihm zufolge fielen …", "Ihr zufolge fehlen …": a pronoun in the case the source
             * word governs, rules/<lang>/source-pronouns.txt, stands for the one last named of
             * its gender, as "er" and "sie" do; "Ihnen", a group, as "they" does) */
            int g = first + 1 == v && r->source_pronouns.len
                        ? wordset_get_folded(&r->source_pronouns, (const char *)d->text + t[first].start, t[first].stem_end - t[first].start)
                        : -1;
            if (g == GENDER_MALE || g == GENDER_FEMALE || g == GENDER_PLURAL)
                m = (mention){.kind = MENTION_PRONOUN, .start = t[first].start, .end = t[first].stem_end, .gender = g, .next_tok = v};
            b = clause_end(d, r, quotes, s, v + 1, n);
            if (m.kind != MENTION_NONE && m.next_tok == v && b >= v + 1 + MIN_CLAUSE_TOKENS) {
                *out = (reported){v + 1, b, 0, 0, {CUE_BEFORE, t[v].start, t[v].end, m}};
                return 1;
            }
        }
        /* According to X, CLAUSE. (Not after a clause found before: ", said Alan Abramowitz, a
         * demographer at Emory University" is who spoke.) */
        /* (after a colon or a semicolon too, which end a clause: "Ils ne sont pas les seuls :
         * selon le syndicat, …") */
        /* (not after a name's apposition, the verb's subject: "Yannick Roth, Sprecher der
         * Initiative, sagte der FR, …") */
        /* (nor a source word that opens the sentence before a word in lower case that no
         * article, determiner or possessive is, where the verb comes second: "So schildert es
         * Karl Imhof" points back at a quotation, "So der Minister" cites) */
        if (from == 0 && (v == 0 || punct_is(&t[v - 1], ',') || punct_is(&t[v - 1], ':') || punct_is(&t[v - 1], ';')) &&
            !(v > 0 && punct_is(&t[v - 1], ',') && named_with_apposition(d, r, s, v - 1)) &&
            !(v == 0 && rules_feature(r, FEATURE_VERB_SECOND) && source_word_before_verb(d, r, s, v))) {
            mention m = cue_phrase_after_verb(d, r, s, s->verb_end.items[v]);
            /* "Nach Angaben der Polizei beteiligten sich …": where the finite verb comes second,
             * the source's phrase ends at it (verb_second_phrase_end), which reading on would
             * pass over */
            size_t ve = v == 0 ? verb_second_phrase_end(d, r, s, s->verb_end.items[v]) : n;
            if (ve < n && (m.kind == MENTION_NONE || m.next_tok != ve)) {
                cue_scratch before_verb = *s;
                before_verb.toks.len = ve;
                before_verb.toks.memo = NULL; /* (the answers are the whole sentence's) */
                m = cue_phrase_after_verb(d, r, &before_verb, s->verb_end.items[v]);
                /* (its acronym in brackets too) */
                if (m.kind != MENTION_NONE && m.next_tok < ve && tok_past_acronym(t, ve, m.next_tok) == ve) m.next_tok = ve;
            }
            /* "Nach ihren Angaben dürfen die Bewohner …": a possessive and a noun of what was said
             * inside the phrase of report (verbs-reported.txt "nach_ihren_angaben") say who said
             * it, as a pronoun does */
            for (size_t k = v + 1; m.kind == MENTION_NONE && k + 1 < s->verb_end.items[v]; k++)
                if (in(d, &t[k], &r->possessives)) {
                    mention owner = parse_mention(d, r, &s->toks, k);
                    if (owner.kind == MENTION_PRONOUN && owner.possessive && owner.next_tok == s->verb_end.items[v]) m = owner;
                }
            size_t bare = m.kind == MENTION_NONE ? comma_after_bare_report(d, r, s, v) : 0;
            if (bare && bare + 1 < n && opens_clause(d, r, &t[bare + 1])) {
                a = bare + 1;
                b = clause_end(d, r, quotes, s, a, n);
                if (b >= a + MIN_CLAUSE_TOKENS) {
                    *out = (reported){a, b, 0, 0, {CUE_BEFORE, t[v].start, t[bare - 1].end, m}};
                    return 1;
                }
            }
            size_t after_m = m.next_tok;
            /* "According to the Canadian Wildland Fire Centre (CWFC), …", "Según la Corporación
             * Nacional Forestal (Conaf), …": past the acronym in brackets the phrase's words define */
            if (m.kind != MENTION_NONE && after_m > s->verb_end.items[v])
                after_m = tok_past_defined_acronym(d, t, n, s->verb_end.items[v], after_m);
            /* "Respondió Lucía Moreno, coordinadora de la Plataforma: “…”": a name's role in
             * apposition up to the colon before a quotation, or to the sentence's end, is no
             * clause */
            if (m.kind == MENTION_NAME && after_m + 1 < n && punct_is(&t[after_m], ',') && (t[after_m + 1].flags & TOK_LOWER) &&
                tok_title(d, r, &t[after_m + 1])) {
                size_t q = after_m + 1;
                while (q < n && (t[q].flags & TOK_WORD) && !s->verb_end.items[q] && !in(d, &t[q], &r->auxiliaries) &&
                       !tok_finite_ending(d, r, &t[q]))
                    q++;
                if (q >= n || punct_is(&t[q], ':') || (punct_is(&t[q], '.') && q + 1 == n)) continue;
            }
            /* "According to Keller, chair of the association, prices will rise": past the
             * apposition to the clause */
            /* (or a relative clause: "Según la acusación particular, que ejerce la familia, …") */
            if (after_m + 2 < n && punct_is(&t[after_m], ',') &&
                ((tok_article(d, r, &t[after_m + 1]) && apposition_noun(d, r, &t[after_m + 2])) || tok_title(d, r, &t[after_m + 1]) ||
                 ((t[after_m + 1].flags & TOK_LOWER) && in(d, &t[after_m + 1], &r->relatives)))) {
                /* (a relative clause has a verb of its own: "cuyo voto fue decisivo") */
                int relative = (t[after_m + 1].flags & TOK_LOWER) && in(d, &t[after_m + 1], &r->relatives);
                size_t q = after_m + 1, limit = after_m + APPOSITION_WORDS, relative_at = 0;
                /* (nor a verb by its ending, "D'après M. Lessard, le projet créerait 260 emplois
                 * …, puis …", finite-verb-endings.txt, nor a negation, "Selon X, l'exécutif ne
                 * demandera pas …") */
                /* (over an acronym in brackets too: ", secrétaire cantonale du Syndicat des soignants genevois (SSG),") */
                while (q < n && q < limit) {
                    if (q + 3 < n && punct_is(&t[q], '(') && (t[q + 1].flags & TOK_ALLCAPS) && punct_is(&t[q + 2], ')')) {
                        q += 3;
                        continue;
                    }
                    /* (a relative clause that ends the apposition: ", a former analyst who now
                     * runs a consultancy, …"; not an article that is also a relative word) */
                    if (!relative && q > after_m + 2 && (t[q].flags & TOK_LOWER) && in(d, &t[q], &r->relatives) &&
                        !tok_article(d, r, &t[q])) {
                        relative = 1;
                        relative_at = q;
                        limit = q + APPOSITION_WORDS;
                    }
                    if (!(t[q].flags & TOK_WORD) ||
                        !(relative || (!s->verb_end.items[q] && !in(d, &t[q], &r->auxiliaries) &&
                                       !((t[q].flags & TOK_LOWER) && in(d, &t[q], &r->negations)) &&
                                       !((t[q].flags & TOK_LOWER) && tok_finite_ending(d, r, &t[q])))))
                        break;
                    q++;
                }
                /* (after an article, a description that runs to the comma: not "el partido reunió
                 * a más de 84.000 espectadores, récord del estadio", a clause whose verb is none
                 * of the reporting ones) */
                if (q + 1 < n && punct_is(&t[q], ',') &&
                    (!tok_article(d, r, &t[after_m + 1]) || described_up_to(d, r, s, after_m + 1, relative_at ? relative_at : q)) &&
                    clause_after_apposition(d, r, s, q))
                    after_m = q;
            }
            /* "According to Mary Smith of the Red Cross, …", "Según Marta Ríos, de la Cruz Roja,
             * …": past the organisation the one named is of, to the comma (no role: whom they
             * are with, not what they are) */
            if (m.kind == MENTION_NAME && after_m + 1 < n) {
                size_t p = punct_is(&t[after_m], ',') ? after_m + 1 : after_m;
                size_t comma = cue_affiliation_end(d, r, t, n, p);
                if (comma > p) after_m = comma;
            }
            /* "De acuerdo con la Fiscalía Anticorrupción del estado, …": an organisation's name,
             * then a connector and words in lower case that say which one, up to the comma */
            /* (…"Según el Consejo Superior de la casa de estudios, …") */
            if (m.org && after_m + 2 < n && (t[after_m].flags & TOK_LOWER) && tok_connector(d, r, &t[after_m])) {
                size_t q = after_m + 1;
                while (q < n && q <= after_m + ORG_COMPLEMENT_WORDS && (t[q].flags & TOK_LOWER) && !s->verb_end.items[q] &&
                       !in(d, &t[q], &r->verbs) && !in(d, &t[q], &r->auxiliaries))
                    q++;
                if (q > after_m + 1 && q < n && punct_is(&t[q], ',')) {
                    m.end = m.name_end = t[q - 1].end; /* (which is part of its name) */
                    after_m = q;
                }
            }
            /* "Selon les experts psychiatres entendus mardi, …": past a time of cue-followers.txt
             * (not an article or a preposition) that ends the phrase, to the comma */
            {
                size_t q = after_m;
                /* (after the participle that the phrase leaves out: "entendus mardi") */
                if (q + 1 < n && (t[q].flags & TOK_LOWER) && in(d, &t[q + 1], &r->cue_followers) &&
                    tok_passive_participle(d, r, &t[q]))
                    q++;
                while (q < n && q < after_m + 4 && (t[q].flags & TOK_LOWER) && in(d, &t[q], &r->cue_followers) &&
                       !in(d, &t[q], &r->articles) && !in(d, &t[q], &r->prepositions))
                    q++;
                if (q > after_m && q + 1 < n && punct_is(&t[q], ',')) after_m = q;
            }
            /* "Laut Polizei ist der Schaden noch nicht beziffert": where the finite verb comes
             * second (German: features.txt "verb-second"), the clause opens with it right after
             * the phrase, in lower case, with no comma */
            int second = rules_feature(r, FEATURE_VERB_SECOND) && after_m + 1 < n && v == 0 &&
                         (t[after_m].flags & TOK_LOWER) && !in(d, &t[after_m], &r->prepositions) &&
                         !in(d, &t[after_m], &r->conjunctions) && !in(d, &t[after_m], &r->articles);
            if ((cue_speaker_like(d, r, s, &m, 0) || named_after_article(d, r, s, &m)) && after_m + 1 < n &&
                (second || punct_is(&t[after_m], ',')) &&
                !in(d, &t[v], &r->no_inversion) &&
                (second || opens_clause(d, r, &t[after_m + 1]) || approximate_number(d, r, s, after_m + 1) ||
                 /* (or a word that may follow a cue, before a noun in lower case that it qualifies:
                  * "According to the Department of Health, early symptoms include …") */
                 (after_m + 2 < n && (t[after_m + 1].flags & TOK_LOWER) && in(d, &t[after_m + 1], &r->cue_followers) &&
                  !in(d, &t[after_m + 1], &r->prepositions) && opens_clause(d, r, &t[after_m + 2]) &&
                  (t[after_m + 2].flags & TOK_LOWER) && !in(d, &t[after_m + 2], &r->articles) &&
                  !in(d, &t[after_m + 2], &r->pronouns)) ||
                 /* "Según Cifuentes, en las mesas impugnadas votaron 4.112 personas": an adjunct
                  * may open what was said */
                 ((t[after_m + 1].flags & TOK_LOWER) && in(d, &t[after_m + 1], &r->prepositions) &&
                  !in(d, &t[after_m + 1], &r->complementisers) && !in(d, &t[after_m + 1], &r->relatives))) &&
                /* (not a conjunction and a second report: "reconoció las fallas, pero aseguró que
                 * …", whose clause is the second verb's, the phrase the first one's object) */
                (second || !reports_again(d, r, quotes, s, after_m + 1))) {
                a = second ? after_m : after_m + 1;
                b = clause_end(d, r, quotes, s, a, n);
                if (b >= a + MIN_CLAUSE_TOKENS) {
                    *out = (reported){a, b, 0, 0, {CUE_BEFORE, t[v].start, t[s->verb_end.items[v] - 1].end, m}};
                    /* "According to Yahoo News, Clinton spokesman Jesse Lehrich said Friday that …":
                     * the speaker is the one the report inside names, not the outlet */
                    inner_speaker(d, r, quotes, s, out);
                    return 1;
                }
            }
        }
        /* X said [that] CLAUSE. ("Para que …" is no report: an opener of opinion-openers.txt
         * leads only "Para X, …") */
        /* "Wie die Polizei am Sonntag mitteilte, wurden beide Fahrer verletzt": a subordinate
         * clause of report that opens the sentence (rules/<lang>/report-openers.txt) has its
         * subject right after the opener, whatever adjuncts stand between it and the verb at its
         * end; the main clause after the comma, which opens with its finite verb (in lower case,
         * an auxiliary too), is what was said */
        size_t ve = s->verb_end.items[v];
        if (from == 0 && v > 2 && ve + 1 < n && in(d, &t[0], &r->report_openers) && punct_is(&t[ve], ',') &&
            (t[ve + 1].flags & TOK_LOWER)) {
            mention o = parse_mention(d, r, &s->toks, 1);
            b = clause_end(d, r, quotes, s, ve + 1, n);
            if (o.kind != MENTION_NONE && o.next_tok <= v && b >= ve + 1 + MIN_CLAUSE_TOKENS &&
                cue_speaker_like(d, r, s, &o, 1)) {
                *out = (reported){ve + 1, b, 0, 0, {CUE_BEFORE, t[v].start, t[ve - 1].end, o}};
                return 1;
            }
        }
        mention inverted;
        if (in(d, &t[v], &r->opinion_openers) || !clause_after_verb(d, r, quotes, s, v, &a, &b, &inverted)) continue;
        mention m = cue_subject_before(d, r, s, v);
        /* "Der Minister ließ über einen Sprecher mitteilen, …": the verb of report after a verb
         * of causing (rules/<lang>/causative-verbs.txt) has that verb's subject; the one it
         * spoke through is no speaker */
        for (size_t c = 1; c + 1 < v; c++) {
            if (!(t[c].flags & TOK_LOWER) || !in(d, &t[c], &r->causatives)) continue;
            mention causer = cue_subject_before(d, r, s, c);
            if (causer.kind != MENTION_NONE) m = causer;
            break;
        }
        /* "Labor Secretary Thomas Perez, who said it would help", "many voters who said they were
         * tired": a relative pronoun subject stands for the phrase before it (adverbs and
         * auxiliaries aside: "who previously said", "qui a déclaré") */
        int antecedent = 0; /* (which may follow a preposition: "backed by Thomas Perez, who said") */
        if (m.kind == MENTION_NONE) {
            size_t rel = v;
            /* (and a negation reports() let pass: "quien no descartó que", "qui n'a pas exclu") */
            while (rel > 1 && (t[rel - 1].flags & TOK_LOWER) &&
                   (tok_adverb(d, r, &t[rel - 1]) || in(d, &t[rel - 1], &r->auxiliaries) ||
                    in(d, &t[rel - 1], &r->negations) || in(d, &t[rel - 1], &r->verb_blockers)) &&
                   !in(d, &t[rel - 1], &r->relatives))
                rel--;
            if (rel > 1 && (t[rel - 1].flags & TOK_LOWER) && in(d, &t[rel - 1], &r->relatives)) {
                m = cue_relative_antecedent(d, r, s, rel - 1);
                antecedent = m.kind != MENTION_NONE;
            }
        }
        /* "In seinem Plädoyer sagte er, …", "Am Montag warnte der Ökonom, …": a subject after
         * the verb, where what stands before it is none (a pronoun there is always the
         * subject; a capitalised noun alone before the verb is no name: "Plädoyer", "Dann") */
        if (inverted.kind != MENTION_NONE) {
            size_t mt = 0;
            while (mt < v && t[mt].start < m.start) mt++;
            /* (nor is a phrase after a preposition: "Bei der Sitzung warnte …") */
            int before = m.kind != MENTION_NONE && !m.weak && !(m.kind == MENTION_NAME && m.name_tokens < 2 && !m.titled) &&
                         !(mt > 0 && in(d, &t[mt - 1], &r->prepositions));
            /* (where one stands before, what follows the verb is its object: "Bürgermeister
             * X warnte die Anwohner, die Brücke bleibe gesperrt"; but not where an object's
             * article opens what stands before: "Den Journalisten versicherte die Ministerin
             * Eva Roth, …", rules/<lang>/object-articles.txt) */
            int fronted_object = mt < v && in(d, &t[mt], &r->object_articles);
            if (!before || inverted.kind == MENTION_PRONOUN || fronted_object) m = inverted;
            if (m.kind == MENTION_PRONOUN && m.start == inverted.start) m = body_fronted_before(d, r, s, v, m);
        }
        /* ", adding that …": the subject of the report just before ("…, the minister said, adding
         * that"), else the main clause's, if it shows */
        if (m.kind == MENTION_NONE && v > 1 && punct_is(&t[v - 1], ',')) m = previous_reporter(d, r, s, v - 1);
        /* (", ha asegurado que": where the subject may be left out, features.txt "null-subject",
         * the auxiliary before the participle is part of the verb; not "their allies, members of
         * the DUP, have said", whose subject stands before the apposition) */
        size_t head = verb_group_start(d, r, s, v); /* "et a prévenu", "and has warned" */
        size_t g = rules_feature(r, FEATURE_NULL_SUBJECT) ? head : v;
        if (m.kind == MENTION_NONE && g > 0 && punct_is(&t[g - 1], ',')) m = cue_main_subject(d, r, s, g);
        /* no subject of its own: only where it stands further back ("… and said", ", saying"),
         * or where the language leaves it out ("Explicó que …", "Además, ha explicado que …":
         * features.txt "null-subject") */
        /* "Wealth-X keeps its finances a secret but says …": a verb joined to another has the
         * subject of the clause's first */
        /* (…or of the clause the sentence reported before it: "Desde la distribuidora explicaron
         * que … y estimaron que …") */
        if (m.kind == MENTION_NONE && shared && shared->kind != MENTION_NONE && head > 0 && (t[head - 1].flags & TOK_LOWER) &&
            in(d, &t[head - 1], &r->conjunctions))
            m = *shared;
        /* (…or, where that clause's subject is a relative pronoun of people, its antecedent:
         * "…, Teodoro Quispe Llanos, quien reconoció su derrota y dijo que …",
         * rules/<lang>/personal-relatives.txt) */
        if (m.kind == MENTION_NONE && head > 0 && (t[head - 1].flags & TOK_LOWER) && in(d, &t[head - 1], &r->conjunctions)) {
            size_t k = head - 1;
            while (k > 0 && !punct_is(&t[k - 1], ',') && !punct_is(&t[k - 1], ';') && !(t[k - 1].flags & TOK_MARK)) k--;
            /* (the relative as the subject, its verb right after it: not "whom they questioned") */
            if (k > 0 && k + 1 < head && punct_is(&t[k - 1], ',') &&
                wordset_get_folded(&r->personal_relatives, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) >= 0 &&
                (t[k + 1].flags & TOK_LOWER) && !in(d, &t[k + 1], &r->pronouns) && !tok_article(d, r, &t[k + 1])) {
                m = cue_relative_antecedent(d, r, s, k);
                antecedent = m.kind != MENTION_NONE;
            }
        }
        if (m.kind == MENTION_NONE && head > 0 && (in(d, &t[head - 1], &r->conjunctions) || cue_linked_clause(d, r, s, head)))
            m = cue_main_subject(d, r, s, v);
        if (m.kind == MENTION_NONE ? !((head > 0 && (punct_is(&t[head - 1], ',') || in(d, &t[head - 1], &r->conjunctions))) ||
                                       opens_sentence_without_subject(d, r, s, v))
                                   : !cue_speaker_like(d, r, s, &m, !antecedent))
            continue;
        /* "O'Donnell, who said he knew little about it, left in 1988": a relative clause about the
         * sentence's subject closes with a comma before the main verb */
        size_t first = 0;
        while (first < n && (t[first].flags & TOK_PUNCT)) first++;
        if (antecedent && first < n && m.start <= t[first].start)
            for (size_t k = b; k-- > a + MIN_CLAUSE_TOKENS;)
                if (punct_is(&t[k], ',')) {
                    b = k;
                    break;
                }
        *out = (reported){a, b, 0, 0, {CUE_BEFORE, t[v].start, t[s->verb_end.items[v] - 1].end, m}};
        return 1;
    }
    return 0;
}

/* X called Y “Z”, X described Y as “Z”, ", calling it “Z”": the object and the fragment; X
 * vowed to “Z”: the preposition and the fragment; by a verb before token `limit`. Returns 1 and
 * the report in *out, or 0. */
static int naming_fragment(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                           size_t limit, reported *out) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    for (size_t v = 0, verbs = 0; v + 2 < n && v < limit && verbs < MAX_VERBS; v++) {
        /* (a word that is no verb of a phrase and no naming verb leads to nothing below: most,
         * passed over before the look-up of the quotation that may hold them) */
        if (!s->verb_end.items[v] && !in(d, &t[v], &r->naming_verbs)) continue;
        if (quote_holding(quotes, t[v].start) < quotes->len) continue;
        size_t a = v + 1, o = a;
        /* (where every noun is capitalised, features.txt "capitalised-nouns", words in lower
         * case between the preposition and the fragment are its article and adjectives: "sprach
         * von einem „fatalen Signal“", "warnte vor einer „Katastrophe“"; not "a promis de
         * déposer « … »", whose verb opens a clause of its own) */
        /* (and there, adjuncts may stand between the verb and the preposition: "sprach dagegen
         * von einer „echten Entlastung“", "sprach nach dem Urteil von einem „Signal“") */
        size_t pp = s->verb_end.items[v];
        while (pp && pp < n && pp < s->verb_end.items[v] + MAX_ADJUNCT_TOKENS && (t[pp].flags & TOK_WORD) &&
               !in(d, &t[pp], &r->fragment_prepositions) && !s->verb_end.items[pp] && rules_feature(r, FEATURE_CAPITALISED_NOUNS))
            pp++;
        if (pp >= n || !in(d, &t[pp], &r->fragment_prepositions)) pp = s->verb_end.items[v];
        size_t fm = pp ? pp + 1 : n;
        while (fm < n && fm < pp + 1 + FRAGMENT_LEAD_TOKENS && (t[fm].flags & TOK_LOWER) &&
               rules_feature(r, FEATURE_CAPITALISED_NOUNS))
            fm++;
        if (pp && fm < n && reports(d, r, s, v) && in(d, &t[pp], &r->fragment_prepositions) && (t[fm].flags & TOK_MARK)) {
            a = pp;
            o = a + 1;
        } else if (!in(d, &t[v], &r->naming_verbs) || blocked(d, r, s, v)) {
            continue;
        } else if ((t[a].flags & TOK_LOWER) && in(d, &t[a], &r->prepositions) && !tok_article(d, r, &t[a])) {
            a++; /* "called for", "called on"; not the article "des" of "a salué des chiffres « … »" */
        }
        if (verbs++ > MAX_VERBS) break;
        o = o > a ? o : a;
        while (o < n && o < a + MAX_NAMED_TOKENS && (t[o].flags & TOK_WORD) && !s->verb_end.items[o]) o++;
        /* (an article elided before the mark: "a dénoncé l’« hypocrisie d’un système »") */
        if (o > a && o + 1 < n && (t[o].flags & TOK_PUNCT) && (t[o].cp == '\'' || t[o].cp == 0x2019) &&
            t[o].start == t[o - 1].end && (t[o + 1].flags & TOK_MARK))
            o++;
        if (o >= n || !(t[o].flags & TOK_MARK)) continue;
        size_t qi = quote_holding(quotes, t[o].start);
        if (qi == quotes->len || quotes->items[qi].open != t[o].start) continue;
        size_t b = o;
        while (b < n && t[b].start < quotes->items[qi].close_end) b++;
        /* "acusó al PNV de «chantajear» al Gobierno a cambio de …", "a accusé l'État de « mépriser »
         * les locataires": where a fragment may be a word of the clause (features.txt
         * "fragment-in-clause"), the clause goes on past it in lower case */
        /* (…up to a conjunction, which may join a clause of its own: "calificó el plan de
         * «vergonzoso» y pidió su retirada") */
        if (b < n && (t[b].flags & TOK_LOWER) && !s->verb_end.items[b] && rules_feature(r, FEATURE_FRAGMENT_IN_CLAUSE)) {
            size_t e = clause_end(d, r, quotes, s, b - 1, n);
            while (b < e && !in(d, &t[b], &r->conjunctions)) b++;
        }
        /* "a salué un film « d'une justesse bouleversante », qui « ne cherche jamais … »", "a défendu
         * une loi « de bon sens », attendue « depuis trois ans » par les élus": where a fragment may
         * be a word of the clause (features.txt "fragment-in-clause"), a relative clause or a
         * participle after its comma goes on describing the object, to the clause's end */
        if (b + 1 < n && punct_is(&t[b], ',') && (t[b + 1].flags & TOK_LOWER) && rules_feature(r, FEATURE_FRAGMENT_IN_CLAUSE) &&
            (in(d, &t[b + 1], &r->relatives) ||
             tok_passive_participle(d, r, &t[b + 1]))) {
            size_t e = clause_end(d, r, quotes, s, b + 1, n);
            if (e > b + 1) b = e;
        }
        /* "Il dit qu'il tiendra « jusqu'au bout », même si …", "a réclamé que l'État « prenne en
         * charge une partie des pertes » subies depuis …": a fragment after a complementiser
         * is in the verb's clause, which is the record, read to its end */
        size_t after_verb = s->verb_end.items[v] ? s->verb_end.items[v] : v + 1;
        /* (a word at least between them: not "called that “a total disgrace”", a demonstrative) */
        if (after_verb + 1 < o && (t[after_verb].flags & TOK_LOWER) && in(d, &t[after_verb], &r->complementisers)) {
            a = after_verb + 1;
            size_t e = clause_end(d, r, quotes, s, a, n);
            if (e > b) b = e;
        }
        mention m = cue_subject_before(d, r, s, v);
        if (m.kind == MENTION_NONE && v > 0 && punct_is(&t[v - 1], ',')) m = cue_main_subject(d, r, s, v);
        if (m.kind == MENTION_NONE || !cue_speaker_like(d, r, s, &m, 1)) continue;
        *out = (reported){a, b, 0, 0, {CUE_BEFORE, t[v].start, t[after_verb - 1].end, m}};
        return 1;
    }
    return 0;
}

/* Index of the first quotation that opens at or after pos (quotes->len when none). */
static size_t first_opening_at(const quote_vec *quotes, size_t pos) { VEC_RETURN_FIRST_FROM(*quotes, open, pos); }

/* Does a quotation of quotes open inside the window's tokens? Where none does, no fragment can
 * be named there (naming_fragment needs a mark that opens one), and the search for one, a look
 * at every verb of the sentence, is passed over. *next is the first quotation that opens at or
 * after the window's start, carried from one window to the next of a walk that reads them in
 * order: the walk on to it, over the few quotations between, costs less than a search. */
static int quotation_opens_in(const quote_vec *quotes, const cue_scratch *s, size_t *next) {
    size_t n = s->toks.len;
    if (!n) return 0;
    size_t pos = s->toks.items[0].start, qi = *next;
    if (qi > quotes->len || (qi > 0 && quotes->items[qi - 1].open >= pos)) qi = first_opening_at(quotes, pos); /* (back) */
    while (qi < quotes->len && quotes->items[qi].open < pos) qi++;
    *next = qi;
    return qi < quotes->len && quotes->items[qi].open < s->toks.items[n - 1].end;
}

/* The next report of the sentence from token `from`: a clause (clause_of_report), or, where the
 * search opens the sentence, a named fragment whose verb stands before that clause ("Russo called
 * the attack “desperate” and said …"; not "said the senator called the ad “a smear”", inside it)
 * or where no clause was found. */
/* (quote_opens: quotation_opens_in of the window) */
static int find_clause(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue *cues,
                       const cue_scratch *s, size_t from, int quote_opens, const mention *shared, reported *out) {
    int found = clause_of_report(d, r, quotes, cues, s, from, shared, out);
    if (from != 0 || !quote_opens) return found;
    size_t limit = found ? out->a : s->toks.len;
    reported named;
    if (naming_fragment(d, r, quotes, s, limit, &named)) {
        *out = named;
        return 1;
    }
    return found;
}

/* Does the quotation's first letter stand in upper case: a whole sentence quoted? */
static int starts_upper(const document *d, const quote *q) {
    for (size_t k = q->start; k < q->end;) {
        int32_t cp;
        k += utf8_next(d->text, q->end, k, &cp);
        if (cp >= 0 && (uc_is_letter(cp) || uc_is_digit(cp))) return uc_is_upper(cp);
    }
    return 0;
}

static int push(quote_vec *quotes, cue_vec *cues, const quote *q, const cue *c) {
    if (VEC_PUSH(quotes, *q) != 0) return -1;
    if (VEC_PUSH(cues, *c) != 0) return -1;
    return 0;
}

/* Merges the reported clauses (appended after the first `found` entries) into position order:
 * from the end, so that only the clauses are set aside and the quotations after the first
 * clause's place move (one before a clause where both open at the same byte). */
static int merge(quote_vec *quotes, cue_vec *cues, size_t found) {
    size_t total = quotes->len, added = total - found;
    if (!added) return 0;
    quote *q = malloc(added * sizeof *q);
    cue *c = malloc(added * sizeof *c);
    if (!q || !c) {
        free(q);
        free(c);
        return -1;
    }
    memcpy(q, quotes->items + found, added * sizeof *q);
    memcpy(c, cues->items + found, added * sizeof *c);
    for (size_t i = found, j = added, k = total; j > 0;) {
        k--;
        if (i > 0 && quotes->items[i - 1].open > q[j - 1].open) {
            i--;
            quotes->items[k] = quotes->items[i];
            cues->items[k] = cues->items[i];
        } else {
            j--;
            quotes->items[k] = q[j];
            cues->items[k] = c[j];
        }
    }
    free(q);
    free(c);
    return 0;
}

/* Adds the reported clause of tokens [ta, tb) of the window, in sentence sent, with its cue c:
 * indirect, or mixed with the quotations it holds as fragments (not written on their own);
 * nothing when a quotation holds it whole or runs on past it. found quotations of quotes are
 * the ones in marks. Returns 0, or -1 when out of memory. */
static int add_clause(const document *d, const whosaid_rules *r, const cue_scratch *s, quote_vec *quotes,
                      cue_vec *cues, size_t found, size_t ta, size_t tb, size_t sent, const cue *c) {
    const token *t = s->toks.items;
    quote_vec direct = {quotes->items, found, found};
    size_t a = t[ta].start, b = t[tb - 1].end;
    /* a whole quotation after a comma or colon ("…, “It was a twinkle in some engineer’s
     * eye.”") is a direct one: the reported clause, if any, ends before it */
    for (size_t k = ta + 1; k < tb; k++) {
        if (!(t[k].flags & TOK_MARK) || !(punct_is(&t[k - 1], ',') || punct_is(&t[k - 1], ':'))) continue;
        size_t qi = quote_holding(&direct, t[k].start);
        if (qi == found || direct.items[qi].open != t[k].start || !starts_upper(d, &direct.items[qi])) continue;
        tb = k - 1;
        b = tb > ta ? t[tb - 1].end : a;
        break;
    }
    if (tb < ta + MIN_CLAUSE_TOKENS) return 0;
    /* "afirmó que A y que B": where the language's news count each clause its own complementiser
     * opens as one report (features.txt "coordinated-clauses"), a conjunction and a
     * complementiser outside quotations split the clause in two, each with the cue */
    /* (not where the first part holds a complementiser or a relative of its own, whose clause
     * the second may go on with: "el proyecto, que costará 40 millones y que será financiado
     * …", "es necesario que el gobierno actúe y que …") */
    if (rules_feature(r, FEATURE_COORDINATED_CLAUSES))
        for (size_t k = ta; k + MIN_CLAUSE_TOKENS + 1 < tb; k++) {
            /* (a "que" before an infinitive opens no such clause: "tendrán que justificar",
             * rules/<lang>/infinitive-endings.txt) */
            if ((in(d, &t[k], &r->complementisers) || tok_relative(d, r, &t[k])) &&
                !(k + 1 < tb && (t[k + 1].flags & TOK_LOWER) &&
                  rules_ends_in(&r->infinitive_endings, (const char *)d->text + t[k + 1].start, t[k + 1].stem_end - t[k + 1].start)))
                break;
            if (!(t[k].flags & TOK_LOWER) || !in(d, &t[k], &r->conjunctions) || !in(d, &t[k + 1], &r->complementisers) ||
                in(d, &t[k + 2], &r->conjunctions) || in(d, &t[k + 2], &r->complementisers) ||
                quote_holding(&direct, t[k].start) < found)
                continue;
            size_t e = k;
            while (e > ta && punct_is(&t[e - 1], ',')) e--;
            if (e < ta + MIN_CLAUSE_TOKENS) break;
            if (add_clause(d, r, s, quotes, cues, found, ta, e, sent, c) != 0) return -1;
            return add_clause(d, r, s, quotes, cues, found, k + 2, tb, sent, c);
        }
    /* quotations in the clause: all of it (a direct quotation already), or fragments of it */
    size_t first = quote_holding_or_after(&direct, a), held = 0, whole = 0, beyond = 0, unclosed = 0;
    for (size_t k = first; k < found && quotes->items[k].open < b; k++) {
        held++;
        if (quotes->items[k].open <= a && quotes->items[k].close_end >= b) whole = 1;
        /* a quotation that goes on past the clause (into the next paragraph) is its own */
        else if (quotes->items[k].close_end > b) beyond = 1;
        unclosed |= !quotes->items[k].closed;
    }
    /* "a dénoncé « un mépris total »", "a fustigé « un budget de renoncement »": where news
     * quote a speaker's words as the whole object of the verb (features.txt "fragment-object";
     * English's call such a fragment a phrase of the writer's, "what aides called “…”"), the
     * fragment takes the clause's cue where it had none (and, a word or two, it is no scare
     * quote, which marked it); a fragment, in lower case, not a name ("à « Libération »") */
    if (whole && held == 1 && quotes->items[first].open == a && quotes->items[first].close_end == b &&
        rules_feature(r, FEATURE_FRAGMENT_OBJECT) && !starts_upper(d, &quotes->items[first]) &&
        cues->items[first].form == CUE_NONE && c->who.kind != MENTION_NONE) {
        cues->items[first] = *c;
        quotes->items[first].type = WHOSAID_DIRECT;
        return 0;
    }
    if (whole || beyond) return 0;
    for (size_t k = first; held && k < found && quotes->items[k].open < b; k++) quotes->items[k].type = 0;
    quote q = {0};
    q.open = q.start = a;
    q.end = q.close_end = b;
    q.closed = !unclosed; /* a fragment whose mark never closes leaves the clause open too */
    q.type = held ? WHOSAID_MIXED : WHOSAID_INDIRECT;
    q.sent = sent;
    return push(quotes, cues, &q, c);
}

/* Words of a list after its comma up to its last noun's conjunction, at most. */
enum { LIST_AFTER_COMMA_TOKENS = 4 };

/* Is the comma at toks[k] one between the nouns of a list, where every noun is capitalised: a
 * capitalised word after it, then words up to a list's conjunction ("Durchfall, Fieber oder
 * Bauchkrämpfen"), and no punctuation between? */
static int list_comma(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (!rules_feature(r, FEATURE_CAPITALISED_NOUNS) || k + 2 >= n || !(t[k + 1].flags & TOK_CAP) ||
        in(d, &t[k + 1], &r->subordinators) || tok_article(d, r, &t[k + 1]))
        return 0;
    for (size_t w = k + 2; w < n && w <= k + 1 + LIST_AFTER_COMMA_TOKENS && (t[w].flags & TOK_WORD); w++)
        if (tok_list_conjunction(d, r, &t[w])) return 1;
    return 0;
}

/* "„…“, sagte Roth. Die Schuldenbremse dürfe kein Dogma sein.": a sentence whose finite verb is
 * in the mood of reported speech (rules/<lang>/subjunctive-forms.txt: German "sei", "habe",
 * "müsse"), before any comma, goes on with what the speaker just said: the whole sentence is a
 * reported clause with no cue, which attribution gives to that speaker as a continuation. Only
 * right after a sentence that held a quotation or a reported clause (prev_said), and not where a
 * subordinate clause opens it, "es sei denn" (unless), or a quotation in it is a sentence of its
 * own. Returns 1 and the clause in *out, or 0. */
static int subjunctive_sentence(const document *d, const whosaid_rules *r, const quote_vec *quotes,
                                const cue_scratch *s, reported *out) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, a = 0;
    while (a < n && (t[a].flags & TOK_PUNCT) && !(t[a].flags & TOK_MARK)) a++;
    if (a >= n || (t[a].flags & TOK_MARK) || in(d, &t[a], &r->report_openers) || in(d, &t[a], &r->conjunctions)) return 0;
    size_t k = a + 1;
    while (k < n && !((t[k].flags & TOK_LOWER) && in(d, &t[k], &r->subjunctives)) &&
           !tok_subjunctive_by_subject(d, r, t, n, a, k)) {
        /* (a comma between the nouns of a list does not end the clause: "Bei Durchfall, Fieber oder
         * Bauchkrämpfen solle man …") */
        if (punct_is(&t[k], ',') && !list_comma(d, r, t, n, k)) break;
        k++;
    }
    /* (a subordinate clause may open it where the main clause's verb right after its comma is in
     * that mood: "Wer als Behörde diese Frist reiße, solle den Antrag nicht mehr ablehnen
     * dürfen", "Wenn der Bund nicht zahle, müsse die Gemeinde …") */
    /* (not where a cue of its own follows: "Wer den Schaden bezahlt, sei noch unklar, teilte die
     * Polizei mit") */
    if (in(d, &t[a], &r->subordinators)) {
        if (!(k = subjunctive_after_comma(d, r, s, a, n))) return 0;
        for (size_t v = k + 1; v < n; v++)
            if (s->verb_end.items[v]) return 0;
    }
    if (k >= n || punct_is(&t[k], ',') || quote_holding(quotes, t[k].start) < quotes->len) return 0;
    if (k + 1 < n && in(d, &t[k + 1], &r->conjunctions) && !(t[k + 1].flags & TOK_CAP)) return 0; /* "es sei denn" */
    for (size_t j = a; j < n; j++) {
        size_t qi = quote_holding(quotes, t[j].start);
        if (qi < quotes->len && starts_upper(d, &quotes->items[qi])) return 0;
    }
    size_t b = n;
    while (b > a && (t[b - 1].flags & TOK_PUNCT) && !(t[b - 1].flags & TOK_MARK)) b--;
    if (b < a + MIN_FRONT_CLAUSE_TOKENS) return 0;
    memset(out, 0, sizeof *out);
    out->a = a;
    out->b = b;
    return 1;
}

/* "Dziedzic nannte mehrere Gründe für die Schieflage: Ein Hauptsponsor sei abgesprungen, …",
 * "Als Hauptgrund nannte sie Probleme beim Bau des Tunnels: Beim Vortrieb sei man …": where the
 * verb comes second and the clause takes a comma (features.txt "verb-second", "comma-clause"), a
 * clause in the mood of reported speech after a colon, without marks, is what the subject of the
 * clause before it said, whatever its verb: the phrase before the verb, or the one right after
 * it. No quotation before the colon. Returns 1 and the clause in *out, or 0. */
static int colon_subjunctive(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue_scratch *s,
                             reported *out) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, k = 0;
    if (!rules_feature(r, FEATURE_VERB_SECOND) || !rules_feature(r, FEATURE_COMMA_CLAUSE)) return 0;
    while (k < n && !punct_is(&t[k], ':')) {
        if (t[k].flags & TOK_MARK) return 0;
        k++;
    }
    /* (a sentence that ends in a full stop: no headline's "OGH kippt Klausel: Tausende Mieter
     * könnten Geld zurückbekommen") */
    if (k < 3 || k + 1 + MIN_CLAUSE_TOKENS > n || (t[k + 1].flags & TOK_MARK) || !punct_is(&t[n - 1], '.') ||
        !subjunctive_within(d, r, s, k + 1, COLON_CLAUSE_WORDS))
        return 0;
    size_t v = verb_second_phrase_end(d, r, s, 0);
    if (v + 1 >= k || in(d, &t[v], &r->copulas)) return 0;
    mention m = parse_mention_before(d, r, &s->toks, 0, v);
    if (m.kind == MENTION_NONE || m.start > t[1].start) m = cue_subject_before(d, r, s, v);
    /* (the sentence's first phrase, its article aside: not "Hauptgrund" of "Als Hauptgrund
     * nannte sie …") */
    if (m.kind == MENTION_NONE || (m.start != t[0].start && !(m.start == t[1].start && tok_article(d, r, &t[0]))) || !cue_speaker_like(d, r, s, &m, 1) || !mention_is_someone(d, r, &m)) {
        /* (a pronoun or a person's name right after the verb: "Als Hauptgrund nannte sie …";
         * not any capitalised noun, "nannte Details") */
        m = parse_mention(d, r, &s->toks, v + 1);
        if (!(m.kind == MENTION_PRONOUN || (m.kind == MENTION_NAME && mention_opens_with_first_name(d, r, &s->toks, &m))) ||
            !cue_speaker_like(d, r, s, &m, 0))
            return 0;
    }
    size_t b = clause_end(d, r, quotes, s, k + 1, n);
    if (b < k + 1 + MIN_CLAUSE_TOKENS) return 0;
    *out = (reported){k + 1, b, 0, 0, {CUE_BEFORE, t[v].start, t[v].end, m}};
    return 1;
}

/* Did the sentence before sent, in its paragraph, hold a quotation of quotes or a reported
 * clause found (the last of quotes->items[found..])? */
static int said_before(const segments *seg, const quote_vec *quotes, size_t found, size_t sent) {
    if (sent == 0 || seg->sents.items[sent - 1].para != seg->sents.items[sent].para) return 0;
    const sentence *before = &seg->sents.items[sent - 1];
    if (quotes->len > found && quotes->items[quotes->len - 1].sent == sent - 1) return 1;
    size_t qi = first_opening_at(&(quote_vec){quotes->items, found, found}, before->start);
    return qi < found && quotes->items[qi].open < before->end;
}

int find_reported(const document *d, const whosaid_rules *r, const segments *seg, const index_vec *speech,
                  const kept_tokens *kept, quote_vec *quotes, cue_vec *cues, cue_scratch *s) {
    size_t found = quotes->len, next_quote = 0; /* (quotation_opens_in's, the sentences in order) */
    for (size_t i = 0; i < speech->len; i++) {
        const sentence *snt = &seg->sents.items[speech->items[i]];
        if (!snt->prose) continue;
        if (cue_window_of(d, r, s, kept, speech->items[i], snt->start, snt->end) != 0) return -1;
        /* "Why had he asserted that …?": a question reports nothing */
        if (s->toks.len && punct_is(&s->toks.items[s->toks.len - 1], '?')) continue;
        int quote_opens = quotation_opens_in(&(quote_vec){quotes->items, found, found}, s, &next_quote);
        reported rep;
        /* "Wilkinson said the party needs renewal, noting that …", "… and he said …": a sentence
         * may report twice, one clause after the other */
        for (size_t from = 0, clauses = 0; clauses < MAX_CLAUSES && from + MIN_CLAUSE_TOKENS < s->toks.len; clauses++) {
            /* the found quotations only: a clause is never found inside another clause (taken
             * anew each time: adding a clause may move the list) */
            quote_vec direct = {quotes->items, found, found};
            /* (the subject of the clause before, that stood before its verb, for a verb after a
             * conjunction to share: not "according to their attorneys, and said …") */
            mention before = clauses > 0 ? rep.c.who : (mention){0}; /* (rep is written anew) */
            const mention *shared = clauses > 0 && rep.c.who.end <= rep.c.verb_start ? &before : NULL;
            if (!find_clause(d, r, &direct, cues->items, s, from, quote_opens, shared, &rep) &&
                (clauses > 0 ||
                 (!(said_before(seg, quotes, found, speech->items[i]) && subjunctive_sentence(d, r, &direct, s, &rep)) &&
                  !colon_subjunctive(d, r, &direct, s, &rep))))
                break;
            if (add_clause(d, r, s, quotes, cues, found, rep.a, rep.b, speech->items[i], &rep.c) != 0 ||
                (rep.b2 > rep.a2 && add_clause(d, r, s, quotes, cues, found, rep.a2, rep.b2, speech->items[i], &rep.c) != 0))
                return -1;
            /* on past the clause and its own cue, which a second search must not read again
             * ("…, she said after meeting the premier" is no second clause) */
            size_t past = rep.c.verb_end > rep.c.who.end ? rep.c.verb_end : rep.c.who.end;
            from = rep.b2 > rep.a2 ? rep.b2 : rep.b;
            while (from < s->toks.len && s->toks.items[from].start < past) from++;
        }
    }
    return merge(quotes, cues, found);
}
