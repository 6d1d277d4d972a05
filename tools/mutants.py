#!/usr/bin/env python3
"""Mutation check of the attribution mechanisms: switches each one off in a copy of the sources
(one edit each, below), builds the copy, runs the tests that judge attribution, and says which
tests catch it. A mechanism whose breakage no test catches is untested.

    tools/mutants.py [NAME-SUBSTRING...]

Run by hand (a few minutes); it needs ../shared beside the checkout for the devsets and speakers
tests, and a copy of the tree under a temporary folder (removed afterwards).
"""
import os, shutil, subprocess, sys, tempfile
SRC = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TMP = tempfile.mkdtemp(prefix="whosaid-mutants-")
WORK = os.path.join(TMP, "tree")
if os.path.isdir(os.path.join(SRC, "..", "shared")):
    os.symlink(os.path.abspath(os.path.join(SRC, "..", "shared")), os.path.join(TMP, "shared"))
M = [
 ("continuation across another subject", 'pipeline/attribute.c',
  "if (near_prev && !registry_other_named(reg, prev->person, gap, q->open)) {", "if (near_prev) {"),
 ("pronoun gender ignored", 'pipeline/attribute.c',
  "salient(reg, seg, m->start, ENTITY_PERSON, m->gender, 1, 0, prev, prevq, a)", "salient(reg, seg, m->start, ENTITY_PERSON, 0, 1, 0, prev, prevq, a)"),
 ("partial quotations written as direct", 'pipeline/cues.c',
  "void mark_partial_quotes(const document *d, const segments *seg, quote_vec *quotes, const cue *cues) {",
  "void mark_partial_quotes(const document *d, const segments *seg, quote_vec *quotes, const cue *cues) {\n    if (quotes) return;"),
 ("salience off: every sentence back weighs the same", 'pipeline/salience.c',
  "#define SALIENCE_DECAY 0.15f", "#define SALIENCE_DECAY 1.0f"),
 ("salience off: subjects weigh as any mention", 'pipeline/salience.c',
  "float w = pm->subject == SUBJECT_OF_VERB ? 3.0f : pm->subject == SUBJECT_FIRST ? 2.0f : 1.0f;", "float w = 1.0f;"),
 ("definite descriptions never resolved", 'pipeline/attribute.c',
  "    const whosaid_rules *r = reg->rules;\n    size_t w = first_word_end(d, m->start, m->end);",
  "    const whosaid_rules *r = reg->rules;\n    if (r) return NO_PERSON;\n    size_t w = first_word_end(d, m->start, m->end);"),
 ("organisations not registered", 'pipeline/people.c',
  "if (register_org(reg, &c, &m, rank, &p) != 0) return -1;", "p = NO_PERSON;"),
 ("possessive statement as a description", 'pipeline/names.c',
  "if (token_in(d, &t[i + 1], &r->document_nouns) >= 0) {", "if (0) {"),
 ("first names alone not resolved", 'pipeline/people.c',
  "    if (!reg->first_buckets.len || e <= s) return NO_PERSON;", "    if (reg) return NO_PERSON;"),
 ("surnames that are words never names", 'pipeline/names.c',
  "    mention m = {0};\n    const token *t = &toks->items[i];\n    if (i >= toks->len", "    mention m = {0};\n    if (toks) return m;\n    const token *t = &toks->items[i];\n    if (i >= toks->len"),
 ("every line prose", 'pipeline/segment.c', "p.prose = is_prose(d, r, &p);", "p.prose = 1;"),
 ("inverted subject after told/saying", 'pipeline/cues.c',
  "static int inverts(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {",
  "static int inverts(const document *d, const whosaid_rules *r, const cue_scratch *s, size_t v) {\n    if (s) return 1;"),
 ("first name does not start the name", 'pipeline/names.c',
  "    for (size_t k = a + 1; k + 1 < e && !(a > j && tok_connector(d, r, &t[a - 1])); k++)",
  "    for (size_t k = e; k + 1 < e; k++)"),
 ("no role in lower case before a name", 'pipeline/roles.c',
  "    if (i == 0 || !(t[i - 1].flags & TOK_LOWER) || !tok_title_head(d, r, &t[i - 1])) return 0;",
  "    if (toks) return 0;"),
 ("no role from appositions", 'pipeline/roles.c',
  "    if (k + 1 >= n || !(t[k].flags & TOK_PUNCT) || (t[k].cp != ',' && !is_dash(&t[k]))) return 0;", "    if (n) return 0;"),
 ("role of a cue not carried to the person", 'pipeline/people.c',
  "    if (m->role_end > m->role_start && ps->kind == ENTITY_PERSON && ps->role_end == ps->role_start) {",
  "    if (0) {"),
 ("roles read inside quotations", 'pipeline/people.c',
  "        if (m->role_end > m->role_start && !quoted) {", "        if (m->role_end > m->role_start) {"),
 ("gender never written", 'pipeline/record.c',
  "static whosaid_value f_gender(const whosaid_record *r) {", "static whosaid_value f_gender(const whosaid_record *r) {\n    if (r) return null_value;"),
 ("groups resolved like one person", 'pipeline/attribute.c',
  "    if (head_in(d, m, &r->document_nouns) || head_in(d, m, &r->group_nouns) || (rules_plural(r, head, n) && one < 0))\n        return NO_PERSON;",
  "    if (head_in(d, m, &r->document_nouns))\n        return NO_PERSON;"),
 ("sentence openers kept in names", 'pipeline/names.c',
  "    if (a + 1 < e && a == j && !tok_first_name(d, r, &t[a]) &&", "    if (0 && a + 1 < e && a == j && !tok_first_name(d, r, &t[a]) &&"),
 ("participle without the main clause's subject", 'pipeline/cues.c',
  "            m = cue_main_subject(d, r, s, v);", "            m = m;"),
 ("a name before a phrase of where it works not the subject", 'pipeline/cues.c',
  "        if (affiliated && k < v && m.start > t[k].start) {", "        if (0) {"),
 ("a subject before phrases and participles never found", 'pipeline/cues.c',
  "    size_t pos = last->start;", "    size_t pos = last->start;\n    if (pos || !pos) return none;"),
 ("a group word opening the sentence no speaker", 'pipeline/cues.c',
  "    int group_alone = v == a + 1", "    int group_alone = 0 && v == a + 1"),
 ("organisations named for a place read as people", 'pipeline/names.c',
  "token_in(d, &t[last - 1], &r->places) >= 0", "0"),
 ("a description gives no role", 'pipeline/attribute.c',
  "                role_from_description(d, reg->rules, m, a);", "                ;"),
 ("an affiliation gives no role", 'pipeline/cues.c',
  "    if (who->role_end > who->role_start || !named_org", "    if (1 || who->role_end > who->role_start || !named_org"),
 ("occupations unknown by their endings", 'pipeline/attribute.c',
  'rules_longest_ending(&r->person_endings, head, n); /* "the retired machinist" */', '0;'),
 ("places registered as someone", 'pipeline/people.c',
  "            if (m.kind == MENTION_NAME && mention_is_place(d, r, toks, i, &m)) {", "            if (0) {"),
 ("a description's role not carried to later quotes", 'pipeline/attribute.c',
  "    carry_role(st, reg, a);", "    (void)carry_role;"),
 ("'it' not an organisation", 'pipeline/attribute.c',
  "p = m->gender == GENDER_NEUTER ? salient(reg, seg, m->start, ENTITY_ORG, 0, 0, 0, prev, prevq, a)",
  "p = m->gender == GENDER_NEUTER ? NO_PERSON"),
 ("short quotations after a verb left as scare quotes", 'pipeline/cues.c',
  "        if (q->type == WHOSAID_SCARE && cues[i].form == CUE_BEFORE) q->type = WHOSAID_DIRECT;", ""),
 ("a description before a name in commas gives no role", 'pipeline/cues.c',
  "(before.kind == MENTION_DESCRIPTION && before.role_end == before.role_start)", "0"),
 ("a participle's long phrase hides the subject before it", 'pipeline/cues.c',
  "LONG_PHRASE_TOKENS = 24", "LONG_PHRASE_TOKENS = 12"),
 ("a subject after an opening phrase without a comma not found", 'pipeline/names.c',
  "            !after_opening_phrase(d, r, toks, from, s))", "            1)"),
 ("a possessive name and the noun it owns not one description", 'pipeline/cues.c',
  "    possessor_and_noun(d, r, s, &m);\n", ""),
 ("a possessor left out of the role before a name in commas", 'pipeline/cues.c',
  "                    if (w > 0 && b < s->toks.len && t[b].start == m.role_start && (t[w - 1].flags & TOK_POSS) &&",
  "                    if (0 && w > 0 && b < s->toks.len && t[b].start == m.role_start && (t[w - 1].flags & TOK_POSS) &&"),
 ("a relative clause hides the subject before the verb", 'pipeline/cues.c',
  "        if (rel > 0 && rel + 1 < end && is_relative(d, r, &t[rel]) && !s->verb_end.items[end - 1] &&",
  "        if (0 && rel > 0 && rel + 1 < end && is_relative(d, r, &t[rel]) && !s->verb_end.items[end - 1] &&"),
 ("a relative clause hides the verb after the subject", 'pipeline/cues.c',
  "        if (found) k = found;", ""),
 ("a participle's phrase taken for a reported clause", 'pipeline/reported.c',
  "        if (opens_with_participle(d, r, s, a, k)) continue;", ""),
 ("a reported clause never goes on after its cue", 'pipeline/reported.c',
  "        if (!clause_goes_on(d, r, s, &c, &out->a2, &out->b2)) out->a2 = out->b2 = 0;", ""),
 ("an inverted cue's apposition taken for the clause going on", 'pipeline/reported.c',
  "    if (c->who.start > c->verb_start) return 0;", ""),
 ("person nouns by their ending not titles", 'pipeline/names.c',
  "rules_longest_ending(&r->person_endings, w, n) > 0) return 1;", "0) return 1;"),
 ("a bare name that speaks before \"it\" not an organisation", 'pipeline/people.c',
  "last->at.pos < t->start) last->org = 1;", "last->at.pos < t->start) last->org = 0;"),
 ("a quotation going on from a cued one takes the next sentence's cue", 'pipeline/cues.c',
  "            if (kind == AFTER_NEXT_SENTENCE && continues_cued(seg, quotes, out, qi)) b = a;", ""),
 ("a name in commas before its verb not its subject", 'pipeline/people.c',
  "                    before_verb = is_reporting_verb(d, r, toks, m.next_tok + 1);", "                    before_verb = 0;"),
 ("no role after a copula", 'pipeline/people.c',
  "        if (!org && !apposed) apposed = predicate_role(d, r, toks, m.next_tok, &ars, &are);", ""),
 ("a role of the past taken after a copula", 'pipeline/roles.c',
  "    if (j >= n || token_in(d, &t[j], &r->copulas) < 0 || token_in(d, &t[j], &r->past_copulas) >= 0 ||",
  "    if (j >= n || token_in(d, &t[j], &r->copulas) < 0 ||"),
 ("no apposition after an age", 'pipeline/people.c',
  "        if (!org && !apposed && aged) apposed = apposition_role(d, r, toks, m.next_tok + 2, &ars, &are);", ""),
 ("\"they\" resolved to one person", 'pipeline/attribute.c',
  "        if (m->gender == GENDER_PLURAL) break;", ""),
 ("a reporting verb opening the sentence read as part of the name", 'pipeline/names.c',
  "        return parse_mention(d, r, toks, i + 1);\n", "        (void)0;\n"),
 ("\"According to an outlet, X said\" given to the outlet", 'pipeline/reported.c',
  "                    inner_speaker(d, r, quotes, s, out);", ""),
 ("a clause with a comma after it makes the name before a place", 'pipeline/cues.c',
  "(t[after].flags & TOK_WORD) && (t[after].flags & TOK_CAP)) after++;", "(t[after].flags & TOK_WORD)) after++;"),
 ("a description after a dateline's dash not the role of the name after it", 'pipeline/roles.c',
  "punct_is(&t[a - 1], ':') || punct_is_dash(&t[a - 1])))", "punct_is(&t[a - 1], ':')))"),
 ("a description and a name in apposition before the verb taken for a clause", 'pipeline/reported.c',
  "        if (apposed_subject(d, r, s, a, k)) continue;\n", ""),
 ("a dateline read as the start of an apposed subject", 'pipeline/reported.c',
  "    a = after_dateline(t, a, k);\n", ""),
 ("an object after a German verb taken for a clause without its comma", 'pipeline/reported.c',
  "    else if (comma_clause && !after_comma) return 0;", "    else if (0) return 0;"),
 ("adjuncts before the comma of a German clause not passed", 'pipeline/reported.c',
  "            c = e + 1;\n            after_comma = 1;\n", ""),
 ("a hyphenated word's parts looked up with ASCII case only ('Commerzbank-Ökonom')", 'pipeline/words.c',
  "if (i > a && (v = wordset_get_folded(set, s + a, i - a)) >= 0) return v;", "if (i > a && (v = wordset_get(set, s + a, i - a)) >= 0) return v;"),
 ("German compounds ending in -experte or -forscherin are no role", 'rules/de/title-endings.txt',
  "experte expertin ökonom ökonomin forscher forscherin ", ""),
 ("Spanish participles of the perfect ('ha señalado que') not reporting verbs", 'rules/es/verbs-reported.txt',
  "señalado explicado declarado", "declarado"),
 ("two roles joined by a conjunction before a name not one role", 'pipeline/cues.c',
  "    if (m->kind != MENTION_DESCRIPTION && (m->kind != MENTION_ROLE || m->org)) return 0;\n    /* an adjective",
  "    if (m) return 0;\n    /* an adjective"),
 ("the main clause's subject not past two roles to the name in apposition", 'pipeline/cues.c',
  "        coordinate_roles(d, r, s, &both) && name_in_apposition(d, r, s, both.next_tok, &both))\n        return", "        0)\n        return"),
 ("\"the police\" resolved to any organisation named before", 'pipeline/attribute.c',
  "        if (head_in(d, m, &r->group_nouns) && !org_named_with(reg, d, m->head_start, m->head_end)) return NO_PERSON;\n", ""),
 ("a clause after \"that\" must open as one without it", 'pipeline/reported.c',
  "!(after_complementiser ? (t[c].flags & (TOK_WORD | TOK_MARK)) != 0 : opens_clause(d, r, &t[c]))",
  "!opens_clause(d, r, &t[c])"),
]
only = sys.argv[1:]
shutil.copytree(SRC, WORK, ignore=shutil.ignore_patterns('build*', '.git'))
subprocess.run(['meson', 'setup', 'build'], cwd=WORK, capture_output=True, check=True)
for name, path, old, new in M:
    if only and not any(o in name for o in only): continue
    p = os.path.join(WORK, path); orig = open(p).read()
    if old not in orig:
        print(f"NOT APPLIED  {name}"); continue
    open(p, 'w').write(orig.replace(old, new, 1))
    b = subprocess.run(['ninja', '-C', 'build'], cwd=WORK, capture_output=True, text=True)
    if b.returncode:
        print(f"BUILD FAILS  {name}: {b.stdout[-300:]}"); open(p, 'w').write(orig); continue
    t = subprocess.run(['meson', 'test', '-C', 'build', '--no-rebuild', 'fixtures', 'people', 'quotes', 'segment', 'cli', 'readme', 'speakers', 'devsets'],
                       cwd=WORK, capture_output=True, text=True)
    failed = [l.split()[3] for l in t.stdout.splitlines() if ' FAIL ' in l]
    print(("CAUGHT       " if failed else "NOT CAUGHT   ") + f"{name}: {failed}", flush=True)
    open(p, 'w').write(orig)
shutil.rmtree(TMP)
