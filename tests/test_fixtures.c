/* test_fixtures.c: runs every fixtures/<case>/input.txt through the library and compares the
 * records, field by field, with the hand-checked fixtures/<case>/expected.jsonl. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "reader.h"
#include "whosaid.h"

typedef struct {
    json_t *records;
    emit_keys keys;
} collected;

/* Each record as the command line writes it, read back. */
static int collect(const whosaid_record *rec, void *user) {
    collected *c = user;
    json_t *id = json_string("input.txt");
    buf line = {0};
    json_error_t je;
    cr_assert_eq(emit_jsonl(&line, &c->keys, rec, id, NULL, NULL), 0);
    json_t *o = json_loadb(line.data, line.len, 0, &je);
    cr_assert_not_null(o, "emit_jsonl wrote no JSON object: %s", je.text);
    json_array_append_new(c->records, o);
    buf_free(&line);
    json_decref(id);
    return 0;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    buf b = {0};
    source src;
    source_init(&src, f, path);
    int rc = read_all(&src, &b, (size_t)1 << 30);
    source_free(&src);
    fclose(f);
    if (rc != 0) {
        buf_free(&b);
        return NULL;
    }
    *len = b.len;
    return b.data;
}

static char *show(json_t *v) {
    return v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT) : strdup("(missing)");
}

/* Compares one fixture; prints a line per differing field; returns the number of differences. */
static int check_case(const whosaid_rules *rules, const char *dir) {
    char *path;
    size_t len;
    cr_assert_gt(asprintf(&path, "%s/input.txt", dir), 0);
    char *text = slurp(path, &len);
    cr_assert_not_null(text, "cannot read %s", path);
    free(path);
    cr_assert_gt(asprintf(&path, "%s/expected.jsonl", dir), 0);
    size_t elen;
    char *expected_text = slurp(path, &elen);
    cr_assert_not_null(expected_text, "cannot read %s", path);

    /* a case may carry its options in fixtures/<case>/options: "types LIST" (as -t takes it),
     * "lang xx" (as --lang takes it; without it the language is found) */
    unsigned types = WHOSAID_DIRECT;
    whosaid *ws = whosaid_new(rules);
    char *opath;
    cr_assert_gt(asprintf(&opath, "%s/options", dir), 0);
    size_t olen;
    char *options = slurp(opath, &olen);
    free(opath);
    int scored = 0;
    for (char *line = options ? strtok(options, "\n") : NULL; line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0]) continue;
        /* measured by tests/languages_test.py, not compared field by field */
        if (!strcmp(line, "scored")) {
            scored = 1;
            continue;
        }
        if (!strncmp(line, "lang ", 5)) {
            cr_assert_eq(whosaid_set_lang(ws, line + 5), WHOSAID_OK, "%s/options: bad lang \"%s\"", dir, line + 5);
            continue;
        }
        cr_assert(!strncmp(line, "types ", 6), "%s/options: unknown option line \"%s\"", dir, line);
        cr_assert_eq(whosaid_parse_types(line + 6, &types), WHOSAID_OK, "%s/options: bad types \"%s\"", dir, line + 6);
    }
    free(options);
    if (scored) {
        whosaid_free(ws);
        free(text);
        free(expected_text);
        free(path);
        return 0;
    }

    collected got = {json_array(), {0}};
    cr_assert_eq(emit_keys_init(&got.keys), 0);
    cr_assert_eq(whosaid_process(ws, text, len, types, collect, &got), WHOSAID_OK);
    emit_keys_free(&got.keys);
    whosaid_free(ws);

    json_t *want = json_array();
    for (char *line = strtok(expected_text, "\n"); line; line = strtok(NULL, "\n")) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        cr_assert_not_null(o, "%s: bad JSON: %s", path, je.text);
        json_array_append_new(want, o);
    }
    int diffs = 0;
    size_t n = json_array_size(want) > json_array_size(got.records) ? json_array_size(want) : json_array_size(got.records);
    for (size_t i = 0; i < n; i++) {
        json_t *w = json_array_get(want, i), *g = json_array_get(got.records, i);
        if (!w || !g) {
            char *s = show(w ? w : g);
            cr_log_error("%s record %zu: %s: %s", dir, i, w ? "missing" : "unexpected", s);
            free(s);
            diffs++;
            continue;
        }
        const char *key;
        json_t *wv;
        json_object_foreach(w, key, wv) {
            json_t *gv = json_object_get(g, key);
            if (gv && json_equal(wv, gv)) continue;
            char *a = show(wv), *b = show(gv);
            cr_log_error("%s record %zu (%.30s…): %s: expected %s, got %s", dir, i,
                         json_string_value(json_object_get(w, "quote")), key, a, b);
            free(a);
            free(b);
            diffs++;
        }
        if (json_object_size(g) != json_object_size(w)) {
            cr_log_error("%s record %zu: %zu fields, expected %zu", dir, i, json_object_size(g), json_object_size(w));
            diffs++;
        }
    }
    json_decref(want);
    json_decref(got.records);
    free(path);
    free(text);
    free(expected_text);
    return diffs;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

Test(fixtures, every_case_gives_its_expected_records) {
    char err[512];
    whosaid_rules *rules = whosaid_rules_load(NULL, err, sizeof err);
    cr_assert_not_null(rules, "%s", err);
    DIR *dir = opendir(FIXTURES_DIR);
    cr_assert_not_null(dir, "cannot open %s", FIXTURES_DIR);
    /* (every folder, however many: a fixed list once left the ones past its end untested) */
    char **names = NULL;
    size_t n = 0, cap = 0;
    for (struct dirent *e; (e = readdir(dir));) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s/input.txt", FIXTURES_DIR, e->d_name);
        FILE *f = e->d_name[0] != '.' ? fopen(path, "rb") : NULL;
        if (!f) continue;
        fclose(f);
        if (n == cap) {
            cap = cap ? 2 * cap : 256;
            names = realloc(names, cap * sizeof *names);
            cr_assert_not_null(names);
        }
        names[n] = strdup(e->d_name);
        cr_assert_not_null(names[n]);
        n++;
    }
    closedir(dir);
    qsort(names, n, sizeof *names, by_name);
    cr_assert_gt(n, 20, "only %zu fixture folders found", n);
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", FIXTURES_DIR, names[i]);
        if (check_case(rules, path)) failed++;
        free(names[i]);
    }
    free(names);
    whosaid_rules_free(rules);
    cr_expect_eq(failed, 0, "%zu of %zu fixtures differ (see the lines above)", failed, n);
}
