/* emit.c: writing records as JSON lines or TSV rows: "doc", then every field of the library's
 * field table in its order (so a field added there is written here too), then the kept document
 * fields. Every string is written as valid UTF-8 (an invalid byte as U+FFFD), so any input bytes
 * give valid JSON. */
#include "emit.h"

#include <string.h>

#include "scan.h"
#include "utf8.h"

int emit_is_record_field(const char *name) { return !strcmp(name, "doc") || whosaid_field_index(name) >= 0; }

/* A JSON string, escaped as jansson escapes it (", \\ and control characters), with every
 * invalid UTF-8 byte as U+FFFD: written directly, since this is the hot path of the output. */
static int json_text(buf *out, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    if (buf_reserve(out, n + 2) != 0) return -1;
    size_t i = scan_json_plain(u, 0, n);
    if (i >= n) { /* ASCII with nothing to escape (most keys' values): written in one step */
        char *p = out->data + out->len;
        p[0] = '"';
        if (n) memcpy(p + 1, s, n);
        p[n + 1] = '"';
        p[n + 2] = '\0';
        out->len += n + 2;
        return 0;
    }
    int rc = buf_putc(out, '"');
    size_t run = 0; /* s[run, i) is copied as it is */
    for (; i < n && rc == 0; i = scan_json_plain(u, i, n)) {
        unsigned char c = u[i];
        if (c >= 0x80) {
            int32_t cp;
            size_t k = utf8_next(u, n, i, &cp);
            if (cp >= 0) {
                i += k; /* valid: stays in the run */
                continue;
            }
        }
        rc |= buf_append(out, s + run, i - run);
        char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
        switch (c) {
        case '"': rc |= buf_append(out, "\\\"", 2); break;
        case '\\': rc |= buf_append(out, "\\\\", 2); break;
        case '\b': rc |= buf_append(out, "\\b", 2); break;
        case '\f': rc |= buf_append(out, "\\f", 2); break;
        case '\n': rc |= buf_append(out, "\\n", 2); break;
        case '\r': rc |= buf_append(out, "\\r", 2); break;
        case '\t': rc |= buf_append(out, "\\t", 2); break;
        default: rc |= c >= 0x80 ? buf_append(out, "\xEF\xBF\xBD", 3) : buf_append(out, esc, 6);
        }
        run = ++i;
    }
    rc |= buf_append(out, s + run, n - run);
    return rc | buf_putc(out, '"');
}

/* ,"name": (or "name": first), in one step: records write eighteen of them each */
static int json_key(buf *out, const char *name, int first) {
    size_t n = strlen(name);
    if (buf_reserve(out, n + 4) != 0) return -1;
    char *p = out->data + out->len;
    if (!first) *p++ = ',';
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
static char *small_number(char *p, unsigned u) {
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

static int json_int(buf *out, int64_t v) {
    if (buf_reserve(out, 20) != 0) return -1; /* a sign and nineteen digits at most */
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char *p = out->data + out->len;
    if (v < 0) *p++ = '-';
    if (u < 10000) {
        p = small_number(p, (unsigned)u);
        *p = '\0';
        out->len = (size_t)(p - out->data);
        return 0;
    }
    size_t len = 5;
    for (uint64_t t = u / 100000; t; t /= 10) len++;
    char *e = p + len;
    out->len = (size_t)(e - out->data);
    *e = '\0';
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

static int json_value(buf *out, whosaid_value v) {
    switch (v.kind) {
    case WHOSAID_STRING: return json_text(out, v.str.ptr, v.str.len);
    case WHOSAID_INT: return json_int(out, v.num);
    case WHOSAID_BOOL: return v.num ? buf_append(out, "true", 4) : buf_append(out, "false", 5);
    default: return buf_append(out, "null", 4);
    }
}

/* A record's field, its offsets mapped back to the input when the text was decoded from it. */
static whosaid_value field(const whosaid_record *rec, size_t i, const offset_map *map) {
    return map ? offset_map_field(map, rec, i) : whosaid_record_get(rec, i);
}

/* A key is copied with one copy of this many bytes, its own and what follows (no call to
 * memcpy for a few bytes, eighteen times a record): emit_keys_init leaves that many readable
 * bytes from every key's start. */
enum { KEY_COPY = 32 };

static int put_key(buf *out, const emit_keys *keys, size_t i) {
    size_t from = i ? keys->end[i - 1] : 0, n = keys->end[i] - from;
    if (n > KEY_COPY) return buf_append(out, keys->text + from, n);
    if (buf_reserve(out, KEY_COPY) != 0) return -1;
    memcpy(out->data + out->len, keys->text + from, KEY_COPY);
    out->len += n;
    out->data[out->len] = '\0';
    return 0;
}

int emit_keys_init(emit_keys *k) {
    buf text = {0};
    k->n = whosaid_field_count();
    k->end = malloc((k->n + 1) * sizeof *k->end); /* + 1: never a malloc of nothing */
    int rc = k->end ? 0 : -1;
    for (size_t i = 0; i < k->n && rc == 0; i++) {
        rc = json_key(&text, whosaid_field_name(i), 0);
        if (rc == 0) k->end[i] = text.len;
    }
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

/* A record's line after its "doc" value: the fields, the kept document fields, the end. */
static int record_fields(buf *out, const emit_keys *keys, const whosaid_record *rec, const emit_keep *keep,
                         const offset_map *map) {
    int rc = 0;
    for (size_t i = 0; i < keys->n; i++) rc |= put_key(out, keys, i) | json_value(out, field(rec, i, map));
    for (size_t i = 0; keep && i < keep->n; i++) {
        json_t *v = keep->values ? json_object_get(keep->values, keep->names[i]) : NULL;
        rc |= buf_putc(out, ',') | json_text(out, keep->names[i], strlen(keep->names[i])) | buf_putc(out, ':') |
              json_any(out, v);
    }
    return rc | buf_putc(out, '}') | buf_putc(out, '\n');
}

int emit_jsonl(buf *out, const emit_keys *keys, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep,
               const offset_map *map) {
    int rc = buf_putc(out, '{') | json_key(out, "doc", 1) | json_any(out, doc_id);
    return rc | record_fields(out, keys, rec, keep, map);
}

int emit_jsonl_doc(buf *out, const emit_keys *keys, const whosaid_record *rec, const char *doc, size_t doc_len,
                   const emit_keep *keep, const offset_map *map) {
    int rc = buf_putc(out, '{') | json_key(out, "doc", 1) | buf_append(out, doc, doc_len);
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
    for (size_t i = 0, n = whosaid_field_count(); i < n; i++)
        rc |= buf_putc(out, '\t') | tsv_value(out, field(rec, i, map));
    for (size_t i = 0; keep && i < keep->n; i++) {
        json_t *v = keep->values ? json_object_get(keep->values, keep->names[i]) : NULL;
        rc |= buf_putc(out, '\t') | tsv_cell(out, v);
    }
    return rc | buf_putc(out, '\n');
}
