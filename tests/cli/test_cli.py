"""The command line: check (files and stdin), rulebook lint/explain/new/list."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from qungui.cli.main import app

runner = CliRunner()


def test_check_reads_a_file_and_writes_one_line_per_input(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "兼职刷单日结"}\nbroken\n{"id": "2", "text": "收到"}\n', encoding="utf-8")
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["check", "--input", str(source), "--output", str(target)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [o.get("id") for o in out] == ["1", None, "2"]
    assert out[0]["findings"][0]["category"] == "ad" and "error" in out[1] and out[2]["findings"] == []


def test_check_reads_stdin_and_uses_a_rulebook():
    result = runner.invoke(app, ["check", "--rulebook", "chamber"], input='{"id": "a", "text": "你个傻逼"}\n')
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    record = json.loads(line)
    assert record["id"] == "a" and any(f["category"] == "abuse" for f in record["findings"])


def test_check_fails_only_when_the_input_cannot_be_read(tmp_path):
    missing = runner.invoke(app, ["check", "--input", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code != 0 and "cannot read" in missing.output
    directory = runner.invoke(app, ["check", "--input", str(tmp_path)])
    assert directory.exit_code != 0
    bad_rulebook = tmp_path / "bad.yaml"
    bad_rulebook.write_text("name: x\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--rulebook", str(bad_rulebook)], input="")
    assert result.exit_code == 2 and "problem" in result.output


def test_lint_reports_problems_with_lines_and_passes_templates(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\ntitle: t\ngroup_kind: custom\nclauses:\n  - id: 一\n    text: x\n", encoding="utf-8")
    result = runner.invoke(app, ["rulebook", "lint", str(bad)])
    assert result.exit_code == 1
    assert "bad.yaml:5" in result.output and "title" in result.output and "enforcement" in result.output
    good = runner.invoke(app, ["rulebook", "lint", "community", "company", "department", "chamber", "vip-store"])
    assert good.exit_code == 0, good.output
    assert good.output.count("✓") == 5


def test_explain_json_lists_clauses_with_the_contract_keys():
    result = runner.invoke(app, ["rulebook", "explain", "chamber", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(set(row) == {"clause", "text", "enforcement", "mechanism"} for row in rows)
    assert {"三.4", "三.5"} <= {row["clause"] for row in rows}
    table = runner.invoke(app, ["rulebook", "explain", "community"])
    assert table.exit_code == 0 and "四.2" in table.output


def test_new_starts_a_rulebook_from_a_template(tmp_path):
    target = tmp_path / "mine.yaml"
    result = runner.invoke(app, ["rulebook", "new", "my-group", "--from", "chamber", "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").count("name: my-group") == 1
    again = runner.invoke(app, ["rulebook", "new", "my-group", "--from", "chamber", "--out", str(target)])
    assert again.exit_code == 2 and "exists" in again.output
    assert runner.invoke(app, ["rulebook", "new", "Bad Name"]).exit_code == 2
    assert runner.invoke(app, ["rulebook", "new", "ok", "--from", "nope"]).exit_code == 2


def test_list_shows_every_template():
    result = runner.invoke(app, ["rulebook", "list"])
    assert result.exit_code == 0
    for name in ("community", "company", "department", "chamber", "vip-store"):
        assert name in result.output


def test_check_with_workers_writes_the_same_lines(tmp_path):
    lines = [
        json.dumps(
            {
                "id": f"m{i}",
                "text": f"订单{i % 7}号，加我薇信 wx{i % 50:05d}",
                "sender": "u1",
                "ts": f"2026-11-24T10:{i // 60 % 60:02d}:{i % 60:02d}+08:00",
            },
            ensure_ascii=False,
        )
        for i in range(400)
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        target = tmp_path / f"out{workers}.jsonl"
        result = runner.invoke(app, ["check", "-i", str(source), "-o", str(target), "--workers", workers])
        assert result.exit_code == 0, result.output
        outputs.append(target.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] and outputs[0].count("\n") == 400 and '"flood"' in outputs[0]


def test_chunks_split_lines_like_a_binary_file():
    import io

    from qungui.cli.check import read_chunks

    data = b'{"a": 1}\r\n\n' + b"x" * 300 + b"\nlast without newline"
    chunks = list(read_chunks(io.BytesIO(data), size=7))
    assert [line for chunk in chunks for line in chunk] == [line.rstrip(b"\n") for line in io.BytesIO(data)]


def test_check_does_not_import_the_other_commands():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from qungui.cli.main import main\n"
        "sys.argv = ['qungui', 'check']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('sqlalchemy', 'fastapi', 'qungui.cli.db', 'qungui.cli.model') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], input="", capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
