"""The command line, run as a user would (click's CliRunner)."""
import json
import shutil

from click.testing import CliRunner

from conftest import FIXTURE_KB, ROOT
from rasad.cli import main


def invoke(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_every_command_has_help_with_an_example():
    for cmd in (["extract"], ["explain"], ["eval"], ["eval-sentences"], ["geocode"], ["kb", "validate"]):
        result = invoke(*cmd, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output, cmd


def test_extract_jsonl_contract_and_bad_articles(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "ok", "published": "2021-03-04", "text": "وانفجرت عبوة ناسفة في تل السنابل أمس الأربعاء."},
                   ensure_ascii=False),
        json.dumps({"id": "no-text"}),
        "{broken json",
        json.dumps({"id": "bad-date", "text": "نص", "published": "yesterday"}),
        json.dumps({"id": "wrong-type", "text": ["list"]}),
    ]), encoding="utf-8")
    result = invoke("extract", "--kb", str(FIXTURE_KB), str(f))
    assert result.exit_code == 0
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert [x["article_id"] for x in lines] == ["ok", "no-text", None, "bad-date", "wrong-type"]
    ok = lines[0]
    assert ok["errors"] == [] and len(ok["events"]) == 1
    ev = ok["events"][0]
    for key in ("event_id", "article_id", "plover", "plover_mode", "acled_event_type", "acled_sub_event_type",
                "event_date", "time_precision", "actor1", "actor2", "assoc_actors", "location", "country",
                "fatalities", "injuries", "arrests", "claimed_by", "evidence", "notes", "confidence", "source",
                "published"):
        assert key in ev, key
    assert ev["event_date"] == "2021-03-03" and ev["location"]["name"] == "Tall Sanabil"
    assert "missing required field 'text'" in lines[1]["errors"][0]["message"]
    assert "not valid JSON" in lines[2]["errors"][0]["message"]
    assert "ISO 8601" in lines[3]["errors"][0]["message"]
    assert "'text' must be a string" in lines[4]["errors"][0]["message"]
    for bad in lines[1:]:
        assert bad["events"] == []


def test_extract_reads_stdin_and_a_json_object_file(tmp_path):
    obj = {"id": "x", "published": "2021-03-04", "text": "وقصف جيش فيلمار تل السنابل اليوم."}
    p = tmp_path / "one.json"
    p.write_text(json.dumps(obj, ensure_ascii=False, indent=1), encoding="utf-8")
    out1 = invoke("extract", "--kb", str(FIXTURE_KB), str(p)).output
    out2 = invoke("extract", "--kb", str(FIXTURE_KB), "-", input=json.dumps(obj, ensure_ascii=False)).output
    assert out1 == out2 and json.loads(out1)["events"]


def test_missing_input_file_is_a_clear_error():
    result = CliRunner().invoke(main, ["extract", "--kb", str(FIXTURE_KB), "no/such/file.jsonl"])
    assert result.exit_code != 0 and "no such file" in result.output


def test_kb_validate_names_file_line_and_field(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(FIXTURE_KB, kb)
    with (kb / "actors.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "dup", "name": "X", "type": "army", "inter": 9, "country": "ZZ",
                            "aliases_ar": ["جيش كاردونيا"], "source": "t"}, ensure_ascii=False) + "\n")
    with (kb / "persons.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "p.x", "name": "X", "aliases_ar": ["فلان"], "source": "t", "roles": [
            {"title": None, "role": "r", "org": "nope", "valid_from": "2020-01-01", "valid_to": "2021-01-01"},
            {"title": None, "role": "r", "org": "nope", "valid_from": "2020-06-01", "valid_to": None}]},
            ensure_ascii=False) + "\n")
    result = CliRunner().invoke(main, ["kb", "validate", str(kb)])
    assert result.exit_code != 0
    out = result.output
    line = len((FIXTURE_KB / "actors.jsonl").read_text(encoding="utf-8").splitlines()) + 1
    assert f"actors.jsonl:{line} type: must be one of" in out
    assert f"actors.jsonl:{line} inter: must be an ACLED inter code" in out
    assert "persons.jsonl:2 roles.0.org: unknown actor id 'nope'" in out
    assert "persons.jsonl:2 roles.1: overlaps roles.0" in out


def test_kb_validate_duplicate_alias(tmp_path):
    kb = tmp_path / "kb"
    shutil.copytree(FIXTURE_KB, kb)
    with (kb / "actors.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "dup", "name": "X", "type": "government", "inter": 1, "country": "ZZ",
                            "aliases_ar": ["الجيش الكاردونى"], "source": "t"}, ensure_ascii=False) + "\n")
    out = CliRunner().invoke(main, ["kb", "validate", str(kb)]).output
    line = len((FIXTURE_KB / "actors.jsonl").read_text(encoding="utf-8").splitlines()) + 1
    assert f"actors.jsonl:{line} aliases_ar: 'الجيش الكاردونى' is also an alias of 'zz.army'" in out


def test_explain_shows_rules(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"id": "e", "published": "2021-03-04",
                             "text": "وقتل خمسة مدنيين بانفجار عبوة ناسفة في تل السنابل أمس الأربعاء."},
                            ensure_ascii=False), encoding="utf-8")
    out = invoke("explain", "--kb", str(FIXTURE_KB), str(p)).output
    assert "tr.assault.ied" in out and "event_date" in out and "location" in out


def test_readme_and_ci_agree():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
    assert "make test" in ci


def test_geocode_command_shows_candidates_and_choice():
    out = invoke("geocode", "--kb", str(FIXTURE_KB), "وانفجرت عبوة ناسفة في قرية النخلة بمحافظة الجبل").output
    assert "2 candidate(s)" in out and "chosen because" in out
    assert "* zz.v2" in out


def test_every_knowledge_base_field_is_documented():
    from rasad.kb.schema import FILES, ROLE

    doc = (ROOT / "docs" / "knowledge-base.md").read_text(encoding="utf-8")
    missing = [f"{name}.{field}" for name, schema in FILES.items() for field in schema
               if f"`{field}`" not in doc]
    missing += [f"roles.{field}" for field in ROLE if field not in doc]
    assert missing == []


def test_every_output_field_is_documented(tmp_path):
    doc = (ROOT / "docs" / "event-record.md").read_text(encoding="utf-8")
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"id": "d", "published": "2021-03-04",
                             "text": 'وقتل خمسة مدنيين بانفجار عبوة ناسفة في تل السنابل أمس الأربعاء. '
                                     'وقال العميد سالم الفارس إن "الوضع تحت السيطرة تماما الآن".'},
                            ensure_ascii=False), encoding="utf-8")
    rec = json.loads(invoke("extract", "--kb", str(FIXTURE_KB), str(p)).output)
    fields = set(rec["events"][0]) | set(rec["quotes"][0])
    assert [f for f in sorted(fields) if f"`{f}`" not in doc] == []


def test_public_api():
    import rasad

    for name in rasad.__all__:
        assert hasattr(rasad, name), name
    kb = rasad.load_kb(FIXTURE_KB)
    rec = rasad.extract({"id": "a", "published": "2021-03-04",
                         "text": "وانفجرت عبوة ناسفة في تل السنابل أمس الأربعاء."}, kb)
    assert rec["article_id"] == "a" and rec["events"][0]["plover"] == "ASSAULT"
    try:
        rasad.extract({"id": "b"}, kb)
    except rasad.InputError as exc:
        assert "text" in str(exc)
    else:
        raise AssertionError("a missing text must raise InputError")
