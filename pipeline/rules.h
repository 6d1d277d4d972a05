/* rules.h: the vocabulary whosaid works with, read from rules/ (built in) or --rules DIR.
 * Once loaded, rules are read-only and shared by every thread. */
#ifndef WHOSAID_RULES_H
#define WHOSAID_RULES_H

#include <pcre2.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexicon.h"
#include "scan.h"
#include "utf8.h"
#include "whosaid.h"

typedef struct {
    const char *name;
    const char *text;
} rule_file;
extern const rule_file whosaid_builtin_rules[];

/* A language's verb pattern compiled from the built-in rules as whosaid was built, in
 * pcre2_serialize_encode's bytes (tools/verb_patterns.c): the rules of a language that takes
 * them all from the built-in files decode it rather than compile it again, a tenth of the
 * work of building them. The list ends with a NULL lang; a PCRE2 other than the build's
 * refuses the bytes, and the pattern is compiled as before. */
typedef struct {
    const char *lang;
    const unsigned char *bytes;
    size_t jit_after; /* whosaid_rules.verb_jit_after */
} builtin_verb_pattern;
extern const builtin_verb_pattern whosaid_builtin_verb_patterns[];

/* A word set as the built-in rules fill it, its table written as whosaid was built
 * (tools/word_sets.c, linked with the library's code, reads the built-in rules as whosaid would):
 * each word's slot in a table of cap slots, its length and its value, in the order of the slots,
 * its bytes in words (each ending in a 0, one after the other in the same order), and the set's
 * quick tests. Start-up sets the table in place rather than reading the files again; cap 0 where
 * there is none. */
typedef struct {
    uint32_t slot;
    uint16_t len;
    int16_t value;
} builtin_word;
typedef struct {
    size_t cap, len, max_len;
    uint64_t lengths, last_bytes[4], last_pairs[8], ends[4]; /* as in wordset */
    const builtin_word *entries;                             /* len of them */
    const unsigned char *words;
} builtin_wordset;
/* The shared base of first names (whosaid_rules.first_names_base), which the first language that
 * takes both of its files from the built-in ones sets in place. */
extern const builtin_wordset whosaid_builtin_first_names;
/* The sets a built-in language's rule files fill (rule_sets.def, but its function words, which
 * the load reads), as build_lang reads them without a --rules folder (its first names are those
 * the shared base does not hold), each at its offset in whosaid_rules; the list ends with a NULL
 * lang (the tool's own build has none). */
typedef struct {
    size_t offset;
    builtin_wordset set;
} builtin_set_at;
typedef struct {
    const char *lang;
    const builtin_set_at *sets;
    size_t n;
} builtin_word_sets;
extern const builtin_word_sets whosaid_builtin_word_sets[];
/* A built-in language's lexicon as build_lang makes it from the sets above (tools/word_sets.c
 * builds each language and writes its lexicon), and which of its word sets have a value above 0
 * (wordset.valued, bit k for column k); the list ends with a NULL lang. */
typedef struct {
    const char *lang;
    uint64_t valued;
    lexicon_builtin lexicon;
} builtin_lexicon;
extern const builtin_lexicon whosaid_builtin_lexicons[];

/* A slot of a word set's table: what a probe compares in one row, so that a look-up reads the
 * word's own bytes only past its eighth (most words are told apart by hash, head and length). */
typedef struct {
    uint64_t hash; /* word_hash */
    uint64_t head; /* word_head */
    char *word;    /* in lower case; NULL in an empty slot */
    uint32_t len;
    int32_t value;
} wordset_slot;

/* A set of words (ASCII letters compared without case) with a small value each. */
typedef struct {
    wordset_slot *slots;
    size_t cap, len;
    size_t max_len; /* of the longest word: anything longer is not in the set */
    uint64_t lengths; /* bit k: a word of k bytes is in the set (k < 64) */
    uint64_t last_bytes[4]; /* bit b: a word ends in byte b (either case): a quick "no" for endings */
    /* bit pair_bit(a, b), A-Z as a-z: a word of two bytes or more ends in a, b; where the bit
     * is clear only an ending of one byte may match (most words, for the endings' sets) */
    uint64_t last_pairs[8];
    /* bit wordset_ends_bit(w) of each word w: where a word's bit is clear it is not in the set,
     * told without hashing it (most words a set is asked of are not in it) */
    uint64_t ends[4];
    /* once the rules are loaded: the lexicon holding every set's words, and this set's
     * column in it (token_in reads it); NULL before */
    const lexicon *lexicon;
    unsigned column;
    /* once the rules are built, token_in's one test: 1 << column for a set in the lexicon;
     * LEX_WORD_BIT, which every word has, for a set outside it (0 before, and for an empty
     * set outside it) */
    uint64_t column_bit;
    /* once in the lexicon: whether a word of the set has a value above 0 (a gender, a kind);
     * where none has, a token that is in the set is in it with 0, which token_in answers
     * without reading the lexicon's values (a cache line a word). Always, for a set outside
     * the lexicon: token_in reads a word's text. */
    int valued;
    /* the words' bytes, in blocks that never move (a slot points into them): one allocation
     * for many words, where a list of tens of thousands of first names would make as many; a
     * set set in place from its table (builtin_wordset) points into the table's bytes, and has
     * a block only for words put in after */
    struct wordset_block *blocks;
} wordset;

/* wordset_get once its length may be a word's of the set. */
int wordset_lookup(const wordset *set, const char *s, size_t n);
/* The bit of wordset.ends of a word s[0, n) (n > 0): from its first and last bytes, ASCII
 * letters either case, and its length. */
static inline unsigned wordset_ends_bit(const char *s, size_t n) {
    uint32_t key = ((uint32_t)((unsigned char)s[0] | 0x20) << 16 | (uint32_t)((unsigned char)s[n - 1] | 0x20) << 8) ^ (uint32_t)n;
    return (key * 0x9E3779B1u) >> 24;
}
/* 0 where s[0, n) is not in the set, told by its length and its ends alone; else 1, and it may
 * be. */
static inline int wordset_may_hold(const wordset *set, const char *s, size_t n) {
    if (n > set->max_len || (n < 64 && !(set->lengths >> n & 1))) return 0;
    unsigned bit = n ? wordset_ends_bit(s, n) : 0;
    return !n || (set->ends[bit / 64] >> (bit % 64) & 1);
}
/* Returns the word's value, or -1 when it is not in the set. Inline, the quick "no" of a length
 * no word of the set has, or of ends none has: the grammar asks sets of words by their text at
 * every turn. */
static inline int wordset_get(const wordset *set, const char *s, size_t n) {
    return wordset_may_hold(set, s, n) ? wordset_lookup(set, s, n) : -1;
}
/* The mechanisms rules/<lang>/features.txt may switch on, a bit each in
 * whosaid_rules.feature_bits, set when the rules load: the grammar asks some of them of every
 * word, and a bit test costs nothing where a look-up in the set costs a hash. A features.txt
 * naming another does not load. */
#define RULE_FEATURES(X)                                                                           \
    X(FEATURE_AGE_IN_ROLE, "age-in-role")                                                          \
    X(FEATURE_CAPITALISED_ELISIONS, "capitalised-elisions")                                        \
    X(FEATURE_CAPITALISED_NOUNS, "capitalised-nouns")                                              \
    X(FEATURE_CIRCUMSTANCES, "circumstances")                                                      \
    X(FEATURE_COMMA_CLAUSE, "comma-clause")                                                        \
    X(FEATURE_COMPLEMENTISER_DROPPED, "complementiser-dropped")                                    \
    X(FEATURE_COMPOUND_FIRST_NAMES, "compound-first-names")                                        \
    X(FEATURE_CONTRACTED_ARTICLES, "contracted-articles")                                          \
    X(FEATURE_COORDINATED_CLAUSES, "coordinated-clauses")                                          \
    X(FEATURE_DESCRIBED_PEOPLE, "described-people")                                                \
    X(FEATURE_DOUBLE_SURNAMES, "double-surnames")                                                  \
    X(FEATURE_EPITHETS, "epithets")                                                                \
    X(FEATURE_FRAGMENT_IN_CLAUSE, "fragment-in-clause")                                            \
    X(FEATURE_FRAGMENT_OBJECT, "fragment-object")                                                  \
    X(FEATURE_GENITIVE_ARTICLES, "genitive-articles")                                              \
    X(FEATURE_GENDERED_ORGANISATIONS, "gendered-organisations")                                    \
    X(FEATURE_INNER_SURNAMES, "inner-surnames")                                                    \
    X(FEATURE_NULL_SUBJECT, "null-subject")                                                        \
    X(FEATURE_OBJECT_BEFORE_SUBJECT, "object-before-subject")                                      \
    X(FEATURE_ORGANISATION_COMPLEMENTS, "organisation-complements")                                \
    X(FEATURE_PLURAL_GROUPS, "plural-groups")                                                      \
    X(FEATURE_POSTNOMINAL_ADJECTIVES, "postnominal-adjectives")                                    \
    X(FEATURE_PREDICATE_COLON, "predicate-colon")                                                  \
    X(FEATURE_RELATIVE_DROPPED, "relative-dropped")                                                \
    X(FEATURE_SUBJECT_BEFORE_QUE, "subject-before-que")                                            \
    X(FEATURE_UNACCENTED_FIRST_NAMES, "unaccented-first-names")                                    \
    X(FEATURE_VERB_FINAL, "verb-final")                                                            \
    X(FEATURE_VERB_SECOND, "verb-second")
enum {
#define FEATURE_ENUM(e, name) e,
    RULE_FEATURES(FEATURE_ENUM)
#undef FEATURE_ENUM
    FEATURE_COUNT
};
_Static_assert(FEATURE_COUNT <= 32, "whosaid_rules.feature_bits has a bit for each feature");
/* Does the language's features.txt name mechanism F (a FEATURE_ of the list above)? */
#define rules_feature(r, f) ((int)((r)->feature_bits >> (f) & 1u))
/* The same, trying the word in lower case too when it holds capitals beyond ASCII ("Élisabeth"). */
int wordset_get_folded_beyond_ascii(const wordset *set, const char *s, size_t n);
/* Bytes of a word that folding reads, at most: a longer span is looked up as it stands. */
enum { FOLDED_WORD_MAX = 64 };
static inline int wordset_get_folded(const wordset *set, const char *s, size_t n) {
    /* (inline, a word of ASCII alone, most, which folding leaves as it is: the set's quick "no"
     * without a call) */
    /* (a span longer than any word is looked up as it stands, its bytes unread: a caller's
     * span may be no word's) */
    if (n > FOLDED_WORD_MAX) return wordset_get(set, s, n);
    return scan_ascii((const unsigned char *)s, 0, n) == n ? wordset_get(set, s, n) : wordset_get_folded_beyond_ascii(set, s, n);
}
/* The gender a first name shows (rules/shared/first-names.txt), or -1 where it is none; where
 * the language writes the accents the list leaves out (features.txt "unaccented-first-names":
 * "Maïté", "Léna"), the word without them too. */
int rules_first_name(const whosaid_rules *r, const char *s, size_t n);
/* The value of s[0, n) in the language's first names as the three files give it, the last read
 * winning (ASCII case aside), or -1: what wordset_get of one set of all three would give. */
int rules_first_name_value(const whosaid_rules *r, const char *s, size_t n);
/* "dit-il", "a-t-elle": where the word s[0, n) ends in a subject pronoun that a hyphen joins
 * to its verb (rules/<lang>/clitics.txt), a link between them left out (clitic-links.txt: the
 * euphonic t), the verb's length, with *pronoun where the pronoun starts; else 0. */
size_t rules_clitic_split(const whosaid_rules *r, const char *s, size_t n, size_t *pronoun);

/* What a pronoun, honorific, first name or noun shows of whom it stands for. NEUTER is an
 * organisation or a thing ("it", "its"); FIRST the writer ("I", "we"). */
enum { ARTICLE_DEFINITE = 1, ARTICLE_INDEFINITE = 2 };
/* An abbreviation's value: one in any case ("etc."), or only capitalised ("Man.", "No."). */
enum { ABBREVIATION_ANY_CASE = 0, ABBREVIATION_CAPITAL = 1 };
/* Is a word of value v in abbreviations.txt (-1: none) one as written, capitalised or not? */
static inline int abbreviation_as_written(int v, int capital) {
    return v == ABBREVIATION_ANY_CASE || (v == ABBREVIATION_CAPITAL && capital);
}

/* GENDER_PLURAL: a pronoun of several ("they"), which stands for a group or an organisation,
 * never for one person named before */
enum { GENDER_UNKNOWN = 0, GENDER_MALE = 1, GENDER_FEMALE = 2, GENDER_NEUTER = 3, GENDER_FIRST = 4, GENDER_PLURAL = 5 };

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

typedef struct {
    int32_t cp;
    int flags; /* MARK_* */
} mark_class;

struct whosaid_rules {
    mark_pair *pairs;
    size_t npairs;
    /* rules_mark's answer, precomputed: a table for ASCII, a sorted list for the rest */
    unsigned char ascii_marks[128];
    unsigned char punctuation_marks[0x70]; /* U+2000-U+206F, where “ ” ‘ ’ „ ‹ › are */
    unsigned char latin1_marks[0x80]; /* U+0080-U+00FF, where « » are, and the accented letters */
    /* the bytes a scan of the text stops at: where a quotation mark may start (any byte of
     * 0x80 and up, and ASCII marks), and, for sentences, those and the full stops . ! ? */
    byte_stops mark_stops, sentence_stops;
    mark_class *marks;
    size_t nmarks;
    int32_t dialogue_dash; /* the dash that opens a paragraph of speech (—), or 0 */
    uint32_t feature_bits; /* of features.txt, a bit each (RULE_FEATURES) */
    /* ASCII characters that, written twice, are a mark of their own: '' for a double mark in
     * text typed without one (quote-marks.txt "'' '' double") */
    unsigned char doubled_marks[128];
    /* the word sets, one per line of rule_sets.def */
#define LEXICON(field, file, parser) wordset field;
#define MORE(field, file, parser)
#define DERIVED(field) wordset field;
#define ENDINGS(field, file, parser) wordset field;
#define PHRASES(field, file, parser) wordset field;
#include "rule_sets.def"
#undef LEXICON
#undef MORE
#undef DERIVED
#undef ENDINGS
#undef PHRASES
    /* The first names every language shares (rules/shared/first-names.txt, then
     * first-names-more.txt), read once for all the languages that take both from there: the
     * language's first_names then holds only its own usual names (first-names-usual.txt) that
     * first-names-more.txt, read after it, does not name again (rules_first_name_value). Four
     * copies of a megabyte each were a third of the start-up's page faults. NULL where the
     * language reads the three files into first_names itself (a --rules folder of its own). */
    const wordset *first_names_base; /* the chain's (rules_builder), read by the first language */
    wordset title_full;   /* a title's full word, valued by the index of its abbreviation */
    char **title_abbr;    /* "gov" for "governor" */
    size_t ntitle_abbr;
    pcre2_code *verb_re; /* any reporting verb or phrase, as a whole word; NULL when none */
    /* verb_re JIT-compiled, or NULL: rules_match_verb compiles a copy once the language has
     * matched the pattern verb_jit_after times (verb_matches), and uses it from then on */
    _Atomic(pcre2_code *) verb_jit;
    size_t verb_jit_after;
    atomic_size_t verb_matches;
    int verbs_plain;     /* every verb is ASCII letters (phrases: words joined by _) */
    lexicon lexicon;     /* the words of all the sets above, each with its value in every set */
    /* per lexicon entry, rules_title_traits of its word, all of them: tok_title asks them of a
     * word the lexicon holds by one read (made once the lexicon is, then read-only) */
    unsigned char *title_traits;
    /* the last two bytes of every ending rules_title_traits reads (title-endings.txt,
     * person-noun-endings.txt, title-modifier-endings.txt), a bit each pair (title_tail_pair),
     * and each byte that is an ending of its own: a word that ends in neither has no ending of
     * them, told without a look-up (most words the lexicon does not hold, which the grammar
     * asks about after an article). The pairs are those of the endings of two bytes; of the
     * longer ones, their last three bytes (title_tail_triple): "water", "coast" and "winter"
     * end as "eer" and "ist" do by two bytes, not by three. */
    uint64_t title_tail_pairs[16];
    uint64_t title_tail_triples[64];
    uint64_t title_tail_bytes[4];
    /* possessive-endings.txt asked of one byte (apostrophe_word's "’s") and of a byte and an
     * apostrophe (a plural's "s’"), byte b a bit each: the tokenizer asks it of every word
     * before an apostrophe, and a bit read is a look-up's answer, built from the look-ups */
    uint64_t possessive_one[4];
    uint64_t possessive_plural[4];
    /* Every field above is built when the language's first document comes (rules_ready), but
     * function_words, read when the rules load as the fields below are: most inputs are in one
     * language, and the others' lexicons and verb patterns were most of the start-up. */
    char lang[8];        /* "en", "fr", "de", "es", or "und": the shared rules alone */
    size_t lang_len;     /* its length: every record writes it */
    int votes;           /* whether function words vote for it (function-words.txt is not empty) */
    /* in the first language's rules only: every language's function words, each valued by the
     * languages it votes for (bit k: the k-th rules of the chain), for one look-up a word */
    wordset lang_votes;
    /* …and those of them of ASCII letters alone, up to LEX_SHORT_MAX, in a table keyed by
     * word_head alone, as the lexicon's short words are (lexicon_find_short): the vote looks
     * most words of a document's start up by one multiply and one slot (the slot's mask holds
     * the word's value in lang_votes) */
    lex_short_slot *vote_slots;
    size_t vote_mask;     /* number of slots - 1 */
    unsigned vote_shift;  /* 64 - log2(number of slots) */
    struct whosaid_rules *next; /* the next language's rules; whosaid_rules_load returns the first */
    struct rules_builder *builder; /* what builds the chain's languages, owned by its first rules */
    atomic_int built;    /* 1 once the fields above are built: read with acquire (rules_ready) */
};

/* r with every field built: a language's rules are read from its files the first time a
 * document is read with them, once, whichever of the threads that share the rules asks first
 * (the others wait for it). NULL when out of memory. The built-in files cannot fail otherwise
 * (the tests build every language); with --rules DIR every language is built when the rules
 * load, so that a file's error names it at start-up. */
const whosaid_rules *rules_build(const whosaid_rules *r);
static inline const whosaid_rules *rules_ready(const whosaid_rules *r) {
    return atomic_load_explicit(&r->built, memory_order_acquire) ? r : rules_build(r);
}
/* For tools/word_sets.c: reads the rule files of r, unbuilt, of built-in rules, as build_lang
 * reads them where no table is built in (its first names and the shared base too), and calls
 * each with every set they fill that builtin_word_sets holds; the first nonzero each returns,
 * or -1 where the files cannot be read (err tells why). */
/* For tools/word_sets.c and the tests: makes lx, empty, the lexicon of r's word sets word by
 * word, as build_lang makes it where no lexicon is built in, and sets *valued as
 * builtin_lexicon.valued; -1 without memory. */
int rules_lexicon_of_sets(const whosaid_rules *r, lexicon *lx, uint64_t *valued);
int rules_each_read_set(whosaid_rules *r, int (*each)(size_t offset, const wordset *set, void *arg), void *arg, char *err,
                        size_t errlen);

/* The value in first->lang_votes of a word of one to LEX_SHORT_MAX ASCII letters whose
 * word_head is head, or -1. */
static inline int rules_vote_short(const whosaid_rules *first, uint64_t head) {
    for (size_t i = (size_t)((head * WORD_HASH_K) >> first->vote_shift);; i = (i + 1) & first->vote_mask) {
        const lex_short_slot *slot = &first->vote_slots[i];
        if (!slot->head) return -1;
        if (slot->head == head) return (int)slot->mask;
    }
}

/* pcre2_match of the language's verb pattern (r->verb_re, not NULL) at subject[start] with
 * md: interpreted for its first matches, JIT-compiled once it has been matched as many
 * times as compiling it costs, whichever thread gets there (most languages of an input
 * that is mostly in one are matched a few times or none). */
int rules_match_verb(const whosaid_rules *r, PCRE2_SPTR subject, size_t len, size_t start, pcre2_match_data *md);

/* The rules of a language ("fr"), or NULL when there are none. */
const whosaid_rules *rules_for_lang(const whosaid_rules *r, const char *lang);

/* Does the word s[0, n) end like a plural noun (rules/plural-endings.txt)? */
/* The gender a noun shows (rules/<lang>/gendered-nouns.txt, case aside; where every noun is
 * capitalised, a compound by its last part), or 0. */
int rules_gendered(const whosaid_rules *r, const char *s, size_t n);
/* The value of the word s[0, n) in set (case aside), or where every noun is capitalised
 * (features.txt "capitalised-nouns") of its last part ("Nachrichtenagentur", "Presse-Agentur"
 * for "agentur"), or -1. */
int rules_compound_in(const whosaid_rules *r, const wordset *set, const char *s, size_t n);
int rules_plural(const whosaid_rules *r, const char *s, size_t n);
/* Does the word s[0, n) end as an adverb does (rules/adverb-endings.txt: "quickly")? */
int rules_adverb_ending(const whosaid_rules *r, const char *s, size_t n);
/* May a word of the set end as s[0, n) does, by its last byte (either case)? The quick "no"
 * of the endings' look-ups, inline: the grammar asks them of most words it reads, and most
 * words end in a byte no ending of the set has. */
static inline int rules_may_end_in(const wordset *set, const char *s, size_t n) {
    if (!n) return 0;
    unsigned char last = (unsigned char)s[n - 1];
    return set->last_bytes[last / 64] >> (last % 64) & 1;
}
/* A word's last two bytes a, b (ASCII letters in either case) as a bit of wordset.last_pairs. */
static inline unsigned wordset_pair_bit(unsigned char a, unsigned char b) {
    unsigned la = a >= 'A' && a <= 'Z' ? a + 32u : a, lb = b >= 'A' && b <= 'Z' ? b + 32u : b;
    return (la * 37u + lb) % (8 * 64);
}
/* May a word of the set of two bytes or more end in the bytes a, b (either case)? */
static inline int rules_may_end_in_pair(const wordset *set, unsigned char a, unsigned char b) {
    unsigned bit = wordset_pair_bit(a, b);
    return set->last_pairs[bit / 64] >> (bit % 64) & 1;
}
/* rules_ends_in and rules_longest_ending once rules_may_end_in has said yes. */
int rules_ends_in_lookup(const wordset *endings, const char *s, size_t n);
int rules_longest_ending_lookup(const wordset *endings, const char *s, size_t n);
/* Does the word s[0, n) end in one of the endings (a word shorter than the ending does not)? */
static inline int rules_ends_in(const wordset *endings, const char *s, size_t n) {
    return rules_may_end_in(endings, s, n) && rules_ends_in_lookup(endings, s, n);
}
/* For endings read by add_endings ("s", and "-ss" for an exception): 1 when the longest ending
 * of s[0, n) that the set holds is no exception, else 0. */
static inline int rules_longest_ending(const wordset *endings, const char *s, size_t n) {
    /* (an ending leaves a letter before it) */
    return n >= 2 && rules_may_end_in(endings, s, n) ? rules_longest_ending_lookup(endings, s, n) : 0;
}
/* The length of s[0, n) without the longest of its endings (read by add_words) that leaves a
 * word of set, or a compound that ends in one (rules_compound_in): "Landratsamts" ->
 * "Landratsamt", "Bundesministeriums" -> "Bundesministerium"; n where none does. */
size_t rules_stem_in(const whosaid_rules *r, const wordset *endings, const wordset *set, const char *s, size_t n);
/* Does the word s[0, n) end as no name does (rules/not-name-endings.txt)? */
int rules_not_name_ending(const whosaid_rules *r, const char *s, size_t n);
/* The value in set of the word s[0, n) or, failing that, of the first of its parts that ASCII
 * hyphens join that the set holds (case aside as wordset_get_folded), or -1. */
int rules_part_in(const wordset *set, const char *s, size_t n);
/* What the text of a word tells of it as a title word, a bit each, case aside (ASCII letters;
 * capitals beyond ASCII as they are): an ending of title-endings.txt ("Epidemiologist"), a
 * part of a hyphenated word in titles.txt or title-modifiers.txt, an office's ordinal
 * (office-ordinals.txt), and the endings that make a word in lower case a title (a person
 * noun's, person-noun-endings.txt, "librarian"; a modifier's, title-modifier-endings.txt).
 * Only the bits of want are read; the others are 0. */
enum {
    TITLE_BY_ENDING = 1,
    TITLE_BY_PART = 2,
    TITLE_BY_ORDINAL = 4,
    TITLE_IN_LOWER_CASE = 8,
    TITLE_TRAITS_ALL = 15,
};
unsigned rules_title_traits_read(const whosaid_rules *r, const char *s, size_t n, unsigned want);
/* A pair of bytes as title_tail_pairs keys it: the five low bits of each, which tell the ASCII
 * letters apart without their case (other bytes share them: a pair that ends no ending may
 * then be read as one that might, which the look-ups answer). */
static inline unsigned rules_title_tail_pair(unsigned char a, unsigned char b) { return (unsigned)(a & 31) << 5 | (b & 31); }
/* Three bytes as title_tail_triples keys them: the five low bits of each, folded into twelve
 * bits (bytes that share a key are read as one that might end an ending, as above). */
static inline unsigned rules_title_tail_triple(unsigned char a, unsigned char b, unsigned char c) {
    unsigned key = (unsigned)(a & 31) << 10 | rules_title_tail_pair(b, c);
    return (key ^ key >> 12) & 4095;
}
/* May s[0, n) end in an ending of title_tail_bytes, title_tail_pairs or title_tail_triples? */
static inline int rules_title_tail_may_end(const whosaid_rules *r, const char *s, size_t n) {
    if (!n) return 0;
    unsigned char last = (unsigned char)s[n - 1];
    if (r->title_tail_bytes[last / 64] >> (last % 64) & 1) return 1;
    if (n < 2) return 0;
    unsigned pair = rules_title_tail_pair((unsigned char)s[n - 2], last);
    if (r->title_tail_pairs[pair / 64] >> (pair % 64) & 1) return 1;
    if (n < 3) return 0;
    unsigned triple = rules_title_tail_triple((unsigned char)s[n - 3], (unsigned char)s[n - 2], last);
    return r->title_tail_triples[triple / 64] >> (triple % 64) & 1;
}
/* Is s[0, n) in possessive-endings.txt (wordset_get >= 0)? A byte alone by its bit. */
static inline int rules_possessive_ending(const whosaid_rules *r, const char *s, size_t n) {
    if (n == 1) return r->possessive_one[(unsigned char)s[0] / 64] >> ((unsigned char)s[0] % 64) & 1;
    return wordset_get(&r->possessive_endings, s, n) >= 0;
}
/* Is byte b and an apostrophe ("s'") in possessive-endings.txt? */
static inline int rules_possessive_plural(const whosaid_rules *r, unsigned char b) {
    return r->possessive_plural[b / 64] >> (b % 64) & 1;
}
/* Inline, the quick "none" of most words: where the word's end fits no ending and no other
 * trait is asked (or the language has no office ordinals), no look-up. */
static inline unsigned rules_title_traits(const whosaid_rules *r, const char *s, size_t n, unsigned want) {
    if (!rules_title_tail_may_end(r, s, n)) want &= ~(unsigned)(TITLE_BY_ENDING | TITLE_IN_LOWER_CASE);
    if (!r->office_ordinals.len) want &= ~(unsigned)TITLE_BY_ORDINAL;
    return want ? rules_title_traits_read(r, s, n, want) : 0;
}
/* Is the word s[0, n), in lower case, a person noun by its ending ("librarian", "dentist"; not
 * "list" or "wrist")? */
int rules_person_noun_ending(const whosaid_rules *r, const char *s, size_t n);

int rules_mark_in_list(const whosaid_rules *r, int32_t cp);
/* The code point a mark of an ASCII character written twice ('') stands for: one beyond
 * Unicode, so that it pairs with itself only. */
#define DOUBLED_MARK(c) ((int32_t)0x110000 + (int32_t)(c))
/* Bit set of MARK_* for a code point; 0 for a character that is no quotation mark. */
static inline int rules_mark(const whosaid_rules *r, int32_t cp) {
    if (cp >= 0 && cp < 128) return r->ascii_marks[cp];
    if (cp >= 0x2000 && cp < 0x2070) return r->punctuation_marks[cp - 0x2000];
    if (cp >= 0x80 && cp < 0x100) return r->latin1_marks[cp - 0x80];
    return rules_mark_in_list(r, cp);
}
/* Whether close can end a quotation opened by open. */
int rules_marks_pair(const whosaid_rules *r, int32_t open, int32_t close);
/* The character at s[i] (i < end) as the quotation marks read it, into *cp: a doubled mark ('')
 * as DOUBLED_MARK of its character, anything else as its code point (-1 for a byte that is not
 * UTF-8). Returns its length in bytes. */
static inline size_t rules_mark_char(const whosaid_rules *r, const unsigned char *s, size_t end, size_t i, int32_t *cp) {
    if (s[i] < 0x80) {
        *cp = s[i];
        if (r->doubled_marks[s[i]] && i + 1 < end && s[i + 1] == s[i]) {
            *cp = DOUBLED_MARK(s[i]);
            return 2;
        }
        return 1;
    }
    return utf8_next(s, end, i, cp);
}

#endif
