/* roles.c: what the words around a name say of the person: a role in lower case before it
 * ("campaign chairman John Podesta"), a titled description before it between commas ("The
 * city’s chief engineer, Dr. Aisha Karimi,"), an apposition or relative clause after it
 * (", Belarus’s foreign minister,", ", who runs Our Principles PAC,"), an age (", 49,"), a kind
 * of organisation (", a German charity,"). */
#include "roles.h"
#include "scan.h"

/* How many words a relative clause whose verb comes last runs to. */
enum { VERB_FINAL_CLAUSE_WORDS = 16 };

/* ", die seit 2020 Landrätin des Kreises ist,", ", die als Referentin beim Naturschutzbund
 * arbeitet,": where a relative clause puts its verb last (features.txt "verb-final"), the clause
 * after the relative at toks[j] gives a role by a titled phrase right before a copula of the
 * present that ends it, or by one after a word of rules/<lang>/role-markers.txt ("als"), up to
 * an article that opens an object ("als Geschäftsführer die Stadtwerke leitet") or the verb.
 * Returns 1 and the role's span, or 0. */
static int verb_final_role(const document *d, const whosaid_rules *r, const token_vec *toks, size_t j, size_t *rs,
                           size_t *re) {
    const token *t = toks->items;
    size_t n = toks->len, e = j;
    if (!rules_feature(r, FEATURE_VERB_FINAL)) return 0;
    while (e < n && e < j + VERB_FINAL_CLAUSE_WORDS && (t[e].flags & TOK_WORD)) e++;
    /* the clause ends at a comma or the sentence's end, its last word the verb */
    if (e <= j + 1 || (e < n && !punct_is(&t[e], ',') && !punct_is(&t[e], '.'))) return 0;
    size_t verb = e - 1, s = j, end = verb;
    while (s < verb && token_in(d, &t[s], &r->role_markers) < 0) s++;
    if (s + 1 < verb) {
        /* "als Staatssekretärin im Ministerium für den Haushalt zuständig ist": up to an
         * article that opens an object or the verb, less a connector left at the end */
        s++;
        for (size_t k = s + 1; k < verb && end == verb; k++)
            if (tok_article(d, r, &t[k]) && !tok_connector(d, r, &t[k])) end = k;
        while (end > s + 1 && tok_connector(d, r, &t[end - 1])) end--;
    } else if (token_in(d, &t[verb], &r->copulas) >= 0 && token_in(d, &t[verb], &r->past_copulas) < 0) {
        /* "seit 2020 Landrätin des Kreises": the role opens with its first title word */
        for (s = j; s < verb && !tok_title(d, r, &t[s]);) s++;
        for (size_t k = s + 1; k < verb; k++)
            if (tok_article(d, r, &t[k]) && !tok_connector(d, r, &t[k])) return 0;
    } else {
        return 0;
    }
    if (s >= end || !(t[s].flags & TOK_CAP)) return 0;
    int titled = 0;
    for (size_t k = s; k < end; k++)
        titled |= tok_title_noun(d, r, &t[k]);
    if (!titled) return 0;
    *rs = t[s].start;
    *re = t[end - 1].end;
    return 1;
}

/* Does a number in words and a noun of time open at t[e] ("three years ago")? */
static int counted_time_at(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t e) {
    return e + 1 < n && (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->numerals) >= 0 &&
           wordset_get_folded(&r->time_nouns, (const char *)d->text + t[e + 1].start, t[e + 1].stem_end - t[e + 1].start) >= 0;
}

/* Words of a relative clause read before the word that marks a role, at most. */
enum { MARKED_ROLE_WORDS = 4 };

/* ", who took over as manager three years ago,", ", qui travaille comme infirmière,": where the
 * verb of a relative clause comes first (not "verb-final"), the verb at toks[j] and a few words
 * in lower case, then a word of rules/<lang>/role-markers.txt ("as") before a title or an
 * article and a title: where the role opens (the title, or its article), or 0. */
static size_t relative_role_marked(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j) {
    if (rules_feature(r, FEATURE_VERB_FINAL) || !r->role_markers.len) return 0;
    for (size_t k = j + 1; k + 1 < n && k <= j + MARKED_ROLE_WORDS && (t[k].flags & TOK_LOWER); k++) {
        if (token_in(d, &t[k], &r->role_markers) < 0) continue;
        size_t a = k + 1;
        if (tok_title(d, r, &t[a]) || (a + 1 < n && tok_article(d, r, &t[a]) && tok_title(d, r, &t[a + 1]))) return a;
        return 0;
    }
    return 0;
}

/* Is t[c] a conjunction in lower case after a noun of years, before a word in lower case
 * (", 52 ans et médecin généraliste")? */
static TEST_INLINE int conjunction_after_age(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t c) {
    /* (the language's nouns of years first: asked after every name, and none in English) */
    return r->age_nouns.len && c > 0 && c + 1 < n && (t[c].flags & TOK_LOWER) && token_in(d, &t[c], &r->conjunctions) >= 0 &&
           (t[c + 1].flags & TOK_LOWER) &&
           wordset_get(&r->age_nouns, (const char *)d->text + t[c - 1].start, t[c - 1].stem_end - t[c - 1].start) >= 0;
}

/* age_opening (roles.h). */
size_t age_opening(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    const token *t = toks->items;
    size_t n = toks->len;
    if (k + 2 >= n || !(t[k].flags & TOK_PUNCT) || t[k].cp != ',') return 0;
    size_t a = k + 1 + ((t[k + 1].flags & TOK_LOWER) && tok_connector(d, r, &t[k + 1]));
    return a + 1 < n && uc_is_digit(d->text[t[a].start]) && (t[a + 1].flags & TOK_LOWER) &&
                   wordset_get(&r->age_nouns, (const char *)d->text + t[a + 1].start, t[a + 1].stem_end - t[a + 1].start) >= 0
               ? a + 2
               : 0;
}

/* Tokens of a role in apposition, at most; past APPOSITION_HOLDS, a second title after a
 * conjunction is left out (apposition_role). */
enum { APPOSITION_TOKENS = 22, APPOSITION_HOLDS = 14 };

/* Is t a relative of things only (rules/<lang>/thing-relatives.txt: "which"), that describes no
 * one? */
static int thing_relative(const document *d, const whosaid_rules *r, const token *t) {
    return wordset_get(&r->thing_relatives, (const char *)d->text + t->start, t->stem_end - t->start) >= 0;
}

/* Words a name in quotation marks inside a role holds, at most. */
enum { QUOTED_NAME_WORDS = 6 };

/* ", Vorsitzender des Vereins „Grünes Ufer“,": a name in quotation marks after a word of a
 * role at t[e] (an opening mark), words only, is one word of the role; where it ends (past
 * its closing mark), or e. */
static size_t past_quoted_name(const whosaid_rules *r, const token *t, size_t n, size_t e) {
    if (!(t[e].flags & TOK_PUNCT) || !(rules_mark(r, t[e].cp) & MARK_OPENS) || e == 0 || !(t[e - 1].flags & TOK_WORD) ||
        t[e].start == t[e - 1].end)
        return e;
    for (size_t f = e + 1; f < n && f <= e + QUOTED_NAME_WORDS + 1; f++) {
        /* (a title's question or exclamation mark too: « La Ville sans les pauvres ? ») */
        if ((t[f].flags & TOK_WORD) || (f > e + 1 && (punct_is(&t[f], '?') || punct_is(&t[f], '!')))) continue;
        /* (closed by its pair, before punctuation that ends the role) */
        int closed = f > e + 1 && (t[f].flags & TOK_PUNCT) && rules_marks_pair(r, t[e].cp, t[f].cp);
        return closed && (f + 1 == n || (t[f + 1].flags & TOK_PUNCT)) ? f + 1 : e;
    }
    return e;
}

/* Letters of a capitalised word before a full stop of its own from which the stop ends a
 * sentence: shorter ones may be abbreviations the rules lack ("Univ.", "Dept."). */
enum { CAPITALISED_BEFORE_STOP = 5 };

/* Does a full stop that is no part of word w (an abbreviation's and an initial's are) end a
 * sentence, where a capital follows? After a word in lower case, an acronym ("à l’UQAR. Mais"),
 * a place (places.txt: "de Metz. Mais") or a longer capitalised word ("de Montréal. Mais"). */
static int sentence_stop_after(const document *d, const whosaid_rules *r, const token *w) {
    if (!(w->flags & TOK_WORD) || (w->flags & (TOK_ABBREV | TOK_INITIAL))) return 0;
    if (w->flags & TOK_LOWER) return 1;
    if (w->flags & TOK_ALLCAPS) return w->stem_end - w->start >= 2;
    if (!(w->flags & TOK_CAP)) return 0;
    return count_char_starts(d->text, w->start, w->stem_end) >= CAPITALISED_BEFORE_STOP || token_in(d, w, &r->places) >= 0;
}

/* ", chair of the backbench group leading the rebellion,": is t[e] a present participle in lower
 * case (rules/<lang>/participle-endings.txt), no preposition ("including"), after a noun in
 * lower case and before an article or a possessive, whose clause says more of that noun and
 * runs, no verb in it, to the apposition's closing punctuation? */
static int participle_clause_at(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t e) {
    if (!(t[e].flags & TOK_LOWER) || e + 1 >= n || !(t[e - 1].flags & TOK_LOWER) ||
        token_in(d, &t[e], &r->prepositions) >= 0 || token_in(d, &t[e - 1], &r->prepositions) >= 0 ||
        tok_article(d, r, &t[e - 1]) || tok_connector(d, r, &t[e - 1]) || token_in(d, &t[e - 1], &r->title_modifiers) >= 0)
        return 0;
    /* (or a past participle that tells where someone lives or comes from, before a preposition
     * or an article: ", ancienne infirmière installée sur l'île depuis quarante ans,", ",
     * violonchelista de 17 años nacido en Caracas,", rules/<lang>/placing-participles.txt) */
    int present = rules_ends_in(&r->participle_endings, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start) &&
                  (tok_article(d, r, &t[e + 1]) || token_in(d, &t[e + 1], &r->possessives) >= 0);
    int past = !present && token_in(d, &t[e], &r->placing_participles) >= 0 && (t[e + 1].flags & TOK_LOWER) &&
               (token_in(d, &t[e + 1], &r->prepositions) >= 0 || tok_article(d, r, &t[e + 1]));
    if (!present && !past) return 0;
    for (size_t w = e + 1; w < n && w <= e + APPOSITION_TOKENS; w++) {
        if (t[w].flags & TOK_PUNCT)
            return t[w].cp == ',' || t[w].cp == '.' || t[w].cp == ';' || punct_is_long_dash(&t[w]);
        if (token_in(d, &t[w], &r->verbs) >= 0 || token_in(d, &t[w], &r->auxiliaries) >= 0) return 0;
    }
    return 0;
}

/* ", acusado de matar a golpes a su vecino,": after a participle that heads the role at t[j], a
 * connector or a preposition at t[e] and an infinitive (infinitive-endings.txt) say what they are
 * accused of or charged with, no part of the role. */
static int infinitive_after_participle(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j,
                                       size_t e) {
    return e == j + 1 && e + 1 < n && (t[j].flags & TOK_LOWER) && (t[e].flags & TOK_LOWER) &&
           (t[e + 1].flags & TOK_LOWER) && r->infinitive_endings.len && tok_passive_participle(d, r, &t[j]) &&
           (tok_connector(d, r, &t[e]) || token_in(d, &t[e], &r->prepositions) >= 0) && !tok_title(d, r, &t[e + 1]) &&
           /* (no article in it, which opens a noun: "retraité du quartier") */
           !tok_article(d, r, &t[e]) && !contracted_article(d, r, &t[e]) &&
           t[e + 1].stem_end - t[e + 1].start > 3 &&
           rules_ends_in(&r->infinitive_endings, (const char *)d->text + t[e + 1].start, t[e + 1].stem_end - t[e + 1].start);
}

/* Does a noun of a street or a settlement in lower case (street-nouns.txt, settlement-nouns.txt)
 * head the phrase at toks[k] ("rue de la Papeterie", "la rue voisine"): no possessor, and where
 * modifiers come before the noun no title after it ("the town's mayor", "town councillor")? It
 * says where, no role. */
static int place_head(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (!(t[k].flags & TOK_LOWER) || (t[k].flags & TOK_POSS) ||
        (k + 1 < n && (t[k + 1].flags & TOK_LOWER) && tok_title(d, r, &t[k + 1]) &&
         !rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)))
        return 0;
    return wordset_get_folded(&r->street_nouns, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) >= 0 ||
           wordset_get_folded(&r->settlement_nouns, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) >= 0;
}

/* ", president of Dying with Dignity Canada," after a name: an apposition with a title word
 * shows a person and gives a role. Returns 1 and the role's span, or 0. */
int apposition_role_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k,
                         size_t *rs, size_t *re) {
    const token *t = toks->items;
    size_t n = toks->len;
    /* ", the culture minister," or "— Ivy League-trained surgeon and daytime TV star —" */
    if (k + 1 >= n || ((!(t[k].flags & TOK_PUNCT) || (t[k].cp != ',' && !punct_is_long_dash(&t[k]))) &&
                       !conjunction_after_age(d, r, t, n, k)))
        return 0;
    /* (", de 49 años y 26 en la cadena de montaje,", ", 52 ans et médecin": an age opens no
     * role; apposition_age reads past it) */
    if (age_opening(d, r, toks, k)) return 0;
    size_t j = k + 1;
    /* ", seit 2014 Bürgermeisterin von Hohenbrunnach,", ", depuis 2019 maire de …": a preposition
     * and a year before the role say since when it is held */
    if (j + 2 < n && (t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->prepositions) >= 0 &&
        !(t[j + 1].flags & (TOK_CAP | TOK_LOWER)) && uc_is_digit(d->text[t[j + 1].start]) && (t[j + 2].flags & TOK_WORD))
        j += 2;
    /* a relative clause: ", who runs Our Principles PAC,", ", who is a senior fellow at …," */
    int relative = tok_relative(d, r, &t[j]) && j + 1 < n;
    /* German "der" is an article before a noun (", der Sprecher der Stadtverwaltung,"), a
     * relative before anything else (", der die Delegation begleitete,") */
    /* (…or before an adjective that belongs to a title and its noun: ", die umweltpolitische
     * Sprecherin der Fraktion,") */
    if (relative && tok_article(d, r, &t[j]) &&
        ((t[j + 1].flags & TOK_CAP) ||
         (j + 2 < n && (t[j + 1].flags & TOK_LOWER) && (t[j + 2].flags & TOK_CAP) && tok_title(d, r, &t[j + 1]))))
        relative = 0;
    /* (", which owns 31 buildings,": a relative of things only describes no one,
     * rules/<lang>/thing-relatives.txt) */
    if (relative && thing_relative(d, r, &t[j])) return 0;
    int copula = 0;
    if (relative) {
        j++;
        /* (an auxiliary before the copula: ", who has been its editor since 1986,") */
        if (j + 1 < n && (t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->auxiliaries) >= 0 &&
            token_in(d, &t[j + 1], &r->copulas) >= 0)
            j++;
        size_t marked = 0;
        if (token_in(d, &t[j], &r->copulas) >= 0) j++, copula = 1;
        else if ((marked = relative_role_marked(d, r, t, n, j)) != 0) j = marked, copula = 1;
        else if (token_in(d, &t[j], &r->role_verbs) < 0) return verb_final_role(d, r, toks, j, rs, re);
        /* (an adverb after the copula, ", who is also mayor of Pelly Creek,") */
        if (copula && j + 1 < n && (t[j].flags & TOK_LOWER) && tok_adverb(d, r, &t[j])) j++;
        if (j >= n) return 0;
    }
    /* "a doctor", but "one of several critics" keeps its "one"; after a copula, a possessive
     * too: ", who is its executive director," */
    int article = (tok_article(d, r, &t[j]) || (copula && (t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->possessives) >= 0)) &&
                  !(j + 1 < n && token_in(d, &t[j + 1], &r->prepositions) >= 0);
    if (article) j++;
    /* (nor an address: "Josiane Lefebvre, rue de la Papeterie,") */
    if (j >= n || !(t[j].flags & TOK_WORD) || tok_pronoun_word(d, r, &t[j]) || place_head(d, r, t, n, j)) return 0;
    /* (after a copula, what someone is opens with an article or a title: not ", who remains
     * friendly with her former boss,") */
    if (copula && !article && !tok_title(d, r, &t[j])) return 0;
    /* ", exploitant de la ligne,", ", autorité organisatrice,": where the noun heads its phrase
     * (features.txt "postnominal-adjectives"), one of a kind of organisation describes an
     * organisation, no one's role */
    if (rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && (t[j].flags & TOK_LOWER) && !(t[j].flags & TOK_POSS) &&
        token_in(d, &t[j], &r->org_nouns) >= 0)
        return 0;
    /* ", Vicent Martí, la acompañó en el acto.": an object pronoun that is written as an
     * article, then a verb in the past (rules/<lang>/object-clitics.txt), opens a clause */
    if (article && token_in(d, &t[j - 1], &r->object_clitics) >= 0 && (t[j].flags & TOK_LOWER) &&
        !tok_title(d, r, &t[j]) && rules_ends_in(&r->past_endings, (const char *)d->text + t[j].start, t[j].stem_end - t[j].start))
        return 0;
    /* ", vecina del barrio,", ", Landwirt aus dem Emsland,": where people are described after
     * their name by a noun and its complement, without an article (features.txt "epithets"),
     * a noun that a connector or a preposition follows makes a role (kin too: ", esposa del
     * paciente,", ", Vater von Zwillingen," say who the person is as a role does) */
    /* (after a word that belongs to a role without making one: ", ancien conducteur de
     * tracteur,", title-modifiers.txt) */
    size_t h = j + ((t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->title_modifiers) >= 0);
    int noun_of = !relative && j == k + 1 && h + 2 < n && rules_feature(r, FEATURE_EPITHETS) &&
                  ((t[h].flags & TOK_LOWER) ||
                   ((t[h].flags & TOK_CAP) && rules_feature(r, FEATURE_CAPITALISED_NOUNS))) &&
                  (tok_connector(d, r, &t[h + 1]) || token_in(d, &t[h + 1], &r->prepositions) >= 0) &&
                  (t[h + 1].flags & TOK_LOWER) && !tok_adverb(d, r, &t[h]) &&
                  token_in(d, &t[h], &r->prepositions) < 0 && token_in(d, &t[h], &r->verbs) < 0 &&
                  token_in(d, &t[h], &r->auxiliaries) < 0 && token_in(d, &t[h], &r->not_names) < 0 &&
                  token_in(d, &t[h], &r->pronouns) < 0 && token_in(d, &t[h], &r->complementisers) < 0 &&
                  token_in(d, &t[h], &r->conjunctions) < 0 && !tok_first_name(d, r, &t[h]) &&
                  /* (", escuchaba desde una reposera.": a verb by its ending, finite-verb-endings.txt) */
                  !tok_finite_ending(d, r, &t[h]) &&
                  /* (", entrevistada a la salida del turno,", ", jointe par téléphone,": a
                   * participle's clause tells where or how they were met, no title of theirs) */
                  !tok_bare_participle(d, r, t, n, h);
    /* it opens with an article, a title or a name ("Belarus’s foreign minister"), not a verb */
    if (!relative && j == k + 1 && (t[j].flags & TOK_LOWER) && !tok_title(d, r, &t[j]) && !noun_of) return 0;
    size_t e = j, titled = relative && token_in(d, &t[k + 2], &r->role_verbs) >= 0, verb = 0;
    size_t conjunction = 0; /* the last conjunction in lower case read, or 0 */
    size_t quoted_end = 0;  /* past the last name in quotation marks read, or 0 */
    size_t participle = 0;  /* where a participle's clause after the role opens, or 0 */
    while (e < n && e < j + APPOSITION_TOKENS) {
        if (e > j) {
            size_t past = past_quoted_name(r, t, n, e);
            if (past > e) {
                e = quoted_end = past;
                continue;
            }
            /* ", presidente del comité de Agua Potable Rural (APR) del sector,": an acronym in
             * brackets after a capitalised word, where a connector goes on after it, is one more
             * word of the role */
            past = (t[e - 1].flags & TOK_CAP) ? past_bracketed_acronyms(t, n, e) : e;
            if (past > e && past < n && tok_connector(d, r, &t[past])) {
                e = past;
                continue;
            }
        }
        if (!((t[e].flags & TOK_WORD) || (t[e].flags & TOK_PUNCT && (t[e].cp == '-' || t[e].cp == '.' || t[e].cp == '&')))) break;
        /* "« …, explique Jean Dupuis, le maire. Le reste viendra. »": a full stop after a word in
         * lower case and before a capital ends a sentence, inside a quotation too */
        if (punct_is(&t[e], '.') && e > j && sentence_stop_after(d, r, &t[e - 1]) && e + 1 < n && (t[e + 1].flags & TOK_CAP)) break;
        /* (German "der Stadtverwaltung": an article before a capitalised word, no relative) */
        if (tok_relative(d, r, &t[e]) && !(tok_article(d, r, &t[e]) && e + 1 < n && (t[e + 1].flags & TOK_CAP)))
            break;
        /* (a participle's clause after the role's noun is no part of it, and ends the apposition
         * where the role would: "chair of the backbench group leading the rebellion,") */
        if ((e > j && participle_clause_at(d, r, t, n, e) && (e > j + 1 || token_in(d, &t[e], &r->placing_participles) >= 0)) ||
            infinitive_after_participle(d, r, t, n, j, e)) {
            participle = e;
            break;
        }
        /* (a subordinator ends what someone is: ", who has been its editor since 1986,"; so
         * does a time a number counts: ", who took over as manager three years ago,") */
        if (copula && e > j && (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->subordinators) >= 0) break;
        if (copula && e > j && counted_time_at(d, r, t, n, e)) break;
        /* "…, former head of the party and a 43-year-old descendant of …": two appositions */
        if (titled && e + 1 < n && token_in(d, &t[e], &r->conjunctions) >= 0 && tok_article(d, r, &t[e + 1])) break;
        if (e > j && (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->conjunctions) >= 0) conjunction = e;
        if (e < j + 6 && (t[e].flags & TOK_WORD) && tok_title_noun(d, r, &t[e]))
            titled = 1; /* (a title by its ending: ", Personalvorstand der Weserland-Bahn,") */
        /* a noun phrase holds no pronoun and no second article but after a preposition: not
         * "Knowing Ferris, the coaches gave him the ball" */
        if ((tok_pronoun_word(d, r, &t[e]) && token_in(d, &t[e], &r->possessives) < 0) ||
            (!relative && e > j && tok_article(d, r, &t[e]) && !tok_connector(d, r, &t[e - 1]) &&
             token_in(d, &t[e - 1], &r->prepositions) < 0 &&
             /* (an article in capitals opens a name: "de la asociación vecinal La Viña") */
             !((t[e].flags & TOK_CAP) && e + 1 < n && (t[e + 1].flags & TOK_CAP)) &&
             !(tok_connector(d, r, &t[e]) && rules_feature(r, FEATURE_GENITIVE_ARTICLES)) &&
             /* (nor "des" after a noun, "de" and an article in one word: ", présidente de la
              * fédération des parents d'élèves,", features.txt "contracted-articles") */
             !(tok_connector(d, r, &t[e]) && (t[e].flags & TOK_LOWER) &&
               token_in(d, &t[e], &r->articles) != ARTICLE_DEFINITE && rules_feature(r, FEATURE_CONTRACTED_ARTICLES))))
            return 0;
        /* a verb makes a clause, not an apposition: ", a former aide to Sen. Ted Cruz, was one"
         * (listed, or by its ending where the language lists finite-verb-endings.txt: ", le
         * projet créerait 260 emplois", ", el juez rechazó") */
        /* (or a negation before its verb: ", l'entraîneur Sylvain Bergeron ne décolérait pas.";
         * not one after a title, which it qualifies: "concejal no adscrito") */
        if (token_in(d, &t[e], &r->verbs) >= 0 || token_in(d, &t[e], &r->auxiliaries) >= 0 ||
            (e > j && (t[e].flags & TOK_LOWER) &&
             (tok_finite_ending(d, r, &t[e]) || (token_in(d, &t[e], &r->negations) >= 0 && !tok_title(d, r, &t[e - 1]))))) {
            verb = 1;
            break;
        }
        e++;
    }
    /* ", a prominent New York Democrat,": an article makes a description of the person even
     * without a title word, if no verb shows a clause */
    if ((article || noun_of) && !relative && !verb) titled = 1;
    if (!titled || e == j) return 0;
    /* it ends the sentence or a clause: ", the minister, said", "…, the minister who …"; a label
     * in brackets after it is no part of it (", présidente de l'Union des étudiants (UEWB),") */
    /* ("président du comité de direction de l'Association scolaire intercommunale du
     * Haut-Jorat et municipal à Froideville,": a second title after a conjunction, where the
     * phrase runs past what one apposition holds, is left out; where adjectives follow the
     * noun, and names in lower case do not go on past a conjunction: not "co-director of the
     * Liberty and National Security Program at …") */
    size_t after = e < n ? tok_past_label(t, n, e) : e;
    /* (…nor is a party's in words: ", conseillère municipale d'opposition (divers gauche),") */
    if (after == e && e < n && r->party_label_words.len) after = past_party_words(d, r, t, n, e);
    if (e >= j + APPOSITION_HOLDS && !verb && conjunction && after < n &&
        (t[conjunction + 1].flags & TOK_LOWER) && tok_title(d, r, &t[conjunction + 1]) &&
        rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES))
        after = e = conjunction;
    if (!participle && after < n && !((t[after].flags & TOK_PUNCT) && (t[after].cp == ',' || t[after].cp == '.' || t[after].cp == ';')) &&
        !punct_is_long_dash(&t[after]) && !tok_relative(d, r, &t[after]) && token_in(d, &t[after], &r->conjunctions) < 0 &&
        !(copula && (token_in(d, &t[after], &r->subordinators) >= 0 || counted_time_at(d, r, t, n, after))))
        return 0;
    while (e > j && e != quoted_end && !(t[e - 1].flags & TOK_WORD)) e--;
    /* (where every noun is capitalised, a phrase that ends in a word in lower case ends in a
     * verb, not a noun: ", Johanna Vierling, ein neues Publikum auf die Burg locken.") */
    if (e > j && e != quoted_end && (t[e - 1].flags & TOK_LOWER) && rules_feature(r, FEATURE_CAPITALISED_NOUNS)) return 0;
    /* ", pêcheur de 52 ans,": a connector, a number and a noun of years (age-nouns.txt) after the
     * noun say how old the person is, not what role they have (unless the language's news keep
     * it there: features.txt "age-in-role", "vecina de 71 años") */
    if (!rules_feature(r, FEATURE_AGE_IN_ROLE)) e -= ends_in_age(d, r, t, j + 1, e);
    /* ", los estudiantes reclaman mejores condiciones.": an article that shows no one person
     * before a phrase that ends in a plural is a clause of its own, not a description of the
     * person (where singular-articles.txt tells: features.txt "epithets") */
    if (article && rules_feature(r, FEATURE_EPITHETS) && token_in(d, &t[j - 1], &r->singular_articles) < 0 &&
        rules_plural(r, (const char *)d->text + t[e - 1].start, t[e - 1].stem_end - t[e - 1].start))
        return 0;
    *rs = relative && token_in(d, &t[k + 2], &r->role_verbs) >= 0 ? t[k + 2].start : t[j].start;
    *re = t[e - 1].end;
    return 1;
}

/* Words in lower case of a title that a possessive owns, before a comma, at most. */
enum { OWNED_TITLE_WORDS = 6 };

/* "cabinet member for culture", "board member of the trust": words in lower case from t[a] to
 * the comma at t[comma], no verb among them, whose second word is a title after a noun that
 * modifies it (where the first is a title, parse_mention reads the phrase). */
static int owned_title_up_to(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t comma) {
    if (comma <= a + 1 || comma > a + OWNED_TITLE_WORDS || !tok_title(d, r, &t[a + 1])) return 0;
    for (size_t w = a; w < comma; w++)
        if (!(t[w].flags & TOK_LOWER) || token_in(d, &t[w], &r->verbs) >= 0 || token_in(d, &t[w], &r->auxiliaries) >= 0)
            return 0;
    return 1;
}

/* Are t[a, b] words of a title's phrase alone: words in lower case or a possessive's, no
 * preposition, connector or verb among them ("the orchestra's principal cellist")? */
static int bare_title_phrase(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t b) {
    for (size_t w = a; w <= b; w++)
        if (!(t[w].flags & TOK_WORD) || ((t[w].flags & TOK_LOWER) && (token_in(d, &t[w], &r->prepositions) >= 0 ||
                                                                       tok_connector(d, r, &t[w]) ||
                                                                       token_in(d, &t[w], &r->verbs) >= 0)))
            return 0;
    return 1;
}

/* Does a second apposition follow the name at toks[i]: its comma, then an article or a
 * possessive ("Tom Hale, the club's captain,")? */
static int apposition_follows(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    const token *t = toks->items;
    size_t k = i;
    while (k < toks->len && (t[k].flags & TOK_CAP)) k++;
    return k + 1 < toks->len && punct_is(&t[k], ',') &&
           (tok_article(d, r, &t[k + 1]) || token_in(d, &t[k + 1], &r->possessives) >= 0);
}

/* "présenté par la ministre du Travail, Catherine Vidal,", "X et le directeur général de
 * l'Agence, Philippe Morel, ont annoncé": where news describe people so in any place of the
 * clause (features.txt "epithets"), a titled phrase after a word in lower case that ends at the
 * comma before the name toks[i]. Returns 1 and the role's span, or 0. */
static int description_after_link(const document *d, const whosaid_rules *r, const token_vec *toks, size_t a,
                                  size_t i, int ends_sentence, size_t *rs, size_t *re) {
    const token *t = toks->items;
    /* (elsewhere, English, only someone new that an indefinite article introduces, named by a
     * first name: "discovered by an independent security researcher, Devon Achterberg,"; "the
     * atoll Beijing grabbed, Scarborough Shoal," is a place) */
    int epithets = rules_feature(r, FEATURE_EPITHETS);
    if (!epithets && !tok_first_name(d, r, &t[i])) return 0;
    for (size_t s = a > 0 ? a : 1; s + 2 < i; s++) {
        /* (or a definite one whose phrase a title ends, the office of someone the story names
         * there: "She met the orchestra's principal cellist, Ewan Baird,"; the title list holds no
         * plural, which opens a list of people: "the ward councillors, Ruth Adler, Sam Ferris and
         * Li Wei") */
        /* (its words nouns of the title alone, a possessive's maybe, no preposition nor verb: not
         * "the budget drafted by the treasurer, Ann Lee,"; nor where another apposition follows the
         * name, whose role that is: "After he thanked the coach, Tom Hale, the club's captain,") */
        int article = token_in(d, &t[s], &r->articles);
        if (!epithets && article != ARTICLE_INDEFINITE &&
            !(article == ARTICLE_DEFINITE && (t[i - 2].flags & TOK_LOWER) && tok_title(d, r, &t[i - 2]) &&
              bare_title_phrase(d, r, t, s + 1, i - 2) && !apposition_follows(d, r, toks, i)))
            continue;
        /* (after any word: "por la ministra", "et le directeur", "ha explicado la presidenta";
         * or a possessive's: "junto a su abogado, Borja Salaverría,") */
        int possessive = token_in(d, &t[s], &r->possessives) >= 0;
        /* (…or a preposition and an article in one word before the title, the phrase read from
         * the title: "junto al director general de Asistencia Sanitaria, Álvaro Sanchis Peiró",
         * contracted-articles.txt) */
        int contracted = epithets && (t[s].flags & TOK_LOWER) &&
                         ((t[s + 1].flags & TOK_LOWER) || ((t[s + 1].flags & TOK_CAP) && rules_feature(r, FEATURE_CAPITALISED_NOUNS))) &&
                         tok_title(d, r, &t[s + 1]) &&
                         wordset_get(&r->contracted_articles, (const char *)d->text + t[s].start, t[s].stem_end - t[s].start) >= 0;
        if (!contracted) {
            if (!(tok_article(d, r, &t[s]) || possessive) || !(t[s - 1].flags & TOK_LOWER)) continue;
            /* (where the name ends the sentence, after a preposition only with the title next: "ha
             * presentado a la directora general de Tráfico, Abril Sanromán.", not "a déclaré à
             * l'AFP le ministre de l'Intérieur, Bruno Leclerc.", whose cue gives the role; a title
             * capitalised too, where every noun is: "Ein Gespräch mit der Geschäftsführerin der
             * Seelinie, Walburga Ostertag-Kinzel.") */
            if (ends_sentence && token_in(d, &t[s - 1], &r->prepositions) >= 0 && !(t[s + 1].flags & TOK_LOWER) &&
                !(rules_feature(r, FEATURE_CAPITALISED_NOUNS) && tok_title(d, r, &t[s + 1])))
                continue;
        }
        mention m = parse_mention(d, r, toks, s + (size_t)contracted);
        /* (a title heads it, where an adjective may come before: "an independent lawyer") */
        if ((possessive || !epithets) && m.kind == MENTION_DESCRIPTION && (m.titled || (!epithets && tok_title(d, r, &t[i - 2]))) &&
            !m.org && m.next_tok == i - 1) {
            *rs = t[s + 1].start;
            *re = t[i - 2].end;
            return 1;
        }
        if (m.kind != MENTION_ROLE || m.org || !m.titled || m.next_tok != i - 1 || m.role_end <= m.role_start) continue;
        *rs = m.role_start;
        *re = t[i - 2].end;
        return 1;
    }
    return 0;
}

/* Does a connector that is no definite article open a complement at t ("de la Faune", "des
 * Parcs"), not a description ("le ministre")? */
static int listed_complement(const document *d, const whosaid_rules *r, const token *t) {
    return tok_connector(d, r, t) && (t->flags & TOK_LOWER) && token_in(d, t, &r->articles) != ARTICLE_DEFINITE;
}

/* Words of one part of a list before its comma, at most. */
enum { LIST_PART_WORDS = 12 };

/* Where the words before the comma at t[a0 - 1] start (a0 - 1 where none stand there). */
static size_t words_before_comma(const token *t, size_t a0) {
    size_t b = a0 - 1;
    while (b > 0 && (t[b - 1].flags & TOK_WORD) && a0 - b < LIST_PART_WORDS) b--;
    return b;
}

/* Is the phrase at toks[b] a titled description or role, no organisation's, that ends at
 * toks[end]: the part of a listed role its title opens? */
static int titled_up_to(const document *d, const whosaid_rules *r, const token_vec *toks, size_t b, size_t end) {
    mention head = parse_mention(d, r, toks, b);
    return (head.kind == MENTION_ROLE || head.kind == MENTION_DESCRIPTION) && head.titled && !head.org && head.next_tok == end;
}

/* Where in toks[b, end) the titled part of a listed role starts, or SIZE_MAX: the words before
 * the first comma may hold a verb before it ("», a déclaré la ministre de la Transition
 * écologique, de l'Énergie et du Climat, Agnès Morel", "Para la consellera de Territori, …"). */
static size_t titled_start(const document *d, const whosaid_rules *r, const token_vec *toks, size_t b, size_t end) {
    const token *t = toks->items;
    for (size_t k = b; k < end; k++)
        if ((tok_article(d, r, &t[k]) || tok_title(d, r, &t[k])) && titled_up_to(d, r, toks, k, end)) return k;
    return SIZE_MAX;
}

/* Are t[a, e) the last items of a list of fields: capitalised words that are no first names,
 * one conjunction in lower case between the last two ("Ciencia y Universidades", "Soziales und
 * Sport", "Science and Universities")? */
static int capitalised_list_tail(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t e) {
    size_t conj = 0;
    for (size_t w = a; w < e; w++) {
        if (w > a && w + 1 < e && !conj && tok_list_conjunction(d, r, &t[w]))
            conj = w;
        else if (!(t[w].flags & TOK_CAP) || tok_first_name(d, r, &t[w]) || (t[w].flags & TOK_POSS))
            return 0;
    }
    return conj != 0;
}

/* "The city’s chief engineer, Dr. Aisha Karimi, told reporters": a description with a title
 * opens the clause, and the name between commas after it is whom it describes. Returns 1 and
 * the description's span without its article, or 0. */
/* Words after a title that opens the sentence, before the name's comma, at most. */
enum { EPITHET_TAIL_TOKENS = 10 };

/* clause_between (roles.h). */
int clause_between(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t e) {
    for (size_t w = a; w < e; w++)
        if (!(t[w].flags & TOK_WORD) || token_in(d, &t[w], &r->verbs) >= 0 || token_in(d, &t[w], &r->auxiliaries) >= 0 ||
            tok_pronoun_word(d, r, &t[w]) || tok_relative(d, r, &t[w]) ||
            ((t[w].flags & TOK_LOWER) && tok_finite_ending(d, r, &t[w])))
            return 1;
    return 0;
}

/* Does the sentence open with a word for what someone is, no article before it: a title
 * ("Directrice générale de …"), a noun of what someone does by its ending ("Biologiste à
 * l'Université de Lausanne", "Planificatrice financière à Rimouski"; no adverb nor pronoun:
 * "Bien", "Rien"), or kin with its complement ("Mère de deux enfants")? */
static int opens_with_person_noun(const document *d, const whosaid_rules *r, const token *t, size_t n) {
    if (n < 2 || !(t[0].flags & TOK_CAP) || tok_article(d, r, &t[0])) return 0;
    if (tok_title(d, r, &t[0])) return 1;
    if (rules_person_noun_ending(r, (const char *)d->text + t[0].start, t[0].stem_end - t[0].start) &&
        !tok_first_name(d, r, &t[0]) && !tok_adverb(d, r, &t[0]) && !tok_pronoun_word(d, r, &t[0]) &&
        token_in(d, &t[0], &r->function_words) < 0 && token_in(d, &t[0], &r->not_names) < 0)
        return 1;
    return token_in(d, &t[0], &r->kin_nouns) >= 0 && (t[1].flags & TOK_LOWER) &&
           (tok_connector(d, r, &t[1]) || token_in(d, &t[1], &r->prepositions) >= 0);
}

int description_before_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i,
                              size_t next, size_t *rs, size_t *re) {
    const token *t = toks->items;
    /* (the name ends its clause or its sentence: "war der Präsident des Forums, Dr. Jürgen Weiß.") */
    /* (…or a bracket after it: "le candidat caquiste, Patrick Giroux (27,8 %).") */
    int closed = (t[next].flags & TOK_PUNCT) && (t[next].cp == ',' || t[next].cp == '.' || t[next].cp == '(');
    size_t a = i - 1;
    /* (over "Industrie- und" of "der Industrie- und Handelskammer": names.c) */
    /* (and over an acronym in brackets after the organisation's name: "du Service de police de
     * la Ville de Montréal (SPVM), Caroline Brisebois": names.c) */
    while (a > 0 && i - a < 20) {
        /* (and over the dot of an ordinal: "der 12. Strafkammer") */
        if ((t[a - 1].flags & TOK_WORD) || tok_truncated_compound(d, r, t, toks->len, a - 1) ||
            (a >= 2 && complement_number(d, r, t, toks->len, 0, a - 2) == 2) ||
            in_signed_number(d, r, t, toks->len, a - 1)) /* (and over "N°" of "Instrucción N° 3") */
            a--;
        /* (…or a capitalised one, where every noun is: "der Gewerkschaft Erziehung und Wissenschaft
         * (GEW), Katrin Albers-Neuhaus,") */
        else if (a == i - 1 && a >= 4 && punct_is(&t[a - 1], ')') && (t[a - 2].flags & TOK_ALLCAPS) &&
                 punct_is(&t[a - 3], '(') &&
                 (rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS) ||
                  ((t[a - 4].flags & TOK_CAP) && rules_feature(r, FEATURE_CAPITALISED_NOUNS))))
            a -= 3;
        /* (and over a party's acronym in brackets after the title, before its complement: "le
         * maire (LR) de Villiers-la-Forêt, Philippe Audibert,", as cues.c reads it) */
        else if (a < i - 1 && a >= 5 && punct_is(&t[a - 1], ')') && (t[a - 2].flags & TOK_ALLCAPS) &&
                 punct_is(&t[a - 3], '(') && (t[a - 4].flags & TOK_LOWER) && tok_title(d, r, &t[a - 4]) &&
                 tok_connector(d, r, &t[a]))
            a -= 3;
        /* (and over an organisation's acronym in brackets before the place its office is in:
         * "de la Administradora Boliviana de Carreteras (ABC) en Cochabamba, el ingeniero …") */
        else if (a < i - 1 && a >= 5 && punct_is(&t[a - 1], ')') && (t[a - 2].flags & TOK_ALLCAPS) &&
                 punct_is(&t[a - 3], '(') && (t[a - 4].flags & TOK_CAP) && (t[a].flags & TOK_LOWER) &&
                 token_in(d, &t[a], &r->prepositions) >= 0 && rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS))
            a -= 3;
        else
            break;
    }
    /* "Le ministre de l'Environnement, de la Lutte contre les changements climatiques, de la
     * Faune et des Parcs, Benoit Charest,": a role whose complements, each opened by a
     * connector, are listed with commas (features.txt "organisation-complements"); back over
     * them to the part the title opens */
    int listed = 0;
    for (size_t a0 = a, parts = 0; parts < 4 && a0 >= 3 && a0 < i - 1 && punct_is(&t[a0 - 1], ',') &&
                                   listed_complement(d, r, &t[a0]) && rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS);
         parts++) {
        size_t b = words_before_comma(t, a0);
        if (b == a0 - 1) break;
        if (!listed_complement(d, r, &t[b])) {
            size_t k = titled_start(d, r, toks, b, a0 - 1);
            if (k != SIZE_MAX) {
                a = k;
                listed = 1;
            }
            break;
        }
        a0 = b;
    }
    /* "El consejero de Educación, Ciencia y Universidades, Rafael Montalvo,", "Die Ministerin für
     * Gesundheit, Soziales und Sport, Hanna Berger,": the portfolios after the first listed with
     * commas and a conjunction, capitalised words each; back over them to the part the title
     * opens */
    if (!listed && a >= 3 && a + 2 < i && punct_is(&t[a - 1], ',') && capitalised_list_tail(d, r, t, a, i - 1)) {
        size_t a0 = a;
        for (size_t parts = 0; parts < 4 && a0 >= 3 && punct_is(&t[a0 - 1], ','); parts++) {
            size_t b = words_before_comma(t, a0);
            if (b == a0 - 1) break;
            size_t k = titled_start(d, r, toks, b, a0 - 1);
            if (k != SIZE_MAX) {
                a = k;
                listed = 1;
                break;
            }
            /* (another item before: "de Vivienda, Transportes, Obras e Infraestructuras,") */
            size_t w = b;
            while (w < a0 - 1 && (t[w].flags & TOK_CAP) && !tok_first_name(d, r, &t[w])) w++;
            if (w != a0 - 1) break;
            a0 = b;
        }
    }
    /* "Éleveur de brebis à Saint-Gaudens, Thierry Fourcade a quitté …", "Directrice générale
     * de Vallorbe SA, Nathalie Perrin a reçu …": where news describe people in any place of the
     * clause (features.txt "epithets"), a title without an article that opens the sentence is
     * the role of the name after its comma, the subject, whose verb follows */
    int opening = a == 0 && rules_feature(r, FEATURE_EPITHETS) && opens_with_person_noun(d, r, t, i);
    if (!closed && !opening) return 0;
    /* the description opens its clause: after a comma or a semicolon, or a dash or a colon
     * ("OTTAWA — The president of the union, Karl Meier,", "Berlin – Der Präsident des …,") */
    /* (or after the source's words that open the sentence, where its role lists fields: "Para
     * la consellera de Territori, Habitatge i Transició Ecològica, Laia Forcadell, …", "Según …") */
    int after_source = listed && (t[0].flags & TOK_CAP) &&
                       ((a == 1 && token_in(d, &t[0], &r->opinion_openers) >= 0) ||
                        token_phrase_prefix(d, t, a, 2, TOK_WORD, &r->source_verbs) == a);
    if (a > 0 && !after_source &&
        !(punct_is(&t[a - 1], ',') || punct_is(&t[a - 1], ';') || punct_is(&t[a - 1], ':') || punct_is_dash(&t[a - 1])))
        return description_after_link(d, r, toks, a, i, t[next].cp == '.', rs, re);
    /* "Auch die Präsidentin des Verbands, Sabine Krüger,", "Also the minister, …": an adverb
     * may open the clause before the description's article */
    if (!opening && a + 2 < i && (t[a].flags & TOK_WORD) && !tok_article(d, r, &t[a]) && tok_article(d, r, &t[a + 1]) &&
        !tok_title(d, r, &t[a]) && !(t[a].flags & TOK_LOWER && token_in(d, &t[a], &r->prepositions) >= 0))
        a++;
    /* "Die neue Vorsitzende des Ausschusses, Petra Lorenz,": where every noun is capitalised
     * (features.txt "capitalised-nouns"), adjectives in lower case after the article that are no
     * title modifiers ("bayerische", "stellvertretende", "frühere" are) say no more of the role:
     * it is read from the noun after them */
    if (tok_article(d, r, &t[a]) && rules_feature(r, FEATURE_CAPITALISED_NOUNS)) {
        size_t k = a + 1;
        while (k + 1 < i && (t[k].flags & TOK_LOWER) && !tok_title(d, r, &t[k]) && !tok_connector(d, r, &t[k])) k++;
        if (k > a + 1 && (t[k].flags & TOK_CAP)) a = k;
    }
    mention m = parse_mention(d, r, toks, a);
    /* (a word for what someone is that opens the sentence, read as a name by its capital:
     * "Biologiste à l'Université de Lausanne, Sandrine Aebischer") */
    if (opening && m.kind == MENTION_NAME && m.name_tokens == 1 && m.next_tok == a + 1 && !m.org) {
        m = (mention){0};
        m.kind = MENTION_DESCRIPTION;
        m.start = m.head_start = t[a].start;
        m.end = m.head_end = t[a].stem_end;
        m.next_tok = a + 1;
    }
    if (listed) m.next_tok = i - 1;
    /* (its organisation's acronym in brackets before the comma, which the phrase leaves out
     * where every noun is capitalised: "der Gewerkschaft Erziehung und Wissenschaft (GEW),") */
    /* (or a party's acronym in brackets after a title, which is no part of the role: "Le maire
     * (DVD), Bertrand Ollivier,") */
    size_t party_at = 0;
    if (m.next_tok + 4 == i && tok_past_label(t, toks->len, m.next_tok) == i - 1 && (t[m.next_tok + 1].flags & TOK_ALLCAPS)) {
        if (rules_feature(r, FEATURE_CAPITALISED_NOUNS)) m.next_tok = i - 1;
        else if ((m.kind == MENTION_ROLE || m.kind == MENTION_DESCRIPTION) && !m.org && m.titled)
            party_at = m.next_tok, m.next_tok = i - 1;
    }
    /* "Der Vorsitzende des Fahrgastverbands Pro Bahn Sachsen, Rüdiger Haase,": where every noun
     * is capitalised, one word at the end of a titled phrase is the end of the organisation's
     * name, not a person, when a name of two words or more follows in apposition */
    /* (two words too where no first name opens them: "des Förderkreises Alte Kirchen, Prof. Dr.
     * Bernd Janowski-Kühn,") */
    size_t nm = a;
    while (nm < i && toks->items[nm].start < m.name_start) nm++;
    int org_end = m.name_tokens == 1 || (m.name_tokens == 2 && nm < i && !tok_first_name(d, r, &t[nm]));
    if (m.kind == MENTION_NAME && m.titled && org_end && m.next_tok == i - 1 && i + 1 < next &&
        (t[i].flags & TOK_CAP) && (t[next - 1].flags & TOK_CAP) && !(t[i].flags & TOK_ALLCAPS) &&
        rules_feature(r, FEATURE_CAPITALISED_NOUNS)) {
        *rs = m.role_start;
        *re = t[i - 2].end;
        return 1;
    }
    /* "El presidente de la Xunta y candidato del PP, Alfonso Rueda,": two roles joined by a
     * conjunction are one, where the second has a title too */
    if ((m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) && !m.org && m.next_tok + 2 < i &&
        (t[m.next_tok].flags & TOK_LOWER) && token_in(d, &t[m.next_tok], &r->conjunctions) >= 0) {
        mention second = parse_mention(d, r, toks, m.next_tok + 1);
        if ((second.kind == MENTION_DESCRIPTION || second.kind == MENTION_ROLE) && !second.org && second.titled &&
            second.next_tok == i - 1)
            m.next_tok = i - 1;
    }
    /* "Die Leiterin der Kita in Chemnitz, Anna Vogel,": where every noun is capitalised, a
     * preposition and a place (capitalised words, three at most) up to the comma end the
     * description */
    if ((m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) && !m.org) m.next_tok = place_up_to(d, r, t, m.next_tok, i - 1);
    /* "Conseillère municipale depuis 2020, Nadia Benhamou-Teissier dit …": a preposition and a
     * year up to the comma say since when the role is held, and belong to its phrase (the
     * record leaves them out: role_end_without_time) */
    if ((m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) && !m.org && m.next_tok + 2 == i - 1 &&
        (t[m.next_tok].flags & TOK_LOWER) && token_in(d, &t[m.next_tok], &r->prepositions) >= 0 &&
        !(t[m.next_tok + 1].flags & (TOK_CAP | TOK_LOWER)) && uc_is_digit(d->text[t[m.next_tok + 1].start]))
        m.next_tok = i - 1;
    /* "Enseignante au primaire à Rimouski depuis 22 ans, Nathalie Bérubé ne cache pas …": a
     * title that opens the sentence (epithets, above) holds every word up to the name's comma,
     * where none makes a clause; so it introduces someone named in full (not "Economista de
     * formación y con quince años en la política local, Ferrer dedicó …", a surname again) */
    if (a == 0 && next >= i + 2 && (m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) && !m.org && m.next_tok < i - 1 &&
        i - 1 - m.next_tok <= EPITHET_TAIL_TOKENS && opening &&
        !clause_between(d, r, t, m.next_tok, i - 1))
        m.next_tok = i - 1;
    int titled = m.titled || (m.head_end > m.head_start && wordset_get(&r->titles, (const char *)d->text + m.head_start,
                                                                       m.head_end - m.head_start) >= 0);
    /* (the word for what someone is that opens the sentence, above, whatever list holds it) */
    titled = titled || (opening && next >= i + 2);
    /* "El concertino, Mauricio Elizondo Garza,", "The concertmaster, Ruth Kagan,": an article
     * and one noun in lower case that opens the clause, before a name that a first name opens,
     * say who the person is as a title does, whatever the noun (not a time: "Le lendemain,
     * Joost ter Horst,", time-nouns.txt; nor a plural, which opens a list of people: "The
     * victims, John Smith, 45, and Ann Lee, 38,") */
    /* (the article itself opens the clause, no preposition before it or in it: not "À la
     * sortie, …", "Au rectorat, …") */
    titled = titled || (m.kind == MENTION_DESCRIPTION && !m.org && m.next_tok == i - 1 && a + 2 == i - 1 &&
                        (a == 0 || (t[a - 1].flags & TOK_PUNCT)) && tok_article(d, r, &t[a]) &&
                        !contracted_article(d, r, &t[a]) && (t[a + 1].flags & TOK_LOWER) && tok_first_name(d, r, &t[i]) &&
                        !rules_plural(r, (const char *)d->text + t[a + 1].start, t[a + 1].stem_end - t[a + 1].start) &&
                        wordset_get(&r->time_nouns, (const char *)d->text + t[a + 1].start,
                                    t[a + 1].stem_end - t[a + 1].start) < 0);
    /* "Su hija, Pilar Carrera,", "His daughter, Lisa March,": a possessive and a noun of kin that
     * open the clause, before a name that a first name opens, say who the person is as well (as
     * the cue's apposition reads them) */
    titled = titled || (m.kind == MENTION_DESCRIPTION && !m.org && m.next_tok == i - 1 && a + 2 == i - 1 &&
                        (a == 0 || (t[a - 1].flags & TOK_PUNCT)) && (t[a + 1].flags & TOK_LOWER) &&
                        token_in(d, &t[a], &r->possessives) >= 0 && token_in(d, &t[a + 1], &r->kin_nouns) >= 0 &&
                        tok_first_name(d, r, &t[i]));
    /* "La mère de la victime, Josiane Rouquette,", "The mother of the victim, Karen Hill,": kin
     * with its complement says who the person is as a title does (rules/<lang>/kin-nouns.txt) */
    size_t kin = a + tok_article(d, r, &t[a]);
    titled = titled || (kin + 2 < i - 1 && m.next_tok == i - 1 && token_in(d, &t[kin], &r->kin_nouns) >= 0 &&
                        (t[kin + 1].flags & TOK_LOWER) &&
                        (tok_connector(d, r, &t[kin + 1]) || token_in(d, &t[kin + 1], &r->prepositions) >= 0));
    /* "le chef de groupe MR au conseil communal, Christophe Lejeune,": between the description
     * and the name in apposition, a phrase of a preposition that tells where (features.txt
     * "circumstances", which ends a description before a verb) is where the role is held */
    if ((m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) && !m.org && titled && m.next_tok + 1 < i - 1 &&
        i - 1 - m.next_tok <= 6 && (t[m.next_tok].flags & TOK_LOWER) &&
        token_in(d, &t[m.next_tok], &r->cue_followers) >= 0 && token_in(d, &t[m.next_tok], &r->prepositions) >= 0 &&
        rules_feature(r, FEATURE_CIRCUMSTANCES)) {
        size_t k = m.next_tok + 1;
        while (k < i - 1 && (t[k].flags & TOK_WORD) && token_in(d, &t[k], &r->verbs) < 0 &&
               token_in(d, &t[k], &r->cue_followers) < 0)
            k++;
        if (k == i - 1) m.next_tok = k;
    }
    /* "Bright Harbor’s founder, Kenji Abernathy-Soto,", "Mr. Sarmento Leal’s lawyer, Rui
     * Tavares,": a name's possessive before a titled noun describes the name after the comma;
     * the possessor belongs to the role where it holds the office (an organisation, a place),
     * not where it is a person whom the role serves ("lawyer") */
    /* (an organisation's too: "Newcastle City Council’s director of culture, Joanne Pattinson,") */
    if ((m.kind == MENTION_NAME || (m.kind == MENTION_ROLE && m.org)) && m.possessive && m.next_tok + 1 < i) {
        mention held = parse_mention(d, r, toks, m.next_tok);
        /* (the titled phrase read on over the comma to the name itself: "Nigeria’s ambassador to
         * Ireland, Adaeze Okafor,") */
        int titled_to_name = held.kind == MENTION_NAME && held.titled && !held.possessive && held.name_start == t[i].start &&
                             held.role_start == t[m.next_tok].start;
        /* (…or up to a place after the preposition, as its complement: "Kenya’s ambassador to
         * Ireland, Wanjiru Kamau,") */
        size_t place_at = m.next_tok;
        while (place_at < i && t[place_at].start < held.name_start) place_at++;
        titled_to_name = titled_to_name ||
                         (held.kind == MENTION_NAME && held.titled && held.name_tokens == 1 && !held.possessive &&
                          held.next_tok == i - 1 && place_at > m.next_tok + 1 && place_at < i && (t[place_at - 1].flags & TOK_LOWER) &&
                          (tok_connector(d, r, &t[place_at - 1]) || token_in(d, &t[place_at - 1], &r->prepositions) >= 0));
        if (((held.kind == MENTION_DESCRIPTION || held.kind == MENTION_ROLE) && !held.org && held.titled &&
             held.next_tok == i - 1) || titled_to_name ||
            (held.kind == MENTION_NONE && owned_title_up_to(d, r, t, m.next_tok, i - 1)) ||
            /* (or kin: "Whitlock's mother, Karen Whitlock,") */
            (m.next_tok + 2 == i && (t[m.next_tok].flags & TOK_LOWER) && token_in(d, &t[m.next_tok], &r->kin_nouns) >= 0 &&
             (t[i].flags & TOK_CAP) && !tok_article(d, r, &t[i]))) {
            int person = !m.org && (m.gender || tok_first_name(d, r, &t[a]));
            *rs = person ? t[m.next_tok].start : t[a + (tok_article(d, r, &t[a]) != 0)].start;
            *re = t[i - 2].end;
            return 1;
        }
    }
    if ((m.kind != MENTION_DESCRIPTION && m.kind != MENTION_ROLE) || m.org || !titled || m.next_tok != i - 1)
        return description_after_link(d, r, toks, a, i, t[next].cp == '.', rs, re);
    size_t k = a;
    if (tok_article(d, r, &t[k]) || token_in(d, &t[k], &r->possessives) >= 0) k++; /* "his top aide" */
    /* (a place is no description of whom it names: "Dans la rue voisine, Dylan Moreau,") */
    if (place_head(d, r, t, toks->len, k)) return 0;
    *rs = m.kind == MENTION_ROLE ? m.role_start : t[k].start;
    *re = t[(party_at ? party_at : i - 1) - 1].end;
    return 1;
}

/* "Ragheb Al Turkmani, 49, and …", "Sophie, 41 ans, riveraine": an age in apposition shows a
 * person, in figures, and a noun of years where the language writes one (rules/<lang>/age-nouns.txt).
 * The tokens from the comma at toks[k] to the punctuation after the age, or 0. */
int apposition_age_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    const token *t = toks->items;
    size_t n = toks->len;
    /* ", de 44 años,": a connector before the number, then the noun of years is wanted */
    size_t at = k + 1;
    int linked = (t[at].flags & TOK_LOWER) && tok_connector(d, r, &t[at]);
    if (linked) at++;
    /* (", now 61,": an adverb before the number alone) */
    else if (at + 2 < n && (t[at].flags & TOK_LOWER) && tok_adverb(d, r, &t[at]) && (t[at + 2].flags & TOK_PUNCT) &&
             (t[at + 2].cp == ',' || t[at + 2].cp == '.'))
        at++;
    const token *a = &t[at];
    if (at + 1 >= n || !(a->flags & TOK_WORD) || (a->flags & (TOK_CAP | TOK_LOWER)) || a->end - a->start > 3) return 0;
    size_t e = at + 1;
    if ((t[e].flags & TOK_LOWER) &&
        wordset_get(&r->age_nouns, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start) >= 0)
        e++;
    /* (", de 38, analista de datos": the connector and the number alone before punctuation) */
    else if (linked && !((t[e].flags & TOK_PUNCT) && (t[e].cp == ',' || t[e].cp == '.')))
        return 0;
    /* (a cue's words may end before the sentence's full stop) */
    if (e == n || ((t[e].flags & TOK_PUNCT) && (t[e].cp == ',' || t[e].cp == '.'))) return (int)(e - k);
    /* ", de 34 años y consejera delegada de la compañía,": a conjunction after the age, then
     * the apposition goes on (apposition_role reads it from the conjunction) */
    return e > at + 1 && conjunction_after_age(d, r, t, n, e) ? (int)(e - k) : 0;
}

/* ", a German charity that runs …": an apposition whose head names a kind of organisation (or a
 * relative of things). */
int apposition_org_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    const token *t = toks->items;
    size_t n = toks->len;
    /* (or a relative of things only: "Halcyon Residential Partners, which owns 31 buildings,",
     * rules/<lang>/thing-relatives.txt) */
    if ((t[k + 1].flags & TOK_LOWER) && thing_relative(d, r, &t[k + 1])) return 1;
    if (!tok_article(d, r, &t[k + 1])) return 0;
    /* the head: the last word before punctuation, a relative or a preposition ("a German
     * charity that …", not "the city’s mayor") */
    size_t e = k + 2;
    while (e < n && e < k + 8 && (t[e].flags & TOK_WORD) && !tok_relative(d, r, &t[e]) &&
           !(token_in(d, &t[e], &r->prepositions) >= 0 && (t[e].flags & TOK_LOWER)))
        e++;
    /* (not one a relative of people follows: ", a developer who has never held office,",
     * rules/<lang>/personal-relatives.txt) */
    if (e < n && (t[e].flags & TOK_WORD) &&
        wordset_get(&r->personal_relatives, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start) >= 0)
        return 0;
    return e > k + 2 && !(t[e - 1].flags & TOK_POSS) && token_in(d, &t[e - 1], &r->org_nouns) >= 0;
}

/* A role in lower case before a name that starts at toks[i]: "campaign chairman John Podesta",
 * "Monmouth University political scientist Patrick Murray", "the former Florida governor Jeb
 * Bush". The word before the name is a title; the role runs back over capitalised words and
 * other words in lower case to an article, a verb, a preposition or punctuation. Returns 1 and
 * the role's byte span, or 0. */
int role_before_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, size_t *rs,
                       size_t *re) {
    const token *t = toks->items;
    /* "del defensor central Brayan Quiñones", "del delantero paraguayo Óscar Cardozo", "au
     * directeur général Paul Roy": where adjectives follow the noun (features.txt
     * "postnominal-adjectives"), one may stand between the title and the name: a word in lower
     * case that is no verb, by list or ending, nor a word of grammar */
    const token *a = &t[i - 1];
    int modified = i >= 2 && (t[i - 2].flags & TOK_LOWER) && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) &&
                   (tok_title_head(d, r, &t[i - 2]) || /* (or a noun of what someone does by its ending: "la artista murciana") */
                    rules_person_noun_ending(r, (const char *)d->text + t[i - 2].start, t[i - 2].stem_end - t[i - 2].start)) &&
                   (a->flags & TOK_WORD) && !tok_title_head(d, r, a) &&
                   token_in(d, a, &r->verbs) < 0 && token_in(d, a, &r->auxiliaries) < 0 &&
                   token_in(d, a, &r->prepositions) < 0 && !tok_connector(d, r, a) && !tok_article(d, r, a) &&
                   token_in(d, a, &r->conjunctions) < 0 && token_in(d, a, &r->relatives) < 0 &&
                   token_in(d, a, &r->subordinators) < 0 && token_in(d, a, &r->complementisers) < 0 &&
                   token_in(d, a, &r->pronouns) < 0 && !tok_adverb(d, r, a) && !tok_finite_ending(d, r, a) &&
                   !rules_ends_in(&r->past_endings, (const char *)d->text + a->start, a->stem_end - a->start);
    /* (or a noun of what someone does by its ending: "led by entomologist Naomi Achterberg",
     * "physicist Ali Reza"; not a modifier alone, "former") */
    if (!modified && !tok_title_head(d, r, &t[i - 1]) &&
        !(tok_title(d, r, &t[i - 1]) && token_in(d, &t[i - 1], &r->title_modifiers) < 0))
        return 0;
    size_t k = i - 1 - (size_t)modified;
    while (k > 0 && i - k < 8) {
        const token *w = &t[k - 1];
        /* "Filmmaker and best-selling author": "and" between two roles */
        if (token_in(d, w, &r->conjunctions) >= 0 && k >= 2 && tok_title(d, r, &t[k - 2])) {
            k -= 2;
            continue;
        }
        if (!(w->flags & TOK_WORD) || (w->flags & TOK_POSS) || tok_article(d, r, w) || tok_pronoun_word(d, r, w) ||
            token_in(d, w, &r->possessives) >= 0 || token_in(d, w, &r->verbs) >= 0 ||
            token_in(d, w, &r->auxiliaries) >= 0 ||
            (token_in(d, w, &r->prepositions) >= 0 && (w->flags & TOK_LOWER)) ||
            ((w->flags & TOK_CAP) && token_in(d, w, &r->not_names) >= 0) || tok_line_break(d, w, &t[k]))
            break;
        k--;
    }
    /* "« …, juge Mireille Gauvreau. »": a title alone after punctuation that is a reporting
     * verb too ("juge") is the verb of an inversion */
    if (k == i - 1 && i >= 2 && (t[i - 2].flags & TOK_PUNCT) && token_in(d, &t[i - 1], &r->verbs) >= 0) return 0;
    /* a word in lower case that is no title starts the role only where the clause does ("On
     * Tuesday, campaign chairman John Podesta"), not after an unknown word, which may be a verb:
     * "Trump met presidential candidate …"; nor after an auxiliary that is no copula, whose
     * participle it is, but after that participle: "The firm has hired attorney John Doe", "has
     * treated retired builder Sam Kerr" */
    while (k < i - 1 && (t[k].flags & TOK_LOWER) && !tok_title(d, r, &t[k]) &&
           (tok_connector(d, r, &t[k]) ||
            rules_not_name_ending(r, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) ||
            !(k == 0 || ((t[k - 1].flags & TOK_PUNCT) && t[k - 1].cp != '-') || tok_article(d, r, &t[k - 1]) ||
             token_in(d, &t[k - 1], &r->prepositions) >= 0 || token_in(d, &t[k - 1], &r->verbs) >= 0 ||
             (token_in(d, &t[k - 1], &r->auxiliaries) >= 0 && token_in(d, &t[k - 1], &r->copulas) >= 0) ||
             (k >= 2 && token_in(d, &t[k - 2], &r->auxiliaries) >= 0 && token_in(d, &t[k - 2], &r->copulas) < 0))))
        k++;
    /* …and capitalised words before it belong to a role only next to a title or such a word */
    while (k < i - 1 && (t[k].flags & TOK_CAP) && (t[k + 1].flags & TOK_LOWER) && !tok_title(d, r, &t[k + 1]) &&
           !tok_connector(d, r, &t[k + 1]) && !(k + 2 < i && tok_title(d, r, &t[k + 2])))
        k++;
    *rs = t[k].start;
    *re = t[i - 1].end;
    return 1;
}

int predicate_role_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k, size_t *rs,
                        size_t *re) {
    const token *t = toks->items;
    size_t n = toks->len, j = k;
    /* "is", "was", "has been", "had long been" */
    if (j < n && token_in(d, &t[j], &r->auxiliaries) >= 0 && token_in(d, &t[j], &r->copulas) < 0) j++;
    if (j < n && (t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->adverbs) >= 0 && token_in(d, &t[j], &r->copulas) < 0)
        j++;
    /* "was governor", "had been mayor": a role of the past */
    if (j >= n || token_in(d, &t[j], &r->copulas) < 0 || token_in(d, &t[j], &r->past_copulas) >= 0 ||
        (j > k && token_in(d, &t[k], &r->past_copulas) >= 0))
        return 0;
    j++;
    /* (an adverb after it, no negation: "es además el director deportivo del equipo", "is also
     * its treasurer") */
    if (j + 1 < n && (t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->adverbs) >= 0 && token_in(d, &t[j], &r->negations) < 0)
        j++;
    /* (or a time a preposition opens, a number, a month, a day or a noun of time and a word
     * after it at most, before the article: "est depuis mars la directrice du musée", "ist seit
     * Januar die Leiterin", "es desde 2019 la directora"; not "es sin duda el mejor jugador") */
    if (j + 3 < n && (t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->prepositions) >= 0 &&
        ((t[j + 1].flags & TOK_WORD) && !(t[j + 1].flags & (TOK_CAP | TOK_LOWER)) ? 1
         : token_in(d, &t[j + 1], &r->not_names) >= 0 || token_in(d, &t[j + 1], &r->time_nouns) >= 0)) {
        size_t a = tok_article(d, r, &t[j + 2]) ? j + 2 : (t[j + 2].flags & TOK_WORD) && tok_article(d, r, &t[j + 3]) ? j + 3 : 0;
        if (a) j = a;
    }
    /* an article or the title itself after the copula: not "is unquestionably the star", "is
     * not the first", "is that candidate" */
    /* (or a possessive: "is its chief technology officer") */
    if (j < n && (tok_article(d, r, &t[j]) || ((t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->possessives) >= 0)) &&
        !(j + 1 < n && token_in(d, &t[j + 1], &r->prepositions) >= 0))
        j++;
    else if (j >= n || !tok_title(d, r, &t[j]))
        return 0;
    if (j >= n || !(t[j].flags & TOK_WORD)) return 0;
    /* the role's words up to punctuation, a verb, a relative or a conjunction; a title among its
     * first words ("the executive director of …", "a retired nurse"), not "is angry" */
    size_t e = j;
    int titled = 0;
    /* (where an article right after a noun opens its genitive, features.txt "genitive-articles",
     * a relative's word inside the role is that article: "ist Sprecherin der Fachschaft") */
    while (e < n && e < j + 12 && (t[e].flags & TOK_WORD) &&
           (!tok_relative(d, r, &t[e]) || rules_feature(r, FEATURE_GENITIVE_ARTICLES)) &&
           token_in(d, &t[e], &r->verbs) < 0 && token_in(d, &t[e], &r->auxiliaries) < 0 &&
           token_in(d, &t[e], &r->conjunctions) < 0 && !tok_pronoun_word(d, r, &t[e]) &&
           /* (nor a clause: "is the scion of an immigrant family that built …") */
           token_in(d, &t[e], &r->complementisers) < 0 &&
           /* not "since 2019", "for 30 years", "until last year" */
           token_in(d, &t[e], &r->subordinators) < 0 &&
           !(e + 1 < n && token_in(d, &t[e], &r->prepositions) >= 0 && (t[e + 1].flags & TOK_WORD) &&
             !(t[e + 1].flags & (TOK_CAP | TOK_LOWER)))) {
        if (e < j + 4 && tok_title_noun(d, r, &t[e])) titled = 1; /* (or an occupation by its ending: "est hydrologue") */
        /* "the candidate Republican voters trust most": a clause without its relative */
        /* (where a language drops relatives: features.txt "relative-dropped"; elsewhere a name:
         * "la directrice du musée Lamarque") */
        if (e > j && (t[e].flags & TOK_CAP) && (t[e - 1].flags & TOK_LOWER) && rules_feature(r, FEATURE_RELATIVE_DROPPED) &&
            !tok_connector(d, r, &t[e - 1]) &&
            token_in(d, &t[e - 1], &r->prepositions) < 0 && !tok_article(d, r, &t[e - 1]))
            return 0;
        e++;
    }
    /* it ends the clause: "is the mayor.", "was a nurse for 30 years," */
    if (!titled || e == j) return 0;
    /* the role ends the clause, or a time or place after it does */
    if (e < n && !(t[e].flags & TOK_PUNCT) && token_in(d, &t[e], &r->prepositions) < 0 &&
        token_in(d, &t[e], &r->subordinators) < 0)
        return 0;
    *rs = t[j].start;
    *re = t[e - 1].end;
    return 1;
}

/* The word of text[rs, e) that ends at e: its start. */
static size_t word_start_before(const document *d, size_t rs, size_t e) {
    while (e > rs && d->text[e - 1] != ' ') e--;
    return e;
}

size_t role_end_without_rank(const document *d, const whosaid_rules *r, size_t rs, size_t re) {
    size_t e = re;
    for (;;) {
        size_t w = word_start_before(d, rs, e), n = e - w;
        if (n > 1 && d->text[e - 1] == '.') n--; /* "Cpl." */
        /* (an elected member's short title too: "Opposition leader Councillor X") */
        if (w <= rs || !n || !(d->text[w] >= 'A' && d->text[w] <= 'Z') ||
            (wordset_get(&r->ranks, (const char *)d->text + w, n) < 0 &&
             wordset_get(&r->elected_titles, (const char *)d->text + w, n) < 0))
            break;
        e = w - 1; /* the space before it */
    }
    if (e == re) return re;
    size_t w = word_start_before(d, rs, e);
    int office = e > w && d->text[w] >= 'a' && d->text[w] <= 'z' && wordset_get(&r->titles, (const char *)d->text + w, e - w) >= 0;
    return office ? e : re;
}

/* Is text[w, e) a number in figures ("12", "2020", "1978")? */
static int figures(const document *d, size_t w, size_t e) {
    if (w == e) return 0;
    for (size_t k = w; k < e; k++)
        if (d->text[k] < '0' || d->text[k] > '9') return 0;
    return 1;
}

/* Words in lower case between a time's number and the preposition that opens it, at most. */
enum { TIME_LEAD_WORDS = 3 };

size_t role_end_without_time(const document *d, const whosaid_rules *r, size_t rs, size_t re) {
    size_t e = re;
    int number = 0, time = 0;
    /* back over the time's words: nouns of time or years, numbers in figures or words; a time
     * it is by its noun or a year ("depuis 1998"), not a number alone ("de la línea 127",
     * "mother of three") */
    for (;;) {
        size_t w = word_start_before(d, rs, e);
        if (w <= rs || e == w) return re;
        const char *word = (const char *)d->text + w;
        if (figures(d, w, e) || wordset_get(&r->numerals, word, e - w) >= 0) number = 1, time |= e - w == 4 && figures(d, w, e);
        else if (wordset_get(&r->time_nouns, word, e - w) >= 0 || wordset_get(&r->age_nouns, word, e - w) >= 0) time = 1;
        else break;
        e = w - 1; /* the space before it */
    }
    if (!number || !time || e == re) return re;
    /* …to a preposition in lower case that opens it, after the role's own words, a word or two
     * in lower case maybe between ("desde hace 30 años", "depuis plus de 20 ans") */
    size_t cut = re;
    for (size_t words = 0; words < TIME_LEAD_WORDS; words++) {
        size_t w = word_start_before(d, rs, e);
        const char *word = (const char *)d->text + w;
        if (w <= rs || !(d->text[w] >= 'a' && d->text[w] <= 'z')) break;
        /* (an age after its connector stays where the house style keeps it, features.txt
         * "age-in-role": "delegado de unos 50 años") */
        if (wordset_get(&r->prepositions, word, e - w) >= 0) {
            if (rules_feature(r, FEATURE_AGE_IN_ROLE) && wordset_get(&r->connectors, word, e - w) >= 0) return re;
            cut = w - 1;
        }
        else if (wordset_get(&r->adverbs, word, e - w) < 0 && wordset_get(&r->function_words, word, e - w) < 0) break;
        e = w - 1;
    }
    return cut;
}

size_t role_start_without_possessive(const document *d, const whosaid_rules *r, size_t rs, size_t re) {
    size_t e = rs;
    while (e < re && d->text[e] >= 'a' && d->text[e] <= 'z') e++;
    if (e == rs || e + 1 >= re || d->text[e] != ' ' ||
        wordset_get(&r->possessives, (const char *)d->text + rs, e - rs) < 0)
        return rs;
    return e + 1;
}

int span_word_in(const document *d, const whosaid_rules *r, const wordset *set, size_t a, size_t b, int compound) {
    for (size_t e; a < b; a = e + 1) {
        e = a;
        while (e < b && d->text[e] != ' ') e++;
        const char *w = (const char *)d->text + a;
        if ((compound ? rules_compound_in(r, set, w, e - a) : wordset_get_folded(set, w, e - a)) >= 0) return 1;
    }
    return 0;
}

size_t role_end_in_nominative(const document *d, const whosaid_rules *r, size_t rs, size_t re) {
    if (!r->weak_noun_endings.len || re <= rs) return re;
    size_t w = word_start_before(d, rs, re);
    /* (the last word is the role's head only where no complement follows the head: not
     * "Berater des Präsidenten") */
    if (w > rs && span_word_in(d, r, &r->connectors, rs, w - 1, 0)) return re;
    return re - weak_ending_of_title(r, (const char *)d->text + w, re - w);
}
