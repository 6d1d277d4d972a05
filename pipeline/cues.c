/* cues.c: finds reporting cues in a window around each quotation. PCRE2 finds the reporting
 * verbs in the window; the grammar around them is read from tokens:
 *   after the closing mark:  [,] VERB PHRASE        (“…,” said the Minister Anna Keller)
 *                            [,] PHRASE [, apposition,] [adverb] VERB   (“…,” Keller said)
 *   before the opening mark: PHRASE [adverb] VERB [complement] [:|,]   (Keller said: “…”)
 *                            VERB PHRASE [:|,]      (According to Keller, “…”)
 *                            PHRASE :               (Mayor Anna Keller: “…”)
 * A quotation that ends its sentence ("…threat.”) takes a cue from the next sentence only when
 * that sentence is just the cue ("Keller said."), not when the name there introduces a
 * statement of its own ("Keller noted that …"). */
#include "cues.h"
#include "roles.h"

#include "utf8.h"

#include <string.h>
#include <strings.h>

int cue_scratch_init(cue_scratch *s, const whosaid_rules *r) {
    memset(s, 0, sizeof *s);
    (void)r; /* one pair is all a verb match needs, whatever the language's pattern */
    s->match = pcre2_match_data_create(1, NULL);
    return s->match ? 0 : -1;
}

void cue_scratch_free(cue_scratch *s) {
    VEC_FREE(&s->own);
    VEC_FREE(&s->verb_end);
    VEC_FREE(&s->verbs);
    VEC_FREE(&s->reports_known);
    pcre2_match_data_free(s->match);
}

/* A letter of Latin-1 or Latin Extended-A (é, ñ, ü, œ): a letter for the pattern's word
 * boundary (\p{L}) in every version of Unicode. */
static int latin_letter(int32_t cp) {
    return (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7) || (unsigned)((cp | 0x20) - 'a') < 26;
}

/* A verb the pattern would match as the word itself, so that it need not be run: a one-word
 * verb that starts no phrase, all letters, with no letter, digit or _ around it (the pattern's
 * word boundary). Then no shorter alternative can end inside it, and none that starts no
 * phrase can run on past it where every verb is plain ASCII letters and the next character is
 * ASCII, or past white space, which no verb holds (a rule's words are split at it). A word
 * with letters beyond ASCII only where its lexicon entry is its own text (no case folding
 * beyond ASCII's told them apart): the pattern, caseless, holds that entry. */
static int plain_verb(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t b) {
    if (t->end != t->stem_end || (t->flags & (TOK_HYPHENATED | TOK_POSS)) || token_in(d, t, &r->verbs) < 0 ||
        token_in(d, t, &r->verb_heads) >= 0)
        return 0;
    const unsigned char *s = d->text;
    for (size_t i = t->start; i < t->end;) {
        if (s[i] < 0x80) {
            if (!uc_is_letter(s[i])) return 0;
            i++;
            continue;
        }
        int32_t cp;
        i += utf8_next(s, t->end, i, &cp);
        if (!latin_letter(cp) || (t->flags & TOK_FOLDED_ENTRY)) return 0;
    }
    if (t->start > a && (s[t->start - 1] >= 0x80 || s[t->start - 1] == '_')) return 0;
    unsigned char after = t->end < b ? s[t->end] : ' ';
    if (!r->verbs_plain) return after == ' ' || after == '\t' || after == '\n' || after == '\r' || after == '\f' || after == '\v';
    return after < 0x80 && after != '_' && !uc_is_letter(after) && !uc_is_digit(after);
}

/* Is t a word of ASCII letters only, all of it its stem ("according", "to")? */
static int ascii_letters(const document *d, const token *t) {
    if (t->end != t->stem_end || !(t->flags & TOK_WORD) || (t->flags & (TOK_HYPHENATED | TOK_POSS))) return 0;
    for (size_t i = t->start; i < t->end; i++)
        if (!(d->text[i] < 0x80 && uc_is_letter(d->text[i]))) return 0;
    return 1;
}

/* Is text[from, to) white space of ASCII, which the pattern's joint (\s+) takes whole? */
static int ascii_space(const document *d, size_t from, size_t to) {
    for (size_t i = from; i < to; i++) {
        unsigned char c = d->text[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return 0;
    }
    return 1;
}

/* Longest phrase key read from the words after a verb's head, in bytes, and one. */
enum { PHRASE_KEY_BYTES = 96 };

/* What the verb pattern matches at the head of a phrase, toks[k] ("according" of "according
 * to"), read from the tokens rather than run: the longest phrase of verbs whose words are the
 * tokens from k (the pattern tries phrases first, the longest first, and the matching ones are
 * each other's beginnings), else the head alone where it is a verb of its own. Read only over
 * words of ASCII letters with white space between them, which the pattern's joint takes, up to
 * where no longer phrase fits verbs' longest entry or the words end at a character that no
 * phrase can go on with. Returns 1 with *e the token after the match, 0 where the pattern
 * matches nothing there, -1 where the tokens cannot tell (the pattern decides). */
static int phrase_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k, size_t a, size_t b,
                       size_t *e) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    const unsigned char *x = d->text;
    if (!ascii_letters(d, &t[k]) || (t[k].start > a && (x[t[k].start - 1] >= 0x80 || x[t[k].start - 1] == '_')))
        return -1;
    char key[PHRASE_KEY_BYTES];
    size_t len = 0, words = 0, key_end[PHRASE_KEY_BYTES / 2]; /* key_end[w]: the key of words 0..w */
    for (size_t j = k;; j++) {
        size_t w = t[j].end - t[j].start, need = len + (words > 0) + w;
        if (need > r->verbs.max_len) break; /* no entry is that long: nor any phrase of more words */
        if (need > sizeof key || words + 1 > sizeof key_end / sizeof *key_end) return -1;
        if (words > 0) key[len++] = '_';
        memcpy(key + len, x + t[j].start, w);
        len += w;
        key_end[words++] = len;
        size_t next = j + 1 < n ? t[j + 1].start : b;
        if (next > b) return -1;
        if (next == t[j].end) { /* a character right after the word: where a phrase ends, or none does */
            if (next == b) break;
            unsigned char c = x[next];
            int ends = r->verbs_plain ? c < 0x80 && c != '_' && c != '\'' && !uc_is_letter(c) && !uc_is_digit(c)
                                      : c == ',' || c == ';' || c == '?' || c == '!' || c == '"' || c == '(' || c == ')';
            if (!ends) return -1;
            break;
        }
        if (!ascii_space(d, t[j].end, next)) return -1;
        if (next == b) break; /* white space ends the text: no word for a phrase to go on with */
        if (len + 2 > r->verbs.max_len) break;
        if (!ascii_letters(d, &t[j + 1])) return -1;
    }
    if (!words) return -1;
    for (size_t m = words; m >= 2; m--)
        if (wordset_get(&r->verbs, key, key_end[m - 1]) >= 0) {
            *e = k + m;
            return 1;
        }
    if (token_in(d, &t[k], &r->verbs) >= 0) {
        *e = k + 1;
        return 1;
    }
    return 0;
}

/* Tokenizes text[a, b) into s->toks, TOKEN_WINDOW tokens at most: the first ones, or (from_end)
 * the last ones, those next to the quotation that follows the window. */
static int window_tokens(const document *d, const whosaid_rules *r, cue_scratch *s, size_t a, size_t b,
                         int from_end) {
    token_vec *t = &s->own;
    t->len = 0;
    t->memo = NULL;
    for (size_t at = a;;) {
        if (tokenize_more(d, r, at, b, from_end ? 2 * TOKEN_WINDOW : TOKEN_WINDOW, t, &at) != 0) return -1;
        if (at >= b || !from_end) break;
        memmove(t->items, t->items + TOKEN_WINDOW, TOKEN_WINDOW * sizeof *t->items);
        t->len = TOKEN_WINDOW;
    }
    if (t->len > TOKEN_WINDOW) {
        memmove(t->items, t->items + t->len - TOKEN_WINDOW, TOKEN_WINDOW * sizeof *t->items);
        t->len = TOKEN_WINDOW;
    }
    s->toks = *t;
    return 0;
}

/* Words of the phrase after an opinion preposition, up to its comma, at most. */
enum { OPINION_PHRASE_TOKENS = 14 };

/* Is toks[k] a pronoun that a preposition takes as its object ("close to her", "familiar with
 * him"), not a possessive before a noun? */
static int object_after_preposition(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    return k > 0 && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->object_pronouns) >= 0 &&
           (t[k - 1].flags & TOK_LOWER) && token_in(d, &t[k - 1], &r->prepositions) >= 0;
}

/* Tokens of words that point back at the quotation, at most ("c'est ce qu'" is four). */
enum { POINTER_TOKENS = 4 };

/* Is toks[k], an article for the lexicon, no article here: the last of the words pointing back
 * at the quotation that open the window ("„…“ Das erzählt Heidi Lustenberger", "Lo dice Carlos
 * Ruiz": rules/<lang>/quote-pointers.txt), or an object pronoun written as an article
 * (object-clitics.txt) right after them ("Así lo cuenta Lucía Martínez")? */
static int pointer_clitic(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (k >= POINTER_TOKENS || !r->quote_pointers.len || !(t[0].flags & TOK_CAP)) return 0;
    size_t p = token_phrase_prefix(d, t, n, POINTER_TOKENS, TOK_WORD, &r->quote_pointers);
    return p && (p == k + 1 || (p == k && wordset_get_folded(&r->object_clitics, (const char *)d->text + t[k].start,
                                                             t[k].stem_end - t[k].start) >= 0));
}

/* "Rouquette l'assure :", "elle le confirme", "il la répète": an object pronoun written as an
 * article (rules/<lang>/object-clitics.txt) at toks[k] between the subject, a pronoun or a
 * capitalised word that is no article, preposition or connector, and the word after it, which
 * is then a verb and not the article's noun (or one that words pointing back at the quotation
 * open, pointer_clitic). */
static int clitic_object(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (pointer_clitic(d, r, t, n, k)) return 1;
    if (k == 0 || !(t[k].flags & TOK_LOWER) || token_in(d, &t[k], &r->object_clitics) < 0) return 0;
    /* (or after the comma that closes a name's apposition, before a verb its ending shows: "Un
     * pescador, Segundo Marcano, lo resumió así:"; not ", la denuncia") */
    if (k >= 2 && k + 1 < n && punct_is(&t[k - 1], ',') && (t[k - 2].flags & TOK_CAP) && (t[k + 1].flags & TOK_LOWER) &&
        tok_finite_ending(d, r, &t[k + 1]))
        return 1;
    const token *subject = &t[k - 1];
    if (!(subject->flags & TOK_WORD) || (subject->flags & TOK_POSS)) return 0;
    int pronoun = token_in(d, subject, &r->pronouns) >= 0 && token_in(d, subject, &r->articles) < 0 &&
                  token_in(d, subject, &r->possessives) < 0;
    int name = (subject->flags & TOK_CAP) && token_in(d, subject, &r->articles) < 0 &&
               token_in(d, subject, &r->prepositions) < 0 && token_in(d, subject, &r->connectors) < 0 &&
               token_in(d, subject, &r->determiners) < 0 && token_in(d, subject, &r->not_names) < 0;
    /* (or a title's noun in lower case before an auxiliary or a verb: "Le maire lui a répondu
     * que …") */
    int title = (subject->flags & TOK_LOWER) && tok_title(d, r, subject) && k + 1 < n && (t[k + 1].flags & TOK_LOWER) &&
                (token_in(d, &t[k + 1], &r->auxiliaries) >= 0 || token_in(d, &t[k + 1], &r->verbs) >= 0 ||
                 tok_finite_ending(d, r, &t[k + 1]));
    return pronoun || name || title;
}

/* "— … ? l'interroge la présidente", "« … », la rassure son avocat": an object pronoun written
 * as an article (object-clitics.txt) at toks[k] right after a quotation or its punctuation, with a
 * subject after the word that follows it (an article or a capitalised word), which is then an
 * inverted verb, not the article's noun ("…, l'annonce a été faite" stays a noun). */
static int clitic_before_inversion(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (k + 2 >= n || !(t[k].flags & TOK_LOWER) || token_in(d, &t[k], &r->object_clitics) < 0) return 0;
    /* (first in a window that opens after the quotation: "— Vous saviez ? l'interroge …") */
    const token *p = k > 0 ? &t[k - 1] : NULL;
    if (p && (!(p->flags & TOK_PUNCT) || !(p->cp == ',' || p->cp == '?' || p->cp == '!' || p->cp == 0xBB || p->cp == 0x201D)))
        return 0;
    return token_in(d, &t[k + 2], &r->articles) >= 0 || (t[k + 2].flags & TOK_CAP);
}

/* Marks a verb at token k, up to token e, in verb_end and in the list of verbs (none where e is
 * 0, which verb_end cannot tell from no verb: an empty match at the first token). */
static int mark_verb(cue_scratch *s, size_t k, size_t e) {
    if (!e) return 0;
    s->verb_end.items[k] = e;
    return VEC_PUSH(&s->verbs, (uint32_t)k);
}

/* Marks where reporting verbs start in the window's tokens: the verb pattern is tried anchored
 * at each word, which costs a call per word instead of a scan of every position. */
/* "Ihr zufolge": is toks[k] a source word (rules/<lang>/source-verbs.txt) after a pronoun in
 * the case it governs (source-pronouns.txt), which may be a possessive too ("ihr")? Then it is
 * no noun that possessive opens. */
static int source_pronoun_before(const document *d, const whosaid_rules *r, const token *t, size_t k) {
    return r->source_pronouns.len &&
           wordset_get_folded(&r->source_pronouns, (const char *)d->text + t[k - 1].start, t[k - 1].stem_end - t[k - 1].start) >= 0 &&
           wordset_get_folded(&r->source_verbs, (const char *)d->text + t[k].start, t[k].end - t[k].start) >= 0;
}

static int mark_verbs(const document *d, const whosaid_rules *r, cue_scratch *s, size_t a, size_t b) {
    size_t n = s->toks.len;
    if (VEC_RESERVE(&s->verb_end, n) != 0 || VEC_RESERVE(&s->reports_known, n) != 0) return -1;
    if (n) memset(s->verb_end.items, 0, n * sizeof(size_t));
    if (n) memset(s->reports_known.items, 0, n);
    s->verb_end.len = s->reports_known.len = n;
    s->verbs.len = 0;
    /* (both sets are in the lexicon, built before any token was read: a word is in one of them
     * exactly where its bit of it is set) */
    const uint64_t verb_sets = (uint64_t)1 << r->verbs.column | (uint64_t)1 << r->verb_heads.column;
    for (size_t k = 0; k < n; k++) {
        /* (after the first, the words in neither set, most, passed over in one tight loop: the
         * test below that ends their turn) */
        if (k > 0) {
            while (k < n && !(s->toks.items[k].in_sets & verb_sets)) k++;
            if (k >= n) break;
        }
        const token *t = &s->toks.items[k];
        if (!(t->flags & TOK_WORD) || !(t->flags & (TOK_LOWER | TOK_CAP))) continue;
        /* "Pour la directrice de l'hôpital, la situation est « inédite »", "Para la ministra, …": a word of
         * opinion-openers.txt that opens the sentence (capitalised, first in the window) and
         * a phrase up to a comma stand as "selon X," does; who the phrase names is asked later */
        if (k == 0 && (t->flags & TOK_CAP) && token_in(d, t, &r->opinion_openers) >= 0) {
            size_t c = 1;
            const token *w = s->toks.items;
            while (c < n && c <= OPINION_PHRASE_TOKENS &&
                   (!(w[c].flags & TOK_PUNCT) || w[c].cp == '\'' || w[c].cp == 0x2019 || w[c].cp == '-'))
                c++;
            if (c > 1 && c < n && punct_is(&w[c], ',')) {
                mention m = parse_mention(d, r, &s->toks, 1);
                /* (its phrase may run on over a name in apposition: "Para el presidente del
                 * Consejo, Francisco Cervantes, …") */
                if ((m.next_tok <= c || (m.next_tok < n && punct_is(&w[m.next_tok], ','))) && mention_is_someone(d, r, &m) &&
                    mark_verb(s, k, k + 1) != 0)
                    return -1;
            }
            continue;
        }
        /* only a verb or the first word of a verb phrase can start a match (the loop above passed
         * over the others but the first) */
        if (k == 0 && !(t->in_sets & verb_sets)) continue;
        /* "the cries of", "his reports": after an article or a possessive it is a noun (but
         * "her" after a preposition is its object: "a person close to her said") */
        if (k > 0 && ((token_in(d, &s->toks.items[k - 1], &r->articles) >= 0 && !clitic_object(d, r, s->toks.items, n, k - 1) &&
                       !clitic_before_inversion(d, r, s->toks.items, n, k - 1)) ||
                      (token_in(d, &s->toks.items[k - 1], &r->possessives) >= 0 &&
                       !object_after_preposition(d, r, s->toks.items, k - 1) && !source_pronoun_before(d, r, s->toks.items, k)) ||
                      (s->toks.items[k - 1].flags & TOK_POSS)))
            continue;
        if (verb_lacks_particle(d, r, s->toks.items, n, k)) continue;
        if (plain_verb(d, r, t, a, b)) {
            if (mark_verb(s, k, k + 1) != 0) return -1;
            continue;
        }
        size_t pe;
        int read = token_in(d, t, &r->verb_heads) >= 0 ? phrase_verb(d, r, s, k, a, b, &pe) : -1;
        if (read == 0) continue;
        if (read > 0) {
            if (mark_verb(s, k, pe) != 0) return -1;
            continue;
        }
        int rc = rules_match_verb(r, (PCRE2_SPTR)d->text + a, b - a, t->start - a, s->match);
        if (rc < 0) continue;
        size_t me = a + pcre2_get_ovector_pointer(s->match)[1];
        size_t e = k;
        while (e < s->toks.len && s->toks.items[e].start < me) e++;
        if (mark_verb(s, k, e) != 0) return -1;
    }
    return 0;
}

int cue_window(const document *d, const whosaid_rules *r, cue_scratch *s, size_t a, size_t b) {
    return window_tokens(d, r, s, a, b, 0) != 0 ? -1 : mark_verbs(d, r, s, a, b);
}

/* Copies kept tokens [from, from + n), a part of a kept sentence, into the window: without the
 * answers kept for the sentence (a phrase there reads up to the window's end). */
static int copy_kept(cue_scratch *s, const kept_tokens *kept, size_t from, size_t n) {
    if (VEC_RESERVE(&s->own, n) != 0) return -1;
    if (n) memcpy(s->own.items, kept->toks.items + from, n * sizeof *s->own.items);
    s->own.len = n;
    s->own.memo = NULL;
    s->toks = s->own;
    return 0;
}

/* Makes the window the kept sentence of n tokens at kept token from, with the answers kept for
 * it: a view, not a copy, since the grammar only reads a window's tokens (the answers that
 * tok_title and tok_first_name keep in a token depend on its text and case alone, and are the
 * same for the registry's reading and for the window's). */
static void view_kept(cue_scratch *s, const kept_tokens *kept, size_t from, size_t n) {
    s->toks = (token_vec){kept->toks.items + from, n, n, kept->memo, from};
}

int cue_window_of(const document *d, const whosaid_rules *r, cue_scratch *s, const kept_tokens *kept, size_t sn,
                  size_t a, size_t b) {
    size_t n;
    if (!kept_sentence(kept, sn, &n)) return cue_window(d, r, s, a, b);
    view_kept(s, kept, kept->from.items[sn], n);
    return mark_verbs(d, r, s, a, b);
}

int cue_window_before(const document *d, const whosaid_rules *r, cue_scratch *s, size_t a, size_t b) {
    return window_tokens(d, r, s, a, b, 1) != 0 ? -1 : mark_verbs(d, r, s, a, b);
}

/* The first of the n tokens t that starts at or after pos (n when none does). */
static size_t first_token_from(const token *t, size_t n, size_t pos) {
    size_t first;
    SEARCH_PREFIX(first, t, n, start, <, pos);
    return first;
}

/* cue_window (or, from_end, cue_window_before) of text[a, b) inside sentence sn, from the tokens
 * the registry kept of the sentence where it kept them and none of them runs over a or b:
 * tokenizing [a, b) anew gives the same tokens, since the tokenizer looks at nothing before a
 * token's start, and past a token's end only to join on bytes that would then be the token's
 * own, over b (all of a kept sentence's tokens fit a window); but for the first token's
 * TOK_IN_CAPS_RUN, which no token before it in a window of its own gives. */
static int sentence_window(const document *d, const whosaid_rules *r, const segments *seg, const kept_tokens *kept,
                           size_t sn, size_t a, size_t b, int from_end, cue_scratch *s) {
    size_t n;
    const token *t = sn < seg->sents.len ? kept_sentence(kept, sn, &n) : NULL;
    if (t && a >= seg->sents.items[sn].start && a <= b && b <= seg->sents.items[sn].end) {
        size_t i = first_token_from(t, n, a), e = first_token_from(t, n, b);
        if ((i == 0 || t[i - 1].end <= a) && (e == 0 || t[e - 1].end <= b)) {
            /* (the whole sentence's first token has the flag cleared already: read_sentence) */
            if (i == 0 && e == n) view_kept(s, kept, kept->from.items[sn], n);
            else if (copy_kept(s, kept, kept->from.items[sn] + i, e - i) != 0) return -1;
            else if (e > i) s->own.items[0].flags &= ~(unsigned)TOK_IN_CAPS_RUN;
            return mark_verbs(d, r, s, a, b);
        }
    }
    return from_end ? cue_window_before(d, r, s, a, b) : cue_window(d, r, s, a, b);
}

/* After a verb that ends a quotation's sentence, what may follow it for the verb to be the
 * quotation's cue rather than the start of a statement of its own. */
static int ends_like_a_cue(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = s->toks.items;
    if (k >= s->toks.len) return 1;
    if (t[k].flags & TOK_PUNCT) return t[k].cp == '.' || t[k].cp == ',' || t[k].cp == ';' || t[k].cp == '!' || t[k].cp == '(';
    /* ("“…?” Lévesque asked him.": the person spoken to, in an object pronoun) */
    if ((t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->object_pronouns) >= 0 &&
        k + 1 < s->toks.len && ((t[k + 1].flags & TOK_PUNCT) || token_in(d, &t[k + 1], &r->cue_followers) >= 0))
        return ends_like_a_cue(d, r, s, k + 1);
    return token_in(d, &t[k], &r->cue_followers) >= 0;
}

/* Words after a description that opens a clause, up to the comma before a name in apposition,
 * at most ("à l'hôtel de ville"). */
enum { PLACED_WORDS = 6 };

/* Words of a second role joined to a first by a conjunction ("and finance minister") */
enum { MAX_COORDINATED_ROLE_TOKENS = 8 };

/* Punctuation an apposition may hold: "the U.S.-based Centre", "(CSIS)". */
static int apposition_punct(const token *t) {
    return (t->flags & TOK_PUNCT) && (t->cp == '-' || t->cp == '.' || t->cp == '(' || t->cp == ')' ||
                                      t->cp == '\'' || t->cp == 0x2019 || t->cp == '&');
}

/* Tokens an organisation's name in a role's complement may run on for, past the words the
 * phrase took, before a name in apposition, at most. */
enum { CUT_COMPLEMENT_TOKENS = 12 };

/* "la coordinatrice d'urgence de Médecins sans frontières, Anne-Sophie Morel", "le président de
 * la chambre de commerce et d'industrie Aix-Marseille-Provence, Jean-Luc Berthier": an
 * organisation's name in a role's complement may hold what a phrase stops at (a preposition, a
 * conjunction before words in lower case, more words in lower case than a role takes, an
 * acronym in brackets), and any role's complement may run on over where the office is ("The
 * head of infectious diseases at X Hospital, Y,", "Die Fraktionsvorsitzende der Grünen in der
 * Bezirksvertretung, Y,"): in every language, a definite role whose phrase stopped short of a
 * comma runs on up to it when a first name opens what follows: the person in apposition. The
 * comma's index, or 0 where none (no verb, relative, pronoun, or time or place of
 * cue-followers.txt that is no preposition between: "de réponse aux catastrophes" goes on). */
static size_t complement_comma(const document *d, const whosaid_rules *r, const cue_scratch *s, const mention *m) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, k = m->next_tok, c;
    if (m->kind != MENTION_ROLE || m->org || !m->titled ||
        !m->definite || m->possessive || m->role_end <= m->role_start || k == 0 || k >= n || punct_is(&t[k], ','))
        return 0;
    for (c = k; c < n && c < k + CUT_COMPLEMENT_TOKENS; c++) {
        if (punct_is(&t[c], ',')) break;
        if (!((t[c].flags & TOK_WORD) || (apposition_punct(&t[c]) && !punct_is(&t[c], '.'))) || s->verb_end.items[c] ||
            /* (an article opens a noun of the complement, even one a relative clause could open
             * after a comma: "in der Stadtvertretung") */
            ((t[c].flags & TOK_LOWER) && !tok_article(d, r, &t[c]) &&
             (token_in(d, &t[c], &r->relatives) >= 0 ||
              /* (a word of time or place after a cue, not "aux" of "de réponse aux catastrophes") */
              (token_in(d, &t[c], &r->cue_followers) >= 0 && token_in(d, &t[c], &r->prepositions) < 0) ||
              token_in(d, &t[c], &r->auxiliaries) >= 0 || token_in(d, &t[c], &r->subordinators) >= 0 ||
              tok_pronoun_word(d, r, &t[c]))))
            return 0;
    }
    if (c == k || c + 2 >= n || !punct_is(&t[c], ',') || !tok_first_name(d, r, &t[c + 1])) return 0;
    return c;
}

/* "R-Ky." or "D-N.Y.": a party and state, no role. */
static int party_label(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a, size_t b) {
    const token *t = s->toks.items;
    const char *x = (const char *)d->text + t[a].start;
    return b > a && b - a <= 4 && t[a].end - t[a].start >= 3 && x[1] == '-' && (t[a].flags & TOK_CAP) &&
           wordset_get(&r->party_letters, x, 1) >= 0;
}

/* Does an inverted subject that ends before toks[k] end its clause: the sentence's end, a comma
 * or a full stop, or the acronym in brackets of the organisation it names ("informó ayer el
 * Instituto … (INDEC).")? */
static int ends_subject(const token *t, size_t n, size_t k) {
    return k >= n || punct_is(&t[k], ',') || punct_is(&t[k], '.') || tok_past_acronym(t, n, k) > k;
}

/* "«…», explican desde la Consejería de Sanidad", "…, apuntan desde el Ayuntamiento": a
 * preposition of rules/<lang>/source-prepositions.txt right after an inverted verb, then the
 * organisation or the person it is said from, which ends the clause: they spoke. */
static mention source_after_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e) {
    mention none = {0};
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    if (e + 1 >= n || !(t[e].flags & TOK_LOWER) ||
        wordset_get(&r->source_prepositions, (const char *)d->text + t[e].start, t[e].stem_end - t[e].start) < 0)
        return none;
    mention m = parse_mention(d, r, &s->toks, e + 1);
    if (!(m.kind == MENTION_NAME || (m.kind == MENTION_ROLE && (m.org || m.definite))) || !ends_subject(t, n, m.next_tok))
        return none;
    return m;
}

/* Tokens from the preposition of whom it was told, or where, to the subject after them, at most
 * ("explicó en la rueda de prensa posterior el presidente del jurado"). */
enum { OBJECT_BEFORE_SUBJECT_TOKENS = 8 };

/* "explicó a este diario el jefe de la unidad", "a déclaré à l'AFP le ministre": where the
 * language puts whom it was said to between the verb and its subject (features.txt
 * "object-before-subject"), the subject after a preposition of cue-followers.txt and its
 * object of a few words, if it ends the clause. */
static mention subject_after_object(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e) {
    mention none = {0};
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    if (!rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT) || e + 2 >= n || !(t[e].flags & TOK_LOWER) ||
        token_in(d, &t[e], &r->prepositions) < 0 || token_in(d, &t[e], &r->cue_followers) < 0)
        return none;
    /* (the medium's name may stand in quotation marks: "a expliqué aux « Echos » son PDG") */
    size_t marks = (t[e + 1].flags & TOK_MARK) ? 1 : 0;
    for (size_t j = e + 2; j < n && j < e + OBJECT_BEFORE_SUBJECT_TOKENS + marks; j++) {
        if ((t[j].flags & TOK_MARK) && marks < 2) {
            marks++;
            continue;
        }
        if (!(t[j].flags & TOK_WORD)) return none;
        /* the subject opens with an article, a possessive or a name: "à l'AFP Nathalie Perrin,
         * directrice", "aux « Echos » son cofondateur", "au Temps son associé-gérant, X" (a
         * possessive after the object's first word), "a Clarín Marta Iribarne" (a first name after
         * an object of one word that is none: not "a María José Pérez") */
        if (!tok_article(d, r, &t[j]) &&
            !((marks == 2 || j > e + 1 + marks) && token_in(d, &t[j], &r->possessives) >= 0) &&
            !(tok_first_name(d, r, &t[j]) && (j > e + 2 || !tok_first_name(d, r, &t[e + 1]))))
            continue;
        /* (not the object of another preposition: "dijo en declaraciones a la Cadena SER",
         * "pronosticó en conversación con EL PAÍS") */
        if ((t[j - 1].flags & TOK_LOWER) && token_in(d, &t[j - 1], &r->prepositions) >= 0) continue;
        mention m = parse_mention(d, r, &s->toks, j);
        /* (a description of someone by a possessive is one though no title heads it, where its
         * noun names a person: "a raconté à La Presse sa voisine, X", not "sa démission") */
        if (m.kind == MENTION_NONE || m.kind == MENTION_PRONOUN ||
            (m.kind == MENTION_DESCRIPTION && !m.titled &&
             (token_in(d, &t[j], &r->possessives) < 0 || !mention_is_someone(d, r, &m))))
            continue;
        /* (a first name alone after the object is a word of its name: "afirmó en FM Río") */
        if (m.kind == MENTION_NAME && m.name_tokens < 2 && !m.titled && !tok_article(d, r, &t[j])) continue;
        /* (a name's age or label in brackets may close it: "contó a Clarín Marta Iribarne (67),") */
        size_t after = m.kind == MENTION_NAME && m.next_tok < n ? tok_past_label(t, n, m.next_tok) : m.next_tok;
        /* (…or a relative clause that says more of it: "explicó a este periódico una agente de
         * protección de la naturaleza que trabajó toda la tarde en el flanco norte") */
        if (after < n && !punct_is(&t[after], ',') && !punct_is(&t[after], '.') && !complement_comma(d, r, s, &m) &&
            !(m.kind == MENTION_DESCRIPTION && (t[after].flags & TOK_LOWER) && token_in(d, &t[after], &r->relatives) >= 0))
            continue;
        return m;
    }
    return none;
}

/* Words of a phrase inserted between an inverted verb and its subject, at most; words past the
 * first article or capital where the subject is looked for, at most. */
enum { INSERTED_PHRASE_TOKENS = 6, INSERTED_SUBJECT_SEARCH = 6 };

/* Does t open a noun phrase as an article or a possessive does ("le", "son", "su")? (after
 * an insert with no article of its own: "a écrit par courriel son porte-parole, X") */
static int opens_noun_phrase(const document *d, const whosaid_rules *r, const token *t) {
    return tok_article(d, r, t) || ((t->flags & TOK_LOWER) && token_in(d, t, &r->possessives) >= 0);
}

/* "estime, sous couvert d'anonymat, un cadre du parti", "a reconnu auprès de l'AFP un
 * responsable", "raconte émue Léa", "assurait mardi soir la préfecture": where the language
 * puts words between an inverted verb and its subject (features.txt "object-before-subject"), an
 * aside between commas, or a few words in lower case, before a name of two words (or a first
 * name), or a phrase with an article that names someone, which ends the clause. */
static int name_in_apposition(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k, mention *m);
static int is_preposition(const whosaid_rules *r, const document *d, const token *t);

/* Does the name `named`, read at t[k], open with a particle in lower case that is also a
 * preposition, no first name before it: a place after "de" ("Un vecino, de Mendoza,"), not
 * "the Dutch coach, van Gaal,"? */
static int place_after_particle(const document *d, const whosaid_rules *r, const token *t, size_t k, const mention *named) {
    return named->kind == MENTION_NAME && named->name_start == t[k].start && (t[k].flags & TOK_LOWER) &&
           tok_particle(d, r, &t[k]) && is_preposition(r, d, &t[k]);
}

static mention subject_after_insert(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e) {
    mention none = {0};
    const token *t = s->toks.items;
    size_t n = s->toks.len, j;
    if (!rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT) || e + 1 >= n) return none;
    if (punct_is(&t[e], ',')) {
        for (j = e + 1; j < n && j <= e + INSERTED_PHRASE_TOKENS && ((t[j].flags & TOK_WORD) || apposition_punct(&t[j]));) j++;
        if (j == e + 1 || j >= n || !punct_is(&t[j], ',')) return none;
        j++;
    } else if (t[e].flags & TOK_LOWER) {
        for (j = e + 1; j < n && j < e + INSERTED_PHRASE_TOKENS && (t[j].flags & TOK_WORD) && !opens_noun_phrase(d, r, &t[j]) &&
                        !(t[j].flags & TOK_CAP);)
            j++;
    } else
        return none;
    /* (the words may be two phrases of prepositions: "sostuvo por la mañana en las Cortes el
     * consejero de Sanidad, X") */
    for (size_t a = j; a < n && a <= j + INSERTED_SUBJECT_SEARCH; a++) {
        if (!(t[a].flags & TOK_WORD)) return none;
        if (!opens_noun_phrase(d, r, &t[a]) && !(t[a].flags & TOK_CAP)) continue;
        /* (after a preposition it is its object: "le reprochó a la ministra"; so is a name after
         * the preposition and its article: "dijo en declaraciones a la Cadena Norte") */
        if ((t[a - 1].flags & TOK_LOWER) && token_in(d, &t[a - 1], &r->prepositions) >= 0) continue;
        /* (…and a capitalised word right after another that the search passed over is a word
         * of the same name: "afirmó en FM Río", no Río) */
        if (a > j && (t[a].flags & TOK_CAP) && !tok_article(d, r, &t[a]) && (t[a - 1].flags & TOK_CAP) &&
            !tok_article(d, r, &t[a - 1]))
            continue;
        if (a >= 2 && tok_article(d, r, &t[a - 1]) && (t[a - 2].flags & TOK_LOWER) &&
            token_in(d, &t[a - 2], &r->prepositions) >= 0 && !tok_article(d, r, &t[a - 2]))
            continue;
        mention m = parse_mention(d, r, &s->toks, a);
        int someone = m.kind == MENTION_NAME ? m.name_tokens >= 2 || m.titled || tok_first_name(d, r, &t[a])
                                              : m.kind != MENTION_PRONOUN && opens_noun_phrase(d, r, &t[a]) && mention_is_someone(d, r, &m);
        /* (a description the lists do not know is someone's where a name stands in apposition
         * to it: "a lancé d'entrée la greffière en chef du tribunal, Aurélie Decoster") */
        mention named = m;
        if (!someone && m.kind == MENTION_DESCRIPTION && opens_noun_phrase(d, r, &t[a]) &&
            name_in_apposition(d, r, s, m.next_tok, &named))
            return named;
        if (!someone || !ends_subject(t, n, m.next_tok)) continue;
        return m;
    }
    return none;
}

/* Tokens of the organisation after a name in apposition and its preposition at most. */
enum { AFFILIATION_TOKENS = 8 };

/* "Brannigan's lawyer, Kevin Asheford of the Digital Liberty Project, said": where a name that
 * ends at t[e] works, a preposition of affiliation and an organisation's capitalised words, up
 * to a comma. Returns the comma's index, or e where no such phrase follows. */
size_t cue_affiliation_end(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t e) {
    if (e + 2 >= n || !(t[e].flags & TOK_LOWER) || token_in(d, &t[e], &r->affiliation_prepositions) < 0) return e;
    size_t c = e + 1;
    while (c < n && c < e + 1 + AFFILIATION_TOKENS &&
           ((t[c].flags & TOK_CAP) || tok_connector(d, r, &t[c]) || tok_article(d, r, &t[c])))
        c++;
    if (c < n && punct_is(&t[c], ',') && (t[c - 1].flags & TOK_CAP)) return c;
    /* ("Selon le géomorphologue X, de l'Institut des sciences côtières, le recul …") */
    size_t a = e + 1 + (size_t)(tok_article(d, r, &t[e + 1]) && (t[e + 1].flags & TOK_LOWER));
    c = affiliation_complement_end(d, r, t, n, a);
    return c > a && punct_is(&t[c], ',') ? c : e;
}

/* ", el joven argentino Ricardo Peralta,", ", der pensionierte Zahnarzt Helmut Grabowski,",
 * ", retired dentist Helmut Grabowski,": after the comma at toks[k], a word or two of origin or of
 * what someone is (its article maybe; a title of their own, where no article opens it) before a
 * first name: the name (no role of its own, the words before it are no office), or MENTION_NONE. */
static mention name_after_epithet(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    mention named = {0};
    if (k + 1 >= n) return named;
    int article = tok_article(d, r, &t[k + 1]);
    int own_title = tok_title(d, r, &t[k + 1]) || (k + 2 < n && tok_title(d, r, &t[k + 2]));
    if (!article && !own_title) return named;
    for (size_t w = k + 1 + (size_t)article; w < n && w <= k + 3; w++) {
        if (!(t[w].flags & TOK_WORD) || s->verb_end.items[w] || token_in(d, &t[w], &r->prepositions) >= 0 ||
            token_in(d, &t[w], &r->verbs) >= 0 || token_in(d, &t[w], &r->org_nouns) >= 0 ||
            !((t[w].flags & TOK_LOWER) || tok_title(d, r, &t[w])))
            break;
        if (w + 1 < n && (t[w + 1].flags & TOK_CAP)) {
            /* (a first name, or a name of three words where its first is none the rules know:
             * "el uruguayo Washington Sosa Lemos", not "el club Deportivo Los Andes") */
            mention probe = parse_mention(d, r, &s->toks, w + 1);
            if (!tok_first_name(d, r, &t[w + 1]) &&
                (probe.name_tokens < 3 || probe.org || token_in(d, &t[w], &r->organisations) >= 0))
                continue;
            if (probe.role_end == probe.role_start) named = probe;
            break;
        }
    }
    return named;
}

/* Is the word at text[a] (before text[end]) a preposition ("of" in "One of the men")? */
static int preposition_at(const document *d, const whosaid_rules *r, size_t a, size_t end) {
    size_t w = a;
    while (w < end && d->text[w] != ' ') w++;
    return w > a && wordset_get(&r->prepositions, (const char *)d->text + a, w - a) >= 0;
}

/* "the board’s chief economist, Ann-Marie Gill, said": a name in apposition to a description
 * is the speaker, and the description its role. Returns 1 and replaces *m when so. */
static int name_in_apposition(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k, mention *m) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    /* (or a role of a named organisation's, "le porte-parole de la Sûreté du Québec", before a
     * name of its own: ", le sergent Marc-André Gosselin", ", Mme Julie Roy") */
    int of_named = m->kind == MENTION_NAME && m->role_end > m->role_start && m->role_end < m->name_start &&
                   d->text[m->role_end] == ' ' && m->role_end + 1 < m->name_start;
    if ((m->kind != MENTION_DESCRIPTION && (m->kind != MENTION_ROLE || m->org) && !of_named) || k + 1 >= n) return 0;
    /* (past the rest of an organisation's name the phrase stopped short of) */
    size_t cut = k == m->next_tok && !of_named ? complement_comma(d, r, s, m) : 0;
    if (cut) k = cut;
    /* (past the organisation's short name in brackets: "Der Vizedirektor des Bundesamts für
     * Umwelt (Bafu), Beat Zwahlen, sagte") */
    k = tok_past_label(t, n, k);
    if (k + 1 >= n || !punct_is(&t[k], ',')) return 0;
    mention named = parse_mention(d, r, &s->toks, k + 1);
    if (place_after_particle(d, r, t, k + 1, &named)) return 0;
    /* (after words that say the name follows: ", identificado como Wilfredo Mejía,",
     * rules/<lang>/naming-phrases.txt) */
    size_t naming = named.kind != MENTION_NAME && r->naming_phrases.len
                        ? token_phrase_prefix(d, t + k + 1, n - k - 1, 3, TOK_LOWER, &r->naming_phrases)
                        : 0;
    if (naming) named = parse_mention(d, r, &s->toks, k + 1 + naming);
    /* "The developer, Westbridge Properties, said": an organisation's name, capitalised, in
     * apposition to a description is whom it means (not after an article: ", the city,") */
    if (named.kind == MENTION_ROLE && named.org && !m->org && (t[k + 1].flags & TOK_CAP) && !tok_article(d, r, &t[k + 1]) &&
        named.next_tok < n && (punct_is(&t[named.next_tok], ',') || s->verb_end.items[named.next_tok])) {
        named.start = m->start;
        *m = named;
        return 1;
    }
    if (named.kind != MENTION_NAME) named = name_after_epithet(d, r, s, k);
    /* (a first name alone too, where an age follows it, as witnesses are named: "said one
     * season-ticket holder, Leanne, 44, who …"; or where it ends the sentence: "contó su nieta,
     * Lucía.") */
    size_t first_word = k + 1;
    while (first_word < n && t[first_word].start < named.name_start) first_word++;
    if (named.kind != MENTION_NAME ||
        (named.name_tokens < 2 &&
         !(first_word < n && tok_first_name(d, r, &t[first_word]) &&
           (apposition_age(d, r, &s->toks, named.next_tok) ||
            (m->kind == MENTION_DESCRIPTION && (named.next_tok >= n || punct_is(&t[named.next_tok], '.')))))))
        return 0;
    size_t e = named.next_tok;
    /* (where the named person works may close the apposition: ", Kevin Asheford of the Digital
     * Liberty Project, said") */
    named.next_tok = e = cue_affiliation_end(d, r, t, n, e);
    /* (or the dash that closes a dialogue's aside: "—explicó el gerente, Andrés Landa— porque") */
    if (e < n && !punct_is(&t[e], ',') && !punct_is(&t[e], '.') && !punct_is_long_dash(&t[e]) && !s->verb_end.items[e])
        return 0;
    /* (a title of the name's own gives way to an office with its complement before it: "said
     * the chair of the committee, Senator Jane Holt", "explicó el gerente general de la empresa,
     * ingeniero Walter Chunga", as people.c reads it before a verb) */
    int office = 0;
    for (size_t w = 0; w < k && !office; w++)
        office = t[w].start > m->start && t[w].end <= (cut ? t[cut - 1].end : m->end) && tok_connector(d, r, &t[w]);
    if (named.role_end == named.role_start || (office && !of_named)) {
        size_t end = cut ? t[cut - 1].end : m->end;
        size_t a = m->start, w = a;
        while (w < end && d->text[w] != ' ') w++;
        /* (without its article, possessive or determiner of one: "son président, Hugo
         * Lemoine", "one season-ticket holder, Leanne") */
        if ((wordset_get(&r->articles, (const char *)d->text + a, w - a) >= 0 ||
             wordset_get(&r->possessives, (const char *)d->text + a, w - a) >= 0 ||
             (wordset_get(&r->singular_determiners, (const char *)d->text + a, w - a) >= 0 &&
              !preposition_at(d, r, w + 1, end))) &&
            w < end)
            a = w + 1;
        named.role_start = a;
        named.role_end = end;
    }
    named.start = m->start;
    /* (the description's noun shows the gender a first name alone may not: "su nieta, Lucía") */
    if (!named.gender && named.name_tokens < 2 && m->kind == MENTION_DESCRIPTION) {
        named.gender = m->gender;
        if (!named.gender && m->head_end > m->head_start)
            named.gender = rules_gendered(r, (const char *)d->text + m->head_start, m->head_end - m->head_start);
    }
    *m = named;
    return 1;
}

/* "Phil Berger and House Speaker Tim Moore said": two names joined by a conjunction speak
 * together; m grows to cover both. */
/* "said Environment and Climate Change Canada meteorologist Graham Ngo", "Fisheries and Oceans
 * Canada spokesperson Mark Hill said": one capitalised word, no first name, and a conjunction
 * before a role that opens with capitalised words that no title is, then a name, are the first
 * word of the organisation's name that the role holds, not someone else; *m becomes the whole
 * phrase. Returns 1 when so. */
static int org_word_before_role(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m) {
    const token *t = s->toks.items;
    size_t k = m->next_tok;
    if (m->kind != MENTION_NAME || m->possessive || m->name_tokens != 1 || m->role_end != m->role_start ||
        k + 2 >= s->toks.len || !tok_org_word_before_role(d, r, t, k + 1))
        return 0;
    mention second = parse_mention(d, r, &s->toks, k + 1);
    if (second.kind != MENTION_NAME || second.possessive || second.role_start != t[k + 1].start ||
        second.role_end <= second.role_start)
        return 0;
    second.start = second.role_start = m->start;
    *m = second;
    return 1;
}

static void coordinate(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m) {
    const token *t = s->toks.items;
    size_t k = m->next_tok;
    if (m->kind != MENTION_NAME || m->possessive || k + 1 >= s->toks.len || token_in(d, &t[k], &r->conjunctions) < 0)
        return;
    if (org_word_before_role(d, r, s, m)) return;
    mention second = parse_mention(d, r, &s->toks, k + 1);
    if (second.kind != MENTION_NAME || second.possessive) return;
    m->plural = 1;
    m->name_end = second.name_end;
    m->end = second.end;
    m->next_tok = second.next_tok;
    m->role_start = m->role_end = 0;
    m->gender = 0;
}

/* "The deputy prime minister and finance minister, Jane Doe,", "La vicepresidenta primera y
 * ministra de Hacienda, María Jesús Montero,": two roles joined by a conjunction before a name
 * in apposition are one description, which m grows to cover. Returns 1 when so. */
static int coordinate_roles(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m) {
    const token *t = s->toks.items;
    size_t k = m->next_tok, n = s->toks.len;
    if (m->kind != MENTION_DESCRIPTION && (m->kind != MENTION_ROLE || m->org)) return 0;
    /* an adjective after the first may stand before the conjunction: "la vicepresidenta primera y" */
    for (size_t adjectives = 0; k < n && adjectives < 2 && (t[k].flags & TOK_LOWER) &&
                                token_in(d, &t[k], &r->conjunctions) < 0 && !s->verb_end.items[k];
         adjectives++)
        k++;
    if (k + 2 >= n || token_in(d, &t[k], &r->conjunctions) < 0) return 0;
    /* the second role: words up to the comma, a title among them */
    size_t e = k + 1;
    int titled = 0;
    while (e < n && e < k + 1 + MAX_COORDINATED_ROLE_TOKENS && (t[e].flags & TOK_WORD) && !s->verb_end.items[e])
        titled |= tok_title(d, r, &t[e++]);
    if (!titled || e + 1 >= n || !punct_is(&t[e], ',')) return 0;
    mention named = parse_mention(d, r, &s->toks, e + 1);
    if (named.kind != MENTION_NAME || named.name_tokens < 2) return 0;
    m->end = t[e - 1].end;
    if (m->role_end > m->role_start) m->role_end = m->end;
    m->next_tok = e;
    return 1;
}

/* Tokens of a list a role's complement runs on over, at most; words of an item in lower case. */
enum { MAX_COMPLEMENT_LIST_TOKENS = 16, LOWER_ITEM_WORDS = 3 };

/* Is toks[k] a word in lower case that may stand in a list of an office's fields ("tourism",
 * "arts"): no verb, connector or conjunction of a list? */
static int lower_list_word(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = &s->toks.items[k];
    return (t->flags & TOK_WORD) && (t->flags & TOK_LOWER) && !(t->flags & TOK_POSS) && !s->verb_end.items[k] &&
           !tok_connector(d, r, t) && !tok_list_conjunction(d, r, t) && token_in(d, t, &r->verbs) < 0 &&
           token_in(d, t, &r->auxiliaries) < 0 && !tok_relative(d, r, t);
}

/* A role whose complement runs on over a list before a name in apposition (cues.h). */
int cue_coordinate_complement(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m) {
    const token *t = s->toks.items;
    size_t k = m->next_tok, n = s->toks.len;
    if ((m->kind != MENTION_DESCRIPTION && (m->kind != MENTION_ROLE || m->org)) || m->role_end <= m->role_start ||
        k < 2 || k + 3 >= n || !punct_is(&t[k], ','))
        return 0;
    /* (its complement's last word before the comma: "of Health"; where adjectives follow the
     * noun, an adjective after it: "de la Transition écologique, de l'Énergie et du Climat") */
    /* (or in lower case, where the outlet writes offices so: "deputy minister for tourism, arts
     * and culture, Abena Osei-Tutu,"; the items then in lower case too) */
    int lower = !(t[k - 1].flags & TOK_CAP) &&
                !((t[k - 1].flags & TOK_LOWER) && (t[k - 2].flags & TOK_CAP) && !(t[k - 2].flags & TOK_POSS) &&
                  rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES) && !s->verb_end.items[k - 1] &&
                  !tok_connector(d, r, &t[k - 1]) && token_in(d, &t[k - 1], &r->verbs) < 0);
    if (lower && !lower_list_word(d, r, s, k - 1)) return 0;
    /* items: capitalised words (or words in lower case, as above), each after its connector and
     * article maybe, none a first name */
    size_t e = k + 1, end = 0;
    int joined = 0;
    while (e < n && e < k + 1 + MAX_COMPLEMENT_LIST_TOKENS) {
        if (tok_connector(d, r, &t[e]) || tok_article(d, r, &t[e])) {
            e++;
            continue;
        }
        if (lower) {
            size_t w = e;
            while (e < n && e < w + LOWER_ITEM_WORDS && lower_list_word(d, r, s, e)) e++;
            if (e == w || e >= n) return 0;
        } else {
            if (!(t[e].flags & TOK_CAP) || (t[e].flags & TOK_POSS) || tok_first_name(d, r, &t[e]) || s->verb_end.items[e])
                return 0;
            while (e < n && (t[e].flags & TOK_CAP) && !(t[e].flags & TOK_POSS) && !tok_first_name(d, r, &t[e])) e++;
        }
        if (e >= n) return 0;
        if (joined) {
            /* (a last complement in lower case may follow: "Movilidad del estado") */
            size_t c = e;
            while (c < n && c < e + 3 && (t[c].flags & TOK_LOWER) && !s->verb_end.items[c] &&
                   (tok_connector(d, r, &t[c]) || tok_article(d, r, &t[c]) || c > e))
                c++;
            if (c < n && punct_is(&t[c], ',')) end = c;
            break;
        }
        if (punct_is(&t[e], ',')) e++;
        else if (tok_list_conjunction(d, r, &t[e])) joined = 1, e++;
        else return 0;
    }
    if (!end || end + 1 >= n) return 0;
    mention named = parse_mention(d, r, &s->toks, end + 1);
    if (named.kind != MENTION_NAME || named.name_tokens < 2) return 0;
    m->end = m->role_end = t[end - 1].end;
    m->next_tok = end;
    return 1;
}

/* Does a word of toks[a, e) hold a letter (", a doctor,", not an age: ", 49,")? */
static int has_letters(const token *t, size_t a, size_t e) {
    for (size_t w = a; w < e; w++)
        if (t[w].flags & (TOK_LOWER | TOK_CAP)) return 1;
    return 0;
}

static int participle(const document *d, const whosaid_rules *r, const token *t);

/* An apposition after a name: ", a doctor," — returns the index after its closing comma. */
static size_t skip_apposition(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k,
                              mention *m) {
    const token *t = s->toks.items;
    mention both = *m;
    if (k < s->toks.len && k == m->next_tok &&
        (coordinate_roles(d, r, s, &both) || cue_coordinate_complement(d, r, s, &both)) &&
        name_in_apposition(d, r, s, both.next_tok, &both)) {
        *m = both;
        return m->next_tok < s->toks.len && punct_is(&t[m->next_tok], ',') ? m->next_tok + 1 : m->next_tok;
    }
    if (k < s->toks.len && k == m->next_tok && complement_comma(d, r, s, m) && name_in_apposition(d, r, s, k, m))
        return m->next_tok < s->toks.len && punct_is(&t[m->next_tok], ',') ? m->next_tok + 1 : m->next_tok;
    /* (an organisation's short name in brackets before the comma: "…, sagte der Vizedirektor
     * des Bundesamts für Umwelt (Bafu), Beat Zwahlen.") */
    if (k < s->toks.len && tok_past_label(t, s->toks.len, k) > k && name_in_apposition(d, r, s, k, m))
        return m->next_tok < s->toks.len && punct_is(&t[m->next_tok], ',') ? m->next_tok + 1 : m->next_tok;
    /* "Marta Iribarne (67), docente jubilada,": an age or a label in brackets after a name, then
     * its apposition */
    size_t past_label = m->kind == MENTION_NAME && k < s->toks.len ? tok_past_label(t, s->toks.len, k) : k;
    if (past_label > k && past_label < s->toks.len && punct_is(&t[past_label], ',')) k = past_label;
    if (k >= s->toks.len || !punct_is(&t[k], ',')) return k;
    if (name_in_apposition(d, r, s, k, m))
        return m->next_tok < s->toks.len && punct_is(&t[m->next_tok], ',') ? m->next_tok + 1 : m->next_tok;
    /* (a subordinate clause is none: ", mientras enciende las luces.", nor a participle's phrase
     * with its object: "according to the Labor Department, taking a step toward …"; ", managing
     * director at …", ", founding partner of the firm" are roles) */
    if (k + 1 < s->toks.len && (t[k + 1].flags & TOK_LOWER) &&
        (token_in(d, &t[k + 1], &r->subordinators) >= 0 ||
         (participle(d, r, &t[k + 1]) && k + 2 < s->toks.len &&
          (tok_article(d, r, &t[k + 2]) || token_in(d, &t[k + 2], &r->determiners) >= 0 ||
           token_in(d, &t[k + 2], &r->possessives) >= 0 || token_in(d, &t[k + 2], &r->prepositions) >= 0))))
        return k;
    size_t e = k + 1;
    while (e < s->toks.len && e < k + 18 && ((t[e].flags & TOK_WORD) || apposition_punct(&t[e]))) e++;
    /* ", a doctor," — or ", a prominent New York Democrat." at the end of the sentence */
    int last = e == s->toks.len || (punct_is(&t[e], '.') && e + 1 == s->toks.len);
    if ((!last && (e >= s->toks.len || !punct_is(&t[e], ','))) || e == k + 1) return k;
    if (m->role_end == m->role_start && !party_label(d, r, s, k + 1, e)) {
        size_t a = k + 1;
        while (a + 1 < e && tok_adverb(d, r, &t[a])) a++; /* ", now a member of the board," */
        /* (German "die" is an article before a noun, a relative before a word in lower case:
         * ", die als Staatssekretärin … zuständig ist,") */
        int relative = e > a + 1 && tok_relative(d, r, &t[a]) &&
                       !(token_in(d, &t[a], &r->articles) >= 0 && (t[a + 1].flags & TOK_CAP));
        if (!relative) a += e > a + 1 && token_in(d, &t[a], &r->articles) >= 0; /* "a doctor" */
        /* ", who runs Our Principles PAC," is a role, ", who was in court," is not */
        /* (a German one, whose verb comes last, gives its role to the person in the registry:
         * roles.c) */
        if (relative) {
            if (token_in(d, &t[a + 1], &r->copulas) >= 0) a += 2;
            else if (token_in(d, &t[a + 1], &r->role_verbs) >= 0) a += 1;
            else return e + 1;
        }
        /* ", 49,": an age, not a role */
        if (!has_letters(t, a, e)) return e + 1;
        size_t z = e;
        /* (a relative clause after the noun is no part of the role: ", a forklift operator who
         * has worked at the plant for 17 years"; German "der" before a capitalised noun is an
         * article: ", Leiter der Abteilung,") */
        for (size_t w = a + 1; w < z; w++)
            if (tok_relative(d, r, &t[w]) && !(tok_article(d, r, &t[w]) && w + 1 < z && (t[w + 1].flags & TOK_CAP))) {
                z = w;
                break;
            }
        while (z > a && (t[z - 1].flags & TOK_PUNCT)) z--; /* "… for Putin." */
        /* (", retraité de 74 ans.": nor the age after the noun) */
        z -= ends_in_age(d, r, t, a + 1, z);
        /* (", de 47 años,": nor one in words) */
        if (z == a || apposition_age(d, r, &s->toks, k) == (int)(z - k)) return e < s->toks.len ? e + 1 : e;
        /* (", entrevistada a la salida del turno,", ", attablée dans un café,": a participle's
         * clause tells where or how they were met, no title of theirs) */
        if (tok_bare_participle(d, r, t, s->toks.len, a)) return e < s->toks.len ? e + 1 : e;
        /* (", découragée.", ", visiblement émue,", ", emocionada.": a participle alone, no
         * title, says how they felt) */
        if (z == a + 1 && (t[a].flags & TOK_LOWER) && tok_passive_participle(d, r, &t[a]) && !tok_title(d, r, &t[a]))
            return e < s->toks.len ? e + 1 : e;
        m->role_start = t[a].start;
        m->role_end = t[z - 1].end;
    }
    return e < s->toks.len ? e + 1 : e;
}

/* Prepositions, conjunctions and relatives: words after which a phrase is over. */
static int is_preposition(const whosaid_rules *r, const document *d, const token *t) {
    return (t->flags & TOK_LOWER) && token_in(d, t, &r->prepositions) >= 0;
}

/* "pour sa part", "de son côté", "por su parte": a preposition, a possessive and a noun in lower
 * case at toks[k], or a preposition and an adverb ("par ailleurs", "en outre"), an aside that may
 * stand between an auxiliary and its participle ("a pour sa part déclaré", "a par ailleurs
 * annoncé") as an adverb does. The token after it, or k. */
size_t cue_aside_end(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    if (k + 2 > n || !is_preposition(r, d, &t[k]) || !(t[k + 1].flags & TOK_LOWER)) return k;
    if (k + 3 <= n && token_in(d, &t[k + 1], &r->possessives) >= 0 && (t[k + 2].flags & TOK_WORD) &&
        (t[k + 2].flags & TOK_LOWER))
        return k + 3;
    /* (or a second preposition and a pronoun: "a quant à lui annoncé que") */
    if (k + 3 <= n && is_preposition(r, d, &t[k + 1]) && (t[k + 2].flags & TOK_LOWER) && tok_pronoun_word(d, r, &t[k + 2]))
        return k + 3;
    return token_in(d, &t[k + 1], &r->adverbs) >= 0 ? k + 2 : k;
}

/* "Le ministère des Armées assure": does the phrase at byte pos open with an article that holds
 * a preposition (contracted-articles.txt), after a word in lower case, whose complement it is? */
static int opens_with_contracted_article(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t pos) {
    const token *t = s->toks.items;
    size_t k = 0;
    while (k < s->toks.len && t[k].start < pos) k++;
    return k > 0 && k < s->toks.len && t[k].start == pos && (t[k].flags & TOK_LOWER) && (t[k - 1].flags & TOK_LOWER) &&
           contracted_article(d, r, &t[k]) && !s->verb_end.items[k - 1];
}

/* Is the word before the token at byte pos (or before the comma there) a preposition? */
static int after_preposition(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t pos,
                             int except_subordinators) {
    const token *t = s->toks.items;
    size_t k = 0;
    while (k < s->toks.len && t[k].start < pos) k++;
    if (k == 0) return 0;
    /* "in Columbus, Ohio, said": a place and its state, a comma after both; not "in Ottawa,
     * Scheer said" */
    size_t after = k; /* past the capitalised words of the place ("Ohio"), not a whole clause */
    while (after < s->toks.len && (t[after].flags & TOK_WORD) && (t[after].flags & TOK_CAP)) after++;
    /* (not a first name, which is no state: "Devant l'école de Lévis, Martine, retraitée, dit") */
    if (punct_is(&t[k - 1], ',') && k >= 3 && (t[k - 2].flags & TOK_CAP) && after < s->toks.len &&
        punct_is(&t[after], ',') && !(after == k + 1 && tok_first_name(d, r, &t[k])))
        k--;
    /* back over the capitalised words the phrase left out ("New" of "New Hampshire") */
    for (size_t back = 0; k > 1 && back < 4 && (t[k - 1].flags & TOK_CAP); back++) k--;
    /* (nor a complementiser, whose clause the name opens as its subject: "so heated that New
     * Jersey Gov. Chris Christie said, “…”") */
    return is_preposition(r, d, &t[k - 1]) && !tok_relative(d, r, &t[k - 1]) &&
           token_in(d, &t[k - 1], &r->complementisers) < 0 &&
           (!except_subordinators || token_in(d, &t[k - 1], &r->subordinators) < 0);
}


/* "Jeffrey Lewis of the James Martin Center", "Dan McLaughlin at the National Review": where a
 * named person works, after a preposition of affiliation, is their role when they have none:
 * the organisation's name. */
static void affiliation_role(const document *d, const whosaid_rules *r, const token *prep, const mention *org,
                             mention *who) {
    /* an organisation, or a name after "the" ("the National Review", "the Sierra Club"): no one's
     * own name takes the article */
    int named_org = org->org || (org->kind == MENTION_NAME && token_in(d, prep + 1, &r->articles) == ARTICLE_DEFINITE);
    if (who->role_end > who->role_start || !named_org || org->name_end <= org->name_start ||
        !(prep->flags & TOK_LOWER) || token_in(d, prep, &r->affiliation_prepositions) < 0)
        return;
    who->role_start = org->name_start;
    who->role_end = org->name_end;
}

/* The phrase after an inverted verb ("said X"). When the phrase runs on in lower case, the
 * name a few words on is the speaker and the words before it its role: "said Monmouth
 * University political scientist Patrick Murray", "said Cruz constituent Dan Golvach". */
static mention bare_description(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a,
                                size_t v);

/* How many words a bare group after a verb runs to, up to the punctuation ("fuentes de la
 * Consejería de Sanidad de la Junta"). */
enum { SHORT_GROUP_WORDS = 4, BARE_GROUP_WORDS = 10 };

static mention phrase_after_verb_alone(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k);
static void possessor_and_noun(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m);

/* Are t[a, b) the words of an organisation's name, its capitals and connectors, an organisation
 * word among them ("del Ministerio del Interior", "de la Unidad Militar de Emergencias")? */
static int org_name_between(const document *d, const whosaid_rules *r, const token *t, size_t a, size_t b) {
    int org = 0;
    for (size_t w = a; w < b; w++) {
        if (!(t[w].flags & TOK_CAP) && !tok_connector(d, r, &t[w]) && !tok_article(d, r, &t[w])) return 0;
        org |= (t[w].flags & TOK_CAP) && token_in(d, &t[w], &r->organisations) >= 0;
    }
    return org;
}

/* "resumió el lunes Nuria Ballesteros", "ha admitido este miércoles en la Comisión …", "assurait
 * mardi soir la préfecture": a time (a noun of rules/<lang>/time-nouns.txt, after an article or a
 * word of cue-followers.txt, and perhaps another: "mardi soir") right after a verb at toks[k].
 * Returns the index after it, or k where none stands there. */
static size_t past_time_after_verb(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t k) {
    size_t j = k;
    if (j + 1 < n && (t[j].flags & TOK_LOWER) && (tok_article(d, r, &t[j]) || token_in(d, &t[j], &r->cue_followers) >= 0) &&
        token_in(d, &t[j + 1], &r->time_nouns) >= 0)
        j++;
    /* (alone, in lower case: "Domingo Pérez", "Midi Libre" are names) */
    if (j >= n || !(t[j].flags & (j > k ? TOK_WORD : TOK_LOWER)) || token_in(d, &t[j], &r->time_nouns) < 0) return k;
    j++;
    if (j < n && (t[j].flags & TOK_LOWER) && token_in(d, &t[j], &r->time_nouns) >= 0) j++;
    return j;
}

/* The phrase after a verb, and a name in apposition to it: "según ha explicado la presidenta del
 * Consejo, Lucía Prieto, los estudiantes …" */
static void named_after_complement(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m);

/* "selon le promoteur, le groupe Hestia Promotion, …": a kind of organisation and its name in
 * apposition to a description, between commas, say which organisation the description is; *m
 * becomes that phrase when so. */
static void org_in_apposition(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, j = m->next_tok + 1;
    if (j + 2 >= n || !punct_is(&t[m->next_tok], ',')) return;
    if (tok_article(d, r, &t[j])) j++;
    if (j + 1 >= n || !tok_org_kind(d, r, &t[j]) || !(t[j + 1].flags & TOK_CAP)) return;
    mention org = parse_mention(d, r, &s->toks, m->next_tok + 1);
    if (org.kind == MENTION_NONE || org.kind == MENTION_PRONOUN || org.next_tok >= n || !punct_is(&t[org.next_tok], ',')) return;
    *m = org;
}

static mention phrase_after_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    mention m = phrase_after_verb_alone(d, r, s, k);
    org_word_before_role(d, r, s, &m);
    /* "said Amanda Todd’s mother, Carol Todd": a possessive name owns the noun after it */
    possessor_and_noun(d, r, s, &m);
    size_t comma = m.next_tok + 3 < s->toks.len ? tok_past_label(s->toks.items, s->toks.len, m.next_tok) : s->toks.len;
    if ((m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) && comma < s->toks.len &&
        punct_is(&s->toks.items[comma], ',')) {
        mention named = m, listed = m;
        /* "según la ministra de Trabajo, Economía Social y Empleo, Ana Ruiz, …": a role whose
         * complement lists fields, or two roles joined, before the name (first: the list's last
         * items may read as a name, "Habitatge i Transició Ecològica") */
        if ((coordinate_roles(d, r, s, &listed) || cue_coordinate_complement(d, r, s, &listed)) &&
            name_in_apposition(d, r, s, listed.next_tok, &listed) && listed.next_tok < s->toks.len &&
            punct_is(&s->toks.items[listed.next_tok], ','))
            m = listed;
        else if (name_in_apposition(d, r, s, m.next_tok, &named) && named.next_tok < s->toks.len &&
                 punct_is(&s->toks.items[named.next_tok], ','))
            m = named;
        else if (m.kind == MENTION_DESCRIPTION)
            org_in_apposition(d, r, s, &m);
    } else if (m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) {
        named_after_complement(d, r, s, &m);
    } else if (m.kind == MENTION_NAME && m.name_tokens == 1 && m.titled && !m.possessive && comma < s->toks.len &&
               punct_is(&s->toks.items[comma], ',') &&
               span_word_in(d, r, &r->connectors, m.role_start, m.role_end, 0)) {
        /* "sagte die Kreisvorsitzende des Bund Naturschutz, Dr. Ulrike Fleischmann": the one
         * word read as the name of a title with a complement ends its organisation's name where
         * a name of two words follows in apposition */
        mention office = m, named;
        office.kind = MENTION_ROLE;
        office.role_end = m.end;
        named = office;
        if (name_in_apposition(d, r, s, m.next_tok, &named) && named.kind == MENTION_NAME && named.name_tokens >= 2) m = named;
    }
    return m;
}

/* Words of a description's complement before the comma of a name in apposition, at most. */
enum { APPOSED_COMPLEMENT_WORDS = 6 };

/* "a affirmé la procureure aux poursuites criminelles et pénales, Me Geneviève Lanouette.",
 * "assure sa déléguée départementale dans les Landes, Sandrine Pouységur.": after the verb, a
 * description, a complement that a preposition opens (words alone, no verb), and a name in
 * apposition after its comma: the name speaks, the description and its complement their role.
 * Replaces *m when so. */
static void named_after_complement(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, k = m->next_tok;
    if (k >= n || !(t[k].flags & TOK_LOWER) || !is_preposition(r, d, &t[k])) return;
    size_t c = k + 1;
    while (c < n && c <= k + APPOSED_COMPLEMENT_WORDS && (t[c].flags & TOK_WORD) && !s->verb_end.items[c] &&
           token_in(d, &t[c], &r->auxiliaries) < 0)
        c++;
    if (c >= n || !punct_is(&t[c], ',')) return;
    mention whole = *m;
    whole.end = t[c - 1].end;
    whole.next_tok = c;
    if (name_in_apposition(d, r, s, c, &whole)) *m = whole;
}

/* Bytes of a verb's words joined by "_" (as the rule files write "according_to") at most. */
enum { VERB_KEY = 64 };

/* Is the verb whose words end before toks[k] one that cites a source rather than tells what
 * its subject did ("according to", "selon": rules/<lang>/source-verbs.txt)? Not "noted
 * congressional testimony by Gregory Hicks", whose phrase after it is its object. */
static int cites_source(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = s->toks.items;
    size_t v = k;
    while (v > 0 && k - v < 4 && s->verb_end.items[v - 1] != k) v--;
    if (v == 0 || s->verb_end.items[v - 1] != k) return 0;
    char key[VERB_KEY] = ""; /* (set, for the inline look-up's scan that the compiler cannot follow) */
    size_t len = 0;
    for (size_t i = v - 1; i < k; i++)
        if (!token_key_append(d, &t[i], key, sizeof key, &len)) return 0;
    return wordset_get_folded(&r->source_verbs, key, len) >= 0;
}

/* Words before a document's noun (its determiner and adjectives), and between it and the
 * preposition of its agent ("filed in the case by"), at most. */
enum { DOCUMENT_WORDS_BEFORE = 3, DOCUMENT_WORDS_AFTER = 6 };

/* "according to figures released by the Ministry of Education", "according to a brief filed in
 * the case by a coalition of automakers": a document and the agent that made it (after a
 * preposition of rules/<lang>/agent-prepositions.txt), up to the punctuation; the agent speaks.
 * MENTION_NONE when the phrase at toks[k] is none such. */
static mention document_agent(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, w = k;
    mention none = {0};
    while (w < n && w < k + DOCUMENT_WORDS_BEFORE && (t[w].flags & TOK_LOWER) && token_in(d, &t[w], &r->document_nouns) < 0)
        w++;
    if (w >= n || !(t[w].flags & TOK_LOWER) || token_in(d, &t[w], &r->document_nouns) < 0) return none;
    /* (the verb's own look-up after the document's noun, which most verbs' phrases lack) */
    if (!cites_source(d, r, s, k)) return none;
    for (size_t b = w + 1; b < n && b <= w + DOCUMENT_WORDS_AFTER && (t[b].flags & TOK_WORD) && !s->verb_end.items[b]; b++) {
        /* (or the connector right after the noun, an organisation's: "selon le bilan de l'Agence
         * régionale de santé", "según el informe de la Fiscalía") */
        int of = b == w + 1 && tok_connector(d, r, &t[b]);
        if (!(t[b].flags & TOK_LOWER) ||
            (!of && wordset_get(&r->agent_prepositions, (const char *)d->text + t[b].start, t[b].stem_end - t[b].start) < 0))
            continue;
        mention agent = parse_mention(d, r, &s->toks, b + 1);
        if (of && !agent.org) return none;
        if (agent.kind == MENTION_NONE || agent.kind == MENTION_PRONOUN || !mention_names_someone(d, r, &agent) ||
            (agent.next_tok < n && !(t[agent.next_tok].flags & TOK_PUNCT)))
            return none;
        return agent;
    }
    return none;
}

static mention phrase_after_verb_alone(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    mention agent = document_agent(d, r, s, k);
    if (agent.kind != MENTION_NONE) return agent;
    /* "…, según ha informado la Junta", "según informó el ministerio": a second reporting verb
     * (perhaps after an auxiliary) right after the first, and its subject after it */
    size_t v2 = k < n && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->auxiliaries) >= 0 ? k + 1 : k;
    int second = v2 < n && (t[v2].flags & TOK_LOWER) && s->verb_end.items[v2] && s->verb_end.items[v2] < n;
    if (second) k = s->verb_end.items[v2];
    /* "según anunció este martes la compañía", "según ha informado ayer el Banco de España": a
     * time of cue-followers.txt between the second verb and its subject, where the language puts
     * words there (features.txt "object-before-subject") */
    if (second && k + 1 < n && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->cue_followers) >= 0 &&
        token_in(d, &t[k], &r->articles) < 0 && token_in(d, &t[k], &r->prepositions) < 0 &&
        rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT))
        for (size_t a = k + 1; a < k + 3 && a < n && (t[a].flags & TOK_WORD); a++) {
            mention after = parse_mention(d, r, &s->toks, a);
            if ((after.kind == MENTION_NAME || after.kind == MENTION_ROLE ||
                 (after.kind == MENTION_DESCRIPTION && mention_names_someone(d, r, &after))) &&
                ends_subject(t, n, after.next_tok))
                return after;
        }
    /* (past a time, which is no subject: where the language puts words between a verb and its
     * subject, features.txt "object-before-subject"; and where no one follows the time, the
     * verb's subject stands before it: "X ha admitido este miércoles en la Comisión … que") */
    if (rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT)) k = past_time_after_verb(d, r, t, n, k);
    /* "sagte dem STANDARD, ihre Tochter …": a phrase whose article never opens a subject
     * (rules/<lang>/object-articles.txt) is whom it was told; the subject stands after it, or
     * before the verb (not after a verb that cites its source: "Laut den Stadtwerken") */
    if (k < n && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->object_articles) >= 0 && !cites_source(d, r, s, k)) {
        /* (the object is its article, adjectives and noun: "dem Sender Bürgermeister Hans Müller"
         * goes on with the subject) */
        size_t j = k + 1;
        while (j < n && (t[j].flags & TOK_LOWER) && (t[j].flags & TOK_WORD)) j++;
        if (j >= n || !(t[j].flags & TOK_WORD)) return (mention){0};
        if (++j >= n || (t[j].flags & TOK_PUNCT)) return (mention){0};
        k = j;
    }
    mention m = parse_mention(d, r, &s->toks, k);
    if (m.kind == MENTION_NONE) m = parse_weak_name(d, r, &s->toks, k); /* "said May" */
    /* "“…,” read one.", "said another": a determiner alone stands for one of a group */
    if (m.kind == MENTION_NONE && k < n && token_in(d, &t[k], &r->determiners) >= 0 &&
        (k + 1 == n || (t[k + 1].flags & TOK_PUNCT))) {
        m.kind = MENTION_DESCRIPTION;
        m.start = t[k].start;
        m.end = t[k].end;
        m.next_tok = k + 1;
        return m;
    }
    /* "dit le jeune Paul Martin": an article and an adjective that stands before its noun
     * (rules/<lang>/prenominal-adjectives.txt) before a name: the name */
    if (m.kind == MENTION_DESCRIPTION && k + 2 < n && tok_article(d, r, &t[k]) && tok_prenominal_adjective(d, r, &t[k + 1]) &&
        (t[k + 2].flags & TOK_CAP)) {
        mention named = parse_mention(d, r, &s->toks, k + 2);
        if (named.kind == MENTION_NAME && !named.org) return named;
    }
    if (m.kind == MENTION_PRONOUN || m.kind == MENTION_DESCRIPTION || m.weak) return m;
    /* "according to police,", "said officials", "according to state corporate records", "según
     * fuentes del Ministerio del Interior,": a bare group or document, up to the punctuation */
    if ((m.kind == MENTION_NONE || (m.kind == MENTION_ROLE && m.next_tok < n && (t[m.next_tok].flags & TOK_LOWER))) &&
        k < n && (t[k].flags & TOK_LOWER)) {
        size_t e = k;
        while (e < n && e < k + BARE_GROUP_WORDS && (t[e].flags & TOK_WORD)) e++;
        /* (past four words, only the connectors and capitals of an organisation's name: not
         * "calls with Trump", "controls on the border on Tuesday"; or what qualifies a group:
         * "people familiar with the matter") */
        int org_name = e <= k + SHORT_GROUP_WORDS || org_name_between(d, r, t, k + 1, e) ||
                       token_in(d, &t[k], &r->group_nouns) >= 0;
        if (org_name && e > k && (e == n || (t[e].flags & TOK_PUNCT))) {
            mention g = bare_description(d, r, s, k, e);
            if (g.kind == MENTION_DESCRIPTION && mention_names_someone(d, r, &g)) return g;
        }
    }
    size_t from = m.kind == MENTION_NONE ? k : m.next_tok;
    /* "said Grade 11 student Zara Khan": a number may stand among the role's words */
    int number = from < n && (t[from].flags & TOK_WORD) && !(t[from].flags & (TOK_LOWER | TOK_CAP));
    /* (an article after the subject opens its object: "sagte Overbeck dem Sender NDR Info") */
    if (from >= n || !((t[from].flags & TOK_LOWER) || number) || is_preposition(r, d, &t[from]) ||
        tok_adverb(d, r, &t[from]) || s->verb_end.items[from] || (from > k && tok_article(d, r, &t[from])))
        return m;
    for (size_t j = from + 1; j < n && j < from + 5; j++) {
        if (!(t[j].flags & TOK_WORD) || is_preposition(r, d, &t[j]) || s->verb_end.items[j]) break;
        if (!(t[j].flags & TOK_CAP)) continue;
        mention named = parse_mention(d, r, &s->toks, j);
        if (named.kind != MENTION_NAME || (named.name_tokens < 2 && !named.titled)) break;
        named.start = t[k].start;
        named.role_start = t[k].start;
        if (named.role_end <= t[j].start) named.role_end = t[j - 1].end;
        return named;
    }
    return m;
}

/* The description of tokens [a, v) headed by the token at head. */
static mention description_of(const token *t, size_t a, size_t v, size_t head) {
    mention m = {0};
    m.kind = MENTION_DESCRIPTION;
    m.start = t[a].start;
    m.end = t[v - 1].stem_end;
    m.head_start = t[head].start;
    m.head_end = t[head].stem_end;
    m.next_tok = v;
    return m;
}

/* A bare description before a verb: "police said", "Powell’s office said", "Surrey staff
 * explained": one to four words, the last in lower case. */
/* Does t name a group: a plural ("officials", "residents") or a group noun ("staff", "police")? */
static int is_group_word(const document *d, const whosaid_rules *r, const token *t) {
    return rules_plural(r, (const char *)d->text + t->start, t->stem_end - t->start) ||
           token_in(d, t, &r->group_nouns) >= 0;
}

static mention bare_description(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a,
                                size_t v) {
    mention m = {0};
    const token *t = s->toks.items;
    /* "residents of the town", "organizers of both conventions", "officials in Ohio": a group
     * and a phrase after it; the group is the head */
    size_t p = a;
    while (p < v && p < a + 4 && (t[p].flags & TOK_WORD) && !is_preposition(r, d, &t[p])) p++;
    /* (a capitalised word and one in lower case, "Blige sings to …", are a name and a verb; but a
     * group and an adjective, "Officials familiar with the matter", "People close to the talks",
     * are a group and what it is near: the group is the head) */
    size_t h = p - 1;
    if (p == a + 2 && p < v && is_group_word(d, r, &t[a]) && (t[a + 1].flags & TOK_LOWER) && !s->verb_end.items[a + 1] &&
        !tok_adverb(d, r, &t[a + 1]) && token_in(d, &t[a + 1], &r->auxiliaries) < 0 && !is_group_word(d, r, &t[a + 1]))
        h = a;
    if (p > a && p < v && p + 1 < v && (v - p <= 5 || org_name_between(d, r, t, p + 1, v)) && is_preposition(r, d, &t[p]) &&
        ((t[h].flags & TOK_LOWER) || h == a) && ((t[a].flags & TOK_LOWER) || h == a) &&
        !is_preposition(r, d, &t[v - 1]) && !tok_article(d, r, &t[v - 1]) && is_group_word(d, r, &t[h])) {
        for (size_t k = a; k < v; k++)
            if (!(t[k].flags & TOK_WORD) || s->verb_end.items[k] || token_in(d, &t[k], &r->auxiliaries) >= 0 ||
                (k < p && !(t[k].flags & (TOK_LOWER | TOK_CAP))) ||
                (tok_pronoun_word(d, r, &t[k]) && !(k > p && (object_after_preposition(d, r, t, k) ||
                                                               token_in(d, &t[k], &r->possessives) >= 0))) ||
                tok_adverb(d, r, &t[k]) ||
                (k < p && !(h == a && k == a + 1) && token_in(d, &t[k], &r->not_names) >= 0 &&
                 token_in(d, &t[k], &r->group_nouns) < 0) ||
                /* (", mientras que la dirección aseguró": a word that links clauses is no group,
                 * whatever its ending) */
                (k < p && (token_in(d, &t[k], &r->subordinators) >= 0 || token_in(d, &t[k], &r->conjunctions) >= 0)))
                return m;
        return description_of(t, a, v, h);
    }
    /* "Others shouted", "Protesters chanted": a group word or a plural alone, capitalised as
     * the sentence opens */
    int group_alone = v == a + 1 && a == 0 && (t[a].flags & TOK_CAP) && !(t[a].flags & TOK_ALLCAPS) &&
                      (token_in(d, &t[a], &r->group_nouns) >= 0 ||
                       rules_plural(r, (const char *)d->text + t[a].start, t[a].stem_end - t[a].start));
    if (v <= a || v - a > 4 || (!(t[v - 1].flags & TOK_LOWER) && !group_alone) || tok_adverb(d, r, &t[v - 1]))
        return m;
    for (size_t k = a; k < v; k++)
        if (!(t[k].flags & TOK_WORD) || s->verb_end.items[k] || is_preposition(r, d, &t[k]) ||
            token_in(d, &t[k], &r->auxiliaries) >= 0 ||
            /* (", aunque advirtió", ", mais a prévenu": a word that links clauses is no subject) */
            token_in(d, &t[k], &r->subordinators) >= 0 || token_in(d, &t[k], &r->conjunctions) >= 0 ||
            (token_in(d, &t[k], &r->not_names) >= 0 && token_in(d, &t[k], &r->group_nouns) < 0))
            return m;
    mention probe = parse_mention(d, r, &s->toks, a);
    if (probe.kind == MENTION_PRONOUN) return m;
    return description_of(t, a, v, v - 1);
}

enum window_kind {
    AFTER_SAME_SENTENCE, /* the rest of the quotation's own sentence */
    AFTER_NEXT_SENTENCE, /* the next sentence, which must be just the cue */
    AFTER_DASH_LINE,     /* the next paragraph, which must be a dash and a name */
};

/* “…” — X  or a line "-X, tweeting after the speech." */
static int dash_cue_read(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i, cue *c);
/* (in line, the test of the token that answers most: cue_after asks it after most quotations,
 * and a dash follows few) */
static inline int dash_cue(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i, cue *c) {
    return i < s->toks.len && punct_is_dash(&s->toks.items[i]) && dash_cue_read(d, r, s, i, c);
}

/* dash_cue past its first test: toks[i] is a dash. */
static int dash_cue_read(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i, cue *c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    while (i < n && punct_is_dash(&t[i])) i++;
    mention m = parse_mention(d, r, &s->toks, i);
    if (m.kind != MENTION_NAME) return 0;
    size_t k = m.next_tok;
    if (k < n && !punct_is(&t[k], ',') && !punct_is(&t[k], '.') && !punct_is(&t[k], ')')) return 0;
    skip_apposition(d, r, s, k, &m);
    *c = (cue){CUE_AFTER, m.start, m.start, m};
    return 1;
}

/* May the verb at toks[v] have its subject after it ("said Keller")? Not "told" or "saying". */
static int inverts(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    for (size_t k = v; k < s->verb_end.items[v]; k++)
        if (token_in(d, &s->toks.items[k], &r->no_inversion) >= 0) return 0;
    return 1;
}

/* Finds VERB PHRASE or PHRASE VERB at toks[i]. */
static int is_pronoun_tok(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_WORD) && !(t->flags & TOK_POSS) && token_in(d, t, &r->pronouns) >= 0;
}

/* Words in lower case a possessor's noun phrase holds at most: "Lee’s lawyer", "Clinton’s
 * campaign chairman". */
enum { OWNED_NOUN_WORDS = 4 };
/* Words of a relative clause without commas between a subject and its verb, at most. */
enum { RELATIVE_CLAUSE_WORDS = 16 };

/* "Lee’s lawyer", "Clinton’s campaign chairman": a possessive name and the noun phrase it
 * owns are one description (of someone else than the possessor), which a name in apposition
 * may follow ("Lee’s lawyer, John Smith, said"). m grows to cover the noun phrase. */
static void possessor_and_noun(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *m) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, a = m->next_tok, e = a;
    /* (an organisation's too: "Newcastle City Council’s director of culture") */
    if ((m->kind != MENTION_NAME && !(m->kind == MENTION_ROLE && m->org)) || !m->possessive) return;
    /* (roles joined by a conjunction are one phrase: "Red River Air's founder and chief
     * executive") */
    while (e < n && e < a + OWNED_NOUN_WORDS && (t[e].flags & TOK_LOWER) && !(t[e].flags & TOK_POSS) &&
           !s->verb_end.items[e] && !tok_adverb_at(d, r, t, e) &&
           (!is_preposition(r, d, &t[e]) ||
            (e > a && e + 1 < n && token_in(d, &t[e], &r->conjunctions) >= 0 && tok_title(d, r, &t[e - 1]) &&
             tok_title(d, r, &t[e + 1]))))
        e++;
    if (e == a) return;
    size_t head = e - 1;
    /* "Canada’s ambassador to the UN": a prepositional phrase after it, up to a comma or the verb */
    if (e < n && is_preposition(r, d, &t[e]) && token_in(d, &t[e], &r->conjunctions) < 0 && !tok_relative(d, r, &t[e])) {
        size_t p = e + 1;
        while (p < n && p <= e + OWNED_NOUN_WORDS && (t[p].flags & TOK_WORD) && !s->verb_end.items[p]) p++;
        if (p > e + 1 && p < n && (punct_is(&t[p], ',') || s->verb_end.items[p])) e = p;
    }
    m->kind = MENTION_DESCRIPTION;
    m->end = t[e - 1].end;
    m->head_start = t[head].start;
    m->head_end = t[head].stem_end;
    m->role_start = m->role_end = m->name_start = m->name_end = m->surname_start = m->surname_end = 0;
    m->possessive = 0;
    m->next_tok = e;
}

/* "Au ministère des Transports, on assure que …": an impersonal pronoun (impersonal-pronouns.txt)
 * right after the comma that closes a phrase of place opening the sentence (a preposition of
 * cue-followers.txt and an organisation, by name or by its noun) speaks for that body; m
 * otherwise. */
/* Tokens of a name between commas after the body, its comma before it included. */
enum { NAME_IN_PLACE_TOKENS = 4, RELATIVE_IN_PLACE_TOKENS = 10 };
static mention where_impersonal_opens(const document *d, const whosaid_rules *r, const cue_scratch *s, mention m) {
    const token *t = s->toks.items;
    size_t p = m.next_tok > 0 ? m.next_tok - 1 : 0, a = 0;
    if (m.kind != MENTION_PRONOUN || p < 3 || token_in(d, &t[p], &r->impersonal_pronouns) < 0 || !punct_is(&t[p - 1], ','))
        return m;
    while (a < p && (t[a].flags & TOK_PUNCT)) a++;
    if (a + 2 >= p) return m;
    size_t k = a + 1;
    /* (or a preposition, a noun of the side one is on and its connector before the body,
     * rules/<lang>/side-nouns.txt: "Du côté de la Fédération X, on rappelle", "Au sein de la
     * direction de l'usine X, on assure"; not "Au sujet du syndicat, on assure au ministère") */
    int side = k + 2 < p && (is_preposition(r, d, &t[a]) || contracted_article(d, r, &t[a])) &&
               (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->side_nouns) >= 0 && tok_connector(d, r, &t[k + 1]);
    /* (a preposition of whose house, rules/<lang>/house-prepositions.txt: "Chez Ecodem, on
     * défend …") */
    int house = !side && wordset_get_folded(&r->house_prepositions, (const char *)d->text + t[a].start,
                                             t[a].stem_end - t[a].start) >= 0;
    if (side) {
        k += 2;
        /* (the body's noun without its article, as "au ministère" gives it) */
        if (k + 1 < p && tok_article(d, r, &t[k]) && (t[k + 1].flags & TOK_LOWER)) k++;
    } else if (token_in(d, &t[a], &r->cue_followers) < 0 || token_in(d, &t[a], &r->prepositions) < 0)
        return m;
    /* (the phrase ends at the comma before "on", or before a name between commas, the body's
     * head's: "Au cabinet de la ministre, Jeanne Morin, on …") */
    size_t end = p - 1;
    size_t c = end - 1;
    while (c > k && end - c < NAME_IN_PLACE_TOKENS && !punct_is(&t[c], ',')) c--;
    if (c > k && punct_is(&t[c], ',')) {
        mention named = parse_mention(d, r, &s->toks, c + 1);
        if (named.kind == MENTION_NAME && named.name_tokens >= 2 && named.next_tok == end) end = c;
    }
    /* (…or before a relative clause that says what the body does: "Du côté de la MSA, qui verse
     * les pensions, on assure") */
    /* (…or a description in apposition, no verb in it: "Chez Ecodem, l'exploitant de la
     * décharge, on défend") */
    for (c = end - 1; c > k && end - c <= RELATIVE_IN_PLACE_TOKENS; c--)
        if (punct_is(&t[c], ',') && (t[c + 1].flags & TOK_LOWER) &&
            ((c > k + 1 && tok_relative(d, r, &t[c + 1])) || (tok_article(d, r, &t[c + 1]) && !clause_between(d, r, t, c + 1, end)))) {
            end = c;
            break;
        }
    mention place = parse_mention(d, r, &s->toks, k);
    /* (a noun of an organisation in lower case and its complement up to the comma: "au cabinet
     * de la ministre", "au ministère des Transports") */
    /* (or of a group: "du côté du jury des commissaires") */
    if (place.next_tok != end && (t[k].flags & TOK_LOWER) &&
        (token_in(d, &t[k], &r->org_nouns) >= 0 || token_in(d, &t[k], &r->group_nouns) >= 0)) {
        size_t e = k + 1;
        /* (and another body's: "à la direction de l'usine Carnaud") */
        /* (and an adjective after a title: "au cabinet du ministre wallon de la Mobilité") */
        while (e < end && (t[e].flags & TOK_WORD) && (tok_connector(d, r, &t[e]) || tok_article(d, r, &t[e]) ||
                                                     (t[e].flags & TOK_CAP) || tok_title(d, r, &t[e]) ||
                                                     token_in(d, &t[e], &r->org_nouns) >= 0 ||
                                                     ((t[e].flags & TOK_LOWER) && !s->verb_end.items[e] &&
                                                      !tok_clause_word(d, r, &t[e]))))
            e++;
        place = description_of(t, k, e, k);
    }
    /* (…or a name that the acronym in brackets after it defines: "de la Mutualité sociale
     * agricole (MSA)", a body) */
    size_t named_at = k + (tok_article(d, r, &t[k]) != 0);
    int defined = place.next_tok != end && end >= named_at + 4 && (t[named_at].flags & TOK_CAP) &&
                  tok_past_defined_acronym(d, t, end, named_at, end - 3) == end;
    if (defined) place = description_of(t, named_at, end - 3, named_at), place.next_tok = end;
    if (place.kind == MENTION_NONE || place.kind == MENTION_PRONOUN || place.next_tok != end) return m;
    /* (a body by a word of its name or its kind, not a place: "À Lyon, on assure …"; or by
     * any name after a side's noun or a house's preposition, "Du côté de Liège Airport, on …") */
    /* (or a group's noun: "Dans l'opposition municipale, on dénonce …") */
    int body = (place.kind == MENTION_ROLE && place.org) || defined || ((side || house) && place.kind == MENTION_NAME);
    for (size_t w = k; w < place.next_tok && !body; w++)
        body = token_in(d, &t[w], &r->org_nouns) >= 0 || token_in(d, &t[w], &r->organisations) >= 0 ||
               ((t[w].flags & TOK_LOWER) && token_in(d, &t[w], &r->group_nouns) >= 0);
    place.next_tok = p - 1; /* (its phrase runs to the comma) */
    /* (a name a body's phrase gives is an organisation's, no person's that spoke) */
    if (body && place.kind == MENTION_NAME) place.kind = MENTION_ROLE, place.org = 1;
    return body ? place : m;
}

/* "…», assure-t-on dans l'entourage du ministre", "indique-t-on au parquet": an impersonal
 * pronoun (impersonal-pronouns.txt) speaks for the people or the body the phrase after it names,
 * after a preposition of cue-followers.txt (and "de" after it: "du côté de", "auprès de"). */
static mention where_impersonal_speaks(const document *d, const whosaid_rules *r, const cue_scratch *s, mention m) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, k = m.next_tok;
    if (m.kind != MENTION_PRONOUN || k + 1 >= n || k == 0 || token_in(d, &t[k - 1], &r->impersonal_pronouns) < 0)
        return m;
    /* (past the participle after the pronoun: "a-t-on ajouté dans l'entourage du ministre") */
    if ((t[k].flags & TOK_LOWER) && s->verb_end.items[k]) k = s->verb_end.items[k];
    if (k + 1 >= n) return m;
    /* (past an adverb: "hieß es dagegen aus der Unternehmenszentrale") */
    if (k + 2 < n && (t[k].flags & TOK_LOWER) && tok_adverb(d, r, &t[k])) k++;
    /* (…and a time: "hieß es am Abend aus der Konzernzentrale", time-nouns.txt; a weekday of
     * not-names.txt) */
    if (k + 3 < n && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->prepositions) >= 0) {
        size_t w = k + 1 + (size_t)(tok_article(d, r, &t[k + 1]) != 0);
        if (w + 2 < n &&
            (token_in(d, &t[w], &r->time_nouns) >= 0 || ((t[w].flags & TOK_CAP) && token_in(d, &t[w], &r->not_names) >= 0)) &&
            (t[w + 1].flags & TOK_LOWER) && token_in(d, &t[w + 1], &r->prepositions) >= 0)
            k = w + 1;
    }
    if (!(t[k].flags & TOK_LOWER) || token_in(d, &t[k], &r->prepositions) < 0) return m;
    k++;
    if (k + 1 < n && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->prepositions) >= 0 && !tok_article(d, r, &t[k])) k++;
    /* "hieß es in einer Mitteilung des Spitals": a document's noun (or a compound that ends in
     * one: "Pressemitteilung") and the genitive of whose it is name its maker; alone ("hieß es
     * in der Mitteilung") it names no one */
    /* (after a preposition that holds the article too: "heißt es im Bericht des
     * Landesrechnungshofs") */
    size_t doc = k + (tok_article(d, r, &t[k]) != 0);
    if (doc < n && (t[doc].flags & TOK_WORD) &&
        rules_compound_in(r, &r->document_nouns, (const char *)d->text + t[doc].start, t[doc].stem_end - t[doc].start) >= 0) {
        if (!(doc + 2 < n && tok_connector(d, r, &t[doc + 1]) && rules_feature(r, FEATURE_GENITIVE_ARTICLES))) return m;
        k = doc + 1;
    }
    mention place = parse_mention(d, r, &s->toks, k);
    /* "au parquet de Lyon": the noun of an organisation that a contracted article leaves bare,
     * and a capitalised complement */
    if (place.kind == MENTION_NONE && (t[k].flags & TOK_LOWER) && token_in(d, &t[k], &r->org_nouns) >= 0) {
        size_t e = k + 1;
        if (e + 1 < n && token_in(d, &t[e], &r->affiliation_prepositions) >= 0 && (t[e + 1].flags & TOK_CAP)) e += 2;
        place = description_of(t, k, e, k);
    }
    /* (a document whose maker the phrase does not name names no one: "heißt es im Bericht",
     * "in dem am Dienstag veröffentlichten Prüfbericht") */
    if (place.kind != MENTION_NONE && place.next_tok > k &&
        rules_compound_in(r, &r->document_nouns, (const char *)d->text + t[place.next_tok - 1].start,
                          t[place.next_tok - 1].stem_end - t[place.next_tok - 1].start) >= 0)
        return m;
    return place.kind != MENTION_PRONOUN && mention_is_someone(d, r, &place) ? place : m;
}

/* "— … ? l'interroge la présidente", "« … », la rassure son avocat": an object pronoun written
 * as an article (object-clitics.txt) before an inverted verb of report is the verb's object;
 * returns where the verb or its auxiliary starts, or i. Only where a name, a definite role or a pronoun joined to
 * the verb by a hyphen ("lui répond-elle") follows the verb, so that an article before a noun
 * that is also a verb ("la note du ministère") stays one. */
static size_t past_object_clitic(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, v = i + 1;
    if (v >= n || !(t[i].flags & TOK_LOWER) || token_in(d, &t[i], &r->object_clitics) < 0) return i;
    /* (an auxiliary between them: "«…», lui a lancé le président de la chambre, X") */
    while (v + 1 < n && v < i + 3 && !s->verb_end.items[v] && (t[v].flags & TOK_LOWER) &&
           token_in(d, &t[v], &r->auxiliaries) >= 0)
        v++;
    if (!s->verb_end.items[v] || !inverts(d, r, s, v)) return i;
    mention after = phrase_after_verb(d, r, s, s->verb_end.items[v]);
    int joined = after.kind == MENTION_PRONOUN && d->text[t[v].end] == '-';
    return after.kind == MENTION_NAME || (after.kind == MENTION_ROLE && after.definite && !after.org) || joined ? i + 1 : i;
}

static int cue_after(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i,
                     enum window_kind kind, cue *c);

/* "«…» Das erzählt Heidi Lustenberger, die …", "«…». Así lo cuenta Lucía Martínez", "« … »
 * C'est ce qu'explique la grand-mère": a sentence after the quotation that opens with words
 * pointing back at it (rules/<lang>/quote-pointers.txt), its reporting verb right after them,
 * is the quotation's cue, the subject after the verb; what follows the subject is about them,
 * not a statement of its own. */
static int pointer_cue(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i, cue *c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    if (!r->quote_pointers.len || i >= n || !(t[i].flags & TOK_CAP)) return 0;
    size_t k = token_phrase_prefix(d, t + i, n - i, POINTER_TOKENS, TOK_WORD, &r->quote_pointers);
    if (!k) return 0;
    size_t v = past_object_clitic(d, r, s, i + k);
    while (v + 1 < n && v < i + k + 2 && (t[v].flags & TOK_LOWER) && token_in(d, &t[v], &r->auxiliaries) >= 0) v++;
    if (v >= n || !s->verb_end.items[v] || !(t[v].flags & TOK_LOWER)) return 0;
    cue found;
    if (!cue_after(d, r, s, i + k, AFTER_SAME_SENTENCE, &found) || found.who.kind == MENTION_NONE ||
        found.verb_start != t[v].start)
        return 0;
    /* (a pronoun right after the verb, before a name, is its object: "So erzählt es Karl Imhof") */
    if (found.who.kind == MENTION_PRONOUN && found.who.next_tok < n) {
        mention after = parse_mention(d, r, &s->toks, found.who.next_tok);
        if (after.kind == MENTION_NAME || (after.kind == MENTION_ROLE && after.definite)) {
            skip_apposition(d, r, s, after.next_tok, &after);
            found.who = after;
        }
    }
    *c = found;
    return 1;
}

/* Words of a circumstance between a verb with no subject and the full stop, at most. */
enum { CIRCUMSTANCE_TOKENS = 8 };

/* "«…», relató a primera hora de la mañana.", "«…», dijo entre lágrimas ante el tribunal.": a
 * phrase that a preposition of cue-followers.txt opens and no verb, quotation or comma
 * interrupts, from toks[e] to the sentence's full stop, says when or where, not who. */
static int circumstances_to_end(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, k = e;
    if (!(t[e].flags & TOK_LOWER) || token_in(d, &t[e], &r->prepositions) < 0 ||
        token_in(d, &t[e], &r->cue_followers) < 0)
        return 0;
    while (k < n && k < e + CIRCUMSTANCE_TOKENS && (t[k].flags & TOK_WORD) && !s->verb_end.items[k]) k++;
    return k > e + 1 && k < n && punct_is(&t[k], '.');
}

/* "The mayor, who spoke at the meeting, said he wants to resign": where the complementiser may
 * be left out (features.txt "complementiser-dropped"), a subject pronoun right after the verb
 * that a word of a clause follows (no preposition, article, adverb, conjunction, time or
 * punctuation, as after "…,” said he on Tuesday") is the reported clause's subject, not the
 * verb's inverted one. */
static int pronoun_opens_dropped_clause(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e,
                                        const mention *m) {
    const token *t = s->toks.items;
    size_t k = m->next_tok;
    if (m->kind != MENTION_PRONOUN || !rules_feature(r, FEATURE_COMPLEMENTISER_DROPPED) || e >= s->toks.len ||
        m->start != t[e].start || k >= s->toks.len)
        return 0;
    const token *w = &t[k];
    return (w->flags & TOK_LOWER) && !s->verb_end.items[k] && token_in(d, w, &r->prepositions) < 0 &&
           token_in(d, w, &r->articles) < 0 && token_in(d, w, &r->cue_followers) < 0 &&
           token_in(d, w, &r->conjunctions) < 0 && !tok_adverb(d, r, w);
}

/* Words of a preposition's phrase between an inverted pronoun and its participle, at most
 * ("hatte er mit leiser Stimme gesagt"). */
enum { PRONOUN_ASIDE_WORDS = 3 };

static int cue_after(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i,
                     enum window_kind kind, cue *c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    int strict = kind != AFTER_SAME_SENTENCE;
    if (kind == AFTER_DASH_LINE) return dash_cue(d, r, s, i, c);
    if (kind == AFTER_NEXT_SENTENCE && pointer_cue(d, r, s, i, c)) return 1;
    if (!strict && dash_cue(d, r, s, i, c)) return 1;
    while (i < n && (punct_is(&t[i], ',') || punct_is_dash(&t[i]))) {
        if (strict) return 0;
        i++;
    }
    if (i >= n) return 0;
    /* an auxiliary before the inverted participle or pronoun: "…», a déclaré le ministre",
     * "…», a-t-il ajouté" (read as "a il ajouté") */
    /* …and two of them, the reflexive pronoun of a pronominal verb and the auxiliary: "…»,
     * s'est félicité l'entraîneur", "…», s'interroge son porte-parole" (read as "s est félicité") */
    if (!strict) i = past_object_clitic(d, r, s, i);
    size_t v = i;
    while (v + 1 < n && v < i + 2 && (t[v].flags & TOK_LOWER) && token_in(d, &t[v], &r->auxiliaries) >= 0) v++;
    if (v > i && (s->verb_end.items[v] || (v + 1 < n && is_pronoun_tok(d, r, &t[v]) && s->verb_end.items[v + 1]))) {
        i = v;
    } else if (v > i) {
        /* "…», a ensuite expliqué le maire", "a également indiqué l'élu": adverbs between the
         * auxiliary and the participle */
        size_t w = cue_aside_end(d, r, t, n, v);
        while (w < n && w < v + 2 && !s->verb_end.items[w] && tok_adverb(d, r, &t[w])) w++;
        if (w > v && w < n && s->verb_end.items[w]) i = w;
        /* (…or a pronoun, then a preposition's phrase: "hatte er mit leiser Stimme gesagt", below) */
        else if (v + 1 < n && (t[v].flags & TOK_LOWER) && is_pronoun_tok(d, r, &t[v]) && is_preposition(r, d, &t[v + 1]))
            i = v;
    }
    if (s->verb_end.items[i] && !strict) {
        /* "…, telling Reuters": whom the speaker told, not who spoke */
        if (inverts(d, r, s, i) == 0) return 0;
        size_t e = s->verb_end.items[i];
        mention m = phrase_after_verb(d, r, s, e);
        if (pronoun_opens_dropped_clause(d, r, s, e, &m)) return 0;
        /* "betonte auch der Präsident", "dijo también la ministra": an adverb between the
         * verb and its subject */
        for (size_t a = e; m.kind == MENTION_NONE && a < n && a < e + 2 && (t[a].flags & TOK_LOWER) &&
                           token_in(d, &t[a], &r->adverbs) >= 0;
             a++) {
            mention after = phrase_after_verb(d, r, s, a + 1);
            if (after.kind == MENTION_NAME || (after.kind == MENTION_ROLE && after.definite) ||
                after.kind == MENTION_PRONOUN)
                m = after;
        }
        /* "estime pour sa part Jean-Luc Perrin", "afirmó por su parte la ministra": a phrase of
         * a preposition, a possessive and a noun between the verb and its subject */
        if (m.kind == MENTION_NONE && e + 3 < n && (t[e].flags & TOK_LOWER) &&
            token_in(d, &t[e], &r->prepositions) >= 0 && token_in(d, &t[e + 1], &r->possessives) >= 0 &&
            (t[e + 2].flags & TOK_LOWER)) {
            mention after = phrase_after_verb(d, r, s, e + 3);
            /* (not a word of the phrase: "a écrit sur son compte X le député Éric Coquerel") */
            if ((after.kind == MENTION_NAME && (after.name_tokens >= 2 || after.titled || tok_first_name(d, r, &t[e + 3]))) ||
                (after.kind == MENTION_ROLE && after.definite))
                m = after;
        }
        /* "ha afirmado este lunes la vicepresidenta", "a dit mardi soir le ministre": a time or
         * a place of cue-followers.txt before the subject, where none names anyone */
        if ((m.kind == MENTION_NONE || (m.kind == MENTION_DESCRIPTION && !m.titled)) && e + 2 < n &&
            (t[e].flags & TOK_LOWER) && token_in(d, &t[e], &r->cue_followers) >= 0 && token_in(d, &t[e], &r->articles) < 0 &&
            token_in(d, &t[e], &r->prepositions) < 0 && rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT))
            for (size_t a = e + 1; a < e + 3 && a < n && (t[a].flags & TOK_WORD); a++) {
                /* (a name after a preposition is where: "explicó ayer en Ourense") */
                if ((t[a - 1].flags & TOK_LOWER) && is_preposition(r, d, &t[a - 1]) && !tok_article(d, r, &t[a - 1])) break;
                mention after = parse_mention(d, r, &s->toks, a);
                if ((after.kind == MENTION_NAME || (after.kind == MENTION_ROLE && after.definite && !after.org)) &&
                    ends_subject(t, n, after.next_tok)) {
                    m = after;
                    break;
                }
            }
        if (m.kind == MENTION_NONE) m = subject_after_object(d, r, s, e);
        if (m.kind == MENTION_NONE) m = subject_after_insert(d, r, s, e);
        if (m.kind == MENTION_NONE) m = source_after_verb(d, r, s, e);
        if (m.kind == MENTION_NONE) {
            /* "“…”, afirmó.": a language that leaves the subject out (features.txt
             * "null-subject") has its cue all the same; the context tells who */
            /* (or the dash that closes a dialogue's aside: "—… —explicó—. Si …") */
            if (!rules_feature(r, FEATURE_NULL_SUBJECT) || e >= n ||
                !(punct_is(&t[e], '.') || punct_is_long_dash(&t[e]) || circumstances_to_end(d, r, s, e)))
                return 0;
            m.next_tok = e;
        }
        skip_apposition(d, r, s, m.next_tok, &m);
        m = where_impersonal_speaks(d, r, s, m);
        *c = (cue){CUE_AFTER, t[i].start, t[s->verb_end.items[i] - 1].end, m};
        return 1;
    }
    mention m = parse_mention(d, r, &s->toks, i);
    if (m.kind == MENTION_NONE) m = parse_weak_name(d, r, &s->toks, i); /* "…,” May told reporters" */
    coordinate(d, r, s, &m);
    possessor_and_noun(d, r, s, &m);
    size_t k = m.kind == MENTION_NONE ? i : skip_apposition(d, r, s, m.next_tok, &m);
    /* "…,” the Manitoba Wildfire Service (MWS) said: an organisation's acronym in brackets */
    if ((m.kind == MENTION_NAME || (m.kind == MENTION_ROLE && m.org)) && k == m.next_tok) k = tok_past_acronym(t, n, k);
    while (k < n && tok_adverb(d, r, &t[k])) k++;
    /* "…“, hatte er mit leiser Stimme gesagt": a preposition's phrase between an inverted pronoun
     * and the participle that ends the clause */
    if (m.kind == MENTION_PRONOUN && k < n && !s->verb_end.items[k] && is_preposition(r, d, &t[k])) {
        size_t w = k + 1;
        while (w < n && w <= k + PRONOUN_ASIDE_WORDS && (t[w].flags & TOK_WORD) && !s->verb_end.items[w] &&
               !is_preposition(r, d, &t[w]))
            w++;
        size_t e = w < n ? s->verb_end.items[w] : 0;
        if (w > k + 1 && e && (e >= n || (t[e].flags & TOK_PUNCT))) k = w;
    }
    if ((m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) && k < n && tok_relative(d, r, &t[k]) &&
        !s->verb_end.items[k]) {
        /* “…,” a senior official who spoke on condition of anonymity said: the verb that ends
         * the cue after a relative clause (not the clause's own, "who spoke") */
        size_t found = 0;
        for (size_t v = k + 2; v < n && v <= k + RELATIVE_CLAUSE_WORDS && (t[v - 1].flags & TOK_WORD); v++)
            if (s->verb_end.items[v] && ends_like_a_cue(d, r, s, s->verb_end.items[v])) found = v;
        if (found) k = found;
    }
    if (m.kind == MENTION_NONE || k >= n || !s->verb_end.items[k]) {
        /* modifiers before the name: “…,” then-Surrey mayoral candidate Doug McCallum said */
        /* “…,” Jeffrey Lewis of the James Martin Center wrote: a name, then where it works */
        mention named = m;
        int affiliated = named.kind == MENTION_NAME && !named.possessive && k < n && is_preposition(r, d, &t[k]) &&
                         !tok_relative(d, r, &t[k]) && token_in(d, &t[k], &r->subordinators) < 0 &&
                         token_in(d, &t[k], &r->conjunctions) < 0;
        size_t v = i;
        while (v < n && v < i + (affiliated ? 18 : 12) && (t[v].flags & TOK_WORD) && !s->verb_end.items[v]) v++;
        if (v >= n || !s->verb_end.items[v]) return 0;
        size_t end = v;
        while (end > i && tok_adverb_at(d, r, t, end - 1)) end--;
        m = parse_mention_before(d, r, &s->toks, i, end);
        if (affiliated && k < v && m.start > t[k].start) {
            mention where = parse_mention(d, r, &s->toks, k + 1);
            if (where.next_tok <= v) affiliation_role(d, r, &t[k], &where, &named);
            m = named;
        }
        if (m.kind == MENTION_NONE) m = bare_description(d, r, s, i, end);
        k = v;
    }
    if (m.kind == MENTION_NONE || (strict && m.kind == MENTION_DESCRIPTION)) return 0;
    if (strict && !ends_like_a_cue(d, r, s, s->verb_end.items[k])) return 0;
    /* (an impersonal pronoun between the auxiliary and its participle speaks for the body after
     * them: "«…», a-t-on ajouté dans l'entourage du ministre") */
    if (m.kind == MENTION_PRONOUN && m.next_tok == k) m = where_impersonal_speaks(d, r, s, m);
    *c = (cue){CUE_AFTER, t[k].start, t[s->verb_end.items[k] - 1].end, m};
    return 1;
}

int cue_after_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t i, cue *c) {
    return cue_after(d, r, s, i, AFTER_SAME_SENTENCE, c);
}

mention cue_phrase_after_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t k) {
    return phrase_after_verb(d, r, s, k);
}

/* Where the clause holding toks[v] starts: after the last comma before it, or 0. */
static size_t clause_start(const cue_scratch *s, size_t v) {
    while (v > 0 && !punct_is(&s->toks.items[v - 1], ',') && !punct_is(&s->toks.items[v - 1], ';')) v--;
    return v;
}

static int is_determiner(const document *d, const whosaid_rules *r, const token *t) {
    return token_in(d, t, &r->articles) >= 0;
}

/* Do t[k, e) open with an article and a time, a noun of time-nouns.txt right after it or after
 * one word in lower case ("ces dernières semaines", "this past week")? */
static int opens_time(const document *d, const whosaid_rules *r, const token *t, size_t k, size_t e) {
    if (k + 1 < e && token_in(d, &t[k + 1], &r->time_nouns) >= 0) return 1;
    return k + 2 < e && (t[k + 1].flags & TOK_LOWER) && token_in(d, &t[k + 2], &r->time_nouns) >= 0;
}

/* May toks[a, e) stand between commas after a name as what it is ("a doctor", "49", "the
 * culture minister"), not a clause of its own ("his mother refused to teach him Japanese")? */
/* (an article after a noun opens its complement where articles mark the genitive: "Sprecher
 * der Polizei", "Mutter des Opfers": features.txt "genitive-articles") */
/* (an article that opens a time, a noun of time-nouns.txt after it or after one word more, opens
 * no clause: "Le syndicat, plus réservé ces dernières semaines, a fait savoir") */
/* (nor does a preposition and an article in one word: ", présidente du syndicat des
 * enseignants,", rules/<lang>/contracted-articles.txt) */
static int apposition_like(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a, size_t e) {
    const token *t = s->toks.items;
    int genitive = rules_feature(r, FEATURE_GENITIVE_ARTICLES);
    for (size_t k = a; k < e; k++)
        if (token_in(d, &t[k], &r->object_pronouns) >= 0 || token_in(d, &t[k], &r->auxiliaries) >= 0 ||
            s->verb_end.items[k] ||
            (k > a && tok_article(d, r, &t[k]) && !tok_connector(d, r, &t[k - 1]) &&
             token_in(d, &t[k - 1], &r->prepositions) < 0 && !(genitive && tok_connector(d, r, &t[k])) &&
             !contracted_article(d, r, &t[k]) && !opens_time(d, r, t, k, e)))
            return 0;
    return 1;
}

/* Is t a present participle in lower case ("marching", "reacting", "saying")? */
static int participle(const document *d, const whosaid_rules *r, const token *t) {
    return (t->flags & TOK_LOWER) &&
           rules_ends_in(&r->participle_endings, (const char *)d->text + t->start, t->stem_end - t->start);
}

/* "Jeffrey Lewis of the James Martin Center wrote", "Chris Low at FTN Financial said",
 * "Protesters marching through the streets chanted": a name, or a group opening its clause,
 * then a phrase or two (of where it works, what it was doing) before the verb; the name or
 * the group is the subject. pos is where the last phrase's object starts. MENTION_NONE when no
 * one stands so. */
static mention subject_before_phrases(const document *d, const whosaid_rules *r, const cue_scratch *s,
                                      const mention *last) {
    const token *t = s->toks.items;
    mention none = {0};
    size_t pos = last->start;
    for (int phrases = 0; phrases < 3; phrases++) {
        size_t k = 0;
        while (k < s->toks.len && t[k].start < pos) k++;
        while (k > 0 && (t[k - 1].flags & TOK_LOWER) && tok_article(d, r, &t[k - 1])) k--;
        if (k < 2 || !is_preposition(r, d, &t[k - 1]) || tok_relative(d, r, &t[k - 1]) ||
            token_in(d, &t[k - 1], &r->subordinators) >= 0 || token_in(d, &t[k - 1], &r->conjunctions) >= 0)
            return none;
        size_t p = k - 1;
        if (p > 1 && participle(d, r, &t[p - 1]) && !s->verb_end.items[p - 1]) p--;
        mention before = parse_mention_before(d, r, &s->toks, 0, p);
        /* "Residents of the valley said": a plural opening the sentence is a group, which the
         * bare description takes whole */
        if (before.kind == MENTION_NAME && before.name_tokens == 1 && before.start == t[0].start &&
            rules_plural(r, (const char *)d->text + before.start, before.end - before.start)) {
            if (p == k - 1) return none;
            before.kind = MENTION_NONE; /* "Protesters marching through …": read below */
        }
        /* "Eine ältere Passagierin aus Lüneburg sagte": where every noun is capitalised
         * (features.txt "capitalised-nouns"), one word after an article and adjectives is a
         * noun, and the description runs to the end of the phrases */
        if (before.kind == MENTION_NAME && before.name_tokens == 1 && rules_feature(r, FEATURE_CAPITALISED_NOUNS)) {
            size_t b = 0;
            while (b < p && t[b].start < before.start) b++;
            size_t a = b;
            while (a > 0 && b - a < 3 && (t[a - 1].flags & TOK_LOWER) && !is_preposition(r, d, &t[a - 1]) &&
                   !s->verb_end.items[a - 1] && !tok_article(d, r, &t[a - 1]))
                a--;
            if (a > 0 && tok_article(d, r, &t[a - 1])) {
                mention whole = parse_mention(d, r, &s->toks, a - 1);
                if ((whole.kind == MENTION_DESCRIPTION || whole.kind == MENTION_ROLE) && whole.next_tok >= p &&
                    mention_names_someone(d, r, &whole)) {
                    if (whole.end < last->end) whole.end = last->end;
                    return whole;
                }
            }
        }
        if (before.kind == MENTION_NAME && !before.possessive && !after_preposition(d, r, s, before.start, 0)) {
            if (phrases == 0 && p == k - 1) affiliation_role(d, r, &t[p], last, &before);
            return before;
        }
        if (p < k - 1 && (before.kind == MENTION_NONE || before.kind == MENTION_DESCRIPTION)) {
            /* the participle's subject: a group or description that opens its clause */
            size_t a = clause_start(s, p);
            if (before.kind == MENTION_NONE) before = bare_description(d, r, s, a, p);
            if (before.kind == MENTION_DESCRIPTION && before.start == t[a].start &&
                mention_names_someone(d, r, &before))
                return before;
            return none;
        }
        /* "Ein Sprecher der Polizei in Fulda sagte", "The head of the agency in Ottawa said": a
         * description that opens the clause and names someone, with its phrases */
        /* (an organisation by its name, where it is from left out: "Das Reiseunternehmen Hessler
         * Touristik aus Hamburg teilte mit") */
        if ((before.kind == MENTION_DESCRIPTION || before.kind == MENTION_ROLE) &&
            before.start == t[clause_start(s, p)].start && (before.org || mention_names_someone(d, r, &before))) {
            if (!before.org) before.end = last->end;
            return before;
        }
        if (before.kind != MENTION_NAME && before.kind != MENTION_ROLE) return none;
        pos = before.start;
    }
    return none;
}

/* Tokens of a phrase between commas before a verb, comma included: an apposition or a relative
 * clause; a participle's phrase may run longer. */
enum { PHRASE_TOKENS = 12, LONG_PHRASE_TOKENS = 24 };
/* Tokens a party label in brackets may run to, brackets and all: "(D-N.Y.)", "(CDU)" */
enum { PARTY_LABEL_TOKENS = 7 };

/* "The area is wooded, and Lohmar said", "… in January but forecasters say": the subject of a
 * second clause that ends at toks[end], after the conjunction that joins it to the first, a name
 * or a few words in lower case; MENTION_NONE when there is none. */
static mention subject_after_conjunction(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t end) {
    const token *t = s->toks.items;
    mention none = {0};
    size_t a = end;
    while (a > 0 && end - a < SECOND_SUBJECT_WORDS && (t[a - 1].flags & TOK_WORD) && !s->verb_end.items[a - 1] &&
           token_in(d, &t[a - 1], &r->conjunctions) < 0 && !is_preposition(r, d, &t[a - 1]) &&
           token_in(d, &t[a - 1], &r->not_names) < 0 && token_in(d, &t[a - 1], &r->auxiliaries) < 0)
        a--;
    if (a == end || a < 2 || !(t[a - 1].flags & TOK_LOWER) || token_in(d, &t[a - 1], &r->conjunctions) < 0) return none;
    if (t[a].flags & TOK_LOWER) return bare_description(d, r, s, a, end);
    mention named = parse_mention(d, r, &s->toks, a);
    return (t[a].flags & TOK_CAP) && named.kind == MENTION_NAME && named.next_tok == end ? named : none;
}

/* Tokens an apposition between a relative pronoun's antecedent and its comma may run to. */
enum { APPOSITION_TOKENS = 10 };

/* A relative pronoun's antecedent (cues.h). */
mention cue_relative_antecedent(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t rel) {
    const token *t = s->toks.items;
    mention none = {0};
    size_t end = rel;
    int comma = end > 1 && punct_is(&t[end - 1], ',');
    if (comma) end--;
    mention m = parse_mention_before(d, r, &s->toks, 0, end);
    /* "Thibault Marchand (MoDem), qui juge": a name that reads on over a party's label in
     * brackets */
    size_t o = m.kind == MENTION_NONE ? tok_label_before(t, end) : end;
    if (o < end) {
        for (size_t q = o > LABEL_TOKENS ? o - LABEL_TOKENS : 0; q < o; q++) {
            mention named = parse_mention(d, r, &s->toks, q);
            if (named.kind == MENTION_NAME && (named.next_tok == end || named.next_tok == o)) {
                m = named;
                break;
            }
        }
    }
    /* (a name that a connector or a preposition governs is the complement's, not the clause's
     * subject: "Anne-Lise Rochat, présidente de l'Association des vignerons de Lavaux, qui
     * avance que") */
    size_t mt = first_token_from(t, s->toks.len, m.start);
    int governed = m.kind == MENTION_NAME && mt > 0 && mt < end && (t[mt - 1].flags & TOK_LOWER) &&
                   (tok_connector(d, r, &t[mt - 1]) || token_in(d, &t[mt - 1], &r->prepositions) >= 0);
    if (comma && (m.kind != MENTION_NAME || governed)) {
        size_t c = end;
        while (c > 1 && end - c < APPOSITION_TOKENS && (t[c - 1].flags & TOK_WORD)) c--;
        if (c > 1 && c < end && punct_is(&t[c - 1], ',')) {
            /* "…, according to city administration, which said": whom a cue between the commas
             * names ("…, said Ann Lee, who added") */
            if (s->verb_end.items[c] && s->verb_end.items[c] < end) {
                mention cited = cue_phrase_after_verb(d, r, s, s->verb_end.items[c]);
                if (cited.kind != MENTION_NONE && cited.kind != MENTION_PRONOUN && cited.next_tok == end) return cited;
            }
            mention named = parse_mention_before(d, r, &s->toks, 0, c - 1);
            /* "Sen. Dianne Feinstein of California, the ranking Democrat …, who said": the
             * name before an affiliation's preposition */
            size_t k = c - 1;
            while (k > 0 && t[k - 1].start >= named.start) k--;
            if (named.kind == MENTION_NAME && k > 1 && (t[k - 1].flags & TOK_LOWER) &&
                token_in(d, &t[k - 1], &r->affiliation_prepositions) >= 0) {
                mention holder = parse_mention_before(d, r, &s->toks, 0, k - 1);
                if (holder.kind == MENTION_NAME) named = holder;
            }
            if (named.kind == MENTION_NAME) return named;
        }
    }
    return m.kind == MENTION_PRONOUN ? none : m;
}

/* "The soprano Eluned Vaughan, who sings Nans, the village postmistress, said": where the phrase
 * before an apposition is the object of a relative clause that a comma opens, the one the clause
 * is about, before that comma, speaks (a name, a role or a description); MENTION_NONE otherwise. */
static mention relative_clause_subject(const document *d, const whosaid_rules *r, const cue_scratch *s, const mention *object) {
    const token *t = s->toks.items;
    mention none = {0};
    if (object->kind == MENTION_NONE || object->kind == MENTION_PRONOUN) return none;
    size_t o = first_token_from(t, s->toks.len, object->start), q = o;
    while (q > 0 && o - q < PHRASE_TOKENS && (t[q - 1].flags & TOK_WORD) && !s->verb_end.items[q - 1]) q--;
    if (q < 2 || q + 1 >= o || !punct_is(&t[q - 1], ',') || !tok_relative(d, r, &t[q])) return none;
    mention m = cue_relative_antecedent(d, r, s, q);
    return m.kind == MENTION_NAME || ((m.kind == MENTION_ROLE || m.kind == MENTION_DESCRIPTION) && mention_names_someone(d, r, &m))
               ? m
               : none;
}

/* "Jane Doe, a lawyer, partner at Smith LLP, said", "Ann Lee, a nurse, mother of three, said":
 * a role or description between commas (*appo) right after a name that opens its clause, of two
 * words or a known first name (not a place: "in Columbus, Ohio,"), is that name's role, and
 * what follows it a second apposition; the name with that role, or *appo itself. */
static mention name_before_apposition(const document *d, const whosaid_rules *r, const cue_scratch *s,
                                      const mention *appo) {
    const token *t = s->toks.items;
    size_t b = first_token_from(t, s->toks.len, appo->start);
    if (b < 2 || b >= s->toks.len || t[b].start != appo->start || !punct_is(&t[b - 1], ',')) return *appo;
    size_t c = clause_start(s, b - 1);
    mention named = parse_mention(d, r, &s->toks, c);
    if (named.kind != MENTION_NAME || named.possessive || named.next_tok != b - 1 ||
        (named.name_tokens < 2 && !mention_opens_with_first_name(d, r, &s->toks, &named)) ||
        (c > 0 && after_preposition(d, r, s, named.start, 0)))
        return *appo;
    if (named.role_end == named.role_start) {
        /* (the role without its article: "a lawyer" is "lawyer") */
        named.role_start = appo->role_end > appo->role_start ? appo->role_start : appo->start;
        named.role_end = appo->role_end > appo->role_start ? appo->role_end : appo->end;
    }
    return named;
}

/* Tokens from the sentence's start to a coordinated verb at most, and words of the subject it
 * shares at most. */
enum { SHARED_CLAUSE_TOKENS = 40, SHARED_SUBJECT_TOKENS = 8 };

static mention subject_before_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v);
static mention subject_ending_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t end);
static mention name_after_possessed_noun(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a);

/* "Toronto police did not provide an estimate but said …", "The company declined to comment but
 * said …": a verb right after "and" or "but" with no subject of its own shares the subject that
 * opens its sentence (after a dateline, or an opening phrase up to its comma), before the first
 * verb. Not across a relative clause, a quotation or another reporting verb, whose subject it
 * might be. MENTION_NONE where none is found. */
static mention coordinated_subject_from(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a,
                                       size_t end);

static mention subject_of_coordinated_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    mention found = {0};
    size_t end = v; /* (past adverbs before the verb: "but also said") */
    while (end > 0 && tok_adverb_at(d, r, t, end - 1)) end--;
    if (end < 4 || end > SHARED_CLAUSE_TOKENS || !(t[end - 1].flags & TOK_LOWER) ||
        token_in(d, &t[end - 1], &r->conjunctions) < 0)
        return found;
    size_t a = 0;
    while (a < end && (t[a].flags & TOK_PUNCT)) a++;
    a = after_dateline(t, a, end);
    if (a < end && is_preposition(r, d, &t[a])) { /* "In a statement, the club …" */
        while (a < end && !punct_is(&t[a], ',')) a++;
        a++;
    }
    found = coordinated_subject_from(d, r, s, a, end);
    if (found.kind != MENTION_NONE) return found;
    /* (or after another phrase that opens the sentence up to its comma, of time or a clause of
     * its own: "Un año después de que …, el Gobierno porteño presentó … y anunció que") */
    while (a < end && !punct_is(&t[a], ',')) a++;
    return a + 1 < end ? coordinated_subject_from(d, r, s, a + 1, end) : found;
}

/* subject_of_coordinated_verb from toks[a], the verb's conjunction at toks[end - 1]. */
static mention coordinated_subject_from(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a,
                                       size_t end) {
    const token *t = s->toks.items;
    mention found = {0};
    if (a + 2 >= end) return found;
    /* (a verb after its infinitive's marker is none: "declined to comment but said") */
    for (size_t k = a; k + 1 < end; k++)
        if (tok_relative(d, r, &t[k]) || (t[k].flags & TOK_MARK) ||
            (s->verb_end.items[k] && !(k > a && token_in(d, &t[k - 1], &r->infinitive_markers) >= 0)))
            return found;
    /* (the longest phrase from there that a word in lower case follows, up to the first article,
     * preposition or determiner after it: "Toronto police" before "did", not "Toronto") */
    for (size_t e = a + 1; e + 1 < end && e <= a + SHARED_SUBJECT_TOKENS; e++) {
        /* (over an acronym in brackets: "La empresa Transportes Fluviales Rioplatenses (TFR)
         * canceló … y anunció") */
        size_t past = tok_past_label(t, end, e);
        if (past > e && past + 1 < end) {
            e = past - 1;
            continue;
        }
        if (!(t[e].flags & TOK_WORD)) {
            /* (a name that opens the sentence before an apposition between commas: "El ingeniero
             * Rafael Marcano, profesor de la Universidad de Oriente, recorrió el tramo y aseguró") */
            if (found.kind == MENTION_NONE && punct_is(&t[e], ',') && (t[e + 1].flags & TOK_LOWER)) {
                mention named = subject_ending_at(d, r, s, e);
                if (named.kind == MENTION_NAME && !named.weak && named.start == t[a].start &&
                    cue_speaker_like(d, r, s, &named, 1))
                    found = named;
            }
            break;
        }
        if (!(t[e].flags & TOK_LOWER)) continue;
        if (found.kind != MENTION_NONE && (is_preposition(r, d, &t[e]) || is_determiner(d, r, &t[e]) ||
                                           token_in(d, &t[e], &r->possessives) >= 0))
            break;
        mention m = subject_before_verb(d, r, s, e);
        /* (an organisation's name after its kind and article counts from the article: "La
         * empresa Transportes Fluviales Rioplatenses …") */
        int after_kind = a + 2 < end && tok_article(d, r, &t[a]) && tok_org_kind(d, r, &t[a + 1]) && m.start == t[a + 2].start;
        if (m.kind != MENTION_NONE && !m.weak && (m.start == t[a].start || after_kind) && cue_speaker_like(d, r, s, &m, 1))
            found = m;
    }
    return found;
}

/* Words of a participle's agent between a subject and its verb at most ("consultadas por este
 * diario"). */
enum { AGENT_WORDS = 5 };

/* Is a capitalised adverb alone before the verb at toks[v], opening the clause ("Später sagte
 * Klein:", "Dazu sagte Lindner:")? */
static int adverb_before(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    size_t first = 0;
    while (first < v && (t[first].flags & TOK_PUNCT)) first++;
    return first + 1 == v && (t[first].flags & TOK_CAP) && token_in(d, &t[first], &r->adverbs) >= 0;
}

/* Where the finite verb comes second (features.txt "verb-second"), does a phrase that a
 * preposition opens fill the place before the verb at toks[v] ("Am Rande der Kundgebung
 * sagte …", "Vor Gericht sagte …")? Then the subject follows the verb. */
static int fronted_phrase(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    if (!rules_feature(r, FEATURE_VERB_SECOND)) return 0;
    /* (an adverb alone too, whose subject follows the verb) */
    if (adverb_before(d, r, s, v)) return 1;
    size_t first = 0;
    while (first < v && (t[first].flags & TOK_PUNCT)) first++;
    if (first >= v || token_in(d, &t[first], &r->prepositions) < 0) return 0;
    if (particle_opens_name_read_before(d, r, t, v, first)) return 0;
    for (size_t k = first; k < v; k++) {
        /* (a relative clause between commas may follow its noun: "In einer Erklärung, die sein
         * Anwalt verschickte, schreibt der Fahrer:") */
        if (k > first && k + 2 < v && punct_is(&t[k], ',') && tok_relative(d, r, &t[k + 1])) {
            size_t c = k + 2;
            while (c < v && c <= k + RELATIVE_CLAUSE_WORDS && (t[c].flags & TOK_WORD)) c++;
            if (c + 1 == v && punct_is(&t[c], ',')) return 1;
        }
        if (!(t[k].flags & TOK_WORD) || s->verb_end.items[k] || token_in(d, &t[k], &r->auxiliaries) >= 0) return 0;
    }
    return 1;
}

/* The first token of the phrase between commas that ends at the comma toks[c]: the one after
 * the comma before it, within max tokens (and over words alone where words_only); 0 where there
 * is none. */
static size_t phrase_after_comma(const token *t, size_t c, size_t max, int words_only) {
    size_t a = c;
    while (a > 0 && !punct_is(&t[a - 1], ',') && c - a < max) {
        if (words_only && !(t[a - 1].flags & TOK_WORD)) return 0;
        a--;
    }
    return a > 0 && punct_is(&t[a - 1], ',') ? a : 0;
}

/* Tokens of each part of "…, a través de su portavoz, Anna Rius," at most, and of the phrase
 * that opens the first ("a través de"). */
enum { VOICE_PART_TOKENS = 10, VOICE_PHRASE_TOKENS = 4 };

/* "El Col·lectiu …, a través de su portavoz, Anna Rius, denunció", "La Conférence …, par la
 * voix de sa présidente, Nicole Zermatten, a rappelé": an organisation that speaks through
 * someone (a phrase of rules/<lang>/voice-prepositions.txt and their role between commas) named
 * in apposition before the verb, whose phrase ends at toks[end]: that person speaks, in that
 * role. MENTION_NONE where no such phrase stands there. */
static mention voice_before_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t end) {
    mention none = {0};
    const token *t = s->toks.items;
    if (!r->voice_prepositions.len || end < 6 || !punct_is(&t[end - 1], ',')) return none;
    size_t a = phrase_after_comma(t, end - 1, VOICE_PART_TOKENS, 0);
    if (a < 2) return none;
    mention named = parse_mention(d, r, &s->toks, a);
    if (named.kind != MENTION_NAME || named.next_tok != end - 1) return none;
    size_t c = a - 1, v = phrase_after_comma(t, c, VOICE_PART_TOKENS, 1);
    if (v == 0) return none;
    size_t k = c > v + 1 ? token_phrase_prefix(d, t + v, c - v - 1, VOICE_PHRASE_TOKENS, TOK_LOWER, &r->voice_prepositions) : 0;
    if (k == 0) return none;
    mention role = parse_mention(d, r, &s->toks, v + k);
    if ((role.kind != MENTION_ROLE && role.kind != MENTION_DESCRIPTION) || role.org || role.next_tok != c ||
        role.role_end <= role.role_start)
        return none;
    if (named.role_end <= named.role_start) named.role_start = role.role_start, named.role_end = role.role_end;
    return named;
}

/* "Federico Arregui, investigador del Instituto de Suelos del Sur, que no participó del estudio,
 * advirtió", "Fred Arling, a researcher at the institute, who did not take part, warned": a
 * relative clause between commas after another phrase between commas (or two), all before the
 * verb whose phrase ends at toks[end]: the name the first phrase is in apposition to speaks.
 * MENTION_NONE where none such stands there. */
static int opens_with_passive_participle(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t a,
                                         size_t e);

/* "Another striker, who gave her name only as Shelley, said": a relative clause between
 * commas (people.c reads one without them) after a description that gives a
 * name (a word of rules/<lang>/name-givers.txt, then one of role-markers.txt before the name
 * that ends the clause), before the verb whose phrase ends at toks[end]: that name speaks, the
 * description its role. MENTION_NONE where none such stands there. */
static mention name_given_in_aside(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t end) {
    mention none = {0};
    const token *t = s->toks.items;
    if (end < 6 || !punct_is(&t[end - 1], ',')) return none;
    size_t c = phrase_after_comma(t, end - 1, RELATIVE_CLAUSE_WORDS, 1);
    int gender;
    size_t named_at = c >= 3 ? name_given_in_relative(d, r, t, end - 1, c, &gender) : 0;
    if (!named_at) return none;
    mention named = parse_mention(d, r, &s->toks, named_at);
    mention described = subject_ending_at(d, r, s, c - 1);
    if (named.kind != MENTION_NAME || named.next_tok != end - 1 ||
        (described.kind != MENTION_DESCRIPTION && described.kind != MENTION_ROLE) || described.org)
        return none;
    /* (the description's words after its determiner are the role: "striker") */
    size_t a = c - 1;
    while (a > 0 && t[a - 1].start >= described.start) a--;
    if (a + 1 < c - 1 && (tok_article(d, r, &t[a]) || token_in(d, &t[a], &r->determiners) >= 0)) a++;
    named.role_start = t[a].start;
    named.role_end = t[c - 2].end;
    named.start = described.start;
    if (!named.gender) named.gender = gender;
    return named;
}

static mention name_before_relative_aside(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t end) {
    mention none = {0};
    const token *t = s->toks.items;
    if (end < 6 || !punct_is(&t[end - 1], ',')) return none;
    size_t c = phrase_after_comma(t, end - 1, RELATIVE_CLAUSE_WORDS, 1);
    if (c < 2 || !tok_relative(d, r, &t[c])) return none;
    size_t a = phrase_after_comma(t, c - 1, PHRASE_TOKENS, 0);
    if (a == 0 || tok_relative(d, r, &t[a])) return none;
    mention m = subject_ending_at(d, r, s, c);
    /* (the apposition may be two phrases, a role and its department: "Dr. Meenakshi Raghavan,
     * Associate Professor, Department of Microbiology, who led the study, said") */
    if (m.kind != MENTION_NAME && a >= 4) {
        for (size_t w = a; w + 1 < c; w++)
            if (!(t[w].flags & TOK_WORD) || s->verb_end.items[w]) return none;
        m = subject_ending_at(d, r, s, a);
    }
    /* (or a description with a title that opens the sentence, the apposition after it: "Un
     * greffier, délégué syndical, qui a souhaité rester anonyme, affirme") */
    int described = 0;
    if (m.kind != MENTION_NAME && a >= 2 && punct_is(&t[a - 1], ',')) {
        mention before = subject_ending_at(d, r, s, a - 1);
        if ((before.kind == MENTION_ROLE || before.kind == MENTION_DESCRIPTION) && before.titled && !before.org &&
            before.start == t[0].start)
            m = before, described = 1;
    }
    /* (the name opens its clause: not "The team, including X, …", "The mayor and X, …") */
    size_t f = 0;
    while (f < s->toks.len && t[f].start < m.start) f++;
    if ((m.kind != MENTION_NAME && !described) ||
        (f > 0 && !punct_is(&t[f - 1], ',') && !punct_is(&t[f - 1], ':') && !punct_is_dash(&t[f - 1])))
        return none;
    /* (nor a participle alone that opens the sentence: "Contactée, la Région …, qui …, a fait
     * savoir") */
    if (m.name_tokens == 1 && f + 1 < end && punct_is(&t[f + 1], ',') &&
        opens_with_passive_participle(d, r, t, s->toks.len, f, f + 1))
        return none;
    if (f > 1 && punct_is(&t[f - 1], ',') && (t[f - 2].flags & TOK_LOWER) && is_preposition(r, d, &t[f - 2])) return none;
    return m;
}

/* Is m a name, a role or a description (no pronoun)? */
static int noun_phrase(const mention *m) {
    return m->kind == MENTION_NAME || m->kind == MENTION_ROLE || m->kind == MENTION_DESCRIPTION;
}

/* Words of a place after a name and before its auxiliary, at most ("aus dem Nachbarort"). */
enum { PLACE_AFTER_NAME_WORDS = 4 };

/* Where the finite verb comes second (features.txt "verb-second"), the subject of the verb at
 * toks[v] that its place in the clause shows, or MENTION_NONE where it shows none. Where
 * something other than the subject opens the clause (no phrase that names someone, a time, an
 * object, an adverb), the subject follows the finite verb: a pronoun right after it ("Zugleich
 * warnte er vor voreiligen Schlüssen:"), or the phrase after the auxiliary of a participle at the
 * clause's end ("Diese Woche hat der Verband erklärt", "Dabei habe die Geschäftsleitung
 * versichert", "Den Vorwurf hat die Ministerin zurückgewiesen"). Else the phrase that opens it
 * is, not the nouns between the auxiliary and the participle ("Ein amerikanischer Investor hat
 * mir im vergangenen Jahr ins Gesicht gesagt:"), nor an object pronoun after the verb ("Der
 * Minister Klaus Vogt sagte es deutlich:"). */
static mention verb_second_subject(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, ve = s->verb_end.items[v];
    mention none = {0};
    if (!rules_feature(r, FEATURE_VERB_SECOND) || !ve) return none;
    size_t c0 = clause_start(s, v);
    while (c0 < v && !(t[c0].flags & TOK_WORD)) c0++;
    if (c0 >= v) return none;
    /* an auxiliary right after a comma, its participle at the clause's end: the phrase before
     * the comma, an apposition's, is the subject ("Deren Verhandlungsführer, Carsten Mühlbauer,
     * hatte nach der zweiten Runde erklärt"), not the nouns between them */
    if (c0 > 1 && c0 + 1 < v && punct_is(&t[c0 - 1], ',') && (t[c0].flags & TOK_LOWER) &&
        token_in(d, &t[c0], &r->auxiliaries) >= 0) {
        size_t w = c0 + 1;
        while (w < v && (t[w].flags & TOK_WORD) && !s->verb_end.items[w]) w++;
        mention before = w == v ? subject_ending_at(d, r, s, c0) : none;
        if (noun_phrase(&before)) return before;
    }
    mention first = parse_mention(d, r, &s->toks, c0);
    int fronted = first.kind == MENTION_NONE || token_in(d, &t[c0], &r->object_articles) >= 0 ||
                  (first.head_end > first.head_start &&
                   wordset_get_folded(&r->time_nouns, (const char *)d->text + first.head_start, first.head_end - first.head_start) >= 0) ||
                  /* (a capitalised adverb alone: "Zugleich", "Dabei", "Dazu"; or one its ending
                   * shows: "Jahrelang hat ein Trafikant seinen Kunden erzählt") */
                  (first.next_tok == c0 + 1 && !tok_first_name(d, r, &t[c0]) &&
                   (wordset_get_folded(&r->adverbs, (const char *)d->text + t[c0].start, t[c0].stem_end - t[c0].start) >= 0 ||
                    rules_adverb_ending(r, (const char *)d->text + t[c0].start, t[c0].stem_end - t[c0].start))) ||
                  /* (a phrase a preposition opens, which holds no subject: "Seit Jahren hat ein
                   * Händler erzählt") */
                  token_in(d, &t[c0], &r->prepositions) >= 0;
    if (fronted && ve < n && (t[ve].flags & TOK_LOWER) && is_pronoun_tok(d, r, &t[ve])) return parse_mention(d, r, &s->toks, ve);
    size_t k = first.kind == MENTION_NONE ? c0 + 1 : first.next_tok;
    /* (past adverbs, and a place after a name: "Bürgermeister Jens Moll aus dem Nachbarort hat
     * sie gefragt") */
    while (k < v && (t[k].flags & TOK_LOWER) && tok_adverb(d, r, &t[k])) k++;
    if (first.kind != MENTION_NONE && k < v && is_preposition(r, d, &t[k]))
        for (size_t p = k + 1; p < v && p <= k + PLACE_AFTER_NAME_WORDS && (t[p].flags & TOK_WORD); p++)
            if ((t[p].flags & TOK_LOWER) && token_in(d, &t[p], &r->auxiliaries) >= 0) {
                k = p;
                break;
            }
    if (k + 1 >= v || !(t[k].flags & TOK_LOWER) || token_in(d, &t[k], &r->auxiliaries) < 0) return none;
    for (size_t w = k + 1; w < v; w++)
        if (!(t[w].flags & TOK_WORD) || s->verb_end.items[w]) return none;
    if (!fronted) return noun_phrase(&first) ? first : none;
    if (is_pronoun_tok(d, r, &t[k + 1]) && (t[k + 1].flags & TOK_LOWER)) return parse_mention(d, r, &s->toks, k + 1);
    mention after = parse_mention(d, r, &s->toks, k + 1);
    return noun_phrase(&after) ? after : none;
}

/* Words a negation adds to a predicate: "ne … pas". */
enum { NEGATION_WORDS = 2 };

/* Where the negation (rules/<lang>/negations.txt) of the verb whose words before it end at
 * toks[end] stands, its auxiliaries, object pronouns and second word ("ne … pas") between:
 * end where none does. */
static size_t before_negation(const document *d, const whosaid_rules *r, const token *t, size_t end) {
    for (size_t k = end; k-- > 0 && end - k <= NEGATION_WORDS + 2;) {
        if (!(t[k].flags & TOK_LOWER)) break;
        if (token_in(d, &t[k], &r->negations) >= 0) return k;
        if (token_in(d, &t[k], &r->verb_blockers) < 0 && token_in(d, &t[k], &r->auxiliaries) < 0 &&
            token_in(d, &t[k], &r->object_clitics) < 0)
            break;
    }
    return end;
}

/* cue_subject_before but for a subject a coordinated verb shares. */
/* Tokens of an aside between commas after a verb and before "que", at most. */
enum { ASIDE_BEFORE_THAT_TOKENS = 12 };

static mention subject_before_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    size_t end = v;
    /* (after an adverb alone, a pronoun right after the verb is the subject: "Zugleich warnte
     * er vor voreiligen Schlüssen:") */
    if (fronted_phrase(d, r, s, v)) return adverb_before(d, r, s, v) ? verb_second_subject(d, r, s, v) : (mention){0};
    mention placed = verb_second_subject(d, r, s, v);
    if (placed.kind != MENTION_NONE) return placed;
    /* adverbs and auxiliaries stand between the subject and its verb: "has also said", "a
     * déclaré", "hat gesagt" */
    /* (and an aside between the auxiliary and its participle before "que": "a pour sa part
     * déclaré qu'elle …") */
    size_t after = v < s->toks.len && s->verb_end.items[v] ? s->verb_end.items[v] : v + 1;
    int reports_clause = after < s->toks.len && token_in(d, &t[after], &r->complementisers) >= 0;
    /* (or past an aside between commas: "a pour sa part indiqué, dans une déclaration écrite,
     * que …") */
    for (size_t w = after + 1; !reports_clause && after < s->toks.len && punct_is(&t[after], ',') && w + 1 < s->toks.len &&
                               w <= after + ASIDE_BEFORE_THAT_TOKENS && (t[w].flags & TOK_WORD || punct_is(&t[w], ','));
         w++)
        if (punct_is(&t[w], ',')) {
            reports_clause = token_in(d, &t[w + 1], &r->complementisers) >= 0;
            break;
        }
    for (int aside = 1; aside;) {
        while (end > 0 && (tok_adverb_at(d, r, t, end - 1) || tok_opening_adverb(d, r, &t[end - 1], end - 1) ||
                           ((t[end - 1].flags & TOK_LOWER) && token_in(d, &t[end - 1], &r->auxiliaries) >= 0)))
            end--;
        aside = 0;
        if (reports_clause && end >= 4 && cue_aside_end(d, r, t, s->toks.len, end - 3) == end &&
            (t[end - 4].flags & TOK_LOWER) && token_in(d, &t[end - 4], &r->auxiliaries) >= 0)
            aside = 3;
        /* ("a par ailleurs annoncé": the adverb passed over above, its preposition before it) */
        else if (reports_clause && end >= 2 && cue_aside_end(d, r, t, s->toks.len, end - 1) == end + 1 &&
                 (t[end - 2].flags & TOK_LOWER) && token_in(d, &t[end - 2], &r->auxiliaries) >= 0)
            aside = 1;
        end -= (size_t)aside;
    }
    /* "La jueza Ana Gil no descartó que …", "Le maire n'a pas exclu que …": a negation, and the
     * words of the verb it holds ("ne … pas"), stand between the subject and its verb */
    end = before_negation(d, r, t, end);
    /* "Echevarría, por su parte, aseguró", "X, de son côté, a estimé": such an aside between
     * commas stands between the subject and its verb too, and is no apposition of the subject */
    for (size_t k = end >= 6 ? end - 4 : 2; k + 2 < end; k++)
        if (punct_is(&t[end - 1], ',') && punct_is(&t[k - 1], ',') && cue_aside_end(d, r, t, s->toks.len, k) == end - 1) {
            end = k - 1;
            break;
        }
    /* "Rouquette l'assure", "il le répète": an object pronoun between the subject and its verb */
    if (end > 1 && clitic_object(d, r, t, s->toks.len, end - 1)) end--;
    /* "turkey farmer Gurpreet Sandhu — no relation — said", "The mayor – a former nurse – said":
     * an aside between dashes stands between the subject and its verb */
    if (end >= 4 && punct_is_long_dash(&t[end - 1])) {
        size_t o = end - 2;
        while (o > 0 && end - o <= PHRASE_TOKENS && !punct_is_long_dash(&t[o]) && !(t[o].flags & TOK_MARK)) o--;
        if (o > 0 && o + 2 < end && punct_is_long_dash(&t[o]) && (t[o - 1].flags & TOK_WORD)) end = o;
    }
    /* "La CGT, elle, appelle à la grève :", "M. Vasseur, lui, se veut confiant": a stressed
     * pronoun between commas after the subject stands for it */
    if (end >= 4 && punct_is(&t[end - 1], ',') && punct_is(&t[end - 3], ',') && (t[end - 2].flags & TOK_LOWER) &&
        is_pronoun_tok(d, r, &t[end - 2]))
        end -= 3;
    mention m = voice_before_verb(d, r, s, end);
    if (m.kind == MENTION_NONE) m = name_given_in_aside(d, r, s, end);
    if (m.kind == MENTION_NONE) m = name_before_relative_aside(d, r, s, end);
    if (m.kind != MENTION_NONE) return m;
    m = subject_ending_at(d, r, s, end);
    /* "Fuentes del banco central consultadas por este diario reconocieron": where adjectives
     * follow the noun (features.txt "postnominal-adjectives"), a passive participle and its
     * agent may stand between the subject and its verb */
    if (m.kind != MENTION_NONE || !rules_feature(r, FEATURE_POSTNOMINAL_ADJECTIVES)) return m;
    for (size_t p = end > AGENT_WORDS + 1 ? end - AGENT_WORDS - 1 : 1; p < end; p++) {
        if (!(t[p].flags & TOK_LOWER) || !(t[p - 1].flags & TOK_WORD) ||
            !tok_passive_participle(d, r, &t[p]))
            continue;
        size_t w = p + 1;
        if (w < end && is_preposition(r, d, &t[w]))
            while (w < end && (t[w].flags & TOK_WORD) && !s->verb_end.items[w]) w++;
        /* ("Les pompiers mobilisés lundi soir ont indiqué": or when, words of cue-followers.txt) */
        else
            while (w < end && (t[w].flags & TOK_LOWER) && token_in(d, &t[w], &r->cue_followers) >= 0 && !tok_article(d, r, &t[w]))
                w++;
        if (w != end) continue;
        m = subject_ending_at(d, r, s, p);
        if (m.kind != MENTION_NONE) m.next_tok = end; /* (the phrase ends before the participle) */
        return m;
    }
    return m;
}

/* Does the name at text[pos] follow a noun of a place in lower case (settlement-nouns.txt,
 * street-nouns.txt) after a connector, maybe with an article ("de la colonia Jardines del Sur",
 * "du quartier Saint-Roch", "del barrio Kennedy"): the name of the place, no subject? */
static int after_place_noun(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t pos) {
    const token *t = s->toks.items;
    size_t k = 0;
    while (k < s->toks.len && t[k].start < pos) k++;
    if (k < 3 || !(t[k - 1].flags & TOK_LOWER) ||
        (wordset_get_folded(&r->settlement_nouns, (const char *)d->text + t[k - 1].start, t[k - 1].stem_end - t[k - 1].start) < 0 &&
         wordset_get_folded(&r->street_nouns, (const char *)d->text + t[k - 1].start, t[k - 1].stem_end - t[k - 1].start) < 0))
        return 0;
    size_t c = k - 2;
    if (tok_article(d, r, &t[c]) && !tok_connector(d, r, &t[c]) && c > 0) c--;
    return (t[c].flags & TOK_LOWER) && tok_connector(d, r, &t[c]);
}

/* The subject of a verb whose phrase ends at toks[end] (adverbs and auxiliaries left out). */
static mention subject_ending_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t end) {
    const token *t = s->toks.items;
    /* "Bundeskanzler Friedrich Merz (CDU) sagte:": a party in brackets between a name and its
     * verb belongs to the name's phrase */
    mention m = {0};
    /* (the label may be a few tokens: "(D-N.Y.)", "(R-Ky.)") */
    size_t open = end >= 2 && punct_is(&t[end - 1], ')') ? end - 2 : 0;
    while (open > 0 && end - open <= PARTY_LABEL_TOKENS && !punct_is(&t[open], '(') && !punct_is(&t[open], ')')) open--;
    /* (an acronym alone in the brackets may be an organisation's, read below: "La Agencia
     * Catalana del Agua (ACA) comunicó", not "Catalana del Agua") */
    /* (in a capital and small letters too, where the words before hold its letters: "El
     * Servicio Nacional de Meteorología e Hidrología (Senamhi) informó") */
    int acronym = open > 0 && tok_past_defined_acronym(d, t, end, open > PHRASE_TOKENS ? open - PHRASE_TOKENS : 0, open) == end;
    /* (or an age, or a label in lower case after a person's name: "Katrin Vogt (57) sagte",
     * "(parteilos)"; not "La mairie de Paris (photo) a annoncé") */
    int lower_label = !(t[open + 1].flags & (TOK_CAP | TOK_ALLCAPS));
    if (end >= 4 && open > 0 && open + 2 < end && punct_is(&t[open], '(') &&
        (!lower_label || tok_past_label(t, end, open) == end) && (t[open - 1].flags & TOK_CAP) && !acronym) {
        /* (the phrase that ends there, brackets and all, as parse_mention reads it after a verb;
         * from a few words back only) */
        for (size_t q = open > PHRASE_TOKENS ? open - PHRASE_TOKENS : 0; q < open; q++) {
            mention named = parse_mention(d, r, &s->toks, q);
            if (lower_label && !mention_opens_with_first_name(d, r, &s->toks, &named)) continue;
            /* (or that ends before it: "Erwan Le Bihan (Saint-Guénolé en commun) dénonce") */
            if (named.kind == MENTION_NAME &&
                (named.next_tok == end || (named.next_tok == open && tok_past_label(t, end, open) == end))) {
                m = named;
                m.next_tok = end;
                break;
            }
        }
    }
    /* "The Saskatchewan Public Safety Agency (SPSA) said", "la Commission électorale
     * indépendante (CEI) a indiqué": an organisation's acronym in brackets between its name and
     * the verb (the name may read on through it) */
    /* (or words of any case that the acronym defines: "L'agence régionale de santé (ARS) a
     * annoncé", "L'Agence romande de lutte contre la fraude (ARLF) a annoncé") */
    if (m.kind == MENTION_NONE && acronym)
        for (size_t q = open > PHRASE_TOKENS ? open - PHRASE_TOKENS : 0; q < open; q++) {
            mention named = parse_mention(d, r, &s->toks, q);
            if ((named.kind == MENTION_NAME || (named.kind == MENTION_ROLE && named.org)) &&
                (named.next_tok == end || named.next_tok == open)) {
                m = named;
                m.next_tok = end;
                break;
            }
            if (tok_article(d, r, &t[q]) && parse_org_by_acronym(d, r, &s->toks, q, &named) && named.next_tok == end) {
                m = named;
                break;
            }
        }
    if (m.kind == MENTION_NONE) m = parse_mention_before(d, r, &s->toks, 0, end);
    /* "Fisheries and Oceans Canada spokesperson Mark Hill said": the organisation's first word
     * and a conjunction before the role (org_word_before_role) */
    if (m.kind == MENTION_NAME && m.role_end > m.role_start) {
        size_t k = first_token_from(t, s->toks.len, m.start);
        mention first = k >= 2 && token_in(d, &t[k - 1], &r->conjunctions) >= 0 ? parse_mention(d, r, &s->toks, k - 2)
                                                                                  : (mention){0};
        if (first.next_tok == k - 1 && org_word_before_role(d, r, s, &first) && first.next_tok == m.next_tok) m = first;
    }
    if (m.kind == MENTION_NONE && end > 0) m = parse_weak_name(d, r, &s->toks, end - 1); /* "May said: “…”" */
    /* "Scott’s family said", "Keller’s spokesman said": a possessive name and the noun phrase
     * it owns, not the noun alone */
    if (m.kind == MENTION_NONE || m.kind == MENTION_ROLE || m.kind == MENTION_DESCRIPTION) {
        size_t q = end;
        while (q > 0 && end - q < OWNED_NOUN_WORDS && (t[q - 1].flags & TOK_LOWER) && !(t[q - 1].flags & TOK_POSS) &&
               !is_preposition(r, d, &t[q - 1]) && token_in(d, &t[q - 1], &r->subordinators) < 0 &&
               token_in(d, &t[q - 1], &r->conjunctions) < 0)
            q--;
        if (q > 0 && q < end && (t[q - 1].flags & TOK_POSS) && (t[q - 1].flags & TOK_CAP) &&
            (m.kind == MENTION_NONE || m.start >= t[q].start)) {
            mention owned = parse_mention_before(d, r, &s->toks, 0, q);
            possessor_and_noun(d, r, s, &owned);
            if (owned.kind == MENTION_DESCRIPTION && owned.next_tok == end) m = owned;
        }
    }
    /* "… in Columbus, Ohio, said", "… event in New Hampshire asked": a name after a
     * preposition is no subject; the clause's own may stand further back */
    if (noun_phrase(&m) &&
        (after_preposition(d, r, s, m.start, 1) || (m.kind == MENTION_NAME && after_place_noun(d, r, s, m.start)))) {
        mention owner = subject_before_phrases(d, r, s, &m);
        m = owner.kind != MENTION_NONE ? owner : parse_clause_subject(d, r, &s->toks, 0, end);
        if (m.kind == MENTION_NONE) m.start = m.end = 0;
    } else if (noun_phrase(&m) && opens_with_contracted_article(d, r, s, m.start)) {
        /* (the clause's subject whole, where it reads: "Le ministère des Armées assure") */
        mention whole = parse_clause_subject(d, r, &s->toks, 0, end);
        if (whole.kind != MENTION_NONE && mention_names_someone(d, r, &whole)) m = whole;
    }
    if (m.kind == MENTION_NONE && end > 0 && punct_is(&t[end - 1], ',')) {
        /* a phrase between commas before the verb: "X, a doctor, said", "Clinton’s campaign
         * chairman, John Podesta, said", "X, who chairs the panel, said" */
        size_t a = end - 1;
        /* (a label in brackets is part of it: a party's that opens with a capital, ", Erwan Le
         * Bihan (Saint-Guénolé en commun), dénonce", or one word alone, an age or a label in
         * lower case: tok_past_label) */
        a = tok_label_before(t, a);
        while (a > 0 && (t[a - 1].flags & TOK_WORD) && end - a < LONG_PHRASE_TOKENS) a--;
        /* a long phrase only when a participle opens it: "Others, reacting to the gap between
         * the shooting and the release of the video, shouted" */
        if (a > 0 && punct_is(&t[a - 1], ',') && (end - a <= PHRASE_TOKENS || participle(d, r, &t[a]))) {
            /* "Rep. Lauren Pike, R-Texas, a member of …, said": the phrase before the apposition
             * ends before a party label between commas (AP's style), or an age ("Werner Koch,
             * 81, a retired tractor driver, said") */
            size_t before_end = a - 1;
            for (size_t l = a - 1; l > 1 && a - 1 - l < PARTY_LABEL_TOKENS; l--)
                if (punct_is(&t[l - 1], ',') &&
                    (party_label(d, r, s, l, a - 1) ||
                     /* (in figures alone: ", de 38 años," is read with the phrase before it) */
                     (!(t[l].flags & (TOK_CAP | TOK_LOWER)) && apposition_age(d, r, &s->toks, l - 1) == (int)(a - l)))) {
                    before_end = l - 1;
                    break;
                }
            /* "The deputy prime minister and finance minister, Jane Doe, said": two roles from
             * where the sentence starts, before the second alone ("finance minister") is taken */
            size_t c = 0;
            while (c < a && (t[c].flags & TOK_PUNCT)) c++;
            mention before = parse_mention(d, r, &s->toks, c);
            /* "Die Schulleiterin einer Oberschule in Chemnitz, Kerstin Vogel, sagte": the
             * description and the place after it, where the phrase that ends before the comma is
             * the place alone */
            mention placed = before;
            if ((placed.kind == MENTION_DESCRIPTION || placed.kind == MENTION_ROLE) && !placed.org)
                placed.next_tok = place_up_to(d, r, t, placed.next_tok, before_end);
            /* ("La présidente de la chambre d'agriculture et de la pêche, Odile Ferrand, a
             * estimé": the rest of an organisation's name the role's phrase stopped short of) */
            mention opening = {0}; /* the phrase from the clause's start, after an opener's comma */
            mention listed = before; /* ("The Minister of Health, Welfare and Sport, Jan Smit, said") */
            if (before.kind == MENTION_ROLE && before.org && before.next_tok == before_end && before_end >= 4 &&
                tok_past_acronym(t, before_end, before_end - 3) == before_end) {
                /* "Le Syndicat des pilotes indépendants (SPI), majoritaire chez …, a prévenu": an
                 * organisation's name and its acronym in brackets, whole up to the comma (which
                 * reading back from the bracket misses) */
            } else if (complement_comma(d, r, s, &before) == before_end && before_end > 0) {
                before.end = before.role_end = t[before_end - 1].end;
                before.next_tok = before_end;
            } else if (cue_coordinate_complement(d, r, s, &listed) && listed.next_tok == before_end) {
                before = listed;
            } else if (clause_start(s, before_end) > c &&
                       (opening = parse_mention(d, r, &s->toks, clause_start(s, before_end))).titled &&
                       (opening.kind == MENTION_ROLE || opening.kind == MENTION_DESCRIPTION) &&
                       (opening.next_tok == before_end || complement_comma(d, r, s, &opening) == before_end)) {
                /* "Venu samedi soutenir les grévistes, le député (LFI) de la circonscription, Karim
                 * Haddou, a dénoncé", "…, le président de la chambre de commerce et d'industrie,
                 * Jean Dupont,": the description whole from the clause's start (its label inside,
                 * the rest of an organisation's name), which reading back from the comma stops
                 * short of */
                before = opening;
                before.end = before.role_end = t[before_end - 1].end;
                before.next_tok = before_end;
            } else {
                before = parse_mention_before(d, r, &s->toks, 0, before_end);
            }
            if (before.kind == MENTION_NONE) {
                /* "Lee’s chief of staff, Omar Haddad, said" */
                mention owned = parse_mention(d, r, &s->toks, clause_start(s, before_end));
                possessor_and_noun(d, r, s, &owned);
                if (owned.kind == MENTION_DESCRIPTION && owned.next_tok == before_end) {
                    before = owned;
                } else if (clause_start(s, before_end) > c) {
                    /* (its complement over a list, from the clause's start: "Ghana's deputy
                     * minister for tourism, arts and culture, Abena Osei-Tutu, said") */
                    owned = parse_mention(d, r, &s->toks, c);
                    possessor_and_noun(d, r, s, &owned);
                    mention listed_owned = owned; /* (its words its role while the list is read) */
                    listed_owned.role_start = owned.start;
                    listed_owned.role_end = owned.end;
                    if (owned.kind == MENTION_DESCRIPTION && cue_coordinate_complement(d, r, s, &listed_owned) &&
                        listed_owned.next_tok == before_end) {
                        before = owned;
                        before.end = listed_owned.end;
                        before.next_tok = before_end;
                    }
                }
            }
            /* "Others, reacting to the delay, shouted" */
            if (before.kind == MENTION_NONE && participle(d, r, &t[a]))
                before = bare_description(d, r, s, clause_start(s, before_end), before_end);
            /* ("in Columbus, Ohio, said": a place) */
            if (before.kind != MENTION_NONE && after_preposition(d, r, s, before.start, 0)) {
                int described = (placed.kind == MENTION_DESCRIPTION || placed.kind == MENTION_ROLE) &&
                                placed.next_tok == before_end && placed.start < before.start;
                if (described) before = placed;
                else before.kind = MENTION_NONE;
            }
            /* "L'opposition officielle à l'hôtel de ville, Action Gatineau, estime": a
             * description that opens the clause, then words without a verb up to the comma
             * (where it is, whom it is of), before a name of two words between commas, rather
             * than a phrase read back from the comma inside it ("municipal") */
            /* (a role whose organisation's name of one word the phrase read as a name: "La
             * directrice de la maison d'hébergement La Traversée, à Shawinigan, Chantal
             * Héroux-Bellemare,") */
            int org_named = placed.kind == MENTION_NAME && placed.name_tokens == 1 && placed.role_end > placed.role_start &&
                            !mention_opens_with_first_name(d, r, &s->toks, &placed);
            if ((before.kind == MENTION_NONE || before.start > placed.start) &&
                (placed.kind == MENTION_DESCRIPTION || placed.kind == MENTION_ROLE || org_named) &&
                placed.start == t[c].start && placed.next_tok < before_end && before_end - placed.next_tok <= PLACED_WORDS &&
                rules_feature(r, FEATURE_ORGANISATION_COMPLEMENTS)) {
                mention probe = parse_mention(d, r, &s->toks, a);
                int plain = probe.kind == MENTION_NAME && probe.name_tokens >= 2 && probe.next_tok == end - 1;
                /* (and where it is, between commas after them, is no part of the role: "La
                 * directrice de la maison d'hébergement La Traversée, à Shawinigan, Chantal
                 * Héroux-Bellemare, a estimé") */
                size_t role_end = before_end;
                for (size_t w = placed.next_tok; plain && w < before_end; w++) {
                    if (role_end == before_end && w + 2 < before_end && punct_is(&t[w], ',') &&
                        (t[w + 1].flags & TOK_LOWER) && is_preposition(r, d, &t[w + 1])) {
                        role_end = w;
                        continue;
                    }
                    plain = (t[w].flags & TOK_WORD) && !s->verb_end.items[w] && token_in(d, &t[w], &r->auxiliaries) < 0 &&
                            !tok_relative(d, r, &t[w]);
                }
                if (plain) {
                    before = placed;
                    before.end = t[role_end - 1].end;
                    before.next_tok = before_end;
                }
            }
            /* "The spokesman for Unite, the largest union in the sector, John Reilly, said": a
             * description of an organisation (its head a noun of organisation-nouns.txt) between
             * a role and the name describes the role's organisation; the role is the phrase before */
            if ((before.kind == MENTION_DESCRIPTION || before.kind == MENTION_ROLE) && before.head_end > before.head_start) {
                size_t h = first_token_from(t, s->toks.len, before.head_start), bs = first_token_from(t, s->toks.len, before.start);
                if (h < s->toks.len && t[h].start == before.head_start && token_in(d, &t[h], &r->org_nouns) >= 0 && bs >= 2 &&
                    punct_is(&t[bs - 1], ',')) {
                    mention role = parse_mention_before(d, r, &s->toks, 0, bs - 1);
                    /* (the role opens the clause, and a person's name follows: not "Unlike the
                     * minister, the largest union, Unite, said", "Responding to the minister, …") */
                    mention named = parse_mention(d, r, &s->toks, a);
                    if ((role.kind == MENTION_ROLE || (role.kind == MENTION_DESCRIPTION && role.titled)) && !role.org &&
                        role.role_end > role.role_start && role.start == t[c].start && named.kind == MENTION_NAME &&
                        mention_opens_with_first_name(d, r, &s->toks, &named))
                        before = role;
                }
            }
            /* "Jane Doe, a lawyer, partner at Smith LLP, said": the phrase before the last one
             * between commas is itself one in apposition to a name that opens its clause; the
             * name speaks, that first apposition its role */
            if ((before.kind == MENTION_DESCRIPTION || before.kind == MENTION_ROLE) && !before.org)
                before = name_before_apposition(d, r, s, &before);
            /* ("Owen Ferris, president of Little Lantern Toys, the company that …, said": a role
             * whose organisation's name the phrase read back as a name of its own, "Lantern Toys",
             * is that first apposition whole) */
            else if (before.kind == MENTION_NAME && before.role_start == before.start && before.role_end > before.role_start) {
                mention whole = before;
                whole.role_end = whole.end;
                mention named = name_before_apposition(d, r, s, &whole);
                if (named.start < whole.start) before = named;
            }
            /* "Le président-directeur général du Centre intégré de santé et de services sociaux
             * (CISSS) de la Haute-Rivière, Stéphane Bélanger, a reconnu": a title after a
             * definite article that opens the clause, and its complement up to the comma before
             * a name between commas, which no phrase reads whole: a description, the name's role */
            if ((before.kind == MENTION_NONE || before.start > t[c].start) && c + 2 < before_end &&
                token_in(d, &t[c], &r->articles) == ARTICLE_DEFINITE && (t[c + 1].flags & TOK_LOWER) &&
                tok_title(d, r, &t[c + 1])) {
                mention probe = parse_mention(d, r, &s->toks, a);
                int plain = probe.kind == MENTION_NAME && probe.name_tokens >= 2 && probe.next_tok == end - 1 &&
                            mention_opens_with_first_name(d, r, &s->toks, &probe);
                for (size_t w = c + 1; plain && w < before_end; w++)
                    plain = ((t[w].flags & TOK_WORD) || punct_is(&t[w], '(') || punct_is(&t[w], ')')) &&
                            !s->verb_end.items[w] && token_in(d, &t[w], &r->auxiliaries) < 0 && !tok_relative(d, r, &t[w]);
                if (plain) {
                    before = description_of(t, c, before_end, c + 1);
                    before.role_start = t[c + 1].start;
                    before.role_end = t[before_end - 1].end;
                    before.titled = 1;
                }
            }
            mention antecedent = relative_clause_subject(d, r, s, &before);
            mention inner = parse_mention(d, r, &s->toks, a);
            /* ("Dessen Vorsitzender, der pensionierte Zahnarzt Helmut Grabowski, sagt") */
            if (inner.kind != MENTION_NAME && (before.kind == MENTION_DESCRIPTION || before.kind == MENTION_ROLE))
                inner = name_after_epithet(d, r, s, a - 1);
            /* "El director de la fundación, el editor Julián Barroso, dijo", "…, publisher Julian
             * Barrow, said", "El entrenador del club, el uruguayo Wellington Ferreyra Duarte,": a
             * noun in lower case that no list holds as a title, its article, and a name of a first
             * name and more, or of three words, up to the comma, after a description */
            if (inner.kind != MENTION_NAME && before.kind != MENTION_NONE && before.kind != MENTION_PRONOUN) {
                size_t b = a + (tok_article(d, r, &t[a]) != 0);
                if (b + 2 < end && (t[b].flags & TOK_LOWER) && (t[b + 1].flags & TOK_CAP) &&
                    !is_preposition(r, d, &t[b])) {
                    mention named = parse_mention(d, r, &s->toks, b + 1);
                    if (named.kind == MENTION_NAME && named.name_tokens >= 2 && named.next_tok == end - 1 &&
                        named.role_end == named.role_start &&
                        (named.name_tokens >= 3 || mention_opens_with_first_name(d, r, &s->toks, &named))) {
                        inner = named;
                        inner.start = t[a].start;
                    }
                }
            }
            int label = party_label(d, r, s, a, end - 1); /* "Rep. Lauren Pike, R-Texas, said" */
            if (antecedent.kind != MENTION_NONE) {
                m = antecedent;
            } else if (label && before.kind == MENTION_NAME) {
                m = before;
            } else if (inner.kind == MENTION_NAME &&
                       /* (not a place: "La jueza Marta Ibáñez, de Mendoza, sostuvo") */
                       !place_after_particle(d, r, t, a, &inner) &&
                       /* (nor a noun of kin in capitals: "Klaus Weber, Vater von drei Kindern,
                        * sagte") */
                       !(inner.name_tokens == 1 && token_in(d, &t[a], &r->kin_nouns) >= 0) &&
                       (cue_affiliation_end(d, r, t, s->toks.len, inner.next_tok) == end - 1 ||
                        tok_past_label(t, s->toks.len, inner.next_tok) == end - 1) &&
                       before.kind != MENTION_NONE &&
                       before.kind != MENTION_PRONOUN &&
                       /* (not a name with its role and the organisation the role is of between the
                        * commas: "Valeria Sosa, enóloga de Bodega Piedra Negra, explicó") */
                       !(before.kind == MENTION_NAME && inner.role_end > inner.role_start && inner.role_start == t[a].start &&
                         mention_opens_with_first_name(d, r, &s->toks, &before) &&
                         !mention_opens_with_first_name(d, r, &s->toks, &inner))) {
                /* the name between the commas speaks; what stands before it is its role */
                m = inner;
                m.start = before.start;
                if (m.role_end == m.role_start) {
                    /* "A bus driver, Marc Lévesque,", "Her deputy, Tom Reyes,": a description's
                     * words are the role */
                    int whole = before.kind == MENTION_NAME ||
                                (before.kind == MENTION_DESCRIPTION && before.role_end == before.role_start);
                    m.role_start = whole ? before.start : before.role_start;
                    m.role_end = whole ? before.end : before.role_end;
                    /* "Der Vorsitzende der Gewerkschaft Verdi, Holger Schäfer,": the role without
                     * its article */
                    size_t b = 0;
                    while (b < s->toks.len && t[b].start < m.role_start) b++;
                    if (b + 1 < s->toks.len && t[b].start == m.role_start &&
                        (tok_article(d, r, &t[b]) || token_in(d, &t[b], &r->possessives) >= 0) &&
                        !is_preposition(r, d, &t[b + 1]) && /* "one of the attorneys" keeps its "one" */
                        t[b + 1].start < m.role_end)
                        m.role_start = t[b + 1].start;
                    /* "Hillary Clinton’s campaign chairman, John Podesta,": the possessor is part
                     * of the role */
                    size_t w = b;
                    while (w > 0 && b - w < OWNED_NOUN_WORDS && (t[w - 1].flags & TOK_LOWER) &&
                           !(t[w - 1].flags & TOK_POSS) && !s->verb_end.items[w - 1] && !is_preposition(r, d, &t[w - 1]))
                        w--;
                    if (w > 0 && b < s->toks.len && t[b].start == m.role_start && (t[w - 1].flags & TOK_POSS) &&
                        (t[w - 1].flags & TOK_CAP)) {
                        size_t o = w - 1;
                        while (o > 0 && w - o < OWNED_NOUN_WORDS && (t[o - 1].flags & TOK_CAP) &&
                               !(t[o - 1].flags & TOK_POSS) && tok_article(d, r, &t[o - 1]) == 0)
                            o--;
                        m.role_start = t[o].start;
                        if (m.start > t[o].start) m.start = t[o].start;
                    }
                    /* ("One of them, Liam Satterthwaite,": a description that ends in a pronoun
                     * names no role) */
                    size_t last = b;
                    while (last + 1 < s->toks.len && t[last + 1].end <= m.role_end) last++;
                    if (last < s->toks.len && t[last].end == m.role_end && (t[last].flags & TOK_LOWER) &&
                        token_in(d, &t[last], &r->object_pronouns) >= 0)
                        m.role_start = m.role_end;
                }
            } else if (before.kind != MENTION_NONE &&
                       /* (an organisation's name too: "La Région Bretagne, autorité organisatrice, a fait
                        * savoir") */
                       (((before.kind == MENTION_NAME || (before.kind == MENTION_ROLE && before.org)) &&
                         apposition_like(d, r, s, a, end - 1)) ||
                        tok_relative(d, r, &t[a]) ||
                        is_determiner(d, r, &t[a]) || participle(d, r, &t[a]))) {
                /* an apposition or a relative clause, not a predicate ("X, a former chairman,
                 * poked at …, tweeting"): the phrase before it speaks */
                m = before;
                /* "The driver, a 45-year-old man from Leeds, said": after a description, one
                 * that an indefinite article opens brings someone new in, whom no one named
                 * before is; it speaks */
                mention fresh = {0};
                /* (a noun in lower case: "The Justice Reform Alliance, a charity that …," speaks
                 * for itself) */
                size_t head = first_token_from(t, s->toks.len, before.head_start);
                if ((before.kind == MENTION_DESCRIPTION || before.kind == MENTION_ROLE) && !before.org &&
                    head < s->toks.len && (t[head].flags & TOK_LOWER) && token_in(d, &t[a], &r->articles) == ARTICLE_INDEFINITE &&
                    (fresh = parse_mention(d, r, &s->toks, a)).kind == MENTION_DESCRIPTION &&
                    mention_names_someone(d, r, &fresh))
                    m = fresh;
                /* (", 67,", ", de 44 años,": an age, no role) */
                /* (an organisation's apposition, or one headed by a noun of a kind of organisation,
                 * says what it is, no role of a person's: ", exploitant de la ligne,") */
                int aged = 0;
                if (m.role_end == m.role_start && !m.org && token_in(d, &t[a], &r->org_nouns) < 0 &&
                    !tok_relative(d, r, &t[a]) && !participle(d, r, &t[a]) && !tok_bare_participle(d, r, t, s->toks.len, a) &&
                    has_letters(t, a, end - 1) && (aged = apposition_age(d, r, &s->toks, a - 1)) != (int)(end - a)) {
                    /* (", de 34 años y consejera delegada,": the role after an age and its
                     * conjunction; none after an age and anything else) */
                    size_t past_age = age_opening(d, r, &s->toks, a - 1), from = a;
                    if (past_age) from = aged == (int)(past_age - (a - 1)) ? past_age + 1 : end;
                    if (from + 1 < end) {
                        m.role_start = t[from].start;
                        m.role_end = t[end - 2].end;
                    }
                }
            }
        }
    }
    if (m.kind == MENTION_NONE && end > 1) {
        /* "A senior official who spoke on condition of anonymity said": a relative clause
         * without commas between the subject and its verb */
        size_t rel = end - 1;
        while (rel > 0 && end - rel <= RELATIVE_CLAUSE_WORDS && (t[rel].flags & TOK_WORD) && !tok_relative(d, r, &t[rel]))
            rel--;
        /* (not "who oversaw the inquiry and described": a verb the relative clause holds) */
        if (rel > 0 && rel + 1 < end && tok_relative(d, r, &t[rel]) && !s->verb_end.items[end - 1] &&
            token_in(d, &t[end - 1], &r->conjunctions) < 0) {
            mention before = parse_mention_before(d, r, &s->toks, 0, rel);
            /* (a noun for a group that opens its clause with a capital: "Residents who lined up
             * outside said") */
            int group = before.kind == MENTION_NAME && before.next_tok == rel && rel == clause_start(s, rel) + 1 &&
                        token_in(d, &t[rel - 1], &r->group_nouns) >= 0;
            if ((((before.kind == MENTION_DESCRIPTION || before.kind == MENTION_ROLE) && mention_names_someone(d, r, &before)) ||
                 group) &&
                !after_preposition(d, r, s, before.start, before.kind == MENTION_DESCRIPTION))
                m = before;
        }
    }
    if (m.kind == MENTION_NONE && end > 1) {
        /* "Protesters marching through the streets chanted": the words before the verb end in a
         * phrase after a preposition */
        size_t a = clause_start(s, end);
        for (size_t k = end - 1; k > a && end - k <= 6 && (t[k].flags & TOK_WORD); k--)
            if (is_preposition(r, d, &t[k - 1])) {
                mention object = parse_mention(d, r, &s->toks, k);
                object.start = t[k].start;
                m = subject_before_phrases(d, r, s, &object);
                break;
            }
    }
    if (m.kind == MENTION_NONE) {
        /* "But observers say": a conjunction opening the clause is no part of its subject */
        size_t a = clause_start(s, end);
        while (a < end && (t[a].flags & TOK_WORD) && token_in(d, &t[a], &r->not_names) >= 0 &&
               token_in(d, &t[a], &r->group_nouns) < 0 && token_in(d, &t[a], &r->pronouns) < 0)
            a++;
        m = bare_description(d, r, s, a, end);
    }
    if (m.kind == MENTION_NONE) {
        /* "… were stymied as city staff said": a few words after a subordinator */
        size_t a = end;
        while (a > 0 && end - a < 4 && (t[a - 1].flags & TOK_LOWER) && !s->verb_end.items[a - 1] &&
               token_in(d, &t[a - 1], &r->subordinators) < 0 && token_in(d, &t[a - 1], &r->prepositions) < 0 &&
               token_in(d, &t[a - 1], &r->not_names) < 0)
            a--;
        if (a < end && a > 0 && token_in(d, &t[a - 1], &r->subordinators) >= 0) m = bare_description(d, r, s, a, end);
    }
    if (m.kind == MENTION_NONE && end > 2) m = subject_after_conjunction(d, r, s, end);
    /* "Sein Kollege Noah Berger sagte": where every noun is capitalised, a possessive's noun and
     * a first name read as one description are the name and its role */
    if (m.kind == MENTION_DESCRIPTION && rules_feature(r, FEATURE_CAPITALISED_NOUNS)) {
        mention named = name_after_possessed_noun(d, r, s, first_token_from(t, s->toks.len, m.start));
        if (named.kind == MENTION_NAME && named.next_tok == end) m = named;
    }
    return m;
}

/* Does a verb of report and its subject end at the comma toks[comma] ("…, X said,", "…, said
 * X,")? Tokens back from the comma that the search reads, at most: REPORT_BEFORE_COMMA_TOKENS. */
enum { REPORT_BEFORE_COMMA_TOKENS = 8 };
static int report_ends_right_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t comma) {
    const token *t = s->toks.items;
    for (size_t w = comma; w-- > 0 && comma - w <= REPORT_BEFORE_COMMA_TOKENS;) {
        if (punct_is(&t[w], ',') || punct_is(&t[w], ';')) return 0;
        if (!s->verb_end.items[w]) continue;
        if (s->verb_end.items[w] == comma) return 1;
        /* (someone after the verb, not its object: "has demanded enforceable ratios,") */
        mention m = phrase_after_verb(d, r, s, s->verb_end.items[w]);
        return m.next_tok == comma && (m.kind == MENTION_NAME || m.kind == MENTION_PRONOUN || m.titled);
    }
    return 0;
}

/* …there, or before the speaker's apposition that ends there ("…, said Ann Lowe, chair of the
 * transit board,"). */
static int report_ends_at(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t comma) {
    const token *t = s->toks.items;
    if (report_ends_right_at(d, r, s, comma)) return 1;
    size_t w = comma;
    while (w > 0 && comma - w <= REPORT_BEFORE_COMMA_TOKENS && !punct_is(&t[w - 1], ',') && !punct_is(&t[w - 1], ';')) w--;
    return w > 1 && w < comma && punct_is(&t[w - 1], ',') && apposition_like(d, r, s, w, comma) &&
           report_ends_right_at(d, r, s, w - 1);
}

mention cue_subject_before(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    /* ", saying that …": a participle after a comma has the main clause's subject, not the
     * object before the comma ("The union has demanded enforceable ratios, saying"); where a
     * report ends at the comma ("…, X said, adding that"), its speaker's is found below */
    /* (nor a source's verb, whose source follows: ", according to its summary,",
     * rules/<lang>/source-verbs.txt) */
    if (v > 0 && punct_is(&s->toks.items[v - 1], ',') && participle(d, r, &s->toks.items[v]) &&
        !report_ends_at(d, r, s, v - 1) && !cites_source(d, r, s, s->verb_end.items[v])) {
        mention main = cue_main_subject(d, r, s, v);
        if (main.kind != MENTION_NONE) return main;
    }
    mention m = where_impersonal_opens(d, r, s, subject_before_verb(d, r, s, v));
    return m.kind == MENTION_NONE ? subject_of_coordinated_verb(d, r, s, v) : m;
}

int cue_speaker_like(const document *d, const whosaid_rules *r, const cue_scratch *s, const mention *m, int subject) {
    if (!mention_names_someone(d, r, m)) return 0;
    if (!subject) return 1; /* after its verb: "according to the post", "said police" */
    const token *t = s->toks.items;
    /* (a body an impersonal pronoun speaks for, after a preposition of place: "Du côté de la
     * Fédération X, on rappelle", where_impersonal_opens) */
    if (m->next_tok + 1 < s->toks.len && punct_is(&t[m->next_tok], ',') &&
        token_in(d, &t[m->next_tok + 1], &r->impersonal_pronouns) >= 0)
        return 1;
    size_t k = 0;
    while (k < s->toks.len && t[k].start < m->start) k++;
    /* "in each state say": back over a determiner to the preposition */
    while (k > 0 && (token_in(d, &t[k - 1], &r->determiners) >= 0 || token_in(d, &t[k - 1], &r->articles) >= 0)) k--;
    /* (a conjunction's clause has its own subject: "The area is wooded, and Lohmar said"; so has
     * a subordinator's with its "que": ", mientras que la dirección aseguró") */
    return !(k > 0 && (t[k - 1].flags & TOK_LOWER) && token_in(d, &t[k - 1], &r->prepositions) >= 0 &&
             token_in(d, &t[k - 1], &r->subordinators) < 0 && token_in(d, &t[k - 1], &r->conjunctions) < 0 &&
             !(k > 1 && tok_linking_que(d, r, t, k - 1)));
}

/* Tokens a dateline may hold before its dash: "OTTAWA —", "BERLIN (dpa) –", "MADRID, 3 dic (EFE).-" */
enum { DATELINE_MAX_TOKENS = 10 };
/* …and the longest word in lower case it may hold: a month's abbreviation ("3 dic", "12 avr") */
enum { DATELINE_MAX_LOWER_BYTES = 4 };

size_t after_dateline(const token *t, size_t a, size_t k) {
    for (size_t i = a; i < k && i < a + DATELINE_MAX_TOKENS; i++) {
        /* (not the hyphen of a compound cut short, joined to its word: "für die Automobil- und die
         * Medizinaltechnik") */
        if (punct_is_dash(&t[i]) && i > a && t[i].cp == '-' && t[i].start == t[i - 1].end && (t[i - 1].flags & TOK_WORD) &&
            i + 1 < k && t[i + 1].start > t[i].end)
            return a;
        if (punct_is_dash(&t[i])) return i > a ? i + 1 : a;
        /* a place in capitals, a date ("3 dic"), the agency in brackets, commas and full stops */
        if ((t[i].flags & TOK_WORD) ? (t[i].flags & TOK_LOWER) && (i == a || t[i].end - t[i].start > DATELINE_MAX_LOWER_BYTES)
                                    : !(t[i].cp == '(' || t[i].cp == ')' || t[i].cp == ',' || t[i].cp == '.'))
            return a;
    }
    return a;
}

/* Does the phrase toks[a, e) open with a participle of the passive and a preposition after it
 * ("Preguntada por los periodistas, …", "Consultado sobre el caso, …": rules/<lang>/
 * passive-participle-endings.txt)? It says what was asked, not who speaks. */
static int opens_with_passive_participle(const document *d, const whosaid_rules *r, const token *t, size_t n, size_t a,
                                         size_t e) {
    if (a >= e || !(t[a].flags & TOK_CAP) || tok_first_name(d, r, &t[a]) || !tok_passive_participle(d, r, &t[a])) return 0;
    /* (or alone, where an article opens what follows its comma: "Contactée, la Région …"; not a
     * surname with such an ending before its apposition, "Delgado, portavoz del sindicato,",
     * "Dupré, qui préside …") */
    if (a + 1 == e) return e + 1 < n && punct_is(&t[e], ',') && tok_article(d, r, &t[e + 1]);
    return (t[a + 1].flags & TOK_LOWER) && token_in(d, &t[a + 1], &r->prepositions) >= 0;
}

/* Words in lower case of a role between a phrase and the name it leads to, at most. */
enum { LOWER_ROLE_WORDS = 4 };

/* "Visiblemente nervioso en algunos momentos, ha insistido en que …", "Muy molesto, dijo que
 * …": where the subject may be left out (features.txt "null-subject"), one capitalised word, no
 * first name, that opens words in lower case with no verb up to the comma before the verb at
 * toks[v] (its auxiliaries aside) opens an adjunct, and names no one. */
static int adjunct_opening(const document *d, const whosaid_rules *r, const cue_scratch *s, const mention *m, size_t v) {
    const token *t = s->toks.items;
    if (m->kind != MENTION_NAME || m->name_tokens != 1 || m->next_tok >= v || !(t[m->next_tok].flags & TOK_LOWER) ||
        !rules_feature(r, FEATURE_NULL_SUBJECT) || tok_first_name(d, r, &t[m->next_tok - 1]))
        return 0;
    size_t k = m->next_tok;
    while (k < v && (t[k].flags & TOK_WORD) && !s->verb_end.items[k] && token_in(d, &t[k], &r->auxiliaries) < 0) k++;
    if (k >= v || !punct_is(&t[k], ',')) return 0;
    for (k++; k < v; k++)
        if (!(t[k].flags & TOK_LOWER) || token_in(d, &t[k], &r->auxiliaries) < 0) return 0;
    return 1;
}

mention cue_main_subject(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {
    const token *t = s->toks.items;
    /* "WASHINGTON — Sen. Bernie Sanders defended …, saying": past a dateline, whose place is
     * in capitals (not "NATO — the alliance of 32 countries — defended …", an aside) */
    /* (or a date: "Dec 3 - Tressel Outdoor Inc cut …, saying", a capitalised word and a number
     * before the dash) */
    int dated = v > 1 && (t[0].flags & TOK_CAP) && (t[1].flags & TOK_WORD) && !(t[1].flags & (TOK_CAP | TOK_LOWER));
    size_t a = v > 0 && ((t[0].flags & TOK_ALLCAPS) || dated) ? after_dateline(t, 0, v) : 0;
    for (size_t k = a; k < v && a > 0; k++)
        if (punct_is_dash(&t[k])) a = 0;
    /* "When his family moved back, …", "At a campaign event in Ames, Iowa, on Sunday, …": past
     * opening subordinate clauses and prepositional phrases, and a place's state or country */
    for (int phrases = 0; a < v && phrases < 4; phrases++) {
        size_t e = a;
        int capitals = a > 0;
        while (e < v && !punct_is(&t[e], ',')) capitals &= (t[e++].flags & TOK_CAP) != 0;
        /* (a letter alone that is no name, before a place: "A Paris," for "À Paris,", as
         * capitals often go without their accent, rules/fr/not-names.txt) */
        int unaccented = e > a + 1 && e < v && t[a].end == t[a].start + 1 && (t[a].flags & TOK_CAP) &&
                         token_in(d, &t[a], &r->not_names) >= 0 && !tok_article(d, r, &t[a]);
        /* (…or before an article, which no name's initial is: "A la sortie,") */
        if (!(unaccented && tok_article(d, r, &t[a + 1])))
            for (size_t k = a + 1; k < e && unaccented; k++) unaccented = (t[k].flags & TOK_CAP) != 0;
        if (token_in(d, &t[a], &r->subordinators) < 0 &&
            !(token_in(d, &t[a], &r->prepositions) >= 0 && token_in(d, &t[a], &r->relatives) < 0) && !(capitals && e > a) &&
            !unaccented && !opens_with_passive_participle(d, r, t, s->toks.len, a, e))
            break;
        a = e + 1;
    }
    mention m = {0};
    if (a >= v) return m;
    m = parse_mention(d, r, &s->toks, a);
    if (adjunct_opening(d, r, s, &m, v)) return (mention){0};
    /* "Red River Air's founder and chief executive, Lorne Sigurdson, said …": a possessive
     * name owns the words after it, to which a name may stand in apposition (an organisation's
     * too: "Canberra Airport’s executive director of planning, Tim Varoudakis, rejected …") */
    if ((m.kind == MENTION_NAME || (m.kind == MENTION_ROLE && m.org)) && m.possessive) {
        mention owned = m;
        possessor_and_noun(d, r, s, &owned);
        if (owned.kind == MENTION_DESCRIPTION && name_in_apposition(d, r, s, owned.next_tok, &owned)) m = owned;
    }
    /* "Chinese foreign ministry spokeswoman Hua Chunying shot back …": a phrase cut short by
     * words in lower case that a full name follows is that name and the role before it, read
     * back from the name's end */
    if (noun_phrase(&m) && m.next_tok < v &&
        (t[m.next_tok].flags & TOK_LOWER)) {
        size_t e = m.next_tok;
        int titled = 0;
        while (e < v && e < m.next_tok + LOWER_ROLE_WORDS && (t[e].flags & TOK_LOWER) && !s->verb_end.items[e] &&
               token_in(d, &t[e], &r->verbs) < 0 && token_in(d, &t[e], &r->auxiliaries) < 0 &&
               token_in(d, &t[e], &r->prepositions) < 0)
            titled |= tok_title(d, r, &t[e++]);
        size_t f = e;
        while (f < v && (t[f].flags & TOK_CAP)) f++;
        if (titled && f > e + 1) {
            mention named = parse_mention_before(d, r, &s->toks, a, f);
            if (named.kind == MENTION_NAME && named.name_tokens >= 2 && named.start <= t[e - 1].start) m = named;
        }
    }
    /* "La maire de Grenoble, Anne Keller, a salué …": the name in apposition (a name, which
     * the cut below leaves whole) */
    /* (…past a relative clause on the description: "El médico que dirigió la captura, Julio
     * César Monterroso, detalló", "The lawyer of one of the suspects, who has not been found,
     * Rony de la Cruz, said") */
    if (!name_in_apposition(d, r, s, m.next_tok, &m) && (m.kind == MENTION_DESCRIPTION || m.kind == MENTION_ROLE) &&
        m.next_tok < v && (t[m.next_tok].flags & TOK_LOWER) && tok_relative(d, r, &t[m.next_tok])) {
        size_t c = m.next_tok + 1;
        while (c < v && c <= m.next_tok + RELATIVE_CLAUSE_WORDS && (t[c].flags & TOK_WORD)) c++;
        if (c < v && punct_is(&t[c], ',')) name_in_apposition(d, r, s, c, &m);
    }
    /* "Le syndicat des cheminots a approuvé …": whole where a verb follows it */
    int before_verb = m.next_tok < v && (s->verb_end.items[m.next_tok] || token_in(d, &t[m.next_tok], &r->auxiliaries) >= 0);
    /* (…or an apposition between it and the verb: "une ouvrière de la ligne 3, embauchée il y a
     * vingt ans, résume") */
    mention apposed = m;
    if (!before_verb && m.kind == MENTION_DESCRIPTION && m.next_tok < v && punct_is(&t[m.next_tok], ',') &&
        skip_apposition(d, r, s, m.next_tok, &apposed) == v)
        before_verb = 1;
    if (m.kind == MENTION_DESCRIPTION && a + 1 < v && !before_verb) {
        /* "his mother refused …": the determiner and the noun after it, if it names someone */
        mention head = m;
        size_t h = title_after_modifiers(d, r, t, a + 1, m.next_tok);
        head.end = head.head_end = t[h].stem_end;
        head.head_start = t[h].start;
        head.next_tok = h + 1;
        if (h > a + 1) { /* "A Manitoba judge": the modifiers and the title are the role */
            head.role_start = t[a + 1].start;
            head.role_end = t[h].stem_end;
            head.titled = 1;
        } else if (head.role_end > head.end) {
            head.role_end = head.end; /* "A judge criticized": the verb is none of the role */
        }
        m = head;
    }
    return m.next_tok < v && cue_speaker_like(d, r, s, &m, 1) ? m : (mention){0};
}

/* Nouns between a possessive and the first name it introduces, at most ("Ihr Klassenkamerad
 * Noah", "Su amiga Noelia"). */
enum { POSSESSED_NOUN_WORDS = 2 };

/* "Ihr Klassenkamerad Noah ist weniger begeistert:", "Su amiga Noelia, que la acompañaba, fue
 * más lejos:": a possessive at toks[a], a noun or two and a first name the rules know; the name's
 * mention, the nouns its role, or MENTION_NONE. News introduce a friend or a relative so, and the
 * name alone may be a first name. */
static mention name_after_possessed_noun(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, j = a + 1;
    if (j >= n || !(t[a].flags & TOK_WORD) ||
        wordset_get_folded(&r->possessives, (const char *)d->text + t[a].start, t[a].stem_end - t[a].start) < 0)
        return (mention){0};
    while (j < n && j <= a + POSSESSED_NOUN_WORDS && (t[j].flags & TOK_WORD) && !(t[j].flags & TOK_POSS) &&
           !tok_first_name(d, r, &t[j]) && !s->verb_end.items[j])
        j++;
    if (j == a + 1 || j >= n || !(t[j].flags & TOK_CAP) || !tok_first_name(d, r, &t[j])) return (mention){0};
    mention named = parse_mention(d, r, &s->toks, j);
    if (named.kind != MENTION_NAME) return (mention){0};
    named.start = t[a].start;
    if (named.role_end <= named.role_start) {
        named.role_start = t[a + 1].start;
        named.role_end = t[j - 1].end;
    }
    /* (the gender the noun shows, "su amiga", else the first name's, for one the registry may
     * not hold) */
    if (named.gender != GENDER_MALE && named.gender != GENDER_FEMALE) {
        int g = rules_gendered(r, (const char *)d->text + t[j - 1].start, t[j - 1].stem_end - t[j - 1].start);
        if (g != GENDER_MALE && g != GENDER_FEMALE)
            g = rules_first_name(r, (const char *)d->text + t[j].start, t[j].stem_end - t[j].start);
        if (g == GENDER_MALE || g == GENDER_FEMALE) named.gender = g;
    }
    return named;
}

/* Words of a predicate in lower case before a colon ("zeigte sich nachdenklich:"), and of an
 * apposition between commas after the name, at most. */
enum { COLON_PREDICATE_TOKENS = 4, COLON_APPOSITION_TOKENS = 12 };

/* Words of a predicate before a colon where nouns are in lower case too ("s'est contenté d'une
 * courte phrase :"), at most. */
enum { LOWER_PREDICATE_TOKENS = 7 };

/* "Le maire est catégorique : « … »", "La présidente de l'AMF, Catherine Roussel, est formelle :",
 * "Interrogé à la sortie, il s'est contenté d'une phrase :": where a predicate in lower case may
 * hold nouns (features.txt "predicate-colon"), the clause's subject (past opening phrases and an
 * apposition) and a predicate up to the colon at toks[e] that opens with an auxiliary or copula
 * (so a verb of the clause, not a list: "Le maire et ses adjoints :") introduce what the subject
 * says next: news set a speaker's stance before the words that show it. */
static int lower_predicate_before_colon(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e,
                                        mention *m) {
    const token *t = s->toks.items;
    if (!rules_feature(r, FEATURE_PREDICATE_COLON)) return 0;
    mention who = cue_main_subject(d, r, s, e);
    /* (a friend's or a relative's first name after a possessive and its noun, which the
     * subject's phrase reads as a description, or as none before a relative clause) */
    if (who.kind == MENTION_DESCRIPTION || who.kind == MENTION_NONE) {
        size_t a = who.kind == MENTION_NONE ? 0 : first_token_from(t, s->toks.len, who.start);
        mention named = name_after_possessed_noun(d, r, s, a);
        if (named.kind == MENTION_NAME) who = named;
    }
    if (who.kind == MENTION_NONE) return 0;
    size_t k = who.next_tok;
    /* (", Catherine Roussel," closes the name cue_main_subject took from the apposition) */
    if (k < e && punct_is(&t[k], ',')) {
        size_t past = skip_apposition(d, r, s, k, &who);
        k = past > k ? past : k + 1;
    }
    /* "Paul Verdier les a rassurés :": an object pronoun before the verb */
    if (k < e && clitic_object(d, r, t, s->toks.len, k)) k++;
    /* "Elle ne décolère pas :", "Le maire ne cache pas son agacement :": a negation
     * (rules/<lang>/negations.txt) opens a verb as well, its second word on top */
    int negated = k < e && (t[k].flags & TOK_LOWER) &&
                  wordset_get(&r->negations, (const char *)d->text + t[k].start, t[k].stem_end - t[k].start) >= 0;
    if (k >= e || e - k > LOWER_PREDICATE_TOKENS + (negated ? NEGATION_WORDS : 0) ||
        (token_in(d, &t[k], &r->auxiliaries) < 0 && token_in(d, &t[k], &r->copulas) < 0 && !negated &&
         /* (or a verb by its ending, rules/<lang>/finite-verb-endings.txt: "La ministra lanzó
          * una advertencia a la población:") */
         !tok_finite_ending(d, r, &t[k])))
        return 0;
    for (size_t w = k; w < e; w++)
        if (!(t[w].flags & TOK_WORD) || !(t[w].flags & TOK_LOWER)) return 0;
    *m = who;
    return 1;
}

/* "Auch der Aufsichtsratsvorsitzende Wolfgang Reimer zeigte sich nachdenklich: „…“", "X, seit
 * 30 Jahren Landarzt, ist skeptisch: „…“": where every noun is capitalised (features.txt
 * "capitalised-nouns"), a person's name that opens the sentence (after a listed adverb: "Auch")
 * and a predicate of words in lower case only up to the colon at toks[e] (a verb, "sich", an
 * adjective; no object, which would be a noun) introduce what that person says next. Returns 1
 * and the name's mention in *m, or 0. */
static int predicate_before_colon(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e,
                                  mention *m) {
    const token *t = s->toks.items;
    size_t a = 0;
    if (!rules_feature(r, FEATURE_CAPITALISED_NOUNS)) return lower_predicate_before_colon(d, r, s, e, m);
    if (a < e && (t[a].flags & TOK_CAP) && token_in(d, &t[a], &r->adverbs) >= 0) a++;
    mention named = parse_mention(d, r, &s->toks, a);
    mention possessed = named.kind == MENTION_NAME ? (mention){0} : name_after_possessed_noun(d, r, s, a);
    if (possessed.kind == MENTION_NAME) named = possessed;
    else if (named.kind != MENTION_NAME || (named.name_tokens < 2 && !named.titled)) return 0;
    size_t k = named.next_tok;
    if (k < e && punct_is(&t[k], ',')) { /* past an apposition between commas */
        size_t c = k + 1;
        while (c < e && c <= k + COLON_APPOSITION_TOKENS && (t[c].flags & TOK_WORD)) c++;
        if (c >= e || !punct_is(&t[c], ',')) return 0;
        k = c + 1;
    }
    if (k >= e || e - k > COLON_PREDICATE_TOKENS || !(t[k].flags & TOK_LOWER)) return 0;
    /* (an object's noun after its article or possessive too: "Auch Lkw-Fahrer Dariusz Nowak
     * schüttelte den Kopf:") */
    for (size_t w = k; w < e; w++)
        if (!(t[w].flags & TOK_LOWER) &&
            !((t[w].flags & TOK_CAP) && (t[w - 1].flags & TOK_LOWER) &&
              (tok_article(d, r, &t[w - 1]) || token_in(d, &t[w - 1], &r->possessives) >= 0)))
            return 0;
    *m = named;
    return 1;
}

int cue_linked_clause(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t g) {
    const token *t = s->toks.items;
    return g >= 2 && g <= s->toks.len && punct_is(&t[g - 2], ',') && (t[g - 1].flags & TOK_LOWER) &&
           token_in(d, &t[g - 1], &r->clause_links) >= 0 && rules_feature(r, FEATURE_NULL_SUBJECT);
}

/* Words of an aside between a reporting verb and "que" at most ("admitió, no obstante, que"). */
enum { ASIDE_WORDS = 4 };
/* Does the noun of the description m (the word after its article) name a person, a group or an
 * organisation ("une habitante", "le syndicat"), not a thing ("le sentiment général", whose
 * adjective is also a title)? */
static int noun_names_someone(const document *d, const whosaid_rules *r, const cue_scratch *s, mention m) {
    const token *t = s->toks.items;
    size_t k = 0;
    while (k < s->toks.len && t[k].start < m.start) k++;
    if (k < s->toks.len && tok_article(d, r, &t[k])) k++;
    if (k >= s->toks.len || !(t[k].flags & TOK_WORD)) return 0;
    m.head_start = t[k].start;
    m.head_end = t[k].stem_end;
    /* (a title in the plural too: "les commerçants") */
    const char *w = (const char *)d->text + t[k].start;
    size_t len = t[k].stem_end - t[k].start;
    return tok_title(d, r, &t[k]) || mention_is_someone(d, r, &m) ||
           (len > 2 && w[len - 1] == 's' && rules_plural(r, w, len) && wordset_get(&r->titles, w, len - 1) >= 0);
}

/* Words of a header line without a verb before a colon, at most. */
enum { HEADER_TOKENS = 10 };

/* "Réponse de la maire : « … »", "Même son de cloche chez les commerçants : « … »", "Statement
 * from the mayor:": a short header without a verb, ending in a preposition of
 * affiliation-prepositions.txt and a phrase that names someone up to the colon at toks[e],
 * introduces what they say. */
static int reaction_header(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e, cue *c) {
    const token *t = s->toks.items;
    if (e > HEADER_TOKENS || e < 3 || !(t[0].flags & TOK_CAP)) return 0;
    /* (not a clause: "Die Internistin beschreibt einen Fall vom Vormittag:", where every noun is
     * capitalised and adjectives stand before theirs, so that a word in lower case after the
     * phrase that opens it and no function word is its verb; "Réaction immédiate de …" has its
     * adjective after the noun) */
    mention opening = rules_feature(r, FEATURE_CAPITALISED_NOUNS) ? parse_mention(d, r, &s->toks, 0) : (mention){0};
    size_t o = opening.next_tok;
    if (opening.kind != MENTION_NONE && o > 0 && o < e && (t[o].flags & TOK_LOWER) && !is_preposition(r, d, &t[o]) &&
        !tok_connector(d, r, &t[o]) && !is_determiner(d, r, &t[o]) && token_in(d, &t[o], &r->determiners) < 0 &&
        token_in(d, &t[o], &r->possessives) < 0)
        return 0;
    for (size_t k = 1; k + 1 < e; k++) {
        if (s->verb_end.items[k] || !(t[k].flags & TOK_WORD) || !(t[k].flags & TOK_LOWER) ||
            token_in(d, &t[k], &r->affiliation_prepositions) < 0)
            continue;
        mention m = parse_mention(d, r, &s->toks, k + 1);
        if (m.kind == MENTION_NONE || m.kind == MENTION_PRONOUN || !noun_names_someone(d, r, s, m)) continue;
        if (m.next_tok != e && !(m.next_tok < e && skip_apposition(d, r, s, m.next_tok, &m) == e + 1)) continue;
        *c = (cue){CUE_COLON, 0, 0, m};
        return 1;
    }
    return 0;
}

/* Past adverbs in lower case from toks[e], the last token aside ("respondió también el alcalde"). */
static size_t past_adverbs(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t e) {
    const token *t = s->toks.items;
    while (e + 1 < s->toks.len && (t[e].flags & TOK_LOWER) && tok_adverb(d, r, &t[e])) e++;
    return e;
}

/* Words of a phrase a preposition opens before an inverted verb, at most ("Desde Arequipa"). */
enum { OPENING_PHRASE_WORDS = 5 };

/* The verb that opens the sentence in s, or s->toks.len where none does: the first word, or
 * the one after an object pronoun and the auxiliary where a name or a role follows the verb
 * ("Le respondió Lucía Moreno:", "Lui a répondu la maire :"), a verb that may have its subject
 * after it; *after is the phrase after it (past adverbs), where the first word is the verb
 * whatever that phrase is. */
static size_t opening_verb(const document *d, const whosaid_rules *r, const cue_scratch *s, mention *after) {
    const token *t = s->toks.items;
    size_t n = s->toks.len, a = 0, v;
    *after = (mention){0};
    if (n && s->verb_end.items[0]) {
        if (!inverts(d, r, s, 0)) return n;
        *after = phrase_after_verb(d, r, s, past_adverbs(d, r, s, s->verb_end.items[0]));
        return 0;
    }
    /* (or after a short phrase that a preposition opens, where the language puts words before
     * an inverted verb, features.txt "object-before-subject": "Desde Arequipa le respondió X:") */
    if (n > 3 && rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT) && token_in(d, &t[0], &r->prepositions) >= 0) {
        a = 1;
        while (a < n && a <= OPENING_PHRASE_WORDS && (t[a].flags & TOK_WORD) && !s->verb_end.items[a] &&
               !((t[a].flags & TOK_LOWER) && token_in(d, &t[a], &r->object_clitics) >= 0))
            a++;
        if (a >= n || a > OPENING_PHRASE_WORDS || !(t[a].flags & TOK_LOWER)) return n;
    }
    v = a;
    if (!s->verb_end.items[v]) {
        if (v + 2 >= n || !(t[v].flags & (a ? TOK_LOWER : TOK_CAP)) || token_in(d, &t[v], &r->object_clitics) < 0) return n;
        /* (an adverb may stand after the auxiliary: "Lui a aussitôt répliqué") */
        for (v++; v < n && v < a + 4 && !s->verb_end.items[v] && (t[v].flags & TOK_LOWER) &&
                  (token_in(d, &t[v], &r->auxiliaries) >= 0 || (v > a + 1 && tok_adverb(d, r, &t[v])));)
            v++;
    }
    if (v >= n || !s->verb_end.items[v] || !inverts(d, r, s, v)) return n;
    *after = phrase_after_verb(d, r, s, past_adverbs(d, r, s, s->verb_end.items[v]));
    return after->kind == MENTION_NAME || (after->kind == MENTION_ROLE && after->definite && !after->org) ? v : n;
}

/* Words a verb's phrase runs to before its last word, at most ("se limitó a decir"). */
enum { VERB_PHRASE_BACK = 4 };

static int cue_before(const document *d, const whosaid_rules *r, const cue_scratch *s, cue *c) {
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    if (!n) return 0;
    int colon = punct_is(&t[n - 1], ':');
    size_t e = (colon || punct_is(&t[n - 1], ',')) ? n - 1 : n;
    /* "sagte ein Kranführer, der seit 22 Jahren im Hafen arbeitet: »…«": a relative clause
     * between the subject and the colon belongs to the subject's phrase */
    if (colon) {
        size_t k = e;
        while (k > 1 && e - k < RELATIVE_CLAUSE_WORDS && (t[k - 1].flags & TOK_WORD)) k--;
        /* (not one that holds the verb of report: ", who told Congress …:") */
        int reports = 0;
        for (size_t w = k; w < e; w++) reports |= s->verb_end.items[w] != 0;
        if (k > 1 && k + 1 < e && punct_is(&t[k - 1], ',') && tok_relative(d, r, &t[k]) && !(t[k + 1].flags & TOK_CAP) &&
            !reports)
            e = k - 1;
    }
    /* "Selon Élodie Marchand, économiste chez Natixis, « … »": a verb that opens the sentence,
     * its subject after it and a role in apposition up to the mark */
    mention after;
    size_t v0 = opening_verb(d, r, s, &after);
    if (e < n && v0 < n) {
        /* (the apposition may run to the colon: "Respondió Lucía Moreno, coordinadora de la
         * Plataforma: “…”", read as if the sentence ended there) */
        cue_scratch to_colon = *s;
        to_colon.toks.len = e;
        to_colon.toks.memo = NULL; /* (the answers are the whole sentence's) */
        size_t past = after.kind == MENTION_NONE || after.next_tok >= e ? 0
                      : colon ? skip_apposition(d, r, &to_colon, after.next_tok, &after) == e ? n : 0
                              : skip_apposition(d, r, s, after.next_tok, &after);
        if (after.kind != MENTION_NONE && (after.next_tok == e || past == n)) {
            *c = (cue){CUE_BEFORE, t[v0].start, t[s->verb_end.items[v0] - 1].end, after};
            return 1;
        }
    }
    /* the last verb, with at most a short complement ("in a statement") before the mark */
    for (size_t v = e; v-- > 0 && e - v <= 9;) {
        /* "Molina admitió, no obstante, que «…»": an aside set off by commas between the verb
         * and "que" */
        size_t aside = v;
        if (punct_is(&t[v], ',') && v + 1 < e && token_in(d, &t[v + 1], &r->complementisers) >= 0)
            while (aside > 1 && v - aside <= ASIDE_WORDS && (t[aside - 1].flags & TOK_WORD) && !s->verb_end.items[aside - 1])
                aside--;
        if (aside < v && aside > 1 && punct_is(&t[aside - 1], ',') && s->verb_end.items[aside - 2] == aside - 1) {
            v = aside - 1;
            continue;
        }
        if (t[v].flags & TOK_PUNCT) break;
        if (!s->verb_end.items[v]) continue;
        /* (the phrase whose last word the verb is: "se limitó a decir: «…»", not "decir") */
        for (size_t w = v; w-- > 0 && v - w <= VERB_PHRASE_BACK;)
            if (s->verb_end.items[w] == s->verb_end.items[v]) {
                v = w;
                break;
            }
        /* "beschreibt seinen Alltag so: „…“": a source word right before the mark cites no
         * one (its source would follow it, "so Kienle"); it says how, and the verb before it
         * reports */
        if (colon && s->verb_end.items[v] == e && cites_source(d, r, s, e)) continue;
        mention m = cue_subject_before(d, r, s, v);
        /* the phrase after the verb only where the verb opens its clause: "According to X,",
         * ", asks editor Jennifer Ditchburn," — not "staff explained the numbers this way:" */
        if (m.kind == MENTION_NONE && (clause_start(s, v) == v || fronted_phrase(d, r, s, v)) && inverts(d, r, s, v)) {
            /* …and only when a comma or colon closes the phrase before the quotation: "said
             * the absentee program is a “…”" reports what was said, not who said it */
            mention after = phrase_after_verb(d, r, s, s->verb_end.items[v]);
            /* (…which names someone: not "résume le sentiment général :", whose subject stands
             * before the comma) */
            if (after.kind != MENTION_NONE && after.next_tok == e && e < n &&
                (v == 0 || !punct_is(&t[v - 1], ',') || after.kind != MENTION_DESCRIPTION ||
                 !rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT) || noun_names_someone(d, r, s, after)))
                m = after;
        }
        /* ", saying: “…”": a participle after a comma has the main clause's subject */
        if (m.kind == MENTION_NONE && v > 0 && punct_is(&t[v - 1], ',') && participle(d, r, &t[v]))
            m = cue_main_subject(d, r, s, v);
        /* "Interrogée par Sud Ouest, une ouvrière de la ligne 3, embauchée il y a vingt ans,
         * résume le sentiment général :": the clause's subject, past the opening phrase and
         * the apposition */
        if (m.kind == MENTION_NONE && v > 0 && punct_is(&t[v - 1], ',') && rules_feature(r, FEATURE_OBJECT_BEFORE_SUBJECT))
            m = cue_main_subject(d, r, s, v);
        /* ", aunque advirtió de que «…»": the main clause's subject, where the language leaves
         * the second one out */
        size_t g = v;
        while (g > 0 && (t[g - 1].flags & TOK_LOWER) && token_in(d, &t[g - 1], &r->auxiliaries) >= 0) g--;
        if (m.kind == MENTION_NONE && cue_linked_clause(d, r, s, g)) m = cue_main_subject(d, r, s, g);
        /* a verb whose subject stands further back ("… and said,"): the mention stays empty */
        *c = (cue){CUE_BEFORE, t[v].start, t[s->verb_end.items[v] - 1].end, m};
        return 1;
    }
    /* "Según la presidenta de la región, Carmen Delgado, «…»", "Pour le syndicat FO, « … »": a
     * verb that opens the sentence, and the phrase after it (a name in apposition too) up to the
     * comma before the quotation */
    if (e < n && s->verb_end.items[0] && clause_start(s, 0) == 0 && inverts(d, r, s, 0)) {
        mention after = cue_phrase_after_verb(d, r, s, s->verb_end.items[0]);
        if (after.kind != MENTION_NONE && after.next_tok == e) {
            *c = (cue){CUE_BEFORE, t[0].start, t[s->verb_end.items[0] - 1].end, after};
            return 1;
        }
    }
    if (!colon) return 0;
    mention m = parse_mention(d, r, &s->toks, 0);
    if ((m.kind == MENTION_NAME || m.kind == MENTION_PRONOUN) && m.next_tok + 1 <= e) {
        size_t k = m.next_tok;
        while (k < e && tok_adverb(d, r, &t[k])) k++;
        /* (a verb that is no reporting verb before a colon: "Kasich resisted: “…”") */
        if (k + 1 == e && tok_past_tense(d, r, &t[k])) {
            *c = (cue){CUE_BEFORE, t[k].start, t[k].end, m};
            return 1;
        }
    }
    if (predicate_before_colon(d, r, s, e, &m)) {
        *c = (cue){CUE_COLON, 0, 0, m};
        return 1;
    }
    /* (an adverb capitalised to open the sentence is no one: "Dann, nach einer kurzen Pause: „…“",
     * "Danach: „…“") */
    int adverb_alone = m.kind == MENTION_NAME && m.name_tokens == 1 &&
                       wordset_get_folded(&r->adverbs, (const char *)d->text + m.name_start, m.name_end - m.name_start) >= 0;
    if (m.kind == MENTION_NAME && !adverb_alone && m.next_tok < e && punct_is(&t[m.next_tok], ',') && e - m.next_tok <= 9) {
        /* a header: "Windsor Mann, editor of The Quotable Hitchens: “…”" */
        size_t k = m.next_tok + 1;
        while (k < e && ((t[k].flags & TOK_WORD) || apposition_punct(&t[k]))) k++;
        if (k == e) {
            size_t rs = m.next_tok + 1;
            if (rs < e && is_determiner(d, r, &t[rs])) rs++; /* "a nurse in Accra" */
            if (m.role_end == m.role_start && k > rs) {
                m.role_start = t[rs].start;
                m.role_end = t[e - 1].end;
            }
            *c = (cue){CUE_COLON, 0, 0, m};
            return 1;
        }
    }
    m = parse_mention_before(d, r, &s->toks, 0, e);
    if (m.kind == MENTION_NAME && m.start == t[0].start && !(adverb_alone && m.name_tokens == 1)) {
        *c = (cue){CUE_COLON, 0, 0, m};
        return 1;
    }
    return reaction_header(d, r, s, e, c);
}

/* The first letter or digit inside the quotation's marks, or -1. */
static int32_t first_letter(const document *d, const quote *q) {
    for (size_t k = q->start; k < q->end;) {
        int32_t cp;
        k += utf8_next(d->text, q->end, k, &cp);
        if (cp >= 0 && (uc_is_letter(cp) || uc_is_digit(cp))) return cp;
    }
    return -1;
}

/* How many tokens of the window start at or after pos, counted up to most + 1. */
static size_t tokens_from(const cue_scratch *s, size_t pos, size_t most) {
    size_t n = 0;
    for (size_t k = s->toks.len; k > 0 && n <= most && s->toks.items[k - 1].start >= pos; k--) n++;
    return n;
}

/* Words between a reporting verb and a short quotation it cues, at most: "Lee said “We will
 * win.”", "Lee told reporters “No.”" */
enum { SHORT_QUOTE_CUE_GAP = 2 };

static int colon_before(const document *d, size_t pos);

/* May the few words of q be a short utterance rather than a name? They open with a capital and
 * end as a sentence does, and are not words that all open with a capital (a programme or a
 * title: “Good Morning America.”, “Today”). */
static int short_utterance(const document *d, const quote *q) {
    if (!uc_is_upper(first_letter(d, q))) return 0;
    size_t st, e = q->end;
    int32_t last = utf8_prev(d->text, e, &st);
    /* (or after a colon, where the full stop may stand outside the marks: "Juan Pérez dijo:
     * «No hay deuda».") */
    if (last != '.' && last != '!' && last != '?' && last != 0x2026 && !colon_before(d, q->open)) return 0;
    size_t words = 0, lower = 0;
    for (size_t i = q->start; i < q->end;) {
        int32_t cp;
        size_t n = utf8_next(d->text, q->end, i, &cp);
        int starts = i == q->start || d->text[i - 1] == ' ';
        if (starts && cp >= 0 && uc_is_letter(cp)) {
            words++;
            lower += !uc_is_upper(cp);
        }
        i += n;
    }
    return words == 1 || lower > 0;
}

/* Does quotation qi open the sentence right after the one where quotation qi - 1, in the same
 * paragraph, ends with a cue after it ("“…,” she said. “We ran.”")? */
static int continues_cued(const segments *seg, const quote_vec *quotes, const cue *out, size_t qi) {
    if (qi == 0 || out[qi - 1].form != CUE_AFTER || quotes->items[qi - 1].type != WHOSAID_DIRECT) return 0;
    const quote *prev = &quotes->items[qi - 1], *q = &quotes->items[qi];
    size_t prev_end = quote_end_sent(seg, prev);
    return q->sent == prev_end + 1 && seg->sents.items[q->sent].para == seg->sents.items[prev_end].para &&
           q->open == seg->sents.items[q->sent].start && out[qi - 1].verb_start > prev->close_end;
}

/* Do toks[a, e), after the comma that follows an incise's speaker, tell of the speaker rather
 * than go on with the speech: an age, a relative clause, a preposition's phrase, a title, or an
 * article's phrase with no verb ("45 ans", "qui dirige …", "avant de quitter la salle", "la voix
 * tremblante", "le maire")? Not a conjunction, a pronoun or a clause: "…, raconte Claire Morin,
 * et nous sommes partis", "…, assure X, ni pour le ministre ni …", "…, dit X, nous partons". */
static int narrator_after_speaker(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t a, size_t e) {
    const token *t = s->toks.items;
    int number = !(t[a].flags & (TOK_LOWER | TOK_CAP));
    if (!(t[a].flags & TOK_LOWER) && !number) return 0;
    if (token_in(d, &t[a], &r->conjunctions) >= 0 || token_in(d, &t[a], &r->pronouns) >= 0) return 0;
    /* (or a participle's clause of how they were met: ", jointe par Le Figaro en fin de journée.") */
    if (number || tok_relative(d, r, &t[a]) || tok_title(d, r, &t[a]) || token_in(d, &t[a], &r->prepositions) >= 0 ||
        tok_bare_participle(d, r, t, e, a))
        return 1;
    if (!tok_article(d, r, &t[a])) return 0;
    for (size_t w = a + 1; w < e; w++)
        if (s->verb_end.items[w] || token_in(d, &t[w], &r->auxiliaries) >= 0 || token_in(d, &t[w], &r->verbs) >= 0 ||
            ((t[w].flags & TOK_LOWER) && tok_finite_ending(d, r, &t[w])))
            return 0;
    return 1;
}

/* Tokens of speech an incise inside the marks must have on either side, at least; words after
 * the cue of a dialogue's aside before its closing dash, at most. */
enum { INCISE_SPEECH_TOKENS = 2, ASIDE_CIRCUMSTANCE_TOKENS = 10 };
/* Words the narrator may say of an incise's speaker after it, up to the full stop, at most. */
enum { APPOSITION_IN_INCISE_TOKENS = 14 };

/* "« Nous avons tenu nos promesses, explique Jean Dupuis. Le reste viendra. »", "«Tenemos
 * quirófanos parados —explicó Landa— porque …»": a cue after a comma or a long dash inside the
 * quotation's marks (after two words of speech at least, or one before a dialogue's dash: "—Sí
 * —dijo Ana López—. Lo veremos."), whose incise ends at a full stop, a comma or a dash with
 * speech after it, cues the quotation; the speech on either side of it is a record of its own
 * (q->aside, q->resume), as a quotation that the attribution interrupts between two pairs of
 * marks is. 1 and the cue in *c, 0, or -1 (no memory). */
static int inner_incise(const document *d, const whosaid_rules *r, const segments *seg, const kept_tokens *kept,
                        quote *q, cue_scratch *s, cue *c) {
    if (sentence_window(d, r, seg, kept, q->sent, q->start, q->end, 0, s) != 0) return -1;
    const token *t = s->toks.items;
    size_t n = s->toks.len;
    for (size_t k = 1; k + INCISE_SPEECH_TOKENS < n; k++) {
        if (!(punct_is(&t[k], ',') && k >= INCISE_SPEECH_TOKENS) && !punct_is_long_dash(&t[k])) continue;
        cue found;
        /* (a verb alone only in a dialogue's aside: "—El fuego no está controlado —explicó—. Si …") */
        if (!cue_after(d, r, s, k, AFTER_SAME_SENTENCE, &found) || found.form != CUE_AFTER || found.who.weak ||
            (found.who.kind == MENTION_NONE && !punct_is_long_dash(&t[k])))
            continue;
        /* (not the speaker of the quotation saying it: "I just said, …"; nor a description
         * before its verb: "If the current trend lines continue, …") */
        if ((found.who.kind == MENTION_PRONOUN && found.who.gender == GENDER_FIRST) ||
            (found.who.kind == MENTION_DESCRIPTION && found.who.start < found.verb_start))
            continue;
        /* (its verb or its speaker opens it, maybe after an auxiliary or an object pronoun: ",
         * a-t-il expliqué", ", se souvient-il", "—le responde la maestra"; not ", and Bernie did
         * what he said.", speech) */
        size_t first = k + 1;
        while (first < n && first < k + 3 && t[first].start < found.verb_start && (t[first].flags & TOK_LOWER) &&
               (token_in(d, &t[first], &r->auxiliaries) >= 0 || token_in(d, &t[first], &r->object_clitics) >= 0))
            first++;
        if (found.verb_start != t[first].start && found.who.start != t[first].start) continue;
        /* (the incise closed right after its cue, which opens after the comma or the dash: an
         * incise, not a clause of the speech that goes on) */
        size_t past = found.verb_end > found.who.end ? found.verb_end : found.who.end, e = k + 1;
        while (e < n && t[e].start < past) e++;
        /* (a dialogue's aside may go on after its cue up to the dash that closes it: "—Aquí he
         * pasado más horas que en mi casa —dice Remedios Alcántara mientras enciende las
         * luces—. Mi marido …") */
        if (punct_is_long_dash(&t[k]) && found.who.kind != MENTION_NONE)
            for (size_t w = e, from = e; w < n && w < from + ASIDE_CIRCUMSTANCE_TOKENS && (t[w].flags & TOK_WORD); w++)
                if (w + 1 < n && punct_is_long_dash(&t[w + 1])) e = w + 1;
        if (e + INCISE_SPEECH_TOKENS >= n || !(punct_is(&t[e], '.') || punct_is(&t[e], ',') || punct_is_dash(&t[e])))
            continue;
        /* (so may the narrator's words about the speaker, up to a full stop or the aside's dash:
         * "…, explique Jean Dupuis, le maire. Le reste …", ", 45 ans.", ", qui dirige
         * l'association.", ", avant de quitter la salle.", "—dijo Ana López, vecina de Hoyos—. Lo
         * …") */
        size_t comma = e; /* (the comma after the incise's cue, where one follows) */
        mention apposed = {0};
        if (punct_is(&t[e], ',') && found.who.kind == MENTION_NAME) {
            size_t w = e + 1;
            while (w < n && w < e + 1 + APPOSITION_IN_INCISE_TOKENS && (t[w].flags & TOK_WORD)) w++;
            if (w > e + 1 && w + INCISE_SPEECH_TOKENS < n && (punct_is(&t[w], '.') || punct_is_long_dash(&t[w])) &&
                narrator_after_speaker(d, r, s, e + 1, w)) {
                apposed = parse_mention(d, r, &s->toks, e + 1);
                if (apposed.next_tok != w) apposed.kind = MENTION_NONE;
                e = w;
            }
        }
        /* (a role is the incise's own: the speech after its comma is none, "…, explique Jean
         * Dupuis, et nous sommes partis …", nor are the narrator's words there, ", 45 ans.") */
        if (found.who.role_end > found.who.role_start && found.who.role_start >= t[comma].start)
            found.who.role_start = found.who.role_end = found.who.start;
        /* (an apposition that is a titled role is the speaker's, which the registry, reading it
         * inside the quotation's marks, does not give: "…, tempête Firmin Choulat, président
         * de l’Amicale des pêcheurs de la haute vallée de l’Allaine. …") */
        if ((apposed.kind == MENTION_ROLE || apposed.kind == MENTION_DESCRIPTION) && apposed.titled && !apposed.org &&
            apposed.role_end > apposed.role_start && found.who.role_end == found.who.role_start) {
            found.who.role_start = apposed.role_start;
            found.who.role_end = apposed.role_end;
        }
        *c = found;
        /* (two records where speech stands on both sides: not "« Nous partons, dit Paul…»") */
        quote rest = *q;
        rest.start = (uint32_t)text_past_aside_end(d, t[e].end, q->end);
        if (first_letter(d, &rest) >= 0) {
            q->aside = (uint32_t)text_trim_space(d, q->start, t[k].start);
            q->resume = rest.start;
        }
        return 1;
    }
    return 0;
}

/* byte pos, back over white space (no-break spaces too). */
static size_t back_over_space(const document *d, size_t pos) {
    size_t at;
    while (pos > 0 && uc_is_space(utf8_prev(d->text, pos, &at))) pos = at;
    return pos;
}

/* Does a colon after a word in lower case stand right before byte pos, white space aside ("Her
 * verdict: “…”", "Son bilan : « … »"; not a heading's, "ANALYST'S VIEWPOINT: “…”")? */
static int colon_before(const document *d, size_t pos) {
    pos = back_over_space(d, pos);
    if (pos < 2 || d->text[pos - 1] != ':') return 0;
    pos = back_over_space(d, pos - 1);
    size_t at;
    return pos > 0 && uc_is_lower(utf8_prev(d->text, pos, &at));
}

int find_cues(const document *d, const whosaid_rules *r, const segments *seg, const kept_tokens *kept,
              quote_vec *quotes, cue *out, cue_scratch *s) {
    for (size_t qi = 0; qi < quotes->len; qi++) {
        quote *q = &quotes->items[qi];
        memset(&out[qi], 0, sizeof out[qi]);
        /* a few words that open with a capital right after a verb and its speaker are speech, not
         * scare quotes: "Lee said “We will win.”" (mark_partial_quotes makes it direct) */
        int short_speech = q->type == WHOSAID_SCARE && short_utterance(d, q);
        if (q->type != WHOSAID_DIRECT && !short_speech) continue;
        /* (a title in quotation marks may stand before the speaker: "», a expliqué aux « Echos »
         * son PDG") */
        size_t next = qi + 1;
        while (next < quotes->len && (quotes->items[next].type & (WHOSAID_TITLE | WHOSAID_SCARE))) next++;
        size_t next_open = next < quotes->len ? quotes->items[next].open : d->len;
        if (q->closed && !short_speech) {
            size_t end_sent = quote_end_sent(seg, q);
            const sentence *snt = &seg->sents.items[end_sent];
            size_t a = q->close_end, b = snt->end;
            enum window_kind kind = AFTER_SAME_SENTENCE;
            size_t window_sent = end_sent;
            /* (the full stop after the closing mark, as Spanish puts it: "«…». Así lo cuenta …") */
            if (b <= a + 1 && b > a && d->text[a] == '.') b = a;
            if (b <= a && end_sent + 1 < seg->sents.len) {
                const sentence *next = &seg->sents.items[++window_sent];
                a = next->start;
                b = next->end;
                kind = next->para == snt->para ? AFTER_NEXT_SENTENCE : AFTER_DASH_LINE;
            }
            if (b > next_open) b = next_open;
            /* "“…,” she said. “We ran.” Her neighbour agreed.": a quotation that goes on from the
             * one just before, cued in its own sentence, is hers; the next sentence's name
             * introduces what follows it */
            if (kind == AFTER_NEXT_SENTENCE && continues_cued(seg, quotes, out, qi)) b = a;
            /* "Ihre Bilanz: „…“ Oberland Strom erklärte, man werde …": one that a colon introduced is not
             * cued by the next sentence's subject and verb */
            if (kind == AFTER_NEXT_SENTENCE && colon_before(d, q->open)) b = a;
            if (b > a) {
                if (sentence_window(d, r, seg, kept, window_sent, a, b, 0, s) != 0) return -1;
                if (cue_after(d, r, s, 0, kind, &out[qi])) continue;
            }
        }
        const sentence *snt = &seg->sents.items[q->sent];
        size_t a = snt->start;
        if (qi > 0 && quotes->items[qi - 1].close_end > a) a = quotes->items[qi - 1].close_end;
        if (a < q->open) {
            if (sentence_window(d, r, seg, kept, q->sent, a, q->open, 1, s) != 0) return -1;
            /* "promises to “bring the harbour back”", "called for “a pause”": a fragment that is
             * a preposition's object is the writer's sentence, not a quotation the verb cues */
            const token *last = s->toks.len ? &s->toks.items[s->toks.len - 1] : NULL;
            if (last && (last->flags & TOK_LOWER) && token_in(d, last, &r->fragment_prepositions) >= 0 &&
                uc_is_lower(first_letter(d, q)))
                continue;
            cue_before(d, r, s, &out[qi]);
            /* "said on “Morning Joe.”": the object of a preposition is no utterance */
            if (short_speech && (out[qi].form != CUE_BEFORE || out[qi].who.kind == MENTION_NONE ||
                                 tokens_from(s, out[qi].verb_end, SHORT_QUOTE_CUE_GAP) > SHORT_QUOTE_CUE_GAP ||
                                 (last && is_preposition(r, d, last))))
                memset(&out[qi], 0, sizeof out[qi]);
        } else if (q->sent > 0 && !short_speech && colon_before(d, q->open) &&
                   (qi == 0 || quotes->items[qi - 1].close_end <= seg->sents.items[q->sent - 1].start) &&
                   seg->sents.items[q->sent - 1].para + 1 == snt->para) {
            /* "El funcionario hizo además un llamado a la población:" and the quotation opening
             * the next paragraph: the sentence the colon ends introduces it */
            const sentence *intro = &seg->sents.items[q->sent - 1];
            if (sentence_window(d, r, seg, kept, q->sent - 1, intro->start, intro->end, 1, s) != 0) return -1;
            cue_before(d, r, s, &out[qi]);
        }
        /* (…and one a colon opens without a verb before it: "… lo vivió en primera persona:
         * «Yo tuve que irme —recuerda—. Si …»", whose incise cues it and splits it; the colon's
         * subject is the incise's, attribute.c colon_subject) */
        if ((out[qi].form == CUE_NONE || (out[qi].form == CUE_COLON && out[qi].verb_end == out[qi].verb_start)) &&
            q->closed && !short_speech) {
            int rc = inner_incise(d, r, seg, kept, q, s, &out[qi]);
            if (rc < 0) return -1;
        }
    }
    return 0;
}

/* A word or two with the comma inside the marks, inside a sentence and with no cue: a quoted
 * word in a list (“ambassador,” “attack,” and “Benghazi”), not speech. */
static int quoted_words_in_a_list(const document *d, const segments *seg, const quote *q) {
    size_t words = 0, e = q->end;
    while (e > q->start && d->text[e - 1] == ' ') e--;
    if (e == q->start || d->text[e - 1] != ',') return 0;
    for (size_t k = q->start; k < e; k++)
        if (d->text[k] == ' ' && k > q->start && d->text[k - 1] != ' ') words++;
    if (words + 1 > 2) return 0;
    size_t from = seg->sents.items[q->sent].start, at = q->open;
    while (at > from && (d->text[at - 1] == ' ' || d->text[at - 1] == '\n')) at--;
    return at > from && d->text[at - 1] != ':';
}

void mark_partial_quotes(const document *d, const segments *seg, quote_vec *quotes, const cue *cues) {
    for (size_t i = 0; i < quotes->len; i++) {
        quote *q = &quotes->items[i];
        if (q->type == WHOSAID_SCARE && cues[i].form == CUE_BEFORE) q->type = WHOSAID_DIRECT; /* see find_cues */
        if (q->type != WHOSAID_DIRECT || cues[i].form != CUE_NONE) continue;
        int32_t first = first_letter(d, q);
        if (quoted_words_in_a_list(d, seg, q)) {
            q->type = WHOSAID_SCARE;
            continue;
        }
        if (first < 0 || !uc_is_lower(first)) continue;
        /* what stands before the opening mark in its sentence: a word, not , : or nothing */
        size_t from = seg->sents.items[q->sent].start, at = q->open, st;
        int32_t before = -1;
        while (at > from) {
            before = utf8_prev(d->text, at, &st);
            if (before < 0 || !uc_is_space(before)) break;
            at = st;
            before = -1;
        }
        if (before >= 0 && (uc_is_letter(before) || uc_is_digit(before))) q->type = WHOSAID_PARTIAL;
    }
}
