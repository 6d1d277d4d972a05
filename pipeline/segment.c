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

static int add_paragraph(const document *d, const whosaid_rules *r, segments *out, size_t a, size_t b);

static int find_paragraphs(const document *d, const whosaid_rules *r, segments *out) {
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
            size_t a = para_start, b = blank ? i : e;
            trim(s, &a, &b);
            if (b > a && add_paragraph(d, r, out, a, b) != 0) return -1;
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
    size_t w = dot, longest = r->abbreviations.max_len + 4;
    while (w > from) {
        /* longer than any abbreviation and than an initial: no need to find the word's start
         * (which kept "a.a.a.a…" quadratic) */
        if (dot - w > longest) return 0;
        /* eight bytes a step where as many stand after from: n ASCII letters or stops, then
         * (n < 8) the byte the word ends at or a byte beyond ASCII, read below; the test above,
         * made at each of them in turn, fails at the last if at any */
        int n = w >= from + 8 ? letters_or_stops_back8(d->text + w - 8) : -1;
        if (n >= 0) {
            size_t read = n < 8 ? (size_t)n : 7; /* (the eighth letter: tested at the next turn) */
            if (dot - (w - read) > longest) return 0;
            w -= (size_t)n;
            if (n == 8) continue;
            if (d->text[w - 1] < 0x80) break;
        }
        unsigned char c = d->text[w - 1];
        if (c < 0x80) { /* most: an ASCII letter, without decoding */
            if (!((unsigned)((c | 0x20) - 'a') < 26 || c == '.')) break;
            w--;
            continue;
        }
        size_t st;
        int32_t cp = utf8_prev(d->text, w, &st);
        if (!(uc_is_letter(cp) || cp == '.')) break; /* the word ends at anything else: ‘Mr. —Dr. */
        w = st;
    }
    if (w == dot) return 0;
    /* (abbreviations.txt is a column of the lexicon, whose filtered look-up costs less than the
     * set's own: asked of most full stops, past the set's filter of lengths and ends, and
     * answered no) */
    const char *word = (const char *)d->text + w;
    uint64_t sets;
    int v = wordset_may_hold(&r->abbreviations, word, dot + 1 - w)
                ? lexicon_value(&r->lexicon, lexicon_find(&r->lexicon, word, dot + 1 - w, &sets), r->abbreviations.column)
                : -1;
    /* (the first letter's case only where the word is in the set: most words before a full
     * stop, "said.", are not) */
    if (v >= 0) {
        int32_t first;
        utf8_next(d->text, dot, w, &first);
        if (abbreviation_as_written(v, first >= 0 && uc_is_upper(first))) return 1;
    }
    return is_initials(d->text + w, dot - w); /* J. or G.K. */
}

/* Does the dot at text[dot] close an ordinal in figures ("der 12. Strafkammer", "am 3.
 * Oktober"): one to three digits after a word of rules/<lang>/ordinal-leads.txt (an article or
 * a preposition)? No sentence ends there. */
static int after_ordinal(const document *d, const whosaid_rules *r, size_t from, size_t dot) {
    size_t w = dot;
    while (w > from && uc_is_digit(d->text[w - 1]) && dot - w <= 3) w--;
    if (w == dot || dot - w > 3 || w < from + 2 || d->text[w - 1] != ' ') return 0;
    size_t e = w - 1, a = e;
    while (a > from && uc_is_letter((unsigned char)d->text[a - 1]) && e - a < 8) a--;
    return a < e && (a == from || d->text[a - 1] == ' ') &&
           wordset_get_folded(&r->ordinal_leads, (const char *)d->text + a, e - a) >= 0;
}

/* Does a mark that only opens a quotation ("«") follow text[i] after white space? */
static int opens_quotation_next(const document *d, const whosaid_rules *r, size_t i, size_t end) {
    int32_t c = -1;
    size_t k = i;
    int spaces = 0;
    while (k < end) {
        k += utf8_next(d->text, end, k, &c);
        if (!(c >= 0 && uc_is_space(c))) break;
        spaces = 1;
    }
    int mk = c >= 0 ? rules_mark(r, c) : 0;
    return spaces && (mk & MARK_OPENS) && !(mk & MARK_CLOSES);
}

/* "(See Sexton’s full timeline below.)": a sentence in brackets refers the reader elsewhere */
static int sentence_is_prose(const unsigned char *s, paragraph p, size_t a, size_t b) {
    if (!p.prose) return 0;
    if (b > a + 1 && s[b - 1] == '.') b--;
    return !(b > a + 1 && ((s[a] == '(' && s[b - 1] == ')') || (s[a] == '[' && s[b - 1] == ']')));
}

/* Is the full stop at text[dot] right after a capital letter that is a word of its own ("X."
 * of "en su cuenta de X.")? */
static int lone_capital_before(const document *d, size_t from, size_t dot) {
    /* (a byte beyond ASCII before it is part of a letter: "ÉX." is no lone capital) */
    return dot >= from + 1 && d->text[dot - 1] >= 'A' && d->text[dot - 1] <= 'Z' &&
           (dot == from + 1 || !(uc_is_letter(d->text[dot - 2]) || d->text[dot - 2] >= 0x80));
}

/* Do an article with a capital and a word in lower case come next, after white space ("X. La
 * aspirante liberal anunció"): a sentence that opens with a description, not an initial's name
 * ("J. Le Goff")? */
static int description_next(const document *d, const whosaid_rules *r, size_t i, size_t end) {
    size_t a = i;
    while (a < end && d->text[a] == ' ') a++;
    size_t b = a;
    while (b < end && d->text[b] < 0x80 && uc_is_letter(d->text[b])) b++;
    if (b == a || b + 1 >= end || d->text[b] != ' ' || !(d->text[a] >= 'A' && d->text[a] <= 'Z') ||
        wordset_get_folded(&r->articles, (const char *)d->text + a, b - a) < 0)
        return 0;
    int32_t c;
    utf8_next(d->text, end, b + 1, &c);
    return c >= 0 && uc_is_lower(c);
}

/* Does the full stop before text[i] end no sentence: after an abbreviation or an initial (but
 * "… sur X. « Le Premier ministre … »": an initial stands before a name, not before a mark that
 * only opens a quotation), or after an ordinal? */
static int stop_ends_nothing(const document *d, const whosaid_rules *r, size_t from, size_t i, size_t end) {
    return (after_abbreviation(d, r, from, i - 1) && !opens_quotation_next(d, r, i, end) &&
            !(lone_capital_before(d, from, i - 1) && description_next(d, r, i, end))) ||
           after_ordinal(d, r, from, i - 1);
}

/* Is text[i] (before end) a character that stays with the sentence a stop closes: a stop, a
 * closing bracket or mark, or, inside a quotation, the white space before the mark that closes
 * it? (Told before the look-back of stop_ends_nothing, which only matters where it does.) */
static int may_follow_stop(const document *d, const whosaid_rules *r, size_t i, size_t end, int depth) {
    if (i >= end) return 0;
    int32_t c;
    rules_mark_char(r, d->text, end, i, &c);
    int mk = c >= 0 ? rules_mark(r, c) : 0;
    return c == '.' || c == '!' || c == '?' || c == ')' || c == ']' || (mk & (MARK_SINGLE | MARK_CLOSES)) ||
           (depth > 0 && c >= 0 && uc_is_space(c));
}

static int push_mark(segments *out, size_t at) { return VEC_PUSH(&out->marks, (uint32_t)at); }

/* Keeps the mark read at text[at] for the quote matcher (segments.marks). (Inline: it is asked
 * at every stop of the scan, most of which are no mark.) */
static inline int note_mark(segments *out, int mark, int32_t cp, size_t at) {
    return mark && cp >= '"' ? push_mark(out, at) : 0;
}

static int split_sentences(const document *d, const whosaid_rules *r, paragraph p, size_t para, segments *out) {
    const unsigned char *s = d->text;
    int depth = 0;
    size_t sent_start = p.start;
    for (size_t i = p.start; i < p.end;) {
        i = scan_to_stop(s, i, p.end, &r->sentence_stops); /* most bytes: nothing to do */
        if (i >= p.end) break;
        int32_t cp;
        size_t n = rules_mark_char(r, s, p.end, i, &cp);
        int mark = cp >= 0 ? rules_mark(r, cp) : 0;
        if (note_mark(out, mark, cp, i) != 0) return -1;
        if (mark && !(mark & MARK_SINGLE)) {
            if ((mark & MARK_CLOSES) && depth > 0) depth--;
            else if (mark & MARK_OPENS) depth++;
        }
        i += n;
        int term = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
        if (!term) continue;
        /* a full stop that ends nothing leaves what follows it to be read as any text, so it is
         * asked first where something after it would be taken with the sentence; else it is
         * asked last, where the sentence would end (most full stops in a word, "3.5", end none
         * whatever stands before them, and the look-back is dear) */
        int full_stop = cp == '.';
        if (full_stop && may_follow_stop(d, r, i, p.end, depth)) {
            if (stop_ends_nothing(d, r, sent_start, i, p.end)) continue;
            full_stop = 0;
        }
        /* closing marks and brackets stay with the sentence they close */
        size_t j = i;
        while (j < p.end) {
            int32_t c;
            size_t m = rules_mark_char(r, s, p.end, j, &c);
            int mk = c >= 0 ? rules_mark(r, c) : 0;
            if (c == '.' || c == '!' || c == '?' || c == ')' || c == ']' || (mk & MARK_SINGLE)) {
                if (note_mark(out, mk, c, j) != 0) return -1;
                j += m;
            } else if (mk & MARK_CLOSES) {
                /* a closing mark at depth 0 closes a quotation opened in an earlier paragraph */
                if (depth > 0) depth--;
                if (note_mark(out, mk, c, j) != 0) return -1;
                j += m;
            } else if (depth > 0 && c >= 0 && uc_is_space(c)) {
                /* "… inquiet. » D'après": French sets a space (often no-break) before the mark
                 * that closes the quotation open here, which stays with the sentence it closes */
                size_t w = j + m;
                int32_t after = -1;
                while (w < p.end) {
                    size_t q = utf8_next(s, p.end, w, &after);
                    if (!(after >= 0 && uc_is_space(after) && after != '\n')) break;
                    w += q;
                }
                int32_t c2;
                if (w >= p.end || !(rules_mark_char(r, s, p.end, w, &c2) && c2 >= 0 && (rules_mark(r, c2) & MARK_CLOSES) &&
                                    !(rules_mark(r, c2) & MARK_SINGLE)))
                    break;
                j = w;
            } else {
                break;
            }
        }
        size_t k = j;
        int spaces = 0, line_break = 0;
        int32_t next = -1;
        while (k < p.end) {
            size_t m = utf8_next(s, p.end, k, &next);
            if (!(next >= 0 && uc_is_space(next))) break;
            spaces = 1;
            line_break |= next == '\n';
            k += m;
        }
        i = j;
        if (!spaces || k >= p.end || depth > 0) continue;
        int32_t next_mark;
        rules_mark_char(r, s, p.end, k, &next_mark); /* '' too */
        int nmark = next_mark >= 0 ? rules_mark(r, next_mark) : 0;
        /* (or the dash that opens the next line's turn of dialogue: "… présidente.\n— Je …") */
        if (!(uc_is_upper(next) || uc_is_digit(next) || (nmark & MARK_OPENS) || next == '(' ||
              (line_break && r->dialogue_dash && next == r->dialogue_dash)))
            continue;
        if (full_stop && stop_ends_nothing(d, r, sent_start, i, p.end)) continue; /* (i == j: nothing taken) */
        sentence snt = {sent_start, j, para, sentence_is_prose(s, p, sent_start, j)};
        if (VEC_PUSH(&out->sents, snt) != 0) return -1;
        sent_start = k;
    }
    if (sent_start < p.end) {
        sentence snt = {sent_start, p.end, para, sentence_is_prose(s, p, sent_start, p.end)};
        if (VEC_PUSH(&out->sents, snt) != 0) return -1;
    }
    return 0;
}

/* The words at text[a, b) (letters, digits, apostrophes as '), lower case, joined by _, up to
 * max words: the key a label is looked up by. Returns the number of words read; ends[k] is
 * where the k-th word ends, caps is set when every letter read is a capital. */
enum { LABEL_WORDS = 4 };
static size_t label_words(const document *d, size_t a, size_t b, char *key, size_t keycap,
                          size_t *keylen, size_t *ends, int *caps) {
    size_t n = 0, len = 0, i = a;
    *caps = 1;
    while (n < LABEL_WORDS && i < b) {
        size_t w = i;
        while (i < b) {
            unsigned char c = d->text[i];
            if (c < 0x80) { /* ASCII, most: the tests below without decoding */
                int letter = (unsigned)((c | 0x20) - 'a') < 26, apostrophe = c == '\'';
                if (!(letter || (unsigned)(c - '0') < 10 || (apostrophe && i > w))) break;
                if ((unsigned)(c - 'a') < 26) *caps = 0;
                if (len + 2 >= keycap) return n;
                key[len++] = (char)c;
                i++;
                continue;
            }
            int32_t cp;
            size_t m = utf8_next(d->text, b, i, &cp);
            int apostrophe = cp == '\'' || cp == 0x2019;
            if (!(uc_is_letter(cp) || uc_is_digit(cp) || (apostrophe && i > w))) break;
            if (uc_is_lower(cp)) *caps = 0;
            if (len + m + 1 >= keycap) return n;
            if (apostrophe) key[len++] = '\'';
            else
                for (size_t k = 0; k < m; k++) key[len++] = (char)d->text[i + k];
            i += m;
        }
        if (i == w) break;
        ends[n++] = i;
        keylen[n - 1] = len;
        if (i >= b || d->text[i] != ' ') break;
        key[len++] = '_';
        i++;
    }
    return n;
}

/* Does text[a, b) hold a bar or a middle dot (U+00B7), as a credit line separates its parts? */
static int has_separator(const unsigned char *s, size_t a, size_t b) {
    if (memchr(s + a, '|', b - a)) return 1;
    for (const unsigned char *c = s + a; (c = memchr(c, 0xC2, (size_t)(s + b - c))) != NULL; c++)
        if (c + 1 < s + b && c[1] == 0xB7) return 1;
    return 0;
}

/* Is the paragraph a line of the page rather than of the article: "(Karen Martel/The Canadian
 * Press)", "(See Sexton’s full timeline below.)", "READ MORE: …", "By Anna Frey, Associated
 * Press", "Tom Reyes · CBC News"? */
static int is_prose(const document *d, const whosaid_rules *r, const paragraph *p) {
    const unsigned char *s = d->text;
    size_t a = p->start, b = p->end;
    if (b <= a) return 1;
    /* most paragraphs: a sentence's end at the end, a word with a lower-case letter second
     * opening it (so not all in capitals, and no bracket), and no colon or bar after any word
     * (none at all): no label stands there and it is prose, known without reading its words */
    if (b - a >= 2 && (s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?') && s[a] < 0x80 &&
        ((unsigned)((s[a] | 0x20) - 'a') < 26 || (unsigned)(s[a] - '0') < 10) && (unsigned)(s[a + 1] - 'a') < 26 &&
        !memchr(s + a, ':', b - a) && !memchr(s + a, '|', b - a))
        return 1;
    /* a line in brackets, perhaps with a full stop after them */
    size_t e = b;
    if (s[e - 1] == '.' && e - 1 > a) e--;
    if ((s[a] == '(' && s[e - 1] == ')') || (s[a] == '[' && s[e - 1] == ']')) return 0;
    char key[128];
    size_t keylen[LABEL_WORDS], ends[LABEL_WORDS];
    int caps;
    size_t n = label_words(d, a, b, key, sizeof key, keylen, ends, &caps);
    for (size_t k = n; k-- > 0;) {
        size_t after = ends[k];
        while (after < b && s[after] == ' ') after++;
        /* a label stands alone or before a colon or a bar, or is written in capitals (asked
         * before the look-up: most lines' first words are none of these) */
        if (!(after >= b || s[after] == ':' || s[after] == '|' || caps)) continue;
        if (wordset_get(&r->boilerplate, key, keylen[k]) >= 0) return 0;
    }
    /* a byline: "By" and a name, in a short line without a full stop at its end */
    if (s[b - 1] == '.' || s[b - 1] == '!' || s[b - 1] == '?') return 1;
    /* a long line is prose: no need to read it all (a space at a time, found by memchr) */
    size_t words = 1;
    for (const unsigned char *sp = s + a; words <= 12 && (sp = memchr(sp, ' ', (size_t)(s + b - sp))) != NULL; sp++)
        words++;
    if (words > 12) return 1;
    if (n >= 2 && wordset_get(&r->byline_words, key, keylen[0]) >= 0 && uc_is_upper(s[ends[0] + 1]))
        return 0;
    /* "Tom Reyes · CBC News", "Photo: Jane Doe | Reuters" */
    return !has_separator(s, a, b);
}

/* A paragraph found: whether it is prose, and its sentences. */
static int add_paragraph(const document *d, const whosaid_rules *r, segments *out, size_t a, size_t b) {
    paragraph p = {a, b, 1};
    p.prose = is_prose(d, r, &p);
    size_t k = out->paras++;
    if (k % 8 == 0 && VEC_PUSH(&out->para_prose, 0) != 0) return -1;
    out->para_prose.items[k / 8] |= (unsigned char)(p.prose << (k % 8));
    return split_sentences(d, r, p, k, out);
}

int segment_document(const document *d, const whosaid_rules *r, segments *out) {
    out->sents.len = out->para_prose.len = out->paras = out->marks.len = 0;
    return find_paragraphs(d, r, out);
}

void segments_free(segments *s) {
    VEC_FREE(&s->sents);
    VEC_FREE(&s->para_prose);
    VEC_FREE(&s->marks);
    s->paras = 0;
}

/* The first sentence of paragraph k, or of the paragraphs after it (s->sents.len when none). */
static size_t first_sentence_of(const segments *s, size_t k) { VEC_RETURN_FIRST_FROM(s->sents, para, k); }

paragraph segments_para(const segments *s, size_t k) {
    size_t first = first_sentence_of(s, k), last = first_sentence_of(s, k + 1) - 1;
    paragraph p = {s->sents.items[first].start, s->sents.items[last].end, (unsigned char)segments_para_prose(s, k)};
    return p;
}

#define LAST_AT(vec, byte)                                         \
    do {                                                           \
        size_t lo;                                                 \
        SEARCH_PREFIX(lo, (vec).items, (vec).len, start, <=, byte); \
        return lo ? lo - 1 : 0;                                    \
    } while (0)

size_t segments_sentence_at(const segments *s, size_t byte) { LAST_AT(s->sents, byte); }
/* the paragraph of the last sentence that starts at or before byte: every paragraph starts with
 * its first sentence */
size_t segments_para_at(const segments *s, size_t byte) {
    return s->sents.len ? s->sents.items[segments_sentence_at(s, byte)].para : 0;
}
