/* test_library.c: the public interface of libwhosaid as whosaid.h promises it, through that
 * header alone: the field table in the contract's order, record values (worked out by hand from
 * the texts below), nulls, every error code each function lists, types, language, versions. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid.h"

/* “ and ” are three bytes each: offsets in code points and in bytes differ by 2 per mark. */
static const char article[] = "“We will build it,” said Mayor Ann Smith.\n\n"
                              "The council met on Tuesday. “It is late,” she said.\n";

static whosaid_rules *rules;
static whosaid *ws;

static void setup(void) {
    char err[256];
    rules = whosaid_rules_load(NULL, err, sizeof err);
    cr_assert_not_null(rules, "%s", err);
    ws = whosaid_new(rules);
    cr_assert_not_null(ws);
}

static void teardown(void) {
    whosaid_free(ws);
    whosaid_rules_free(rules);
}

TestSuite(library, .init = setup, .fini = teardown);

/* The records of a document, each as "name=value" lines, the way a test can compare them. */
typedef struct {
    char text[8][1024];
    size_t n, stop_after;
} seen;

static int show(const whosaid_record *r, void *user) {
    seen *s = user;
    cr_assert_lt(s->n, 8);
    char *out = s->text[s->n++];
    size_t used = 0;
    for (size_t i = 0; i < whosaid_field_count(); i++) {
        whosaid_value v = whosaid_record_get(r, i);
        const char *name = whosaid_field_name(i);
        int k;
        if (v.kind == WHOSAID_STRING) k = snprintf(out + used, 1024 - used, "%s=%.*s\n", name, (int)v.str.len, v.str.ptr);
        else if (v.kind == WHOSAID_INT) k = snprintf(out + used, 1024 - used, "%s=%lld\n", name, (long long)v.num);
        else if (v.kind == WHOSAID_BOOL) k = snprintf(out + used, 1024 - used, "%s=%s\n", name, v.num ? "true" : "false");
        else k = snprintf(out + used, 1024 - used, "%s=null\n", name);
        cr_assert(k > 0 && (size_t)k < 1024 - used);
        used += (size_t)k;
    }
    return s->stop_after && s->n == s->stop_after;
}

Test(library, fields_in_the_contracts_order_with_kinds) {
    static const struct {
        const char *name;
        int kind, nullable;
    } want[] = {
        {"quote", WHOSAID_STRING, 0},  {"start", WHOSAID_INT, 0},         {"end", WHOSAID_INT, 0},
        {"byte_start", WHOSAID_INT, 0}, {"byte_end", WHOSAID_INT, 0},     {"type", WHOSAID_STRING, 0},
        {"speaker", WHOSAID_STRING, 1}, {"role", WHOSAID_STRING, 1},      {"cue", WHOSAID_STRING, 1},
        {"mention", WHOSAID_STRING, 1}, {"mention_start", WHOSAID_INT, 1}, {"mention_end", WHOSAID_INT, 1},
        {"method", WHOSAID_STRING, 1},  {"sentence", WHOSAID_INT, 0},     {"paragraph", WHOSAID_INT, 0},
        {"closed", WHOSAID_BOOL, 0},    {"gender", WHOSAID_STRING, 1},
        {"lang", WHOSAID_STRING, 0},
    };
    size_t n = sizeof want / sizeof *want;
    /* a newer library may add fields after these, never between them */
    cr_assert_geq(whosaid_field_count(), n);
    for (size_t i = 0; i < n; i++) {
        cr_expect_str_eq(whosaid_field_name(i), want[i].name);
        cr_expect_eq(whosaid_field_kind(i), want[i].kind, "%s", want[i].name);
        cr_expect_eq(whosaid_field_nullable(i), want[i].nullable, "%s", want[i].name);
        cr_expect_eq(whosaid_field_index(want[i].name), (int)i);
    }
    size_t end = whosaid_field_count();
    cr_expect_null(whosaid_field_name(end));
    cr_expect_eq(whosaid_field_kind(end), WHOSAID_NULL);
    cr_expect_eq(whosaid_field_nullable(end), 0);
    cr_expect_eq(whosaid_field_index("doc"), -1, "doc is the command line's, not the library's");
    cr_expect_eq(whosaid_field_index("Quote"), -1);
    cr_expect_eq(whosaid_field_index(NULL), -1);
    cr_expect_eq(whosaid_record_get(NULL, 0).kind, WHOSAID_NULL);
}

Test(library, records_have_the_values_worked_out_by_hand) {
    seen s = {0};
    cr_assert_eq(whosaid_process(ws, article, strlen(article), WHOSAID_DIRECT, show, &s), WHOSAID_OK);
    cr_assert_eq(s.n, 2);
    cr_expect_str_eq(s.text[0], "quote=We will build it,\nstart=1\nend=18\nbyte_start=3\nbyte_end=20\n"
                                "type=direct\nspeaker=Ann Smith\nrole=Mayor\ncue=said\nmention=Mayor Ann Smith\n"
                                "mention_start=25\nmention_end=40\nmethod=cue\nsentence=0\nparagraph=0\n"
                                "closed=true\ngender=female\nlang=en\n");
    /* paragraph 1 starts at code point 43 (byte 47); the marks before it are 4 extra bytes */
    cr_expect_str_eq(s.text[1], "quote=It is late,\nstart=72\nend=83\nbyte_start=78\nbyte_end=89\n"
                                "type=direct\nspeaker=Ann Smith\nrole=Mayor\ncue=said\nmention=she\n"
                                "mention_start=85\nmention_end=88\nmethod=pronoun\nsentence=2\nparagraph=1\n"
                                "closed=true\ngender=female\nlang=en\n");
}

Test(library, no_speaker_is_null_and_an_unclosed_quote_is_not_closed) {
    static const char text[] = "Rain fell. “Nobody came.”\n\n“This will never end, and it goes on and on";
    seen s = {0};
    cr_assert_eq(whosaid_process(ws, text, strlen(text), WHOSAID_DIRECT, show, &s), WHOSAID_OK);
    cr_assert_eq(s.n, 2);
    cr_expect_str_eq(s.text[0], "quote=Nobody came.\nstart=12\nend=24\nbyte_start=14\nbyte_end=26\n"
                                "type=direct\nspeaker=null\nrole=null\ncue=null\nmention=null\n"
                                "mention_start=null\nmention_end=null\nmethod=null\nsentence=1\nparagraph=0\n"
                                "closed=true\ngender=null\nlang=en\n");
    cr_expect(strstr(s.text[1], "quote=This will never end, and it goes on and on\n") &&
                  strstr(s.text[1], "closed=false\n"),
              "%s",
              s.text[1]);
}

Test(library, strings_are_slices_of_the_document_and_valid_utf8_cleans_them) {
    /* an invalid byte inside the quotation: one code point, kept as it is in the slice */
    static const char text[] = "“Bad \xff byte here,” said Ann Smith.";
    seen s = {0};
    cr_assert_eq(whosaid_process(ws, text, sizeof text - 1, WHOSAID_DIRECT, show, &s), WHOSAID_OK);
    cr_assert_eq(s.n, 1);
    cr_expect(strstr(s.text[0], "quote=Bad \xff byte here,\nstart=1\nend=17\n") != NULL, "%s", s.text[0]);

    char out[64];
    cr_expect_eq(whosaid_valid_utf8("a\xff" "b", 3, NULL), 5);
    cr_expect_eq(whosaid_valid_utf8("a\xff" "b", 3, out), 5);
    cr_expect_eq(memcmp(out, "a\xEF\xBF\xBD" "b", 5), 0);
    /* a truncated sequence is one U+FFFD per byte, as code points count it */
    cr_expect_eq(whosaid_valid_utf8("x\xE2\x80", 3, out), 7);
    cr_expect_eq(memcmp(out, "x\xEF\xBF\xBD\xEF\xBF\xBD", 7), 0);
    cr_expect_eq(whosaid_valid_utf8("“ok”", 8, out), 8);
    cr_expect_eq(memcmp(out, "“ok”", 8), 0);
    cr_expect_eq(whosaid_valid_utf8("", 0, out), 0);
}

Test(library, the_callback_stops_a_document) {
    seen s = {.stop_after = 1};
    cr_expect_eq(whosaid_process(ws, article, strlen(article), WHOSAID_DIRECT, show, &s), WHOSAID_ESTOPPED);
    cr_expect_eq(s.n, 1);
    /* the extractor is fine for the next document */
    seen again = {0};
    cr_expect_eq(whosaid_process(ws, article, strlen(article), WHOSAID_DIRECT, show, &again), WHOSAID_OK);
    cr_expect_eq(again.n, 2);
}

Test(library, process_and_trace_refuse_what_they_cannot_take) {
    seen s = {0};
    cr_expect_eq(whosaid_process(NULL, article, 5, WHOSAID_DIRECT, show, &s), WHOSAID_EINVAL);
    cr_expect_eq(whosaid_process(ws, article, 5, WHOSAID_DIRECT, NULL, &s), WHOSAID_EINVAL);
    cr_expect_eq(whosaid_process(ws, NULL, 5, WHOSAID_DIRECT, show, &s), WHOSAID_EINVAL);
    cr_expect_eq(whosaid_process(ws, NULL, 0, WHOSAID_DIRECT, show, &s), WHOSAID_OK);
    cr_expect_eq(whosaid_process(ws, article, strlen(article), 1u << 30, show, &s), WHOSAID_ETYPE);
    cr_expect_eq(s.n, 0);
    cr_expect_eq(whosaid_trace(NULL, article, 5, stderr), WHOSAID_EINVAL);
    cr_expect_eq(whosaid_trace(ws, article, 5, NULL), WHOSAID_EINVAL);
    cr_expect_null(whosaid_new(NULL));
#if SIZE_MAX > UINT32_MAX
    /* 4 GiB or more: refused before a byte is read (the offsets a document keeps are 32 bits) */
    size_t huge = (size_t)UINT32_MAX + 1;
    cr_expect_eq(whosaid_process(ws, article, huge, WHOSAID_DIRECT, show, &s), WHOSAID_ETOOBIG);
    cr_expect_eq(whosaid_trace(ws, article, huge, stderr), WHOSAID_ETOOBIG);
    cr_expect_eq(s.n, 0);
    cr_expect_eq(whosaid_process(ws, article, strlen(article), WHOSAID_DIRECT, show, &s), WHOSAID_OK);
    cr_expect_eq(s.n, 2, "the extractor is fine for the next document");
#endif
}

Test(library, types_by_name) {
    cr_expect_str_eq(whosaid_type_name(WHOSAID_DIRECT), "direct");
    cr_expect_str_eq(whosaid_type_name(WHOSAID_SCARE), "scare");
    cr_expect_str_eq(whosaid_type_name(WHOSAID_TITLE), "title");
    cr_expect_str_eq(whosaid_type_name(WHOSAID_PARTIAL), "partial");
    cr_expect_null(whosaid_type_name(WHOSAID_DIRECT | WHOSAID_SCARE), "one bit at a time");
    cr_expect_null(whosaid_type_name(0));
    unsigned t = 99;
    cr_expect_eq(whosaid_parse_types("scare,direct", &t), WHOSAID_OK);
    cr_expect_eq(t, WHOSAID_SCARE | WHOSAID_DIRECT);
    cr_expect_eq(whosaid_parse_types("direct,", &t), WHOSAID_OK, "a trailing comma, as the command line took it");
    cr_expect_eq(t, WHOSAID_DIRECT);
    cr_expect_eq(whosaid_parse_types("all", &t), WHOSAID_OK);
    cr_expect_eq(t & WHOSAID_ALL_TYPES, WHOSAID_ALL_TYPES);
    cr_expect_eq(whosaid_parse_types("direct,bogus", &t), WHOSAID_ETYPE);
    cr_expect_eq(t, 0);
    cr_expect_eq(whosaid_parse_types("direct,,title", &t), WHOSAID_ETYPE);
    cr_expect_eq(whosaid_parse_types("", &t), WHOSAID_ETYPE);
    cr_expect_eq(whosaid_parse_types("Direct", &t), WHOSAID_ETYPE);
    cr_expect_eq(whosaid_parse_types(NULL, &t), WHOSAID_EINVAL);
    cr_expect_eq(whosaid_parse_types("direct", NULL), WHOSAID_EINVAL);
}

Test(library, language) {
    cr_expect_eq(whosaid_set_lang(ws, "en"), WHOSAID_OK);
    cr_expect_eq(whosaid_set_lang(ws, "xx"), WHOSAID_ELANG);
    cr_expect_eq(whosaid_set_lang(ws, "EN"), WHOSAID_ELANG);
    cr_expect_eq(whosaid_set_lang(NULL, "en"), WHOSAID_EINVAL);
    seen s = {0};
    cr_expect_eq(whosaid_process(ws, article, strlen(article), WHOSAID_DIRECT, show, &s), WHOSAID_OK);
    cr_expect_eq(s.n, 2);
    cr_expect_eq(whosaid_set_lang(ws, NULL), WHOSAID_OK);
}

/* A language's rules are built when its first document comes, where a built-in file's error
 * would show only as a document's failure: every language built in builds (a file's error is
 * named by `whosaid --rules rules/`, which reads them all at start-up). */
Test(library, every_language_builds) {
    static const char *const langs[] = {"en", "fr", "de", "es", "und"};
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++) {
        seen s = {0};
        cr_assert_eq(whosaid_set_lang(ws, langs[i]), WHOSAID_OK, "%s", langs[i]);
        cr_expect_eq(whosaid_process(ws, article, strlen(article), WHOSAID_DIRECT, show, &s), WHOSAID_OK,
                     "the built-in rules of %s do not build", langs[i]);
    }
}

Test(library, every_error_has_its_own_message) {
    int codes[] = {WHOSAID_OK,       WHOSAID_ENOMEM, WHOSAID_ETYPE,  WHOSAID_ELANG,
                   WHOSAID_ESTOPPED, WHOSAID_EINVAL, WHOSAID_ETOOBIG};
    size_t n = sizeof codes / sizeof *codes;
    for (size_t i = 0; i < n; i++) {
        cr_expect(codes[i] <= 0);
        cr_expect_str_neq(whosaid_strerror(codes[i]), whosaid_strerror(-1000), "code %d", codes[i]);
        for (size_t j = 0; j < i; j++) cr_expect_str_neq(whosaid_strerror(codes[i]), whosaid_strerror(codes[j]));
    }
}

Test(library, versions_agree) {
    char v[32];
    snprintf(v, sizeof v, "%d.%d.%d", WHOSAID_VERSION_MAJOR, WHOSAID_VERSION_MINOR, WHOSAID_VERSION_PATCH);
    cr_expect_str_eq(v, WHOSAID_VERSION);
    cr_expect_str_eq(whosaid_version(), WHOSAID_VERSION);
}

/* A text that ends on a word, with nothing after it, is read to its last byte and no further
 * (the reader looks one byte past a word for an apostrophe: "C'est", "l’élue"); under the
 * sanitiser build (meson test in .ci/run), a read past these exact-size buffers fails. */
Test(library, a_text_that_ends_on_a_word_is_read_no_further) {
    static const char *const texts[] = {"Marie", "C'", "n'", "L\xE2\x80\x99", "said Ann Lee",
                                        "\xE2\x80\x9CWe won,\xE2\x80\x9D said Ann Lee", "Le maire (divers", "de la"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        size_t len = strlen(texts[i]);
        char *exact = malloc(len);
        cr_assert_not_null(exact);
        memcpy(exact, texts[i], len);
        seen s = {0};
        cr_assert_eq(whosaid_process(ws, exact, len, WHOSAID_ALL_TYPES, show, &s), WHOSAID_OK, "text %zu", i);
        free(exact);
    }
}
