"""Which language an article is written in, read from its text (never from its file name).

py3langid (adbar's maintained fork of langid.py) ships its model inside the wheel, so it
works offline; it knows 97 languages, which lets us name a language we cannot parse yet
(``vi``) instead of forcing the nearest supported one. The model loads on first use.
"""

from __future__ import annotations

import re
from functools import cache

from explore.lexicons import supported_languages

# Enough text to decide; classifying whole files costs time and adds nothing.
_SAMPLE_CHARS = 600
# Fewer letters than this and any answer is a guess.
_MIN_LETTERS = 20
# Below this normalized probability the detector is not sure.
_MIN_CONFIDENCE = 0.5
_LETTER = re.compile(r"[^\W\d_]")
_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:jpe?g|png|gif|webp)\b|\d+", re.IGNORECASE)


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """ISO 639-1 code and confidence (0-1) of the text's language; None when unsure.

    URLs, image file names and digits are removed first: they carry no language and
    would pull short texts towards whatever language the model links them with.
    """
    sample = _NOT_PROSE.sub(" ", text[:_SAMPLE_CHARS])
    if len(_LETTER.findall(sample)) < _MIN_LETTERS:
        return None, 0.0
    lang, prob = _identifier().classify(sample)
    if prob < _MIN_CONFIDENCE:
        return None, float(prob)
    return lang, float(prob)


def is_supported(lang: str | None) -> bool:
    """True when the package has a lexicon for this language."""
    return lang in supported_languages()
