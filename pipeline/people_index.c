/* people_index.c: indexes over a document's registry of people.
 *
 * The look-ups in people.c ask "which person, among those that fit, was mentioned last before
 * this point?". Scanning every mention for every quotation is quadratic on a long document with
 * many names and quotations, so the registry keeps:
 *   - a map from surname to the people with it (newest first), filled as people are added;
 *   - per person, its mentions in document order;
 *   - per word of a role, the mentions of the people whose role holds that word;
 *   - the subject mentions, and the mentions per gender.
 * Each answer is then a binary search in a sorted list of mention indexes. The answers are the
 * scans' answers exactly; where the index cannot give one (mentions out of order, a gender
 * value it does not list, a NUL in a role word) people.c scans as before. */
#include <string.h>
#include <strings.h>

#include "people.h"

#define NONE ((size_t)-1)

static size_t fold_byte(unsigned char c, int fold) { return fold && c >= 'A' && c <= 'Z' ? c + 32u : c; }

static size_t key_hash(const unsigned char *s, size_t n, int fold) {
    size_t h = 1469598103934665603u;
    for (size_t i = 0; i < n; i++) h = (h ^ fold_byte(s[i], fold)) * 1099511628211u;
    return h ^ n;
}

static int key_eq(const unsigned char *a, const unsigned char *b, size_t n, int fold) {
    return fold ? strncasecmp((const char *)a, (const char *)b, n) == 0 : memcmp(a, b, n) == 0;
}

/* The key index of text[start, start + len), added when create is set; NONE when absent. */
static size_t key_find(key_map *m, const document *d, size_t start, size_t len, int create) {
    if (create && (m->keys.len + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        size_t *slots = calloc(cap, sizeof *slots);
        if (!slots) return NONE;
        for (size_t k = 0; k < m->keys.len; k++) {
            size_t i = key_hash(d->text + m->keys.items[k].start, m->keys.items[k].len, m->fold) & (cap - 1);
            while (slots[i]) i = (i + 1) & (cap - 1);
            slots[i] = k + 1;
        }
        free(m->slots);
        m->slots = slots;
        m->cap = cap;
    }
    if (!m->cap) return NONE;
    size_t i = key_hash(d->text + start, len, m->fold) & (m->cap - 1);
    for (; m->slots[i]; i = (i + 1) & (m->cap - 1)) {
        const person_key *k = &m->keys.items[m->slots[i] - 1];
        if (k->len == len && key_eq(d->text + k->start, d->text + start, len, m->fold)) return m->slots[i] - 1;
    }
    if (!create) return NONE;
    person_key k = {start, len};
    if (VEC_PUSH(&m->keys, k) != 0) return NONE;
    m->slots[i] = m->keys.len;
    return m->keys.len - 1;
}

static void key_map_clear(key_map *m) {
    if (m->slots) memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->keys.len = 0;
}

static void key_map_free(key_map *m) {
    free(m->slots);
    m->slots = NULL;
    m->cap = 0;
    VEC_FREE(&m->keys);
}

void people_index_clear(people_index *idx) {
    key_map_clear(&idx->surnames);
    key_map_clear(&idx->role_words);
    idx->role_words.fold = 1;
    idx->surname_head.len = idx->person_prev.len = 0;
    idx->ready = 0;
}

void people_index_free(people_index *idx) {
    key_map_free(&idx->surnames);
    key_map_free(&idx->role_words);
    VEC_FREE(&idx->surname_head);
    VEC_FREE(&idx->person_prev);
    VEC_FREE(&idx->pm_first);
    VEC_FREE(&idx->pm_list);
    VEC_FREE(&idx->rw_first);
    VEC_FREE(&idx->rw_list);
    VEC_FREE(&idx->rk_first);
    VEC_FREE(&idx->rk_list);
    VEC_FREE(&idx->subjects);
    for (int g = 0; g < PEOPLE_GENDERS; g++) {
        VEC_FREE(&idx->by_gender[g]);
        VEC_FREE(&idx->subj_by_gender[g]);
    }
}

int people_index_add_person(people_index *idx, const document *d, size_t p, size_t surname_start, size_t surname_end) {
    size_t k = key_find(&idx->surnames, d, surname_start, surname_end - surname_start, 1);
    if (k == NONE) return -1;
    while (idx->surname_head.len <= k)
        if (VEC_PUSH(&idx->surname_head, NONE) != 0) return -1;
    while (idx->person_prev.len <= p)
        if (VEC_PUSH(&idx->person_prev, NONE) != 0) return -1;
    idx->person_prev.items[p] = idx->surname_head.items[k];
    idx->surname_head.items[k] = p;
    return 0;
}

size_t people_index_first_with_surname(const people_index *idx, const document *d, size_t start, size_t end) {
    size_t k = key_find((key_map *)&idx->surnames, d, start, end - start, 0);
    return k == NONE ? NONE : idx->surname_head.items[k];
}

/* Resizes v to n items (contents unspecified). */
static int resize(void **items, size_t *len, size_t *cap, size_t elem, size_t n) {
    if (n > *cap && vec_grow_(items, cap, elem, n) != 0) return -1;
    *len = n;
    return 0;
}
#define RESIZE(v, n) resize((void **)&(v)->items, &(v)->len, &(v)->cap, sizeof *(v)->items, (n))

/* Counting sort of the mention indexes into groups, in document order within each: the groups of
 * mention i are those of its person p, glist[gfirst[p] .. gfirst[p + 1]) (or just p). */
static int group_mentions(const registry *reg, size_t ngroups, const size_t *gfirst, const size_t *glist,
                          size_vec *first, size_vec *list) {
    size_t nm = reg->mentions.len;
    if (RESIZE(first, ngroups + 1) != 0) return -1;
    memset(first->items, 0, (ngroups + 1) * sizeof *first->items);
    size_t total = 0;
    for (size_t i = 0; i < nm; i++) {
        size_t p = reg->mentions.items[i].person;
        for (size_t j = gfirst ? gfirst[p] : p; j < (gfirst ? gfirst[p + 1] : p + 1); j++) {
            first->items[(glist ? glist[j] : j) + 1]++;
            total++;
        }
    }
    for (size_t g = 0; g < ngroups; g++) first->items[g + 1] += first->items[g];
    if (RESIZE(list, total) != 0) return -1;
    /* fill, using first[g] as the cursor, then shift back */
    for (size_t i = 0; i < nm; i++) {
        size_t p = reg->mentions.items[i].person;
        for (size_t j = gfirst ? gfirst[p] : p; j < (gfirst ? gfirst[p + 1] : p + 1); j++)
            list->items[first->items[glist ? glist[j] : j]++] = i;
    }
    for (size_t g = ngroups; g > 0; g--) first->items[g] = first->items[g - 1];
    first->items[0] = 0;
    return 0;
}

int people_index_finish(registry *reg, const document *d) {
    people_index *idx = &reg->idx;
    idx->ready = 0;
    size_t nm = reg->mentions.len, np = reg->people.len;
    for (size_t i = 1; i < nm; i++)
        if (reg->mentions.items[i - 1].pos >= reg->mentions.items[i].pos) return 0; /* scan instead */
    for (size_t i = 0; i < nm; i++)
        if (reg->mentions.items[i].person >= np) return 0;
    /* mentions by person */
    if (group_mentions(reg, np, NULL, NULL, &idx->pm_first, &idx->pm_list) != 0) return -1;
    /* role words of each person, then mentions by role word */
    idx->rk_list.len = 0;
    if (RESIZE(&idx->rk_first, np + 1) != 0) return -1;
    for (size_t p = 0; p < np; p++) {
        const person *ps = &reg->people.items[p];
        idx->rk_first.items[p] = idx->rk_list.len;
        for (size_t i = ps->role_start; i < ps->role_end;) {
            size_t e = i;
            while (e < ps->role_end && d->text[e] != ' ') e++;
            /* a word holding a NUL never equals a role noun's head (see registry_resolve_role) */
            if (e > i && !memchr(d->text + i, 0, e - i)) {
                size_t k = key_find(&idx->role_words, d, i, e - i, 1);
                if (k == NONE || VEC_PUSH(&idx->rk_list, k) != 0) return -1;
            }
            i = e + 1;
        }
    }
    idx->rk_first.items[np] = idx->rk_list.len;
    if (group_mentions(reg, idx->role_words.keys.len, idx->rk_first.items, idx->rk_list.items, &idx->rw_first,
                       &idx->rw_list) != 0)
        return -1;
    /* subjects, and mentions by gender */
    idx->subjects.len = 0;
    for (int g = 0; g < PEOPLE_GENDERS; g++) idx->by_gender[g].len = idx->subj_by_gender[g].len = 0;
    for (size_t i = 0; i < nm; i++) {
        const person_mention *pm = &reg->mentions.items[i];
        int g = reg->people.items[pm->person].gender;
        if (g < 0 || g >= PEOPLE_GENDERS) return 0; /* scan instead */
        if (VEC_PUSH(&idx->by_gender[g], i) != 0) return -1;
        if (pm->subject && (VEC_PUSH(&idx->subjects, i) != 0 || VEC_PUSH(&idx->subj_by_gender[g], i) != 0)) return -1;
    }
    idx->ready = 1;
    return 0;
}

size_t people_index_count_before(const registry *reg, const size_t *list, size_t n, size_t pos) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (reg->mentions.items[list[mid]].pos < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

const size_t *people_index_role_mentions(const registry *reg, const document *d, size_t start, size_t end,
                                         size_t *n) {
    const people_index *idx = &reg->idx;
    *n = 0;
    if (!idx->ready || end <= start || memchr(d->text + start, 0, end - start)) return NULL;
    size_t k = key_find((key_map *)&idx->role_words, d, start, end - start, 0);
    static const size_t nobody[1] = {0};
    if (k == NONE) return nobody; /* n = 0 */
    *n = idx->rw_first.items[k + 1] - idx->rw_first.items[k];
    return idx->rw_list.items + idx->rw_first.items[k];
}
