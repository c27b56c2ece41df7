"""`stillpoint import PATH --from daylio`: summary, --mood mapping, exit 2 writing nothing."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent.parent / "data" / "daylio"
CUSTOM = str(DATA / "custom_moods.csv")


def test_unmapped_moods_exit_2_listing_all_of_them_and_write_nothing(cli, data_dir):
    result = cli("import", CUSTOM, "--from", "daylio", "--mood", "ok but sleepy=1",
                 "--mood", "nothing here=2")
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "'Bad [-]' (2)" in result.err and "sleepy" not in result.err.split("(map")[0]
    assert "--mood 'NAME=VALUE'" in result.err
    assert not data_dir.exists()
    result = cli("import", CUSTOM, "--from", "daylio")
    assert "'Bad [-]' (2), 'ok but sleepy' (1)" in result.err


def test_mapped_import_json_summary_and_reimport_adds_nothing(cli):
    args = ("import", CUSTOM, "--from", "daylio", "--mood", "bad [-]=-2",
            "--mood", "ok but sleepy=1", "--json")
    first = cli(*args)
    assert first.code == 0, first.err
    assert json.loads(first.out) == {"rows_read": 4, "added": 4, "already_present": 0,
                                     "skipped": []}
    again = json.loads(cli(*args).out)
    assert (again["added"], again["already_present"]) == (0, 4)
    listed = json.loads(cli("mood", "list", "--json").out)["checkins"]
    assert [c["pleasantness"] for c in listed] == [5, -2, -2, 1]
    assert sorted((t["category"], t["name"]) for t in listed[2]["tags"]) == [
        ("activity", "meeting: weekly"), ("activity", "work")]


def test_skipped_rows_are_reported_with_reasons(cli, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note\n"
                    "2024-01-02,x,x,10:00,good,,\n2024-01-03,x,x,noon,good,,\n")
    result = cli("import", str(path), "--from", "daylio")
    assert result.code == 0
    assert "1 added" in result.out and "skipped line 3: 'noon' is not a time" in result.out
    summary = json.loads(cli("import", str(path), "--from", "daylio", "--json").out)
    assert summary["skipped"] == [{"line": 3, "reason": "'noon' is not a time such as 18:50 "
                                                        "or 6:50 pm"}]


def test_bad_values_and_files_exit_2_with_one_line(cli, data_dir, tmp_path):
    cases = [("--mood", "meh=6"), ("--mood", "meh"), ("--tag-kind", "doing")]
    for option, value in cases:
        result = cli("import", CUSTOM, "--from", "daylio", option, value)
        assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert cli("import", CUSTOM, "--mood", "x=1").code == 2  # not for a Stillpoint file
    for path in (tmp_path, tmp_path / "missing.csv"):
        result = cli("import", str(path), "--from", "daylio")
        assert result.code == 2 and result.err.count("\n") == 1
    assert not data_dir.exists()


def test_a_real_process_reads_a_bom_file_and_exits_2_when_unmapped(cli_process, data_dir):
    result = cli_process("--data-dir", str(data_dir), "import", CUSTOM, "--from", "daylio")
    assert result.code == 2 and "Traceback" not in result.err
    assert "'ok but sleepy' (1)" in result.err
    result = cli_process("--data-dir", str(data_dir), "import", str(DATA / "with_title_bom.csv"),
                         "--from", "daylio", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["added"] == 4
