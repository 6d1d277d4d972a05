/* whosaid.c: the library's front: runs one document through the stages and hands each
 * record to the caller; the version, the messages, the quotation types and the language. */
#include <stdlib.h>
#include <string.h>

#include "inflection.h"
#include "language.h"
#include "roles.h"
#include "scan.h"
#include "utf8.h"
#include "whosaid_internal.h"

const char *whosaid_version(void) { return WHOSAID_VERSION; }

const char *whosaid_strerror(int code) {
    switch (code) {
    case WHOSAID_OK: return "no error";
    case WHOSAID_ENOMEM: return "out of memory";
    case WHOSAID_ETYPE: return "unknown quotation type";
    case WHOSAID_ELANG: return "unsupported language";
    case WHOSAID_ESTOPPED: return "stopped by the caller";
    case WHOSAID_EINVAL: return "invalid argument";
    case WHOSAID_ETOOBIG: return "document too large (4 GiB or more)";
    default: return "unknown error";
    }
}

/* Every type this library knows, by bit: a new type is a line here (and its bit in whosaid.h). */
#define TYPE(bit, name) {bit, name, sizeof name - 1}
static const struct {
    unsigned bit;
    const char *name;
    size_t len; /* (a record writes it: its length counted here, not once a record) */
} types[] = {
    TYPE(WHOSAID_DIRECT, "direct"),
    TYPE(WHOSAID_SCARE, "scare"),
    TYPE(WHOSAID_TITLE, "title"),
    TYPE(WHOSAID_PARTIAL, "partial"),
    TYPE(WHOSAID_MIXED, "mixed"),
    TYPE(WHOSAID_INDIRECT, "indirect"),
};
#undef TYPE
#define NTYPES (sizeof types / sizeof *types)

static unsigned all_types(void) {
    unsigned all = 0;
    for (size_t i = 0; i < NTYPES; i++) all |= types[i].bit;
    return all;
}

const char *whosaid_type_name(unsigned type) {
    for (size_t i = 0; i < NTYPES; i++)
        if (types[i].bit == type) return types[i].name;
    return NULL;
}

whosaid_slice type_name_slice(unsigned type) {
    for (size_t i = 0; i < NTYPES; i++)
        if (types[i].bit == type) return slice_of(types[i].name, types[i].len);
    return slice_of(NULL, 0);
}

int whosaid_parse_types(const char *list, unsigned *out) {
    if (!list || !out) return WHOSAID_EINVAL;
    unsigned set = 0;
    for (const char *s = list; *s;) {
        size_t n = strcspn(s, ",");
        size_t k = 0;
        while (k < NTYPES && !(strlen(types[k].name) == n && !strncmp(s, types[k].name, n))) k++;
        if (k < NTYPES) set |= types[k].bit;
        else if (n == 3 && !strncmp(s, "all", 3)) set |= all_types();
        else {
            *out = 0; /* an unknown or empty name */
            return WHOSAID_ETYPE;
        }
        s += n;
        if (*s == ',') s++;
    }
    *out = set;
    return set ? WHOSAID_OK : WHOSAID_ETYPE;
}

int whosaid_set_lang(whosaid *ws, const char *lang) {
    if (!ws) return WHOSAID_EINVAL;
    if (!lang) {
        ws->forced = NULL;
        return WHOSAID_OK;
    }
    const whosaid_rules *r = rules_for_lang(ws->rules, lang);
    if (!r) return WHOSAID_ELANG;
    ws->forced = r;
    return WHOSAID_OK;
}

whosaid *whosaid_new(const whosaid_rules *rules) {
    if (!rules) return NULL;
    whosaid *ws = calloc(1, sizeof *ws);
    if (!ws) return NULL;
    ws->rules = ws->doc_rules = rules;
    ws->kept.memo = &ws->memo;
    if (cue_scratch_init(&ws->scratch, rules) != 0) {
        free(ws);
        return NULL;
    }
    return ws;
}

void whosaid_free(whosaid *ws) {
    if (!ws) return;
    document_free(&ws->doc);
    segments_free(&ws->seg);
    VEC_FREE(&ws->quotes);
    VEC_FREE(&ws->said);
    cue_store_free(&ws->quote_cues);
    cue_store_free(&ws->said_cues);
    registry_free(&ws->reg);
    cue_scratch_free(&ws->scratch);
    VEC_FREE(&ws->speech);
    VEC_FREE(&ws->kept.toks);
    VEC_FREE(&ws->kept.from);
    VEC_FREE(&ws->kept.len);
    VEC_FREE(&ws->memo.at);
    VEC_FREE(&ws->memo.found);
    VEC_FREE(&ws->part);
    VEC_FREE(&ws->part_cues);
    VEC_FREE(&ws->zeroed);
    VEC_FREE(&ws->held);
    VEC_FREE(&ws->held_cues);
    buf_free(&ws->speaker);
    buf_free(&ws->nominative);
    buf_free(&ws->role_cited);
    buf_free(&ws->role);
    free(ws);
}

/* Appends text[a, b) with each run of white space (NBSP, line breaks) as one space to out;
 * -1 when out of memory. */
static int fold_append(buf *out, const document *d, size_t a, size_t b) {
    int space = 0;
    for (size_t i = a; i < b;) {
        int32_t cp;
        size_t n = utf8_next(d->text, b, i, &cp);
        if (cp >= 0 && uc_is_space(cp)) {
            space = 1;
        } else {
            if (space && out->len && buf_putc(out, ' ') != 0) return -1;
            space = 0;
            /* the ASCII letters and marks after it go with it in one copy */
            n = scan_ascii_word(d->text, i + n, b) - i;
            if (buf_append(out, (const char *)d->text + i, n) != 0) return -1;
        }
        i += n;
    }
    return 0;
}

/* text[a, b) folded as fold_append folds it, in out or (most often, where there is nothing to
 * fold) in the text itself; -1 when out of memory. */
static int fold(buf *out, const document *d, size_t a, size_t b, whosaid_slice *s) {
    out->len = 0;
    *s = slice_of(NULL, 0);
    if (b <= a) return 0;
    /* most: words and single spaces between them, the text as it stands (a character beyond
     * ASCII that is no space, "’" of "Lee’s", "é", fold_append copies as it is too) */
    size_t k = a;
    while ((k = scan_ascii_word(d->text, k, b)) < b) {
        if (d->text[k] == ' ' && k > a && k + 1 < b && d->text[k - 1] != ' ') {
            k++;
            continue;
        }
        if (d->text[k] < 0x80) break; /* other white space, or a control character */
        int32_t cp;
        size_t n = utf8_next(d->text, b, k, &cp);
        if (cp >= 0 && uc_is_space(cp)) break;
        k += n;
    }
    if (k == b) {
        *s = slice_of((const char *)d->text + a, b - a);
        return 0;
    }
    if (fold_append(out, d, a, b) != 0) return -1;
    *s = slice_of(out->data, out->len);
    return 0;
}

/* The record's role: as the text gives it, and after a comma the role's second slice where the
 * registry holds one: the organisation whose role a possessive made it ("directeur, Granulats de
 * l’Iroise"; people.c note_possessor), or the post in apposition after a one-word occupation
 * ("politologue, chargé de cours à l'UCLouvain"); -1 when out of memory. */
static int record_role(whosaid *ws, const attribution *a, whosaid_slice *s) {
    size_t end = role_end_without_rank(&ws->doc, ws->doc_rules, a->role_start, a->role_end);
    end = role_end_without_time(&ws->doc, ws->doc_rules, a->role_start, end);
    end = role_end_in_nominative(&ws->doc, ws->doc_rules, a->role_start, end);
    size_t start = role_start_without_possessive(&ws->doc, ws->doc_rules, a->role_start, end);
    const person *ps = a->person != NO_PERSON ? &ws->reg.people.items[a->person] : NULL;
    if (fold(&ws->role, &ws->doc, start, end, s) != 0) return -1;
    /* "der Vorsitzende" as a man's role is cited alone: "Vorsitzender" (inflection.h) */
    int cited = s->ptr ? role_in_nominative(ws->doc_rules, s->ptr, s->len, a->gender, &ws->role_cited) : 0;
    if (cited < 0) return -1;
    if (cited) *s = slice_of(ws->role_cited.data, ws->role_cited.len);
    if (!ps || ps->role_org_end <= ps->role_org_start || ps->role_org_for != a->role_start ||
        ps->role_start != a->role_start || end <= a->role_start)
        return 0;
    /* (the role as written or cited, then the organisation's name) */
    buf *out = cited ? &ws->role_cited : &ws->role;
    if (!cited && s->ptr != ws->role.data) { /* (a slice of the text: copied before it grows) */
        ws->role.len = 0;
        if (buf_append(&ws->role, s->ptr, s->len) != 0) return -1;
    }
    if (buf_append(out, ", ", 2) != 0 || fold_append(out, &ws->doc, ps->role_org_start, ps->role_org_end) != 0) return -1;
    *s = slice_of(out->data, out->len);
    return 0;
}

/* Is the speaker one person's office alone, no article before it, as a cue that takes its
 * article's case leaves it ("laut einer Gerichtssprecherin": "Gerichtssprecherin", a woman)? */
static int office_alone(const whosaid *ws, const attribution *a, whosaid_slice speaker) {
    if (a->gender != GENDER_MALE && a->gender != GENDER_FEMALE) return 0;
    size_t w = 0;
    while (w < speaker.len && speaker.ptr[w] != ' ') w++;
    return w == speaker.len || wordset_get_folded(&ws->doc_rules->articles, speaker.ptr, w) < 0;
}

/* Bytes before a speaker's name that record_speaker reads for its article, at most. */
enum { ARTICLE_SCAN_BYTES = 12 };

/* The speaker as written, white space folded; an organisation's name that the text gives in
 * another case as it is cited alone ("des Deutschen Wetterdienstes": Deutscher Wetterdienst,
 * inflection.h), by the article before it. */
static int record_speaker(whosaid *ws, const attribution *a, whosaid_slice *s) {
    const person *ps = a->person != NO_PERSON ? &ws->reg.people.items[a->person] : NULL;
    /* "Bruno" of "Bruno y Matías Lanusse": the first name, then the words they share */
    if (ps && ps->first_apart && a->speaker_start == ps->name_start && a->speaker_end == ps->name_end) {
        buf *out = &ws->speaker;
        out->len = 0;
        if (fold_append(out, &ws->doc, ps->first_start, ps->first_end) != 0 || buf_putc(out, ' ') != 0 ||
            fold_append(out, &ws->doc, ps->name_start, ps->name_end) != 0)
            return -1;
        *s = slice_of(out->data, out->len);
        return 0;
    }
    if (fold(&ws->speaker, &ws->doc, a->speaker_start, a->speaker_end, s) != 0) return -1;
    if (!ws->doc_rules->name_case_articles.len || (ps && ps->kind == ENTITY_PERSON && ps->personal)) return 0;
    /* (the word right before the name, in ASCII letters as the articles of the languages that
     * decline names are written, within a few bytes: a run of blanks or letters is not read
     * back once per record) */
    size_t e = a->speaker_start, b, floor = e > ARTICLE_SCAN_BYTES ? e - ARTICLE_SCAN_BYTES : 0;
    while (e > floor && uc_is_space((unsigned char)ws->doc.text[e - 1])) e--;
    for (b = e; b > floor && ((ws->doc.text[b - 1] >= 'a' && ws->doc.text[b - 1] <= 'z') ||
                              (ws->doc.text[b - 1] >= 'A' && ws->doc.text[b - 1] <= 'Z'));)
        b--;
    if (b == floor && floor > 0) return 0;
    /* ("das hessische Innenministerium teilte mit": the article opens the speaker, whose name
     * is cited without it, "hessisches Innenministerium") */
    size_t own = 0;
    while (own < s->len && own < ARTICLE_SCAN_BYTES && s->ptr[own] != ' ') own++;
    int opens = own < s->len && own < ARTICLE_SCAN_BYTES &&
                wordset_get_folded(&ws->doc_rules->name_case_articles, s->ptr, own) >= 0;
    const char *article = opens ? s->ptr : (const char *)ws->doc.text + b;
    size_t skip = opens ? own + 1 : 0;
    int rc = name_in_nominative(ws->doc_rules, article, opens ? own : e - b, s->ptr + skip, s->len - skip, &ws->nominative);
    if (rc > 0) *s = slice_of(ws->nominative.data, ws->nominative.len);
    return rc < 0 ? -1 : 0;
}

/* whosaid_process, told by checked whether the caller has checked that the text is UTF-8. */
static int process(whosaid *ws, const char *text, size_t len, unsigned types, whosaid_record_fn fn, void *user,
                   int checked) {
    if (!ws || !fn || (!text && len)) return WHOSAID_EINVAL;
    if (types & ~all_types()) return WHOSAID_ETYPE;
    ws->doc.checked_utf8 = checked;
    int rc = whosaid_run_stages(ws, text ? text : "", len);
    ws->doc.checked_utf8 = 0; /* (were the stages stopped before the document was read) */
    if (rc != WHOSAID_OK) return rc;
    whosaid_walk w;
    whosaid_walk_start(ws, &w);
    while (whosaid_walk_next(ws, &w)) {
        if (!(w.q->type & types) || w.q->asked) continue;
        const attribution *a = &w.a;
        /* a quotation that an incise inside its marks cues is two records, the speech before
         * the incise and the speech after it, as one that the attribution interrupts between
         * two pairs of marks is */
        quote before = *w.q, after = *w.q;
        int split = w.q->resume > w.q->aside;
        if (split) {
            before.end = before.aside;
            after.start = after.resume;
            after.sent = (uint32_t)segments_sentence_at(&ws->seg, after.start);
        }
        whosaid_record rec = {ws, split ? &before : w.q, a, {NULL, 0}, {NULL, 0}};
        if (a->speaker_end > a->speaker_start &&
            (record_speaker(ws, a, &rec.speaker) != 0 ||
             record_role(ws, a, &rec.role) != 0))
            return WHOSAID_ENOMEM;
        /* a description or an organisation that speaks as written ("a Democratic strategist",
         * "Nova Scotia Health") is no role of its own; one person's office is ("laut einer
         * Gerichtssprecherin": "Gerichtssprecherin", a woman) */
        if (rec.role.len == rec.speaker.len && rec.role.len && !memcmp(rec.role.ptr, rec.speaker.ptr, rec.role.len) &&
            !office_alone(ws, a, rec.speaker))
            rec.role = slice_of(NULL, 0);
        if (fn(&rec, user) != 0) return WHOSAID_ESTOPPED;
        if (split) {
            rec.q = &after;
            if (fn(&rec, user) != 0) return WHOSAID_ESTOPPED;
        }
    }
    return WHOSAID_OK;
}

int whosaid_process(whosaid *ws, const char *text, size_t len, unsigned types, whosaid_record_fn fn,
                    void *user) {
    return process(ws, text, len, types, fn, user, 0);
}

int whosaid_process_checked(whosaid *ws, const char *text, size_t len, unsigned types, whosaid_record_fn fn,
                            void *user) {
    return process(ws, text, len, types, fn, user, 1);
}
