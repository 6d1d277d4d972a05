/* words.c: the tokenizer. A word is a run of letters, digits and marks, with inner hyphens
 * and apostrophes (country’s, co-operation, U.S.); everything else but white space is a
 * one-character token. */
#include "words.h"

#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#define WORDS_SSE2 1
#endif

#include "utf8.h"

/* A function of a path taken seldom beside a loop that is taken often, kept out of the loop's
 * code where the compiler can be told so. */
#if defined(__GNUC__)
#define OUT_OF_LINE __attribute__((noinline))
#else
#define OUT_OF_LINE
#endif

static inline int is_ascii_alnum(unsigned b) { return (unsigned)((b | 0x20) - 'a') < 26 || (unsigned)(b - '0') < 10; }
static inline int is_word_cp(int32_t cp) {
    if (cp < 0x80) return cp >= 0 && is_ascii_alnum((unsigned)cp);
    if (cp < 0x180 && uc_latin_case(cp)) return 1; /* (é, ł: no call) */
    if (uc_is_general_punctuation(cp)) return 0; /* (’ “ ” —: no call) */
    return uc_is_letter_beyond_ascii(cp) || uc_is_digit_beyond_ascii(cp) || (cp >= 0x300 && cp <= 0x36F);
}
static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

/* "G.K": capitals joined by full stops, a run of initials. */
static int dotted_initials(const unsigned char *s, size_t n) {
    if (n < 3 || n % 2 == 0) return 0;
    for (size_t i = 0; i < n; i++)
        if (i % 2 ? s[i] != '.' : !(s[i] >= 'A' && s[i] <= 'Z')) return 0;
    return 1;
}

/* Is s[j] a no-break space (U+00A0, before end)? French and Polish write one between a number
 * and its unit or its next three digits ("41 %", "459 000"): the commonest character beyond
 * ASCII after a number, and white space like any other. */
static inline int nbsp_at(const unsigned char *s, size_t j, size_t end) {
    return s[j] == 0xC2 && j + 1 < end && s[j + 1] == 0xA0;
}

/* Does a word of ASCII letters end at s[j], nothing joining on to it? A full stop ends it
 * when stop_ends (a word with a lower-case letter: "said.", "Mr.", not "U.S." or "J."). */
static inline int ends_simple_word(const unsigned char *s, size_t j, size_t end, int stop_ends) {
    if (j >= end) return 1;
    unsigned char b = s[j];
    if (b < 0x80) return !is_ascii_alnum(b) && b != '\'' && b != '-' && (b != '.' || stop_ends);
    if (nbsp_at(s, j, end)) return 1;
    /* U+2000-U+203F, punctuation and spaces, but for the joints ‐ ‑ ’ */
    return b == 0xE2 && j + 2 < end && s[j + 1] == 0x80 && s[j + 2] != 0x90 && s[j + 2] != 0x91 && s[j + 2] != 0x99;
}

/* Is entry, a word with its full stop, an abbreviation as the token's case writes it ("Man."
 * but not "the man.")? */
static inline int abbreviation_entry(const lexicon *lx, const whosaid_rules *r, int32_t entry, int capital) {
    return abbreviation_as_written(lexicon_value(lx, entry, r->abbreviations.column), capital);
}

/* "Mr.": the word of t, ending at j before a full stop, takes the stop where the word with it
 * (lexicon entry dotted, in the sets dotted_sets) is an abbreviation as its case writes it. */
static inline void take_abbreviation_stop(const whosaid_rules *r, int capital, size_t j, int32_t dotted,
                                          uint64_t dotted_sets, token *t) {
    if (!abbreviation_entry(&r->lexicon, r, dotted, capital)) return;
    t->flags |= TOK_ABBREV;
    t->end = j + 1;
    t->dotted = dotted;
    t->in_sets |= dotted_sets;
}

/* Are the initials s[start, j) (dotted_initials) and the full stop after them two, "K.N.",
 * before a capitalised word in lower case, a name ("K.N. Shetty")? */
static int initials_before_name(const unsigned char *s, size_t start, size_t j, size_t end) {
    return j - start == 3 && j + 4 <= end && s[j] == '.' && s[j + 1] == ' ' && (unsigned)(s[j + 2] - 'A') < 26 &&
           (unsigned)(s[j + 3] - 'a') < 26;
}

/* Does a capitalised word starting at `start` follow the token prev on the same line? */
static inline int follows_caps_token(const unsigned char *s, const token *prev, size_t start) {
    if (!(prev->flags & TOK_CAP) || (prev->flags & TOK_POSS) || prev->end >= start) return 0;
    /* one space between them, most often: no call to memchr */
    return start - prev->end == 1 ? s[prev->end] != '\n' : !memchr(s + prev->end, '\n', start - prev->end);
}
/* …another on the same line (the last of the n tokens items)? */
static int follows_caps(const unsigned char *s, const token *items, size_t n, size_t start) {
    return n && follows_caps_token(s, &items[n - 1], start);
}

/* lexicon_find of the word s[0, n) whose word_head is head: a short one in the table of short
 * words, which a word's bytes allow (no NUL among them: a token is made of word characters and
 * the joints between them). */
static inline int32_t find_word_headed(const lexicon *lx, const unsigned char *s, size_t n, uint64_t head,
                                       uint64_t *in_sets) {
    if (n <= LEX_SHORT_MAX) return lexicon_find_short(lx, head, in_sets);
    if (n > lx->max_len) {
        *in_sets = LEX_WORD_BIT;
        return LEX_NONE;
    }
    return lexicon_find_hashed(lx, (const char *)s, n, n <= 8 ? word_hash_short(head, n) : word_hash((const char *)s, n), head,
                               in_sets);
}
static inline int32_t find_word(const lexicon *lx, const unsigned char *s, size_t n, uint64_t *in_sets) {
    return find_word_headed(lx, s, n, word_head((const char *)s, n), in_sets);
}

/* Pushes the word text[start, end) (its stem ending at stem_end) with the case flags given. */
static int push_word(token_vec *toks, const document *d, const whosaid_rules *r, size_t start, size_t stem_end,
                     size_t end, unsigned case_flags) {
    uint64_t in_sets;
    int32_t entry = find_word(&r->lexicon, d->text + start, stem_end - start, &in_sets);
    token t = {start, end, stem_end, d->text[start], TOK_WORD | case_flags, in_sets, entry, LEX_NONE};
    return VEC_PUSH(toks, t);
}

/* The token of the ASCII punctuation character at s[i]. */
static inline token ascii_punct(const whosaid_rules *r, const unsigned char *s, size_t i, size_t end) {
    unsigned char b0 = s[i];
    token t = {i, i + 1, i + 1, b0, TOK_PUNCT | (r->ascii_marks[b0] ? TOK_MARK : 0), 0, LEX_NONE, LEX_NONE};
    if (r->doubled_marks[b0] && i + 1 < end && s[i + 1] == b0) /* '', one mark */
        t = (token){i, i + 2, i + 2, DOUBLED_MARK(b0), TOK_PUNCT | TOK_MARK, 0, LEX_NONE, LEX_NONE};
    return t;
}

/* Does byte b end a word of ASCII letters with nothing joining on to it, as ends_simple_word
 * has it where no full stop follows: ASCII but letters, digits, ' - and . (a constant
 * expression, for the table below). */
#define PLAIN_WORD_END(b)                                                                                          \
    ((b) < 0x80 && !(((b) | 0x20) >= 'a' && ((b) | 0x20) <= 'z') && !((b) >= '0' && (b) <= '9') && (b) != '\'' && \
     (b) != '-' && (b) != '.')
#define PLAIN_WORD_END4(b) PLAIN_WORD_END(b), PLAIN_WORD_END((b) + 1), PLAIN_WORD_END((b) + 2), PLAIN_WORD_END((b) + 3)
#define PLAIN_WORD_END16(b) PLAIN_WORD_END4(b), PLAIN_WORD_END4((b) + 4), PLAIN_WORD_END4((b) + 8), PLAIN_WORD_END4((b) + 12)
#define PLAIN_WORD_END64(b) \
    PLAIN_WORD_END16(b), PLAIN_WORD_END16((b) + 16), PLAIN_WORD_END16((b) + 32), PLAIN_WORD_END16((b) + 48)
/* PLAIN_WORD_END of every byte: one load a word, where a test of ranges takes several. */
static const unsigned char PLAIN_WORD_ENDS[256] = {PLAIN_WORD_END64(0), PLAIN_WORD_END64(64), PLAIN_WORD_END64(128),
                                                   PLAIN_WORD_END64(192)};

/* How many of the sixteen bytes at s lead with ASCII letters of either case: 0-16. With
 * SSE2 (every x86-64 has it), the sixteen bytes at once, in a few instructions. */
static inline size_t ascii_letters16(const unsigned char *s) {
#ifdef WORDS_SSE2
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
    /* a-z (A-Z with the case bit) moved down by 'a' + 128, so that letters are -128..-103 as
     * signed bytes and every other byte is above: one signed comparison */
    __m128i moved = _mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a')));
    unsigned letters = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(moved, _mm_set1_epi8((char)(-128 + 26))));
    return (size_t)__builtin_ctz(~letters); /* (bit 16 of ~letters is set: 16 at most) */
#else
    size_t n = ascii_letters8(word_load8(s));
    return n < 8 ? n : 8 + ascii_letters8(word_load8(s + 8));
#endif
}

/* The first n bytes of an integer (byte k in bits 8k..8k+7), n from 0 to 8: a load, where a
 * shift by n takes several instructions. */
static const uint64_t LEADING_BYTES[9] = {0,
                                          0xFF,
                                          0xFFFF,
                                          0xFFFFFF,
                                          0xFFFFFFFF,
                                          UINT64_C(0xFFFFFFFFFF),
                                          UINT64_C(0xFFFFFFFFFFFF),
                                          UINT64_C(0xFFFFFFFFFFFFFF),
                                          UINT64_C(0xFFFFFFFFFFFFFFFF)};

/* Makes room for one more token past the len that toks holds, where its capacity or max is
 * reached: grows toks. 1 once there is room, 0 where max tokens are held, -1 without memory.
 * (tokenize_plain writes at a pointer up to a bound, both in registers: a push is a store and
 * a step, and only this, out of line, moves them.) */
static OUT_OF_LINE int tokens_grow(token_vec *toks, size_t len, size_t max) {
    if (len >= max) return 0;
    return len < toks->cap || vec_grow_((void **)&toks->items, &toks->cap, sizeof *toks->items, len + 1) == 0 ? 1 : -1;
}

/* Is the character at s[k] (before end) a letter, as the general path's possessive reads it? */
static int letter_at(const unsigned char *s, size_t k, size_t end) {
    int32_t cp;
    utf8_next(s, end, k, &cp);
    return uc_is_letter(cp);
}

/* Is s[i, j), before an apostrophe, a word the language elides (rules/<lang>/elisions.txt)? In
 * capitals only where features.txt says "capitalised-elisions" (French "D'après", "L'État"),
 * not in English, whose "d'" is a French name's ("Brendan d'Entremont") and "D'Souza" a name. */
static int elided(const whosaid_rules *r, const unsigned char *s, size_t i, size_t j) {
    return r->elisions.len && wordset_get(&r->elisions, (const char *)s + i, j - i) >= 0 &&
           ((unsigned)(s[i] - 'a') < 26 || rules_feature(r, FEATURE_CAPITALISED_ELISIONS));
}

/* The word of ASCII letters s[i, j) (j < end; lower: one of them is in lower case) where an
 * apostrophe, ' or ’, follows it, into *t as the general path reads it (TOK_IN_CAPS_RUN aside):
 * with the ASCII letters after the apostrophe and a plain end after them, one word, ’s its
 * possessive ("President’s", "don't"); with no word's character after the apostrophe, the word
 * alone, or a plural's possessive where a space and a letter follow ("the nurses’ union"). 0
 * where it is neither, or where the part before the apostrophe is elided ("l’État", "qu’il":
 * two tokens), for the general path to read. Out of line: the apostrophe is a word's in a few
 * hundred. */
static OUT_OF_LINE int apostrophe_word(const whosaid_rules *r, const unsigned char *s, size_t i, size_t j, size_t end,
                                       int lower, token *t) {
    size_t a = apostrophe_at(s, end, j), k = j + a, e = k;
    if (!a) return 0;
    unsigned case_bits = lower ? 0x20 : 0;
    while (e < end && (unsigned)((s[e] | 0x20) - 'a') < 26) case_bits |= s[e++] & 0x20;
    if (e == k) { /* no letter after it: a word's character (a digit, one beyond ASCII) joins on */
        if (k < end && (s[k] >= 0x80 || is_ascii_alnum(s[k]))) return 0;
        e = j;
    } else if (e >= end || !PLAIN_WORD_ENDS[s[e]] ||
               elided(r, s, i, j)) {
        return 0;
    }
    const lexicon *lx = &r->lexicon;
    size_t letters = j - i + (e > j ? e - k : 0), stem_end = e;
    unsigned b0 = s[i], flags = TOK_WORD | (b0 - 'a' < 26 ? TOK_LOWER : TOK_CAP) | (letters >= 2 && !case_bits ? TOK_ALLCAPS : 0);
    if (e > j) { /* ’s: what may follow the apostrophe is the language's (possessive-endings.txt) */
        if (rules_possessive_ending(r, (const char *)s + k, e - k)) flags |= TOK_POSS, stem_end = j;
    } else if (letters >= 3 && j + 1 < end) { /* s’ before a space and a letter */
        if (rules_possessive_plural(r, s[j - 1]) && k + 1 < end && s[k] == ' ' &&
            letter_at(s, k + 1, end))
            flags |= TOK_POSS, e = k;
    }
    uint64_t in_sets;
    int32_t entry = find_word(lx, s + i, stem_end - i, &in_sets);
    *t = (token){i, e, stem_end, (int32_t)b0, flags, in_sets, entry, LEX_NONE};
    return 1;
}

/* The word of n ASCII letters and more (ascii_letters16 of s + i: 8 to 16, i + n < end) that
 * nothing joins on to at s[i] (no apostrophe, hyphen, digit or other letter follows; a full
 * stop only after a word with a lower-case letter, which it ends or, an abbreviation's, takes:
 * "said.", "Mr."), into *t (TOK_IN_CAPS_RUN aside); 0 where the word at s[i] is none such. A
 * word of under sixteen letters, most, is hashed (word_hash) from the two loads that read it.
 * Out of line, as word_ending_otherwise below: tokenize_plain holds the commonest words in
 * registers. */
static OUT_OF_LINE int long_ascii_word(const whosaid_rules *r, const unsigned char *s, size_t i, size_t n, size_t end,
                                       token *t) {
    const lexicon *lx = &r->lexicon;
    const uint64_t case_bit = 0x2020202020202020u;
    uint64_t w = word_load8(s + i), head = w | case_bit, case_bits = w & case_bit, hash = 0;
    size_t j = i + n;
    if (n < 16) { /* word_hash of eight and m letters */
        size_t m = n - 8;
        hash = (head ^ n) * WORD_HASH_K;
        if (m) {
            const uint64_t bytes = LEADING_BYTES[m], more = word_load8(s + i + 8) & bytes;
            case_bits |= more & case_bit;
            hash = (hash ^ (hash >> 29) ^ (more | (case_bit & bytes))) * WORD_HASH_K;
        }
        hash = word_hash_finish(hash);
    } else { /* sixteen letters and more: a byte at a time past them */
        case_bits |= word_load8(s + i + 8) & case_bit;
        while (j < end && (unsigned)((s[j] | 0x20) - 'a') < 26) case_bits |= s[j++] & 0x20;
        n = j - i;
    }
    int lower = case_bits != 0;
    if (!ends_simple_word(s, j, end, lower)) return j < end && apostrophe_word(r, s, i, j, end, lower, t);
    uint64_t in_sets = LEX_WORD_BIT, dotted_sets;
    int32_t entry = LEX_NONE;
    if (n <= lx->max_len)
        entry = lexicon_find_hashed(lx, (const char *)s + i, n, n < 16 ? hash : word_hash((const char *)s + i, n), head,
                                    &in_sets);
    unsigned b0 = s[i];
    *t = (token){i, j, j, (int32_t)b0, TOK_WORD | (lower ? 0 : TOK_ALLCAPS) | (b0 - 'a' < 26 ? TOK_LOWER : TOK_CAP),
                 in_sets, entry, LEX_NONE};
    if (j < end && s[j] == '.' && wordset_may_hold(&r->abbreviations, (const char *)s + i, n + 1)) {
        /* "Mr.", "said.": an abbreviation takes its full stop */
        int32_t dotted = find_word(lx, s + i, n + 1, &dotted_sets);
        take_abbreviation_stop(r, b0 - 'A' < 26, j, dotted, dotted_sets, t);
    }
    return 1;
}

/* The word s[i, j) of fewer than eight ASCII letters, whose word_head is head, where what
 * follows is no plain end (tokenize_plain): a full stop that ends it or, an abbreviation's, that
 * it takes ("said.", "Mr."), or a character beyond ASCII that ends it (a dash, a curly mark),
 * into *t (TOK_IN_CAPS_RUN aside); 0 where something joins on to it. j < end. */
static OUT_OF_LINE int word_ending_otherwise(const whosaid_rules *r, const unsigned char *s, size_t i, size_t j,
                                             size_t end, uint64_t head, int lower, token *t) {
    const lexicon *lx = &r->lexicon;
    size_t n = j - i;
    if (!ends_simple_word(s, j, end, lower && n >= 2)) return apostrophe_word(r, s, i, j, end, lower, t);
    uint64_t in_sets, dotted_sets;
    int32_t entry = lexicon_find_short(lx, head, &in_sets);
    unsigned b0 = s[i];
    *t = (token){i, j, j, (int32_t)b0,
                 TOK_WORD | (lower ? 0 : n >= 2 ? TOK_ALLCAPS : 0) | (b0 - 'a' < 26 ? TOK_LOWER : TOK_CAP), in_sets,
                 entry, LEX_NONE};
    /* (a full stop ends most sentences, and only an abbreviation takes it: where the word with
     * it cannot be one, no look-up) */
    if (s[j] == '.' && wordset_may_hold(&r->abbreviations, (const char *)s + i, n + 1)) {
        /* the word with its full stop, keyed as word_head keys it: its head and the stop */
        int32_t dotted = find_word_headed(lx, s + i, n + 1, head | (uint64_t)'.' << (8 * n), &dotted_sets);
        take_abbreviation_stop(r, b0 - 'A' < 26, j, dotted, dotted_sets, t);
    }
    return 1;
}

/* The number of ASCII digits at s[i] that nothing joins on to (no letter, apostrophe or hyphen
 * follows, nor a comma or a full stop before a digit: "3,500", "2.5"), into *t, as the general
 * path reads it: a word of no case, in the sets its digits are, that takes a full stop after
 * it where the number with it is an abbreviation; 0 where the number at s[i] is none such. */
static OUT_OF_LINE int plain_number(const whosaid_rules *r, const unsigned char *s, size_t i, size_t end, token *t) {
    size_t j = i + 1;
    while (j < end && (unsigned)(s[j] - '0') < 10) j++;
    if (j >= end) return 0;
    unsigned b = s[j];
    /* (a full stop joins what follows it where that is a word's character: ASCII, it is told
     * here, and the general path reads the rest) */
    int stop = b == '.' && (j + 1 >= end || (s[j + 1] < 0x80 && !is_ascii_alnum(s[j + 1])));
    if (!(PLAIN_WORD_ENDS[b] || stop || nbsp_at(s, j, end)) || (b == ',' && j + 1 < end && (unsigned)(s[j + 1] - '0') < 10)) return 0;
    const lexicon *lx = &r->lexicon;
    uint64_t in_sets = LEX_WORD_BIT, dotted_sets;
    int32_t entry = lx->digit_words ? find_word(lx, s + i, j - i, &in_sets) : LEX_NONE;
    *t = (token){i, j, j, (int32_t)s[i], TOK_WORD, in_sets, entry, LEX_NONE};
    if (stop && wordset_may_hold(&r->abbreviations, (const char *)s + i, j + 1 - i)) {
        int32_t dotted = find_word(lx, s + i, j + 1 - i, &dotted_sets);
        take_abbreviation_stop(r, 0, j, dotted, dotted_sets, t);
    }
    return 1;
}

/* A dash, a curly mark, an ellipsis at s[i] (U+2010-U+2027, U+2030-U+205E, read before end):
 * punctuation, never a letter or a space, as the general path reads it, into *t; 0 where no
 * such character is. */
static inline int general_punctuation(const whosaid_rules *r, const unsigned char *s, size_t i, size_t end, token *t) {
    if (s[i] != 0xE2 || i + 2 >= end || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return 0;
    int32_t cp = 0x2000 | (int32_t)(s[i + 1] & 0x3F) << 6 | (int32_t)(s[i + 2] & 0x3F);
    if (!uc_is_general_punctuation(cp)) return 0;
    *t = (token){i, i + 3, i + 3, cp, TOK_PUNCT | (rules_mark(r, cp) ? TOK_MARK : 0), 0, LEX_NONE, LEX_NONE};
    return 1;
}

/* The commonest tokens, from text[i] while they last: white space (no-break spaces too), words
 * of ASCII letters that nothing joins on to (no apostrophe, hyphen, digit or other letter
 * follows; a full stop only after a word with a lower-case letter; a no-break space ends one),
 * numbers, ASCII punctuation, and the dashes and curly marks of
 * general_punctuation, each as the general path below reads it, in a loop that holds little
 * else: a word of under eight letters before a space or ASCII punctuation is read in line, the
 * others out of line (long_ascii_word, word_ending_otherwise), without leaving the loop.
 * Sixteen bytes are read at a time up to readable (the document's end): past end, what is read
 * is never taken, so the last words of a sentence are read here too. Returns where a token the
 * general path must read starts (or where the loop stopped: near the end, or max tokens held);
 * *failed is set without memory. */
static size_t tokenize_plain(const unsigned char *s, const whosaid_rules *r, size_t i, size_t end, size_t readable,
                             size_t max, token_vec *toks, int *failed) {
    const lexicon *lx = &r->lexicon;
    if (!toks->items && VEC_RESERVE(toks, 1) != 0) { /* (the pointers below need an array) */
        *failed = 1;
        return i;
    }
    /* where the next token goes, and how far the vector has room (max tokens at most): held
     * in locals, written back once, since a token's store could otherwise alias the vector's
     * fields and every push would read them again */
    token *out = toks->items + toks->len, *room = toks->items + (toks->cap < max ? toks->cap : max);
    /* (one bound: before end, sixteen bytes readable) */
    const size_t stop = readable < 16 ? 0 : end < readable - 15 ? end : readable - 15;
    while (i < stop) {
        /* a token takes a byte at least: up to bound, the bytes the room holds tokens for, no
         * push need ask for room (one question a stretch, not one a token) */
        const size_t fit = (size_t)(room - out), bound = stop - i <= fit ? stop : i + fit;
        while (i < bound) {
            unsigned b0 = s[i];
            if (b0 == ' ') {
                i++;
                continue;
            }
            size_t n = ascii_letters16(s + i), j;
            uint64_t head;
            int lower;
            /* (a token read out of line is written at out, where the room for it is: not into a
             * token of its own and copied there; out moves on once it is read) */
            if (n == 0) { /* no letter: punctuation or white space, or the general path */
                if ((unsigned)(b0 - '0') < 10) {
                    if (!plain_number(r, s, i, end, out)) goto done;
                } else if (b0 >= 0x80) {
                    if (nbsp_at(s, i, end)) { /* white space, as the general path's uc_is_space reads it */
                        i += 2;
                        continue;
                    }
                    if (!general_punctuation(r, s, i, end, out)) goto done;
                } else if (b0 >= '\t' && b0 <= '\r') { /* white space (the general path's uc_is_space) */
                    i++;
                    continue;
                } else {
                    *out = ascii_punct(r, s, i, end);
                }
                i = out++->end;
                continue;
            }
            j = i + n;
            if (j >= end) goto done; /* the word reaches the end: the general path reads it */
            if (n >= 8) { /* a longer word */
                if (!long_ascii_word(r, s, i, n, end, out)) goto done;
                goto read_out_of_line;
            }
            /* most words: found and keyed (word_head) in one step */
            const uint64_t bytes = LEADING_BYTES[n], word = word_load8(s + i) & bytes;
            lower = (word & 0x2020202020202020u) != 0;
            head = word | (0x2020202020202020u & bytes); /* letters only: the case bit makes them lower case */
            unsigned b = s[j];
            if (!PLAIN_WORD_ENDS[b]) {
                if (!word_ending_otherwise(r, s, i, j, end, head, lower, out)) goto done;
                goto read_out_of_line;
            }
            unsigned flags = TOK_WORD | TOK_LOWER;
            if (!(b0 & 0x20)) { /* A-Z (b0 is a letter): most words are in lower case, and pass by */
                flags = TOK_WORD | TOK_CAP | (lower || n < 2 ? 0 : TOK_ALLCAPS);
                if (out > toks->items && follows_caps_token(s, out - 1, i)) flags |= TOK_IN_CAPS_RUN;
            }
            uint64_t in_sets;
            int32_t entry = lexicon_find_short(lx, head, &in_sets);
            *out++ = (token){i, j, j, (int32_t)b0, flags, in_sets, entry, LEX_NONE};
            i = j + (b == ' ');
            continue;
        read_out_of_line: /* a word long_ascii_word or word_ending_otherwise read */
            if ((out->flags & TOK_CAP) && out > toks->items && follows_caps_token(s, out - 1, i)) out->flags |= TOK_IN_CAPS_RUN;
            i = out++->end;
            if (i < end && s[i] == ' ') i++; /* the space after it, most often: no turn of the loop */
        }
        if (i >= stop) break;
        if (out >= room) { /* full: more room, or max tokens held */
            size_t len = (size_t)(out - toks->items);
            int grown = tokens_grow(toks, len, max);
            if (grown < 0) *failed = 1;
            if (grown <= 0) break;
            out = toks->items + len;
            room = toks->items + (toks->cap < max ? toks->cap : max);
        }
    }
done:
    toks->len = (size_t)(out - toks->items);
    return i;
}

int tokenize(const document *d, const whosaid_rules *r, size_t start, size_t end, token_vec *toks) {
    toks->len = 0;
    size_t stop;
    return tokenize_more(d, r, start, end, (size_t)-1, toks, &stop);
}

int tokenize_more(const document *d, const whosaid_rules *r, size_t start, size_t end, size_t max, token_vec *toks,
                  size_t *stop) {
    const unsigned char *s = d->text;
    const lexicon *lx = &r->lexicon;
    size_t i = start;
    int failed = 0;
    toks->memo = NULL; /* (new tokens: no answers kept for them) */
    while (i < end) {
        i = tokenize_plain(s, r, i, end, d->len, max, toks, &failed);
        if (failed) return -1;
        if (i >= end) break;
        unsigned char b0 = s[i];
        if (b0 == ' ') {
            i++; /* the commonest byte between tokens */
            continue;
        }
        if (toks->len >= max) break;
        /* ASCII punctuation near the end (tokenize_plain reads the rest of the commonest
         * tokens), without the general path's decoding */
        if (b0 < 0x80 && !is_ascii_alnum(b0) && !(b0 >= '\t' && b0 <= '\r')) {
            token t = ascii_punct(r, s, i, end);
            if (VEC_PUSH(toks, t) != 0) return -1;
            i = t.end;
            continue;
        }
        int32_t cp;
        size_t n = utf8_next(s, end, i, &cp);
        if (cp >= 0 && uc_is_space(cp)) {
            i += n;
            continue;
        }
        token t = {i, i + n, i + n, cp, 0, 0, LEX_NONE, LEX_NONE}; /* in no set until a word is looked up */
        if (!is_word_cp(cp)) {
            t.flags = TOK_PUNCT | (cp >= 0 && rules_mark(r, cp) ? TOK_MARK : 0);
            if (VEC_PUSH(toks, t) != 0) return -1;
            i += n;
            continue;
        }
        int upper = uc_is_upper(cp);
        unsigned letters = 0;
        unsigned lower = 0; /* 0x20 once a letter that is not upper case is read (a-z have that bit) */
        int upper_beyond_ascii = upper && cp >= 0x80; /* a capital the lexicon's ASCII folding misses */
        t.flags = TOK_WORD | (upper ? TOK_CAP : uc_is_lower(cp) ? TOK_LOWER : 0);
        size_t j = i;
        size_t last_joint = 0, first_joint = 0; /* where the word's last and first apostrophes start */
        for (;;) {
            unsigned char b = s[j];
            /* ASCII letters and digits, most of any word: no decoding */
            if ((unsigned)((b | 0x20) - 'a') < 26) {
                letters++;
                lower |= b;
                if (++j >= end) break;
                continue;
            }
            if ((unsigned)(b - '0') < 10) {
                if (++j >= end) break;
                continue;
            }
            /* other ASCII but the joints (white space, punctuation) ends the word: no decoding */
            if (b < 0x80 && b != '\'' && b != '-' && b != '.' && b != ',') break;
            int32_t c;
            size_t m = utf8_next(s, end, j, &c);
            int latin = uc_latin_case(c); /* (the commonest letters beyond ASCII: no call) */
            if (latin) {
                letters++;
                if (latin == 2) lower = 0x20;
                else upper_beyond_ascii = 1;
            } else if (is_word_cp(c)) {
                if (uc_is_letter(c)) {
                    letters++;
                    if (!uc_is_upper(c)) lower = 0x20;
                    else upper_beyond_ascii = 1;
                }
            } else if ((is_apostrophe(c) || is_hyphen(c) || c == '.' || c == ',' || c == 0xB7) && j + m < end) {
                /* a joint only between word characters: U.S., co-op, don’t; a comma only between
                 * digits: 3,500 */
                int32_t after;
                utf8_next(s, end, j + m, &after);
                if (!is_word_cp(after)) {
                    /* (an elided word keeps its apostrophe before a mark or a space: "qu’« aucun
                     * licenciement »") */
                    if (is_apostrophe(c) && !first_joint && elided(r, s, i, j)) first_joint = j;
                    break;
                }
                if (c == ',' && !((unsigned)(s[j - 1] - '0') < 10 && (unsigned)(after - '0') < 10)) break;
                /* a middle dot only inside Catalan's geminate l: "Col·lectiu", "Marcel·lí" */
                if (c == 0xB7 && !((s[j - 1] | 0x20) == 'l' && (after | 0x20) == 'l')) break;
                if (c == '.' && (lower & 0x20) && j - i != 1) break; /* "end.Next" */
                if (is_apostrophe(c)) {
                    if (!first_joint) first_joint = j;
                    last_joint = j;
                }
                if (c == '-') t.flags |= TOK_HYPHENATED;
            } else {
                break;
            }
            j += m;
            if (j >= end) break;
        }
        t.end = t.stem_end = j;
        /* an elided word and its apostrophe are a token of their own: "l’État", "qu’il",
         * "d’Alger" (rules/<lang>/elisions.txt) */
        if (first_joint && elided(r, s, i, first_joint)) {
            size_t after = first_joint + utf8_next(s, end, first_joint, &cp);
            if (push_word(toks, d, r, i, first_joint, after, t.flags & (TOK_CAP | TOK_LOWER)) != 0) return -1;
            i = after;
            continue;
        }
        /* a verb and the pronoun a hyphen joins to it are two tokens, a link between them left out:
         * "dit-il", "a-t-elle" (rules/<lang>/clitics.txt, clitic-links.txt) */
        if ((t.flags & TOK_HYPHENATED) && r->clitics.len) {
            size_t pronoun, verb = rules_clitic_split(r, (const char *)s + i, j - i, &pronoun);
            if (verb) {
                if (push_word(toks, d, r, i, i + verb, i + verb, t.flags & (TOK_CAP | TOK_LOWER)) != 0 ||
                    push_word(toks, d, r, i + pronoun, j, j, TOK_LOWER) != 0)
                    return -1;
                i = j;
                continue;
            }
        }
        if (letters >= 2 && !(lower & 0x20)) t.flags |= TOK_ALLCAPS;
        /* possessive: ’s at the end of the word (what may follow the apostrophe is the
         * language's: rules/<lang>/possessive-endings.txt) */
        if (last_joint && j - last_joint >= 2) {
            size_t after = last_joint + utf8_next(s, end, last_joint, &cp);
            if (j > after && rules_possessive_ending(r, (const char *)s + after, j - after)) {
                t.flags |= TOK_POSS;
                t.stem_end = last_joint;
            }
        }
        /* a plural's possessive, s’ and a word after it: "the nurses’ union" (not the closing
         * mark of ‘the bosses’, which punctuation or a line's end follows) */
        if (!(t.flags & TOK_POSS) && letters >= 3 && j + 1 < end && (s[j] == '\'' || s[j] == 0xE2) &&
            rules_possessive_plural(r, s[j - 1])) {
            int32_t c, after;
            size_t m = utf8_next(s, end, j, &c);
            if (is_apostrophe(c) && j + m + 1 < end && s[j + m] == ' ') {
                utf8_next(s, end, j + m + 1, &after);
                if (uc_is_letter(after)) {
                    t.flags |= TOK_POSS;
                    t.stem_end = j;
                    j += m;
                    t.end = j;
                }
            }
        }
        /* a following full stop belongs to an initial or an abbreviation */
        int32_t dotted = LEX_NONE; /* the word with that full stop */
        uint64_t dotted_sets = 0, stem_sets;
        if (j < end && s[j] == '.') {
            dotted = find_word(lx, s + i, j + 1 - i, &dotted_sets);
            if (letters == 1 && upper && j - i <= 4) {
                t.flags |= TOK_INITIAL;
                t.end = j + 1;
                /* "J.-P. Garnier", "M.-C.": initials of a hyphenated first name are one word
                 * (no "M." of monsieur) */
                while (t.end + 2 < end && s[t.end] == '-') {
                    int32_t letter;
                    size_t len = utf8_next(s, end, t.end + 1, &letter);
                    if (!uc_is_upper(letter) || t.end + 1 + len >= end || s[t.end + 1 + len] != '.') break;
                    t.stem_end = t.end += len + 2;
                }
            } else if (abbreviation_entry(lx, r, dotted, upper)) {
                t.flags |= TOK_ABBREV;
                t.end = j + 1;
            } else if (dotted_initials(s + i, j - i)) {
                t.flags |= TOK_INITIAL;
                t.end = j + 1;
                /* (two initials before a name are no acronym: "K.N. Shetty", "J.M. Berger";
                 * "U.S. Steel" is an abbreviation, read above) */
                if (initials_before_name(s, i, j, end)) t.flags &= ~TOK_ALLCAPS;
            }
        } else if (s[j - 1] == '.') { /* "U.S." with its last stop inside the word */
            uint64_t unused;
            if (abbreviation_entry(lx, r, find_word(lx, s + i, j - i, &unused), upper))
                t.flags |= TOK_ABBREV;
        }
        int32_t entry = find_word(lx, s + t.start, t.stem_end - t.start, &stem_sets);
        if (entry == LEX_NONE && upper_beyond_ascii) {
            /* "ÉLISABETH", "Über": the word in lower case, as the rules write it */
            char folded[64];
            size_t fn = utf8_lower(s + t.start, t.stem_end - t.start, folded, sizeof folded);
            if (fn) entry = find_word(lx, (const unsigned char *)folded, fn, &stem_sets);
            if (entry != LEX_NONE) t.flags |= TOK_FOLDED_ENTRY;
        }
        if (t.end != j + 1) dotted = LEX_NONE, dotted_sets = 0; /* token_in's second key is [start, end) */
        t.entry = entry;
        t.dotted = dotted;
        t.in_sets = stem_sets | dotted_sets;
        if ((t.flags & TOK_CAP) && follows_caps(s, toks->items, toks->len, t.start)) t.flags |= TOK_IN_CAPS_RUN;
        if (VEC_PUSH(toks, t) != 0) return -1;
        i = t.end;
    }
    *stop = i < end ? i : end;
    return 0;
}

int token_key_append(const document *d, const token *t, char *key, size_t cap, size_t *len) {
    size_t a = t->start, e = t->stem_end;
    if (e > a && d->text[e - 1] == '\'') e--;
    else if (e >= a + 3 && !memcmp(d->text + e - 3, "\xE2\x80\x99", 3)) e -= 3;
    if (*len + (e - a) + 1 >= cap) return 0;
    if (*len) key[(*len)++] = '_';
    memcpy(key + *len, d->text + a, e - a);
    *len += e - a;
    return 1;
}

/* Bytes of a phrase's key (its words joined by "_") at most. */
enum { PHRASE_KEY = 64 };

size_t token_phrase_prefix(const document *d, const token *t, size_t n, size_t max, unsigned need, const wordset *set) {
    char key[PHRASE_KEY];
    size_t len = 0;
    for (size_t k = 0; k < n && k < max; k++) {
        if (!(t[k].flags & need) || !token_key_append(d, &t[k], key, sizeof key, &len)) return 0;
        if (wordset_get_folded(set, key, len) >= 0) return k + 1;
    }
    return 0;
}

int token_in_text(const document *d, const token *t, const wordset *set) {
    size_t end = t->stem_end;
    const char *w = (const char *)d->text + t->start;
    /* in lower case too where it holds capitals beyond ASCII, as the lexicon's look-up does (a
     * word of ASCII alone, most, by the quick "no" of its length and ends, inline: the sets
     * outside the lexicon are asked of words that are mostly in none of them) */
    int v = scan_ascii(d->text, t->start, end) == end ? wordset_get(set, w, end - t->start)
                                                      : wordset_get_folded(set, w, end - t->start);
    if (v < 0 && t->end > end && d->text[t->end - 1] == '.')
        v = wordset_get(set, (const char *)d->text + t->start, t->end - t->start);
    return v;
}

/* A word holds an ASCII hyphen only where one joins two parts (TOK_HYPHENATED), never before
 * a possessive, so the parts are those of [start, stem_end). */
int token_part_in_parts(const document *d, const token *t, const wordset *set) {
    return rules_part_in(set, (const char *)d->text + t->start, t->stem_end - t->start);
}

int token_in_found(const document *d, const token *t, const wordset *set) {
    if (!set->lexicon) return token_in_text(d, t, set);
    int v = lexicon_value(set->lexicon, t->entry, set->column);
    return v >= 0 ? v : lexicon_value(set->lexicon, t->dotted, set->column);
}
