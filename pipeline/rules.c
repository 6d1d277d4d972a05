/* rules.c: reads rule files (built in or from a directory) into word sets, quote-mark pairs
 * and one JIT-compiled reporting-verb pattern. */
#include "rules.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "utf8.h"

static unsigned char lower_ascii(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static size_t word_hash(const char *s, size_t n) {
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++) h = (h ^ lower_ascii((unsigned char)s[i])) * 1099511628211u;
    return h;
}

/* a is a stored word (NUL-terminated), b the n bytes of a candidate, NULs and all. */
static int word_eq(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!a[i] || lower_ascii((unsigned char)a[i]) != lower_ascii((unsigned char)b[i])) return 0;
    return a[n] == '\0';
}

int wordset_get(const wordset *set, const char *s, size_t n) {
    if (!set->cap || n > set->max_len) return -1;
    for (size_t i = word_hash(s, n) & (set->cap - 1);; i = (i + 1) & (set->cap - 1)) {
        if (!set->words[i]) return -1;
        if (word_eq(set->words[i], s, n)) return set->values[i];
    }
}

static int wordset_put(wordset *set, const char *s, size_t n, int value) {
    if ((set->len + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        char **words = calloc(cap, sizeof *words);
        int *values = calloc(cap, sizeof *values);
        if (!words || !values) {
            free(words);
            free(values);
            return -1;
        }
        for (size_t i = 0; i < set->cap; i++) {
            if (!set->words[i]) continue;
            size_t j = word_hash(set->words[i], strlen(set->words[i])) & (cap - 1);
            while (words[j]) j = (j + 1) & (cap - 1);
            words[j] = set->words[i];
            values[j] = set->values[i];
        }
        free(set->words);
        free(set->values);
        set->words = words;
        set->values = values;
        set->cap = cap;
    }
    size_t i = word_hash(s, n) & (set->cap - 1);
    for (; set->words[i]; i = (i + 1) & (set->cap - 1))
        if (word_eq(set->words[i], s, n)) {
            set->values[i] = value;
            return 0;
        }
    char *w = malloc(n + 1);
    if (!w) return -1;
    for (size_t k = 0; k < n; k++) w[k] = (char)lower_ascii((unsigned char)s[k]);
    w[n] = '\0';
    set->words[i] = w;
    set->values[i] = value;
    set->len++;
    if (n > set->max_len) set->max_len = n;
    return 0;
}

static void wordset_free(wordset *set) {
    for (size_t i = 0; i < set->cap; i++) free(set->words[i]);
    free(set->words);
    free(set->values);
    memset(set, 0, sizeof *set);
}

int rules_mark(const whosaid_rules *r, int32_t cp) {
    int m = 0;
    if (cp >= 0 && cp < 128) return r->ascii_marks[cp]; /* most of any text */
    for (size_t i = 0; i < r->npairs; i++) {
        if (r->pairs[i].open == cp) m |= MARK_OPENS | (r->pairs[i].single ? MARK_SINGLE : 0);
        if (r->pairs[i].close == cp) m |= MARK_CLOSES | (r->pairs[i].single ? MARK_SINGLE : 0);
    }
    return m;
}

int rules_marks_pair(const whosaid_rules *r, int32_t open, int32_t close) {
    for (size_t i = 0; i < r->npairs; i++)
        if (r->pairs[i].open == open && r->pairs[i].close == close) return 1;
    return 0;
}

/* ---- parsing ---- */

typedef struct {
    const char *file;
    size_t line;
    char *err;
    size_t errlen;
} parse_ctx;

static int fail(parse_ctx *c, const char *fmt, ...) {
    int n = snprintf(c->err, c->errlen, "%s:%zu: ", c->file, c->line);
    if (n >= 0 && (size_t)n < c->errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->err + n, c->errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* Splits text into lines without comments and calls fn with each line's fields. */
typedef int (*line_fn)(parse_ctx *c, whosaid_slice *fields, size_t nfields, void *dest);

static int parse_lines(parse_ctx *c, const char *text, line_fn fn, void *dest) {
    whosaid_slice fields[64];
    c->line = 0;
    for (const char *p = text; *p;) {
        const char *eol = strchr(p, '\n');
        if (!eol) eol = p + strlen(p);
        c->line++;
        const char *hash = memchr(p, '#', (size_t)(eol - p));
        const char *end = hash ? hash : eol;
        size_t n = 0;
        for (const char *q = p; q < end;) {
            while (q < end && (*q == ' ' || *q == '\t' || *q == '\r')) q++;
            const char *w = q;
            while (q < end && *q != ' ' && *q != '\t' && *q != '\r') q++;
            if (q > w) {
                if (n == 64) return fail(c, "more than 64 entries on one line");
                fields[n++] = slice_of(w, (size_t)(q - w));
            }
        }
        if (n && fn(c, fields, n, dest) != 0) return -1;
        p = *eol ? eol + 1 : eol;
    }
    return 0;
}

static int add_words(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    for (size_t i = 0; i < n; i++)
        if (wordset_put(dest, f[i].ptr, f[i].len, 0) != 0) return fail(c, "out of memory");
    return 0;
}

static int add_gendered(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    if (n != 2) return fail(c, "expected WORD GENDER (male, female or -)");
    int g;
    if (f[1].len == 4 && !memcmp(f[1].ptr, "male", 4)) g = GENDER_MALE;
    else if (f[1].len == 6 && !memcmp(f[1].ptr, "female", 6)) g = GENDER_FEMALE;
    else if (f[1].len == 1 && f[1].ptr[0] == '-') g = GENDER_UNKNOWN;
    else return fail(c, "gender must be male, female or -");
    if (wordset_put(dest, f[0].ptr, f[0].len, g) != 0) return fail(c, "out of memory");
    return 0;
}

static int32_t single_cp(whosaid_slice s) {
    int32_t cp;
    size_t n = utf8_next((const unsigned char *)s.ptr, s.len, 0, &cp);
    return n == s.len ? cp : -1;
}

static int add_mark_pair(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    whosaid_rules *r = dest;
    if (n != 3) return fail(c, "expected OPEN CLOSE KIND");
    int32_t open = single_cp(f[0]), close = single_cp(f[1]);
    if (open < 0 || close < 0) return fail(c, "a mark must be one character");
    int single;
    if (f[2].len == 6 && !memcmp(f[2].ptr, "double", 6)) single = 0;
    else if (f[2].len == 6 && !memcmp(f[2].ptr, "single", 6)) single = 1;
    else return fail(c, "kind must be double or single");
    mark_pair *p = realloc(r->pairs, (r->npairs + 1) * sizeof *p);
    if (!p) return fail(c, "out of memory");
    r->pairs = p;
    p[r->npairs++] = (mark_pair){open, close, single};
    int kind = single ? MARK_SINGLE : 0;
    if (open < 128) r->ascii_marks[open] |= (unsigned char)(MARK_OPENS | kind);
    if (close < 128) r->ascii_marks[close] |= (unsigned char)(MARK_CLOSES | kind);
    return 0;
}

/* The verb pattern: every entry as a whole word, longest first so "according to" wins. */
static int compile_verbs(whosaid_rules *r, parse_ctx *c) {
    buf pat = {0};
    static const char head[] = "(?<![\\p{L}\\p{N}_])(?:", tail[] = ")(?![\\p{L}\\p{N}_])";
    int rc = buf_append(&pat, head, sizeof head - 1);
    int first = 1;
    for (int pass = 0; pass < 2; pass++) /* phrases first, then single words */
        for (size_t i = 0; i < r->verbs.cap; i++) {
            const char *w = r->verbs.words[i];
            if (!w || (strchr(w, '_') != NULL) != (pass == 0)) continue;
            if (!first) rc |= buf_putc(&pat, '|');
            first = 0;
            for (const char *q = w; *q; q++) {
                if (*q == '_') rc |= buf_append(&pat, "\\s+", 3);
                else if ((*q >= 'a' && *q <= 'z') || (unsigned char)*q >= 0x80) rc |= buf_putc(&pat, *q);
                else {
                    rc |= buf_putc(&pat, '\\');
                    rc |= buf_putc(&pat, *q);
                }
            }
        }
    rc |= buf_append(&pat, tail, sizeof tail - 1);
    if (rc != 0 || first) {
        buf_free(&pat);
        c->line = 0;
        return fail(c, first ? "no reporting verbs" : "out of memory");
    }
    int errcode;
    PCRE2_SIZE erroff;
    r->verb_re = pcre2_compile((PCRE2_SPTR)pat.data, pat.len,
                               PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF,
                               &errcode, &erroff, NULL);
    buf_free(&pat);
    if (!r->verb_re) {
        c->line = 0;
        return fail(c, "cannot compile the verb pattern (error %d)", errcode);
    }
    pcre2_jit_compile(r->verb_re, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
    return 0;
}

static char *read_file(const char *path, char *err, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (buf_append(&b, chunk, n) != 0) break;
    int bad = ferror(f) || (b.len && memchr(b.data, '\0', b.len));
    fclose(f);
    if (bad || !b.data) {
        snprintf(err, errlen, "%s: %s", path, bad ? "cannot read it or it holds a NUL byte" : "empty");
        buf_free(&b);
        return NULL;
    }
    return b.data;
}

static const struct {
    const char *name;
    line_fn fn;
    size_t offset; /* of the destination inside whosaid_rules, or (size_t)-1 for the rules */
} rule_files[] = {
    {"quote-marks.txt", add_mark_pair, (size_t)-1},
    {"verbs.txt", add_words, offsetof(whosaid_rules, verbs)},
    {"titles.txt", add_words, offsetof(whosaid_rules, titles)},
    {"honorifics.txt", add_gendered, offsetof(whosaid_rules, honorifics)},
    {"organisations.txt", add_words, offsetof(whosaid_rules, organisations)},
    {"abbreviations.txt", add_words, offsetof(whosaid_rules, abbreviations)},
    {"pronouns.txt", add_gendered, offsetof(whosaid_rules, pronouns)},
    {"document-nouns.txt", add_words, offsetof(whosaid_rules, document_nouns)},
    {"not-names.txt", add_words, offsetof(whosaid_rules, not_names)},
    {"connectors.txt", add_words, offsetof(whosaid_rules, connectors)},
};

whosaid_rules *whosaid_rules_load(const char *dir, char *err, size_t errlen) {
    whosaid_rules *r = calloc(1, sizeof *r);
    char dummy[1];
    if (!err || !errlen) {
        err = dummy;
        errlen = sizeof dummy;
    }
    if (!r) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < sizeof rule_files / sizeof *rule_files; i++) {
        char *owned = NULL;
        const char *text = NULL;
        char path[4096];
        if (dir) {
            snprintf(path, sizeof path, "%s/%s", dir, rule_files[i].name);
            text = owned = read_file(path, err, errlen);
            if (!text) goto fail;
        } else {
            snprintf(path, sizeof path, "rules/%s", rule_files[i].name);
            for (const rule_file *b = whosaid_builtin_rules; b->name; b++)
                if (!strcmp(b->name, rule_files[i].name)) text = b->text;
            if (!text) {
                snprintf(err, errlen, "%s: not built in", path);
                goto fail;
            }
        }
        parse_ctx c = {path, 0, err, errlen};
        void *dest = rule_files[i].offset == (size_t)-1 ? (void *)r : (char *)r + rule_files[i].offset;
        int rc = parse_lines(&c, text, rule_files[i].fn, dest);
        if (rc == 0 && rule_files[i].offset == offsetof(whosaid_rules, verbs)) rc = compile_verbs(r, &c);
        free(owned);
        if (rc != 0) goto fail;
    }
    if (!r->npairs) {
        snprintf(err, errlen, "quote-marks.txt: no quotation marks");
        goto fail;
    }
    return r;
fail:
    whosaid_rules_free(r);
    return NULL;
}

void whosaid_rules_free(whosaid_rules *r) {
    if (!r) return;
    free(r->pairs);
    wordset *sets[] = {&r->verbs, &r->titles, &r->honorifics, &r->organisations, &r->abbreviations,
                       &r->pronouns, &r->document_nouns, &r->not_names, &r->connectors};
    for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) wordset_free(sets[i]);
    pcre2_code_free(r->verb_re);
    free(r);
}
