"""Quality measurement: gold files, scoring as the annotation guide defines it, reports."""
from rasad.eval.gold import GoldArticle, load_gold_dir
from rasad.eval.scorer import score_documents, score_sentences

__all__ = ["GoldArticle", "load_gold_dir", "score_documents", "score_sentences"]
