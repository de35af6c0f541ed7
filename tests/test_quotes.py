"""Quotes: direct and indirect speech, cues, speakers (rules only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from khabar.article import Article
from khabar.evaluate.gold import quote_problems
from khabar.evaluate.quotes import align_entities, clusters
from khabar.stages.cues import cue_forms, find_cues, is_plural, words_of
from khabar.stages.phrases import PhraseTable, compact
from khabar.stages.quote_direct import Regions
from khabar.stages.salience import MAX_CLAUSE
from stage_helpers import doc_before

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def speaker_name(doc, quote):
    ent = next((e for e in doc._.entities if e["id"] == quote["speaker"]), None)
    return ent["name"] if ent else None


@pytest.mark.parametrize(
    ("text", "kind", "cue", "content", "speaker"),
    [
        # cue + colon: direct, the text keeps its final stop
        ("سرتیپ علی نادری گفت: مرزها امن است.", "direct", "گفت", "مرزها امن است.", "علی نادری"),
        # «…» around the direct quote are dropped
        ("دکتر علی رضایی اظهار داشت: «دانشگاه باز می‌ماند.»", "direct", "اظهار داشت", "دانشگاه باز می‌ماند.",
         "علی رضایی"),
        # که-clause after the cue
        ("مهندس رضا امینی اعلام کرد که قیمت بنزین ثابت می‌ماند.", "indirect", "اعلام کرد",
         "قیمت بنزین ثابت می‌ماند", "رضا امینی"),
        # clause after the cue without که
        ("سردار حسن کریمی تاکید کرد امنیت مرزها حفظ می‌شود.", "indirect", "تاکید کرد", "امنیت مرزها حفظ می‌شود",
         "حسن کریمی"),
        # clause before a «بر … تاکید کرد» cue: the content opens with «بر»
        ("سرلشکر احمد نادری در این دیدار بر گسترش همکاری‌های دفاعی تاکید کرد.", "indirect", "تاکید کرد",
         "بر گسترش همکاری‌های دفاعی", "احمد نادری"),
        # «X را Y دانست»
        ("دکتر مریم احمدی این طرح را گامی مهم برای اقتصاد دانست.", "indirect", "دانست",
         "این طرح را گامی مهم برای اقتصاد", "مریم احمدی"),
        # «به گفته X، …»
        ("به گفته سرهنگ علی رضایی، سه نفر بازداشت شدند.", "indirect", "به گفته", "سه نفر بازداشت شدند",
         "علی رضایی"),
        # another tense of a cue
        ("دکتر علی رضایی گفته است که مذاکرات ادامه دارد.", "indirect", "گفته است", "مذاکرات ادامه دارد",
         "علی رضایی"),
        # a participial cue marked «noun»: the noun phrase after «بر» is the content
        ("دکتر علی رضایی ضمن تاکید بر لزوم صرفه‌جویی در مصرف آب، از مردم تشکر کرد.", "indirect", "ضمن تاکید",
         "بر لزوم صرفه‌جویی در مصرف آب", "علی رضایی"),
        # a person after a preposition is inside the speaker's description, not the speaker
        ("یک مقام نزدیک به آیت‌الله حسن مرادی گفت: انتخابات به موقع برگزار می‌شود.", "direct", "گفت",
         "انتخابات به موقع برگزار می‌شود.", "یک مقام نزدیک"),
        # a person after an agent word («نماینده», «سخنگوی») is inside the speaker's description
        ("نماینده آیت‌الله حسن مرادی در کربلا گفت: انتخابات به موقع برگزار می‌شود.", "direct", "گفت",
         "انتخابات به موقع برگزار می‌شود.", "نماینده آیت‌الله حسن مرادی"),
        # ... «مربی» too: the coach speaks, not the athlete named after him (with an ordinal before it)
        ("نخستین مربی رضا یزدانی گفت: تصمیم او حساب‌شده بود.", "direct", "گفت", "تصمیم او حساب‌شده بود.",
         "نخستین مربی رضا یزدانی"),
        # the present tense of a simple cue verb, with a colon
        ("دکتر علی رضایی می‌گوید: بازار مسکن آرام شده است.", "direct", "می‌گوید",
         "بازار مسکن آرام شده است.", "علی رضایی"),
        # a clause after the cue set off by a comma
        ("مهندس رضا امینی تصریح کرد، تولید برق در تابستان افزایش می‌یابد.", "indirect", "تصریح کرد",
         "تولید برق در تابستان افزایش می‌یابد", "رضا امینی"),
        # ... or by a semicolon
        ("مهندس رضا امینی تاکید کرد؛ تولید برق در تابستان افزایش می‌یابد.", "indirect", "تاکید کرد",
         "تولید برق در تابستان افزایش می‌یابد", "رضا امینی"),
        # «با بیان اینکه» content with a comma inside runs to the comma before the main cue
        ("وی با بیان اینکه این طرح، گامی بزرگ برای صنعت کشور است، افزود: کار ادامه دارد.", "indirect",
         "با بیان", "این طرح، گامی بزرگ برای صنعت کشور است", None),
        # a cue right before «…» that runs over two sentences, with no colon
        ("دکتر علی رضایی گفت «کار تمام شد. نتیجه را فردا به همه اعلام خواهیم کرد.»", "direct", "گفت",
         "کار تمام شد. نتیجه را فردا به همه اعلام خواهیم کرد.", "علی رضایی"),
        # «X از Y خبر داد»: the content opens with «از»
        ("دکتر علی رضایی از افتتاح سه بیمارستان تازه در استان خبر داد.", "indirect", "خبر داد",
         "از افتتاح سه بیمارستان تازه در استان", "علی رضایی"),
        # a country speaks as the subject of its clause
        ("به گزارش ایسنا، ایران بار دیگر اتهامات تازه را بی‌اساس خواند.", "indirect", "خواند",
         "اتهامات تازه را بی‌اساس", "ایران"),
        # the subject after «با وجود اینکه» speaks
        ("با وجود اینکه دکتر علی رضایی اعلام کرده قیمت‌ها ثابت می‌ماند، بازار نگران است.", "indirect",
         "اعلام کرده", "قیمت‌ها ثابت می‌ماند", "علی رضایی"),
        # a surname alone that opens the clause is the person named before, and the object after it is content
        ("رضا کوشکی مدیرکل ورزش استان امروز سخنرانی کرد.\nکوشکی ورزش همگانی را پایه سلامت جامعه دانست.",
         "indirect", "دانست", "ورزش همگانی را پایه سلامت جامعه", "رضا کوشکی"),
        # a relative clause about the speaker («که … حاضر بود») is not what was said
        ("شهردار شیراز که در ساعات اولیه در محل حاضر بود پایان عملیات را اعلام کرد.", "indirect", "اعلام کرد",
         "پایان عملیات را", "شهردار شیراز"),
        # ... nor when a comma closes it
        ("رئیس‌جمهور پاکستان که حزبش در انتخابات شکست خورد، حمایت از دولت جدید را اعلام کرد.", "indirect",
         "اعلام کرد", "حمایت از دولت جدید را", "رئیس‌جمهور پاکستان"),
        # ... nor a negated one
        ("شهردار شیراز که در جلسه دیروز حاضر نبود افزایش قیمت‌ها را طبیعی دانست.", "indirect", "دانست",
         "افزایش قیمت‌ها را طبیعی", "شهردار شیراز"),
        # ... nor one with a clause inside it
        ("شهردار شیراز که در جلسه‌ای که دیروز برگزار شد حاضر بود پایان عملیات را اعلام کرد.", "indirect",
         "اعلام کرد", "پایان عملیات را", "شهردار شیراز"),
        # «X به نقل از Y افزود»: Y speaks, not the outlet that relays
        ("به گزارش فارس، روزنامه همشهری به نقل از دکتر علی رضایی افزود: بیمارستان تازه افتتاح شد.",
         "direct", "افزود", "بیمارستان تازه افتتاح شد.", "علی رضایی"),
        # «اظهارات X را که Y را … خواند»: X said it, and the object «Y را» opens no clause of its own
        ("بسیاری از نمایندگان اظهارات وزیر خارجه مالزی را که اسرائیل را رژیمی اشغالگر خواند ستودند.",
         "indirect", "خواند", "اسرائیل را رژیمی اشغالگر", "وزیر خارجه مالزی"),
        # «X را مورد تاکید قرار داد»: content before the cue, without its final «را»
        ("شهردار شیراز اتمام پروژه‌های نیمه تمام را مورد تاکید قرار داد.", "indirect", "مورد تاکید قرار داد",
         "اتمام پروژه‌های نیمه تمام", "شهردار شیراز"),
        # «بر اساس اعلام X، …»: what a known source announced is reported speech
        ("بر اساس اعلام وزارت بهداشت، دست‌کم ۳۰ نفر در تظاهرات کشته شدند.", "indirect", "بر اساس اعلام",
         "دست‌کم ۳۰ نفر در تظاهرات کشته شدند", "وزارت بهداشت"),
        # «اظهارات X مبنی بر اینکه …، …»: what X is reported to have said, up to the comma
        ("مردم اظهارات شهردار شیراز مبنی بر اینکه بودجه کافی نیست، را باور نکردند.", "indirect", "اظهارات",
         "بودجه کافی نیست", "شهردار شیراز"),
        # ... and a «را … رد کرد» after it in the same sentence starts after that content
        ("شهرداری در اظهاراتی مبنی بر اینکه بودجه کافی نیست، ادعاهای شورای شهر شیراز را رد کرد.", "indirect",
         "رد کرد", "ادعاهای شورای شهر شیراز", None),
        # «X را تهدید کرد که …»: with a clause after it, the clause is what the threat said
        ("وزیر دفاع اسرائیل مردم غزه را تهدید کرد که پاسخ سختی خواهد داد.", "indirect", "تهدید کرد",
         "پاسخ سختی خواهد داد", "وزیر دفاع اسرائیل"),
        # «X را به Y تهدید کرد»: the threat is said, its content the object before the verb
        ("وزیر دفاع اسرائیل مردم غزه را به پاسخ نظامی تهدید کرد.", "indirect", "تهدید کرد",
         "مردم غزه را به پاسخ نظامی", "وزیر دفاع اسرائیل"),
        # ... and with «که», the clause after it
        ("وزیر دفاع تهدید کرد که پاسخ سختی خواهد داد.", "indirect", "تهدید کرد", "پاسخ سختی خواهد داد", "وزیر دفاع"),
        # «وی … عنوان کرد» after a direct quote in the same paragraph is the narrator again, not the quote
        ("شهردار شیراز گفت: تورم بالاست. وی در ادامه کمبود بودجه را از دلایل اصلی مشکلات عنوان کرد.", "direct",
         "گفت", "تورم بالاست.", "شهردار شیراز"),
        # «عضو هیات علمی دانشگاه X»: the whole office is the speaker's, not the start of the content
        ("شهردار شیراز عضو هیات علمی دانشگاه تهران کمبود بودجه را از دلایل اصلی مشکلات عنوان کرد.", "indirect",
         "عنوان کرد", "کمبود بودجه را از دلایل اصلی مشکلات", None),
        # a list inside a nominal content («برق، آب و گاز») goes on past its comma, up to the main cue
        ("نماینده مردم ارومیه با انتقاد از افزایش قیمت‌های نان، شیر و گوشت گفت: مردم توان پرداخت ندارند.", "indirect",
         "با انتقاد", "از افزایش قیمت‌های نان، شیر و گوشت", "نماینده مردم ارومیه"),
        # «با قدردانی از …» opens what X said in thanks, like «با انتقاد از …»
        ("مهندس رضا امینی با قدردانی از تلاش کشاورزان استان گفت: کار ادامه دارد.", "indirect", "با قدردانی",
         "از تلاش کشاورزان استان", "رضا امینی"),
        # «X از … یاد کرد»: what X mentioned, the content opening with «از»
        ("مهندس رضا امینی از افتتاح ده پروژه آبخیزداری در دهه فجر یاد کرد.", "indirect", "یاد کرد",
         "از افتتاح ده پروژه آبخیزداری در دهه فجر", "رضا امینی"),
        # «X را Y اعلام و اظهار کرد:»: «اعلام» shares the light verb «کرد» of the colon cue after it
        ("مهندس رضا امینی کاهش واردات کالاهای لوکس را از اولویت‌های دولت اعلام و اظهار کرد: بازار آرام است.",
         "indirect", "اعلام", "کاهش واردات کالاهای لوکس را از اولویت‌های دولت", "رضا امینی"),
        # ... «عنوان» shares «داشت» in another tense («عنوان و اظهار داشته است»)
        ("مهندس رضا امینی حمایت از تولید داخلی را مهم‌ترین وظیفه مجلس عنوان و اظهار داشته است: کار ادامه دارد.",
         "indirect", "عنوان", "حمایت از تولید داخلی را مهم‌ترین وظیفه مجلس", "رضا امینی"),
        # ... and «تاکید» before «و تصریح کرد که»: its content opens with «بر»
        ("سرتیپ علی نادری بر لزوم حمایت از صنایع کوچک تاکید و تصریح کرد که وام‌ها افزایش می‌یابد.", "indirect",
         "تاکید", "بر لزوم حمایت از صنایع کوچک", "علی نادری"),
        # «X را [عدد] اعلام کرد که …»: the object and its quantity are what was announced; the «که» after the
        # cue opens a relative clause on that quantity
        ("مهندس رضا امینی شمار بازدیدکنندگان نمایشگاه را 12 هزار نفر اعلام کرد که نیمی از آنها دانشجو بودند.",
         "indirect", "اعلام کرد", "شمار بازدیدکنندگان نمایشگاه را 12 هزار نفر", "رضا امینی"),
        # ... a «را» object with a place, no quantity, before the cue: the «که» clause is the content
        ("مهندس رضا امینی این خبر را در جمع خبرنگاران اعلام کرد که 12 نفر بازداشت شدند.", "indirect",
         "اعلام کرد", "12 نفر بازداشت شدند", "رضا امینی"),
        # ... and a number after «و» opens a clause of its own («… را رد و 70 درصد اعلام کردند …»)
        ("نیمی از مردم این طرح را رد و 70 درصد نیز اعلام کردند که مالیات را نمی‌پردازند.", "indirect",
         "اعلام کردند", "مالیات را نمی‌پردازند", None),
        # «X در حالی از Y خبر داد که …»: the «که» closes «در حالی»; the content is «از Y», before the cue
        ("مهندس رضا امینی در حالی از افتتاح سه پالایشگاه تازه خبر داد که تولید بنزین کاهش یافته بود.",
         "indirect", "خبر داد", "از افتتاح سه پالایشگاه تازه", "رضا امینی"),
        # ... a «که» before the cue closes «در حالی» already: the cue's own clause after it is its content
        ("نمایندگان مجلس در حالی این لایحه را بررسی می‌کنند که دکتر علی رضایی تاکید دارد بودجه کافی نیست.",
         "indirect", "تاکید دارد", "بودجه کافی نیست", "علی رضایی"),
        # «با تأکید براینکه …»: «بر» glued to «اینکه» still opens the clause
        ("سرتیپ علی نادری با تأکید براینکه مرزهای غربی کاملا امن است، گفت: نیروها آماده‌اند.", "indirect",
         "با تأکید", "مرزهای غربی کاملا امن است", "علی نادری"),
        # ... «براین نکته که …» too
        ("سرتیپ علی نادری با تاکید براین نکته که رزمایش بزرگی در راه است، گفت: نیروها آماده‌اند.", "indirect",
         "با تاکید", "رزمایش بزرگی در راه است", "علی نادری"),
        # «با تصریح بر اینکه …»: a «بر» between the noun and «اینکه»
        ("سرتیپ علی نادری با تصریح بر اینکه مرزهای غربی کاملا امن است، گفت: نیروها آماده‌اند.", "indirect",
         "با تصریح", "مرزهای غربی کاملا امن است", "علی نادری"),
        # a noun content runs up to a colon cue right after it: its commas list items («A، B، C و D»)
        ("استاندار فارس با تأکید بر همکاری فرمانداران، بخشداران، دهیاران و شوراهای روستا تصریح کرد: کار ادامه دارد.",
         "indirect", "با تأکید", "بر همکاری فرمانداران، بخشداران، دهیاران و شوراهای روستا", "استاندار فارس"),
    ],
)
def test_one_quote(nlp_rules, text, kind, cue, content, speaker):
    """The quote with this cue; ``speaker`` None: not checked (a pronoun of an earlier sentence)."""
    doc = nlp_rules(text)
    quotes = [q for q in doc._.quotes if compact(q["cue"]) == compact(cue)]
    assert len(quotes) == 1
    q = quotes[0]
    assert (q["kind"], compact(q["text"])) == (kind, compact(content))
    assert doc.text[q["start"]:q["end"]] == q["text"]
    if speaker is not None:
        assert compact(speaker_name(doc, q)) == compact(speaker)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # «وی افزود:» continues with the same speaker, resolved through the pronoun
        ("سرتیپ علی نادری گفت: مرزها امن است. وی افزود: نیروها آماده‌اند.", ["علی نادری", "علی نادری"]),
        # the agency is never the speaker
        ("به گزارش فارس، دکتر علی رضایی گفت: کار تمام شد.", ["علی رضایی"]),
        # a multi-sentence direct quote is one quote
        ("دکتر علی رضایی گفت: کار تمام شد. نتیجه را اعلام می‌کنیم.", ["علی رضایی"]),
        # an indirect quote before a «… و افزود:» in the same sentence
        ("سرتیپ علی نادری این رزمایش را گامی مهم برای امنیت منطقه دانست و افزود: نیروها آماده‌اند.",
         ["علی نادری", "علی نادری"]),
        # «گفت‌وگو کرد» is talks, not speech
        ("دکتر علی رضایی با وزیر نفت گفت و گو کرد.", []),
        # «خواستار … شد» with a noun is a request, not a quote
        ("دکتر علی رضایی خواستار آزادی همه زندانیان سیاسی شد.", []),
        # ... with a clause it is one
        ("دکتر علی رضایی خواستار شد که همه زندانیان سیاسی آزاد شوند.", ["علی رضایی"]),
        # a cue inside what another cue reports is part of that content, not a second quote
        ("دکتر علی رضایی اظهار داشت که برخی گروه‌های مخالف دولت را به دروغ‌گویی متهم کردند.",
         ["علی رضایی"]),
        # ... unless «اما» opens a new clause with its own cue
        ("دکتر علی رضایی اعلام کرد که هزار نفر آمدند اما برگزارکنندگان شمار حاضران را بیشتر اعلام کردند.",
         ["علی رضایی", ""]),
        # «X را … خواند» with a text as the object is reading aloud, not a judgement
        ("دکتر علی رضایی نامه‌ای را در جمع کارکنان بیمارستان خواند.", []),
        # ... in the plural too, with the text named before «را»
        ("خطبه عقد را آیت‌الله حسن مرادی در مسجد شهر خواندند.", []),
        # «باید گفت»: the writer's own voice, no reported speech
        ("در واقع باید گفت این طرح برای اقتصاد کشور بسیار مفید است.", []),
        # a plural cue with no subject found: people the text does not name, not the last speaker
        ("دکتر علی رضایی گفت: کار تمام شد.\nبرخی می‌گویند این طرح هرگز اجرا نخواهد شد.", ["علی رضایی", ""]),
        # «X را بیان کرد» with words for speech as its object says nothing of what was said
        ("رئیس جمهور سخنان خود را در جمع مردم استان فارس بیان کرد.", []),
        # «X را … تهدید کرده است» with no «به»: whom he threatened, not what he said
        ("رئیس جمهور آمریکا بارها ایران و متحدانش را در سخنرانی‌های خود تهدید کرده است.", []),
        # «فرد نام‌برده»: «the said person», no cue
        ("فرد نام‌برده در تهران دستگیر شد و به زندان رفت.", []),
        # «با استقبال از سوی مردم روبرو شد»: a welcome, not speech
        ("این طرح با استقبال از سوی مردم شیراز روبرو شد.", []),
        # «بر اساس اعلام قبلی»: no one announced it here
        ("بر اساس اعلام قبلی، مراسم روز جمعه برگزار می‌شود.", []),
        # «بیان کرد» with a noun before it is no quote («حرف‌های مختلفی بیان کردند»)
        ("دکتر علی رضایی در این جلسه حرف‌های مختلفی درباره بودجه بیان کرد.", []),
        # «به … اشاره کرد» names a topic, not what was said
        ("دکتر علی رضایی به مشکلات فراوان بیمارستان‌های شهر اشاره کرد.", []),
        # «… را در حالی بیان می‌کند که …»: the «که» after the cue opens no content
        ("دکتر علی رضایی این سخنان را در حالی بیان می‌کند که بیمارستان‌ها تعطیل شده‌اند.", []),
        # «X در حالی این نکته را مطرح می‌کند که …»: the «که» closes «در حالی», the sentence quotes nothing
        ("دکتر علی رضایی در حالی این نکته را مطرح می‌کند که بیمارستان‌های شهر تعطیل شده‌اند.", []),
        # «در این گزارش آمده است، …» after «به گزارش فارس به نقل از Y»: the report speaks for Y, whose report
        # the agency relays
        ("عنوان\nبه گزارش خبرگزاری ما به نقل از وزارت نیرو، مصرف برق در تابستان افزایش یافت.\n"
         "در این گزارش آمده است، سدهای کشور تنها نیمی از ظرفیت خود آب دارند.", ["وزارت نیرو"]),
        # ... «این گزارش می‌افزاید …» too, not the person named last; Y is the first entity after «به نقل از»
        ("عنوان\nبه گزارش فارس به نقل از روابط عمومی شرکت ملی گاز، مصرف گاز افزایش یافت.\n"
         "دکتر علی رضایی دیروز به تبریز رفت.\nاین گزارش می‌افزاید مصرف گاز خانگی در زمستان دو برابر شده است.",
         ["شرکت ملی گاز"]),
        # ... the agency's own report («به گزارش فارس از شیراز») is its narration, no one's quote
        ("عنوان\nبه گزارش خبرگزاری فارس از شیراز، دکتر علی رضایی به تبریز رفت.\n"
         "در این گزارش آمده است، سدهای کشور تنها نیمی از ظرفیت خود آب دارند.", []),
        # «حکایت دارد که …»: a statement speaks through its content clause
        ("بیانیه پایانی این نشست از این امر حکایت دارد که همه طرف‌ها به توافق نزدیک شده‌اند.", [""]),
        # a person inside the «از …» content is not the speaker of «خبر داد»: the office that opens the clause is
        ("دفتر ریاست دانشگاه طی بیانیه‌ای از گفت‌وگوی تلفنی دکتر علی رضایی با وزیر علوم خبر داد.",
         ["دفتر ریاست دانشگاه"]),
        # a quoted name after «با» and its apposed role are inside a phrase: the role that opens the
        # sentence speaks
        ('استاندار خوزستان با اشاره به دیدار با "علی رضایی"، سفیر ایران در عراق، گفت: همکاری ادامه دارد.',
         ["استاندار خوزستان"]),
        # «تاکید دارد» (a present with no «می») and «… اما احتمال داد» with no new subject: one speaker
        ("دکتر علی رضایی تاکید دارد اطلاعات چندانی از این پرونده ندارد اما احتمال داد مدیران شرکت مقصر باشند.",
         ["علی رضایی", "علی رضایی"]),
        # «احتمال داد که …»: a guess is reported speech too
        ("سرتیپ علی نادری احتمال داد که رزمایش تا هفته آینده ادامه یابد.", ["علی نادری"]),
        # the honorific «فرموده‌اند» of a named speaker
        ("آیت‌الله حسن مرادی فرموده‌اند که رای مردم حق‌الناس است.", ["حسن مرادی"]),
        # a colon quote after a plural cue whose subject names no one: not the person named before
        ("سفر دکتر علی رضایی به مسکو تمام شد، ولی مقام‌های بلندپایه اعلام کردند: توافقی حاصل نشد.", [""]),
        # «معتقدند» is the plural of «معتقد است»: a poll's share of people speaks, not the person before
        ("سرهنگ علی رضایی گفت که مرزها امن است. ۵۵ درصد مردم معتقدند دولت باید استعفا دهد.",
         ["علی رضایی", ""]),
        # «سخن گفت» (spoke) reports no content
        ("سرهنگ علی رضایی سه‌شنبه در جمع دانشجویان سخن گفت.", []),
        # ... unless a colon follows it
        ("سرهنگ علی رضایی در پایان سخن گفت: ما آماده‌ایم.", ["علی رضایی"]),
        # «معتقد هستند»: the spaced plural of «معتقد است» is a cue too
        ("دکتر علی رضایی و همکارانش معتقد هستند که قیمت نفت کاهش می‌یابد.", ["علی رضایی"]),
        # «یکی از مقامات X»: one official, known by a description, is the speaker
        ("یکی از مقامات ارشد وزارت نفت اعلام کرد صادرات افزایش یافته است.", ["یکی از مقامات ارشد"]),
        # ... also where no organization follows
        ("یکی از مسئولان محلی گفت: جاده بسته است.", ["یکی از مسئولان محلی"]),
        # a phrase before a comma («به دنبال …،») opens the sentence: the speaker opens the clause after it
        ("به دنبال تصمیم دولت برای بستن مرز، یکی از مسئولان محلی اعلام کرد: جاده بسته است.",
         ["یکی از مسئولان محلی"]),
        # a quoted name after a noun is inside a phrase («شعبه "بانک صادرات"»), not the speaker
        ('پس از تحریم شعبه "بانک صادرات" در مالزی، سخنگوی بانک مرکزی اعلام کرد که این تحریم اثری ندارد.',
         ["سخنگوی بانک مرکزی"]),
        # a known person deeper in the clause («… که دفتر علی رضایی …») is not its speaker: the described one is
        ("یکی از اعضای هیئت مدیره که دکتر علی رضایی او را برگزیده بود اعلام کرد که شرکت ورشکسته است.",
         ["یکی از اعضای هیئت مدیره"]),
        # ... and a bare noun opening the clause is no speaker beside that person
        ("همزمان دکتر علی رضایی اعلام کرد که شرکت ورشکسته است.", ["علی رضایی"]),
        # a named person said to have said something inside a direct quote: a second, nested quote
        ("سرهنگ علی رضایی گفت: دکتر حسن کریمی روز دوشنبه گفت که مرزها امن است.", ["علی رضایی", "حسن کریمی"]),
        # ... not the quoted speaker himself («ما گفتیم که …», «وی گفت که …» inside his own quote)
        ("سرهنگ علی رضایی گفت: ما بارها گفته‌ایم که مرزها امن است.", ["علی رضایی"]),
        # «یکی از آنها»: a pronoun, not a description
        ("یکی از آنها گفت: جاده بسته است.", [""]),
        # negated and participle deems are cues too
        ("دکتر علی رضایی این نامه را پیام صلح تلقی نکرد.", ["علی رضایی"]),
        ("دکتر علی رضایی این طرح را نادرست دانسته و خواستار توقف آن شد.", ["علی رضایی"]),
        # ... a passive participle is not («خوانده می‌شد»: was sung)
        ("سرود را هر روز دانش‌آموزان در مدرسه خوانده می‌شد.", []),
        # poems read out, their «را» far before «خواندند»: reading, not deeming
        ("رضا کریمی و علی نوری نیز اشعاری را در وصف مردم غزه و محکومیت حملات به بیمارستان‌های این شهر کوچک خواندند.",
         []),
        # an unknown surname, then the deem's object: the surname is the speaker
        ("فرهادیان وابستگی شدید بودجه به نفت را از دلایل بحران عنوان کرد.", ["فرهادیان"]),
        # «X از Y انتقاد کرد»: a criticism is reported speech (text «از Y …»)
        ("دکتر علی رضایی از سیاست‌های بانک مرکزی بشدت انتقاد کرد.", ["علی رضایی"]),
        # «به ادعای X»: a claim, like «به گفته X»
        ("به ادعای سرهنگ علی رضایی، مرزها امن است.", ["علی رضایی"]),
        # «مدعی هستند»: the plural of «مدعی است», spoken by those it names
        ("دکتر علی رضایی و همکارانش مدعی هستند که قیمت نفت کاهش می‌یابد.", ["علی رضایی"]),
        # «با اظهار تاسف از …»: regret named by a noun is an indirect quote, then the colon quote
        ("دکتر علی رضایی با اظهار تاسف از کندی مذاکرات گفت: کار ادامه دارد.", ["علی رضایی", "علی رضایی"]),
        # «به نوشته X» is an attribution like «به گزارش X», not a quote of X
        ("به نوشته روزنامه الف، دکتر علی رضایی گفت: کار ادامه دارد.", ["علی رضایی"]),
        # «به گفته» with an unnamed source: a quote whose speaker is unknown
        ("به گفته منابع محلی، سه روستا در سیل آسیب دیده‌اند.", [""]),
        # «از نظر» needs a known source: «از نظر فنی» is no quote
        ("از نظر فنی، این پل هنوز آماده بهره‌برداری نیست.", []),
        # a discourse connective («با این حال», «از سوی دیگر») opens the clause before its speaker
        ("با این حال وزارت خارجه این گزارش را نادرست دانست.", ["وزارت خارجه"]),
        ("از سوی دیگر اتحادیه اروپا تاکید کرد که تحریم‌ها ادامه دارد.", ["اتحادیه اروپا"]),
        ("در همین حال پلیس پاکستان اعلام کرد که دو نفر بازداشت شدند.", ["پلیس پاکستان"]),
        # a body that opens the cue's own clause after «چرا که» speaks, not the sentence's first noun
        ("پژوهش در این زمینه مهم است، چرا که سازمان بهداشت جهانی هشدار داده است که بیماری گسترش می‌یابد.",
         ["سازمان بهداشت جهانی"]),
        # «…اله» is the same first name as «…الله» («هدایت‌اله»): the name after the attribution speaks, not
        # the official named in the relative clause
        ("به گزارش فارس به‌نقل از روابط‌عمومی فرمانداری شهرستان ساوه، هدایت‌اله کاظمی‌نژاد در جلسه "
         "شورای اداری شهرستان که با حضور محمد رضا امینی مدیرکل دفتر امور اجتماعی استانداری برگزار شد، نقش "
         "شوراها را بسیار مهم دانست.", ["هدایت‌اله کاظمی‌نژاد"]),
        # «ترک گفتند» is leaving, in the plural as in the singular
        ("مهمانان خارجی پس از پایان مراسم سالن همایش را ترک گفتند، و جلسه بعدی به فردا موکول شد.", []),
        # «وداع گفت», «بدرود خواهد گفت» is saying farewell (leaving a club), also with the future auxiliary
        ("بازیکن باتجربه تیم پس از پانزده فصل با هواداران وداع گفت.", []),
        ("کاپیتان تیم در دیدار هفته آینده با ورزشگاه خانگی بدرود خواهد گفت.", []),
        ("دروازه‌بان قدیمی باشگاه یکشنبه با همه همبازیانش وداع خواهد گفت.", []),
        # «ادامه داد» at the end of a sentence reports nothing before it: a meeting went on
        ("همایش استادان دانشگاه امروز با سخنرانی دکتر علی رضایی در تالار اصلی ادامه داد.", []),
        # «پیش/قبل از این» is "before now": «این وزیر» is no anaphor there, the role after it speaks
        ("پیش از این وزیر کشور از برگزاری انتخابات در موعد مقرر خبر داده بود.", ["وزیر کشور"]),
        ("قبل از این وزیر کشور از برگزاری انتخابات در موعد مقرر خبر داده بود.", ["وزیر کشور"]),
        # «یک بیانیه X … خبر داد»: the statement's issuer speaks, the statement is no described person
        ("یک بیانیه وزارت دفاع کانادا دیروز از زخمی شدن سه خلبان در تمرین خبر داد.", ["وزارت دفاع کانادا"]),
        # «ولی»/«اما» open a second clause: the body right after speaks, not the first clause's noun
        ("دلیل آتش‌سوزی روشن نشده ولی پلیس مشهد اعلام کرد که مغازه‌ها بیمه بودند.", ["پلیس مشهد"]),
        ("هوا سرد است اما وزارت خارجه اعلام کرد که جاده باز است.", ["وزارت خارجه"]),
        # a described office ends with the country of its place («شهردار حلب سوریه»), not before it
        ("شهردار حلب سوریه از این حادثه ابراز تاسف کرد.", ["شهردار حلب سوریه"]),
        ("استاندار بصره عراق گفت: مرز باز است.", ["استاندار بصره عراق"]),
        # a paragraph in the first person after a direct quote goes on with it
        ("عنوان\nسرهنگ علی رضایی گفت: مرزها امن است.\nعلاوه بر این پاسگاه‌های تازه‌ای ساخته‌ایم و نیروها را افزایش دادیم.",
         ["علی رضایی", "علی رضایی"]),
        # «وزیر نیروگفت:»: a cue glued to the word before it, then a colon, is still a cue, and the office speaks
        ("وزیر نیروگفت: سدهای استان پر شده‌اند.", ["وزیر نیرو"]),
        # ... glued to a name inside the clause, the subject before it speaks
        ("سرهنگ علی رضایی در پاسخ به پرسش خبرنگاران درباره تهرانافزود: «جاده‌ها باز است.»", ["علی رضایی"]),
        # ... a two-word cue too («کشوراظهار کرد:»)
        ("وزیر کشوراظهار کرد: انتخابات به موقع برگزار می‌شود.", ["وزیر کشور"]),
        # «سرنوشت:»: a word that merely ends like a cue («نوشت») after two letters is no glued cue
        ("سرهنگ علی رضایی در دادگاه حاضر شد. سرنوشت: هنوز روشن نیست.", []),
        # «به X اشاره و اظهار کرد:»: the elided «اشاره کرد» names a topic, no quote of its own
        ("دکتر علی رضایی به مشکلات بیمارستان‌های شهر اشاره و اظهار کرد: کار ادامه دارد.", ["علی رضایی"]),
        # «تشکر و قدردانی کرد»: thanks share a light verb but say nothing
        ("دکتر علی رضایی از کارکنان بیمارستان تشکر و قدردانی کرد.", []),
        # ... a paragraph of narration does not
        ("عنوان\nسرهنگ علی رضایی گفت: مرزها امن است.\nاین منطقه در سال گذشته شاهد حوادثی بود.", ["علی رضایی"]),
    ],
)
def test_speakers(nlp_rules, text, speakers):
    doc = nlp_rules(text)
    assert [compact(speaker_name(doc, q) or "") for q in doc._.quotes] == [compact(s) for s in speakers]


@pytest.mark.parametrize(
    ("cue", "form"),
    [
        ("تاکید کرد", "تاکید کردند"),  # plural
        ("تاکید کرد", "تاکید می‌کند"),  # present
        ("گفت", "می‌گوید"),  # vowel-final present stem
        ("افزود", "افزوده است"),  # present perfect
        ("افزود", "می‌افزاید"),  # present of a simple verb, stem from data/cue_presents.tsv
    ],
)
def test_cue_forms(cue, form):
    forms = cue_forms(cue, {"کرد": "کن", "گفت": "گو", "افزود": "افزا"})
    assert form in forms


def test_cue_table_tenses_plural(nlp_rules):
    """A singular cue that ends in «ند» («خواند») is not plural; «خواندند», «می‌گویند» are."""
    for text, plural in (("خواند", False), ("خواندند", True), ("می‌گویند", True), ("گفت", False)):
        w = words_of([t.text for t in nlp_rules.make_doc(text)])
        assert [is_plural(w, c) for c in find_cues(w)] == [plural], text


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("وی می‌افزاید: کار تمام است.", "می‌افزاید"),  # present tense from the table of present stems
        ("وی می‌نویسد: کار تمام است.", "می‌نویسد"),
        ("وی گفته بود: کار تمام است.", "گفته بود"),  # past perfect
    ],
)
def test_cue_table_tenses(nlp_rules, text, cue):
    w = words_of([t.text for t in nlp_rules.make_doc(text)])
    assert [compact(" ".join(w.texts[c.start:c.end])) for c in find_cues(w)] == [compact(cue)]


@pytest.mark.parametrize(
    ("article", "gold"),
    [
        (REPO / "examples" / "article.txt", FIXTURES / "example.gold.json"),
        (FIXTURES / "diplomacy.txt", FIXTURES / "diplomacy.gold.json"),
    ],
)
def test_fixture_quotes(nlp_rules, article, gold):
    result = Article.from_doc(nlp_rules(article.read_text(encoding="utf-8"))).to_dict()
    assert quote_problems(result, json.loads(gold.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(
    ("ranges", "tok", "inside"),
    [
        ([(2, 5)], 2, True),  # first token of a region
        ([(2, 5)], 5, False),  # regions are half-open
        ([(2, 5), (4, 9)], 8, True),  # overlapping regions merge
        ([(2, 5), (7, 9)], 6, False),  # the gap between two regions
        ([(7, 9), (2, 5)], 3, True),  # given out of order
        ([], 0, False),  # no regions
    ],
)
def test_regions_cover(ranges, tok, inside):
    assert Regions(ranges).covers(tok) is inside


class CountingDoc(Doc):
    """A Doc that counts reads of ``doc.text`` (spaCy rebuilds the string on every read)."""

    reads = 0

    @property
    def text(self):
        CountingDoc.reads += 1
        return super().text


def test_quotes_read_doc_text_once(nlp_rules):
    # twenty direct quotes of one colonel in one paragraph
    base = nlp_rules.make_doc("خبر\n" + "سرهنگ علی رضایی گفت: ما آماده دفاع از مرزها هستیم. " * 20)
    doc = CountingDoc(nlp_rules.vocab, words=[t.text for t in base], spaces=[bool(t.whitespace_) for t in base])
    for name, proc in nlp_rules.pipeline:
        CountingDoc.reads = 0
        doc = proc(doc)
        if name == "khabar_quotes":
            break
    assert len(doc._.quotes) == 20
    assert CountingDoc.reads <= 1


def phrase_matches(nlp_rules, monkeypatch, text):
    """How many phrase-table look-ups the quotes stage makes on ``text``."""
    doc = doc_before(nlp_rules, text, "khabar_quotes")
    calls = 0
    real = PhraseTable.match

    def counting(self, *args, **kwargs):
        nonlocal calls
        calls += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PhraseTable, "match", counting)
    nlp_rules.get_pipe("khabar_quotes")(doc)
    monkeypatch.setattr(PhraseTable, "match", real)
    return calls


@pytest.mark.parametrize(
    "unit",
    [
        "گفت: ",  # a bare cue and colon, over and over (QA: 16 KB took seconds)
        "وزیر دفاع گفت که ما آماده همکاری هستیم و ",  # one endless sentence of indirect quotes
    ],
)
def test_quote_finding_grows_linearly(nlp_rules, monkeypatch, unit):
    small = phrase_matches(nlp_rules, monkeypatch, "خبر بلند\n" + unit * 300)
    large = phrase_matches(nlp_rules, monkeypatch, "خبر بلند\n" + unit * 600)
    assert large <= 2.5 * small


def test_quote_in_endless_sentence_is_bounded(nlp_rules):
    # no sentence end at all: a quote after «گفت که» still stops within MAX_CLAUSE tokens
    doc = nlp_rules("خبر بلند\n" + "وزیر دفاع گفت که ما آماده همکاری هستیم و " * 300)
    assert doc._.quotes
    assert all(len(q["text"].split()) <= MAX_CLAUSE for q in doc._.quotes)


# «وزیر خارجه ایران» [0, 16) holds the nested place «ایران» [11, 16), which ends at the same character.
NESTED_GOLD = [{"id": "e1", "label": "LOC", "mentions": [[11, 16]]},
               {"id": "e2", "label": "PER", "mentions": [[0, 16], [30, 32]]}]


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        # the identical span wins over the nested one that ends with it
        ([{"id": "p1", "label": "PER", "mentions": [(0, 16), (30, 32)]}], {"p1": "e2"}),
        # a loose match still counts when nothing is identical
        ([{"id": "p1", "label": "LOC", "mentions": [(10, 16)]}], {"p1": "e1"}),
        # two loose matches: the closer span wins («منبع رسمی X» is «یک منبع رسمی X», not «X»)
        ([{"id": "p1", "label": "PER", "mentions": [(3, 16)]}], {"p1": "e2"}),
    ],
)
def test_align_entities_prefers_identical_spans(pred, expected):
    assert align_entities(pred, NESTED_GOLD) == expected


def test_coreference_pairs_identical_spans_first():
    pred = [{"id": "p1", "label": "PER", "mentions": [(0, 16), (30, 32)]},
            {"id": "p2", "label": "LOC", "mentions": [(11, 16)]}]
    key, response = clusters(pred, NESTED_GOLD, {"PER", "LOC"})
    assert sorted(map(sorted, key)) == sorted(map(sorted, response))


STATEMENT = ("عنوان\nانجمن اسلامی دانشجویان دانشگاه شیراز با صدور بیانیه‌ای اعلام کرد: ما از مردم فلسطین حمایت می‌کنیم.\n"
             "متن کامل بیانیه انجمن به این شرح است:\nبه نام خدا\n"
             "ملت ایران همواره در کنار مردم مظلوم فلسطین ایستاده است و این حمایت ادامه خواهد داشت.\n"
             "ما از همه دانشجویان می‌خواهیم که در راهپیمایی روز قدس شرکت کنند و صدای مظلومان باشند.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «متن کامل بیانیه … به این شرح است:»: each paragraph after it is the statement, spoken by its issuer;
        # the short opening formula is no one's words
        (STATEMENT, [
            ("اعلام کرد", "ما از مردم فلسطین حمایت می‌کنیم."),
            ("به این شرح است", "ملت ایران همواره در کنار مردم مظلوم فلسطین ایستاده است و این حمایت ادامه خواهد داشت."),
            ("به این شرح است", "ما از همه دانشجویان می‌خواهیم که در راهپیمایی روز قدس شرکت کنند و صدای مظلومان باشند."),
        ]),
        # with nobody quoted before it, the announced text has no known issuer and is not quoted
        ("عنوان\nمتن بیانیه دولت به شرح زیر است:\nوزیران در جلسه‌ای درباره بودجه سال آینده و طرح‌های عمرانی گفت‌وگو می‌کنند.",
         []),
        # a list announced the same way names no issued text: it is no one's words
        ("عنوان\nسرهنگ علی رضایی گفت: کار ادامه دارد.\nبرنامه‌های هفته دولت به شرح زیر است:\n"
         "وزیران در جلسه‌ای درباره بودجه سال آینده و طرح‌های عمرانی گفت‌وگو می‌کنند.",
         [("گفت", "کار ادامه دارد.")]),
        # nor do a match day's results, though a report «نتایج …» can speak elsewhere
        ("عنوان\nسرهنگ علی رضایی گفت: کار ادامه دارد.\nنتایج دیدارهای امروز لیگ به شرح زیر است:\n"
         "تیم‌های تورونتو رپتورز و بوستون سلتیکس در دیدارهای امروز پیروز شدند و صدرنشین ماندند.",
         [("گفت", "کار ادامه دارد.")]),
    ],
)
def test_published_text(nlp_rules, text, expected):
    doc = nlp_rules(text)
    assert [(q["cue"], q["text"]) for q in doc._.quotes] == expected
    assert len({q["speaker"] for q in doc._.quotes}) <= 1  # one issuer for the statement and its text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # «با اشاره به اینکه …» whose clause holds a list («با شادی، امید، شور و …») and meets the main cue
        # with no comma: the content runs to its verb, not to the list's first comma
        ("وزیر نیرو با اشاره به اینکه کشاورزان استان با شادی، امید، شور و همت در طرح حاضر شده‌اند تاکید کرد: کار ادامه دارد.",
         "کشاورزان استان با شادی، امید، شور و همت در طرح حاضر شده‌اند"),
        # the same clause closed by a comma after its verb, then the main cue
        ("وزیر نیرو با بیان اینکه سدهای کرج، لار، طالقان و امیرکبیر پر شده‌اند، افزود: کار ادامه دارد.",
         "سدهای کرج، لار، طالقان و امیرکبیر پر شده‌اند"),
        # a comma after the clause's verb still ends it, as without a tagger
        ("وزیر نیرو با اشاره به اینکه بارش‌ها کم بوده است، مردم را به صرفه‌جویی دعوت کرد.",
         "بارش‌ها کم بوده است"),
    ],
)
def test_participial_content_ends_at_its_verb(nlp, text, content):
    doc = nlp(text)
    assert content in [doc.text[q["start"]:q["end"]] for q in doc._.quotes if q["kind"] == "indirect"]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        # a first-person paragraph after a direct quote goes on with it
        ("عنوان\nسرهنگ علی رضایی گفت: ما کار را ادامه می‌دهیم.\nما همچنین برای امنیت جاده‌ها برنامه‌های زیادی داریم.",
         ["ما کار را ادامه می‌دهیم.", "ما همچنین برای امنیت جاده‌ها برنامه‌های زیادی داریم."]),
        # one that opens with the agency's attribution is the agency's narration, whatever «من» it names
        ("عنوان\nسرهنگ علی رضایی گفت: ما کار را ادامه می‌دهیم.\nبه گزارش ایسنا، این طرح در سامانه شهر من ثبت شد و "
         "خبرنگار آن را پیگیری کرد.",
         ["ما کار را ادامه می‌دهیم."]),
    ],
)
def test_quote_continues_into_next_paragraph(nlp_rules, text, contents):
    doc = nlp_rules(text)
    assert [q["text"] for q in doc._.quotes] == contents


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a deeming noun whose light verb comes with a cue further on in the sentence, after «و» and an adverbial
        # phrase («X را Y عنوان و با اشاره به …، تأکید کرد: …»): a quote of its own
        ("دکتر علی رضایی آموزش رایگان را حق همه کودکان عنوان و با اشاره به کمبود مدرسه، تأکید کرد: کار ادامه دارد.",
         ["عنوان", "تأکید کرد"]),
        # ... «خطاب به» after «و» as well
        ("دکتر علی رضایی حفظ آرامش را وظیفه همه مدیران قلمداد و خطاب به کارکنان تصریح کرد که کار ادامه دارد.",
         ["قلمداد", "تصریح کرد"]),
        # ... not when a new subject follows «و» («X را رد و Z … انتقاد کردند»: Z's own clause)
        ("دکتر علی رضایی طرح مالیاتی تازه دولت را رد و همکاران او از طرح دیگری در جلسه انتقاد کردند.",
         ["انتقاد کردند"]),
        # ... nor in a choice between acts («را بررسی، رد و یا تایید می‌کند»)
        ("شورای شهر طرح‌های تازه را بررسی، رد و یا تایید می‌کند.", []),
    ],
)
def test_elided_cue_further_on(nlp_rules, text, cues):
    assert [compact(q["cue"]) for q in nlp_rules(text)._.quotes] == [compact(c) for c in cues]
