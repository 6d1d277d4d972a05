/* inflection.c: see inflection.h. */
#include "inflection.h"

#include <string.h>

/* Adjectives that may open a name before its noun: "des Städtischen Klinikums". */
enum { NAME_ADJECTIVES_MAX = 2 };

/* The ending of the set whose value is v, or NULL. */
static const wordset_slot *ending_of_value(const wordset *set, int v) {
    for (size_t i = 0; i < set->cap; i++)
        if (set->slots[i].word && set->slots[i].value == v) return &set->slots[i];
    return NULL;
}

/* Does byte i of s start a character (no UTF-8 continuation byte)? */
static int at_character(const char *s, size_t i) { return ((unsigned char)s[i] & 0xC0) != 0x80; }

/* The longest ending of the set that word[0, n) has and that leaves a byte before it, in bytes,
 * or 0; its value into *v. */
static size_t ending_in(const wordset *set, const char *word, size_t n, int *v) {
    if (n < 2) return 0;
    for (size_t k = n > 4 ? 4 : n - 1; k >= 1; k--)
        if (at_character(word, n - k) && (*v = wordset_get(set, word + n - k, k)) >= 0) return k;
    return 0;
}


/* Does word[0, n) end in a word of set (a compound by its last part, however short:
 * "Landeskriminalamt")? */
static int ends_in_word_of(const wordset *set, const char *word, size_t n) {
    for (size_t k = 0; k + 2 <= n; k++)
        if (at_character(word, k) && wordset_get_folded(set, word + k, n - k) >= 0) return 1;
    return 0;
}

/* Is noun[0, n) an organisation's (rules/<lang>/organisation-nouns.txt, organisation-kinds.txt,
 * and the nouns of organisations whose gender neuter-nouns.txt and masculine-nouns.txt give:
 * "des Bayerischen Roten Kreuzes")? */
static int organisation_noun(const whosaid_rules *r, const char *noun, size_t n) {
    return ends_in_word_of(&r->org_nouns, noun, n) || ends_in_word_of(&r->org_kinds, noun, n) ||
           ends_in_word_of(&r->neuter_nouns, noun, n) || ends_in_word_of(&r->masculine_nouns, noun, n);
}

/* noun[0, n) without the ending of the genitive (genitive-noun-endings.txt) that leaves an
 * organisation's noun ("Landkreises" -> "Landkreis", "Komitees" -> "Komitee"); n where none
 * does. */
static size_t genitive_stem(const whosaid_rules *r, const char *noun, size_t n) {
    for (size_t k = n > 4 ? 4 : n - 1; n >= 2 && k >= 1; k--)
        if (at_character(noun, n - k) && wordset_get(&r->genitive_noun_endings, noun + n - k, k) >= 0 &&
            organisation_noun(r, noun, n - k))
            return n - k;
    return n;
}

/* Does the word open with a capital? (ASCII's, or Latin-1's as UTF-8 writes them, "Ärztekammer":
 * the capitals of the languages whose rules decline names) */
static int capitalised(const char *w, size_t n) {
    const unsigned char *u = (const unsigned char *)w;
    return n && ((u[0] >= 'A' && u[0] <= 'Z') || (n >= 2 && u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E));
}

int name_in_nominative(const whosaid_rules *r, const char *article, size_t an, const char *name, size_t n, buf *out) {
    if (!n || !an || !r->name_case_articles.len) return 0;
    int by_article = wordset_get_folded(&r->name_case_articles, article, an);
    /* "laut Deutschem Wetterdienst", "von Bayerischer Rentenversicherung": after a preposition
     * and no article, the adjectives' own endings (dative-adjective-endings.txt) show the case
     * and gender an article would */
    const wordset *endings = &r->weak_adjective_endings;
    if (by_article < 0) {
        size_t e = 0;
        while (e < n && name[e] != ' ') e++;
        int after_preposition = wordset_get_folded(&r->prepositions, article, an) >= 0 ||
                                wordset_get_folded(&r->source_verbs, article, an) >= 0; /* ("laut") */
        if (!r->dative_adjective_endings.len || !after_preposition || e == n ||
            !ending_in(&r->dative_adjective_endings, name, e, &by_article))
            return 0;
        endings = &r->dative_adjective_endings;
    }
    /* the words: adjectives in a weak ending before another capitalised word, then the noun */
    size_t ws[NAME_ADJECTIVES_MAX + 1], we[NAME_ADJECTIVES_MAX + 1], words = 0;
    for (size_t i = 0; i < n && words <= NAME_ADJECTIVES_MAX;) {
        size_t e = i;
        while (e < n && name[e] != ' ') e++;
        ws[words] = i, we[words] = e, words++;
        i = e + 1;
    }
    size_t adjectives = 0;
    int unused;
    /* (in lower case too, before a capitalised word: "des kantonalen Amts für Verbraucherschutz") */
    while (adjectives + 1 < words && capitalised(name + ws[adjectives + 1], we[adjectives + 1] - ws[adjectives + 1]) &&
           ending_in(endings, name + ws[adjectives], we[adjectives] - ws[adjectives], &unused))
        adjectives++;
    const char *noun = name + ws[adjectives];
    size_t noun_n = we[adjectives] - ws[adjectives];
    /* an organisation's noun only, less the genitive's ending after an article of the genitive
     * ("des Landkreises Niederspree"): not a person's name nor any other noun ("des Wopke
     * Hoekstra", "des Zirkus Roncalli", "eines Sprechers der Bahn") */
    size_t stem = wordset_get_folded(&r->genitive_s_articles, article, an) >= 0 ? genitive_stem(r, noun, noun_n) : noun_n;
    if (!organisation_noun(r, noun, stem)) return 0;
    /* the noun's gender, by the article and the nouns of rules/<lang>/neuter-nouns.txt and
     * masculine-nouns.txt: "des", "dem" stand before either, "der" before a woman's genitive or
     * dative ("der Deutschen Bahn") or a man's nominative ("der Deutsche Wetterdienst"), where the
     * adjective's weak ending is the strong one of women's nouns */
    int neuter = ends_in_word_of(&r->neuter_nouns, noun, stem), masculine = ends_in_word_of(&r->masculine_nouns, noun, stem);
    const wordset_slot *female = ending_of_value(&r->strong_adjective_endings, GENDER_FEMALE);
    out->len = 0;
    int changed = stem < noun_n;
    for (size_t a = 0; a < adjectives; a++) {
        const char *w = name + ws[a];
        size_t wn = we[a] - ws[a], k = ending_in(endings, w, wn, &unused);
        int as_female = female && k == female->len && !memcmp(w + wn - k, female->word, k);
        int gender = by_article == GENDER_MALE ? (neuter ? GENDER_NEUTER : masculine ? GENDER_MALE : 0)
                     : by_article == GENDER_FEMALE ? (!as_female ? GENDER_FEMALE : masculine ? GENDER_MALE : 0)
                                                    : by_article;
        const wordset_slot *strong = gender ? ending_of_value(&r->strong_adjective_endings, gender) : NULL;
        int weak = strong && !(k == strong->len && !memcmp(w + wn - k, strong->word, k));
        if (buf_append(out, w, wn - (weak ? k : 0)) != 0 || (weak && buf_append(out, strong->word, strong->len) != 0) ||
            buf_putc(out, ' ') != 0)
            return -1;
        changed |= weak;
    }
    if (!changed) return 0;
    if (buf_append(out, noun, stem) != 0 || buf_append(out, name + we[adjectives], n - we[adjectives]) != 0) return -1;
    return 1;
}

/* The word role[a, b) without the ending "n" that an adjective or a noun made from one takes
 * after an article of another case ("Sachverständigen", "psychiatrischen"), where it ends in
 * "e" without it; its length, or 0 where it ends in neither. */
static size_t weak_stem(const char *role, size_t a, size_t b) {
    if (b - a >= 3 && role[b - 1] == 'n' && role[b - 2] == 'e') return b - 1 - a;
    if (b - a >= 2 && role[b - 1] == 'e') return b - a;
    return 0;
}

int role_in_nominative(const whosaid_rules *r, const char *role, size_t n, int gender, buf *out) {
    if (!r->adjectival_noun_endings.len || (gender != GENDER_MALE && gender != GENDER_FEMALE)) return 0;
    /* (its first noun made from an adjective, after adjectives only: in lower case or
     * capitalised with the weak ending, "Erste", or a place's in "-er", "Köpenicker"; not a
     * word of the complement, "Bürgermeisterin in Gemünden") */
    size_t head_end = 0, stem = 0;
    for (size_t a = 0; a < n && !stem;) {
        size_t b = a;
        while (b < n && role[b] != ' ') b++;
        size_t weak = weak_stem(role, a, b);
        int capital = (unsigned char)role[a] >= 'A' && (unsigned char)role[a] <= 'Z';
        if (capital && weak && rules_ends_in(&r->adjectival_noun_endings, role + a, weak)) {
            head_end = b, stem = weak;
        } else if (!weak && !(capital && b - a > 2 && role[b - 2] == 'e' && role[b - 1] == 'r')) {
            return 0;
        }
        a = b + 1;
    }
    if (!stem) return 0;
    /* "der Vorsitzende", "des scheidenden Vorsitzenden": as a man's or a woman's role is cited
     * without an article, "Vorsitzender", "scheidender Vorsitzender", "psychiatrische
     * Sachverständige" */
    const char *strong = gender == GENDER_MALE ? "r" : "";
    int changed = 0;
    out->len = 0;
    for (size_t a = 0; a < head_end;) {
        size_t b = a;
        while (b < head_end && role[b] != ' ') b++;
        size_t keep = weak_stem(role, a, b); /* (capitalised too: "Erste Bevollmächtigte") */
        if (a > 0 && buf_putc(out, ' ') != 0) return -1;
        if (keep) {
            if (buf_append(out, role + a, keep) != 0 || buf_append(out, strong, strlen(strong)) != 0) return -1;
            changed |= keep + strlen(strong) != b - a;
        } else if (buf_append(out, role + a, b - a) != 0) {
            return -1;
        }
        a = b + 1;
    }
    if (buf_append(out, role + head_end, n - head_end) != 0) return -1;
    return changed;
}
