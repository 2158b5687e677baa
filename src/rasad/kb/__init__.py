"""The knowledge base: actors, persons, titles, places and trigger patterns, loaded once."""
from rasad.kb.loader import KnowledgeBase, load_kb, default_kb_dir
from rasad.kb.validate import validate_kb_dir

__all__ = ["KnowledgeBase", "load_kb", "default_kb_dir", "validate_kb_dir"]
