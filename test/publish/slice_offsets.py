"""Slices every published offset of a dataset the way a Python user does
(text[char_start:char_end], code points) and prints every span whose slice is
not the text the row says. Used by code-point-offsets.test.ts.

usage: python3 slice_offsets.py DATASET_DIR   (prints JSON: {"checked": n, "wrong": [...]})
"""
import json
import sys
from pathlib import Path

data = Path(sys.argv[1])
def load(name):
    return json.loads((data / f"{name}.json").read_text(encoding="utf-8"))

texts = {a["article_id"]: a["text"] for a in load("articles")}
checked = 0
wrong = []

def check(table, row, expected, ok):
    global checked
    checked += 1
    got = texts[row["article_id"]][row["char_start"]:row["char_end"]]
    if not ok(got, expected):
        wrong.append({"table": table, "expected": expected, "got": got})

same = lambda got, expected: got == expected
for m in load("actor_mentions"):
    check("actor_mentions", m, m["surface"], same)
for m in load("country_mentions"):
    check("country_mentions", m, m["surface"], same)
for l in load("links"):
    check("links", l, l["anchor_text"], same)
# A quote split by its attribution spans from its first word to its last.
for q in load("quotes"):
    words = q["text"].split()
    check("quotes", q, q["text"], lambda got, _: got.startswith(words[0]) and got.endswith(words[-1]))

print(json.dumps({"checked": checked, "wrong": wrong}, ensure_ascii=False))
