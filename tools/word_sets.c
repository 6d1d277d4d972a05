/* word_sets.c: writes the C file of the word sets the built-in rules fill (rules.h
 * builtin_wordset): each built-in language's sets of its rule files and the shared base of first
 * names, for the library to set in place at start-up instead of reading the files again. Linked
 * with the library's code and pipeline/word_sets_none.c, so that it reads the sets from the
 * built-in rules as whosaid would, and writes the tables that reading made, slot for slot; and
 * builds each built-in language and writes its lexicon (rules.h builtin_lexicon).
 *
 *     word_sets OUT.c
 */
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>

static void write_bits(FILE *f, const char *name, const uint64_t *bits, size_t n) {
    fprintf(f, "        .%s = {", name);
    for (size_t i = 0; i < n; i++) fprintf(f, "%s0x%016llxu", i ? ", " : "", (unsigned long long)bits[i]);
    fprintf(f, "},\n");
}

/* The arrays of set, named by id; -1 where a slot is not as set_builtin_wordset (rules.c) would
 * make it again from the word's bytes (a hash or head of another kind than word_hash and
 * word_head), or the set is in a lexicon already. */
static int write_arrays(FILE *f, const char *id, const wordset *set) {
    if (set->lexicon || set->column_bit || set->valued || set->cap > UINT32_MAX) return -1;
    /* (the words' bytes as numbers, each word ending in a 0, as tools/verb_patterns.c writes its
     * bytes: no string literal of a hundred kilobytes) */
    fprintf(f, "static const unsigned char words_%s[] = {", id);
    size_t written = 0;
    for (size_t i = 0; i < set->cap; i++) {
        const wordset_slot *sl = &set->slots[i];
        if (!sl->word) continue;
        if (sl->hash != word_hash(sl->word, sl->len) || sl->head != word_head(sl->word, sl->len)) return -1;
        fprintf(f, "%s", written++ % 8 ? " " : "\n   ");
        for (size_t k = 0; k <= sl->len; k++) fprintf(f, "%u,", k < sl->len ? (unsigned char)sl->word[k] : 0u);
    }
    fprintf(f, "\n};\nstatic const builtin_word entries_%s[] = {", id);
    written = 0;
    for (size_t i = 0; i < set->cap; i++) {
        const wordset_slot *sl = &set->slots[i];
        if (!sl->word) continue;
        if (sl->len > UINT16_MAX || sl->value < INT16_MIN || sl->value > INT16_MAX) return -1;
        fprintf(f, "%s{%zu, %u, %d},", written++ % 6 ? " " : "\n    ", i, sl->len, sl->value);
    }
    fprintf(f, "\n};\n\n");
    return written == set->len ? 0 : -1;
}

/* The initializer of a builtin_wordset of set, whose arrays write_arrays wrote as id. */
static void write_table(FILE *f, const char *id, const wordset *set) {
    fprintf(f, "{\n        .cap = %zu,\n        .len = %zu,\n        .max_len = %zu,\n", set->cap, set->len, set->max_len);
    fprintf(f, "        .lengths = 0x%016llxu,\n", (unsigned long long)set->lengths);
    write_bits(f, "last_bytes", set->last_bytes, sizeof set->last_bytes / sizeof *set->last_bytes);
    write_bits(f, "last_pairs", set->last_pairs, sizeof set->last_pairs / sizeof *set->last_pairs);
    write_bits(f, "ends", set->ends, sizeof set->ends / sizeof *set->ends);
    fprintf(f, "        .entries = entries_%s,\n        .words = words_%s,\n    }", id, id);
}

/* A language's sets as rules_each_read_set gives them: their arrays written as they come, their
 * offsets and ids kept for the language's list. */
typedef struct {
    FILE *f;
    size_t lang, n;
    size_t offsets[256];
    const wordset *sets[256];
} lang_sets;

static int write_set(size_t offset, const wordset *set, void *arg) {
    lang_sets *ls = arg;
    if (!set->len) return 0; /* (an empty set is as the language starts it) */
    if (ls->n == sizeof ls->offsets / sizeof *ls->offsets) return -1;
    char id[64];
    snprintf(id, sizeof id, "%zu_%zu", ls->lang, ls->n);
    if (write_arrays(ls->f, id, set) != 0) return -1;
    ls->offsets[ls->n] = offset;
    ls->sets[ls->n++] = set;
    return 0;
}

static int write_lang(FILE *f, whosaid_rules *r, size_t k, char *err, size_t errlen) {
    lang_sets ls = {f, k, 0, {0}, {0}};
    if (rules_each_read_set(r, write_set, &ls, err, errlen) != 0) return -1;
    fprintf(f, "static const builtin_set_at sets_%zu[] = {\n", k);
    for (size_t i = 0; i < ls.n; i++) {
        char id[64];
        snprintf(id, sizeof id, "%zu_%zu", k, i);
        fprintf(f, "    {%zu, ", ls.offsets[i]);
        write_table(f, id, ls.sets[i]);
        fprintf(f, "},\n");
    }
    fprintf(f, "};\n\n");
    return ls.n ? 0 : -1;
}

static void write_placed(FILE *f, const char *name, size_t k, const lex_placed *p, size_t n) {
    fprintf(f, "static const lex_placed %s_%zu[] = {", name, k);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s{%u, %d, 0x%llxu, 0x%llxu},", i % 3 ? " " : "\n    ", p[i].slot, p[i].entry,
                (unsigned long long)p[i].head, (unsigned long long)p[i].mask);
    fprintf(f, "\n};\n");
}

/* The lexicon of built rules r as builtin_lexicon's arrays and its initializer's fields, named
 * by k: the slots that hold an entry, where each is, and the values other than -1. */
static int write_lexicon_arrays(FILE *f, size_t k, const lexicon *lx) {
    if (lx->len > INT32_MAX || lx->mask > UINT32_MAX || lx->short_mask > UINT32_MAX) return -1;
    lex_placed *placed = malloc((lx->len + lx->short_mask + 2) * sizeof *placed), *placed_short = placed + lx->len;
    if (!placed) return -1;
    size_t n = 0, nshort = 0, nvalues = 0;
    for (size_t i = 0; i <= lx->mask; i++)
        if (lx->slots[i].entry != LEX_NONE)
            placed[n++] = (lex_placed){(uint32_t)i, lx->slots[i].entry, lx->slots[i].head, lx->slots[i].mask};
    for (size_t i = 0; i <= lx->short_mask; i++)
        if (lx->short_slots[i].head)
            placed_short[nshort++] = (lex_placed){(uint32_t)i, lx->short_slots[i].entry, lx->short_slots[i].head,
                                                  lx->short_slots[i].mask};
    int rc = n == lx->len ? 0 : -1;
    if (rc == 0) {
        write_placed(f, "lex_placed", k, placed, n);
        write_placed(f, "lex_placed_short", k, placed_short, nshort);
    }
    free(placed);
    if (rc) return rc;
    fprintf(f, "static const lex_key lex_keys_%zu[] = {", k);
    for (size_t i = 0; i < lx->len; i++) fprintf(f, "%s{%u, %u},", i % 8 ? " " : "\n    ", lx->keys[i].len, lx->keys[i].text);
    fprintf(f, "\n};\nstatic const char lex_text_%zu[] = {", k);
    for (size_t i = 0; i < lx->text_len; i++) fprintf(f, "%s%d,", i % 16 ? " " : "\n    ", lx->text[i]);
    fprintf(f, "\n};\nstatic const lex_builtin_value lex_values_%zu[] = {", k);
    for (size_t e = 0; e < lx->len; e++)
        for (unsigned set = 0; set < LEX_MAX_SETS; set++)
            if (lx->values[e].of_set[set] != -1)
                fprintf(f, "%s{%zu, %u, %d},", nvalues++ % 6 ? " " : "\n    ", e, set, lx->values[e].of_set[set]);
    fprintf(f, "\n};\nstatic const uint64_t lex_filter_%zu[] = {", k);
    for (size_t i = 0; i < LEX_FILTER_BITS / 64; i++)
        fprintf(f, "%s0x%llxu,", i % 4 ? " " : "\n    ", (unsigned long long)lx->filter[i]);
    fprintf(f, "\n};\n\n");
    return 0;
}

/* The initializer of a lexicon_builtin whose arrays write_lexicon_arrays wrote as k. */
static void write_lexicon_table(FILE *f, size_t k, const lexicon *lx) {
    size_t nshort = 0, nvalues = 0;
    for (size_t i = 0; i <= lx->short_mask; i++) nshort += lx->short_slots[i].head != 0;
    for (size_t e = 0; e < lx->len; e++)
        for (unsigned set = 0; set < LEX_MAX_SETS; set++) nvalues += lx->values[e].of_set[set] != -1;
    fprintf(f, "{\n        .len = %zu, .mask = %zu, .short_mask = %zu, .max_len = %zu, .text_len = %zu,\n", lx->len,
            lx->mask, lx->short_mask, lx->max_len, lx->text_len);
    fprintf(f, "        .nshort = %zu, .nvalues = %zu, .short_shift = %u, .digit_words = %d,\n", nshort, nvalues,
            lx->short_shift, lx->digit_words);
    fprintf(f, "        .filter = lex_filter_%zu, .placed = lex_placed_%zu, .placed_short = lex_placed_short_%zu,\n", k, k,
            k);
    fprintf(f, "        .keys = lex_keys_%zu, .text = lex_text_%zu, .values = lex_values_%zu,\n    }", k, k, k);
}

/* Every built-in language's lexicon as building it makes it (here from the rule files: the
 * tool has no table built in), for build_lang to set in place. */
static int write_lexicons(FILE *f, char *err, size_t errlen) {
    whosaid_rules *first = whosaid_rules_load(NULL, err, errlen);
    size_t n = 0;
    static lexicon lexicons[16]; /* (static: 8 KiB of filter each) */
    uint64_t valued[16] = {0};
    const char *langs[16] = {0};
    int rc = first ? 0 : -1;
    for (whosaid_rules *r = first; rc == 0 && r; r = r->next) {
        if (!strcmp(r->lang, "und")) continue;
        if (n == sizeof lexicons / sizeof *lexicons || !rules_build(r) ||
            rules_lexicon_of_sets(r, &lexicons[n], &valued[n]) != 0 || write_lexicon_arrays(f, n, &lexicons[n]) != 0)
            rc = -1;
        else langs[n++] = r->lang;
    }
    if (rc == 0) {
        fprintf(f, "const builtin_lexicon whosaid_builtin_lexicons[] = {\n");
        for (size_t k = 0; k < n; k++) {
            fprintf(f, "    {\"%s\", 0x%llxu, ", langs[k], (unsigned long long)valued[k]);
            write_lexicon_table(f, k, &lexicons[k]);
            fprintf(f, "},\n");
        }
        fprintf(f, "    {NULL, 0, {0}},\n};\n");
    }
    for (size_t k = 0; k < n; k++) lexicon_free(&lexicons[k]);
    whosaid_rules_free(first);
    return rc;
}

int main(int argc, char **argv) {
    char err[256] = "";
    if (argc != 2) {
        fprintf(stderr, "usage: word_sets OUT.c\n");
        return 2;
    }
    whosaid_rules *first = whosaid_rules_load(NULL, err, sizeof err);
    FILE *f = first ? fopen(argv[1], "w") : NULL;
    int rc = f ? 0 : -1;
    if (f) fprintf(f, "/* generated by tools/word_sets.c from rules/; do not edit */\n#include \"rules.h\"\n\n");
    size_t k = 0;
    for (whosaid_rules *r = first; rc == 0 && r; r = r->next, k++)
        if (strcmp(r->lang, "und") != 0) rc = write_lang(f, r, k, err, sizeof err);
    /* (the first language read the shared base of first names) */
    const wordset *base = rc == 0 ? first->first_names_base : NULL;
    if (rc == 0 && (!base || write_arrays(f, "first_names", base) != 0)) rc = -1;
    if (rc == 0) {
        fprintf(f, "const builtin_wordset whosaid_builtin_first_names = ");
        write_table(f, "first_names", base);
        fprintf(f, ";\n\nconst builtin_word_sets whosaid_builtin_word_sets[] = {\n");
        k = 0;
        for (const whosaid_rules *r = first; r; r = r->next, k++)
            if (strcmp(r->lang, "und") != 0)
                fprintf(f, "    {\"%s\", sets_%zu, sizeof sets_%zu / sizeof *sets_%zu},\n", r->lang, k, k, k);
        fprintf(f, "    {NULL, NULL, 0},\n};\n\n");
        rc = write_lexicons(f, err, sizeof err);
    }
    if (f && fclose(f) != 0) rc = -1;
    whosaid_rules_free(first);
    if (rc != 0) {
        fprintf(stderr, "word_sets: %s\n", err[0] ? err : "cannot read the word sets or write their tables");
        remove(argv[1]);
        return 1;
    }
    return 0;
}
