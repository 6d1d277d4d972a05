/* test_stages.c: the stages' driver (pipeline/stages.c) reads the quotations of a document a part
 * at a time; whatever the size of a part, what every stage finds (the --trace view: sentences,
 * people, quotations with their types, cues, attributions and candidates) is the same. Parts of
 * one, two, three and five quotations put a part's boundary everywhere: between a quotation and
 * its cue, inside a sentence whose reported clause holds quotations of later parts, and where a
 * clause opens in a later part than its sentence. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "whosaid_internal.h"

static whosaid_rules *rules;

static void setup(void) {
    char err[512];
    rules = whosaid_rules_load(NULL, err, sizeof err);
    cr_assert_not_null(rules, "cannot load the built-in rules: %s", err);
}

static void teardown(void) { whosaid_rules_free(rules); }

TestSuite(stages, .init = setup, .fini = teardown);

/* The trace of text with parts of part_quotes quotations (0: the default). */
static char *trace(const char *text, size_t len, size_t part_quotes) {
    whosaid *ws = whosaid_new(rules);
    cr_assert_not_null(ws);
    ws->part_quotes = part_quotes;
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    cr_assert_not_null(f);
    cr_assert_eq(whosaid_trace(ws, text, len, f), WHOSAID_OK);
    fclose(f);
    whosaid_free(ws);
    return out;
}

static void same_in_parts(const char *name, const char *text, size_t len) {
    char *whole = trace(text, len, 0);
    static const size_t sizes[] = {1, 2, 3, 5};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        char *parts = trace(text, len, sizes[k]);
        cr_expect_str_eq(parts, whole, "%s: parts of %zu quotations give another trace", name, sizes[k]);
        free(parts);
    }
    free(whole);
}

Test(stages, fixtures_in_parts) {
    DIR *dir = opendir(FIXTURES_DIR);
    cr_assert_not_null(dir);
    size_t cases = 0;
    for (struct dirent *e; (e = readdir(dir));) {
        if (e->d_name[0] == '.') continue;
        char *path;
        cr_assert_gt(asprintf(&path, "%s/%s/input.txt", FIXTURES_DIR, e->d_name), 0);
        FILE *f = fopen(path, "rb");
        free(path);
        if (!f) continue;
        buf b = {0};
        char chunk[4096];
        for (size_t n; (n = fread(chunk, 1, sizeof chunk, f)) > 0;) cr_assert_eq(buf_append(&b, chunk, n), 0);
        fclose(f);
        same_in_parts(e->d_name, b.data ? b.data : "", b.len);
        buf_free(&b);
        cases++;
    }
    closedir(dir);
    cr_assert_gt(cases, 40);
}

Test(stages, clauses_across_parts) {
    /* reported clauses holding quoted fragments, clauses that open after several quotations of
     * their sentence, cues after and before, continuations */
    const char *text =
        "Finance Minister Anna Keller said that the plan was “bad,” “worse” and “the worst of all” for "
        "the province.\n\n"
        "“A,” “B,” “C,” Keller added that the budget would “hurt” families and “delay” repairs.\n\n"
        "“We will not back down,” said Tomas Lindqvist, the mayor. “Not now.” He said the council "
        "had called the cuts “a betrayal.”\n\n"
        "According to Keller, the deficit will shrink. “It will,” she said.\n\n";
    buf b = {0};
    for (int k = 0; k < 6; k++) cr_assert_eq(buf_append(&b, text, strlen(text)), 0);
    char *whole = trace(b.data, b.len, 0);
    /* the cases are there: mixed clauses, the fragments they hold, indirect ones */
    cr_assert_not_null(strstr(whole, " mixed closed "));
    cr_assert_not_null(strstr(whole, " fragment closed "));
    cr_assert_not_null(strstr(whole, " indirect closed "));
    free(whole);
    same_in_parts("clauses", b.data, b.len);
    buf_free(&b);
}
