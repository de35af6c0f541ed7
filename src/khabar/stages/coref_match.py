"""When two mentions can be one entity: the same name, the same office, or an office the person cannot hold.

The tests of ``khabar.stages.coref``'s linking; ``clusters`` builds the lookups that find candidates for them.
"""

from __future__ import annotations

from khabar.stages.phrases import compact, compact_words

# Offices held by many people at once: never guessed onto a nearby person («مشاور نخست‌وزیر عراق»).
SUBORDINATE = frozenset(compact(w) for w in (
    "مشاور معاون سخنگوی سخنگو عضو نماینده دستیار کاردار مسئول کارشناس رایزن افسر مقام منبع استاد "
    "خبرنگار نویسنده تحلیلگر فعال نامزد سفیر دبیر مدیر"
).split())


def seat_heads() -> frozenset[str]:
    """Heads of seats many hold at once in one body (``data/seat_heads.txt``), compacted as role keys glue
    them («نمایندهمردم»)."""
    return compact_words("seat_heads.txt")


def is_seat(key: str) -> bool:
    """Whether a role key's head is a seat many hold («نمایندهمردم @تهران»), not a post one person holds
    («نمایندهویژه», «نمایندهولیفقیه»)."""
    parts = key.split()
    return bool(parts) and parts[0] in seat_heads()


def many_hold(key: str) -> bool:
    """Whether a role key names an office many hold at once: a subordinate head, or a seat."""
    parts = key.split()
    return bool(parts) and (parts[0] in SUBORDINATE or is_seat(key))


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person by name: equal, or the shorter is the end of the longer («احمدی», «علی احمدی»)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return long_[-len(short):] == short


def roles_match(a: str, b: str) -> bool:
    """Same office: equal, or one is the other with more words («فرمانده نیروی دریایی ارتش …»)."""
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb))
    return n > 0 and wa[:n] == wb[:n] and (n > 1 or len(wa) == len(wb))



def another_office(role_keys: list[list[str]], g: int, members: list[int]) -> bool:
    """The role of group ``g`` cannot be held by the person of ``members``: it names a country none of
    their roles names («سخنگوی سفارت گرجستان» is not «سفیر آمریکا»), or it is another office of the
    kind one of them holds («مدیر آموزش و پرورش شهرستان X» is not «مدیر آموزش و پرورش استان X»)."""
    def places(x: int) -> set[str]:
        return {p for r in role_keys[x] for p in r.split() if p.startswith("@")}
    own, theirs = places(g), set().union(*(places(x) for x in members))
    held = [r for x in members for r in role_keys[x]]
    return bool(own and theirs and not own & theirs) or any(
        r.split()[0] == h.split()[0] and not roles_match(r, h) for r in role_keys[g] for h in held if r and h)
