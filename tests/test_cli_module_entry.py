"""``python -m timeline`` runs the same command line as the installed ``timeline`` command."""

import subprocess
import sys


def test_python_dash_m_timeline_answers_help():
    out = subprocess.run([sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    for command in ("build", "events", "tag", "eval", "review", "export"):
        assert command in out.stdout


def test_python_dash_m_timeline_reports_bad_input_in_one_line(tmp_path):
    out = subprocess.run([sys.executable, "-m", "timeline", "events", str(tmp_path / "missing.md")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "no such file" in (out.stderr + out.stdout)
