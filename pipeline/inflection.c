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

/* The longest weak ending of word[0, n) that leaves a letter before it, in bytes, or 0. */
static size_t weak_ending(const whosaid_rules *r, const char *word, size_t n) {
    if (n < 2) return 0;
    for (size_t k = n > 4 ? 4 : n - 1; k >= 1; k--)
        if (wordset_get(&r->weak_adjective_endings, word + n - k, k) >= 0) return k;
    return 0;
}

/* noun[0, n) less the longest ending of genitive-noun-endings.txt that leaves a consonant before
 * it ("Landkreises" -> "Landkreis", "Komitees" -> "Komitee"), or less the shortest. */
static size_t genitive_stem(const whosaid_rules *r, const char *noun, size_t n) {
    size_t shortest = 0;
    if (n < 2) return n;
    for (size_t k = n > 4 ? 4 : n - 1; k >= 1; k--) {
        if (wordset_get(&r->genitive_noun_endings, noun + n - k, k) < 0) continue;
        unsigned char c = (unsigned char)noun[n - k - 1];
        if (c < 0x80 && !strchr("aeiouyAEIOUY", c)) return n - k;
        shortest = k;
    }
    return n - shortest;
}

/* Does word[0, n) end in a word of set (a compound by its last part, however short)? */
static int ends_in_word_of(const wordset *set, const char *word, size_t n) {
    for (size_t k = 0; k + 2 <= n; k++)
        if (((unsigned char)word[k] & 0xC0) != 0x80 && wordset_get_folded(set, word + k, n - k) >= 0) return 1;
    return 0;
}

/* Does the word open with a capital (ASCII, or Latin-1's: "Ärztekammer")? */
static int capitalised(const char *w, size_t n) {
    const unsigned char *u = (const unsigned char *)w;
    return n && ((u[0] >= 'A' && u[0] <= 'Z') || (n >= 2 && u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E));
}

int name_in_nominative(const whosaid_rules *r, const char *article, size_t an, const char *name, size_t n, buf *out) {
    if (!r->name_case_articles.len || !an) return 0;
    int gender = wordset_get_folded(&r->name_case_articles, article, an);
    if (gender < 0) return 0;
    /* the words: adjectives in a weak ending before another capitalised word, then the noun */
    size_t ws[NAME_ADJECTIVES_MAX + 1], we[NAME_ADJECTIVES_MAX + 1], words = 0;
    for (size_t i = 0; i < n && words <= NAME_ADJECTIVES_MAX;) {
        size_t e = i;
        while (e < n && name[e] != ' ') e++;
        ws[words] = i, we[words] = e, words++;
        i = e + 1;
    }
    size_t adjectives = 0;
    while (adjectives + 1 < words && capitalised(name + ws[adjectives], we[adjectives] - ws[adjectives]) &&
           capitalised(name + ws[adjectives + 1], we[adjectives + 1] - ws[adjectives + 1]) &&
           weak_ending(r, name + ws[adjectives], we[adjectives] - ws[adjectives]))
        adjectives++;
    const char *noun = name + ws[adjectives];
    size_t noun_n = we[adjectives] - ws[adjectives];
    /* the noun without the ending of the genitive ("Landkreises", "Klinikverbunds") */
    size_t stem = wordset_get_folded(&r->genitive_s_articles, article, an) >= 0 ? genitive_stem(r, noun, noun_n) : noun_n;
    /* (masculine or neuter, which the noun tells, or a compound's last part: "Landesamt") */
    if (gender == GENDER_MALE && ends_in_word_of(&r->neuter_nouns, noun, stem)) gender = GENDER_NEUTER;
    const wordset_slot *strong = ending_of_value(&r->strong_adjective_endings, gender);
    int changed = stem < noun_n;
    out->len = 0;
    for (size_t a = 0; a < adjectives; a++) {
        const char *w = name + ws[a];
        size_t k = weak_ending(r, w, we[a] - ws[a]);
        /* "-en" after "des", "dem", "der"; "-e" after "das": an ending other than the strong one */
        int weak = strong && !(k == strong->len && !memcmp(w + we[a] - ws[a] - k, strong->word, k));
        if (buf_append(out, w, we[a] - ws[a] - (weak ? k : 0)) != 0 ||
            (weak && buf_append(out, strong->word, strong->len) != 0) || buf_putc(out, ' ') != 0)
            return -1;
        changed |= weak;
    }
    if (!changed) return 0;
    if (buf_append(out, noun, stem) != 0 || buf_append(out, name + we[adjectives], n - we[adjectives]) != 0) return -1;
    return 1;
}
