/* rules.h: the vocabulary whosaid works with, read from rules/ (built in) or --rules DIR.
 * Once loaded, rules are read-only and shared by every thread. */
#ifndef WHOSAID_RULES_H
#define WHOSAID_RULES_H

#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>

#include "whosaid.h"

typedef struct {
    const char *name;
    const char *text;
} rule_file;
extern const rule_file whosaid_builtin_rules[];

/* A set of words (ASCII letters compared without case) with a small value each. */
typedef struct {
    char **words;
    int *values;
    size_t cap, len;
    size_t max_len; /* the longest word's length: nothing longer is looked up */
} wordset;

/* Returns the word's value, or -1 when it is not in the set. */
int wordset_get(const wordset *set, const char *s, size_t n);

enum { GENDER_UNKNOWN = 0, GENDER_MALE = 1, GENDER_FEMALE = 2 };

/* What a quotation-mark character can do. */
enum {
    MARK_OPENS = 1,
    MARK_CLOSES = 2,
    MARK_SINGLE = 4, /* a single mark: ‘ ’ */
};

typedef struct {
    int32_t open, close;
    int single;
} mark_pair;

struct whosaid_rules {
    mark_pair *pairs;
    size_t npairs;
    unsigned char ascii_marks[128]; /* rules_mark of each ASCII code point, looked up at once */
    wordset verbs, titles, honorifics, organisations, abbreviations, pronouns, document_nouns,
        not_names, connectors;
    pcre2_code *verb_re; /* any reporting verb or phrase, as a whole word */
};

/* Bit set of MARK_* for a code point; 0 for a character that is no quotation mark. */
int rules_mark(const whosaid_rules *r, int32_t cp);
/* Whether close can end a quotation opened by open. */
int rules_marks_pair(const whosaid_rules *r, int32_t open, int32_t close);

#endif
