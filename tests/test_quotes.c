/* test_quotes.c: the quote matcher (find_quotes over segment_document): mark pairs, apostrophes,
 * nesting, unclosed and paragraph-spanning quotations, the kind of each span, and offsets. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "quotes.h"
#include "rules.h"
#include "segment.h"

static whosaid_rules *rules;
static document doc;
static segments seg;
static quote_vec quotes;

static void setup(void) {
    char err[512];
    rules = whosaid_rules_load(NULL, err, sizeof err);
    cr_assert_not_null(rules, "cannot load the built-in rules: %s", err);
    /* (English, the first rules, built as a document's are when it comes) */
    cr_assert_not_null(rules_ready(rules), "cannot build the English rules");
}

static void teardown(void) {
    VEC_FREE(&quotes);
    segments_free(&seg);
    document_free(&doc);
    whosaid_rules_free(rules);
}

TestSuite(quotes, .init = setup, .fini = teardown);

/* Every span must lie inside the text, in order, without overlapping, and point at marks. */
static void check_sane(void) {
    size_t prev_end = 0;
    for (size_t i = 0; i < quotes.len; i++) {
        const quote *q = &quotes.items[i];
        cr_assert_lt(q->open, q->start, "quote %zu: open %zu, start %zu", i, q->open, q->start);
        cr_assert_lt(q->start, q->end, "quote %zu: empty or reversed [%zu,%zu)", i, q->start, q->end);
        cr_assert_leq(q->end, q->close_end, "quote %zu", i);
        cr_assert_leq(q->close_end, doc.len, "quote %zu ends past the text", i);
        cr_assert_geq(q->open, prev_end, "quote %zu overlaps the one before", i);
        cr_assert(q->closed ? q->close_end > q->end : q->close_end == q->end, "quote %zu: closed %d but [%zu,%zu)",
                  i, q->closed, q->end, q->close_end);
        cr_assert(q->type == WHOSAID_DIRECT || q->type == WHOSAID_SCARE || q->type == WHOSAID_TITLE,
                  "quote %zu: type %u", i, q->type);
        cr_assert_leq(quote_para(&seg, q), quote_end_para(&seg, q), "quote %zu", i);
        cr_assert_leq(q->sent, quote_end_sent(&seg, q), "quote %zu", i);
        if (seg.paras) cr_assert_lt(quote_end_para(&seg, q), seg.paras, "quote %zu", i);
        prev_end = q->close_end;
    }
}

/* Finds the quotations of text (which must outlive the checks). */
static void find(const char *text, size_t len) {
    cr_assert_eq(document_init(&doc, text, len), 0);
    cr_assert_eq(segment_document(&doc, rules, &seg), 0);
    cr_assert_eq(find_quotes(&doc, rules, &seg, &quotes), 0);
    for (size_t i = 0; i < quotes.len && i < 20; i++)
        cr_log_info("quote %zu closed %d type %u: \"%.*s\"", i, quotes.items[i].closed, quotes.items[i].type,
                    (int)(quotes.items[i].end - quotes.items[i].start), (const char *)doc.text + quotes.items[i].start);
    check_sane();
}

static void find_s(const char *text) { find(text, strlen(text)); }

/* Quotation i has exactly the words want and the closed flag closed. */
static void expect_quote(size_t i, const char *want, int closed) {
    cr_assert_lt(i, quotes.len, "only %zu quotations, wanted number %zu (\"%s\")", quotes.len, i, want);
    const quote *q = &quotes.items[i];
    size_t n = strlen(want);
    cr_expect(q->end - q->start == n && memcmp(doc.text + q->start, want, n) == 0,
              "quote %zu: expected \"%s\", got \"%.*s\"", i, want, (int)(q->end - q->start),
              (const char *)doc.text + q->start);
    cr_expect_eq(q->closed, closed, "quote %zu (\"%s\"): closed %d, expected %d", i, want, q->closed, closed);
}

static void expect_count(size_t n) {
    cr_assert_eq(quotes.len, n, "%zu quotations, expected %zu", quotes.len, n);
}

static size_t offset_of(const char *text, const char *needle) {
    const char *p = strstr(text, needle);
    cr_assert_not_null(p, "\"%s\" not in the text", needle);
    return (size_t)(p - text);
}

/* ---- pairs of marks ---- */

Test(quotes, curly_double_marks) {
    find_s("“We will keep the bridge open,” the mayor said.");
    expect_count(1);
    expect_quote(0, "We will keep the bridge open,", 1);
}

Test(quotes, straight_double_marks) {
    find_s("\"We will keep the bridge open,\" the mayor said.");
    expect_count(1);
    expect_quote(0, "We will keep the bridge open,", 1);
}

Test(quotes, straight_marks_twice_in_a_paragraph) {
    find_s("\"Open the bridge,\" the mayor said, \"and keep it open.\"");
    expect_count(2);
    expect_quote(0, "Open the bridge,", 1);
    expect_quote(1, "and keep it open.", 1);
}

Test(quotes, guillemets_pointing_out) {
    find_s("«Nous garderons le pont ouvert», a dit la maire.");
    expect_count(1);
    expect_quote(0, "Nous garderons le pont ouvert", 1);
}

Test(quotes, guillemets_pointing_in) {
    find_s("»Wir halten die Brücke offen«, sagte die Bürgermeisterin.");
    expect_count(1);
    expect_quote(0, "Wir halten die Brücke offen", 1);
}

Test(quotes, low_high_marks) {
    find_s("„Wir halten die Brücke offen“, sagte die Bürgermeisterin.");
    expect_count(1);
    expect_quote(0, "Wir halten die Brücke offen", 1);
}

Test(quotes, low_high_marks_then_english_marks) {
    find_s("„Wir halten sie offen“, sagte sie. “We keep it open,” she said.");
    expect_count(2);
    expect_quote(0, "Wir halten sie offen", 1);
    expect_quote(1, "We keep it open,", 1);
}

/* ---- apostrophes and single marks ---- */

Test(quotes, apostrophes_outside_quotations_are_not_marks) {
    find_s("The country’s players’ union doesn’t agree with the league’s plan.");
    expect_count(0);
}

Test(quotes, apostrophes_inside_a_quotation) {
    find_s("The country’s coach said “we don’t know what the players’ union wants” on Monday.");
    expect_count(1);
    expect_quote(0, "we don’t know what the players’ union wants", 1);
}

Test(quotes, apostrophe_after_a_quotation_does_not_close_it_again) {
    find_s("“It’s over,” said the players’ coach. The country’s fans left.");
    expect_count(1);
    expect_quote(0, "It’s over,", 1);
}

Test(quotes, single_marks_outside_double_ones) {
    find_s("The players’ coach called it ‘a bad night’ for the club’s fans.");
    expect_count(1);
    expect_quote(0, "a bad night", 1);
}

Test(quotes, nested_single_marks_give_one_outer_span) {
    find_s("“He told me ‘never again’ and walked out,” she said.");
    expect_count(1);
    expect_quote(0, "He told me ‘never again’ and walked out,", 1);
}

Test(quotes, nested_marks_at_the_end_of_the_outer_quotation) {
    find_s("“He told me ‘never again’,” she said.");
    expect_count(1);
    expect_quote(0, "He told me ‘never again’,", 1);
}

/* ---- several quotations ---- */

Test(quotes, two_quotations_back_to_back) {
    find_s("“We will open the bridge.” “We will keep it open all year,” she said.");
    expect_count(2);
    expect_quote(0, "We will open the bridge.", 1);
    expect_quote(1, "We will keep it open all year,", 1);
}

Test(quotes, quotation_split_by_its_cue) {
    find_s("“We will open it,” she said, “and keep it open.”");
    expect_count(2);
    expect_quote(0, "We will open it,", 1);
    expect_quote(1, "and keep it open.", 1);
    cr_expect_eq(quotes.items[0].sent, quotes.items[1].sent);
}

/* ---- unclosed quotations ---- */

Test(quotes, unclosed_quotation_at_the_end_of_the_text) {
    const char *text = "She said: “We will open the bridge next spring.   ";
    find_s(text);
    expect_count(1);
    expect_quote(0, "We will open the bridge next spring.", 0);
    cr_expect_eq(quotes.items[0].close_end, quotes.items[0].end);
}

Test(quotes, unclosed_quotation_ends_with_its_paragraph) {
    const char *text = "She said: “We will open the bridge next spring. \n\nThe vote is on Sunday. “It is close,” he said.";
    find_s(text);
    expect_count(2);
    expect_quote(0, "We will open the bridge next spring.", 0);
    cr_expect_eq(quote_para(&seg, &quotes.items[0]), 0);
    cr_expect_eq(quote_end_para(&seg, &quotes.items[0]), 0);
    expect_quote(1, "It is close,", 1);
    cr_expect_eq(quote_para(&seg, &quotes.items[1]), 1);
}

Test(quotes, unclosed_quotation_before_a_new_opening_mark_in_the_same_paragraph) {
    find_s("She said: “We will open the bridge next spring.  “It is close,” he said.");
    expect_count(2);
    expect_quote(0, "We will open the bridge next spring.", 0);
    expect_quote(1, "It is close,", 1);
}

/* ---- quotations over paragraph breaks ---- */

Test(quotes, quotation_closed_in_the_next_paragraph) {
    const char *text = "Orvik said: “We came and we saw.\n\nThen we won, and we left.” Then it rained.";
    find_s(text);
    expect_count(1);
    expect_quote(0, "We came and we saw.\n\nThen we won, and we left.", 1);
    cr_expect_eq(quote_para(&seg, &quotes.items[0]), 0);
    cr_expect_eq(quote_end_para(&seg, &quotes.items[0]), 1);
}

Test(quotes, quotation_reopened_at_each_new_paragraph) {
    const char *text = "Orvik said: “We came and we saw.\n\n“Then we won.\n\n“And then we left.” Then it rained.";
    find_s(text);
    expect_count(1);
    expect_quote(0, "We came and we saw.\n\n“Then we won.\n\n“And then we left.", 1);
    cr_expect_eq(quote_para(&seg, &quotes.items[0]), 0);
    cr_expect_eq(quote_end_para(&seg, &quotes.items[0]), 2);
    cr_expect_eq(quotes.items[0].open, offset_of(text, "“We came"));
}

Test(quotes, reopened_quotation_never_closed_ends_with_its_last_paragraph) {
    const char *text = "Orvik said: “We came and we saw.\n\n“Then we won and left.\n\nThe vote is on Sunday.";
    find_s(text);
    expect_count(1);
    expect_quote(0, "We came and we saw.\n\n“Then we won and left.", 0);
    cr_expect_eq(quote_end_para(&seg, &quotes.items[0]), 1);
}

/* ---- kinds ---- */

Test(quotes, a_word_or_two_inside_a_sentence_is_scare) {
    find_s("The so-called “experts” were wrong, and the “quick fix” failed again.");
    expect_count(2);
    expect_quote(0, "experts", 1);
    expect_quote(1, "quick fix", 1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_SCARE);
    cr_expect_eq(quotes.items[1].type, WHOSAID_SCARE);
}

Test(quotes, three_words_inside_a_sentence_is_scare) {
    find_s("Critics called the plan “a shell game” in their report.");
    expect_count(1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_SCARE);
}

Test(quotes, capitalised_words_are_a_title) {
    find_s("She reviewed “Winter Over Valdoria” for the weekend paper.");
    expect_count(1);
    expect_quote(0, "Winter Over Valdoria", 1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_TITLE);
}

Test(quotes, capitalised_words_with_the_comma_inside_are_a_title) {
    find_s("Jo Marr, host of KVT’s “Morning Table,” said the show would end.");
    expect_count(1);
    expect_quote(0, "Morning Table,", 1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_TITLE);
}

Test(quotes, quotation_after_a_work_noun_is_a_title) {
    find_s("Critics read the book “How we lost the war and why nobody noticed,” and many agreed.");
    expect_count(1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_TITLE);
}

Test(quotes, long_quotation_is_direct) {
    find_s("She said that “we will keep the bridge open for as long as the town needs it” on Monday.");
    expect_count(1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_DIRECT);
}

Test(quotes, short_quotation_ending_in_a_comma_is_direct) {
    find_s("“Never,” she said.");
    expect_count(1);
    expect_quote(0, "Never,", 1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_DIRECT);
}

Test(quotes, short_sentence_of_its_own_is_direct) {
    find_s("The mayor stood up. “We won.” Then she sat down.");
    expect_count(1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_DIRECT);
}

Test(quotes, short_quotation_after_a_colon_is_direct) {
    find_s("The mayor had one word for it: “Never.”");
    expect_count(1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_DIRECT);
}

/* ---- offsets ---- */

Test(quotes, byte_offsets_exclude_the_marks) {
    const char *text = "Ms. Orvik: “Keep it open,” she said.";
    find_s(text);
    expect_count(1);
    const quote *q = &quotes.items[0];
    size_t open = offset_of(text, "“"), close = offset_of(text, "”");
    cr_expect_eq(q->open, open);
    cr_expect_eq(q->start, open + strlen("“"));
    cr_expect_eq(q->end, close);
    cr_expect_eq(q->close_end, close + strlen("”"));
}

Test(quotes, byte_offsets_with_straight_marks) {
    const char *text = "Then: \"Keep it open,\" she said.";
    find_s(text);
    expect_count(1);
    const quote *q = &quotes.items[0];
    cr_expect_eq(q->open, 6);
    cr_expect_eq(q->start, 7);
    cr_expect_eq(q->end, 7 + strlen("Keep it open,"));
    cr_expect_eq(q->close_end, q->end + 1);
}

Test(quotes, sentence_and_paragraph_of_a_quotation) {
    const char *text = "A first one.\n\nA second. Then “Keep it open,” she said.";
    find_s(text);
    expect_count(1);
    cr_expect_eq(quote_para(&seg, &quotes.items[0]), 1);
    cr_expect_eq(quote_end_para(&seg, &quotes.items[0]), 1);
    cr_expect_eq(quotes.items[0].sent, 2);
    cr_expect_eq(quote_end_sent(&seg, &quotes.items[0]), 2);
}

/* ---- nothing, and pathological input ---- */

Test(quotes, no_marks_no_quotations) {
    find_s("Nothing is quoted here. Not even once.");
    expect_count(0);
}

Test(quotes, empty_text) {
    find_s("");
    expect_count(0);
}

Test(quotes, ten_thousand_unmatched_opening_marks, .timeout = 20) {
    size_t n = 10000, m = strlen("“");
    char *text = malloc(n * m + 1);
    cr_assert_not_null(text);
    for (size_t i = 0; i < n; i++) memcpy(text + i * m, "“", m);
    text[n * m] = '\0';
    find(text, n * m);
    /* no closing mark in the text: whatever spans there are must be unclosed */
    for (size_t i = 0; i < quotes.len; i++) cr_assert_not(quotes.items[i].closed, "quote %zu is closed", i);
    free(text);
}

Test(quotes, ten_thousand_unmatched_opening_marks_before_words, .timeout = 20) {
    size_t n = 10000;
    const char *unit = "“word ";
    size_t m = strlen(unit);
    char *text = malloc(n * m + 1);
    cr_assert_not_null(text);
    for (size_t i = 0; i < n; i++) memcpy(text + i * m, unit, m);
    text[n * m] = '\0';
    find(text, n * m);
    cr_expect_gt(quotes.len, 0, "no span at all for 10,000 opening marks before words");
    for (size_t i = 0; i < quotes.len; i++) {
        cr_assert_not(quotes.items[i].closed, "quote %zu is closed", i);
        cr_assert_leq(quotes.items[i].end - quotes.items[i].start, m, "quote %zu spans more than one word", i);
    }
    free(text);
}

Test(quotes, only_quotation_marks, .timeout = 20) {
    const char *unit = "“”„“«»»«\"\"‘’‚‘‹›";
    size_t n = 2000, m = strlen(unit);
    char *text = malloc(n * m + 1);
    cr_assert_not_null(text);
    for (size_t i = 0; i < n; i++) memcpy(text + i * m, unit, m);
    text[n * m] = '\0';
    find(text, n * m);
    /* the sanity checks in find() (in bounds, ordered, not overlapping, closed spans ending at a
     * mark) are the test */
    free(text);
}

Test(quotes, marks_with_blank_lines_between, .timeout = 20) {
    const char *unit = "“\n\n”\n\n\"\n\n«\n\n";
    size_t n = 2000, m = strlen(unit);
    char *text = malloc(n * m + 1);
    cr_assert_not_null(text);
    for (size_t i = 0; i < n; i++) memcpy(text + i * m, unit, m);
    text[n * m] = '\0';
    find(text, n * m);
    free(text);
}

/* spaces inside French guillemets do not hide the full stop that makes a sentence of it */
Test(quotes, spaced_guillemets_around_a_sentence_are_speech) {
    find_s("Elle a dit : « Nous venons. »");
    expect_count(1);
    cr_expect_eq(quotes.items[0].type, WHOSAID_DIRECT);
}
