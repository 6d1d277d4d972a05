/* names.h: the name-phrase grammar: what kind of word a token is, and the phrases that name
 * someone ("Minister of Foreign Affairs of Belarus Vladimir Makei", "she", "the President",
 * "a spokesperson for TransLink"). */
#ifndef WHOSAID_NAMES_H
#define WHOSAID_NAMES_H

#include <string.h>

#include "document.h"
#include "rules.h"
#include "words.h"

/* (TEST_INLINE: words.h) */


/* Is the token's stem w (lower case, ASCII letters compared without case)? Inline, so that
 * strlen of the literal w is a constant and most tokens fail on their length. */
static inline int tok_word_is(const document *d, const token *t, const char *w) {
    size_t n = t->stem_end - t->start;
    if (strlen(w) != n) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d->text[t->start + i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[i]) return 0;
    }
    return 1;
}

/* What kind of word a token is, from the rules' word lists. */
int tok_line_break(const document *d, const token *prev, const token *t); /* a line break between them */
/* (these four in line, TEST_INLINE: the grammar asks them of nearly every word it reads, and they
 * are a few flags and a lexicon read; the release build otherwise left them calls in read_mention) */
/* Articles and the determiners that start a description ("one person", "another official");
 * not inside a run of capitalised words ("Michael Every"). */
static TEST_INLINE int tok_article(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & (TOK_WORD | TOK_POSS | TOK_IN_CAPS_RUN)) == TOK_WORD && token_is_in(d, t, &r->determiners);
}
/* Is t[k] the "que" of a subordinator or a link of clauses before it (", mientras que la
 * dirección aseguró")? The phrase after it is its clause's subject. */
static inline int tok_linking_que(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    return k > 0 && token_is_in(d, &t[k], &r->complementisers) &&
           (token_is_in(d, &t[k - 1], &r->subordinators) || token_is_in(d, &t[k - 1], &r->clause_links));
}
/* "de" in "Pieter de Vries": a lower-case particle between the words of a name. */
static TEST_INLINE int tok_particle(const document *d, const whosaid_rules *r, const token *t) {
    /* capitalised inside a run of capitals too: "Yannick Le Bihan", "M. Le Goff" */
    return ((t->flags & TOK_LOWER) || (t->flags & TOK_IN_CAPS_RUN)) && !(t->flags & TOK_POSS) &&
           token_is_in(d, t, &r->name_particles);
}
/* "of" in a role */
static TEST_INLINE int tok_connector(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & (TOK_LOWER | TOK_POSS)) == TOK_LOWER && token_is_in(d, t, &r->connectors);
}
static TEST_INLINE int tok_honorific(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_CAP) && token_is_in(d, t, &r->honorifics);
}
/* Does the word open a description of one someone new: an indefinite article, or a determiner
 * of one ("one farmer", "another official": rules/<lang>/singular-determiners.txt)? */
int opens_one_new(const document *d, const whosaid_rules *r, const token *t);
/* Is s[0, n) an age in figures joined by a hyphen to a word of rules/<lang>/age-words.txt
 * ("49-jährige", "58-year-old")? */
int age_in_figures(const whosaid_rules *r, const char *s, size_t n);
/* Does an age stand among the words of text[s, e): in figures ("der 58-jährige Bürgermeister")
 * or in figures before a noun of years ("der 58 Jahre alte Bürgermeister",
 * rules/<lang>/age-nouns.txt)? */
int age_among(const document *d, const whosaid_rules *r, size_t s, size_t e);
/* age_among of the one token t ("the 29-year-old"): a token holds no space, so its word is an
 * age in figures or none, and one that opens with no digit (most words after an article, which
 * the registry asks) is none without a call. */
static inline int tok_age_among(const document *d, const whosaid_rules *r, const token *t) {
    return (unsigned)(d->text[t->start] - '0') < 10 &&
           age_in_figures(r, (const char *)d->text + t->start, t->end - t->start);
}

/* One past the closing bracket of acronyms in brackets at t[k], one or two joined by a slash
 * or a hyphen ("(SPVM)", "(UPV/EHU)"); k where there are none. */
size_t past_bracketed_acronyms(const token *t, size_t n, size_t k);
/* ", who …", ", whom …" at toks[k]: a relative that stands for people only
 * (rules/<lang>/personal-relatives.txt) after the phrase's comma? (In line: the registry asks
 * it of every name, and most have no comma after them.) */
static TEST_INLINE int relative_of_people_after(const document *d, const whosaid_rules *r, const token_vec *toks, size_t k) {
    const token *t = toks->items;
    return k + 1 < toks->len && punct_is(&t[k], ',') && (t[k + 1].flags & TOK_LOWER) &&
           token_is_in(d, &t[k + 1], &r->personal_relatives);
}
/* "(divers gauche)", "(sans étiquette)": a party label in brackets at t[k] in words of
 * rules/<lang>/party-label-words.txt. Returns the index past its closing bracket, or k. */
size_t past_party_words(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k);

/* The bytes of the ending that a weak noun takes outside the nominative singular
 * (rules/<lang>/weak-noun-endings.txt) where text s of n bytes is a title with it ("Ökonomen",
 * "Experten": 2, 1) and none without; 0 otherwise. */
size_t weak_ending_of_title(const whosaid_rules *r, const char *s, size_t n);

/* Do the tokens t[a, e) end in a connector, a number and a noun of years (rules/<lang>/
 * age-nouns.txt), the connector at t[a] or after: ", pêcheur de 52 ans", "una vecina de 71
 * años", "una hincha de unos 70 años"? They say how old the person is, no part of a role. The
 * tokens the age takes (3, or 4 with a word before the number), or 0. */
size_t ends_in_age_read(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t e);
/* (in line, the tests that answer most: three tokens, a figure before the last) */
static TEST_INLINE size_t ends_in_age(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t e) {
    return e >= a + 3 && uc_is_digit(d->text[t[e - 2].start]) ? ends_in_age_read(d, r, t, a, e) : 0;
}
/* Does text[s, e) open with capitals alone (two or more) and a hyphen ("SP-Fraktion",
 * "CDU-Landtagsfraktion"), a compound that names its own organisation? */
int acronym_compound(const document *d, size_t s, size_t e);

/* Does the phrase at toks[i] open one someone new by a noun that shows a person, after an age
 * maybe: "un patient de 70 ans", "a 70-year-old mother", "una vecina"? */
int opens_someone_new_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);
/* The same, or by a noun that shows only someone's sex or youth ("a man"), or after an adjective
 * ("an elderly man", "ein älterer Mann"): a person of their own, whom no role names. */
int opens_person_new_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);
/* Is a noun of a person (gendered-nouns.txt, kin-nouns.txt) among the two words after toks[i],
 * as both questions need? In line, the test of the words' bits that answers most: the registry
 * asks them after every article, and after most no such noun follows. */
static inline int person_noun_follows(const whosaid_rules *r, const token_vec *toks, size_t i) {
    if (i + 1 >= toks->len) return 0;
    const token *t = toks->items;
    uint64_t person_nouns = r->gendered_nouns.column_bit | r->kin_nouns.column_bit;
    return ((t[i + 1].in_sets | (i + 2 < toks->len ? t[i + 2].in_sets : 0)) & person_nouns) != 0;
}
static inline int opens_someone_new(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    return person_noun_follows(r, toks, i) && opens_someone_new_read(d, r, toks, i);
}
/* (where every noun is capitalised, a compound may end in such a noun, "ein Vermieter": a
 * capitalised word after the article is asked too) */
static inline int opens_person_new(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    return (person_noun_follows(r, toks, i) ||
            (i + 1 < toks->len && (toks->items[i + 1].flags & TOK_CAP) && rules_feature(r, FEATURE_CAPITALISED_NOUNS))) &&
           opens_person_new_read(d, r, toks, i);
}
int tok_title_read(const document *d, const whosaid_rules *r, const token *t);
/* tok_title (below) of a token that keeps no answer yet. A word in lower case of one part, the
 * most asked (the word after every article the registry reads), is answered in line as title_of
 * answers it: from its sets and its entry's traits, or, of a word the lexicon does not hold, where
 * its ending may tell (rules_title_tail_may_end), by tok_title_read; any other by tok_title_read,
 * which keeps the answer in the token. */
static inline int tok_title_unkept(const document *d, const whosaid_rules *r, const token *t) {
    /* (both sets are in the lexicon: a token exists only once the tokenizer has read the rules'
     * lexicon, which build_lexicon makes with every set's column at once) */
    if ((t->flags & (TOK_LOWER | TOK_HYPHENATED | TOK_FOLDED_ENTRY)) != TOK_LOWER) return tok_title_read(d, r, t);
    if (t->in_sets & (r->titles.column_bit | r->title_modifiers.column_bit)) return 1;
    if (t->entry == LEX_NONE)
        return rules_title_tail_may_end(r, (const char *)d->text + t->start, t->stem_end - t->start) && tok_title_read(d, r, t);
    unsigned want = (rules_feature(r, FEATURE_CAPITALISED_NOUNS) ? 0 : TITLE_BY_ENDING) | TITLE_IN_LOWER_CASE;
    return (r->title_traits[t->entry] & want) != 0;
}
/* Is the token a title, a head or a modifier? (The answer the token keeps is read in line
 * always: the grammar asks most words more than once, and the compiler leaves the whole test a
 * call in read_mention.) */
static TEST_INLINE int tok_title(const document *d, const whosaid_rules *r, const token *t) {
    return t->flags & TOK_TITLE_READ ? (t->flags & TOK_TITLE) != 0 : tok_title_unkept(d, r, t);
}
/* a word in lower case of a party's label in brackets after a name: "(divers droite)" */
int tok_party_label_word(const document *d, const whosaid_rules *r, const token *t);
/* a verb in the past in lower case, by its ending (rules/<lang>/past-tense-endings.txt): "urged" */
int tok_past_tense(const document *d, const whosaid_rules *r, const token *t);
/* Does t end as a finite verb does (rules/<lang>/finite-verb-endings.txt: "créerait",
 * "rechazó")? */
int tok_finite_ending(const document *d, const whosaid_rules *r, const token *t);
/* A word that carries or opens a clause, no name's: a verb (listed, or by a finite ending), an
 * auxiliary or a relative. */
int tok_clause_word(const document *d, const whosaid_rules *r, const token *t);
/* Does t end as a passive participle does (rules/<lang>/passive-participle-endings.txt:
 * "attendue", "entendus")? */
int tok_passive_participle(const document *d, const whosaid_rules *r, const token *t);
/* Does t[k] (of n) open a clause of where or how someone was met, not a role: a passive
 * participle in lower case that is no title, before by whom or where (", entrevistada a la
 * salida del turno,", ", jointe par téléphone,"; not ", chargée de mission,")? */
int tok_bare_participle(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k);
/* The title that heads a phrase from t[k] (after its determiner) to t[e], past the capitalised
 * words that modify it ('A Manitoba judge'), or k. */
size_t title_after_modifiers(const document *d, const whosaid_rules *r, const token *t, size_t k, size_t e);
/* "who", "which": a relative clause opens. (In line: the grammar asks it of most words after a
 * name, and the word's bit answers.) */
static TEST_INLINE int tok_relative(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && token_is_in(d, t, &r->relatives);
}
/* "who gave her name only as Shelley", "que se identificó sólo como don Chuy": where the
 * relative at t[k] opens a clause that gives a name (a word of rules/<lang>/name-givers.txt,
 * then one of role-markers.txt and an honorific maybe before it), the name's first token, and in
 * *gender the gender of a possessive before the word ("her") or of the honorific, else 0; 0
 * where none. */
size_t name_given_in_relative(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k, int *gender);
/* Words of a relative clause before the word that gives a name, at most. */
enum { GIVEN_NAME_WORDS = 8 };
/* A conjunction in lower case that may close a list of fields: "and", "y", and Catalan "i" in a
 * Spanish text (list-conjunctions.txt: "Territori, Habitatge i Transició Ecològica"). */
int tok_list_conjunction(const document *d, const whosaid_rules *r, const token *t);
/* rules_first_name of the word text[start, start + n) of the document: kept in the document's
 * memo (document_first_name_slot), since the same words are asked again in sentence after
 * sentence. */
int text_first_name(const document *d, const whosaid_rules *r, size_t start, size_t n);
/* Is t, capitalised, a first name? tok_first_name_read looks its text up once and keeps the
 * answer in the token; in line, the case that rules most words out and the answer kept. */
int tok_first_name_read(const document *d, const whosaid_rules *r, const token *t);
static TEST_INLINE int tok_first_name(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_CAP) || (t->flags & (TOK_ALLCAPS | TOK_POSS))) return 0;
    if (t->flags & TOK_FIRST_NAME_READ) return (t->flags & TOK_FIRST_NAME) != 0;
    return tok_first_name_read(d, r, t);
}
/* Is toks[k] the finite part of a separable verb (rules/<lang>/verbs-with-particle.txt) without
 * its particle (verb-particles.txt) closing its clause, before any punctuation? Such a verb reports
 * only with it ("hält in ihrem Bericht fest, dass", "…, rechnet er vor."), not "Dazu gibt es eine
 * klare Regel:", "Eine Frage stellt sich:". toks[n] ends what may be read. */
int verb_lacks_particle_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k);
/* (inline, the language's list: asked of every verb, and of none where the language has no
 * separable verbs) */
static inline int verb_lacks_particle(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    return r->particle_verbs.len && verb_lacks_particle_read(d, r, t, n, k);
}
/* Is toks[first], a preposition capitalised where it opens the sentence, a name's particle
 * that the text before wrote in lower case before the same words ("Clara von Alvensleben"
 * before "Von Alvensleben räumt ein")? toks[n] ends what may be read. */
int particle_opens_name_read_before(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t first);
/* "du centre de secours d'Hagetmau", "de l'Institut des sciences côtières de l'Est": where an
 * organisation's name goes on in lower case (features.txt "organisation-complements"), a word
 * of organisations.txt or a noun of a kind of organisation at toks[a], after an affiliation's
 * preposition and article, opens a name that runs over words in lower case, connectors and
 * capitals to a comma or a full stop. Returns the index of that punctuation, or a where none. */
size_t affiliation_complement_end(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t a);
/* (the ones below inline too, as tok_article above: asked of most words a phrase reads) */
/* A noun of a kind of organisation in lower case ("la préfecture", "the carmaker":
 * organisation-nouns.txt), no possessive. */
static inline int tok_org_kind(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && !(t->flags & TOK_POSS) && token_is_in(d, t, &r->org_nouns);
}
/* An adjective in lower case that stands before its noun where most follow it ("un jeune
 * ouvrier": rules/<lang>/prenominal-adjectives.txt). */
static inline int tok_prenominal_adjective(const document *d, const whosaid_rules *r, const token *t) {
    return r->prenominal_adjectives.len && (t->flags & TOK_LOWER) &&
           wordset_get_folded(&r->prenominal_adjectives, (const char *)d->text + t->start, t->stem_end - t->start) >= 0;
}
/* A word that heads a role: Minister, spokesperson, architect. */
static inline int tok_title_head(const document *d, const whosaid_rules *r, const token *t) {
    return token_part_in(d, t, &r->titles) >= 0;
}
/* Is t in lower case where every noun is capitalised (features.txt "capitalised-nouns"): no noun? */
static inline int lower_where_nouns_capitalised(const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && rules_feature(r, FEATURE_CAPITALISED_NOUNS);
}
/* A head, or a word with a title's ending: "Gerichtssprecher", "Epidemiologist" (a first name is
 * no title by its ending: "Murat" is no "-rat", a council's; nor, where every noun is capitalised
 * (features.txt "capitalised-nouns"), a word in lower case: "trat", a verb). */
/* (…or a title in another case than the subject's: "laut dem Ökonomen Jonas Brehm") */
static inline int tok_title_noun(const document *d, const whosaid_rules *r, const token *t) {
    return tok_title_head(d, r, t) ||
           (rules_ends_in(&r->title_endings, (const char *)d->text + t->start, t->stem_end - t->start) &&
            !lower_where_nouns_capitalised(r, t) && !tok_first_name(d, r, t)) ||
           ((t->flags & TOK_CAP) && r->weak_noun_endings.len &&
            weak_ending_of_title(r, (const char *)d->text + t->start, t->stem_end - t->start));
}
/* "Städte- und Gemeindebund", "Bau- und Verkehrsminister": where every noun is capitalised
 * (features.txt "capitalised-nouns"), a hyphen glued to the word before it at toks[k], then a
 * conjunction and a capitalised word, leaves a compound's last part to the word after the
 * conjunction; the phrase goes on over them. */
/* (…or, in a list of them, a comma after that hyphen before the next truncated word: "des Bau-,
 * Umwelt- und Wirtschaftsdepartements", the hyphen and the comma both) */
static inline int glued_hyphen(const token *t, size_t n, size_t k) {
    return k > 0 && k < n && punct_is(&t[k], '-') && t[k].start == t[k - 1].end && (t[k - 1].flags & TOK_CAP);
}
static TEST_INLINE int tok_truncated_compound(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    /* (the language's feature first: asked where most phrases end) */
    if (!rules_feature(r, FEATURE_CAPITALISED_NOUNS) || k == 0 || k + 2 >= n) return 0;
    if (glued_hyphen(t, n, k) && (t[k + 1].flags & TOK_LOWER) && token_is_in(d, &t[k + 1], &r->conjunctions) &&
        (t[k + 2].flags & TOK_CAP))
        return 1;
    /* (the hyphen before the list's comma, and the comma) */
    if (glued_hyphen(t, n, k) && k + 3 < n && punct_is(&t[k + 1], ',') && (t[k + 2].flags & TOK_CAP) && glued_hyphen(t, n, k + 3))
        return 1;
    return k >= 2 && punct_is(&t[k], ',') && glued_hyphen(t, n, k - 1) && (t[k + 1].flags & TOK_CAP) && glued_hyphen(t, n, k + 2);
}
/* Is t[k] the letter, the sign or the number of a number a sign opens in a role ("Unidad
 * Funcional de Instrucción N° 3": the letter and the sign that number-nouns.txt holds as one
 * word, "n°")? */
int in_signed_number(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k);
/* How many tokens a number in a role's complement takes at toks[k], where every noun is
 * capitalised (features.txt "capitalised-nouns"): an ordinal after an article or a connector,
 * its dot and all, before a noun ("der 12. Strafkammer": 2), or a number after the noun of a
 * connector that ends the phrase ("des Kriminalkommissariats 13,": 1); 0 where none. */
size_t complement_number_figures(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k);
static TEST_INLINE size_t complement_number(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t j, size_t k) {
    if (k <= j || k >= n || !(t[k].flags & TOK_WORD) || (t[k].flags & (TOK_CAP | TOK_LOWER)) ||
        !rules_feature(r, FEATURE_CAPITALISED_NOUNS))
        return 0;
    return complement_number_figures(d, r, t, n, j, k); /* (a word in figures, the feature on: rare) */
}
/* A pronoun, personal or of a gender (in line: two bits of the word). */
static TEST_INLINE int tok_pronoun_word(const document *d, const whosaid_rules *r, const token *t) {
    return token_is_in(d, t, &r->pronoun_genders) || token_is_in(d, t, &r->pronouns);
}
/* An adverb in capitals that opens the sentence at toks[k], where the language leaves the subject
 * out (features.txt "null-subject"): "También ha explicado que …", not "May has said". */
int tok_opening_adverb(const document *d, const whosaid_rules *r, const token *t, size_t k);
/* tok_adverb of a word in lower case whose answer the token does not keep yet. */
int tok_adverb_read(const document *d, const whosaid_rules *r, const token *t);
/* May the word stand before a verb (an adverb, listed or by its ending)? In line, the tests that
 * answer most: a word not in lower case is none, and a word asked before keeps its answer. */
static TEST_INLINE int tok_adverb(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_LOWER)) return 0;
    if (t->flags & TOK_ADVERB_READ) return (t->flags & TOK_ADVERB) != 0;
    return tok_adverb_read(d, r, t);
}
/* Is t[k - 2] one capitalised word, no first name, title or honorific, and t[k - 1] a
 * conjunction before t[k], a capitalised word that no title or honorific is: the first word of
 * an organisation's name that a role opening at t[k] holds ("Environment and Climate Change
 * Canada meteorologist Graham Ngo", "Fisheries and Oceans Canada spokesperson")? */
int tok_org_word_before_role(const document *d, const whosaid_rules *r, const token *t, size_t k);
/* tok_adverb of t[k] where the word before may show it is a noun: after an article or a
 * possessive, a word with an adverb's ending is a noun ("the family", "the docker’s family",
 * "le gouvernement"), and only the adverbs listed are adverbs ("the only") */
int tok_adverb_at_read(const document *d, const whosaid_rules *r, const token *t, size_t k);
/* (in line, the test of the word's case that answers most: the cue grammar asks it of the last
 * word of a span, backwards, and a word that is no adverb in lower case is none) */
static inline int tok_adverb_at(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    return (t[k].flags & TOK_LOWER) && tok_adverb_at_read(d, r, t, k);
}

enum mention_kind {
    MENTION_NONE = 0,
    MENTION_NAME,        /* Thomas Greminger, State Secretary Zas */
    MENTION_PRONOUN,     /* he, she */
    MENTION_ROLE,        /* the President */
    MENTION_DESCRIPTION, /* a spokesperson for TransLink, police */
};

/* Offsets and counts in 32 bits, a document being shorter than 4 GiB (DOCUMENT_MAX_BYTES): the
 * grammar returns a phrase by value, and the memo keeps one for each phrase read. */
typedef struct mention {
    int kind;
    uint32_t start, end;           /* the whole mention, article included */
    uint32_t role_start, role_end; /* equal when there is no role */
    uint32_t name_start, name_end; /* equal when there is no name */
    uint32_t surname_start, surname_end;
    uint32_t name_tokens;
    int gender;
    int possessive; /* the phrase ends in ’s */
    int titled;     /* the role holds a title word (Senator, minister) */
    int definite;   /* a role noun without an article or with "the": someone known */
    int org;        /* a role phrase that names an organisation ("the World Bank", "CNN") */
    int weak;       /* a name that is also a common word ("May"): a speaker only if the
                       registry knows someone of that surname */
    int plural;     /* two names joined: "state Senate leader Phil Berger and House Speaker Tim
                       Moore"; name_start..name_end covers both */
    uint32_t head_start, head_end; /* a description's or role's head noun ("mother" in "the
                                      34-year-old mother of three"), or equal */
    uint32_t next_tok; /* index of the first token after the phrase */
} mention;

/* A preposition and a place from t[from] up to the comma at t[comma] ("in Chemnitz,"), which
 * belong to the description before them: comma, or from where there are none. */
size_t place_up_to(const document *d, const whosaid_rules *r, const token *t, size_t from, size_t comma);

/* Parses a name phrase starting at toks[i]; kind MENTION_NONE when there is none. */
mention parse_mention(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);

/* A surname that is also a common word ("May", "Young") standing alone at toks[i]: a weak name
 * mention, or MENTION_NONE. */
mention parse_weak_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);

/* Letters of an acronym that stands for an organisation's name, at most. */
enum { ACRONYM_MAX_BYTES = 10 };

/* Do the first letters of the words of text[a, b) spell the acronym text[s, e), but for the
 * words that join them ("Royal College of Nursing" for "RCN"), either of the parts a hyphen
 * joins or of the hyphenated word whole? */
int initials_spell(const document *d, const whosaid_rules *r, size_t a, size_t b, size_t s, size_t e);

/* "(CWFC)", "(Conaf)" at t[k], after a phrase that opens at t[j]: one past the closing bracket
 * where it holds an acronym, in capitals, or in a capital and small letters that the words
 * right before it (from t[j] on, up to punctuation) hold in order from one of their capitalised
 * words, the first its first ("la Corporación Nacional Forestal (Conaf)", not "Katrin Vogt
 * (Grüne)"); k where it holds none. */
size_t tok_past_defined_acronym(const document *d, const token *t, size_t n, size_t j, size_t k);

/* "L'agence régionale de santé (ARS)", "Der Arbeitgeberverband der Luftfahrtdienste (AVL)": an
 * organisation's name that the acronym in brackets after it defines, after the article at
 * toks[i]. Returns 1 and its mention (next_tok past the brackets), or 0. */
int parse_org_by_acronym(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, mention *m);

/* The description that opens the clause ending just before toks[end] and runs up to it, over
 * prepositional phrases: "a woman in the audience at a campaign event in New Hampshire
 * asked". MENTION_NONE when there is none. */
mention parse_clause_subject(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from,
                             size_t end);

/* The modifiers after a description of someone new that ends before toks[e], up to the
 * punctuation or the verb that closes them: a prepositional phrase, a participle and its
 * complement, a relative clause ("Una madre que viajó desde Soacha con su hijo,", "un retraité
 * croisé à la sortie de la réunion."). The token it runs to, or e where nothing may be added. */
size_t description_runs_to(const document *d, const whosaid_rules *r, const token_vec *toks, size_t e);

/* May the mention be who speaks: a name, a pronoun, a role, or a description headed by a word
 * for a person, a group or an organisation ("the owner", "the Ohio Democrat", "police", "the
 * utility", "the 34-year-old") — not "the program" or "the shaking". */
int mention_names_someone(const document *d, const whosaid_rules *r, const mention *m);
/* Does m name a person, a group or an organisation by a name, a pronoun, a role or a noun that
 * holds one ("la directrice", "les habitants", "le syndicat"), not by any phrase a verb's subject
 * may be ("la première fois")? */
int mention_is_someone(const document *d, const whosaid_rules *r, const mention *m);
/* Is the name of m, parsed from toks[i], a place: a place modifier and a word of
 * rules/places.txt ("North America", "South Korea"), or such a word alone after a preposition
 * ("in Iowa")? */
int mention_is_place_read(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i, const mention *m);
/* (in line, the answer of most names the registry reads: a name of one word that opens the
 * phrase at toks[i], which neither the places' bit nor a comma after it may make a place's, is
 * none; mention_is_place_read asks the rest, of a name of one word only these two) */
static TEST_INLINE int mention_is_place(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i,
                                        const mention *m) {
    const token *t = toks->items;
    if (m->kind == MENTION_NAME && m->name_tokens == 1 && i < toks->len && t[i].start == m->name_start &&
        !(t[i].in_sets & r->places.column_bit) && !(m->next_tok < toks->len && punct_is(&t[m->next_tok], ',')))
        return 0;
    return mention_is_place_read(d, r, toks, i, m);
}
/* Does the name of m, parsed from toks, open with a first name ("Valeria Sosa", "Cruz Muñoz"; not
 * "Bodega Piedra Negra")? */
int mention_opens_with_first_name(const document *d, const whosaid_rules *r, const token_vec *toks, const mention *m);

/* Bytes of an article joined to a preposition, at most ("beim", "aux", "del"). */
enum { CONTRACTED_ARTICLE_BYTES = 5 };
/* Is t an article joined to a preposition ("du", "des", "au", "del", "beim":
 * contracted-articles.txt)? */
int contracted_article(const document *d, const whosaid_rules *r, const token *t);

/* "Le syndicat intercommunal", "vom Fahrgastverband Pro Schiene Bayern": where t[k], after an
 * article, is a noun of an organisation (in lower case, or where every noun is capitalised a
 * compound by its last part), one past the description it heads with its adjectives, name and
 * complements (up to a verb, a relative, punctuation); k where it is none. */
size_t org_description_at(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k);

/* Finds the phrase that ends just before toks[end] (exclusive), or MENTION_NONE. */
mention parse_mention_before(const document *d, const whosaid_rules *r, const token_vec *toks,
                             size_t from, size_t end);

/* Is toks[k], the verb in second place of the clause that opens at toks[a], in the mood of reported
 * speech by its ending, next to a subject of the third person singular ("Man zahle inzwischen
 * Prämien", "Inzwischen zahle man …": rules/<lang>/subjunctive-subjects.txt, -endings.txt)? */
int tok_subjunctive_by_subject_read(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t a, size_t k);
/* (in line, the tests that answer most: the verb second, and the language's list, none in
 * English; asked of every sentence that may report speech) */
static TEST_INLINE int tok_subjunctive_by_subject(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t a,
                                                  size_t k) {
    return k == a + 1 && k < n && r->subjunctive_subjects.len && tok_subjunctive_by_subject_read(d, r, t, n, a, k);
}

#endif
