#!/usr/bin/env python3
"""Writes the three 200 000-character narratives bench/drafts.sh posts: the corpus of src/test/resources/narratives
as one long report (every paragraph of every narrative under one heading), a list of 4 000 account lines, and one
sentence with no full stop. Usage: draft-texts.py OUT_DIR"""
import pathlib
import sys

LIMIT = 200_000
out = pathlib.Path(sys.argv[1])
corpus = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/narratives"

paragraphs = []
for text in sorted(corpus.glob("*.txt")):
    lines = [p.strip() for p in text.read_text(encoding="utf-8").split("\n\n")]
    paragraphs += [p for p in lines[1:] if len(p) > 200]  # the prose, not the city line or the headings
body = "БРАТСК\n\nЧто наиболее значительное удалось сделать в области информационной политики в 2023 году\n\n"
i = 0
while len(body) < LIMIT:
    body += paragraphs[i % len(paragraphs)] + "\n\n"
    i += 1
# 1 % short of the limit: LibreOffice lays a PDF or .doc saved from it out with a few characters more (tabs, joins)
(out / "corpus.txt").write_text(body[:LIMIT - 2_000], encoding="utf-8")

lines = "Итоги 2023 года\n\nПодписчики аккаунтов:\n"
n = 0
while len(lines) < LIMIT:
    lines += f"— ВКонтакте администрации – {1000 + n} подписчиков;\n"
    n += 1
(out / "list.txt").write_text(lines[:LIMIT], encoding="utf-8")

sentence = "Итоги 2023 года\n\n"
while len(sentence) < LIMIT:
    sentence += "опубликовано 1 530 пресс-релизов, 12 конкурсов и 300 постов в ВК администрации, "
(out / "sentence.txt").write_text(sentence[:LIMIT], encoding="utf-8")
