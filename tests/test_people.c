/* test_people.c: the name-phrase grammar (parse_mention, parse_mention_before over tokenize) and
 * the registry of the people a document names. All names are invented. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "document.h"
#include "people.h"
#include "rules.h"
#include "segment.h"
#include "words.h"

static whosaid_rules *rules;
static document doc;
static segments seg;
static token_vec toks;
static registry reg;
static index_vec speech;
static const char *text;

static void setup(void) {
    char err[512];
    rules = whosaid_rules_load(NULL, err, sizeof err);
    cr_assert_not_null(rules, "cannot load the built-in rules: %s", err);
    /* (English, the first rules, built as a document's are when it comes) */
    cr_assert_not_null(rules_ready(rules), "cannot build the English rules");
}

static void teardown(void) {
    registry_free(&reg);
    VEC_FREE(&speech);
    VEC_FREE(&toks);
    segments_free(&seg);
    document_free(&doc);
    whosaid_rules_free(rules);
}

TestSuite(people, .init = setup, .fini = teardown);

/* Takes s as the document and tokenizes all of it. */
static void prepare(const char *s) {
    text = s;
    cr_assert_eq(document_init(&doc, s, strlen(s)), 0);
    cr_assert_eq(tokenize(&doc, rules, 0, doc.len, &toks), 0);
}

/* Index of the token that starts where the n-th (0-based) occurrence of needle starts. */
static size_t tok_at_nth(const char *needle, int nth) {
    const char *p = text;
    for (int k = 0;; k++) {
        p = strstr(p, needle);
        cr_assert_not_null(p, "\"%s\" (occurrence %d) not in the text", needle, nth);
        if (k == nth) break;
        p++;
    }
    size_t off = (size_t)(p - text);
    for (size_t i = 0; i < toks.len; i++)
        if (toks.items[i].start == off) return i;
    cr_assert_fail("no token starts at \"%s\"", needle);
    return 0;
}

static size_t tok_at(const char *needle) { return tok_at_nth(needle, 0); }

/* The mention that starts at needle. */
static mention mention_at(const char *needle) { return parse_mention(&doc, rules, &toks, tok_at(needle)); }

/* text[a, b) is exactly want ("" for an empty part). */
static void expect_part(size_t a, size_t b, const char *want, const char *what) {
    size_t n = strlen(want);
    cr_assert_leq(a, b, "%s: start %zu after end %zu", what, a, b);
    cr_assert_leq(b, doc.len, "%s: end past the text", what);
    cr_expect(b - a == n && (n == 0 || memcmp(text + a, want, n) == 0), "%s: expected \"%s\", got \"%.*s\"",
              what, want, (int)(b - a), text + a);
}

static void expect_name(const mention *m, const char *name, const char *role) {
    cr_expect_eq(m->kind, MENTION_NAME, "kind %d, expected a name", m->kind);
    expect_part(m->name_start, m->name_end, name, "name");
    expect_part(m->role_start, m->role_end, role, "role");
}

/* Builds the registry of the whole document s. */
static void build_registry(const char *s) {
    prepare(s);
    cr_assert_eq(segment_document(&doc, rules, &seg), 0);
    quote_vec quotes = {0};
    cr_assert_eq(find_quotes(&doc, rules, &seg, &quotes), 0);
    kept_tokens kept = {0};
    cr_assert_eq(registry_build(&reg, &doc, rules, &seg, &quotes, &toks, &speech, &kept), 0);
    VEC_FREE(&quotes);
    VEC_FREE(&kept.toks);
    VEC_FREE(&kept.from);
    VEC_FREE(&kept.len);
    for (size_t p = 0; p < reg.people.len; p++) {
        const person *ps = &reg.people.items[p];
        cr_log_info("person %zu: \"%.*s\" role \"%.*s\" gender %d", p, (int)(ps->name_end - ps->name_start),
                    text + ps->name_start, (int)(ps->role_end - ps->role_start), text + ps->role_start, ps->gender);
    }
    /* parse_mention needs the tokens of the whole text again: registry_build used them as scratch */
    cr_assert_eq(tokenize(&doc, rules, 0, doc.len, &toks), 0);
}

/* The person the n-th mention starting at needle resolves to. */
static const person *resolve_nth(const char *needle, int nth) {
    mention m = parse_mention(&doc, rules, &toks, tok_at_nth(needle, nth));
    cr_assert_eq(m.kind, MENTION_NAME, "\"%s\" is no name mention (kind %d)", needle, m.kind);
    size_t p = registry_resolve_name(&reg, &doc, &m);
    cr_assert_neq(p, NO_PERSON, "\"%s\" resolves to nobody", needle);
    cr_assert_lt(p, reg.people.len);
    return &reg.people.items[p];
}

static void expect_person(const person *p, const char *name, const char *role) {
    expect_part(p->name_start, p->name_end, name, "person's name");
    expect_part(p->role_start, p->role_end, role, "person's role");
}

/* A number is looked up only where a word of digits alone is in a set (none in this project's
 * rules): the lexicon knows whether one is, and a set that holds one still finds it. */
Test(people, numbers_are_looked_up_where_a_set_holds_one) {
    cr_assert_not(rules->lexicon.digit_words, "this project's rules hold a number: plain_number looks each up");
    lexicon lx = {0};
    const char *const words[] = {"1er", "2019"};
    for (size_t k = 0; k < 2; k++) {
        const char *w = words[k];
        size_t n = strlen(w);
        cr_assert_eq(lexicon_add(&lx, w, n, word_hash(w, n), word_head(w, n), 3, 0), 0);
        cr_assert_eq(lx.digit_words, k == 1, "after \"%s\"", w);
    }
    uint64_t mask;
    cr_assert_neq(lexicon_find(&lx, "2019", 4, &mask), LEX_NONE);
    cr_assert(mask & (uint64_t)1 << 3);
    lexicon_free(&lx);
}

/* ---- names with roles ---- */

/* Words are read eight bytes at a time where eight bytes remain, a byte at a time near the
 * end of the text: either way a lower-case word is one token, with the same word-set values. */
Test(people, lower_case_words_read_alike_anywhere) {
    static const char *const words[] = {"a", "said", "minister", "spokeswoman", "abcdefghijklmnopqrstu"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        for (size_t pad = 0; pad < 12; pad++) {
            char s[64];
            int n = snprintf(s, sizeof s, "x %s%.*s", words[w], (int)pad, " ,,,,,,,,,,,");
            cr_assert(n > 0 && (size_t)n < sizeof s);
            prepare(s);
            cr_assert_geq(toks.len, 2);
            const token *t = &toks.items[1];
            cr_assert_eq(t->start, 2, "%s + %zu: starts at %zu", words[w], pad, t->start);
            cr_assert_eq(t->end, 2 + strlen(words[w]), "%s + %zu: ends at %zu", words[w], pad, t->end);
            cr_assert(t->flags & TOK_LOWER);
            int verb = w == 1, title = w == 2 || w == 3;
            cr_assert_eq(token_in(&doc, t, &rules->verbs) >= 0, verb, "%s + %zu: a verb?", words[w], pad);
            cr_assert_eq(token_in(&doc, t, &rules->titles) >= 0, title, "%s + %zu: a title?", words[w], pad);
            cr_assert_eq(token_in(&doc, t, &rules->determiners) >= 0, w == 0, "%s + %zu: a determiner?", words[w], pad);
        }
}

Test(people, long_role_with_of_before_a_full_name) {
    prepare("the President of the Republic of Ruritania Anna Keller said on Monday.");
    mention m = mention_at("the President");
    expect_name(&m, "Anna Keller", "President of the Republic of Ruritania");
    expect_part(m.surname_start, m.surname_end, "Keller", "surname");
    cr_expect_eq(m.name_tokens, 2);
    cr_expect_eq(m.start, 0, "the mention starts with its article");
    cr_expect_eq(m.next_tok, tok_at("said"));
}

Test(people, organisation_and_title_before_a_full_name) {
    prepare("ICRB Secretary General Tomas Verhalen noted that the talks went on.");
    mention m = mention_at("ICRB");
    expect_name(&m, "Tomas Verhalen", "ICRB Secretary General");
    expect_part(m.surname_start, m.surname_end, "Verhalen", "surname");
    cr_expect_eq(m.next_tok, tok_at("noted"));
}

Test(people, minister_of_a_country_before_a_full_name) {
    prepare("Minister of Trade of Valdoria Ilse Marrow stated it.");
    mention m = mention_at("Minister");
    expect_name(&m, "Ilse Marrow", "Minister of Trade of Valdoria");
}

Test(people, title_and_surname) {
    prepare("State Secretary Olvan added: the talks are over.");
    mention m = mention_at("State");
    expect_name(&m, "Olvan", "State Secretary");
    expect_part(m.surname_start, m.surname_end, "Olvan", "surname");
    cr_expect_eq(m.name_tokens, 1);
    cr_expect_eq(m.next_tok, tok_at("added"));
}

Test(people, full_name_without_role) {
    prepare("Marta Ilvessalo said so.");
    mention m = mention_at("Marta");
    expect_name(&m, "Marta Ilvessalo", "");
    cr_expect_eq(m.role_start, m.role_end);
}

Test(people, honorific_and_surname) {
    prepare("Mr. Brenning said so.");
    mention m = mention_at("Mr.");
    expect_name(&m, "Brenning", "");
    cr_expect_eq(m.gender, GENDER_MALE);
    cr_expect_eq(m.role_start, m.role_end, "an honorific is no role");
}

Test(people, female_honorific_and_surname) {
    prepare("Mrs. Tallqvist said so.");
    mention m = mention_at("Mrs.");
    expect_name(&m, "Tallqvist", "");
    cr_expect_eq(m.gender, GENDER_FEMALE);
}

/* ---- pronouns and role nouns ---- */

Test(people, pronouns_with_gender) {
    prepare("he said and she said and they said");
    mention he = mention_at("he"), she = mention_at("she"), they = mention_at("they");
    cr_expect_eq(he.kind, MENTION_PRONOUN);
    cr_expect_eq(he.gender, GENDER_MALE);
    expect_part(he.start, he.end, "he", "he");
    cr_expect_eq(he.next_tok, tok_at("said"));
    cr_expect_eq(she.kind, MENTION_PRONOUN);
    cr_expect_eq(she.gender, GENDER_FEMALE);
    cr_expect_eq(they.kind, MENTION_PRONOUN);
    cr_expect_eq(they.gender, GENDER_PLURAL);
}

Test(people, capitalised_pronoun) {
    prepare("She said it.");
    mention m = mention_at("She");
    cr_expect_eq(m.kind, MENTION_PRONOUN);
    cr_expect_eq(m.gender, GENDER_FEMALE);
}

Test(people, role_noun_with_article) {
    prepare("the Governor said it was over.");
    mention m = mention_at("the");
    cr_expect_eq(m.kind, MENTION_ROLE, "kind %d", m.kind);
    expect_part(m.role_start, m.role_end, "Governor", "role");
    cr_expect_eq(m.name_start, m.name_end, "a role noun has no name");
    cr_expect_eq(m.next_tok, tok_at("said"));
}

Test(people, lower_case_role_noun) {
    prepare("the mayor said it was over.");
    mention m = mention_at("the");
    cr_expect_eq(m.kind, MENTION_ROLE, "kind %d", m.kind);
    expect_part(m.role_start, m.role_end, "mayor", "role");
}

Test(people, possessive_role_noun_before_a_document_noun) {
    prepare("the Governor’s statement read.");
    mention m = mention_at("the");
    cr_expect_eq(m.kind, MENTION_ROLE, "kind %d", m.kind);
    expect_part(m.role_start, m.role_end, "Governor", "role");
    cr_expect(m.possessive);
    cr_expect_eq(m.next_tok, tok_at("read"), "next token %zu, expected the one after \"statement\"", m.next_tok);
}

Test(people, ordinary_words_are_no_mention) {
    prepare("nothing was said. The report came out.");
    cr_expect_eq(mention_at("nothing").kind, MENTION_NONE);
    cr_expect_neq(mention_at("The").kind, MENTION_NAME, "\"The report\" is no name");
}

/* ---- phrases found backwards from a verb ---- */

Test(people, mention_before_a_verb) {
    prepare("“It is done,” Minister of Culture Ilse Marrow said.");
    mention m = parse_mention_before(&doc, rules, &toks, 0, tok_at("said"));
    expect_name(&m, "Ilse Marrow", "Minister of Culture");
    cr_expect_eq(m.next_tok, tok_at("said"));
}

Test(people, pronoun_before_a_verb) {
    prepare("“It is done,” she said.");
    mention m = parse_mention_before(&doc, rules, &toks, 0, tok_at("said"));
    cr_expect_eq(m.kind, MENTION_PRONOUN);
    cr_expect_eq(m.gender, GENDER_FEMALE);
}

Test(people, role_before_a_verb) {
    prepare("“It is done,” the Governor said.");
    mention m = parse_mention_before(&doc, rules, &toks, 0, tok_at("said"));
    cr_expect_eq(m.kind, MENTION_ROLE, "kind %d", m.kind);
    expect_part(m.role_start, m.role_end, "Governor", "role");
    expect_part(m.start, m.end, "the Governor", "mention");
}

Test(people, nothing_before_a_verb) {
    prepare("“It is done,” said the Governor.");
    mention m = parse_mention_before(&doc, rules, &toks, 0, tok_at("said"));
    cr_expect_eq(m.kind, MENTION_NONE, "kind %d", m.kind);
}

/* ---- the registry ---- */

Test(people, surname_resolves_to_the_full_name_and_role) {
    build_registry("Minister of Culture Ilse Marrow opened the fair on Friday. The crowd was large.\n\n"
                   "Marrow said it went well.");
    const person *p = resolve_nth("Marrow said", 0);
    expect_person(p, "Ilse Marrow", "Minister of Culture");
    expect_part(p->surname_start, p->surname_end, "Marrow", "person's surname");
}

Test(people, title_and_surname_resolves_to_the_full_name) {
    build_registry("Kai Olvan arrived on Monday. State Secretary Olvan added that the talks were over.");
    const person *p = resolve_nth("State Secretary Olvan", 0);
    expect_person(p, "Kai Olvan", "State Secretary");
    cr_expect_eq(reg.people.len, 1, "%zu people, expected 1", reg.people.len);
}

Test(people, honorific_first_then_full_name) {
    build_registry("Mr. Olvan arrived on Monday. Deputy Mayor Kai Olvan then spoke. Olvan left early.");
    const person *p = resolve_nth("Olvan left", 0);
    expect_person(p, "Kai Olvan", "Deputy Mayor");
    cr_expect_eq(p->gender, GENDER_MALE);
}

/* a bare surname two people share is the one the story is about: named most, or first */
Test(people, shared_surname_resolves_to_the_one_named_most) {
    build_registry("Anna Keller chaired the panel. Keller opened the hearing. Tomas Keller, her brother, "
                   "spoke next. Keller left early.");
    expect_person(resolve_nth("Keller left", 0), "Anna Keller", "");
}

Test(people, shared_surname_named_as_often_resolves_to_the_first_named) {
    build_registry("Anna Keller chaired the panel. Tomas Keller spoke next. Keller left early.");
    expect_person(resolve_nth("Keller left", 0), "Anna Keller", "");
}

Test(people, full_name_picks_its_own_person_over_a_more_recent_one) {
    build_registry("Anna Keller chaired the panel. Tomas Keller spoke next. Anna Keller closed it.");
    cr_expect_eq(reg.people.len, 2, "%zu people, expected 2", reg.people.len);
    expect_person(resolve_nth("Anna Keller", 1), "Anna Keller", "");
}

Test(people, unknown_surname_resolves_to_nobody) {
    build_registry("Anna Keller chaired the panel. Brenning left early.");
    mention m = parse_mention(&doc, rules, &toks, tok_at("Brenning"));
    cr_assert_eq(m.kind, MENTION_NAME);
    cr_expect_eq(registry_resolve_name(&reg, &doc, &m), NO_PERSON);
}

Test(people, role_noun_resolves_to_its_holder) {
    build_registry("Governor Lena Vossberg opened the session. Later the Governor left.");
    mention m = parse_mention(&doc, rules, &toks, tok_at("the Governor"));
    cr_assert_eq(m.kind, MENTION_ROLE, "kind %d", m.kind);
    size_t p = registry_resolve_role(&reg, &doc, &m);
    cr_assert_neq(p, NO_PERSON);
    expect_person(&reg.people.items[p], "Lena Vossberg", "Governor");
}

/* one capitalised word after "of" is a place in the role, not a person's name */
Test(people, country_after_of_is_not_a_name) {
    prepare("the President of Ruritania said it.");
    mention m = mention_at("the President");
    cr_expect_eq(m.kind, MENTION_ROLE);
    expect_part(m.role_start, m.role_end, "President of Ruritania", "role");
}

/* a sentence opener is not a first name */
Test(people, sentence_opener_does_not_join_the_name) {
    build_registry("Anna Keller chaired the panel. Later Keller left early.");
    cr_expect_eq(reg.people.len, 1);
    expect_person(resolve_nth("Keller", 1), "Anna Keller", "");
}

/* ---- who counts as a person, and who a pronoun stands for ---- */

/* The person the antecedent search finds for a pronoun at the n-th occurrence of needle. */
static const person *antecedent_of(const char *needle, int nth, int gender) {
    size_t at = 0, p = registry_antecedent(&reg, toks.items[tok_at_nth(needle, nth)].start, 0, gender, 1, &at);
    cr_assert_neq(p, NO_PERSON, "no antecedent for \"%s\"", needle);
    return &reg.people.items[p];
}

static const person *person_named(const char *name) {
    size_t n = strlen(name);
    for (size_t p = 0; p < reg.people.len; p++) {
        const person *ps = &reg.people.items[p];
        if (ps->name_end - ps->name_start == n && !memcmp(text + ps->name_start, name, n)) return ps;
    }
    cr_assert_fail("no person \"%s\" in the registry", name);
    return NULL;
}

Test(people, first_name_shows_a_person_and_a_gender) {
    build_registry("Maria Lindqvist spoke. The Ryder Cup began.");
    const person *p = person_named("Maria Lindqvist");
    cr_expect(p->evidence);
    cr_expect_eq(p->gender, GENDER_FEMALE);
    for (size_t i = 0; i < reg.people.len; i++) {
        const person *ps = &reg.people.items[i];
        cr_expect(!ps->evidence || ps->kind != ENTITY_PERSON || ps == p, "\"%.*s\" was taken for a person", (int)(ps->name_end - ps->name_start),
                  text + ps->name_start);
    }
}

Test(people, apposition_gives_the_role) {
    build_registry("Vladimir Makei, Belarus’s foreign minister, arrived. Makei spoke.");
    expect_person(resolve_nth("Makei spoke", 0), "Vladimir Makei", "Belarus’s foreign minister");
}

Test(people, a_title_before_the_name_wins_over_an_apposition) {
    build_registry("Kai Olvan, a former banker, arrived. Later Deputy Mayor Kai Olvan spoke.");
    expect_person(person_named("Kai Olvan"), "Kai Olvan", "Deputy Mayor");
}

Test(people, surname_before_the_full_name_is_resolved_at_the_end) {
    build_registry("Lametti voted no. In May, Prime Minister Ana Ruiz named David Lametti to cabinet.");
    size_t lametti = NO_PERSON;
    for (size_t i = 0; i < reg.mentions.len; i++)
        if (reg.mentions.items[i].pos == 0) lametti = reg.mentions.items[i].person;
    cr_assert_neq(lametti, NO_PERSON, "the first \"Lametti\" is no mention");
    expect_person(&reg.people.items[lametti], "David Lametti", "");
}

Test(people, name_particle_is_no_first_name) {
    build_registry("Fouzia Al Hashish arrived in 2016. Al Hashish now works in a bakery.");
    const person *p = resolve_nth("Al Hashish now", 0);
    expect_person(p, "Fouzia Al Hashish", "");
}

Test(people, gender_from_a_later_pronoun) {
    build_registry("Robin Alder chaired the hearing and said she would report in June.");
    cr_expect_eq(person_named("Robin Alder")->gender, GENDER_FEMALE);
}

Test(people, honorific_gender_keeps_two_people_of_one_surname_apart) {
    build_registry("Michelle Obama spoke first. Then Mr. Obama took the stage.");
    cr_expect_eq(reg.people.len, 2, "Mr. Obama merged into Michelle Obama");
}

Test(people, pronoun_skips_a_person_of_the_other_gender) {
    build_registry("Maria Lindqvist met Tomas Berg on Monday. Berg left early. She said it went well.");
    expect_person(antecedent_of("She said", 0, GENDER_FEMALE), "Maria Lindqvist", "");
}

Test(people, pronoun_skips_names_inside_quotations) {
    build_registry("Dr. Ivo Renn spoke. “Minister Paul Grant has failed us,” he said.");
    expect_person(antecedent_of("he said", 0, GENDER_MALE), "Ivo Renn", "");
}

Test(people, pronoun_prefers_the_subject_of_the_nearest_sentence) {
    build_registry("Omar Haddad thanked Lena Ruiz for the report. He said it was late.");
    expect_person(antecedent_of("He said", 0, 0), "Omar Haddad", "");
}

Test(people, role_noun_matches_a_longer_role_word) {
    build_registry("Surrey mayoral candidate Doug Hale won. Later the mayor spoke.");
    mention m = parse_mention(&doc, rules, &toks, tok_at("the mayor"));
    cr_assert_eq(m.kind, MENTION_ROLE, "kind %d", m.kind);
    size_t p = registry_resolve_role(&reg, &doc, &m);
    cr_assert_neq(p, NO_PERSON);
    expect_person(&reg.people.items[p], "Doug Hale", "Surrey mayoral candidate");
}

Test(people, name_after_one_is_a_description) {
    prepare("one Sanders supporter wrote");
    mention m = mention_at("one Sanders");
    cr_expect_eq(m.kind, MENTION_DESCRIPTION, "kind %d", m.kind);
    expect_part(m.start, m.end, "one Sanders supporter", "description");
}

Test(people, party_label_belongs_to_the_mention) {
    prepare("Sen. Dana Whitfield (D-Ill.) said");
    mention m = mention_at("Sen.");
    expect_name(&m, "Dana Whitfield", "Sen.");
    expect_part(m.start, m.end, "Sen. Dana Whitfield (D-Ill.)", "mention");
}

Test(people, name_suffix_stays_with_the_name) {
    prepare("Vann R. Newkirk II said");
    mention m = mention_at("Vann");
    expect_name(&m, "Vann R. Newkirk II", "");
    expect_part(m.surname_start, m.surname_end, "Newkirk", "surname");
}

/* ---- a sentence longer than a token window ---- */

/* Read in windows, the tokens are those of one pass, in order, none twice. */
Test(people, tokens_read_in_windows_are_those_of_one_pass) {
    buf b = {0};
    for (int k = 0; k < 5000; k++) cr_assert_eq(buf_append(&b, "Anna O’Neill-Smith’s U.S. co-op, “ok” ", 39), 0);
    prepare(b.data);
    token_vec part = {0};
    size_t at = 0, n = 0;
    while (at < doc.len) {
        part.len = 0;
        cr_assert_eq(tokenize_more(&doc, rules, at, doc.len, 1000, &part, &at), 0);
        cr_assert_gt(part.len, 0);
        for (size_t i = 0; i < part.len; i++, n++) {
            cr_assert_lt(n, toks.len);
            cr_assert_eq(part.items[i].start, toks.items[n].start, "token %zu", n);
            cr_assert_eq(part.items[i].end, toks.items[n].end, "token %zu", n);
            cr_assert_eq(part.items[i].in_sets, toks.items[n].in_sets, "token %zu", n);
        }
    }
    cr_assert_eq(n, toks.len);
    VEC_FREE(&part);
    buf_free(&b);
}

/* One sentence of some 100,000 tokens (several windows): every name in it is a mention, once,
 * wherever the windows meet. */
Test(people, names_of_a_sentence_longer_than_a_window) {
    const char *unit = "Anna Keller met Tomas Lindqvist and ";
    size_t units = 20000;
    buf b = {0};
    for (size_t k = 0; k < units; k++) cr_assert_eq(buf_append(&b, unit, strlen(unit)), 0);
    cr_assert_eq(buf_append(&b, "left.", 5), 0);
    build_registry(b.data);
    cr_assert_eq(seg.sents.len, 1);
    cr_assert_gt(toks.len, 4 * (size_t)TOKEN_WINDOW);
    cr_assert_eq(reg.people.len, 2);
    cr_assert_eq(reg.mentions.len, 2 * units);
    for (size_t i = 0; i < reg.mentions.len; i++) {
        size_t unit_start = (i / 2) * strlen(unit);
        cr_assert_eq(reg.mentions.items[i].pos, unit_start + (i % 2 ? 16 : 0), "mention %zu", i);
    }
    buf_free(&b);
}
