"""Repairs to how the small English model reads words the coder knows, made once when the
model is loaded (pipeline.load_nlp); the text, its offsets and each word's spelling stay as
written.

Acronyms: the model reads an unfamiliar word in capitals by its shape and last letters, so
"ECOWAS imposed sanctions" came out as a verb "ECOWAS" (suffix "WAS") with "imposed" an
adjective, and nothing was coded. Written "Ecowas" (as British wire copy does) the word is a
proper noun; every acronym the actor files name gets its title-case form's shape and suffix.

Prefixed verbs: the tokenizer splits "test-fired" and "re-imposed" at the hyphen, and the parse
of "test - fired" makes the verb a modifier of the next noun. Each prefixed form
(prefixed_verbs.tsv) stays one token, read by the model as its unprefixed form ("imposed") and
lemmatised as the verb it codes as ("impose")."""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import NORM, ORTH

from dateline.analyse.events import lexicon
from dateline.analyse.events.verb_forms import prefixed_verb_forms

# bodies the actor files often write in title case ("Ecowas", "Asean"), which wire copy capitalises
ACRONYM_SECTORS = ("IGO", "NGO")


def repair_reading(nlp: Language) -> None:
    _repair_acronyms(nlp)
    _keep_prefixed_verbs(nlp)


def known_acronyms() -> frozenset[str]:
    """Lower-case one-word names the actor files write in capitals, or name an international
    or non-governmental body by (three letters or more: a shorter word is too often English)."""
    found = {name for name in lexicon.abbreviations() if " " not in name and "." not in name}
    for name, entries in lexicon.actor_book().items():
        if " " not in name and name.isalpha() and len(name) >= 3 \
                and any(entry.sector.startswith(ACRONYM_SECTORS) for entry in entries):
            found.add(name)
    return frozenset(found)


def _repair_acronyms(nlp: Language) -> None:
    """Give each known acronym in capitals the model features of its title-case spelling."""
    for name in known_acronyms():
        upper, title = nlp.vocab[name.upper()], nlp.vocab[name.title()]
        upper.shape_ = title.shape_
        upper.suffix_ = title.suffix_


def _keep_prefixed_verbs(nlp: Language) -> None:
    forms = prefixed_verb_forms()
    for form in forms:
        if "-" in form:
            for written in {form, form.capitalize()}:
                nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: form.rsplit("-", 1)[1]}])
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")  # runs before the lemmatizer, which keeps a lemma set
    for lemma in sorted(set(forms.values())):
        ruler.add([[{"LOWER": {"IN": sorted(f for f, v in forms.items() if v == lemma)}}]], {"LEMMA": lemma})
