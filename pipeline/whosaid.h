/* whosaid.h: the public interface of libwhosaid, which finds the quotations of news text and who
 * said them (the command line `whosaid` and the Python module `whosaid` are built on it).
 *
 * Ownership, once for the whole API: what whosaid_rules_load and whosaid_new return belongs to
 * the caller, who frees it with whosaid_rules_free and whosaid_free. Everything else the library
 * hands out belongs to the library: a record, and every slice in its values, only until the
 * callback it was passed to returns; names and messages (whosaid_strerror, whosaid_field_name,
 * whosaid_type_name, whosaid_version) for ever. The library keeps no pointer to anything the
 * caller passes in once the call returns, except the rules an extractor is made with, which must
 * outlive the extractor.
 *
 * Threads: the library has no global mutable state. One whosaid_rules, once loaded, may be
 * shared by any number of threads, each with its own whosaid extractor (a built-in language's
 * rules are built when its first document comes, under a lock of their own, and read-only from
 * then on); an extractor is used by one thread at a time. The field and type tables, whosaid_strerror and
 * whosaid_version may be called from any thread at any time.
 *
 * Errors: functions that can fail return WHOSAID_OK (0) or one of the negative codes of enum
 * whosaid_error, each function listing the ones it can return; whosaid_strerror gives the
 * message. whosaid_rules_load and whosaid_new return NULL instead.
 *
 * Versions: WHOSAID_VERSION_* are the version of this header, whosaid_version() that of the
 * library the program runs with. A record is opaque and read through the field table, so a
 * newer library may add fields (always after the existing ones) and quotation types without
 * breaking programs built against an older header: such a program still finds every field it
 * knows by name, and sees the new ones only if it walks the table. The soname
 * (libwhosaid.so.1) changes only when a program built against an older header would break.
 */
#ifndef WHOSAID_H
#define WHOSAID_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WHOSAID_VERSION_MAJOR 0
#define WHOSAID_VERSION_MINOR 2
#define WHOSAID_VERSION_PATCH 0
#define WHOSAID_VERSION "0.2.0"
/* The version of the library in use, as "MAJOR.MINOR.PATCH". */
const char *whosaid_version(void);

/* Error codes: negative; whosaid_strerror gives a message for each (and for any other int). */
enum whosaid_error {
    WHOSAID_OK = 0,
    WHOSAID_ENOMEM = -1,   /* out of memory: the document's records are incomplete */
    WHOSAID_ETYPE = -2,    /* a quotation type this library does not know */
    WHOSAID_ELANG = -3,    /* a language this library has no rules for */
    WHOSAID_ESTOPPED = -4, /* the record callback returned nonzero */
    WHOSAID_EINVAL = -5,   /* a NULL where the function needs a value */
    WHOSAID_ETOOBIG = -6,  /* a document of 4 GiB (2^32 bytes) or more: nothing is done */
};
const char *whosaid_strerror(int code);

/* A non-owning view of bytes. ptr == NULL means "no value". */
typedef struct {
    const char *ptr;
    size_t len;
} whosaid_slice;

/* Kinds of quotation, as a bit set. A record's "type" field holds the name of one. */
enum whosaid_type {
    WHOSAID_DIRECT = 1u << 0,  /* "direct": a quotation in marks that reports speech */
    WHOSAID_SCARE = 1u << 1,   /* "scare": a word or two in marks inside a sentence, not speech */
    WHOSAID_TITLE = 1u << 2,   /* "title": a title of a work: Capitalised Words In Marks */
    WHOSAID_PARTIAL = 1u << 3, /* "partial": a fragment inside the writer's own sentence, with no
                                  cue of its own */
    WHOSAID_MIXED = 1u << 4,   /* "mixed": reported speech holding a quoted fragment; the span is
                                  the reported clause, marks and fragment included */
    WHOSAID_INDIRECT = 1u << 5, /* "indirect": reported speech without marks; the span is the
                                   reported clause, without "that" */
};
/* What a user asks for when asking nothing: speech, in marks or not. */
#define WHOSAID_DEFAULT_TYPES (WHOSAID_DIRECT | WHOSAID_MIXED | WHOSAID_INDIRECT)
/* The types of this header; a newer library may know more (whosaid_parse_types "all"). */
#define WHOSAID_ALL_TYPES \
    (WHOSAID_DIRECT | WHOSAID_SCARE | WHOSAID_TITLE | WHOSAID_PARTIAL | WHOSAID_MIXED | WHOSAID_INDIRECT)

/* The name of one type bit ("direct"), or NULL for a bit this library does not know. */
const char *whosaid_type_name(unsigned type);
/* Reads a comma-separated list of type names, or "all" for every type this library knows, into
 * a bit set. Returns WHOSAID_OK, WHOSAID_ETYPE (an unknown or empty name, or an empty list; *types
 * is then 0) or WHOSAID_EINVAL (a NULL argument). */
int whosaid_parse_types(const char *list, unsigned *types);

/* ---- Records: an opaque quotation, read through the table of its fields ----
 *
 * Fields are numbered from 0 in the order of the command line's JSON records (after its "doc"):
 *   quote, start, end, byte_start, byte_end, type, speaker, role, cue, mention, mention_start,
 *   mention_end, method, sentence, paragraph, closed, gender
 * A newer library adds fields after these, never between them, so a field's index and name stay
 * what they are; whosaid_field_index finds one by name. What the fields mean is in the README.
 * Offsets: byte offsets index the document as given; code-point offsets count one per valid
 * UTF-8 sequence and one per invalid byte. Strings are slices of the document as given (speaker
 * and role with each run of white space as one space; a role and the organisation a possessive
 * gave it joined by ", "; a German role's noun made from an adjective as a man's or a woman's is
 * cited alone, "Vorsitzender" for "der Vorsitzende"; an organisation's name that German text
 * gives after an article of another case, in the nominative: "des Deutschen Wetterdienstes" is
 * "Deutscher Wetterdienst"), so they may hold invalid UTF-8:
 * whosaid_valid_utf8 makes them valid the way the command line does.
 * "method" (how the speaker was found) is one of: "cue", "surname", "pronoun", "role-noun",
 * "colon", "continuation", "context"; null when the speaker is. */
typedef struct whosaid_record whosaid_record;

/* What kind of value a field holds; WHOSAID_NULL only in a value, for "no value". */
enum whosaid_kind { WHOSAID_NULL = 0, WHOSAID_STRING = 1, WHOSAID_INT = 2, WHOSAID_BOOL = 3 };

typedef struct {
    int kind;            /* enum whosaid_kind: the field's kind, or WHOSAID_NULL */
    whosaid_slice str;   /* WHOSAID_STRING */
    int64_t num;         /* WHOSAID_INT; WHOSAID_BOOL: 0 or 1 */
} whosaid_value;

/* The number of fields of this library's records. */
size_t whosaid_field_count(void);
/* A field's name ("quote"), or NULL when i >= whosaid_field_count(). */
const char *whosaid_field_name(size_t i);
/* A field's kind (WHOSAID_STRING, WHOSAID_INT or WHOSAID_BOOL), or WHOSAID_NULL past the end. */
int whosaid_field_kind(size_t i);
/* 1 when the field may be null in a record, else 0 (also past the end). */
int whosaid_field_nullable(size_t i);
/* The index of the field of that name, or -1 when there is none. */
int whosaid_field_index(const char *name);
/* A field's value in a record: of the field's kind, or WHOSAID_NULL when the record has no value
 * there (and for a NULL record, or i past the end). */
whosaid_value whosaid_record_get(const whosaid_record *record, size_t i);

/* Writes s[0, n) into out as valid UTF-8, each invalid byte as U+FFFD (three bytes), and
 * returns the number of bytes written. With out == NULL it only counts them: call it so first
 * to size out (at most 3 * n; n when s is valid UTF-8). */
size_t whosaid_valid_utf8(const char *s, size_t n, char *out);

/* ---- Rules and extractors ---- */

/* Rules: vocabulary compiled from rule files. dir == NULL loads the built-in rules.
 * On failure returns NULL and writes a message naming the file and line into err. */
typedef struct whosaid_rules whosaid_rules;
whosaid_rules *whosaid_rules_load(const char *dir, char *err, size_t errlen);
void whosaid_rules_free(whosaid_rules *rules);

/* An extractor: per-thread scratch space over shared rules (which must outlive it). NULL when
 * rules is NULL or memory is short. */
typedef struct whosaid whosaid;
whosaid *whosaid_new(const whosaid_rules *rules);
void whosaid_free(whosaid *ws);

/* The language of the documents the extractor processes from now on ("en", "fr", "de", "es",
 * or "und" for the shared rules alone: quotation marks, no reporting verbs), or NULL (as after
 * whosaid_new) to have it found for each document by a vote of each language's function words.
 * Returns WHOSAID_OK, WHOSAID_ELANG for a language this library has no rules for (the setting
 * is then unchanged), or WHOSAID_EINVAL (ws NULL). A record's "lang" field says which language
 * its document was read with. */
int whosaid_set_lang(whosaid *ws, const char *lang);

/* Called once per record; return nonzero to stop processing the document. */
typedef int (*whosaid_record_fn)(const whosaid_record *record, void *user);

/* Finds the quotations of one document (any bytes, NULs included) and calls fn for each of the
 * kinds in `types`, in document order. Returns WHOSAID_OK, WHOSAID_ENOMEM, WHOSAID_ESTOPPED,
 * WHOSAID_ETYPE (a bit of `types` this library does not know), WHOSAID_ETOOBIG (len of 2^32 or
 * more, before any record) or WHOSAID_EINVAL (ws or fn NULL, or text NULL with len > 0).
 * Memory: at most about 8 times len (less for news), whatever the text holds. */
int whosaid_process(whosaid *ws, const char *text, size_t len, unsigned types, whosaid_record_fn fn,
                    void *user);

/* Writes, for one document, what each stage saw (paragraphs, sentences, quotations with their
 * cues and attributions, the registry of people) as readable text, to explain a record.
 * Returns WHOSAID_OK, WHOSAID_ENOMEM, WHOSAID_ETOOBIG or WHOSAID_EINVAL (ws or file NULL, or
 * text NULL with len > 0). */
int whosaid_trace(whosaid *ws, const char *text, size_t len, void *file /* FILE * */);

#ifdef __cplusplus
}
#endif
#endif
