"""`stillpoint report`: a real PDF with the chosen period; bad input writes nothing.

Pages are counted from the PDF's own page tree; when poppler-utils (Debian package) is
installed, `pdfinfo` confirms the count independently.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.app.stats_helpers import berlin


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.fixture
def filled(ctx):
    for i in range(40):
        day = f"2026-10-{1 + i % 28:02d}"
        ctx.mood.add_checkin(pleasantness=(i % 11) - 5, energy=(i * 3) % 11 - 5,
                             note=f"note {i}" if i % 4 == 0 else None,
                             at=berlin(f"{day}T{8 + i % 12:02d}:00"))
    ctx.practice.log_session(kind="breathing", ref="box", title="Box breathing",
                             planned_seconds=300, actual_seconds=300, completed=True,
                             started_at=berlin("2026-10-05T08:00"), calm_before=3, calm_after=6)
    return ctx


def test_report_writes_a_pdf(cli, filled, tmp_path):
    out = tmp_path / "report.pdf"
    result = cli("report", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(out),
                 "--with-notes")
    assert result.code == 0, result.err
    assert "1 – 31 October 2026" in result.out and str(out) in result.out
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    pages = page_count(data)
    assert pages >= 2 and f"{pages}-page" in result.out
    assert not list(tmp_path.glob("*.part"))
    assert out.stat().st_mode & 0o777 == 0o600  # it holds notes: the owner's eyes only
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
        assert re.search(rf"^Pages:\s+{pages}$", info.stdout, re.M)


def test_fewer_sections_make_a_shorter_report(cli, filled, tmp_path):
    full, short = tmp_path / "full.pdf", tmp_path / "short.pdf"
    cli("report", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(full),
        "--with-notes")
    assert cli("report", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(short),
               "--sections", "practice").code == 0
    assert page_count(short.read_bytes()) == 1
    assert short.stat().st_size < full.stat().st_size


@pytest.mark.parametrize(("args", "message"), [
    (("--from", "2026-10-31", "--to", "2026-10-01"), "swap the dates"),
    (("--from", "2026-10-01", "--to", "2026-13-01"), "YYYY-MM-DD"),
    (("--from", "2026-10-01", "--to", "2026-10-02", "--sections", "mood,dreams"),
     "no report section 'dreams'"),
])
def test_bad_input_exits_2_and_writes_nothing(cli, tmp_path, args, message):
    out = tmp_path / "r.pdf"
    result = cli("report", *args, "--out", str(out))
    assert result.code == 2 and message in result.err
    assert not out.exists()


def test_missing_folder_and_wrong_suffix(cli, tmp_path):
    result = cli("report", "--from", "2026-10-01", "--to", "2026-10-02",
                 "--out", str(tmp_path / "nowhere" / "r.pdf"))
    assert result.code == 2 and "does not exist" in result.err
    result = cli("report", "--from", "2026-10-01", "--to", "2026-10-02",
                 "--out", str(tmp_path / "r.txt"))
    assert result.code == 2 and "ending in .pdf" in result.err


def test_an_existing_file_is_replaced_only_with_force(cli, filled, tmp_path):
    out = tmp_path / "kept.pdf"
    out.write_bytes(b"not mine to lose")
    args = ("report", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(out))
    refused = cli(*args)
    assert refused.code == 2 and "already exists" in refused.err
    assert out.read_bytes() == b"not mine to lose"
    assert cli(*args, "--force").code == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_report_from_a_separate_process(cli_process, filled, tmp_path, data_dir):
    out = tmp_path / "p.pdf"
    result = cli_process("report", "--from", "2026-10-01", "--to", "2026-10-07",
                         "--out", str(out), "--data-dir", str(data_dir))
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF-")


def test_days_and_ranges_read_plainly_and_the_table_goes_on_across_pages(cli, filled,
                                                                         tmp_path):
    out = tmp_path / "report.pdf"
    assert cli("report", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(out),
               "--sections", "mood").code == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert re.search(r"\b1 Oct\b", text) and re.search(r"Thu 1 Oct", text)
    assert not re.search(r"\b\d{1,2}\.\d{1,2}\.", text)  # not "1.10."
    assert "+0 to +0" not in text and not re.search(r"([+-]\d) to \1\b", text)
    # The day table starts under the chart and goes on below a repeated header: the first
    # page holds rows, so no page is left with a lone table.
    pages = text.split("\f")
    assert "Day by day" in pages[0] and re.search(r"Thu 1 Oct", pages[0])
    if len(pages) > 1 and re.search(r"\w{3} \d{1,2} Oct", pages[1]):
        assert "check-ins" in pages[1]


def test_the_safety_plan_goes_in_only_when_asked(cli, filled, tmp_path):
    filled.safety.add_item("coping", "Walk round the block with the dog")
    filled.safety.add_item("reasons", "My sister's laugh")
    plain, shared = tmp_path / "plain.pdf", tmp_path / "shared.pdf"
    assert cli("report", "--from", "2026-10-01", "--to", "2026-10-31",
               "--out", str(plain)).code == 0
    assert cli("report", "--from", "2026-10-01", "--to", "2026-10-31", "--out", str(shared),
               "--sections", "mood,safety").code == 0
    assert shutil.which("pdftotext"), "poppler-utils is in .ci/system-packages"
    text = {p: subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True,
                              check=True).stdout for p in (plain, shared)}
    assert "Walk round the block" not in text[plain] and "My safety plan" not in text[plain]
    assert "My safety plan" in text[shared] and "Walk round the block" in text[shared]
    assert "sister" in text[shared]
