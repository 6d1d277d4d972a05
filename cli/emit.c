/* emit.c: writing records. Every string goes through emit_valid_utf8, so any input bytes give
 * valid JSON. */
#include "emit.h"

#include <string.h>

#include "scan.h"
#include "utf8.h"

const char *const emit_fields[] = {"doc", "quote", "start", "end", "byte_start", "byte_end", "type",
                                     "speaker", "role", "cue", "mention", "mention_start", "mention_end",
                                     "method", "sentence", "paragraph", "closed"};
#define NFIELDS (sizeof emit_fields / sizeof *emit_fields)
const size_t emit_nfields = NFIELDS;

int emit_is_record_field(const char *name) {
    for (size_t i = 0; i < NFIELDS; i++)
        if (!strcmp(name, emit_fields[i])) return 1;
    return 0;
}

int emit_valid_utf8(buf *out, const char *s, size_t n) {
    out->len = 0;
    if (buf_reserve(out, n) != 0) return -1;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = utf8_next((const unsigned char *)s, n, i, &cp);
        if (cp < 0 ? buf_append(out, "\xEF\xBF\xBD", 3) : buf_append(out, s + i, k)) return -1;
        i += k;
    }
    if (!out->data && buf_append(out, "", 0) != 0) return -1;
    return 0;
}

static json_t *string_or_null(whosaid_slice s) {
    if (!s.ptr) return json_null();
    buf b = {0};
    json_t *j = emit_valid_utf8(&b, s.ptr, s.len) == 0 ? json_stringn(b.data, b.len) : NULL;
    buf_free(&b);
    return j;
}

static json_t *int_or_null(int present, size_t v) { return present ? json_integer((json_int_t)v) : json_null(); }

json_t *emit_record_json(const whosaid_record *rec, json_t *doc_id, const emit_keep *keep) {
    json_t *o = json_object();
    if (!o) return NULL;
    int has_mention = rec->mention.ptr != NULL;
    json_t *values[NFIELDS] = {
        doc_id ? json_incref(doc_id) : json_null(),
        string_or_null(rec->quote),
        json_integer((json_int_t)rec->start),
        json_integer((json_int_t)rec->end),
        json_integer((json_int_t)rec->byte_start),
        json_integer((json_int_t)rec->byte_end),
        json_string(rec->type),
        string_or_null(rec->speaker),
        string_or_null(rec->role),
        string_or_null(rec->cue),
        string_or_null(rec->mention),
        int_or_null(has_mention, rec->mention_start),
        int_or_null(has_mention, rec->mention_end),
        rec->method ? json_string(rec->method) : json_null(),
        json_integer((json_int_t)rec->sentence),
        json_integer((json_int_t)rec->paragraph),
        json_boolean(rec->closed),
    };
    int bad = 0;
    for (size_t i = 0; i < NFIELDS; i++)
        if (!values[i] || json_object_set_new(o, emit_fields[i], values[i]) != 0) bad = 1;
    for (size_t i = 0; keep && i < keep->n; i++) {
        json_t *v = keep->values ? json_object_get(keep->values, keep->names[i]) : NULL;
        if (json_object_set(o, keep->names[i], v ? v : json_null()) != 0) bad = 1;
    }
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* A JSON string, escaped as jansson escapes it (", \\ and control characters), with every
 * invalid UTF-8 byte as U+FFFD: written directly, since this is the hot path of the output. */
static int json_text(buf *out, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    if (buf_reserve(out, n + 2) != 0) return -1;
    int rc = buf_putc(out, '"');
    size_t run = 0; /* s[run, i) is copied as it is */
    for (size_t i = 0; i < n && rc == 0;) {
        i = scan_json_plain(u, i, n);
        if (i >= n) break;
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

static int json_key(buf *out, const char *name, int first) {
    return (first ? 0 : buf_putc(out, ',')) | buf_putc(out, '"') | buf_append(out, name, strlen(name)) |
           buf_append(out, "\":", 2);
}

static int json_count(buf *out, size_t v) {
    char digits[24];
    size_t n = sizeof digits;
    do digits[--n] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    return buf_append(out, digits + n, sizeof digits - n);
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

static int json_slice(buf *out, whosaid_slice s) {
    return s.ptr ? json_text(out, s.ptr, s.len) : buf_append(out, "null", 4);
}

int emit_jsonl(buf *out, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep) {
    int has_mention = rec->mention.ptr != NULL;
    int rc = buf_putc(out, '{');
    rc |= json_key(out, "doc", 1) | json_any(out, doc_id);
    rc |= json_key(out, "quote", 0) | json_slice(out, rec->quote);
    rc |= json_key(out, "start", 0) | json_count(out, rec->start);
    rc |= json_key(out, "end", 0) | json_count(out, rec->end);
    rc |= json_key(out, "byte_start", 0) | json_count(out, rec->byte_start);
    rc |= json_key(out, "byte_end", 0) | json_count(out, rec->byte_end);
    rc |= json_key(out, "type", 0) | json_text(out, rec->type, strlen(rec->type));
    rc |= json_key(out, "speaker", 0) | json_slice(out, rec->speaker);
    rc |= json_key(out, "role", 0) | json_slice(out, rec->role);
    rc |= json_key(out, "cue", 0) | json_slice(out, rec->cue);
    rc |= json_key(out, "mention", 0) | json_slice(out, rec->mention);
    rc |= json_key(out, "mention_start", 0) |
          (has_mention ? json_count(out, rec->mention_start) : buf_append(out, "null", 4));
    rc |= json_key(out, "mention_end", 0) |
          (has_mention ? json_count(out, rec->mention_end) : buf_append(out, "null", 4));
    rc |= json_key(out, "method", 0) |
          (rec->method ? json_text(out, rec->method, strlen(rec->method)) : buf_append(out, "null", 4));
    rc |= json_key(out, "sentence", 0) | json_count(out, rec->sentence);
    rc |= json_key(out, "paragraph", 0) | json_count(out, rec->paragraph);
    rc |= json_key(out, "closed", 0) | (rec->closed ? buf_append(out, "true", 4) : buf_append(out, "false", 5));
    for (size_t i = 0; keep && i < keep->n; i++) {
        json_t *v = keep->values ? json_object_get(keep->values, keep->names[i]) : NULL;
        rc |= buf_putc(out, ',') | json_text(out, keep->names[i], strlen(keep->names[i])) | buf_putc(out, ':') |
              json_any(out, v);
    }
    return rc | buf_putc(out, '}') | buf_putc(out, '\n');
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

int emit_tsv_header(buf *out, const char *const *keep_names, size_t nkeep) {
    int rc = 0;
    for (size_t i = 0; i < NFIELDS + nkeep; i++) {
        const char *name = i < NFIELDS ? emit_fields[i] : keep_names[i - NFIELDS];
        rc |= tsv_text(out, name, strlen(name)) | buf_putc(out, i + 1 < NFIELDS + nkeep ? '\t' : '\n');
    }
    return rc;
}

int emit_tsv(buf *out, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep) {
    json_t *o = emit_record_json(rec, doc_id, keep);
    if (!o) return -1;
    size_t nkeep = keep ? keep->n : 0;
    int rc = 0;
    for (size_t i = 0; i < NFIELDS + nkeep; i++) {
        const char *name = i < NFIELDS ? emit_fields[i] : keep->names[i - NFIELDS];
        rc |= tsv_cell(out, json_object_get(o, name)) | buf_putc(out, i + 1 < NFIELDS + nkeep ? '\t' : '\n');
    }
    json_decref(o);
    return rc;
}
