/* people.c: the name-phrase grammar and the per-document registry of people.
 *
 * A name phrase is an optional article, then role words (capitalised words, lower-case title
 * words, connectors such as "of", possessives inside an organisation's name), ending in a
 * name: the trailing run of capitalised words that are not titles, organisation words or
 * honorifics. When that run follows a connector ("... of Belarus Alexander Lukashenko"), its
 * first words belong to the organisation, so the name keeps the last two. */
#include "people.h"

#include <string.h>
#include <strings.h>

/* No role + name phrase is longer (in tokens): runs of capitalised words, as in a headline or a
 * list, are read in bounded steps, which keeps the parsers linear in the document. */
#define MAX_PHRASE_TOKENS 64

static int word_is(const document *d, const token *t, const char *w) {
    size_t n = strlen(w);
    if (t->stem_end - t->start != n) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = d->text[t->start + i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[i]) return 0;
    }
    return 1;
}

/* Articles and the determiners that start a description ("one person", "another official"). */
static int is_article(const document *d, const token *t) {
    static const char *const words[] = {"the", "a", "an", "one", "another", "some", "several", "two", "three", "many"};
    if (!(t->flags & TOK_WORD) || (t->flags & TOK_POSS)) return 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (word_is(d, t, words[i])) return 1;
    return 0;
}

static int is_connector(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) && !(t->flags & TOK_POSS) && token_in(d, t, &r->connectors) >= 0;
}

static int is_title(const document *d, const whosaid_rules *r, const token *t) {
    if (token_part_in(d, t, &r->titles) >= 0) return 1;
    /* occupations ending in -ologist (Epidemiologist, Criminologist) are never names */
    size_t n = t->stem_end - t->start;
    return n > 7 && !strncasecmp((const char *)d->text + t->stem_end - 7, "ologist", 7);
}

static int is_honorific(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_CAP) && token_in(d, t, &r->honorifics) >= 0;
}

/* May the token stand inside a role or name? */
static int phrase_word(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & TOK_WORD)) return 0;
    if (t->flags & (TOK_CAP | TOK_INITIAL | TOK_POSS)) return 1;
    if (t->flags & TOK_LOWER) return is_title(d, r, t) || is_connector(d, r, t);
    return 0;
}

/* May the token be part of a person's name? */
static int name_word(const document *d, const whosaid_rules *r, const token *t) {
    if (!(t->flags & (TOK_CAP | TOK_INITIAL)) || (t->flags & (TOK_ALLCAPS | TOK_POSS))) return 0;
    if (t->flags & TOK_INITIAL) return 1;
    return !is_title(d, r, t) && token_in(d, t, &r->organisations) < 0 &&
           token_in(d, t, &r->not_names) < 0 && !is_honorific(d, r, t);
}

static int is_pronoun(const document *d, const whosaid_rules *r, const token *t, int *gender) {
    if (!(t->flags & TOK_WORD) || (t->flags & TOK_POSS)) return 0;
    int g = token_in(d, t, &r->pronouns);
    if (g < 0) return 0;
    *gender = g;
    return 1;
}

/* Splits the phrase words toks[j, e) into role and name. */
static void split_role_name(const document *d, const whosaid_rules *r, const token_vec *toks, size_t j,
                            size_t e, mention *m) {
    const token *t = toks->items;
    size_t a = e;
    while (a > j && name_word(d, r, &t[a - 1])) a--;
    int after_connector = a < e && a > j && is_connector(d, r, &t[a - 1]);
    if (after_connector && e - a == 1) a = e; /* "the President of Ruritania": a place */
    if (a < e) {
        size_t len = e - a;
        size_t keep = after_connector ? 2 : 3;
        if (len > keep) {
            a = e - keep;
            if (keep == 2 && (t[a].flags & TOK_INITIAL) && a > j) a--;
        }
        m->kind = MENTION_NAME;
        m->name_start = t[a].start;
        m->name_end = t[e - 1].stem_end;
        m->surname_start = t[e - 1].start;
        m->surname_end = t[e - 1].stem_end;
        m->name_tokens = e - a;
    } else {
        m->kind = MENTION_ROLE;
    }
    /* the role: what stands before the name, less honorifics and dangling connectors */
    size_t rs = j, re = a;
    while (rs < re && (is_honorific(d, r, &t[rs]) || is_connector(d, r, &t[rs]))) {
        int g = token_in(d, &t[rs], &r->honorifics);
        if (g > 0) m->gender = g;
        rs++;
    }
    while (re > rs && (is_honorific(d, r, &t[re - 1]) || is_connector(d, r, &t[re - 1]) ||
                       is_article(d, &t[re - 1]))) {
        int g = token_in(d, &t[re - 1], &r->honorifics);
        if (g > 0) m->gender = g;
        re--;
    }
    if (re > rs) {
        m->role_start = t[rs].start;
        m->role_end = (m->kind == MENTION_ROLE) ? t[re - 1].stem_end : t[re - 1].end;
    } else if (m->kind == MENTION_ROLE) {
        m->kind = MENTION_NONE; /* only honorifics and connectors */
    }
}

mention parse_mention(const document *d, const whosaid_rules *r, const token_vec *toks, size_t i) {
    mention m = {0};
    const token *t = toks->items;
    size_t n = toks->len;
    if (i >= n || !(t[i].flags & TOK_WORD)) return m;
    int g;
    if (is_pronoun(d, r, &t[i], &g)) {
        m.kind = MENTION_PRONOUN;
        m.start = t[i].start;
        m.end = t[i].stem_end;
        m.gender = g;
        m.next_tok = i + 1;
        return m;
    }
    size_t j = i;
    int article = is_article(d, &t[i]);
    if (article) j++;
    else if ((t[i].flags & TOK_CAP) && token_in(d, &t[i], &r->not_names) >= 0) return m;
    size_t k = j, last = j; /* last: one past the last word that may end the phrase */
    int possessive_end = 0;
    while (k < n && k < j + MAX_PHRASE_TOKENS && phrase_word(d, r, &t[k])) {
        if (t[k].flags & TOK_POSS) {
            /* inside an organisation ("the country’s Security Council") or ending the phrase */
            if (k + 1 < n && (t[k + 1].flags & TOK_CAP) && phrase_word(d, r, &t[k + 1])) {
                k++;
                continue;
            }
            if (t[k].flags & TOK_LOWER) break; /* "country’s" cannot end a name phrase */
            last = k + 1;
            possessive_end = 1;
            break;
        }
        if (is_connector(d, r, &t[k]) || is_article(d, &t[k])) {
            /* connectors join two parts of a role ("of the Republic"), never a name to a
             * date or a place after it ("Gregor Pahl on Friday") */
            size_t m = k;
            while (m < n && m < k + MAX_PHRASE_TOKENS && (is_connector(d, r, &t[m]) || is_article(d, &t[m]))) m++;
            if (m >= n || !(t[m].flags & TOK_CAP) || token_in(d, &t[m], &r->not_names) >= 0 ||
                (k > j && name_word(d, r, &t[k - 1]) && !(t[k - 1].flags & TOK_POSS) &&
                 !is_title(d, r, &t[k - 1]) && k - j >= 2 && name_word(d, r, &t[k - 2])))
                break;
        } else {
            last = k + 1;
        }
        k++;
    }
    if (last > j) {
        m.start = t[i].start;
        split_role_name(d, r, toks, j, last, &m);
        if (m.kind == MENTION_NONE) return m;
        m.end = possessive_end ? t[last - 1].stem_end : t[last - 1].end;
        if (m.kind == MENTION_NAME) m.end = m.name_end;
        m.next_tok = last;
        /* the President’s statement: the possessor of a document noun is the speaker */
        m.possessive = possessive_end;
        if (possessive_end && last < n && (t[last].flags & TOK_LOWER) && token_in(d, &t[last], &r->document_nouns) >= 0)
            m.next_tok = last + 1;
        return m;
    }
    if (!article) return m;
    /* a description: an article and a few words up to punctuation or a verb */
    size_t e = j;
    while (e < n && e < j + 6 && (t[e].flags & TOK_WORD) && token_in(d, &t[e], &r->verbs) < 0) e++;
    while (e > j && is_connector(d, r, &t[e - 1])) e--;
    if (e == j) return m;
    m.kind = MENTION_DESCRIPTION;
    m.start = t[i].start;
    m.end = t[e - 1].stem_end;
    m.next_tok = e;
    return m;
}

mention parse_mention_before(const document *d, const whosaid_rules *r, const token_vec *toks,
                             size_t from, size_t end) {
    mention none = {0};
    const token *t = toks->items;
    if (end <= from) return none;
    int g;
    if (is_pronoun(d, r, &t[end - 1], &g)) return parse_mention(d, r, toks, end - 1);
    size_t k = end;
    /* a phrase from further back would end before end: parse_mention reads at most
     * MAX_PHRASE_TOKENS words after an article, and a document noun */
    while (k > from && k + MAX_PHRASE_TOKENS + 2 > end && (phrase_word(d, r, &t[k - 1]) || is_article(d, &t[k - 1]))) k--;
    for (size_t s = k; s < end; s++) {
        if (is_connector(d, r, &t[s]) && !is_article(d, &t[s])) continue;
        mention m = parse_mention(d, r, toks, s);
        if (m.kind != MENTION_NONE && m.next_tok == end) return m;
    }
    return none;
}

/* ---- the registry ---- */

static int same_text(const document *d, size_t a0, size_t a1, size_t b0, size_t b1) {
    return a1 - a0 == b1 - b0 && memcmp(d->text + a0, d->text + b0, a1 - a0) == 0;
}

static size_t find_person(const registry *reg, const document *d, const mention *m, size_t first_s,
                          size_t first_e) {
    /* the newest person with the surname whose first name does not contradict */
    for (size_t p = people_index_first_with_surname(&reg->idx, d, m->surname_start, m->surname_end);
         p != NO_PERSON; p = reg->idx.person_prev.items[p]) {
        const person *ps = &reg->people.items[p];
        if (first_e > first_s && ps->first_end > ps->first_start &&
            !same_text(d, ps->first_start, ps->first_end, first_s, first_e))
            continue;
        return p;
    }
    return NO_PERSON;
}

static void first_name(const document *d, const mention *m, size_t *s, size_t *e) {
    *s = *e = 0;
    if (m->name_tokens < 2) return;
    size_t i = m->name_start;
    while (i < m->name_end && d->text[i] != ' ' && d->text[i] != 0xC2 && d->text[i] != '\t' &&
           d->text[i] != '\n')
        i++;
    *s = m->name_start;
    *e = i;
}

static int register_mention(registry *reg, const document *d, const mention *m, int subject) {
    size_t fs, fe;
    first_name(d, m, &fs, &fe);
    size_t p = find_person(reg, d, m, fs, fe);
    if (p == NO_PERSON) {
        if (m->name_tokens < 2 && m->role_end == m->role_start && !m->gender) return 0;
        person np = {m->name_start, m->name_end, m->surname_start, m->surname_end, fs, fe, 0, 0, m->gender};
        if (m->role_end > m->role_start) {
            np.role_start = m->role_start;
            np.role_end = m->role_end;
        }
        if (VEC_PUSH(&reg->people, np) != 0) return -1;
        p = reg->people.len - 1;
        if (people_index_add_person(&reg->idx, d, p, np.surname_start, np.surname_end) != 0) return -1;
    } else {
        person *ps = &reg->people.items[p];
        if (m->name_end - m->name_start > ps->name_end - ps->name_start) {
            ps->name_start = m->name_start;
            ps->name_end = m->name_end;
            ps->first_start = fs;
            ps->first_end = fe;
        }
        if (m->role_end - m->role_start > ps->role_end - ps->role_start) {
            ps->role_start = m->role_start;
            ps->role_end = m->role_end;
        }
        if (!ps->gender) ps->gender = m->gender;
    }
    person_mention pm = {m->start, p, subject};
    return VEC_PUSH(&reg->mentions, pm);
}

int registry_build(registry *reg, const document *d, const whosaid_rules *r, const segments *seg,
                   token_vec *toks) {
    reg->people.len = reg->mentions.len = 0;
    people_index_clear(&reg->idx);
    for (size_t s = 0; s < seg->sents.len; s++) {
        if (tokenize(d, r, seg->sents.items[s].start, seg->sents.items[s].end, toks) != 0) return -1;
        int first = 1;
        for (size_t i = 0; i < toks->len;) {
            const token *t = &toks->items[i];
            if (!(t->flags & TOK_CAP) && !is_article(d, t)) {
                i++;
                continue;
            }
            mention m = parse_mention(d, r, toks, i);
            if (m.kind == MENTION_NAME) {
                int before_verb = m.next_tok < toks->len && token_in(d, &toks->items[m.next_tok], &r->verbs) >= 0;
                if (register_mention(reg, d, &m, first || before_verb) != 0) return -1;
                if (reg->mentions.len) first = 0;
                i = m.next_tok > i ? m.next_tok : i + 1;
            } else {
                i++;
            }
        }
    }
    return people_index_finish(reg, d);
}

void registry_free(registry *reg) {
    VEC_FREE(&reg->people);
    VEC_FREE(&reg->mentions);
    people_index_free(&reg->idx);
}

size_t registry_mention_at(const registry *reg, size_t pos) {
    if (!reg->idx.ready) return 0;
    size_t lo = 0, hi = reg->mentions.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (reg->mentions.items[mid].pos < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The person among candidates mentioned last before pos (or, failing that, first after). */
static size_t most_recent(const registry *reg, size_t pos, int (*ok)(const person *, const void *),
                          const void *arg) {
    size_t after = NO_PERSON;
    for (size_t i = reg->mentions.len; i-- > 0;) {
        const person_mention *pm = &reg->mentions.items[i];
        if (!ok(&reg->people.items[pm->person], arg)) continue;
        if (pm->pos < pos) return pm->person;
        after = pm->person;
    }
    return after;
}

typedef struct {
    const document *d;
    const mention *m;
    size_t fs, fe;
} name_query;

static int name_matches(const person *p, const void *arg) {
    const name_query *q = arg;
    if (!same_text(q->d, p->surname_start, p->surname_end, q->m->surname_start, q->m->surname_end)) return 0;
    return !(q->fe > q->fs && p->first_end > p->first_start &&
             !same_text(q->d, p->first_start, p->first_end, q->fs, q->fe));
}

size_t registry_resolve_name(const registry *reg, const document *d, const mention *m) {
    name_query q = {d, m, 0, 0};
    first_name(d, m, &q.fs, &q.fe);
    if (!reg->idx.ready) return most_recent(reg, m->start, name_matches, &q);
    /* among the people with the surname: the one mentioned last before m, else first after */
    size_t before = NO_PERSON, after = NO_PERSON; /* mention indexes */
    for (size_t p = people_index_first_with_surname(&reg->idx, d, m->surname_start, m->surname_end);
         p != NO_PERSON; p = reg->idx.person_prev.items[p]) {
        if (!name_matches(&reg->people.items[p], &q)) continue;
        const size_t *list = reg->idx.pm_list.items + reg->idx.pm_first.items[p];
        size_t n = reg->idx.pm_first.items[p + 1] - reg->idx.pm_first.items[p];
        if (!n) continue;
        size_t c = people_index_count_before(reg, list, n, m->start);
        if (c && (before == NO_PERSON || list[c - 1] > before)) before = list[c - 1];
        if (!c && (after == NO_PERSON || list[0] < after)) after = list[0];
    }
    size_t best = before != NO_PERSON ? before : after;
    return best == NO_PERSON ? NO_PERSON : reg->mentions.items[best].person;
}

typedef struct {
    const document *d;
    size_t head_start, head_end;
} role_query;

static int holds_role(const person *p, const void *arg) {
    const role_query *q = arg;
    size_t n = q->head_end - q->head_start;
    for (size_t i = p->role_start; i + n <= p->role_end; i++) {
        if (strncasecmp((const char *)q->d->text + i, (const char *)q->d->text + q->head_start, n) != 0) continue;
        int left = i == p->role_start || q->d->text[i - 1] == ' ';
        int right = i + n == p->role_end || q->d->text[i + n] == ' ';
        if (left && right) return 1;
    }
    return 0;
}

size_t registry_resolve_role(const registry *reg, const document *d, const whosaid_rules *r,
                             const mention *m) {
    (void)r;
    /* the head of the role: its last word */
    size_t e = m->role_end, s = e;
    while (s > m->role_start && d->text[s - 1] != ' ') s--;
    if (e <= s) return NO_PERSON;
    size_t n;
    const size_t *list = people_index_role_mentions(reg, d, s, e, &n);
    if (list) {
        if (!n) return NO_PERSON;
        size_t c = people_index_count_before(reg, list, n, m->start);
        return reg->mentions.items[c ? list[c - 1] : list[0]].person;
    }
    role_query q = {d, s, e};
    return most_recent(reg, m->start, holds_role, &q);
}

static int gender_fits(const person *p, const void *arg) {
    int g = *(const int *)arg;
    return !g || !p->gender || p->gender == g;
}

size_t registry_recent(const registry *reg, size_t pos, int gender, size_t *at) {
    const people_index *idx = &reg->idx;
    if (idx->ready && gender >= 0 && gender < PEOPLE_GENDERS) {
        /* the latest subject before pos whose gender fits (0 or the one asked for), else the
         * latest mention that fits */
        for (int want_subject = 1; want_subject >= 0; want_subject--) {
            size_t best = NO_PERSON;
            if (!gender) {
                size_t end = registry_mention_at(reg, pos);
                size_t c = people_index_count_before(reg, idx->subjects.items, idx->subjects.len, pos);
                if (!want_subject && end) best = end - 1;
                if (want_subject && c) best = idx->subjects.items[c - 1];
            } else {
                const size_vec *fit[2] = {want_subject ? &idx->subj_by_gender[0] : &idx->by_gender[0],
                                          want_subject ? &idx->subj_by_gender[gender] : &idx->by_gender[gender]};
                for (int k = 0; k < 2; k++) {
                    size_t c = people_index_count_before(reg, fit[k]->items, fit[k]->len, pos);
                    if (c && (best == NO_PERSON || fit[k]->items[c - 1] > best)) best = fit[k]->items[c - 1];
                }
            }
            if (best != NO_PERSON) {
                *at = reg->mentions.items[best].pos;
                return reg->mentions.items[best].person;
            }
        }
        return NO_PERSON;
    }
    size_t end = reg->mentions.len;
    while (end > 0 && reg->mentions.items[end - 1].pos >= pos) end--;
    for (int want_subject = 1; want_subject >= 0; want_subject--)
        for (size_t i = end; i-- > 0;) {
            const person_mention *pm = &reg->mentions.items[i];
            if ((!want_subject || pm->subject) && gender_fits(&reg->people.items[pm->person], &gender)) {
                *at = pm->pos;
                return pm->person;
            }
        }
    return NO_PERSON;
}
