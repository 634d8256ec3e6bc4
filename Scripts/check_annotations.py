#!/usr/bin/env python3
"""Checks a story's annotated corpus: every claim line is well-formed, names an article that
exists, and quotes evidence found in that article's body.

Usage: python3 Scripts/check_annotations.py Corpus/dev/gaza-hostages [CLAIMS-FILE]
(CLAIMS-FILE defaults to the folder's claims.jsonl).
"""
import json
import os
import re
import sys

QUALIFIERS = {"exact", "approximate", "over", "at_least", "under", "at_most", "range", "vague"}
POLARITIES = {"support", "oppose", "demand", "conditional"}
CERTAINTIES = {"asserted", "reported", "believed", "estimated", "claimed", "denied"}


def body_of(path):
    text = open(path, encoding="utf-8").read()
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end < 0:
            raise ValueError("no closing --- in front matter")
        head = text[3:end]
        for key in ("date", "source", "url"):
            if not re.search(rf"^{key}:\s*\S", head, re.M):
                raise ValueError(f"front matter lacks {key}")
        return text[end + 4:]
    raise ValueError("no YAML front matter")


def main(folder, claims_path=None):
    articles = os.path.join(folder, "articles")
    claims_path = claims_path or os.path.join(folder, "claims.jsonl")
    problems = []
    bodies = {}
    for root, _, files in os.walk(articles):
        for name in files:
            if name.endswith(".md"):
                path = os.path.join(root, name)
                key = os.path.relpath(path, articles)
                try:
                    bodies[key] = body_of(path)
                except ValueError as error:
                    problems.append(f"{key}: {error}")
    counts = {"numeric": 0, "stance": 0}
    annotated = set()
    seen = set()
    for number, line in enumerate(open(claims_path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = f"{os.path.basename(claims_path)}:{number}"
        try:
            claim = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        article = claim.get("article")
        if article not in bodies:
            problems.append(f"{where}: no such article {article!r}")
            continue
        annotated.add(article)
        evidence = claim.get("evidence")
        if not evidence or evidence not in bodies[article]:
            problems.append(f"{where}: evidence not found verbatim in {article}: {evidence!r}")
        kind = claim.get("kind")
        if kind == "numeric":
            counts["numeric"] += 1
            if not isinstance(claim.get("topic"), str):
                problems.append(f"{where}: numeric claim without topic")
            qualifier = claim.get("qualifier")
            if qualifier not in QUALIFIERS:
                problems.append(f"{where}: unknown qualifier {qualifier!r}")
            elif qualifier == "range":
                if not isinstance(claim.get("low"), (int, float)) or not isinstance(claim.get("high"), (int, float)):
                    problems.append(f"{where}: a range needs numeric low and high")
            elif qualifier == "vague":
                if not claim.get("word"):
                    problems.append(f"{where}: a vague figure needs its word")
            elif not isinstance(claim.get("value"), (int, float)):
                problems.append(f"{where}: needs a numeric value")
            if not isinstance(claim.get("facets", {}), dict):
                problems.append(f"{where}: facets must be an object")
            if claim.get("certainty") not in CERTAINTIES | {None}:
                problems.append(f"{where}: unknown certainty {claim.get('certainty')!r}")
            key = (article, claim.get("topic"), json.dumps(claim.get("facets", {}), sort_keys=True),
                   qualifier, claim.get("value"), claim.get("low"), claim.get("high"), claim.get("word"))
        elif kind == "stance":
            counts["stance"] += 1
            if claim.get("polarity") not in POLARITIES:
                problems.append(f"{where}: unknown polarity {claim.get('polarity')!r}")
            if not claim.get("actor") or not claim.get("topic"):
                problems.append(f"{where}: a stance needs actor and topic")
            key = (article, claim.get("topic"), claim.get("actor"), claim.get("polarity"))
        else:
            problems.append(f"{where}: kind must be numeric or stance")
            continue
        if key in seen:
            problems.append(f"{where}: duplicate of an earlier line")
        seen.add(key)
    outlets = {key.split("/")[0] for key in bodies}
    for problem in problems:
        print(problem)
    print(f"{len(bodies)} articles ({len(bodies) - len(annotated)} with no claim), {len(outlets)} outlets, "
          f"{counts['numeric']} numeric and {counts['stance']} stance claims, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
