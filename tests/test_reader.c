/* test_reader.c: JSON lines are read the same whether the fast scanner or jansson reads them:
 * each line here is parsed by jsonl_parse and, independently, by jansson alone, and the two
 * must agree on whether the line is a document and on its text, id and kept fields. */
#include <criterion/criterion.h>
#include <string.h>

#include "reader.h"

/* What jansson alone makes of a line: 1 and the text, id and keep values, or 0. */
static int jansson_reads(const char *line, size_t len, json_t **text, json_t **id, json_t **keep) {
    json_error_t je;
    json_t *o = json_loadb(line, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &je);
    if (!o || !json_is_object(o) || !json_is_string(json_object_get(o, "text"))) {
        json_decref(o);
        return 0;
    }
    *text = json_incref(json_object_get(o, "text"));
    json_t *i = json_object_get(o, "id");
    *id = i ? json_incref(i) : NULL;
    json_t *k = json_object_get(o, "url");
    *keep = json_incref(k ? k : json_null());
    json_decref(o);
    return 1;
}

static void agree(const char *line, size_t len) {
    static const char *const keep[] = {"url"};
    jsonl_doc doc;
    char err[256];
    int ok = jsonl_parse(line, len, "text", "id", keep, 1, "in.jsonl", 7, &doc, err, sizeof err) == 0;
    json_t *text = NULL, *id = NULL, *kept = NULL;
    int want = jansson_reads(line, len, &text, &id, &kept);
    cr_expect_eq(ok, want, "line %.*s: fast path says %d, jansson %d (%s)", (int)len, line, ok, want, ok ? "" : err);
    if (ok && want) {
        cr_expect(doc.len == json_string_length(text) && !memcmp(doc.text, json_string_value(text), doc.len),
                  "line %.*s: text differs", (int)len, line);
        if (id) cr_expect(json_equal(doc.id, id), "line %.*s: id differs", (int)len, line);
        else cr_expect_str_eq(json_string_value(doc.id), "in.jsonl:7");
        cr_expect(json_equal(json_object_get(doc.keep, "url"), kept), "line %.*s: kept field differs", (int)len, line);
    }
    if (ok) jsonl_doc_free(&doc);
    json_decref(text);
    json_decref(id);
    json_decref(kept);
}

static void agree_s(const char *line) { agree(line, strlen(line)); }

Test(reader, plain_documents) {
    agree_s("{\"id\":\"a1\",\"text\":\"Hello “world”.\"}");
    agree_s("  {  \"text\" : \"x\" , \"id\" : 42 }  ");
    agree_s("{\"text\":\"\"}");
    agree_s("{\"id\":{\"n\":[1,2,{\"k\":null}]},\"text\":\"t\",\"url\":\"http://x/y\"}");
    agree_s("{\"text\":\"t\",\"url\":[true,false,null,-0.5,12]}");
}

Test(reader, escapes_decode_as_jansson_decodes_them) {
    agree_s("{\"text\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"}");
    agree_s("{\"text\":\"\\u00e9\\u20ac\\ud83d\\ude00 and \\u0041\"}");
    agree_s("{\"text\":\"nul \\u0000 inside\"}");
    agree_s("{\"text\":\"lone \\ud800 surrogate\"}");
    agree_s("{\"text\":\"lone \\udc00 low\"}");
    agree_s("{\"text\":\"bad \\x escape\"}");
    agree_s("{\"text\":\"short \\u12\"}");
}

Test(reader, the_last_of_duplicate_keys_wins) {
    agree_s("{\"text\":\"first\",\"text\":\"second\"}");
    agree_s("{\"id\":1,\"text\":\"t\",\"id\":2}");
    agree_s("{\"te\\u0078t\":\"escaped key\"}");
}

Test(reader, lines_that_are_not_documents) {
    agree_s("[1,2]");
    agree_s("\"just a string\"");
    agree_s("{\"text\":42}");
    agree_s("{\"body\":\"no text field\"}");
    agree_s("{\"text\":\"unterminated}");
    agree_s("{\"text\":\"x\"");
    agree_s("{\"text\":\"x\"} trailing");
    agree_s("{\"text\":\"x\",}");
    agree_s("{\"a\":[1,2},\"text\":\"x\"}");
    agree_s("{\"a\":{\"b\":1],\"text\":\"x\"}");
    agree_s("{\"a\":01,\"text\":\"x\"}");
    agree_s("{\"a\":1.,\"text\":\"x\"}");
    agree_s("{\"a\":tru,\"text\":\"x\"}");
    agree_s("{text:\"x\"}");
    agree_s("");
    agree_s("   ");
}

Test(reader, numbers_jansson_checks_itself) {
    agree_s("{\"a\":123456789012345678901234567890,\"text\":\"x\"}");
    agree_s("{\"a\":1e400,\"text\":\"x\"}");
    agree_s("{\"a\":-1.5E-3,\"text\":\"x\",\"id\":9223372036854775807}");
}

Test(reader, bytes_that_are_not_utf8_or_raw_control_characters) {
    agree_s("{\"text\":\"caf\xc3\xa9 ok\"}");
    agree_s("{\"text\":\"bad \xff byte\"}");
    agree_s("{\"text\":\"overlong \xc0\xaf\"}");
    agree_s("{\"text\":\"surrogate \xed\xa0\x80\"}");
    agree_s("{\"text\":\"tab\tinside\"}");
    agree(("{\"text\":\"nul\0byte\"}"), 19);
}

Test(reader, deep_nesting) {
    char line[4096];
    size_t n = 0;
    n += (size_t)sprintf(line + n, "{\"a\":");
    for (int i = 0; i < 200; i++) line[n++] = '[';
    for (int i = 0; i < 200; i++) line[n++] = ']';
    n += (size_t)sprintf(line + n, ",\"text\":\"deep\"}");
    agree(line, n);
}
