/* scan.h: skipping the bytes a stage has nothing to do with. Every stage reads the whole
 * document, and most of its bytes are plain ASCII letters and spaces, so these loops are where
 * the time goes; they look at sixteen (or eight) bytes per step. s is the text's start: the
 * scans read in s[0, end) only, but the last few bytes as the sixteen up to end, those before i
 * among them (a text of fewer a byte at a time). */
#ifndef WHOSAID_SCAN_H
#define WHOSAID_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Of eight bytes loaded as one integer, the index of the first (in memory) whose bit 7 is set
 * in mask; mask is not 0. On a big-endian machine -1: the caller goes on a byte at a time. */
static inline int first_flagged_byte(uint64_t mask) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    return __builtin_ctzll(mask) / 8;
#else
    (void)mask;
    return -1;
#endif
}

/* Index of the first byte at or after i that is not ASCII (>= 0x80), or end. */
static inline size_t scan_ascii(const unsigned char *s, size_t i, size_t end) {
#if defined(__SSE2__)
    while (i + 16 <= end) { /* sixteen bytes a step: their high bits at once */
        unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
        if (high) return i + (size_t)__builtin_ctz(high);
        i += 16;
    }
    if (i < end && end >= 16) { /* the last few: as scan_json_plain reads them */
        unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + end - 16))) >> (i - (end - 16));
        return high ? i + (size_t)__builtin_ctz(high) : end;
    }
#endif
    while (i + 8 <= end) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t high = w & UINT64_C(0x8080808080808080);
        if (high) {
            int k = first_flagged_byte(high);
            if (k >= 0) return i + (size_t)k;
            break;
        }
        i += 8;
    }
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the last few (fewer than eight, a short word's whole): as the eight bytes up to end, or two
     * overlapping fours (as word_head reads them), with those before i shifted out; a byte at a
     * time, they cost more than the rest of a look-up's miss */
    if (i < end && end >= 4) {
        uint64_t w;
        if (end >= 8) {
            memcpy(&w, s + end - 8, 8);
            w >>= 8 * (i - (end - 8));
        } else {
            uint32_t lo, hi;
            memcpy(&lo, s, 4);
            memcpy(&hi, s + end - 4, 4);
            w = ((uint64_t)lo | (uint64_t)hi << 8 * (end - 4)) >> 8 * i;
        }
        uint64_t high = w & UINT64_C(0x8080808080808080);
        return high ? i + (size_t)__builtin_ctzll(high) / 8 : end;
    }
#endif
    while (i < end && s[i] < 0x80) i++;
    return i;
}

/* Index of the first byte at or after i that is white space or a control character (up to
 * ' ') or not ASCII, or end: past the rest of a word of ASCII letters, digits and punctuation,
 * eight bytes a step. */
static inline size_t scan_ascii_word(const unsigned char *s, size_t i, size_t end) {
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones * 0x80, low7s = ~highs;
    while (i + 8 <= end) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        /* bit 7 of (w & low7s) + 0x5F a byte: set where its low seven bits are 0x21 or more,
         * exactly (no carry into the next byte) */
        uint64_t stop = (~((w & low7s) + ones * (0x80 - 0x21)) | w) & highs;
        if (stop) {
            int k = first_flagged_byte(stop);
            if (k >= 0) return i + (size_t)k;
            break;
        }
        i += 8;
    }
    while (i < end && s[i] > ' ' && s[i] < 0x80) i++;
    return i;
}

/* Of eight bytes as one integer, bit 7 set in each byte that a JSON string cannot hold as it is
 * (", \ and control characters) or that is not ASCII; exact for the first such byte (a borrow
 * can flag a byte after a flagged one, never before). */
static inline uint64_t json_special_bytes(uint64_t w) {
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones * 0x80;
    uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
    return (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | ((w - ones * 0x20) & ~w) | w) & highs;
}

#if defined(__SSE2__)
/* Of the sixteen bytes at p, a bit each for those a JSON string cannot hold as they are: as
 * signed bytes, those below 0x20 are the control characters and every byte from 0x80 up at
 * once; then " and \. */
static inline unsigned json_stops16(const unsigned char *p) {
    const __m128i space = _mm_set1_epi8(0x20), dq = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, bs))));
}
#endif

/* Index of the first byte at or after i that a JSON string cannot hold as it is (", \ and
 * control characters) or that is not ASCII, or end. */
static inline size_t scan_json_plain(const unsigned char *s, size_t i, size_t end) {
#if defined(__SSE2__)
    for (; i + 16 <= end; i += 16) { /* sixteen bytes a step */
        unsigned hit = json_stops16(s + i);
        if (hit) return i + (size_t)__builtin_ctz(hit);
    }
    /* the last few: the sixteen bytes up to end, where there are as many, those before i left
     * out (the step's tests are exact a byte, so the bytes left out flag nothing after them) */
    if (i < end && end >= 16) {
        unsigned hit = json_stops16(s + end - 16) >> (i - (end - 16));
        return hit ? i + (size_t)__builtin_ctz(hit) : end;
    }
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* fewer than sixteen bytes from the text's start (a record's name or cue): eight a step,
     * then the last few as one word of two overlapping halves, padded with bytes that stop
     * nothing, rather than a byte at a time */
    for (; i + 8 <= end; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t special = json_special_bytes(w);
        if (special) return i + (size_t)(__builtin_ctzll(special) / 8);
    }
    if (end - i >= 4) {
        size_t left = end - i;
        uint32_t lo, hi;
        memcpy(&lo, s + i, 4);
        memcpy(&hi, s + end - 4, 4); /* the bytes the halves share are the same in both */
        uint64_t w = lo | (uint64_t)hi << (8 * (left - 4)) | UINT64_C(0x6161616161616161) << (8 * left); /* 'a's */
        uint64_t special = json_special_bytes(w);
        return special ? i + (size_t)(__builtin_ctzll(special) / 8) : end;
    }
#endif
    while (i < end && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\') i++;
    return i;
}

/* Copies n bytes (fewer than sixteen, most often) from src to dst without a call: two
 * overlapping halves, as memcpy itself does for a few bytes. */
static inline void copy_few(char *dst, const unsigned char *src, size_t n) {
    if (n >= 8) {
        if (n > 16) {
            memcpy(dst, src, n);
            return;
        }
        uint64_t a, b;
        memcpy(&a, src, 8);
        memcpy(&b, src + n - 8, 8);
        memcpy(dst, &a, 8);
        memcpy(dst + n - 8, &b, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, src, 4);
        memcpy(&b, src + n - 4, 4);
        memcpy(dst, &a, 4);
        memcpy(dst + n - 4, &b, 4);
    } else if (n) { /* the first, middle and last of one to three bytes, with no loop */
        dst[0] = (char)src[0];
        dst[n / 2] = (char)src[n / 2];
        dst[n - 1] = (char)src[n - 1];
    }
}

/* Whether s[0, n), n below sixteen, holds no byte that scan_json_plain stops at: a short text
 * (a name, a cue) tested as two overlapping words, not a byte at a time. */
static inline int json_plain_few(const unsigned char *s, size_t n) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n >= 8) {
        uint64_t a, b;
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        return !(json_special_bytes(a) | json_special_bytes(b));
    }
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        return !json_special_bytes(a | (uint64_t)b << 32);
    }
    /* (one to three bytes, a record's "en" or "cue": their first, middle and last, as copy_few
     * copies them, padded with 'a's, in one word too; scan_json_plain's loops, not in line
     * here, cost several times more) */
    if (n) return !json_special_bytes(s[0] | (uint64_t)s[n / 2] << 8 | (uint64_t)s[n - 1] << 16 | UINT64_C(0x6161616161) << 24);
    return 1;
#else
    return scan_json_plain(s, 0, n) == n;
#endif
}

/* scan_json_plain that also copies what it passes, s[i, the index returned), to *out and moves
 * *out past it: the text a JSON string holds as it is read once, not once to find its end and
 * again to copy it. *out must have room for end - i bytes (a step stores sixteen bytes, those
 * past a stop among them, but only where the text has sixteen more). */
static inline size_t copy_json_plain(const unsigned char *s, size_t i, size_t end, char **out) {
    char *o = *out;
#if defined(__SSE2__)
    for (; i + 16 <= end; i += 16, o += 16) {
        _mm_storeu_si128((__m128i *)(void *)o, _mm_loadu_si128((const __m128i *)(const void *)(s + i)));
        unsigned hit = json_stops16(s + i);
        if (hit) {
            *out = o + __builtin_ctz(hit);
            return i + (size_t)__builtin_ctz(hit);
        }
    }
#endif
    size_t stop = scan_json_plain(s, i, end); /* the last few */
    copy_few(o, s + i, stop - i);
    *out = o + (stop - i);
    return stop;
}

#if defined(__SSE2__)
/* Of the sixteen bytes at p, a bit each for those a JSON string cannot hold as they are (",
 * \ and control characters), the bytes from 0x80 up left out (json_stops16 takes them in). */
static inline unsigned json_escapes16(const unsigned char *p) {
    const __m128i below_space = _mm_set1_epi8(0x1F), dq = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    /* (a control character: no greater than 0x1F, unsigned, where its maximum with 0x1F is 0x1F) */
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, below_space), below_space);
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, bs))));
}
#endif

/* copy_json_plain of a text known to be valid UTF-8: it stops only at the bytes a JSON string
 * cannot hold as they are (", \ and control characters), and copies the characters beyond
 * ASCII as it passes them, where copy_json_plain stops at each to have it checked. Same room. */
static inline size_t copy_json_valid(const unsigned char *s, size_t i, size_t end, char **out) {
    char *o = *out;
#if defined(__SSE2__)
    for (; i + 16 <= end; i += 16, o += 16) {
        _mm_storeu_si128((__m128i *)(void *)o, _mm_loadu_si128((const __m128i *)(const void *)(s + i)));
        unsigned hit = json_escapes16(s + i);
        if (hit) {
            *out = o + __builtin_ctz(hit);
            return i + (size_t)__builtin_ctz(hit);
        }
    }
    if (i < end && end >= 16) { /* the last few, as scan_json_plain reads them */
        unsigned hit = json_escapes16(s + end - 16) >> (i - (end - 16));
        size_t stop = hit ? i + (size_t)__builtin_ctz(hit) : end;
        copy_few(o, s + i, stop - i);
        *out = o + (stop - i);
        return stop;
    }
#endif
    while (i < end && s[i] >= 0x20 && s[i] != '"' && s[i] != '\\') *o++ = (char)s[i++];
    *out = o;
    return i;
}

/* A byte class: stop[b] is 1 for the bytes a scan must stop at, else 0. */
enum { STOPS_MAX_ASCII = 6 };
typedef struct {
    unsigned char stop[256];
    /* byte_stops_index's summary for the vector scan: every byte from 0x80 up stops, and these
     * few ASCII bytes do (nascii <= STOPS_MAX_ASCII; vector 0 when the class is not so) */
    unsigned char ascii[STOPS_MAX_ASCII];
    unsigned nascii, vector;
    /* the ASCII stops, each in all sixteen bytes of a row, the rows past nascii repeating a
     * stop (or 0x80, which stops anyway): the scan compares with a fixed number of rows,
     * unrolled, loaded as they are rather than built at every call */
    unsigned char rows[STOPS_MAX_ASCII][16];
} byte_stops;

/* Fills the summary from stop[] once it is set. */
static inline void byte_stops_index(byte_stops *c) {
    c->nascii = 0;
    c->vector = 1;
    for (int b = 0; b < 256; b++) {
        if (b >= 0x80) c->vector &= c->stop[b];
        else if (c->stop[b] && c->nascii < STOPS_MAX_ASCII) c->ascii[c->nascii++] = (unsigned char)b;
        else if (c->stop[b]) c->vector = 0;
    }
    for (unsigned k = 0; k < STOPS_MAX_ASCII; k++)
        memset(c->rows[k], k < c->nascii ? c->ascii[k] : c->nascii ? c->ascii[0] : 0x80, sizeof c->rows[k]);
}

#if defined(__SSE2__)
/* The bytes of v the class stops at, a bit each: a high bit, or equality to one of the ASCII
 * stops (rows: the first two where the class has no more, five where it has no more, all six
 * else). */
static inline unsigned byte_stops_hits(__m128i v, const byte_stops *c, int rows) {
#define STOP_ROW(k) _mm_loadu_si128((const __m128i *)(const void *)c->rows[k])
    __m128i any = _mm_or_si128(v, _mm_or_si128(_mm_cmpeq_epi8(v, STOP_ROW(0)), _mm_cmpeq_epi8(v, STOP_ROW(1))));
    _Static_assert(STOPS_MAX_ASCII == 6, "the scan below compares with six rows");
    if (rows > 2) {
        __m128i b = _mm_or_si128(_mm_cmpeq_epi8(v, STOP_ROW(2)), _mm_cmpeq_epi8(v, STOP_ROW(3)));
        __m128i e = rows > 5 ? _mm_or_si128(_mm_cmpeq_epi8(v, STOP_ROW(4)), _mm_cmpeq_epi8(v, STOP_ROW(5)))
                             : _mm_cmpeq_epi8(v, STOP_ROW(4));
        any = _mm_or_si128(any, _mm_or_si128(b, e));
    }
#undef STOP_ROW
    return (unsigned)_mm_movemask_epi8(any);
}
#endif

/* Index of the first byte at or after i that the class stops at, or end. */
static inline size_t scan_to_stop(const unsigned char *s, size_t i, size_t end, const byte_stops *c) {
    const unsigned char *t = c->stop;
#if defined(__SSE2__)
    /* sixteen bytes a step; two rows where the class has no more ASCII stops (quotation marks),
     * five where it has no more, else all six (the rows stay in registers: each loop has its
     * count fixed) */
    if (c->vector) {
        if (c->nascii <= 2) {
            for (; i + 16 <= end; i += 16) {
                unsigned hit = byte_stops_hits(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), c, 2);
                if (hit) return i + (size_t)__builtin_ctz(hit);
            }
        } else if (c->nascii <= 5) { /* (the sentence stops as the rules have them: . ! ? " ') */
            for (; i + 16 <= end; i += 16) {
                unsigned hit = byte_stops_hits(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), c, 5);
                if (hit) return i + (size_t)__builtin_ctz(hit);
            }
        } else {
            for (; i + 16 <= end; i += 16) {
                unsigned hit = byte_stops_hits(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), c, 6);
                if (hit) return i + (size_t)__builtin_ctz(hit);
            }
        }
        if (i < end && end >= 16) { /* the last few, as scan_json_plain reads them (every row: past
                                     * nascii they repeat a stop) */
            unsigned hit = byte_stops_hits(_mm_loadu_si128((const __m128i *)(const void *)(s + end - 16)), c, 6) >> (i - (end - 16));
            return hit ? i + (size_t)__builtin_ctz(hit) : end;
        }
    }
#endif
    while (i + 8 <= end) {
        const unsigned char *p = s + i;
        unsigned hit = (unsigned)t[p[0]] | (unsigned)t[p[1]] << 1 | (unsigned)t[p[2]] << 2 | (unsigned)t[p[3]] << 3 |
                       (unsigned)t[p[4]] << 4 | (unsigned)t[p[5]] << 5 | (unsigned)t[p[6]] << 6 | (unsigned)t[p[7]] << 7;
        if (hit) {
#if defined(__GNUC__)
            return i + (size_t)__builtin_ctz(hit);
#else
            break;
#endif
        }
        i += 8;
    }
    while (i < end && !t[s[i]]) i++;
    return i;
}

/* Of the eight bytes p[0, 8), how many at the end are ASCII letters or full stops (the bytes
 * before a full stop that an abbreviation may take, "U.S", read back from it eight a step); -1
 * on a big-endian machine, where the caller reads them a byte at a time. */
static inline int letters_or_stops_back8(const unsigned char *p) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = UINT64_C(0x0101010101010101), high = ones * 0x80, low7s = ~high;
    uint64_t w;
    memcpy(&w, p, 8);
    /* per byte, exact (no sum carries into the next byte): bit 7 set from 'a' up and not past
     * 'z' (case folded), and where the byte is '.' */
    uint64_t folded = (w | ones * 0x20) & low7s;
    uint64_t letter = (folded + ones * 0x1F) & ~(folded + ones * 0x05) & ~w & high;
    uint64_t t = w ^ (ones * '.');
    uint64_t stop = ~(((t & low7s) + low7s) | t) & high;
    uint64_t other = ~(letter | stop) & high;
    if (!other) return 8;
    return 7 - (63 - __builtin_clzll(other)) / 8; /* the bytes above the highest other one */
#else
    (void)p;
    return -1;
#endif
}

/* How many bytes of s[i, end) are no UTF-8 continuation byte (0x80-0xBF): in valid UTF-8, the
 * characters that start there. Sixteen bytes a step (a continuation byte is, read as a signed
 * char, below -64, and each lane of acc counts those of its column); the last few as the
 * sixteen bytes up to end, those before i masked out, where s holds sixteen bytes before end. */
static inline size_t count_char_starts(const unsigned char *s, size_t i, size_t end) {
    size_t n = end - i;
#if defined(__SSE2__)
    /* lane k of a load at tail_lanes + r is set where k >= 16 - r: the last r lanes */
    static const unsigned char tail_lanes[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                                 255, 255, 255, 255, 255, 255, 255, 255,
                                                 255, 255, 255, 255, 255, 255, 255, 255};
    const __m128i below = _mm_set1_epi8(-64), zero = _mm_setzero_si128();
    __m128i acc = zero;
    for (unsigned steps = 0; i + 16 <= end; i += 16) {
        acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)), below));
        if (++steps == 255) { /* a lane would wrap at the next step: summed up so far */
            acc = _mm_sad_epu8(acc, zero);
            n -= (size_t)_mm_cvtsi128_si32(acc) + (size_t)_mm_cvtsi128_si32(_mm_unpackhi_epi64(acc, acc));
            acc = zero;
            steps = 0;
        }
    }
    if (i < end && end >= 16) {
        __m128i cont = _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + end - 16)), below);
        __m128i last = _mm_loadu_si128((const __m128i *)(const void *)(tail_lanes + (end - i)));
        acc = _mm_sub_epi8(acc, _mm_and_si128(cont, last));
        i = end;
    }
    acc = _mm_sad_epu8(acc, zero); /* the lanes summed, eight to a half */
    n -= (size_t)_mm_cvtsi128_si32(acc) + (size_t)_mm_cvtsi128_si32(_mm_unpackhi_epi64(acc, acc));
#endif
    for (; i < end; i++) n -= (s[i] & 0xC0) == 0x80;
    return n;
}

/* count_char_starts of the 128 bytes from s[i]: eight steps, unrolled, none of which can wrap a
 * lane, and no tail. */
static inline size_t count_char_starts128(const unsigned char *s, size_t i) {
#if defined(__SSE2__)
    const __m128i below = _mm_set1_epi8(-64), zero = _mm_setzero_si128();
    __m128i acc = zero;
    for (int k = 0; k < 8; k++)
        acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i + 16 * k)), below));
    acc = _mm_sad_epu8(acc, zero);
    return 128 - (size_t)_mm_cvtsi128_si32(acc) - (size_t)_mm_cvtsi128_si32(_mm_unpackhi_epi64(acc, acc));
#else
    return count_char_starts(s, i, i + 128);
#endif
}

#endif
