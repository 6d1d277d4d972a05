/* rules.c: reads rule files (built in or from a directory) into word sets, quote-mark pairs
 * and one JIT-compiled reporting-verb pattern. */
#include "rules.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "utf8.h"

static unsigned char lower_ascii(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Are bytes 8 and on of stored word w (lower case) those of s[0, n)? */
static int same_tail(const char *w, const char *s, size_t n) {
    for (size_t i = 8; i < n; i++)
        if ((unsigned char)w[i] != lower_ascii((unsigned char)s[i])) return 0;
    return 1;
}

/* The slot of s[0, n), or the empty slot where it would go. */
static inline size_t slot_of(const wordset *set, const char *s, size_t n, uint64_t hash, uint64_t head) {
    size_t i = hash & (set->cap - 1);
    for (;; i = (i + 1) & (set->cap - 1)) {
        const wordset_slot *sl = &set->slots[i];
        if (!sl->word || (sl->hash == hash && sl->len == n && sl->head == head && (n <= 8 || same_tail(sl->word, s, n))))
            return i;
    }
}

/* wordset_lookup of s[0, n) whose word_hash and word_head are hash and head. */
static inline int lookup_hashed(const wordset *set, const char *s, size_t n, uint64_t hash, uint64_t head) {
    if (!set->cap) return -1;
    const wordset_slot *sl = &set->slots[slot_of(set, s, n, hash, head)];
    return sl->word ? sl->value : -1;
}

/* The hash of every table of words, of s[0, n) whose word_head is head. */
static inline uint64_t hash_headed(const char *s, size_t n, uint64_t head) {
    return n <= 8 ? word_hash_short(head, n) : word_hash(s, n);
}

int wordset_lookup(const wordset *set, const char *s, size_t n) {
    uint64_t head = word_head(s, n);
    return lookup_hashed(set, s, n, hash_headed(s, n, head), head);
}

/* A look-up of a word by its text, in a set or in a language's first names. */
typedef int (*word_get)(const void *from, const char *s, size_t n);

/* get_folded's second step, where get of s[0, n) (n <= FOLDED_WORD_MAX) gave v, none: get of
 * the word in lower case where it holds capitals beyond ASCII ("Élisabeth", "ÖZDEMIR"), as
 * rules write it; else v. */
static inline int get_folded_missed(word_get get, const void *from, const char *s, size_t n, int v) {
    int upper = 0;
    const unsigned char *u = (const unsigned char *)s;
    /* (ASCII, most of most words, sixteen bytes a step: its capitals are no matter here) */
    for (size_t i = scan_ascii(u, 0, n); i < n && !upper; i = scan_ascii(u, i, n)) {
        int32_t cp;
        i += utf8_next(u, n, i, &cp);
        upper = cp >= 0 && uc_is_upper(cp);
    }
    if (!upper) return v;
    char folded[FOLDED_WORD_MAX];
    size_t fn = utf8_lower((const unsigned char *)s, n, folded, sizeof folded);
    return fn && (fn != n || memcmp(folded, s, n)) ? get(from, folded, fn) : v;
}

/* get, then, where the word holds capitals beyond ASCII, get of the word in lower case. */
static inline int get_folded(word_get get, const void *from, const char *s, size_t n) {
    int v = get(from, s, n);
    return v >= 0 || n > FOLDED_WORD_MAX ? v : get_folded_missed(get, from, s, n, v);
}

static int set_get(const void *set, const char *s, size_t n) { return wordset_get(set, s, n); }

int wordset_get_folded_beyond_ascii(const wordset *set, const char *s, size_t n) {
    return set->cap ? get_folded(set_get, set, s, n) : -1;
}

/* The value of a first name of the shared base that first-names-more.txt names (beside its
 * gender): a language's usual names that it names again take its value, and none needs reading
 * that file again (rules_first_name_value leaves the bit out). */
enum { FIRST_NAME_NAMED_AGAIN = 0x100 };

int rules_first_name_value(const whosaid_rules *r, const char *s, size_t n) {
    const wordset *base = r->first_names_base;
    int own = wordset_may_hold(&r->first_names, s, n), in_base = base && wordset_may_hold(base, s, n);
    if (!own && !in_base) return -1;
    /* (the word hashed once for both sets: most words the grammar asks are in neither, and
     * the shared base's thousands of names leave few a quick "no") */
    uint64_t head = word_head(s, n), hash = hash_headed(s, n, head);
    int v = own ? lookup_hashed(&r->first_names, s, n, hash, head) : -1;
    if (v >= 0 || !in_base) return v;
    v = lookup_hashed(base, s, n, hash, head);
    return v >= 0 ? v & ~FIRST_NAME_NAMED_AGAIN : v;
}

static int first_name_get(const void *r, const char *s, size_t n) { return rules_first_name_value(r, s, n); }

/* The ASCII letter a lower-case Latin-1 letter with a diacritic (UTF-8 C3 xx) stands on, or 0. */
static char unaccented(unsigned char x) {
    if (x >= 0xA0 && x <= 0xA5) return 'a';
    if (x == 0xA7) return 'c';
    if (x >= 0xA8 && x <= 0xAB) return 'e';
    if (x >= 0xAC && x <= 0xAF) return 'i';
    if (x == 0xB1) return 'n';
    if (x >= 0xB2 && x <= 0xB6) return 'o';
    if (x >= 0xB9 && x <= 0xBC) return 'u';
    if (x == 0xBD || x == 0xBF) return 'y';
    return 0;
}

static int first_name_one(const whosaid_rules *r, const char *s, size_t n);

/* A first name of two joined by a hyphen that the lists do not hold ("Anne-Claire",
 * "Pierre-Alain", "Hans-Peter") is one where both parts are, with the gender of the first. */
int rules_first_name(const whosaid_rules *r, const char *s, size_t n) {
    int v = first_name_one(r, s, n);
    const char *h = v < 0 ? memchr(s, '-', n) : NULL;
    if (!h || h == s || h + 1 == s + n || memchr(h + 1, '-', (size_t)(s + n - h - 1))) return v;
    int first = first_name_one(r, s, (size_t)(h - s));
    return first >= 0 && first_name_one(r, h + 1, (size_t)(s + n - h - 1)) >= 0 ? first : v;
}

size_t rules_clitic_split(const whosaid_rules *r, const char *s, size_t n, size_t *pronoun) {
    size_t h = n;
    while (h > 0 && s[h - 1] != '-') h--;
    if (h < 2 || wordset_get(&r->clitics, s + h, n - h) < 0) return 0;
    size_t verb_end = h - 1, link = verb_end;
    while (link > 0 && s[link - 1] != '-') link--;
    if (link > 1 && wordset_get(&r->clitic_links, s + link, verb_end - link) >= 0) verb_end = link - 1;
    *pronoun = h;
    return verb_end;
}

static int first_name_one(const whosaid_rules *r, const char *s, size_t n) {
    int v = rules_first_name_value(r, s, n);
    /* (a word of ASCII alone, most, has no capital to fold nor accent to leave out: one scan
     * tells both) */
    if (v >= 0 || n > FOLDED_WORD_MAX || scan_ascii((const unsigned char *)s, 0, n) == n) return v;
    v = get_folded_missed(first_name_get, r, s, n, v);
    if (v >= 0 || !rules_feature(r, FEATURE_UNACCENTED_FIRST_NAMES)) return v;
    char low[FOLDED_WORD_MAX], out[FOLDED_WORD_MAX];
    size_t ln = utf8_lower((const unsigned char *)s, n, low, sizeof low), o = 0;
    int changed = 0;
    for (size_t i = 0; i < ln; i++) {
        char a = (unsigned char)low[i] == 0xC3 && i + 1 < ln ? unaccented((unsigned char)low[i + 1]) : 0;
        if (a) {
            out[o++] = a;
            i++;
            changed = 1;
        } else {
            out[o++] = low[i];
        }
    }
    return changed ? rules_first_name_value(r, out, o) : v;
}

/* A block of a word set's text. */
struct wordset_block {
    struct wordset_block *next;
    size_t used, cap;
    char bytes[];
};
/* A set's first block holds WORDSET_FIRST_BLOCK bytes, each next one twice the last, up to
 * WORDSET_BLOCK_BYTES: most sets hold a few dozen words, and the rules of every language hold
 * some five hundred sets, so a first block of the largest size would give each set a page of
 * its own to fault in at start-up (a page fault costs some 13 us on the development machine). */
enum { WORDSET_FIRST_BLOCK = 256, WORDSET_BLOCK_BYTES = 16384 };

/* Room for n bytes of a word set's text that will not move, or NULL without memory. */
static char *wordset_text(wordset *set, size_t n) {
    struct wordset_block *b = set->blocks;
    if (!b || b->cap - b->used < n) {
        size_t cap = !b ? WORDSET_FIRST_BLOCK : b->cap < WORDSET_BLOCK_BYTES ? 2 * b->cap : WORDSET_BLOCK_BYTES;
        if (cap < n) cap = n;
        if (!(b = malloc(sizeof *b + cap))) return NULL;
        *b = (struct wordset_block){set->blocks, 0, cap};
        set->blocks = b;
    }
    b->used += n;
    return b->bytes + b->used - n;
}

/* Slots of a set's first table: most sets hold a few words (a language has some sixty in its
 * lexicon, read from files of a dozen lines), and a table's slots are written, so faulted in,
 * when it is made. */
enum { WORDSET_FIRST_SLOTS = 16 };

/* Makes the set's table room for `words` words in all (at most half full), in one step. -1
 * without memory. */
static int wordset_reserve(wordset *set, size_t words) {
    if (words * 2 <= set->cap) return 0;
    size_t cap = set->cap ? set->cap * 2 : WORDSET_FIRST_SLOTS;
    while (words * 2 > cap) cap *= 2;
    wordset_slot *slots = calloc(cap, sizeof *slots);
    if (!slots) return -1;
    for (size_t i = 0; i < set->cap; i++) {
        if (!set->slots[i].word) continue;
        size_t j = set->slots[i].hash & (cap - 1);
        while (slots[j].word) j = (j + 1) & (cap - 1);
        slots[j] = set->slots[i];
    }
    free(set->slots);
    set->slots = slots;
    set->cap = cap;
    return 0;
}

static int wordset_put(wordset *set, const char *s, size_t n, int value) {
    if (n > UINT32_MAX) return -1;
    if ((set->len + 1) * 2 > set->cap && wordset_reserve(set, set->len + 1) != 0) return -1;
    uint64_t head = word_head(s, n), hash = word_hash(s, n);
    wordset_slot *sl = &set->slots[slot_of(set, s, n, hash, head)];
    if (sl->word) {
        sl->value = value;
        return 0;
    }
    char *w = wordset_text(set, n + 1);
    if (!w) return -1;
    if (n) {
        unsigned char last = lower_ascii((unsigned char)s[n - 1]), up = last >= 'a' && last <= 'z' ? last - 32 : last;
        set->last_bytes[last / 64] |= (uint64_t)1 << (last % 64);
        set->last_bytes[up / 64] |= (uint64_t)1 << (up % 64);
    }
    if (n >= 2) {
        unsigned bit = wordset_pair_bit((unsigned char)s[n - 2], (unsigned char)s[n - 1]);
        set->last_pairs[bit / 64] |= (uint64_t)1 << (bit % 64);
    }
    if (n) {
        unsigned bit = wordset_ends_bit(s, n);
        set->ends[bit / 64] |= (uint64_t)1 << (bit % 64);
    }
    for (size_t k = 0; k < n; k++) w[k] = (char)lower_ascii((unsigned char)s[k]);
    w[n] = '\0';
    *sl = (wordset_slot){hash, head, w, (uint32_t)n, value};
    set->len++;
    if (n > set->max_len) set->max_len = n;
    if (n < 64) set->lengths |= (uint64_t)1 << n;
    return 0;
}

static void wordset_free(wordset *set) {
    for (struct wordset_block *b = set->blocks, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(set->slots);
    memset(set, 0, sizeof *set);
}

/* Makes dest (empty) a copy of src as the files read gave it: the same table, slot for slot, its
 * words' bytes in blocks of its own; in no lexicon yet. -1 without memory (dest is then freed). */
static int wordset_copy(wordset *dest, const wordset *src) {
    *dest = *src;
    dest->slots = NULL;
    dest->blocks = NULL;
    dest->lexicon = NULL;
    dest->column = 0;
    dest->column_bit = 0;
    dest->valued = 0;
    if (src->cap && !(dest->slots = malloc(src->cap * sizeof *dest->slots))) goto fail;
    if (src->cap) memcpy(dest->slots, src->slots, src->cap * sizeof *dest->slots);
    struct wordset_block **tail = &dest->blocks;
    for (const struct wordset_block *b = src->blocks; b; b = b->next) {
        struct wordset_block *nb = malloc(sizeof *nb + b->cap);
        if (!nb) goto fail;
        *nb = (struct wordset_block){NULL, b->used, b->cap};
        memcpy(nb->bytes, b->bytes, b->used);
        *tail = nb;
        tail = &nb->next;
        /* the words in this block: their slots point into the copy (compared as addresses) */
        uintptr_t from = (uintptr_t)b->bytes, to = from + b->used;
        for (size_t i = 0; i < src->cap; i++) {
            uintptr_t w = (uintptr_t)src->slots[i].word;
            if (w >= from && w < to) dest->slots[i].word = nb->bytes + (w - from);
        }
    }
    return 0;
fail:
    wordset_free(dest);
    return -1;
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
    for (int32_t c = 0x80; c < 0x100; c++) r->latin1_marks[c - 0x80] = (unsigned char)mark_of(r, c);
    for (int b = 0; b < 256; b++) {
        r->mark_stops.stop[b] = b >= 0x80 || r->ascii_marks[b] || (b < 0x80 && r->doubled_marks[b]);
        r->sentence_stops.stop[b] = r->mark_stops.stop[b] || b == '.' || b == '!' || b == '?';
    }
    byte_stops_index(&r->mark_stops);
    byte_stops_index(&r->sentence_stops);
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
    int maybe_prose; /* a byte of the line's fields may be prose's punctuation: not_a_word reads them */
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

/* The bytes of a rule file by what they are to parse_lines and not_a_word: a byte that ends a
 * field (a table: every word of every language's lists is read through here, and six tests a
 * byte were most of the reading), and a byte of the punctuation only prose has, or the lead
 * byte of such a character (« », “ ”). */
enum { RULE_FIELD_END = 1, RULE_MAYBE_PROSE = 2 };
static const unsigned char rule_byte[256] = {
    ['\0'] = RULE_FIELD_END, ['\n'] = RULE_FIELD_END, ['#'] = RULE_FIELD_END, [' '] = RULE_FIELD_END,
    ['\t'] = RULE_FIELD_END, ['\r'] = RULE_FIELD_END, ['"'] = RULE_MAYBE_PROSE, ['('] = RULE_MAYBE_PROSE,
    [')'] = RULE_MAYBE_PROSE, [','] = RULE_MAYBE_PROSE, [';'] = RULE_MAYBE_PROSE, ['?'] = RULE_MAYBE_PROSE,
    ['!'] = RULE_MAYBE_PROSE, [0xC2] = RULE_MAYBE_PROSE, [0xE2] = RULE_MAYBE_PROSE,
};

static int parse_lines(parse_ctx *c, const char *text, line_fn fn, void *dest) {
    whosaid_slice fields[64];
    c->line = 0;
    for (const char *p = text; *p;) {
        c->line++;
        size_t n = 0;
        unsigned seen = 0; /* what rule_byte says of the fields' bytes */
        /* one pass over the line: its fields up to a # or its end, then past a comment */
        const char *q = p;
        for (;;) {
            while (*q == ' ' || *q == '\t' || *q == '\r') q++;
            if (!*q || *q == '\n' || *q == '#') break;
            const char *w = q;
            for (unsigned k; !((k = rule_byte[(unsigned char)*q]) & RULE_FIELD_END); q++) seen |= k;
            if (n == 64) return fail(c, "more than 64 entries on one line");
            fields[n++] = slice_of(w, (size_t)(q - w));
        }
        if (*q == '#') {
            const char *eol = strchr(q, '\n');
            q = eol ? eol : q + strlen(q);
        }
        c->maybe_prose = (seen & RULE_MAYBE_PROSE) != 0;
        if (n && fn(c, fields, n, dest) != 0) return -1;
        p = *q ? q + 1 : q;
    }
    return 0;
}

/* Is f no word a rule file may hold: one with quotation marks, brackets or a sentence's
 * punctuation, which only prose has (a comment whose line lost its #)? Then fails, naming it.
 * (Read only where parse_lines met a byte that may be such, on f's line: every word of every
 * language's lists is read through here, and a second pass over its bytes was a third of it.) */
static int not_a_word(parse_ctx *c, whosaid_slice f) {
    if (!c->maybe_prose) return 0;
    const unsigned char *x = (const unsigned char *)f.ptr;
    for (size_t i = 0; i < f.len; i++) {
        unsigned char b = x[i];
        if (!(rule_byte[b] & RULE_MAYBE_PROSE)) continue;
        int prose = b < 0x80 ? (b == '"' || b == '(' || b == ')' || b == ',' || b == ';' || b == '?' || b == '!')
                    /* « » (C2 AB, C2 BB) and “ ” (E2 80 9C, E2 80 9D) */
                    : b == 0xC2 ? i + 1 < f.len && (x[i + 1] == 0xAB || x[i + 1] == 0xBB)
                    : b == 0xE2 && i + 2 < f.len && x[i + 1] == 0x80 && (x[i + 2] == 0x9C || x[i + 2] == 0x9D);
        if (prose) return fail(c, "'%.*s' is no word of a rule (a comment's line starts with #)", (int)f.len, f.ptr);
    }
    return 0;
}

static int add_words(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    for (size_t i = 0; i < n; i++) {
        if (not_a_word(c, f[i]) != 0) return -1;
        if (wordset_put(dest, f[i].ptr, f[i].len, 0) != 0) return fail(c, "out of memory");
    }
    return 0;
}

/* Words of a line that name one thing, each with the line's number: "chef_du_gouvernement
 * premier_ministre". */
static int add_groups(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    for (size_t i = 0; i < n; i++) {
        if (not_a_word(c, f[i]) != 0) return -1;
        if (wordset_put(dest, f[i].ptr, f[i].len, (int)c->line) != 0) return fail(c, "out of memory");
    }
    return 0;
}

/* WORD DECADE pairs, one or more a line: a noun for someone of an age ("quadragénaire 4"), the
 * decade a digit from 1 to 9. */
static int add_decades(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    if (n % 2) return fail(c, "expected WORD DECADE pairs (decade: a digit from 1 to 9)");
    for (size_t i = 0; i < n; i += 2) {
        whosaid_slice g = f[i + 1];
        if (g.len != 1 || g.ptr[0] < '1' || g.ptr[0] > '9') return fail(c, "a decade is one digit from 1 to 9");
        if (not_a_word(c, f[i]) != 0) return -1;
        if (wordset_put(dest, f[i].ptr, f[i].len, g.ptr[0] - '0') != 0) return fail(c, "out of memory");
    }
    return 0;
}

/* WORD GENDER pairs, one or more a line, each valued by its gender | flag. */
static int add_gendered_as(parse_ctx *c, whosaid_slice *f, size_t n, void *dest, int flag) {
    if (n % 2) return fail(c, "expected WORD GENDER pairs (gender: male, female, neuter, first, plural or -)");
    for (size_t i = 0; i < n; i += 2) {
        whosaid_slice g = f[i + 1];
        int v;
        if (g.len == 4 && !memcmp(g.ptr, "male", 4)) v = GENDER_MALE;
        else if (g.len == 6 && !memcmp(g.ptr, "female", 6)) v = GENDER_FEMALE;
        else if (g.len == 1 && g.ptr[0] == '-') v = GENDER_UNKNOWN;
        else if (g.len == 6 && !memcmp(g.ptr, "neuter", 6)) v = GENDER_NEUTER;
        else if (g.len == 5 && !memcmp(g.ptr, "first", 5)) v = GENDER_FIRST;
        else if (g.len == 6 && !memcmp(g.ptr, "plural", 6)) v = GENDER_PLURAL;
        else return fail(c, "gender must be male, female, neuter, first, plural or -");
        if (not_a_word(c, f[i]) != 0) return -1;
        if (wordset_put(dest, f[i].ptr, f[i].len, v | flag) != 0) return fail(c, "out of memory");
    }
    return 0;
}

static int add_gendered(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) { return add_gendered_as(c, f, n, dest, 0); }

/* first-names-more.txt into the shared base. */
static int add_first_names_more(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    return add_gendered_as(c, f, n, dest, FIRST_NAME_NAMED_AGAIN);
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

/* Abbreviations as the text writes them: one written with a capital ("Man.", "Gen.", "No.")
 * is one only with a capital, since the word in lower case ends many sentences ("the man.",
 * "fell ill.", "said no."); one in lower case ("etc.", "e.g.") is one in any case. */
static int add_abbreviations(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    for (size_t i = 0; i < n; i++) {
        int32_t cp;
        int capital = f[i].len && utf8_next((const unsigned char *)f[i].ptr, f[i].len, 0, &cp) && cp >= 0 && uc_is_upper(cp);
        if (wordset_put(dest, f[i].ptr, f[i].len, capital ? ABBREVIATION_CAPITAL : ABBREVIATION_ANY_CASE) != 0)
            return fail(c, "out of memory");
    }
    return 0;
}

static const char *const feature_names[] = {
#define FEATURE_NAME(e, name) name,
    RULE_FEATURES(FEATURE_NAME)
#undef FEATURE_NAME
};

/* Mechanisms of the grammar (rules.h RULE_FEATURES): a name that is none would be switched on in
 * vain, and its mechanism left off in silence. */
static int add_features(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    for (size_t i = 0; i < n; i++) {
        int known = 0;
        for (int k = 0; k < FEATURE_COUNT && !known; k++)
            known = strlen(feature_names[k]) == f[i].len && !memcmp(feature_names[k], f[i].ptr, f[i].len);
        if (!known)
#define FEATURE_LIST(e, name) " " name
            return fail(c, "no mechanism is called '%.*s'; the mechanisms are:" RULE_FEATURES(FEATURE_LIST),
                        (int)(f[i].len > 64 ? 64 : f[i].len), f[i].ptr);
#undef FEATURE_LIST
        if (wordset_put(dest, f[i].ptr, f[i].len, 0) != 0) return fail(c, "out of memory");
    }
    return 0;
}

/* Endings: "s" plural, "-ss" singular. */
static int add_endings(parse_ctx *c, whosaid_slice *f, size_t n, void *dest) {
    for (size_t i = 0; i < n; i++) {
        int plural = f[i].ptr[0] != '-';
        size_t skip = !plural;
        if (f[i].len <= skip) return fail(c, "an empty ending");
        if (not_a_word(c, f[i]) != 0) return -1;
        if (wordset_put(dest, f[i].ptr + skip, f[i].len - skip, plural) != 0) return fail(c, "out of memory");
    }
    return 0;
}

/* Might s[0, n) end in a word of the set? Its last byte tells most words no. */

/* The longest ending of the set s[0, n) may end in, of the k_max bytes at most: 1 where its
 * last two bytes end no entry of two bytes or more. */
static size_t longest_possible_ending(const wordset *set, const char *s, size_t n, size_t k_max) {
    if (k_max < 2 || n < 2) return k_max;
    unsigned bit = wordset_pair_bit((unsigned char)s[n - 2], (unsigned char)s[n - 1]);
    return set->last_pairs[bit / 64] >> (bit % 64) & 1 ? k_max : 1;
}

int rules_longest_ending_lookup(const wordset *endings, const char *s, size_t n) {
    /* the longest ending decides: "-ss" over "s"; so the first found from the longest */
    for (size_t k = longest_possible_ending(endings, s, n, endings->max_len < n ? endings->max_len : n - 1); k >= 1; k--) {
        int v = (k >= 64 || (endings->lengths >> k & 1)) ? wordset_get(endings, s + n - k, k) : -1;
        if (v >= 0) return v;
    }
    return 0;
}

size_t rules_stem_in(const whosaid_rules *r, const wordset *endings, const wordset *set, const char *s, size_t n) {
    if (n < 2 || !rules_may_end_in(endings, s, n)) return n;
    /* (from the longest, as rules_longest_ending_lookup reads them) */
    for (size_t k = longest_possible_ending(endings, s, n, endings->max_len < n ? endings->max_len : n - 1); k >= 1; k--)
        if ((k >= 64 || (endings->lengths >> k & 1)) && wordset_get(endings, s + n - k, k) >= 0 &&
            rules_compound_in(r, set, s, n - k) >= 0)
            return n - k;
    return n;
}

/* Bytes the last part of a compound has at least ("Sprecher" in "THW-Sprecher", not "in"). */
enum { COMPOUND_PART_MIN_BYTES = 5 };

int rules_compound_in(const whosaid_rules *r, const wordset *set, const char *s, size_t n) {
    int v = wordset_get_folded(set, s, n);
    if (v >= 0 || !rules_feature(r, FEATURE_CAPITALISED_NOUNS)) return v;
    /* a compound by its last part: "Finanzminister", "THW-Sprecher", "Agrarministerin"; every
     * part ends where the word does, so its last byte (ASCII: either case) rules most words out */
    if (n && (unsigned char)s[n - 1] < 0x80 && !rules_may_end_in(set, s, n)) return -1;
    for (size_t k = 1; k + COMPOUND_PART_MIN_BYTES <= n; k++) {
        if (((unsigned char)s[k] & 0xC0) == 0x80) continue; /* inside a character */
        v = wordset_get_folded(set, s + k, n - k);
        if (v >= 0) return v;
    }
    return -1;
}

int rules_gendered(const whosaid_rules *r, const char *s, size_t n) {
    int g = rules_compound_in(r, &r->gendered_nouns, s, n);
    return g > 0 ? g : 0;
}

int rules_plural(const whosaid_rules *r, const char *s, size_t n) { return rules_longest_ending(&r->plural_endings, s, n); }

int rules_adverb_ending(const whosaid_rules *r, const char *s, size_t n) {
    const wordset *e = &r->adverb_endings;
    if (!rules_may_end_in(e, s, n)) return 0;
    /* the longest ending decides: "-family" (an exception, the whole word) over "ly"; an
     * adverb's ending leaves two letters before it ("fly" is none) */
    for (size_t k = longest_possible_ending(e, s, n, e->max_len < n ? e->max_len : n); k >= 1; k--) {
        int v = (k >= 64 || (e->lengths >> k & 1)) ? wordset_get(e, s + n - k, k) : -1;
        if (v == 0) return 0;
        if (v > 0 && k + 1 < n) return 1;
    }
    return 0;
}

int rules_ends_in_lookup(const wordset *endings, const char *s, size_t n) {
    for (size_t k = 1, k_max = longest_possible_ending(endings, s, n, endings->max_len); k <= k_max && k < n; k++)
        if ((k >= 64 || (endings->lengths >> k & 1)) && wordset_get(endings, s + n - k, k) >= 0) return 1;
    return 0;
}

int rules_not_name_ending(const whosaid_rules *r, const char *s, size_t n) {
    return rules_ends_in(&r->not_name_endings, s, n);
}

int rules_part_in(const wordset *set, const char *s, size_t n) {
    size_t a = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == '-') {
            int v;
            if (i > a && (v = wordset_get_folded(set, s + a, i - a)) >= 0) return v;
            a = i + 1;
        }
    }
    return -1;
}

/* Letters a word in lower case needs before a person noun's ending makes it a title: "librarian",
 * "dentist", not "list" or "wrist". */
enum { PERSON_NOUN_MIN_LETTERS = 6 };

int rules_person_noun_ending(const whosaid_rules *r, const char *s, size_t n) {
    return n >= PERSON_NOUN_MIN_LETTERS && rules_longest_ending(&r->person_endings, s, n) > 0;
}

/* Fills title_tail_bytes, title_tail_pairs and title_tail_triples from the endings' sets. */
static void index_title_tails(whosaid_rules *r) {
    const wordset *sets[] = {&r->title_endings, &r->person_endings, &r->modifier_endings};
    memset(r->title_tail_pairs, 0, sizeof r->title_tail_pairs);
    memset(r->title_tail_triples, 0, sizeof r->title_tail_triples);
    memset(r->title_tail_bytes, 0, sizeof r->title_tail_bytes);
    for (size_t k = 0; k < sizeof sets / sizeof *sets; k++) {
        for (size_t i = 0; i < sets[k]->cap; i++) {
            const wordset_slot *sl = &sets[k]->slots[i];
            if (!sl->word || !sl->len) continue;
            unsigned char last = (unsigned char)sl->word[sl->len - 1]; /* (in lower case) */
            if (sl->len == 1) { /* (either case) */
                unsigned char up = last >= 'a' && last <= 'z' ? last - 32 : last;
                r->title_tail_bytes[last / 64] |= (uint64_t)1 << (last % 64);
                r->title_tail_bytes[up / 64] |= (uint64_t)1 << (up % 64);
                continue;
            }
            if (sl->len == 2) {
                unsigned pair = rules_title_tail_pair((unsigned char)sl->word[0], last);
                r->title_tail_pairs[pair / 64] |= (uint64_t)1 << (pair % 64);
                continue;
            }
            unsigned triple = rules_title_tail_triple((unsigned char)sl->word[sl->len - 3],
                                                      (unsigned char)sl->word[sl->len - 2], last);
            r->title_tail_triples[triple / 64] |= (uint64_t)1 << (triple % 64);
        }
    }
}

unsigned rules_title_traits_read(const whosaid_rules *r, const char *s, size_t n, unsigned want) {
    unsigned traits = 0;
    if ((want & TITLE_BY_ENDING) && rules_ends_in(&r->title_endings, s, n)) traits |= TITLE_BY_ENDING;
    if ((want & TITLE_BY_PART) && (rules_part_in(&r->titles, s, n) >= 0 || rules_part_in(&r->title_modifiers, s, n) >= 0))
        traits |= TITLE_BY_PART;
    if ((want & TITLE_BY_ORDINAL) && r->office_ordinals.len && wordset_get_folded(&r->office_ordinals, s, n) >= 0)
        traits |= TITLE_BY_ORDINAL;
    if ((want & TITLE_IN_LOWER_CASE) && (rules_person_noun_ending(r, s, n) || rules_ends_in(&r->modifier_endings, s, n)))
        traits |= TITLE_IN_LOWER_CASE;
    return traits;
}

/* rules_title_traits of every word of the lexicon, by entry: its words are written in lower
 * case, and a token's word differs from its entry's only by the case of ASCII letters, which
 * no look-up of the traits tells apart. (TITLE_BY_PART only of a word with a hyphen, the only
 * one tok_title asks it of.) */
static int index_title_traits(whosaid_rules *r) {
    const lexicon *lx = &r->lexicon;
    index_title_tails(r);
    free(r->title_traits);
    if (!(r->title_traits = malloc(lx->len ? lx->len : 1))) return -1;
    for (size_t e = 0; e < lx->len; e++) {
        const char *w = lx->text + lx->keys[e].text;
        size_t n = lx->keys[e].len;
        unsigned want = TITLE_TRAITS_ALL & ~(memchr(w, '-', n) ? 0u : (unsigned)TITLE_BY_PART);
        r->title_traits[e] = (unsigned char)rules_title_traits(r, w, n, want);
    }
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
    /* '' '': an ASCII character written twice, a mark of its own (a letter or digit never is) */
    unsigned char twice = f[0].len == 2 ? (unsigned char)f[0].ptr[0] : 0;
    if (twice && twice < 0x80 && f[0].ptr[1] == (char)twice && f[1].len == 2 && !memcmp(f[0].ptr, f[1].ptr, 2) &&
        !((twice | 0x20) >= 'a' && (twice | 0x20) <= 'z') && !(twice >= '0' && twice <= '9') && twice > ' ') {
        r->doubled_marks[twice] = 1;
        open = close = DOUBLED_MARK(twice);
    }
    if (open < 0 || close < 0) return fail(c, "a mark must be one character, or an ASCII sign written twice ('')");
    /* (the quote matcher takes the marks that sentence splitting met, which reads no white
     * space between paragraphs) */
    if (uc_is_space(open) || uc_is_space(close)) return fail(c, "a mark cannot be white space");
    int single;
    if (f[2].len == 6 && !memcmp(f[2].ptr, "double", 6)) single = 0;
    else if (f[2].len == 6 && !memcmp(f[2].ptr, "single", 6)) single = 1;
    else if (f[2].len == 8 && !memcmp(f[2].ptr, "dialogue", 8)) {
        if (open != close) return fail(c, "a dialogue dash opens and closes with the same character");
        r->dialogue_dash = open;
        return 0;
    } else return fail(c, "kind must be double, single or dialogue");
    mark_pair *p = realloc(r->pairs, (r->npairs + 1) * sizeof *p);
    if (!p) return fail(c, "out of memory");
    r->pairs = p;
    p[r->npairs++] = (mark_pair){open, close, single};
    return 0;
}

/* Phrases first, then longer words before shorter ones, then by bytes: the pattern's order of
 * alternatives, which decides between entries that could both match, must not depend on
 * where the hash function put them in the table. A verb's place in it, with what decides it
 * found once per verb rather than at each comparison of the sort. */
typedef struct {
    const char *word;
    size_t len;
    int phrase; /* words joined by "_" */
} verb_key;

static int verb_order(const void *a, const void *b) {
    const verb_key *x = a, *y = b;
    if (x->phrase != y->phrase) return y->phrase - x->phrase;
    if (x->len != y->len) return x->len > y->len ? -1 : 1;
    return strcmp(x->word, y->word);
}

/* The verb pattern's alternatives as a tree of their shared beginnings ("sag(?:te(?:n|)|t)" for
 * "sagten sagte sagt"): PCRE2 compiles and JIT-compiles a pattern in time linear in its length,
 * and the flat list of two thousand verbs was half the start-up. Each alternative is a list of
 * elements, a code point or VERB_JOINT (the space or apostrophe between a phrase's words). The
 * tree matches what the flat list matches, at the same end, by construction: a node's branches
 * keep the order of their first entries in the flat list, and two branches that one character
 * could both start (a joint and an apostrophe, a word's end and a joint) only where every entry
 * of the first comes before every entry of the second; otherwise verb_tree gives up and the
 * flat list is compiled. The alphabet it knows is ASCII lower-case letters, ' - . and the
 * lower-case Latin-1 letters, where a character's caseless class holds no other of them. */
enum { VERB_JOINT = -1, VERB_END = -2 };

typedef struct {
    const int32_t *el; /* every entry's elements, one after the other */
    const size_t *from; /* entry k's elements: el[from[k], from[k + 1]) */
    buf *pat;
} verb_tree;

static int verb_char_known(int32_t c) {
    return (c >= 'a' && c <= 'z') || c == '\'' || c == '-' || c == '.' || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}
static int verb_word_char(int32_t c) { return c >= 0 && c != '\'' && c != '-' && c != '.'; }

/* Can no character start both a branch on key a and one on key b (a != b)? */
static int verb_keys_exclusive(int32_t a, int32_t b) {
    if (a < b) {
        int32_t t = a;
        a = b;
        b = t;
    }
    if (b == VERB_END) return a != VERB_JOINT && verb_word_char(a); /* the word's end: a non-word character next */
    if (b == VERB_JOINT) return a != '\''; /* a space, ' or ’ */
    return 1; /* two characters of the alphabet: caseless classes of their own */
}

static int32_t verb_key_at(const verb_tree *t, size_t k, size_t depth) {
    return t->from[k] + depth < t->from[k + 1] ? t->el[t->from[k] + depth] : VERB_END;
}

/* What joins the words of a verb's phrase in the pattern: space, ' or U+2019. */
static const char VERB_JOINT_PATTERN[] = "(?:\\s+|['\xE2\x80\x99])";

static int verb_put_char(buf *pat, int32_t c) {
    if (c == VERB_JOINT) return buf_append(pat, VERB_JOINT_PATTERN, sizeof VERB_JOINT_PATTERN - 1);
    char u[2];
    if (c >= 0x80) {
        u[0] = (char)(0xC0 | c >> 6);
        u[1] = (char)(0x80 | (c & 0x3F));
        return buf_append(pat, u, 2);
    }
    if (c >= 'a' && c <= 'z') return buf_putc(pat, (char)c);
    u[0] = '\\';
    u[1] = (char)c;
    return buf_append(pat, u, 2);
}

/* Writes the branches of entries alts[0, n) (in the flat list's order) past their first depth
 * elements, which they share. Returns 0, 1 where the tree cannot stand for the list, -1 when
 * out of memory. */
static int verb_branches(const verb_tree *t, const size_t *alts, size_t n, size_t depth) {
    if (n == 1) { /* the rest of one entry (most of the tree's nodes): no branch */
        int rc = 0;
        for (size_t i = t->from[alts[0]] + depth; rc == 0 && i < t->from[alts[0] + 1]; i++) rc = verb_put_char(t->pat, t->el[i]);
        return rc;
    }
    /* (the node's four arrays in one allocation: a verb list of a language has a few thousand
     * nodes, each once allocated and freed) */
    size_t *grouped = malloc((2 * n + 1) * sizeof *grouped + 2 * n * sizeof(int32_t));
    size_t *start = grouped ? grouped + n : NULL;
    int32_t *key = grouped ? (int32_t *)(void *)(start + n + 1) : NULL, *entry_key = key ? key + n : NULL;
    size_t ngroups = 0, placed = 0;
    int rc = grouped ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < n; i++) entry_key[i] = verb_key_at(t, alts[i], depth);
    /* the branches in the order of their first entries, each entry in its branch in order */
    for (size_t i = 0; rc == 0 && i < n; i++) {
        int32_t k = entry_key[i];
        size_t g = 0;
        while (g < ngroups && key[g] != k) g++;
        if (g < ngroups) continue; /* placed with its branch's first entry */
        key[ngroups] = k;
        start[ngroups++] = placed;
        for (size_t j = i; j < n; j++)
            if (entry_key[j] == k) grouped[placed++] = alts[j];
    }
    start[ngroups] = placed;
    /* two branches that may both match: the first's entries all before the second's */
    for (size_t a = 0; rc == 0 && a < ngroups; a++)
        for (size_t b = a + 1; rc == 0 && b < ngroups; b++)
            if (!verb_keys_exclusive(key[a], key[b])) {
                size_t last_a = 0, first_b = (size_t)-1;
                for (size_t i = start[a]; i < start[a + 1]; i++) last_a = grouped[i] > last_a ? grouped[i] : last_a;
                for (size_t i = start[b]; i < start[b + 1]; i++) first_b = grouped[i] < first_b ? grouped[i] : first_b;
                if (last_a > first_b) rc = 1;
            }
    int several = ngroups > 1;
    if (rc == 0 && several) rc = buf_append(t->pat, "(?:", 3);
    for (size_t g = 0; rc == 0 && g < ngroups; g++) {
        if (g > 0) rc = buf_putc(t->pat, '|');
        if (rc == 0 && key[g] != VERB_END) {
            rc = verb_put_char(t->pat, key[g]);
            if (rc == 0) rc = verb_branches(t, grouped + start[g], start[g + 1] - start[g], depth + 1);
        }
    }
    if (rc == 0 && several) rc = buf_putc(t->pat, ')');
    free(grouped);
    return rc;
}

/* The tree of the sorted verbs into pat (after its head): 0, 1 where a verb holds a character
 * outside the alphabet the tree knows or a joint not followed by a letter (pat is then as it
 * was), -1 when out of memory. */
static int verb_tree_pattern(buf *pat, const verb_key *words, size_t nwords) {
    size_t total = 0, len0 = pat->len;
    for (size_t i = 0; i < nwords; i++) total += words[i].len;
    int32_t *el = malloc((total + 1) * sizeof *el);
    size_t *from = malloc((nwords + 1) * sizeof *from), *alts = malloc((nwords + 1) * sizeof *alts);
    int rc = el && from && alts ? 0 : -1;
    size_t m = 0;
    for (size_t i = 0; rc == 0 && i < nwords; i++) {
        const unsigned char *w = (const unsigned char *)words[i].word;
        from[i] = m;
        alts[i] = i;
        for (size_t q = 0; rc == 0 && q < words[i].len;) {
            int32_t c;
            q += utf8_next(w, words[i].len, q, &c);
            if (c == '_') c = VERB_JOINT;
            else if (!verb_char_known(c)) rc = 1;
            if (m > from[i] && el[m - 1] == VERB_JOINT && !(c >= 0 && verb_word_char(c))) rc = 1;
            el[m++] = c;
        }
        if (rc == 0 && (m == from[i] || el[m - 1] == VERB_JOINT)) rc = 1; /* empty, or a joint last */
    }
    if (rc == 0) {
        from[nwords] = m;
        verb_tree t = {el, from, pat};
        rc = verb_branches(&t, alts, nwords, 0);
    }
    if (rc == 1) pat->len = len0;
    free(el);
    free(from);
    free(alts);
    return rc;
}

/* JIT-compiling the verb pattern costs some 1,500 instructions a byte of it, and a match
 * JIT-compiled some 3,000 fewer than one interpreted: the pattern is compiled once it has been
 * matched as often as compiling it costs, a match for every two bytes. (As renting before
 * buying: never more than twice the cost of the better choice known in hindsight.) */
enum { VERB_JIT_BYTES_PER_MATCH = 2 };

/* Is verb w of ASCII lower-case letters and "_" alone? (A loop: strspn of 27 bytes to accept
 * builds a table of them at each call, some 260 instructions a verb.) */
static int verb_plain(const char *w) {
    for (; *w; w++)
        if (!((*w >= 'a' && *w <= 'z') || *w == '_')) return 0;
    return 1;
}

/* The language's verb pattern of whosaid_builtin_verb_patterns into r: 0, or -1 where there is
 * none or PCRE2 refuses it (another version than the build's). */
static int decode_builtin_verbs(whosaid_rules *r) {
    for (const builtin_verb_pattern *b = whosaid_builtin_verb_patterns; b->lang; b++) {
        if (strcmp(b->lang, r->lang) != 0) continue;
        pcre2_code *code;
        if (pcre2_serialize_decode(&code, 1, b->bytes, NULL) != 1) return -1;
        r->verb_re = code;
        r->verb_jit_after = b->jit_after;
        return 0;
    }
    return -1;
}

/* The verb pattern: every entry as a whole word, phrases first so "according to" wins.
 * Anchored: it is tried at the start of each word (JIT needs the anchor at compile time).
 * builtin: the verbs are the built-in rules' alone, and the pattern compiled from them as
 * whosaid was built is decoded instead (where PCRE2 takes it). */
static int compile_verbs(whosaid_rules *r, parse_ctx *c, int builtin) {
    /* what the grammar asks of the verbs besides the pattern: the first words of phrases, and
     * whether every verb is ASCII letters */
    r->verbs_plain = 1;
    for (size_t i = 0; i < r->verbs.cap; i++) {
        const char *w = r->verbs.slots[i].word, *joint = w ? strchr(w, '_') : NULL;
        if (w && r->verbs_plain && !verb_plain(w)) r->verbs_plain = 0;
        if (joint && wordset_put(&r->verb_heads, w, (size_t)(joint - w), 0) != 0) {
            c->line = 0;
            return fail(c, "out of memory");
        }
    }
    if (builtin && decode_builtin_verbs(r) == 0) return 0;
    buf pat = {0};
    static const char head[] = "(?<![\\p{L}\\p{N}_])(?:", tail[] = ")(?![\\p{L}\\p{N}_])";
    verb_key *words = malloc((r->verbs.len + 1) * sizeof *words);
    size_t nwords = 0;
    for (size_t i = 0; words && i < r->verbs.cap; i++) {
        const char *w = r->verbs.slots[i].word;
        if (w) words[nwords++] = (verb_key){w, strlen(w), strchr(w, '_') != NULL};
    }
    if (words) qsort(words, nwords, sizeof *words, verb_order);
    int rc = words ? buf_append(&pat, head, sizeof head - 1) : -1;
    int first = 1;
    int tree = rc == 0 && nwords ? verb_tree_pattern(&pat, words, nwords) : 1;
    if (tree < 0) rc = -1;
    for (size_t i = 0; tree != 0 && i < nwords; i++) { /* the flat list */
        const char *w = words[i].word;
        if (!first) rc |= buf_putc(&pat, '|');
        first = 0;
        for (const char *q = w; *q; q++) {
            /* words of a phrase apart, or joined by an elision's apostrophe: "d_après" is
             * "d'après", as the tokens "d'" and "après" read */
            if (*q == '_') rc |= buf_append(&pat, VERB_JOINT_PATTERN, sizeof VERB_JOINT_PATTERN - 1);
            else if ((*q >= 'a' && *q <= 'z') || (unsigned char)*q >= 0x80) rc |= buf_putc(&pat, *q);
            else {
                rc |= buf_putc(&pat, '\\');
                rc |= buf_putc(&pat, *q);
            }
        }
    }
    if (tree == 0) first = 0;
    free(words);
    rc |= buf_append(&pat, tail, sizeof tail - 1);
    if (rc != 0 || first) {
        buf_free(&pat);
        c->line = 0;
        return rc != 0 ? fail(c, "out of memory") : 0; /* no verbs: no pattern */
    }
    int errcode;
    PCRE2_SIZE erroff;
    r->verb_jit_after = pat.len / VERB_JIT_BYTES_PER_MATCH + 1;
    /* (without the passes that speed up the matches of most patterns and change none's
     * result: this one is anchored, so no start of match is looked for, and matched a few
     * hundred times in a corpus, where the passes cost every language's build some 250,000
     * instructions) */
    r->verb_re = pcre2_compile((PCRE2_SPTR)pat.data, pat.len,
                               PCRE2_ANCHORED | PCRE2_CASELESS | PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF |
                                   PCRE2_NO_AUTO_POSSESS | PCRE2_NO_START_OPTIMIZE,
                               &errcode, &erroff, NULL);
    buf_free(&pat);
    if (!r->verb_re) {
        c->line = 0;
        return fail(c, "cannot compile the verb pattern (error %d)", errcode);
    }
    return 0;
}

int rules_match_verb(const whosaid_rules *r, PCRE2_SPTR subject, size_t len, size_t start, pcre2_match_data *md) {
    pcre2_code *re = atomic_load_explicit(&r->verb_jit, memory_order_acquire);
    if (!re) {
        re = r->verb_re;
        /* (the count is the one field of built rules that a document writes: whosaid_rules_load
         * made them writable) */
        whosaid_rules *w = (whosaid_rules *)r;
        if (atomic_fetch_add_explicit(&w->verb_matches, 1, memory_order_relaxed) + 1 == r->verb_jit_after) {
            /* a copy, compiled while other threads go on matching the pattern interpreted */
            pcre2_code *jit = pcre2_code_copy(r->verb_re);
            if (jit && pcre2_jit_compile(jit, PCRE2_JIT_COMPLETE) == 0)
                atomic_store_explicit(&w->verb_jit, jit, memory_order_release);
            else pcre2_code_free(jit); /* (without JIT, the interpreter) */
        }
    }
    return pcre2_match(re, subject, len, start, 0, md, NULL);
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

/* The files of a language's folder and the sets they fill (rule_sets.def). */
static const struct {
    const char *name;
    line_fn fn;
    size_t offset; /* of the destination inside whosaid_rules */
} rule_files[] = {
#define LEXICON(field, file, parser) {file, parser, offsetof(whosaid_rules, field)},
#define MORE(field, file, parser) {file, parser, offsetof(whosaid_rules, field)},
#define DERIVED(field)
#define ENDINGS(field, file, parser) {file, parser, offsetof(whosaid_rules, field)},
#define PHRASES(field, file, parser) {file, parser, offsetof(whosaid_rules, field)},
#include "rule_sets.def"
#undef LEXICON
#undef MORE
#undef DERIVED
#undef ENDINGS
#undef PHRASES
};

/* Every word set in the lexicon; a set's place in this list is its column in the lexicon. */
static const size_t word_sets[] = {
#define LEXICON(field, file, parser) offsetof(whosaid_rules, field),
#define MORE(field, file, parser)
#define DERIVED(field) offsetof(whosaid_rules, field),
#define ENDINGS(field, file, parser)
#define PHRASES(field, file, parser)
#include "rule_sets.def"
#undef LEXICON
#undef MORE
#undef DERIVED
#undef ENDINGS
#undef PHRASES
};
#define NWORD_SETS (sizeof word_sets / sizeof *word_sets)
_Static_assert(NWORD_SETS <= LEX_COLUMNS, "the lexicon has a column for each word set");

/* Every other set, freed with the rules. */
static const size_t other_sets[] = {
#define LEXICON(field, file, parser)
#define MORE(field, file, parser)
#define DERIVED(field)
#define ENDINGS(field, file, parser) offsetof(whosaid_rules, field),
#define PHRASES(field, file, parser) offsetof(whosaid_rules, field),
#include "rule_sets.def"
#undef LEXICON
#undef MORE
#undef DERIVED
#undef ENDINGS
#undef PHRASES
    offsetof(whosaid_rules, title_full),
};

static wordset *word_set(whosaid_rules *r, size_t k) { return (wordset *)((char *)r + word_sets[k]); }
static const wordset *read_word_set(const whosaid_rules *r, size_t k) { return (const wordset *)((const char *)r + word_sets[k]); }

int rules_lexicon_of_sets(const whosaid_rules *r, lexicon *lx, uint64_t *valued) {
    size_t words = 0;
    *valued = 0;
    for (size_t k = 0; k < NWORD_SETS; k++) words += read_word_set(r, k)->len;
    if (lexicon_reserve(lx, words) != 0) return -1;
    for (size_t k = 0; k < NWORD_SETS; k++) {
        const wordset *set = read_word_set(r, k);
        for (size_t i = 0; i < set->cap; i++) {
            const wordset_slot *sl = &set->slots[i];
            if (!sl->word) continue;
            if (lexicon_add(lx, sl->word, sl->len, sl->hash, sl->head, (unsigned)k, sl->value) != 0) return -1;
            if (sl->value > 0) *valued |= (uint64_t)1 << k;
        }
    }
    return lexicon_index_short(lx);
}

/* The lexicon built in for lang, or NULL. */
static const builtin_lexicon *builtin_lexicon_of(const char *lang) {
    for (const builtin_lexicon *b = whosaid_builtin_lexicons; b->lang; b++)
        if (!strcmp(b->lang, lang)) return b;
    return NULL;
}

/* Called once every set is read: puts each set's words into the lexicon (the one built in where
 * the sets are the built-in ones, `builtin`) and tells the set its column. */
static int build_lexicon(whosaid_rules *r, int builtin) {
    const builtin_lexicon *built = builtin ? builtin_lexicon_of(r->lang) : NULL;
    uint64_t valued = built ? built->valued : 0;
    if (built ? lexicon_set_builtin(&r->lexicon, &built->lexicon) != 0 : rules_lexicon_of_sets(r, &r->lexicon, &valued) != 0)
        return -1;
    for (size_t k = 0; k < NWORD_SETS; k++) {
        word_set(r, k)->valued = (int)(valued >> k & 1);
        word_set(r, k)->lexicon = &r->lexicon;
        word_set(r, k)->column = (unsigned)k;
        word_set(r, k)->column_bit = (uint64_t)1 << k;
    }
    /* every other set is asked of a word by its text (token_in); an empty one of none, by
     * token_in's one test (many are empty in a language, and asked of most words) */
    for (size_t k = 0; k < sizeof other_sets / sizeof *other_sets; k++) {
        wordset *set = (wordset *)((char *)r + other_sets[k]);
        set->column_bit = set->len ? LEX_WORD_BIT : 0;
        set->valued = 1;
    }
    r->lang_votes.column_bit = LEX_WORD_BIT;
    r->lang_votes.valued = 1;
    return index_title_traits(r);
}

/* What builds the languages of a chain of rules, owned by its first rules: a language is built
 * under the lock, and the first names that every language shares are read once for them all. */
struct rules_builder {
    pthread_mutex_t lock;
    wordset first_names; /* whosaid_rules.first_names_base, read by the first language to take it */
    int first_names_read;
    size_t nbuiltin; /* rule files built in (whosaid_builtin_rules, up to its end) */
};

/* The text of a built-in rule file ("en/verbs.txt"), or NULL: a binary search of the b->nbuiltin
 * files, sorted by name (tools/embed_rules.py); the rules load asks for some four hundred of
 * them, and counting the files each time was most of a look-up. */
static const char *builtin_text(const struct rules_builder *b, const char *name) {
    size_t lo = 0, hi = b->nbuiltin;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(whosaid_builtin_rules[mid].name, name);
        if (!c) return whosaid_builtin_rules[mid].text;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* The text of rule file `name` of folder `lang` ("shared" for the marks every language shares):
 * dir/lang/name when dir holds it, else the built-in one; for English and the shared marks, a
 * file right in dir (the layout of one language) too. *owned is what the caller frees. Returns
 * NULL with err empty when there is no such file, NULL with err set when it cannot be read. */
/* "rules/LANG/NAME" into path (pathlen bytes), cut where snprintf would cut it: written for
 * every rule file of every language, where snprintf's reading of a format was most of the
 * built-in file's look-up. */
static void builtin_path(char *path, size_t pathlen, const char *lang, const char *name) {
    const char *parts[] = {"rules/", lang, "/", name};
    size_t at = 0;
    for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
        for (const char *c = parts[k]; *c && at + 1 < pathlen; c++) path[at++] = *c;
    if (pathlen) path[at] = '\0';
}

static const char *rule_text(const struct rules_builder *b, const char *dir, const char *lang, const char *name,
                             char **owned, char *path, size_t pathlen, char *err, size_t errlen) {
    *owned = NULL;
    err[0] = '\0';
    if (dir) {
        const char *flat = !strcmp(lang, "en") || !strcmp(lang, "shared") ? "" : NULL;
        for (int k = 0; k < 2; k++) {
            if (k == 1 && !flat) break;
            if (k == 0) snprintf(path, pathlen, "%s/%s/%s", dir, lang, name);
            else snprintf(path, pathlen, "%s/%s", dir, name);
            if (access(path, F_OK) != 0) continue;
            return *owned = read_file(path, err, errlen);
        }
    }
    builtin_path(path, pathlen, lang, name);
    return builtin_text(b, path + strlen("rules/"));
}

/* The word sets read from a built-in file every language shares into an empty set, kept while
 * the rules load: the next language whose set is filled from it first gets a copy instead of
 * reading the file again (rules/shared/first-names.txt: five thousand names a language). */
typedef struct {
    const char *text; /* the built-in text */
    line_fn fn;
    wordset set; /* what reading it into an empty set gave */
} shared_set;
typedef VEC(shared_set) shared_sets;

static void shared_sets_free(shared_sets *v) {
    for (size_t i = 0; i < v->len; i++) wordset_free(&v->items[i].set);
    VEC_FREE(v);
}

/* Reads one rule file into dest with fn: the language's, else (with shared_too) the one every
 * language shares (rules/shared/first-names.txt); a file that is in neither leaves dest empty.
 * shared: NULL, or the sets already read from built-in shared files (dest is then a wordset). */
static int load_file(whosaid_rules *r, const char *dir, const char *lang, const char *name, int shared_too,
                     line_fn fn, void *dest, shared_sets *shared, char *err, size_t errlen) {
    char path[4096], *owned;
    const char *text = rule_text(r->builder, dir, lang, name, &owned, path, sizeof path, err, errlen);
    int from_shared = 0;
    if (!text && !err[0] && shared_too) {
        text = rule_text(r->builder, dir, "shared", name, &owned, path, sizeof path, err, errlen);
        from_shared = 1;
    }
    if (!text) return err[0] ? -1 : 0;
    wordset *set = shared && from_shared && !owned && dest != &r->verbs && !((wordset *)dest)->cap ? dest : NULL;
    for (size_t i = 0; set && i < shared->len; i++)
        if (shared->items[i].text == text && shared->items[i].fn == fn) {
            if (wordset_copy(set, &shared->items[i].set) == 0) return 0;
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    parse_ctx c = {path, 0, err, errlen, 0};
    int rc = parse_lines(&c, text, fn, dest);
    if (rc == 0 && set) {
        shared_set kept = {text, fn, {0}};
        if (wordset_copy(&kept.set, set) != 0 || VEC_PUSH(shared, kept) != 0) {
            wordset_free(&kept.set);
            snprintf(err, errlen, "out of memory");
            rc = -1;
        }
    }
    free(owned);
    return rc;
}

/* The built-in shared text of rule file `name` where the language takes it from there (no file
 * of its own, none in a --rules folder), else NULL. */
static const char *builtin_shared_text(const struct rules_builder *b, const char *dir, const char *lang, const char *name,
                                       char *err, size_t errlen) {
    char path[4096], *owned;
    const char *text = rule_text(b, dir, lang, name, &owned, path, sizeof path, err, errlen);
    free(owned);
    if (text || err[0]) return NULL;
    text = rule_text(b, dir, "shared", name, &owned, path, sizeof path, err, errlen);
    int from_folder = owned != NULL; /* dir/shared/name */
    free(owned);
    return from_folder || err[0] ? NULL : text;
}

/* The lines of a rule file that hold an entry (neither blank nor a comment): how many words
 * it puts into a set where each line holds one. */
static size_t entry_lines(const char *text) {
    size_t n = 0;
    for (const char *p = text; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\r') p++;
        n += *p && *p != '\n' && *p != '#';
        const char *eol = strchr(p, '\n');
        if (!eol) break;
        p = eol + 1;
    }
    return n;
}

/* Makes set (empty) a word set written as whosaid was built (rules.h builtin_wordset), as
 * reading its files would: each word in the slot it was read into, its bytes left where they are
 * built in (no block of the set's own holds them). -1 without memory. */
_Static_assert(sizeof ((wordset *)0)->last_pairs == sizeof ((builtin_wordset *)0)->last_pairs &&
                   sizeof ((wordset *)0)->last_bytes == sizeof ((builtin_wordset *)0)->last_bytes &&
                   sizeof ((wordset *)0)->ends == sizeof ((builtin_wordset *)0)->ends,
               "builtin_wordset holds a wordset's quick tests");
static int set_builtin_wordset(wordset *set, const builtin_wordset *b) {
    wordset_slot *slots = b->cap ? calloc(b->cap, sizeof *slots) : NULL;
    if (b->cap && !slots) return -1;
    for (size_t i = 0, at = 0; i < b->len; i++) {
        const builtin_word *f = &b->entries[i];
        /* (read, never written: a set writes a word's bytes only as it puts the word in) */
        char *w = (char *)b->words + at;
        uint64_t head = word_head(w, f->len), hash = f->len <= 8 ? word_hash_short(head, f->len) : word_hash(w, f->len);
        slots[f->slot] = (wordset_slot){hash, head, w, f->len, f->value};
        at += f->len + 1u;
    }
    *set = (wordset){.slots = slots, .cap = b->cap, .len = b->len, .max_len = b->max_len, .lengths = b->lengths};
    memcpy(set->last_bytes, b->last_bytes, sizeof set->last_bytes);
    memcpy(set->last_pairs, b->last_pairs, sizeof set->last_pairs);
    memcpy(set->ends, b->ends, sizeof set->ends);
    return 0;
}

/* The three files of a language's first names, in this order, the last value read holding. */
static const char *const first_name_files[] = {"first-names.txt", "first-names-usual.txt", "first-names-more.txt"};

/* Makes the builder's shared base of first names, once: in place from its table where whosaid was
 * built with one, else from its two files, built in (texts base and more). */
static int read_first_names_base(whosaid_rules *r, const char *dir, const char *lang, struct rules_builder *b,
                                 const char *base, const char *more, char *err, size_t errlen) {
    if (b->first_names_read) return 0;
    if (whosaid_builtin_first_names.cap) {
        if (set_builtin_wordset(&b->first_names, &whosaid_builtin_first_names) != 0) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        b->first_names_read = 1;
        return 0;
    }
    /* (the table sized for both files at once: grown name by name, its tables of 64 slots
     * up to 16,384 were as many pages to fault in as the last one, of 32,768) */
    if (wordset_reserve(&b->first_names, entry_lines(base) + entry_lines(more)) != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (size_t k = 0; k < 3; k += 2)
        if (load_file(r, dir, lang, first_name_files[k], 1, k ? add_first_names_more : add_gendered, &b->first_names, NULL,
                      err, errlen) != 0) {
            wordset_free(&b->first_names);
            return -1;
        }
    b->first_names_read = 1;
    return 0;
}

/* A language's first names (whosaid_rules.first_names_base): where it takes the first and the
 * last file from the built-in shared ones, the shared base (the builder's, read by the first
 * such language) and its usual names that the last file does not name again; else the three
 * files into first_names, as any set. */
static int load_first_names(whosaid_rules *r, const char *dir, const char *lang, shared_sets *shared,
                            struct rules_builder *b, char *err, size_t errlen) {
    const char *more = builtin_shared_text(b, dir, lang, first_name_files[2], err, errlen);
    const char *base = more ? builtin_shared_text(b, dir, lang, first_name_files[0], err, errlen) : NULL;
    if (!base) {
        for (size_t k = 0; k < 3; k++)
            if (load_file(r, dir, lang, first_name_files[k], 1, add_gendered, &r->first_names, shared, err, errlen) != 0)
                return -1;
        return 0;
    }
    if (read_first_names_base(r, dir, lang, b, base, more, err, errlen) != 0) return -1;
    r->first_names_base = &b->first_names;
    wordset usual = {0};
    int rc = load_file(r, dir, lang, first_name_files[1], 1, add_gendered, &usual, NULL, err, errlen);
    for (size_t i = 0; rc == 0 && i < usual.cap; i++) {
        const wordset_slot *u = &usual.slots[i];
        int base = u->word ? wordset_get(&b->first_names, u->word, u->len) : -1;
        if (!u->word || (base >= 0 && (base & FIRST_NAME_NAMED_AGAIN))) continue; /* (the later file's value holds) */
        if (wordset_put(&r->first_names, u->word, u->len, u->value) != 0) {
            snprintf(err, errlen, "out of memory");
            rc = -1;
        }
    }
    wordset_free(&usual);
    return rc;
}

/* load_first_names for a language whose first names are set in place with its other sets
 * (builtin_word_sets, built in, no --rules folder): the shared base alone, where it takes it. */
static int share_first_names_base(whosaid_rules *r, char *err, size_t errlen) {
    struct rules_builder *b = r->builder;
    const char *more = builtin_shared_text(b, NULL, r->lang, first_name_files[2], err, errlen);
    const char *base = more ? builtin_shared_text(b, NULL, r->lang, first_name_files[0], err, errlen) : NULL;
    if (!base) return err[0] ? -1 : 0;
    if (read_first_names_base(r, NULL, r->lang, b, base, more, err, errlen) != 0) return -1;
    r->first_names_base = &b->first_names;
    return 0;
}

/* A set of verbs holds, for each of its words that ends in ENDING, the word with FORM in its
 * place, by the ENDING:FORM entries of a rule file: "s'est exclamée", "se sont félicités" (after
 * "être" a past participle agrees with its subject: participle-agreement.txt "é:ée" reads
 * "exclamé" as "exclamée" too); "presumía", "contaba" (a tense of each infinitive:
 * verb-tense-forms.txt "ir:ía" reads "presumir" as "presumía" too). */
/* An ENDING:FORM entry of add_forms_by_ending, read once for every word it is tried on. */
typedef struct {
    const char *ending, *form;
    size_t ending_len, form_len;
} form_by_ending;

/* (a form the titles give is a person's noun, not the verb's: the participle "acusado" of
 * "acusó" is "el acusado" of a trial; listed among the verbs it is one all the same) */
static int add_forms_by_ending(wordset *set, const wordset *forms_of, const wordset *titles) {
    if (!forms_of->len || !set->len) return 0;
    form_by_ending *by = malloc(forms_of->len * sizeof *by);
    if (!by) return -1;
    size_t nby = 0;
    for (size_t k = 0; k < forms_of->cap && nby < forms_of->len; k++) { /* (in the table's order, as before) */
        const char *e = forms_of->slots[k].word, *colon = e ? strchr(e, ':') : NULL;
        if (colon) by[nby++] = (form_by_ending){e, colon + 1, (size_t)(colon - e), strlen(colon + 1)};
    }
    buf forms = {0}; /* the new forms, each ended by a NUL: the set grows only after the walk */
    int rc = 0;
    for (size_t i = 0; i < set->cap && rc == 0; i++) {
        const char *w = set->slots[i].word;
        size_t n = w ? set->slots[i].len : 0;
        if (!w || memchr(w, '_', n)) continue; /* not the phrases' ("fait_valoir") */
        for (size_t k = 0; k < nby && rc == 0; k++) {
            size_t base = by[k].ending_len;
            if (n <= base || memcmp(w + n - base, by[k].ending, base) != 0) continue;
            size_t at = forms.len;
            rc |= buf_append(&forms, w, n - base);
            rc |= buf_append(&forms, by[k].form, by[k].form_len + 1);
            if (rc == 0 && wordset_get(titles, forms.data + at, forms.len - at - 1) >= 0) forms.len = at;
        }
    }
    free(by);
    for (size_t at = 0; rc == 0 && at < forms.len; at += strlen(forms.data + at) + 1)
        rc = wordset_put(set, forms.data + at, strlen(forms.data + at), 0);
    buf_free(&forms);
    return rc;
}

/* Reads the sets of r's rule files (rule_sets.def; its function words too unless read already)
 * and the verb forms they derive by their endings. */
static int read_word_sets(whosaid_rules *r, const char *dir, shared_sets *shared, int function_words_read, char *err,
                          size_t errlen) {
    int first_names_read = 0;
    for (size_t i = 0; i < sizeof rule_files / sizeof *rule_files; i++) {
        if (rule_files[i].offset == offsetof(whosaid_rules, first_names)) { /* its three files at once */
            if (!first_names_read++ && load_first_names(r, dir, r->lang, shared, r->builder, err, errlen) != 0) return -1;
            continue;
        }
        if (function_words_read && rule_files[i].offset == offsetof(whosaid_rules, function_words)) continue;
        if (load_file(r, dir, r->lang, rule_files[i].name, 1, rule_files[i].fn, (char *)r + rule_files[i].offset, shared,
                      err, errlen) != 0)
            return -1;
    }
    /* (the tenses first: their forms are no participles to agree) */
    if (add_forms_by_ending(&r->verbs, &r->verb_tense_forms, &r->titles) != 0 ||
        add_forms_by_ending(&r->reported_verbs, &r->verb_tense_forms, &r->titles) != 0 ||
        add_forms_by_ending(&r->verbs, &r->participle_agreement, &r->titles) != 0 ||
        add_forms_by_ending(&r->reported_verbs, &r->participle_agreement, &r->titles) != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    return 0;
}

/* Is rule_files[i] the first entry of a set that builtin_word_sets holds: one that read_word_sets
 * fills from files, but the function words, read by the load? */
static int table_set(size_t i) {
    size_t at = rule_files[i].offset;
    if (at == offsetof(whosaid_rules, function_words)) return 0;
    for (size_t k = 0; k < i; k++)
        if (rule_files[k].offset == at) return 0;
    return 1;
}

int rules_each_read_set(whosaid_rules *r, int (*each)(size_t offset, const wordset *set, void *arg), void *arg, char *err,
                        size_t errlen) {
    err[0] = '\0';
    if (read_word_sets(r, NULL, NULL, 1, err, errlen) != 0) return -1;
    for (size_t i = 0; i < sizeof rule_files / sizeof *rule_files; i++) {
        int rc = table_set(i) ? each(rule_files[i].offset, (const wordset *)((const char *)r + rule_files[i].offset), arg) : 0;
        if (rc) return rc;
    }
    return 0;
}

/* The sets of language lang written as whosaid was built, or NULL. */
static const builtin_word_sets *builtin_sets_of(const char *lang) {
    for (const builtin_word_sets *b = whosaid_builtin_word_sets; b->lang; b++)
        if (!strcmp(b->lang, lang)) return b;
    return NULL;
}

/* Sets r's sets that built holds in place, as read_word_sets would read them. -1 without memory. */
static int set_builtin_word_sets(whosaid_rules *r, const builtin_word_sets *built, char *err, size_t errlen) {
    for (size_t k = 0; k < built->n; k++) {
        wordset *set = (wordset *)((char *)r + built->sets[k].offset);
        wordset_free(set); /* (empty: none of them is read before) */
        if (set_builtin_wordset(set, &built->sets[k].set) != 0) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
    }
    return 0;
}

/* Fills possessive_one and possessive_plural from the set's own answers, byte by byte. */
static void index_possessive_endings(whosaid_rules *r) {
    memset(r->possessive_one, 0, sizeof r->possessive_one);
    memset(r->possessive_plural, 0, sizeof r->possessive_plural);
    for (unsigned b = 0; b < 256; b++) {
        char one = (char)b, plural[2] = {(char)b, '\''};
        if (wordset_get(&r->possessive_endings, &one, 1) >= 0) r->possessive_one[b / 64] |= (uint64_t)1 << (b % 64);
        if (wordset_get(&r->possessive_endings, plural, 2) >= 0) r->possessive_plural[b / 64] |= (uint64_t)1 << (b % 64);
    }
}

/* Builds one language's rules (every field above whosaid_rules.lang): the shared marks, then
 * every file of its folder but function-words.txt where the load has read it already; lang
 * "und" has the shared marks alone. -1 with err set on an error. */
static int build_lang(whosaid_rules *r, const char *dir, shared_sets *shared, int function_words_read, char *err,
                      size_t errlen) {
    const char *lang = r->lang;
    const builtin_word_sets *built = NULL;
    if (load_file(r, dir, "shared", "quote-marks.txt", 0, add_mark_pair, r, NULL, err, errlen) != 0) return -1;
    if (!r->npairs) {
        snprintf(err, errlen, "rules/shared/quote-marks.txt: no quotation marks");
        return -1;
    }
    if (strcmp(lang, "und") != 0) {
        if (load_file(r, dir, lang, "quote-marks.txt", 0, add_mark_pair, r, NULL, err, errlen) != 0 ||
            load_file(r, dir, lang, "title-abbreviations.txt", 1, add_title_abbreviations, r, NULL, err, errlen) != 0)
            return -1;
        /* (the built-in files of a built-in language: their sets as whosaid was built read them) */
        built = !dir && function_words_read ? builtin_sets_of(lang) : NULL;
        if (built ? share_first_names_base(r, err, errlen) != 0 || set_builtin_word_sets(r, built, err, errlen) != 0
                  : read_word_sets(r, dir, shared, function_words_read, err, errlen) != 0)
            return -1;
        char path[64];
        snprintf(path, sizeof path, "rules/%s/verbs.txt", r->lang);
        parse_ctx c = {path, 0, err, errlen, 0};
        if (compile_verbs(r, &c, !dir) != 0) return -1;
    }
    index_possessive_endings(r);
    if (index_marks(r) != 0 || build_lexicon(r, built != NULL) != 0) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (int k = 0; k < FEATURE_COUNT; k++)
        if (wordset_get(&r->features, feature_names[k], strlen(feature_names[k])) >= 0) r->feature_bits |= (uint32_t)1 << k;
    return 0;
}

/* Frees what build_lang made of r, and leaves those fields as they were before it (a build
 * that ran out of memory is tried again by the language's next document). */
static void unbuild_lang(whosaid_rules *r) {
    free(r->pairs);
    free(r->marks);
    for (size_t k = 0; k < NWORD_SETS; k++) wordset_free(word_set(r, k));
    for (size_t k = 0; k < sizeof other_sets / sizeof *other_sets; k++)
        if (other_sets[k] != offsetof(whosaid_rules, function_words)) wordset_free((wordset *)((char *)r + other_sets[k]));
    for (size_t i = 0; i < r->ntitle_abbr; i++) free(r->title_abbr[i]);
    free(r->title_abbr);
    lexicon_free(&r->lexicon);
    free(r->title_traits);
    pcre2_code_free(r->verb_re);
    pcre2_code_free(atomic_load_explicit(&r->verb_jit, memory_order_relaxed));
    wordset function_words = r->function_words;
    memset(r, 0, offsetof(whosaid_rules, lang));
    r->function_words = function_words;
}

static void free_lang(whosaid_rules *r) {
    unbuild_lang(r);
    wordset_free(&r->function_words);
    wordset_free(&r->lang_votes);
    free(r->vote_slots);
    free(r);
}

/* Fills first->vote_slots from first->lang_votes; -1 without memory. */
static int index_vote_words(whosaid_rules *first) {
    const wordset *votes = &first->lang_votes;
    size_t words = 0, n = 16;
    unsigned bits = 4;
    for (size_t i = 0; i < votes->cap; i++) words += votes->slots[i].word && votes->slots[i].len <= LEX_SHORT_MAX;
    while (n < words * LEX_SHORT_LOAD) n *= 2, bits++;
    if (!(first->vote_slots = calloc(n, sizeof *first->vote_slots))) return -1;
    first->vote_mask = n - 1;
    first->vote_shift = 64 - bits;
    for (size_t i = 0; i < votes->cap; i++) {
        const wordset_slot *sl = &votes->slots[i];
        size_t len = sl->word ? sl->len : 0, ascii = 0;
        while (ascii < len && sl->word[ascii] >= 'a' && sl->word[ascii] <= 'z') ascii++;
        /* (a word with any other byte is never one of ASCII letters alone) */
        if (!len || len > LEX_SHORT_MAX || ascii < len) continue;
        uint64_t head = word_head(sl->word, len);
        size_t k = (size_t)((head * WORD_HASH_K) >> first->vote_shift);
        while (first->vote_slots[k].head) k = (k + 1) & first->vote_mask;
        first->vote_slots[k] = (lex_short_slot){head, (uint64_t)sl->value, 0};
    }
    return 0;
}

/* One language's rules as the load leaves them: its name and function words, what the
 * language vote and --lang ask; built too where eager (rules from a folder, whose errors are
 * told at start-up). */
static whosaid_rules *load_lang(const char *dir, const char *lang, int eager, shared_sets *shared,
                                struct rules_builder *b, char *err, size_t errlen) {
    whosaid_rules *r = calloc(1, sizeof *r);
    if (!r) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    snprintf(r->lang, sizeof r->lang, "%.7s", lang);
    r->lang_len = strlen(r->lang);
    r->builder = b;
    int rc = 0;
    if (eager) rc = build_lang(r, dir, shared, 0, err, errlen);
    for (size_t i = 0; !eager && strcmp(lang, "und") != 0 && i < sizeof rule_files / sizeof *rule_files; i++)
        if (rule_files[i].offset == offsetof(whosaid_rules, function_words))
            rc = load_file(r, dir, lang, rule_files[i].name, 1, rule_files[i].fn, &r->function_words, NULL, err, errlen);
    if (rc != 0) {
        free_lang(r);
        return NULL;
    }
    r->votes = r->function_words.len > 0;
    atomic_init(&r->built, eager);
    return r;
}

const whosaid_rules *rules_build(const whosaid_rules *rules) {
    /* (whosaid_rules_load made the rules writable; every reader takes them const, and reads
     * the fields built here only once rules_ready has seen the release below) */
    whosaid_rules *r = (whosaid_rules *)rules;
    char err[256];
    pthread_mutex_lock(&r->builder->lock);
    int built = atomic_load_explicit(&r->built, memory_order_relaxed);
    if (!built) {
        built = build_lang(r, NULL, NULL, 1, err, sizeof err) == 0;
        if (built) atomic_store_explicit(&r->built, 1, memory_order_release);
        else unbuild_lang(r);
    }
    pthread_mutex_unlock(&r->builder->lock);
    return built ? rules : NULL;
}

static void builder_free(struct rules_builder *b) {
    if (!b) return;
    pthread_mutex_destroy(&b->lock);
    wordset_free(&b->first_names);
    free(b);
}

/* The languages built in, in the order they are tried when two score alike: a folder each
 * under rules/ but shared/; English first. */
static size_t builtin_langs(char langs[][8], size_t max) {
    size_t n = 0;
    snprintf(langs[n++], 8, "en");
    for (const rule_file *b = whosaid_builtin_rules; b->name && n < max; b++) {
        const char *slash = strchr(b->name, '/');
        size_t len = slash ? (size_t)(slash - b->name) : 0;
        if (!len || len >= 8 || !strncmp(b->name, "shared", len)) continue;
        int seen = 0;
        for (size_t i = 0; i < n; i++) seen |= strlen(langs[i]) == len && !strncmp(langs[i], b->name, len);
        if (!seen) snprintf(langs[n++], 8, "%.*s", (int)len, b->name);
    }
    return n;
}

whosaid_rules *whosaid_rules_load(const char *dir, char *err, size_t errlen) {
    char dummy[1];
    if (!err || !errlen) {
        err = dummy;
        errlen = sizeof dummy;
    }
    char langs[16][8];
    size_t n = builtin_langs(langs, 15);
    snprintf(langs[n++], 8, "und");
    whosaid_rules *first = NULL, **tail = &first;
    shared_sets shared = {0};
    struct rules_builder *b = calloc(1, sizeof *b);
    if (!b || pthread_mutex_init(&b->lock, NULL) != 0) {
        free(b);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    while (whosaid_builtin_rules[b->nbuiltin].name) b->nbuiltin++;
    for (size_t i = 0; i < n; i++) {
        /* the built-in rules cannot fail but for memory: a language's are built for its first
         * document; a folder's are read now, to tell of an error in a file at start-up */
        whosaid_rules *r = load_lang(dir, langs[i], dir != NULL, &shared, b, err, errlen);
        if (!r) {
            shared_sets_free(&shared);
            if (!first) builder_free(b);
            whosaid_rules_free(first);
            return NULL;
        }
        *tail = r;
        tail = &r->next;
    }
    shared_sets_free(&shared);
    /* the language vote's table: each function word with the languages it stands for */
    size_t k = 0;
    for (const whosaid_rules *r = first; r; r = r->next, k++)
        for (size_t i = 0; k < 31 && i < r->function_words.cap; i++) {
            const char *w = r->function_words.slots[i].word;
            if (!w) continue;
            int v = wordset_get(&first->lang_votes, w, strlen(w));
            if (wordset_put(&first->lang_votes, w, strlen(w), (v < 0 ? 0 : v) | 1 << k) != 0) {
                snprintf(err, errlen, "out of memory");
                whosaid_rules_free(first);
                return NULL;
            }
        }
    if (index_vote_words(first) != 0) {
        snprintf(err, errlen, "out of memory");
        whosaid_rules_free(first);
        return NULL;
    }
    return first;
}

const whosaid_rules *rules_for_lang(const whosaid_rules *r, const char *lang) {
    for (; r; r = r->next)
        if (!strcmp(r->lang, lang)) return r;
    return NULL;
}

void whosaid_rules_free(whosaid_rules *r) {
    struct rules_builder *b = r ? r->builder : NULL;
    while (r) {
        whosaid_rules *next = r->next;
        free_lang(r);
        r = next;
    }
    builder_free(b);
}
