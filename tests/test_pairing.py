"""Pairing: a code or a deep link joins two people, codes are forgiving, used once, expire, are
unguessable, and every wrong one gets a kind answer (/unpair is in test_unpair.py, pairing
through a group in test_space.py)."""

from __future__ import annotations

import re

from tests.support.couples import code_of
from tests.support.world import World, texts

CODE = re.compile(r"/pair ([a-z0-9]{16})")


async def test_two_partners_pair_with_a_code_and_both_are_told(world: World) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await alex.says("/start")
    replies = await alex.says("/pair")
    assert "https://t.me/NearerTestBot?start=" in texts(replies)
    code = CODE.search(texts(replies)).group(1)  # type: ignore[union-attr]

    joined = await sam.says(f"/pair {code}")
    assert "connected with Alex" in texts(joined)
    assert "Sam just joined you" in texts(alex.inbox())
    settings = texts(await sam.says("/settings"))
    assert "Partner: Alex" in settings


async def test_deep_link_start_with_code_pairs(world: World) -> None:
    code = await code_of(world, "Alex")
    replies = await world.person("Sam").says(f"/start {code}")
    assert "connected with Alex" in texts(replies)


async def test_code_is_forgiving_about_case_and_spaces(world: World) -> None:
    code = await code_of(world, "Alex")
    spaced = " ".join(code[i : i + 4] for i in range(0, 16, 4)).upper()
    replies = await world.person("Sam").says(f"/pair {spaced}")
    assert "connected with Alex" in texts(replies)


async def test_a_code_works_only_once(world: World) -> None:
    code = await code_of(world, "Alex")
    await world.person("Sam").says(f"/pair {code}")
    replies = await world.person("Kim").says(f"/pair {code}")
    assert "already been used" in texts(replies)


async def test_an_expired_code_is_refused_kindly(world: World) -> None:
    code = await code_of(world, "Alex")
    world.clock.advance(hours=48, seconds=1)
    replies = await world.person("Sam").says(f"/pair {code}")
    assert "expired" in texts(replies)


async def test_a_code_still_works_just_before_it_expires(world: World) -> None:
    code = await code_of(world, "Alex")
    world.clock.advance(hours=47, minutes=59)
    assert "connected" in texts(await world.person("Sam").says(f"/pair {code}"))


async def test_unknown_code_gets_a_kind_answer(world: World) -> None:
    replies = await world.person("Sam").says("/pair not-a-real-code")
    assert "couldn't find that code" in texts(replies)


async def test_pairing_with_yourself_is_refused(world: World) -> None:
    code = await code_of(world, "Alex")
    replies = await world.person("Alex").says(f"/pair {code}")
    assert "your own invite code" in texts(replies)


async def test_someone_already_paired_cannot_join_another_couple(world: World) -> None:
    code = await code_of(world, "Alex")
    await world.person("Sam").says(f"/pair {code}")
    other = await code_of(world, "Kim")
    replies = await world.person("Sam").says(f"/pair {other}")
    assert "already connected with Alex" in texts(replies)
    assert "already connected with Sam" in texts(await world.person("Alex").says("/pair"))


async def test_an_older_code_keeps_working_when_a_new_one_is_made_and_that_is_said(
    world: World,
) -> None:
    first = await code_of(world, "Alex")
    again = await world.person("Alex").says("/pair")
    second = CODE.search(texts(again))
    assert second and second.group(1) != first
    assert "earlier code still works" in texts(again)
    assert "connected with Alex" in texts(await world.person("Sam").says(f"/pair {first}"))
    assert "already connected with someone else" in texts(
        await world.person("Kim").says(f"/pair {second.group(1)}")
    )


async def test_the_first_code_says_nothing_about_earlier_ones(world: World) -> None:
    assert "earlier code" not in texts(await world.person("Alex").says("/pair"))


async def test_a_used_code_sent_again_by_the_one_who_used_it_says_who_they_are_connected_with(
    world: World,
) -> None:
    code = await code_of(world, "Alex")
    sam = world.person("Sam")
    await sam.says(f"/pair {code}")
    replies = await sam.says(f"/pair {code}")
    assert "You're already connected with Alex" in texts(replies)
    assert "already been used" not in texts(replies)
    assert "You're already connected with Alex" in texts(await sam.says(f"/start {code}"))


async def test_a_used_code_sent_by_someone_paired_elsewhere_names_their_own_partner(
    world: World,
) -> None:
    code = await code_of(world, "Alex")
    await world.person("Sam").says(f"/pair {code}")
    kim_code = await code_of(world, "Kim")
    await world.person("Lee").says(f"/pair {kim_code}")
    replies = await world.person("Lee").says(f"/pair {code}")
    assert "You're already connected with Kim" in texts(replies)


async def test_a_code_made_by_your_own_partner_says_you_are_already_connected(
    world: World,
) -> None:
    alex, sam = world.person("Alex"), world.person("Sam")
    await sam.says(f"/pair {await code_of(world, 'Alex')}")
    assert "already connected with Sam" in texts(await alex.says("/pair"))
    assert "You're already connected with Alex" in texts(await sam.says("/pair abcdefgh"))


async def test_garbage_codes_get_a_kind_answer_and_never_an_error(world: World) -> None:
    sam = world.person("Sam")
    for garbage in ("🙂", "----", "x" * 300, "'; drop table invite; --", "space:join:1"):
        replies = await sam.says(f"/pair {garbage}")
        assert "couldn't find that code" in texts(replies), garbage


async def test_code_of_someone_who_paired_elsewhere_no_longer_works(world: World) -> None:
    alex_code = await code_of(world, "Alex")
    kim_code = await code_of(world, "Kim")
    await world.person("Alex").says(f"/pair {kim_code}")
    replies = await world.person("Sam").says(f"/pair {alex_code}")
    assert "couldn't find" in texts(replies) or "already connected" in texts(replies)


async def test_invite_codes_are_unguessable(world: World) -> None:
    codes = {await code_of(world, f"P{i}") for i in range(50)}
    assert len(codes) == 50
    assert all(len(code) == 16 for code in codes)
