/* utf8.h: decoding that never fails. An invalid byte (stray continuation byte, overlong form,
 * surrogate, truncated sequence) decodes as one code point of value -1, so every byte string
 * has a well-defined code-point count, which is how the contract counts offsets. */
#ifndef WHOSAID_UTF8_H
#define WHOSAID_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Length (1-4) of the sequence at s[i]; *cp is its code point, or -1 for an invalid byte. */
size_t utf8_next(const unsigned char *s, size_t len, size_t i, int32_t *cp);

/* The code point ending just before s[i] and its start, *start; -1 if invalid or i == 0. */
int32_t utf8_prev(const unsigned char *s, size_t i, size_t *start);

/* Character classes through utf8proc. */
int uc_is_letter(int32_t cp);
int uc_is_upper(int32_t cp);   /* upper or title case letter */
int uc_is_lower(int32_t cp);
int uc_is_digit(int32_t cp);
int uc_is_space(int32_t cp);   /* white space including NBSP and the other Zs */

#endif
