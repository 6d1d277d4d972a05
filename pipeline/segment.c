/* segment.c: paragraph and sentence splitting. */
#include "segment.h"

#include <string.h>

#include "scan.h"
#include "utf8.h"

static int is_blank_line(const unsigned char *s, size_t a, size_t b) {
    for (size_t i = a; i < b;) {
        int32_t cp;
        size_t n = utf8_next(s, b, i, &cp);
        if (!(cp >= 0 && uc_is_space(cp))) return 0;
        i += n;
    }
    return 1;
}

/* Where the line from s[i] ends; a text without CR (most) needs only memchr. */
static size_t line_end(const unsigned char *s, size_t len, size_t i, int has_cr) {
    if (!has_cr) {
        const unsigned char *nl = i < len ? memchr(s + i, '\n', len - i) : NULL;
        return nl ? (size_t)(nl - s) : len;
    }
    while (i < len && s[i] != '\n' && s[i] != '\r') i++;
    return i;
}

/* The start of the line after the line end at s[i] (\n, \r\n or a lone \r). */
static size_t next_line(const unsigned char *s, size_t len, size_t i) {
    if (i + 1 < len && s[i] == '\r' && s[i + 1] == '\n') return i + 2;
    return i < len ? i + 1 : i;
}

static void trim(const unsigned char *s, size_t *a, size_t *b) {
    while (*a < *b) {
        int32_t cp;
        size_t n = utf8_next(s, *b, *a, &cp);
        if (!(cp >= 0 && uc_is_space(cp))) break;
        *a += n;
    }
    while (*b > *a) {
        size_t st;
        int32_t cp = utf8_prev(s, *b, &st);
        if (!(cp >= 0 && uc_is_space(cp))) break;
        *b = st;
    }
}

static int find_paragraphs(const document *d, segments *out) {
    const unsigned char *s = d->text;
    size_t len = d->len;
    /* a text with no blank line between two others gives each line a paragraph */
    int has_cr = len && memchr(s, '\r', len) != NULL;
    int has_blank = 0, seen_text = 0, blank_after_text = 0;
    for (size_t i = 0; i < len && !has_blank;) {
        size_t e = line_end(s, len, i, has_cr);
        if (!is_blank_line(s, i, e)) {
            has_blank = blank_after_text;
            seen_text = 1;
        } else if (seen_text) {
            blank_after_text = 1;
        }
        i = next_line(s, len, e);
    }
    size_t para_start = 0;
    int in_para = 0;
    for (size_t i = 0;;) {
        size_t e = line_end(s, len, i, has_cr);
        int blank = is_blank_line(s, i, e);
        if (!blank && !in_para) {
            para_start = i;
            in_para = 1;
        }
        int last = e >= len;
        size_t nx = next_line(s, len, e);
        if (in_para && (blank || !has_blank || last)) {
            span p = {para_start, blank ? i : e};
            trim(s, &p.start, &p.end);
            if (p.end > p.start && VEC_PUSH(&out->paras, p) != 0) return -1;
            in_para = 0;
        }
        if (last) break;
        i = nx;
    }
    return 0;
}

/* Is s[0, n) one or more initials joined by full stops: "J", "G.K"? */
static int is_initials(const unsigned char *s, size_t n) {
    if (n == 0 || n % 2 == 0) return 0;
    for (size_t i = 0; i < n; i++)
        if (i % 2 ? s[i] != '.' : !(s[i] >= 'A' && s[i] <= 'Z')) return 0;
    return 1;
}

/* Does the full stop at s[dot] end an abbreviation or an initial? */
static int after_abbreviation(const document *d, const whosaid_rules *r, size_t from, size_t dot) {
    size_t w = dot;
    while (w > from) {
        /* longer than any abbreviation and than an initial: no need to find the word's start
         * (which kept "a.a.a.a…" quadratic) */
        if (dot - w > r->abbreviations.max_len + 4) return 0;
        size_t st;
        int32_t cp = utf8_prev(d->text, w, &st);
        if (!(uc_is_letter(cp) || cp == '.')) break; /* the word ends at anything else: ‘Mr. —Dr. */
        w = st;
    }
    if (w == dot) return 0;
    if (wordset_get(&r->abbreviations, (const char *)d->text + w, dot + 1 - w) >= 0) return 1;
    return is_initials(d->text + w, dot - w); /* J. or G.K. */
}

static int split_sentences(const document *d, const whosaid_rules *r, span p, size_t para, segments *out) {
    const unsigned char *s = d->text;
    int depth = 0;
    size_t sent_start = p.start;
    for (size_t i = p.start; i < p.end;) {
        i = scan_to_stop(s, i, p.end, &r->sentence_stops); /* most bytes: nothing to do */
        if (i >= p.end) break;
        int32_t cp;
        size_t n = utf8_next(s, p.end, i, &cp);
        int mark = cp >= 0 ? rules_mark(r, cp) : 0;
        if (mark && !(mark & MARK_SINGLE)) {
            if ((mark & MARK_CLOSES) && depth > 0) depth--;
            else if (mark & MARK_OPENS) depth++;
        }
        i += n;
        int term = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
        if (!term) continue;
        if (cp == '.' && after_abbreviation(d, r, sent_start, i - 1)) continue;
        /* closing marks and brackets stay with the sentence they close */
        size_t j = i;
        while (j < p.end) {
            int32_t c;
            size_t m = utf8_next(s, p.end, j, &c);
            int mk = c >= 0 ? rules_mark(r, c) : 0;
            if (c == '.' || c == '!' || c == '?' || c == ')' || c == ']' || (mk & MARK_SINGLE)) {
                j += m;
            } else if (mk & MARK_CLOSES) {
                /* a closing mark at depth 0 closes a quotation opened in an earlier paragraph */
                if (depth > 0) depth--;
                j += m;
            } else {
                break;
            }
        }
        size_t k = j;
        int spaces = 0;
        int32_t next = -1;
        while (k < p.end) {
            size_t m = utf8_next(s, p.end, k, &next);
            if (!(next >= 0 && uc_is_space(next))) break;
            spaces = 1;
            k += m;
        }
        i = j;
        if (!spaces || k >= p.end || depth > 0) continue;
        int nmark = next >= 0 ? rules_mark(r, next) : 0;
        if (!(uc_is_upper(next) || uc_is_digit(next) || (nmark & MARK_OPENS) || next == '(')) continue;
        sentence snt = {sent_start, j, para};
        if (VEC_PUSH(&out->sents, snt) != 0) return -1;
        sent_start = k;
    }
    if (sent_start < p.end) {
        sentence snt = {sent_start, p.end, para};
        if (VEC_PUSH(&out->sents, snt) != 0) return -1;
    }
    return 0;
}

int segment_document(const document *d, const whosaid_rules *r, segments *out) {
    out->paras.len = out->sents.len = 0;
    if (find_paragraphs(d, out) != 0) return -1;
    for (size_t i = 0; i < out->paras.len; i++)
        if (split_sentences(d, r, out->paras.items[i], i, out) != 0) return -1;
    return 0;
}

void segments_free(segments *s) {
    VEC_FREE(&s->paras);
    VEC_FREE(&s->sents);
}

#define LAST_AT(vec, byte)                                      \
    do {                                                        \
        size_t lo = 0, hi = (vec).len;                          \
        while (lo < hi) {                                       \
            size_t mid = lo + (hi - lo) / 2;                    \
            if ((vec).items[mid].start <= (byte)) lo = mid + 1; \
            else hi = mid;                                      \
        }                                                       \
        return lo ? lo - 1 : 0;                                 \
    } while (0)

size_t segments_sentence_at(const segments *s, size_t byte) { LAST_AT(s->sents, byte); }
size_t segments_para_at(const segments *s, size_t byte) { LAST_AT(s->paras, byte); }
