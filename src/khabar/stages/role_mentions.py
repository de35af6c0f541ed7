"""Role descriptions as person mentions: «وزیر دفاع سوریه», «رهبر معظم انقلاب اسلامی», «رئیس اداره کل
ثبت اسناد استان یزد», with the places, organizations and inner office named in them; and the places
named inside an organization. A base of ``mentions.MentionFinder``, kept apart from the names and the
scan there because a role is read with the organization and place rules (``orgs_places``), not from
name words.
"""

from __future__ import annotations

from khabar.stages.orgs_places import BARE_ORGS, MEDIA_HEADS, OrgPlaceFinder
from khabar.stages.phrases import PhraseTable, compact, epithet_blockers, own_country_words, phrase_list
from khabar.stages.portfolios import joined_portfolio, seat_places
from khabar.stages.tokens import Mention, Words
from khabar.stages.towns import town_after


def posted_heads() -> PhraseTable[bool]:
    return phrase_list("posted_heads.txt")


def post_scenes() -> PhraseTable[bool]:
    return phrase_list("post_scenes.txt")


def their_country() -> PhraseTable[bool]:
    return phrase_list("their_country.txt")


# States and governments as a group: a role head after them is what they are, not a person («کشورهای [عضو]
# ناتو», «دولت‌های عضو اتحادیه اروپا»: the member states)
STATE_GROUPS = frozenset(compact(w) for w in ("کشورهای", "کشورها", "دولت‌های", "دولتها"))


def own_country(w: Words, head_end: int, end: int) -> tuple[int, int]:
    """Where «کشورمان» or «کشور ما» closing a role whose words run to ``end`` starts and ends
    (``(end, end)`` if none)."""
    # The speaker's own country closing a role belongs in the role's span as a named country does (guide §2:
    # «رئیس جمهور [کشورمان]», «سفیر [کشور ما]»): the words after the head, or after «کشور» kept in the
    # complement. The role keys as without it (the office of the home country).
    for keys in own_country_words():
        for start in (end, end - 1):
            if head_end <= start and tuple(w.keys[start:start + len(keys)]) == keys and start + len(keys) > end:
                return start, start + len(keys)
    return end, end


class RoleFinder(OrgPlaceFinder):
    def role_at(self, w: Words, i: int, found: list[Mention]) -> Mention | None:
        if i > 0 and w.keys[i - 1] in STATE_GROUPS:
            return None
        epithet = self.t.epithets.match(w.keys, i)
        if epithet and i > 0 and w.keys[i - 1] in epithet_blockers().get(w.keys[i] if epithet[0] == 1 else "", ()):
            epithet = None  # «به رهبری X», «دفتر رهبری»: no epithet (data/epithets.tsv, third column)
        head = self.t.role_heads.match(w.keys, i)
        nested: list[Mention] = []
        end = self.complement(w, i + head[0], nested, pointed=head[1] != 1) if head else i  # 2: «استاندار [این استان]»
        if epithet and (not head or epithet[0] > head[0] or (epithet[0] == head[0] and end == i + head[0])):
            # an epithet that is also an office's head is the office where a complement follows: «شاه» alone
            # is the Shah of Iran, «شاه اردن» the king of Jordan
            end = i + epithet[0]
            return Mention(i, end, "PER", "role", key=compact(epithet[1]), role=w.join(i, end))
        if not head:
            return None
        if (stop := seat_places(self, w, w.join(i, i + head[0]), end, nested)) > end:
            end = stop  # «نماینده مردم X [و Y] در مجلس»: one constituency
        elif i + head[0] < end < len(w) and w.keys[end] == "و" and (k := self._free_run(w, end + 1, 2)) > end + 1:
            end = self.complement(w, k, nested)  # «وزیر تجارت [و بازرگانی فرانسه]»: a second field, then the place
        elif not head[1] and not any(m.end == end for m in nested) and (
                k := joined_portfolio(self, w, i, end, end > i + head[0] or self._field_head(w, i, head[0]))) > end:
            end = self._portfolio_body(w, k, nested)  # «معاون فنی [و عمرانی شهرداری X]»
        if end == i + head[0] and head[1] != 1:
            # «رئیس [اداره کل ثبت اسناد استان یزد]»: an office of a body named by its head words (which may
            # close the role's own head: «[رئیس اداره] کل …», «[رئیس دانشگاه] امام صادق», a head that may stand bare)
            body = next((b for k in range(i + 1, min(end + 1, len(w))) if (b := self.org_at(w, k)) is not None), None)
            if body is not None and body.kind == "org" and body.end > end:
                end = body.end
        head_end = end
        if (end > i + head[0] or head[0] > 1) and end + 1 < len(w) and w.keys[end] == "در" and posted_heads().match(
                w.keys, i) and not post_scenes().match(w.keys, end + 1):
            # «سفیر ایران [در ونزوئلا]», «سفیر آمریکا [در سازمان ملل]»: where it is posted (data/posted_heads.txt),
            # after a complement or a head of several words that names whom it stands for («نماینده ولی فقیه»)
            post: list[Mention] = []
            if (body := self.org_at(w, end + 1)) is not None and body.kind == "org":
                body.nested = True
                nested.append(body)
                end = body.end
            elif (stop := self.complement(w, end + 1, post)) > end + 1 and post:
                nested.extend(post)
                end = stop
            if end > head_end and head[0] > 1 and (holder := self.role_at(w, i + 1, [])) and holder.end <= head_end:
                holder.nested = True  # «نماینده [ولی فقیه] در X»: the office the head names stays a mention
                nested.append(holder)
        if (town := town_after(self.t, w, i, end, nested)) is not None:
            nested.append(town)  # «امام جمعه [جم]»: a town the tables lack
            end = town.end
        own_start, own = own_country(w, i + head[0], end)  # «سفیر کشورمان»: the speaker's country
        if end == i + head[0] and not head[1] and own == end:
            return None
        org = self.org_in(w, i + head[0], end)
        if org:
            nested.append(org)
        if (inner := self.role_in(w, i + head[0], end)) is not None:
            nested.append(inner)
        found.extend(nested)
        if org:
            # the place inside that organization is a mention too («تهران» in «رئیس شورای اسلامی شهر
            # تهران»), as in an organization named alone; it stays out of the role's key
            found.extend(p for p in self.org_places(w, org)
                         if not any(p.start < x.end and x.start < p.end and x.kind == "place" for x in nested))
        key = self.role_key(w, i, i + head[0], min(end, own_start), nested)
        if own == end and (theirs := their_country().match(w.keys, end)):
            # «رئیس جمهور [کشورش]»: another country's office (data/their_country.txt), never the bare home one
            key += " @" + "".join(w.keys[end:end + theirs[0]])
        return Mention(i, own, "PER", "role", key=key, role=w.join(i, own))

    def _field_head(self, w: Words, i: int, n: int) -> bool:
        """The head of ``n`` words at ``i`` ends in a field of its portfolio («معاون [سیاسی]», a row of
        data/role_heads.tsv), so a second field may follow it after «و» («معاون سیاسی و امنیتی استاندار X»)."""
        return n > 1 and bool(self.t.role_words.match(w.keys, i + n - 1))

    def _portfolio_body(self, w: Words, k: int, nested: list[Mention]) -> int:
        """End of the body or place that closes a joined portfolio at ``k`` (``joined_portfolio``)."""
        body = self.org_at(w, k)
        if body is not None and body.kind == "org" and not self.place_at(w, k):
            body.nested = True  # the body stays a mention of its own («معاون … و بسیج [استانداری قم]»)
            nested.append(body)
            return max(body.end, self.complement(w, body.end, nested))  # «… [سازمان بهزیستی] استان X»
        return self.complement(w, k, nested)

    def org_places(self, w: Words, org: Mention) -> list[Mention]:
        """The places named inside an organization's name, and a bare body that closes a longer one
        («کمیسیون کشاورزی [مجلس]»); none in a medium's («خبرگزاری فارس» is no province)."""
        if w.keys[org.start] in MEDIA_HEADS:
            return []
        out = self.nested_places(w, org.start, org.end)
        if org.end - org.start > 2 and w.keys[org.end - 1] in BARE_ORGS and not any(p.end == org.end for p in out):
            out.append(Mention(org.end - 1, org.end, "ORG", "org", key=w.keys[org.end - 1], name=w.texts[org.end - 1],
                               nested=True))
        return out

    def pointed_office(self, w: Words, i: int, ana: tuple[int, tuple[str, str]]) -> str:
        """The key of an anaphor matched at ``i``: for «این عضو [کمیسیون برنامه]» (a ``role:`` row of
        data/anaphors.tsv whose office runs on past the phrase) the whole office, so that only a person who
        holds it is pointed at («این عضو کمیسیون X» is not the «عضو مجلس خبرگان» told before)."""
        rule = ana[1][1]
        if not rule.startswith("role:") or rule == "role:" or i + 1 >= len(w):
            return rule
        role = self.role_at(w, i + 1, [])
        if role is None or role.end <= i + ana[0] or not role.key.startswith(compact(rule[5:])):
            return rule
        return "role:" + role.key

    def role_in(self, w: Words, start: int, end: int) -> Mention | None:
        """The office holder inside a role's complement: «وزیر کشور» in «معاون عمرانی وزیر کشور», a
        person of his own (his places and organizations are the outer role's already)."""
        for k in range(start, end):
            if self.t.role_heads.match(w.keys, k):
                inner = self.role_at(w, k, [])
                if inner is not None and inner.end <= end:
                    inner.nested = True
                    return inner
                return None
        return None

    def role_key(self, w: Words, start: int, head_end: int, end: int, nested: list[Mention]) -> str:
        head = "".join(w.keys[start:head_end])
        head = head.removesuffix("ی") if head.endswith("جمهوری") else head
        parts = [head]
        j = head_end
        # «استاندار [این استان]»: the place pointed back at keys as the role alone (the same office as the
        # bare «استاندار» elsewhere in the article)
        end = min([m.start for m in nested if m.kind == "anaphor" and m.end == end] + [end])
        for m in sorted((m for m in nested if m.kind == "place"), key=lambda m: m.start):
            parts.extend(w.spaced_keys(j, m.start))
            parts.append("@" + m.key)  # «@» marks a place: a role tied to a country
            j = m.end
        parts.extend(w.spaced_keys(j, end))
        return " ".join(p for p in parts if p)
