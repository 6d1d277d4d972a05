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

/* ENTITY_GROUP: people a plural description names ("Les agriculteurs sont inquiets."), whom only a
 * plural pronoun stands for (features.txt "plural-groups") */
enum { ENTITY_PERSON = 0, ENTITY_ORG = 1, ENTITY_GROUP = 2 };

/* A person, or an organisation ("the World Bank", "CNN"): whoever can be quoted. Offsets and
 * indices are 32 bits, as everything a document keeps (document.h). */
typedef struct {
    uint32_t name_start, name_end;        /* the fullest name met */
    uint32_t surname_start, surname_end;  /* an organisation's: its whole name without article */
    uint32_t first_start, first_end;      /* first name, or empty */
    uint32_t role_start, role_end;        /* the fullest role met */
    /* the role's second slice, written after a comma: the organisation whose role it is where a
     * possessive gave it ("Son directeur, X,": the company named before, its name's span), or the
     * post in apposition after a one-word occupation ("Le politologue X, chargé de cours à
     * l'UCLouvain,"); role_org_for is the role_start it belongs to */
    uint32_t role_org_start, role_org_end, role_org_for;
    uint32_t kind_start, kind_end; /* an organisation's kind given before its name ("the carmaker
                                    * Veloris": "carmaker"), or empty */
    unsigned char gender;
    unsigned char evidence;     /* a first name, honorific, title, apposition or cue shows it speaks */
    unsigned char personal;     /* a first name, honorific, title or gendered pronoun shows a person */
    unsigned char kind;         /* ENTITY_PERSON, ENTITY_ORG or ENTITY_GROUP */
    unsigned char role_apposed; /* the role comes from an apposition ("X, the culture minister,") */
    unsigned char decade;       /* the decade of an age in apposition ("Franck Delorme, 47 ans,": 4), or 0 */
    unsigned char role_epithet; /* the role comes from a description after the name ("… Henrike
                                 * Aschenbrenner. Die Direktorin des Museums hat …"), which a role
                                 * beside a name outweighs */
    unsigned char modifiers;    /* a description of someone new named with the modifiers after it
                                 * ("Una madre que viajó desde Soacha"): names.c description_runs_to */
    unsigned char first_apart;  /* the first name stands apart from the rest of the name, which
                                 * another's first name opens ("Bruno y Matías Lanusse": Bruno's
                                 * name is first_start..first_end, a space, name_start..name_end) */
    unsigned char first_alone;  /* named by a first name alone that an apposition introduced
                                 * ("Marc, un navetteur de Ciney,"), whose surname is that word */
    uint32_t next_same_hash;    /* the next person in the same surname-index bucket chain */
    uint32_t next_same_first;   /* the next person with a first name in the same first-name bucket */
    uint32_t mentions;          /* how often named so far: the one a bare shared surname means */
} person;

enum { SUBJECT_FIRST = 1, SUBJECT_OF_VERB = 2 };

/* 20 bytes: a text of names has a mention every few bytes. */
typedef struct {
    uint32_t pos, end;
    uint32_t person;
    uint32_t sent;
    unsigned char subject;    /* SUBJECT_FIRST in its sentence, SUBJECT_OF_VERB right before a reporting verb */
    unsigned char quoted;     /* inside a direct quotation: someone the speaker talks about */
    unsigned char possessive; /* "Parker's plea" */
    unsigned char oblique;    /* after a preposition: "Unlike Al Mnajer, he …", "met with Tremblay";
                               * OPENING_AGENT where it is the agent of a reporting verb's participle
                               * that opens the sentence ("Interrogé par la présidente, X, il …") */
} person_mention;

enum { OPENING_AGENT = 2 };

typedef struct {
    person_mention at;
    uint32_t surname_start, surname_end;
    int shown;
    int org; /* "Microsoft said Tuesday it would …": an "it" after its verb shows an organisation */
    size_t surname_hash; /* text_hash of the surname, as register_name found it */
} short_mention;

/* "Le syndicat intercommunal", "vom Fahrgastverband Pro Schiene Bayern": an organisation a
 * description names after an article (names.c org_description_at), outside quotations, for a
 * possessive after it to stand for where no name the registry holds is the organisation's */
typedef struct {
    uint32_t start, end; /* the description without its article */
    uint32_t sent;
    unsigned char subject; /* it opens its clause, or stands right after its verb */
    unsigned char joined;  /* a conjunction joins it to another body: only "deren" stands for it */
} org_description;

typedef struct {
    const whosaid_rules *rules;
    VEC(person) people;
    VEC(person_mention) mentions; /* in document order */
    VEC(short_mention) shorts;    /* surnames met before their full name; resolved at the end */
    VEC(uint32_t) by_person;        /* mention indices ordered by person, then position */
    VEC(uint32_t) first_of_person;  /* per person: its first entry in by_person */
    VEC(uint32_t) buckets;          /* people hashed by surname, NO_PERSON where empty */
    VEC(uint32_t) first_buckets;    /* people hashed by first name ("Maria said") */
    VEC(uint32_t) hyphenated;       /* people whose surname holds a hyphen ("Wüthrich-Baumann") */
    VEC(org_description) org_descriptions; /* in document order; read where possessives say whose */
} registry;

/* Fills the registry from every name phrase in the document; quotes say which mentions lie
 * inside quotations. As it reads every sentence's words once, it also lists in speech the
 * sentences that hold a reporting verb outside quotations, where reported speech may be, and
 * keeps the sentences' tokens in kept (kept_tokens). */
int registry_build(registry *reg, const document *d, const whosaid_rules *r, const segments *seg,
                   const quote_vec *quotes, token_vec *scratch, index_vec *speech, kept_tokens *kept);
/* Whoever a cue names is a person, whatever the name looks like. */
void registry_mark_speaker(registry *reg, const document *d, const mention *m);
void registry_free(registry *reg);

/* No one; the same value in a size_t and in the 32-bit indices the registry keeps. */
#define NO_PERSON ((size_t)UINT32_MAX)

/* How far back a look-up goes (in mentions): far enough for any news story's back-references,
 * and a bound that keeps a document of a million names linear. */
enum { REGISTRY_LOOKBACK = 256 };

/* Index of the first mention at or after byte pos. */
size_t registry_mentions_from(const registry *reg, size_t pos);

/* Where the head of the role text[a, b) ends: before its first connector ("president of the
 * Council"); b where none, so that a complement follows where it is less than b. */
size_t role_head_end(const whosaid_rules *r, const document *d, size_t a, size_t b);

/* The person a name mention stands for (NO_PERSON if none): a full name, or a short form
 * whose surname is known, preferring the person named most recently before m.start. */
size_t registry_resolve_name(const registry *reg, const document *d, const mention *m);
/* The person holding the role a role noun names, most recently mentioned before m.start. */
size_t registry_resolve_role(const registry *reg, const document *d, const mention *m);
/* The person a mention that starts at pos names, as the registry linked it when it read the
 * document (an epithet, a description a demonstrative opens); NO_PERSON where none starts there. */
size_t registry_person_named_at(const registry *reg, size_t pos);
/* "The mayor, who had pushed for a vote, said …" before "Mayor Andrea Kowalczyk told …": where
 * no one named before holds the role, the one person named in the next ROLE_AHEAD_SENTENCES
 * sentences after sentence sent who does (none where two do), or NO_PERSON. */
enum { ROLE_AHEAD_SENTENCES = 3 };
size_t registry_resolve_role_ahead(const registry *reg, const document *d, const mention *m, size_t sent);
/* "…, a déclaré la directrice générale du centre de services. Selon Nathalie Gervais, qui dirige
 * l'organisme, …": where no one holds the role a definite description of an office gives, the
 * first person named for the first time in the next ROLE_AHEAD_SENTENCES sentences after
 * sentence sent, where a relative clause after their name says who they are, they have no
 * title of their own and no gender differs; NO_PERSON where that person is someone else or none
 * is named. */
size_t registry_resolve_named_next(const registry *reg, const document *d, const mention *m, size_t sent);
/* The one person mentioned after byte pos, up to ROLE_AHEAD_SENTENCES after sentence sent, whom
 * fits(person, ctx) accepts (NO_PERSON where none or two do): the look-ahead of the above, for
 * other tests of who holds a role. */
size_t registry_one_ahead(const registry *reg, size_t pos, size_t sent, int (*fits)(const person *, const void *),
                          const void *ctx);
/* "el titular de Transportes" after "el ministro de Transportes, Óscar Puente": the person
 * named before whose role ends in the phrase's complement (of the gender given, unless 0), or
 * NO_PERSON. */
size_t registry_resolve_complement(const registry *reg, const document *d, const mention *m, int gender);
/* Is p a person whose name opens with a first name the rules know ("Hannes Eder", not
 * "Sportfreunde Castrop")? */
int registry_named_by_first_name(const registry *reg, const document *d, size_t p);
/* The person a pronoun (or an unnamed subject) at pos most likely stands for: in the nearest
 * sentence before pos that names someone of a fitting gender outside quotations, its subject
 * or else its last such person; not before byte floor. Only people the text shows to be
 * people, unless any_full_name and there is none. *at is that mention's position. */
size_t registry_antecedent(const registry *reg, size_t pos, size_t floor, int gender, int any_full_name,
                           size_t *at);
/* Is someone other than person p named as a subject (outside quotations) in text[from, to)? */
int registry_other_named(const registry *reg, size_t p, size_t from, size_t to);

#endif
