#!/usr/bin/env python3
"""Recall and precision of drafts from files: saves every narrative of src/test/resources/narratives with LibreOffice
(soffice, Debian's libreoffice-writer) in the ways press services make files, posts each to a running service and
compares the figures with the narrative's expected ones, as NarrativeCorpusTest does for the texts. Styles: the text
as it is (each line a paragraph, blank ones between blocks) as .doc, .docx, .odt and PDF; with no blank lines (.docx, PDF);
justified 13-point pages with paragraph spacing, first-line indents, a running head and page numbers (PDF); ragged
12-point pages with no spacing whose first line and headings are bold 14-point (PDF).
Usage: draft-files.py [BASE_URL] (default http://127.0.0.1:8080); prints one line per style and the misses."""
import html
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
CORPUS = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/narratives"
TYPES = {"pdf": "application/pdf", "doc": "application/msword", "odt": "application/vnd.oasis.opendocument.text",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
PAGED = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:text-align="justify" fo:text-indent="1.25cm"/><style:text-properties fo:font-size="13pt"/></style:style>
<style:style style:name="L" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1.25cm"/><style:text-properties fo:font-size="13pt"/></style:style></office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="16cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p>Информационная политика: отчет пресс-службы</text:p></style:header><style:footer><text:p>- <text:page-number text:select-page="current"/> -</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>%s</office:text></office:body></office:document>"""
HEADINGS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="L" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style></office:styles>
<office:body><office:text>%s</office:text></office:body></office:document>"""
HEADING = re.compile(r"^(Что |Какие задачи|Задачи на|Информационная политика|Основные показатели|Итоги)")


def soffice(folder, target, files, text_import=True):
    options = ["--infilter=Text (encoded):UTF8,LF,,,"] if text_import else []
    subprocess.run(["soffice", "--headless", *options, "--convert-to", target, "--outdir", str(folder), *map(str, files)],
                   check=True, capture_output=True)


def odf(line):
    """A line as an ODF paragraph's content: a tab is an element there (a literal one is only white space)."""
    return html.escape(line).replace("\t", "<text:tab/>")


def key(figure):
    return (figure["metric"], figure.get("owner"), figure.get("platform"), int(figure["value"]),
            figure.get("qualifier") or "EXACT", figure.get("baseline"))


def measure(style, folder, extension):
    expected_total = found_total = right = 0
    misses = []
    for text in sorted(CORPUS.glob("*.txt")):
        expected = json.loads(text.with_name(text.stem + ".expected.json").read_text(encoding="utf-8"))
        request = urllib.request.Request(f"{BASE}/api/v1/drafts?year={expected['year']}", method="POST",
                                         data=(folder / f"{text.stem}.{extension}").read_bytes(),
                                         headers={"Content-Type": TYPES[extension]})
        with urllib.request.urlopen(request) as response:
            answer = json.load(response)
        want = {key(f) for f in expected["figures"]}
        got = [key(f) for f in answer["draft"]["figures"]]
        expected_total += len(want)
        found_total += len(got)
        right += sum(1 for g in got if g in want)
        misses += [f"  {text.stem} missed {w}" for w in want if w not in got]
        misses += [f"  {text.stem} invented {g}" for g in got if g not in want]
    print(f"{style} ({extension}): {expected_total} expected, {found_total} found, {right} right: "
          f"recall {100 * right / expected_total:.1f} %, precision {100 * right / max(found_total, 1):.1f} %")
    if misses:
        print("\n".join(misses))


with tempfile.TemporaryDirectory() as work:
    texts = sorted(CORPUS.glob("*.txt"))
    if not texts:
        sys.exit(f"no narratives in {CORPUS}")  # soffice given no file waits forever
    plain, dense, paged, headed = (pathlib.Path(work, name) for name in ("plain", "dense", "paged", "headed"))
    for folder in (plain, dense, paged, headed):
        folder.mkdir()
    for target in ("pdf", "doc:MS Word 97", "docx:MS Word 2007 XML", "odt"):
        soffice(plain, target, texts)
    for text in texts:
        lines = text.read_text(encoding="utf-8").split("\n")
        (dense / text.name).write_text("\n".join(l for l in lines if l.strip()), encoding="utf-8")
        blocks = text.read_text(encoding="utf-8").split("\n\n")
        body = "".join("".join(f'<text:p text:style-name="{"P" if i == 0 else "L"}">{odf(l)}</text:p>'
                               for i, l in enumerate(b.split("\n")) if l.strip()) for b in blocks)
        (paged / f"{text.stem}.fodt").write_text(PAGED % body, encoding="utf-8")
        body = "".join(f'<text:p text:style-name="{"H" if i == 0 or HEADING.match(l) and len(l) < 120 else "L"}">'
                       f'{odf(l)}</text:p>' for i, l in enumerate(l for l in lines if l.strip()))
        (headed / f"{text.stem}.fodt").write_text(HEADINGS % body, encoding="utf-8")
    soffice(dense, "docx:MS Word 2007 XML", sorted(dense.glob("*.txt")))
    soffice(dense, "pdf", sorted(dense.glob("*.docx")), text_import=False)
    soffice(paged, "pdf", sorted(paged.glob("*.fodt")), text_import=False)
    soffice(headed, "pdf", sorted(headed.glob("*.fodt")), text_import=False)
    for style, folder, extensions in (("as typed", plain, ("doc", "docx", "odt", "pdf")), ("no blank lines", dense, ("docx", "pdf")),
                                      ("justified pages", paged, ("pdf",)), ("bold headings, no spacing", headed, ("pdf",))):
        for extension in extensions:
            measure(style, folder, extension)
