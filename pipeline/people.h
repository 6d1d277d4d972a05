/* people.h: the registry of the people and organisations one document names, so that a short
 * form ("Greminger", "Maria", "the mayor") resolves to the fullest name. */
#ifndef WHOSAID_PEOPLE_H
#define WHOSAID_PEOPLE_H

#include "buf.h"
#include "document.h"
#include "quotes.h"
#include "rules.h"
#include "segment.h"
#include "words.h"
#include "names.h"

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
    size_t mentions;       /* how often named so far: the one a bare shared surname means */
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
 * inside quotations. As it reads every sentence's words once, it also lists in speech the
 * sentences that hold a reporting verb outside quotations, where reported speech may be. */
int registry_build(registry *reg, const document *d, const whosaid_rules *r, const segments *seg,
                   const quote_vec *quotes, token_vec *scratch, index_vec *speech);
/* Whoever a cue names is a person, whatever the name looks like. */
void registry_mark_speaker(registry *reg, const document *d, const mention *m);
void registry_free(registry *reg);

#define NO_PERSON ((size_t)-1)

/* How far back a look-up goes (in mentions): far enough for any news story's back-references,
 * and a bound that keeps a document of a million names linear. */
enum { REGISTRY_LOOKBACK = 256 };

/* Index of the first mention at or after byte pos. */
size_t registry_mentions_from(const registry *reg, size_t pos);

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
/* Is someone other than person p named as a subject (outside quotations) in text[from, to)? */
int registry_other_named(const registry *reg, size_t p, size_t from, size_t to);

#endif
