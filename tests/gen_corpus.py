#!/usr/bin/env python3
"""Writes a deterministic corpus of generated news documents as JSON lines, for the tests of
-j, GNU parallel and --keep, and for timing.

    gen_corpus.py [--docs N] [--seed S] [--bad] [--no-ids] > corpus.jsonl

Documents vary in length (a sentence to a few hundred paragraphs, so threads finish out of
order), quotation style (curly, straight, guillemets, corner brackets, unclosed, over paragraph
breaks), speakers (names with roles, surnames, pronouns, descriptions) and fields (url, date,
outlet, a number, a nested object, sometimes missing). --bad mixes in lines that must be
reported and skipped (not JSON, not an object, no text, text not a string, a lone surrogate)
and blank lines; --no-ids leaves out the id of some documents (they get "FILE:LINE").
"""
import argparse
import json
import random
import sys

FIRST = ["Anna", "Thomas", "Ingrid", "Vladimir", "Aisha", "José", "Zoë", "Kenji", "Olga", "Mehmet",
         "Siobhán", "Pieter", "Nomvula", "Łukasz", "Camille", "Ravi"]
LAST = ["Keller", "Greminger", "Solberg", "Makei", "Karimi", "García", "Brekke", "Tanaka", "Ivanova",
        "Yılmaz", "O'Neill", "de Vries", "Dlamini", "Wójcik", "Laurent", "Sharma"]
ROLES = ["Minister of Finance", "Mayor of Port Alden", "OSCE Secretary General", "Councillor",
         "the company's chief executive", "a spokesperson for the ministry", "Senator", "Professor"]
VERBS = ["said", "added", "told reporters", "noted", "stated", "explained", "replied", "warned"]
PHRASES = ["We will not wait for the next storm to tell us we were too late",
           "This is the most important decision this council has taken in a generation",
           "Nobody disputes that we need protection",
           "There were cheaper options, and they were never studied properly",
           "The first section is the most urgent",
           "Prices will fall before the end of the year",
           "I have never seen anything like it",
           "We favour a peaceful settlement of the conflict",
           "It protects the hospital",
           "Ça ne change rien pour nous",
           "The figures speak for themselves"]
FILLER = ["The council met on Tuesday to discuss the proposal.",
          "Work is expected to begin next spring.",
          "The report was published last week by the regional office.",
          "Residents gathered outside the town hall before the vote.",
          "Shares rose 3.5% in early trading on the U.S. market.",
          "Dr. Smith and Mr. Jones did not attend the meeting."]
OUTLETS = ["Harbour Gazette", "Daily Ledger", "Nordic Wire", None]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng, who):
    phrase = rng.choice(PHRASES)
    style = rng.randrange(12)
    name = person(rng) if rng.random() < 0.5 else who
    surname = name.split()[-1]
    verb = rng.choice(VERBS)
    if style == 0:
        return f"\u201c{phrase},\u201d {verb} {rng.choice(ROLES)} {name}."
    if style == 1:
        return f"{name} {verb}: \u201c{phrase}.\u201d"
    if style == 2:
        return f"\u201c{phrase},\u201d {surname} {verb}."
    if style == 3:
        return f"\"{phrase},\" {verb} {name}, {rng.choice(ROLES)}."
    if style == 4:
        return f"\u00ab{phrase}\u00bb, a d\u00e9clar\u00e9 {name}."
    if style == 5:
        return f"\u300c{phrase}\u300d\u3068{name}\u306f\u8a00\u3063\u305f\u3002"
    if style == 6:  # unclosed: the end is inferred
        return f"\u201c{phrase}, {verb} {name}"
    if style == 7:  # a quotation over a paragraph break
        return f"{name} {verb}: \u201c{phrase}.\n\n{rng.choice(PHRASES)}.\u201d"
    if style == 8:  # he said, after a named speaker
        return f"{name} spoke first. \u201c{phrase},\u201d he {verb}."
    if style == 9:  # awkward bytes inside the quotation: a tab, a backslash, a CR, NBSP
        return f"\u201c{phrase}\tC:\\path\r\nnext\u00a0line,\u201d {verb} {name}."
    if style == 10:
        return rng.choice(FILLER)
    return f"\u201c{phrase}\u201d \u2013 {name}"


def document(rng, i):
    who = person(rng)
    size = rng.choice([0, 1, 1, 2, 3, 5, 8, 13, 40]) if rng.random() < 0.97 else rng.randrange(150, 400)
    paras = [paragraph(rng, who) for _ in range(size)]
    return "\n\n".join(paras)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bad", action="store_true")
    ap.add_argument("--no-ids", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = sys.stdout
    for i in range(a.docs):
        if a.bad and rng.random() < 0.03:
            out.write(rng.choice(['{"id": "broken", "text": "abc\n', "[1, 2, 3]\n", '{"id": "no-text"}\n',
                                  '{"id": "num", "text": 5}\n', '{"id": "sur", "text": "\\ud800 x"}\n', "\n",
                                  "   \n", "not json at all\n"]))
        d = {}
        if not (a.no_ids and rng.random() < 0.1):
            d["id"] = i if rng.random() < 0.3 else f"doc-{i:05d}"
        d["url"] = f"https://news.example/{i}"
        if rng.random() < 0.8:
            d["date"] = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        outlet = rng.choice(OUTLETS)
        if outlet:
            d["outlet"] = outlet
        d["words"] = rng.randrange(10000)
        if rng.random() < 0.1:
            d["meta"] = {"tags": ["a\tb", "c"], "score": 0.5}
        d["text"] = document(rng, i)
        out.write(json.dumps(d, ensure_ascii=rng.random() < 0.5) + "\n")


if __name__ == "__main__":
    main()
