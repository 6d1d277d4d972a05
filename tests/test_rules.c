/* test_rules.c: what start-up sets in place from tables written as whosaid was built
 * (tools/word_sets.c) is what building the rules word by word makes: each built-in language's
 * lexicon, slot for slot, and which of its sets have values. */
#include <criterion/criterion.h>
#include <string.h>

#include "whosaid_internal.h"

/* Are n bytes at a and b alike? (no bytes are alike whatever the pointers, which an empty
 * lexicon leaves null, and memcmp may not be given) */
static int same_bytes(const void *a, const void *b, size_t n) { return n == 0 || (a && b && !memcmp(a, b, n)); }

/* The built-in lexicon of r (built), and the one its word sets make as lexicon_add puts them in,
 * alike in every field and every array a look-up reads. */
static void assert_same_lexicon(const whosaid_rules *r) {
    lexicon lx = {0};
    uint64_t valued = 0;
    cr_assert_eq(rules_lexicon_of_sets(r, &lx, &valued), 0, "%s: out of memory", r->lang);
    const lexicon *in = &r->lexicon;
    cr_assert(in->len == lx.len && in->mask == lx.mask && in->short_mask == lx.short_mask &&
                  in->short_shift == lx.short_shift && in->max_len == lx.max_len && in->text_len == lx.text_len &&
                  in->digit_words == lx.digit_words,
              "%s: the lexicon's sizes differ from its sets'", r->lang);
    cr_assert(same_bytes(in->filter, lx.filter, sizeof lx.filter), "%s: filter", r->lang);
    cr_assert(lx.slots ? same_bytes(in->slots, lx.slots, (lx.mask + 1) * sizeof *lx.slots) : !in->slots, "%s: slots",
              r->lang); /* (none in a lexicon of no word) */
    cr_assert(lx.short_slots ? same_bytes(in->short_slots, lx.short_slots, (lx.short_mask + 1) * sizeof *lx.short_slots)
                             : !in->short_slots,
              "%s: short slots",
              r->lang);
    cr_assert(same_bytes(in->keys, lx.keys, lx.len * sizeof *lx.keys), "%s: keys", r->lang);
    cr_assert(same_bytes(in->values, lx.values, lx.len * sizeof *lx.values), "%s: values", r->lang);
    cr_assert(same_bytes(in->text, lx.text, lx.text_len), "%s: text", r->lang);
    /* (verbs is column 0 and titles column 1, rule_sets.def's first two) */
    cr_assert_eq(r->verbs.valued, (int)(valued & 1), "%s: verbs valued", r->lang);
    cr_assert_eq(r->titles.valued, (int)(valued >> 1 & 1), "%s: titles valued", r->lang);
    lexicon_free(&lx);
}

Test(rules, builtin_lexicons_as_built) {
    char err[512];
    whosaid_rules *rules = whosaid_rules_load(NULL, err, sizeof err);
    cr_assert_not_null(rules, "cannot load the built-in rules: %s", err);
    size_t built_in = 0;
    for (whosaid_rules *r = rules; r; r = r->next) {
        cr_assert_not_null(rules_build(r), "%s: cannot build", r->lang);
        assert_same_lexicon(r);
        for (const builtin_lexicon *b = whosaid_builtin_lexicons; b->lang; b++) built_in += !strcmp(b->lang, r->lang);
    }
    cr_assert_gt(built_in, 0, "no lexicon built in");
    whosaid_rules_free(rules);
}
