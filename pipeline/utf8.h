/* utf8.h: decoding that never fails. An invalid byte (stray continuation byte, overlong form,
 * surrogate, truncated sequence) decodes as one code point of value -1, so every byte string
 * has a well-defined code-point count, which is how the contract counts offsets. */
#ifndef WHOSAID_UTF8_H
#define WHOSAID_UTF8_H

#include <stddef.h>
#include <stdint.h>

size_t utf8_next_multibyte(const unsigned char *s, size_t len, size_t i, int32_t *cp);

/* Length (1-4) of the sequence at s[i]; *cp is its code point, or -1 for an invalid byte.
 * Inline for ASCII, which is most of any news text. */
static inline size_t utf8_next(const unsigned char *s, size_t len, size_t i, int32_t *cp) {
    if (s[i] < 0x80) {
        *cp = s[i];
        return 1;
    }
    /* U+2000-U+2FFF, where curly quotation marks, apostrophes and dashes are: any two
     * continuation bytes after E2 make a valid character */
    if (s[i] == 0xE2 && i + 2 < len && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
        *cp = 0x2000 | (int32_t)(s[i + 1] & 0x3F) << 6 | (int32_t)(s[i + 2] & 0x3F);
        return 3;
    }
    /* U+0080-U+07FF: Latin letters with diacritics, NBSP, « and » */
    if ((unsigned)(s[i] - 0xC2) <= 0xDF - 0xC2 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) {
        *cp = (int32_t)(s[i] & 0x1F) << 6 | (int32_t)(s[i + 1] & 0x3F);
        return 2;
    }
    return utf8_next_multibyte(s, len, i, cp);
}

int32_t utf8_prev_multibyte(const unsigned char *s, size_t i, size_t *start);

/* The code point ending just before s[i] and its start, *start; -1 if invalid or i == 0. */
static inline int32_t utf8_prev(const unsigned char *s, size_t i, size_t *start) {
    if (i > 0 && s[i - 1] < 0x80) {
        *start = i - 1;
        return s[i - 1];
    }
    return utf8_prev_multibyte(s, i, start);
}

/* The length of the apostrophe at s[i] (before len): 1 for ', 3 for ’ (U+2019, which French
 * and much of the press write for it: "l’élue", "d’Orange"), 0 where none is (or i is len:
 * past the text). */
static inline size_t apostrophe_at(const unsigned char *s, size_t len, size_t i) {
    if (i >= len) return 0;
    if (s[i] == '\'') return 1;
    return s[i] == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x99 ? 3 : 0;
}

/* Dashes, curly quotation marks, bullets, ellipsis, primes: the commonest code points beyond
 * ASCII in news, and no letter, digit or space among U+2010-U+2027, U+2030-U+205E (all
 * punctuation but two mathematical signs), told without utf8proc's table. */
static inline int uc_is_general_punctuation(int32_t cp) {
    return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E);
}

/* The case of a letter of Latin-1 or Latin Extended-A (U+00C0-U+017F), the letters beyond
 * ASCII of the languages of the rules (é, ü, ñ, ł, ż): 1 for a capital, 2 for a letter in
 * lower case, 0 for the two signs among them (× and ÷) and for any code point outside them.
 * As utf8proc's categories give it, without its table: Latin-1 has its capitals up to U+00DE;
 * Extended-A pairs a capital and its small letter, the capital first but in U+0139-U+0148 and
 * U+0179-U+017E, ĸ and ŉ small letters alone, Ÿ a capital alone and ſ a small one. */
static inline int uc_latin_case(int32_t cp) {
    if (cp < 0xC0 || cp >= 0x180) return 0;
    if (cp < 0x100) return cp == 0xD7 || cp == 0xF7 ? 0 : cp <= 0xDE ? 1 : 2;
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return 2;
    if (cp == 0x178) return 1;
    int odd_capitals = (cp > 0x138 && cp < 0x149) || cp > 0x178;
    return (cp & 1) == odd_capitals ? 1 : 2;
}

/* Character classes through utf8proc beyond ASCII. */
int uc_is_letter_beyond_ascii(int32_t cp);
/* Writes s[0, n) in lower case (Unicode: "ÉLISABETH" → "élisabeth") into out, which holds cap
 * bytes; returns the length, or 0 when it does not fit. */
size_t utf8_lower(const unsigned char *s, size_t n, char *out, size_t cap);
int uc_is_upper_beyond_ascii(int32_t cp);
int uc_is_lower_beyond_ascii(int32_t cp);
/* The capital of the letter cp is written on without its marks ('é' and 'É' give 'E'). */
int32_t uc_base_upper(int32_t cp);
int uc_is_digit_beyond_ascii(int32_t cp);
int uc_is_space_beyond_ascii(int32_t cp);

/* (beyond ASCII, general punctuation first: no call for the commonest such characters) */
static inline int uc_is_letter(int32_t cp) {
    return cp < 0x80 ? (unsigned)((cp | 0x20) - 'a') < 26 : !uc_is_general_punctuation(cp) && uc_is_letter_beyond_ascii(cp);
}
/* upper or title case letter */
static inline int uc_is_upper(int32_t cp) {
    return cp < 0x80 ? (unsigned)(cp - 'A') < 26 : !uc_is_general_punctuation(cp) && uc_is_upper_beyond_ascii(cp);
}
static inline int uc_is_lower(int32_t cp) {
    return cp < 0x80 ? (unsigned)(cp - 'a') < 26 : !uc_is_general_punctuation(cp) && uc_is_lower_beyond_ascii(cp);
}
static inline int uc_is_digit(int32_t cp) {
    return cp < 0x80 ? (unsigned)(cp - '0') < 10 : !uc_is_general_punctuation(cp) && uc_is_digit_beyond_ascii(cp);
}
/* white space including NBSP and the other Zs */
static inline int uc_is_space(int32_t cp) {
    return cp < 0x80 ? cp == ' ' || (cp >= '\t' && cp <= '\r') : !uc_is_general_punctuation(cp) && uc_is_space_beyond_ascii(cp);
}
/* Does s[i, len) open with a capital letter? */
static inline int utf8_opens_upper(const unsigned char *s, size_t len, size_t i) {
    int32_t cp;
    if (i >= len) return 0;
    utf8_next(s, len, i, &cp);
    return cp >= 0 && uc_is_upper(cp);
}

#endif
