/* words.h: tokens of a stretch of text (words, punctuation, quotation marks) with the
 * features the cue and name grammar looks at. Offsets are bytes into the document. */
#ifndef WHOSAID_WORDS_H
#define WHOSAID_WORDS_H

#include <stdint.h>

#include "buf.h"
#include "document.h"
#include "rules.h"

/* A function of one or two tests that answer most questions, kept in line where the grammar's
 * long functions (read_mention) ask it: past the compiler's limits of growth there, it would
 * stay a call, which costs more than its usual answer. */
#if defined(__GNUC__)
#define TEST_INLINE inline __attribute__((always_inline))
#else
#define TEST_INLINE inline
#endif

enum {
    TOK_WORD = 1 << 0,
    TOK_CAP = 1 << 1,      /* starts with an upper-case letter */
    TOK_ALLCAPS = 1 << 2,  /* two or more letters, all upper case (UN, OSCE) */
    TOK_LOWER = 1 << 3,    /* starts with a lower-case letter */
    TOK_POSS = 1 << 4,     /* ends in ’s or 's (or s’): President’s */
    TOK_INITIAL = 1 << 5,  /* one capital letter and a full stop: J. */
    TOK_ABBREV = 1 << 6,   /* in abbreviations.txt, full stop included: Mr. Gov. */
    TOK_PUNCT = 1 << 7,
    TOK_MARK = 1 << 8,     /* a quotation mark */
    TOK_HYPHENATED = 1 << 9, /* a word whose parts an ASCII hyphen joins: co-operation */
    TOK_IN_CAPS_RUN = 1 << 10, /* capitalised, right after a capitalised word on the same line:
                                * the "Every" of "Michael Every" is part of a name */
    /* whether the word's text is a first name, once tok_first_name has looked it up (its
     * flags aside): the name grammar asks it of the same word several times, and the look-up
     * (folded, by parts) costs far more than the question */
    TOK_FIRST_NAME_READ = 1 << 11,
    TOK_FIRST_NAME = 1 << 12,
    /* whether the word is a title (tok_title), once asked: as often asked again, and read
     * from endings, several look-ups a word. A copy whose flags change (a stem without its
     * possessive) clears both bits, since the answer depends on the flags too. */
    TOK_TITLE_READ = 1 << 13,
    TOK_TITLE = 1 << 14,
    /* the lexicon entry is the word's in lower case ("ÉLISABETH", "Über"): it differs from the
     * word by more than the case of ASCII letters */
    TOK_FOLDED_ENTRY = 1 << 15,
    /* whether a capitalised particle opens a name the text wrote before (names.h
     * particle_opens_name_read_before), once asked: the answer searches the text before */
    TOK_PARTICLE_NAME_READ = 1 << 16,
    TOK_PARTICLE_NAME = 1 << 17,
    /* whether the word in lower case may be an adverb (tok_adverb), once asked: the clause
     * search asks it of the words before each verb again, and the ending's look-up costs more
     * than the question */
    TOK_ADVERB_READ = 1 << 18,
    TOK_ADVERB = 1 << 19,
};

typedef struct {
    size_t start, end;
    size_t stem_end; /* end without a possessive ’s or a full stop */
    int32_t cp;      /* the character of a punctuation token */
    unsigned flags;
    /* the word sets it is in, a bit each by the set's column in the rules' lexicon: its
     * stem's, or the word's with its full stop (J., Gov.) when the stem leaves one out. Looked
     * up once, when the word is read; the values (a gender, say) are the lexicon entries'.
     * A word has LEX_WORD_BIT too, in a set or not; punctuation has no bit (token_in relies on
     * both). */
    uint64_t in_sets;
    int32_t entry, dotted; /* lexicon entries of the stem and of the word with its full stop */
} token;

struct mention; /* names.h */

/* parse_mention's answers at the tokens of the sentences the registry kept (kept_tokens): at[k]
 * is 0, or 1 + the index in found of the answer at kept token k. The same phrase is parsed by
 * the registry and again by the cue and reported-speech stages that read the sentence after
 * it (a subject before a verb, the speaker after it, every start tried back from a verb), and
 * the answer depends on nothing but the tokens. A cache, filled by whoever parses with it
 * attached. */
typedef struct {
    index_vec at;
    VEC(struct mention) found;
} mention_memo;

/* A vector of tokens; memo, where set, holds the answers for its tokens from memo_base on: only
 * a view of a whole kept sentence, or a copy of one, has it (the tokenizer clears it, and a
 * copy cut shorter must too, since a phrase reads up to the vector's end). */
typedef struct {
    token *items;
    size_t len, cap;
    mention_memo *memo;
    size_t memo_base;
} token_vec;

/* Replaces toks with the tokens of text[start, end). */
int tokenize(const document *d, const whosaid_rules *r, size_t start, size_t end, token_vec *toks);
/* Appends the tokens of text[start, end) to toks until it holds max tokens; *stop is where the
 * next token would start (end when all were read). Read in windows, a sentence of a million
 * words takes a window's memory, not 48 bytes a word. */
int tokenize_more(const document *d, const whosaid_rules *r, size_t start, size_t end, size_t max, token_vec *toks,
                  size_t *stop);
/* How many tokens a window holds at most. A news sentence has well under a hundred; one with
 * more than this is not prose (a list, a table, broken input), read in part. */
enum { TOKEN_WINDOW = 1 << 14 };

/* The tokens of the document's sentences as the registry read them, for the stages after it
 * (the cue windows, the reported-speech search) to read again without tokenizing them twice:
 * sentence s holds toks[from[s], from[s] + len[s]), or was not kept (from[s] is KEPT_NONE: not
 * prose, longer than a window, or past the room). At most KEPT_TOKENS_MAX tokens are kept, so
 * a document of any size holds under a megabyte more. */
typedef struct {
    token_vec toks;
    index_vec from, len;
    mention_memo *memo; /* the answers at them, or NULL for none kept */
} kept_tokens;
enum { KEPT_TOKENS_MAX = 1 << 14 };
#define KEPT_NONE UINT32_MAX

/* The tokens kept of sentence s, *n of them; NULL when it has none kept. */
static inline const token *kept_sentence(const kept_tokens *k, size_t s, size_t *n) {
    if (s >= k->from.len || k->from.items[s] == KEPT_NONE) return NULL;
    *n = k->len.items[s];
    return k->toks.items + k->from.items[s];
}

/* Is t the punctuation character cp? */
static inline int punct_is(const token *t, int32_t cp) { return (t->flags & TOK_PUNCT) && t->cp == cp; }
/* Is t a dash standing alone: a hyphen between spaces, an en or an em dash? */
static inline int punct_is_dash(const token *t) { return punct_is(t, '-') || punct_is(t, 0x2013) || punct_is(t, 0x2014); }
/* …an en or an em dash only, never a hyphen: "a doctor – who …" */
static inline int punct_is_long_dash(const token *t) { return punct_is(t, 0x2013) || punct_is(t, 0x2014); }
/* "(INDEC)", "(SPSA)": past an acronym in brackets at t[k] of the n tokens t; k where none stands
 * there. */
static inline size_t tok_past_acronym(const token *t, size_t n, size_t k) {
    return k + 3 <= n && punct_is(&t[k], '(') && (t[k + 1].flags & TOK_ALLCAPS) && punct_is(&t[k + 2], ')') ? k + 3 : k;
}

/* Tokens of a label in brackets, brackets included, at most ("(MoDem)", "(D-N.Y.)", "(Saint-Guénolé
 * en commun)"). */
enum { LABEL_TOKENS = 7 };

/* "(Saint-Guénolé en commun)", "(MoDem)": past a label in brackets at t[k] that opens with a
 * capital and holds words (and hyphens) only, of LABEL_TOKENS at most; or one word alone, an
 * age or a label in lower case: "Katrin Vogt (57)", "(parteilos)"; k where there is none. */
static inline size_t tok_past_label(const token *t, size_t n, size_t k) {
    if (k + 2 >= n || !punct_is(&t[k], '(')) return k;
    if (!(t[k + 1].flags & (TOK_CAP | TOK_ALLCAPS)))
        return (t[k + 1].flags & TOK_WORD) && punct_is(&t[k + 2], ')') ? k + 3 : k;
    for (size_t c = k + 2; c < n && c <= k + LABEL_TOKENS; c++) {
        if (punct_is(&t[c], ')')) return c + 1;
        if (!(t[c].flags & TOK_WORD) && !punct_is(&t[c], '-')) break;
    }
    return k;
}

/* The opening bracket of a label that tok_past_label reads and that ends at t[end - 1] (the
 * closing bracket), found back from it; end where there is none. */
static inline size_t tok_label_before(const token *t, size_t end) {
    if (end < 3 || !punct_is(&t[end - 1], ')')) return end;
    size_t o = end - 2;
    while (o > 0 && end - o <= LABEL_TOKENS && !punct_is(&t[o], '(')) o--;
    return tok_past_label(t, end, o) == end ? o : end;
}

/* Appends the word of t to key[0, *len) as rule files write a phrase of several words: "_"
 * between them, an elision's apostrophe left out ("d'après" is "d_après"). Returns 0 where key
 * (cap bytes) has no room for it. */
int token_key_append(const document *d, const token *t, char *key, size_t cap, size_t *len);
/* The fewest tokens of t[0, n), max at most, each with a flag of need, whose words joined by "_"
 * (token_key_append) make a phrase of set ("according_to", "a_través_de"); 0 where none do. */
size_t token_phrase_prefix(const document *d, const token *t, size_t n, size_t max, unsigned need, const wordset *set);

/* token_in by the token's text: for punctuation, and for sets outside the lexicon. */
int token_in_text(const document *d, const token *t, const wordset *set);

/* token_in of a token whose sets hold the set's column: its value, read out of line (the
 * grammar's code, which asks token_in at hundreds of places, stays small enough for the
 * instruction cache); of a word and a set outside the lexicon, by the word's text. */
int token_in_found(const document *d, const token *t, const wordset *set);
/* Value of the token's stem in a word set, or -1; failing that, of the word with its full stop
 * (J., Gov.). Inline, the test of the token's bit: the name grammar asks it of every word,
 * several sets each, and most answers are "no". */
static inline int token_in(const document *d, const token *t, const wordset *set) {
    /* (one test, most questions' last: a set outside the lexicon has LEX_WORD_BIT for its
     * column, which every word has and punctuation has not; word sets hold words only) */
    if (!(t->in_sets & set->column_bit)) return -1;
    return set->valued ? token_in_found(d, t, set) : 0;
}
/* Is the token in the set: token_in(d, t, set) >= 0, without reading the value. A word's bit of
 * a set in the lexicon is set exactly where it has a value there (lexicon_add), so the bit
 * answers alone; a set outside the lexicon is asked by the word's text. */
static TEST_INLINE int token_is_in(const document *d, const token *t, const wordset *set) {
    if (!(t->in_sets & set->column_bit)) return 0;
    return set->lexicon || token_in_text(d, t, set) >= 0;
}
/* token_part_in's look-up of each part. */
int token_part_in_parts(const document *d, const token *t, const wordset *set);

/* The same for a word set holding hyphenated entries: also tries each hyphen-separated part. */
static inline int token_part_in(const document *d, const token *t, const wordset *set) {
    int v = token_in(d, t, set);
    if (v >= 0 || !(t->flags & TOK_HYPHENATED)) return v; /* no parts but the whole */
    return token_part_in_parts(d, t, set);
}

#endif
