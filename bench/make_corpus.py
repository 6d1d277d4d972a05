#!/usr/bin/env python3
"""make_corpus.py SIZE_MB OUT [--seed N]

Writes a benchmark corpus of at least SIZE_MB megabytes (10^6 bytes) to OUT as JSON lines,
one document a line: {"id": "...", "text": "..."}.

The documents come only from this repository's own texts and from a generator:
- fixtures/*/input.txt and examples/sample-article.txt (texts written for this project),
  about one document in twenty;
- generated news-like articles of 2-8 KB: a headline, a lead, paragraphs separated by blank
  lines, invented people (from small lists, some with accented names) with titles and roles,
  reporting verbs before and after the quotation, "according to", colon and dash attributions,
  continuation quotes, pronouns, scare quotes and titles of works, apostrophes (’), em dashes,
  non-breaking spaces in numbers, and marks of several styles: curly “…” (most articles),
  straight "…", guillemets «…», low-high „…“, and single curly ‘…’ nested inside.
  Density: about one quotation per 500-700 bytes of text.

No text from outside the repository is used. The output is deterministic for a given seed.
Prints a summary (documents, bytes, quotations, bytes per quotation) on stderr.
"""
import glob
import json
import os
import random
import sys

NBSP = "\u00a0"

FIRST = ["Ingrid", "Tomas", "Aisha", "José", "Zoë", "Łukasz", "Søren", "François", "Mei", "Oluwaseun",
         "Hannah", "Mikael", "Renée", "Ana", "Dmitri", "Priya", "Kwame", "Siobhán", "Jürgen", "Noor",
         "Carlos", "Émile", "Yuki", "Fatima", "Björn", "Lucía", "Rahul", "Greta", "Thabo", "Inés",
         "David", "Sarah", "Michael", "Laura", "Peter", "Maria", "John", "Elena", "Omar", "Chloé"]
LAST = ["Solberg", "Brekke", "Karimi", "Álvarez", "Nowak", "Kowalczyk", "Dvořák", "Nguyễn", "Müller",
        "Ólafsdóttir", "Okafor", "Haddad", "Lindqvist", "O’Brien", "Fernández", "Petrov", "Mensah",
        "Tanaka", "Østergaard", "Dubois", "Rossi", "Schmidt", "Kaya", "Silva", "Ivanova", "Achebe",
        "Moreau", "Jensen", "Kapoor", "Walsh", "Byrne", "Hoffmann", "García", "Çelik", "Łęcka", "Novák"]
FEMALE = {"Ingrid", "Aisha", "Zoë", "Mei", "Hannah", "Renée", "Ana", "Priya", "Siobhán", "Noor",
          "Fatima", "Lucía", "Greta", "Inés", "Sarah", "Laura", "Maria", "Elena", "Chloé", "Yuki"}
TITLES = ["Mayor", "Senator", "Health Minister", "Finance Minister", "Councillor", "Dr.", "Professor",
          "Chief Inspector", "Foreign Minister", "Judge", "Coach", "Governor", "Ambassador"]
ROLES = ["a spokesperson for the ministry", "the head of the nurses’ union", "an economist at the central bank",
         "the club’s captain", "a resident of the old town", "the company’s chief executive",
         "a lawyer for the families", "the director of the city museum", "a researcher at the university",
         "the harbour master", "a farmer from the valley", "the chair of the planning committee"]
PLACES = ["Port Alden", "Vestby", "São Miguel", "Kraków", "Łódź", "Malmö", "Zürich", "Nørrebro",
          "Bremerhaven", "Tórshavn", "Saint-Étienne", "Galway", "Riverton", "Kumasi", "Ōita"]
ORGS = ["the Ministry of Health", "the city council", "the Harbour Authority", "Northwind Energy",
        "the Union of Teachers", "the regional court", "the National Rail Company", "the water board",
        "the Green Party", "the Chamber of Commerce", "the football federation", "the weather service"]
SAID = ["said", "said", "said", "added", "told reporters", "explained", "warned", "insisted",
        "replied", "argued", "noted", "stressed", "admitted", "wrote", "told the council", "recalled"]
SUBJ = ["the council", "the new plan", "the government", "our members", "the budget", "this decision",
        "the flood wall", "the rail line", "the hospital", "the club", "the court", "nobody here",
        "the region’s economy", "the water supply", "the school", "the ministry’s report", "the vote"]
VERB = ["will not wait for", "cannot ignore", "has never studied", "needs to protect", "is going to change",
        "must pay for", "has already delayed", "will support", "does not understand", "wants to keep",
        "should have seen", "could lose", "is ready to defend", "has been warning about"]
OBJ = ["the next storm", "the families who live there", "a cheaper option", "the old harbour",
       "the people’s trust", "another winter like this one", "the engineers’ reports", "a fair price",
       "the rising seas", "every single nurse", "the town’s future", "what we were promised",
       "a proper debate", "the children’s safety", "the last ten years"]
TAIL = ["", "", "", " next year", " in the spring", " before the election", " by any means",
        " — and that is the truth", " this time", " again", " for a generation", " at all"]
OPEN = ["Frankly, ", "Look, ", "", "", "", "", "We think ", "I believe ", "Honestly, ", "In short, ",
        "To be clear, ", "", "As I’ve said before, "]
BACKGROUND = [
    "The {o} is due to be finished in {y}, at an estimated cost of {n}{nb}million crowns.",
    "{P} has about {n}{nb}000 residents, and many of them work in the port.",
    "Opponents had argued for months that {s} {v} {ob}.",
    "Last year the region recorded {n}{nb}mm of rain, the most since records began in {y}.",
    "The proposal was first published in {y} and revised twice since then.",
    "Turnout at the meeting was {pc}{nb}%, far higher than usual.",
    "{Sb} {vp} {ob} {when}, according to figures released by {org}.",
    "Officials in {P} {vp} {ob} {when}, but gave no details.",
    "The debate over the {o} has divided {P} since {y}, when {org} first proposed it.",
    "Shops along the waterfront stayed open late on {day}, and a crowd of about {n}{nb}000 gathered outside the town hall.",
    "The plan’s supporters say it would create {n}{nb}jobs; its critics say the real number is closer to {pc}.",
    "On {day}, {org} published a {n}-page assessment of the {o} and its likely effects on traffic, housing and the coast.",
    "Residents who spoke to this newspaper were divided — some welcomed the news, others said they had heard it all before.",
    "{Org} did not respond to a request for comment on Tuesday.",
    "Construction — which has been delayed three times — is expected to take {n} months.",
    "A survey by {org} found that {pc}{nb}% of residents support the plan.",
    "The figures, published on Monday, show a rise of {pc}{nb}% on the previous year’s total.",
    "Negotiations will resume in {P} next week, officials said.",
    "It was the third such vote this year; the previous two ended in a tie.",
]
HEADLINES = ["{P} approves {o} after a decade of debate", "Nurses in {P} walk out over pay",
             "{Org} under pressure as costs rise", "Storm leaves {P} without power",
             "Court halts plans for the {o}", "Voters in {P} reject new tax",
             "{P}’s harbour reopens after repairs", "Talks collapse over the {o}"]
VPAST = ["cut", "approved", "delayed", "doubled", "questioned", "rejected", "reviewed", "postponed", "funded"]
WHEN = ["last year", "on Monday", "in March", "two weeks ago", "after the vote", "in {0}".format(2019), "this spring"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
THINGS = ["flood wall", "rail tunnel", "bridge", "stadium", "wind farm", "hospital wing", "ring road",
          "water plant", "ferry terminal", "library"]
SCARE = ["so-called", "self-styled", "what critics call a", "a"]
WORKS = ["the report", "the book", "the film", "the documentary", "the song"]

# mark styles: (open, close, inner open, inner close, weight)
QUOTE_SHARE = 0.25
STYLES = [("“", "”", "‘", "’", 70), ('"', '"', "‘", "’", 12), ("«", "»", "‹", "›", 9), ("„", "“", "‚", "‘", 9)]


class Article:
    """Builds one invented article; counts the quotations it opens."""

    def __init__(self, rng, doc_no):
        self.rng = rng
        style = rng.choices(STYLES, weights=[s[4] for s in STYLES])[0]
        self.o, self.c, self.io, self.ic = style[:4]
        self.quotes = 0
        self.people = []
        for _ in range(rng.randint(2, 4)):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            self.people.append({
                "first": first, "last": last,
                "title": rng.choice(TITLES) if rng.random() < 0.5 else None,
                "role": rng.choice(ROLES) if rng.random() < 0.6 else None,
                "pron": "she" if first in FEMALE else "he",
                "named": False,
            })
        self.place = rng.choice(PLACES)
        self.thing = rng.choice(THINGS)
        self.doc_no = doc_no

    def fill(self, s):
        r = self.rng
        org, sb = r.choice(ORGS), r.choice(SUBJ)
        return s.format(o=self.thing, y=r.randint(1990, 2035), n=r.randint(2, 480), nb=NBSP, P=self.place,
                        s=r.choice(SUBJ), v=r.choice(VERB), ob=r.choice(OBJ), Org=org[0].upper() + org[1:],
                        org=r.choice(ORGS), pc=r.randint(2, 98), Sb=sb[0].upper() + sb[1:], vp=r.choice(VPAST),
                        when=r.choice(WHEN), day=r.choice(DAYS))

    def sentence(self, end="."):
        r = self.rng
        s = r.choice(OPEN) + r.choice(SUBJ) + " " + r.choice(VERB) + " " + r.choice(OBJ) + r.choice(TAIL)
        if r.random() < 0.12:  # a nested quotation in the inner marks
            s += ", and they called it " + self.io + r.choice(["a disgrace", "a fair deal", "the last chance",
                                                             "nobody’s fault"]) + self.ic
        if r.random() < 0.15:
            s += " — we don’t have " + str(r.randint(2, 90)) + NBSP + r.choice(["years", "weeks", "million"])
        s = s[0].upper() + s[1:]
        return s + end

    def quote(self, n_sent=1, end=","):
        self.quotes += 1
        body = " ".join(self.sentence(".") for _ in range(n_sent - 1))
        if body:
            body += " "
        return self.o + body + self.sentence(end) + self.c

    def full_name(self, p):
        name = p["first"] + " " + p["last"]
        if p["title"] and self.rng.random() < 0.7:
            name = p["title"] + " " + name
        return name

    def mention(self, p):
        """The first time the full name (maybe with an apposition), then the surname or a pronoun."""
        if not p["named"]:
            p["named"] = True
            name = self.full_name(p)
            return name, (", " + p["role"] + ",") if p["role"] else ""
        if self.rng.random() < 0.3:
            return p["pron"], ""
        return p["last"], ""

    def quote_paragraph(self):
        r = self.rng
        p = r.choice(self.people)
        name, appo = self.mention(p)
        verb = r.choice(SAID)
        form = r.random()
        if form < 0.35:  # “Q,” said NAME.   /  “Q,” NAME said.
            if name in ("he", "she") or r.random() < 0.5:
                par = self.quote(r.randint(1, 2)) + " " + name + appo + " " + verb + "."
            else:
                par = self.quote(r.randint(1, 2)) + " " + verb + " " + name + appo + "."
        elif form < 0.55:  # NAME said: “Q.”
            cap = name[0].upper() + name[1:]
            par = cap + appo + " " + verb + ": " + self.quote(r.randint(1, 3), ".")
        elif form < 0.70:  # quote, cue, continuation
            par = (self.quote(1) + " " + name + appo + " " + verb + ". " + self.quote(r.randint(1, 2), "."))
        elif form < 0.78:  # according to
            par = self.quote(1) + " according to " + self.full_name(p) + "."
        elif form < 0.84:  # dash attribution
            par = self.quote(1, ".") + " — " + self.full_name(p)
        elif form < 0.92:  # quote split by the cue
            q1 = self.quote(1)
            par = q1 + " " + name + appo + " " + verb + ", " + self.quote(1, ".")
        else:  # a quotation over a paragraph break, re-opened
            self.quotes += 1
            par = (name[0].upper() + name[1:] + appo + " " + verb + ": " + self.o + self.sentence(".") + "\n\n"
                   + self.o + self.sentence(".") + " " + self.sentence(".") + self.c)
        return par

    def other_paragraph(self):
        r = self.rng
        x = r.random()
        if x < 0.62:
            return " ".join(self.fill(t) for t in r.sample(BACKGROUND, r.randint(2, 4)))
        if x < 0.88:  # indirect speech, no quotation marks
            p = r.choice(self.people)
            name, appo = self.mention(p)
            name = name[0].upper() + name[1:]
            return (name + appo + " said that " + r.choice(SUBJ) + " " + r.choice(VERB) + " " + r.choice(OBJ) + ". "
                    + self.fill(r.choice(BACKGROUND)))
        if x < 0.95:  # scare quotes: one quotation-marked phrase
            self.quotes += 1
            return ("Critics describe the " + self.thing + " as " + r.choice(SCARE) + " " + self.o
                    + r.choice(["green corridor", "wall of shame", "miracle", "plan B"]) + self.c + ", "
                    + self.fill("while {org} calls it necessary."))
        self.quotes += 1
        return ("In " + r.choice(WORKS) + " " + self.o + r.choice(["Rising Water", "The Last Harbour",
                "Winter in " + self.place, "Nobody’s Town"]) + self.c + ", published in "
                + str(r.randint(1990, 2024)) + ", the story of the " + self.thing + " is told in full.")

    def build(self, target):
        r = self.rng
        paras = [self.fill(r.choice(HEADLINES)),
                 self.place.upper() + " — " + self.fill(r.choice(BACKGROUND)) + " " + self.fill(r.choice(BACKGROUND))]
        size = sum(len(p.encode()) for p in paras)
        while size < target:
            # QUOTE_SHARE of the paragraphs carry a speaker's quotation: ~600 bytes per quotation
            p = self.quote_paragraph() if r.random() < QUOTE_SHARE else self.other_paragraph()
            paras.append(p)
            size += len(p.encode()) + 2
        return "\n\n".join(paras) + "\n"


def repo_texts(root):
    texts = []
    for path in sorted(glob.glob(os.path.join(root, "fixtures", "*", "input.txt"))) + \
            [os.path.join(root, "examples", "sample-article.txt")]:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                texts.append((os.path.relpath(path, root), f.read()))
    return texts


def count_opening_marks(text):
    return sum(text.count(m) for m in ("“", "«", "„")) + text.count('"') // 2


def main(argv):
    args = [a for a in argv[1:]]
    seed = 20240601
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    size_mb, out = float(args[0]), args[1]
    limit = int(size_mb * 1_000_000)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    fixtures = repo_texts(root)
    rng = random.Random(seed)
    written = text_bytes = quotes = docs = 0
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        while written < limit:
            if fixtures and rng.random() < 0.05:
                name, text = fixtures[rng.randrange(len(fixtures))]
                doc_id = "%s#%d" % (name, docs)
                quotes += count_opening_marks(text)
            else:
                art = Article(rng, docs)
                text = art.build(rng.randint(2000, 8000))
                doc_id = "gen-%07d" % docs
                quotes += art.quotes
            line = json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            text_bytes += len(text.encode("utf-8"))
            docs += 1
    os.replace(tmp, out)
    sys.stderr.write("%s: %d documents, %.1f MB of JSON lines, %.1f MB of text, %d quotations "
                     "(one per %.0f bytes of text)\n" % (out, docs, written / 1e6, text_bytes / 1e6, quotes,
                                                         text_bytes / max(quotes, 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
