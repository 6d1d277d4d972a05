/* attribute.c: for each quotation, its own cue wins; then continuation (no cue of its own,
 * right after a quotation of a known speaker, with nobody else named between); then the
 * context: the person the sentences just before the quotation are about. The cue's phrase is
 * resolved through the registry to the fullest name and role. */
#include "attribute.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "roles.h"
#include "utf8.h"

static void set_person(const registry *reg, size_t p, attribution *a) {
    const person *ps = &reg->people.items[p];
    a->person = p;
    a->gender = ps->kind == ENTITY_PERSON && ps->gender <= GENDER_FEMALE ? ps->gender : GENDER_UNKNOWN;
    a->speaker_start = ps->name_start;
    a->speaker_end = ps->name_end;
    if (ps->role_end > ps->role_start) {
        a->role_start = ps->role_start;
        a->role_end = ps->role_end;
    }
}

static int same_span_text(const document *d, size_t a0, size_t a1, size_t b0, size_t b1) {
    return a1 - a0 == b1 - b0 && !memcmp(d->text + a0, d->text + b0, a1 - a0);
}

/* How many sentences back a definite description looks for whom it describes: "Farid Haddad has
 * run the bookshop for 30 years. “…,” the soft-spoken owner said." It looks for people the text
 * shows to be people only. */
enum { DESCRIPTION_SENTENCES = 3 };
/* …and how many a second noun for the one named before that shows a gender looks back, where
 * news so call them (features.txt "epithets"): "Bundesinnenministerin Nadine Faber …" then,
 * after two other people, "kündigte die SPD-Politikerin an" (no man named between counts). */
enum { GENDERED_EPITHET_SENTENCES = 8 };

/* Who a pronoun, a description or a verb with no subject at pos stands for, by salience: an
 * organisation or a person (of a gender, if known), the previous quotation's speaker counting
 * as a subject where it opened. window 0 looks the default number of sentences back. */
static size_t salient(const registry *reg, const segments *seg, size_t pos, int kind, int gender, int any_full_name,
                      size_t window, const attribution *prev, const quote *prevq, attribution *a) {
    salience_query q = {.pos = pos, .sent = segments_sentence_at(seg, pos), .gender = gender,
                        .any_full_name = any_full_name, .prev_speaker = prev ? prev->person : NO_PERSON,
                        .prev_sent = prevq ? prevq->sent : 0, .kind = kind, .window = window,
                        .personal = window != 0};
    return registry_rank(reg, &q, &a->ranked);
}

/* "…a interrogé l'expert, le docteur Paul Sénéchal. Celui-ci a estimé …": a demonstrative
 * (rules/<lang>/demonstratives.txt) stands for the person of its gender named last, whoever the
 * sentences before are about; by salience it went to the subject before. */
static int demonstrative(const document *d, const whosaid_rules *r, const mention *m) {
    return wordset_get(&r->demonstratives, (const char *)d->text + m->start, m->end - m->start) >= 0;
}

static size_t named_last(const registry *reg, const segments *seg, size_t pos, int gender, attribution *a) {
    salience_query q = {.pos = pos, .sent = segments_sentence_at(seg, pos), .gender = gender, .any_full_name = 1,
                        .prev_speaker = NO_PERSON, .kind = ENTITY_PERSON, .latest = 1};
    return registry_rank(reg, &q, &a->ranked);
}

/* Where the first word of the phrase at text[s, e) ends: at a space, or after the apostrophe
 * of an elided article ("l'élu", "l’élue"). */
static size_t first_word_end(const document *d, size_t s, size_t e) {
    for (size_t w = s; w < e; w++)
        if (d->text[w] == ' ' || apostrophe_at(d->text, e, w)) return w;
    return e;
}

/* Does a demonstrative (rules/<lang>/anaphoric-determiners.txt) open the mention? */
static int opens_with_demonstrative(const document *d, const whosaid_rules *r, const mention *m) {
    return r->anaphoric_determiners.len &&
           wordset_get_folded(&r->anaphoric_determiners, (const char *)d->text + m->start,
                              first_word_end(d, m->start, m->end) - m->start) >= 0;
}

/* The length of the apostrophe that ends just before text[i], or 0. */
static size_t apostrophe_ending_at(const document *d, size_t i) {
    if (i >= 1 && d->text[i - 1] == '\'') return 1;
    return i >= 3 && apostrophe_at(d->text, i, i - 3) == 3 ? 3 : 0;
}

/* The least age in years that ends_in_age_text reads as a person's (younger ones, "de 10 años",
 * are as often a study's or a plan's). */
enum { ADULT_AGE_MIN = 14 };

/* Does text[s, e) end in an age in figures and a noun of years ("el escolta de 31 años", "le
 * pêcheur de 58 ans": rules/<lang>/age-nouns.txt)? Only a person's phrase does. */
static int ends_in_age_text(const document *d, const whosaid_rules *r, size_t s, size_t e) {
    size_t w = e;
    while (w > s && d->text[w - 1] != ' ') w--;
    if (w == e || w <= s + 1 || wordset_get_folded(&r->age_nouns, (const char *)d->text + w, e - w) < 0) return 0;
    size_t f = w - 1;
    while (f > s && d->text[f - 1] != ' ') f--;
    unsigned years = 0;
    for (size_t k = f; k < w - 1; k++) {
        if (!uc_is_digit(d->text[k]) || years > 999) return 0;
        years = years * 10 + (unsigned)(d->text[k] - '0');
    }
    /* (a person's years: not "el seguimiento de 10 años", a study's) */
    return f < w - 1 && years >= ADULT_AGE_MIN && years < 120;
}

/* Where the word after the first of text[s, e) starts, past a space or an elided article's
 * apostrophe ("la ministre", "l’élue"), or e. */
static size_t second_word_start(const document *d, size_t s, size_t e) {
    size_t w = first_word_end(d, s, e);
    return w >= e ? e : w + (d->text[w] == 0xE2 ? 3 : 1);
}

/* Is the registry's mention pm a pronoun ("elle"), which it gave someone by salience alone? */
static int pronoun_at(const document *d, const whosaid_rules *r, const person_mention *pm) {
    return wordset_get(&r->pronouns, (const char *)d->text + pm->pos, pm->end - pm->pos) >= 0;
}

/* Is the speaker of the quotation before (prev, prevq), in its sentence or the one before, a
 * description the registry does not hold that the pronoun m stands for: an indefinite one of m's
 * gender ("A council spokeswoman"), with no one of that gender or of none known named between
 * them; or a definite office with its complement, of m's gender or none shown ("The head of
 * cardiology at X Hospital"), with no such one named from DESCRIPTION_SENTENCES sentences before
 * it (it could be someone named before, whom the registry did not find by it)? */
static int described_just_before(const document *d, const segments *seg, const registry *reg, const mention *m,
                                 const attribution *prev, const quote *prevq) {
    if (!prev || !prevq || prev->person != NO_PERSON || prev->speaker_end <= prev->speaker_start ||
        (m->gender != GENDER_MALE && m->gender != GENDER_FEMALE) || prev->speaker_start >= m->start)
        return 0;
    size_t sent = segments_sentence_at(seg, m->start);
    if (sent > prevq->sent + 1) return 0;
    /* (an indefinite one, someone new: "le représentant de l'État" may be the prefect named
     * before, whom the registry did not find by it; a definite office, "The head of cardiology
     * at X Hospital", only where no one it could be is named in the sentences before it, and
     * its gender unknown or the pronoun's) */
    size_t w = first_word_end(d, prev->speaker_start, prev->speaker_end);
    int article = wordset_get(&reg->rules->articles, (const char *)d->text + prev->speaker_start, w - prev->speaker_start);
    size_t from = prev->speaker_start + 1;
    if (article == ARTICLE_DEFINITE && prev->role_end > prev->role_start && (!prev->gender || prev->gender == m->gender)) {
        size_t ps = segments_sentence_at(seg, prev->speaker_start);
        from = seg->sents.items[ps > DESCRIPTION_SENTENCES ? ps - DESCRIPTION_SENTENCES : 0].start;
    } else if (article != ARTICLE_INDEFINITE || prev->gender != m->gender)
        return 0;
    for (size_t k = registry_mentions_from(reg, from); k < reg->mentions.len; k++) {
        const person_mention *pm = &reg->mentions.items[k];
        if (pm->pos >= m->start) break;
        /* (nor an organisation or a name nothing shows to be a person's, nor a name inside the
         * description: "am Klinikum Oberfelden") */
        if (pm->quoted || reg->people.items[pm->person].kind != ENTITY_PERSON || !reg->people.items[pm->person].personal ||
            (pm->pos >= prev->speaker_start && pm->pos < prev->speaker_end))
            continue;
        /* (a pronoun the registry gave someone by salience alone is no new name) */
        if (pronoun_at(d, reg->rules, pm)) continue;
        int g = reg->people.items[pm->person].gender;
        if (g == m->gender || g == 0) return 0;
    }
    return 1;
}

/* "El alcalde aseguró que …. «Es duro», añadió.": is the speaker of the quotation before (prev,
 * prevq), in its sentence or the one before, a description the registry does not hold, with no
 * one named between it and the verb at pos, which has no subject of its own? It is that verb's
 * subject, as a pronoun of its gender would be (described_just_before). */
static int described_subject_before(const document *d, const segments *seg, const registry *reg, size_t pos,
                                    const attribution *prev, const quote *prevq) {
    /* (someone the description gives a role or a sex: not "a copy of the letter") */
    if (!prev || !prevq || prev->person != NO_PERSON || prev->speaker_end <= prev->speaker_start ||
        (prev->role_end <= prev->role_start && !prev->gender) || prev->speaker_end > pos ||
        segments_sentence_at(seg, pos) > prevq->sent + 1)
        return 0;
    size_t w = first_word_end(d, prev->speaker_start, prev->speaker_end);
    if (wordset_get(&reg->rules->articles, (const char *)d->text + prev->speaker_start, w - prev->speaker_start) < 0)
        return 0;
    for (size_t k = registry_mentions_from(reg, prev->speaker_end); k < reg->mentions.len; k++) {
        const person_mention *pm = &reg->mentions.items[k];
        if (pm->pos >= pos) break;
        /* (an organisation named in the clause is no one who could have spoken instead) */
        if (!pm->quoted && reg->people.items[pm->person].kind == ENTITY_PERSON && !pronoun_at(d, reg->rules, pm)) return 0;
    }
    return 1;
}

static int head_in(const document *d, const mention *m, const wordset *set) {
    return m->head_end > m->head_start &&
           wordset_get(set, (const char *)d->text + m->head_start, m->head_end - m->head_start) >= 0;
}

/* The lexicon's sets that hold the head of m (its text, as head_in reads it); 0 for no head. */
static uint64_t head_sets(const document *d, const whosaid_rules *r, const mention *m) {
    uint64_t sets = 0;
    if (m->head_end > m->head_start)
        lexicon_find(&r->lexicon, (const char *)d->text + m->head_start, m->head_end - m->head_start, &sets);
    return sets;
}
/* head_in, of a set in the lexicon by the head's sets there (head_sets): one look-up for all the
 * questions a function asks of one head, not a probe a set. */
static inline int head_has(const document *d, const mention *m, uint64_t sets, const wordset *set) {
    return set->lexicon ? (sets & set->column_bit) != 0 : head_in(d, m, set);
}

/* Does a word of person p's name end in the noun text[h, h + n) ("Landgericht Bonn" for
 * "Gericht"), its first letter in either case (ASCII)? */
static int name_ends_in_noun(const document *d, const person *ps, size_t h, size_t n) {
    for (size_t e = ps->name_start; n > 1 && e <= ps->name_end; e++) {
        if (e < ps->name_end && d->text[e] != ' ') continue;
        if (word_ends_in_noun(d, ps->name_start, e, h, n)) return 1;
    }
    return 0;
}

/* Does a word of person p's name open with a letter in lower case (ASCII), a connector's
 * ("Fertigung von Präzisionsteilen")? */
static int name_holds_lower_word(const document *d, const person *ps) {
    for (size_t b = ps->name_start; b < ps->name_end; b++)
        if ((b == ps->name_start || d->text[b - 1] == ' ') && d->text[b] >= 'a' && d->text[b] <= 'z') return 1;
    return 0;
}

/* People named_with_noun reads back. */
enum { NOUN_HOLDERS_READ = 64 };

/* The one named last before byte pos, and not shown to be a person, whose name ends in the noun
 * text[h, h + n) ("Regionalspital Aarethal" for "Spital"), among the latest NOUN_HOLDERS_READ;
 * NO_PERSON. */
static size_t named_with_noun(const registry *reg, const document *d, size_t pos, size_t h, size_t n) {
    for (size_t p = reg->people.len, read = 0; p-- > 0 && read < NOUN_HOLDERS_READ; read++) {
        const person *ps = &reg->people.items[p];
        /* (not one the text showed to be a person: a first name, a title, a pronoun's gender) */
        if (ps->name_start < pos && !ps->personal && !ps->gender && name_ends_in_noun(d, ps, h, n)) return p;
    }
    return NO_PERSON;
}

/* Where every noun is capitalised, the one named last before byte pos, and not shown to be a
 * person, a word of whose name is the noun text[h, h + n) in the genitive ("Klinikums Stuttgart"
 * of "Rund 600 Beschäftigte des Klinikums Stuttgart" for "das Klinikum": the registry reads the
 * name as written; rules/<lang>/genitive-noun-endings.txt), among the latest NOUN_HOLDERS_READ;
 * NO_PERSON. */
static size_t named_with_genitive_noun(const registry *reg, const document *d, size_t pos, size_t h, size_t n) {
    const whosaid_rules *r = reg->rules;
    for (size_t p = reg->people.len, read = 0; p-- > 0 && read < NOUN_HOLDERS_READ; read++) {
        const person *ps = &reg->people.items[p];
        if (ps->name_start >= pos || ps->personal || ps->gender) continue;
        for (size_t w = ps->name_start, e; w < ps->name_end; w = e + 1) {
            for (e = w; e < ps->name_end && d->text[e] != ' ';) e++;
            size_t stem = rules_stem_in(r, &r->genitive_noun_endings, &r->org_nouns, (const char *)d->text + w, e - w);
            if (stem < e - w && word_ends_in_noun(d, w, w + stem, h, n)) return p;
        }
    }
    return NO_PERSON;
}

/* Are the words of description m after its first word (its article) the name of ps, case
 * aside ("the white paper", "White Paper")? */
static int description_is_name(const document *d, const mention *m, const person *ps) {
    size_t w = first_word_end(d, m->start, m->end);
    size_t n = ps->name_end - ps->name_start;
    return w < m->end && m->end - (w + 1) == n &&
           strncasecmp((const char *)d->text + w + 1, (const char *)d->text + ps->name_start, n) == 0;
}

/* Is the head of ps's role, the last word of its first phrase (before a comma or a connector:
 * "concertino" of "concertino, violinista …", "owner" of "Restaurant owner"), the word
 * text[hs, he), case aside? */
static int role_headed_by(const document *d, const whosaid_rules *r, const person *ps, size_t hs, size_t he) {
    size_t e = role_head_end(r, d, ps->role_start, ps->role_end);
    for (size_t k = ps->role_start; k < e; k++)
        if (d->text[k] == ',') e = k;
    size_t s = e;
    while (s > ps->role_start && d->text[s - 1] != ' ') s--;
    return e - s == he - hs && strncasecmp((const char *)d->text + s, (const char *)d->text + hs, he - hs) == 0;
}

/* Mentions ever_subject reads back, and people role_by_synonym does. */
enum { SUBJECT_MENTIONS_READ = 1024, SYNONYM_PEOPLE_READ = 64 };

/* Was a mention of person p ever the subject of a reporting verb, or the sentence's first words
 * (after an article at most: "Die Stadtwerke Kassel erhöhen …")? */
static int ever_subject(const document *d, const segments *seg, const registry *reg, size_t p) {
    /* (the latest mentions only: asked of each candidate, a walk over all would be quadratic in
     * the document) */
    size_t from = reg->mentions.len > SUBJECT_MENTIONS_READ ? reg->mentions.len - SUBJECT_MENTIONS_READ : 0;
    for (size_t i = from; i < reg->mentions.len; i++) {
        const person_mention *pm = &reg->mentions.items[i];
        /* (a mention by the name's own last word, not a noun the registry took for it) */
        const person *ps = &reg->people.items[p];
        size_t nl = ps->name_end - ps->name_start, ml = pm->end - pm->pos;
        if (pm->person != p || pm->oblique || ml < nl || memcmp(d->text + pm->end - nl, d->text + ps->name_start, nl) != 0)
            continue;
        if (pm->subject == SUBJECT_OF_VERB) return 1;
        size_t spaces = 0;
        for (size_t k = seg->sents.items[pm->sent].start; k < pm->pos && spaces < 2; k++) spaces += d->text[k] == ' ';
        if (spaces < 2) return 1;
    }
    return 0;
}

/* The gender an article at the phrase's start shows of one person ("la", "der", "el"; 0 where
 * it shows one person but no gender, "l'"), or -1 where it shows neither (rules/<lang>/
 * singular-articles.txt). */
static int article_number(const document *d, const whosaid_rules *r, const mention *m) {
    /* (none where the language lists neither kind of article: English, whose first word is then
     * not read) */
    if (!r->singular_articles.len && !r->adjectival_noun_articles.len) return -1;
    size_t w = first_word_end(d, m->start, m->end);
    int g = wordset_get(&r->singular_articles, (const char *)d->text + m->start, w - m->start);
    /* "die 79-Jährige", "die Angeklagte": an article that shows one person's gender before a
     * noun made from an adjective (rules/<lang>/adjectival-noun-articles.txt, -endings.txt) */
    if (m->head_end > m->head_start && r->adjectival_noun_articles.len &&
        rules_ends_in(&r->adjectival_noun_endings, (const char *)d->text + m->head_start, m->head_end - m->head_start)) {
        int a = wordset_get_folded(&r->adjectival_noun_articles, (const char *)d->text + m->start, w - m->start);
        if (a > 0) g = a;
    }
    /* "afirmó la autoridad regional" of a man, "la víctima": a noun whose grammatical gender
     * says nothing of the person's sex (rules/<lang>/epicene-nouns.txt), right after the
     * article, leaves one person of no sex shown */
    if ((g == GENDER_MALE || g == GENDER_FEMALE) && r->epicene_nouns.len && w + 1 < m->end) {
        size_t e = first_word_end(d, w + 1, m->end);
        if (wordset_get_folded(&r->epicene_nouns, (const char *)d->text + w + 1, e - w - 1) >= 0) g = GENDER_UNKNOWN;
    }
    return g < 0 ? -1 : g;
}

/* "La nueva alcaldesa admitió …" after "Celia Arranz Toquero ganó …": a definite description
 * whose title a newcomer's modifier opens (rules/<lang>/newcomer-modifiers.txt) stands for the
 * person the story names most before it, shown of the gender its article shows, not for whoever held
 * the title before ("Le nouvel entraîneur" is not the coach just fired) nor for the one named
 * last. NO_PERSON where m is no such description or no one of its gender was named. */
static size_t newcomer(const document *d, const registry *reg, const mention *m) {
    const whosaid_rules *r = reg->rules;
    if (!r->newcomer_modifiers.len || !m->definite) return NO_PERSON;
    size_t a = first_word_end(d, m->start, m->end);
    if (a + 1 >= m->end || d->text[a] != ' ') return NO_PERSON;
    size_t b = first_word_end(d, a + 1, m->end);
    /* (in lower case: "The New Hampshire Union Leader" is a name) */
    if (b + 1 >= m->end || utf8_opens_upper(d->text, d->len, a + 1) ||
        wordset_get(&r->newcomer_modifiers, (const char *)d->text + a + 1, b - a - 1) < 0)
        return NO_PERSON;
    /* (a title after it: "the new rules" are no one) */
    size_t c = first_word_end(d, b + 1, m->end);
    if (m->kind != MENTION_ROLE && !m->titled &&
        wordset_get_folded(&r->titles, (const char *)d->text + b + 1, c - b - 1) < 0)
        return NO_PERSON;
    int g = article_number(d, r, m);
    size_t best = NO_PERSON;
    for (size_t p = 0; p < reg->people.len; p++) {
        const person *ps = &reg->people.items[p];
        if (ps->kind != ENTITY_PERSON || !ps->personal || ps->name_start >= m->start ||
            ((g == GENDER_MALE || g == GENDER_FEMALE) && ps->gender != g))
            continue;
        /* (the one named first where two are named as often: the story's subject comes first) */
        if (best == NO_PERSON || ps->mentions > reg->people.items[best].mentions) best = p;
    }
    return best;
}

/* Does m open with an indefinite article and a noun that may name a person: no body's, group's,
 * neuter or document's noun (organisation-nouns.txt, organisations.txt, group-nouns.txt,
 * neuter-nouns.txt: "ein Mädchen", document-nouns.txt: "un rapport du ministère"; a compound by
 * its last part), neither the word after the article nor the head? */
static int indefinite_person(const document *d, const whosaid_rules *r, const mention *m) {
    size_t w = first_word_end(d, m->start, m->end);
    if (wordset_get_folded(&r->articles, (const char *)d->text + m->start, w - m->start) != ARTICLE_INDEFINITE || w + 1 >= m->end)
        return 0;
    size_t a = w + 1, e = first_word_end(d, a, m->end);
    const wordset *bodies[] = {&r->org_nouns, &r->organisations, &r->group_nouns, &r->neuter_nouns, &r->document_nouns};
    for (size_t k = 0; k < sizeof bodies / sizeof *bodies; k++)
        if (rules_compound_in(r, bodies[k], (const char *)d->text + a, e - a) >= 0 ||
            rules_compound_in(r, bodies[k], (const char *)d->text + m->head_start, m->head_end - m->head_start) >= 0)
            return 0;
    return 1;
}

static int head_plural(const document *d, const whosaid_rules *r, const mention *m) {
    return m->head_end > m->head_start &&
           rules_plural(r, (const char *)d->text + m->head_start, m->head_end - m->head_start);
}


static int head_gender(const document *d, const whosaid_rules *r, const mention *m) {
    if (m->head_end <= m->head_start) return m->gender;
    int g = rules_gendered(r, (const char *)d->text + m->head_start, m->head_end - m->head_start);
    if (g > 0 || m->gender) return g > 0 ? g : m->gender;
    /* "ein Sprecher der Polizei", "la portavoz del Gobierno": a gendered noun before the
     * complement, whose last word is the head */
    for (size_t a = first_word_end(d, m->start, m->end) + 1; a < m->end;) {
        size_t e = a;
        while (e < m->end && d->text[e] != ' ') e++;
        if (wordset_get(&r->connectors, (const char *)d->text + a, e - a) >= 0) break;
        g = rules_gendered(r, (const char *)d->text + a, e - a);
        if (g == GENDER_MALE || g == GENDER_FEMALE) return g;
        a = e + 1;
    }
    /* "la fiscal", "der Personalvorstand": a definite article shows the gender of a title; of
     * the title after it, too, where the head is the last word of a role's complement ("le maire
     * de Cesson-Sévigné") */
    size_t a = first_word_end(d, m->start, m->end) + 1, e = a;
    while (e < m->end && d->text[e] != ' ') e++;
    int title_after = m->kind == MENTION_ROLE && e > a && e <= m->end &&
                      wordset_get(&r->titles, (const char *)d->text + a, e - a) >= 0;
    if (!m->definite || !(head_in(d, m, &r->titles) || head_in(d, m, &r->title_modifiers) || title_after)) return 0;
    g = article_number(d, r, m);
    return g > 0 ? g : 0;
}


/* "sagte der Manager", "a déclaré la syndicaliste": the gender a second noun for someone named
 * before shows where their name showed none ("Henrik Lauter", "Beat Imhof"): its head's
 * (rules/<lang>/gendered-nouns.txt), or a definite article's before a title. Not an article's
 * alone: "la compañía", "el informe" show no person's gender. GENDER_UNKNOWN where it shows
 * none. */
static int noun_gender(const document *d, const whosaid_rules *r, const mention *m) {
    int g = head_gender(d, r, m);
    return g == GENDER_MALE || g == GENDER_FEMALE ? g : GENDER_UNKNOWN;
}

/* Does a word in lower case open at text[i] (before e)? */
static int lower_at(const document *d, size_t i, size_t e) {
    int32_t cp = 0;
    utf8_next(d->text, e, i, &cp);
    return uc_is_lower(cp);
}

/* Adjectives after a head that affiliated_after_head passes over, at most. */
enum { AFFILIATION_ADJECTIVES = 2 };

/* Does a preposition of affiliation-prepositions.txt follow the phrase's head ("la préfecture
 * de police", "la chambre d'agriculture": an elided one by its letters before the apostrophe)? */
static int affiliated_after_head(const document *d, const whosaid_rules *r, const mention *m) {
    size_t w = m->head_end;
    for (int adjectives = 0; adjectives <= AFFILIATION_ADJECTIVES; adjectives++) {
        while (w < m->end && d->text[w] != ' ') w++;
        size_t e = ++w;
        while (e < m->end && d->text[e] != ' ' && d->text[e] != '\'' && d->text[e] != 0xE2) e++;
        if (e >= m->end || e == w) return 0;
        if (wordset_get(&r->affiliation_prepositions, (const char *)d->text + w, e - w) >= 0) return 1;
        /* "d'": the letter and the apostrophe of an elided "de" */
        if (e - w == 1 && d->text[w] == 'd' && d->text[e] != ' ') return 1;
        /* (past an adjective after the noun, where adjectives follow it: "la direction
         * académique de la Mayenne") */
        if (!rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) || !lower_at(d, w, e)) return 0;
        w = e;
    }
    return 0;
}

/* Does a connector and an indefinite article follow the description's head ("the mother of a
 * …", "la madre de un …", "la mère d'un …")? */
static int indefinite_complement(const document *d, const whosaid_rules *r, const mention *m) {
    size_t w = m->head_end;
    if (w >= m->end || d->text[w] != ' ') return 0;
    size_t e = ++w;
    while (e < m->end && d->text[e] != ' ' && !apostrophe_at(d->text, m->end, e)) e++;
    if (e >= m->end || wordset_get(&r->connectors, (const char *)d->text + w, e - w) < 0) return 0;
    size_t elided = apostrophe_at(d->text, m->end, e); /* ("d'un": the article after the apostrophe) */
    size_t a = e + (elided ? elided : 1), ae = a;
    while (ae < m->end && d->text[ae] != ' ') ae++;
    return ae < m->end && wordset_get(&r->articles, (const char *)d->text + a, ae - a) == ARTICLE_INDEFINITE;
}

/* "The leader of the opposition group said": does role m open with a title (after its article)
 * that a connector follows, so that the title, not the organisation's noun that ends the phrase,
 * is its head and it names a person? */
static int title_before_complement(const document *d, const whosaid_rules *r, const mention *m) {
    if (m->kind != MENTION_ROLE || m->org || m->role_end <= m->role_start) return 0;
    size_t e = first_word_end(d, m->role_start, m->role_end);
    if (e >= m->role_end || wordset_get_folded(&r->titles, (const char *)d->text + m->role_start, e - m->role_start) < 0)
        return 0;
    size_t we = first_word_end(d, e + 1, m->role_end);
    return wordset_get(&r->connectors, (const char *)d->text + e + 1, we - e - 1) >= 0;
}

/* Does the phrase hold a connector, a complement after its head ("le responsable de l'ARS"),
 * or a compound whose first part names what an office of rules/<lang>/roles-of-others.txt is
 * of ("der THW-Sprecher")? Not "der CDU-Politiker", which names the party of whom it stands
 * for. */
static int has_complement(const document *d, const whosaid_rules *r, const mention *m) {
    for (size_t i = m->head_start; i + 1 < m->head_end; i++)
        if (d->text[i] == '-' && i > m->head_start && uc_is_upper(d->text[i - 1]) &&
            wordset_get_folded(&r->roles_of_others, (const char *)d->text + i + 1, m->head_end - i - 1) >= 0)
            return 1;
    for (size_t i = m->start; i < m->end; i++) {
        if (d->text[i] != ' ') continue;
        size_t w = i + 1, e = w;
        while (e < m->end && d->text[e] != ' ' && !apostrophe_at(d->text, m->end, e) && d->text[e] != ',') e++;
        if (wordset_get(&r->connectors, (const char *)d->text + w, e - w) < 0) continue;
        size_t elided = e < m->end ? apostrophe_at(d->text, m->end, e) : 0;
        size_t nw = e + (elided ? elided : 1), ne = nw;
        while (ne < m->end && d->text[ne] != ' ' && !apostrophe_at(d->text, m->end, ne) && d->text[ne] != ',') ne++;
        /* "l'élu d'opposition", "le chef d'équipe": where the noun comes before what qualifies
         * it (features.txt "postnominal-adjectives"), an elided connector (no article folded
         * into it, as in "du") before a bare noun in lower case that ends the phrase says what
         * kind, not whose office; so does the connector whole ("l'éleveur de brebis", "el
         * ganadero de ovejas"; not "du", "del": rules/<lang>/contracted-articles.txt) */
        int plain = elided || (e > w && wordset_get(&r->contracted_articles, (const char *)d->text + w, e - w) < 0);
        if (rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && plain && nw < ne &&
            ne == m->end && lower_at(d, nw, m->end) && wordset_get(&r->articles, (const char *)d->text + nw, ne - nw) < 0 &&
            wordset_get(&r->determiners, (const char *)d->text + nw, ne - nw) < 0 &&
            wordset_get(&r->possessives, (const char *)d->text + nw, ne - nw) < 0)
            continue;
        /* (not an age: "le jeune attaquant de 21 ans" is the one just named, rules/<lang>/
         * age-nouns.txt) */
        ne = nw;
        while (ne < m->end && d->text[ne] != ' ') ne++;
        size_t aw = ne + 1, ae = aw;
        while (ae < m->end && d->text[ae] != ' ' && d->text[ae] != ',') ae++;
        if (nw < ne && (unsigned)(d->text[nw] - '0') < 10 && aw < ae &&
            wordset_get(&r->age_nouns, (const char *)d->text + aw, ae - aw) >= 0)
            continue;
        return 1;
    }
    return 0;
}

/* How many organisations, the latest named first, org_named_with reads: a text of thousands of
 * names and as many "the police said" stays linear. */
enum { ORG_NAMES_READ = 64 };

/* Does an organisation the registry holds have the noun text[a, b) in its name, or one of its
 * kind where fit is ORG_OF_KIND ("Toronto Police Service", "Surrey RCMP" for "police")? */
static int org_fit_named(const registry *reg, const document *d, size_t a, size_t b, int fit) {
    size_t read = 0;
    for (size_t p = reg->people.len; b > a && p-- > 0 && read < ORG_NAMES_READ;) {
        const person *ps = &reg->people.items[p];
        if (ps->kind != ENTITY_ORG) continue;
        read++;
        if (registry_org_fit(reg, d, ps, a, b) >= fit) return 1;
    }
    return 0;
}

static int org_named_with(const registry *reg, const document *d, size_t a, size_t b) {
    return org_fit_named(reg, d, a, b, ORG_OF_KIND);
}

/* The group of role-synonyms.txt that text[a, e) names (its words joined by "_"), or -1. */
enum { SYNONYM_KEY = 96 };
static int synonym_group(const document *d, const whosaid_rules *r, size_t a, size_t e) {
    char key[SYNONYM_KEY];
    if (e <= a || e - a >= sizeof key) return -1;
    for (size_t i = a; i < e; i++) key[i - a] = d->text[i] == ' ' ? '_' : (char)d->text[i];
    return wordset_get_folded(&r->role_synonyms, key, e - a);
}

/* "le chef du gouvernement" after "le Premier ministre, Gabriel Vasseur": a description that
 * role-synonyms.txt gives as another name of a role is whoever holds that role. */
static size_t role_by_synonym(const document *d, const registry *reg, const mention *m, int gender) {
    const whosaid_rules *r = reg->rules;
    if (!r->role_synonyms.len) return NO_PERSON;
    size_t a = second_word_start(d, m->start, m->end);
    int g = synonym_group(d, r, a, m->end);
    /* (or its longest first words that name one: "la cheffe de la diplomatie malgache", an
     * adjective after the role; "la ministre de la Santé" is "la ministre", whom Swiss news call
     * the federal councillor) */
    for (size_t i = m->end; g < 0 && i-- > a;)
        if (d->text[i] == ' ') g = synonym_group(d, r, a, i);
    /* (or its head after words that say where from: "the Cork academic") */
    if (g < 0 && m->head_end > m->head_start && m->head_start > a) g = synonym_group(d, r, m->head_start, m->head_end);
    if (g < 0) return NO_PERSON;
    /* (the latest people with a role only: asked of every description, a walk over all would be
     * quadratic in the document) */
    for (size_t p = reg->people.len, read = 0; p-- > 0 && read < SYNONYM_PEOPLE_READ;) {
        const person *ps = &reg->people.items[p];
        if (ps->kind != ENTITY_PERSON || ps->role_end <= ps->role_start || ps->role_start >= m->start) continue;
        read++;
        /* ("La ministre" is no man: the gender its article shows) */
        if (gender > 0 && ps->gender > 0 && ps->gender != gender) continue;
        if (synonym_group(d, r, ps->role_start, ps->role_end) == g) return p;
        /* (or its words up to a later connector: "titular de la cartera" of "titular de la cartera
         * de Medio Ambiente") */
        for (size_t i = ps->role_start; i < ps->role_end; i++) {
            if (d->text[i] != ' ') continue;
            size_t w = i + 1, e = w;
            while (e < ps->role_end && d->text[e] != ' ') e++;
            if (wordset_get(&r->connectors, (const char *)d->text + w, e - w) >= 0 && synonym_group(d, r, ps->role_start, i) == g)
                return p;
        }
        /* (or a word of its head, the words before a connector or preposition, or the head's last
         * words: "Nova Scotia Supreme Court Justice", "police spokesman Cst.", "Veridian chief
         * executive", "chief financial officer of Norcastle"; not "spokesperson for the judge") */
        size_t head = ps->role_start;
        while (head < ps->role_end) {
            size_t e = head;
            while (e < ps->role_end && d->text[e] != ' ') e++;
            if (head > ps->role_start && (wordset_get(&r->connectors, (const char *)d->text + head, e - head) >= 0 ||
                                          wordset_get(&r->prepositions, (const char *)d->text + head, e - head) >= 0))
                break;
            head = e < ps->role_end ? e + 1 : e;
        }
        while (head > ps->role_start && d->text[head - 1] == ' ') head--;
        for (size_t w = ps->role_start, e; w < head; w = e + 1) {
            for (e = w; e < head && d->text[e] != ' ';) e++;
            if (synonym_group(d, r, w, e) == g || (w > ps->role_start && synonym_group(d, r, w, head) == g) ||
                (w == ps->role_start && head < ps->role_end && synonym_group(d, r, w, head) == g))
                return p;
        }
    }
    return NO_PERSON;
}

/* Sentences a headline, a standfirst and a dateline may take before the lead, at most. */
enum { LEAD_SENTENCE_MAX = 8 };

/* Is sentence k the story's lead: no sentence before it, but a headline or a dateline, ends
 * as a sentence of prose does (with a full stop)? */
static int lead_sentence(const document *d, const segments *seg, size_t k) {
    if (k >= LEAD_SENTENCE_MAX) return 0; /* (and a text of no full stops is not read again for each phrase) */
    for (size_t s = 0; s < k; s++) {
        const sentence *st = &seg->sents.items[s];
        if (st->prose && st->end > st->start && d->text[st->end - 1] == '.') return 0;
    }
    return 1;
}

/* The group of role-synonyms.txt a person ahead's role must name. */
typedef struct {
    const document *d;
    const whosaid_rules *r;
    int group;
} synonym_ahead;

static int holds_synonym(const person *ps, const void *ctx) {
    const synonym_ahead *q = ctx;
    return ps->role_end > ps->role_start && synonym_group(q->d, q->r, ps->role_start, ps->role_end) == q->group;
}

/* "A Superior Court of Ontario judge chastised …", then "Justice Sean Dunphy directed …": a
 * lead may hold back who someone is (news call it delayed identification), by a titled
 * indefinite description that the next sentences name: the one person named there who holds
 * its title, or another name of it (role-synonyms.txt). */
static size_t named_after_lead(const document *d, const segments *seg, const registry *reg, const mention *m) {
    if (!m->titled || m->definite || m->role_end <= m->role_start) return NO_PERSON;
    size_t sent = segments_sentence_at(seg, m->start);
    if (!lead_sentence(d, seg, sent)) return NO_PERSON;
    size_t p = registry_resolve_role_ahead(reg, d, m, sent);
    if (p != NO_PERSON) return p;
    size_t hs = m->role_end; /* the title, the role's last word: "judge" of "Manitoba judge" */
    while (hs > m->role_start && d->text[hs - 1] != ' ') hs--;
    synonym_ahead q = {d, reg->rules, synonym_group(d, reg->rules, hs, m->role_end)};
    return q.group < 0 ? NO_PERSON : registry_one_ahead(reg, m->end, sent, holds_synonym, &q);
}

/* "A former safety inspector at the Halloran container terminal warned his managers that …,
 * a workplace inquiry heard. // Desmond Okoro-Reilly, who worked at the terminal for eleven
 * years, told the inquiry that …": news that open
 * with a description of someone name them first thing in the next paragraph. Whom an indefinite,
 * description that opens the lead stands for: the person of two words or more, with no
 * role of their own and of no other gender, whose name opens the paragraph after the lead's;
 * NO_PERSON where no such name opens it. */
static size_t named_in_next_paragraph(const document *d, const segments *seg, const registry *reg, const mention *m) {
    size_t article_end = first_word_end(d, m->start, m->end);
    if (m->definite || article_end == m->start ||
        wordset_get_folded(&reg->rules->articles, (const char *)d->text + m->start, article_end - m->start) !=
            ARTICLE_INDEFINITE)
        return NO_PERSON;
    size_t sent = segments_sentence_at(seg, m->start);
    /* (opening the lead, or after its comma as the cue's subject: "…, a former shift supervisor
     * has told a public inquiry"; not after a preposition, "D'après un technicien, …") */
    if (!lead_sentence(d, seg, sent) ||
        !(seg->sents.items[sent].start == m->start || (m->start >= 2 && d->text[m->start - 2] == ',')))
        return NO_PERSON;
    size_t para = segments_para_at(seg, m->start);
    if (para + 1 >= seg->paras) return NO_PERSON;
    size_t opens = segments_para(seg, para + 1).start, k = registry_mentions_from(reg, opens);
    if (k >= reg->mentions.len || reg->mentions.items[k].pos != opens) return NO_PERSON;
    const person *ps = &reg->people.items[reg->mentions.items[k].person];
    if (ps->kind != ENTITY_PERSON || ps->surname_start <= ps->name_start || ps->role_end > ps->role_start ||
        (m->gender && ps->gender && m->gender != ps->gender))
        return NO_PERSON;
    return reg->mentions.items[k].person;
}

/* "the trustees’ association", "the nurses' union": a possessor between the article and the
 * head, whose the organisation is. Its apostrophe after the first word, that is (not an
 * elided article's: "l’agence"). */
static int possessor_before_head(const document *d, const whosaid_rules *r, const mention *m) {
    size_t from = first_word_end(d, m->start, m->head_start);
    /* (past an elided article's own apostrophe, "L'organisme", where the first word ends; not
     * a possessor's without an article, "Trustees' association") */
    if (from < m->head_start && wordset_get_folded(&r->articles, (const char *)d->text + m->start, from - m->start) >= 0)
        from += apostrophe_at(d->text, m->head_start, from);
    for (size_t i = from; i < m->head_start; i++)
        if (apostrophe_at(d->text, m->head_start, i)) return 1;
    return 0;
}

/* Does sentence k, before byte `before`, hold the word w[0, n) (ASCII case aside)? */
static int sentence_holds_word(const document *d, const segments *seg, size_t k, size_t before, const char *w, size_t n) {
    const sentence *st = &seg->sents.items[k];
    size_t end = st->end < before ? st->end : before;
    for (size_t i = st->start; i + n <= end; i++) {
        if (strncasecmp((const char *)d->text + i, w, n) != 0) continue;
        int left = i == st->start || !isalnum(d->text[i - 1]);
        int right = i + n == end || !isalnum(d->text[i + n]);
        if (left && right) return 1;
    }
    return 0;
}

/* Does sentence k, before byte `before`, hold a word of set (case aside): "en un comunicado"
 * for "la nota" after it? */
static int sentence_holds_word_of(const document *d, const segments *seg, size_t k, size_t before, const wordset *set) {
    const sentence *st = &seg->sents.items[k];
    size_t end = st->end < before ? st->end : before;
    for (size_t i = st->start; i < end;) {
        size_t w = i;
        int32_t cp;
        while (i < end) { /* (a word: its letters, decoded; "comunicado\u00A0:" ends at the space) */
            size_t n = utf8_next(d->text, end, i, &cp);
            if (cp < 0 || !uc_is_letter(cp)) break;
            i += n;
        }
        if (i > w && wordset_get_folded(set, (const char *)d->text + w, i - w) >= 0) return 1;
        if (i == w) i += utf8_next(d->text, end, i, &cp); /* (past what is no letter) */
    }
    return 0;
}

/* Whose document a description of one is ("according to its annual report", "according to
 * district figures"): whom its possessive pronoun stands for, or the organisation a noun of a
 * kind of organisation before its head names (as "the district" would); NO_PERSON for another
 * ("the report", "a study": speaks for itself). */
static size_t document_owner(const document *d, const segments *seg, const registry *reg, const mention *m,
                             const attribution *prev, const quote *prevq, attribution *a) {
    const whosaid_rules *r = reg->rules;
    if (!head_in(d, m, &r->document_nouns)) return NO_PERSON;
    size_t w = first_word_end(d, m->start, m->end);
    int g = wordset_get(&r->possessives, (const char *)d->text + m->start, w - m->start);
    if (g == GENDER_NEUTER) return salient(reg, seg, m->start, ENTITY_ORG, 0, 0, 0, prev, prevq, a);
    if (g == GENDER_MALE || g == GENDER_FEMALE) return salient(reg, seg, m->start, ENTITY_PERSON, g, 1, 0, prev, prevq, a);
    /* the word before the head */
    size_t e = m->head_start;
    while (e > m->start && d->text[e - 1] == ' ') e--;
    size_t b = e;
    while (b > m->start && d->text[b - 1] != ' ') b--;
    /* (no other determiner: "some party figures" are people) */
    if (b >= e || (b != m->start && wordset_get(&r->articles, (const char *)d->text + m->start, w - m->start) != ARTICLE_DEFINITE) ||
        wordset_get(&r->org_nouns, (const char *)d->text + b, e - b) < 0 || !org_named_with(reg, d, b, e))
        return NO_PERSON;
    size_t p = salient(reg, seg, m->start, ENTITY_ORG, 0, 0, 0, prev, prevq, a);
    return p == NO_PERSON ? p : registry_org_for_noun(reg, d, &a->ranked, b, e);
}

/* Sentences after a description's first use within which the person it stands for is named,
 * where the story opened with it. */
enum { OPENING_EPITHET_SENTENCES = 2 };

/* "Der 52-jährige Landwirt kniet am Rand seines Weizenfelds. … »…«, sagt Heinrich Lohmann": a
 * story that opens on a description of someone names them after it. Where no one shown to be a
 * person (a first name, a title, a gender) was named before the description's first use at
 * byte `use`, the first person so shown named outside quotations after it, within
 * OPENING_EPITHET_SENTENCES and before `before`, of no other gender; NO_PERSON where there is
 * none. */
static size_t named_after_opening_use(const segments *seg, const registry *reg, size_t use, size_t before, int gender) {
    size_t from = registry_mentions_from(reg, use);
    for (size_t i = 0; i < from; i++) {
        const person *ps = &reg->people.items[reg->mentions.items[i].person];
        if (ps->kind == ENTITY_PERSON && (ps->personal || ps->gender)) return NO_PERSON;
    }
    size_t sent = segments_sentence_at(seg, use);
    for (size_t i = from; i < reg->mentions.len && reg->mentions.items[i].pos < before &&
                          reg->mentions.items[i].sent <= sent + OPENING_EPITHET_SENTENCES; i++) {
        const person_mention *pm = &reg->mentions.items[i];
        const person *ps = &reg->people.items[pm->person];
        if (pm->quoted || ps->kind != ENTITY_PERSON || !(ps->personal || ps->gender)) continue;
        return gender && ps->gender && ps->gender != gender ? NO_PERSON : pm->person;
    }
    return NO_PERSON;
}

/* Whom a definite description stands for ("the utility", "the soft-spoken owner", "the Ohio
 * Democrat", "the statement"), or NO_PERSON when it names no one known: a group, an
 * indefinite phrase, someone in a role of their own ("the judge") whom no one named holds. */
/* Where the text first used description m's head noun, after m's article (the same gender:
 * "la joven" is not "el joven") and at most one word more ("la nouvelle directrice"), with no
 * complement after it, before `before`; else `before`. */
static size_t first_use(const document *d, const whosaid_rules *r, const mention *m, size_t before) {
    const char *head = (const char *)d->text + m->head_start;
    size_t n = m->head_end - m->head_start, own_end = first_word_end(d, m->start, m->end);
    char own[16], other[16];
    size_t own_n = own_end - m->start < sizeof own ? utf8_lower(d->text + m->start, own_end - m->start, own, sizeof own) : 0;
    if (!own_n) return before;
    /* (where adjectives follow the noun, a head that is a title's modifier is no noun of its
     * own: "la conseillère municipale" was not first used as "la majorité municipale"; the
     * title before it must be the word before the head there too) */
    size_t noun = 0, noun_n = 0;
    if (rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) {
        size_t second = second_word_start(d, m->start, m->end);
        size_t second_end = second < m->head_start ? first_word_end(d, second, m->head_start) : second;
        if (second_end > second && second_end < m->head_start &&
            wordset_get_folded(&r->titles, (const char *)d->text + second, second_end - second) >= 0)
            noun = second, noun_n = second_end - second;
    }
    for (const char *x = (const char *)d->text, *end = (const char *)d->text + before;
         (x = memmem(x, (size_t)(end - x), head, n)) != NULL; x += n) {
        size_t s = (size_t)(x - (const char *)d->text), e = s + n;
        /* a word of its own, in lower case, and not the description itself */
        if (s == m->head_start || (s > 0 && uc_is_letter(d->text[s - 1])) || (e < d->len && uc_is_letter(d->text[e])))
            continue;
        /* an article right before it, or one word before that ("la nouvelle directrice") */
        size_t w = s, words = 0, between = 0, between_n = 0;
        int article = 0;
        while (w > 0 && words < 2 && !article) {
            size_t we = w;
            while (we > 0 && d->text[we - 1] == ' ') we--;
            size_t ws = we;
            while (ws > 0 && d->text[ws - 1] != ' ' && d->text[ws - 1] != '\n' && !apostrophe_ending_at(d, ws)) ws--;
            if (ws == we) break;
            if (words == 0) between = ws, between_n = we - ws;
            /* (an elided article: "l'élue") */
            size_t ae = we, as = ws, ap = apostrophe_ending_at(d, ws);
            if (ap) as = ws - ap, ae = ws - ap;
            while (as > 0 && d->text[as - 1] != ' ' && d->text[as - 1] != '\n') as--;
            size_t other_n = ae - as < sizeof other ? utf8_lower(d->text + as, ae - as, other, sizeof other) : 0;
            article = other_n == own_n && !memcmp(own, other, own_n) &&
                      wordset_get(&r->articles, other, other_n) == ARTICLE_DEFINITE;
            w = as;
            words++;
        }
        if (!article) continue;
        if (noun_n && (words != 2 || between_n != noun_n || strncasecmp((const char *)d->text + between, (const char *)d->text + noun, noun_n)))
            continue;
        /* (no complement after it: "la directrice de l'école" is someone else's description) */
        size_t k = e;
        while (k < d->len && d->text[k] == ' ') k++;
        size_t ke = k;
        while (ke < d->len && uc_is_letter(d->text[ke])) ke++;
        if (ke > k && wordset_get(&r->connectors, (const char *)d->text + k, ke - k) >= 0) continue;
        return s;
    }
    return before;
}

/* The one person of the registry whose age in apposition is of the decade, of the gender if
 * one is given; NO_PERSON where none is, or several. */
static size_t person_of_decade(const registry *reg, int decade, int gender) {
    size_t found = NO_PERSON;
    for (size_t p = 0; p < reg->people.len; p++) {
        const person *ps = &reg->people.items[p];
        if (ps->decade != decade || ps->kind != ENTITY_PERSON || (gender && ps->gender && ps->gender != gender)) continue;
        if (found != NO_PERSON) return NO_PERSON;
        found = p;
    }
    return found;
}

/* Does the person's role hold the first word of the mention's role ("mayor" of "the mayor of
 * Marrow Bay"; "deputy" of "the deputy mayor", which is no mayor), as a word: either last ("the
 * town's mayor") or with the same words after it (not "the minister of health" for "the
 * minister of finance", nor "the former spokesman" for "the former mayor")? */
static int role_word_held(const document *d, const mention *m, const person *ps) {
    size_t t0 = m->role_start, t1 = first_word_end(d, t0, m->role_end);
    size_t n = t1 - t0, rest = m->role_end - t1;
    if (n == 0) return 0;
    for (size_t a = ps->role_start; a + n <= ps->role_end; a++) {
        if (!((a == ps->role_start || d->text[a - 1] == ' ') && memcmp(d->text + a, d->text + t0, n) == 0)) continue;
        if (a + n == ps->role_end) return 1;
        if (d->text[a + n] == ' ' && ps->role_end - (a + n) == rest &&
            memcmp(d->text + a + n, d->text + t1, rest) == 0)
            return 1;
    }
    return 0;
}

/* Whom the registry read in a mention that starts at text[pos] itself, or NO_PERSON. */
static size_t read_at(const registry *reg, size_t pos) {
    size_t at = registry_mentions_from(reg, pos);
    return at < reg->mentions.len && reg->mentions.items[at].pos == pos ? reg->mentions.items[at].person : NO_PERSON;
}

/* Does a name follow a description's head, up to its end ("la empresa Transportes Costa
 * Esmeralda")? 1 and in *p whom the registry read there (NO_PERSON if someone the text showed
 * to be a person: "la empresa Lara" after "Jorge Lara"), or 0. */
static int named_after_kind(const document *d, const registry *reg, const mention *m, size_t *p) {
    size_t a = m->head_end;
    while (a < m->end && d->text[a] == ' ') a++;
    *p = NO_PERSON;
    if (m->kind != MENTION_DESCRIPTION || a >= m->end) return 0;
    if (!utf8_opens_upper(d->text, m->end, a)) return 0;
    size_t at = registry_mentions_from(reg, a);
    if (at < reg->mentions.len) {
        const person_mention *pm = &reg->mentions.items[at];
        if (pm->pos == a && pm->end <= m->end && !reg->people.items[pm->person].personal) *p = pm->person;
    }
    return 1;
}

/* Where adjectives follow the noun (features.txt "postnominal-adjectives"), does a capitalised
 * word that is no title follow m's article ("Le Soleil a appris", "la Stib", "La Croix-Rouge
 * canadienne")? It names a paper or a body, which adjectives may qualify, not someone the text
 * described before; unless its ending shows a person's origin ("le Limbourgeois",
 * rules/<lang>/demonym-endings.txt, or person-noun-endings.txt: "le Norvégien"). */
static int name_after_article(const document *d, const whosaid_rules *r, const mention *m) {
    if (!rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) return 0;
    size_t w = second_word_start(d, m->start, m->end), e = w;
    if (w >= m->end || !uc_is_upper(d->text[w]) ||
        wordset_get(&r->articles, (const char *)d->text + m->start, first_word_end(d, m->start, m->end) - m->start) < 0)
        return 0;
    while (e < m->end && d->text[e] != ' ') e++;
    const char *word = (const char *)d->text + w;
    return wordset_get_folded(&r->titles, word, e - w) < 0 && !rules_longest_ending(&r->demonym_endings, word, e - w) &&
           !rules_longest_ending(&r->person_endings, word, e - w); /* (nor "le Norvégien") */
}

/* People role_alone reads back, at most. */
enum { ROLE_ALONE_READ = 64 };

/* The person named last before m whose role is m's head noun alone after the same possessive
 * ("su abogada, Paola Andrea Montoya" for "su abogada"; not "His lawyer" after "Clinton's
 * lawyer, Cheryl Mills"), or NO_PERSON. */
static size_t role_alone(const document *d, const registry *reg, const mention *m) {
    size_t own = m->head_start - 1 - m->start; /* (the possessive's bytes, a space after them) */
    for (size_t p = reg->people.len, read = 0; p-- > 0 && read < ROLE_ALONE_READ; read++) {
        const person *ps = &reg->people.items[p];
        if (ps->kind != ENTITY_PERSON || ps->name_start >= m->start ||
            !same_span_text(d, ps->role_start, ps->role_end, m->head_start, m->head_end) || ps->role_start < own + 1)
            continue;
        size_t before = ps->role_start - 1 - own;
        if (d->text[ps->role_start - 1] == ' ' && (before == 0 || !uc_is_letter(d->text[before - 1])) &&
            !strncasecmp((const char *)d->text + before, (const char *)d->text + m->start, own))
            return p;
    }
    return NO_PERSON;
}

/* The person named last before m whose role is m's words after its possessive followed by a
 * complement ("Sa directrice générale affirme" after "Stéphanie Gagnon-Roy, directrice générale de
 * la Coopérative …": the possessive stands for what the complement names), or NO_PERSON. The
 * complement opens with a connector (rules/<lang>/connectors.txt). */
static size_t role_with_complement(const document *d, const registry *reg, const mention *m, size_t own_start) {
    size_t n = m->end - own_start;
    for (size_t p = reg->people.len, read = 0; p-- > 0 && read < ROLE_ALONE_READ; read++) {
        const person *ps = &reg->people.items[p];
        if (ps->kind != ENTITY_PERSON || ps->name_start >= m->start || ps->role_end <= ps->role_start + n + 1 ||
            strncasecmp((const char *)d->text + ps->role_start, (const char *)d->text + own_start, n) != 0 ||
            d->text[ps->role_start + n] != ' ')
            continue;
        size_t c = ps->role_start + n + 1, ce = c;
        while (ce < ps->role_end && uc_is_letter(d->text[ce])) ce++;
        if (ce > c && wordset_get(&reg->rules->connectors, (const char *)d->text + c, ce - c) >= 0) return p;
    }
    return NO_PERSON;
}

/* The person whose name the words of m, an article and a word of origin or an epithet, stood
 * right before when the text named them ("le Rennais Julien Audrain", then "reconnaissait le
 * Rennais"), or NO_PERSON: the text calls them again by those words. The latest such person. */
static size_t epithet_before_name(const document *d, const registry *reg, const mention *m) {
    size_t n = m->end - m->start;
    for (size_t i = registry_mentions_from(reg, m->start), walked = 0; i-- > 0 && walked < REGISTRY_LOOKBACK; walked++) {
        const person_mention *pm = &reg->mentions.items[i];
        const person *ps = &reg->people.items[pm->person];
        if (ps->kind != ENTITY_PERSON || pm->end <= pm->pos + n + 1 || ps->name_start != pm->pos + n + 1 ||
            d->text[pm->pos + n] != ' ' || strncasecmp((const char *)d->text + pm->pos, (const char *)d->text + m->start, n) != 0)
            continue;
        return pm->person;
    }
    return NO_PERSON;
}

/* The previous quotation's speaker for this one, whose cue and candidates stay its own. */
static void take_previous_speaker(attribution *a, const attribution *prev) {
    attribution own = *a;
    *a = *prev;
    a->cue = own.cue;
    a->ranked = own.ranked;
    a->method = "role-noun";
}

/* Does a compound cut short, its hyphen before a space or a comma, stand in text[s, e)
 * ("Bildungs-, Kultur- und Sportdirektion")? */
static int cut_compound_before(const document *d, size_t s, size_t e) {
    for (size_t k = s; k + 1 < e; k++)
        if (d->text[k] == '-' && k > s && d->text[k - 1] != ' ' && (d->text[k + 1] == ' ' || d->text[k + 1] == ',')) return 1;
    return 0;
}

/* "selon la même source", "añaden las mismas fuentes", "laut derselben Quelle": does a word of
 * rules/<lang>/same-words.txt open description m, or follow its article, where the previous
 * quotation, with a speaker, is in m's sentence or the one before? Then m is that speaker: the
 * source the text cited last. */
static int same_as_before(const document *d, const segments *seg, const registry *reg, const mention *m,
                          const attribution *prev, const quote *prevq) {
    const wordset *same = &reg->rules->same_words;
    if (!same->len || !prev || !prevq || prev->speaker_end <= prev->speaker_start || prev->speaker_start >= m->start)
        return 0;
    /* (the words first: most descriptions hold none, and the sentence is looked up) */
    size_t w = first_word_end(d, m->start, m->end);
    int opens = wordset_get_folded(same, (const char *)d->text + m->start, w - m->start) >= 0;
    if (!opens && w < m->head_start) {
        size_t e = first_word_end(d, w + 1, m->end);
        opens = wordset_get_folded(same, (const char *)d->text + w + 1, e - w - 1) >= 0;
    }
    return opens && segments_sentence_at(seg, m->start) <= prevq->sent + 1;
}

/* Does a role of kin only ("Mann", "Sohn", "father") give way to description m, which names by a
 * title what the person does ("der 68-jährige Rentner") and no kin? */
static int kin_gives_way(const document *d, const whosaid_rules *r, const attribution *a, const mention *m) {
    return a->role_end > a->role_start && m->role_end > m->role_start && m->titled &&
           span_word_in(d, r, &r->kin_nouns, a->role_start, a->role_end, 1) &&
           !span_word_in(d, r, &r->kin_nouns, m->role_start, m->role_end, 1);
}

static size_t described(const document *d, const segments *seg, const registry *reg, const mention *m, size_t horizon,
                        const attribution *prev, const quote *prevq, attribution *a) {
    const whosaid_rules *r = reg->rules;
    /* "l'élu d'opposition", "la représentante de l'Etat": where the noun comes before what
     * qualifies it (features.txt "postnominal-adjectives"), a role's first word before a
     * connector is its head, not the phrase's last word ("opposition", a group) */
    mention own;
    size_t first = first_word_end(d, m->role_start, m->role_end);
    if (rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && m->kind == MENTION_ROLE && m->role_start < first &&
        first < m->role_end && first < m->head_start && d->text[first] == ' ') {
        size_t next = first_word_end(d, first + 1, m->role_end);
        /* (…or where the phrase's last word, an adjective, is no title nor a title's modifier: "le
         * délégué syndical" is a "délégué"; "el alcalde electo" keeps its words) */
        if (wordset_get(&r->connectors, (const char *)d->text + first + 1, next - first - 1) >= 0 ||
            (wordset_get_folded(&r->titles, (const char *)d->text + m->role_start, first - m->role_start) >= 0 &&
             wordset_get_folded(&r->titles, (const char *)d->text + m->head_start, m->head_end - m->head_start) < 0 &&
             wordset_get_folded(&r->title_modifiers, (const char *)d->text + m->head_start, m->head_end - m->head_start) < 0)) {
            own = *m;
            own.head_start = m->role_start;
            own.head_end = first;
            m = &own;
        }
    }
    /* "sagte der 58 Jahre alte Bürgermeister der Marktgemeinde": after an age, an epithet's, the
     * role's first word is the noun, not the complement's last ("Marktgemeinde", no one's) */
    if (m != &own && m->kind == MENTION_DESCRIPTION && m->role_start < first && first < m->role_end &&
        first < m->head_start && age_among(d, r, m->start, m->role_start)) {
        own = *m;
        own.head_start = m->role_start;
        own.head_end = first;
        m = &own;
    }
    /* (the head's sets, asked below of up to ten: looked up once) */
    const uint64_t hs = head_sets(d, r, m);
    size_t w = first_word_end(d, m->start, m->end);
    /* "police said": a noun for a group and a kind of organisation needs no article */
    int bare_noun = m->head_start == m->start && m->head_end == m->end && head_has(d, m, hs, &r->group_nouns) &&
               head_has(d, m, hs, &r->org_nouns);
    /* "Their union said" after "the Irish Commercial Pilots Union": a possessive before a kind
     * of organisation is as definite, for an organisation of that kind only */
    int possessed_org = m->head_end > m->head_start && w < m->head_start &&
                        wordset_get(&r->possessives, (const char *)d->text + m->start, w - m->start) >= 0 &&
                        head_has(d, m, hs, &r->org_nouns);
    if (m->head_end <= m->head_start) return NO_PERSON;
    /* "Laut der Bildungs-, Kultur- und Sportdirektion", "hieß es aus der Landesalarm- und
     * Warnzentrale": a body whose noun compounds cut short open names itself, no one named
     * before (not a title's holder: "die Bau- und Verkehrsministerin") */
    if (cut_compound_before(d, m->start, m->head_start) &&
        rules_compound_in(r, &r->titles, (const char *)d->text + m->head_start, m->head_end - m->head_start) < 0 &&
        rules_gendered(r, (const char *)d->text + m->head_start, m->head_end - m->head_start) <= 0)
        return NO_PERSON;
    /* "—intervino su abogada" after "acompañado de su abogada, Paola Andrea Montoya": a
     * possessive and a noun are the one the text named with that noun alone as their role */
    if (!bare_noun && !possessed_org && w + 1 == m->head_start && m->head_end == m->end &&
        wordset_get(&r->possessives, (const char *)d->text + m->start, w - m->start) >= 0) {
        /* (…but a noun of address after it stands for the holder of the office it addresses,
         * as a definite description would: "her honour said" after "Justice Helen Adamczyk",
         * rules/<lang>/address-nouns.txt and role-synonyms.txt) */
        if (!head_has(d, m, hs, &r->address_nouns)) {
            size_t p = role_alone(d, reg, m);
            return p != NO_PERSON ? p : role_with_complement(d, reg, m, w + 1);
        }
        return role_by_synonym(d, reg, m, m->gender == GENDER_MALE || m->gender == GENDER_FEMALE ? m->gender : 0);
    }
    /* (…and one of a role of several words, its title first, the one whose role those words
     * open before a complement) */
    if (!bare_noun && !possessed_org && w + 1 < m->head_start && m->head_end == m->end &&
        wordset_get(&r->possessives, (const char *)d->text + m->start, w - m->start) >= 0) {
        size_t title_end = first_word_end(d, w + 1, m->end);
        if (wordset_get_folded(&r->titles, (const char *)d->text + w + 1, title_end - w - 1) >= 0)
            return role_with_complement(d, reg, m, w + 1);
    }
    /* (a demonstrative is as definite: "—cuenta este ganadero de Cerdeira—" after "Antonio
     * Pérez Domínguez hacía cuentas", rules/<lang>/anaphoric-determiners.txt) */
    if (!bare_noun && !possessed_org && wordset_get(&r->articles, (const char *)d->text + m->start, w - m->start) != ARTICLE_DEFINITE &&
        !(r->anaphoric_determiners.len &&
          wordset_get_folded(&r->anaphoric_determiners, (const char *)d->text + m->start, w - m->start) >= 0))
        return NO_PERSON;
    int shown = m->gender > 0 ? m->gender : article_number(d, r, m);
    size_t same = role_by_synonym(d, reg, m, shown == GENDER_MALE || shown == GENDER_FEMALE ? shown : 0);
    if (same != NO_PERSON) return same;
    const char *head = (const char *)d->text + m->head_start;
    size_t n = m->head_end - m->head_start;
    /* "répond le quadragénaire", "dijo el cuarentón": a noun for someone of an age
     * (rules/<lang>/age-decades.txt) is the one person an apposition gave an age of that decade
     * ("Franck Delorme, 47 ans,") */
    int decade = wordset_get_folded(&r->age_decades, head, n);
    if (decade > 0) {
        size_t aged = person_of_decade(reg, decade, shown == GENDER_MALE || shown == GENDER_FEMALE ? shown : 0);
        if (aged != NO_PERSON) return aged;
    }
    /* "la porte-parole du gouvernement", "der Sprecher des Innenministeriums", a role with its
     * complement that no one named holds, is someone of their own where the language's second
     * nouns for the one just named carry none ("epithets") */
    /* (not a noun of what someone is, rules/<lang>/status-heads.txt: "la retraitée de Rawdon"
     * stands for the one just named) */
    size_t role_word = first_word_end(d, m->role_start, m->role_end);
    /* (nor after a demonstrative, which points back whatever the complement adds: "résume cet
     * éleveur de bovins de Mirande" after "Jean-Marc Dufau, président de la FDSEA") */
    if (m->kind == MENTION_ROLE && rules_feature(r, FEATURE_EPITHETS) && has_complement(d, r, m) &&
        wordset_get(&r->status_heads, (const char *)d->text + m->role_start, role_word - m->role_start) < 0 &&
        !opens_with_demonstrative(d, r, m)) {
        /* …but a head that stands for any role ("el titular de Transportes", "le patron de la
         * SNCF": generic-role-heads.txt) is whoever holds a role of that complement */
        if (wordset_get_folded(&r->generic_heads, (const char *)d->text + m->role_start, role_word - m->role_start) < 0)
            return NO_PERSON;
        int g = article_number(d, r, m);
        return registry_resolve_complement(reg, d, m, g > 0 ? g : 0);
    }
    /* (where every noun is capitalised, a compound by its last part: "der Energiekonzern"; and
     * in the genitive: "des Ministeriums") */
    int capitalised = rules_feature(r, FEATURE_CAPITALISED_NOUNS);
    size_t bare = capitalised && rules_compound_in(r, &r->org_nouns, head, n) < 0
                      ? rules_stem_in(r, &r->genitive_noun_endings, &r->org_nouns, head, n)
                      : n;
    if (head_has(d, m, hs, &r->org_nouns) || (capitalised && rules_compound_in(r, &r->org_nouns, head, bare) >= 0)) {
        /* (a title before its complement, whose last word is the organisation's noun, is a
         * person, no organisation: "The leader of the opposition group said") */
        if (title_before_complement(d, r, m)) return NO_PERSON;
        /* "précise la préfecture du Morbihan": the organisation the registry read in these very
         * words (people.c lower_org_of_place) */
        size_t own = read_at(reg, m->start);
        if (own != NO_PERSON && reg->people.items[own].kind == ENTITY_ORG && reg->people.items[own].name_start == m->head_start)
            return own;
        /* (…or read from the head, after a possessor: "The city's Office of Special Events") */
        own = possessor_before_head(d, r, m) ? read_at(reg, m->head_start) : NO_PERSON;
        if (own != NO_PERSON && reg->people.items[own].kind == ENTITY_ORG && reg->people.items[own].name_start == m->head_start &&
            reg->people.items[own].name_end == m->end)
            return own;
        /* "La empresa Transportes Costa Esmeralda lamentó … y aseguró …": the kind with the
         * name after it is the organisation of that name, or speaks for itself */
        if (named_after_kind(d, reg, m, &own)) return own;
        /* "the police said" after "Acme Mining": a noun for a group as much as for a kind of
         * organisation ("police", "la policía", "die Polizei") stands for itself, unless an
         * organisation named before holds it in its name ("Toronto Police Service"); so does a
         * public body's ("the province insists" after "the Canadian Medical Association":
         * rules/<lang>/public-bodies.txt) */
        /* (where every noun is capitalised, a compound by its last part: "des Landratsamts") */
        int public_body = head_has(d, m, hs, &r->public_bodies) ||
                          (capitalised && rules_compound_in(r, &r->public_bodies, head, bare) >= 0);
        if ((head_has(d, m, hs, &r->group_nouns) || public_body || possessor_before_head(d, r, m)) &&
            !org_named_with(reg, d, m->head_start, m->head_start + bare))
            return NO_PERSON;
        /* "The Health Directorate, which funds …, said": where only names are capitalised, an
         * article before capitalised words that end in the kind is that organisation's own name,
         * not another one named before, unless one holds the kind in its name */
        size_t second = second_word_start(d, m->start, m->end);
        if (!capitalised && second < m->head_start && utf8_opens_upper(d->text, d->len, m->head_start) &&
            utf8_opens_upper(d->text, d->len, second) && wordset_get_folded(&r->articles, (const char *)d->text + m->start,
                                                                             first_word_end(d, m->start, m->end) - m->start) >= 0 &&
            !org_named_with(reg, d, m->head_start, m->head_start + bare))
            return NO_PERSON;
        /* "la préfecture de police" after "l'AFP": a kind with its complement names its own
         * organisation, unless one named before holds the kind in its name */
        /* (the noun itself: "la chambre d'agriculture des Deux-Sèvres" is not the "préfecture
         * des Deux-Sèvres" of its kind) */
        int own_complement = rules_feature(r, FEATURE_EPITHETS) && affiliated_after_head(d, r, m);
        if (own_complement && !org_fit_named(reg, d, m->head_start, m->head_end, ORG_HOLDS_NOUN)) return NO_PERSON;
        size_t p = salient(reg, seg, m->start, ENTITY_ORG, 0, 0, 0, prev, prevq, a);
        /* where every noun is capitalised, so that any run of them may be a name ("Millionen
         * Euro", "vor dem Neuen Rathaus"), "das Gericht" is an organisation shown to be one, one
         * whose name ends in the noun ("Landgericht Bonn"), or a name that was once the
         * subject of its clause ("Die Stadtwerke Kassel erhöhen …"); else it speaks for itself */
        if (!capitalised) {
            if (p != NO_PERSON) p = registry_org_for_noun(reg, d, &a->ranked, m->head_start, m->head_end);
            /* "the bank said" long after "The Reserve Bank has kept …": the one named last whose
             * name ends in the noun, however far back, before one that salience ranks whose name
             * does not hold it */
            if (p == NO_PERSON ||
                registry_org_fit(reg, d, &reg->people.items[p], m->head_start, m->head_end) != ORG_HOLDS_NOUN) {
                size_t holder = named_with_noun(reg, d, m->start, m->head_start, bare);
                /* (not a name the description's own words make: "The white paper says" is the
                 * document "White Paper: Railroading …", no organisation) */
                if (holder != NO_PERSON && !description_is_name(d, m, &reg->people.items[holder])) p = holder;
            }
            if (possessed_org && p != NO_PERSON &&
                registry_org_fit(reg, d, &reg->people.items[p], m->head_start, m->head_end) < ORG_OF_KIND)
                return NO_PERSON;
            return p;
        }
        /* (a compound whose first part is an acronym names its own: "Die SP-Fraktion kündigte
         * an", "die CSU-Fraktion im Marktgemeinderat" are no city named before) */
        if (acronym_compound(d, m->head_start, m->head_end)) return NO_PERSON;
        /* (first the one named last whose name ends in the noun, however far back: "Das
         * Spital teilte mit" after "Das Regionalspital Aarethal" in the lead) */
        size_t holder = named_with_noun(reg, d, m->start, m->head_start, bare);
        if (holder == NO_PERSON) holder = named_with_genitive_noun(reg, d, m->start, m->head_start, bare);
        if (holder != NO_PERSON) return holder;
        for (size_t k = 0; k < a->ranked.n && p != NO_PERSON; k++) {
            p = a->ranked.top[k].person;
            /* (never one whose name shows another kind: "die Polizei" is no "Gericht",
             * organisation-noun-groups.txt) */
            if (registry_org_fit(reg, d, &reg->people.items[p], m->head_start, m->head_start + bare) == ORG_OTHER_KIND) continue;
            /* (after a possessive, one of the noun's kind only, as above: "Nach Berechnungen seiner
             * Fraktion" is no "Bahn" named before) */
            if (possessed_org && registry_org_fit(reg, d, &reg->people.items[p], m->head_start, m->head_end) < ORG_OF_KIND)
                continue;
            /* (a subject's name only where no word of it is in lower case: "Die Fertigung von
             * Präzisionsteilen werde verlagert" is nouns and their connector, no company that "das
             * Unternehmen" stands for; "Heidrich Logistik streicht …" may be) */
            if (reg->people.items[p].kind == ENTITY_ORG || name_ends_in_noun(d, &reg->people.items[p], m->head_start, bare) ||
                (ever_subject(d, seg, reg, p) && !name_holds_lower_word(d, &reg->people.items[p])))
                return p;
        }
        return NO_PERSON;
    }
    /* "the statement said" speaks for itself; "the crowd", "the protesters" are a group */
    /* (an article that shows one person, "der Politiker", outweighs an ending of plurals) */
    int one = article_number(d, r, m);
    /* (…but a noun of one person of either gender by the language's list, plural by its ending
     * alone: "sagte die Mutter", "la hermana") */
    if (head_has(d, m, hs, &r->document_nouns) || head_has(d, m, hs, &r->group_nouns) ||
        (rules_plural(r, head, n) && one < 0 && !head_has(d, m, hs, &r->gendered_nouns)))
        return NO_PERSON;
    /* "the website" is no one: the head must name a person — a title ("the owner"), a word
     * that shows a gender ("the mother"), a party or origin ("the Ohio Democrat", "the Texan"),
     * an age ("the 34-year-old") */
    /* "l'opposition municipale": where the noun comes before its adjectives, a group noun
     * after the article is a group, whatever the adjective ("municipale") */
    size_t second = second_word_start(d, m->start, m->end); /* (after "l’": "l’opposition") */
    if (rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && second < m->head_start) {
        size_t e = second;
        while (e < m->head_start && d->text[e] != ' ') e++;
        if (wordset_get(&r->group_nouns, (const char *)d->text + second, e - second) >= 0) return NO_PERSON;
    }
    if (name_after_article(d, r, m)) return NO_PERSON;
    int person_noun = head_has(d, m, hs, &r->titles) || head_has(d, m, hs, &r->title_modifiers) ||
                      head_has(d, m, hs, &r->gendered_nouns) || uc_is_upper((unsigned char)head[0]) ||
                      rules_longest_ending(&r->person_endings, head, n); /* "the retired machinist" */
    for (size_t k = 0; k < n && !person_noun; k++) person_noun = uc_is_digit((unsigned char)head[k]);
    /* (…or an age after the noun: "dijo el escolta de 31 años") */
    if (!person_noun) person_noun = ends_in_age_text(d, r, m->head_end, m->end);
    /* where the noun comes before its adjectives ("la también diputada gallega", "l'élue
     * socialiste"), a word before the head may be the person noun, and show the gender */
    int word_gender = 0;
    if (rules_feature(r, FEATURE_EPITHETS))
        for (size_t a = second; a < m->head_start && !person_noun;) {
            size_t e = a;
            while (e < m->head_start && d->text[e] != ' ') e++;
            const char *x = (const char *)d->text + a;
            person_noun = wordset_get(&r->titles, x, e - a) >= 0 || rules_longest_ending(&r->person_endings, x, e - a);
            int g = wordset_get(&r->gendered_nouns, x, e - a);
            if (g > 0) person_noun = 1, word_gender = g;
            a = e + 1;
        }
    /* "dijo el concertino" after "El concertino, Mauricio Elizondo Garza,": a noun no list
     * knows is a person's where the text gave it to someone named before as their role, and
     * stands for them */
    /* (the head of that role, its last word before a comma or a connector: not "the restaurant
     * said" after "Restaurant owner Ann Lee"; nor with an indefinite complement, below) */
    if (!person_noun) {
        if (!m->definite || m->head_end <= m->head_start || m->org || indefinite_complement(d, r, m)) return NO_PERSON;
        mention role = *m;
        role.role_start = m->head_start;
        role.role_end = m->head_end;
        if (!role.gender && one > 0) role.gender = one;
        size_t p = registry_resolve_role(reg, d, &role);
        return p != NO_PERSON && role_headed_by(d, r, &reg->people.items[p], m->head_start, m->head_end) ? p : NO_PERSON;
    }
    /* "The mother of a 23-year-old man who …", "the owner of a bakery": a complement with an
     * indefinite article right after the head brings someone new in, no one named before (not
     * after a demonstrative, which points back whatever the complement adds: "confie cette mère
     * d'une fillette de 18 mois" after "Aurélie Dufour a appris le rappel") */
    if (indefinite_complement(d, r, m) && !opens_with_demonstrative(d, r, m)) return NO_PERSON;
    mention role = *m;
    role.role_start = m->head_start;
    role.role_end = m->head_end;
    if (!role.gender && one > 0) role.gender = one; /* "La ministre": no man */
    size_t p = registry_resolve_role(reg, d, &role);
    if (p != NO_PERSON || head_has(d, m, hs, &r->roles_of_others)) return p;
    /* "the city's finance director", "the union's lawyer": a possessor's, someone of their own
     * whom no one named in that role is, not the one named last */
    if (possessor_before_head(d, r, m)) return NO_PERSON;

    /* (a compound by its last part: "fügte die SPD-Politikerin hinzu" is no man just named) */
    int gender = rules_gendered(r, head, n);
    if (gender <= 0) gender = word_gender ? word_gender : one; /* "la haute fonctionnaire" */
    size_t window = gender > 0 && rules_feature(r, FEATURE_EPITHETS) ? GENDERED_EPITHET_SENTENCES : DESCRIPTION_SENTENCES;
    /* (before the reported clause where the cue follows it: not "le bourgmestre" in "Le
     * bourgmestre cherche surtout à rassurer les commerçants, estime l'élu") */
    size_t at = horizon < m->start ? horizon : m->start;
    /* "la metteuse en scène Mathilde Rochat … la nouvelle directrice ne tient pas en place …
     * Sa secrétaire générale, Anne-Lise Favre, … La directrice affirme que": where the language's
     * news call the one just named by a second noun (features.txt "epithets"), a bare
     * description stands for whom it stood for where the text first used its noun after an
     * article, not for whoever was named since (English "the Republican" is any of several) */
    /* (…unless its head stands for any office, generic-role-heads.txt: "El viceministro …, Luis
     * Pazmiño, dijo …. El funcionario anunció" is him, not the official it first meant) */
    if (rules_feature(r, FEATURE_EPITHETS) && !has_complement(d, r, m) && !head_has(d, m, hs, &r->generic_heads)) {
        size_t used = first_use(d, r, m, at);
        /* (where that first use opened the story before anyone was named, the one named next) */
        if (used < at) {
            size_t ahead = named_after_opening_use(seg, reg, used, m->start, gender > 0 ? gender : 0);
            if (ahead != NO_PERSON) return ahead;
        }
        at = used;
    }
    /* (a description with an age that the registry read as the one named just before is theirs,
     * whatever role they have: "Jamie Caddick scored …. The 19-year-old striker, whose father
     * …, said", people.c epithet_of_last_named) */
    if (m->role_start > m->start && age_among(d, r, m->start, m->role_start)) {
        size_t own = read_at(reg, m->start);
        if (own != NO_PERSON && reg->people.items[own].kind == ENTITY_PERSON && reg->people.items[own].name_start < m->start)
            return own;
    }
    p = salient(reg, seg, at, ENTITY_PERSON, gender > 0 ? gender : 0, 1, window, prev, prevq, a);
    /* "the Republican vice-presidential nominee" is not the governor named just before: a title
     * describes someone whose role, if known, holds it; but where the language's news call the
     * person just named by a second noun without a complement ("le syndicaliste", "der
     * CDU-Politiker", "el empresario": rules/<lang>/features.txt "epithets"), it is them */
    /* (a role's title stands before its complement: "the mayor of Marrow Bay", whose last word
     * is no title, is not the spokesperson just quoted) */
    /* (…but "the mayor of Marrow Bay" is "Ines Calvo, the town's mayor": a role's title word
     * that the person's role holds) */
    if (p != NO_PERSON && (head_has(d, m, hs, &r->titles) || (m->kind == MENTION_ROLE && !role_word_held(d, m, &reg->people.items[p]))) &&
        reg->people.items[p].role_end > reg->people.items[p].role_start &&
        !(rules_feature(r, FEATURE_EPITHETS) && (!has_complement(d, r, m) || opens_with_demonstrative(d, r, m))))
        return NO_PERSON;
    /* a post one person holds ("la ministra", "el alcalde": single-posts.txt) that no one named
     * holds is the person just named whose role the text has not given ("Díaz explicó …
     * «…», dijo la ministra"), not one who holds another */
    if (p != NO_PERSON && head_has(d, m, hs, &r->single_posts) &&
        reg->people.items[p].role_end > reg->people.items[p].role_start)
        return NO_PERSON;
    return p;
}

/* People named_org reads back for an organisation by its first word, at most. */
enum { FIRST_WORD_ORGS_READ = 64 };

/* The organisation a description whose head is capitalised names, from its head to its end
 * ("Le Réseau de transport de la Capitale"), where the registry holds one of that name; else
 * NO_PERSON. By salience such a head was a person's origin ("the Texan"), someone named before. */
static size_t named_org(const document *d, const registry *reg, const mention *m) {
    /* (where nouns are in lower case and come before their adjectives, features.txt
     * "postnominal-adjectives" and not "capitalised-nouns": a capital there opens a name, where
     * English "the Texan" is an origin and German capitalises every noun) */
    const whosaid_rules *r = reg->rules;
    if (m->kind != MENTION_DESCRIPTION || m->head_end <= m->head_start || !rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) ||
        rules_feature(r, FEATURE_CAPITALISED_NOUNS))
        return NO_PERSON;
    if (!utf8_opens_upper(d->text, m->head_end, m->head_start)) return NO_PERSON;
    mention name = *m;
    name.kind = MENTION_NAME;
    name.name_start = name.surname_start = m->head_start;
    name.name_end = name.surname_end = m->end;
    size_t p = registry_resolve_name(reg, d, &name);
    if (p != NO_PERSON && reg->people.items[p].kind == ENTITY_ORG &&
        same_span_text(d, reg->people.items[p].name_start, reg->people.items[p].name_end, m->head_start, m->end))
        return p;
    /* "Selon l'Alliance, …" after "l'Alliance des infirmières et infirmiers du Québec": the
     * head alone, an organisation's first word, is the one named last that opens with it */
    if (m->head_end != m->end) return NO_PERSON;
    size_t n = m->head_end - m->head_start;
    for (size_t q = reg->people.len, read = 0; q-- > 0 && read < FIRST_WORD_ORGS_READ; read++) {
        const person *ps = &reg->people.items[q];
        if (ps->kind != ENTITY_ORG || ps->name_start >= m->start || ps->name_end - ps->name_start <= n ||
            d->text[ps->name_start + n] != ' ' || !same_span_text(d, ps->name_start, ps->name_start + n, m->head_start, m->head_end))
            continue;
        return q;
    }
    return NO_PERSON;
}

static int word_before(const document *d, size_t pos, size_t *a, size_t *b);

/* "hieß es aus der Unternehmenszentrale der Nordwerft": a description after a preposition,
 * where it says whence words came, whose last word, after a connector, opens the name of an
 * organisation the registry holds ("Nordwerft Kiel AG") is that organisation's words, or
 * NO_PERSON. */
static size_t org_of_complement(const document *d, const registry *reg, const mention *m) {
    const whosaid_rules *r = reg->rules;
    size_t pa, pb;
    if (!word_before(d, m->start, &pa, &pb) || wordset_get(&r->prepositions, (const char *)d->text + pa, pb - pa) < 0)
        return NO_PERSON;
    /* (a person's noun is the person's: "according to a spokeswoman for Boeing") */
    size_t n0 = second_word_start(d, m->start, m->end), n1 = first_word_end(d, n0, m->end);
    const char *noun = (const char *)d->text + n0;
    if (n1 <= n0 || rules_compound_in(r, &r->titles, noun, n1 - n0) >= 0 ||
        rules_title_traits(r, noun, n1 - n0, TITLE_BY_ENDING | TITLE_BY_PART | TITLE_IN_LOWER_CASE) ||
        rules_gendered(r, noun, n1 - n0) > 0)
        return NO_PERSON;
    /* (its last word, capitalised, after a connector) */
    size_t w, e, c, ce;
    if (!word_before(d, m->end, &w, &e) || w <= m->start || !utf8_opens_upper(d->text, e, w) ||
        !word_before(d, w, &c, &ce) || c < m->start || wordset_get(&r->connectors, (const char *)d->text + c, ce - c) < 0)
        return NO_PERSON;
    mention name = *m;
    name.kind = MENTION_NAME;
    name.name_start = name.surname_start = w;
    name.name_end = name.surname_end = e;
    name.name_tokens = 1;
    name.titled = 0;
    size_t p = registry_resolve_name(reg, d, &name);
    if (p == NO_PERSON || reg->people.items[p].kind != ENTITY_ORG) return NO_PERSON;
    const person *ps = &reg->people.items[p];
    return ps->name_end - ps->name_start > e - w && same_span_text(d, ps->name_start, ps->name_start + (e - w), w, e) &&
                   d->text[ps->name_start + (e - w)] == ' '
               ? p
               : NO_PERSON;
}

/* A title standing alone that is someone's surname: "King said" after "Ruth King". */
static size_t surname_title(const document *d, const registry *reg, const mention *m) {
    if (m->role_end <= m->role_start || m->start != m->role_start) return NO_PERSON;
    for (size_t i = m->role_start; i < m->role_end; i++)
        if (d->text[i] == ' ') return NO_PERSON;
    mention name = *m;
    name.kind = MENTION_NAME;
    name.name_start = name.surname_start = m->role_start;
    name.name_end = name.surname_end = m->role_end;
    name.name_tokens = 1;
    name.titled = 0;
    return registry_resolve_name(reg, d, &name);
}

/* "“…,” the retired machinist said" of someone named before with no role: what the text calls
 * them there is their role, without its article, where its head names an occupation or a
 * title ("the Florida senator", "the soft-spoken owner"), not a gendered noun, an age or an
 * origin ("the woman", "the 34-year-old", "the Texan"). */
/* Is text[a, e) one word that ends in a full stop, an abbreviated title alone ("Ald.", "Sgt.")?
 * A description's fuller words for the office say more ("the 4th Ward alderman"). */
static int abbreviation_alone(const document *d, size_t a, size_t e) {
    if (e < a + 2 || d->text[e - 1] != '.') return 0;
    for (size_t k = a; k < e; k++)
        if (d->text[k] == ' ') return 0;
    return 1;
}

/* Does text[s, e) open with a noun of kinship (rules/<lang>/kin-nouns.txt) and a connector
 * after it ("mère de trois enfants", "mère d'une fillette")? */
static int kin_with_complement(const document *d, const whosaid_rules *r, size_t s, size_t e) {
    size_t k = s;
    while (k < e && d->text[k] != ' ' && !apostrophe_at(d->text, e, k)) k++;
    if (k == s || k >= e || wordset_get_folded(&r->kin_nouns, (const char *)d->text + s, k - s) < 0) return 0;
    if (d->text[k] == ' ') {
        size_t c = k + 1, ce = c;
        while (ce < e && d->text[ce] != ' ' && !apostrophe_at(d->text, e, ce)) ce++;
        return ce > c && ce < e && wordset_get(&r->connectors, (const char *)d->text + c, ce - c) >= 0;
    }
    return 0;
}

static void role_from_description(const document *d, const whosaid_rules *r, const mention *m, attribution *a) {
    if (m->head_end <= m->head_start) return;
    const char *head = (const char *)d->text + m->head_start;
    size_t n = m->head_end - m->head_start;
    int occupation = head_in(d, m, &r->titles) || head_in(d, m, &r->title_modifiers) ||
                     rules_longest_ending(&r->person_endings, head, n);
    size_t w = m->start;
    while (w < m->end && d->text[w] != ' ') w++;
    /* (or a noun of kinship with its complement, which says who someone is as a title would:
     * "cette mère de trois enfants", "ce père d'une fillette"; rules/<lang>/kin-nouns.txt) */
    if (!occupation && w + 1 < m->end) occupation = kin_with_complement(d, r, w + 1, m->end);
    if (!occupation || w + 1 >= m->end) return;
    a->role_start = w + 1;
    a->role_end = m->end;
}

/* horizon: where the people a pronoun may stand for are mentioned before (the reported clause's
 * start where the cue follows it: not "York Beach" in "The new brewery in York Beach is ready to
 * open, he said"), or NO_HORIZON. */
#define NO_HORIZON ((size_t)-1)
/* The word before text[pos] (its space aside) in [*a, *b), or 0 where none. */
static int word_before(const document *d, size_t pos, size_t *a, size_t *b) {
    size_t e = pos;
    while (e > 0 && d->text[e - 1] == ' ') e--;
    size_t s = e;
    while (s > 0 && d->text[s - 1] != ' ' && d->text[s - 1] != '\n') s--;
    *a = s;
    *b = e;
    return e > s;
}

/* The gender the singular article right before text[pos] shows (singular-articles.txt: "la
 * direction"), or 0. */
static int article_gender_before(const document *d, const whosaid_rules *r, size_t pos) {
    size_t a, b;
    int g = word_before(d, pos, &a, &b) ? wordset_get(&r->singular_articles, (const char *)d->text + a, b - a) : -1;
    return g > 0 ? g : 0;
}

/* Past the elided article of a word ("l'entreprise", "L’Association"): where its noun starts,
 * or a where it has none. */
static size_t past_elision(const document *d, size_t a, size_t b) {
    size_t e = first_word_end(d, a, b);
    if (e >= b || d->text[e] == ' ') return a;
    return e + (d->text[e] == '\'' ? 1 : 3);
}

/* The gender of a kind of organisation's noun at text[a, b) (organisation-genders.txt), or -1
 * where it names none (organisation-nouns.txt). */
static int org_noun_gender(const document *d, const whosaid_rules *r, size_t a, size_t b) {
    if (b <= a || wordset_get_folded(&r->org_nouns, (const char *)d->text + a, b - a) < 0) return -1;
    int g = wordset_get_folded(&r->org_genders, (const char *)d->text + a, b - a);
    return g > 0 ? g : 0;
}

/* Where a noun of a kind of organisation stands right before text[pos] ("le groupe Vantor
 * Logistique", "l'entreprise Vantor"), the gender its article or its noun shows (0: none); -1
 * where none stands there. */
static int org_noun_before(const document *d, const whosaid_rules *r, size_t pos) {
    size_t a, b;
    if (!word_before(d, pos, &a, &b)) return -1;
    size_t n = past_elision(d, a, b);
    int g = org_noun_gender(d, r, n, b);
    if (g < 0 || n > a) return g; /* (an elided article shows nothing: the noun's own) */
    int shown = article_gender_before(d, r, a);
    return shown ? shown : g;
}

/* The gender an organisation's name at text[pos, end) shows: that of the article before it or
 * opening it ("la direction", "le ministère"), or of its noun after an elided article
 * ("L'Association suisse des banquiers"), or of a kind of organisation's noun before it; 0 where
 * none shows. */
static int org_gender_at(const document *d, const whosaid_rules *r, size_t pos, size_t end) {
    int before = org_noun_before(d, r, pos);
    if (before >= 0) return before;
    size_t w = first_word_end(d, pos, end);
    int g = wordset_get(&r->singular_articles, (const char *)d->text + pos, w - pos);
    if (g > 0) return g;
    size_t n = past_elision(d, pos, end);
    if (n > pos) {
        g = org_noun_gender(d, r, n, first_word_end(d, n, end));
        return g > 0 ? g : 0;
    }
    return article_gender_before(d, r, pos);
}

/* Does the name at text[pos] open its clause: at the sentence's start [start, ...) or after a
 * comma, only an article and nouns of kinds of organisation before it ("le groupe Vantor
 * Logistique", "Contacté par l'AFP, l'entreprise …"; not "… de la rue King Ouest, elle")? */
static int opens_clause_at(const document *d, const whosaid_rules *r, size_t start, size_t pos) {
    size_t b = pos;
    for (;;) {
        while (b > start && d->text[b - 1] == ' ') b--;
        if (b <= start || d->text[b - 1] == ',') return 1;
        size_t a = b;
        while (a > start && d->text[a - 1] != ' ') a--;
        size_t n = past_elision(d, a, b);
        if (wordset_get_folded(&r->articles, (const char *)d->text + a, b - a) < 0 && org_noun_gender(d, r, n, b) < 0)
            return 0;
        b = a;
    }
}

/* "Le ministère de l'Habitat a démenti que … Il rappelle que …", "L'Association suisse des
 * banquiers n'a pas souhaité commenter. Elle rappelle …": where an organisation is "il" or "elle"
 * by its noun's gender (features.txt "gendered-organisations"), the subject pronoun m stands for
 * the organisation that the sentence before, in its paragraph, opened with (its first name that
 * no preposition governs, outside quotations), unless its article shows the other gender or a
 * person who may be the pronoun's is named between them. The organisation, or NO_PERSON. */
static size_t organisation_subject_before(const document *d, const segments *seg, const registry *reg,
                                          const mention *m) {
    const whosaid_rules *r = reg->rules;
    if (!rules_feature(r, FEATURE_GENDERED_ORGANISATIONS) || (m->gender != GENDER_MALE && m->gender != GENDER_FEMALE))
        return NO_PERSON;
    size_t sent = segments_sentence_at(seg, m->start);
    if (sent == 0 || sent >= seg->sents.len || seg->sents.items[sent - 1].para != seg->sents.items[sent].para)
        return NO_PERSON;
    size_t org = NO_PERSON;
    for (size_t k = registry_mentions_from(reg, seg->sents.items[sent - 1].start); k < reg->mentions.len; k++) {
        const person_mention *pm = &reg->mentions.items[k];
        if (pm->pos >= m->start) break;
        if (pm->quoted || pm->person == org) continue;
        const person *ps = &reg->people.items[pm->person];
        if (pronoun_at(d, r, pm)) continue; /* (which the registry gave someone by salience) */
        /* (or a name after a noun of a kind of organisation: "le groupe Vantor Logistique conteste …",
         * which a pronoun the registry gave it may have shown to be someone) */
        int organisation = ps->kind == ENTITY_ORG || org_noun_before(d, r, pm->pos) >= 0;
        if (org == NO_PERSON && !pm->oblique && !pm->possessive && organisation &&
            opens_clause_at(d, r, seg->sents.items[pm->sent].start, pm->pos)) {
            int g = org_gender_at(d, r, pm->pos, pm->end);
            if (pm->sent != sent - 1 || (g && g != m->gender)) return NO_PERSON;
            org = pm->person;
            continue;
        }
        /* (anyone named there whom the pronoun may stand for, "Pour Claire Morvan, …", or a
         * person the sentence opens with: no organisation) */
        if (ps->kind == ENTITY_PERSON &&
            (ps->gender == m->gender || ps->gender == 0 || (org == NO_PERSON && !pm->oblique && !pm->possessive)))
            return NO_PERSON;
    }
    return org;
}

/* "la direction de Logifret affirme que … Elle précise que …": where an organisation is "il" or
 * "elle" by its noun's gender (features.txt "gendered-organisations"), a subject pronoun stands
 * for the previous speaker, in the sentence before in its paragraph, where that speaker is a
 * definite description of a kind of organisation (organisation-nouns.txt) that the registry does
 * not hold and whose article shows no other gender, and no person who may be the pronoun's is
 * named between them. */
static int organisation_described_just_before(const document *d, const segments *seg, const registry *reg,
                                              const mention *m, const attribution *prev, const quote *prevq) {
    const whosaid_rules *r = reg->rules;
    if (!rules_feature(r, FEATURE_GENDERED_ORGANISATIONS) || (m->gender != GENDER_MALE && m->gender != GENDER_FEMALE) ||
        !prev || !prevq || prev->person != NO_PERSON || prev->speaker_end <= prev->speaker_start ||
        prev->speaker_start >= m->start)
        return 0;
    size_t sent = segments_sentence_at(seg, m->start);
    if (prevq->sent + 1 != sent || seg->sents.items[prevq->sent].para != seg->sents.items[sent].para) return 0;
    size_t a = prev->speaker_start, e = prev->speaker_end, w = first_word_end(d, a, e);
    if (w >= e || wordset_get(&r->articles, (const char *)d->text + a, w - a) != ARTICLE_DEFINITE) return 0;
    size_t n = second_word_start(d, a, e), ne = first_word_end(d, n, e);
    if (ne <= n || wordset_get(&r->org_nouns, (const char *)d->text + n, ne - n) < 0) return 0;
    int g = org_gender_at(d, r, a, e);
    if (g && g != m->gender) return 0;
    for (size_t k = registry_mentions_from(reg, prev->speaker_end); k < reg->mentions.len; k++) {
        const person_mention *pm = &reg->mentions.items[k];
        if (pm->pos >= m->start) break;
        const person *ps = &reg->people.items[pm->person];
        if (!pm->quoted && ps->kind == ENTITY_PERSON && (ps->gender == m->gender || ps->gender == 0) &&
            !pronoun_at(d, r, pm)) /* (a pronoun the registry gave someone by salience is no new name) */
            return 0;
    }
    return 1;
}

/* Is the cue a source word that governs a case ("laut", "zufolge": source-verbs.txt), or a
 * phrase that a preposition opens ("Nach Angaben")? Not a verb of saying. */
static int cites_by_case(const document *d, const whosaid_rules *r, const cue *c) {
    const char *s = (const char *)d->text + c->verb_start;
    size_t n = c->verb_end - c->verb_start, w = first_word_end(d, c->verb_start, c->verb_end) - c->verb_start;
    return wordset_get_folded(&r->source_verbs, s, n) >= 0 || (w < n && wordset_get_folded(&r->prepositions, s, w) >= 0);
}

/* "Anne Le Goff … « … », confie son mari": kin after a possessive (rules/<lang>/kin-nouns.txt)
 * is the one person named before it of the kin noun's gender who shares a surname with the
 * person it is said of, the most salient before it; NO_PERSON where there is none, or more than
 * one. */
static size_t kin_of_salient(const document *d, const registry *reg, const segments *seg, const mention *m,
                             const attribution *prev, const quote *prevq) {
    const whosaid_rules *r = reg->rules;
    size_t w = first_word_end(d, m->start, m->end);
    if (m->head_end <= m->head_start || w >= m->end ||
        (wordset_get_folded(&r->possessor_determiners, (const char *)d->text + m->start, w - m->start) < 0 &&
         wordset_get_folded(&r->possessives, (const char *)d->text + m->start, w - m->start) < 0) ||
        wordset_get_folded(&r->kin_nouns, (const char *)d->text + m->head_start, m->head_end - m->head_start) < 0)
        return NO_PERSON;
    int g = head_gender(d, r, m);
    if (g != GENDER_MALE && g != GENDER_FEMALE) return NO_PERSON;
    attribution scratch = {0};
    size_t owner = salient(reg, seg, m->start, ENTITY_PERSON, 0, 0, 0, prev, prevq, &scratch);
    if (owner == NO_PERSON) return NO_PERSON;
    const person *o = &reg->people.items[owner];
    size_t found = NO_PERSON;
    /* (among the people named before it, the nearest mentions first) */
    for (size_t i = registry_mentions_from(reg, m->start), walked = 0; i-- > 0 && walked++ < REGISTRY_LOOKBACK;) {
        size_t p = reg->mentions.items[i].person;
        const person *ps = &reg->people.items[p];
        if (p == owner || p == found || ps->kind != ENTITY_PERSON || !ps->personal || ps->gender != g ||
            ps->first_end <= ps->first_start || !same_span_text(d, ps->surname_start, ps->surname_end, o->surname_start, o->surname_end))
            continue;
        if (found != NO_PERSON) return NO_PERSON; /* (two of them: which, the text does not say) */
        found = p;
    }
    return found;
}

/* "Sie sagte": the gender a pronoun of either gender or number (rules/<lang>/
 * singular-verb-pronouns.txt: German "sie", she or they) shows where its verb ends as the
 * singular's does (singular-verb-endings.txt: "sagte", "sagt"), GENDER_PLURAL where it ends as
 * the plural's (plural-verb-endings.txt: "sagten", "erinnern"); GENDER_UNKNOWN where it tells
 * neither ("hat sie geschrieben", "sagen sie") and for any other mention. */
static int gender_by_verb(const document *d, const whosaid_rules *r, const cue *c) {
    const mention *m = &c->who;
    if (m->kind != MENTION_PRONOUN || m->gender != GENDER_UNKNOWN || c->verb_end <= c->verb_start ||
        !r->singular_verb_pronouns.len)
        return GENDER_UNKNOWN;
    int g = wordset_get_folded(&r->singular_verb_pronouns, (const char *)d->text + m->start, m->end - m->start);
    size_t w = first_word_end(d, c->verb_start, c->verb_end);
    const char *v = (const char *)d->text + c->verb_start;
    if (g <= 0) return GENDER_UNKNOWN;
    if (rules_ends_in(&r->plural_verb_endings, v, w - c->verb_start)) return GENDER_PLURAL;
    return rules_ends_in(&r->singular_verb_endings, v, w - c->verb_start) ? g : GENDER_UNKNOWN;
}

/* The person an interview's label names where one opens the paragraph that holds text[pos],
 * before it (quotes.h leading_label): a person of the registry whose surname, or a word of it,
 * is the label's last word, case aside ("WAPACHEE-STONE" of "Marlene Wapachee-Stone",
 * "OLABARRIETA" of "Iñaki Olabarrieta Zubizarreta"), and the only one; else NO_PERSON. */
static size_t labelled_speaker(const document *d, const segments *seg, const registry *reg, size_t pos) {
    paragraph pa = segments_para(seg, segments_para_at(seg, pos));
    size_t e, after = leading_label(d, pa.start, pa.end, &e);
    /* (an answer's label names no one: "A:" is not "A Scottish Government spokesman") */
    if (!after || pos < after || wordset_get(&reg->rules->interview_answers, (const char *)d->text + pa.start, e - pa.start) >= 0)
        return NO_PERSON;
    /* (whom the registry read in the label itself, the whole of it, first: "Joaquín Berrocal:") */
    size_t at = registry_mentions_from(reg, pa.start);
    if (at < reg->mentions.len && reg->mentions.items[at].pos == pa.start && reg->mentions.items[at].end == e &&
        reg->people.items[reg->mentions.items[at].person].kind == ENTITY_PERSON)
        return reg->mentions.items[at].person;
    size_t w = e;
    while (w > pa.start && d->text[w - 1] != ' ') w--;
    char label[LEADING_LABEL_BYTES * 2], word[LEADING_LABEL_BYTES * 2], given[LEADING_LABEL_BYTES * 2];
    size_t ln = utf8_lower(d->text + w, e - w, label, sizeof label);
    if (ln == 0) return NO_PERSON;
    /* (a first word before it is the first name, which tells apart two of one surname:
     * "ANTONIO LUQUE.-", "INMACULADA LUQUE.-") */
    size_t g = pa.start, f = g;
    while (f < w && d->text[f] != ' ') f++;
    /* (past an honorific: "DR MEI-LING ASHWORTH:") */
    if (f < w && wordset_get_folded(&reg->rules->honorifics, (const char *)d->text + g, f - g) >= 0) {
        g = f + 1;
        for (f = g; f < w && d->text[f] != ' ';) f++;
    }
    size_t gn = f < w ? utf8_lower(d->text + g, f - g, given, sizeof given) : 0;
    size_t found = NO_PERSON;
    for (size_t p = 0; p < reg->people.len; p++) {
        const person *ps = &reg->people.items[p];
        if (ps->kind != ENTITY_PERSON || ps->surname_end <= ps->surname_start) continue;
        /* (each word of the name after the first name: the surname, or one of two) */
        int same = 0;
        size_t from = ps->first_end > ps->first_start && ps->first_end < ps->surname_start ? ps->first_end + 1 : ps->surname_start;
        for (size_t a = from; a < ps->surname_end && !same;) {
            size_t b = a;
            while (b < ps->surname_end && d->text[b] != ' ') b++;
            size_t wn = utf8_lower(d->text + a, b - a, word, sizeof word);
            same = wn == ln && memcmp(word, label, ln) == 0;
            a = b + 1;
        }
        if (!same) continue;
        if (gn && ps->first_end > ps->first_start) {
            size_t fn = utf8_lower(d->text + ps->first_start, ps->first_end - ps->first_start, word, sizeof word);
            if (fn != gn || memcmp(word, given, gn) != 0) continue;
        }
        if (found != NO_PERSON && found != p) return NO_PERSON;
        found = p;
    }
    return found;
}

/* "Josef Kienberger arbeitet seit seinem 16. Lebensjahr unter Tage. „…“, sagt der 52-jährige
 * Hauer": where every noun is capitalised, one word after a definite article and an age in
 * figures, which names no one the registry holds, is a description's noun, not the surname of
 * someone new ("der 45-jährige Huber" is Huber where the text named him). Fills *out, the
 * description, and returns 1 when so. */
static int age_epithet(const document *d, const registry *reg, const mention *m, mention *out, size_t *age_at,
                       size_t *age_after) {
    const whosaid_rules *r = reg->rules;
    if (m->kind != MENTION_NAME || m->plural || m->name_tokens != 1 || !rules_feature(r, FEATURE_CAPITALISED_NOUNS) ||
        m->name_start <= m->start)
        return 0;
    size_t w = first_word_end(d, m->start, m->name_start);
    if (w + 1 >= m->name_start || wordset_get(&r->articles, (const char *)d->text + m->start, w - m->start) != ARTICLE_DEFINITE)
        return 0;
    size_t age = w + 1, age_end = first_word_end(d, age, m->name_start);
    if (age_end + 1 != m->name_start || !age_in_figures(r, (const char *)d->text + age, age_end - age) ||
        registry_resolve_name(reg, d, m) != NO_PERSON)
        return 0;
    *age_at = age;
    *age_after = age_end;
    *out = *m;
    out->kind = MENTION_DESCRIPTION;
    out->head_start = out->role_start = m->name_start;
    out->head_end = out->role_end = m->name_end;
    out->name_start = out->name_end = out->surname_start = out->surname_end = 0;
    out->name_tokens = 0;
    out->definite = 1;
    if (!out->gender) out->gender = article_number(d, r, out);
    if (out->gender < 0) out->gender = 0;
    return 1;
}

/* Does an age in figures other than text[s, e) stand right before p's name ("der 58-jährige
 * Klaus Reinhardt" is not "der 45-jährige Brenninger")? */
static int aged_otherwise(const document *d, const person *p, size_t s, size_t e) {
    size_t a, b;
    return word_before(d, p->name_start, &a, &b) && uc_is_digit(d->text[a]) && !same_span_text(d, a, b, s, e);
}

static void from_cue(const document *d, const segments *seg, const registry *reg, const cue *c, size_t horizon,
                     const attribution *prev, const quote *prevq, attribution *a) {
    const mention *m = &c->who;
    mention epithet;
    size_t age_start, age_end;
    if (age_epithet(d, reg, m, &epithet, &age_start, &age_end)) {
        cue described_cue = *c;
        described_cue.who = epithet;
        from_cue(d, seg, reg, &described_cue, horizon, prev, prevq, a);
        a->cue = c;
        if (a->person == NO_PERSON || !aged_otherwise(d, &reg->people.items[a->person], age_start, age_end)) return;
        memset(a, 0, sizeof *a);
        a->person = NO_PERSON;
    }
    mention agreed;
    int by_verb = gender_by_verb(d, reg->rules, c);
    if (by_verb) {
        agreed = *m;
        agreed.gender = by_verb;
        m = &agreed;
    }
    a->cue = c;
    a->role_start = m->role_start;
    a->role_end = m->role_end;
    size_t p = NO_PERSON;
    switch (m->kind) {
    case MENTION_NAME:
        if (m->plural) { /* two people, as written */
            a->speaker_start = m->name_start;
            a->speaker_end = m->name_end;
            a->method = "cue";
            break;
        }
        p = registry_resolve_name(reg, d, m);
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            a->method = same_span_text(d, a->speaker_start, a->speaker_end, m->name_start, m->name_end) ? "cue" : "surname";
        } else if (!m->weak) {
            a->speaker_start = m->name_start;
            a->speaker_end = m->name_end;
            a->method = "cue";
            /* (one the registry does not hold: the gender the phrase showed, "su nieta, Lucía") */
            if (m->gender == GENDER_MALE || m->gender == GENDER_FEMALE) a->gender = m->gender;
        }
        break;
    case MENTION_PRONOUN:
        /* "I said": the writer, whom the story does not name, or the one an interview's label
         * opening the paragraph names ("MARLENE WAPACHEE-STONE: … I said, “…”") */
        if (m->gender == GENDER_FIRST) {
            p = labelled_speaker(d, seg, reg, m->start);
            if (p != NO_PERSON) {
                set_person(reg, p, a);
                a->method = "pronoun";
            }
            break;
        }
        /* "“…,” it reads": a document (an email, a sign) whose writer the context tells */
        if (m->gender == GENDER_NEUTER && c->verb_end > c->verb_start &&
            wordset_get(&reg->rules->document_verbs, (const char *)d->text + c->verb_start,
                        c->verb_end - c->verb_start) >= 0) {
            a->cue = c;
            p = salient(reg, seg, c->verb_start, ENTITY_PERSON, 0, 0, 0, prev, prevq, a);
            if (p != NO_PERSON) {
                set_person(reg, p, a);
                a->method = "context";
            }
            break;
        }
        /* "they said": a group ("Clinton’s top aides", "Trump and Ryan"), which the registry does
         * not hold; never one of the people named before, so no one rather than someone wrong */
        if (m->gender == GENDER_PLURAL) {
            /* …but a group a plural description named in the sentences just before, where the
             * language's news so refer to it (features.txt "plural-groups") */
            if (rules_feature(reg->rules, FEATURE_PLURAL_GROUPS)) {
                p = salient(reg, seg, m->start, ENTITY_GROUP, 0, 0, DESCRIPTION_SENTENCES, prev, prevq, a);
                if (p != NO_PERSON) {
                    set_person(reg, p, a);
                    a->method = "pronoun";
                }
            }
            break;
        }
        if (horizon > m->start) horizon = m->start;
        /* "A council spokeswoman said …. She added …": the speaker just before, described, not
         * named, is whom a pronoun of their gender stands for */
        int by_description = described_just_before(d, seg, reg, m, prev, prevq);
        if (by_description || organisation_described_just_before(d, seg, reg, m, prev, prevq)) {
            attribution own = *a;
            *a = *prev;
            a->cue = own.cue;
            a->ranked = own.ranked;
            a->method = "pronoun";
            /* ("The head of cardiology …", then "he"; not an organisation's "elle") */
            if (by_description && !a->gender) a->gender = m->gender;
            break;
        }
        if ((p = organisation_subject_before(d, seg, reg, m)) != NO_PERSON) {
            set_person(reg, p, a);
            a->method = "pronoun";
            a->gender = 0; /* (an organisation's "il" is its noun's gender, no person's) */
            break;
        }
        p = m->gender == GENDER_NEUTER ? salient(reg, seg, horizon, ENTITY_ORG, 0, 0, 0, prev, prevq, a)
            : demonstrative(d, reg->rules, m) ? named_last(reg, seg, horizon, m->gender, a)
                                              : salient(reg, seg, horizon, ENTITY_PERSON, m->gender, 1, 0, prev, prevq, a);
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            a->method = "pronoun";
            if (!a->gender && m->gender <= GENDER_FEMALE) a->gender = m->gender;
        }
        break;
    case MENTION_ROLE:
    case MENTION_DESCRIPTION: {
        int by_name = 0; /* an organisation the registry holds by the description's words */
        int office = 0;  /* a description that the person named next holds (registry_resolve_named_next) */
        if (m->org) {
            /* (the organisation the registry linked the words to where they stand: "Según el
             * Ayuntamiento" after "El Ayuntamiento de San Bartolomé", people.c org_opening_with) */
            /* (where its name is the fuller: not "Ministerio de Educación" for "El Ministerio de
             * Educación porteño") */
            p = registry_person_named_at(reg, m->start);
            if (p == NO_PERSON || reg->people.items[p].kind != ENTITY_ORG ||
                reg->people.items[p].name_end - reg->people.items[p].name_start <= m->name_end - m->name_start)
                p = registry_resolve_name(reg, d, m);
        } else if (m->kind == MENTION_ROLE && (p = surname_title(d, reg, m)) != NO_PERSON) {
            /* "King said" after "Ruth King" */
        } else if ((p = newcomer(d, reg, m)) != NO_PERSON) {
            /* "the new mayor": the one the story is about */
        } else if (m->kind == MENTION_ROLE && m->definite && m->titled) {
            /* "the mayor" is someone named before; "one former executive" is not */
            /* ("La ministre" is no man whose role holds "ministre": the gender its article shows) */
            mention shown = *m;
            int g = article_number(d, reg->rules, m);
            if (!shown.gender && g > 0) shown.gender = g;
            p = registry_resolve_role(reg, d, &shown);
            /* ("Cet économiste de formation rappelle que …": whom the registry linked it to, where a
             * demonstrative opens it, rules/<lang>/anaphoric-determiners.txt) */
            if (p == NO_PERSON && opens_with_demonstrative(d, reg->rules, m)) p = registry_person_named_at(reg, m->start);
            if (p == NO_PERSON) p = described(d, seg, reg, m, horizon, prev, prevq, a);
            /* "The mayor, who had pushed for a vote, said …" in the lead, her name after it */
            if (p == NO_PERSON) p = registry_resolve_role_ahead(reg, d, &shown, segments_sentence_at(seg, m->start));
            /* (one person: "fuentes oficiales" are no one named next; the office the description
             * names is their role, over a relative clause's "qui dirige l'organisme") */
            if (p == NO_PERSON && (!head_plural(d, reg->rules, m) || article_number(d, reg->rules, m) >= 0)) {
                p = registry_resolve_named_next(reg, d, &shown, segments_sentence_at(seg, m->start));
                office = p != NO_PERSON;
            }
        } else if ((p = named_org(d, reg, m)) != NO_PERSON) {
            by_name = 1;
            /* "Le Réseau de transport de la Capitale assure que": an organisation the registry
             * holds by that name, which the cue's phrase read as a description */
        } else if (same_as_before(d, seg, reg, m, prev, prevq)) {
            take_previous_speaker(a, prev);
            break;
        } else {
            p = org_of_complement(d, reg, m);
            /* (a lead's description whom the next paragraph names first: before the description
             * as a person of its own) */
            if (p == NO_PERSON) p = named_in_next_paragraph(d, seg, reg, m);
            if (p == NO_PERSON) p = epithet_before_name(d, reg, m);
            if (p == NO_PERSON) p = described(d, seg, reg, m, horizon, prev, prevq, a);
            if (p == NO_PERSON) p = named_after_lead(d, seg, reg, m);
            if (p == NO_PERSON) p = document_owner(d, seg, reg, m, prev, prevq, a);
            /* "In an emailed statement, Manitoba Health said …. “…,” the statement said": the
             * document the previous speaker was cited from, in the sentence that cited them, is
             * theirs */
            if (p == NO_PERSON && m->definite && head_in(d, m, &reg->rules->document_nouns) && prev && prevq &&
                prev->speaker_end > prev->speaker_start &&
                (sentence_holds_word(d, seg, prevq->sent, m->start, (const char *)d->text + m->head_start,
                                     m->head_end - m->head_start) ||
                 /* (or another noun for it, the noun alone after its article: "sostuvo en un
                  * comunicado …. «…», añade la nota"; not "the company website", another's) */
                 (m->head_start == first_word_end(d, m->start, m->end) + 1 &&
                  sentence_holds_word_of(d, seg, prevq->sent, m->start, &reg->rules->document_nouns)))) {
                take_previous_speaker(a, prev);
                break;
            }
        }
        if (p == NO_PERSON && !m->org) p = kin_of_salient(d, reg, seg, m, prev, prevq);
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            /* (an organisation the registry read in the cue's own words, "précise la préfecture
             * du Morbihan", is named by the cue) */
            int own_words = read_at(reg, m->start) == p && reg->people.items[p].kind == ENTITY_ORG;
            a->method = m->org || by_name || own_words ? "cue" : "role-noun";
            if (office) {
                a->role_start = m->role_start;
                a->role_end = m->role_end;
            } else if (!m->org && (a->role_end <= a->role_start ||
                                   /* (an abbreviated title alone gives way to an office's words only,
                                    * "the 4th Ward alderman", not "the South Carolina Republican") */
                                   (abbreviation_alone(d, a->role_start, a->role_end) && head_in(d, m, &reg->rules->titles))) &&
                       reg->people.items[p].kind == ENTITY_PERSON)
                role_from_description(d, reg->rules, m, a);
            else if (!m->org && reg->people.items[p].kind == ENTITY_PERSON && kin_gives_way(d, reg->rules, a, m)) {
                /* (and kin to what someone does: "Ihr Mann Josef Huber …, sagt der 68-jährige
                 * Rentner" is a "Rentner") */
                a->role_start = m->role_start;
                a->role_end = m->role_end;
            }
            else if (reg->people.items[p].kind == ENTITY_ORG && reg->people.items[p].role_end <= reg->people.items[p].role_start)
                a->role_start = a->role_end = 0; /* ("l'armateur" for a shipping company: no one's role) */
            if (!m->org && !a->gender && reg->people.items[p].kind == ENTITY_PERSON)
                a->gender = noun_gender(d, reg->rules, m);
        } else if (!m->org && wordset_get(&reg->rules->writer_possessives, (const char *)d->text + m->start,
                                          first_word_end(d, m->start, m->end) - m->start) >= 0) {
            /* "Selon nos informations, …": the writer's own sources, whom the text does not name */
        } else {
            /* an organisation by its name, without the article; a description as written */
            a->speaker_start = m->org && m->name_end > m->name_start ? m->name_start : m->start;
            a->speaker_end = m->org && m->name_end > m->name_start ? m->name_end : m->end;
            /* (…with the modifiers after it, where the registry named someone new so: "Una
             * madre que viajó desde Soacha con su hijo, …, contó que") */
            size_t at = read_at(reg, m->start);
            if (!m->org && at != NO_PERSON) {
                const person *described = &reg->people.items[at];
                if (described->modifiers && described->name_start == m->start && described->name_end > m->end)
                    a->speaker_end = described->name_end;
            }
            /* (…whose words after the article are their role, where it shows someone new and the
             * head names an occupation: "a club spokesman said", "said one resident") */
            size_t det = first_word_end(d, m->start, m->end);
            const char *w0 = (const char *)d->text + m->start;
            if (!m->org && a->role_end <= a->role_start && m->kind == MENTION_DESCRIPTION && det < m->end &&
                (wordset_get(&reg->rules->articles, w0, det - m->start) == ARTICLE_INDEFINITE ||
                 wordset_get_folded(&reg->rules->singular_determiners, w0, det - m->start) >= 0))
                role_from_description(d, reg->rules, m, a);
            a->method = "cue";
            /* (but for an article of the case the cue that cites it governs, where articles show
             * case, features.txt "genitive-articles": "Nach Angaben der Polizei", "laut dem
             * Ministerium" are the police's, the ministry's words) */
            /* (…or before it: "Der Polizei zufolge"; not a verb's subject: "sagte der
             * Bürgermeister") */
            size_t w = det; /* (the first word's end, as above) */
            int cited = c->form == CUE_BEFORE && cites_by_case(d, reg->rules, c) &&
                        ((c->verb_end <= m->start && m->start - c->verb_end <= 1) ||
                         (m->end <= c->verb_start && c->verb_start - m->end <= 1));
            /* (…or a preposition's or a document's after the verb: "hieß es aus dem
             * Innenministerium", "hieß es in einer Mitteilung des Spitals") */
            size_t pa, pb;
            if (!cited && c->form == CUE_AFTER && m->start >= c->verb_end && word_before(d, m->start, &pa, &pb) &&
                (wordset_get(&reg->rules->prepositions, (const char *)d->text + pa, pb - pa) >= 0 ||
                 wordset_get_folded(&reg->rules->document_nouns, (const char *)d->text + pa, pb - pa) >= 0))
                cited = 1;
            if (!m->org && cited && w < m->end && rules_feature(reg->rules, FEATURE_GENITIVE_ARTICLES) &&
                (wordset_get_folded(&reg->rules->dative_articles, (const char *)d->text + m->start, w - m->start) >= 0 ||
                 wordset_get_folded(&reg->rules->connectors, (const char *)d->text + m->start, w - m->start) >= 0)) {
                a->speaker_start = second_word_start(d, m->start, m->end);
                /* (…and the ending of its case: "Nach Angaben des Landratsamts" is the
                 * Landratsamt's, rules/<lang>/genitive-s-articles.txt, genitive-noun-endings.txt) */
                /* (the article and the noun alone, which the stem must name: not "eines Sprechers
                 * des Konzerns", nor "des Komitees", "des Bundes", whose stems no list holds) */
                size_t n = m->head_end - m->head_start;
                if (m->head_end == m->end && m->head_start == a->speaker_start &&
                    wordset_get_folded(&reg->rules->genitive_s_articles, (const char *)d->text + m->start, w - m->start) >= 0) {
                    const char *head = (const char *)d->text + m->head_start;
                    size_t stem = rules_stem_in(reg->rules, &reg->rules->genitive_noun_endings, &reg->rules->org_nouns, head, n);
                    /* (or a title's: "Nach Angaben eines Polizeisprechers" is a spokesman's) */
                    if (stem == n) stem = rules_stem_in(reg->rules, &reg->rules->genitive_noun_endings, &reg->rules->titles, head, n);
                    a->speaker_end -= n - stem;
                }
            }
        }
        /* "the spokeswoman said": a gendered head shows it when the description is the speaker
         * ("ein Gerichtssprecher": an article of one person outweighs an ending of plurals) */
        if (p == NO_PERSON && !m->org && (!head_plural(d, reg->rules, m) || article_number(d, reg->rules, m) >= 0) &&
            !name_after_article(d, reg->rules, m)) {
            int g = head_gender(d, reg->rules, m);
            /* (…or the article of a noun made from an adjective, where it shows a man: "der
             * Beschuldigte"; "die" is a plural's too, "die Freunde") */
            if (g != GENDER_MALE && g != GENDER_FEMALE && m->head_end > m->head_start &&
                rules_ends_in(&reg->rules->adjectival_noun_endings, (const char *)d->text + m->head_start,
                              m->head_end - m->head_start) &&
                article_number(d, reg->rules, m) == GENDER_MALE)
                g = GENDER_MALE;
            /* (…or an indefinite article of one person that shows a gender, before a noun in
             * lower case that names no body, no group and no thing of the neuter: "un infirmier
             * de l'urgence", "un celador", "ein Meteorologe"; not "une association", "une source
             * judiciaire", "ein Mitglied") */
            if (g != GENDER_MALE && g != GENDER_FEMALE && m->head_end > m->head_start && indefinite_person(d, reg->rules, m)) {
                int shown = article_number(d, reg->rules, m);
                if (shown == GENDER_MALE || shown == GENDER_FEMALE) g = shown;
            }
            if (g == GENDER_MALE || g == GENDER_FEMALE) a->gender = g;
        }
        break;
    }
    default:
        break;
    }
    if (!a->method && m->kind == MENTION_NONE && described_subject_before(d, seg, reg, c->verb_start, prev, prevq)) {
        attribution own = *a;
        *a = *prev;
        a->cue = own.cue;
        a->ranked = own.ranked;
        a->method = "context";
    }
    if (!a->method && (m->kind == MENTION_NONE || m->weak)) {
        /* a verb with its subject further back: "… and said, “…”", "…, saying “…”" */
        p = salient(reg, seg, c->verb_start, ENTITY_PERSON, 0, 0, 0, prev, prevq, a);
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            a->method = "context";
        }
    }
    if (c->form == CUE_COLON && a->method) a->method = "colon";
}

/* A role a description gave someone with none in the registry, or with an abbreviated title
 * alone ("Ald."), goes with them to their later quotes ("“…,” the Vermont senator said. … “…,”
 * Sanders said."; "Ald. Marcus Hendley …. “…,” the 4th Ward alderman said. … Hendley said"). */
static void carry_role(attribute_state *st, const document *d, const registry *reg, attribution *a) {
    if (a->person == NO_PERSON) return;
    const person *ps = &reg->people.items[a->person];
    int abbreviated = abbreviation_alone(d, ps->role_start, ps->role_end);
    if (ps->role_end > ps->role_start && !abbreviated) return;
    size_t n = st->nlearned < LEARNED_ROLES ? st->nlearned : LEARNED_ROLES;
    for (size_t i = 0; i < n; i++) {
        if (st->learned[i].person != a->person) continue;
        if (a->role_end <= a->role_start || (abbreviated && a->role_start == ps->role_start && a->role_end == ps->role_end)) {
            a->role_start = st->learned[i].start;
            a->role_end = st->learned[i].end;
        }
        return;
    }
    if (a->role_end <= a->role_start || ps->kind != ENTITY_PERSON ||
        (abbreviated && a->role_start == ps->role_start && a->role_end == ps->role_end))
        return;
    size_t k = st->nlearned++ % LEARNED_ROLES;
    st->learned[k].person = a->person;
    st->learned[k].start = a->role_start;
    st->learned[k].end = a->role_end;
}

/* The person named in two words or more and mentioned last as a subject, outside quotations,
 * in text[floor, from); NO_PERSON where none was. */
static size_t subject_named_before(const registry *reg, size_t from, size_t floor) {
    for (size_t n = registry_mentions_from(reg, from); n > 0; n--) {
        const person_mention *pm = &reg->mentions.items[n - 1];
        if (pm->pos < floor) break;
        const person *ps = &reg->people.items[pm->person];
        if (!pm->quoted && pm->subject && ps->kind == ENTITY_PERSON && ps->surname_start > ps->name_start)
            return pm->person;
    }
    return NO_PERSON;
}

/* Paragraphs before an interview's first question in which its interviewee is named. */
enum { INTERVIEWEE_PARAS = 2 };

/* Whom an interview is with, whose first answer q is: whom the sentence that says it is an
 * interview names ("She spoke to the Herald on Friday."), else the person named in two words or
 * more last, outside quotations, in the paragraphs just before the question that q follows ("Dr
 * Máire Ní Bhriain … answered the Herald's questions. A … spokesman said: "…" Q: … A: …"),
 * though someone else spoke last; or NO_PERSON. */
static size_t interviewee_named_before(const document *d, const registry *reg, const segments *seg, const quote *q) {
    size_t para = quote_para(seg, q);
    if (para < 2) return NO_PERSON;
    size_t asked = segments_para(seg, para - 1).start;
    size_t floor = segments_para(seg, para > 1 + INTERVIEWEE_PARAS ? para - 1 - INTERVIEWEE_PARAS : 0).start;
    /* (whom the sentence that says it is an interview names, its subject before others, the
     * first of either: "She spoke to the Herald on Friday.") */
    /* (…past one that names no one: "The Herald spoke with X after the news conference. The
     * interview has been edited for length and clarity.") */
    size_t n = registry_mentions_from(reg, asked); /* (a cursor down the mentions, sentence by sentence) */
    for (size_t k = asked > 0 ? segments_sentence_at(seg, asked - 1) + 1 : 0; k-- > 0 && seg->sents.items[k].start >= floor;) {
        while (n > 0 && reg->mentions.items[n - 1].sent > k) n--;
        paragraph sn = {seg->sents.items[k].start, seg->sents.items[k].end, 1};
        if (!paragraph_holds_word(d, &reg->rules->interview_words, sn)) continue;
        size_t subject = NO_PERSON, object = NO_PERSON;
        for (size_t i = n; i > 0 && reg->mentions.items[i - 1].sent == k; i--) {
            const person_mention *pm = &reg->mentions.items[i - 1];
            const person *ps = &reg->people.items[pm->person];
            if (pm->quoted || ps->kind != ENTITY_PERSON || ps->surname_start <= ps->name_start) continue;
            if (pm->subject) subject = pm->person;
            else object = pm->person;
        }
        if (subject != NO_PERSON) return subject;
        if (object != NO_PERSON) return object;
    }
    /* (a subject before others: "Marta Villaseca Oria, que gobierna la ciudad …, recibió a este
     * periódico … junto a su jefe de prensa, Óscar Lafuente Bermejo.") */
    size_t p = subject_named_before(reg, asked, floor);
    if (p != NO_PERSON) return p;
    for (size_t n = registry_mentions_from(reg, asked); n > 0; n--) {
        const person_mention *pm = &reg->mentions.items[n - 1];
        if (pm->pos < floor) break;
        const person *ps = &reg->people.items[pm->person];
        if (!pm->quoted && ps->kind == ENTITY_PERSON && ps->surname_start > ps->name_start) return pm->person;
    }
    return NO_PERSON;
}

/* Paragraphs from an interview's answer to the next, the question's between, at most. */
enum { ANSWER_REACH_PARAS = 4 };

/* "R: Es un golpe muy duro.": an interview's answer (quotes.c), which a label opens, not a mark. */
static int interview_answer(const document *d, const quote *q) {
    if (q->answer) return 1;
    /* (a label opens it, whatever its first letter: "Élise Harambillet : …", "Ángel Ruiz: …") */
    int32_t cp = 0;
    if (q->open < q->start) utf8_next(d->text, q->start, q->open, &cp);
    return q->open < q->start && cp > 0 && uc_is_letter(cp);
}

/* "— Vous trouvez ça normal ? l'interroge la présidente. — Non. J'avais des dettes.": a turn of
 * dialogue without a cue on the line after another turn answers it, so it is not the speaker of
 * that turn's: a new dash is a new speaker, and the turns of an exchange alternate. */
static int answers_turn(const document *d, const segments *seg, const registry *reg, const quote *q,
                        const attribution *prev, const quote *prevq) {
    return prev && prev->speaker_end > prev->speaker_start && quote_is_turn(d, reg->rules, q) &&
           quote_is_turn(d, reg->rules, prevq) && quote_para(seg, q) <= quote_end_para(seg, prevq) + 1;
}

/* Does the quotation end in a question mark (spaces and padding aside)? */
static int asks(const document *d, const quote *q) {
    size_t e = q->end, at;
    int32_t cp = 0;
    while (e > q->start && (cp = utf8_prev(d->text, e, &at)) >= 0 && uc_is_space(cp)) e = at;
    return e > q->start && cp == '?';
}

/* "Interrogé par la présidente de la cour, Martine Delvaux, il est revenu sur … — Pourquoi … ?":
 * the one who asks a question that opens an exchange is the agent of the reporting verb's
 * participle that opens the sentence before it (people.c OPENING_AGENT), or NO_PERSON. */
static size_t opening_asker(const registry *reg, const quote *q) {
    size_t k = registry_mentions_from(reg, q->open);
    if (k == 0) return NO_PERSON;
    uint32_t sent = reg->mentions.items[k - 1].sent;
    if (sent + 1 < q->sent) return NO_PERSON; /* (the sentence right before the turn only) */
    for (; k > 0 && reg->mentions.items[k - 1].sent == sent; k--)
        if (reg->mentions.items[k - 1].oblique == OPENING_AGENT) return reg->mentions.items[k - 1].person;
    return NO_PERSON;
}

/* The other speaker of an exchange whose turn before was speaker's: the person the text is most
 * about before q besides them, or NO_PERSON. */
static size_t other_party(const registry *reg, const segments *seg, const quote *q, size_t speaker, attribution *a) {
    if (salient(reg, seg, q->open, ENTITY_PERSON, 0, 1, 0, NULL, NULL, a) == NO_PERSON) return NO_PERSON;
    for (size_t k = 0; k < a->ranked.n; k++)
        if (a->ranked.top[k].person != speaker) return a->ranked.top[k].person;
    return NO_PERSON;
}

/* "—¿Vio usted quién empezó la pelea? —No. … —respondió la mujer—": a turn of dialogue that
 * answers the question of the turn before, whose cue a description or a pronoun gave the asker,
 * is the other party's, where someone of its gender is (other_party). */
static void answer_of_other_party(const document *d, const segments *seg, const registry *reg, const quote *q,
                                  const attribution *prev, const quote *prevq, attribution *a) {
    if (!prev || !prevq || a->person == NO_PERSON || a->person != prev->person || !a->method ||
        (strcmp(a->method, "role-noun") != 0 && strcmp(a->method, "pronoun") != 0) || asks(d, q) || !asks(d, prevq) ||
        !quote_is_turn(d, reg->rules, q) || !quote_is_turn(d, reg->rules, prevq) ||
        quote_para(seg, q) > quote_end_para(seg, prevq) + 1)
        return;
    attribution other = *a;
    size_t p = other_party(reg, seg, q, prev->person, &other);
    int g = a->gender;
    if (p == NO_PERSON || reg->people.items[p].kind != ENTITY_PERSON ||
        ((g == GENDER_MALE || g == GENDER_FEMALE) && reg->people.items[p].gender && reg->people.items[p].gender != g))
        return;
    const char *method = a->method;
    const cue *c = a->cue;
    *a = other;
    set_person(reg, p, a);
    a->method = method;
    a->cue = c;
    if (g == GENDER_MALE || g == GENDER_FEMALE) a->gender = g;
}

/* Mentions before an interview read to find whom it is with, at most (counted pairwise). */
enum { INTERVIEWEE_MENTIONS = 128 };

/* The person named in two words or more, other than but, most often in the mentions just
 * before pos, or NO_PERSON. */
static size_t most_named_before(const registry *reg, size_t pos, size_t but) {
    size_t best = NO_PERSON, best_n = 0, n = registry_mentions_from(reg, pos);
    size_t from = n > INTERVIEWEE_MENTIONS ? n - INTERVIEWEE_MENTIONS : 0;
    for (size_t k = from; k < n; k++) {
        const person_mention *pm = &reg->mentions.items[k];
        const person *ps = &reg->people.items[pm->person];
        if (pm->person == but || pm->quoted || ps->kind != ENTITY_PERSON || ps->surname_start <= ps->name_start) continue;
        size_t count = 0;
        for (size_t j = from; j < n; j++) count += reg->mentions.items[j].person == pm->person && !reg->mentions.items[j].quoted;
        if (count > best_n) best = pm->person, best_n = count;
    }
    return best;
}

/* Is the turn q one of an interview in turns of dialogue: a question without a cue that opens
 * a run of turns (st->interview_open set to where it opens), or a turn right after another of
 * such a run? */
static int interview_by_turns(const document *d, const registry *reg, const segments *seg, const quote *q,
                              attribute_state *st) {
    const attributed *last = &st->before[st->last];
    const quote *prevq = st->has_prev ? &last->q : NULL;
    int after_turn = prevq && quote_is_turn(d, reg->rules, prevq) && quote_para(seg, q) <= quote_end_para(seg, prevq) + 1;
    /* (the run goes on right after a turn it holds, a paragraph between at most: a question that
     * holds marks of its own is no turn's record, "— Le mot « classique » vous fait-il peur sur
     * une affiche ?"; a cued turn or a quotation in marks between ends it) */
    if (st->interview_open && prevq && quote_is_turn(d, reg->rules, prevq) && last->q.open == st->interview_last &&
        quote_para(seg, q) <= quote_end_para(seg, prevq) + 2) {
        st->interview_last = q->open;
        return 1;
    }
    st->interview_open = 0;
    /* (only where the paragraph before says it is an interview, rules/<lang>/interview-words.txt:
     * "… s’est entretenue avec Le Soleil", not "la juge … a interrogé le prévenu") */
    size_t para = quote_para(seg, q);
    /* (nor where the sentence before names who asks: "Interrogé par la présidente de la cour,
     * X, il est revenu sur …" opens the court's exchange, no interview of the paper's) */
    if (after_turn || !asks(d, q) || para == 0 ||
        !paragraph_holds_word(d, &reg->rules->interview_words, segments_para(seg, para - 1)) ||
        opening_asker(reg, q) != NO_PERSON)
        return 0;
    st->interview_open = st->interview_last = q->open;
    st->interviewee = 0;
    /* (not whoever the paragraph before quoted: "Le fondateur, Gérard Vialatte, … « … », a-t-il
     * assuré. Entretien avec une musicienne …") */
    st->interview_quoted = prevq && last->a.person != NO_PERSON && quote_end_para(seg, prevq) + 1 >= para
                               ? last->a.person + 1 : 0;
    return 1;
}

/* The person named in two words or more, with a role or a first name, as the subject of the
 * words before a colon that opens the quotation, in its sentence ("Aroa Villanueva … lo vivió
 * en primera persona: «…»"), or NO_PERSON. */
static size_t colon_subject(const document *d, const segments *seg, const registry *reg, const quote *q) {
    size_t at = q->open;
    while (at > 0 && (d->text[at - 1] == ' ' || d->text[at - 1] == '\n')) at--;
    if (at == 0 || d->text[at - 1] != ':') return NO_PERSON;
    size_t p = subject_named_before(reg, at, seg->sents.items[segments_sentence_at(seg, q->open)].start);
    if (p == NO_PERSON) return NO_PERSON;
    /* (one with a role or a first name: not "eine Altenpflegerin aus Grünheide zu Wort meldete:") */
    const person *ps = &reg->people.items[p];
    return ps->role_end > ps->role_start || registry_named_by_first_name(reg, d, p) ? p : NO_PERSON;
}

void attribute_next(attribute_state *st, const document *d, const segments *seg, const quote *q, const cue *c,
                    const registry *reg, attribution *a) {
    const attributed *last = &st->before[st->last], *second = &st->before[st->last ^ 1];
    const attribution *prev = st->has_prev ? &last->a : NULL;
    const quote *prevq = st->has_prev ? &last->q : NULL;
    memset(a, 0, sizeof *a);
    a->person = NO_PERSON;
    if (q->type != WHOSAID_DIRECT && q->type != WHOSAID_INDIRECT && q->type != WHOSAID_MIXED) return;
    if (c->form != CUE_NONE) {
        /* a quotation in marks flags the mentions inside it; a reported clause does not */
        from_cue(d, seg, reg, c, q->type == WHOSAID_DIRECT ? NO_HORIZON : q->open, prev, prevq, a);
        /* "La ciclista Aroa Villanueva … lo vivió en primera persona: «Yo tuve que irme —recuerda—.
         * …»": a cue with no subject of its own, inside a quotation that a colon opens, is the
         * subject's of the words before the colon, not whoever spoke before */
        size_t introduced = a->method && !strcmp(a->method, "context") ? colon_subject(d, seg, reg, q) : NO_PERSON;
        if (introduced != NO_PERSON) set_person(reg, introduced, a);
        answer_of_other_party(d, seg, reg, q, prev, prevq, a);
    } else {
        int near_prev = prev && prev->speaker_end > prev->speaker_start && quote_para(seg, q) <= quote_end_para(seg, prevq) + 1;
        size_t gap = near_prev ? prevq->close_end : 0;
        if (near_prev && prev->cue && prev->cue->who.end > gap) gap = prev->cue->who.end;
        /* an interview's answers are all the interviewee's: whom the text is about before the
         * first of them, a name of two words at least, whatever the questions between name */
        int answer = interview_answer(d, q);
        /* (…but a label that names one of them names whose answer it is: "OLABARRIETA.- …") */
        size_t labelled = answer ? labelled_speaker(d, seg, reg, q->start) : NO_PERSON;
        if (labelled != NO_PERSON) {
            set_person(reg, labelled, a);
            a->method = "context";
        } else if (answer && prev && interview_answer(d, prevq) && prev->person != NO_PERSON) {
            *a = *prev;
            a->cue = NULL;
            a->method = "continuation";
        } else if (answer && st->answerer && quote_para(seg, q) <= st->answerer_para + ANSWER_REACH_PARAS) {
            /* (the answer before, past what the question between reported: "The minister says a
             * review will follow next spring. Is that enough?") */
            set_person(reg, st->answerer - 1, a);
            a->method = "continuation";
        } else if (answer) {
            size_t at = 0, p = interviewee_named_before(d, reg, seg, q);
            if (p == NO_PERSON) p = registry_antecedent(reg, q->open, 0, 0, 1, &at);
            if (p != NO_PERSON) {
                set_person(reg, p, a);
                a->method = "context";
            }
        } else if (quote_is_turn(d, reg->rules, q) && interview_by_turns(d, reg, seg, q, st)) {
            /* "… s’est entretenue avec Le Soleil. — … Quelle est votre priorité ? — Redonner
             * confiance aux jeunes. — … ? — …": an interview in turns of dialogue, none with a cue, whose first is a
             * question: the questions are the writer's, the answers of whom the sentences before
             * the first are about */
            /* (found at the first answer, kept for the others) */
            if (!asks(d, q) && !st->interviewee) {
                size_t first = st->interview_open, para = segments_para_at(seg, first);
                size_t floor = segments_para(seg, para ? para - 1 : 0).start, at = 0;
                size_t p = registry_antecedent(reg, first, floor, 0, 0, &at);
                if (p != NO_PERSON && p + 1 == st->interview_quoted) {
                    size_t quoted = p;
                    p = other_party(reg, seg, q, quoted, a);
                    /* (else whom the article named most before the interview: "La violoncelliste
                     * Ondine Marcellin-Roux prend la tête du festival …") */
                    if (p == NO_PERSON) p = most_named_before(reg, first, quoted);
                }
                st->interviewee = p != NO_PERSON ? p + 1 : 0;
            }
            if (!asks(d, q) && st->interviewee) {
                set_person(reg, st->interviewee - 1, a);
                a->method = "context";
            }
        } else if (quote_is_turn(d, reg->rules, q) && near_prev && st->has_prev2 && quote_is_turn(d, reg->rules, prevq) &&
                   quote_is_turn(d, reg->rules, &second->q) && quote_para(seg, prevq) <= quote_end_para(seg, &second->q) + 1 &&
                   second->a.speaker_end > second->a.speaker_start &&
                   (prev->person != second->a.person || prev->person == NO_PERSON) &&
                   !same_span_text(d, prev->speaker_start, prev->speaker_end, second->a.speaker_start, second->a.speaker_end)) {
            /* "— … ? demande la présidente. — …, répond l'accusé. — … ?": a turn of an exchange
             * whose two speakers the turns before named, without a cue of its own, is the one
             * who spoke the turn before the last: the turns alternate */
            *a = second->a;
            a->cue = NULL;
            a->method = "continuation";
        } else if (answers_turn(d, seg, reg, q, prev, prevq) &&
                   (a->person = other_party(reg, seg, q, prev->person, a)) != NO_PERSON) {
            set_person(reg, a->person, a);
            a->method = "context";
        } else if (quote_is_turn(d, reg->rules, q) && !(near_prev && quote_is_turn(d, reg->rules, prevq)) && asks(d, q) &&
                   (a->person = opening_asker(reg, q)) != NO_PERSON) {
            set_person(reg, a->person, a);
            a->method = "context";
        } else if (near_prev && !registry_other_named(reg, prev->person, gap, q->open)) {
            *a = *prev;
            a->cue = NULL;
            a->method = "continuation";
        } else {
            /* whoever the sentences just before are about, back to the previous paragraph */
            size_t para = quote_para(seg, q), floor = segments_para(seg, para ? para - 1 : 0).start;
            size_t at = 0, p = registry_antecedent(reg, q->open, floor, 0, 0, &at);
            if (p != NO_PERSON) {
                set_person(reg, p, a);
                a->method = "context";
            }
        }
    }
    carry_role(st, d, reg, a);
    if (interview_answer(d, q) && a->person != NO_PERSON) {
        st->answerer = a->person + 1;
        st->answerer_para = quote_para(seg, q);
    }
    if (st->has_prev) { /* the last becomes the one before it (its cue, if any, its own copy) */
        st->has_prev2 = 1;
        st->last ^= 1;
    }
    attributed *now = &st->before[st->last];
    now->a = *a;
    if (a->cue) {
        now->cue = *a->cue;
        now->a.cue = &now->cue;
    }
    now->q = *q;
    st->has_prev = 1;
}

void attribute_take_speaker(attribute_state *st, attribution *a, const attribution *later) {
    int mentioned = a->cue && a->cue->who.end > a->cue->who.start;
    a->person = later->person;
    a->speaker_start = later->speaker_start;
    a->speaker_end = later->speaker_end;
    a->role_start = later->role_start;
    a->role_end = later->role_end;
    a->gender = later->gender;
    a->method = mentioned ? "role-noun" : "context";
    attributed *now = &st->before[st->last];
    const cue *own = now->a.cue;
    now->a = *a;
    now->a.cue = own;
}
