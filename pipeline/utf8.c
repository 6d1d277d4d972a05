/* utf8.c: a strict UTF-8 decoder (RFC 3629) that reports invalid bytes instead of failing. */
#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

#include "whosaid.h"

size_t utf8_next_multibyte(const unsigned char *s, size_t len, size_t i, int32_t *cp) {
    unsigned c = s[i];
    if (c < 0x80) {
        *cp = (int32_t)c;
        return 1;
    }
    size_t n;
    int32_t v;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        v = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;      /* overlong */
        if (c == 0xED) hi = 0x9F;      /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        v = c & 0x07;
        if (c == 0xF0) lo = 0x90;      /* overlong */
        if (c == 0xF4) hi = 0x8F;      /* above U+10FFFF */
    } else {
        *cp = -1;
        return 1;
    }
    if (i + n > len) {
        *cp = -1;
        return 1;
    }
    for (size_t k = 1; k < n; k++) {
        unsigned b = s[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
            *cp = -1;
            return 1;
        }
        v = (v << 6) | (int32_t)(b & 0x3F);
    }
    *cp = v;
    return n;
}

int32_t utf8_prev_multibyte(const unsigned char *s, size_t i, size_t *start) {
    if (i == 0) {
        *start = 0;
        return -1;
    }
    /* a sequence is at most 4 bytes: try the longest valid one ending at i */
    for (size_t back = 1; back <= 4 && back <= i; back++) {
        unsigned b = s[i - back];
        if (back < 4 && (b & 0xC0) == 0x80) continue;
        int32_t cp;
        if (utf8_next(s, i, i - back, &cp) == back) {
            *start = i - back;
            return cp;
        }
        break;
    }
    *start = i - 1;
    return -1;
}

/* A code point's category as far as the predicates below ask: which letter, digit or space it
 * is. Coarse for punctuation (every dash and quotation mark of the fast path is "PO"): not for a
 * predicate on punctuation. */
static utf8proc_category_t coarse_category(int32_t cp) {
    if (uc_is_general_punctuation(cp)) return UTF8PROC_CATEGORY_PO;
    /* the letters of Latin-1 and Latin Extended-A, the commonest beyond ASCII in names of the
     * languages of the rules (× and ÷ the two signs among them) */
    if (cp >= 0xC0 && cp < 0x180) {
        int c = uc_latin_case(cp);
        return c == 1 ? UTF8PROC_CATEGORY_LU : c == 2 ? UTF8PROC_CATEGORY_LL : UTF8PROC_CATEGORY_SM;
    }
    if (cp < 0 || !utf8proc_codepoint_valid(cp)) return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(cp);
}

int uc_is_letter_beyond_ascii(int32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    utf8proc_category_t c = coarse_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

size_t utf8_lower(const unsigned char *s, size_t n, char *out, size_t cap) {
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        if (s[i] < 0x80) { /* ASCII, most letters of most words: as utf8proc lowers it */
            if (len + 1 > cap) return 0;
            out[len++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
            i++;
            continue;
        }
        int32_t cp;
        i += utf8_next(s, n, i, &cp);
        if (cp < 0) return 0;
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t w = utf8proc_encode_char(utf8proc_tolower(cp), buf);
        if (w <= 0 || len + (size_t)w > cap) return 0;
        memcpy(out + len, buf, (size_t)w);
        len += (size_t)w;
    }
    return len;
}

int uc_is_upper_beyond_ascii(int32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = coarse_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int32_t uc_base_upper(int32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z' ? cp - 'a' + 'A' : cp;
    utf8proc_int32_t parts[4];
    int last = 0;
    /* (the canonical decomposition opens with the letter the marks sit on) */
    utf8proc_ssize_t n = utf8proc_codepoint_valid(cp) ? utf8proc_decompose_char(cp, parts, 4, UTF8PROC_DECOMPOSE, &last) : 0;
    return utf8proc_toupper(n > 0 ? parts[0] : cp);
}

int uc_is_lower_beyond_ascii(int32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return coarse_category(cp) == UTF8PROC_CATEGORY_LL;
}

int uc_is_digit_beyond_ascii(int32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return coarse_category(cp) == UTF8PROC_CATEGORY_ND;
}

int uc_is_space_beyond_ascii(int32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    utf8proc_category_t c = coarse_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP ||
           cp == 0x85;
}

/* Valid runs are copied whole; only an invalid byte breaks one. */
size_t whosaid_valid_utf8(const char *s, size_t n, char *out) {
    const unsigned char *u = (const unsigned char *)s;
    size_t w = 0, run = 0; /* s[run, i) is valid and not yet written */
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = utf8_next(u, n, i, &cp);
        if (cp >= 0) {
            i += k;
            continue;
        }
        if (out) {
            memcpy(out + w, s + run, i - run);
            memcpy(out + w + (i - run), "\xEF\xBF\xBD", 3);
        }
        w += i - run + 3;
        run = ++i;
    }
    if (out && n > run) memcpy(out + w, s + run, n - run);
    return w + (n - run);
}
