/* trace.c: the --trace view: what every stage saw in one document. */
#include <stdio.h>

#include "whosaid_internal.h"

static void show(FILE *f, const document *d, size_t a, size_t b, size_t max) {
    fputc('"', f);
    size_t n = b > a ? b - a : 0;
    /* (cut before a character, not inside one: the trace stays UTF-8) */
    if (n > max)
        while (max > 0 && (d->text[a + max] & 0xC0) == 0x80) max--;
    for (size_t i = 0; i < n && i < max; i++) {
        unsigned char c = d->text[a + i];
        if (c == '\n') fputs("\\n", f);
        else if (c < 0x20) fprintf(f, "\\x%02x", c);
        else fputc(c, f);
    }
    fputs(n > max ? "…\"" : "\"", f);
}

/* A span as code points (as records give offsets) and, beside them, bytes. */
static void offsets(FILE *f, const document *d, size_t a, size_t b) {
    fprintf(f, "[%zu,%zu) bytes [%zu,%zu)", document_cp(d, a), document_cp(d, b), a, b);
}

/* What every mark and flag below stands for, once at the top of each document. */
static void legend(FILE *f) {
    fputs("# offsets: [start,end) in code points, as records give them, then the same span in bytes\n"
          "# sentence: its paragraph; (reporting verb): a reporting verb outside quotations is in it\n"
          "# person: (apposition): the role stands beside the name, set off by commas; (organisation); "
          "(not shown to be a person): nothing in the text says it is one\n"
          "# mention flags, one place each: S the subject of its clause, Q inside a quotation, "
          "P possessive (\"Keller's\"), O the object of a preposition; - where not\n"
          "# quote: its type (fragment: a quoted fragment of the mixed clause around it, written as part of it); "
          "closed no: the closing mark is missing and the end was inferred; "
          "the sentences it spans\n"
          "# cue: after (the cue follows the quotation), before (it leads into it), colon (a name and a "
          "colon before it), none; mention kind: name, pronoun, role, description, none\n"
          "# speaker: method, as in records; candidate: whom a pronoun or description could stand for, "
          "best first, with its salience\n",
          f);
}

static const char *const genders[] = {"-", "male", "female"};
static const char *const kinds[] = {"none", "name", "pronoun", "role", "description"};
static const char *const forms[] = {"none", "after", "before", "colon"};

int whosaid_trace(whosaid *ws, const char *text, size_t len, void *file) {
    FILE *f = file;
    if (!ws || !f || (!text && len)) return WHOSAID_EINVAL;
    int rc = whosaid_run_stages(ws, text ? text : "", len);
    if (rc != WHOSAID_OK) return rc;
    const document *d = &ws->doc;
    legend(f);
    size_t next_speech = 0;
    for (size_t i = 0; i < ws->seg.sents.len; i++) {
        const sentence *s = &ws->seg.sents.items[i];
        int speech = next_speech < ws->speech.len && ws->speech.items[next_speech] == i;
        next_speech += speech;
        fprintf(f, "sentence %zu (paragraph %u)%s ", i, (unsigned)s->para, speech ? " (reporting verb)" : "");
        offsets(f, d, s->start, s->end);
        fputc(' ', f);
        show(f, d, s->start, s->end, 100);
        fputc('\n', f);
    }
    for (size_t i = 0; i < ws->reg.people.len; i++) {
        const person *p = &ws->reg.people.items[i];
        fprintf(f, "person %zu: name ", i);
        if (p->first_apart) { /* ("Bruno" of "Bruno y Matías Lanusse", and the name they share) */
            show(f, d, p->first_start, p->first_end, 40);
            fputc('+', f);
        }
        show(f, d, p->name_start, p->name_end, 80);
        fputs(" role ", f);
        show(f, d, p->role_start, p->role_end, 80);
        fprintf(f, "%s gender %s%s%s\n", p->role_apposed ? " (apposition)" : "", genders[p->gender <= GENDER_FEMALE ? p->gender : 0],
                p->kind == ENTITY_ORG ? " (organisation)" : "",
                p->evidence ? "" : " (not shown to be a person)");
    }
    /* every mention, with S subject, Q inside a quotation, P possessive, O after a preposition */
    for (size_t i = 0; i < ws->reg.mentions.len; i++) {
        const person_mention *m = &ws->reg.mentions.items[i];
        fprintf(f, "mention sentence %u ", (unsigned)m->sent);
        offsets(f, d, m->pos, m->end);
        fprintf(f, " person %u %s%s%s%s ", (unsigned)m->person, m->subject ? "S" : "-", m->quoted ? "Q" : "-",
                m->possessive ? "P" : "-", m->oblique ? "O" : "-");
        show(f, d, m->pos, m->end, 60);
        fputc('\n', f);
    }
    whosaid_walk w;
    whosaid_walk_start(ws, &w);
    for (size_t i = 0; whosaid_walk_next(ws, &w); i++) {
        const quote *q = w.q;
        const cue *c = &w.c;
        const attribution *a = &w.a;
        const char *type = whosaid_type_name(q->type);
        /* type 0: a fragment a mixed clause holds, written as part of it */
        fprintf(f, "quote %zu %s closed %s ", i, type ? type : q->type ? "?" : "fragment", q->closed ? "yes" : "no");
        offsets(f, d, q->start, q->end);
        fprintf(f, " sentences %u-%u ", (unsigned)q->sent, (unsigned)quote_end_sent(&ws->seg, q));
        show(f, d, q->start, q->end, 60);
        fprintf(f, "\n  cue %s verb ", forms[c->form]);
        if (c->verb_end > c->verb_start) {
            offsets(f, d, c->verb_start, c->verb_end);
            fputc(' ', f);
        }
        show(f, d, c->verb_start, c->verb_end, 40);
        fprintf(f, " mention %s ", kinds[c->who.kind]);
        if (c->who.kind != MENTION_NONE) {
            offsets(f, d, c->who.start, c->who.end);
            fputc(' ', f);
        }
        show(f, d, c->who.start, c->who.end, 80);
        fputs(" role ", f);
        show(f, d, c->who.role_start, c->who.role_end, 80);
        fprintf(f, "\n  speaker ");
        show(f, d, a->speaker_start, a->speaker_end, 80);
        fprintf(f, " method %s gender %s\n", a->method ? a->method : "-", genders[a->gender <= GENDER_FEMALE ? a->gender : 0]);
        /* whom a pronoun, a description or a verb without subject could stand for, best first */
        for (size_t k = 0; k < a->ranked.n; k++) {
            const person *p = &ws->reg.people.items[a->ranked.top[k].person];
            fprintf(f, "  candidate %zu: person %zu ", k + 1, a->ranked.top[k].person);
            show(f, d, p->name_start, p->name_end, 60);
            fprintf(f, " salience %.3f\n", (double)a->ranked.top[k].score);
        }
    }
    return WHOSAID_OK;
}
