"""Quote speakers: who says a quote when the clause has no subject of its own, and which names may speak
(general patterns studied on the tune halves of the dev set)."""

from __future__ import annotations

import pytest

from khabar.stages.phrases import compact


def entity_of(doc, text):
    """The entity one of whose mentions reads ``text``."""
    return next(e for e in doc._.entities if any(compact(doc.text[a:b]) == compact(text) for a, b in e["mentions"]))


@pytest.mark.parametrize(
    ("text", "name", "reporter"),
    [
        # «به گزارش خبرنگار … خبرگزاری فارس، X»: the comma closes the attribution, the name after it is no
        # apposition of the reporter (who would then pass for the agency and never speak)
        ("عنوان\nبه گزارش خبرنگار اقتصادی خبرگزاری فارس، مهدی کرمانی مدیر بانک شهر امروز در نشستی گفت: "
         "وام‌های تازه از ماه آینده پرداخت می‌شود.",
         "مهدی کرمانی", "خبرنگار اقتصادی خبرگزاری فارس"),
        # ... a reporter of another outlet as well
        ("عنوان\nبه گزارش خبرنگار ایرنا، حسین صادقی استاندار یزد در این دیدار گفت: آب شرب شهر تامین است.",
         "حسین صادقی", "خبرنگار ایرنا"),
    ],
)
def test_reporter_is_no_apposition(nlp_rules, text, name, reporter):
    doc = nlp_rules(text)
    person = entity_of(doc, name)
    assert all(compact(doc.text[a:b]) != compact(reporter) for a, b in person["mentions"])
    assert [q["speaker"] for q in doc._.quotes] == [person["id"]]
