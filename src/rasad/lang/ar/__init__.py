"""Arabic language layer: normalization, tokens, sentences, numbers and calendar words."""
from rasad.lang.ar.normalize import normalize, normalize_token, token_keys, strip_article
from rasad.lang.ar.tokenize import Token, tokenize
from rasad.lang.ar.sentences import split_sentences

__all__ = ["normalize", "normalize_token", "token_keys", "strip_article", "Token", "tokenize",
           "split_sentences"]
