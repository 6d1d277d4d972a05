/* cues.h: the reporting phrase next to each quotation ("said X", "X said:", "according to X",
 * "the President’s statement read") and the name phrase it introduces. */
#ifndef WHOSAID_CUES_H
#define WHOSAID_CUES_H

#include <pcre2.h>

#include "people.h"
#include "quotes.h"

enum cue_form {
    CUE_NONE = 0,
    CUE_AFTER,  /* after the quotation: “…,” said X / “…,” X said */
    CUE_BEFORE, /* before it: X said: “…” / According to X, “…” */
    CUE_COLON,  /* a name phrase and a colon, no verb: X: “…” */
};

typedef struct {
    int form;
    size_t verb_start, verb_end; /* the reporting word or phrase; equal for CUE_COLON */
    mention who;
} cue;

typedef struct {
    /* the window's tokens, read only: a view of a sentence the registry kept whole, or of own */
    token_vec toks;
    /* the tokens of a window read anew or cut from a kept sentence (and the registry's scratch
     * while it reads: stages.c) */
    token_vec own;
    VEC(size_t) verb_end; /* per token: 0, or the index of the first token after a verb there */
    index_vec verbs;      /* the tokens where verb_end is set, in order: the window's verbs */
    /* per token, whether the verb there reports speech, once reported.c has asked (0: not yet,
     * 1: no, 2: yes): its clause search asks it of the same verbs again and again. Cleared with
     * verb_end for each window; written where the window is read only, as a token keeps what
     * tok_title found, since the answer depends on the window's tokens alone. */
    VEC(unsigned char) reports_known;
    pcre2_match_data *match;
} cue_scratch;

/* Tokenizes text[a, b) into s->toks and marks where reporting verbs start and end
 * (s->verb_end): the first TOKEN_WINDOW tokens of a longer stretch. */
int cue_window(const document *d, const whosaid_rules *r, cue_scratch *s, size_t a, size_t b);
/* The same for sentence sn, text[a, b), from the tokens the registry kept of it (with the
 * answers kept for them), or tokenized anew where it kept none. */
int cue_window_of(const document *d, const whosaid_rules *r, cue_scratch *s, const kept_tokens *kept, size_t sn,
                  size_t a, size_t b);
/* The same for the stretch before a quotation, of which the last TOKEN_WINDOW are read. */
int cue_window_before(const document *d, const whosaid_rules *r, cue_scratch *s, size_t a, size_t b);
/* The subject of the reporting verb at token v of the window: a name, pronoun, role noun or
 * description before it ("Keller said", "X, a doctor, said", "police said"), or MENTION_NONE
 * when it stands further back ("… and said"). */
mention cue_subject_before(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v);
/* May m speak: someone, and, as a subject (subject nonzero), not the object of a preposition
 * ("in each state say")? */
int cue_speaker_like(const document *d, const whosaid_rules *r, const cue_scratch *s, const mention *m, int subject);

/* "pour sa part", "de son côté": a preposition, a possessive and a noun in lower case at t[k], an
 * aside that may stand between an auxiliary and its participle as an adverb does. The index of
 * the token after it, or k when there is none. */
size_t cue_aside_end(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k);
/* The subject of the sentence's main clause, for a verb at token v that has none of its own
 * ("…, his mother refused …, insisting that …", "Sanders compared himself to Clinton, saying"):
 * the phrase after an opening subordinate clause or prepositional phrase ("When his family
 * moved back, …", "At the debate, …") or at the sentence's start. MENTION_NONE when none. */
mention cue_main_subject(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v);
/* "Kevin Asheford of the Digital Liberty Project, said": where a name that ends at t[e] works,
 * a preposition of affiliation and an organisation's capitalised words, up to a comma. Returns
 * the comma's index, or e where no such phrase follows. */
size_t cue_affiliation_end(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t e);
/* What the relative pronoun at toks[rel] stands for: the phrase right before it ("many voters
 * who said"), or before its comma, past an apposition to a name ("Sen. Mark Warner, the
 * ranking Democrat on the committee, who said", "Shauna Keeper, 34, who said"). A name after
 * a preposition is one too ("backed by Thomas Perez, who said"). MENTION_NONE when there is
 * none. */
mention cue_relative_antecedent(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t rel);
/* "el secretario de Infraestructura, Conectividad y Movilidad del estado, Rogelio Anzures", "the
 * Minister of Health, Welfare and Sport, Jan Smit": a role whose complement ends in capitalised
 * words at the comma after m may go on with more such words, commas between them and a
 * conjunction before the last, before a name in apposition; m grows to cover them, up to the
 * comma before the name (m->next_tok). Returns 1 when so. */
int cue_coordinate_complement(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m);
/* Where the sentence toks[a, k) starts past a dateline ("OTTAWA —", "ORLANDO, Fla. (Reuters) -",
 * "MADRID, 3 dic (EFE).-"): the token after its dash, or a. */
size_t after_dateline(const token *t, size_t a, size_t k);
/* Words of a second clause's subject between its conjunction and its verb, at most ("… and
 * Lohmar said", "… but economists say"). */
enum { SECOND_SUBJECT_WORDS = 3 };
/* ", aunque advirtió", ", pero ha dicho": does a word that links clauses, after a comma, stand
 * right before the verb group at toks[g], where the language leaves the subject out
 * (features.txt "null-subject"), so that the main clause's subject is the verb's? */
int cue_linked_clause(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t g);
/* A cue that starts at token i of the window, the way one follows a quotation: ", said X",
 * ", X said", "according to X". 1 and the cue in *c, or 0. */
int cue_after_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i, cue *c);
/* The phrase after an inverted verb ending at token k ("said Monmouth University political
 * scientist Patrick Murray", "according to police"). */
mention cue_phrase_after_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k);

/* Finds the cue of each direct quotation; out has one entry per quotation. The windows around
 * them are read from the sentences' tokens in kept where the registry kept them. */
int find_cues(const document *d, const whosaid_rules *r, const segments *seg, const kept_tokens *kept,
              quote_vec *quotes, cue *out, cue_scratch *scratch);

/* A quotation without a cue that starts in lower case right after a word of the writer's own
 * sentence ("… to participate in “routine social conversations,” and …") is a fragment the
 * writer quotes, not a statement someone makes: its type becomes WHOSAID_PARTIAL. A word or
 * two with the comma inside, inside a sentence and without a cue (“ambassador,” “attack,”),
 * becomes WHOSAID_SCARE. */
void mark_partial_quotes(const document *d, const segments *seg, quote_vec *quotes, const cue *cues);

int cue_scratch_init(cue_scratch *s, const whosaid_rules *r);
void cue_scratch_free(cue_scratch *s);

#endif
