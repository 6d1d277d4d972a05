/* lexicon.h: the words of every word set in one hash table. The tokenizer looks each word up
 * once and keeps the entry in the token, so that asking whether the token is in a set is an
 * array read instead of a hash probe per set. Built once when the rules load, then read-only
 * and shared by threads.
 *
 * Words compare as the word sets compare them: ASCII letters without case, every other byte
 * as it is. */
#ifndef WHOSAID_LEXICON_H
#define WHOSAID_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* How many word sets the lexicon holds a value for. */
enum { LEX_MAX_SETS = 64 };
/* The sets a word is in are a bit each (lex_slot.mask, token.in_sets), but for the last bit,
 * which every word has, in a set or not: a set outside the lexicon takes it as its column, so
 * that token_in asks one question of every set and of every token (punctuation has no bit). */
enum { LEX_COLUMNS = LEX_MAX_SETS - 1 };
#define LEX_WORD_BIT ((uint64_t)1 << LEX_COLUMNS)
/* The entry of a word that is in no set. */
#define LEX_NONE ((int32_t)-1)

/* A word's value in each set, -1 where the word is not in that set. */
typedef struct {
    int8_t of_set[LEX_MAX_SETS];
} lex_values;

/* A slot holds what a look-up needs, so that most look-ups read one slot and nothing else: the
 * word's head and length (a word of up to eight bytes is told apart by them alone) and the sets
 * it is in. */
typedef struct {
    uint64_t head; /* word_head of the word */
    uint64_t mask; /* the sets the word is in, and LEX_WORD_BIT */
    int32_t entry; /* LEX_NONE in an empty slot */
    uint32_t len;
} lex_slot;

typedef struct {
    uint32_t len, text; /* the word is lexicon.text[text, text + len), in lower case */
} lex_key;

/* Bits of a filter over the words' hashes (two bits a word): a word whose bits are not both
 * set is in no set. Small enough to stay in the first-level cache, it answers most of the
 * longer words of a text, which are in no set, without a look at the slots (the short ones
 * have a table of their own). */
enum { LEX_FILTER_BITS = 1 << 16 };

/* A slot of the table of short words (up to seven bytes, none of them NUL): the word_head
 * alone tells such a word from every other, so a look-up compares one integer a slot; an empty
 * slot has head 0. */
typedef struct {
    uint64_t head;
    uint64_t mask;
    int32_t entry;
} lex_short_slot;

/* The short words' table is at most a quarter full: a word it does not hold (a good part of a
 * text's) finds an empty slot at once, most often, without the filter. */
enum { LEX_SHORT_MAX = 7, LEX_SHORT_LOAD = 4 };

typedef struct {
    uint64_t filter[LEX_FILTER_BITS / 64];
    lex_short_slot *short_slots; /* lexicon_index_short: the words of up to LEX_SHORT_MAX bytes */
    size_t short_mask;           /* number of short slots - 1 */
    unsigned short_shift;        /* 64 - log2(number of short slots) */
    lex_slot *slots; /* open addressing, at most half full */
    size_t mask;     /* number of slots - 1 */
    lex_key *keys;   /* per entry */
    lex_values *values;
    size_t len, cap; /* entries */
    char *text;      /* every word, lower case, one after the other */
    size_t text_len, text_cap;
    size_t max_len; /* of the longest word: anything longer is in no set */
    /* whether a word of ASCII digits alone is in a set (none in this project's rules): where
     * none is, a number the tokenizer reads is in none, without a look-up */
    int digit_words;
} lexicon;

/* A lexicon as a language's built-in rules build it, written as whosaid was built
 * (tools/word_sets.c, which builds each language by lexicon_add): lexicon_set_builtin makes the
 * same lexicon from it by a few copies, where lexicon_add hashed each word and probed for it
 * again, a set at a time (above a million instructions a language, at every start). */
typedef struct {
    uint32_t slot; /* in lex_slot or lex_short_slot, whose other slots are empty */
    int32_t entry;
    uint64_t head, mask;
} lex_placed;
typedef struct {
    uint32_t entry;
    uint8_t set;
    int8_t value; /* (the values of -1, every entry's in a set it is not in, are not written) */
} lex_builtin_value;
typedef struct {
    size_t len, mask, short_mask, max_len, text_len, nshort, nvalues;
    unsigned short_shift;
    int digit_words;
    const uint64_t *filter;     /* LEX_FILTER_BITS / 64 */
    const lex_placed *placed;   /* len: every entry's slot */
    const lex_placed *placed_short; /* nshort */
    const lex_key *keys;        /* len */
    const char *text;           /* text_len */
    const lex_builtin_value *values; /* nvalues */
} lexicon_builtin;
/* Makes lx, empty, the lexicon b holds; -1 without memory (lx then as lexicon_free leaves it). */
int lexicon_set_builtin(lexicon *lx, const lexicon_builtin *b);

/* Makes room for `entries` entries at once, -1 without memory: given as many as the sets hold
 * (a word in several counts once each), the entries' arrays are never moved, and the room past
 * the last entry is never written, so never faulted in. (The slots grow as before: a table made
 * at its last size at once leaves the smaller ones that growing frees for the allocations after
 * it, which then fault in pages of their own.) */
int lexicon_reserve(lexicon *lx, size_t entries);

/* Gives word s[0, n) the value in set (0 <= set < LEX_COLUMNS, -1 <= value <= 127); hash and
 * head are its word_hash and word_head, which the word set it comes from keeps in its slot. */
int lexicon_add(lexicon *lx, const char *s, size_t n, uint64_t hash, uint64_t head, unsigned set, int value);

/* Bytes s[0, 8) or s[0, 4) as an integer, byte k in bits 8k..8k+7 on any machine. */
static inline uint64_t word_load8(const unsigned char *s) {
    uint64_t w;
    memcpy(&w, s, 8); /* one load */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}
static inline uint64_t word_load4(const unsigned char *s) {
    uint32_t w;
    memcpy(&w, s, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap32(w);
#endif
    return w;
}

/* How many of the eight bytes of w (byte k in bits 8k..8k+7) lead with ASCII letters of
 * either case: 0-8. */
static inline size_t ascii_letters8(uint64_t w) {
    const uint64_t high = 0x8080808080808080u, low7 = (w | 0x2020202020202020u) & ~high;
    /* per byte, no carry into the next: high bit set from 'a' up, and from past 'z' up */
    uint64_t from_a = low7 + 0x1F1F1F1F1F1F1F1Fu, past_z = low7 + 0x0505050505050505u;
    uint64_t not_letter = ~(from_a & ~past_z & ~w) & high;
    if (!not_letter) return 8;
#if defined(__GNUC__)
    return (size_t)__builtin_ctzll(not_letter) / 8;
#else
    size_t n = 0;
    while (!(not_letter >> (8 * n + 7) & 1)) n++;
    return n;
#endif
}

/* The first min(n, 8) bytes of s with A-Z in lower case, as an integer (byte k in bits
 * 8k..8k+7) with zeros after a shorter word: words of up to eight bytes are equal exactly when
 * their lengths and heads are. Reads nothing outside s[0, n). */
static inline uint64_t word_head(const char *str, size_t n) {
    const unsigned char *s = (const unsigned char *)str;
    uint64_t w;
    if (n >= 8) w = word_load8(s);
    else if (n >= 4) w = word_load4(s) | word_load4(s + n - 4) << (8 * (n - 4)); /* overlapping */
    else if (n > 0) w = (uint64_t)s[0] | (uint64_t)s[n / 2] << (8 * (n / 2)) | (uint64_t)s[n - 1] << (8 * (n - 1));
    else w = 0;
    /* A-Z to a-z in every byte at once; no byte's sum below carries into the next */
    const uint64_t ones = 0x0101010101010101u, high = ones * 0x80, low7 = w & ~high;
    uint64_t upper = (low7 + ones * (0x80 - 'A')) & ~(low7 + ones * (0x80 - 'Z' - 1)) & ~w & high;
    return w | upper >> 2; /* 0x80 >> 2 is the case bit */
}

/* word_head's bytes as they are, in their case. */
static inline uint64_t word_bytes(const char *str, size_t n) {
    const unsigned char *s = (const unsigned char *)str;
    if (n >= 8) return word_load8(s);
    if (n >= 4) return word_load4(s) | word_load4(s + n - 4) << (8 * (n - 4));
    return n ? (uint64_t)s[0] | (uint64_t)s[n / 2] << (8 * (n / 2)) | (uint64_t)s[n - 1] << (8 * (n - 1)) : 0;
}

/* The hash of every table of words (the lexicon and each word set), ASCII letters without
 * case: from the word's bytes eight at a time (word_head), so that a word of up to eight bytes
 * costs one multiply and no chain of multiplies runs a byte at a time. */
static inline uint64_t word_hash_finish(uint64_t h) {
    /* every bit of the word reaches both the low bits (the slot) and the high ones (the tag) */
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93u;
    return h ^ (h >> 32);
}
#define WORD_HASH_K 0x9E3779B97F4A7C15u
/* word_hash of a word of n <= 8 bytes whose word_head is head */
static inline uint64_t word_hash_short(uint64_t head, size_t n) { return word_hash_finish((head ^ n) * WORD_HASH_K); }
static inline uint64_t word_hash(const char *s, size_t n) {
    uint64_t h = (word_head(s, n) ^ n) * WORD_HASH_K;
    for (size_t i = 8; i < n; i += 8) h = (h ^ (h >> 29) ^ word_head(s + i, n - i < 8 ? n - i : 8)) * WORD_HASH_K;
    return word_hash_finish(h);
}

/* Are bytes 8 and on of entry e those of s[0, n)? */
int lexicon_same_tail(const lexicon *lx, int32_t entry, const char *s, size_t n);
/* A word's two filter bits, both in one word of the filter (one read a look-up): from hash bits
 * apart from the slot's (the lowest), the filter word's index, and the two bits in it. */
static inline size_t lexicon_filter_word(uint64_t hash, uint64_t *bits) {
    *bits = (uint64_t)1 << (hash >> 30 & 63) | (uint64_t)1 << (hash >> 36 & 63);
    return (size_t)(hash >> 14) & (LEX_FILTER_BITS / 64 - 1);
}
static inline int lexicon_filter_has(const lexicon *lx, uint64_t hash) {
    uint64_t bits;
    size_t w = lexicon_filter_word(hash, &bits);
    return (lx->filter[w] & bits) == bits;
}
/* The slot of s[0, n), or NULL; hash is word_hash(s, n) and head word_head(s, n). */
static inline const lex_slot *lexicon_slot(const lexicon *lx, const char *s, size_t n, uint64_t hash, uint64_t head) {
    /* (no test of slots: an empty lexicon has an empty filter, which answers every word) */
    if (n > lx->max_len || !lexicon_filter_has(lx, hash)) return NULL;
    for (size_t i = hash & lx->mask;; i = (i + 1) & lx->mask) {
        const lex_slot *slot = &lx->slots[i];
        if (slot->entry == LEX_NONE) return NULL;
        if (slot->head == head && slot->len == n && (n <= 8 || lexicon_same_tail(lx, slot->entry, s, n))) return slot;
    }
}
/* The entry of s[0, n), or LEX_NONE, and the sets it is in with LEX_WORD_BIT (that bit alone
 * for none); hash and head as lexicon_slot's. */
static inline int32_t lexicon_find_hashed(const lexicon *lx, const char *s, size_t n, uint64_t hash, uint64_t head,
                                          uint64_t *mask) {
    const lex_slot *slot = lexicon_slot(lx, s, n, hash, head);
    *mask = slot ? slot->mask : LEX_WORD_BIT;
    return slot ? slot->entry : LEX_NONE;
}
static inline int32_t lexicon_find(const lexicon *lx, const char *s, size_t n, uint64_t *mask) {
    if (n > lx->max_len) {
        *mask = LEX_WORD_BIT;
        return LEX_NONE;
    }
    return lexicon_find_hashed(lx, s, n, word_hash(s, n), word_head(s, n), mask);
}
/* Builds the table of short words, once every word is added (lexicon_add after it leaves
 * the table behind); -1 without memory. */
int lexicon_index_short(lexicon *lx);
/* lexicon_find of a word of one to LEX_SHORT_MAX ASCII letters whose word_head is head: one
 * multiply and, most often, one slot read. */
static inline int32_t lexicon_find_short(const lexicon *lx, uint64_t head, uint64_t *mask) {
    for (size_t i = (size_t)((head * WORD_HASH_K) >> lx->short_shift);; i = (i + 1) & lx->short_mask) {
        const lex_short_slot *slot = &lx->short_slots[i];
        if (!slot->head) { /* (first: the empty word, head 0, is in no set) */
            *mask = LEX_WORD_BIT;
            return LEX_NONE;
        }
        if (slot->head == head) {
            *mask = slot->mask;
            return slot->entry;
        }
    }
}
/* The value of an entry (or of LEX_NONE) in a set: -1 when not in it. */
static inline int lexicon_value(const lexicon *lx, int32_t entry, unsigned set) {
    return entry < 0 ? -1 : lx->values[entry].of_set[set];
}
void lexicon_free(lexicon *lx);

#endif
