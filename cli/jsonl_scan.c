/* jsonl_scan.c: one pass over a JSON line with a depth counter instead of a tree. Anything
 * unusual defers to jansson, so that what is accepted, and every error message, stays
 * jansson's. */
#include "jsonl_scan.h"

#include <string.h>

#include "scan.h"
#include "utf8.h"

/* Nesting beyond this defers to jansson (whose own limit is larger). */
enum { MAX_DEPTH = 64, MAX_NUMBER = 15 };

typedef struct {
    const unsigned char *s;
    size_t len, i;
} scanner;

static void skip_space(scanner *sc) {
    while (sc->i < sc->len && (sc->s[sc->i] == ' ' || sc->s[sc->i] == '\t' || sc->s[sc->i] == '\n' || sc->s[sc->i] == '\r'))
        sc->i++;
}

static int hex4(const unsigned char *p, unsigned *v) {
    *v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned c = p[k], d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        else return -1;
        *v = *v << 4 | d;
    }
    return 0;
}

/* Code point cp as UTF-8 at o (room for four bytes); the end. */
static char *put_utf8(char *o, unsigned cp) {
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | cp >> 6);
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | cp >> 12);
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | cp >> 18);
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

/* The character a one-letter escape stands for ("\n": a line break, the commonest in a text),
 * or 0 where e makes none. */
static char simple_escape(char e) {
    switch (e) {
    case 'n': return '\n';
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
    }
}

/* A string at sc->i (its opening quote); decoded into out when out is not NULL, which must
 * have room for the rest of the line (decoded, a string is never longer than it is escaped).
 * Returns 0 or JSONL_SCAN_DEFER. */
static int scan_string(scanner *sc, buf *out) {
    const unsigned char *s = sc->s;
    size_t i = sc->i + 1;
    char *o = out ? out->data + out->len : NULL; /* where decoded bytes go (plain ones as they are scanned) */
    while (i < sc->len) {
        i = out ? copy_json_plain(s, i, sc->len, &o) : scan_json_plain(s, i, sc->len);
        if (i >= sc->len) return JSONL_SCAN_DEFER;
        unsigned char c = s[i];
        if (c >= 0x80) {
            int32_t cp;
            size_t k = utf8_next(s, sc->len, i, &cp);
            if (cp < 0) return JSONL_SCAN_DEFER;
            if (out) {
                copy_few(o, s + i, k);
                o += k;
            }
            i += k;
            continue;
        }
        if (c == '"') {
            if (out) {
                out->len = (size_t)(o - out->data);
                out->data[out->len] = '\0';
            }
            sc->i = i + 1;
            return 0;
        }
        if (c < 0x20) return JSONL_SCAN_DEFER; /* a raw control character: jansson's error */
        /* an escape */
        if (i + 1 >= sc->len) return JSONL_SCAN_DEFER;
        char e = (char)s[i + 1], simple = simple_escape(e);
        if (simple) {
            if (out) *o++ = simple;
            i += 2;
        } else {
            if (e != 'u' || i + 6 > sc->len) return JSONL_SCAN_DEFER;
            unsigned v;
            if (hex4(s + i + 2, &v) != 0) return JSONL_SCAN_DEFER;
            i += 6;
            if (v >= 0xD800 && v <= 0xDBFF) {
                unsigned lo;
                if (i + 6 > sc->len || s[i] != '\\' || s[i + 1] != 'u' || hex4(s + i + 2, &lo) != 0 || lo < 0xDC00 ||
                    lo > 0xDFFF)
                    return JSONL_SCAN_DEFER; /* a lone surrogate */
                v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            } else if (v >= 0xDC00 && v <= 0xDFFF) {
                return JSONL_SCAN_DEFER;
            }
            if (out) o = put_utf8(o, v);
        }
    }
    return JSONL_SCAN_DEFER;
}

/* A number: -?digits[.digits][e[+-]digits]; a long one defers (jansson's range checks). */
static int scan_number(scanner *sc) {
    const unsigned char *s = sc->s;
    size_t i = sc->i, start = i;
    if (i < sc->len && s[i] == '-') i++;
    if (i >= sc->len || !(s[i] >= '0' && s[i] <= '9')) return JSONL_SCAN_DEFER;
    if (s[i] == '0' && i + 1 < sc->len && s[i + 1] >= '0' && s[i + 1] <= '9') return JSONL_SCAN_DEFER;
    while (i < sc->len && s[i] >= '0' && s[i] <= '9') i++;
    if (i < sc->len && s[i] == '.') {
        i++;
        if (i >= sc->len || !(s[i] >= '0' && s[i] <= '9')) return JSONL_SCAN_DEFER;
        while (i < sc->len && s[i] >= '0' && s[i] <= '9') i++;
    }
    if (i < sc->len && (s[i] == 'e' || s[i] == 'E')) return JSONL_SCAN_DEFER;
    if (i - start > MAX_NUMBER) return JSONL_SCAN_DEFER;
    sc->i = i;
    return 0;
}

static int scan_literal(scanner *sc, const char *word) {
    size_t n = strlen(word);
    if (sc->len - sc->i < n || memcmp(sc->s + sc->i, word, n) != 0) return JSONL_SCAN_DEFER;
    sc->i += n;
    return 0;
}

/* A key and its colon, inside an object. */
static int scan_key(scanner *sc) {
    skip_space(sc);
    if (sc->i >= sc->len || sc->s[sc->i] != '"') return JSONL_SCAN_DEFER;
    int rc = scan_string(sc, NULL);
    if (rc) return rc;
    skip_space(sc);
    if (sc->i >= sc->len || sc->s[sc->i] != ':') return JSONL_SCAN_DEFER;
    sc->i++;
    return 0;
}

/* Any value at sc->i; nested containers are kept on a small stack, not recursed into. */
static int scan_value(scanner *sc) {
    char open[MAX_DEPTH]; /* '{' or '[' for each container entered */
    int depth = 0, rc;
    for (;;) {
        skip_space(sc);
        if (sc->i >= sc->len) return JSONL_SCAN_DEFER;
        unsigned char c = sc->s[sc->i];
        if (c == '{' || c == '[') {
            if (depth == MAX_DEPTH) return JSONL_SCAN_DEFER;
            open[depth++] = (char)c;
            sc->i++;
            skip_space(sc);
            if (sc->i < sc->len && sc->s[sc->i] == (c == '{' ? '}' : ']')) {
                sc->i++;
                depth--;
            } else {
                if (c == '{' && (rc = scan_key(sc)) != 0) return rc;
                continue; /* the first member's or element's value */
            }
        } else {
            if (c == '"') rc = scan_string(sc, NULL);
            else if (c == '-' || (c >= '0' && c <= '9')) rc = scan_number(sc);
            else if (c == 't') rc = scan_literal(sc, "true");
            else if (c == 'f') rc = scan_literal(sc, "false");
            else if (c == 'n') rc = scan_literal(sc, "null");
            else rc = JSONL_SCAN_DEFER;
            if (rc) return rc;
        }
        /* a value ended: close what it completes, or go on to the next member or element */
        for (;;) {
            if (depth == 0) return 0;
            skip_space(sc);
            if (sc->i >= sc->len) return JSONL_SCAN_DEFER;
            unsigned char d = sc->s[sc->i++];
            if (d == (open[depth - 1] == '{' ? '}' : ']')) {
                depth--;
                continue;
            }
            if (d != ',') return JSONL_SCAN_DEFER;
            if (open[depth - 1] == '{' && (rc = scan_key(sc)) != 0) return rc;
            break;
        }
    }
}

int jsonl_scan(const char *line, size_t len, jsonl_field *fields, size_t nfields, buf *text) {
    scanner sc = {(const unsigned char *)line, len, 0};
    for (size_t f = 0; f < nfields; f++) {
        fields[f].start = fields[f].len = 0;
        fields[f].is_string = 0;
        fields[f].name_len = strlen(fields[f].name);
    }
    skip_space(&sc);
    if (sc.i >= len || sc.s[sc.i] != '{') return JSONL_SCAN_DEFER;
    sc.i++;
    skip_space(&sc);
    if (sc.i < len && sc.s[sc.i] == '}') {
        sc.i++;
        goto end;
    }
    for (;;) {
        skip_space(&sc);
        if (sc.i >= len || sc.s[sc.i] != '"') return JSONL_SCAN_DEFER;
        size_t key = sc.i;
        int rc = scan_string(&sc, NULL);
        if (rc) return rc;
        size_t key_end = sc.i;
        skip_space(&sc);
        if (sc.i >= len || sc.s[sc.i] != ':') return JSONL_SCAN_DEFER;
        sc.i++;
        skip_space(&sc);
        size_t value = sc.i;
        /* a key with an escape in it is compared by jansson after decoding: defer */
        if (memchr(line + key, '\\', key_end - key)) return JSONL_SCAN_DEFER;
        if (nfields && value < len && line[value] == '"' && key_end - key - 2 == fields[0].name_len &&
            !memcmp(line + key + 1, fields[0].name, fields[0].name_len)) {
            /* the text: checked and decoded in one pass, into room for it made at once (decoded, it
             * is never longer than the rest of the line), not grown a doubling at a time */
            text->len = 0;
            rc = buf_reserve(text, len - sc.i) != 0 ? JSONL_SCAN_ENOMEM : scan_string(&sc, text);
            if (rc != 0) text->len = 0;
        } else {
            rc = scan_value(&sc);
        }
        if (rc) return rc;
        for (size_t f = 0; f < nfields; f++) {
            size_t n = fields[f].name_len;
            if (key_end - key - 2 == n && !memcmp(line + key + 1, fields[f].name, n)) {
                fields[f].start = value;
                fields[f].len = sc.i - value;
                fields[f].is_string = line[value] == '"';
            }
        }
        skip_space(&sc);
        if (sc.i >= len) return JSONL_SCAN_DEFER;
        if (sc.s[sc.i] == ',') {
            sc.i++;
            continue;
        }
        if (sc.s[sc.i] != '}') return JSONL_SCAN_DEFER;
        sc.i++;
        break;
    }
end:
    skip_space(&sc);
    if (sc.i != len) return JSONL_SCAN_DEFER;
    if (nfields && fields[0].len && fields[0].is_string && !text->data && buf_append(text, "", 0) != 0)
        return JSONL_SCAN_ENOMEM;
    return JSONL_SCAN_OK;
}
