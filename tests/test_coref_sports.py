"""Coreference in sports news: players told by their post, clubs pointed back at (trained NER for the clubs)."""

from __future__ import annotations

import pytest

from test_coref import assert_one_entity, assert_two_entities, cluster_of


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # a player's post before his club is a role in apposition to his name (data/role_heads.tsv)
        ("کاوه رضایی، هافبک پرسپولیس پس از تمرین دیروز با هواداران عکس گرفت.", "کاوه رضایی", "هافبک پرسپولیس"),
        # ... the goalkeeper, with the club named as «تیم فوتبال X»
        ("مهدی کامرانی، دروازه‌بان تیم فوتبال سپاهان امروز به اردو رفت.", "مهدی کامرانی",
         "دروازه‌بان تیم فوتبال سپاهان"),
        # ... «گلر», the everyday word for the goalkeeper
        ("حامد لک، گلر تراکتورسازی در تمرین امروز حاضر نشد.", "حامد لک", "گلر تراکتورسازی"),
        # ... a player of a club
        ("رضا قوچان‌نژاد، بازیکن پرسپولیس هفته آینده به تیم برمی‌گردد.", "رضا قوچان‌نژاد", "بازیکن پرسپولیس"),
        # ... its star
        ("لیونل مسی، ستاره بارسلونا در این دیدار دو گل زد.", "لیونل مسی", "ستاره بارسلونا"),
        # ... a coach told by his experience before his club (data/role_words.txt)
        ("آرسن ونگر، مربی باتجربه آرسنال پس از بازی از داوری انتقاد کرد.", "آرسن ونگر", "مربی باتجربه آرسنال"),
        # «تیم ملی» alone is an organization (data/org_heads.tsv), the national team named in full before it
        ("نادر کریمی، دروازه‌بان تیم ملی فوتبال ایران گفت که اردوی تیم ملی امکانات خوبی داشت.",
         "تیم ملی فوتبال ایران", "تیم ملی"),
        # a club with its kind («تیم فوتبال X», «باشگاه X») is the club named bare (coref_anaphors.media_core)
        ("سرمربی تیم فوتبال سایپا از بازیکنانش گلایه کرد. سایپا هفته بعد به مصاف ذوب آهن می‌رود.",
         "تیم فوتبال سایپا", "سایپا"),
        ("باشگاه منچستریونایتد قرارداد مربی خود را تمدید کرد. منچستریونایتد فصل گذشته قهرمان شد.",
         "باشگاه منچستریونایتد", "منچستریونایتد"),
        # «این تیم» in a match report: the club named bare just before it (no «تیم» in its name)
        ("سپاهان در هفته دهم لیگ برتر فوتبال به پیروزی رسید و بازیکنان این تیم پس از بازی جشن گرفتند.",
         "سپاهان", "این تیم"),
        # ... the club named last before it, not the national team told by «تیم» further back
        # (coref_anaphors.nearest_club): a national goalkeeper speaks of the club he is under contract with
        ("علی کریمی، دروازه‌بان تیم ملی فوتبال که در لیگ برتر برای استقلال بازی می‌کند گفت: قراردادم با این تیم "
         "دو سال دیگر تمام می‌شود.", "استقلال", "این تیم"),
        # ... and «این باشگاه» the club named last, not a body written a few words after a «باشگاه»
        # («هیئت مدیره باشگاه با وزارت ورزش»)
        ("اعضای هیئت مدیره باشگاه با وزارت ورزش دیدار کردند. مشاور وزیر گفت: پرسپولیس در لیگ برتر فوتبال می‌ماند "
         "و این باشگاه واگذار نمی‌شود.", "پرسپولیس", "این باشگاه"),
        # a name in curly quotes: its surname alone later is the same person (the marks are split off the name)
        ("“کریم باقری” مربی تیم پس از تمرین با خبرنگاران صحبت کرد. باقری گفت که تیم آماده است.",
         "کریم باقری", "باقری"),
        # ... and the role after the closing mark is the name's apposition
        ("“کریم باقری” مربی تیم پس از تمرین با خبرنگاران صحبت کرد. باقری گفت که تیم آماده است.",
         "کریم باقری", "مربی تیم"),
        # a young coach: «جوان» between the post and the club is part of the role (data/role_words.txt)
        ("حسین کاظمی مربی جوان تیم فوتبال صنعت نفت آبادان پس از بازی از بازیکنانش تشکر کرد.",
         "حسین کاظمی", "مربی جوان تیم فوتبال صنعت نفت آبادان"),
        # a post before a club named bare, which only the trained NER finds, is the apposition of the name
        # before it (data/club_posts.txt, stages/club_posts.py)
        ("کامران یوسفی، هافبک سویا پس از بازی دیروز به رئال مادرید پیوست.", "کامران یوسفی", "هافبک سویا"),
        ("سعید نادری، مربی مالاگا از داوری بازی انتقاد کرد.", "سعید نادری", "مربی مالاگا"),
        # ... «اسطوره» (legend) only before a club
        ("حمید صالحی، اسطوره چلسی در مراسم خداحافظی حاضر شد.", "حمید صالحی", "اسطوره چلسی"),
        # a player called by his given name alone is the one person whose full name starts with it
        # (coref_given.given_name_alone)
        ("مهدی طارمی پس از بازی از هواداران تشکر کرد. سرمربی تیم گفت که مهدی در این فصل بهترین بازیکن ما بود.",
         "مهدی طارمی", "مهدی"),
        # ... also inside a quote of his coach
        ("کریم باقری پس از تمرین با خبرنگاران صحبت کرد. مربی تیم گفت: کریم همیشه به ما کمک کرده است.",
         "کریم باقری", "کریم"),
        # «تیم ما» in a quote is the club of its speaker, told by his role (stages/team_words.py), not the
        # nearer opponent; only in a sports report (two sports words: «لیگ برتر», «فوتبال»)
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: تیم ما در نیمه دوم بهتر بازی کرد.", "ملوان",
         "تیم ما"),
        # ... written with its clitic
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: امیدوارم تیم‌مان به جمع چهار تیم اول برسد.",
         "ملوان", "تیم‌مان"),
        # «تیمش» is the club of the person the clitic points back to, the coach of the sentence
        ("جواد صالحی، سرمربی ذوب آهن درباره شکست تیمش مقابل تراکتورسازی در لیگ برتر توضیح داد.", "ذوب آهن", "تیمش"),
        # «تیم»/«باشگاه» alone, closed by a function word, in a quote: the speaker's club too
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: امسال تیم را به لیگ برتر می‌رسانیم.", "ملوان", "تیم"),
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: باشگاه به ما قول پاداش داده است.", "ملوان",
         "باشگاه"),
        # a club told by the colour of its kit (data/orgs.txt) is one entity, written apart or with a ZWNJ
        ("تیم مشکی پوشان هفته گذشته باخت. مشکی‌پوشان هفته بعد به مصاف سپاهان می‌روند.", "تیم مشکی پوشان",
         "مشکی‌پوشان"),
        # ... and the club of a player's post, so his «تیم ما» is it
        ("کامران نوری، هافبک تیم زردپوشان گفت: تیم ما امسال در لیگ شرایط سختی داشت.", "تیم زردپوشان", "تیم ما"),
        # «رئیس این باشگاه» is the club's office, held by the person named with it (stages/team_words.py)
        ("بهرام صفری، رئیس باشگاه فولاد دیروز به ورزشگاه آمد. روابط سرمربی با رئیس این باشگاه خوب نیست.",
         "بهرام صفری", "رئیس این باشگاه"),
        # ... also where the lone head opens the clause as a speaker
        ("بهرام صفری، رئیس باشگاه فولاد دیروز به ورزشگاه آمد. رئیس این باشگاه گفت که سرمربی می‌ماند.",
         "بهرام صفری", "رئیس این باشگاه"),
        # a post word alone, told as an unnamed speaker, is the one named person who holds that post
        # (stages/coref_posts.py): the attacking midfielder is the club's midfielder named before
        ("کامران نوری، هافبک تیم فولاد در لیگ برتر فوتبال دو گل زد. هافبک هجومی پس از بازی گفت: بازی سختی بود و "
         "از هواداران تشکر می‌کنم.", "کامران نوری", "هافبک هجومی"),
        # ... the coach told by his club's short name
        ("حسین کاظمی، مربی جوان تیم فوتبال صنعت نفت آبادان از بازیکنانش در لیگ برتر تشکر کرد. مربی نفت در نشست "
         "خبری گفت: تیم خوب بازی کرد.", "حسین کاظمی", "مربی نفت"),
        # a club short and in full in one report (stages/coref_clubs.py): the full name once («بایرن مونیخ»), its first word alone later: one club
        ("بایرن مونیخ در لیگ برتر فوتبال آلمان به پیروزی رسید. سرمربی بایرن پس از بازی از بازیکنانش تشکر کرد.",
         "بایرن مونیخ", "بایرن"),
        # ... the short name first in the title, the full one in the first body paragraph («استقلال»,
        # «استقلال تهران»)
        ("هواداران استقلال به ورزشگاه آمدند\nتمرین تیم پس از تساوی در لیگ برتر فوتبال برگزار شد.\n"
         "استقلال تهران هفته آینده به مصاف ذوب‌آهن می‌رود.", "استقلال", "استقلال تهران"),
        # a club alias (stages/coref_clubs.club_aliases, data/club_aliases.tsv): a kit-colour nickname («آبی‌پوشان») is the one club of that colour the report names («استقلال»)
        ("استقلال در لیگ برتر فوتبال امروز مقابل نساجی به میدان می‌رود. سرمربی آبی‌پوشان گفت که تیمش آماده است.",
         "استقلال", "آبی‌پوشان"),
        # ... the same nickname in a report on an English club is that club («چلسی»)
        ("چلسی در لیگ برتر فوتبال انگلیس به پیروزی رسید و آبی‌پوشان به صدر جدول نزدیک شدند.",
         "چلسی", "آبی‌پوشان"),
        # a short form that is not the club's first word («بارسا» for «بارسلونا»)
        ("بارسلونا در لیگ فوتبال اسپانیا به مصاف سویا رفت. هواداران بارسا پس از پیروزی جشن گرفتند.",
         "بارسلونا", "بارسا"),
        # the last word of a name written glued («یونایتد» for «منچستریونایتد»)
        ("منچستریونایتد در لیگ برتر فوتبال با یک گل پیروز شد. سرمربی یونایتد از بازیکنانش تشکر کرد.",
         "منچستریونایتد", "یونایتد"),
    ],
)
def test_same_entity_in_sports_news(nlp, text, a, b):
    assert_one_entity(nlp(text), a, b)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # two «این تیم» of one match report point at two clubs: the clubs stay apart (the two anaphors are not
        # one organization by their key)
        ("چلسی در لیگ برتر فوتبال به مصاف آرسنال رفت و بازیکن این تیم گل زد. سرمربی چلسی گفت این تیم خوب "
         "بود.", "چلسی", "آرسنال"),
        # two players share the given name: «علی» alone is neither of them
        ("علی کریمی و علی دایی در تمرین حاضر شدند. سرمربی گفت که علی هنوز آماده نیست.", "علی کریمی", "علی"),
        ("علی کریمی و علی دایی در تمرین حاضر شدند. سرمربی گفت که علی هنوز آماده نیست.", "علی دایی", "علی"),
        # ... and not the opponent named nearer to it
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: تیم ما در نیمه دوم بهتر بازی کرد.", "سپاهان",
         "تیم ما"),
        # the post word alone does not join a person of another club: the other side's coach
        # (stages/coref_posts.py)
        ("فرهاد مجیدی، مربی استقلال پس از بازی در لیگ برتر فوتبال از داور انتقاد کرد. مربی پرسپولیس هم گفت: "
         "نتیجه عادلانه بود.", "فرهاد مجیدی", "مربی پرسپولیس"),
        # ... nor a coach of a club the NER left untagged in that sentence, when it names the club elsewhere
        ("فرهاد مجیدی، مربی استقلال پس از بازی با تراکتور در لیگ برتر فوتبال از داور انتقاد کرد. مربی تراکتور هم "
         "گفت: نتیجه عادلانه بود.", "فرهاد مجیدی", "مربی تراکتور"),
        # «یک بازیکن …» is some player, not the one named player («بازیکن» is a post many hold at once)
        ("علی کریمی، بازیکن سابق پرسپولیس در لیگ برتر فوتبال به ورزشگاه آمد. یک بازیکن جوان تیم گفت: بازی "
         "سختی بود.", "علی کریمی", "بازیکن جوان تیم"),
        # «این تیم» is no body named nearer than the club («فدراسیون فوتبال»): an org head opens its name
        ("استقلال در لیگ برتر فوتبال به مصاف سپاهان رفت. فدراسیون فوتبال اعلام کرد که این تیم جریمه شد.",
         "فدراسیون فوتبال", "این تیم"),
        # a short club name (stages/coref_clubs.py) where two clubs start with it («رئال مادرید», «رئال سوسیداد»): it is neither of them
        ("رئال مادرید در لیگ برتر فوتبال اسپانیا به مصاف رئال سوسیداد رفت و هواداران رئال پس از بازی جشن گرفتند.",
         "رئال مادرید", "رئال"),
        # a full name met late, after the short one all along, is a namesake («استقلال» then «استقلال خوزستان»)
        ("مدافع ملوان در لیگ برتر فوتبال مقابل استقلال گل زد. او پس از بازی با استقلال گفت که روزهای خوبی دارد. "
         "مربی ملوان گفت که هفته بعد بازی سختی با استقلال خوزستان در پیش است.", "استقلال", "استقلال خوزستان"),
        # a match between namesakes: one sentence names both, so they are two clubs though the full
        # name opens the report
        ("استقلال امروز در لیگ برتر فوتبال به مصاف استقلال خوزستان رفت.\nسرمربی استقلال پس از بازی از "
         "بازیکنانش تشکر کرد.", "استقلال", "استقلال خوزستان"),
        # a club alias where the report names both clubs the nickname may stand for: it joins neither
        ("استقلال و چلسی در اردوی تابستانی فوتبال به مصاف هم رفتند و آبی‌پوشان بازی را بردند.",
         "استقلال", "آبی‌پوشان"),
        # the nickname is not for a club the report names («سرخ‌پوشان» is not «استقلال»)
        ("استقلال در لیگ برتر فوتبال امروز به میدان می‌رود و سرخ‌پوشان فردا بازی می‌کنند.",
         "استقلال", "سرخ‌پوشان"),
    ],
)
def test_different_clubs_in_sports_news(nlp, text, a, b):
    assert_two_entities(nlp(text), a, b)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun after a bare «تیم» makes it another team («تیم حریف»): no mention of the speaker's club
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: تیم حریف از ما بهتر بود.", "تیم"),
        # «هر تیم» is any team
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: هر تیم در این لیگ شانس دارد.", "تیم"),
        # the national team is no speaker's own club: his «تیم ما» is left out
        ("کارلوس مارتینز، سرمربی تیم ملی فوتبال ایران گفت: تیم ما برای جام آماده است.", "تیم ما"),
        # outside a quote no one speaks of his club: the bare word stays no mention
        ("ملوان در هفته دهم به مصاف سپاهان رفت و تیم در نیمه دوم گل خورد.", "تیم"),
        # outside sports news «تیم ما» is no club: a ministry's spokesman speaks of his staff
        # (coref_anaphors.sports_report)
        ("علی حسینی، سخنگوی وزارت نیرو گفت: تیم ما برای رفع خاموشی‌ها شبانه‌روز کار می‌کند.", "تیم ما"),
        # ... nor «تیمش» of a minister
        ("مریم کاظمی، سخنگوی وزارت نیرو درباره کار تیمش در مناطق سیل‌زده توضیح داد.", "تیمش"),
        # ... nor a bare «باشگاه» in his quote
        ("علی حسینی، سخنگوی وزارت نیرو گفت: باشگاه از این طرح حمایت می‌کند.", "باشگاه"),
        # a pronoun after a bare «تیم» tells another owner: «تیم آنها» is the opponent, no mention
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: تیم آنها در نیمه دوم بهتر بازی کرد.", "تیم"),
        # ... so does a demonstrative («تیم این شهر»)
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: تیم این شهر در نیمه دوم بهتر بازی کرد.", "تیم"),
        # «آن تیم» is another team (data/team_word_counts.txt)
        ("امید نوری، گلر ملوان پس از دیدار با سپاهان در لیگ برتر فوتبال گفت: آن تیم در نیمه دوم بهتر بازی کرد.", "تیم"),
    ],
)
def test_no_club_for_a_bare_team_word(nlp, text, word):
    assert cluster_of(nlp(text), word) is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # outside sports news a place after a post is no club: «مدافع اوکراین» is no player's role
        # (stages/club_posts.py)
        ("جو بایدن، مدافع اوکراین در کنگره سخنرانی کرد.", "مدافع اوکراین"),
        # a role of many words before «این تیم» is not stretched over it: the minister holds no office of
        # the club (stages/team_words.posts_of_pointed_teams)
        ("پس از قهرمانی پرسپولیس در لیگ برتر فوتبال، وزیر ورزش کشور این تیم را تحسین کرد.",
         "وزیر ورزش کشور این تیم"),
        # ... nor a post word with «را» after the pointer: the team is the verb's object («no coach
        # underestimates this team»)
        ("پرسپولیس در لیگ برتر فوتبال قهرمان شد. سرمربی استقلال گفت که هیچ مربی این تیم را دست کم نمی‌گیرد.",
         "مربی این تیم"),
    ],
)
def test_no_post_of_a_club(nlp, text, role):
    assert cluster_of(nlp(text), role) is None
