/* people.h: name phrases (role + name, pronoun, role noun, description) and the registry of
 * the people one document names, so that a short form resolves to the fullest name. */
#ifndef WHOSAID_PEOPLE_H
#define WHOSAID_PEOPLE_H

#include "buf.h"
#include "document.h"
#include "rules.h"
#include "segment.h"
#include "words.h"

enum mention_kind {
    MENTION_NONE = 0,
    MENTION_NAME,        /* Thomas Greminger, State Secretary Zas */
    MENTION_PRONOUN,     /* he, she */
    MENTION_ROLE,        /* the President */
    MENTION_DESCRIPTION, /* a spokesperson for TransLink, police */
};

typedef struct {
    int kind;
    size_t start, end;           /* the whole mention, article included */
    size_t role_start, role_end; /* equal when there is no role */
    size_t name_start, name_end; /* equal when there is no name */
    size_t surname_start, surname_end;
    size_t name_tokens;
    int gender;
    int possessive; /* the phrase ends in ’s */
    size_t next_tok; /* index of the first token after the phrase */
} mention;

/* Parses a name phrase starting at toks[i]; kind MENTION_NONE when there is none. */
mention parse_mention(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);

/* Finds the phrase that ends just before toks[end] (exclusive), or MENTION_NONE. */
mention parse_mention_before(const document *d, const whosaid_rules *r, const token_vec *toks,
                             size_t from, size_t end);

typedef struct {
    size_t name_start, name_end;        /* the fullest name met */
    size_t surname_start, surname_end;
    size_t first_start, first_end;      /* first name, or empty */
    size_t role_start, role_end;        /* the fullest role met */
    int gender;
} person;

typedef struct {
    size_t pos;
    size_t person;
    int subject; /* first in its sentence, or right before a reporting verb */
} person_mention;

typedef VEC(size_t) size_vec;

/* Indexes over the registry (people_index.c), so that a look-up costs what its candidates
 * cost, not the whole document: documents with thousands of names and quotations stay linear. */
typedef struct {
    size_t start, len; /* a key's bytes in the document */
} person_key;

typedef struct {
    VEC(person_key) keys;
    size_t *slots; /* key index + 1; 0 is empty */
    size_t cap;
    int fold;      /* keys compare as strncasecmp (ASCII case folded), else byte for byte */
} key_map;

#define PEOPLE_GENDERS 4 /* gender values indexed; any other falls back to a scan */

typedef struct {
    key_map surnames;
    size_vec surname_head;  /* per surname: the newest person with it */
    size_vec person_prev;   /* per person: the previous person with the same surname */
    /* filled by people_index_finish once the registry is complete */
    int ready;                 /* mentions are in document order and the lists below are built */
    size_vec pm_first, pm_list;     /* mentions of person p: pm_list[pm_first[p] .. pm_first[p + 1]) */
    key_map role_words;                /* each space-separated word of a person's role */
    size_vec rw_first, rw_list;     /* mentions of the people holding role word k, in order */
    size_vec rk_first, rk_list;     /* scratch: role words of person p */
    size_vec subjects;              /* mentions that are subjects */
    size_vec by_gender[PEOPLE_GENDERS], subj_by_gender[PEOPLE_GENDERS];
} people_index;

typedef struct {
    VEC(person) people;
    VEC(person_mention) mentions; /* in document order */
    people_index idx;
} registry;

/* Fills the registry from every name phrase in the document. */
int registry_build(registry *reg, const document *d, const whosaid_rules *r, const segments *seg,
                   token_vec *scratch);
void registry_free(registry *reg);

#define NO_PERSON ((size_t)-1)

/* The person a name mention stands for (NO_PERSON if none): a full name, or a short form
 * whose surname is known, preferring the person named most recently before m.start. */
size_t registry_resolve_name(const registry *reg, const document *d, const mention *m);
/* The person holding the role a role noun names, most recently mentioned before pos. */
size_t registry_resolve_role(const registry *reg, const document *d, const whosaid_rules *r,
                             const mention *m);
/* The person most recently mentioned as a subject before pos whose gender does not
 * contradict gender (any mention when no subject fits); *at is that mention's position. */
size_t registry_recent(const registry *reg, size_t pos, int gender, size_t *at);

/* The index of the first mention at or after pos (0 when the index is not built). */
size_t registry_mention_at(const registry *reg, size_t pos);

/* people_index.c: the indexes. _clear empties them for a new document; _add_person files a new
 * person under its surname; _first_with_surname and the person_prev chain list the people
 * with a surname, newest first; _finish builds the rest once every mention is in. */
void people_index_clear(people_index *idx);
int people_index_add_person(people_index *idx, const document *d, size_t p, size_t surname_start, size_t surname_end);
size_t people_index_first_with_surname(const people_index *idx, const document *d, size_t start, size_t end);
int people_index_finish(registry *reg, const document *d);
void people_index_free(people_index *idx);
/* For role word text[start, end): the mentions of people holding it, as a sorted list; *n 0
 * when nobody does. Returns NULL when the index cannot answer (the caller scans instead). */
const size_t *people_index_role_mentions(const registry *reg, const document *d, size_t start, size_t end,
                                         size_t *n);
/* The number of entries of the sorted mention list that stand before pos. */
size_t people_index_count_before(const registry *reg, const size_t *list, size_t n, size_t pos);

#endif
