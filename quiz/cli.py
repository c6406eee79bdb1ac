"""The `quiz` command line: a click group whose commands are thin calls into the library.

Textual is imported only by the command that opens the app, so `quiz --help`, `quiz check` and
the other commands start fast.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click

from quiz import __version__
from quiz.errors import QuizError
from quiz.textsafe import visible, visible_message


def echo(message: str = "", *, err: bool = False, nl: bool = True) -> None:
    """Print one message. Every message goes through here: text read from decks, documents,
    files and databases (and their names) is shown terminal-safe (quiz.textsafe), so an ESC in
    a deck's title cannot retitle the window or clear the screen; a message on stderr shows a
    tab quoted from a file as `\\t`."""
    click.echo(visible_message(message) if err else visible(message), err=err, nl=nl)

MAX_DAILY_LIMIT = 1_000_000  # quiz.store.progress.MAX_DAILY_LIMIT (not imported: start-up time)


def _count(number: int, noun: str) -> str:
    """"1 deck", "2 decks", "3,780 words"."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


class FilePath(click.Path):
    """A file path option or argument; an empty value is a usage error instead of `.`."""

    def __init__(self) -> None:
        super().__init__(path_type=Path, dir_okay=False)

    def convert(self, value: str | os.PathLike[str], param: click.Parameter | None,
                ctx: click.Context | None) -> str | bytes | os.PathLike[str]:
        if isinstance(value, str) and not value.strip():
            self.fail("give a file name, not an empty value", param, ctx)
        return super().convert(value, param, ctx)


class QuizGroup(click.Group):
    """Turns every QuizError into `quiz: message` and exit 1 instead of a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except QuizError as exc:
            echo(f"quiz: {exc}", err=True)
            sys.exit(1)


def _student_name(value: str | None) -> str | None:
    """A --student value without surrounding spaces; a usage error when it cannot be a name."""
    from quiz.core.students import student_name_problem

    if value is None:
        return None
    problem = student_name_problem(value.strip())
    if problem is not None:
        raise click.BadParameter(visible(problem), param_hint="'--student'")
    return value.strip()


@click.group(cls=QuizGroup, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="quiz")
@click.option(
    "--decks",
    "decks_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder of deck files to study (default: ./decks).",
)
@click.option("--db", type=FilePath(), default=None,
              help="Progress database (default: QUIZ_DB or the user data folder).")
@click.option("--student", default=None, callback=lambda ctx, param, value: _student_name(value),
              help="Student name (default: QUIZ_STUDENT; the app: the last student it opened as, "
                   "else the OS user).")
@click.pass_context
def cli(ctx: click.Context, decks_dir: Path | None, db: Path | None, student: str | None) -> None:
    """Study decks generated from your documents, with spaced repetition.

    With no command, opens the study app on the decks folder.
    """
    ctx.ensure_object(dict)
    ctx.obj.update(decks_dir=decks_dir, db=db, student=student)
    if ctx.invoked_subcommand is None:
        _open_app(decks_dir, db, student)


def _open_app(decks_dir: Path | None, db: Path | None, student: str | None) -> None:
    """Open the study app; Textual is imported here only, so other commands start fast."""
    from quiz import locations
    from quiz.tui import make_app

    if decks_dir is None:
        decks_dir = locations.default_decks_dir()
        samples = locations.sample_decks_dir()
        if not decks_dir.exists() and samples.is_dir():
            echo(f"quiz: no {decks_dir} folder here, so the sample decks that come with quiz "
                 f"are shown; make your own with `quiz generate DOCUMENTS` (or write one: "
                 f"`quiz schema`), or point to a folder with --decks DIR", err=True)
            decks_dir = samples
    # None: the student the app last opened as in this database (quiz.scheduling.preferences)
    app = make_app(decks_dir, db or locations.db_path(), student or locations.named_student())
    app.run()
    if app.return_code:  # Textual sets 1 when the app stopped on an error it did not handle
        sys.exit(app.return_code)


# --- decks: check, schema ------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def check(paths: tuple[Path, ...]) -> None:
    """Validate deck files and folders; print every problem as file:line:column."""
    from quiz.deck import load_decks

    result = load_decks(list(paths))
    if not result.decks and not result.errors:
        echo(f"no deck files (*.yaml, *.yml) in {', '.join(map(str, paths))}")
        sys.exit(1)
    for problem in result.problems:
        echo(str(problem))
    cards = sum(len(d.cards) for d in result.decks)
    bad = len(result.errors)
    if bad:
        n = len(result.problems)
        echo(f"{n} problem{'s' if n != 1 else ''} in {bad} file{'s' if bad != 1 else ''}; "
                   f"{len(result.decks)} deck{'s' if len(result.decks) != 1 else ''} OK")
        sys.exit(1)
    echo(f"{len(result.decks)} deck{'s' if len(result.decks) != 1 else ''}, "
               f"{cards} card{'s' if cards != 1 else ''}: no problems")


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the deck format (for editors' YAML language servers)."""
    from quiz.deck.schema import schema_text

    click.echo(schema_text(), nl=False)

# --- generate ---------------------------------------------------------------------------------

_PROGRESS_MIN_DOCUMENTS = 20


PROGRESS_LABEL = "Reading documents"


@contextlib.contextmanager
def _progress_bar(documents: int) -> Iterator[Callable[[int, int], None] | None]:
    """click's progress bar on stderr while many documents are read, yielding the callback
    for `generate_decks`; None (nothing shown) for a few documents, or when stderr is not a
    terminal: a log or a pipe gets the report alone."""
    if documents < _PROGRESS_MIN_DOCUMENTS or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=documents, label=PROGRESS_LABEL, file=sys.stderr,
                           show_pos=True) as bar:
        yield lambda done, _total: bar.update(done - bar.pos)


@cli.command("generate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              default=Path("decks"), show_default=True, help="Folder to write the decks into.")
@click.option("--force", is_flag=True,
              help="Overwrite decks edited by hand instead of writing NAME.yaml.new beside them.")
@click.option("--jobs", type=click.IntRange(min=1, max=64), default=None,
              help="Worker processes for large runs (default: one per CPU; at most 64).")
@click.option("--rejected", "rejected_path", type=FilePath(), default=None,
              help="Also write the candidate cards left out, with the reason for each, to this "
                   "YAML file.")
def generate_command(paths: tuple[Path, ...], out_dir: Path, force: bool,
                     jobs: int | None, rejected_path: Path | None) -> None:
    """Make one deck per document (.txt, .md) in PATHS (default: seeds/).

    Exit status 1 when an input was missing, empty, binary or not UTF-8 (the others are still
    processed).
    """
    from quiz.generate import generate_decks
    from quiz.generate.pipeline import collect_documents

    inputs = list(paths) or [Path("seeds")]
    documents = collect_documents(inputs)[0]
    if rejected_path is not None:  # refused before any work: never a document overwritten
        from quiz.core.files import check_output

        check_output(rejected_path, documents, option="--rejected")
    with _progress_bar(len(documents)) as progress:
        report = generate_decks(inputs, out_dir, force=force, on_progress=progress, jobs=jobs,
                                keep_rejected=rejected_path is not None)
    for result in report.results:
        if result.path is None and result.candidates:  # every candidate left out
            echo(f"{result.source}: none of its {_count(result.candidates, 'candidate card')} "
                 "was kept (--rejected FILE lists them with the reason for each); no deck")
        elif result.path is None:  # empty: no facts, so no deck written
            echo(f"{result.source}: no dates, officials or agreements found; no deck")
        elif result.status == "kept":
            echo(f"{result.source}: {result.path.with_suffix('')} was edited by hand, so "
                 f"it was kept; the new deck is in {result.path} ({_count(result.cards, 'card')}): "
                 "rename it over the old one to adopt it, or run with --force")
        else:
            counted = _count(result.cards, "card")
            echo(f"{result.source} -> {result.path} ({counted}, {result.status})")
    for warning in report.warnings:
        echo(f"quiz: warning: {warning}", err=True)
    written = sum(1 for r in report.results if r.path is not None)
    echo(f"{_count(written, 'deck')} from {_count(len(report.results), 'document')}, "
         f"{_count(report.words, 'word')}")
    if rejected_path is not None:
        from quiz.generate.rejected import write_rejected

        try:
            count = write_rejected(rejected_path, report.rejected)
        except OSError as exc:
            raise QuizError(f"{rejected_path}: cannot be written ({exc.strerror})") from None
        echo(f"{count} candidates left out, with reasons, in {rejected_path}")
    if report.had_bad_input:
        sys.exit(1)


# --- study engine -----------------------------------------------------------------------------


@cli.command()
@click.pass_context
def students(ctx: click.Context) -> None:
    """List the students in the progress database with how much each has studied."""
    from quiz.store import ProgressStore

    store = ProgressStore.open(ctx.obj.get("db"), create=False)
    try:
        rows = store.list_students()
    finally:
        store.close()
    if not rows:
        echo("no students yet")
    for s in rows:
        last = s.last_review.strftime("%Y-%m-%d %H:%M UTC") if s.last_review else "never"
        echo(f"{s.name}\t{_count(s.reviews, 'review')}\t{_count(s.cards_seen, 'card')} seen\t"
             f"last: {last}")


@cli.command()
@click.option("--new", "new_limit", type=click.IntRange(0, MAX_DAILY_LIMIT),
              help="New cards per deck a day.")
@click.option("--reviews", "review_limit", type=click.IntRange(0, MAX_DAILY_LIMIT),
              help="Reviews per deck a day.")
@click.option("--day-start", type=click.IntRange(0, 23), help="Hour the study day starts (4).")
@click.option("--tz", default=None, help="Time zone, e.g. Europe/Paris ('' = this machine's).")
@click.pass_context
def limits(ctx: click.Context, new_limit: int | None, review_limit: int | None,
           day_start: int | None, tz: str | None) -> None:
    """Show or change the student's daily limits, day start hour and time zone."""
    from quiz import locations
    from quiz.store import ProgressStore

    changing = any(v is not None for v in (new_limit, review_limit, day_start, tz))
    store = ProgressStore.open(ctx.obj.get("db"), create=changing)
    try:
        s = store.update_student(ctx.obj.get("student") or locations.default_student(),
                                 new_limit=new_limit, review_limit=review_limit,
                                 day_start_hour=day_start, tz=tz)
    finally:
        store.close()
    echo(f"{s.name}: {s.new_limit} new and {s.review_limit} reviews per deck a day; "
               f"days start at {s.day_start_hour}:00 {s.tz or 'local time'}")


@cli.command()
@click.pass_context
def sync(ctx: click.Context) -> None:
    """Record the decks folder in the progress database now, and say what changed.

    The app does this when it opens; run it after editing decks, before exporting progress.
    A card whose question was edited keeps its progress ("kept progress of 1 edited card").
    """
    from quiz import locations
    from quiz.deck import load_decks
    from quiz.store import ProgressStore

    folder = ctx.obj.get("decks_dir") or locations.default_decks_dir()
    result = load_decks([folder])
    for problem in result.problems:
        click.echo(f"quiz: warning: {problem}", err=True)
    if result.decks:
        store = ProgressStore.open(ctx.obj.get("db"))
        try:
            report = store.sync_decks(result.decks)
        finally:
            store.close()
        click.echo(report.summary() or "every deck was already up to date")
    else:
        click.echo(f"no decks to record in {folder}")
    if result.errors or not result.decks:
        sys.exit(1)


@cli.command()
@click.argument("deck_id")
@click.argument("value", type=float, required=False)
@click.pass_context
def retention(ctx: click.Context, deck_id: str, value: float | None) -> None:
    """Show or set a deck's desired retention (0.9 = FSRS aims at 90% recall)."""
    from quiz.store import ProgressStore

    store = ProgressStore.open(ctx.obj.get("db"), create=value is not None)
    try:
        if value is not None:
            store.set_deck_retention(deck_id, value)
        current = store.deck_retention(deck_id)
    finally:
        store.close()
    echo(f"{deck_id}: desired retention {current:.2f}")

# --- exports and reports ----------------------------------------------------------------------


def _db_path(ctx: click.Context) -> Path:
    from quiz.locations import db_path

    return ctx.obj.get("db") or db_path()


def _check_output(output: Path | None, inputs: list[Path] | tuple[Path, ...] = (), *,
                  option: str = "-o", database: Path | None = None) -> None:
    """Refuse (before any work) an output that is an input or the database; see quiz.core.files."""
    from quiz.core.files import check_output

    if output is not None:
        check_output(output, inputs, option=option, database=database)


def _emit(text: str, fmt: str, output: Path | None) -> None:
    from quiz.export.render import save_export

    if output is None:
        if sys.stdout.isatty():  # data for a file, shown on a terminal: make it safe there
            text = visible(text)
        click.echo(text, nl=False)
    else:
        save_export(text, fmt, output)
        echo(f"wrote {output}", err=True)


@cli.group()
def export() -> None:
    """Export progress (CSV, JSON, HTML report) or a deck (Anki package, CSV)."""


@export.command("progress")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "html"]), default="csv",
              show_default=True, help="csv: one row per student and card; json: everything, "
              "versioned; html: the report.")
@click.option("--student", default=None, help="Only this student (default: every student).")
@click.option("--deck", "deck_id", default=None, help="Only this deck id (default: every deck).")
@click.option("-o", "--output", type=FilePath(), default=None,
              help="Write to FILE instead of stdout.")
@click.pass_context
def export_progress_cmd(ctx: click.Context, fmt: str, student: str | None,
                        deck_id: str | None, output: Path | None) -> None:
    """Export study progress from the --db database."""
    from quiz.export.progress import export_progress
    from quiz.export.render import progress_text

    _check_output(output, database=_db_path(ctx))
    doc = export_progress(_db_path(ctx), student=student or ctx.obj.get("student"),
                          deck=deck_id, reviews=fmt != "csv")
    _emit(progress_text(doc, fmt), fmt, output)


@export.command("deck")
@click.argument("deck_spec", metavar="DECK_ID_OR_PATH")
@click.option("--format", "fmt", type=click.Choice(["apkg", "csv"]), default="apkg",
              show_default=True, help="apkg: Anki package; csv: one card per row.")
@click.option("-o", "--output", type=FilePath(), required=True,
              help="The file to write.")
@click.pass_context
def export_deck_cmd(ctx: click.Context, deck_spec: str, fmt: str, output: Path) -> None:
    """Export a deck file (or a deck id from the --decks folder) for Anki or a spreadsheet."""
    from quiz.export.deck_export import export_deck
    from quiz.locations import default_decks_dir

    deck = export_deck(deck_spec, fmt, output, ctx.obj.get("decks_dir") or default_decks_dir())
    echo(f"wrote {output}: {_count(len(deck.cards), 'card')} of {deck.id}", err=True)


@cli.group()
def report() -> None:
    """Reports for teachers built from students' progress exports."""


@report.command("class")
@click.argument("exports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=FilePath(), default=None,
              help="Write the HTML report to FILE (default: stdout).")
@click.option("--csv", "csv_path", type=FilePath(),
              default=None, help="Also write per-card class accuracy as CSV to FILE.")
def report_class(exports: tuple[Path, ...], output: Path | None, csv_path: Path | None) -> None:
    """Merge students' JSON exports (quiz export progress --format json) into one report."""
    from quiz.export.class_report import class_csv, load_class, render_class_html

    _check_output(output, exports)
    _check_output(csv_path, exports, option="--csv")
    if output is not None and csv_path is not None:
        from quiz.core.files import same_file

        if same_file(output, csv_path):
            raise QuizError(f"--csv and -o both name {output}; give two files")
    data = load_class(list(exports))
    if csv_path is not None:
        _emit(class_csv(data), "csv", csv_path)
    _emit(render_class_html(data), "html", output)


@cli.group("import")
def import_group() -> None:
    """Turn other formats into deck files."""


@import_group.command("csv")
@click.argument("source", type=FilePath())
@click.option("-o", "--output", type=FilePath(), required=True,
              help="The deck file to write, e.g. decks/vocab.yaml (its name is the deck id).")
@click.option("--title", default=None, help="Deck title (default: from the CSV file name).")
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
def import_csv_cmd(source: Path, output: Path, title: str | None, force: bool) -> None:
    """Import a spreadsheet (CSV/TSV, with or without header) or a Quizlet export."""
    from quiz.export.anki_import import looks_like_anki_text
    from quiz.export.csv_import import import_csv

    if looks_like_anki_text(source):
        echo(f"{source} is an Anki plain-text export (#separator:...): read as by "
             "`quiz import anki`", err=True)
        click.get_current_context().invoke(import_anki_cmd, source=source, output=output,
                                           title=title, force=force)
        return
    deck = import_csv(source, output, title=title, force=force)
    echo(f"wrote {output}: {_count(len(deck.cards), 'card')} (deck id {deck.id})")


@import_group.command("anki")
@click.argument("source", type=FilePath())
@click.option("-o", "--output", type=FilePath(), required=True,
              help="The deck file to write, e.g. decks/vocab.yaml (its name is the deck id).")
@click.option("--title", default=None, help="Deck title (default: the Anki deck's name).")
@click.option("--force", is_flag=True, help="Replace OUTPUT if it exists.")
def import_anki_cmd(source: Path, output: Path, title: str | None, force: bool) -> None:
    """Import an Anki package (.apkg) or Anki's "Notes in Plain Text" export."""
    from quiz.export.anki_import import import_anki

    report = import_anki(source, output, title=title, force=force)
    for warning in report.warnings:
        echo(f"quiz: warning: {warning}", err=True)
    echo(f"wrote {output}: {_count(len(report.deck.cards), 'card')} (deck id {report.deck.id})")


@cli.command()
@click.argument("target", type=click.Path(path_type=Path))
@click.pass_context
def backup(ctx: click.Context, target: Path) -> None:
    """Copy the progress database to TARGET safely, even while quiz is running."""
    from quiz.export.backup import backup_database

    result = backup_database(_db_path(ctx), target)
    echo(f"backed up {result.source} to {result.target}: {result.students} students, "
               f"{result.reviews} reviews, {result.size} bytes")


# --- serve ------------------------------------------------------------------------------------


@cli.command("serve")
@click.option("--decks", "decks_dir", type=click.Path(path_type=Path, file_okay=False),
              default=None, help="Folder of decks the class studies (default: quiz's --decks, "
                                 "else ./decks).")
@click.option("--db", type=FilePath(), default=None,
              help="The one progress database every student writes to (default: quiz's --db, "
                   "else QUIZ_DB or the user data folder).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 lets other machines of the network connect.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.pass_context
def serve_command(ctx: click.Context, decks_dir: Path | None, db: Path | None, host: str,
                  port: int) -> None:
    """Serve the study app to a class's browsers: each browser studies as its own student.

    Students open http://HOST:PORT/ and type their name, or open
    http://HOST:PORT/?student=NAME. Ctrl+C stops the server.
    """
    from quiz import locations
    from quiz.serve.prepare import prepare_class

    decks_dir = decks_dir or ctx.obj.get("decks_dir") or locations.default_decks_dir()
    db = db or ctx.obj.get("db") or locations.db_path()
    prepared = prepare_class(decks_dir, db)
    for problem in prepared.problems:
        echo(f"quiz: warning: {problem}", err=True)

    from quiz.serve.server import ClassServer, serve

    def ready(url: str) -> None:
        echo(f"serving {_count(prepared.decks, 'deck')} ({_count(prepared.cards, 'card')}) "
             f"from {decks_dir}, progress in {db}")
        echo(f"open {url} (or {url}?student=NAME) in each student's browser; Ctrl+C stops")

    try:
        serve(ClassServer(decks_dir, db), host, port, on_ready=ready)
    except OSError as exc:
        import errno

        reason = exc.strerror or str(exc)
        if exc.errno == errno.EADDRINUSE:
            reason = "the port is in use (by another server?); choose another with --port"
        raise QuizError(f"cannot serve on {host}:{port}: {reason}") from exc


def main() -> None:
    """Console-script entry point."""
    cli(obj={})
