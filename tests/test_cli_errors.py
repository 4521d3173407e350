"""Bad input gives one line on stderr saying what and how to fix it, a non-zero exit, no traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from timeline.cli import app

GOOD = (
    "---\npublished: 2025-03-12\ntitle: Talks\n---\n"
    "The foreign ministers of Armenia and Azerbaijan met in Washington on Monday "
    "and agreed to continue the talks next month.\n"
)


def _error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


def _assert_one_line_error(result, *needles: str, code: int | None = None) -> str:
    assert result.exit_code != 0, result.stdout + result.stderr
    if code is not None:
        assert result.exit_code == code
    assert "Traceback" not in result.stderr + result.stdout
    errors = _error_lines(result)
    assert len(errors) == 1, result.stderr
    line = errors[0]
    for needle in needles:
        assert needle in line, line
    assert "(" in line and line.endswith(")"), f"the line must say how to fix it: {line}"
    return line


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_missing_file(runner, tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out")])
    _assert_one_line_error(result, "nope.txt")


def test_cli_empty_file(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["build", str(empty), "--out", str(tmp_path / "out")])
    _assert_one_line_error(result, "empty.txt", "empty")


def test_cli_binary_file(runner, tmp_path):
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = runner.invoke(app, ["events", str(binary)])
    _assert_one_line_error(result, "blob.txt", "binary")


def test_cli_undecodable_file(runner, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a déclaré que la réunion aura lieu à Genève. ".encode("latin-1") * 3)
    result = runner.invoke(app, ["events", str(latin), "--dct", "2025-01-02"])
    _assert_one_line_error(result, "latin.txt", "UTF-8")


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-45", "21/10/2025x", ""])
def test_cli_bad_dct(runner, tmp_path, bad):
    article = tmp_path / "a.md"
    article.write_text(GOOD)
    result = runner.invoke(app, ["events", str(article), "--dct", bad])
    _assert_one_line_error(result, "--dct", "YYYY-MM-DD", code=2)


def test_cli_unknown_format(runner, tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    result = runner.invoke(app, ["events", str(pdf)])
    _assert_one_line_error(result, "report.pdf", ".pdf")


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (["events", "{article}", "--format", "xml"], ("--format", "'xml'", "timeline events --help")),
        (["build", "{article}", "--plotlyjs", "foo"], ("--plotlyjs", "'foo'", "timeline build --help")),
        (["build"], ("Missing argument", "timeline build --help")),
        (["events", "{article}", "--colour"], ("--colour", "timeline events --help")),
    ],
)
def test_cli_usage_errors_are_one_line(runner, tmp_path, args, needles):
    article = tmp_path / "a.md"
    article.write_text(GOOD)
    result = runner.invoke(app, [a.replace("{article}", str(article)) for a in args])
    _assert_one_line_error(result, *needles, code=2)
    assert result.stderr.count("\n") == 1, result.stderr


def test_cli_output_folder_that_is_a_file(runner, tmp_path):
    blocker = tmp_path / "taken"
    blocker.write_text("a file")
    article = tmp_path / "a.md"
    article.write_text(GOOD)
    result = runner.invoke(app, ["build", str(article), "--out", str(blocker)])
    _assert_one_line_error(result, "taken", "is a file", "--out")


def test_cli_unwritable_output_folder(runner, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be")
    article = tmp_path / "a.md"
    article.write_text(GOOD)
    result = runner.invoke(app, ["build", str(article), "--out", str(blocker / "out")])
    _assert_one_line_error(result, "cannot write", "--out")


def test_cli_no_dct_with_relative_dates_names_file_and_flag(runner, tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text("The two presidents spoke by phone on Tuesday and agreed to meet next week.\n")
    result = runner.invoke(app, ["events", str(article)])
    line = _assert_one_line_error(result, "undated.txt", "--dct")
    assert "today" not in line.lower()


def test_cli_batch_reports_bad_document_and_builds_the_rest(runner, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD)
    (folder / "empty.txt").write_text("")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(folder), "--out", str(out), "--plotlyjs", "cdn"])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    errors = _error_lines(result)
    assert len(errors) == 1 and "empty.txt" in errors[0]
    assert (out / "articles.html").is_file()
    assert (out / "articles.events.csv").read_text(encoding="utf-8-sig").count("\n") >= 2


def test_cli_no_dct_in_html_says_how_to_date_a_page(runner, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks</title></head><body><article>"
        + "<p>The two presidents spoke by phone on Tuesday and agreed to meet next week in Geneva.</p>" * 3
        + "</article></body></html>"
    )
    result = runner.invoke(app, ["events", str(page)])
    line = _assert_one_line_error(result, "page.html", "--dct", "metadata")
    assert "front matter" not in line
    assert line.count("'Tuesday'") == 1


def test_cli_build_twice_in_a_folder_does_not_read_its_own_page(runner, tmp_path):
    (tmp_path / "a.md").write_text(GOOD)
    for _ in range(2):
        result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "outputs"), "--plotlyjs", "cdn"])
        assert result.exit_code == 0, result.stderr
        assert result.stderr.startswith("1 document,"), result.stderr


def test_cli_internal_error_is_one_line_not_a_traceback(runner, tmp_path, monkeypatch):
    article = tmp_path / "a.md"
    article.write_text(GOOD)

    def broken(*args, **kwargs):
        raise KeyError("lexicon")

    monkeypatch.setattr("timeline.pipeline.build_timeline", broken)
    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)
    result = runner.invoke(app, ["events", str(article)])
    line = _assert_one_line_error(result, "internal error", "KeyError", "TIMELINE_DEBUG")
    assert result.exit_code == 1, line


def test_cli_build_a_bug_on_one_article_reports_it_and_builds_the_others(runner, tmp_path, monkeypatch):
    import timeline.events as events_module

    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "breaks.md").write_text(GOOD.replace("Armenia and Azerbaijan", "Serbia and Kosovo"))
    real = events_module.extract_events

    def breaks_on_one(doc, *args, **kwargs):
        if "Kosovo" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(events_module, "extract_events", breaks_on_one)
    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)
    out = tmp_path / "outputs"
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(out), "--plotlyjs", "cdn"])
    assert "Traceback" not in result.stderr + result.stdout
    errors = _error_lines(result)
    assert len(errors) == 1, result.stderr
    assert "breaks.md" in errors[0] and "internal error" in errors[0] and "IndexError" in errors[0], errors[0]
    assert "TIMELINE_DEBUG" in errors[0] and errors[0].endswith(")"), errors[0]
    csv_files = list(out.rglob("*.csv"))
    assert csv_files, list(out.rglob("*"))
    table = "".join(p.read_text() for p in csv_files)
    assert "Armenia" in table and "Kosovo" not in table


def test_cli_build_debug_mode_shows_the_bug_on_one_article(runner, tmp_path, monkeypatch):
    import timeline.events as events_module

    (tmp_path / "a.md").write_text(GOOD)

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(events_module, "extract_events", broken)
    monkeypatch.setenv("TIMELINE_DEBUG", "1")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "outputs"), "--plotlyjs", "cdn"])
    assert isinstance(result.exception, IndexError)
