/* people.h: name phrases (role + name, pronoun, role noun, description) and the registry of
 * the people one document names, so that a short form resolves to the fullest name. */
#ifndef WHOSAID_PEOPLE_H
#define WHOSAID_PEOPLE_H

#include "buf.h"
#include "document.h"
#include "quotes.h"
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
    int titled;     /* the role holds a title word (Senator, minister) */
    int definite;   /* a role noun without an article or with "the": someone known */
    int org;        /* a role phrase that names an organisation ("the World Bank", "CNN") */
    int weak;       /* a name that is also a common word ("May"): a speaker only if the
                       registry knows someone of that surname */
    size_t head_start, head_end; /* a description's or role's head noun ("mother" in "the
                                    34-year-old mother of three"), or equal */
    size_t next_tok; /* index of the first token after the phrase */
} mention;

/* Parses a name phrase starting at toks[i]; kind MENTION_NONE when there is none. */
/* A surname that is also a common word ("May", "Young") standing alone at toks[i]: a weak name
 * mention, or MENTION_NONE. */
mention parse_weak_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);
mention parse_mention(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i);

/* The description that opens the clause ending just before toks[end] and runs up to it, over
 * prepositional phrases: "a woman in the audience at a campaign event in New Hampshire
 * asked". MENTION_NONE when there is none. */
mention parse_clause_subject(const document *d, const whosaid_rules *r, const token_vec *toks, size_t from,
                             size_t end);

/* Finds the phrase that ends just before toks[end] (exclusive), or MENTION_NONE. */
mention parse_mention_before(const document *d, const whosaid_rules *r, const token_vec *toks,
                             size_t from, size_t end);

enum { ENTITY_PERSON = 0, ENTITY_ORG = 1 };

/* A person, or an organisation ("the World Bank", "CNN"): whoever can be quoted. */
typedef struct {
    size_t name_start, name_end;        /* the fullest name met */
    size_t surname_start, surname_end;  /* an organisation's: its whole name without article */
    size_t first_start, first_end;      /* first name, or empty */
    size_t role_start, role_end;        /* the fullest role met */
    int gender;
    int evidence;          /* a first name, honorific, title, apposition or cue shows it speaks */
    int personal;          /* a first name, honorific, title or gendered pronoun shows a person */
    int kind;              /* ENTITY_PERSON or ENTITY_ORG */
    int role_apposed;      /* the role comes from an apposition ("X, the culture minister,") */
    size_t next_same_hash; /* the next person in the same surname-index bucket chain */
    size_t next_same_first; /* the next person with a first name in the same first-name bucket */
} person;

enum { SUBJECT_FIRST = 1, SUBJECT_OF_VERB = 2 };

typedef struct {
    size_t pos, end;
    size_t person;
    size_t sent, para;
    unsigned char subject;    /* SUBJECT_FIRST in its sentence, SUBJECT_OF_VERB right before a reporting verb */
    unsigned char quoted;     /* inside a direct quotation: someone the speaker talks about */
    unsigned char possessive; /* "Parker's plea" */
    unsigned char oblique;    /* after a preposition: "Unlike Al Mnajer, he …", "met with Tremblay" */
} person_mention;

typedef struct {
    person_mention at;
    size_t surname_start, surname_end;
    int shown;
} short_mention;

typedef struct {
    const whosaid_rules *rules;
    VEC(person) people;
    VEC(person_mention) mentions; /* in document order */
    VEC(short_mention) shorts;    /* surnames met before their full name; resolved at the end */
    VEC(person_mention) merged;   /* scratch for merging them in */
    VEC(size_t) by_person;        /* mention indices ordered by person, then position */
    VEC(size_t) first_of_person;  /* per person: its first entry in by_person */
    VEC(size_t) buckets;          /* people hashed by surname, NO_PERSON where empty */
    VEC(size_t) first_buckets;    /* people hashed by first name ("Maria said") */
} registry;

/* Fills the registry from every name phrase in the document; quotes say which mentions lie
 * inside quotations. */
int registry_build(registry *reg, const document *d, const whosaid_rules *r, const segments *seg,
                   const quote_vec *quotes, token_vec *scratch);
/* Whoever a cue names is a person, whatever the name looks like. */
void registry_mark_speaker(registry *reg, const document *d, const mention *m);
void registry_free(registry *reg);

#define NO_PERSON ((size_t)-1)

/* The person a name mention stands for (NO_PERSON if none): a full name, or a short form
 * whose surname is known, preferring the person named most recently before m.start. */
size_t registry_resolve_name(const registry *reg, const document *d, const mention *m);
/* The person holding the role a role noun names, most recently mentioned before m.start. */
size_t registry_resolve_role(const registry *reg, const document *d, const mention *m);
/* The person a pronoun (or an unnamed subject) at pos most likely stands for: in the nearest
 * sentence before pos that names someone of a fitting gender outside quotations, its subject
 * or else its last such person; not before byte floor. Only people the text shows to be
 * people, unless any_full_name and there is none. *at is that mention's position. */
size_t registry_antecedent(const registry *reg, size_t pos, size_t floor, int gender, int any_full_name,
                           size_t *at);
/* ---- salience: whom a pronoun or a description stands for ---- */

/* A query: who, named before pos (in sentence sent, not before byte floor), may a pronoun or
 * description there stand for? */
typedef struct {
    size_t pos, sent, floor;
    int gender;          /* GENDER_* the referent must fit; GENDER_UNKNOWN: any */
    int any_full_name;   /* failing people the text shows to be people, anyone with a full name */
    size_t prev_speaker; /* the previous quotation's speaker, or NO_PERSON */
    size_t prev_sent;    /* the sentence that quotation opens in */
    int kind;            /* ENTITY_PERSON ("he", "the owner") or ENTITY_ORG ("it", "the company") */
    size_t window;       /* how many sentences back; 0: the default */
    int personal;        /* only people the text shows to be people (for "the owner") */
} salience_query;

typedef struct {
    size_t person;
    float score;
    size_t last_pos; /* of its latest mention counted */
    size_t sent;     /* while scoring: the sentence being counted, and the best weight in it */
    float sent_best;
} candidate;

enum { RANKED_MAX = 4 };
typedef struct {
    candidate top[RANKED_MAX]; /* best first */
    size_t n;
} ranking;

/* Ranks the people a pronoun or description may stand for, by salience: each mention in the
 * sentences before counts by its part in its sentence (the subject of a reporting verb most,
 * then a sentence's subject, then any other; a possessor less), halved with every sentence
 * back; the previous quotation's speaker counts as a subject there. Returns the best person or
 * NO_PERSON; out (may be NULL) gets the best few with their scores, for --trace. */
size_t registry_rank(const registry *reg, const salience_query *q, ranking *out);

/* Is someone other than person p named as a subject (outside quotations) in text[from, to)? */
int registry_other_named(const registry *reg, size_t p, size_t from, size_t to);

#endif
