/* test_segment.c: paragraphs and sentences (segment_document) and the look-ups by byte offset. */
#include <criterion/criterion.h>
#include <string.h>

#include "document.h"
#include "rules.h"
#include "segment.h"

static whosaid_rules *rules;
static document doc;
static segments seg;

static void setup(void) {
    char err[512];
    rules = whosaid_rules_load(NULL, err, sizeof err);
    cr_assert_not_null(rules, "cannot load the built-in rules: %s", err);
    /* (English, the first rules, built as a document's are when it comes) */
    cr_assert_not_null(rules_ready(rules), "cannot build the English rules");
}

static void teardown(void) {
    segments_free(&seg);
    document_free(&doc);
    whosaid_rules_free(rules);
}

TestSuite(segment, .init = setup, .fini = teardown);

/* Segments text (which must outlive the test's checks). */
static void split(const char *text) {
    cr_assert_eq(document_init(&doc, text, strlen(text)), 0);
    cr_assert_eq(segment_document(&doc, rules, &seg), 0);
}

static void expect_slice(size_t a, size_t b, const char *want, const char *what, size_t i) {
    size_t n = strlen(want);
    cr_assert_leq(a, b, "%s %zu: start %zu after end %zu", what, i, a, b);
    cr_assert_leq(b, doc.len, "%s %zu: end %zu past the text", what, i, b);
    cr_expect(b - a == n && memcmp(doc.text + a, want, n) == 0, "%s %zu: expected \"%s\", got \"%.*s\"",
              what, i, want, (int)(b - a), (const char *)doc.text + a);
}

/* The sentences must be exactly want[0..n). */
static void expect_sentences(const char *const *want, size_t n) {
    for (size_t i = 0; i < seg.sents.len; i++)
        cr_log_info("sentence %zu: \"%.*s\"", i, (int)(seg.sents.items[i].end - seg.sents.items[i].start),
                    (const char *)doc.text + seg.sents.items[i].start);
    cr_assert_eq(seg.sents.len, n, "%zu sentences, expected %zu", seg.sents.len, n);
    for (size_t i = 0; i < n; i++) expect_slice(seg.sents.items[i].start, seg.sents.items[i].end, want[i], "sentence", i);
}

static void expect_paras(const char *const *want, size_t n) {
    cr_assert_eq(seg.paras, n, "%zu paragraphs, expected %zu", seg.paras, n);
    for (size_t i = 0; i < n; i++) expect_slice(segments_para(&seg, i).start, segments_para(&seg, i).end, want[i], "paragraph", i);
}

#define SENTENCES(...)                                          \
    do {                                                        \
        const char *const want_[] = {__VA_ARGS__};              \
        expect_sentences(want_, sizeof want_ / sizeof *want_);  \
    } while (0)

#define PARAS(...)                                          \
    do {                                                    \
        const char *const want_[] = {__VA_ARGS__};          \
        expect_paras(want_, sizeof want_ / sizeof *want_);  \
    } while (0)

/* ---- sentences ---- */

Test(segment, full_stop_space_capital_ends_a_sentence) {
    split("The vote was close. Nobody expected it! Was it fair? Then came the count.");
    SENTENCES("The vote was close.", "Nobody expected it!", "Was it fair?", "Then came the count.");
}

Test(segment, full_stop_before_lower_case_does_not_end_a_sentence) {
    split("The vote was close. and then it was over.");
    SENTENCES("The vote was close. and then it was over.");
}

Test(segment, full_stop_before_digit_or_opening_mark_ends_a_sentence) {
    split("The count ended. 40 votes were lost. “We lost,” she said.");
    SENTENCES("The count ended.", "40 votes were lost.", "“We lost,” she said.");
}

Test(segment, honorifics_do_not_end_a_sentence) {
    split("Mr. Brenning met Dr. Olsavik at noon. They talked.");
    SENTENCES("Mr. Brenning met Dr. Olsavik at noon.", "They talked.");
}

Test(segment, us_does_not_end_a_sentence) {
    split("She flew to the U.S. Senate hearing. It was long.");
    SENTENCES("She flew to the U.S. Senate hearing.", "It was long.");
}

Test(segment, military_title_and_month_do_not_end_a_sentence) {
    split("On Jan. 5 the parade began. Gen. Tarvik led it.");
    SENTENCES("On Jan. 5 the parade began.", "Gen. Tarvik led it.");
}

Test(segment, an_initial_does_not_end_a_sentence) {
    split("The report by J. Halloran Orvik came out. It was long.");
    SENTENCES("The report by J. Halloran Orvik came out.", "It was long.");
}

Test(segment, sentences_inside_a_quotation_stay_one_sentence) {
    split("“We came. We saw. We won,” she said. Then she left.");
    SENTENCES("“We came. We saw. We won,” she said.", "Then she left.");
}

Test(segment, straight_marks_also_hold_a_sentence_together) {
    split("\"We came. We saw. We won,\" she said. Then she left.");
    SENTENCES("\"We came. We saw. We won,\" she said.", "Then she left.");
}

Test(segment, break_falls_after_the_closing_mark) {
    split("“We won.” He smiled.");
    SENTENCES("“We won.”", "He smiled.");
}

Test(segment, question_inside_quotation_then_new_sentence) {
    split("“Who won?” Nobody knew.");
    SENTENCES("“Who won?”", "Nobody knew.");
}

Test(segment, sentences_keep_their_paragraph) {
    split("One here. Two here.\n\nThree here. Four here.");
    SENTENCES("One here.", "Two here.", "Three here.", "Four here.");
    size_t want[] = {0, 0, 1, 1};
    for (size_t i = 0; i < 4; i++) cr_expect_eq(seg.sents.items[i].para, want[i], "sentence %zu", i);
}

Test(segment, quotation_opening_in_one_paragraph_and_closing_in_the_next) {
    split("Orvik said: “We came. We saw.\n\nWe won.” Then it rained.");
    PARAS("Orvik said: “We came. We saw.", "We won.” Then it rained.");
    SENTENCES("Orvik said: “We came. We saw.", "We won.”", "Then it rained.");
    cr_expect_eq(seg.sents.items[0].para, 0);
    cr_expect_eq(seg.sents.items[1].para, 1);
    cr_expect_eq(seg.sents.items[2].para, 1);
}

Test(segment, quotation_reopened_at_the_next_paragraph) {
    split("Orvik said: “We came. We saw.\n\n“We won. We left.” Then it rained.");
    SENTENCES("Orvik said: “We came. We saw.", "“We won. We left.”", "Then it rained.");
}

Test(segment, sentence_never_crosses_a_paragraph) {
    split("No full stop here\n\nNor here");
    SENTENCES("No full stop here", "Nor here");
}

/* ---- paragraphs ---- */

Test(segment, blank_lines_split_paragraphs_and_single_breaks_do_not) {
    split("First line\nstill the first.\n\nSecond one.\n\n\n\nThird one.");
    PARAS("First line\nstill the first.", "Second one.", "Third one.");
}

Test(segment, lines_of_spaces_or_nbsp_are_blank) {
    split("First line\nstill the first.\n   \t\nSecond one.\n\xc2\xa0 \xc2\xa0\nThird one.");
    PARAS("First line\nstill the first.", "Second one.", "Third one.");
}

Test(segment, paragraphs_are_trimmed) {
    split("  \xc2\xa0Indented one.  \n\n\tSecond one.\xc2\xa0\n");
    PARAS("Indented one.", "Second one.");
}

Test(segment, crlf_line_ends) {
    split("First one.\r\nstill first.\r\n\r\nSecond one.\r\n\r\nThird one.\r\n");
    PARAS("First one.\r\nstill first.", "Second one.", "Third one.");
}

Test(segment, lone_cr_line_ends) {
    split("First one.\rstill first.\r\rSecond one.\r\rThird one.");
    PARAS("First one.\rstill first.", "Second one.", "Third one.");
}

Test(segment, text_without_blank_lines_gives_a_paragraph_per_line) {
    split("Line one.\nLine two\nLine three.\n");
    PARAS("Line one.", "Line two", "Line three.");
    SENTENCES("Line one.", "Line two", "Line three.");
    cr_expect_eq(seg.sents.items[1].para, 1);
    cr_expect_eq(seg.sents.items[2].para, 2);
}

Test(segment, crlf_text_without_blank_lines_gives_a_paragraph_per_line) {
    split("Line one.\r\nLine two\r\nLine three.");
    PARAS("Line one.", "Line two", "Line three.");
}

Test(segment, blank_lines_only_at_the_edges_do_not_count) {
    /* no blank line between two lines of text: still one paragraph per line */
    split("\n\nLine one.\nLine two.\n\n");
    PARAS("Line one.", "Line two.");
}

Test(segment, empty_text_gives_nothing) {
    split("");
    cr_expect_eq(seg.paras, 0);
    cr_expect_eq(seg.sents.len, 0);
}

Test(segment, white_space_only_text_gives_nothing) {
    split("  \n\xc2\xa0\r\n\t\n");
    cr_expect_eq(seg.paras, 0);
    cr_expect_eq(seg.sents.len, 0);
}

Test(segment, segmenting_again_replaces_the_old_result) {
    split("One. Two.\n\nThree.");
    cr_assert_eq(seg.sents.len, 3);
    document_free(&doc);
    split("Only one.");
    PARAS("Only one.");
    SENTENCES("Only one.");
}

/* ---- look-ups ---- */

Test(segment, sentence_at_and_para_at) {
    const char *text = "Aa bb. Cc dd.\n\nEe ff.";
    split(text);
    SENTENCES("Aa bb.", "Cc dd.", "Ee ff.");
    size_t c = (size_t)(strchr(text, 'C') - text), e = (size_t)(strchr(text, 'E') - text);
    for (size_t b = 0; b <= doc.len + 3; b++) {
        size_t want_sent = b < c ? 0 : b < e ? 1 : 2;
        size_t want_para = b < e ? 0 : 1;
        cr_expect_eq(segments_sentence_at(&seg, b), want_sent, "sentence at byte %zu", b);
        cr_expect_eq(segments_para_at(&seg, b), want_para, "paragraph at byte %zu", b);
    }
}

Test(segment, lookups_before_the_first_sentence_give_zero) {
    split("   Aa bb. Cc dd.");
    cr_assert_eq(seg.sents.items[0].start, 3);
    cr_expect_eq(segments_sentence_at(&seg, 0), 0);
    cr_expect_eq(segments_para_at(&seg, 1), 0);
}

/* an abbreviation right after a quotation mark or a dash is still an abbreviation */
Test(segment, abbreviation_after_a_single_mark_or_a_dash) {
    static const char *const want[] = {"She wrote ‘Mr. Orvik was here’ in the log.", "He met the team—Dr. Olsavik and Gen. Tarvik.", "Then he left."};
    split("She wrote ‘Mr. Orvik was here’ in the log. He met the team—Dr. Olsavik and Gen. Tarvik. Then he left.");
    expect_sentences(want, 3);
}
