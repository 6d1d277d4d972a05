/* quotes.c: pairs quotation marks into spans.
 *
 * Double marks are paired first over the whole document: a mark opens or closes by its kind
 * and, for marks that can do both (" and “ in „…“), by what flanks it. A quotation still open
 * at the end of its paragraph goes on into the next one when that paragraph re-opens it with
 * a mark at its start (the news habit; in Spanish the closing mark, before the words) or closes
 * it before opening anything else; otherwise it is unclosed and ends with its paragraph. Single
 * marks are paired afterwards, outside double quotations only, and only where they cannot be
 * apostrophes. */
#include "quotes.h"

#include <stdlib.h>

#include "scan.h"
#include "utf8.h"

/* The en dash, which some houses write dialogue with where the language's dash is the em dash. */
enum { EN_DASH = 0x2013 };

typedef struct {
    size_t pos, end; /* bytes of the mark */
    int32_t cp;
    int opens, closes; /* what it may do here, after looking at its neighbours */
    size_t para;
} mark_event;

static int is_space_or_none(int32_t cp) { return cp < 0 || uc_is_space(cp); }

static int opening_context(int32_t cp) {
    return cp < 0 || uc_is_space(cp) || cp == '(' || cp == '[' || cp == '{' || cp == 0x2014 ||
           cp == 0x2013 || cp == '-' || cp == '/' || cp == ':';
}

static int32_t char_before(const document *d, size_t pos) {
    size_t st;
    return pos ? utf8_prev(d->text, pos, &st) : -1;
}

static int32_t char_after(const document *d, size_t pos) {
    int32_t cp = -1;
    if (pos < d->len) utf8_next(d->text, d->len, pos, &cp);
    return cp;
}

/* A mark that may open and close is decided by its neighbours where they are clear. */
static void flank(const document *d, mark_event *e, int mark) {
    int32_t before = char_before(d, e->pos), after = char_after(d, e->end);
    e->opens = (mark & MARK_OPENS) != 0;
    e->closes = (mark & MARK_CLOSES) != 0;
    if (e->opens && e->closes) {
        int left = !is_space_or_none(after) && opening_context(before);
        int right = !is_space_or_none(before) && (after < 0 || !(uc_is_letter(after) || uc_is_digit(after)));
        if (left && !right) e->closes = 0;
        if (right && !left) e->opens = 0;
    }
}

size_t text_trim_space(const document *d, size_t start, size_t end) {
    while (end > start) {
        size_t st;
        int32_t cp = utf8_prev(d->text, end, &st);
        if (!(cp >= 0 && uc_is_space(cp))) break;
        end = st;
    }
    return end;
}

size_t text_past_aside_end(const document *d, size_t at, size_t end) {
    while (at < end) {
        int32_t cp;
        size_t n = utf8_next(d->text, end, at, &cp);
        if (!(cp == '.' || cp == ',' || cp == ';' || cp == ':' || (cp >= 0 && uc_is_space(cp)))) break;
        at += n;
    }
    return at;
}

/* Past the white space after start (French « Nous venons », with ordinary or no-break spaces). */
static size_t skip_space(const document *d, size_t start, size_t end) {
    while (start < end) {
        int32_t cp;
        size_t n = utf8_next(d->text, end, start, &cp);
        if (!(cp >= 0 && uc_is_space(cp))) break;
        start += n;
    }
    return start;
}

static int push_quote(quote_vec *out, const document *d, const mark_event *open, size_t end,
                      size_t close_end, int closed) {
    quote q = {0};
    q.open = open->pos;
    q.start = skip_space(d, open->end, end); /* the words, not the space inside the marks */
    q.end = text_trim_space(d, q.start, end);
    q.close_end = closed ? close_end : q.end;
    q.closed = closed;
    if (q.end <= q.start) return 0; /* nothing quoted */
    return VEC_PUSH(out, q);
}

enum { NESTING = 4 };

/* The pairing of double marks, fed one mark at a time in document order. The marks are not
 * kept (a text of marks would keep 40 bytes a byte), only the open one and the quotations
 * nested in it. */
typedef struct {
    mark_event open;
    int has_open;
    /* quotations inside the open one ("The "fake news" claim", said as “…”): their marks close
     * them, not the outer quotation; a few deep at most, which keeps the pairing linear */
    int32_t inner[NESTING];
    size_t depth;
    size_t cur_para;
} pairing;

static int pair_mark(pairing *p, const document *d, const whosaid_rules *r, const segments *seg, quote_vec *out,
                     const mark_event *e) {
    const mark_event *open = p->has_open ? &p->open : NULL;
    if (open && p->depth && e->para == p->cur_para) {
        int32_t in = p->inner[p->depth - 1];
        if (e->closes && (e->cp == in || (e->cp != open->cp && rules_marks_pair(r, in, e->cp)))) {
            p->depth--;
            return 0;
        }
        if (e->opens && !e->closes && e->cp != open->cp && p->depth < NESTING) {
            p->inner[p->depth++] = e->cp;
            return 0;
        }
    } else if (open && !p->depth && e->para == p->cur_para && e->opens && !e->closes && e->cp != open->cp) {
        p->inner[p->depth++] = e->cp;
        return 0;
    }
    int rc = 0;
    if (open && e->para != p->cur_para) {
        p->depth = 0;
        size_t next = p->cur_para + 1;
        if (e->para == next && e->pos == segments_para(seg, next).start && e->opens &&
            rules_mark(r, e->cp) == rules_mark(r, open->cp)) {
            p->cur_para = next; /* re-opened at the new paragraph: the same quotation */
            return 0;
        }
        /* "«Llevamos cinco años … // »Lo que no se cubre …»": where the press marks a quotation's
         * next paragraph with its closing mark, the words right after it (Spanish "comillas de
         * seguir"), that paragraph goes on with it; no closing mark opens a paragraph otherwise */
        if (e->para == next && e->pos == segments_para(seg, next).start && e->closes &&
            rules_marks_pair(r, open->cp, e->cp) && !is_space_or_none(char_after(d, e->end))) {
            p->cur_para = next;
            return 0;
        }
        if (e->para == next && e->closes && rules_marks_pair(r, open->cp, e->cp)) {
            p->has_open = 0;
            return push_quote(out, d, open, e->pos, e->end, 1);
        }
        rc = push_quote(out, d, open, segments_para(seg, p->cur_para).end, 0, 0);
        p->has_open = 0;
        open = NULL;
    }
    if (!open) {
        if (e->opens) {
            p->open = *e;
            p->has_open = 1;
            p->cur_para = e->para;
        }
    } else if (e->closes && rules_marks_pair(r, open->cp, e->cp)) {
        rc = push_quote(out, d, open, e->pos, e->end, 1);
        p->has_open = 0;
        p->depth = 0;
    } else if (e->cp == open->cp && e->opens) {
        /* the same mark again before a close: the first one was never closed */
        rc = push_quote(out, d, open, e->pos, 0, 0);
        p->open = *e;
    }
    return rc;
}

/* The paragraph of byte i, for offsets met in order: *sent follows the sentences. */
static size_t para_of(const segments *seg, size_t *sent, size_t i) {
    while (*sent + 1 < seg->sents.len && seg->sents.items[*sent + 1].start <= i) ++*sent;
    return seg->sents.items[*sent].para;
}

static int pair_double_marks(const document *d, const whosaid_rules *r, const segments *seg, quote_vec *out) {
    pairing p = {0};
    size_t sent = 0;
    for (size_t k = 0; k < seg->marks.len; k++) { /* the marks sentence splitting met */
        size_t i = seg->marks.items[k];
        int32_t cp;
        size_t n = rules_mark_char(r, d->text, d->len, i, &cp);
        int mark = rules_mark(r, cp);
        if (mark & MARK_SINGLE) continue;
        mark_event e = {i, i + n, cp, 0, 0, para_of(seg, &sent, i)};
        flank(d, &e, mark);
        if (pair_mark(&p, d, r, seg, out, &e) != 0) return -1;
    }
    return p.has_open ? push_quote(out, d, &p.open, segments_para(seg, p.cur_para).end, 0, 0) : 0;
}

/* Single quotations outside the double ones (doubles, in order): ‘ at a word's start, closed
 * in the same paragraph by ’ at a word's end that is not followed by a letter (which would make
 * it an apostrophe). They go to out, in order. Both marks are beyond ASCII: of the marks that
 * sentence splitting met, those (a doubled ASCII sign is none). */
static int pair_single_marks(const document *d, const whosaid_rules *r, const segments *seg,
                             const quote_vec *doubles, quote_vec *out) {
    size_t ndouble = doubles->len, next_double = 0, sent = 0, para = 0, para_end = segments_para(seg, 0).end;
    const uint32_t *marks = seg->marks.items;
    size_t nmarks = seg->marks.len;
    /* scans that found no closing mark: a later mark of the same kind with the same limit would
     * find none either, so many unclosed marks in a paragraph cost one scan, not one each */
    struct {
        int32_t cp;
        size_t limit;
    } failed[8] = {{0, 0}};
    size_t nfailed = 0;
    for (size_t k = 0; k < nmarks; k++) {
        size_t i = marks[k];
        if (d->text[i] < 0x80) continue;
        while (next_double < ndouble && doubles->items[next_double].close_end <= i) next_double++;
        if (next_double < ndouble && doubles->items[next_double].open <= i) continue;
        int32_t cp;
        size_t n = utf8_next(d->text, d->len, i, &cp);
        int mark = rules_mark(r, cp);
        if (!((mark & MARK_SINGLE) && (mark & MARK_OPENS)) || !opening_context(char_before(d, i)) ||
            is_space_or_none(char_after(d, i + n)))
            continue;
        size_t at = para_of(seg, &sent, i);
        if (at != para) para_end = segments_para(seg, para = at).end;
        size_t limit = para_end;
        if (next_double < ndouble && doubles->items[next_double].open < limit) limit = doubles->items[next_double].open;
        size_t found = 0, close_len = 0, close_k = k;
        int known = 0;
        for (size_t f = 0; f < 8 && f < nfailed; f++) known |= failed[f].cp == cp && failed[f].limit == limit;
        /* the closing mark: among the marks after this one, before the limit */
        for (size_t c_k = k + 1; !known && c_k < nmarks && marks[c_k] < limit; c_k++) {
            size_t j = marks[c_k];
            if (d->text[j] < 0x80) continue;
            int32_t c;
            size_t m = utf8_next(d->text, limit, j, &c);
            int32_t after = char_after(d, j + m);
            if (rules_marks_pair(r, cp, c) && !is_space_or_none(char_before(d, j)) &&
                !(after >= 0 && (uc_is_letter(after) || uc_is_digit(after)))) {
                found = j;
                close_len = m;
                close_k = c_k;
                break;
            }
        }
        if (found) {
            mark_event e = {i, i + n, cp, 1, 0, para};
            if (push_quote(out, d, &e, found, found + close_len, 1) != 0) return -1;
            k = close_k; /* on after the closing mark */
        } else if (!known) {
            failed[nfailed % 8].cp = cp;
            failed[nfailed % 8].limit = limit;
            nfailed++;
        }
    }
    return 0;
}

/* Merges the single quotations (in order) into the double ones (in order), in place from the
 * back: a sort would copy every quotation once more. */
static int merge_singles(quote_vec *out, const quote_vec *singles) {
    size_t a = out->len, b = singles->len;
    quote none = {0};
    for (size_t k = 0; k < b; k++)
        if (VEC_PUSH(out, none) != 0) return -1;
    for (size_t at = out->len; b > 0;) {
        int single = a == 0 || singles->items[b - 1].open > out->items[a - 1].open;
        out->items[--at] = single ? singles->items[--b] : out->items[--a];
    }
    return 0;
}

/* Not speech: a word or three inside a sentence (scare quotes, nicknames) or a run of
 * capitalised words (a title), unless the quotation is punctuated like speech. */
/* The word before the opening mark at byte open, within text[from, open), as text[*s, *e):
 * past white space (and commas too where past_commas). *s == *e where none is there; returns
 * 0 where nothing was passed over. */
static int word_before_mark(const document *d, size_t from, size_t open, int past_commas, size_t *s, size_t *e) {
    size_t st;
    *e = open;
    while (*e > from) {
        int32_t cp = utf8_prev(d->text, *e, &st);
        if (cp < 0 || !(uc_is_space(cp) || (past_commas && cp == ','))) break;
        *e = st;
    }
    *s = *e;
    while (*s > from) {
        int32_t cp = utf8_prev(d->text, *s, &st);
        if (cp < 0 || !(uc_is_letter(cp) || cp == '-')) break;
        *s = st;
    }
    return *e < open;
}

/* Does the word just before the opening mark name a work ("the book", "titled")? */
static int after_work_noun(const document *d, const whosaid_rules *r, size_t from, size_t open) {
    size_t s, e;
    word_before_mark(d, from, open, 1, &s, &e);
    return e > s && (wordset_get(&r->work_nouns, (const char *)d->text + s, e - s) >= 0 ||
                     wordset_get(&r->work_verbs, (const char *)d->text + s, e - s) >= 0);
}

/* Is the word just before the opening mark (a space between them) one in lower case that is
 * no verb ("the stock “outperform,”", not "said “no,”")? */
static int term_after_word(const document *d, const whosaid_rules *r, size_t from, size_t open) {
    size_t s, e;
    int32_t first;
    if (!word_before_mark(d, from, open, 0, &s, &e) || e == s || (utf8_next(d->text, e, s, &first), !uc_is_lower(first)))
        return 0;
    return wordset_get(&r->verbs, (const char *)d->text + s, e - s) < 0;
}

/* Words an attribution that interrupts a quotation may hold ("she said", "said Dr. Ann Lee"). */
enum { INTERRUPTING_WORDS = 6 };

/* Does q take up again the quotation prev that an attribution interrupts: prev ends in a comma
 * inside its marks, and between them stand a few words with a reporting verb, then a comma
 * ("“Every time a truck comes up the lane,” she said, “my stomach drops.”")? */
static int resumes_after_attribution(const document *d, const whosaid_rules *r, const quote *prev, const quote *q) {
    if (!prev->closed || prev->type != WHOSAID_DIRECT || prev->end <= prev->start || q->open <= prev->close_end)
        return 0;
    size_t last_start, e = prev->end;
    int32_t last = utf8_prev(d->text, e, &last_start);
    if (last != ',') return 0;
    const char *s = (const char *)d->text;
    size_t b = q->open;
    while (b > prev->close_end && (s[b - 1] == ' ' || s[b - 1] == '\t')) b--;
    if (b == prev->close_end || s[b - 1] != ',') return 0;
    size_t words = 0, verb = 0, work = 0;
    for (size_t i = prev->close_end; i < b - 1;) {
        while (i < b - 1 && s[i] == ' ') i++;
        size_t w = i;
        while (i < b - 1 && s[i] != ' ' && s[i] != ',' && s[i] != '\n') i++;
        if (i < b - 1 && s[i] != ' ') return 0; /* a comma or a line break inside: more than an attribution */
        if (i > w && ++words > INTERRUPTING_WORDS) return 0;
        if (i > w && wordset_get(&r->verbs, s + w, i - w) >= 0) verb = 1;
        /* (the last word a work's noun: "she wrote in her memoir, “Tough Choices.”" names it) */
        if (i > w) work = wordset_get(&r->work_nouns, s + w, i - w) >= 0;
    }
    return verb && !work;
}

/* Does q stand where its sentence opens, or after a colon? */
static int opens_own_sentence(const document *d, const segments *seg, const quote *q) {
    const sentence *snt = &seg->sents.items[q->sent];
    size_t st;
    int32_t before = q->open > snt->start ? utf8_prev(d->text, q->open, &st) : -1;
    while (before >= 0 && uc_is_space(before) && st > snt->start) before = utf8_prev(d->text, st, &st);
    return q->open <= snt->start || before == ':';
}

/* Words past which classify takes a quotation for speech: past TITLE_WORDS unless a noun of a
 * work leads into it ("the report “…”"), past DIRECT_WORDS whatever. */
enum { TITLE_WORDS = 8, DIRECT_WORDS = 15 };

static unsigned classify(const document *d, const whosaid_rules *r, const segments *seg, const quote *prev,
                         const quote *q) {
    const unsigned char *s = d->text;
    /* the rest of a quotation its attribution interrupts is speech, however short */
    if (prev && resumes_after_attribution(d, r, prev, q)) return WHOSAID_DIRECT;
    /* a paragraph of dialogue is speech, however short */
    if (r->dialogue_dash && (q->open == q->start || char_after(d, q->open) == r->dialogue_dash ||
                             char_after(d, q->open) == EN_DASH))
        return WHOSAID_DIRECT;
    /* "READ MORE: ‘It becomes a nightmare’": the headline of another page */
    if (!segments_para_prose(seg, quote_para(seg, q))) return WHOSAID_TITLE;
    size_t words = 0, word_start = 0;
    int capitalised = 1; /* every word so far, as a title writes them */
    int in_word = 0, first_upper = 0;
    for (size_t i = q->start; i <= q->end;) {
        /* inside a word its ASCII letters, digits and punctuation change nothing: passed over */
        if (in_word) i = scan_ascii_word(s, i, q->end);
        int32_t cp = ' ';
        size_t n = i < q->end ? utf8_next(s, q->end, i, &cp) : 1;
        int space = cp >= 0 && uc_is_space(cp);
        if (!space && !in_word) {
            words++;
            word_start = i;
            first_upper = uc_is_upper(cp) || uc_is_digit(cp);
            /* (past eight words not all capitalised, only a noun of a work before the marks
             * still makes a title, of fewer than sixteen words, below: where none does, the
             * words after need no counting, most quotations' most) */
            if (words == TITLE_WORDS + 1 && !capitalised &&
                (opens_own_sentence(d, seg, q) || !after_work_noun(d, r, seg->sents.items[q->sent].start, q->open)))
                return WHOSAID_DIRECT;
        } else if (space && in_word) {
            /* a title capitalises its words but for connectors: "Post Offices in 2030" */
            if (capitalised && !first_upper &&
                !(words > 1 && wordset_get(&r->connectors, (const char *)s + word_start, i - word_start) >= 0))
                capitalised = 0;
        }
        in_word = !space;
        i += n;
        if (words > DIRECT_WORDS) return WHOSAID_DIRECT;
    }
    size_t last_start, last_end = q->end;
    int32_t last = utf8_prev(s, last_end, &last_start);
    while (last >= 0 && uc_is_space(last) && last_start > q->start) /* « Nous venons. » */
        last = utf8_prev(s, last_end = last_start, &last_start);
    int speechlike_end = last == ',' || last == '!' || last == '?';
    /* the comma after the closing mark, as Spanish, French and German set it: «Sí», dijo */
    int32_t after_close = q->closed ? char_after(d, q->close_end) : -1;
    int stop_end = last == '.' || last == 0x2026;
    /* where the quotation stands: at its sentence's start, or after a colon */
    const sentence *snt = &seg->sents.items[q->sent];
    int own_sentence = opens_own_sentence(d, seg, q);
    /* (a word alone where a sentence opens: "« Non », a-t-il lâché", not after a colon) */
    if (own_sentence && after_close == ',' && (words >= 2 || q->open <= snt->start)) speechlike_end = 1;
    if (words >= 2 && capitalised && !speechlike_end && !stop_end && !own_sentence) return WHOSAID_TITLE;
    if (!own_sentence && after_work_noun(d, r, snt->start, q->open)) return WHOSAID_TITLE;
    if (words > TITLE_WORDS) return WHOSAID_DIRECT;
    /* inside a sentence, American style puts the comma inside the marks: CNN’s “New Day,” is
     * a title (a quoted word or two, “attack,”, is judged once cues are known) */
    if (!own_sentence && last == ',' && words >= 2 && words <= 6 && capitalised) return WHOSAID_TITLE;
    if (words > 3) return WHOSAID_DIRECT;
    /* "who rates the stock “outperform,” said …": a word or two that a word of the sentence in
     * lower case, no reporting verb, leads into is a term it uses; the comma inside the marks
     * is American punctuation, not the end of speech before its cue */
    if (!own_sentence && words <= 2 && last == ',' && term_after_word(d, r, snt->start, q->open)) return WHOSAID_SCARE;
    if (speechlike_end || (stop_end && own_sentence)) return WHOSAID_DIRECT;
    return WHOSAID_SCARE;
}

/* The first byte at or after from, before end, where the dash stands; end when none. */
static size_t find_dash(const document *d, int32_t dash, size_t from, size_t end) {
    for (size_t i = from; i < end;) {
        int32_t cp;
        size_t n = utf8_next(d->text, end, i, &cp);
        if (cp == dash) return i;
        i += n;
    }
    return end;
}

/* Words an incise after a dialogue line's speech holds at most ("répond l'accusé", "demande
 * la présidente du tribunal"). */
enum { INCISE_WORDS = 8, INCISE_BYTES = 160 };

/* Is text[a, b) a word of set? */
static int word_in(const document *d, const wordset *set, size_t a, size_t b) {
    return b > a && wordset_get(set, (const char *)d->text + a, b - a) >= 0;
}

/* The end of the word that starts at w, before end: at a space, comma or full stop. */
static size_t incise_word_end(const document *d, size_t w, size_t end) {
    while (w < end && d->text[w] != ' ' && d->text[w] != ',' && d->text[w] != '.') w++;
    return w;
}

/* "? l'interroge la présidente", "? la coupe le juge", ", s'étonne la juge", ", se défend-il",
 * ", s'est exclamé l'avocat": the object pronoun written as an article (object-clitics.txt) or
 * the reflexive pronoun and auxiliary (auxiliaries.txt), elided or words of their own, before
 * the verb of an incise. Given the word [w, *e), returns where the verb starts and sets *e to
 * its end; w where nothing comes before it. */
static size_t past_clitic(const document *d, const whosaid_rules *r, size_t w, size_t *e, size_t end) {
    const char *s = (const char *)d->text;
    for (int passed = 0; passed < 3; passed++) {
        size_t k = w;
        while (k + 1 < *e && s[k] != '\'' && !((unsigned char)s[k] == 0xE2 && k + 3 <= *e && !memcmp(s + k, "\u2019", 3))) k++;
        if (k + 1 < *e) { /* elided: "l'", "s'" */
            size_t after = s[k] == '\'' ? k + 1 : k + 3;
            if (after >= *e || !(word_in(d, &r->object_clitics, w, k) || word_in(d, &r->auxiliaries, w, k))) return w;
            w = after;
            continue;
        }
        /* (an auxiliary may have its subject pronoun joined on: "? a-t-il demandé") */
        size_t pronoun, joined;
        if (!(word_in(d, &r->object_clitics, w, *e) || word_in(d, &r->auxiliaries, w, *e) ||
              ((joined = rules_clitic_split(r, s + w, *e - w, &pronoun)) && word_in(d, &r->auxiliaries, w, w + joined))) ||
            *e + 1 >= end || s[*e] != ' ')
            return w;
        size_t v = *e + 1, ve = incise_word_end(d, v, end);
        if (ve == v) return w;
        w = v;
        *e = ve;
    }
    return w;
}

/* Does the incise's verb [w, e) report speech: a verb of verbs.txt, the first word of one
 * of its phrases ("fait remarquer"), or either with its subject pronoun joined on
 * ("tranche-t-il", "répond-elle")? */
static int incise_verb(const document *d, const whosaid_rules *r, size_t w, size_t e) {
    int32_t first;
    if (utf8_next(d->text, e, w, &first) == 0 || !uc_is_lower(first)) return 0;
    if (word_in(d, &r->verbs, w, e) || word_in(d, &r->verb_heads, w, e)) return 1;
    size_t pronoun, v = rules_clitic_split(r, (const char *)d->text + w, e - w, &pronoun);
    return v && (word_in(d, &r->verbs, w, w + v) || word_in(d, &r->verb_heads, w, w + v));
}

/* "— J'étais à bout, répond l'accusé.", "— Vous saviez ? demande la présidente.": where the
 * narrator's words close a line of dialogue without a dash of their own, after a comma, a
 * question or an exclamation mark, a reporting verb (rules/<lang>/verbs.txt) in lower case and a
 * few words up to the line's end (INCISE_BYTES at most). The end of the speech in [from, end):
 * before the comma, after the other marks; end where no incise closes the line. */
static size_t before_incise(const document *d, const whosaid_rules *r, size_t from, size_t end) {
    size_t cut = end;
    /* (from its last bytes only: a line of a thousand commas is read once) */
    size_t i = end - from > INCISE_BYTES ? end - INCISE_BYTES : from;
    while (i < end && (d->text[i] & 0xC0) == 0x80) i++; /* on a character's first byte */
    while (i < end) {
        int32_t cp;
        size_t n = utf8_next(d->text, end, i, &cp);
        i += n;
        if (!(cp == ',' || cp == '?' || cp == '!' || cp == 0x2026)) continue;
        size_t w = i;
        while (w < end) { /* the white space after it, no-break too */
            int32_t sp;
            size_t m = utf8_next(d->text, end, w, &sp);
            if (sp < 0 || !uc_is_space(sp)) break;
            w += m;
        }
        size_t e = incise_word_end(d, w, end);
        if (w < i + 1 || e == w) continue;
        w = past_clitic(d, r, w, &e, end);
        if (!incise_verb(d, r, w, e)) continue;
        /* the incise runs to the line's end: a few words, no other sentence */
        size_t words = 1, k = e;
        int other = 0;
        for (; k < end; k++) {
            if (d->text[k] == ' ') words++;
            if ((d->text[k] == '.' || d->text[k] == '?' || d->text[k] == '!') && k + 1 < end) other = 1;
        }
        if (other || words > INCISE_WORDS) continue;
        cut = cp == ',' ? i - n : i;
        break;
    }
    return cut;
}

/* "—¿Qué encontraron exactamente?" and then "—Una losa de pizarra —explica Arriaza—.": a turn
 * that is a paragraph of its own, a question with no cue, before a paragraph that is another
 * turn, is the interviewer's, whom the story does not quote: a quotation still (the words are
 * no narrator's, nor the next turn's cue), of which no record is written (whosaid.c). */
static int interviewer_question(const document *d, const segments *seg, size_t p, size_t line, size_t line_end,
                                int32_t dash) {
    paragraph pa = segments_para(seg, p);
    if (line != pa.start || line_end != pa.end || p + 1 >= seg->paras) return 0;
    size_t e = line_end, at;
    int32_t cp;
    while (e > line && (cp = utf8_prev(d->text, e, &at)) >= 0 && uc_is_space(cp)) e = at;
    if (e == line || d->text[e - 1] != '?') return 0;
    paragraph next = segments_para(seg, p + 1);
    int32_t first;
    return utf8_next(d->text, next.end, next.start, &first) > 0 && first == dash;
}

/* Does the paragraph hold a quotation mark of doubles (from *next on, which moves past those
 * before it)? */
static int holds_marks(const quote_vec *doubles, size_t *next, paragraph pa) {
    while (*next < doubles->len && doubles->items[*next].close_end <= pa.start) (*next)++;
    return *next < doubles->len && doubles->items[*next].open < pa.end;
}

/* Dialogue: a line that opens with the language's dialogue dash is speech (each such line of a
 * paragraph a turn of its own), up to a dash after a space that opens the narrator's aside
 * ("—Es un buen día —afirmó el alcalde."), or else up to an incise that closes the line
 * ("— Je ne sais plus, répond l'accusé."); where the speech goes on after a dash that closes
 * the aside ("—No lo sé —dijo—. Lo veremos."), the turn is one quotation, aside and all. A
 * paragraph that holds quotation marks is left to them. */
static int pair_dialogue(const document *d, const whosaid_rules *r, const segments *seg, const quote_vec *doubles,
                         quote_vec *out) {
    int32_t dash = r->dialogue_dash;
    size_t next = 0;
    for (size_t p = 0; dash && p < seg->paras; p++) {
        paragraph pa = segments_para(seg, p);
        if (holds_marks(doubles, &next, pa)) continue;
        for (size_t line = pa.start, line_end; line < pa.end; line = line_end + 1) {
            for (line_end = line; line_end < pa.end && d->text[line_end] != '\n';) line_end++;
            int32_t first;
            size_t n = utf8_next(d->text, line_end, line, &first);
            /* (or an en dash where the house writes dialogue so, "–Significa que …" in Argentine
             * papers: a letter, "¿" or "¡" right after it, no space, unlike a list's) */
            if (first == EN_DASH && dash != EN_DASH && line + n < line_end) {
                int32_t after;
                utf8_next(d->text, line_end, line + n, &after);
                if (!(uc_is_letter(after) || after == 0xBF || after == 0xA1)) continue;
            } else if (first != dash)
                continue;
            int32_t dash_here = first;
            mark_event open = {line, line + n, dash_here, 1, 0, p};
            size_t pos = open.end;
            while (pos < line_end) {
                /* the aside opens at a dash after a space */
                size_t aside = pos;
                for (;;) {
                    aside = find_dash(d, dash_here, aside, line_end);
                    if (aside >= line_end || (aside > pos && uc_is_space(char_before(d, aside)))) break;
                    aside += n;
                }
                if (aside >= line_end) {
                    size_t cut = before_incise(d, r, pos, line_end);
                    if (push_quote(out, d, &open, cut, cut, 1) != 0) return -1;
                    if (out->len && out->items[out->len - 1].open == open.pos && pos == open.end && cut == line_end)
                        out->items[out->len - 1].asked = (unsigned char)interviewer_question(d, seg, p, line, line_end, dash_here);
                    break;
                }
                /* the aside closes at the next dash; the speech goes on after its punctuation, the
                 * same turn, aside and all ("—No lo sé —dijo—. Lo veremos.": one quotation, which
                 * the aside inside it cues) */
                size_t shut = find_dash(d, dash_here, aside + n, line_end);
                size_t resume = shut < line_end ? text_past_aside_end(d, shut + n, line_end) : line_end;
                if (shut >= line_end || resume >= line_end) {
                    if (push_quote(out, d, &open, aside, aside + n, 1) != 0) return -1;
                    break;
                }
                pos = resume;
            }
        }
    }
    return 0;
}

/* The bytes of the mark that ends a label at text[c]: a colon (1), a full stop and a hyphen (2)
 * or an en dash (4); 0 where none. */
static size_t label_mark(const document *d, size_t c, size_t end) {
    if (d->text[c] == ':') return 1;
    if (d->text[c] != '.' || c + 1 >= end) return 0;
    if (d->text[c + 1] == '-') return 2;
    return c + 3 < end && !memcmp(d->text + c + 1, "\xe2\x80\x93", 3) ? 4 : 0;
}

/* leading_label, whose label holds limit bytes at most (with its spacing). */
static size_t label_within(const document *d, size_t a, size_t end, size_t limit, size_t *label_end) {
    size_t c = a;
    while (c < end && c < a + limit && d->text[c] != '\n' && !label_mark(d, c, end)) c++;
    size_t mark = c < end ? label_mark(d, c, end) : 0;
    if (!mark || c == a) return 0;
    size_t after = c + mark;
    size_t e = c;
    /* (French spacing before the colon: a space, a no-break space or a narrow one) */
    for (;;) {
        if (e > a && d->text[e - 1] == ' ') e--;
        else if (e >= a + 2 && !memcmp(d->text + e - 2, "\xc2\xa0", 2)) e -= 2;
        else if (e >= a + 3 && !memcmp(d->text + e - 3, "\xe2\x80\xaf", 3)) e -= 3;
        else break;
    }
    /* a capital first, then letters, spaces, hyphens, full stops and apostrophes (bytes beyond
     * ASCII taken as letters or no-break spaces) */
    if (e <= a || !utf8_opens_upper(d->text, e, a)) return 0;
    for (size_t i = a; i < e; i++) {
        unsigned char b = d->text[i];
        if (b < 0x80 && !uc_is_letter(b) && b != ' ' && b != '-' && b != '.' && b != '\'') return 0;
    }
    *label_end = e;
    return after;
}

/* leading_label (quotes.h). */
size_t leading_label(const document *d, size_t a, size_t end, size_t *label_end) {
    return label_within(d, a, end, LEADING_LABEL_BYTES, label_end);
}

/* Bytes of spacing a label may have before its mark (a no-break space and a space). */
enum { LABEL_SPACING_BYTES = 4 };

static int ends_in_question(const document *d, const paragraph *para);

/* Where the paragraph opens with a label of set and a colon, or a full stop and a dash ("R: Es
 * un golpe muy duro.", "P.- ¿Por qué?"), or a full stop alone (asks: a question's label, in a
 * paragraph that asks): the byte after them; 0 when it does not. */
static size_t after_label(const document *d, const paragraph *para, const wordset *set, int asks) {
    /* (no further than the set's longest label and French spacing: most paragraphs open with
     * none, and this is asked of every one) */
    if (!set->len) return 0;
    size_t e, after = label_within(d, para->start, para->end, set->max_len + LABEL_SPACING_BYTES, &e);
    if (after) return wordset_get(set, (const char *)d->text + para->start, e - para->start) >= 0 ? after : 0;
    /* (or the label and a full stop before a space: "Q. Will those jobs come back?", "A. Some
     * will."; asks: only where the paragraph asks, since "P. Gómez" opens with an initial, to
     * find that the document is an interview at all) */
    if (asks && !ends_in_question(d, para)) return 0;
    for (e = para->start; e < para->end && e < para->start + set->max_len;) {
        int32_t cp;
        size_t bytes = utf8_next(d->text, para->end, e, &cp);
        if (cp < 0 || !uc_is_letter(cp)) break;
        e += bytes;
    }
    return e > para->start && e + 2 < para->end && d->text[e] == '.' && d->text[e + 1] == ' ' &&
                   wordset_get(set, (const char *)d->text + para->start, e - para->start) >= 0
               ? e + 2
               : 0;
}

/* Where the paragraph opens with a name's label, in capitals before a colon or in any case before
 * a full stop and a dash ("OLABARRIETA.- Porque …", "ANTONIO LUQUE.- Mal."), or in any case
 * before a colon where the document labels answers so more than once (mixed_ok), its first word
 * no word of not-names.txt, no question's label and no letter alone: the byte after it, and the
 * label's end in *label_end; 0 when it does not. */
static size_t after_name_label(const document *d, const whosaid_rules *r, const paragraph *para, int mixed_ok,
                               size_t *label_end) {
    size_t e, after = leading_label(d, para->start, para->end, &e);
    if (!after || wordset_get(&r->interview_questions, (const char *)d->text + para->start, e - para->start) >= 0) return 0;
    /* (a letter alone labels an item of a list: "A.- …") */
    if (e - para->start < 2) return 0;
    int capitals = 1;
    for (size_t w = para->start; w < e && capitals; w++) capitals = !(d->text[w] >= 'a' && d->text[w] <= 'z');
    if (!capitals && !mixed_ok && d->text[after - 1] == ':') return 0;
    size_t first = para->start;
    while (first < e && d->text[first] != ' ') first++;
    if (wordset_get_folded(&r->not_names, (const char *)d->text + para->start, first - para->start) >= 0) return 0;
    *label_end = e;
    return after;
}

/* Does the paragraph end with a question mark (past closing quotation marks and brackets)? */
static int ends_in_question(const document *d, const paragraph *para) {
    size_t e = para->end;
    while (e > para->start && (d->text[e - 1] == ')' || d->text[e - 1] == '"' || d->text[e - 1] == ' ')) e--;
    return e > para->start && d->text[e - 1] == '?';
}

/* Bytes of two words joined that paragraph_holds_word looks up, at most. */
enum { WORD_PAIR_BYTES = 48 };

/* paragraph_holds_word (quotes.h). */
int paragraph_holds_word(const document *d, const wordset *set, paragraph pa) {
    if (!set->len) return 0;
    char pair[WORD_PAIR_BYTES];
    size_t pair_len = 0; /* the word before, and its "_", in pair; 0 where none fits */
    for (size_t w = pa.start; w < pa.end;) {
        while (w < pa.end && !(d->text[w] >= 0x80 || uc_is_letter(d->text[w]))) w++;
        size_t e = w;
        while (e < pa.end && (d->text[e] >= 0x80 || uc_is_letter(d->text[e]) || d->text[e] == '-')) e++;
        if (e == w) break;
        if (wordset_get_folded(set, (const char *)d->text + w, e - w) >= 0) return 1;
        /* (and with the word before it, "spoke_to", "entretenue_avec") */
        if (pair_len && pair_len + (e - w) <= sizeof pair) {
            memcpy(pair + pair_len, d->text + w, e - w);
            if (wordset_get_folded(set, pair, pair_len + (e - w)) >= 0) return 1;
        }
        pair_len = e - w + 1 <= sizeof pair ? e - w + 1 : 0;
        if (pair_len) {
            memcpy(pair, d->text + w, e - w);
            pair[e - w] = '_';
        }
        w = e;
    }
    return 0;
}

/* Bytes of a paragraph that asks an interview's question without a label, at most. */
enum { ASKING_PARA_BYTES = 400 };
/* Paragraphs of an answer after its question, without a label, at most. */
enum { ANSWER_PARAS = 3 };
/* Bytes of a header that says an interview follows ("Nachgefragt", "Drei Fragen an …"), at most. */
enum { INTERVIEW_HEADER_BYTES = 48 };

/* Does the paragraph open with a dash, as turns of dialogue do ("–¿Cómo tomaste la noticia?")? */
static int opens_with_dash(const document *d, paragraph pa) {
    return pa.start + 3 <= pa.end && d->text[pa.start] == 0xe2 && d->text[pa.start + 1] == 0x80 &&
           (d->text[pa.start + 2] == 0x93 || d->text[pa.start + 2] == 0x94);
}

/* Is the paragraph one turn of dialogue and nothing else (pair_dialogue's quotation from its
 * dash, the first quotation at or after doubles->items[*next])? Its quotation's index, or
 * SIZE_MAX. */
static size_t dash_answer(const document *d, const quote_vec *doubles, size_t *next, paragraph pa) {
    if (!opens_with_dash(d, pa) || !holds_marks(doubles, next, pa)) return SIZE_MAX;
    size_t k = *next;
    return doubles->items[k].open == pa.start && (k + 1 >= doubles->len || doubles->items[k + 1].open >= pa.end) ? k
                                                                                                          : SIZE_MAX;
}

/* "She spoke to the Herald on Friday. / What does the decision mean for the islands? / Fewer
 * crossings, …": an interview without labels, where a paragraph that says so (interview-words.txt),
 * or a short header before the paragraph that names the interviewee, comes right before a
 * paragraph that asks, short and without marks, and at least two such questions
 * have a paragraph without marks after them: up to ANSWER_PARAS paragraphs after each question,
 * up to the next, are the interviewee's answers. */
/* (an answer may open with a dash, a turn of dialogue ("Quelle sera votre première décision ? /
 * — Je vais demander …"): that turn is the answer) */
static int pair_unlabelled_interview(const document *d, const whosaid_rules *r, const segments *seg,
                                     quote_vec *doubles, quote_vec *out) {
    if (!r->interview_words.len) return 0;
    size_t first = SIZE_MAX, asked_last = 0, pairs = 0, next = 0;
    for (size_t p = 1; p + 1 < seg->paras; p++) {
        paragraph pa = segments_para(seg, p), after = segments_para(seg, p + 1);
        if (pa.end - pa.start > ASKING_PARA_BYTES || !ends_in_question(d, &pa) || ends_in_question(d, &after) ||
            opens_with_dash(d, pa) || holds_marks(doubles, &next, pa) ||
            (holds_marks(doubles, &next, after) && dash_answer(d, doubles, &next, after) == SIZE_MAX))
            continue;
        if (first == SIZE_MAX) {
            /* (or a header of its own right before the paragraph that names whom it is with:
             * "Nachgefragt / Noah Imfeld (24) studiert … / Hat Sie der Entscheid überrascht?") */
            /* (a header's words of their own, rules/<lang>/interview-headers.txt: not any word
             * of an interview, which a headline may hold, "Stadt lädt zum Gespräch …") */
            paragraph header = segments_para(seg, p >= 2 ? p - 2 : p - 1);
            if (!paragraph_holds_word(d, &r->interview_words, segments_para(seg, p - 1)) &&
                !(p >= 2 && header.end - header.start <= INTERVIEW_HEADER_BYTES && d->text[header.end - 1] != '.' &&
                  paragraph_holds_word(d, &r->interview_headers, header)))
                continue;
            first = p;
        } else if (p > asked_last + ANSWER_PARAS + 1) {
            break; /* (the run of questions ended: those after are the article's) */
        }
        asked_last = p;
        pairs++;
    }
    if (pairs < 2) return 0;
    /* (after the run's last question, one paragraph: the article goes on in its own words) */
    size_t last = asked_last;
    next = 0;
    size_t since_question = ANSWER_PARAS;
    int asking = 0; /* the paragraph before is short and without marks: a question, or the interviewer's */
    for (size_t p = first; p < seg->paras && p <= last + 1; p++) {
        paragraph pa = segments_para(seg, p);
        int marked = holds_marks(doubles, &next, pa), was_asking = asking, dashed = opens_with_dash(d, pa);
        asking = !marked && !dashed && pa.end - pa.start <= ASKING_PARA_BYTES;
        if (!marked && pa.end - pa.start <= ASKING_PARA_BYTES && ends_in_question(d, &pa)) {
            since_question = 0;
            continue;
        }
        /* (a dash's answer after the interviewer's words, asked or not: "Vous faites basculer la
         * majorité. La gauche craint un virage à droite… / — Je ne serai pas …"; and what follows
         * it without a dash is the interviewer's again) */
        size_t turn = was_asking ? dash_answer(d, doubles, &next, pa) : SIZE_MAX;
        if (turn != SIZE_MAX) {
            doubles->items[turn].answer = 1;
            since_question = ANSWER_PARAS;
        }
        if (marked || dashed || since_question++ >= (p > last ? 1 : ANSWER_PARAS)) continue;
        mark_event open = {pa.start, pa.start, ':', 1, 0, p};
        size_t had = out->len;
        if (push_quote(out, d, &open, pa.end, pa.end, 1) != 0) return -1;
        if (out->len > had) out->items[had].answer = 1;
    }
    return 0;
}

/* Names' labels an interview may hold, each with how often it opens a paragraph right after a
 * question; a label found more often than once names an answerer. */
enum { INTERVIEW_LABELS = 8 };
typedef struct {
    size_t start[INTERVIEW_LABELS], len[INTERVIEW_LABELS];
    unsigned count[INTERVIEW_LABELS];
    size_t n;
} label_counts;

static unsigned count_label(label_counts *lc, const document *d, size_t start, size_t len, int add) {
    for (size_t i = 0; i < lc->n; i++)
        if (lc->len[i] == len && !memcmp(d->text + lc->start[i], d->text + start, len)) return lc->count[i] += (unsigned)add;
    if (!add || lc->n == INTERVIEW_LABELS) return 0;
    lc->start[lc->n] = start;
    lc->len[lc->n] = len;
    lc->count[lc->n] = 1;
    return lc->count[lc->n++];
}

/* Interviews: a paragraph that opens with an answer's label (interview-answers.txt, "R:"), where
 * some paragraph opens with a question's label, or with a name's label right after a question
 * or another answer so labelled, is the answer, speech up to the paragraph's end. Without
 * questions' labels, a name's label makes an interview only where it opens more than one
 * paragraph right after a question ("Und wenn das Land nicht zahlt?" then "Ostertag-Kinzel:
 * …"), and so does a name's label in any case before a colon, which is otherwise a colon's cue
 * (cues.c). A labelled paragraph that ends in a question mark asks ("KURIER: Frau
 * Ostertag-Kinzel, wie lange …?"). A paragraph that holds quotation marks is left to them. */
static int pair_interview(const document *d, const whosaid_rules *r, const segments *seg, quote_vec *doubles,
                          quote_vec *out) {
    /* (most documents ask nothing: no paragraph ends in a question mark, as every question
     * does, labelled or not) */
    /* (read off the sentences that end paragraphs: cheaper than each paragraph's bounds) */
    int asked = 0, questions = 0;
    for (size_t i = 0, n = seg->sents.len; i < n && !questions; i++) {
        if (i + 1 < n && seg->sents.items[i + 1].para == seg->sents.items[i].para) continue;
        paragraph last = {seg->sents.items[i].start, seg->sents.items[i].end, 1};
        questions = ends_in_question(d, &last);
    }
    if (!questions) return 0;
    for (size_t p = 0; p < seg->paras && !asked && r->interview_answers.len; p++) {
        paragraph pa = segments_para(seg, p);
        asked = after_label(d, &pa, &r->interview_questions, 1) != 0;
    }
    /* (the labels that follow questions, counted) */
    /* (and those of questions: the interviewer's, "KURIER: … wie lange fährt die Fähre noch?",
     * which asks with it also what ends in no question mark, "KURIER: Der Verkehrsminister hält
     * die Linie für verzichtbar.") */
    label_counts labels = {0}, askers = {0};
    int repeated = 0;
    for (size_t p = 0; p < seg->paras; p++) {
        paragraph pa = segments_para(seg, p);
        size_t e;
        if (ends_in_question(d, &pa)) {
            if (after_name_label(d, r, &pa, 1, &e)) count_label(&askers, d, pa.start, e - pa.start, 1);
            continue;
        }
        paragraph before = p ? segments_para(seg, p - 1) : pa;
        if (p && (ends_in_question(d, &before) || (asked && after_label(d, &before, &r->interview_questions, 0))) &&
            after_name_label(d, r, &pa, 1, &e) &&
            count_label(&labels, d, pa.start, e - pa.start, 1) >= 2)
            repeated = 1;
    }
    if (!asked && !repeated) return pair_unlabelled_interview(d, r, seg, doubles, out);
    size_t next = 0;
    int exchange = 0; /* the paragraph before asked a question or was answered under a name's label */
    for (size_t p = 0; p < seg->paras; p++) {
        paragraph pa = segments_para(seg, p);
        int was_exchange = exchange;
        size_t e;
        exchange = asked ? after_label(d, &pa, &r->interview_questions, 0) != 0 : ends_in_question(d, &pa);
        if (!exchange && askers.n && after_name_label(d, r, &pa, 1, &e) && count_label(&askers, d, pa.start, e - pa.start, 0))
            exchange = 1;
        if (holds_marks(doubles, &next, pa)) continue;
        size_t a = asked ? after_label(d, &pa, &r->interview_answers, 0) : 0;
        /* (a label with a full stop alone answers only right after a question: "R. Ortiz dice …"
         * elsewhere opens with an initial) */
        if (a >= 2 && d->text[a - 2] == '.' && d->text[a - 1] == ' ' && !was_exchange) a = 0;
        /* (or a name's label, the interviewee's, right after a question or another's answer so
         * labelled: "OLABARRIETA.- …"; not a dateline before the questions, "Madrid.-", nor a
         * note after an answer, "NOTA: …"; a label in small letters only where it labels more
         * than one answer) */
        if (!a && was_exchange && !exchange && (a = after_name_label(d, r, &pa, 1, &e)) != 0) {
            unsigned seen = count_label(&labels, d, pa.start, e - pa.start, 0);
            int capitals_or_dash = after_name_label(d, r, &pa, 0, &e) != 0;
            if (seen >= 2 || (asked && capitals_or_dash)) exchange = 1;
            else a = 0;
        }
        if (!a) continue;
        mark_event open = {pa.start, a, ':', 1, 0, p};
        if (push_quote(out, d, &open, pa.end, pa.end, 1) != 0) return -1;
    }
    return 0;
}

int find_quotes(const document *d, const whosaid_rules *r, const segments *seg, quote_vec *out) {
    out->len = 0;
    if (!seg->paras) return 0;
    if (pair_double_marks(d, r, seg, out) != 0) return -1;
    quote_vec more = {0};
    /* each pairer's quotations merged before the next (merge_singles takes them in order; the
     * two together would not be: an interview's answer before a paragraph of dialogue) */
    int rc = pair_dialogue(d, r, seg, out, &more);
    if (rc == 0 && more.len) rc = merge_singles(out, &more);
    more.len = 0;
    if (rc == 0) rc = pair_interview(d, r, seg, out, &more);
    if (rc == 0 && more.len) rc = merge_singles(out, &more);
    more.len = 0;
    if (rc == 0) rc = pair_single_marks(d, r, seg, out, &more);
    if (rc == 0 && more.len) rc = merge_singles(out, &more);
    VEC_FREE(&more);
    if (rc != 0) return -1;
    for (size_t i = 0, sent = 0; i < out->len; i++) {
        quote *q = &out->items[i];
        q->sent = sent = segments_sentence_from(seg, sent, q->open); /* (the quotations in order) */
        q->type = classify(d, r, seg, i ? &out->items[i - 1] : NULL, q);
    }
    return 0;
}
