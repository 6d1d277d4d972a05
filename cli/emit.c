/* emit.c: writing records as JSON lines or TSV rows: "doc", then every field of the library's
 * field table in its order (so a field added there is written here too), then the kept document
 * fields. Every string is written as valid UTF-8 (an invalid byte as U+FFFD), so any input bytes
 * give valid JSON. */
#include "emit.h"

#include <stdint.h>
#include <string.h>

#include "record.h"
#include "scan.h"
#include "utf8.h"

int emit_is_record_field(const char *name) { return !strcmp(name, "doc") || whosaid_field_index(name) >= 0; }

/* The JSON escape of an ASCII byte that a JSON string cannot hold as it is, at p; its end. */
static char *put_escape(char *p, unsigned char c) {
    static const char hex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (c) {
    case '"': *p++ = '"'; break;
    case '\\': *p++ = '\\'; break;
    case '\b': *p++ = 'b'; break;
    case '\f': *p++ = 'f'; break;
    case '\n': *p++ = 'n'; break;
    case '\r': *p++ = 'r'; break;
    case '\t': *p++ = 't'; break;
    default:
        memcpy(p, "u00", 3);
        p[3] = hex[c >> 4];
        p[4] = hex[c & 15];
        p += 5;
    }
    return p;
}

/* A JSON string at p, which has room for TEXT_ROOM(n) bytes: escaped as jansson escapes it (",
 * \ and control characters), with every invalid UTF-8 byte as U+FFFD; its end. The bytes that
 * need nothing are copied as they are scanned. */
#define TEXT_ROOM(n) (6 * (n) + 2) /* a byte takes six at most (\u00XX), and the quotes */
#if defined(__GNUC__)
#define OUT_OF_LINE __attribute__((noinline))
#else
#define OUT_OF_LINE
#endif

/* put_text of a text that is longer or needs escaping, after its opening quote (at p): out of
 * line, where the registers its loop keeps are saved only for it, not for every short name. */
static OUT_OF_LINE char *put_text_rest(char *p, const unsigned char *u, size_t n) {
    for (size_t i = copy_json_plain(u, 0, n, &p); i < n; i = copy_json_plain(u, i, n, &p)) {
        unsigned char c = u[i];
        if (c >= 0x80) {
            int32_t cp;
            size_t k = utf8_next(u, n, i, &cp);
            if (cp >= 0) { /* valid: as it is */
                copy_few(p, u + i, k);
                p += k;
                i += k;
                continue;
            }
            memcpy(p, "\xEF\xBF\xBD", 3);
            p += 3;
        } else {
            p = put_escape(p, c);
        }
        i++;
    }
    *p++ = '"';
    return p;
}

/* A record's document text where it is known to be valid UTF-8 (record_valid_text): text NULL
 * where it is not, or where the record's spans are of another text (a decoded one's, mapped). */
typedef struct {
    const unsigned char *text;
    size_t len;
} valid_text;

/* Is s[0, n) a span of the valid text, from a character's start to another's or to its end,
 * and so valid UTF-8 itself? (Asked of the longer strings only: a short one is written
 * without the question.) */
static inline int valid_span(const valid_text *vt, const char *s, size_t n) {
    uintptr_t t = (uintptr_t)vt->text, p = (uintptr_t)s;
    if (!vt->text || p < t || p - t > vt->len || n > vt->len - (p - t)) return 0;
    size_t a = p - t, b = a + n;
    return !((a < vt->len && (vt->text[a] & 0xC0) == 0x80) || (b < vt->len && (vt->text[b] & 0xC0) == 0x80));
}

/* put_text_rest of a text known to be valid UTF-8: only ", \ and control characters stop the
 * copy, not every character beyond ASCII to be checked. */
static OUT_OF_LINE char *put_valid_text_rest(char *p, const unsigned char *u, size_t n) {
    for (size_t i = copy_json_valid(u, 0, n, &p); i < n; i = copy_json_valid(u, i + 1, n, &p)) p = put_escape(p, u[i]);
    *p++ = '"';
    return p;
}

/* (vt: the text s may be a span of, which spares it the check; NULL: none) */
static inline char *put_text(char *p, const char *s, size_t n, const valid_text *vt) {
    const unsigned char *u = (const unsigned char *)s;
    *p++ = '"';
    if (n < 16 && json_plain_few(u, n)) { /* most names, cues and words of the record */
        copy_few(p, u, n);
        p[n] = '"';
        return p + n + 1;
    }
    return vt && valid_span(vt, s, n) ? put_valid_text_rest(p, u, n) : put_text_rest(p, u, n);
}

/* A JSON string appended to out. */
static int json_text(buf *out, const char *s, size_t n) {
    if (n > (SIZE_MAX - 2) / 6 || buf_reserve(out, TEXT_ROOM(n)) != 0) return -1;
    out->len = (size_t)(put_text(out->data + out->len, s, n, NULL) - out->data);
    out->data[out->len] = '\0';
    return 0;
}

/* ,"name": as emit_keys_init makes each key once (the name is a field's: nothing to escape) */
static int json_key(buf *out, const char *name) {
    size_t n = strlen(name);
    if (buf_reserve(out, n + 4) != 0) return -1;
    char *p = out->data + out->len;
    *p++ = ',';
    *p++ = '"';
    memcpy(p, name, n);
    p += n;
    *p++ = '"';
    *p++ = ':';
    *p = '\0';
    out->len = (size_t)(p - out->data);
    return 0;
}

/* Digits written two at a time from a table, straight into the buffer: a record has eight numbers. */
static const char digit_pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                  "8081828384858687888990919293949596979899";

/* u below 10,000 at p, its end returned: most of a record's numbers (offsets in a news article,
 * sentence and paragraph numbers), in a step or two with no loop */
static inline char *small_number(char *p, unsigned u) {
    if (u < 10) {
        *p = (char)('0' + u);
        return p + 1;
    }
    if (u < 100) {
        memcpy(p, digit_pairs + 2 * u, 2);
        return p + 2;
    }
    unsigned hi = u / 100, lo = u % 100;
    if (hi < 10) *p++ = (char)('0' + hi);
    else {
        memcpy(p, digit_pairs + 2 * hi, 2);
        p += 2;
    }
    memcpy(p, digit_pairs + 2 * lo, 2);
    return p + 2;
}

/* An integer at p, which has room for INT_ROOM bytes; its end. */
enum { INT_ROOM = 20 }; /* a sign and nineteen digits at most */

/* put_int of a number that is negative or has five digits or more: out of line, as seldom
 * written (a long document's offsets). */
static OUT_OF_LINE char *put_large_int(char *p, int64_t v) {
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (v < 0) *p++ = '-';
    if (u < 10000) return small_number(p, (unsigned)u);
    size_t len = 5;
    for (uint64_t t = u / 100000; t; t /= 10) len++;
    char *end = p + len, *e = end;
    while (u >= 100) {
        unsigned k = (unsigned)(u % 100) * 2;
        u /= 100;
        *--e = digit_pairs[k + 1];
        *--e = digit_pairs[k];
    }
    if (u >= 10) {
        *--e = digit_pairs[u * 2 + 1];
        *--e = digit_pairs[u * 2];
    } else {
        *--e = (char)('0' + u);
    }
    return end;
}

/* (in line: eight numbers a record, most of them small) */
static inline char *put_int(char *p, int64_t v) {
    return v >= 0 && v < 10000 ? small_number(p, (unsigned)v) : put_large_int(p, v);
}

static int json_int(buf *out, int64_t v) {
    if (buf_reserve(out, INT_ROOM) != 0) return -1;
    out->len = (size_t)(put_int(out->data + out->len, v) - out->data);
    out->data[out->len] = '\0';
    return 0;
}

static int json_any(buf *out, json_t *v) {
    if (!v || json_is_null(v)) return buf_append(out, "null", 4);
    if (json_is_string(v)) return json_text(out, json_string_value(v), json_string_length(v));
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER);
    if (!s) return -1;
    int rc = buf_append(out, s, strlen(s));
    free(s);
    return rc;
}

/* A value at p, which has room for TEXT_ROOM(its bytes) for a string, INT_ROOM for anything
 * else (null, true, false, a number); its end. vt: as put_text's. */
static char *put_value(char *p, whosaid_value v, const valid_text *vt) {
    switch (v.kind) {
    case WHOSAID_STRING: return put_text(p, v.str.ptr, v.str.len, vt);
    case WHOSAID_INT: return put_int(p, v.num);
    case WHOSAID_BOOL:
        memcpy(p, v.num ? "true" : "false", 5); /* (the room is there for the longer) */
        return p + (v.num ? 4 : 5);
    default: memcpy(p, "null", 4); return p + 4;
    }
}

/* Fields [first, first + n) of a record, their offsets mapped back to the input when the text
 * was decoded from it. */
static void values(const whosaid_record *rec, size_t first, size_t n, const offset_map *map, whosaid_value *v) {
    if (!map) record_values(rec, first, n, v);
    else
        for (size_t i = 0; i < n; i++) v[i] = offset_map_field(map, rec, first + i);
}

/* A record's fields are read this many at a time (all of this library's at once). */
enum { VALUES_AT_ONCE = 24 };

/* A string of a record is shorter than this: VALUES_AT_ONCE of them add up without overflow. */
#define LONGEST_STRING (SIZE_MAX / 256 + 1)

/* A key is copied with one copy of this many bytes, its own and what follows (no call to
 * memcpy for a few bytes, eighteen times a record): emit_keys_init leaves that many readable
 * bytes from every key's start. */
enum { KEY_COPY = 32 };

/* The key at key, n bytes, at p, which has room for the key and KEY_COPY bytes more; its end. */
static char *put_key(char *p, const char *key, size_t n) {
    if (n > KEY_COPY) memcpy(p, key, n);
    else memcpy(p, key, KEY_COPY);
    return p + n;
}

int emit_keys_init(emit_keys *k) {
    buf text = {0};
    k->n = whosaid_field_count();
    k->end = malloc((k->n + 1) * sizeof *k->end); /* + 1: never a malloc of nothing */
    int rc = k->end ? 0 : -1;
    for (size_t i = 0; i < k->n && rc == 0; i++) {
        rc = json_key(&text, whosaid_field_name(i));
        if (rc == 0) k->end[i] = text.len;
    }
    k->room = text.len + k->n * KEY_COPY;
    if (rc == 0 && (rc = buf_reserve(&text, KEY_COPY)) == 0) memset(text.data + text.len, 0, KEY_COPY);
    k->text = text.data;
    if (rc != 0) emit_keys_free(k);
    return rc;
}

void emit_keys_free(emit_keys *k) {
    free(k->text);
    free(k->end);
    *k = (emit_keys){0};
}

int emit_json_value(buf *out, json_t *v) { return json_any(out, v); }

/* A record's line after its "doc" value: the fields, the kept document fields, the end. The
 * fields are written a batch at a time into room made for the batch at once, where each piece
 * would otherwise check for room of its own. */
static int record_fields(buf *out, const emit_keys *keys, const whosaid_record *rec, const emit_keep *keep,
                         const offset_map *map) {
    whosaid_value v[VALUES_AT_ONCE];
    valid_text vt = {NULL, 0};
    if (!map) vt.text = record_valid_text(rec, &vt.len);
    for (size_t first = 0; first < keys->n; first += VALUES_AT_ONCE) {
        size_t n = keys->n - first < VALUES_AT_ONCE ? keys->n - first : VALUES_AT_ONCE, text = 0, bits = 0;
        values(rec, first, n, map, v);
        for (size_t i = 0; i < n; i++) { /* the strings' bytes */
            size_t len = v[i].kind == WHOSAID_STRING ? v[i].str.len : 0;
            text += len;
            bits |= len;
        }
        /* (no sum overflows while every string is shorter than LONGEST_STRING; one longer could
         * not be written anyway, TEXT_ROOM of it past what any buffer may hold) */
        if (bits >= LONGEST_STRING || text > (SIZE_MAX / 2 - keys->room) / 8) return -1;
        /* (see put_value) */
        if (buf_reserve(out, TEXT_ROOM(text) + n * TEXT_ROOM(0) + n * INT_ROOM + keys->room) != 0) return -1;
        char *p = out->data + out->len;
        /* (the keys' table in locals: the bytes written through p could be its, for all the
         * compiler knows, which would read it again for every key) */
        const char *const key_text = keys->text;
        const size_t *const end = keys->end + first;
        for (size_t i = 0, from = first ? end[-1] : 0; i < n; from = end[i], i++)
            p = put_value(put_key(p, key_text + from, end[i] - from), v[i], &vt);
        *p = '\0';
        out->len = (size_t)(p - out->data);
    }
    int rc = 0;
    for (size_t i = 0; keep && i < keep->n; i++) {
        json_t *v = keep->values ? json_object_get(keep->values, keep->names[i]) : NULL;
        rc |= buf_putc(out, ',') | json_text(out, keep->names[i], strlen(keep->names[i])) | buf_putc(out, ':') |
              json_any(out, v);
    }
    return rc | buf_append(out, "}\n", 2);
}

/* A record's line up to its "doc" value. */
#define RECORD_START "{\"doc\":"

int emit_jsonl(buf *out, const emit_keys *keys, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep,
               const offset_map *map) {
    int rc = buf_append(out, RECORD_START, sizeof RECORD_START - 1) | json_any(out, doc_id);
    return rc | record_fields(out, keys, rec, keep, map);
}

int emit_jsonl_doc(buf *out, const emit_keys *keys, const whosaid_record *rec, const char *doc, size_t doc_len,
                   const emit_keep *keep, const offset_map *map) {
    int rc = buf_append(out, RECORD_START, sizeof RECORD_START - 1) | buf_append(out, doc, doc_len);
    return rc | record_fields(out, keys, rec, keep, map);
}

/* TSV text: tab, newline, carriage return and backslash escaped as \t \n \r \\, and a NUL
 * as \0, so a row is one line and a cell never holds a tab. */
static int tsv_text(buf *out, const char *s, size_t n) {
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        switch (s[i]) {
        case '\t': rc = buf_append(out, "\\t", 2); break;
        case '\n': rc = buf_append(out, "\\n", 2); break;
        case '\r': rc = buf_append(out, "\\r", 2); break;
        case '\\': rc = buf_append(out, "\\\\", 2); break;
        case '\0': rc = buf_append(out, "\\0", 2); break;
        default: rc = buf_putc(out, s[i]);
        }
    }
    return rc;
}

/* A TSV cell: a string as its text; null as an empty cell; numbers, true/false, arrays and
 * objects as compact JSON. */
static int tsv_cell(buf *out, json_t *v) {
    if (!v || json_is_null(v)) return 0;
    if (json_is_string(v)) return tsv_text(out, json_string_value(v), json_string_length(v));
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    if (!s) return -1;
    int rc = tsv_text(out, s, strlen(s));
    free(s);
    return rc;
}

/* A string cell: as valid UTF-8 (a copy only when it is not), then escaped. */
static int tsv_string(buf *out, const char *s, size_t n) {
    size_t valid = whosaid_valid_utf8(s, n, NULL);
    if (valid == n) return tsv_text(out, s, n);
    char *copy = malloc(valid);
    if (!copy) return -1;
    whosaid_valid_utf8(s, n, copy);
    int rc = tsv_text(out, copy, valid);
    free(copy);
    return rc;
}

/* A record field's cell: null as an empty cell, numbers and true/false as JSON writes them. */
static int tsv_value(buf *out, whosaid_value v) {
    switch (v.kind) {
    case WHOSAID_STRING: return tsv_string(out, v.str.ptr, v.str.len);
    case WHOSAID_INT: return json_int(out, v.num);
    case WHOSAID_BOOL: return v.num ? buf_append(out, "true", 4) : buf_append(out, "false", 5);
    default: return 0;
    }
}

int emit_tsv_header(buf *out, const char *const *keep_names, size_t nkeep) {
    int rc = buf_append(out, "doc", 3);
    for (size_t i = 0, n = whosaid_field_count(); i < n; i++)
        rc |= buf_putc(out, '\t') | buf_append(out, whosaid_field_name(i), strlen(whosaid_field_name(i)));
    for (size_t i = 0; i < nkeep; i++) rc |= buf_putc(out, '\t') | tsv_text(out, keep_names[i], strlen(keep_names[i]));
    return rc | buf_putc(out, '\n');
}

int emit_tsv(buf *out, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep, const offset_map *map) {
    int rc = tsv_cell(out, doc_id);
    whosaid_value v[VALUES_AT_ONCE];
    for (size_t first = 0, count = whosaid_field_count(); first < count; first += VALUES_AT_ONCE) {
        size_t n = count - first < VALUES_AT_ONCE ? count - first : VALUES_AT_ONCE;
        values(rec, first, n, map, v);
        for (size_t i = 0; i < n; i++) rc |= buf_putc(out, '\t') | tsv_value(out, v[i]);
    }
    for (size_t i = 0; keep && i < keep->n; i++) {
        json_t *v = keep->values ? json_object_get(keep->values, keep->names[i]) : NULL;
        rc |= buf_putc(out, '\t') | tsv_cell(out, v);
    }
    return rc | buf_putc(out, '\n');
}
