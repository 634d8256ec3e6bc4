#!/usr/bin/env python3
"""Measures how far two annotators agree on the same articles, the way `factledger eval` scores
extraction: a claim matches when the kind, topic and facets agree and, for a figure, the
qualifier family (exact, approximate, lower bound, upper bound, range, vague) and the number;
for a stance, the actor and the polarity. Only articles the second file annotates are compared.

Usage: python3 Scripts/annotation_agreement.py FIRST.jsonl SECOND.jsonl [...FIRST SECOND]
Prints precision, recall and F1 of the second annotator against the first, for figures and
stances, per pair of files and in total.
"""
import collections
import json
import sys

FAMILIES = {"over": "lower", "at_least": "lower", "under": "upper", "at_most": "upper"}


def key(claim):
    if claim["kind"] == "stance":
        return ("stance", claim["topic"], claim.get("actor"), claim.get("polarity"))
    facets = tuple(sorted((claim.get("facets") or {}).items()))
    family = FAMILIES.get(claim.get("qualifier"), claim.get("qualifier"))
    if family == "range":
        number = (float(claim["low"]), float(claim["high"]))
    elif family == "vague":
        number = None
    else:
        number = float(claim["value"])
    return ("numeric", claim["topic"], facets, family, number)


def load(path):
    by_article = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if line.strip():
            claim = json.loads(line)
            by_article[claim["article"]].append(key(claim))
    return by_article


def compare(first_path, second_path, totals):
    first, second = load(first_path), load(second_path)
    counts = {kind: [0, 0, 0] for kind in ("numeric", "stance")}  # matched, first, second
    for article, theirs in second.items():
        ours = collections.Counter(first.get(article, []))
        mine = collections.Counter(theirs)
        for claim_key, number in ours.items():
            counts[claim_key[0]][1] += number
        for claim_key, number in mine.items():
            counts[claim_key[0]][2] += number
            counts[claim_key[0]][0] += min(number, ours.get(claim_key, 0))
    print(f"{second_path} against {first_path} ({len(second)} articles)")
    for kind, (matched, annotated, other) in counts.items():
        report(kind, matched, annotated, other)
        for index, value in enumerate((matched, annotated, other)):
            totals[kind][index] += value


def report(kind, matched, annotated, other):
    precision = matched / other if other else 1.0
    recall = matched / annotated if annotated else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"  {kind}: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
          f"({matched} agreed, {annotated} first, {other} second)")


def main(paths):
    if len(paths) < 2 or len(paths) % 2:
        sys.exit(__doc__)
    totals = {kind: [0, 0, 0] for kind in ("numeric", "stance")}
    for first, second in zip(paths[::2], paths[1::2]):
        compare(first, second, totals)
    if len(paths) > 2:
        print("all")
        for kind, (matched, annotated, other) in totals.items():
            report(kind, matched, annotated, other)


if __name__ == "__main__":
    main(sys.argv[1:])
