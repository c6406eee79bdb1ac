"""Import .apkg files, in order, into a fresh Anki collection with the real `anki` package.

Not part of the test run, which checks the round trip through Anki in
tests/export/test_import_anki_real.py; this shows by hand what Anki adds, updates or skips for
successive exports. `anki` is a test dependency (`pip install -e '.[test]'`), or use a separate
interpreter that has it:

    python3 -m venv /tmp/ankivenv && /tmp/ankivenv/bin/pip install anki
    quiz export deck decks/sample-teacher.yaml -o /tmp/v1.apkg
    (edit the deck) quiz export deck decks/sample-teacher.yaml -o /tmp/v2.apkg
    /tmp/ankivenv/bin/python tools/check_apkg_with_anki.py /tmp/v1.apkg /tmp/v2.apkg

prints, per package, how many notes Anki added, updated or skipped, then the collection.
"""

from __future__ import annotations

import os
import sys
import tempfile

from anki.collection import (  # type: ignore[import-not-found]
    Collection,
    ImportAnkiPackageOptions,
    ImportAnkiPackageRequest,
)


def main(paths: list[str]) -> None:
    folder = tempfile.mkdtemp(prefix="anki-check-")
    col = Collection(os.path.join(folder, "collection.anki2"))
    try:
        for path in paths:
            request = ImportAnkiPackageRequest(
                package_path=os.path.abspath(path),
                options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=False),
            )
            log = col.import_anki_package(request).log
            print(f"{path}: new {len(log.new)}, updated {len(log.updated)}, "
                  f"unchanged/older {len(log.duplicate)}, conflicting {len(log.conflicting)}")
        note_ids = col.find_notes("")
        print(f"notes in the collection: {len(note_ids)}")
        for note_id in note_ids:
            note = col.get_note(note_id)
            print(f"  {note.guid}  {note.fields[0][:50]!r} -> {note.fields[1][:30]!r}")
        print("decks:", ", ".join(d.name for d in col.decks.all_names_and_ids()))
    finally:
        col.close()


if __name__ == "__main__":
    main(sys.argv[1:])
