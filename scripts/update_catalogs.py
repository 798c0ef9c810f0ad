"""Refresh the message catalogs from the source, then compile them.

    .venv/bin/python scripts/update_catalogs.py            # extract, merge into every .po, compile
    .venv/bin/python scripts/update_catalogs.py --compile  # only compile .po -> .mo
    .venv/bin/python scripts/update_catalogs.py --new pl   # start a catalog for a new language

Babel (a test dependency) does the work; the app itself reads the compiled `.mo` files with the
standard library's `gettext`, so users never need Babel.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsquiz"
LOCALE = PACKAGE / "locale"
DOMAIN = "newsquiz"
KEYWORDS = {"_": None, "N_": None, "n_": (1, 2), "p_": ((1, "c"), 2)}
"""The translation functions of `newsquiz.i18n` and where their messages sit."""


def extract() -> Catalog:
    template = Catalog(project="newsquiz", fuzzy=False)
    found = extract_from_dir(
        str(PACKAGE), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=()
    )
    for filename, lineno, message, comments, context in found:
        template.add(
            message, locations=[(filename, lineno)], auto_comments=comments, context=context
        )
    return template


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, domain=DOMAIN)


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_all() -> None:
    for path in sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        path.with_suffix(".mo").write_bytes(compiled(read_catalog(path)))
        print(f"compiled {path.relative_to(ROOT)}")


def update_all(template: Catalog) -> None:
    for path in sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        catalog = read_catalog(path)
        catalog.update(template, update_header_comment=False, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, omit_header=False, sort_output=False)
        missing = [m.id for m in catalog if m.id and not (m.string and all(m.string))]
        print(f"updated {path.relative_to(ROOT)}: {len(missing)} untranslated")


def start(code: str, template: Catalog) -> None:
    path = po_path(code)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog = Catalog(locale=code, domain=DOMAIN, project="newsquiz", fuzzy=False)
    catalog.update(template, no_fuzzy_matching=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100)
    print(f"started {path.relative_to(ROOT)}; now translate it, then run this script again")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile")
    parser.add_argument("--new", metavar="CODE", help="start a catalog for this language")
    args = parser.parse_args()
    if args.new:
        start(args.new, extract())
        return
    if not args.compile:
        update_all(extract())
    compile_all()


if __name__ == "__main__":
    main()
