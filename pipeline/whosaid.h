/* whosaid.h: the public interface of libwhosaid.
 *
 * Ownership, once for the whole API: whatever a whosaid_*_new or _load function returns
 * belongs to the caller, who frees it with the matching whosaid_*_free. A record passed to a
 * callback, and every slice in it, belongs to the library and is valid only until the
 * callback returns. The library keeps no global mutable state: one whosaid_rules may be
 * shared read-only by many threads, each with its own whosaid extractor.
 */
#ifndef WHOSAID_H
#define WHOSAID_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WHOSAID_VERSION "0.1.0"

/* A non-owning view of bytes. ptr == NULL means "no value" (JSON null). */
typedef struct {
    const char *ptr;
    size_t len;
} whosaid_slice;

/* Kinds of quotation, as a bit set for whosaid_options.types. */
enum whosaid_type {
    WHOSAID_DIRECT = 1u << 0,  /* a quotation in marks that reports speech */
    WHOSAID_SCARE = 1u << 1,   /* a word or two in marks inside a sentence, not speech */
    WHOSAID_TITLE = 1u << 2,   /* a title of a work: Capitalised Words In Marks */
    WHOSAID_PARTIAL = 1u << 3, /* a fragment inside the writer's own sentence, with no cue of its own */
};
#define WHOSAID_ALL_TYPES (WHOSAID_DIRECT | WHOSAID_SCARE | WHOSAID_TITLE | WHOSAID_PARTIAL)

/* Error codes: negative, with whosaid_strerror() for a message. */
enum whosaid_error {
    WHOSAID_OK = 0,
    WHOSAID_ENOMEM = -1,
    WHOSAID_ERULES = -2,     /* a rule file is missing or malformed */
    WHOSAID_ETOOBIG = -3,    /* a document over the size limit */
    WHOSAID_ESTOPPED = -4,   /* the record callback asked to stop */
};
const char *whosaid_strerror(int code);

/* One quotation. Byte offsets index the document as given; code-point offsets count one
 * per valid UTF-8 sequence and one per invalid byte. */
typedef struct {
    whosaid_slice quote;          /* verbatim, without the enclosing marks */
    size_t start, end;            /* code points */
    size_t byte_start, byte_end;  /* bytes */
    const char *type;             /* "direct", "scare", "title" or "partial" */
    whosaid_slice speaker;        /* fullest name in the document, or a description */
    whosaid_slice role;
    whosaid_slice cue;
    whosaid_slice mention;
    size_t mention_start, mention_end;            /* code points; 0 when mention is null */
    size_t mention_byte_start, mention_byte_end;  /* bytes; 0 when mention is null */
    const char *method;           /* NULL when speaker is null */
    size_t sentence, paragraph;   /* 0-based, where the quotation starts */
    int closed;                   /* 0 when the closing mark is missing */
    const char *gender;           /* "female", "male" or NULL: what the text shows of the speaker */
} whosaid_record;

/* Rules: vocabulary compiled from rule files. dir == NULL loads the built-in rules.
 * On failure returns NULL and writes a message naming the file and line into err. */
typedef struct whosaid_rules whosaid_rules;
whosaid_rules *whosaid_rules_load(const char *dir, char *err, size_t errlen);
void whosaid_rules_free(whosaid_rules *rules);

/* An extractor: per-thread scratch space over shared rules (which must outlive it). */
typedef struct whosaid whosaid;
whosaid *whosaid_new(const whosaid_rules *rules);
void whosaid_free(whosaid *ws);

/* Return nonzero from the callback to stop processing the document. */
typedef int (*whosaid_record_fn)(const whosaid_record *record, void *user);

/* Finds the quotations of one document (any bytes, NULs included) and calls fn for each of
 * the kinds in `types`, in document order. Returns WHOSAID_OK or a negative error code. */
int whosaid_process(whosaid *ws, const char *text, size_t len, unsigned types,
                    whosaid_record_fn fn, void *user);

/* Writes, for one document, what each stage saw (paragraphs, sentences, quotations with
 * their cues and attributions, the registry of people) as readable text, to explain a record. */
int whosaid_trace(whosaid *ws, const char *text, size_t len, void *file /* FILE * */);

#ifdef __cplusplus
}
#endif
#endif
