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

static int word_eq(const char *a, const char *b, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (lower_ascii((unsigned char)a[i]) != lower_ascii((unsigned char)b[i])) return 0;
    return a[n] == '\0';
}

int wordset_get(const wordset *set, const char *s, size_t n) {
    if (!set->cap || n > set->max_len) return -1;
    size_t hash = word_hash(s, n);
    for (size_t i = hash & (set->cap - 1);; i = (i + 1) & (set->cap - 1)) {
        if (!set->words[i]) return -1;
        if (set->hashes[i] == hash && word_eq(set->words[i], s, n)) return set->values[i];
    }
}

static int wordset_put(wordset *set, const char *s, size_t n, int value) {
    if ((set->len + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        char **words = calloc(cap, sizeof *words);
        int *values = calloc(cap, sizeof *values);
        size_t *hashes = calloc(cap, sizeof *hashes);
        if (!words || !values || !hashes) {
            free(words);
            free(values);
            free(hashes);
            return -1;
        }
        for (size_t i = 0; i < set->cap; i++) {
            if (!set->words[i]) continue;
            size_t j = set->hashes[i] & (cap - 1);
            while (words[j]) j = (j + 1) & (cap - 1);
            words[j] = set->words[i];
            values[j] = set->values[i];
            hashes[j] = set->hashes[i];
        }
        free(set->words);
        free(set->values);
        free(set->hashes);
        set->words = words;
        set->values = values;
        set->hashes = hashes;
        set->cap = cap;
    }
    size_t h = word_hash(s, n), i = h & (set->cap - 1);
    for (; set->words[i]; i = (i + 1) & (set->cap - 1))
        if (set->hashes[i] == h && word_eq(set->words[i], s, n)) {
            set->values[i] = value;
            return 0;
        }
    char *w = malloc(n + 1);
    if (!w) return -1;
    for (size_t k = 0; k < n; k++) w[k] = (char)lower_ascii((unsigned char)s[k]);
    w[n] = '\0';
    set->words[i] = w;
    set->values[i] = value;
    set->hashes[i] = h;
    set->len++;
    if (n > set->max_len) set->max_len = n;
    return 0;
}

static void wordset_free(wordset *set) {
    for (size_t i = 0; i < set->cap; i++) free(set->words[i]);
    free(set->words);
    free(set->values);
    free(set->hashes);
    memset(set, 0, sizeof *set);
}

/* What the pairs say of cp, from the pairs themselves. */
static int mark_of(const whosaid_rules *r, int32_t cp) {
    int m = 0;
    for (size_t i = 0; i < r->npairs; i++) {
        if (r->pairs[i].open == cp) m |= MARK_OPENS | (r->pairs[i].single ? MARK_SINGLE : 0);
        if (r->pairs[i].close == cp) m |= MARK_CLOSES | (r->pairs[i].single ? MARK_SINGLE : 0);
    }
    return m;
}

static int by_cp(const void *a, const void *b) {
    int32_t x = ((const mark_class *)a)->cp, y = ((const mark_class *)b)->cp;
    return x < y ? -1 : x > y;
}

/* Called once the pairs are read: every character gets its answer in a table or list. */
static int index_marks(whosaid_rules *r) {
    for (int32_t c = 0; c < 128; c++) r->ascii_marks[c] = (unsigned char)mark_of(r, c);
    for (int32_t c = 0x2000; c < 0x2070; c++) r->punctuation_marks[c - 0x2000] = (unsigned char)mark_of(r, c);
    for (int b = 0; b < 256; b++) {
        r->mark_stops.stop[b] = b >= 0x80 || r->ascii_marks[b];
        r->sentence_stops.stop[b] = r->mark_stops.stop[b] || b == '.' || b == '!' || b == '?';
    }
    r->marks = calloc(2 * r->npairs + 1, sizeof *r->marks);
    if (!r->marks) return -1;
    for (size_t i = 0; i < r->npairs; i++) {
        int32_t cps[2] = {r->pairs[i].open, r->pairs[i].close};
        for (int k = 0; k < 2; k++) {
            if (cps[k] < 128) continue;
            int seen = 0;
            for (size_t j = 0; j < r->nmarks; j++) seen |= r->marks[j].cp == cps[k];
            if (!seen) r->marks[r->nmarks++] = (mark_class){cps[k], mark_of(r, cps[k])};
        }
    }
    qsort(r->marks, r->nmarks, sizeof *r->marks, by_cp);
    return 0;
}

int rules_mark_in_list(const whosaid_rules *r, int32_t cp) {
    if (cp < 0) return 0;
    size_t lo = 0, hi = r->nmarks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->marks[mid].cp < cp) lo = mid + 1;
        else if (r->marks[mid].cp > cp) hi = mid;
        else return r->marks[mid].flags;
    }
    return 0;
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

/* WORD GENDER pairs, one or more a line. */
static int add_gendered(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    if (n % 2) return fail(c, "expected WORD GENDER pairs (gender: male, female, neuter, first or -)");
    for (size_t i = 0; i < n; i += 2) {
        whosaid_slice g = f[i + 1];
        int v;
        if (g.len == 4 && !memcmp(g.ptr, "male", 4)) v = GENDER_MALE;
        else if (g.len == 6 && !memcmp(g.ptr, "female", 6)) v = GENDER_FEMALE;
        else if (g.len == 1 && g.ptr[0] == '-') v = GENDER_UNKNOWN;
        else if (g.len == 6 && !memcmp(g.ptr, "neuter", 6)) v = GENDER_NEUTER;
        else if (g.len == 5 && !memcmp(g.ptr, "first", 5)) v = GENDER_FIRST;
        else return fail(c, "gender must be male, female, neuter, first or -");
        if (wordset_put(dest, f[i].ptr, f[i].len, v) != 0) return fail(c, "out of memory");
    }
    return 0;
}

/* WORD KIND pairs: definite or indefinite articles. */
static int add_articles(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    if (n % 2) return fail(c, "expected WORD KIND pairs (kind: definite or indefinite)");
    for (size_t i = 0; i < n; i += 2) {
        int v;
        if (f[i + 1].len == 8 && !memcmp(f[i + 1].ptr, "definite", 8)) v = ARTICLE_DEFINITE;
        else if (f[i + 1].len == 10 && !memcmp(f[i + 1].ptr, "indefinite", 10)) v = ARTICLE_INDEFINITE;
        else return fail(c, "kind must be definite or indefinite");
        if (wordset_put(dest, f[i].ptr, f[i].len, v) != 0) return fail(c, "out of memory");
    }
    return 0;
}

/* Endings: "s" plural, "-ss" singular. */
static int add_endings(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    for (size_t i = 0; i < n; i++) {
        int plural = f[i].ptr[0] != '-';
        size_t skip = !plural;
        if (f[i].len <= skip) return fail(c, "an empty ending");
        if (wordset_put(dest, f[i].ptr + skip, f[i].len - skip, plural) != 0) return fail(c, "out of memory");
    }
    return 0;
}

int rules_plural(const whosaid_rules *r, const char *s, size_t n) {
    int plural = 0;
    /* the longest ending decides: "-ss" over "s" */
    for (size_t k = 1; k <= r->plural_endings.max_len && k < n; k++) {
        int v = wordset_get(&r->plural_endings, s + n - k, k);
        if (v >= 0) plural = v;
    }
    return plural;
}

int rules_adverb_ending(const whosaid_rules *r, const char *s, size_t n) {
    for (size_t k = 1; k <= r->adverb_endings.max_len && k + 1 < n; k++)
        if (wordset_get(&r->adverb_endings, s + n - k, k) >= 0) return 1;
    return 0;
}

int rules_not_name_ending(const whosaid_rules *r, const char *s, size_t n) {
    for (size_t k = 1; k <= r->not_name_endings.max_len && k < n; k++)
        if (wordset_get(&r->not_name_endings, s + n - k, k) >= 0) return 1;
    return 0;
}

/* ABBREVIATION FULL pairs. */
static int add_title_abbreviations(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    whosaid_rules *r = dest;
    if (n % 2) return fail(c, "expected ABBREVIATION FULL pairs");
    for (size_t i = 0; i < n; i += 2) {
        if (r->ntitle_abbr >= INT8_MAX) return fail(c, "more than %d title abbreviations", INT8_MAX);
        char **a = realloc(r->title_abbr, (r->ntitle_abbr + 1) * sizeof *a);
        if (!a) return fail(c, "out of memory");
        r->title_abbr = a;
        if (!(a[r->ntitle_abbr] = strndup(f[i].ptr, f[i].len))) return fail(c, "out of memory");
        if (wordset_put(&r->title_full, f[i + 1].ptr, f[i + 1].len, (int)r->ntitle_abbr++) != 0)
            return fail(c, "out of memory");
    }
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
    return 0;
}

/* Phrases first, then longer words before shorter ones, then by bytes: the pattern's order of
 * alternatives, which decides between entries that could both match, must not depend on
 * where the hash function put them in the table. */
static int verb_order(const void *a, const void *b) {
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    int px = strchr(x, '_') != NULL, py = strchr(y, '_') != NULL;
    if (px != py) return py - px;
    size_t nx = strlen(x), ny = strlen(y);
    if (nx != ny) return nx > ny ? -1 : 1;
    return strcmp(x, y);
}

/* The verb pattern: every entry as a whole word, phrases first so "according to" wins.
 * Anchored: it is tried at the start of each word (JIT needs the anchor at compile time). */
static int compile_verbs(whosaid_rules *r, parse_ctx *c) {
    buf pat = {0};
    static const char head[] = "(?<![\\p{L}\\p{N}_])(?:", tail[] = ")(?![\\p{L}\\p{N}_])";
    const char **words = malloc((r->verbs.len + 1) * sizeof *words);
    size_t nwords = 0;
    for (size_t i = 0; words && i < r->verbs.cap; i++)
        if (r->verbs.words[i]) words[nwords++] = r->verbs.words[i];
    if (words) qsort(words, nwords, sizeof *words, verb_order);
    int rc = words ? buf_append(&pat, head, sizeof head - 1) : -1;
    int first = 1;
    r->verbs_plain = 1;
    for (size_t i = 0; i < nwords; i++) {
        const char *w = words[i];
        if (w[strspn(w, "abcdefghijklmnopqrstuvwxyz_")]) r->verbs_plain = 0;
        if (strchr(w, '_') && wordset_put(&r->verb_heads, w, strcspn(w, "_"), 0) != 0) rc = -1;
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
    free(words);
    rc |= buf_append(&pat, tail, sizeof tail - 1);
    if (rc != 0 || first) {
        buf_free(&pat);
        c->line = 0;
        return fail(c, rc != 0 ? "out of memory" : "no reporting verbs");
    }
    int errcode;
    PCRE2_SIZE erroff;
    r->verb_re = pcre2_compile((PCRE2_SPTR)pat.data, pat.len,
                               PCRE2_ANCHORED | PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF,
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
    {"first-names.txt", add_gendered, offsetof(whosaid_rules, first_names)},
    {"first-names-usual.txt", add_gendered, offsetof(whosaid_rules, first_names)},
    {"pronoun-genders.txt", add_gendered, offsetof(whosaid_rules, pronoun_genders)},
    {"title-modifiers.txt", add_words, offsetof(whosaid_rules, title_modifiers)},
    {"work-nouns.txt", add_words, offsetof(whosaid_rules, work_nouns)},
    {"determiners.txt", add_words, offsetof(whosaid_rules, determiners)},
    {"name-particles.txt", add_words, offsetof(whosaid_rules, name_particles)},
    {"organisation-nouns.txt", add_words, offsetof(whosaid_rules, org_nouns)},
    {"group-nouns.txt", add_words, offsetof(whosaid_rules, group_nouns)},
    {"gendered-nouns.txt", add_gendered, offsetof(whosaid_rules, gendered_nouns)},
    {"possessive-pronouns.txt", add_gendered, offsetof(whosaid_rules, possessives)},
    {"verbs-no-inversion.txt", add_words, offsetof(whosaid_rules, no_inversion)},
    {"articles.txt", add_articles, offsetof(whosaid_rules, articles)},
    {"prepositions.txt", add_words, offsetof(whosaid_rules, prepositions)},
    {"role-verbs.txt", add_words, offsetof(whosaid_rules, role_verbs)},
    {"copulas.txt", add_words, offsetof(whosaid_rules, copulas)},
    {"relatives.txt", add_words, offsetof(whosaid_rules, relatives)},
    {"roles-of-others.txt", add_words, offsetof(whosaid_rules, roles_of_others)},
    {"document-verbs.txt", add_words, offsetof(whosaid_rules, document_verbs)},
    {"auxiliaries.txt", add_words, offsetof(whosaid_rules, auxiliaries)},
    {"work-verbs.txt", add_words, offsetof(whosaid_rules, work_verbs)},
    {"conjunctions.txt", add_words, offsetof(whosaid_rules, conjunctions)},
    {"complementisers.txt", add_words, offsetof(whosaid_rules, complementisers)},
    {"verbs-with-object.txt", add_words, offsetof(whosaid_rules, object_verbs)},
    {"object-pronouns.txt", add_words, offsetof(whosaid_rules, object_pronouns)},
    {"clause-openers.txt", add_words, offsetof(whosaid_rules, clause_openers)},
    {"verbs-bare-clause.txt", add_words, offsetof(whosaid_rules, bare_clause_verbs)},
    {"verbs-reported.txt", add_words, offsetof(whosaid_rules, reported_verbs)},
    {"verb-blockers.txt", add_words, offsetof(whosaid_rules, verb_blockers)},
    {"verbs-naming.txt", add_words, offsetof(whosaid_rules, naming_verbs)},
    {"fragment-prepositions.txt", add_words, offsetof(whosaid_rules, fragment_prepositions)},
    {"adverbs.txt", add_words, offsetof(whosaid_rules, adverbs)},
    {"subordinators.txt", add_words, offsetof(whosaid_rules, subordinators)},
    {"adverb-endings.txt", add_words, offsetof(whosaid_rules, adverb_endings)},
    {"plural-endings.txt", add_endings, offsetof(whosaid_rules, plural_endings)},
    {"not-name-endings.txt", add_words, offsetof(whosaid_rules, not_name_endings)},
    {"title-abbreviations.txt", add_title_abbreviations, (size_t)-1},
    {"boilerplate.txt", add_words, offsetof(whosaid_rules, boilerplate)},
    {"byline-words.txt", add_words, offsetof(whosaid_rules, byline_words)},
};

/* Every word set of the rules; a set's place in this list is its column in the lexicon. */
static const size_t word_sets[] = {
    offsetof(whosaid_rules, verbs), offsetof(whosaid_rules, titles), offsetof(whosaid_rules, honorifics),
    offsetof(whosaid_rules, organisations), offsetof(whosaid_rules, abbreviations),
    offsetof(whosaid_rules, pronouns), offsetof(whosaid_rules, document_nouns),
    offsetof(whosaid_rules, not_names), offsetof(whosaid_rules, connectors),
    offsetof(whosaid_rules, first_names), offsetof(whosaid_rules, pronoun_genders),
    offsetof(whosaid_rules, title_modifiers), offsetof(whosaid_rules, work_nouns),
    offsetof(whosaid_rules, determiners), offsetof(whosaid_rules, name_particles),
    offsetof(whosaid_rules, verb_heads), offsetof(whosaid_rules, org_nouns),
    offsetof(whosaid_rules, group_nouns), offsetof(whosaid_rules, gendered_nouns),
    offsetof(whosaid_rules, possessives), offsetof(whosaid_rules, no_inversion),
    offsetof(whosaid_rules, articles), offsetof(whosaid_rules, prepositions),
    offsetof(whosaid_rules, role_verbs), offsetof(whosaid_rules, copulas),
    offsetof(whosaid_rules, relatives), offsetof(whosaid_rules, roles_of_others),
    offsetof(whosaid_rules, document_verbs), offsetof(whosaid_rules, auxiliaries),
    offsetof(whosaid_rules, work_verbs), offsetof(whosaid_rules, conjunctions),
    offsetof(whosaid_rules, complementisers), offsetof(whosaid_rules, object_verbs),
    offsetof(whosaid_rules, object_pronouns), offsetof(whosaid_rules, clause_openers),
    offsetof(whosaid_rules, bare_clause_verbs), offsetof(whosaid_rules, reported_verbs),
    offsetof(whosaid_rules, verb_blockers), offsetof(whosaid_rules, adverbs),
    offsetof(whosaid_rules, subordinators), offsetof(whosaid_rules, naming_verbs),
    offsetof(whosaid_rules, fragment_prepositions),
};
#define NWORD_SETS (sizeof word_sets / sizeof *word_sets)
_Static_assert(NWORD_SETS <= LEX_MAX_SETS, "the lexicon has a column for each word set");

static wordset *word_set(whosaid_rules *r, size_t k) { return (wordset *)((char *)r + word_sets[k]); }

/* Called once every set is read: puts each set's words into the lexicon and tells the set
 * its column. */
static int build_lexicon(whosaid_rules *r) {
    for (size_t k = 0; k < NWORD_SETS; k++) {
        wordset *set = word_set(r, k);
        for (size_t i = 0; i < set->cap; i++)
            if (set->words[i] &&
                lexicon_add(&r->lexicon, set->words[i], strlen(set->words[i]), (unsigned)k, set->values[i]) != 0)
                return -1;
    }
    for (size_t k = 0; k < NWORD_SETS; k++) {
        word_set(r, k)->lexicon = &r->lexicon;
        word_set(r, k)->column = (unsigned)k;
    }
    return 0;
}

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
    if (index_marks(r) != 0 || build_lexicon(r) != 0) {
        snprintf(err, errlen, "out of memory");
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
    free(r->marks);
    for (size_t k = 0; k < NWORD_SETS; k++) wordset_free(word_set(r, k));
    wordset_free(&r->boilerplate);
    wordset_free(&r->byline_words);
    wordset_free(&r->plural_endings);
    wordset_free(&r->not_name_endings);
    wordset_free(&r->adverb_endings);
    wordset_free(&r->title_full);
    for (size_t i = 0; i < r->ntitle_abbr; i++) free(r->title_abbr[i]);
    free(r->title_abbr);
    lexicon_free(&r->lexicon);
    pcre2_code_free(r->verb_re);
    free(r);
}
