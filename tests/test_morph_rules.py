"""khabar_morph_rules: lexical repair of lemmas, UPOS, XPOS and features after the trained components.

The word analyses run on the shipped tables (src/khabar/data/morph); the component runs on docs
whose tags we set by hand, so these tests need neither the trained model nor ../shared.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from khabar.models.build_morph_tables import build, merged_tokens, read_tokens
from khabar.models.lemma_rules import PREFERRED_PAST
from khabar.models.morph_rules import MorphRules, find_repairs
from khabar.models.morph_tables import MorphTables
from khabar.models.plurals import broken_candidates, sound_candidates


@pytest.fixture(scope="module")
def tables() -> MorphTables:
    return MorphTables.load()


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("دخترم", ("دختر", "من")),  # noun + 1st person singular «م»
        ("کتاب‌هایش", ("کتاب", "او")),  # plural noun + «ش» after the glide «ی»
        ("خانه‌اش", ("خانه", "او")),  # silent «ه» + ZWNJ + «اش»
        ("جایم", ("جا", "من")),  # vowel-final noun + glide «ی» + «م»
        ("همکارانشان", ("همکار", "آنها")),  # animate plural «ان» + «شان»
        ("مادرت", ("مادر", "تو")),  # noun + 2nd person «ت»
        ("برایتان", ("برای", "شما")),  # preposition + «تان»
    ],
)
def test_split_clitic(tables, form, expected):
    split = tables.split_clitic(form)
    assert split is not None
    assert (split[0], split[1][0]) == expected


@pytest.mark.parametrize(
    "word",
    [
        "مردم",  # «people», not مرد + م
        "روش",  # «method», not رو + ش
        "سازمان",  # «organisation», not ساز + مان
        "دست",  # «hand», not دس + ت
    ],
)
def test_words_of_their_own_are_in_the_lexicon(tables, word):
    # find_repairs never splits a word the lexicon or the treebank knows as a whole
    assert word in tables.lexicon or word in tables.lemmas


@pytest.mark.parametrize(
    ("form", "singular"),
    [
        ("آثار", "اثر"),  # broken plural أفعال over a hamza root
        ("عوامل", "عامل"),  # فواعل
        ("مناطق", "منطقه"),  # مفاعل with a final «ه»
        ("قوانین", "قانون"),  # فواعیل
        ("حقایق", "حقیقت"),  # فعایل with a final «ت»
        ("تصاویری", "تصویر"),  # تفاعیل + indefinite «ی»
        ("شهدای", "شهید"),  # فعلا + ezafe «ی»
        ("نمایندگان", "نماینده"),  # «گان» after silent «ه»
        ("دانشجویان", "دانشجو"),  # «یان» after «و»
    ],
)
def test_plural_lemma(tables, form, singular):
    assert tables.plural_lemma(form) == singular


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("سریع‌تر", "سریع"),  # comparative with ZWNJ
        ("بزرگ‌ترین", "بزرگ"),  # superlative with ZWNJ
        ("کمتر", "کم"),  # comparative glued
        ("دفتر", None),  # a noun that only ends in «تر»
        ("دختر", None),  # likewise
    ],
)
def test_comparative_base(tables, form, base):
    assert tables.comparative_base(form) == base


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("احادیث", "حدیث"),  # افاعیل → فعیل comes first
        ("عوامل", "عامل"),  # فواعل → فاعل comes first
        ("خطوط", "خط"),  # فعول over a doubled root
    ],
)
def test_broken_candidates(form, expected):
    assert broken_candidates(form)[0] == expected


def test_sound_candidates():
    # «ات» after «ی» goes back to «یه» («روحیات» → «روحیه»)
    assert sound_candidates("روحیات")[0] == "روحیه"
    # «مخالفین» is an Arabic sound plural of «مخالف»
    assert "مخالف" in sound_candidates("مخالفین")


def test_preferred_past_stems():
    # «می‌گذارد» is from «گذاشتن», not the rare «گذاردن»
    assert PREFERRED_PAST["گذار"] == "گذاشت"


def _doc(words: list[str], tags: list[tuple[str, str, str, str]], ents=()) -> Doc:
    """A doc with (UPOS, XPOS, features, lemma) per word, as the trained components leave it."""
    nlp = spacy.blank("fa")
    doc = Doc(nlp.vocab, words=words)
    for token, (pos, tag, morph, lemma) in zip(doc, tags, strict=True):
        token.pos_, token.tag_, token.lemma_ = pos, tag, lemma
        token.set_morph(morph or None)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


# Our own sentence: «پسرم تصاویر نویسندگان را در کتابخانه‌اش گذاشت.» as a weak tagger might leave it.
SENTENCE = ["پسرم", "تصاویر", "نویسندگان", "را", "در", "کتابخانه‌اش", "گذاشت", "."]
TAGS = [
    ("VERB", "V_ACT", "Number=Plur|Person=3|Tense=Past", "پسرم"),
    ("NOUN", "N_IANM", "Number=Plur", "تصاویر"),
    ("NOUN", "N_IANM", "Number=Plur", "نویسندگان"),
    ("ADP", "POSTP", "", "را"),
    ("ADP", "PREP", "", "در"),
    ("NOUN", "N_IANM", "Number=Sing", "کتابخانه‌اش"),
    ("VERB", "V_ACT", "Number=Sing|Person=3|Tense=Past", "گذاشت"),
    ("PUNCT", "PUNC", "", "."),
]


@pytest.mark.parametrize(
    ("i", "lemma", "pos", "tag"),
    [
        (0, "پسر من", "NOUN", "N_ANM_PR_JOPER"),  # a noun + clitic the tagger took for a verb (no table row)
        (1, "تصویر", "NOUN", "N_IANM"),  # broken plural تفاعیل
        (2, "نویسنده", "NOUN", "N_ANM"),  # «گان» plural; writers are animate
        (5, "کتابخانه او", "NOUN", "N_IANM_PR_JOPER"),  # ZWNJ + «اش»
        (6, "گذاشت", "VERB", "V_ACT"),  # untouched
    ],
)
def test_component_repairs(tables, i, lemma, pos, tag):
    no_verb = {"پسرم"}  # a stand-in for khabar_lemma_rules' verb analysis
    rules = MorphRules(tables, verb_lemma=lambda form: None if form in no_verb else form)
    doc = rules(_doc(SENTENCE, TAGS))
    assert (doc[i].lemma_, doc[i].pos_, doc[i].tag_) == (lemma, pos, tag)


def test_clitic_features(tables):
    rules = MorphRules(tables, verb_lemma=lambda form: None)
    doc = rules(_doc(SENTENCE, TAGS))
    # the merged token carries the pronoun's person and number, and no verb features
    assert doc[0].morph.to_dict() == {"Number": "Sing", "Person": "1", "PronType": "Prs"}


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("PER", "PROPN"),  # a person's name
        ("ORG", "PROPN"),  # an organisation's name
        ("DATE", "NOUN"),  # dates are not names
    ],
)
def test_names_are_proper_nouns(tables, label, expected):
    # «بهرامی دیروز آمد.» with the surname tagged as a common noun
    tags = [("NOUN", "N_IANM", "Number=Sing", "بهرامی"), ("ADV", "ADV", "", "دیروز")]
    tags.append(("VERB", "V_ACT", "", "آمد"))
    doc = _doc(["بهرامی", "دیروز", "آمد"], tags, ents=[(0, 1, label)])
    MorphRules(tables)(doc)
    assert doc[0].pos_ == expected


def test_settings_switch_rules_off(tables):
    doc = _doc(SENTENCE, TAGS)
    repairs = {r.i for r in find_repairs(doc, tables, plurals=False)}
    assert 1 not in repairs  # «تصاویر» keeps the lemmatizer's lemma
    with pytest.raises(ValueError, match="unknown settings"):
        MorphRules(tables, plural=False)


def test_ezafe_hamza_leaves_the_lemma(tables):
    # «کتابخانهٔ شهر»: the ezafe «ٔ» the lemmatizer copied is not part of the lemma
    tags = [("NOUN", "N_IANM", "Number=Sing", "کتابخانهٔ"), ("NOUN", "N_IANM", "Number=Sing", "شهر")]
    doc = _doc(["کتابخانهٔ", "شهر"], tags)
    MorphRules(tables)(doc)
    assert doc[0].lemma_ == "کتابخانه"


def test_no_verb_analysis_trusts_the_tagger(tables):
    # without khabar_lemma_rules, a token tagged VERB is never re-read as noun + clitic
    doc = MorphRules(tables)(_doc(SENTENCE, TAGS))
    assert doc[0].lemma_ == "پسرم"


# A tiny treebank of our own: «کتابم را خواندند.» with a multi-word token, and hazm-style lexicon rows.
CONLLU = """# text = کتابم را خواندند.
1-2\tکتابم\t_\t_\t_\t_\t_\t_\t_\t_
1\tکتاب\tکتاب\tNOUN\tN_IANM\tNumber=Sing\t3\tobj\t_\t_
2\tم\tمن\tPRON\tPR_JOPER\tNumber=Sing|Person=1|PronType=Prs\t1\tnmod:poss\t_\t_
3\tرا\tرا\tADP\tPOSTP\t_\t1\tcase\t_\t_
4\tخواندند\tخواند\tVERB\tV_ACT\tNumber=Plur|Person=3\t0\troot\t_\t_
5\t.\t.\tPUNCT\tPUNC\t_\t4\tpunct\t_\t_

"""
LEXICON = "کتاب\t100\tN\nعامل\t50\tN,AJ\nعوامل\t40\tN,PL\nکتابم\t0\t0\n"


def test_build_tables(tmp_path: Path):
    train = tmp_path / "train.conllu"
    train.write_text(CONLLU, encoding="utf8")
    hazm = tmp_path / "shared" / "data" / "lexicons" / "hazm"
    hazm.mkdir(parents=True)
    (hazm / "words.dat").write_text(LEXICON, encoding="utf8")
    assert merged_tokens(read_tokens(train))[0][:4] == ("کتابم", "کتاب من", "NOUN", "N_IANM_PR_JOPER")
    out = tmp_path / "morph"
    build(train, tmp_path / "shared", out)
    tables = MorphTables.load(out)
    assert tables.merged["کتابم"][0] == "کتاب من"
    assert tables.lemmas["خواندند"] == "خواند"
    assert tables.plurals["عوامل"] == "عامل"
    assert "کتابم" not in tables.lexicon  # hazm rows without a part of speech are inflected forms
    assert tables.animacy["کتاب"] == "IANM"


MODEL = Path(__file__).resolve().parents[1] / "src" / "khabar" / "models" / "fa_khabar"
needs_model = pytest.mark.skipif(
    not (MODEL / "config.cfg").exists(), reason=f"no trained pipeline at {MODEL} (run training/train.sh)"
)


@needs_model
def test_pipeline_runs_it_after_the_trained_components(nlp):
    names = nlp.pipe_names
    assert names.index("khabar_morph_rules") > max(names.index(n) for n in ("tagger", "parser", "ner"))


@needs_model
@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("همکارانش", "همکار او"),  # plural noun + clitic: one merged token for UD
        ("عوامل", "عامل"),  # broken plural
        ("مسائل", "مسئله"),  # broken plural with «ه»
    ],
)
def test_pipeline_lemmas(nlp, word, lemma):
    # Our own sentence: the minister talked with his colleagues about the causes and issues of the crisis.
    doc = nlp("وزیر دربارهٔ عوامل و مسائل بحران با همکارانش گفت‌وگو کرد.")
    assert next(t for t in doc if t.text == word).lemma_ == lemma
