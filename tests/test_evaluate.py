"""kg eval: scoring rules and the command on a small gold file."""
import json

from typer.testing import CliRunner

from kg.cli import app
from kg.evaluate import GoldItem, score


def item(triples, excluded=()):
    return GoldItem("x", "testo", None, frozenset(triples), frozenset(excluded))


def test_symmetric_relations_match_either_way_and_directed_do_not():
    gold = [item({("Russia", "cooperatesWith", "Corea del Nord"), ("Russia", "attacks", "Ucraina")})]
    predicted = {"x": {("Corea del Nord", "cooperatesWith", "Russia"), ("Ucraina", "attacks", "Russia")}}
    scores = score(gold, predicted)
    assert scores.true_positives["cooperatesWith"] == 1
    assert scores.false_positives["attacks"] == 1 and scores.false_negatives["attacks"] == 1
    assert scores.overall() == (0.5, 0.5, 0.5)


def test_labels_compare_without_case_and_accents():
    gold = [item({("Recep Tayyip Erdoğan", "meetsWith", "Volodymyr Zelensky")})]
    scores = score(gold, {"x": {("recep tayyip erdogan", "meetsWith", "Volodymyr Zelensky")}})
    assert scores.overall() == (1.0, 1.0, 1.0)


def test_excluded_claims_that_become_edges_are_counted():
    gold = [item(set(), {("Corea del Nord", "deploysTroopsTo", "Ucraina")})]
    scores = score(gold, {"x": {("Corea del Nord", "deploysTroopsTo", "Ucraina")}})
    assert len(scores.excluded_as_edges) == 1


def test_eval_command_reports_per_relation(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "g1", "date": "2025-01-10", "text": "La Corea del Nord ha inviato truppe in Russia.",
         "triples": [["Corea del Nord", "deploysTroopsTo", "Russia"]]},
        {"id": "g2", "date": "2025-01-10", "text": "La Corea del Nord non ha inviato truppe in Ucraina.",
         "triples": [], "excluded": [["Corea del Nord", "deploysTroopsTo", "Ucraina"]]},
    ]
    gold.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf8")
    result = CliRunner().invoke(app, ["eval", str(gold)])
    assert result.exit_code == 0, result.output
    assert "overall  P 1.000  R 1.000  F1 1.000" in result.output
    assert "claims that became edges: 0" in result.output


def test_malformed_gold_names_file_and_line(tmp_path):
    gold = tmp_path / "bad.jsonl"
    gold.write_text('{"id": "a", "text": "t", "triples": []}\n{"id": "b"}\n')
    result = CliRunner().invoke(app, ["eval", str(gold)])
    assert result.exit_code == 1 and "bad.jsonl:2: malformed gold item" in result.output
