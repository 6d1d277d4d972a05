/* names.c: the name-phrase grammar: what kind of word a token is (article, title, connector,
 * first name...) and the phrases that name someone (role + name, pronoun, description).
 *
 * A name phrase is an optional article, then role words (capitalised words, lower-case title
 * words, connectors such as "of", possessives inside an organisation's name), ending in a
 * name: the trailing run of capitalised words that are not titles, organisation words or
 * honorifics. When that run follows a connector ("... of Belarus Alexander Lukashenko"), its
 * first words belong to the organisation, so the name keeps the last two. */
#include "names.h"

#include "utf8.h"

#include <string.h>
#include <strings.h>

/* No role + name phrase is longer (in tokens): runs of capitalised words, as in a headline or a
 * list, are read in bounded steps, which keeps the parsers linear in the document. */
#define MAX_PHRASE_TOKENS 64
/* How many lower-case words a role's complement may hold: "service départemental d'incendie et
 * de secours". */
#define MAX_COMPLEMENT_WORDS 8

/* A heading's last word and the next line's first are never one phrase: "… History With
 * Race\nAt Trump rallies". */
int tok_line_break(const document *d, const token *prev, const token *t) {
    if (t->start <= prev->end) return 0;
    /* (one byte between them, most often a space: read, where a call to memchr costs more) */
    if (t->start - prev->end == 1) return d->text[prev->end] == '\n';
    return memchr(d->text + prev->end, '\n', t->start - prev->end) != NULL;
}

/* "l'adjoint à l'urbanisme", "la ministre déléguée aux Transports": after a role word of
 * prepositional-roles.txt a preposition at toks[k] opens the role's complement, not a place or
 * a time. */
static TEST_INLINE int role_preposition(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t k) {
    return k > j && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->prepositions) >= 0 &&
           token_in(d, &t[k - 1], &r->prepositional_roles) >= 0;
}

/* complement_number past its first test of toks[k] (a word in figures, the feature on). */
size_t complement_number_figures(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    for (size_t b = t[k].start; b < t[k].stem_end; b++)
        if (!uc_is_digit(d->text[b])) return 0;
    if (k + 2 < n && punct_is(&t[k + 1], '.') && t[k + 1].start == t[k].end && (t[k + 2].flags & TOK_CAP) &&
        (t[k - 1].flags & TOK_LOWER) && (tok_connector(d, r, &t[k - 1]) || tok_article(d, r, &t[k - 1])))
        return 2;
    if (k >= j + 2 && (t[k - 1].flags & TOK_CAP) && tok_connector(d, r, &t[k - 2]) &&
        (k + 1 >= n || punct_is(&t[k + 1], ',') || punct_is(&t[k + 1], '.')))
        return 1;
    return 0;
}

int tok_party_label_word(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) &&
           wordset_get(&r->party_label_words, (const char *)d->text + t->start, t->stem_end - t->start) >= 0;
}

int tok_past_tense(const document *d, const whosaid_rules *r, const token *t) {
    size_t n = t->stem_end - t->start;
    return (t->flags & TOK_LOWER) && n > 4 && rules_ends_in(&r->past_endings, (const char *)d->text + t->start, n);
}

int tok_finite_ending(const document *d, const whosaid_rules *r, const token *t) {
    return rules_ends_in(&r->finite_endings, (const char *)d->text + t->start, t->stem_end - t->start);
}

/* tok_clause_word (names.h). */
int tok_clause_word(const document *d, const whosaid_rules *r, const token *t) {
    return token_in(d, t, &r->verbs) >= 0 || token_in(d, t, &r->auxiliaries) >= 0 || tok_finite_ending(d, r, t) ||
           tok_relative(d, r, t);
}

int tok_passive_participle(const document *d, const whosaid_rules *r, const token *t) {
    return rules_ends_in(&r->passive_participle_endings, (const char *)d->text + t->start, t->stem_end - t->start);
}

int tok_bare_participle(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    /* (or one that says how a reporter reached them, whatever its ending: "jointe par Le Figaro",
     * rules/<lang>/contact-participles.txt) */
    if (!(t[k].flags & TOK_LOWER) || tok_title(d, r, &t[k]) || k + 1 >= n ||
        (!tok_passive_participle(d, r, &t[k]) &&
         wordset_get_folded(&r->contact_participles, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) < 0))
        return 0;
    /* (by whom, or where and when: an agent's preposition, or one of circumstance before an
     * article; not "chargée de mission", "employé de la mairie", "licenciado en Derecho",
     * "préposé aux archives", whose complement makes a title) */
    const token *next = &t[k + 1];
    if (wordset_get(&r->agent_prepositions, (const char *)d->text + next->start, next->stem_end - next->start) >= 0)
        return 1;
    return (next->flags & TOK_LOWER) && token_in(d, next, &r->cue_followers) >= 0 && k + 2 < n &&
           (tok_article(d, r, &t[k + 2]) || token_in(d, &t[k + 2], &r->determiners) >= 0 ||
            token_in(d, &t[k + 2], &r->possessives) >= 0); /* ("appuyée sur sa canne") */
}


static int title_of(const document *d, const whosaid_rules *r, const token *t);

int tok_title_read(const document *d, const whosaid_rules *r, const token *t) {
    int yes = title_of(d, r, t);
    /* (kept in the token as tok_first_name keeps its answer, and as safely) */
    ((token *)t)->flags |= TOK_TITLE_READ | (yes ? TOK_TITLE : 0);
    return yes;
}

static int title_of(const document *d, const whosaid_rules *r, const token *t) {
    /* (a word in lower case of one part, the most asked: its sets and what its text tells (its
     * entry's traits, or the word's) answer it, as the steps below would, with no first name to
     * ask; both sets' bits are theirs, in the lexicon, which a token's rules have built) */
    if ((t->flags & (TOK_LOWER | TOK_HYPHENATED)) == TOK_LOWER) {
        if (t->in_sets & (r->titles.column_bit | r->title_modifiers.column_bit)) return 1;
        unsigned want = (rules_feature(r, FEATURE_CAPITALISED_NOUNS) ? 0 : TITLE_BY_ENDING) | TITLE_IN_LOWER_CASE;
        return (t->entry != LEX_NONE && !(t->flags & TOK_FOLDED_ENTRY)
                    ? r->title_traits[t->entry] & want
                    : rules_title_traits(r, (const char *)d->text + t->start, t->stem_end - t->start, want)) != 0;
    }
    if (token_in(d, t, &r->titles) >= 0) return 1;
    /* (a modifier capitalised that is a first name too is the name's: "el mototaxista Segundo
     * Castillo", not "segundo vicepresidente") */
    if (token_in(d, t, &r->title_modifiers) >= 0) return !(t->flags & TOK_CAP) || !tok_first_name(d, r, t);
    /* what the word's text tells (rules_title_traits): of a word the lexicon holds, read from
     * its entry; of another, looked up */
    /* (a hyphenated word by its parts, tok_title_noun's token_part_in; "der Erste
     * Bevollmächtigte", "Erster Bürgermeister": an office's ordinal, capitalised, "der erste
     * Zeuge" is none; in lower case, a person noun by its ending, "said chief librarian Helen
     * Osei", or an adjective by its ending, as German puts it before a role, "die
     * innenpolitische Sprecherin") */
    /* (where every noun is capitalised, a word in lower case is no title by its ending: "trat") */
    unsigned by_ending = lower_where_nouns_capitalised(r, t) ? 0 : TITLE_BY_ENDING;
    unsigned want = by_ending | (t->flags & TOK_HYPHENATED ? TITLE_BY_PART : 0) |
                    (t->flags & TOK_CAP ? TITLE_BY_ORDINAL : 0) | (t->flags & TOK_LOWER ? TITLE_IN_LOWER_CASE : 0);
    unsigned traits = t->entry != LEX_NONE && !(t->flags & TOK_FOLDED_ENTRY)
                          ? r->title_traits[t->entry] & want
                          : rules_title_traits(r, (const char *)d->text + t->start, t->stem_end - t->start, want);
    /* (occupations by their ending, Epidemiologist, Criminologist, are never names; a first
     * name is no title by its ending, as tok_title_noun) */
    /* (…or a title in another case than the subject's: "laut dem Experten Jonas Brehm") */
    return (traits & ~(unsigned)TITLE_BY_ENDING) || ((traits & TITLE_BY_ENDING) && !tok_first_name(d, r, t)) ||
           ((t->flags & TOK_CAP) && r->weak_noun_endings.len &&
            weak_ending_of_title(r, (const char *)d->text + t->start, t->stem_end - t->start));
}

/* Is text s of n bytes a title, by the list or by a title's ending (a compound's last part)? */
static int title_text(const whosaid_rules *r, const char *s, size_t n) {
    return rules_compound_in(r, &r->titles, s, n) >= 0 || rules_ends_in(&r->title_endings, s, n);
}

size_t weak_ending_of_title(const whosaid_rules *r, const char *s, size_t n) {
    if (!r->weak_noun_endings.len || title_text(r, s, n)) return 0;
    for (size_t k = 2; k > 0; k--)
        if (n > k + 2 && wordset_get(&r->weak_noun_endings, s + n - k, k) >= 0 && title_text(r, s, n - k)) return k;
    return 0;
}

/* "Juzgado de Instrucción número 3", "el número dos del partido": a noun of numbering
 * (rules/<lang>/number-nouns.txt) and the number after it, in figures or in words
 * (numerals.txt), are one word of a role. */
static size_t numbered_by_sign(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k);

static TEST_INLINE size_t numbered(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (!r->number_nouns.len || k + 1 >= n) return 0;
    if (!(t[k].flags & TOK_LOWER)) return numbered_by_sign(d, r, t, n, k);
    /* (the letter of "n° 2" in lower case: on past the sign and the number) */
    size_t signed_number = numbered_by_sign(d, r, t, n, k + 1);
    if (signed_number) return 1 + signed_number;
    if (token_in(d, &t[k], &r->number_nouns) < 0 || !(t[k + 1].flags & TOK_WORD)) return 0;
    return !(t[k + 1].flags & (TOK_CAP | TOK_LOWER)) ||
                   wordset_get_folded(&r->numerals, (const char *)d->text + t[k + 1].start, t[k + 1].stem_end - t[k + 1].start) >= 0
               ? 2
               : 0;
}

/* in_signed_number (names.h). */
int in_signed_number(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    return numbered_by_sign(d, r, t, n, k + 1) || numbered_by_sign(d, r, t, n, k) || (k > 0 && numbered_by_sign(d, r, t, n, k - 1));
}

/* "Unidad Funcional de Instrucción N° 3": a sign at t[k] right after a letter that the list
 * (rules/<lang>/number-nouns.txt) holds with it as one word ("n°": the degree sign is no
 * letter), and a number in figures after it: 2 tokens on from the sign, or 0. */
static size_t numbered_by_sign(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (k == 0 || k + 1 >= n || !(t[k].flags & TOK_PUNCT) || t[k].start != t[k - 1].end || !(t[k + 1].flags & TOK_WORD) ||
        (t[k + 1].flags & (TOK_CAP | TOK_LOWER)))
        return 0;
    return wordset_get_folded(&r->number_nouns, (const char *)d->text + t[k - 1].start, t[k].end - t[k - 1].start) >= 0 ? 2 : 0;
}

/* May the token stand inside a role or name? */
/* "SUVs", "MPs", "CEOs": capitals and a letter in lower case that ends plurals (rules/<lang>/
 * plural-endings.txt) are a common noun in the plural, no word of a name. */
static int plural_acronym(const document *d, const whosaid_rules *r, const token *t) {
    const char *s = (const char *)d->text + t->start;
    size_t n = t->stem_end - t->start, caps = 0;
    while (caps < n && s[caps] >= 'A' && s[caps] <= 'Z') caps++;
    return caps >= 2 && caps + 1 == n && s[caps] >= 'a' && s[caps] <= 'z' && rules_plural(r, s, n) > 0;
}

static int phrase_word_read(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_WORD)) return 0;
    /* (a second capital first: most capitalised words have none) */
    if ((t->flags & TOK_CAP) && !(t->flags & TOK_ALLCAPS) && t->stem_end - t->start >= 3 &&
        (unsigned)(d->text[t->start + 1] - 'A') < 26 && plural_acronym(d, r, t))
        return 0;
    if (t->flags & (TOK_CAP | TOK_INITIAL | TOK_POSS)) return 1;
    if (t->flags & TOK_LOWER) return tok_title(d, r, t) || tok_connector(d, r, t) || tok_particle(d, r, t);
    return 0;
}
/* (in line, the commonest answer: a capitalised word that no second capital may make a plural
 * acronym is one; every phrase asks it of each of its words) */
static TEST_INLINE int phrase_word(const document *d, const whosaid_rules *r, const token *t) {
    if ((t->flags & (TOK_WORD | TOK_CAP)) == (TOK_WORD | TOK_CAP) &&
        ((t->flags & TOK_ALLCAPS) || t->stem_end - t->start < 3 || (unsigned)(d->text[t->start + 1] - 'A') >= 26))
        return 1;
    return phrase_word_read(d, r, t);
}

/* "Le maire juge que …", "Mme Gervais juge qu'une mine …": a reporting verb in lower case
 * before a complementiser, which a phrase would read on as a title ("juge"), is the verb, and
 * ends the phrase. */
static int verb_before_clause(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    return k + 1 < n && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->reported_verbs) >= 0 &&
           (t[k + 1].flags & TOK_LOWER) && token_in(d, &t[k + 1], &r->complementisers) >= 0;
}

/* Bytes of an adjective's part after a hyphen, at least ("weiße"). */
enum { ADJECTIVE_PART_MIN_BYTES = 4 };

/* Where every noun is capitalised (features.txt "capitalised-nouns"), does a hyphenated word
 * end in a part in lower case with an adjective's ending ("Rot-weiße", "Schwarz-gelben"), as
 * no name does ("Lüdtke-Borowski"; "Ban Ki-moon" has no such ending)? */
static int adjective_last_part(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_HYPHENATED) || !rules_feature(r, FEATURE_CAPITALISED_NOUNS)) return 0;
    const char *s = (const char *)d->text + t->start;
    size_t n = t->stem_end - t->start;
    const char *h = memrchr(s, '-', n);
    if (!h || h + 1 >= s + n) return 0;
    int32_t cp;
    utf8_next(d->text, t->stem_end, (size_t)(h + 1 - (const char *)d->text), &cp);
    if (!uc_is_lower(cp)) return 0;
    /* (a part of four letters at least: "Geun-hye", a Korean given name, is none) */
    if ((size_t)(s + n - h - 1) < ADJECTIVE_PART_MIN_BYTES) return 0;
    for (size_t k = 1; k <= 2 && k < (size_t)(s + n - h - 1); k++)
        if (wordset_get(&r->weak_adjective_endings, s + n - k, k) >= 0 ||
            wordset_get(&r->strong_adjective_endings, s + n - k, k) >= 0)
            return 1;
    return 0;
}

static int elided_opener(const document *d, const whosaid_rules *r, const token *t);

/* May the token be part of a person's name? */
static int name_word(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & (TOK_CAP | TOK_INITIAL)) || (t->flags & (TOK_ALLCAPS | TOK_POSS)) ||
        ((t->flags & TOK_HYPHENATED) && adjective_last_part(d, r, t)))
        return 0;
    if (t->flags & TOK_INITIAL) return !tok_honorific(d, r, t); /* "M. Lacroix": M. is monsieur */
    /* "Stated Stone:", "Added Smith:": a reporting verb that opens the sentence is no name's */
    /* "Outside Acme's plant, …": a preposition that opens the sentence is no name's either */
    /* (the sets' bits first, a test each: "Monday", "Last" are not-names; the title, read from
     * the word's traits the first time it is asked, last) */
    /* (a capitalised word here, whose title tok_title_unkept would leave to tok_title_read: asked
     * of it at once, one call fewer for every name word asked the first time) */
    return token_in(d, t, &r->not_names) < 0 && token_in(d, t, &r->organisations) < 0 && token_in(d, t, &r->verbs) < 0 &&
           !tok_honorific(d, r, t) &&
           !(t->flags & TOK_TITLE_READ ? (t->flags & TOK_TITLE) != 0 : tok_title_read(d, r, t)) && !elided_opener(d, r, t);
}

/* Is the token an elided pronoun or conjunction, its apostrophe after it ("C'est le maire,
 * qui …", "Qu'il"): a word of elisions.txt that is no article, connector or negation, which may
 * open a name ("L'Oréal", "D'Amico", "N'Golo Kanté")? */
static int elided_opener(const document *d, const whosaid_rules *r, const token *t) {
    return apostrophe_at(d->text, d->len, t->stem_end) && token_in(d, t, &r->elisions) >= 0 &&
           token_in(d, t, &r->articles) < 0 && token_in(d, t, &r->connectors) < 0 && token_in(d, t, &r->negations) < 0;
}

/* Is the token a plural's possessive, its apostrophe alone after the stem ("teachers'",
 * "nurses’"), which a noun always follows (words.c)? */
static int plural_possessive(const token *t) {
    size_t apostrophe = t->end - t->stem_end;
    return (t->flags & TOK_POSS) && (apostrophe == 1 || apostrophe == 3);
}

/* May the token be a word of a role's complement in lower case ("du groupe d'opposition"): no
 * verb, auxiliary, pronoun, relative, complementiser, adverb or other preposition. Right after
 * an article or a connector a word is a noun whatever its ending: "du gouvernement", "du
 * département" end as French adverbs do ("clairement"). */
static int complement_word(const document *d, const whosaid_rules *r, const token *t, const token *prev) {
    int after_article = tok_connector(d, r, prev) || tok_article(d, r, prev);
    /* (a plural's possessive too, which a noun follows: "of the teachers' association"; any
     * after an article: "of the island's community council") */
    return (t->flags & TOK_WORD) && (t->flags & TOK_LOWER) && (!(t->flags & TOK_POSS) || plural_possessive(t) || after_article) &&
           token_in(d, t, &r->cue_followers) < 0 && token_in(d, t, &r->not_names) < 0 &&
           token_in(d, t, &r->verbs) < 0 && token_in(d, t, &r->auxiliaries) < 0 && token_in(d, t, &r->pronouns) < 0 &&
           !tok_relative(d, r, t) && token_in(d, t, &r->complementisers) < 0 && token_in(d, t, &r->negations) < 0 &&
           !tok_finite_ending(d, r, t) &&
           /* (a verb in the past after the complement's noun is the phrase's: "The head of the
            * community council criticised …") */
           (after_article || !tok_past_tense(d, r, t)) &&
           (after_article ? token_in(d, t, &r->adverbs) < 0 : !tok_adverb(d, r, t)) &&
           (token_in(d, t, &r->prepositions) < 0 || tok_connector(d, r, t));
}

/* "Die Leiterin der Kita in Chemnitz, Anna Vogel,": where every noun is capitalised, a
 * preposition at t[from] and a place after it (capitalised words, three at most) up to the
 * comma at t[comma] belong to the description before them. Returns comma where they do, else
 * from. */
size_t place_up_to(const document *d, const whosaid_rules *r, const token *t, size_t from, size_t comma) {
    if (from + 1 >= comma || from + 5 <= comma || !(t[from].flags & TOK_LOWER) ||
        token_in(d, &t[from], &r->prepositions) < 0 || !rules_feature(r, FEATURE_CAPITALISED_NOUNS))
        return from;
    size_t w = from + 1;
    while (w < comma && (t[w].flags & TOK_CAP)) w++;
    return w == comma ? comma : from;
}

/* Do two particles stand at toks[k], the second in lower case, the first too or capitalised
 * inside the name ("von der", "De la" of "Arturo De la Rosa Terrazas")? */
static TEST_INLINE int particle_pair(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    return tok_particle(d, r, &t[k]) && (t[k].flags & (TOK_LOWER | TOK_IN_CAPS_RUN)) && tok_particle(d, r, &t[k + 1]) &&
           (t[k + 1].flags & TOK_LOWER);
}

/* Do two particles stand at toks[k] (particle_pair), a name word after them ("von der Leyen",
 * "de los Santos")? */
static int two_particles(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    return k + 2 < n && particle_pair(d, r, t, k) && name_word(d, r, &t[k + 2]);
}

/* Do the capitalised words just before toks[k] follow a connector of a role, so that they name
 * an organisation the role is of, which a connector may extend ("jefe de la Unidad de
 * Delincuencia Económica de la Policía Nacional"), not a person ("Gregor Pahl on Friday")? */
static int names_after_connector(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    size_t c = k;
    while (c > j && name_word(d, r, &t[c - 1])) c--;
    /* (an article that is a connector too is the connector: German "der Sächsischen Akademie der
     * Künste", fixture kind-of-organisation-after-adjective-names-no-one-de) */
    while (c > j && tok_article(d, r, &t[c - 1]) && (t[c - 1].flags & TOK_LOWER) && !tok_connector(d, r, &t[c - 1])) c--;
    if (c <= j || !tok_connector(d, r, &t[c - 1]) || tok_first_name(d, r, &t[c])) return 0;
    for (size_t w = j; w + 1 < c; w++)
        if (tok_title_head(d, r, &t[w])) return 1;
    /* (…or an organisation's own name, which a conjunction may extend too: "la Agencia Española
     * de Seguridad Alimentaria y Nutrición"; not before someone's first name) */
    if (token_in(d, &t[j], &r->organisations) < 0 || k + 1 >= n || ((t[k + 1].flags & TOK_CAP) && tok_first_name(d, r, &t[k + 1])))
        return 0;
    for (size_t w = j; w + 1 < c; w++) /* ("la Agencia Española de …": its words capitalised) */
        if (!(t[w].flags & TOK_CAP)) return 0;
    return 1;
}

/* Words a list of fields may add to a phrase (field_list_comma). */
enum { FIELD_LIST_WORDS = 8 };

static int subjunctive_subject(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_WORD) &&
           wordset_get_folded(&r->subjunctive_subjects, (const char *)d->text + t->start, t->stem_end - t->start) >= 0;
}

/* tok_subjunctive_by_subject (names.h) past its tests in line. */
int tok_subjunctive_by_subject_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t a, size_t k) {
    if (!(t[k].flags & TOK_LOWER) ||
        !rules_longest_ending(&r->subjunctive_endings, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start))
        return 0;
    /* the subject before the verb ("Man zahle"), or after it in lower case ("Inzwischen zahle man") */
    return subjunctive_subject(d, r, &t[a]) || (k + 1 < n && (t[k + 1].flags & TOK_LOWER) && subjunctive_subject(d, r, &t[k + 1]));
}

/* name_given_in_relative (names.h). */
size_t name_given_in_relative(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k, int *gender) {
    *gender = 0;
    if (!r->name_givers.len || k >= n || !tok_relative(d, r, &t[k])) return 0;
    int shown = 0;
    for (size_t w = k + 1; w < n && w <= k + GIVEN_NAME_WORDS && (t[w].flags & TOK_WORD); w++) {
        if (!(t[w].flags & TOK_LOWER)) continue;
        int g = token_in(d, &t[w], &r->pronoun_genders);
        if (g == GENDER_MALE || g == GENDER_FEMALE) shown = g;
        if (wordset_get_folded(&r->name_givers, (const char *)d->text + t[w].start, t[w].stem_end - t[w].start) < 0) continue;
        for (size_t marker = w + 1; marker + 1 < n && marker <= w + 3 && (t[marker].flags & TOK_LOWER); marker++) {
            if (token_in(d, &t[marker], &r->role_markers) < 0) continue;
            size_t name = marker + 1;
            int honorific = name + 1 < n && (t[name].flags & TOK_LOWER) ? token_in(d, &t[name], &r->honorifics) : -1;
            if (honorific >= 0) {
                name++; /* ("como don Chuy") */
                if (honorific == GENDER_MALE || honorific == GENDER_FEMALE) shown = honorific;
            }
            if (!(t[name].flags & TOK_CAP)) return 0;
            *gender = shown;
            return name;
        }
        return 0;
    }
    return 0;
}

/* tok_list_conjunction (names.h). */
int tok_list_conjunction(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) &&
           (token_in(d, t, &r->conjunctions) >= 0 ||
            (r->list_conjunctions.len &&
             wordset_get_folded(&r->list_conjunctions, (const char *)d->text + t->start, t->end - t->start) >= 0));
}

/* A word of an item of a list of fields: capitalised, no one's first name, no verb. */
static int field_word(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_CAP) && !(t->flags & TOK_POSS) && !tok_first_name(d, r, t) && token_in(d, t, &r->verbs) < 0;
}

/* Would the words in lower case from t[k] go on with a name of capitalised words and
 * connectors alone from t[j], no title among them, where organisations' names do not go on in
 * lower case (no features.txt "organisation-complements")? "He thanked Congress for passing
 * the bill" names "Congress", no "Congress for passing the bill". */
static int name_goes_on_lower(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    if (rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS) || !(t[k].flags & TOK_LOWER)) return 0;
    /* (a title among the words in lower case goes on with a role: "University of the Fraser
     * Valley political scientist Hamish Telford") */
    for (size_t w = k; w < n && w < k + 3 && (t[w].flags & TOK_LOWER); w++)
        if (tok_title(d, r, &t[w])) return 0;
    for (size_t w = j; w < k; w++)
        if (!((t[w].flags & TOK_CAP) || ((t[w].flags & TOK_LOWER) && (tok_connector(d, r, &t[w]) || tok_article(d, r, &t[w])))) ||
            tok_title(d, r, &t[w]))
            return 0;
    return 1;
}

/* Does a verb no list knows stand at t[k], in a role's complement in lower case, with its
 * object after it: a word in lower case right before an article that is no connector ("de
 * l'Observatoire national des parcours de soins dresse un constat", "publie le rapport")?
 * Inside a complement an article follows a connector ("du directeur de la régie"), never a
 * noun or an adjective. */
static int verb_before_its_object(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    return k + 2 < n && (t[k].flags & TOK_LOWER) && !tok_connector(d, r, &t[k]) && !tok_article(d, r, &t[k]) &&
           (t[k + 1].flags & TOK_LOWER) && tok_article(d, r, &t[k + 1]) && !tok_connector(d, r, &t[k + 1]) &&
           t[k + 1].start == t[k].end + 1;
}

/* Is the word a kind of organisation, in any case and with a genitive's ending ("le ministère
 * de …", "des Ministeriums für …")? */
static int org_noun_inflected(const document *d, const whosaid_rules *r, const token *t) {
    if (token_in(d, t, &r->org_nouns) >= 0) return 1;
    size_t n = t->stem_end - t->start;
    return (t->flags & TOK_WORD) &&
           rules_stem_in(r, &r->genitive_noun_endings, &r->org_nouns, (const char *)d->text + t->start, n) < n;
}

/* Past the lower-case connectors and articles that open an item of such a list at t[m] ("de la
 * Pêche"). */
static size_t past_item_links(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t m) {
    while (m < n && (t[m].flags & TOK_LOWER) && (tok_connector(d, r, &t[m]) || tok_article(d, r, &t[m]))) m++;
    return m;
}

/* Is the comma at t[k] one of a list of the fields an organisation or an office covers, which a
 * conjunction closes before its last item: "Department for Environment, Food and Rural Affairs",
 * "Ministerio de Agricultura, Pesca y Alimentación", "ministère de l'Agriculture, de la Pêche et
 * de l'Alimentation", "Ministeriums für Ernährung, Landwirtschaft und Verbraucherschutz", or an
 * office ("El ministro de Agricultura, Pesca y Alimentación aseguró")? The phrase from t[j] holds
 * an organisation's word (a kind of one in lower case too) or a title and its connector before
 * the comma; every item is capitalised words, no one's first name ("the Department of
 * Health, Jane Smith and …" lists people). (An office's list of portfolios before a name in
 * apposition, "la ministre de l'Économie, de l'Innovation et de l'Énergie, Christine Fréchette,",
 * is cue_coordinate_complement's.) */
static int field_list_comma_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    if (!field_word(d, r, &t[k - 1])) return 0;
    size_t c = k - 1;
    while (c > j && field_word(d, r, &t[c - 1])) c--;
    size_t item = c;
    while (c > j + 1 && (t[c - 1].flags & TOK_LOWER) && (tok_connector(d, r, &t[c - 1]) || tok_article(d, r, &t[c - 1]))) c--;
    if (c == item || !tok_connector(d, r, &t[c])) return 0;
    int head = 0, office = 0;
    for (size_t w = j; w < c && !head; w++) {
        head = ((t[w].flags & TOK_CAP) && token_in(d, &t[w], &r->organisations) >= 0) || org_noun_inflected(d, r, &t[w]);
        office |= tok_title_noun(d, r, &t[w]);
    }
    if (!head && !office) return 0;
    size_t m = k + 1;
    for (int items = 0; items < 6; items++) {
        m = past_item_links(d, r, t, n, m);
        if (m >= n || !field_word(d, r, &t[m])) return 0;
        while (m < n && field_word(d, r, &t[m])) m++;
        if (m < n && punct_is(&t[m], ',')) {
            m++;
            continue;
        }
        if (m >= n || !tok_list_conjunction(d, r, &t[m])) return 0;
        m = past_item_links(d, r, t, n, m + 1);
        if (m >= n || !field_word(d, r, &t[m])) return 0;
        /* (an office's list before a name in apposition is cue_coordinate_complement's) */
        while (m < n && field_word(d, r, &t[m])) m++;
        return head || !(m < n && punct_is(&t[m], ','));
    }
    return 0;
}
/* field_list_comma_read where a comma stands at t[k] after a phrase's first words: every phrase
 * asks it of the token it ends at, most often no comma. */
static TEST_INLINE int field_list_comma(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    return k >= j + 3 && punct_is(&t[k], ',') && field_list_comma_read(d, r, t, n, j, k);
}

/* Does a kind of organisation in lower case stand before toks[a], maybe with an article: "de
 * l'association Routes sûres", "du groupe Les Républicains"? Then the capitalised words are
 * its name, not a person's. */
static int after_org_noun(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t a) {
    size_t b = a - 1;
    if (b > j && tok_article(d, r, &t[b])) b--;
    return b >= j && (t[b].flags & TOK_LOWER) && token_in(d, &t[b], &r->org_nouns) >= 0;
}

/* Does a noun of a role's complement stand before toks[a], right after its connector (and
 * article), where adjectives follow the noun (features.txt "postnominal-adjectives")? Then the
 * capitalised words from a name it: "del barrio Kennedy", "du quartier Saint-Roch"; and a title
 * capitalised there opens an organisation's name, as these languages write a title in lower
 * case: "de la Defensa Civil". */
static int after_complement_noun(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t a) {
    if (a < j + 3 || !rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) return 0;
    const token *noun = &t[a - 1];
    int lower_noun = (noun->flags & TOK_LOWER) && !tok_title(d, r, noun) && !tok_connector(d, r, noun) &&
                     !tok_article(d, r, noun);
    int capitalised_title = (noun->flags & TOK_CAP) && !(noun->flags & TOK_ALLCAPS) && tok_title_noun(d, r, noun);
    if (!lower_noun && !capitalised_title) return 0;
    size_t b = a - 2;
    if (b > j && tok_article(d, r, &t[b]) && !tok_connector(d, r, &t[b])) b--;
    return b > j && tok_connector(d, r, &t[b]);
}

/* Is t a given name whose two syllables a hyphen joins, the second in lower case ("Siu-fai",
 * "Mei-ling"; not "Jean-Pierre", "Müller-Lüdenscheid")? */
static int given_name_after_surname(const document *d, const token *t) {
    if (!(t->flags & TOK_CAP) || !(t->flags & TOK_HYPHENATED)) return 0;
    for (size_t i = t->start + 1; i + 1 < t->stem_end; i++)
        if (d->text[i] == '-') return d->text[i + 1] >= 'a' && d->text[i + 1] <= 'z';
    return 0;
}

/* Is t[k] a surname right after a first name, where nouns are not all capitalised, so that two
 * particles after it open a second surname ("Rocío Valdivia de la Peña"; not "Müller von der
 * Stadtverwaltung")? */
static int surname_after_first_name(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t k) {
    return k > j && name_word(d, r, &t[k]) && tok_first_name(d, r, &t[k - 1]) && !rules_feature(r, FEATURE_CAPITALISED_NOUNS);
}

/* Does a capitalised kind of organisation stand in toks[a, b) ("Universität", "University")? */
static int kind_of_org_before(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t b) {
    for (size_t w = a; w < b; w++)
        if ((t[w].flags & TOK_CAP) && !(t[w].flags & TOK_ALLCAPS) && org_noun_inflected(d, r, &t[w])) return 1;
    return 0;
}

/* Does toks[a, b) hold a word a connector may extend (a title, an organisation word or an
 * acronym): "Minister of Foreign Affairs", "Bank of Canada", but not "Poulter on Christmas Day"? */
static int role_word_in(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t b) {
    for (size_t k = a; k < b; k++)
        if (tok_title(d, r, &t[k]) || token_in(d, &t[k], &r->organisations) >= 0 || (t[k].flags & TOK_ALLCAPS) ||
            (k + 1 < b && numbered(d, r, t, b, k)))
            return 1;
    return 0;
}

/* Is t a capitalised public body's noun (rules/<lang>/public-bodies.txt), or, where every noun is
 * capitalised, a compound that ends in one ("Landesamt", "Kreisverwaltung")? */
static int public_body_word(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_CAP) && r->public_bodies.len &&
           rules_compound_in(r, &r->public_bodies, (const char *)d->text + t->start, t->stem_end - t->start) >= 0;
}

/* Is t a preposition (prepositions.txt), not a conjunction (which the list holds too)? */
static int joining_preposition(const document *d, const whosaid_rules *r, const token *t) {
    return token_in(d, t, &r->prepositions) >= 0 && token_in(d, t, &r->conjunctions) < 0;
}

/* May the connector toks[k] go on with the phrase toks[a, k): a title, an organisation word or an
 * acronym before it (role_word_in), or, a connector that is a preposition and no article (or an
 * article after one), a public body's noun ("Landesamt für Umwelt", "Kreisverwaltung für den
 * Bezirk …"; not "die Gemeinde den Anwohnern", "Die Stadt und der Landkreis")? */
static int connector_extends(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t k) {
    if (role_word_in(d, r, t, a, k)) return 1;
    size_t c = k;
    if (c > a && tok_article(d, r, &t[c])) c--;
    if (tok_article(d, r, &t[c]) || !tok_connector(d, r, &t[c]) || !joining_preposition(d, r, &t[c])) return 0;
    for (size_t w = a; w < k; w++)
        if (public_body_word(d, r, &t[w])) return 1;
    return 0;
}

static int is_name_suffix(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_CAP) && token_in(d, t, &r->name_suffixes) >= 0;
}

/* A first name of rules/first-names.txt, capitalised. */
/* Is the text of t a first name? (rules_first_name reads the stem as token_in would, the set
 * being no lexicon column: one look-up, then the word with its full stop) */
int text_first_name(const document *d, const whosaid_rules *r, size_t start, size_t n) {
    text_memo_slot *slot = document_first_name_slot(d, r, start, n);
    if (slot && slot->value != TEXT_MEMO_UNKNOWN) return slot->value;
    int v = rules_first_name(r, (const char *)d->text + start, n);
    if (slot) slot->value = v;
    return v;
}

static int first_name_text(const document *d, const whosaid_rules *r, const token *t) {
    if (text_first_name(d, r, t->start, t->stem_end - t->start) >= 0) return 1;
    return t->end > t->stem_end && d->text[t->end - 1] == '.' &&
           rules_first_name_value(r, (const char *)d->text + t->start, t->end - t->start) >= 0;
}

int tok_first_name_read(const document *d, const whosaid_rules *r, const token *t) {
    int yes = first_name_text(d, r, t);
    /* The answer is kept in the token for the next question. Every token lives in a vector of
     * the document's own worker (the registry's kept tokens, a cue window, a scratch vector),
     * never in read-only memory or shared between threads, so writing through the const the
     * grammar's signatures carry is defined; the answer depends on the token's text and the
     * rules it was read with only, which a copy of it shares. */
    ((token *)t)->flags |= TOK_FIRST_NAME_READ | (yes ? TOK_FIRST_NAME : 0);
    return yes;
}

int mention_opens_with_first_name(const document *d, const whosaid_rules *r, const token_vec *toks, const mention *m) {
    size_t k = 0;
    while (k < toks->len && toks->items[k].start < m->name_start) k++;
    return k < toks->len && toks->items[k].start == m->name_start && tok_first_name(d, r, &toks->items[k]);
}

/* Is t a saint's title, capitalised, that opens the name of a place ("San", "Sankt",
 * "St.": rules/<lang>/saint-words.txt)? */
static int saint_title(const document *d, const whosaid_rules *r, const token *t) {
    /* (asked of every name: its length and its ends tell most apart before it is folded) */
    const char *s = (const char *)d->text + t->start;
    size_t n = t->stem_end - t->start;
    return (t->flags & TOK_CAP) && wordset_may_hold(&r->saint_words, s, n) &&
           wordset_get_folded(&r->saint_words, s, n) >= 0;
}

/* Bytes before a street's noun in a compound, at least ("Rheinweg": not "Weg" alone). */
enum { STREET_COMPOUND_HEAD_BYTES = 4 };

/* Is t a noun for a street or a square (rules/<lang>/street-nouns.txt), or where every noun is
 * capitalised a compound that ends in one ("Rheinweg", "Bahnhofstrasse")? */
static int street_word(const document *d, const whosaid_rules *r, const token *t) {
    const char *w = (const char *)d->text + t->start;
    size_t n = t->stem_end - t->start;
    if (wordset_get_folded(&r->street_nouns, w, n) >= 0) return 1;
    if (!rules_feature(r, FEATURE_CAPITALISED_NOUNS)) return 0;
    for (size_t k = STREET_COMPOUND_HEAD_BYTES; k < n; k++)
        if (((unsigned char)w[k] & 0xC0) != 0x80 && wordset_get_folded(&r->street_nouns, w + k, n - k) >= 0) return 1;
    return 0;
}

int mention_is_place_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, const mention *m) {
    const token *t = toks->items;
    size_t a = i;
    while (a < toks->len && t[a].start < m->name_start) a++;
    /* "Rue de la Montagne, un commerçant …", "Place Saint-Lambert": a name that a noun for a
     * street or a square opens (rules/<lang>/street-nouns.txt), with more words after it */
    if (m->kind == MENTION_NAME && m->name_tokens >= 2 && !m->titled && a < toks->len && (t[a].flags & TOK_CAP) &&
        wordset_get_folded(&r->street_nouns, (const char *)d->text + t[a].start, t[a].stem_end - t[a].start) >= 0)
        return 1;
    /* (…or stands right before it, a title's place: "el lago Nahuel Huapi", "el Parque Nacional
     * Nahuel Huapi", whose first name makes no person of a place) */
    if (m->kind == MENTION_NAME && a > 0 && a < toks->len && t[a - 1].end < t[a].start && !(t[a - 1].flags & TOK_POSS)) {
        size_t o = a - 1;
        if (m->role_end > m->role_start && m->role_start < m->name_start)
            while (o > 0 && t[o].start > m->role_start) o--;
        /* (not where a title of people ends the role that the place opens: "Mount Molloy
         * resident Shane Dwyer") */
        if ((t[o].flags & TOK_WORD) && (o == a - 1 || (t[o].start == m->role_start && !((t[a - 1].flags & TOK_LOWER) && tok_title(d, r, &t[a - 1])))) &&
            wordset_get_folded(&r->street_nouns, (const char *)d->text + t[o].start, t[o].stem_end - t[o].start) >= 0)
            return 1;
    }
    /* (…or ends: "South Alvarado Street", "Wilshire Boulevard", where every noun is capitalised
     * by a compound's last part too, "am Unteren Rheinweg"; not a name that a first name opens) */
    /* (of capitalised words alone: "la Policía de la Ciudad", "la Autoridad del Puerto" are
     * bodies whose name ends in a place's noun) */
    size_t z = a;
    int capitalised = 1;
    while (z + 1 < toks->len && t[z + 1].start < m->name_end) capitalised &= (t[++z].flags & TOK_CAP) != 0;
    if ((m->kind == MENTION_NAME || (m->kind == MENTION_ROLE && m->org)) && z > a && capitalised && !m->titled && (t[z].flags & TOK_CAP) &&
        t[z].stem_end == m->name_end &&
        street_word(d, r, &t[z]) && !tok_first_name(d, r, &t[a]))
        return 1;
    /* "San Andrés de Giles", "Sankt Peter": a name a saint's title opens is a place's
     * (rules/<lang>/saint-words.txt; "St. Paul's Hospital" names one too) */
    if (m->kind == MENTION_NAME && a + 1 < toks->len && m->name_tokens >= 2 && saint_title(d, r, &t[a]) &&
        t[a].end + 1 == t[a + 1].start)
        return 1;
    /* "Puebla de Arenal, un pueblo de 300 habitantes": a name whose apposition a noun of a
     * settlement heads (rules/<lang>/settlement-nouns.txt), after its article, and ends or goes
     * on with a preposition or a relative (not "the town's director", "a town councillor") */
    size_t k = m->next_tok;
    if (m->kind == MENTION_NAME && !m->titled && k + 3 < toks->len && punct_is(&t[k], ',') && tok_article(d, r, &t[k + 1]) &&
        (t[k + 2].flags & (rules_feature(r, FEATURE_CAPITALISED_NOUNS) ? TOK_CAP : TOK_LOWER)) && !(t[k + 2].flags & TOK_POSS) &&
        wordset_get_folded(&r->settlement_nouns, (const char *)d->text + t[k + 2].start, t[k + 2].stem_end - t[k + 2].start) >= 0 &&
        ((t[k + 3].flags & TOK_PUNCT) ||
         ((t[k + 3].flags & TOK_LOWER) && (token_in(d, &t[k + 3], &r->prepositions) >= 0 || token_in(d, &t[k + 3], &r->relatives) >= 0))))
        return 1;
    size_t n = m->name_tokens;
    if (m->kind != MENTION_NAME || a + n > toks->len || (n != 1 && n != 2) ||
        token_in(d, &t[a + n - 1], &r->places) < 0)
        return 0;
    if (n == 2) return token_in(d, &t[a], &r->place_modifiers) >= 0;
    /* one word only after a preposition ("in Iowa"): "Monaco said" may be Lisa Monaco */
    return a > 0 && (t[a - 1].flags & TOK_LOWER) && token_in(d, &t[a - 1], &r->prepositions) >= 0;
}

static int is_pronoun(const document *d, const whosaid_rules *r, const token *t, int *gender) {
    /* (an initial is none, whatever its letter: "J. Martin", not French "j’") */
    if (!(t->flags & TOK_WORD) || (t->flags & (TOK_POSS | TOK_INITIAL))) return 0;
    int g = token_in(d, t, &r->pronouns);
    if (g < 0) return 0;
    *gender = g;
    return 1;
}

/* Does the token end in a letter ("CNN’s"), not in its apostrophe ("Farmers’")? */
static int ends_in_letter(const document *d, const token *t) {
    size_t st;
    int32_t cp = utf8_prev(d->text, t->end, &st);
    return cp >= 0 && uc_is_letter(cp);
}

/* Is a title word among t[a, b)? */
static int any_title(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t b) {
    for (size_t w = a; w < b; w++)
        if (tok_title(d, r, &t[w]) || (w + 1 < b && numbered(d, r, t, b, w))) return 1;
    return 0;
}

/* "Stadtbrandinspektor Jens Möller", "Klubobfrau Judith Pühringer": where every noun is
 * capitalised (features.txt "capitalised-nouns"), a noun right before a first name at t[k] is
 * what the person is, listed as a title or not: the words no noun is (rules/<lang>/not-names.txt
 * holds the days, months and sentence openers; a verb, a preposition, an adverb, a pronoun, an
 * organisation, a place or an acronym is none) are left out. */
static int plain_capitalised_word(const document *d, const whosaid_rules *r, const token *w) {
    return (w->flags & TOK_CAP) && !(w->flags & TOK_ALLCAPS) && !(w->flags & TOK_POSS) &&
           token_in(d, w, &r->not_names) < 0 && token_in(d, w, &r->verbs) < 0 &&
           token_in(d, w, &r->prepositions) < 0 && !tok_adverb(d, r, w) && !tok_pronoun_word(d, r, w) &&
           token_in(d, w, &r->organisations) < 0 && token_in(d, w, &r->places) < 0 &&
           token_in(d, w, &r->conjunctions) < 0 && token_in(d, w, &r->subordinators) < 0 && !tok_honorific(d, r, w);
}

/* (not a noun of time: "am Abend Friedrich Wernig", rules/<lang>/time-nouns.txt) */
static int noun_before_first_name(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t k) {
    return k > j && rules_feature(r, FEATURE_CAPITALISED_NOUNS) && plain_capitalised_word(d, r, &t[k - 1]) &&
           token_in(d, &t[k - 1], &r->time_nouns) < 0;
}

/* "Ascensión Martín del Río": where people have a first name and two surnames (features.txt
 * "inner-surnames"), news puts no capitalised epithet before a name, so one word the rules do
 * not know that opens the phrase right before a first name is a first name they lack, and the
 * first name after it ("Martín", "Cruz") a surname. */
static int unknown_first_name_opens(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t k) {
    /* (not an adverb capitalised to open the sentence: "Solo Ana López dijo", "Anoche …",
     * not-names.txt; "Recientemente …", adverb-endings.txt) */
    const char *w = (const char *)d->text + t[j].start;
    size_t n = t[j].stem_end - t[j].start;
    /* (nor after a preposition, where a place is likelier: "al exalcalde de Curicó Héctor
     * Valdebenito", "los vecinos de Talca Marta Lagos"; a first name the rules lack there, "la
     * casa de Ascensión Martín del Río", is lost so; after a conjunction or the agent's
     * preposition a name still may open) */
    if (j > 0 && tok_connector(d, r, &t[j - 1]) && !tok_article(d, r, &t[j - 1]) &&
        token_in(d, &t[j - 1], &r->conjunctions) < 0 && token_in(d, &t[j - 1], &r->agent_prepositions) < 0)
        return 0;
    return k == j + 1 && rules_feature(r, FEATURE_INNER_SURNAMES) && plain_capitalised_word(d, r, &t[j]) &&
           !tok_title(d, r, &t[j]) && !tok_particle(d, r, &t[j]) && wordset_get_folded(&r->adverbs, w, n) < 0 &&
           !rules_adverb_ending(r, w, n);
}

/* Where a name's last word ends in the text: with the full stop of an abbreviation ("Acme
 * Widgets Inc.", "Carrow Properties Ltd."), which is part of the name as written. */
static size_t name_word_end(const token *t) { return (t->flags & TOK_ABBREV) ? t->end : t->stem_end; }

/* Words of a nickname in quotation marks inside a name, at most. */
enum { NICKNAME_WORDS = 3 };

/* 'Robert "Bobby" Kilbride', "Alejandro “El Chato” Servín Olvera": does the opening mark t[k]
 * after a first name hold a nickname, a few capitalised words closed by its pair before the
 * surname? Returns the index of the closing mark, or 0. */
static size_t nickname_close_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (!(rules_mark(r, t[k].cp) & MARK_OPENS) || t[k].start == t[k - 1].end || t[k + 1].start != t[k].end ||
        !tok_first_name(d, r, &t[k - 1]))
        return 0;
    for (size_t c = k + 1; c < n && c <= k + NICKNAME_WORDS + 1; c++) {
        if ((t[c].flags & (TOK_WORD | TOK_CAP)) == (TOK_WORD | TOK_CAP)) continue;
        return c > k + 1 && (t[c].flags & TOK_PUNCT) && rules_marks_pair(r, t[k].cp, t[c].cp) && t[c].start == t[c - 1].end &&
                       c + 1 < n && (t[c + 1].flags & TOK_CAP) && (t[c + 1].flags & TOK_WORD) && t[c + 1].start > t[c].end
                   ? c
                   : 0;
    }
    return 0;
}

/* nickname_close_read where a mark, no word, stands at t[k] with a word before it and room
 * after it: every phrase asks it of the token it ends at, most often a word. */
static TEST_INLINE size_t nickname_close(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    return (t[k].flags & TOK_PUNCT) && k > 0 && k + 3 < n ? nickname_close_read(d, r, t, n, k) : 0;
}

/* The opening mark of the nickname whose closing mark is t[c] (nickname_close), or 0. */
static size_t nickname_open(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t c) {
    if (c < 3 || !(t[c].flags & TOK_PUNCT)) return 0;
    size_t o = c - 2;
    while (o > 1 && o + NICKNAME_WORDS + 1 > c && !(t[o].flags & TOK_PUNCT)) o--;
    return nickname_close(d, r, t, n, o) == c ? o : 0;
}

/* Bytes before a sentence searched for the name its capitalised particle opens: an article's
 * length, so that a long text's sentences do not each search all of it. */
enum { PARTICLE_NAME_SEARCH_BYTES = 8192 };
/* Places the words of a capitalised particle's name are read before without a first name,
 * at most */
enum { PARTICLE_NAME_HITS = 8 };
/* Bytes of a name from its particle to its capitalised word, at most */
enum { PARTICLE_NAME_BYTES = 64 };
/* Bytes of a first name read before a particle at most */
enum { FIRST_NAME_MAX_BYTES = 32 };
/* Particles in lower case after the first at most ("Van der", "De la", "Von und zu") */
enum { MAX_PARTICLES_READ = 2 };

/* Does a first name end at byte e, the word before it starting at or after from ("Clara" of
 * "Clara von Alvensleben"; not "Kritik" of "Kritik von der Regierung")? */
static int first_name_ends_at(const whosaid_rules *r, const unsigned char *from, const unsigned char *e) {
    const unsigned char *w = e;
    while (w > from && w[-1] != ' ' && w[-1] != '\n' && e - w < FIRST_NAME_MAX_BYTES) w--;
    return w < e && rules_first_name(r, (const char *)w, (size_t)(e - w)) >= 0;
}

static int particle_name_written_before(const document *d, const whosaid_rules *r, const token *t, size_t first,
                                        size_t e);

/* Is the preposition toks[first], capitalised where it opens the sentence, a name's particle
 * ("Von Alvensleben räumt ein", "Von der Leyen sagte"): the text before wrote it in lower case
 * before the same words, particles and capitalised words, as a name's ("Clara von
 * Alvensleben")? */
int particle_opens_name_read_before(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t first) {
    if (!(t[first].flags & TOK_CAP) || (unsigned)(d->text[t[first].start] - 'A') >= 26 ||
        token_in(d, &t[first], &r->name_particles) < 0)
        return 0;
    size_t e = first + 1;
    while (e < n && e < first + MAX_PARTICLES_READ + 1 && (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->name_particles) >= 0) e++;
    if (e >= n || !(t[e].flags & TOK_CAP) || !(t[e].flags & TOK_WORD)) return 0;
    if (t[first].flags & TOK_PARTICLE_NAME_READ) return (t[first].flags & TOK_PARTICLE_NAME) != 0;
    int yes = particle_name_written_before(d, r, t, first, e);
    /* (kept in the token, as tok_first_name keeps its answer, the words it was read from all
     * before toks[n]: a copy of the token is a copy of the same words) */
    ((token *)&t[first])->flags |= TOK_PARTICLE_NAME_READ | (yes ? TOK_PARTICLE_NAME : 0);
    return yes;
}

/* particle_opens_name_read_before's reading of the text before the particle toks[first] and the
 * capitalised word toks[e] after it and its lower-case particles. */
static int particle_name_written_before(const document *d, const whosaid_rules *r, const token *t, size_t first,
                                        size_t e) {
    /* (a place or an organisation's noun after the particle is the preposition's object, however
     * the text wrote it before: "Von Berlin aus", "Von der Stadtverwaltung sagte ein Sprecher"
     * after "Jan Martin von der Stadtverwaltung") */
    const char *word = (const char *)d->text + t[e].start;
    size_t wn = t[e].stem_end - t[e].start;
    if (token_in(d, &t[e], &r->places) >= 0 || token_in(d, &t[e], &r->organisations) >= 0 ||
        token_in(d, &t[e], &r->not_names) >= 0 || rules_compound_in(r, &r->org_nouns, word, wn) >= 0 ||
        rules_compound_in(r, &r->public_bodies, word, wn) >= 0)
        return 0;
    /* the same words after a space, the particle in lower case ("von Alvensleben"), a first
     * name before them */
    size_t a = t[first].start, len = t[e].stem_end - a;
    char needle[PARTICLE_NAME_BYTES];
    if (len + 1 > sizeof needle) return 0;
    needle[0] = ' ';
    needle[1] = (char)(d->text[a] - 'A' + 'a');
    memcpy(needle + 2, d->text + a + 1, len - 1);
    size_t from = a > PARTICLE_NAME_SEARCH_BYTES ? a - PARTICLE_NAME_SEARCH_BYTES : 0;
    /* (or capitalised there too, as some names keep it: "Pedro De la Torre"; the same words
     * read PARTICLE_NAME_HITS times without a first name before them are no name's, as "Von
     * Berlin aus" opening sentence after sentence) */
    size_t hits = 0;
    for (int capitalised = 0; capitalised < 2; capitalised++, needle[1] = (char)d->text[a])
        for (const unsigned char *x = d->text + from; x + len + 1 <= d->text + a && hits < PARTICLE_NAME_HITS; hits++) {
            const unsigned char *hit = memmem(x, (size_t)(d->text + a - x), needle, len + 1);
            if (!hit) break;
            if (first_name_ends_at(r, d->text + from, hit)) return 1;
            x = hit + 1;
        }
    return 0;
}

/* Words after a separable verb's finite part that its particle may stand among, at most. */
enum { PARTICLE_REACH_TOKENS = 12 };

/* verb_lacks_particle past its list (names.h). */
int verb_lacks_particle_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (token_in(d, &t[k], &r->particle_verbs) < 0) return 0;
    /* (the particle closes the clause, before its punctuation or its end: "ein" in "hielt ein
     * Schild in die Höhe" is an article) */
    for (size_t w = k + 1; w < n && w <= k + PARTICLE_REACH_TOKENS && (t[w].flags & TOK_WORD); w++)
        if ((t[w].flags & TOK_LOWER) && (w + 1 == n || !(t[w + 1].flags & TOK_WORD)) &&
            token_in(d, &t[w], &r->verb_particles) >= 0)
            return 0;
    return 1;
}

/* Is t a capitalised word that no first name, title, honorific, particle or initial is: a noun,
 * where every noun is capitalised, after which a particle is a preposition ("die Objekte von
 * Clémentine Ngo Mbassi")? */
static int noun_before_preposition(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_CAP) && !(t->flags & (TOK_INITIAL | TOK_ALLCAPS)) && !tok_first_name(d, r, t) &&
           !tok_honorific(d, r, t) && !tok_title(d, r, t) && !tok_particle(d, r, t);
}

/* Do a first name and one or two particles in lower case stand just before toks[k] ("Ana de la
 * Fuente", "Pedro del Juez")? */
static int first_name_then_particles(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t k) {
    size_t w = k;
    while (w > j && k - w < 2 && (t[w - 1].flags & TOK_LOWER) && tok_particle(d, r, &t[w - 1])) w--;
    return w < k && w > j && tok_first_name(d, r, &t[w - 1]);
}

/* Are t[a, b) honorifics or titles, or none at all ("Dr." before "Helen Park")? */
static int honorifics_only(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t b) {
    for (size_t w = a; w < b; w++)
        if (!tok_honorific(d, r, &t[w]) && !tok_title(d, r, &t[w])) return 0;
    return 1;
}

/* Is the name of m, whose role opens at t[j] and whose phrase ends at t[last], a person's that a
 * connector after a title opens (a first name, no other before its last word), the role's words
 * in lower case but for the title's? */
static int relation_to_person(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t last, const mention *m) {
    size_t nm = j;
    while (nm < last && t[nm].start < m->name_start) nm++;
    if (nm <= j + 1 || nm + 2 > last || t[nm].start != m->name_start || !(t[nm - 1].flags & TOK_LOWER) ||
        !tok_connector(d, r, &t[nm - 1]) || !tok_first_name(d, r, &t[nm]))
        return 0;
    /* (a first name before the last word opens a second name: "Paris Anne Hidalgo"; the last
     * is a surname that may be a first name too, "Jean Thibault") */
    for (size_t w = nm + 1; w + 1 < last; w++)
        if (tok_first_name(d, r, &t[w])) return 0;
    int title = 0;
    for (size_t w = j; w + 1 < nm; w++) {
        if (t[w].flags & TOK_CAP && !tok_title(d, r, &t[w])) return 0;
        title |= tok_title(d, r, &t[w]);
    }
    return title;
}

/* Is the word before the name of m (whose role opens at t[j]) a capitalised adjective in its
 * weak ending after an article of the genitive of rules/<lang>/genitive-s-articles.txt ("des"),
 * where every noun is capitalised, and the name's first word no first name? */
static int adjective_before_name(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t last,
                                 const mention *m) {
    if (!rules_feature(r, FEATURE_CAPITALISED_NOUNS) || !r->weak_adjective_endings.len) return 0;
    size_t nm = j;
    while (nm < last && t[nm].start < m->name_start) nm++;
    if (nm <= j + 1 || nm >= last || t[nm].start != m->name_start || tok_first_name(d, r, &t[nm])) return 0;
    const token *a = &t[nm - 1];
    return (a->flags & TOK_CAP) && !(a->flags & TOK_ALLCAPS) && !tok_title(d, r, a) &&
           rules_ends_in(&r->weak_adjective_endings, (const char *)d->text + a->start, a->stem_end - a->start) &&
           wordset_get_folded(&r->genitive_s_articles, (const char *)d->text + t[nm - 2].start, t[nm - 2].stem_end - t[nm - 2].start) >= 0;
}

/* Splits the phrase words toks[j, e) into role and name. */
/* "Ihr Klassenkamerad Noah", "Sein Kollege Noah sagte": where every noun is capitalised, a word
 * that is no first name between a possessive and a first name at toks[a] is a noun (what the
 * person is to someone), not the first part of the name (not after an article: "die
 * Polizeiinspektion Naila" is a town's). */
static int determined_noun_before_first_name(const document *d, const whosaid_rules *r, const token_vec *toks,
                                             size_t a, int capitalised_nouns) {
    const token *t = toks->items;
    return capitalised_nouns && a >= 2 && a < toks->len && tok_first_name(d, r, &t[a]) && !tok_first_name(d, r, &t[a - 1]) &&
           token_in(d, &t[a - 2], &r->possessives) >= 0;
}

static void split_role_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t j,
                            size_t e, mention *m) {
    const token *t = toks->items;
    /* "Vann R. Newkirk II", "Martin Luther King Jr.": the suffix ends the name, the surname is before it */
    /* "Rebecca Oduya KC", "Jane Whitby MP": letters after a name that show an honour, an office
     * or a degree (rules/<lang>/post-nominals.txt) end the phrase but are no part of the name */
    /* (after a person's name, its first name among the words: not "the Fine Gael TD") */
    if (e - j >= 3 && (t[e - 1].flags & TOK_CAP) && r->post_nominals.len &&
        wordset_get_folded(&r->post_nominals, (const char *)d->text + t[e - 1].start, t[e - 1].stem_end - t[e - 1].start) >= 0) {
        for (size_t w = j; w + 2 < e; w++)
            if (tok_first_name(d, r, &t[w])) {
                e--;
                break;
            }
    }
    /* "bringt Fährmann Alois Hinterberger Radfahrer, Pendler und Schulkinder": where every noun
     * is capitalised (features.txt "capitalised-nouns"), a title after a first name and a surname
     * is a noun of its own, no third word of the name */
    /* (not after an initial: "Hans J. Richter") */
    if (e - j >= 3 && rules_feature(r, FEATURE_CAPITALISED_NOUNS) && tok_first_name(d, r, &t[e - 3]) &&
        !tok_first_name(d, r, &t[e - 2]) && !tok_title(d, r, &t[e - 2]) && !(t[e - 2].flags & TOK_INITIAL) &&
        tok_title(d, r, &t[e - 1]) &&
        (t[e - 1].flags & TOK_CAP) && !tok_first_name(d, r, &t[e - 1]))
        e--;
    /* "Laut Stefan Wurzer von GeoSphere Austria": where every noun is capitalised, a particle
     * after a first name and a surname opens where the person works, no part of the name (not
     * "Johann Wolfgang von Goethe", a second first name before it) */
    if (e - j >= 4 && rules_feature(r, FEATURE_CAPITALISED_NOUNS))
        for (size_t w = j; w + 3 < e; w++)
            if ((t[w + 2].flags & TOK_LOWER) && tok_particle(d, r, &t[w + 2]) && tok_first_name(d, r, &t[w]) &&
                (t[w + 1].flags & TOK_CAP) && !tok_first_name(d, r, &t[w + 1]) && !tok_title(d, r, &t[w + 1]) &&
                !tok_particle(d, r, &t[w + 1])) {
                e = w + 2;
                break;
            }
    size_t full_end = e;
    if (e - j >= 2 && is_name_suffix(d, r, &t[e - 1])) e--;
    size_t a = e;
    /* "Ian Poulter’s punishment": a possessive may end the name */
    int name_possible = 1;
    if (t[e - 1].flags & TOK_POSS) {
        token stem = t[e - 1];
        stem.flags &= ~(unsigned)(TOK_POSS | TOK_TITLE_READ | TOK_TITLE);
        name_possible = name_word(d, r, &stem);
        if (name_possible) a--;
    }
    /* "Theresa May": after a first name, a word that is otherwise no name or a title is a surname;
     * so is the second of two ("Rodrigo Lizárraga Fuentes"), and one after a first name and
     * particles in lower case ("Ana de la Fuente") */
    if (name_possible && a == e && e - j >= 2 && (t[e - 1].flags & TOK_CAP) && !(t[e - 1].flags & TOK_ALLCAPS) &&
        (tok_first_name(d, r, &t[e - 2]) ||
         /* (or a first name the rules lack, where a relative of people follows: "Hyun-woo
          * Park, who owns a dry cleaner,") */
         (e - j == 2 && (t[e - 2].flags & TOK_CAP) && relative_of_people_after(d, r, toks, e)) ||
         (e - j >= 3 && name_word(d, r, &t[e - 2]) && tok_first_name(d, r, &t[e - 3])) ||
         (e - j >= 3 && first_name_then_particles(d, r, t, j, e - 1))) &&
        (token_in(d, &t[e - 1], &r->not_names) >= 0 || tok_title(d, r, &t[e - 1]) ||
         /* "Jenna Park", "Dr. Helen Park", "Kim Hall": a word that ends a place's name, where no
          * article or preposition before shows a place ("in Victoria Park") */
         (honorifics_only(d, r, t, j, e - 2) && token_in(d, &t[e - 1], &r->organisations) >= 0 &&
          !(j > 0 && (tok_article(d, r, &t[j - 1]) || token_in(d, &t[j - 1], &r->prepositions) >= 0)))))
        a--; /* "Charlie King", "Larry Judge" too */
    /* "Nach Einschätzung von Monika Schnitzer": where every noun is capitalised (features.txt
     * "capitalised-nouns"), a particle before a first name is a preposition, not a name's */
    int german = rules_feature(r, FEATURE_CAPITALISED_NOUNS);
    while (name_possible && a > j &&
           ((name_word(d, r, &t[a - 1]) && !determined_noun_before_first_name(d, r, toks, a, german)) ||
            /* (after an honorific too: "M. Le Berre", "Mme Le Goff") */
            (tok_particle(d, r, &t[a - 1]) && a < e &&
             (a - 1 == j || name_word(d, r, &t[a - 2]) || tok_honorific(d, r, &t[a - 2])) &&
             !(german && tok_first_name(d, r, &t[a])) &&
             /* (nor after a noun that no first name, title or particle is: "die Objekte von
              * Clémentine Ngo Mbassi", "nach einem Sieg von Vorjahressieger Tesfaye …") */
             !(german && a - 1 > j && !tok_article(d, r, &t[a - 1]) && noun_before_preposition(d, r, &t[a - 2]))) ||
            /* (the name word after them read already, be it a title's: "Ana de la Fuente") */
            (a >= j + 3 && a < e && particle_pair(d, r, t, a - 2) &&
             (tok_first_name(d, r, &t[a - 3]) || surname_after_first_name(d, r, t, j, a - 3))) ||
            /* "Joan Sala Ferrer", "Ana Corte Ríos": a word for an organisation between a first
             * name and a surname is a surname too */
            (a < e && a >= j + 2 && (t[a - 1].flags & TOK_CAP) && !(t[a - 1].flags & TOK_ALLCAPS) &&
             tok_first_name(d, r, &t[a - 2]) && token_in(d, &t[a - 1], &r->organisations) >= 0 &&
             !tok_title(d, r, &t[a - 1]))))
        a--;
    /* …and the words before it are a role only with a title among them */
    if (german && a > j && a < e && tok_particle(d, r, &t[a - 1]) && tok_first_name(d, r, &t[a]) &&
        !any_title(d, r, t, j, a))
        j = a;
    /* (a particle in lower case after a noun that no first name, title or honorific is, is a
     * preposition whose object opens the phrase: "die Objekte von Clémentine Ngo Mbassi", "nach
     * einem Sieg von Vorjahressieger Tesfaye Gebremedhin") */
    if (german)
        for (size_t p = a; p > j + 1; p--)
            if ((t[p - 1].flags & TOK_LOWER) && tok_particle(d, r, &t[p - 1]) && !tok_article(d, r, &t[p - 1]) &&
                noun_before_preposition(d, r, &t[p - 2])) {
                j = p;
                break;
            }
    /* "Von der Leyen sagte": a name's particle that opens the sentence, where the text before
     * wrote it in lower case before the same words, opens the name, and any particles after it */
    /* (whatever the last word is: "De la Fuente dijo", not the title "fuente") */
    if (name_possible && e - j >= 2 && (t[e - 1].flags & TOK_CAP) && (t[j].flags & TOK_CAP) &&
        token_in(d, &t[j], &r->prepositions) >= 0 && particle_opens_name_read_before(d, r, t, e, j)) {
        size_t w = e - 1;
        while (w > j + 1 && (t[w - 1].flags & TOK_LOWER) && tok_particle(d, r, &t[w - 1])) w--;
        if (w == j + 1) a = j;
    }
    /* "Outside Acme's plant, …": a preposition that opens the phrase is neither name nor role */
    while (j < a && (t[j].flags & TOK_CAP) && token_in(d, &t[j], &r->prepositions) >= 0) j++;
    if (a + 1 < e && a == j && (t[a].flags & TOK_CAP) && token_in(d, &t[a], &r->prepositions) >= 0) a++, j++;
    /* "Knowing Ferris, …": a word with an ending no name has opens the sentence, not the name */
    if (a + 1 < e && a == j && !tok_first_name(d, r, &t[a]) &&
        rules_not_name_ending(r, (const char *)d->text + t[a].start, t[a].stem_end - t[a].start))
        a++, j++;
    /* "Billionaire Donald Trump", "South Dakota rancher Jenna Voss": a first name starts the
     * name, and the capitalised words before it are an epithet or a place */
    for (size_t k = a + 1; k + 1 < e && !(a > j && tok_connector(d, r, &t[a - 1])); k++)
        if (tok_first_name(d, r, &t[k]) && !tok_first_name(d, r, &t[k - 1]) && !(t[k - 1].flags & TOK_INITIAL) &&
            !tok_particle(d, r, &t[k - 1])) {
            /* (after a title in lower case too: "la profesora Ascensión Martín del Río") */
            if ((a == j || ((t[a - 1].flags & TOK_LOWER) && tok_title(d, r, &t[a - 1]))) &&
                unknown_first_name_opens(d, r, t, a, k))
                break;
            /* the words dropped are a role only if a title word is among them */
            if (!any_title(d, r, t, j, k) && !noun_before_first_name(d, r, t, j, k)) j = k;
            a = k;
            break;
        }
    /* after an honorific any capitalised word is a surname: Ms. May */
    if (a == e && e - j >= 2 && tok_honorific(d, r, &t[e - 2]) && (t[e - 1].flags & TOK_CAP) &&
        !(t[e - 1].flags & TOK_ALLCAPS))
        a = e - 1;
    /* "the Dieppe Farmers’ Market", "Veterans’ Affairs": one word after a plural's possessive
     * ends an organisation's name, not a person's */
    if (a + 1 == e && a > j && (t[a - 1].flags & TOK_POSS) && !ends_in_letter(d, &t[a - 1]) &&
        !tok_first_name(d, r, &t[a]))
        a = e;
    /* after a connector, an acronym or an organisation word: "des FC Rotenburg" */
    int after_connector = a < e && a > j &&
                          (tok_connector(d, r, &t[a - 1]) || ((t[a - 1].flags & TOK_ALLCAPS) && a - 1 > j) ||
                           /* "de La Panne": a place's capitalised article after the connector */
                           (a >= j + 2 && (t[a - 1].flags & TOK_CAP) && tok_article(d, r, &t[a - 1]) &&
                            tok_connector(d, r, &t[a - 2]) && !tok_article(d, r, &t[a - 2])) ||
                           /* "de l'association Routes sûres", "du groupe Les Républicains" */
                           after_org_noun(d, r, t, j, a) || after_complement_noun(d, r, t, j, a) ||
                           /* "der klagenden Länder": an adjective after the article, where every
                            * noun is capitalised (features.txt "capitalised-nouns") */
                           (a >= j + 2 && (t[a - 1].flags & TOK_LOWER) && !tok_connector(d, r, &t[a - 1]) &&
                            (tok_connector(d, r, &t[a - 2]) || tok_article(d, r, &t[a - 2])) &&
                            rules_feature(r, FEATURE_CAPITALISED_NOUNS)));
    /* "del Consorcio Sanitario de Tenerife", "de la Agencia Estatal de Meteorología": where
     * adjectives follow the noun (features.txt "postnominal-adjectives"), capitalised words right
     * after an organisation word are its name, up to a first name */
    if (a < e && a > j && !after_connector && (t[a - 1].flags & TOK_CAP) && !tok_first_name(d, r, &t[a]) &&
        token_in(d, &t[a - 1], &r->organisations) >= 0 && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) {
        size_t k = a + 1;
        while (k + 1 < e && !tok_first_name(d, r, &t[k])) k++;
        a = k + 1 < e ? k : e;
    }
    /* "the President of Ruritania", "die Leiterin der Polizeiinspektion Altenbrück", "presidente
     * de la cooperativa Campo de Moratalla": after a connector, words that no first name opens
     * are a place or an organisation the role is of, not a person */
    if (after_connector && (e - a == 1 || !tok_first_name(d, r, &t[a]))) {
        /* (not a first name after a saint's title, a place's: "el intendente de San Andrés de
         * Giles", rules/<lang>/saint-words.txt) */
        size_t k = a + 1;
        int saint = 0;
        while (k + 1 < e && (!tok_first_name(d, r, &t[k]) || (saint_title(d, r, &t[k - 1]) && t[k - 1].end + 1 == t[k].start))) {
            if (tok_first_name(d, r, &t[k])) saint = 1;
            k++;
        }
        /* (a particle inside is no word of its own: "de la Asociación de Vecinos de Roses") */
        size_t inner_particles = 0;
        for (size_t w = a + 1; w < e; w++)
            if (tok_particle(d, r, &t[w]) && (t[w].flags & TOK_LOWER)) inner_particles++;
        if (k + 1 < e) a = k; /* "Supervisor of Elections Susan Bucher": the name a first name opens */
        /* (three words or more: "Minister of Culture Ilse Marrow", below; not "der Technischen
         * Universität Dresden", "einer Beraterin des Sozialen Dienstes Unterlagen": a kind of
         * organisation among them names no one) */
        /* (nor right after a kind of organisation, whose name they are, no first name among
         * them: "the founder of the campaign group Clear Water Cumbria") */
        else if (saint || e - a <= 2 + inner_particles || kind_of_org_before(d, r, t, a, e - 1) || after_org_noun(d, r, t, j, a))
            a = e;
    }
    if (a < e) {
        size_t len = e - a;
        size_t keep = after_connector ? 2 : 3;
        /* "Unidos por Castilla Ana Belén Castro": a first name of two words, where the language
         * has them (rules/<lang>/features.txt) */
        if (after_connector && len >= 3 && tok_first_name(d, r, &t[e - 3]) && tok_first_name(d, r, &t[e - 2]) &&
            rules_feature(r, FEATURE_COMPOUND_FIRST_NAMES))
            keep = 3;
        /* "de la Universidad del País Vasco Tomás Echevarría Lasarte": a first name and two
         * surnames, where people have two (features.txt "inner-surnames") */
        if (after_connector && len == 3 && tok_first_name(d, r, &t[a]) && !tok_first_name(d, r, &t[a + 1]) &&
            rules_feature(r, FEATURE_INNER_SURNAMES))
            keep = 3;
        /* two first names and two surnames: "María Ángeles Gómez Ruiz", "José Luis Ibarra Sáez";
         * after a connector or an acronym only the four words that a first name opens ("el
         * exalcalde de Curicó Héctor Manuel Valdebenito Parra", "el comandante CBP Julio César
         * Paredes Zúñiga") */
        if ((!after_connector || len == 4) && len >= 4 && tok_first_name(d, r, &t[e - 4]) &&
            tok_first_name(d, r, &t[e - 3]))
            keep = 4;
        /* (particles are no words of their own: "Ursula von der Leyen" is a first name and a
         * surname) */
        /* (…nor a capitalised one after a first name: "Pádraig Ó Briain") */
        for (size_t w = a; w < e; w++)
            if (tok_particle(d, r, &t[w]) && w > a && ((t[w].flags & TOK_LOWER) || tok_first_name(d, r, &t[w - 1]))) {
                keep++;
                /* (a first name of two joined by a particle is one: "María del Rocío Benjumea
                 * Pardo", "José de Jesús Ramírez", where the language has them) */
                if ((t[w].flags & TOK_LOWER) && w + 2 < e && tok_first_name(d, r, &t[w - 1]) &&
                    tok_first_name(d, r, &t[w + 1]) && rules_feature(r, FEATURE_COMPOUND_FIRST_NAMES))
                    keep++;
            }
        /* "Pacific Rim Football Partners": capitalised words beyond those a name keeps, none a
         * first name, a title, an honorific or an initial, are one organisation's name, not a
         * role before a person's */
        size_t unmarked = a;
        while (unmarked < e && !tok_first_name(d, r, &t[unmarked]) && !tok_title(d, r, &t[unmarked]) &&
               !tok_honorific(d, r, &t[unmarked]) && !(t[unmarked].flags & (TOK_INITIAL | TOK_ALLCAPS)))
            unmarked++;
        /* (not where the sentence opens, whose first word a capital does not show a name's:
         * "Developer High Mesa Renewables says") */
        if (len > keep && !after_connector && a == j && j > 0 && unmarked == e) keep = len;
        if (len > keep) {
            size_t first = a;
            a = e - keep;
            if (keep == 2 && (t[a].flags & TOK_INITIAL) && a > j) a--;
            /* "Francisco Javier Ruiz de Castro": a first name of two words before the words kept */
            if (a > first && tok_first_name(d, r, &t[a - 1]) && tok_first_name(d, r, &t[a]) &&
                rules_feature(r, FEATURE_COMPOUND_FIRST_NAMES))
                a--;
        }
    }
    /* "del Consejo de Estudiantes de Medicina": cut so, a name would open with its particle
     * after an organisation's words; they are all the organisation's */
    if (a < e && after_connector && a > j && tok_particle(d, r, &t[a]) && (t[a].flags & TOK_LOWER) &&
        !tok_first_name(d, r, &t[a - 1]))
        a = e;
    /* "la jefa de Seguridad Ciudadana del Perú", "el secretario de Gestión Integral de Riesgos":
     * after a connector, a capitalised word that is no first name and a particle in lower case
     * are a field's words, no person's name (which a first name would open: "el portavoz de
     * Vox Rocío de la Peña") */
    if (a + 2 < e && after_connector && a > j && !tok_first_name(d, r, &t[a]) && (t[a + 1].flags & TOK_LOWER) &&
        tok_particle(d, r, &t[a + 1])) {
        size_t w = a;
        while (w < e && !tok_first_name(d, r, &t[w])) w++;
        if (w == e) a = e;
    }
    /* "investigador del Instituto de Salud Pública del Altiplano", "the Canadian Association of
     * Hospital Workers": capitalised words after an organisation's word and a connector, no first
     * name opening them, go on with its name, no person's (not "the Bank of Canada Governor Tiff
     * Macklem": a title between them heads the name's role) */
    if (a < e && a > j && !tok_first_name(d, r, &t[a]) && !rules_feature(r, FEATURE_CAPITALISED_NOUNS)) {
        int linked = 0;
        for (size_t w = a; w > j; w--) {
            const token *b = &t[w - 1];
            if ((b->flags & TOK_LOWER) && (tok_connector(d, r, b) || tok_article(d, r, b))) {
                linked |= tok_connector(d, r, b);
                continue;
            }
            if (!(b->flags & TOK_CAP) || (b->flags & TOK_POSS) || tok_title(d, r, b)) break;
            if (linked && token_in(d, b, &r->organisations) >= 0) {
                a = e;
                break;
            }
        }
    }
    /* "líder de la barra La Celeste Norte": after words of the phrase, a capitalised article
     * opens an organisation's name of two words or more, no person's (unless a first name
     * opens a name after it: "Le député La France insoumise du Nord Julien Carpentier") */
    if (a + 1 < e && a > j + 1 && (t[a - 1].flags & TOK_CAP) && !(t[a - 1].flags & TOK_ALLCAPS) && tok_article(d, r, &t[a - 1]) &&
        (t[a - 2].flags & TOK_LOWER)) {
        size_t w = a + 1;
        while (w < e && !tok_first_name(d, r, &t[w])) w++;
        if (w == e) a = e;
    }
    /* 'Robert "Bobby" Kilbride': the first name before a nickname opens the name */
    size_t nick = a < e && a >= j + 4 ? nickname_open(d, r, t, toks->len, a - 1) : 0;
    if (nick > j) a = nick - 1;
    if (a < e) {
        m->kind = MENTION_NAME;
        m->name_start = t[a].start;
        m->name_end = full_end > e ? t[full_end - 1].end : name_word_end(&t[e - 1]);
        m->surname_start = t[e - 1].start;
        m->surname_end = t[e - 1].stem_end;
        /* "Adrian Kwok Siu-fai", "Benjamin Lo Chi-wai": after a first name, a given name whose
         * syllables a hyphen joins, the second in lower case, follows the surname, as Hong Kong
         * writes names ("Kwok said"; "Lai Mei-ling", of two words, stays as it is) */
        if (e == a + 3 && tok_first_name(d, r, &t[a]) && given_name_after_surname(d, &t[e - 1]) && (t[e - 2].flags & TOK_CAP) &&
            !(t[e - 2].flags & TOK_INITIAL) && !tok_particle(d, r, &t[e - 2])) {
            m->surname_start = t[e - 2].start;
            m->surname_end = t[e - 2].stem_end;
        }
        m->name_tokens = full_end - a; /* (a suffix counts: "Korventa AG" is no bare surname) */
    } else {
        m->kind = MENTION_ROLE;
        a = full_end;
    }
    /* the role: what stands before the name, less honorifics and dangling connectors */
    size_t rs = j, re = a;
    while (rs < re && (tok_honorific(d, r, &t[rs]) || tok_connector(d, r, &t[rs]))) {
        int g = token_in(d, &t[rs], &r->honorifics);
        if (g > 0) m->gender = g;
        rs++;
    }
    while (re > rs && (tok_honorific(d, r, &t[re - 1]) || tok_connector(d, r, &t[re - 1]) ||
                       tok_article(d, r, &t[re - 1]))) {
        int g = token_in(d, &t[re - 1], &r->honorifics);
        if (g > 0) m->gender = g;
        re--;
    }
    /* (a title by its ending too: "Personalvorstand", "Epidemiologist") */
    for (size_t k = rs; k < re; k++)
        if (tok_title_noun(d, r, &t[k]) || (k + 1 < re && numbered(d, r, t, re, k))) m->titled = 1;
    if (re > rs) {
        m->role_start = t[rs].start;
        /* "CNN’s Jake Tapper": an affiliation, the organisation without its possessive */
        m->role_end = (m->kind == MENTION_ROLE || (t[re - 1].flags & TOK_POSS)) ? t[re - 1].stem_end : t[re - 1].end;
    } else if (m->kind == MENTION_ROLE) {
        m->kind = MENTION_NONE; /* only honorifics and connectors */
    }
}

/* How many words the name of a medium runs to after its article ("der Deutschen
 * Presse-Agentur", "der in Frankfurt erscheinenden Zeitung"). */
enum { MEDIUM_WORDS = 5 };

/* "sagte der Ökonom der Süddeutschen Zeitung", "sagte der Minister den Zeitungen der
 * Funke-Mediengruppe": where an article after a noun may open its genitive (features.txt
 * "genitive-articles"), the article at t[k] of a phrase that a reporting verb before t[i] leads
 * ends the phrase, not extends it, when no genitive can open there ("den", "dem": an article
 * that is no connector) or when a medium (rules/<lang>/media-nouns.txt) ends the words after it
 * and no name in apposition follows ("der Chefredakteur der Zeitung, Jan Roth,"): that is whom
 * the words were told. */
static int object_told_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t i, size_t k) {
    if (!tok_article(d, r, &t[k]) || !(t[k].flags & TOK_LOWER) || token_in(d, &t[i - 1], &r->verbs) < 0 ||
        tok_connector(d, r, &t[k - 1]) || tok_article(d, r, &t[k - 1]))
        return 0;
    if (!tok_connector(d, r, &t[k])) return 1;
    size_t e = k + 1;
    while (e < n && e <= k + MEDIUM_WORDS && (t[e].flags & TOK_WORD) && !tok_article(d, r, &t[e])) e++;
    if (e == k + 1 || rules_compound_in(r, &r->media_nouns, (const char *)d->text + t[e - 1].start,
                                        t[e - 1].stem_end - t[e - 1].start) < 0)
        return 0;
    return !(e + 1 < n && punct_is(&t[e], ',') && (t[e + 1].flags & TOK_CAP));
}
/* object_told_read past the language's feature and where a word stands before t[i] and between
 * it and t[k]: every phrase asks it, and most languages have no such articles. */
static TEST_INLINE int object_told(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t i, size_t k) {
    return i > 0 && k > i + 1 && rules_feature(r, FEATURE_GENITIVE_ARTICLES) && object_told_read(d, r, t, n, i, k);
}

/* Tokens of the capitalised words that may modify a title at most ("B.C. Supreme Court"). */
enum { TITLE_MODIFIER_TOKENS = 8 };

/* The noun that heads a phrase opening at toks[k], after its determiner, and ending before
 * toks[e]: a title in lower case after the capitalised words that modify it, with at most one
 * word in lower case between ("A Manitoba judge", "A Superior Court of Ontario judge", "a
 * Toronto police officer"); else toks[k] itself ("a national columnist" is headed by its
 * first word, as descriptions are). */
size_t title_after_modifiers(const document *d, const whosaid_rules *r, const token *t, size_t k, size_t e) {
    size_t w = k;
    while (w < e && w < k + TITLE_MODIFIER_TOKENS &&
           ((t[w].flags & (TOK_CAP | TOK_INITIAL)) ||
            (w > k && w + 1 < e && tok_connector(d, r, &t[w]) && (t[w + 1].flags & TOK_CAP))))
        w++;
    if (w == k) return k;
    for (size_t lower = 0; w < e && lower < 2 && (t[w].flags & TOK_LOWER); w++, lower++)
        if (tok_title_noun(d, r, &t[w])) return w;
    return k;
}

/* How many words a description runs to ("the 34-year-old mother of three"), and how many it
 * holds between two prepositions ("one well-connected Democrat familiar with …"). */
enum { DESCRIPTION_WORDS = 10, NOUN_PHRASE_WORDS = 5 };

/* A description: a determiner at toks[i] and a few words from toks[j] up to punctuation, a verb
 * or a relative: "the 34-year-old mother of three", "a spokesperson for TransLink". */
/* "les experts psychiatres entendus mardi", "les enquêteurs interrogés par la police": a
 * passive participle in lower case at t[k], after the noun at t[j] and the words that go with
 * it (rules/<lang>/passive-participle-endings.txt), before when or by whom: a clause about
 * them, no word of what they are. */
static int passive_participle_after_noun(const document *d, const whosaid_rules *r, const token *t, size_t j, size_t k) {
    return k > j && (t[k].flags & TOK_LOWER) && !tok_title_noun(d, r, &t[k]) && token_in(d, &t[k], &r->prepositions) < 0 &&
           tok_passive_participle(d, r, &t[k]);
}

/* opens_one_new (names.h). */
int opens_one_new(const document *d, const whosaid_rules *r, const token *t) {
    return token_in(d, t, &r->articles) == ARTICLE_INDEFINITE ||
           ((t->flags & TOK_WORD) &&
            wordset_get_folded(&r->singular_determiners, (const char *)d->text + t->start, t->stem_end - t->start) >= 0);
}

/* Bytes of an age word after a number in words, at least ("jährige"). */
enum { AGE_WORD_MIN = 6 };

static int age_word_read(const document *d, const whosaid_rules *r, const token *t);
/* age_word_read of a word that may be one: hyphenated, or in lower case, longer than an age
 * word alone, where the language has numerals (in line: every phrase asks it of its words) */
static TEST_INLINE int age_word(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_HYPHENATED) || ((t->flags & TOK_LOWER) && t->stem_end - t->start > AGE_WORD_MIN && r->numerals.len)
               ? age_word_read(d, r, t)
               : 0;
}

/* Does the noun show a person's gender or kin ("madre", "Pflegerin", "patient", "father"), and more
 * than their sex or youth ("a woman": bare-person-nouns.txt), unless any_person? */
static int shows_a_person(const document *d, const whosaid_rules *r, const token *t, int any_person) {
    const char *w = (const char *)d->text + t->start;
    size_t n = t->stem_end - t->start;
    /* (someone new of their own: where every noun is capitalised, a compound by its last part
     * too, "ein Vermieter") */
    int noun = token_in(d, t, &r->gendered_nouns) >= 0 || token_in(d, t, &r->kin_nouns) >= 0 ||
               (any_person && (t->flags & TOK_CAP) && rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
                rules_compound_in(r, &r->gendered_nouns, w, n) >= 0);
    return noun && (any_person || wordset_get_folded(&r->bare_person_nouns, w, n) < 0);
}

/* Is t an adjective in lower case that may stand before a person's noun ("an elderly man", "ein
 * älterer Mann", "un vieil homme"): where most adjectives follow the noun, one of
 * prenominal-adjectives.txt; elsewhere any word in lower case that no list holds as a word of
 * grammar or a verb (an ending of adverbs.txt too: "elderly")? */
static int adjective_before_person(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_LOWER) || (t->flags & TOK_POSS)) return 0;
    if (rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) return tok_prenominal_adjective(d, r, t);
    return token_in(d, t, &r->determiners) < 0 && token_in(d, t, &r->prepositions) < 0 &&
           token_in(d, t, &r->conjunctions) < 0 && token_in(d, t, &r->pronouns) < 0 && token_in(d, t, &r->numerals) < 0 &&
           !tok_clause_word(d, r, t);
}

/* The phrase at toks[i]: does an article or determiner that opens one someone new come first, and
 * a noun that shows a person after it, or after an age (or, where any_person, after an adjective;
 * and any_person counts the nouns that say only someone's sex or youth)? Past the test of the
 * words' bits, in line in names.h (opens_someone_new). */
static int opens_new(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, int any_person) {
    const token *t = toks->items;
    /* (the cheaper questions first: most articles are definite) */
    if (token_in(d, &t[i], &r->articles) == ARTICLE_DEFINITE) return 0;
    size_t w = i + 1;
    if (!(t[w].flags & TOK_WORD) || (t[w].flags & TOK_POSS) || !shows_a_person(d, r, &t[w], any_person)) {
        /* (an age before the noun: "a 79-year-old grandfather", "ein 58-jähriger Fahrer") */
        w = i + 2;
        if (w >= toks->len || !(t[i + 1].flags & (TOK_HYPHENATED | TOK_LOWER)) || !(t[w].flags & TOK_WORD) ||
            (t[w].flags & TOK_POSS) || !shows_a_person(d, r, &t[w], any_person) ||
            !(age_word(d, r, &t[i + 1]) || (any_person && adjective_before_person(d, r, &t[i + 1]))))
            return 0;
    }
    return opens_one_new(d, r, &t[i]);
}

/* opens_someone_new (names.h), past the test of the words' bits. */
int opens_someone_new_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    return opens_new(d, r, toks, i, 0);
}

/* opens_person_new (names.h), past the test of the words' bits. */
int opens_person_new_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    return opens_new(d, r, toks, i, 1);
}

/* Does the preposition at t[k] (no connector: "une amie de sa fille" says who she is), after a
 * name and before a possessive, tell whom someone is with, not who they are ("a mother from
 * Pankow with her two children", "eine Mutter aus Pankow mit ihren Kindern"; not "a person
 * familiar with her plans")? */
static int with_whom(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    return (t[k].flags & TOK_LOWER) && (t[k - 1].flags & TOK_CAP) && !tok_connector(d, r, &t[k]) && k + 1 < n &&
           token_in(d, &t[k + 1], &r->possessives) >= 0;
}

/* Is t a possessive in lower case whose ending cannot be a genitive's (rules/<lang>/
 * genitive-adjective-endings.txt)? Right after a noun it opens another noun phrase, the verb's
 * object ("Neben ihr schiebt ein Student sein Fahrrad"), where a genitive goes on with the noun
 * ("die Sprecherin ihrer Partei"). */
static int object_possessive(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && token_in(d, t, &r->possessives) >= 0 &&
           !rules_ends_in(&r->genitive_adjective_endings, (const char *)d->text + t->start, t->stem_end - t->start);
}

static mention parse_description(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i,
                                 size_t j, size_t max_words) {
    mention m = {0};
    const token *t = toks->items;
    size_t n = toks->len, e = j, run = 0;
    /* (the items of a list of fields after a comma are words of one name, which may run past the
     * words a description holds: "a spokeswoman for the Department for Environment, Food and Rural
     * Affairs") */
    size_t list_words = 0;
    while (e < n && e < j + max_words + list_words &&
           ((t[e].flags & TOK_WORD) || (t[e].flags & TOK_INITIAL) || tok_truncated_compound(d, r, t, n, e) ||
            (field_list_comma(d, r, t, n, j, e) && (list_words = FIELD_LIST_WORDS))) &&
           token_in(d, &t[e], &r->verbs) < 0 && token_in(d, &t[e], &r->auxiliaries) < 0 &&
           /* (German "der" is an article before a capitalised noun: "ein Sprecher der Stadt") */
           !(tok_relative(d, r, &t[e]) && !(tok_article(d, r, &t[e]) && e + 1 < n && (t[e + 1].flags & TOK_CAP))) &&
           token_in(d, &t[e], &r->complementisers) < 0 &&
           /* ("… de la calle Los Aromos mientras mojaba el techo": a subordinator opens a clause) */
           !(e > j && (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->subordinators) >= 0) &&
           /* "told the court he had been scared": a subject pronoun opens a clause of its own
            * (after a preposition it is its object: "una hermana de ella") */
           !(e > j && token_in(d, &t[e], &r->pronouns) >= 0 && !tok_connector(d, r, &t[e - 1]) &&
             token_in(d, &t[e - 1], &r->prepositions) < 0) &&
           /* "a spokesperson for the ministry also said": an adverb before the verb is no word of it */
           !(e > j && e + 1 < n && (t[e].flags & TOK_LOWER) && tok_adverb(d, r, &t[e]) &&
             token_in(d, &t[e + 1], &r->verbs) >= 0) &&
           /* "Una vecina del barrio lanzó una advertencia": nor, after an article of one person,
            * a verb by its ending (finite-verb-endings.txt) */
           !(e > j && (t[e].flags & TOK_LOWER) && tok_finite_ending(d, r, &t[e]) && !tok_title(d, r, &t[e]) &&
             token_in(d, &t[i], &r->singular_articles) >= 0)) {
        int linking = tok_connector(d, r, &t[e]) || token_in(d, &t[e], &r->prepositions) >= 0;
        /* "a mother from Pankow with her two children": whom they are with ends it */
        if (linking && e > j + 1 && with_whom(d, r, t, n, e)) break;
        /* "a teacher and a bell that nobody rang": a conjunction before an article joins
         * another noun phrase on, which is no part of this one */
        if (linking && e > j && e + 1 < n && (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->conjunctions) >= 0 &&
            tok_article(d, r, &t[e + 1]))
            break;
        /* "les experts psychiatres entendus mardi": so does a time of cue-followers.txt after a
         * word of the phrase (not "de ce service", after a connector) */
        if (!linking && e > j && (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->cue_followers) >= 0 &&
            !tok_article(d, r, &t[e]) && !tok_connector(d, r, &t[e - 1]) && !tok_article(d, r, &t[e - 1]) &&
            token_in(d, &t[e - 1], &r->prepositions) < 0 && rules_feature(r, FEATURE_CIRCUMSTANCES)) {
            if (passive_participle_after_noun(d, r, t, j, e - 1)) e--;
            break;
        }
        /* "les témoins interrogés par la police": the participle and its agent */
        if (linking && e > j && (t[e].flags & TOK_LOWER) && passive_participle_after_noun(d, r, t, j, e - 1) &&
            wordset_get(&r->agent_prepositions, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start) >= 0 &&
            rules_feature(r, FEATURE_CIRCUMSTANCES)) {
            e--;
            break;
        }
        /* "una vecina de 71 años espera desde hace…": an age after the noun closes the phrase
         * (what follows it may be a verb no list knows) */
        if (!linking && ends_in_age(d, r, t, j, e)) break;
        /* "un étudiant en droit", "une étudiante en médecine": right after the noun of someone
         * new, such a preposition before a bare noun says what they are, and ends the phrase
         * (the words after it may be a verb no list knows: "hausse les épaules") */
        if (linking && e == j + 1 && e + 1 < n && (t[e].flags & TOK_LOWER) && (t[e + 1].flags & TOK_LOWER) &&
            !tok_connector(d, r, &t[e]) && token_in(d, &t[e], &r->cue_followers) >= 0 && opens_one_new(d, r, &t[i]) &&
            !tok_article(d, r, &t[e + 1]) && token_in(d, &t[e + 1], &r->possessives) < 0 &&
            token_in(d, &t[e + 1], &r->determiners) < 0 && rules_feature(r, FEATURE_CIRCUMSTANCES) &&
            /* (not where the noun's own complement follows: "sous couvert d'anonymat") */
            !(e + 2 < n && (tok_connector(d, r, &t[e + 2]) || token_in(d, &t[e + 2], &r->prepositions) >= 0))) {
            e += 2;
            break;
        }
        /* "l'élu écologiste lors d'une conférence de presse": a preposition that may follow a
         * cue tells when or where, not who (rules/<lang>/features.txt "circumstances") */
        if (linking && e > j && !tok_connector(d, r, &t[e]) && (t[e].flags & TOK_LOWER) &&
            token_in(d, &t[e], &r->cue_followers) >= 0 && rules_feature(r, FEATURE_CIRCUMSTANCES)) {
            /* (…and a participle before it tells where they were met: "une patiente de 74 ans
             * rencontrée devant l'hôpital") */
            if (passive_participle_after_noun(d, r, t, j, e - 1)) e--;
            break;
        }
        /* "the company in a statement", "la compañía en un comunicado": where it was said,
         * not who said it */
        /* (a connector too where it may follow a cue: Spanish "en") */
        if (linking && e > j && (!tok_connector(d, r, &t[e]) || token_in(d, &t[e], &r->cue_followers) >= 0) &&
            token_in(d, &t[e - 1], &r->document_nouns) < 0) {
            size_t o = e + 1;
            while (o < n && (tok_article(d, r, &t[o]) || token_in(d, &t[o], &r->possessives) >= 0)) o++;
            /* (or the noun alone, in lower case or where every noun is capitalised: "una vecina
             * en declaraciones a la radio", "eine Altenpflegerin zu Wort meldete") */
            if (o < n && (o > e + 1 || (t[o].flags & TOK_LOWER) || rules_feature(r, FEATURE_CAPITALISED_NOUNS)) &&
                token_in(d, &t[o], &r->document_nouns) >= 0)
                break;
        }
        /* a noun phrase: an article only after a preposition ("a copy of the letter"), and no
         * more than a few words between prepositions ("An early tweet quoted the president",
         * "The endorsement comes just three days after") */
        if (e > j && tok_article(d, r, &t[e]) && !tok_connector(d, r, &t[e - 1]) &&
            token_in(d, &t[e - 1], &r->prepositions) < 0 &&
            /* (an article in capitals after a noun in lower case opens a name: "un vecino de la
             * calle Los Espinillos") */
            !((t[e].flags & TOK_CAP) && (t[e - 1].flags & TOK_LOWER) && e + 1 < n && (t[e + 1].flags & TOK_CAP) &&
              !tok_first_name(d, r, &t[e + 1])) &&
            (!(tok_connector(d, r, &t[e]) &&
               (rules_feature(r, FEATURE_GENITIVE_ARTICLES) || rules_feature(r, FEATURE_CONTRACTED_ARTICLES))) ||
             object_told(d, r, t, n, i, e)))
            break; /* (German: "ein Sprecher der Polizei", the article of a genitive; French: "le
                    * syndicat des bailleurs", "de" and an article in one word) */
        /* "Eine Sprecherin von Nordwind Airlines wollte sich …": where every noun is
         * capitalised, a word in lower case after a noun that links nothing and comes before no
         * noun is a verb no list knows (an adjective comes before its noun) */
        if (!linking && e > j && (t[e].flags & TOK_LOWER) && (t[e - 1].flags & TOK_CAP) && e + 1 < n &&
            !(t[e + 1].flags & TOK_CAP) && !tok_article(d, r, &t[e]) && token_in(d, &t[e], &r->possessives) < 0 &&
            !tok_adverb(d, r, &t[e]) && /* (an adverb is known: "die Geschäftsleitung noch im Herbst") */
            token_in(d, &t[e], &r->determiners) < 0 && rules_feature(r, FEATURE_CAPITALISED_NOUNS))
            break;
        /* "Neben ihr schiebt ein Student sein Fahrrad zur Treppe": there, a possessive right after
         * a noun opens the verb's object, unless its ending may be a genitive's, which goes on
         * with the noun ("die Sprecherin ihrer Partei") */
        if (!linking && e > j && (t[e - 1].flags & TOK_CAP) && rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
            object_possessive(d, r, &t[e]))
            break;
        /* "A man stood by the road": where adjectives come before the noun, a word in lower case
         * right after the noun of someone new that links nothing is a verb no list knows (not a
         * participle, whose clause says who they are: "a man calling himself Paul") */
        /* (after an adjective before it too: "An elderly man stood") */
        if (!linking && (e == j + 1 || (e == j + 2 && adjective_before_person(d, r, &t[j]))) && (t[e].flags & TOK_LOWER) &&
            !rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && !rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
            opens_one_new(d, r, &t[i]) && shows_a_person(d, r, &t[e - 1], 1) &&
            !tok_article(d, r, &t[e]) && token_in(d, &t[e], &r->possessives) < 0 && !tok_title(d, r, &t[e]) &&
            !rules_ends_in(&r->participle_endings, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start))
            break;
        run = linking ? 0 : run + 1;
        if (run > NOUN_PHRASE_WORDS) return m;
        e++;
    }
    while (e > j && (tok_connector(d, r, &t[e - 1]) || token_in(d, &t[e - 1], &r->prepositions) >= 0)) e--;
    /* "fügte die 40-Jährige hinzu": where every noun is capitalised (features.txt
     * "capitalised-nouns"), words in lower case after the last capitalised one are no part of
     * it (a separable verb's particle, an adverb) */
    if (rules_feature(r, FEATURE_CAPITALISED_NOUNS)) {
        size_t c = e;
        while (c > j && (t[c - 1].flags & TOK_LOWER)) c--;
        if (c > j) e = c;
    }
    if (e == j) return m;
    m.kind = MENTION_DESCRIPTION;
    m.start = t[i].start;
    m.end = t[e - 1].stem_end;
    m.next_tok = e;
    m.definite = token_in(d, &t[i], &r->articles) == ARTICLE_DEFINITE;
    /* its head: the last word before a preposition ("mother" of "the mother of three") */
    /* (the conjunction of a compound cut short is none: "Die Industrie- und Handelskammer") */
    size_t h = j;
    while (h + 1 < e && (!(token_in(d, &t[h + 1], &r->prepositions) >= 0 && (t[h + 1].flags & TOK_LOWER)) ||
                         tok_truncated_compound(d, r, t, n, h)))
        h++;
    /* …but a title's, where an adjective follows it before the preposition: "a source close to
     * the talks", "an official familiar with the matter" */
    if (h > j && h + 1 < e && (t[h].flags & TOK_LOWER) && !tok_title_noun(d, r, &t[h]) &&
        (tok_title_noun(d, r, &t[h - 1]) || token_in(d, &t[h - 1], &r->group_nouns) >= 0))
        h--;
    /* "el instituto armado", "la compañía eléctrica": where adjectives follow the noun
     * (features.txt "postnominal-adjectives"), a noun for an organisation's kind after the
     * article is the head, not the adjective after it */
    if (h > j && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && token_in(d, &t[j], &r->org_nouns) >= 0) h = j;
    m.head_start = t[h].start;
    m.head_end = t[h].stem_end;
    /* "a spokesperson for the ministry": a title after the article makes the rest a role (a
     * title by its ending too: "ein Gerichtssprecher"; a person noun in lower case by its
     * ending: "the librarian at the central branch") */
    /* (an age before the noun is no part of the role: "a 71-year-old neighbour") */
    size_t w = j + (j + 1 < e && age_word(d, r, &t[j]));
    /* (…nor one in figures, its noun of years and an adjective: "ein 45 Jahre alter Fernfahrer") */
    if (w == j && j + 3 < e && !(t[j].flags & (TOK_CAP | TOK_LOWER)) && uc_is_digit(d->text[t[j].start]) &&
        wordset_get_folded(&r->age_nouns, (const char *)d->text + t[j + 1].start, t[j + 1].stem_end - t[j + 1].start) >= 0 &&
        (t[j + 2].flags & TOK_LOWER))
        w = j + 3;
    /* "A Ministry of Justice spokesperson": a title after capitalised words that a connector
     * joins heads the phrase, not the word before the connector (which names its body) */
    size_t titled_head = title_after_modifiers(d, r, t, w, e);
    if (titled_head > w && titled_head > h) {
        h = titled_head;
        m.head_start = t[h].start;
        m.head_end = t[h].stem_end;
    }
    if (!(t[w].flags & TOK_POSS) && /* "their neighbour’s family": the title is the possessor's */
        (tok_title_noun(d, r, &t[w]) || numbered(d, r, t, toks->len, w) ||
         /* "A Manitoba judge", "a Toronto police officer": a title after words that modify it */
         (h > w && title_after_modifiers(d, r, t, w, e) == h) ||
         /* "una madre", "eine Pflegerin", "un père": after a word that opens one someone new, a
          * noun that shows a person's gender or kin (not "a woman": bare-person-nouns.txt) */
         (opens_one_new(d, r, &t[i]) && shows_a_person(d, r, &t[w], 0)) ||
         ((t[w].flags & TOK_LOWER) && rules_person_noun_ending(r, (const char *)d->text + t[w].start, t[w].stem_end - t[w].start)))) {
        m.role_start = t[w].start;
        m.role_end = m.end;
        m.titled = 1;
        /* (nor an age after it: "une voisine de 71 ans"; but where the language's news keep it
         * in the role, it stays: "una vecina de 71 años", features.txt "age-in-role") */
        size_t aged = rules_feature(r, FEATURE_AGE_IN_ROLE) ? 0 : ends_in_age(d, r, t, w + 1, e);
        if (aged) m.role_end = t[e - aged - 1].stem_end;
    }
    return m;
}

/* "en matière de", "en charge de" at t[k] after a role that starts at t[j]: a preposition, a
 * noun of rules/<lang>/role-links.txt and a connector, which go on with the role ("le
 * porte-parole libéral en matière d'énergie") rather than tell where it was said. */
static TEST_INLINE int role_link(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    /* (the language's list first, as in title_compound and numbered: asked where most phrases
     * end, and answered at once where the language has none, English) */
    return r->role_links.len && k > j && k + 2 < n && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->prepositions) >= 0 &&
           (t[k + 1].flags & TOK_LOWER) && token_in(d, &t[k + 1], &r->role_links) >= 0 &&
           tok_connector(d, r, &t[k + 2]) && any_title(d, r, t, j, k);
}

/* Words of a party's label in brackets before a name, at most: "(divers droite)". */
enum { BRACKETED_PARTY_WORDS = 3 };

size_t past_party_words(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (k + 2 >= n || !punct_is(&t[k], '(')) return k;
    size_t c = k + 1;
    while (c < n && c <= k + BRACKETED_PARTY_WORDS && (t[c].flags & TOK_LOWER) && tok_party_label_word(d, r, &t[c])) c++;
    return c > k + 1 && c < n && punct_is(&t[c], ')') ? c + 1 : k;
}

/* "le député (LFI) Éric Coquerel", "el diputado (PP) Jaime Ruiz", "le maire (divers droite)
 * Bernard Cabanis-Delmas": a party in brackets at t[k], an acronym or words of
 * rules/<lang>/party-label-words.txt, after a title of the phrase that starts at t[j] and before
 * a name. Returns the tokens to pass, brackets included, or 0. */
static size_t bracketed_party_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (!tok_title(d, r, &t[k - 1])) return 0;
    size_t c = k + 1;
    if (c < n && (t[c].flags & TOK_ALLCAPS)) c++;
    else
        while (c < n && c <= k + BRACKETED_PARTY_WORDS && (t[c].flags & TOK_LOWER) && tok_party_label_word(d, r, &t[c])) c++;
    /* (before the name, or before the role's complement: "le député (LFI) de la Seine-Saint-Denis
     * Rachid Ouali") */
    return c > k + 1 && c + 1 < n && punct_is(&t[c], ')') &&
                   ((t[c + 1].flags & TOK_CAP) || ((t[c + 1].flags & TOK_LOWER) && tok_connector(d, r, &t[c + 1])))
               ? c + 1 - k
               : 0;
}
/* bracketed_party_read where a bracket opens at t[k], past the phrase's first word: every phrase
 * asks it of the token it ends at, most often none. */
static TEST_INLINE size_t bracketed_party(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    return punct_is(&t[k], '(') && k > j ? bracketed_party_read(d, r, t, n, k) : 0;
}

/* Is toks[k] an age in figures before a noun or a name: "58-jährige" (the part after its last
 * hyphen in rules/<lang>/age-words.txt)? Or in words, one of numerals.txt joined to one:
 * "der zwölfjährige Jonas". */
static int age_word_read(const document *d, const whosaid_rules *r, const token *t) {
    const char *s = (const char *)d->text + t->start;
    size_t n = t->stem_end - t->start;
    if (n > AGE_WORD_MIN && (t->flags & TOK_LOWER) && r->numerals.len && !(t->flags & TOK_HYPHENATED)) {
        size_t a = 2;
        /* (a part of ASCII longer than every age word is none, and folds to none shorter: most
         * words' parts, where the age word is short, "old") */
        if (n - a > r->age_words.max_len && scan_ascii((const unsigned char *)s, a, n) == n) a = n - r->age_words.max_len;
        for (; a + AGE_WORD_MIN <= n; a++)
            if (wordset_get_folded(&r->age_words, s + a, n - a) >= 0) return wordset_get_folded(&r->numerals, s, a) >= 0;
        return 0;
    }
    return (t->flags & TOK_HYPHENATED) && age_in_figures(r, s, n);
}

/* acronym_compound (names.h). */
int acronym_compound(const document *d, size_t s, size_t e) {
    size_t i = s;
    while (i < e && d->text[i] >= 'A' && d->text[i] <= 'Z') i++;
    return i >= s + 2 && i + 1 < e && d->text[i] == '-';
}

/* ends_in_age (names.h) past its tests in line. */
size_t ends_in_age_read(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t e) {
    if (wordset_get(&r->age_nouns, (const char *)d->text + t[e - 1].start, t[e - 1].stem_end - t[e - 1].start) < 0)
        return 0;
    if (tok_connector(d, r, &t[e - 3])) return 3;
    /* (a word in lower case between them makes it approximate: "una hincha de unos 70 años") */
    return e >= a + 4 && (t[e - 3].flags & TOK_LOWER) && tok_connector(d, r, &t[e - 4]) ? 4 : 0;
}

/* age_in_figures (names.h). */
int age_in_figures(const whosaid_rules *r, const char *s, size_t n) {
    size_t h = n;
    if (!n || !uc_is_digit((unsigned char)s[0])) return 0;
    while (h > 0 && s[h - 1] != '-') h--;
    return h > 0 && h < n && wordset_get_folded(&r->age_words, s + h, n - h) >= 0;
}

/* age_among (names.h). */
int age_among(const document *d, const whosaid_rules *r, size_t s, size_t e) {
    for (size_t a = s, b; a < e; a = b + 1) {
        for (b = a; b < e && d->text[b] != ' ';) b++;
        const char *w = (const char *)d->text + a;
        if (age_in_figures(r, w, b - a)) return 1;
        if (!uc_is_digit((unsigned char)w[0]) || b >= e) continue;
        size_t n = b + 1;
        while (n < e && d->text[n] != ' ') n++;
        if (wordset_get_folded(&r->age_nouns, (const char *)d->text + b + 1, n - b - 1) >= 0) return 1;
    }
    return 0;
}

/* Tokens of an acronym in brackets at most, brackets included: "(UPV/EHU)". */
enum { BRACKETED_ACRONYM_TOKENS = 5 };

size_t past_bracketed_acronyms(const token *t, size_t n, size_t k) {
    if (k + 2 >= n || !punct_is(&t[k], '(') || !(t[k + 1].flags & TOK_ALLCAPS)) return k;
    for (size_t c = k + 2; c < n && c < k + BRACKETED_ACRONYM_TOKENS; c += 2) {
        if (punct_is(&t[c], ')')) return c + 1;
        if (!(punct_is(&t[c], '/') || punct_is(&t[c], '-')) || c + 1 >= n || !(t[c + 1].flags & TOK_ALLCAPS)) return k;
    }
    return k;
}

/* "(SPVM)" at t[k], after a capitalised word of a role that starts at t[j] and has a connector
 * (or an adjective after one: "des Transports du Nord vaudois (TNV)"), and before a comma: the
 * acronym of the organisation the role is of. Returns the tokens to pass, or 0. The phrase ends
 * after them; it goes on where a first name and another capitalised word follow, the name of
 * the role's holder ("el catedrático de Arqueología de la Universidad del País Vasco (UPV/EHU)
 * Tomás Echevarría"), or the role's complement: *named is then set. */
static size_t bracketed_acronym_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j,
                                     size_t k, int *named) {
    size_t past = past_bracketed_acronyms(t, n, k);
    /* (or, before the name of the role's holder, one in capital and small letters that the
     * words before it spell: "del Instituto de Medicina Legal de Galicia (Imelga) Laura Meis") */
    if (past == k) {
        past = tok_past_defined_acronym(d, t, n, j, k);
        if (past > k && !(past + 1 < n && tok_first_name(d, r, &t[past]) && (t[past + 1].flags & TOK_CAP))) return 0;
    }
    if (past == k || past >= n ||
        !((t[k - 1].flags & TOK_CAP) || ((t[k - 1].flags & TOK_LOWER) && (t[k - 2].flags & TOK_CAP))) ||
        !rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS))
        return 0;
    *named = !punct_is(&t[past], ',');
    /* (…and where the role's complement goes on after it with a connector or a preposition, as
     * it would with no acronym: "del Valle (JRV) de la comarca", "de Carreteras (ABC) en
     * Cochabamba") */
    /* (a title in lower case heads the role: not the organisation's own name, "a la Compañía
     * Nacional de Fuerza y Luz (CNFL) por los cortes"; and a preposition goes on with a place) */
    int goes_on = *named && past + 1 < n && (t[past].flags & TOK_LOWER) && (t[j].flags & TOK_LOWER) &&
                  tok_title(d, r, &t[j]) &&
                  (tok_connector(d, r, &t[past]) ||
                   (token_in(d, &t[past], &r->prepositions) >= 0 && (t[past + 1].flags & TOK_CAP)));
    if (*named && !goes_on && !(past + 1 < n && tok_first_name(d, r, &t[past]) && (t[past + 1].flags & TOK_CAP))) return 0;
    if (!*named && past != k + 3) return 0;
    for (size_t w = j + 1; w < k; w++)
        if (tok_connector(d, r, &t[w])) return role_word_in(d, r, t, j, w) ? past - k : 0;
    return 0;
}
/* bracketed_acronym_read where a bracket opens at t[k] after the phrase's first words: every
 * phrase asks it of the token it ends at, most often none. */
static TEST_INLINE size_t bracketed_acronym(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j,
                                            size_t k, int *named) {
    return k >= j + 3 && punct_is(&t[k], '(') ? bracketed_acronym_read(d, r, t, n, j, k, named) : 0;
}

/* "la metteuse en scène", "le rédacteur en chef": a preposition at t[k] and a noun of
 * rules/<lang>/title-compounds.txt after a title in lower case make one title with it, not a
 * circumstance ("le ministre en visite"). */
static TEST_INLINE int title_compound(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    return r->title_compounds.len && k > j && k + 1 < n && (t[k - 1].flags & TOK_LOWER) && tok_title_head(d, r, &t[k - 1]) &&
           (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->prepositions) >= 0 && (t[k + 1].flags & TOK_LOWER) &&
           wordset_get(&r->title_compounds, (const char *)d->text + t[k + 1].start, t[k + 1].stem_end - t[k + 1].start) >= 0;
}

/* Adjectives after a title before a first name, at most ("national socialiste vaudois"). */
enum { POSTNOMINAL_RUN = 3 };

/* "le conseiller national socialiste vaudois Marc Dubois", "le conseiller aux États PLR
 * neuchâtelois Jean-Daniel Perrenoud", "el biólogo marino Andrés Castro": where adjectives follow
 * the noun (features.txt "postnominal-adjectives"), after a title (listed, or an occupation by
 * its ending: title-endings.txt) or a party's acronym at toks[k - 1] a run of words in
 * lower case that no first name, connector, preposition, article, verb or past participle is,
 * up to a first name and a capitalised word, or, two words or more, up to the verb whose
 * subject the role is ("La conseillère nationale verte genevoise affirme"): the role's. How
 * many, or 0. */
static size_t postnominal_run_on(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    if (!(((t[k - 1].flags & TOK_LOWER) && tok_title_noun(d, r, &t[k - 1])) || ((t[k - 1].flags & TOK_ALLCAPS) && k > j + 1) ||
          (k >= j + 3 && title_compound(d, r, t, n, j, k - 2)))) /* "la metteuse en scène genevoise X" */
        return 0;
    size_t e = k;
    while (e < n && e < k + POSTNOMINAL_RUN && (t[e].flags & TOK_WORD) && (t[e].flags & TOK_LOWER) &&
           !(t[e].flags & TOK_POSS) && !tok_connector(d, r, &t[e]) && !tok_article(d, r, &t[e]) &&
           token_in(d, &t[e], &r->prepositions) < 0 && token_in(d, &t[e], &r->verbs) < 0 &&
           token_in(d, &t[e], &r->auxiliaries) < 0 && token_in(d, &t[e], &r->subordinators) < 0 &&
           token_in(d, &t[e], &r->determiners) < 0 && token_in(d, &t[e], &r->cue_followers) < 0 && !tok_adverb(d, r, &t[e]) &&
           !rules_ends_in(&r->past_endings, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start))
        e++;
    if (e == k || e >= n) return 0;
    if (e + 1 < n && tok_first_name(d, r, &t[e]) && (t[e + 1].flags & TOK_CAP)) return e - k;
    /* (…or two capitalised words that no list knows, a name whose first name is a rare one, after
     * a title and one adjective: "La ciclista avilesina Aroa Villanueva") */
    if (e == k + 1 && e + 1 < n && (t[e].flags & TOK_CAP) && (t[e + 1].flags & TOK_CAP) &&
        !((t[e].flags | t[e + 1].flags) & (TOK_ALLCAPS | TOK_POSS)) && (t[k - 1].flags & TOK_LOWER) &&
        tok_title(d, r, &t[k - 1]) && !tok_title(d, r, &t[e]) && token_in(d, &t[e], &r->organisations) < 0 &&
        token_in(d, &t[e + 1], &r->organisations) < 0 && token_in(d, &t[e], &r->places) < 0)
        return 1;
    /* "La députée écologiste genevoise affirme que": or, two or more, up to the verb whose
     * subject the role is (one alone is read word by word below) */
    /* (…or, two or more, up to a connector that opens the role's complement: "el delegado
     * presidencial regional de Valparaíso") */
    return e > k + 1 && (t[e].flags & TOK_LOWER) &&
                   (token_in(d, &t[e], &r->verbs) >= 0 || token_in(d, &t[e], &r->auxiliaries) >= 0 ||
                    (tok_connector(d, r, &t[e]) && token_in(d, &t[e], &r->prepositions) >= 0 &&
                     token_in(d, &t[e], &r->cue_followers) < 0))
               ? e - k
               : 0;
}

/* (the feature's test first, inline: off in most languages, asked of every word of a phrase) */
static TEST_INLINE size_t postnominal_run(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    return rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && k > j ? postnominal_run_on(d, r, t, n, j, k) : 0;
}

/* Tokens between a name in a role and the person's name after it, at most ("insoumise de
 * Seine-Saint-Denis"). */
enum { ORG_IN_ROLE_TOKENS = 6 };

/* Adjectives in lower case between an article and a kind of organisation, at most ("die
 * norwegische Reederei Halvorsen Shipping"). */
enum { KIND_ADJECTIVES_DE = 2 };

/* Tokens an organisation's name may run on for in lower case, at most. */
enum { ORG_NAME_RUN_TOKENS = 14 };

/* "SV Eintracht Wellbach 1919": a year in figures after the name of a club that letters of
 * rules/<lang>/organisations.txt open at t[first] ends that name; the name's end, past it, from
 * k (one past its last word). */
static size_t past_club_year(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t first, size_t k) {
    if (k >= n || k <= first + 1 || !(t[first].flags & TOK_ALLCAPS) || token_in(d, &t[first], &r->organisations) < 0 ||
        !(t[k].flags & TOK_WORD) || (t[k].flags & (TOK_CAP | TOK_LOWER)))
        return k;
    size_t len = t[k].end - t[k].start;
    if (len != 2 && len != 4) return k;
    for (size_t b = t[k].start; b < t[k].end; b++)
        if (!uc_is_digit(d->text[b])) return k;
    return k + 1;
}

/* "le Centre intégré de santé et de services sociaux de la Côte-Nord", "l'Office fédéral de la
 * santé publique (OFSP)", "le Centre hospitalier universitaire de Québec": where the language
 * capitalises only the first word of an organisation's name (features.txt
 * "organisation-complements"), the name that an organisation word opened runs on from toks[k]
 * over adjectives and nouns in lower case, connectors, "et" before a connector, capitalised
 * words after a connector and an acronym in brackets; not over a verb, an auxiliary, a relative,
 * a pronoun, a time or place of cue-followers.txt, or a participle that no connector follows
 * ("le Centre hospitalier visé par"). Where it ends: after its last word that may end it. */
static size_t org_name_run(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    /* (after the organisation word or a word in lower case: "l'Hôpital Notre-Dame-de-la-Rive" is
     * a name whole) */
    if (!rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS) || k == 0 ||
        ((t[k - 1].flags & TOK_CAP) && token_in(d, &t[k - 1], &r->organisations) < 0))
        return k;
    size_t e = k, end = k;
    while (e < n && e < k + ORG_NAME_RUN_TOKENS) {
        const token *w = &t[e];
        /* (an acronym in brackets closes the name it stands for, "… de lycée (SNPL) appelle",
         * unless a connector goes on with it: "(CISSS) de la Côte-Nord") */
        if (e + 2 < n && punct_is(w, '(') && (t[e + 1].flags & TOK_ALLCAPS) && punct_is(&t[e + 2], ')')) {
            end = e += 3;
            if (!(e < n && tok_connector(d, r, &t[e]))) break;
            continue;
        }
        if (!(w->flags & TOK_WORD) || (w->flags & TOK_POSS)) break;
        if (w->flags & TOK_CAP) { /* "de la Côte-Nord": only after a connector */
            if (!tok_connector(d, r, &t[e - 1]) && !tok_article(d, r, &t[e - 1])) break;
            end = ++e;
            continue;
        }
        if (!(w->flags & TOK_LOWER)) break;
        if (tok_connector(d, r, w) || tok_article(d, r, w)) {
            /* (a definite article only after a preposition: "du Département de la Mayenne", not
             * "au Département l'installation d'un radar", the object after the name) */
            if (e == k && token_in(d, w, &r->articles) == ARTICLE_DEFINITE && (t[k - 1].flags & TOK_CAP)) break;
            /* ("et" only before a connector: "de santé et de services sociaux") */
            if (token_in(d, w, &r->conjunctions) >= 0 && !(e + 1 < n && tok_connector(d, r, &t[e + 1]))) break;
            e++;
            continue;
        }
        if (token_in(d, w, &r->verbs) >= 0 || token_in(d, w, &r->auxiliaries) >= 0 || token_in(d, w, &r->prepositions) >= 0 ||
            token_in(d, w, &r->relatives) >= 0 || token_in(d, w, &r->subordinators) >= 0 ||
            token_in(d, w, &r->cue_followers) >= 0 || token_in(d, w, &r->conjunctions) >= 0 || tok_pronoun_word(d, r, w) ||
            token_in(d, w, &r->possessives) >= 0 || token_in(d, w, &r->determiners) >= 0 ||
            token_in(d, w, &r->negations) >= 0 || /* ("la Commission de discipline n'a pas") */
            /* (a verb that names, "La Coalition citoyenne du Bugey réclame …", or a word no
             * connector precedes before an article that is none ("des" is "de les"), a verb and its
             * object: "L'Observatoire national des parcours de soins dresse un constat") */
            token_in(d, w, &r->naming_verbs) >= 0 ||
            /* (or a possessive: "L'Observatoire transmettra ses conclusions"; and a verb by its
             * finite ending, finite-verb-endings.txt) */
            (!tok_connector(d, r, &t[e - 1]) && !tok_article(d, r, &t[e - 1]) &&
             (tok_finite_ending(d, r, w) ||
              (e + 1 < n && (t[e + 1].flags & TOK_LOWER) &&
               ((tok_article(d, r, &t[e + 1]) && !tok_connector(d, r, &t[e + 1])) ||
                token_in(d, &t[e + 1], &r->possessives) >= 0)))) ||
            /* (after an article a word is a noun, whatever its ending: "de l'enseignement") */
            (tok_adverb(d, r, w) && !tok_article(d, r, &t[e - 1]) && !tok_connector(d, r, &t[e - 1])) ||
            (tok_passive_participle(d, r, w) &&
             !(e + 1 < n && tok_connector(d, r, &t[e + 1]))))
            break;
        end = ++e;
    }
    return end;
}

static mention read_mention(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);

/* Is toks[i] a capitalised word that is a name alone ("Officials said", "Construction began."):
 * what read_mention makes of it, without the phrase grammar's hundred questions, for the word
 * that opens so many sentences? Each test below stands for a branch of read_mention and
 * split_role_name that a word alone, and the word after it, could take; where any might, the
 * answer is no and the grammar reads the phrase. The word after it is no capital (a name of
 * more words, "Stated Stone"), no word that could go on with a phrase after a name word (a
 * title, a particle, a noun of numbering, a possessive), and no bracket or hyphen (a label, an
 * acronym, a compound). Keep it in step with read_mention: a branch added there that a word
 * alone may take wants its test here. */
static int lone_name_word(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t i) {
    const token *w = &t[i];
    if ((w->flags & (TOK_WORD | TOK_CAP | TOK_ALLCAPS | TOK_POSS | TOK_INITIAL)) != (TOK_WORD | TOK_CAP)) return 0;
    /* (a second capital: a plural acronym, "SUVs", is no name word) */
    if (w->stem_end - w->start >= 2 && (unsigned)(d->text[w->start + 1] - 'A') < 26) return 0;
    if (i + 1 < n) {
        const token *x = &t[i + 1];
        if (x->flags & TOK_WORD) {
            /* (a connector or a preposition goes on only with a title, an organisation word or
             * an acronym before it, which the word is not, name_word; a preposition also after
             * a role word of prepositional-roles.txt; a connector after a public body's noun,
             * connector_extends) */
            if ((x->flags & (TOK_LOWER | TOK_POSS | TOK_INITIAL)) != TOK_LOWER || token_in(d, x, &r->name_particles) >= 0 ||
                (token_in(d, x, &r->prepositions) >= 0 && token_in(d, w, &r->prepositional_roles) >= 0) ||
                token_in(d, x, &r->number_nouns) >= 0 || tok_title(d, r, x) ||
                (tok_connector(d, r, x) && joining_preposition(d, r, x) && public_body_word(d, r, w)))
                return 0;
        } else if (punct_is(x, '(') || punct_is(x, '-') || nickname_close(d, r, t, n, i + 1)) {
            return 0;
        }
    }
    /* (a pronoun, a possessive, a determiner, a group that is an organisation's noun, "Police
     * said"; name_word: no title, organisation word, not-name, honorific or verb) */
    return token_in(d, w, &r->pronouns) < 0 && token_in(d, w, &r->possessives) < 0 &&
           token_in(d, w, &r->determiners) < 0 &&
           (token_in(d, w, &r->group_nouns) < 0 || token_in(d, w, &r->org_nouns) < 0) && name_word(d, r, w);
}

/* "escribió en su cuenta de X": a capital letter after a particle, no title or role before it,
 * names no one (an initial stands before a surname; not "Roland Z", nor the letter that stands
 * for a surname a court report keeps back, "sagte H.:" after "Gerald H.") */
static void lone_letter_is_no_name_read(const document *d, const whosaid_rules *r, mention *m) {
    if (m->surname_end != m->surname_start + 1 || m->titled || m->role_end != m->role_start || m->gender) return;
    size_t w = m->name_start, e = w;
    while (e < m->surname_start && d->text[e] != ' ') e++;
    if (e + 1 == m->surname_start && wordset_get(&r->name_particles, (const char *)d->text + w, e - w) >= 0)
        m->kind = MENTION_NONE;
}
/* lone_letter_is_no_name_read of a name of two words: every phrase read is asked, most are none. */
static TEST_INLINE void lone_letter_is_no_name(const document *d, const whosaid_rules *r, mention *m) {
    if (m->kind == MENTION_NAME && m->name_tokens == 2) lone_letter_is_no_name_read(d, r, m);
}

mention parse_mention(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    mention_memo *memo = toks->memo;
    if (!memo || i >= toks->len) {
        mention m = read_mention(d, r, toks, i);
        lone_letter_is_no_name(d, r, &m);
        return m;
    }
    uint32_t *at = &memo->at.items[toks->memo_base + i];
    if (*at) return memo->found.items[*at - 1];
    mention m = read_mention(d, r, toks, i);
    lone_letter_is_no_name(d, r, &m);
    /* (without memory, asked again next time) */
    if (VEC_PUSH(&memo->found, m) == 0) *at = (uint32_t)memo->found.len;
    return m;
}

/* The phrase of m, from toks[j] to the end of its name, is one organisation's name, whose kind
 * is the word at toks[head] ("the Harbour Authority of Port Alden", "Hebridean Island Ferries"). */
/* Are the words of t[a, e) capitalised up to the token that starts at byte name_start, and is
 * one word from there on a connector in lower case? */
static int capitalised_then_connector(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t e,
                                      size_t name_start) {
    size_t k = a;
    for (; k < e && t[k].start < name_start; k++)
        if (!(t[k].flags & TOK_CAP)) return 0;
    for (; k < e; k++)
        if ((t[k].flags & TOK_LOWER) && tok_connector(d, r, &t[k])) return 1;
    return 0;
}

/* Is a word of t[a, e) a first name? */
static int names_a_first_name(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t e) {
    for (size_t k = a; k < e; k++)
        if (tok_first_name(d, r, &t[k])) return 1;
    return 0;
}

static void org_of_whole_phrase(const token *t, size_t j, size_t head, mention *m) {
    m->kind = MENTION_ROLE;
    m->org = 1;
    m->head_start = t[head].start;
    m->head_end = t[head].stem_end;
    m->name_start = m->surname_start = t[j].start;
    m->surname_end = m->name_end;
    m->role_start = m->role_end = 0;
}

/* Is toks[i] a capitalised word of not-names.txt that the grammar below turns away at once
 * ("Monday", "Last", "Construction": a word that opens so many sentences): the branches before
 * its not-names test that such a word could take are ruled out by its sets' bits (a verb before
 * a name, a pronoun, a possessive, an article), by its flags (an initial, which may be a name
 * word; a hyphenated word, which may be an age), and lone_name_word's name_word says no to it.
 * Keep it in step with read_mention. */
static int capitalised_not_name(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t i) {
    const token *w = &t[i];
    return (w->flags & (TOK_CAP | TOK_INITIAL | TOK_HYPHENATED)) == TOK_CAP && token_in(d, w, &r->not_names) >= 0 &&
           token_in(d, w, &r->verbs) < 0 && token_in(d, w, &r->pronouns) < 0 && token_in(d, w, &r->possessives) < 0 &&
           !tok_article(d, r, w) && !particle_opens_name_read_before(d, r, t, n, i);
}

/* parse_mention, read from the tokens. */
static mention read_mention(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    mention m = {0};
    const token *t = toks->items;
    size_t n = toks->len;
    if (i >= n || !(t[i].flags & TOK_WORD)) return m;
    if (capitalised_not_name(d, r, t, n, i)) return m; /* ("Monday", "Last": no name, as below) */
    if (lone_name_word(d, r, t, n, i)) { /* the name alone, as the grammar below reads it */
        m.kind = MENTION_NAME;
        m.start = m.name_start = m.surname_start = t[i].start;
        m.end = m.name_end = name_word_end(&t[i]);
        m.surname_end = t[i].stem_end;
        m.name_tokens = 1;
        m.definite = 1;
        m.next_tok = i + 1;
        return m;
    }
    /* "Stated Stone:", "Added Lee:": a reporting verb opening its clause, then the name */
    if ((t[i].flags & TOK_CAP) && (i == 0 || (t[i - 1].flags & TOK_PUNCT)) && i + 1 < n && (t[i + 1].flags & TOK_CAP) &&
        token_in(d, &t[i], &r->verbs) >= 0)
        return parse_mention(d, r, toks, i + 1);
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
        /* "Ihr Vorsitzender Jochen Pahlke", "his spokesman John Dunn": a title and a name
         * after the possessive are that person, the title their role (one level down only: a
         * run of possessives, "Their Their Their …", would recurse once a word) */
        mention named = {0};
        if (token_in(d, &t[i + 1], &r->possessives) < 0) named = parse_mention(d, r, toks, i + 1);
        if (named.kind == MENTION_NAME && named.titled && named.role_end > named.role_start &&
            !(t[i + 1].flags & TOK_CAP && !tok_title_noun(d, r, &t[i + 1]))) {
            named.start = t[i].start;
            return named;
        }
        return parse_description(d, r, toks, i, i + 1, DESCRIPTION_WORDS);
    }
    size_t j = i;
    int article = tok_article(d, r, &t[i]);
    if (article) j++;
    /* "la Dre Moret", "le Dr Paul Moret": an honorific after the article opens a name */
    if (article && j + 1 < n && tok_honorific(d, r, &t[j]) && (t[j + 1].flags & TOK_CAP)) {
        mention named = parse_mention(d, r, toks, j);
        if (named.kind == MENTION_NAME) {
            named.start = t[i].start;
            return named;
        }
    }
    /* "doña Chayo Landa": an honorific in lower case, where one is so written, before a name
     * shows the person's gender, and is no role */
    int lower_honorific;
    if (!article && (t[i].flags & TOK_LOWER) && i + 1 < n && (t[i + 1].flags & TOK_CAP) &&
        (lower_honorific = token_in(d, &t[i], &r->honorifics)) >= 0) {
        mention named = parse_mention(d, r, toks, i + 1);
        if (named.kind == MENTION_NAME) {
            if (lower_honorific > 0) named.gender = lower_honorific;
            named.start = t[i].start;
            return named;
        }
    }
    /* "sagte der 58-jährige Thomas Berger", "die 72-jährige Rentnerin Helga Sommer": an age
     * between the article and a name is no description's head; the name speaks */
    /* (an age opens the phrase without an article too: ", 71-year-old Doreen Baptiste,") */
    if (j + 1 < n && age_word(d, r, &t[j]) && (t[j + 1].flags & TOK_CAP)) {
        mention named = parse_mention(d, r, toks, j + 1);
        /* (where every noun is capitalised, a noun alone after an indefinite article is none:
         * "ein 16-jähriger Schüler"; "der 45-jährige Huber" is Huber; nor is a noun of kin or
         * of a gender after any article: "der 76-jährige Witwer", kin-nouns.txt, gendered-nouns.txt) */
        int noun = token_in(d, &t[i], &r->articles) == ARTICLE_INDEFINITE || token_in(d, &t[j + 1], &r->kin_nouns) >= 0 ||
                   rules_gendered(r, (const char *)d->text + t[j + 1].start, t[j + 1].stem_end - t[j + 1].start) > 0;
        if (named.kind == MENTION_NAME && !(rules_feature(r, FEATURE_CAPITALISED_NOUNS) && noun && named.name_tokens < 2 &&
                                            !tok_first_name(d, r, &t[j + 1]))) {
            named.start = t[i].start;
            return named;
        }
    }
    if (!article && (t[i].flags & TOK_CAP) && token_in(d, &t[i], &r->not_names) >= 0 &&
        !particle_opens_name_read_before(d, r, t, n, i))
        return m;
    size_t k = j, last = j; /* last: one past the last word that may end the phrase */
    int possessive_end = 0;
    size_t complement = 0; /* lower-case words of a role's complement read so far */
    /* "el abogado defensor", "le directeur adjoint": where adjectives follow the noun
     * (features.txt "postnominal-adjectives"), a word in lower case after a title is the role's */
    int postnominal = rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES);
    int acronym_named = 0;
    while (k < n && k < j + MAX_PHRASE_TOKENS &&
           (phrase_word(d, r, &t[k]) || role_preposition(d, r, t, j, k) || nickname_close(d, r, t, n, k) ||
            (complement && complement_word(d, r, &t[k], &t[k - 1])) || postnominal_run(d, r, t, n, j, k) ||
            bracketed_party(d, r, t, n, j, k) || bracketed_acronym(d, r, t, n, j, k, &acronym_named) ||
            role_link(d, r, t, n, j, k) ||
            field_list_comma(d, r, t, n, j, k) ||
            title_compound(d, r, t, n, j, k) || tok_truncated_compound(d, r, t, n, k) || numbered(d, r, t, n, k) || complement_number(d, r, t, n, j, k) ||
            (postnominal && k > j && (t[k - 1].flags & TOK_LOWER) && tok_title_head(d, r, &t[k - 1]) &&
             complement_word(d, r, &t[k], &t[k - 1]) && token_in(d, &t[k], &r->subordinators) < 0 &&
             token_in(d, &t[k], &r->determiners) < 0 &&
             !rules_ends_in(&r->past_endings, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) &&
             /* (and it ends the phrase, a complement follows, or a first name: not "el ministro
              * contestó en"; "el fiscal anticorrupción Tomás García") */
             (k + 1 >= n || punct_is(&t[k + 1], ',') || punct_is(&t[k + 1], '.') ||
              (tok_connector(d, r, &t[k + 1]) && token_in(d, &t[k + 1], &r->cue_followers) < 0) ||
              tok_first_name(d, r, &t[k + 1]) || role_link(d, r, t, n, j, k + 1) ||
              /* …or a reporting verb: "El candidato popular recordó que", or its auxiliary: "Le
               * technicien tessinois a expliqué" */
              ((t[k + 1].flags & TOK_LOWER) &&
               (token_in(d, &t[k + 1], &r->verbs) >= 0 || token_in(d, &t[k + 1], &r->auxiliaries) >= 0))))) &&
           (k == i || !tok_line_break(d, &t[k - 1], &t[k])) && !(k > j && verb_before_clause(d, r, t, n, k))) {
        /* "au Département l'installation d'un radar": where adjectives follow the noun
         * (features.txt "postnominal-adjectives"), an organisation's word goes on with a
         * preposition ("du Département de la Mayenne"), never with a definite article: the
         * phrase ends there */
        if (k > j && rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && token_in(d, &t[k], &r->articles) == ARTICLE_DEFINITE &&
            (t[k - 1].flags & TOK_CAP) && token_in(d, &t[k - 1], &r->organisations) >= 0)
            break;
        size_t adjectives = postnominal_run(d, r, t, n, j, k);
        if (adjectives) { /* "le conseiller national socialiste vaudois Marc Dubois" */
            last = k += adjectives;
            continue;
        }
        /* (a capitalised word opens none of what follows, up to the complement: each a bracket,
         * a comma, a hyphen, a number or a word in lower case opens; a name's words, most of
         * those read here, pass over them in one test) */
        if (!(t[k].flags & TOK_CAP)) {
            size_t nick = nickname_close(d, r, t, n, k);
            if (nick) { /* on past the nickname to the surname */
                k = nick + 1;
                continue;
            }
            /* "le député (LFI) Éric Coquerel", "el diputado (PP) Jaime Ruiz": a party in brackets
             * after a title stays in the role */
            size_t party = bracketed_party(d, r, t, n, j, k);
            if (party) {
                k += party;
                continue;
            }
            if (field_list_comma(d, r, t, n, j, k)) { /* on past the comma to the list's next item */
                k++;
                continue;
            }
            if (title_compound(d, r, t, n, j, k)) { /* "la metteuse en scène": on past its noun */
                last = k += 2;
                continue;
            }
            if (role_link(d, r, t, n, j, k)) {
                complement = 1;
                k += 2; /* on to the connector */
                continue;
            }
            /* "du Service de police de la Ville de Montréal (SPVM), Caroline Brisebois": the
             * acronym in brackets after an organisation's name ends the role before a name in
             * apposition */
            size_t acronym = bracketed_acronym(d, r, t, n, j, k, &acronym_named);
            if (acronym && acronym_named) { /* on to the name */
                k += acronym;
                continue;
            }
            if (acronym) {
                last = k += acronym;
                break;
            }
            if (tok_truncated_compound(d, r, t, n, k)) {
                k += 2; /* "Städte- und Gemeindebundes": on to the compound's last part */
                continue;
            }
            size_t numbering = numbered(d, r, t, n, k);
            if (numbering) { /* "Juzgado de Instrucción número 3", "el número dos", "N° 3" */
                last = k += numbering;
                continue;
            }
            size_t number = complement_number(d, r, t, n, j, k);
            if (number) { /* "der 12. Strafkammer", "des Kriminalkommissariats 13" */
                k += number;
                if (number == 1) last = k;
                continue;
            }
        }
        /* "Nach Angaben der Gewerkschaft beteiligen sich …": where every noun is capitalised, a
         * title in lower case (an adjective by its ending, or any other) after a capitalised word
         * stands before a noun of its own or is no part of the phrase (a verb no list knows) */
        /* (in any language after a first name and a surname: "ont nommé Martin Laliberté
         * entraîneur", "named Ann Lee coach", the office they were given) */
        if (k > j && (t[k].flags & TOK_LOWER) && (t[k - 1].flags & TOK_CAP) && !(k + 1 < n && (t[k + 1].flags & TOK_CAP)) &&
            (rules_feature(r, FEATURE_CAPITALISED_NOUNS) || (k >= j + 2 && tok_first_name(d, r, &t[k - 2]))) &&
            tok_title(d, r, &t[k]))
            break;
        if (!complement && !phrase_word(d, r, &t[k])) complement = 1;
        if (complement && !phrase_word(d, r, &t[k])) {
            /* "président du service départemental d'incendie": the complement's words, each
             * after a connector or another of them, never after a name */
            /* after a capitalised word, only an organisation's: "del Gobierno andaluz", "de
             * l'Union nationale", not "Culture Ilse Marrow opened" */
            /* …but an adjective that ends the name before a comma: "de l'association Routes
             * sûres, Hélène Perrin", "de la Prévention routière, Jean-Marc Prigent" */
            /* (…or before a connector that goes on with the complement: "des Ressources
             * naturelles et des Forêts", features.txt "organisation-complements") */
            /* (…or before its acronym in brackets: "des Transports du Nord vaudois (TNV),") */
            /* (…or before a preposition and the place the name ends in: "de Nuits calmes en
             * Meuse, Guy Lambotte") */
            int ends_name = k + 1 < n &&
                            (punct_is(&t[k + 1], ',') || bracketed_acronym(d, r, t, n, j, k + 1, &acronym_named) ||
                             (tok_connector(d, r, &t[k + 1]) && rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS)) ||
                             (k + 3 < n && (t[k + 1].flags & TOK_LOWER) && (t[k + 2].flags & TOK_CAP) && punct_is(&t[k + 3], ',') &&
                              token_in(d, &t[k + 1], &r->prepositions) >= 0 && rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS))) &&
                            k >= 2 && !name_word(d, r, &t[k - 2]);
            /* (…or an organisation's noun after its capitalised name, a word before it maybe:
             * "the leader of the Labour group", "of the Conservative opposition group") */
            int kind_after_name = !(t[k].flags & TOK_POSS) &&
                                  (token_in(d, &t[k], &r->org_nouns) >= 0 ||
                                   (k + 1 < n && (t[k + 1].flags & TOK_LOWER) && !(t[k + 1].flags & TOK_POSS) &&
                                    token_in(d, &t[k + 1], &r->org_nouns) >= 0));
            if (++complement > MAX_COMPLEMENT_WORDS ||
                ((t[k - 1].flags & TOK_CAP) && token_in(d, &t[k - 1], &r->organisations) < 0 && !ends_name &&
                 !kind_after_name) ||
                name_goes_on_lower(d, r, t, n, j, k) || verb_before_its_object(d, r, t, n, k))
                break;
            last = ++k;
            continue;
        }
        if (t[k].flags & TOK_POSS) {
            /* "of the local teachers' association", "of the island's community council": a
             * possessive in a role's complement goes on with the noun after it */
            if (complement && (t[k].flags & TOK_LOWER) && k + 1 < n &&
                (plural_possessive(&t[k]) || tok_article(d, r, &t[k - 1]) || tok_connector(d, r, &t[k - 1])) &&
                complement_word(d, r, &t[k + 1], &t[k])) {
                k++;
                continue;
            }
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
        /* "Von der Leyen sagte": a name's particle that opens the sentence, the text before
         * having written the name with it in lower case, and the particles after it */
        if (k == j && !article && (t[k].flags & TOK_CAP) && particle_opens_name_read_before(d, r, t, n, k)) {
            k++;
            while (k < n && (t[k].flags & TOK_LOWER) && tok_particle(d, r, &t[k])) k++;
            continue;
        }
        /* (a particle in lower case that is also an article is one only after another
         * particle, "von der Leyen": after a name it opens an object, "sagte Feldmann der
         * Deutschen Presse-Agentur") */
        /* (where every noun is capitalised, not after a noun of what was stated: "Nach Angaben
         * von Obermeier" is Obermeier's, the particle a preposition; "Reto von Arx" stays one
         * name) */
        if (tok_particle(d, r, &t[k]) && k + 1 < n && name_word(d, r, &t[k + 1]) &&
            (k == j || (name_word(d, r, &t[k - 1]) && !((t[k].flags & TOK_LOWER) && tok_article(d, r, &t[k])) &&
                        !(rules_feature(r, FEATURE_CAPITALISED_NOUNS) && (t[k].flags & TOK_LOWER) &&
                          token_in(d, &t[k - 1], &r->document_nouns) >= 0)))) {
            k++; /* "Pieter de Vries", "de Vries said" */
            continue;
        }
        /* "Ursula von der Leyen", "Jaime de los Santos": two particles in lower case between a
         * first name and the surname; or, where nouns are not all capitalised, after a first
         * surname ("Rocío Valdivia de la Peña"; not "Müller von der Stadtverwaltung") */
        if (two_particles(d, r, t, n, k) && k > j &&
            (tok_first_name(d, r, &t[k - 1]) || surname_after_first_name(d, r, t, j, k - 1))) {
            k += 2;
            continue;
        }
        if (object_told(d, r, t, n, i, k)) break;
        /* "Harrow Bay Seafoods Ltd. of Yarmouth": a suffix that ends a name (a company's legal
         * form, rules/<lang>/name-suffixes.txt) ends the phrase before a connector */
        if (k > j && tok_connector(d, r, &t[k]) && is_name_suffix(d, r, &t[k - 1])) break;
        int role_prep = role_preposition(d, r, t, j, k);
        if (tok_connector(d, r, &t[k]) || tok_article(d, r, &t[k]) || role_prep) {
            int extends = connector_extends(d, r, t, j, k);
            /* connectors join two parts of a role ("of the Republic"), never a name to a
             * date or a place after it ("Gregor Pahl on Friday") */
            size_t m = k + role_prep;
            while (m < n && m < k + MAX_PHRASE_TOKENS && (tok_connector(d, r, &t[m]) || tok_article(d, r, &t[m]))) m++;
            /* "of the country’s Security Council": a possessive in lower case before capitals */
            int possessive_then_capital = m + 1 < n && (t[m].flags & TOK_LOWER) && (t[m].flags & TOK_POSS) &&
                                          (t[m + 1].flags & TOK_CAP);
            /* "la présidente du groupe d'opposition", "le directeur du site": a role's complement
             * in lower case, as French, Spanish and German write it */
            /* (a connector that may also tell where it was said, "en" of "delegado del Gobierno
             * en Ceuta", joins names only: "el alcalde en la rueda de prensa") */
            int circumstance = rules_feature(r, FEATURE_CIRCUMSTANCES) && !tok_article(d, r, &t[k]) && !role_prep &&
                               token_in(d, &t[k], &r->cue_followers) >= 0;
            /* (where every noun is capitalised, a noun that a connector opens is no name: "der
             * Vereinigung der kommunalen Arbeitgeberverbände", features.txt "capitalised-nouns") */
            int noun_of_connector = k >= j + 2 && (t[k - 1].flags & TOK_CAP) && tok_connector(d, r, &t[k - 2]) &&
                                    rules_feature(r, FEATURE_CAPITALISED_NOUNS);
            /* "la porte-parole du Service de police de la Ville", "du Bureau d'audiences
             * publiques": one capitalised word after a role's connector opens an organisation's
             * name, which may go on in lower case (features.txt "organisation-complements") */
            int org_word_of_connector = k >= j + 2 && (t[k - 1].flags & TOK_CAP) &&
                                        rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS) &&
                                        (tok_connector(d, r, &t[k - 2]) ||
                                         (tok_article(d, r, &t[k - 2]) && k >= j + 3 && tok_connector(d, r, &t[k - 3]))) &&
                                        names_after_connector(d, r, t, n, j, k);
            int lower_complement = m < n && !possessive_then_capital && !circumstance &&
                                   complement_word(d, r, &t[m], &t[m - 1]) &&
                                   token_in(d, &t[k], &r->conjunctions) < 0 && extends &&
                                   (k == j || !name_word(d, r, &t[k - 1]) || noun_of_connector || org_word_of_connector);
            if (lower_complement) {
                complement = 1;
                k = m;
                continue;
            }
            /* "secrétaire générale de l'Union nationale des salariés": after a connector, the
             * complement may go on in lower case */
            if (extends && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->conjunctions) < 0 &&
                !circumstance)
                complement = 1;
            if (m >= n || (!(t[m].flags & TOK_CAP) && !possessive_then_capital && complement_number(d, r, t, n, j, m) != 2) ||
                token_in(d, &t[m], &r->not_names) >= 0 ||
                !extends ||
                (k > j && name_word(d, r, &t[k - 1]) && !(t[k - 1].flags & TOK_POSS) &&
                 !tok_title(d, r, &t[k - 1]) && k - j >= 2 && !public_body_word(d, r, &t[k - 1]) &&
                 /* (a name's particle between: "Maartje van Hoorn von der Universität") */
                 (name_word(d, r, &t[k - 2]) ||
                  (k - j >= 3 && tok_particle(d, r, &t[k - 2]) && (t[k - 2].flags & TOK_LOWER) && tok_first_name(d, r, &t[k - 3]))) &&
                 !names_after_connector(d, r, t, n, j, k)))
                break;
        } else {
            last = k + 1;
        }
        k++;
    }
    /* "gab Roth zu.", "gibt Brändli zu bedenken", "sagte Brändli zu den Journalisten": where
     * every noun is capitalised, a particle in lower case that ends the phrase is the verb's or a
     * preposition, never the end of a name ("Karl-Theodor zu Guttenberg" goes on) */
    while (last > j + 1 && (t[last - 1].flags & TOK_LOWER) && tok_particle(d, r, &t[last - 1]) &&
           rules_feature(r, FEATURE_CAPITALISED_NOUNS))
        last--;
    if (last > j) {
        m.start = t[i].start;
        m.definite = !article || token_in(d, &t[i], &r->articles) == ARTICLE_DEFINITE;
        split_role_name(d, r, toks, j, last, &m);
        /* "sagte die Frau", "der ältere Herr": after an article, an honorific alone that is also
         * a noun of one's sex (bare-person-nouns.txt) is a description, no name's opening */
        if (m.kind == MENTION_NONE && article && last == j + 1 && token_in(d, &t[j], &r->bare_person_nouns) >= 0)
            return parse_description(d, r, toks, i, j, DESCRIPTION_WORDS);
        if (m.kind == MENTION_NONE) return m;
        /* "The lawyer of John Barlow said", "la voisine de Réjean Boudreau": a title whose
         * connector a person's name follows, a first name opening it and none after, names
         * someone by their relation to that person: a description, whose speaker is not the
         * person named ("the mayor of Paris Anne Hidalgo" keeps its reading) */
        if (m.kind == MENTION_NAME && m.role_end > m.role_start && !m.possessive && relation_to_person(d, r, t, j, last, &m))
            return parse_description(d, r, toks, i, j, DESCRIPTION_WORDS);
        /* "Der Sprecher des Deutschen Roten Kreuzes sagte": where every noun is capitalised, a
         * role that ends in a capitalised adjective's weak ending (weak-adjective-endings.txt)
         * goes on into the capitals after it, which name its organisation, not a person (no
         * first name opens them: "der Stadt Hamburg Anna Meier") */
        if (m.kind == MENTION_NAME && m.role_end > m.role_start && !m.possessive &&
            adjective_before_name(d, r, t, j, last, &m))
            return parse_description(d, r, toks, i, j, DESCRIPTION_WORDS);
        /* "the Harbour Authority of Port Alden", "the Bank of Canada": an organisation's name
         * and the place it is of, not a role and a person */
        if (m.kind == MENTION_NAME && !m.titled && m.role_end > m.role_start && !m.gender) {
            size_t c = j;
            while (c < last && t[c].end <= m.role_end) c++;
            /* …only where "of" stands between them: "Security Council Stanislav Zas" is a role
             * and a person */
            size_t nm = c;
            while (nm < last && t[nm].start < m.name_start) nm++;
            if (c > j && token_in(d, &t[c - 1], &r->organisations) >= 0 && m.definite && nm > c &&
                tok_connector(d, r, &t[nm - 1])) {
                org_of_whole_phrase(t, j, c - 1, &m);
            }
        }
        /* "Hebridean Island Ferries": capitalised words up to an organisation's word, then one
         * more that is no first name, no title among them, are one organisation's name, not a
         * role and a person ("UN Counter-Terrorism Office Vladimir Voronkov" has a name of two
         * words) */
        /* (not a possessive, which the noun after it owns: "Red River Air's founder, X,") */
        if (m.kind == MENTION_NAME && !m.titled && !m.gender && m.name_tokens == 1 && m.role_end > m.role_start &&
            m.role_start == t[j].start && !(t[last - 1].flags & TOK_POSS) && !rules_feature(r, FEATURE_CAPITALISED_NOUNS)) {
            size_t c = j;
            while (c < last && (t[c].flags & TOK_CAP) && t[c].end <= m.role_end) c++;
            if (c > j && c + 1 == last && t[c - 1].end == m.role_end && token_in(d, &t[c - 1], &r->organisations) >= 0 &&
                (t[c].flags & TOK_CAP) && !tok_first_name(d, r, &t[c])) {
                org_of_whole_phrase(t, j, c - 1, &m);
            }
        }
        /* "la Escuela Técnica Superior de Arquitectura de Sevilla": capitalised words that a
         * capitalised noun of a kind of organisation opens, no first name among them and a
         * connector in what would be the name, are that organisation's name, whatever title a
         * word of it may be ("Técnica"), not a role and a person (not "Union president Aroha
         * Ngata", "Bank of Canada Governor Tiff Macklem"; nor where every noun is capitalised) */
        if (m.kind == MENTION_NAME && m.role_end > m.role_start && m.role_start == t[j].start && (t[j].flags & TOK_CAP) &&
            !(t[j].flags & TOK_ALLCAPS) && !rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
            token_in(d, &t[j], &r->org_nouns) >= 0 && !tok_title(d, r, &t[j]) && !names_a_first_name(d, r, t, j, last) &&
            capitalised_then_connector(d, r, t, j, last, m.name_start))
            org_of_whole_phrase(t, j, j, &m);
        /* "der Stahlkonzern Nordstahl", "der Hersteller Nordpharm": where every noun is
         * capitalised (features.txt "capitalised-nouns"), a noun of the kind of an organisation
         * (rules/<lang>/organisation-kinds.txt, or a compound that ends in one) after the article
         * and before other capitalised words, no first name among them, says what the
         * organisation is; the words after it are its name */
        /* (the kind read as a word of the name, or as its role: "die Gewerkschaft Verdi") */
        /* (or the kind and a club's letters, read as a role: "der Regionalligist SV Eintracht
         * Wellbach") */
        /* (…after adjectives in lower case: "die norwegische Reederei Halvorsen Shipping") */
        size_t kj = j;
        while (kj < j + KIND_ADJECTIVES_DE && kj + 2 < last && (t[kj].flags & TOK_LOWER) && rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
               m.role_start == t[j].start)
            kj++;
        if (article && last >= kj + 2 && !m.gender && (t[kj].flags & TOK_CAP) &&
            ((m.kind == MENTION_NAME &&
              (m.name_start == t[kj].start || (m.name_start == t[kj + 1].start && m.role_start == t[j].start))) ||
             ((m.kind == MENTION_NAME || m.kind == MENTION_ROLE) && m.role_start == t[j].start && !m.org &&
              (t[kj + 1].flags & TOK_ALLCAPS) && token_in(d, &t[kj + 1], &r->organisations) >= 0)) &&
            !tok_first_name(d, r, &t[kj + 1]) && (t[kj + 1].flags & TOK_CAP) && rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
            rules_compound_in(r, &r->org_kinds, (const char *)d->text + t[kj].start, t[kj].stem_end - t[kj].start) >= 0) {
            last = past_club_year(d, r, t, n, kj + 1, last);
            m.kind = MENTION_ROLE;
            m.org = 1;
            m.titled = 0;
            m.head_start = t[kj].start;
            m.head_end = t[kj].stem_end;
            m.name_start = m.surname_start = t[kj + 1].start;
            m.surname_end = t[last - 1].stem_end;
            m.name_end = name_word_end(&t[last - 1]);
            m.role_start = m.role_end = 0;
        }
        /* "Police said …": one capitalised word, no article before it, that names a group and a
         * kind of organisation is that noun as a sentence opens with it, no one's name (not where
         * every noun is capitalised, features.txt "capitalised-nouns") */
        if (last == j + 1 && !article && (t[j].flags & TOK_CAP) && !(t[j].flags & TOK_ALLCAPS) &&
            token_in(d, &t[j], &r->group_nouns) >= 0 && token_in(d, &t[j], &r->org_nouns) >= 0 &&
            !rules_feature(r, FEATURE_CAPITALISED_NOUNS))
            return parse_description(d, r, toks, i, j, DESCRIPTION_WORDS);
        /* "Sindicato Andaluz de Enfermería", "Unión de Consumidores de Alicante", "Agence
         * régionale de santé": a phrase that opens with an organisation word is that
         * organisation's name (not one that holds a title or a person's first name) */
        /* (not the word alone after an article where every noun is capitalised: "der Konzern",
         * "die Gewerkschaft" stand for one named before, below) */
        /* (a title in its complement is a word of the name too where the name's last word names
         * people of a trade and no first name opens the name after the title: "The Union of
         * Resident Doctors", "the Association of Chief Police Officers") */
        /* (past a modifier of titles that opens it: "The National Union of Resident Doctors") */
        size_t last_word = last > j ? last - 1 : j, o = j;
        if (o + 1 < last && (t[o].flags & TOK_CAP) && token_in(d, &t[o], &r->title_modifiers) >= 0 &&
            (t[o + 1].flags & TOK_CAP) && token_in(d, &t[o + 1], &r->organisations) >= 0)
            o++;
        size_t named_at = o;
        while (named_at < last && t[named_at].start < m.name_start) named_at++;
        int titled_complement = m.titled && m.kind == MENTION_NAME && m.name_tokens <= 3 && o + 2 < last &&
                                named_at < last && !tok_first_name(d, r, &t[named_at]) &&
                                (t[o + 1].flags & TOK_LOWER) && tok_connector(d, r, &t[o + 1]) &&
                                !tok_first_name(d, r, &t[last_word]) && !m.gender &&
                                rules_stem_in(r, &r->plural_endings, &r->titles, (const char *)d->text + t[last_word].start,
                                              t[last_word].stem_end - t[last_word].start) <
                                    t[last_word].stem_end - t[last_word].start;
        if ((m.kind == MENTION_NAME || m.kind == MENTION_ROLE) && !m.org && (!m.titled || titled_complement) &&
            (t[o].flags & TOK_CAP) && token_in(d, &t[o], &r->organisations) >= 0 &&
            !(article && last == j + 1 && rules_feature(r, FEATURE_CAPITALISED_NOUNS))) {
            size_t nm = j;
            while (nm < last && t[nm].start < m.name_start) nm++;
            if (m.kind != MENTION_NAME || nm >= last || !tok_first_name(d, r, &t[nm])) {
                last = past_club_year(d, r, t, n, j, org_name_run(d, r, t, n, last));
                m.kind = MENTION_ROLE;
                m.org = 1;
                m.head_start = t[o].start;
                m.head_end = t[o].stem_end;
                m.name_start = m.surname_start = t[j].start;
                /* (the name without the acronym in brackets that ends the phrase: "la Commission
                 * électorale indépendante (CEI)" is the Commission électorale indépendante) */
                size_t named = last;
                if (named >= j + 4 && tok_past_acronym(t, named, named - 3) == named) named -= 3;
                m.surname_end = t[named - 1].stem_end;
                m.name_end = name_word_end(&t[named - 1]);
                m.role_start = m.role_end = 0;
            }
        }
        /* "OC Transpo", "BC Hydro": an acronym and one capitalised word that is no first name,
         * with no title, name an organisation, not a person whose role is the acronym */
        if (m.kind == MENTION_NAME && !m.titled && !m.gender && last == j + 2 && (t[j].flags & TOK_ALLCAPS) &&
            !(t[j].flags & (TOK_INITIAL | TOK_ABBREV)) &&
            !(t[j + 1].flags & TOK_ALLCAPS) && !(t[j + 1].flags & TOK_POSS) && !tok_first_name(d, r, &t[j + 1]) &&
            !tok_honorific(d, r, &t[j])) {
            m.kind = MENTION_ROLE;
            m.org = 1;
            m.head_start = t[j + 1].start;
            m.head_end = t[j + 1].stem_end;
            m.name_start = m.surname_start = t[j].start;
            m.surname_end = t[j + 1].stem_end;
            m.name_end = name_word_end(&t[j + 1]);
            m.role_start = m.role_end = 0;
        }
        /* "Statistics Canada", "Health Canada", "Air Canada": capitalised words that end in a
         * country or province and do not open with a first name name an organisation, not a
         * person whose surname is a place */
        /* (and so do those that end in a noun of a kind of organisation: "the Riverside Unified
         * School District", "Harbor Transit Authority") */
        if ((m.kind == MENTION_NAME || (m.kind == MENTION_ROLE && !m.org)) && last >= j + 2 && !m.gender &&
            (t[j].flags & TOK_CAP) && (t[last - 1].flags & TOK_CAP) &&
            (token_in(d, &t[last - 1], &r->places) >= 0 ||
             wordset_get(&r->org_noun_groups, (const char *)d->text + t[last - 1].start, t[last - 1].stem_end - t[last - 1].start) >= 0) &&
            !tok_first_name(d, r, &t[j]) && token_in(d, &t[j], &r->honorifics) < 0 &&
            /* (where every noun is capitalised, not a title and its complement: "Sprecherin des
             * Fahrgastverbands Bahnkunden Deutschland") */
            !(rules_feature(r, FEATURE_CAPITALISED_NOUNS) && (tok_title(d, r, &t[j]) || tok_title_noun(d, r, &t[j]))) &&
            !(last == j + 2 && token_in(d, &t[j], &r->place_modifiers) >= 0)) { /* "North America" is a place */
            int capitals = 1;
            for (size_t k = j; k < last; k++)
                capitals &= ((t[k].flags & TOK_CAP) && !tok_first_name(d, r, &t[k])) || tok_connector(d, r, &t[k]);
            if (capitals) {
                m.kind = MENTION_ROLE;
                m.org = 1;
                m.titled = 0;
                m.head_start = t[last - 1].start;
                m.head_end = t[last - 1].stem_end;
                m.name_start = m.surname_start = t[j].start;
                m.surname_end = t[last - 1].stem_end;
                m.name_end = name_word_end(&t[last - 1]);
                m.role_start = m.role_end = 0;
            }
        }
        if (m.kind == MENTION_ROLE && !m.org) {
            /* the role phrase's last word: "Bank" in "the World Bank" names an organisation */
            const token *h = &t[last - 1];
            m.head_start = h->start;
            m.head_end = h->stem_end;
            int lower = 0;
            for (size_t k = j; k < last; k++) lower |= (t[k].flags & TOK_LOWER) && !tok_connector(d, r, &t[k]);
            /* capitals alone make an acronym ("CNN said"), not a heading or a dateline
             * ("FULL TEXT", "DES MOINES —") */
            /* (or alone after a word that cites a source, rules/<lang>/source-verbs.txt: "Laut
             * BKN mussten …", "according to HIF,") */
            int after_source = 0;
            for (size_t b = i >= 2 ? i - 2 : 0; b < i && last == j + 1 && j == i && !after_source; b++)
                after_source = token_phrase_prefix(d, t + b, i - b, 2, TOK_WORD, &r->source_verbs) == i - b;
            int acronym = (h->flags & TOK_ALLCAPS) && !m.titled &&
                          (article || possessive_end || after_source ||
                           (last < n && token_in(d, &t[last], &r->verbs) >= 0 && !tok_line_break(d, h, &t[last])));
            /* …or an organisation word before "of": "the Harbour Authority of Port Alden" (or a
             * public body's noun: "das Landesamt für Umwelt") */
            int org_of = 0;
            for (size_t k = j; k + 1 < last; k++)
                org_of |= (t[k].flags & TOK_CAP) && tok_connector(d, r, &t[k + 1]) &&
                          (token_in(d, &t[k], &r->organisations) >= 0 ||
                           (joining_preposition(d, r, &t[k + 1]) && public_body_word(d, r, &t[k])));
            /* (not where a title heads it, as German capitalises it: "der Personalvorstand der
             * Bahn", "der Präsident der Bundesbank"; nor a title after an organisation's word
             * before the connector: "The Cabinet Secretary for Health and Social Services") */
            int title_head = last > j + 1 && tok_title_noun(d, r, &t[j]);
            for (size_t k = j + 1; k + 1 < last && !title_head && !tok_connector(d, r, &t[k]); k++)
                title_head = (t[k].flags & TOK_CAP) && tok_title_noun(d, r, &t[k]) && tok_connector(d, r, &t[k + 1]);
            m.org = m.definite && !lower && (token_in(d, h, &r->organisations) >= 0 || acronym || org_of) && !title_head;
            /* "der Konzern", "die Gewerkschaft": a kind of organisation, capitalised as German
             * writes every noun, is a description of the one named before, not a name */
            if (m.org && article && last == j + 1 && token_in(d, h, &r->org_nouns) >= 0)
                return parse_description(d, r, toks, i, j, DESCRIPTION_WORDS);
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
            /* ("Martine Fradin (divers droite)": rules/<lang>/party-label-words.txt) */
            while (k < n && k < last + 8 && ((t[k].flags & (TOK_CAP | TOK_INITIAL)) || tok_party_label_word(d, r, &t[k]) ||
                                             ((t[k].flags & TOK_PUNCT) && (t[k].cp == '-' || t[k].cp == '.'))))
                k++;
            /* "Erik Schulz (parteilos)": where every noun is capitalised (features.txt
             * "capitalised-nouns"), one word in lower case in the brackets says the same */
            if (k == last + 1 && (t[k].flags & TOK_LOWER) && rules_feature(r, FEATURE_CAPITALISED_NOUNS)) k++;
            if (k < n && k > last + 1 && (t[k].flags & TOK_PUNCT) && t[k].cp == ')') {
                m.end = t[k].end;
                m.next_tok = k + 1;
            }
        }
        /* "le député La France insoumise de Seine-Saint-Denis Karim Benhaddou": where a party's
         * or an organisation's name in a role may go on in lower case (features.txt
         * "organisation-complements"), a name after a title that no first name opens, then
         * words without a verb up to a first name and a capitalised word, is what the role is
         * of, and the person is the name at its end */
        if (m.kind == MENTION_NAME && m.titled && !possessive_end && rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS)) {
            size_t nm = j;
            while (nm < last && t[nm].start < m.name_start) nm++;
            size_t k = last;
            while (k < n && k < last + ORG_IN_ROLE_TOKENS && (t[k].flags & TOK_WORD) && !tok_first_name(d, r, &t[k]) &&
                   token_in(d, &t[k], &r->verbs) < 0 && token_in(d, &t[k], &r->auxiliaries) < 0 &&
                   token_in(d, &t[k], &r->relatives) < 0 && token_in(d, &t[k], &r->cue_followers) < 0 &&
                   !tok_pronoun_word(d, r, &t[k]) && !tok_adverb(d, r, &t[k]))
                k++;
            if (nm < last && !tok_first_name(d, r, &t[nm]) && k > last && k + 1 < n && tok_first_name(d, r, &t[k]) &&
                (t[k + 1].flags & TOK_CAP) && (t[last].flags & TOK_LOWER)) {
                mention named = parse_mention(d, r, toks, k);
                if (named.kind == MENTION_NAME && named.role_end == named.role_start && !named.possessive &&
                    named.name_tokens >= 2) {
                    named.role_start = m.role_start;
                    named.role_end = t[k - 1].end;
                    named.titled = 1;
                    named.start = m.start;
                    if (!named.gender) named.gender = m.gender;
                    return named;
                }
            }
        }
        /* "la présidente de la région Occitanie, Sylvie Marchand", "Der Außenminister Polens, Tomasz
         * Wiśniewski": a name no first name opens, after a title, is what the role is of, and
         * the person is the name apposed to it */
        if (m.kind == MENTION_NAME && m.titled && !possessive_end && m.name_tokens <= 3 && last + 1 < n &&
            (t[last].flags & TOK_PUNCT) && t[last].cp == ',' && tok_first_name(d, r, &t[last + 1])) {
            size_t nm = j;
            while (nm < last && t[nm].start < m.name_start) nm++;
            if (nm < last && !tok_first_name(d, r, &t[nm])) {
                mention apposed = parse_mention(d, r, toks, last + 1);
                if (apposed.kind == MENTION_NAME && apposed.role_end == apposed.role_start && !apposed.possessive) {
                    apposed.role_start = m.role_start;
                    apposed.role_end = m.name_end;
                    apposed.titled = 1;
                    apposed.start = m.start;
                    if (!apposed.gender) apposed.gender = m.gender;
                    return apposed;
                }
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
    /* (back over a comma of a list of fields: "Le ministère de l'Agriculture, de la Pêche et de
     * l'Alimentation a indiqué") */
    while (a > from && !((t[a - 1].flags & TOK_PUNCT) && (t[a - 1].cp == ',' || t[a - 1].cp == ';') &&
                         !field_list_comma(d, r, t, toks->len, from, a - 1)))
        a--;
    if (a >= end || !tok_article(d, r, &t[a])) return none;
    mention m = parse_description(d, r, toks, a, a + 1, 2 * DESCRIPTION_WORDS);
    return m.kind == MENTION_DESCRIPTION && m.next_tok == end ? m : none;
}

/* Words the modifiers after a description of someone new run to, at most; words in lower case
 * after each preposition ("de la cadena de montaje", "con ocho años"), at most. */
enum { DESCRIPTION_MODIFIER_WORDS = 14, LINKED_LOWER_WORDS = 2 };

/* description_runs_to (names.h). */
size_t description_runs_to(const document *d, const whosaid_rules *r, const token_vec *toks, size_t e) {
    const token *t = toks->items;
    size_t n = toks->len, k = e, after_link = 0;
    size_t relative = 0; /* where a relative clause opened, or 0 */
    /* (inside a prepositional phrase the description ended in: "Un programador con ocho | años en
     * la firma") */
    for (size_t b = e, back = 0; b > 0 && back < 2 && (t[b - 1].flags & TOK_LOWER); b--, back++)
        if (tok_connector(d, r, &t[b - 1]) || token_in(d, &t[b - 1], &r->prepositions) >= 0) {
            after_link = back + 1;
            break;
        }
    for (; k < n && k < e + DESCRIPTION_MODIFIER_WORDS; k++) {
        const token *w = &t[k];
        if (!(w->flags & TOK_WORD)) break;
        /* (a relative clause runs to the punctuation that closes it; a reporting verb or a
         * complementiser in it may be the sentence's own, after a relative without a comma:
         * "Una madre que viajó contó que …") */
        if (relative) {
            if (token_in(d, w, &r->verbs) >= 0 || token_in(d, w, &r->complementisers) >= 0) return e;
            /* (…and so may an auxiliary or a copula past the relative's own verb, "A nurse who
             * works nights at the clinic was blunt", or a clause that a colon or a mark ends) */
            if (k > relative + 2 && (token_in(d, w, &r->auxiliaries) >= 0 || token_in(d, w, &r->copulas) >= 0)) return e;
            /* (…or a verb in the past by its ending, past the relative's own verb and after no
             * auxiliary: "An elderly gentleman who lives opposite filmed the digger") */
            if (k > relative + 2 && tok_past_tense(d, r, w) && token_in(d, &t[k - 1], &r->auxiliaries) < 0 &&
                token_in(d, &t[k - 1], &r->copulas) < 0)
                return e;
            if (k + 1 < n && (t[k + 1].flags & TOK_PUNCT) && !punct_is(&t[k + 1], ',') && !punct_is(&t[k + 1], '.') &&
                !punct_is(&t[k + 1], ';') && !punct_is_long_dash(&t[k + 1]))
                return e;
            continue;
        }
        /* (an article right after a noun, no comma between, opens another noun phrase, whom it
         * was told, where a relative pronoun may be an article too: "sagte eine Anwohnerin dem
         * Lokalradio") */
        /* (…and so does a possessive that cannot be a genitive: "schiebt ein Student sein Fahrrad") */
        if (k == e && (tok_article(d, r, w) || object_possessive(d, r, w)) && k > 0 && (t[k - 1].flags & TOK_WORD) &&
            !tok_article(d, r, &t[k - 1]) && token_in(d, &t[k - 1], &r->prepositions) < 0 && !tok_connector(d, r, &t[k - 1]))
            return e;
        if ((w->flags & TOK_LOWER) && tok_relative(d, r, w)) {
            relative = k;
            continue;
        }
        /* (where its clause goes on: a verb or an auxiliary ends it, "Un habitant du quartier a
         * dû …") */
        /* (…or one by its ending, finite-verb-endings.txt: "un électeur dans la soixantaine
         * venait de voter") */
        if (token_in(d, w, &r->verbs) >= 0 || token_in(d, w, &r->auxiliaries) >= 0 ||
            token_in(d, w, &r->complementisers) >= 0 || ((w->flags & TOK_LOWER) && tok_finite_ending(d, r, w)))
            return after_link || k == e ? k : e;
        /* (an article alone, "the", "la", is no link: "du", "del" are) */
        if (token_in(d, w, &r->prepositions) >= 0 || (tok_connector(d, r, w) && !tok_article(d, r, w))) {
            /* a phrase of when or how ends it ("am Dienstag", "sous couvert d'anonymat": a
             * weekday or month of not-names.txt, time-nouns.txt, circumstance-nouns.txt), and so
             * does a conjunction before an article, which joins another noun phrase on ("A nurse
             * and a porter"), and a preposition before a possessive, whom they are with ("eine
             * Mutter aus Pankow mit ihren beiden Kindern") */
            size_t o = k + 1;
            while (o < n && o < k + 3 && (tok_article(d, r, &t[o]) || tok_connector(d, r, &t[o]))) o++;
            /* (or a conjunction before a word in lower case, a second verb's: "ein älterer Mann
             * und schaut hinauf") */
            if (o < n && ((token_in(d, w, &r->conjunctions) >= 0 &&
                           ((o > k + 1 && tok_article(d, r, &t[k + 1])) || (o == k + 1 && (t[o].flags & TOK_LOWER)))) ||
                          (k > 0 && with_whom(d, r, t, n, k)) ||
                          token_in(d, &t[o], &r->time_nouns) >= 0 || token_in(d, &t[o], &r->circumstance_nouns) >= 0 ||
                          ((t[o].flags & TOK_CAP) && token_in(d, &t[o], &r->not_names) >= 0)))
                break;
            after_link = 1;
            continue;
        }
        if (tok_article(d, r, w) || token_in(d, w, &r->possessives) >= 0 || token_in(d, w, &r->determiners) >= 0) continue;
        /* a name: the phrase's object, after which a word in lower case is no part of it ("for
         * Janney also"); a number goes on with its noun ("con 22 años") */
        if (!(w->flags & TOK_LOWER)) {
            if (!uc_is_digit(d->text[w->start])) after_link = 0;
            continue;
        }
        /* a word in lower case: of a prepositional phrase, or a participle after the noun
         * ("croisé à la sortie de la réunion") */
        if (after_link && after_link++ <= LINKED_LOWER_WORDS) continue;
        if (k == e && tok_passive_participle(d, r, w)) continue;
        return e; /* a word no list knows, which may be a verb: nothing is added */
    }
    if (k >= e + DESCRIPTION_MODIFIER_WORDS && k < n) return e;
    /* it ends at punctuation or at the sentence's end, a connector not the last of it */
    while (k > e && (tok_connector(d, r, &t[k - 1]) || token_in(d, &t[k - 1], &r->prepositions) >= 0 ||
                     tok_article(d, r, &t[k - 1])))
        k--;
    return k;
}

mention parse_weak_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    mention m = {0};
    const token *t = &toks->items[i];
    if (i >= toks->len || !(t->flags & TOK_CAP) || (t->flags & (TOK_ALLCAPS | TOK_INITIAL)) ||
        token_in(d, t, &r->not_names) < 0 || tok_pronoun_word(d, r, t) || token_in(d, t, &r->group_nouns) >= 0)
        return m; /* "Others said": a group, not a surname that is also a word */
    /* "Ha asegurado que …": where the subject may be left out (features.txt "null-subject"), an
     * auxiliary before a verb opens the sentence; it is no surname ("Will said" is in English) */
    if (i + 1 < toks->len && token_in(d, t, &r->auxiliaries) >= 0 && token_in(d, t + 1, &r->verbs) >= 0 &&
        rules_feature(r, FEATURE_NULL_SUBJECT))
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

/* Words that a prepositional phrase opening the clause may hold before its subject. */
enum { OPENING_PHRASE_WORDS = 6 };

/* Does a short prepositional phrase open the clause and run up to toks[s]: "At one point",
 * "In a statement", "at which point"? */
static int after_opening_phrase(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from,
                                size_t s) {
    const token *t = toks->items;
    size_t c = s;
    while (c > from && s - c < OPENING_PHRASE_WORDS && (t[c - 1].flags & TOK_WORD)) c--;
    if (c > from && !(t[c - 1].flags & TOK_PUNCT)) return 0; /* longer, or no clause start */
    /* prepositions.txt also holds the conjunctions and relatives that end a phrase */
    return c < s && token_in(d, &t[c], &r->prepositions) >= 0 && token_in(d, &t[c], &r->conjunctions) < 0 &&
           token_in(d, &t[c], &r->relatives) < 0;
}

/* "El Ministerio de Educación porteño informó", "el DIF estatal": where adjectives follow the
 * noun (features.txt "postnominal-adjectives"), is t[k], in lower case after a capitalised word,
 * an adjective of an organisation's name rather than a word of grammar or a verb? */
static int adjective_after_name(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    const token *w = &t[k];
    return rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && k > 0 && (w->flags & TOK_LOWER) && (w->flags & TOK_WORD) &&
           (t[k - 1].flags & TOK_CAP) && !(w->flags & TOK_POSS) && token_in(d, w, &r->verbs) < 0 &&
           token_in(d, w, &r->auxiliaries) < 0 && !tok_adverb(d, r, w) && token_in(d, w, &r->negations) < 0 &&
           token_in(d, w, &r->pronouns) < 0 && token_in(d, w, &r->object_clitics) < 0 &&
           token_in(d, w, &r->prepositions) < 0 && token_in(d, w, &r->conjunctions) < 0 && !tok_article(d, r, w) &&
           token_in(d, w, &r->complementisers) < 0 && token_in(d, w, &r->relatives) < 0 && !tok_connector(d, r, w) &&
           token_in(d, w, &r->not_names) < 0 && !tok_finite_ending(d, r, w) && !tok_title(d, r, w) &&
           token_in(d, w, &r->cue_followers) < 0;
}

/* "Die neue Bürgermeisterin räumte ein", "die erfahrene Ärztin sagte": where every noun is
 * capitalised, a word in lower case between an article and a capitalised noun is an adjective
 * of the phrase, which reading back goes on over, as over an age ("Die 24-jährige Studentin"). */
static int adjective_after_article(const document *d, const whosaid_rules *r, const token *t, size_t from, size_t i,
                                   size_t end) {
    return i > from && i + 1 < end && (t[i].flags & TOK_LOWER) && (t[i].flags & TOK_WORD) && (t[i + 1].flags & TOK_CAP) &&
           rules_feature(r, FEATURE_CAPITALISED_NOUNS) && !tok_article(d, r, &t[i]) && tok_article(d, r, &t[i - 1]) &&
           /* (not an ordinal that places someone in the story: "Der erste Redner, …,") */
           wordset_get(&r->story_ordinals, (const char *)d->text + t[i].start, t[i].stem_end - t[i].start) < 0;
}

mention parse_mention_before(const document *d, const whosaid_rules *r, const token_vec *toks,
                             size_t from, size_t end) {
    mention none = {0};
    const token *t = toks->items;
    if (end <= from) return none;
    int g;
    if (is_pronoun(d, r, &t[end - 1], &g)) return parse_mention(d, r, toks, end - 1);
    /* (an organisation's name with its adjective: "El Ministerio de Educación porteño") */
    if (end >= from + 2 && adjective_after_name(d, r, t, end - 1)) {
        mention m = parse_mention_before(d, r, toks, from, end - 1);
        if (m.kind == MENTION_ROLE && m.org && m.name_end == t[end - 2].end) {
            m.end = m.name_end = m.surname_end = t[end - 1].end;
            m.next_tok = end;
            return m;
        }
    }
    size_t k = end;
    /* a phrase from further back would end before end: parse_mention reads at most
     * MAX_PHRASE_TOKENS words after an article, and a document noun */
    for (;;) {
        while (k > from && k + MAX_PHRASE_TOKENS + 2 > end &&
               (phrase_word(d, r, &t[k - 1]) || tok_article(d, r, &t[k - 1]) ||
                tok_truncated_compound(d, r, t, toks->len, k - 1) || field_list_comma(d, r, t, toks->len, from, k - 1) ||
                age_word(d, r, &t[k - 1]) || /* ("Die 24-jährige Studentin kritisierte") */
                adjective_after_article(d, r, t, from, k - 1, end) ||
                in_signed_number(d, r, t, toks->len, k - 1))) /* ("El titular del Juzgado N° 4 dijo") */
            k--;
        /* ('Alejandro "Alex" Nuño': on over a nickname to the first name) */
        size_t nick = k > from + 3 ? nickname_open(d, r, t, toks->len, k - 1) : 0;
        if (nick > from) {
            k = nick;
            continue;
        }
        /* "Le député (LFI) de la Seine-Saint-Denis Rachid Ouali": on over a party's acronym in
         * brackets after a title, as bracketed_party reads it forward */
        /* (…and over an organisation's acronym in brackets before the role's complement goes on,
         * as bracketed_acronym reads it forward: "La directora del Servicio de Salud (SES) en
         * Mérida dijo") */
        int org_acronym = k >= from + 4 && k < end && tok_past_acronym(t, k, k - 3) == k && (t[k - 4].flags & TOK_CAP) &&
                          (t[k].flags & TOK_LOWER) && (tok_connector(d, r, &t[k]) || token_in(d, &t[k], &r->prepositions) >= 0) &&
                          rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS);
        if (!(k >= from + 4 && tok_past_acronym(t, k, k - 3) == k && (t[k - 4].flags & TOK_LOWER) && tok_title(d, r, &t[k - 4])) &&
            !org_acronym)
            break;
        k -= 3;
    }
    mention title = none; /* a title in lower case alone: "general" of "the auditor general" */
    /* "Le délégué syndical Marc Roussel": where adjectives follow the noun (features.txt
     * "postnominal-adjectives"), the phrase may open before them, at the title they follow */
    size_t first = k;
    if (rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) {
        size_t a = k;
        while (a > from && k - a < POSTNOMINAL_RUN && (t[a - 1].flags & TOK_LOWER) && !tok_title_noun(d, r, &t[a - 1])) a--;
        /* (an article opens it: not "Face au maire sortant Marc Roussel a affirmé") */
        if (a < k && a > from + 1 && (t[a - 1].flags & TOK_LOWER) && tok_title_noun(d, r, &t[a - 1]) &&
            tok_article(d, r, &t[a - 2]) && !tok_connector(d, r, &t[a - 2]))
            first = a - 2;
    }
    for (size_t s = first; s < end; s++) {
        if (tok_connector(d, r, &t[s]) && !tok_article(d, r, &t[s])) continue;
        mention m = parse_mention(d, r, toks, s);
        if (m.kind == MENTION_ROLE && (t[s].flags & TOK_LOWER) && m.next_tok == end) {
            title = m;
            break;
        }
        /* (where every noun is capitalised, one capitalised word after a genitive's adjective
         * is the end of a description, no name: "Eine Mutter zweier Kinder sagte") */
        /* (…or after an age: "Ein 16-jähriger Schüler aus Neumünster sagte") */
        if (m.kind == MENTION_NAME && m.name_tokens == 1 && s > from && rules_feature(r, FEATURE_CAPITALISED_NOUNS) &&
            (((t[s - 1].flags & TOK_LOWER) &&
              rules_ends_in(&r->genitive_adjective_endings, (const char *)d->text + t[s - 1].start, t[s - 1].stem_end - t[s - 1].start) &&
              !tok_article(d, r, &t[s - 1]) && token_in(d, &t[s - 1], &r->prepositions) < 0) ||
             (age_word(d, r, &t[s - 1]) && !tok_first_name(d, r, &t[s]) && s >= from + 2 &&
              token_in(d, &t[s - 2], &r->articles) == ARTICLE_INDEFINITE)))
            break;
        if (m.kind != MENTION_NONE && m.next_tok == end) return m;
    }
    /* a description in lower case: "the 34-year-old mother of three replied" */
    for (size_t s = end; s-- > from && end - s <= 10;) {
        if (!(t[s].flags & TOK_WORD)) break;
        /* "the 34-year-old mother", "her colleague" */
        if (!tok_article(d, r, &t[s]) && (token_in(d, &t[s], &r->possessives) < 0 || (t[s].flags & TOK_POSS))) continue;
        /* it opens its clause: after punctuation or a conjunction, or after a phrase that opens
         * the sentence with a preposition and no comma ("At one point the crowd chanted", "In a
         * statement the company said", "at which point the crowd chanted") */
        /* (or a subordinator's "que": ", mientras que la dirección aseguró") */
        if (s > from && !(t[s - 1].flags & TOK_PUNCT) && token_in(d, &t[s - 1], &r->clause_links) < 0 &&
            !(s > from + 1 && tok_linking_que(d, r, t, s - 1)) && !after_opening_phrase(d, r, toks, from, s))
            continue;
        mention m = parse_mention(d, r, toks, s);
        if (m.kind == MENTION_DESCRIPTION && m.next_tok == end) return m;
        /* "The doctor at the clinic said", "The lawyer for the family said": a role with a phrase
         * after it that is no complement of it; the role still names whom it may stand for */
        if (m.kind == MENTION_ROLE && !m.org && m.next_tok < end && (t[m.next_tok].flags & TOK_LOWER) &&
            token_in(d, &t[m.next_tok], &r->prepositions) >= 0 && token_in(d, &t[m.next_tok], &r->relatives) < 0) {
            mention whole = parse_description(d, r, toks, s, s + 1, DESCRIPTION_WORDS);
            if (whole.kind == MENTION_DESCRIPTION && whole.next_tok == end) {
                m.end = whole.end;
                m.next_tok = end;
                return m;
            }
        }
        /* …or a role whose complement is in lower case: "La presidenta de la asociación" */
        if (m.kind == MENTION_ROLE && !m.org && m.next_tok == end && title.kind == MENTION_NONE) return m;
        /* …or an organisation's name whose words after the first are in lower case, complement
         * and all: "L'Office fédéral du logement a rappelé" */
        if (m.kind == MENTION_ROLE && m.org && m.next_tok == end) return m;
    }
    return title;
}

/* Is the word s[0, n) a noun for a person: a title ("owner"), a hyphenated one by its last
 * part ("co-owner", "vice-president"), a title's ending ("epidemiologist") or, in lower case
 * and long enough, a person noun's ending ("librarian")? */
static int person_noun_text(const whosaid_rules *r, const char *s, size_t n) {
    if (wordset_get(&r->titles, s, n) >= 0 || rules_ends_in(&r->title_endings, s, n)) return 1;
    const char *hyphen = memrchr(s, '-', n);
    if (hyphen && hyphen + 1 < s + n && wordset_get(&r->titles, hyphen + 1, (size_t)(s + n - hyphen - 1)) >= 0) return 1;
    return (unsigned)(s[0] - 'a') < 26 && rules_person_noun_ending(r, s, n);
}

static int noun_is_someone(const whosaid_rules *r, const char *head, size_t n) {
    /* (the sets asked, all columns of the lexicon, in one look-up of the word there: not one
     * probe a set, nor the endings' look-ups for a noun that one of them holds) */
    uint64_t sets;
    lexicon_find(&r->lexicon, head, n, &sets);
    if (sets & (r->titles.column_bit | r->gendered_nouns.column_bit | r->org_nouns.column_bit | r->group_nouns.column_bit))
        return 1;
    return person_noun_text(r, head, n);
}

int mention_is_someone(const document *d, const whosaid_rules *r, const mention *m) {
    if (m->kind == MENTION_NAME || m->kind == MENTION_PRONOUN || m->kind == MENTION_ROLE) return 1;
    if (m->kind != MENTION_DESCRIPTION || m->head_end <= m->head_start) return 0;
    const char *head = (const char *)d->text + m->head_start;
    size_t n = m->head_end - m->head_start;
    if (noun_is_someone(r, head, n) || uc_is_upper((unsigned char)head[0])) return 1;
    /* "une source judiciaire", "sa secrétaire régionale": where the noun comes before its
     * adjectives (features.txt "postnominal-adjectives"), the word after the article or the
     * possessive */
    if (!rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) return 0;
    size_t a = m->start, e = a;
    while (e < m->head_start && d->text[e] != ' ' && !apostrophe_at(d->text, m->head_start, e)) e++;
    if ((wordset_get(&r->articles, (const char *)d->text + a, e - a) < 0 &&
         wordset_get_folded(&r->possessives, (const char *)d->text + a, e - a) < 0) ||
        e >= m->head_start)
        return 0;
    a = e + (d->text[e] == ' ' ? 1 : apostrophe_at(d->text, m->head_start, e));
    for (e = a; e < m->head_start && d->text[e] != ' '; e++) {}
    return e > a && noun_is_someone(r, (const char *)d->text + a, e - a);
}

int mention_names_someone(const document *d, const whosaid_rules *r, const mention *m) {
    if (mention_is_someone(d, r, m)) return 1;
    if (m->kind != MENTION_DESCRIPTION || m->head_end <= m->head_start) return 0;
    const char *head = (const char *)d->text + m->head_start;
    size_t n = m->head_end - m->head_start;
    /* and what may stand for someone as a verb's subject: "the first", "the report", "each" */
    if (wordset_get(&r->title_modifiers, head, n) >= 0 || wordset_get(&r->document_nouns, head, n) >= 0 ||
        wordset_get(&r->determiners, head, n) >= 0)
        return 1;
    /* "the 34-year-old", "the 32-year-old labourer" */
    for (size_t k = m->start; k < m->end; k++)
        if (uc_is_digit(d->text[k])) return 1;
    /* a plural names a group: "officials", "refugee advocates", "Rights organizations" (where
     * every noun is capitalised, only a capitalised one: "warnte dagegen," ends in "-en" too) */
    if (rules_feature(r, FEATURE_CAPITALISED_NOUNS) && !utf8_opens_upper(d->text, m->head_end, m->head_start)) return 0;
    return rules_plural(r, head, n);
}

int tok_opening_adverb(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    return k == 0 && (t->flags & TOK_CAP) && !(t->flags & TOK_ALLCAPS) && token_in(d, t, &r->adverbs) >= 0 &&
           rules_feature(r, FEATURE_NULL_SUBJECT);
}

/* tok_adverb_at (names.h), of a word in lower case. */
int tok_adverb_at_read(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    /* (or a preposition: "l'Office fédéral du logement a rappelé") */
    if (k > 0 && (tok_article(d, r, &t[k - 1]) || token_in(d, &t[k - 1], &r->possessives) >= 0 || (t[k - 1].flags & TOK_POSS) ||
                  ((t[k - 1].flags & TOK_LOWER) && token_in(d, &t[k - 1], &r->prepositions) >= 0)))
        return (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->adverbs) >= 0;
    return tok_adverb(d, r, &t[k]);
}

int tok_org_word_before_role(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    return k >= 2 && (t[k - 1].flags & TOK_LOWER) && token_in(d, &t[k - 1], &r->conjunctions) >= 0 &&
           (t[k - 2].flags & TOK_CAP) && (t[k - 2].flags & TOK_WORD) && !(t[k - 2].flags & TOK_POSS) &&
           !(k >= 3 && (t[k - 3].flags & TOK_CAP) && (t[k - 3].flags & TOK_WORD)) && !tok_first_name(d, r, &t[k - 2]) &&
           !tok_title(d, r, &t[k - 2]) && !tok_honorific(d, r, &t[k - 2]) &&
           /* (no pronoun nor article: "He and House Judiciary Committee Chairman") */
           token_in(d, &t[k - 2], &r->not_names) < 0 && (t[k].flags & TOK_CAP) &&
           !tok_title(d, r, &t[k]) && !tok_honorific(d, r, &t[k]);
}

/* tok_adverb (names.h) past its tests in line: the word's set, or its ending. */
int tok_adverb_read(const document *d, const whosaid_rules *r, const token *t) {
    int yes = token_in(d, t, &r->adverbs) >= 0 ||
              rules_adverb_ending(r, (const char *)d->text + t->start, t->stem_end - t->start);
    /* (kept in the token as tok_title keeps its answer, and as safely) */
    ((token *)t)->flags |= TOK_ADVERB_READ | (yes ? TOK_ADVERB : 0);
    return yes;
}

/* A word in lower case that joins the words of a name and gives its acronym no letter: "of",
 * "de", "für", "y", "the". */
static int joins_name_words(const whosaid_rules *r, const char *w, size_t n) {
    return wordset_get_folded(&r->connectors, w, n) >= 0 || wordset_get_folded(&r->prepositions, w, n) >= 0 ||
           wordset_get_folded(&r->articles, w, n) >= 0 || wordset_get_folded(&r->conjunctions, w, n) >= 0;
}

/* Do the first letters of the words of text[a, b) (and of the parts a hyphen joins, by_parts)
 * spell the acronym text[s, e), but for the words that join them ("Royal College of Nursing"
 * for "RCN", "Union des étudiants de Wallonie-Bruxelles" for "UEWB", a letter's marks aside)? */
static int initials_spell_by(const document *d, const whosaid_rules *r, size_t a, size_t b, size_t s, size_t e,
                             int by_parts) {
    const char *t = (const char *)d->text;
    size_t k = s, words = 0;
    for (size_t i = a; i < b;) {
        size_t j = i;
        while (j < b && t[j] != ' ' && (t[j] != '-' || !by_parts)) j++;
        int32_t cp;
        utf8_next(d->text, b, i, &cp);
        size_t caps = i;
        while (caps < j && t[caps] >= 'A' && t[caps] <= 'Z') caps++;
        /* (in a name written in capitals too: "ROYAL COLLEGE OF NURSING" for "RCN") */
        if (j > i && !((uc_is_lower(cp) || (caps == j && j - i >= 2)) && joins_name_words(r, t + i, j - i))) {
            /* (a word in capitals gives all its letters: "USV" for "US Vaulnay-sur-Oise") */
            /* (or its first only, as any word's: "BRITISH MEDICAL ASSOCIATION" for "BMA") */
            size_t give = caps == j && j - i >= 2 ? j - i : 1;
            if (give > 1 && (k + give > e || memcmp(t + i, t + k, give) != 0)) give = 1;
            if (give == 1 && (k >= e || uc_base_upper(cp) != (unsigned char)t[k])) return 0;
            k += give;
            words++;
        }
        i = j + 1;
    }
    return k == e && words >= 2;
}

/* Do the first letters of the words of text[a, b) spell the acronym text[s, e), either of the
 * parts a hyphen joins or of the hyphenated word whole ("Vaulnay-sur-Oise" gives "VO" or "V")? */
int initials_spell(const document *d, const whosaid_rules *r, size_t a, size_t b, size_t s, size_t e) {
    return initials_spell_by(d, r, a, b, s, e, 1) || initials_spell_by(d, r, a, b, s, e, 0);
}

/* Words between an article and the acronym in brackets that the text gives for them, at most. */
enum { ACRONYM_DEFINED_WORDS = 8 };

/* Do the letters of the acronym text[s, e) stand, in order, among the letters of text[a, b),
 * the first its first ("SOPFEU" for "Société de protection des forêts contre le feu", "AVL" for
 * "Arbeitgeberverband der Luftfahrtdienste": acronyms that take more than initials; of any case
 * and marks, "Conaf" for "Corporación Nacional Forestal", "Ositrán")? */
static int acronym_letters_in(const document *d, size_t a, size_t b, size_t s, size_t e) {
    size_t k = s;
    int32_t want;
    size_t step = utf8_next(d->text, e, k, &want);
    for (size_t i = a; i < b && k < e;) {
        int32_t cp;
        size_t at = i;
        i += utf8_next(d->text, b, i, &cp);
        if (!uc_is_letter(cp)) continue;
        if (uc_base_upper(cp) == uc_base_upper(want)) {
            k += step;
            if (k < e) step = utf8_next(d->text, e, k, &want);
        } else if (at == a) {
            return 0;
        }
    }
    return k == e;
}

/* Bytes of an acronym in capital and small letters, at least ("Conaf"; not "(Ex)"). */
enum { MIXED_ACRONYM_MIN_BYTES = 3 };

size_t tok_past_defined_acronym(const document *d, const token *t, size_t n, size_t j, size_t k) {
    if (tok_past_acronym(t, n, k) > k) return k + 3;
    if (k + 3 > n || k < j + 2 || !punct_is(&t[k], '(') || !(t[k + 1].flags & TOK_CAP) || !punct_is(&t[k + 2], ')'))
        return k;
    size_t s = t[k + 1].start, e = t[k + 1].end;
    if (e - s < MIXED_ACRONYM_MIN_BYTES || e - s > ACRONYM_MAX_BYTES) return k;
    /* (from a capitalised word of the words right before the bracket, up to punctuation: "la
     * Corporación Nacional Forestal (Conaf)", "l'Office national de l'emploi (Onem)") */
    size_t a = k;
    while (a > j && (t[a - 1].flags & TOK_WORD)) a--;
    for (; a + 1 < k; a++)
        if ((t[a].flags & TOK_CAP) && acronym_letters_in(d, t[a].start, t[k - 1].end, s, e)) return k + 3;
    return k;
}

/* "L'agence régionale de santé (ARS)", "la Société de protection des forêts contre le feu
 * (SOPFEU)", "Der Arbeitgeberverband der Luftfahrtdienste (AVL)": after the article at
 * toks[i], words (no verb, no first name) up to an acronym in brackets whose letters they hold
 * are an organisation's name, the text's own definition of it, whatever their case. Returns 1
 * and its mention (the words, the acronym after them left to acronym_of_org), or 0. */
int parse_org_by_acronym(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, mention *m) {
    const token *t = toks->items;
    size_t n = toks->len, a = i + 1, k = a;
    while (k < n && k <= a + ACRONYM_DEFINED_WORDS && (t[k].flags & TOK_WORD) && !(t[k].flags & TOK_POSS)) k++;
    if (k == a || k + 2 >= n || tok_past_defined_acronym(d, t, n, a, k) != k + 3) return 0;
    size_t s = t[k + 1].start, e = t[k + 1].end;
    if (e - s < 2 || e - s > ACRONYM_MAX_BYTES) return 0;
    for (size_t w = a; w < k; w++)
        if (tok_first_name(d, r, &t[w]) || (t[w].flags & TOK_ALLCAPS) ||
            ((t[w].flags & TOK_LOWER) && !tok_article(d, r, &t[w]) && tok_clause_word(d, r, &t[w]))) /* (German "der" of a genitive) */
            return 0;
    if (!initials_spell(d, r, t[a].start, t[k - 1].end, s, e) && !acronym_letters_in(d, t[a].start, t[k - 1].end, s, e))
        return 0;
    /* "Los clientes de la Compañía de Aguas del Levante (CAL)": words in lower case before a
     * capitalised name that spells the acronym alone are another noun's, whose complement the
     * organisation is; the name opens at its capitals, its article with it */
    size_t opens = i;
    if (t[a].flags & TOK_LOWER) {
        size_t c = a + 1;
        while (c < k && !(t[c].flags & TOK_CAP)) c++;
        if (c + 1 < k && (initials_spell(d, r, t[c].start, t[k - 1].end, s, e) || acronym_letters_in(d, t[c].start, t[k - 1].end, s, e))) {
            opens = tok_article(d, r, &t[c - 1]) ? c - 1 : c;
            a = c;
        }
    }
    *m = (mention){.kind = MENTION_ROLE, .org = 1, .start = t[opens].start, .end = t[k - 1].end,
                   .name_start = t[a].start, .name_end = t[k - 1].end, .surname_start = t[a].start,
                   .surname_end = t[k - 1].end, .name_tokens = (uint32_t)(k - a), .next_tok = (uint32_t)(k + 3)};
    return 1;
}

/* Words of an organisation's description after its article, at most: "la chambre de commerce
 * et d'industrie régionale" */
enum { ORG_DESCRIPTION_WORDS = 8 };

/* contracted_article (names.h). */
int contracted_article(const document *d, const whosaid_rules *r, const token *t) {
    /* (a short word: the look-up is asked of those only, not of every capitalised word) */
    return (t->flags & TOK_WORD) && t->stem_end - t->start <= CONTRACTED_ARTICLE_BYTES &&
           wordset_get_folded(&r->contracted_articles, (const char *)d->text + t->start, t->stem_end - t->start) >= 0;
}

/* Is t an article that no preposition opens ("le", "la", "el", "der")? It opens a phrase of its
 * own, no complement. */
static int bare_article(const document *d, const whosaid_rules *r, const token *t) {
    return tok_article(d, r, t) && !contracted_article(d, r, t);
}

/* org_description_at (names.h). */
size_t org_description_at(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    int capitalised_nouns = rules_feature(r, FEATURE_CAPITALISED_NOUNS);
    const token *h = &t[k];
    if ((h->flags & TOK_POSS) || !(h->flags & TOK_WORD)) return k;
    /* (its noun: in lower case, or where every noun is capitalised a compound by its last part,
     * "Fahrgastverband") */
    if (capitalised_nouns ? !(h->flags & TOK_CAP) || (h->flags & TOK_ALLCAPS) ||
                                rules_compound_in(r, &r->org_nouns, (const char *)d->text + h->start,
                                                  h->stem_end - h->start) < 0
                          : !(h->flags & TOK_LOWER) || token_in(d, h, &r->org_nouns) < 0)
        return k;
    size_t e = k + 1, end = k + 1;
    while (e < n && e - k < ORG_DESCRIPTION_WORDS) {
        const token *w = &t[e];
        if (!(w->flags & TOK_WORD) || (w->flags & TOK_POSS)) break;
        /* a complement: "de commerce", "der Länder", "du Conseil général", "Place au vélo",
         * "chambre de commerce et d'industrie"; not an article alone, the object of a verb (where
         * German does not write the genitive's "der" so: "le projet"), nor a conjunction before
         * one, another body ("La mairie et le syndicat", "Stadt und der Landkreis") */
        int joined = (w->flags & TOK_LOWER) && token_in(d, w, &r->conjunctions) >= 0;
        if ((tok_connector(d, r, w) && (capitalised_nouns || !bare_article(d, r, w)) &&
             !(joined && e + 1 < n && bare_article(d, r, &t[e + 1]))) ||
            ((w->flags & TOK_LOWER) && contracted_article(d, r, w))) {
            e++;
            if (e < n && tok_article(d, r, &t[e])) e++;
            continue;
        }
        /* a name: "Pro Schiene Bayern", "Trégor connecté" (no one's: a first name or an
         * honorific ends it) */
        if (w->flags & TOK_CAP) {
            if (tok_first_name(d, r, w) || tok_honorific(d, r, w) || token_in(d, w, &r->verbs) >= 0) break;
            end = ++e;
            continue;
        }
        /* an adjective after its noun, "intercommunal", "régionale" (no verb, adverb, relative,
         * preposition, conjunction, pronoun or article, nor a word before an article or a
         * preposition, a verb before its object: "Le regroupement X conteste ce chiffre", "Le
         * syndicat des pilotes appelle à la grève"); where nouns are
         * capitalised, one between an article and its noun only, "des niedersächsischen
         * Sozialministeriums" */
        if (capitalised_nouns ? !(e > k && e + 1 < n && tok_article(d, r, &t[e - 1]) && (t[e + 1].flags & TOK_CAP))
                              : tok_clause_word(d, r, w) || tok_adverb(d, r, w) || tok_pronoun_word(d, r, w) ||
                                    tok_article(d, r, w) || token_in(d, w, &r->negations) >= 0 ||
                                    (e + 1 < n && (bare_article(d, r, &t[e + 1]) ||
                                                   (token_in(d, &t[e + 1], &r->prepositions) >= 0 &&
                                                    !tok_connector(d, r, &t[e + 1]) && !contracted_article(d, r, &t[e + 1])))) ||
                                    token_in(d, w, &r->prepositions) >= 0 || token_in(d, w, &r->conjunctions) >= 0 ||
                                    token_in(d, w, &r->complementisers) >= 0)
            break;
        e++;
        if (!capitalised_nouns) end = e;
    }
    return end;
}

/* Words of an organisation's name that goes on in lower case after an affiliation, at most. */
enum { AFFILIATION_COMPLEMENT_TOKENS = 10 };

size_t affiliation_complement_end(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t a) {
    if (a + 1 >= n || !rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS) || !(t[a].flags & TOK_WORD) ||
        (t[a].flags & TOK_POSS) || (token_in(d, &t[a], &r->organisations) < 0 && !tok_org_kind(d, r, &t[a])))
        return a;
    /* (no clause among them: "Marie Roux, du collectif, estime …" ends at the comma; "du collectif
     * estime que …", "du service technique qui a réparé la fuite," are no name) */
    size_t c = a + 1;
    while (c < n && c < a + AFFILIATION_COMPLEMENT_TOKENS && (t[c].flags & TOK_WORD) && token_in(d, &t[c], &r->verbs) < 0 &&
           token_in(d, &t[c], &r->auxiliaries) < 0 && token_in(d, &t[c], &r->pronouns) < 0 && !tok_relative(d, r, &t[c]))
        c++;
    return c > a + 1 && c < n && (punct_is(&t[c], ',') || punct_is(&t[c], '.')) ? c : a;
}
