#!/usr/bin/env python3
"""Fails when a file of the project repeats a run of words from the seed reports.

The seeds (../shared/seeds) are the first real input, not fixtures: tests, corpus, docs, data
tables and comments use invented text. This check reads the seeds' content sentences with
`timeline read --format json` (so the version pages' own wording, which readers must know, is not
counted), and lists every place in the tracked files that shares a run of RUN words with one.

usage: check_seed_copies.py TIMELINE SEEDS_DIR PROJECT_ROOT
Exit 0: none; 1: copies found (listed); 77: the seeds are absent (skipped).
"""
import json
import os
import re
import subprocess
import sys

RUN = 8  # words in a row: short phrases ("earlier on Friday", "next week") are the issues' own examples
WORD = re.compile(r"[a-z0-9]+")


def words(text):
    return WORD.findall(text.lower().replace("\u2019", "'").replace("'", ""))


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    timeline, seeds, root = sys.argv[1:]
    if not os.path.isdir(seeds):
        print(f"seed copies: skipped, {seeds} is absent")
        return 77
    out = subprocess.run([timeline, "read", "--format", "json", seeds], capture_output=True, text=True, check=True).stdout
    runs = set()
    for doc in json.loads(out)["documents"]:
        for version in doc["versions"]:
            for sentence in version["sentences"]:
                w = words(sentence["text"])
                runs.update(tuple(w[i:i + RUN]) for i in range(len(w) - RUN + 1))
    listed = subprocess.run(["git", "-C", root, "ls-files"], capture_output=True, text=True)
    if listed.returncode == 0:
        tracked = listed.stdout.split()
    else:  # not a git checkout (an unpacked archive): every file but build trees
        tracked = []
        for top, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(("build", ".git"))]
            tracked += [os.path.relpath(os.path.join(top, f), root) for f in files]
    found = 0
    for path in tracked:
        full = os.path.join(root, path)
        if not os.path.isfile(full):
            continue
        try:
            with open(full, encoding="utf-8") as f:
                lines = f.read().split("\n")
        except (UnicodeDecodeError, OSError):
            continue  # binary
        # Words with the line each starts on, so a run that crosses lines is still seen.
        flat, line_of = [], []
        for n, line in enumerate(lines, 1):
            for w in words(line):
                flat.append(w)
                line_of.append(n)
        i = 0
        while i + RUN <= len(flat):
            if tuple(flat[i:i + RUN]) in runs:
                end = i + RUN
                while end < len(flat) and tuple(flat[end - RUN + 1:end + 1]) in runs:
                    end += 1
                print(f"{path}:{line_of[i]}: {' '.join(flat[i:end])}")
                found += 1
                i = end
            else:
                i += 1
    if found:
        print(f"seed copies: {found} run(s) of {RUN}+ words copied from the seed reports; write invented text instead")
        return 1
    print("seed copies: none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
