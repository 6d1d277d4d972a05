/* test_scan.c: the fast paths over plain bytes agree with the plain loops. The eight-bytes-a-
 * step skips find the same byte as a byte loop would, wherever that byte stands relative to the
 * eight-byte steps and the end of the range, and never look past the range's end; the inline
 * UTF-8 decoding of ASCII and of E2 sequences agrees with the strict decoder, and the case of
 * Latin letters told without utf8proc with utf8proc's. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "scan.h"
#include "utf8.h"

static size_t naive_ascii(const unsigned char *s, size_t i, size_t end) {
    while (i < end && s[i] < 0x80) i++;
    return i;
}

static size_t naive_json_plain(const unsigned char *s, size_t i, size_t end) {
    while (i < end && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\') i++;
    return i;
}

static size_t naive_stop(const unsigned char *s, size_t i, size_t end, const byte_stops *c) {
    while (i < end && !c->stop[s[i]]) i++;
    return i;
}

/* The range is copied to the end of its own allocation, so that reading past it is a heap
 * overflow under a sanitizer or valgrind. */
static unsigned char *at_heap_end(const unsigned char *s, size_t n) {
    unsigned char *p = malloc(n ? n : 1);
    cr_assert(p);
    memcpy(p, s, n);
    return p;
}

/* Every byte value at every position of ranges of length 0 to 24, starting at offsets 0-3. */
static void each_placement(void (*check)(const unsigned char *s, size_t i, size_t n, int b)) {
    unsigned char text[32];
    for (size_t n = 0; n <= 24; n++)
        for (size_t at = 0; at <= n; at++)
            for (int b = 0; b < 256; b++)
                for (size_t from = 0; from < 4 && from <= n; from++) {
                    memset(text, 'a', sizeof text);
                    if (at < n) text[at] = (unsigned char)b;
                    unsigned char *s = at_heap_end(text, n);
                    check(s, from, n, b);
                    free(s);
                }
}

static void check_ascii(const unsigned char *s, size_t i, size_t n, int b) {
    (void)b;
    cr_assert_eq(scan_ascii(s, i, n), naive_ascii(s, i, n));
}

static void check_json(const unsigned char *s, size_t i, size_t n, int b) {
    (void)b;
    cr_assert_eq(scan_json_plain(s, i, n), naive_json_plain(s, i, n), "byte 0x%02x", b);
}

/* copy(s, i, n, &o) stops where naive does, having copied what it passed and written nothing
 * past the room it was given. */
static void check_copy(size_t (*copy)(const unsigned char *, size_t, size_t, char **),
                       size_t (*naive)(const unsigned char *, size_t, size_t), const unsigned char *s, size_t i, size_t n,
                       int b) {
    char out[40];
    memset(out, '#', sizeof out);
    char *o = out;
    size_t stop = copy(s, i, n, &o);
    cr_assert_eq(stop, naive(s, i, n), "byte 0x%02x", b);
    cr_assert_eq(o - out, (ptrdiff_t)(stop - i));
    cr_assert(!memcmp(out, s + i, stop - i));
    for (size_t k = n - i; k < sizeof out; k++) cr_assert_eq(out[k], '#', "written past the room");
}

/* copy_json_plain stops where scan_json_plain does; json_plain_few agrees on short texts. */
static void check_json_copy(const unsigned char *s, size_t i, size_t n, int b) {
    check_copy(copy_json_plain, naive_json_plain, s, i, n, b);
    if (i == 0 && n < 16) cr_assert_eq(json_plain_few(s, n), naive_json_plain(s, 0, n) == n, "byte 0x%02x", b);
}

/* copy_json_valid stops at ", \ and control characters only (the bytes beyond ASCII of a text
 * known to be valid UTF-8 it copies). */
static size_t naive_json_escapes(const unsigned char *s, size_t i, size_t end) {
    while (i < end && s[i] >= 0x20 && s[i] != '"' && s[i] != '\\') i++;
    return i;
}

static void check_json_valid_copy(const unsigned char *s, size_t i, size_t n, int b) {
    check_copy(copy_json_valid, naive_json_escapes, s, i, n, b);
}

static void check_char_starts(const unsigned char *s, size_t i, size_t n, int b) {
    size_t naive = 0;
    for (size_t k = i; k < n; k++) naive += (s[k] & 0xC0) != 0x80;
    cr_assert_eq(count_char_starts(s, i, n), naive, "byte 0x%02x", b);
}

static byte_stops sentence_like;

static void check_stop(const unsigned char *s, size_t i, size_t n, int b) {
    cr_assert_eq(scan_to_stop(s, i, n, &sentence_like), naive_stop(s, i, n, &sentence_like), "byte 0x%02x", b);
}

Test(scan, ascii_stops_at_the_first_high_byte) {
    each_placement(check_ascii);
    const unsigned char t[] = "plain text then \xE2\x80\x9C quoted";
    cr_assert_eq(scan_ascii(t, 0, sizeof t - 1), 16);
}

Test(scan, json_plain_stops_at_quote_backslash_control_and_high_bytes) {
    each_placement(check_json);
    each_placement(check_json_copy);
    each_placement(check_json_valid_copy);
    const unsigned char t[] = "{\"text\": \"He said \\\"no\\\"\"}";
    cr_assert_eq(scan_json_plain(t, 2, sizeof t - 1), 6);
    cr_assert_eq(scan_json_plain(t, 10, sizeof t - 1), 18);
}

/* Two bytes that may stop the scan, at every pair of places, the scan starting before, at or
 * after the first: a byte that stops it must not make the scan stop at a byte after it instead
 * ('"' then '#' borrows in the eight-byte test). */
Test(scan, json_plain_stops_at_the_first_of_two) {
    static const unsigned char odd[] = {0x00, 0x01, 0x1F, 0x20, 0x21, '"', '#', '\\', ']', 0x7F, 0x80, 0xFF, 'a'};
    unsigned char text[24];
    for (size_t n = 0; n <= sizeof text; n++)
        for (size_t a = 0; a < n; a++)
            for (size_t b = a + 1; b < n; b++)
                for (size_t x = 0; x < sizeof odd; x++)
                    for (size_t y = 0; y < sizeof odd; y++)
                        for (size_t from = 0; from <= b; from = from < a ? a : from + 1) { /* 0, a, a + 1.. */
                            memset(text, 'a', sizeof text);
                            text[a] = odd[x];
                            text[b] = odd[y];
                            unsigned char *s = at_heap_end(text, n);
                            cr_assert_eq(scan_json_plain(s, from, n), naive_json_plain(s, from, n), "n %zu at %zu %zu",
                                         n, a, b);
                            check_json_copy(s, from, n, odd[y]);
                            free(s);
                        }
}

Test(scan, char_starts_leave_out_continuation_bytes) {
    each_placement(check_char_starts);
    unsigned char *t = malloc(5000);
    cr_assert(t);
    for (size_t k = 0; k < 5000; k++) t[k] = k % 3 ? 0x80 : 'a'; /* past 255 steps a lane */
    for (size_t from = 0; from < 40; from += 7) check_char_starts(t, from, 5000 - from % 5, 0x80);
    free(t);
}

Test(scan, stops_follow_the_class) {
    memset(&sentence_like, 0, sizeof sentence_like);
    for (int b = 0x80; b < 256; b++) sentence_like.stop[b] = 1;
    sentence_like.stop['.'] = sentence_like.stop['"'] = sentence_like.stop['?'] = 1;
    each_placement(check_stop);
    const unsigned char t[] = "No stop here, none at all; but one now? yes";
    cr_assert_eq(scan_to_stop(t, 0, sizeof t - 1, &sentence_like), 38);
}

Test(scan, inline_utf8_agrees_with_the_strict_decoder) {
    for (int a = 0; a < 256; a++)
        for (int b = 0; b < 256; b++)
            for (int c = 0; c < 256; c += (a == 0xE2 ? 1 : 17))
                for (size_t len = 1; len <= 3; len++) {
                    unsigned char seq[3] = {(unsigned char)a, (unsigned char)b, (unsigned char)c};
                    unsigned char *s = at_heap_end(seq, len);
                    int32_t fast, strict;
                    size_t nf = utf8_next(s, len, 0, &fast), ns = utf8_next_multibyte(s, len, 0, &strict);
                    cr_assert(nf == ns && fast == strict, "%02x %02x %02x, %zu bytes: %zu/%d against %zu/%d", a, b, c,
                              len, nf, fast, ns, strict);
                    free(s);
                }
    const unsigned char quote[] = "\xE2\x80\x9C";
    int32_t cp;
    cr_assert_eq(utf8_next(quote, 3, 0, &cp), 3);
    cr_assert_eq(cp, 0x201C);
}

Test(scan, latin_case_agrees_with_utf8proc) {
    for (int32_t cp = 0; cp < 0x250; cp++) {
        utf8proc_category_t c = utf8proc_category(cp);
        int want = cp < 0xC0 || cp >= 0x180 ? 0 : c == UTF8PROC_CATEGORY_LU ? 1 : c == UTF8PROC_CATEGORY_LL ? 2 : 0;
        cr_assert_eq(uc_latin_case(cp), want, "U+%04X", (unsigned)cp);
        if (cp >= 0xC0 && cp < 0x180) {
            cr_assert_eq(uc_is_upper_beyond_ascii(cp), c == UTF8PROC_CATEGORY_LU, "U+%04X", (unsigned)cp);
            cr_assert_eq(uc_is_letter_beyond_ascii(cp), c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL, "U+%04X",
                         (unsigned)cp);
        }
    }
}
